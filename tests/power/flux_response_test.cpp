#include <spacedc/power/flux_response.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cmath>

namespace u = spacedc::units;
namespace pw = spacedc::power;

namespace {
u::irradiance flux(double w_per_m2) { return u::irradiance{w_per_m2 * u::watts_per_square_meter}; }

/// The flux range [low, high] in W/m^2, as the detail functions take it.
pw::flux_response range(double low, double high) { return {.low = low, .high = high}; }

double exact(const pw::solar_array& a, double s, double years) {
    return pw::operating_point(a, flux(s), years).power_per_area.value();
}

/// Calls `check(array, years)` for 27 cells: efficiencies of 18, 30 and 45 %, temperature
/// coefficients of 0, -0.23 and -0.6 %/K, 10 degrees off the Sun, the rear seeing the
/// Earth (F = 0.3), after 0, 5 and 15 years.
template <class Check>
void for_each_cell(Check check) {
    for (double eta : {0.18, 0.30, 0.45}) {
        for (double gamma : {0.0, -0.0023, -0.006}) {
            for (double years : {0.0, 5.0, 15.0}) {
                pw::solar_array a{.cells = {.efficiency = eta}};
                a.cells.temperature_coefficient = gamma * u::per_kelvin;
                a.pointing_error = u::from_degrees(10.0);
                a.back_earth_view_factor = 0.3;
                SCOPED_TRACE(testing::Message() << eta << ' ' << gamma << ' ' << years);
                check(a, years);
            }
        }
    }
}
} // namespace

