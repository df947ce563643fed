#include <spacedc/orbit/sun.hpp>

#include <gtest/gtest.h>

namespace u = spacedc::units;
namespace o = spacedc::orbit;

namespace {
double degrees(u::angle a) { return u::in_degrees(a); }
double in_au(u::length d) { return d / spacedc::constants::astronomical_unit; }
} // namespace

// Meeus, Astronomical Algorithms, 2nd ed., Example 25.a: 1992 October 13.0 TD
// (12 Oct 23:58:59 UTC): apparent lambda 199.90895 deg, alpha 198.38083 deg
// (13h13m31.4s), delta -7.78507 deg, R 0.99766 AU. Low-precision formulas: 0.01 deg.
TEST(SolarPosition, ReproducesMeeusExample25a) {
    const auto sun = o::solar_position(o::utc(1992, 10, 12, 23, 58, 59));
    EXPECT_NEAR(degrees(sun.ecliptic_longitude), 199.90895, 0.01);
    EXPECT_NEAR(degrees(sun.right_ascension), 198.38083, 0.01);
    EXPECT_NEAR(degrees(sun.declination), -7.78507, 0.01);
    EXPECT_NEAR(in_au(sun.distance), 0.99766, 1e-4);
}

// 2024 equinoxes and solstices (US Naval Observatory, Earth's seasons 2024): the
// declination is 0 at the equinoxes and +/- the obliquity (23.436 deg) at the solstices.
TEST(SolarPosition, DeclinationAtTheEquinoxesAndSolstices2024) {
    EXPECT_NEAR(degrees(o::solar_position(o::utc(2024, 3, 20, 3, 6)).declination), 0.0, 0.01);
    EXPECT_NEAR(degrees(o::solar_position(o::utc(2024, 6, 20, 20, 51)).declination), 23.436, 0.01);
    EXPECT_NEAR(degrees(o::solar_position(o::utc(2024, 9, 22, 12, 44)).declination), 0.0, 0.01);
    EXPECT_NEAR(degrees(o::solar_position(o::utc(2024, 12, 21, 9, 21)).declination), -23.436, 0.01);
}

// 2024 perihelion 3 Jan 00:39 UTC at 147 100 632 km; aphelion 5 Jul 05:06 UTC at
// 152 100 527 km (USNO): within 1e-4 AU (15 000 km).
TEST(SolarPosition, DistanceAtPerihelionAndAphelion2024) {
    EXPECT_NEAR(in_au(o::solar_position(o::utc(2024, 1, 3, 0, 39)).distance),
                147'100'632.0 / 149'597'870.7, 1e-4);
    EXPECT_NEAR(in_au(o::solar_position(o::utc(2024, 7, 5, 5, 6)).distance),
                152'100'527.0 / 149'597'870.7, 1e-4);
}

// Gilmore, Spacecraft Thermal Control Handbook Vol. I, Table 2.1 (rescaled to today's
// 1361 W/m^2 TSI): about 1408 W/m^2 at perihelion and 1317 W/m^2 at aphelion.
TEST(SolarFlux, RangesFrom1317AtAphelionTo1408AtPerihelion) {
    EXPECT_NEAR(o::solar_flux(o::utc(2024, 1, 3, 0, 39)).value(), 1408.0, 1.0);
    EXPECT_NEAR(o::solar_flux(o::utc(2024, 7, 5, 5, 6)).value(), 1317.0, 1.0);
}

TEST(SolarFlux, InverseSquareOfDistance) {
    EXPECT_DOUBLE_EQ(o::solar_flux(spacedc::constants::astronomical_unit).value(), 1361.0);
    EXPECT_NEAR(o::solar_flux(2.0 * spacedc::constants::astronomical_unit).value(), 1361.0 / 4.0,
                1e-9);
    EXPECT_THROW((void)o::solar_flux(0.0 * u::meters), spacedc::invalid_input);
}

TEST(SunDirection, IsAUnitVectorWithTheDeclinationAsLatitude) {
    const auto sun = o::solar_position(o::utc(2027, 5, 1));
    const Eigen::Vector3d s = o::sun_direction(sun);
    EXPECT_NEAR(s.norm(), 1.0, 1e-15);
    EXPECT_NEAR(std::asin(s.z()), sun.declination.value(), 1e-12);
    EXPECT_NEAR(spacedc::detail::wrap_two_pi(std::atan2(s.y(), s.x())), sun.right_ascension.value(),
                1e-12);
}

// The mean Sun's right ascension exceeds the true Sun's by the equation of time,
// +16.4 minutes of time (4.1 deg) on 3 November (Astronomical Almanac; a sundial is
// then fast by that much).
TEST(MeanSun, DiffersFromTheTrueSunByTheEquationOfTime) {
    const double early_november = degrees(o::mean_sun_right_ascension(o::utc(2027, 11, 3))) -
                                  degrees(o::solar_position(o::utc(2027, 11, 3)).right_ascension);
    EXPECT_NEAR(early_november * 4.0, 16.4, 0.2); // minutes of time
}

TEST(UtcDate, RejectsImpossibleDates) {
    EXPECT_THROW((void)o::utc(2027, 2, 29), spacedc::invalid_input);
    EXPECT_NO_THROW((void)o::utc(2028, 2, 29));
}
