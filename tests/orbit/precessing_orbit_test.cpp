#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/orbit/beta_angle.hpp>
#include <spacedc/orbit/precessing_orbit.hpp>
#include <spacedc/orbit/shadow_propagation.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace u = spacedc::units;
namespace o = spacedc::orbit;
using namespace spacedc::literals;
using std::chrono::year;

namespace {
const o::instant start_2027 = o::utc(2027, 1, 1);

o::precessing_orbit iss(u::angle raan = 0.0_deg) {
    return {.altitude = 420.0_km, .inclination = 51.6_deg, .raan = raan, .epoch = start_2027};
}

double degrees(u::angle a) { return a.value() * 180.0 / std::numbers::pi; }
} // namespace

// Vallado eq. 9-41 for the ISS (420 km, 51.6 deg): about -5.0 deg/day, the westward drift
// of "a few degrees per day" NASA SP-2017-634 ch. 7 describes (TLE archives: -5.0 to -5.1).
TEST(PrecessingOrbit, IssNodeRegressesAboutFiveDegreesADay) {
    const auto orbit = iss(100.0_deg);
    const double drift =
        degrees(o::ascending_node(orbit, start_2027 + std::chrono::days{1})) - degrees(orbit.raan);
    EXPECT_NEAR(drift, -4.96, 0.02);
}

// The sun-synchronous orbit as a precessing one: the two node laws (mean Sun vs J2 rate
// of the SSO inclination) agree, so the beta angle and the year's sunlight do.
TEST(PrecessingOrbit, SunSynchronousOrbitIsItsSpecialCase) {
    const o::sun_synchronous_orbit sso{.altitude = 650.0_km, .ltan = 6.0 * 3600.0 * u::seconds};
    const auto general = o::as_precessing(sso, start_2027);
    for (int day = 0; day <= 365; day += 13) {
        const auto t = start_2027 + std::chrono::days{day} + std::chrono::hours{7};
        EXPECT_NEAR(degrees(o::beta_angle(general, t)), degrees(o::beta_angle(sso, t)), 1e-4);
    }
    const auto a = o::analyse_year(sso, year{2027});
    const auto b = o::analyse_year(general, year{2027});
    EXPECT_EQ(a.eclipse_days, b.eclipse_days);
    EXPECT_NEAR(a.sunlit_fraction.value(), b.sunlit_fraction.value(), 1e-6);
    EXPECT_NEAR(a.max_eclipse.value(), b.max_eclipse.value(), 1.0);
    ASSERT_EQ(a.days.size(), b.days.size());
    for (std::size_t d = 0; d < a.days.size(); d += 29)
        EXPECT_NEAR(degrees(a.days[d].beta), degrees(b.days[d].beta), 1e-4);
}

// The year's daily beta is the closed-form beta angle at 12:00 UTC.
TEST(PrecessingOrbit, DailyBetaIsTheBetaAngleAtNoon) {
    const auto orbit = iss(40.0_deg);
    const auto y = o::analyse_year(orbit, year{2027});
    for (std::size_t d = 0; d < y.days.size(); d += 11) {
        const auto noon = std::chrono::sys_days{y.days[d].date} + std::chrono::hours{12};
        EXPECT_NEAR(y.days[d].beta.value(), o::beta_angle(orbit, noon).value(), 1e-12);
    }
}

