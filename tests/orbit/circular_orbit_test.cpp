#include <spacedc/orbit/circular_orbit.hpp>
#include <spacedc/orbit/sun_synchronous.hpp>

#include <gtest/gtest.h>

#include <limits>

namespace u = spacedc::units;
namespace o = spacedc::orbit;
using namespace spacedc::literals;

// Geostationary radius 42 164.17 km has the sidereal day, 86 164.09 s, and speed
// 3.0747 km/s (Vallado, Fundamentals of Astrodynamics, 4th ed., sec. 2.2).
TEST(CircularOrbit, GeostationaryPeriodIsOneSiderealDay) {
    const u::length geo_altitude = 42'164.17_km - spacedc::constants::earth_equatorial_radius;
    EXPECT_NEAR(o::orbital_period(geo_altitude).value(), 86'164.09, 0.5);
    EXPECT_NEAR(o::orbital_speed(geo_altitude).value(), 3074.7, 0.1);
}

// A sun-synchronous orbit's node turns 360 deg per tropical year: 0.9856 deg/day.
TEST(CircularOrbit, SunSynchronousNodeTurnsOneDegreePerDay) {
    const o::circular_orbit orbit{.altitude = 650.0_km,
                                  .inclination = o::sun_synchronous_inclination(650.0_km)};
    const double deg_per_day =
        u::in_degrees(u::angle{o::nodal_precession_rate(orbit) * (86400.0 * u::seconds)});
    EXPECT_NEAR(deg_per_day, 0.98565, 1e-5);
}

TEST(CircularOrbit, PolarOrbitNodeDoesNotPrecess) {
    const o::circular_orbit polar{.altitude = 800.0_km, .inclination = 90.0_deg};
    EXPECT_NEAR(o::nodal_precession_rate(polar).value(), 0.0, 1e-20);
}

// Sun-synchronous inclinations: Landsat 7/8 at 705 km fly at 98.2 deg, Radarsat-1 at
// 798 km at 98.6 deg; Wertz & Larson (SMAD) give 97.4 deg at 500 km and 99.5 deg at
// 1000 km. Tolerance 0.05 deg (the published figures' last digit).
TEST(SunSynchronous, InclinationMatchesFlownOrbits) {
    EXPECT_NEAR(u::in_degrees(o::sun_synchronous_inclination(705.0_km)), 98.2, 0.05);
    EXPECT_NEAR(u::in_degrees(o::sun_synchronous_inclination(798.0_km)), 98.6, 0.05);
    EXPECT_NEAR(u::in_degrees(o::sun_synchronous_inclination(500.0_km)), 97.4, 0.05);
    EXPECT_NEAR(u::in_degrees(o::sun_synchronous_inclination(1000.0_km)), 99.5, 0.05);
}

TEST(SunSynchronous, AltitudeInvertsInclination) {
    for (double km : {300.0, 650.0, 1400.0, 4000.0}) {
        const u::length h{km * 1e3 * u::meters};
        EXPECT_NEAR(o::sun_synchronous_altitude(o::sun_synchronous_inclination(h)).value(),
                    h.value(), 1e-5);
    }
}

// J2 can hold a circular orbit sun-synchronous only up to about 5,970 km, where the
// required inclination reaches 180 deg (Boain, "A-B-Cs of sun-synchronous orbit mission
// design", AAS 04-108).
TEST(SunSynchronous, ExistsOnlyBelowAbout5970Kilometres) {
    EXPECT_NEAR(o::max_sun_synchronous_altitude().value(), 5'974e3, 15e3);
    EXPECT_NEAR(u::in_degrees(o::sun_synchronous_inclination(o::max_sun_synchronous_altitude())),
                180.0, 1e-3);
    try {
        (void)o::sun_synchronous_inclination(6000.0_km);
        FAIL();
    } catch (const spacedc::invalid_input& e) {
        EXPECT_NE(std::string{e.what()}.find("5974.4 km"), std::string::npos) << e.what();
    }
}

TEST(SunSynchronous, RejectsBadAltitudesAndInclinations) {
    EXPECT_THROW((void)o::sun_synchronous_inclination(0.0_km), spacedc::invalid_input);
    EXPECT_THROW((void)o::sun_synchronous_inclination(-5.0_km), spacedc::invalid_input);
    EXPECT_THROW((void)o::sun_synchronous_inclination(
                     u::length{std::numeric_limits<double>::quiet_NaN() * u::meters}),
                 spacedc::invalid_input);
    EXPECT_THROW((void)o::sun_synchronous_altitude(80.0_deg), spacedc::invalid_input);
    EXPECT_THROW((void)o::sun_synchronous_altitude(95.0_deg),
                 spacedc::invalid_input); // below ground
}

// The node of a 12:00 LTAN orbit lies under the mean Sun; 06:00 is 90 deg west of it.
TEST(SunSynchronous, AscendingNodeFollowsTheMeanSun) {
    const auto t = o::utc(2027, 4, 1);
    const double sun = u::in_degrees(o::mean_sun_right_ascension(t));
    EXPECT_NEAR(u::in_degrees(o::ascending_node(12.0 * 3600.0 * u::seconds, t)), sun, 1e-9);
    EXPECT_NEAR(std::remainder(u::in_degrees(o::ascending_node(6.0 * 3600.0 * u::seconds, t)) -
                                   (sun - 90.0),
                               360.0),
                0.0, 1e-9);
    EXPECT_THROW((void)o::ascending_node(24.0 * 3600.0 * u::seconds, t), spacedc::invalid_input);
    EXPECT_THROW((void)o::ascending_node(-1.0 * u::seconds, t), spacedc::invalid_input);
}