// Over the year's flux range the response reproduces exact operating points to 1e-10
// relative at 97 fluxes, for 27 cells.
TEST(FluxResponse, MatchesExactOperatingPointsOverTheYearsRange) {
    for_each_cell([](const pw::solar_array& a, double years) {
        const auto r = pw::interpolate_flux_response(a, flux(1317.0), flux(1413.0), years);
        ASSERT_TRUE(r.accurate);
        for (int k = 0; k <= 96; ++k) {
            const double s = 1317.0 + k;
            const double e = exact(a, s, years);
            EXPECT_NEAR(r(s), e, 1e-10 * e) << s;
        }
    });
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

// The series about the middle flux (one exact operating point and the balance's power
// series) and interpolation through 6 exact operating points (the oracle) give the same
// Chebyshev coefficients to 1e-10 of the output, over the year's range, for cells of
// several efficiencies, temperature coefficients and ages: two independent routes to
// one polynomial.
TEST(FluxResponse, SeriesAgreesWithInterpolationThroughExactPoints) {
    for_each_cell([](const pw::solar_array& a, double years) {
        const double derate = pw::detail::derate(a, years);
        const auto series =
            pw::detail::expand_about_middle<1>(a, range(1317.0, 1413.0), {derate})[0];
        const auto oracle =
            pw::detail::interpolate_at_chebyshev_points(a, range(1317.0, 1413.0), derate);
        ASSERT_TRUE(series.accurate);
        ASSERT_TRUE(oracle.accurate);
        const double scale = 0.5 * oracle.coefficients[0];
        for (std::size_t k = 0; k < pw::flux_response::nodes; ++k)
            EXPECT_NEAR(series.coefficients[k], oracle.coefficients[k], 1e-10 * scale) << k;
        for (std::size_t e = 0; e < 2; ++e) {
            EXPECT_NEAR(series.ends[e].temperature.value(), oracle.ends[e].temperature.value(),
                        1e-9);
            EXPECT_NEAR(series.ends[e].power_per_area.value(),
                        oracle.ends[e].power_per_area.value(), 1e-12 * scale);
        }
    });
}

// Wherever a response says it is accurate it is, whichever route gave it: over
// efficiencies from 10 to 60 %, temperature coefficients from +0.3 to -2 %/K, two ages,
// middle fluxes of 300, 1365 and 3000 W/m^2 and half-widths up to 10 %, every accurate
// response matches 101 exact operating points to 1e-10 relative. Over the year's range
// (+-3.5 %) the series serves every cell but some of the -2 %/K ones; wider ranges fall
// back to interpolation, or to no claim at all.
TEST(FluxResponse, AnAccurateResponseIsWithin1e10OfExactPoints) {
    int accurate = 0, by_series = 0, cases = 0;
    for (double eta : {0.1, 0.3, 0.6}) {
        for (double gamma : {0.003, 0.0, -0.0023, -0.006, -0.02}) {
            for (double years : {0.0, 15.0}) {
                for (double mid : {300.0, 1365.0, 3000.0}) {
                    for (double rel : {0.0, 0.0357, 0.05, 0.1}) {
                        pw::solar_array a{.cells = {.efficiency = eta}};
                        a.cells.temperature_coefficient = gamma * u::per_kelvin;
                        const double low = mid * (1.0 - rel), high = mid * (1.0 + rel);
                        const auto r =
                            pw::interpolate_flux_response(a, flux(low), flux(high), years);
                        const auto series = pw::detail::expand_about_middle<1>(
                            a, range(low, high), {pw::detail::derate(a, years)})[0];
                        ++cases;
                        if (series.accurate) ++by_series;
                        if (!r.accurate) continue;
                        ++accurate;
                        for (int k = 0; k <= 100; ++k) {
                            const double s = low + (high - low) * k / 100.0;
                            const double e = exact(a, s, years);
                            ASSERT_NEAR(r(s), e, 1e-10 * e)
                                << eta << ' ' << gamma << ' ' << years << ' ' << mid << ' ' << rel
                                << " at " << s;
                        }
                    }
                }
            }
        }
    }
    // The sweep exercises both routes and some ranges where neither claims accuracy.
    EXPECT_GT(by_series, cases / 2);
    EXPECT_LT(by_series, accurate);
    EXPECT_LT(accurate, cases);
}

// Where the series does not serve (the efficiency floors at zero inside the range) the
// response is interpolation's, coefficient for coefficient.
TEST(FluxResponse, FallsBackToInterpolationWhereTheSeriesDeclines) {
    pw::solar_array a{.cells = {.efficiency = 0.3}};
    a.cells.temperature_coefficient = -0.04 * u::per_kelvin;
    const double derate = pw::detail::derate(a, 0.0);
    EXPECT_FALSE(pw::detail::expand_about_middle<1>(a, range(300.0, 3000.0), {derate})[0].accurate);
    const auto r = pw::interpolate_flux_response(a, flux(300.0), flux(3000.0), 0.0);
    const auto oracle =
        pw::detail::interpolate_at_chebyshev_points(a, range(300.0, 3000.0), derate);
    for (std::size_t k = 0; k < pw::flux_response::nodes; ++k)
        EXPECT_EQ(r.coefficients[k], oracle.coefficients[k]) << k;
}

// Two ages expanded side by side (the array response's end and beginning of life) give
// each the response it gets alone, to 1e-12 (the second age's Newton solve starts from
// the first's tangent, so the last bits may differ).
TEST(FluxResponse, AgesExpandedTogetherMatchEachAlone) {
    const pw::solar_array a{.cells = {.efficiency = 0.3}};
    const double eol = pw::detail::derate(a, 5.0), bol = pw::detail::derate(a, 0.0);
    const auto both = pw::detail::expand_about_middle<2>(a, range(1317.0, 1413.0), {eol, bol});
    const std::array<double, 2> derates{eol, bol};
    for (std::size_t age = 0; age < 2; ++age) {
        const auto alone =
            pw::detail::expand_about_middle<1>(a, range(1317.0, 1413.0), {derates[age]})[0];
        ASSERT_TRUE(both[age].accurate);
        ASSERT_TRUE(alone.accurate);
        for (std::size_t k = 0; k < pw::flux_response::nodes; ++k)
            EXPECT_NEAR(both[age].coefficients[k], alone.coefficients[k],
                        1e-12 * alone.coefficients[0])
                << age << ' ' << k;
    }
}

// The table that turns the power series into Chebyshev coefficients: sum_k M[k][n] T_k(x)
// (T_0 counted half) is x^n, for n = 0 .. 7 at 21 points of [-1, 1].
TEST(FluxResponse, MonomialsAreTheirChebyshevSeries) {
    const auto& m = pw::detail::monomial_to_chebyshev;
    for (std::size_t n = 0; n < m.size(); ++n) {
        for (int i = 0; i <= 20; ++i) {
            const double x = -1.0 + 0.1 * i;
            double t_prev = 1.0, t = x, sum = 0.5 * m[0][n];
            for (std::size_t k = 1; k < m.size(); ++k) {
                sum += m[k][n] * t;
                const double t_next = 2.0 * x * t - t_prev;
                t_prev = t;
                t = t_next;
            }
            EXPECT_NEAR(sum, std::pow(x, static_cast<double>(n)), 1e-15) << n << ' ' << x;
        }
    }
}
