#include <spacedc/power/flux_response.hpp>

#include <gtest/gtest.h>

namespace u = spacedc::units;
namespace pw = spacedc::power;

namespace {
u::irradiance flux(double w_per_m2) { return u::irradiance{w_per_m2 * u::watts_per_square_meter}; }

double exact(const pw::solar_array& a, double s, double years) {
    return pw::operating_point(a, flux(s), years).power_per_area.value();
}
} // namespace

// Over the year's flux range the interpolant reproduces exact operating points to
// 1e-10 relative at 97 fluxes, for cells of several efficiencies, temperature
// coefficients, pointing errors and ages.
TEST(FluxResponse, MatchesExactOperatingPointsOverTheYearsRange) {
    for (double eta : {0.18, 0.30, 0.45}) {
        for (double gamma : {0.0, -0.0023, -0.006}) {
            for (double years : {0.0, 5.0, 15.0}) {
                pw::solar_array a{.cells = {.efficiency = eta}};
                a.cells.temperature_coefficient = gamma * u::per_kelvin;
                a.pointing_error = u::from_degrees(10.0);
                const auto r = pw::interpolate_flux_response(a, flux(1317.0), flux(1413.0), years);
                ASSERT_TRUE(r.accurate) << eta << ' ' << gamma << ' ' << years;
                for (int k = 0; k <= 96; ++k) {
                    const double s = 1317.0 + 96.0 * k / 96.0;
                    const double e = exact(a, s, years);
                    EXPECT_NEAR(r(s), e, 1e-10 * e) << s;
                }
            }
        }
    }
}

// One flux (an interval of zero width) is that flux's operating point.
TEST(FluxResponse, ZeroWidthIntervalIsTheOperatingPointItself) {
    const pw::solar_array a{.cells = {.efficiency = 0.3}};
    const auto r = pw::interpolate_flux_response(a, flux(1361.0), flux(1361.0), 5.0);
    EXPECT_TRUE(r.accurate);
    EXPECT_NEAR(r(1361.0), exact(a, 1361.0, 5.0), 1e-12 * exact(a, 1361.0, 5.0));
}

// Where the efficiency floors at zero inside the interval (a kink no polynomial follows)
// the interpolant says it is not accurate, so callers fall back to exact points.
TEST(FluxResponse, FlagsAnIntervalWhereTheEfficiencyFloorsAtZero) {
    pw::solar_array a{.cells = {.efficiency = 0.3}};
    a.cells.temperature_coefficient = -0.04 * u::per_kelvin;
    ASSERT_GT(exact(a, 300.0, 0.0), 0.0);
    ASSERT_EQ(exact(a, 3000.0, 0.0), 0.0);
    EXPECT_FALSE(pw::interpolate_flux_response(a, flux(300.0), flux(3000.0), 0.0).accurate);
    EXPECT_THROW((void)pw::interpolate_flux_response(a, flux(1400.0), flux(1300.0), 0.0),
                 spacedc::invalid_input);
}

// The trend is proved from the coefficients: output rising with flux for ordinary cells,
// falling for cells so hot-sensitive (-2 %/K) that the extra sunlight's heat costs more
// than it brings, and unknown for a constant (no slope to prove).
TEST(FluxResponse, TrendIsProvedFromTheCoefficients) {
    pw::solar_array a{.cells = {.efficiency = 0.3}};
    const auto rising = pw::interpolate_flux_response(a, flux(1317.0), flux(1413.0), 5.0);
    EXPECT_EQ(rising.trend(), 1);
    EXPECT_LT(rising(1317.0), rising(1413.0));
    a.cells.temperature_coefficient = -0.02 * u::per_kelvin;
    const auto falling = pw::interpolate_flux_response(a, flux(1317.0), flux(1413.0), 5.0);
    ASSERT_TRUE(falling.accurate);
    EXPECT_EQ(falling.trend(), -1);
    EXPECT_GT(exact(a, 1317.0, 5.0), exact(a, 1413.0, 5.0));
    EXPECT_EQ(pw::interpolate_flux_response(a, flux(1361.0), flux(1361.0), 5.0).trend(), 0);
}

// The interpolant keeps its exact end points: the operating points at low and high.
TEST(FluxResponse, KeepsTheExactEndPoints) {
    const pw::solar_array a{.cells = {.efficiency = 0.3}};
    const auto r = pw::interpolate_flux_response(a, flux(1317.0), flux(1413.0), 5.0);
    EXPECT_NEAR(r.ends[0].power_per_area.value(), exact(a, 1317.0, 5.0), 1e-9);
    EXPECT_NEAR(r.ends[1].power_per_area.value(), exact(a, 1413.0, 5.0), 1e-9);
    EXPECT_NEAR(r.ends[1].temperature.value(),
                pw::operating_point(a, flux(1413.0), 5.0).temperature.value(), 1e-8);
}
