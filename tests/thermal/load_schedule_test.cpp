#include <spacedc/orbit/circular_orbit.hpp>
#include <spacedc/orbit/eclipse.hpp>
#include <spacedc/thermal/load_schedule.hpp>
#include <spacedc/thermal/network.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace th = spacedc::thermal;
namespace u = spacedc::units;

namespace {

u::duration seconds(double s) { return u::duration{s * u::seconds}; }
u::power watts(double w) { return u::power{w * u::watts}; }
u::angle degrees(double d) { return u::angle{d * std::numbers::pi / 180.0 * u::radians}; }

th::orbit_pass pass_650(double beta_deg) {
    return {.altitude = u::length{650e3 * u::meters}, .beta = degrees(beta_deg)};
}

TEST(TabulatedSchedule, InterpolatesLinearlyAndHoldsItsEnds) {
    const th::tabulated_schedule s{.times = {seconds(10), seconds(20), seconds(40)},
                                   .powers = {watts(100), watts(300), watts(0)}};
    th::validate(s);
    EXPECT_DOUBLE_EQ(s(seconds(0)).value(), 100.0);
    EXPECT_DOUBLE_EQ(s(seconds(15)).value(), 200.0);
    EXPECT_DOUBLE_EQ(s(seconds(30)).value(), 150.0);
    EXPECT_DOUBLE_EQ(s(seconds(1e6)).value(), 0.0);
}

TEST(TabulatedSchedule, PeriodicScheduleRepeatsAndWrapsLinearly) {
    // 0 W at 0 s, 100 W at 50 s, back towards 0 W at the period (100 s).
    const th::tabulated_schedule s{.times = {seconds(0), seconds(50)},
                                   .powers = {watts(0), watts(100)},
                                   .period = seconds(100)};
    th::validate(s);
    EXPECT_DOUBLE_EQ(s(seconds(25)).value(), 50.0);
    EXPECT_DOUBLE_EQ(s(seconds(75)).value(), 50.0);  // the wrap from 100 W to 0 W
    EXPECT_DOUBLE_EQ(s(seconds(325)).value(), 50.0); // three periods later
    EXPECT_DOUBLE_EQ(s(seconds(-25)).value(), 50.0);
}

TEST(TabulatedSchedule, RefusesUnorderedMismatchedOrShortPeriodTables) {
    EXPECT_THROW(th::validate(th::tabulated_schedule{.times = {seconds(1), seconds(1)},
                                                     .powers = {watts(1), watts(2)}}),
                 spacedc::invalid_input);
    EXPECT_THROW(th::validate(th::tabulated_schedule{.times = {seconds(1)}, .powers = {}}),
                 spacedc::invalid_input);
    EXPECT_THROW(th::validate(th::tabulated_schedule{.times = {seconds(-1)}, .powers = {watts(1)}}),
                 spacedc::invalid_input);
    EXPECT_THROW(th::validate(th::tabulated_schedule{.times = {seconds(0), seconds(60)},
                                                     .powers = {watts(1), watts(2)},
                                                     .period = seconds(50)}),
                 spacedc::invalid_input);
    EXPECT_THROW(th::validate(th::tabulated_schedule{.times = {seconds(0)},
                                                     .powers = {watts(std::nan(""))}}),
                 spacedc::invalid_input);
    th::thermal_network net;
    net.add_node({.name = "a"});
    EXPECT_THROW(net.add_load("a", th::tabulated_schedule{.times = {seconds(2), seconds(1)},
                                                          .powers = {watts(1), watts(2)}}),
                 spacedc::invalid_input);
}

TEST(OrbitPass, SunlitFractionOfTheOrbitMatchesTheCylindricalEclipseFraction) {
    for (double beta : {0.0, 10.0, 20.0, -15.0, 30.0}) {
        const auto pass = pass_650(beta);
        const double period = spacedc::orbit::orbital_period(pass.altitude).value();
        const int n = 200'000;
        int dark = 0;
        for (int k = 0; k < n; ++k)
            dark += th::in_sunlight(pass, seconds(period * (k + 0.5) / n)) ? 0 : 1;
        const double expected = spacedc::orbit::eclipse_fraction(pass.altitude, pass.beta).value();
        EXPECT_NEAR(static_cast<double>(dark) / n, expected, 2.0 / n) << "beta " << beta;
    }
}

TEST(OrbitPass, ShadowTimesBoundTheShadowAndLastTheEclipseDuration) {
    for (double beta : {0.0, 12.0, -20.0}) {
        auto pass = pass_650(beta);
        pass.start = degrees(40.0);
        const auto shadow = th::shadow_times(pass);
        ASSERT_TRUE(shadow.has_value());
        const double period = spacedc::orbit::orbital_period(pass.altitude).value();
        double length = shadow->exit.value() - shadow->entry.value();
        if (length < 0) length += period;
        EXPECT_NEAR(length, spacedc::orbit::eclipse_duration(pass.altitude, pass.beta).value(),
                    1e-6);
        EXPECT_TRUE(th::in_sunlight(pass, shadow->entry - seconds(0.01)));
        EXPECT_FALSE(th::in_sunlight(pass, shadow->entry + seconds(0.01)));
        EXPECT_FALSE(th::in_sunlight(pass, shadow->exit - seconds(0.01)));
        EXPECT_TRUE(th::in_sunlight(pass, shadow->exit + seconds(0.01)));
    }
    // Above the shadow's beta limit (about 64.6 deg at 650 km) there is none.
    EXPECT_FALSE(th::shadow_times(pass_650(70.0)).has_value());
}

TEST(SunlitSchedule, ComputeRunsInSunlightAndDropsToTheEclipseLevelInShadow) {
    const th::sunlit_schedule s{.pass = pass_650(0.0), .sunlit = watts(1e5), .eclipse = watts(2e4)};
    th::validate(s);
    const double period = spacedc::orbit::orbital_period(s.pass.altitude).value();
    EXPECT_DOUBLE_EQ(s(seconds(0)).value(), 1e5);            // subsolar point
    EXPECT_DOUBLE_EQ(s(seconds(0.5 * period)).value(), 2e4); // midnight
    EXPECT_THROW(th::validate(th::sunlit_schedule{.pass = pass_650(0.0), .sunlit = watts(-1)}),
                 spacedc::invalid_input);
    EXPECT_THROW(th::validate(th::sunlit_schedule{.pass = pass_650(95.0), .sunlit = watts(1)}),
                 spacedc::invalid_input);
}

TEST(EnvironmentSchedule, NadirFaceAtTheSubsolarPointAbsorbsAlbedoAndEarthInfrared) {
    const th::environment_schedule s{
        .pass = pass_650(0.0),
        .orientation = th::radiator_orientation::nadir,
        .area = u::area{10.0 * u::square_meters},
        .optics = {.solar_absorptivity = 0.2, .infrared_emissivity = 0.9},
        .environment = th::mean_case()};
    th::validate(s);
    // At u = 0 the nadir face looks at the subsolar point, its back to the Sun:
    // F = (R/(R+h))^2 with R the library's equatorial radius (view_factor.hpp), K = 1.
    const double f = std::pow(6378137.0 / (6378137.0 + 650e3), 2);
    const auto env = th::mean_case();
    const double expected = 10.0 * (0.2 * env.albedo.value() * env.solar.value() * f +
                                    0.9 * env.earth_infrared.value() * f);
    EXPECT_NEAR(s(seconds(0)).value(), expected, 1e-9 * expected);
}

TEST(EnvironmentSchedule, OrbitMeanEqualsTheFluxOfTheOrbitAverageView) {
    const th::environment_schedule s{
        .pass = pass_650(20.0),
        .orientation = th::radiator_orientation::edge_on,
        .area = u::area{1.0 * u::square_meters},
        .optics = {.solar_absorptivity = 0.3, .infrared_emissivity = 0.85}};
    const double period = spacedc::orbit::orbital_period(s.pass.altitude).value();
    const int n = 720;
    double mean = 0.0;
    for (int k = 0; k < n; ++k) mean += s(seconds(period * (k + 0.5) / n)).value() / n;
    const auto view =
        th::orbit_average_view_sampled(s.orientation, s.pass.altitude, s.pass.beta, false, n);
    const double expected = th::absorbed_flux(s.optics, s.environment, view).value();
    EXPECT_NEAR(mean, expected, 1e-9 * expected);
    EXPECT_THROW(
        th::validate(th::environment_schedule{.pass = pass_650(0.0),
                                              .orientation = th::radiator_orientation::nadir,
                                              .area = u::area{-1.0 * u::square_meters},
                                              .optics = {0.3, 0.85}}),
        spacedc::invalid_input);
}

} // namespace
