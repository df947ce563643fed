#pragma once
/// \file
/// The array's output per area as a smooth function of the solar flux over the year's
/// range of flux (1317 to 1413 W/m^2 at 1 au +- 1.7 %), so a year of days costs a few
/// operating points instead of one per day.
///
/// Chebyshev interpolation through N = 6 exact operating points at the Chebyshev points
/// of the first kind of [low, high], evaluated by Clenshaw's recurrence (Trefethen,
/// Approximation Theory and Approximation Practice, SIAM 2013, ch. 3-4: for a function
/// analytic near the interval the error falls geometrically with N). P/A(S) is analytic
/// in S wherever the cell efficiency stays positive (the array temperature solves a
/// smooth quartic balance). The interpolant checks itself against exact operating points
/// at both ends of the interval and is marked inaccurate beyond 1e-10 relative (as when
/// the efficiency floors at zero inside the interval): callers then use exact operating
/// points day by day.

#include <spacedc/power/solar_array.hpp>

#include <array>
#include <cmath>
#include <numbers>

namespace spacedc::power {

struct flux_response {
    static constexpr int nodes = 6;
    double low = 0.0;  ///< W/m^2
    double high = 0.0; ///< W/m^2
    std::array<double, nodes> coefficients{};
    bool accurate = false; ///< within 1e-10 of exact operating points at both ends

    /// P/A in W/m^2 at `flux` (W/m^2) in [low, high].
    double operator()(double flux) const {
        const double half = 0.5 * (high - low);
        const double x = half > 0.0 ? (flux - 0.5 * (low + high)) / half : 0.0;
        double b1 = 0.0, b2 = 0.0;
        for (int k = nodes - 1; k >= 1; --k) {
            const double b0 = 2.0 * x * b1 - b2 + coefficients[static_cast<std::size_t>(k)];
            b2 = b1;
            b1 = b0;
        }
        return x * b1 - b2 + 0.5 * coefficients[0];
    }
};

/// The interpolant of `array`'s P/A after `years` in orbit over fluxes [low, high].
inline flux_response interpolate_flux_response(const solar_array& array, units::irradiance low,
                                               units::irradiance high, double years) {
    flux_response r{.low = low.value(), .high = high.value()};
    if (!(r.low > 0.0 && r.high >= r.low)) {
        throw invalid_input{"solar flux range",
                            fmt::format("[{:.6g}, {:.6g}] W/m^2", r.low, r.high),
                            "0 < low <= high"};
    }
    constexpr int n = flux_response::nodes;
    std::array<double, n> values{};
    const double mid = 0.5 * (r.low + r.high), half = 0.5 * (r.high - r.low);
    for (int j = 0; j < n; ++j) {
        const double x = std::cos(std::numbers::pi * (j + 0.5) / n);
        values[static_cast<std::size_t>(j)] =
            operating_point(
                array, units::irradiance{(mid + half * x) * units::watts_per_square_meter}, years)
                .power_per_area.value();
    }
    for (int k = 0; k < n; ++k) {
        double c = 0.0;
        for (int j = 0; j < n; ++j)
            c += values[static_cast<std::size_t>(j)] *
                 std::cos(std::numbers::pi * k * (j + 0.5) / n);
        r.coefficients[static_cast<std::size_t>(k)] = 2.0 * c / n;
    }
    r.accurate = true;
    for (double flux : {r.low, r.high}) {
        const double exact =
            operating_point(array, units::irradiance{flux * units::watts_per_square_meter}, years)
                .power_per_area.value();
        if (!(std::abs(r(flux) - exact) <= 1e-10 * std::abs(exact)) || !(exact > 0.0))
            r.accurate = false;
    }
    return r;
}

} // namespace spacedc::power
