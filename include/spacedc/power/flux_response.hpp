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
/// at both ends of the interval (kept: `ends`) and is marked inaccurate beyond 1e-10
/// relative (as when the efficiency floors at zero inside the interval): callers then use
/// exact operating points day by day.
///
/// Monotonicity, proved from the coefficients: with P(x) = c_0/2 + sum c_k T_k(x) on
/// [-1, 1], P'(x) = sum k c_k U_{k-1}(x) and |U_{k-1}| <= k, so P rises over the whole
/// interval when c_1 > sum_{k>=2} k^2 |c_k| (falls when -c_1 exceeds it): then the least
/// output of any set of fluxes in the interval is at its least (most) flux.

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
    std::array<array_operating_point, 2> ends{}; ///< exact, at low and at high

    /// +1 when P/A provably rises with flux over [low, high], -1 when it provably falls,
    /// 0 when the coefficients cannot tell (see the file comment).
    int trend() const {
        double curvature = 0.0;
        for (int k = 2; k < nodes; ++k)
            curvature += k * k * std::abs(coefficients[static_cast<std::size_t>(k)]);
        if (coefficients[1] > curvature) return 1;
        if (-coefficients[1] > curvature) return -1;
        return 0;
    }

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

namespace detail {

/// `interpolate_flux_response` of an already validated array (the caller validates once
/// for several interpolants).
inline flux_response interpolate_validated(const solar_array& array, units::irradiance low,
                                           units::irradiance high, double years) {
    flux_response r{.low = low.value(), .high = high.value()};
    if (!(r.low > 0.0 && r.high >= r.low)) {
        throw invalid_input{"solar flux range",
                            fmt::format("[{:.6g}, {:.6g}] W/m^2", r.low, r.high),
                            "0 < low <= high"};
    }
    const double cos_theta = std::cos(array.pointing_error.value());
    const double derate = detail::derate(array, years);
    // Each point starts from the last one's temperature carried along its tangent,
    // dT/dI = -(df/dI) / (df/dT) of the balance f of solar_array.hpp (I the incident
    // flux): df/dI = alpha - eta(T) p I_d L_d, df/dT = -eta_ref gamma I p I_d L_d (while
    // eta > 0) - 4 sigma (eps_f + eps_b) T^3. The points are taken in order of flux, so
    // each step is short and Newton's method needs one or two iterations.
    const double emitting =
        constants::stefan_boltzmann.value() * (array.front_emissivity + array.back_emissivity);
    double last_incident = 0.0, last_temperature = 0.0, slope = 0.0;
    auto exact = [&](double flux) {
        const double incident = flux * cos_theta;
        const double guess =
            last_temperature > 0.0 ? last_temperature + slope * (incident - last_incident) : 0.0;
        const auto p = detail::solve_operating_point(array, incident, derate, guess);
        const double t = p.temperature.value(), eta = p.efficiency.value();
        const double df_dt =
            (eta > 0.0 ? -array.cells.efficiency.value() *
                             array.cells.temperature_coefficient.value() * incident * derate
                       : 0.0) -
            4.0 * emitting * t * t * t;
        slope = -(array.front_absorptivity.value() - eta * derate) / df_dt;
        last_incident = incident;
        last_temperature = t;
        return p;
    };
    constexpr int n = flux_response::nodes;
    // The Chebyshev points cos(pi (j + 1/2) / 6): cos 15, 45, 75, 105, 135, 165 degrees.
    static_assert(n == 6);
    constexpr std::array<double, n> x{0.96592582628906829,  0.70710678118654752,
                                      0.25881904510252076,  -0.25881904510252076,
                                      -0.70710678118654752, -0.96592582628906829};
    std::array<double, n> values{};
    const double mid = 0.5 * (r.low + r.high), half = 0.5 * (r.high - r.low);
    const array_operating_point high_end = exact(r.high); // then down the nodes to the low end
    for (std::size_t j = 0; j < n; ++j) values[j] = exact(mid + half * x[j]).power_per_area.value();
    // c_k = 2/n sum_j f(x_j) T_k(x_j), T_k by its three-term recurrence.
    for (std::size_t j = 0; j < n; ++j) {
        double t_prev = 1.0, t = x[j];
        r.coefficients[0] += values[j];
        for (std::size_t k = 1; k < n; ++k) {
            r.coefficients[k] += values[j] * t;
            const double t_next = 2.0 * x[j] * t - t_prev;
            t_prev = t;
            t = t_next;
        }
    }
    for (auto& c : r.coefficients) c *= 2.0 / n;
    r.ends = {exact(r.low), high_end};
    r.accurate = true;
    for (int e = 0; e < 2; ++e) {
        const double flux = e == 0 ? r.low : r.high;
        const double value = r.ends[static_cast<std::size_t>(e)].power_per_area.value();
        if (!(std::abs(r(flux) - value) <= 1e-10 * std::abs(value)) || !(value > 0.0))
            r.accurate = false;
    }
    return r;
}

} // namespace detail

/// The interpolant of `array`'s P/A after `years` in orbit over fluxes [low, high].
inline flux_response interpolate_flux_response(const solar_array& array, units::irradiance low,
                                               units::irradiance high, double years) {
    validate(array);
    return detail::interpolate_validated(array, low, high, years);
}

} // namespace spacedc::power