// NASA SP-2017-634 (The International Space Station: Operating an Outpost in the New
// Frontier, ch. 7): the ISS beta angle swings between +75 deg and -75 deg, in a cycle of
// about 60 days. Geometry: at each peak the orbit normal and the Sun share a meridian, so
// the peak is i + delta (the Sun's declination then), bounded by i + obliquity = 75.04 deg;
// the cycle is 2 pi over the node's drift against the Sun, (4.96 + 0.99) deg/day: 60.5 days.
// Tolerances: each peak at most i + delta (exact: beta <= i + delta at every instant) and
// within 0.5 deg of it (noon samples miss the peak by up to 0.1 deg, and the declination
// moves up to 0.4 deg/day while the node and the Sun line up); the mean spacing of peaks within 3
// days of 60.5; a year's extreme at least i + delta 30 days from a solstice (72 deg), and 75 deg
// within 0.2 deg for some node.
TEST(PrecessingOrbit, IssBetaSwingsSeventyFiveDegreesInSixtyDayCycles) {
    double widest = 0.0;
    for (int raan_deg = 0; raan_deg < 360; raan_deg += 30) {
        const auto y = o::analyse_year(iss(u::from_degrees(raan_deg)), year{2027});
        EXPECT_LE(degrees(y.beta_max), 75.05);
        EXPECT_GE(degrees(y.beta_max), 72.0);
        EXPECT_GE(degrees(y.beta_min), -75.05);
        EXPECT_LE(degrees(y.beta_min), -72.0);
        widest = std::max({widest, degrees(y.beta_max), -degrees(y.beta_min)});
        std::vector<std::size_t> peaks;
        for (std::size_t d = 1; d + 1 < y.days.size(); ++d) {
            if (y.days[d].beta > y.days[d - 1].beta && y.days[d].beta >= y.days[d + 1].beta)
                peaks.push_back(d);
        }
        ASSERT_GE(peaks.size(), 5u);
        for (std::size_t d : peaks) {
            const auto noon = std::chrono::sys_days{y.days[d].date} + std::chrono::hours{12};
            const double bound = 51.6 + degrees(o::solar_position(noon).declination);
            EXPECT_LE(degrees(y.days[d].beta), bound + 1e-9);
            EXPECT_GE(degrees(y.days[d].beta), bound - 0.5);
        }
        const double spacing = static_cast<double>(peaks.back() - peaks.front()) /
                               static_cast<double>(peaks.size() - 1);
        EXPECT_NEAR(spacing, 60.5, 3.0) << "RAAN " << raan_deg;
        // Eclipses on most days, none while |beta| exceeds the 420 km shadow angle, 69.8 deg.
        EXPECT_GT(y.eclipse_days, 300);
        EXPECT_LT(y.eclipse_days, 366);
    }
    EXPECT_NEAR(widest, 75.0, 0.2);
}

// The analytic year against the brute-force propagation (10 s steps, geometric shadow
// test) for the ISS and a 53 deg constellation shell: the same tolerances as for the
// sun-synchronous orbits (sunlit fraction 0.1 % absolute, eclipse days within one, the
// longest eclipse within two steps).
TEST(PrecessingOrbit, AgreesWithBruteForcePropagation) {
    const o::precessing_orbit shell{
        .altitude = 550.0_km, .inclination = 53.0_deg, .raan = 300.0_deg, .epoch = start_2027};
    for (const auto& orbit : {iss(30.0_deg), shell}) {
        const auto analytic = o::analyse_year(orbit, year{2027});
        const auto brute = o::propagate_sunlight(orbit, year{2027}, std::chrono::seconds{10});
        EXPECT_NEAR(analytic.sunlit_fraction.value(), brute.sunlit_fraction.value(), 1e-3);
        EXPECT_NEAR(analytic.eclipse_days, brute.eclipse_days, 1);
        EXPECT_NEAR(analytic.max_eclipse.value(), brute.longest_eclipse.value(), 20.0);
    }
}

// An epoch outside the analysed year only moves the node: the same plane given at
// another epoch gives the same year.
TEST(PrecessingOrbit, EpochOnlyPlacesTheNode) {
    const auto a = iss(10.0_deg);
    const auto later = start_2027 + std::chrono::days{500};
    const o::precessing_orbit b{.altitude = a.altitude,
                                .inclination = a.inclination,
                                .raan = o::ascending_node(a, later),
                                .epoch = later};
    const auto ya = o::analyse_year(a, year{2027});
    const auto yb = o::analyse_year(b, year{2027});
    EXPECT_NEAR(ya.sunlit_fraction.value(), yb.sunlit_fraction.value(), 1e-9);
    EXPECT_NEAR(ya.beta_max.value(), yb.beta_max.value(), 1e-9);
}

TEST(PrecessingOrbit, RefusesImpossibleOrbits) {
    auto bad = iss();
    bad.inclination = 181.0_deg;
    EXPECT_THROW((void)o::analyse_year(bad, year{2027}), spacedc::invalid_input);
    bad = iss();
    bad.raan = u::angle{std::numeric_limits<double>::quiet_NaN() * u::radians};
    EXPECT_THROW((void)o::beta_angle(bad, start_2027), spacedc::invalid_input);
    bad = iss();
    bad.altitude = -1.0_km;
    EXPECT_THROW((void)o::analyse_year(bad, year{2027}), spacedc::invalid_input);
}
