#pragma once
/// \file
/// The array's output per area as a smooth function of the solar flux over the year's
/// range of flux (1317 to 1413 W/m^2 at 1 au +- 1.7 %), so a year of days costs a few
/// operating points instead of one per day.
///
/// P/A(S) = c_0/2 + sum_{k=1}^{5} c_k T_k(x), x the flux mapped onto [-1, 1], evaluated by
/// Clenshaw's recurrence (Trefethen, Approximation Theory and Approximation Practice,
/// SIAM 2013, ch. 3-4). The coefficients come from the power series of the radiative
/// balance's solution about the middle flux (the perturbation series of an implicit
/// function; Hinch, Perturbation Methods, CUP 1991, ch. 1): with I = I_0 + h x the
/// incident flux, T = T_0 + sum_{n>=1} t_n x^n and eta(T) = A + B T, the balance of
/// solar_array.hpp,
///   alpha I + q_back - (A + B T) I D - e (T^4 - T_sink^4) = 0,   e = sigma (eps_f + eps_b),
/// is a polynomial in T and x, so its x^n coefficient gives t_n from t_1 .. t_{n-1}:
///   t_n (4 e T_0^3 + D B I_0) = (alpha - D eta_0) h [n = 1] - D B h t_{n-1} - e S_n / (n T_0),
/// where T^4 = sum w_n x^n by J. C. P. Miller's recurrence for a power of a series (Knuth,
/// The Art of Computer Programming, vol. 2, 3rd ed., sec. 4.7, eq. (9)),
///   w_n = 4 T_0^3 t_n + S_n / (n T_0),   S_n = sum_{k=1}^{n-1} (5k - n) t_k w_{n-k},
/// needs only the earlier orders. Then P/A = D (A + B T)(I_0 + h x) term by term, and
/// x^n = 2^{1-n} sum_j C(n, j) T_{n-2j} (T_0 counted half; Mason & Handscomb, Chebyshev
/// Polynomials, CRC 2003, ch. 2) turns the degree-7 series into Chebyshev coefficients,
/// of which the first six are kept. One exact operating point (the middle) and two (the
/// ends) replace the eight of interpolation; the end and beginning of life are expanded
/// side by side.
///
/// The result is accurate (within 1e-10 relative of exact operating points) when the
/// dropped coefficients |c_6| + |c_7| stay under 5e-11 of the output (the rest of the
/// 1e-10 is left to the terms beyond x^7, smaller again by the series' ratio), the
/// efficiency stays positive over the series' whole temperature range, and it matches the exact
/// operating points at both ends (kept: `ends`) to 1e-10 relative; |T_k| <= 1 reaches its
/// bound at the ends, where the truncated series errs most. Otherwise (a range too wide
/// for the series, or the efficiency floored at zero inside it) the coefficients are those
/// of Chebyshev interpolation through exact operating points at the 6 Chebyshev points of
/// the first kind, checked at the ends in the same way, and kept as the test oracle of the
/// series; when that too is inaccurate, callers use exact operating points day by day.
///
/// Monotonicity, proved from the coefficients: with P(x) = c_0/2 + sum c_k T_k(x) on
/// [-1, 1], P'(x) = sum k c_k U_{k-1}(x) and |U_{k-1}| <= k, so P rises over the whole
/// interval when c_1 > sum_{k>=2} k^2 |c_k| (falls when -c_1 exceeds it): then the least
/// output of any set of fluxes in the interval is at its least (most) flux.

#include <spacedc/power/solar_array.hpp>

#include <algorithm>
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

/// True when `r`'s series matches its exact ends to 1e-10 relative, with output at both.
inline bool agrees_with_ends(const flux_response& r) {
    for (std::size_t side = 0; side < 2; ++side) {
        // The series at x = -1 (low) or +1 (high): T_k(+-1) = (+-1)^k.
        double series = 0.5 * r.coefficients[0];
        for (std::size_t k = 1; k < flux_response::nodes; ++k)
            series += side == 0 && k % 2 == 1 ? -r.coefficients[k] : r.coefficients[k];
        const double value = r.ends[side].power_per_area.value();
        if (!(std::abs(series - value) <= 1e-10 * std::abs(value)) || !(value > 0.0)) return false;
    }
    return true;
}

/// Chebyshev interpolation of `array`'s P/A (validated; `derate` = p I_d L_d) through
/// exact operating points at the 6 Chebyshev points of the first kind of [r.low, r.high],
/// with the exact ends: the fallback and the test oracle of `expand_about_middle`.
inline flux_response interpolate_at_chebyshev_points(const solar_array& array, flux_response r,
                                                     double derate) {
    const double cos_theta = std::cos(array.pointing_error.value());
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
    r.coefficients = {};
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
    r.accurate = agrees_with_ends(r);
    return r;
}

/// Order of the power series in `expand_about_middle`.
inline constexpr int series_order = 7;

/// 2^{1-n} C(n, (n-k)/2) for n - k even and k <= n: the weight of x^n in c_k of the
/// Chebyshev series c_0/2 + sum c_k T_k. With x = cos(theta), x^n = 2^{-n} (e^{i theta} +
/// e^{-i theta})^n by the binomial theorem, and its terms pair into cos((n - 2j) theta) =
/// T_{n-2j}(x) (Mason & Handscomb, Chebyshev Polynomials, CRC 2003, ch. 2).
inline constexpr std::array<std::array<double, series_order + 1>, series_order + 1>
    monomial_to_chebyshev = [] {
        std::array<std::array<double, series_order + 1>, series_order + 1> m{};
        for (int n = 0; n <= series_order; ++n) {
            double binomial = 1.0; // C(n, j)
            double scale = 2.0;    // 2^{1-n}
            for (int i = 0; i < n; ++i) scale *= 0.5;
            for (int j = 0; 2 * j <= n; ++j) {
                m[static_cast<std::size_t>(n - 2 * j)][static_cast<std::size_t>(n)] =
                    scale * binomial;
                binomial = binomial * (n - j) / (j + 1);
            }
        }
        return m;
    }();

/// P/A of `array` (validated) over [range.low, range.high] for each of `derates` (p I_d
/// L_d at several ages) from the power series of the balance about the middle flux (the
/// file comment), with the exact ends. The ages are expanded side by side (independent
/// recurrences the processor overlaps); the first age's middle point starts the others'
/// along its tangent dT/dD = -eta I / (-df/dT). A response comes back with `accurate`
/// false when the series does not serve it.
template <std::size_t ages>
std::array<flux_response, ages> expand_about_middle(const solar_array& array,
                                                    const flux_response& range,
                                                    const std::array<double, ages>& derates) {
    const double cos_theta = std::cos(array.pointing_error.value());
    const double i0 = 0.5 * (range.low + range.high) * cos_theta;
    const double h = 0.5 * (range.high - range.low) * cos_theta;
    const double alpha = array.front_absorptivity.value();
    const double b = array.cells.efficiency.value() * array.cells.temperature_coefficient.value();
    const double e =
        constants::stefan_boltzmann.value() * (array.front_emissivity + array.back_emissivity);
    constexpr auto order = static_cast<std::size_t>(series_order);
    struct lane {
        double d, t0, inverse_t0, eta0, inverse_k;
        std::array<double, order + 1> t, w, p;
    };
    std::array<lane, ages> lanes; // every entry below is written before it is read
    std::array<flux_response, ages> r{};
    std::array<bool, ages> usable{};
    for (std::size_t a = 0; a < ages; ++a) {
        lane& l = lanes[a];
        r[a].low = range.low;
        r[a].high = range.high;
        l.d = derates[a];
        const double guess =
            a == 0 || !usable[0]
                ? 0.0
                : lanes[0].t0 - lanes[0].eta0 * i0 * lanes[0].inverse_k * (l.d - lanes[0].d);
        const array_operating_point middle = solve_operating_point(array, i0, l.d, guess);
        l.t0 = middle.temperature.value();
        l.inverse_t0 = 1.0 / l.t0;
        l.eta0 = middle.efficiency.value();
        // -df/dT at the middle: positive on the stable branch (a warmer panel loses heat).
        const double k = 4.0 * e * l.t0 * l.t0 * l.t0 + l.d * b * i0;
        usable[a] = l.eta0 > 0.0 && k > 0.0;
        l.inverse_k = usable[a] ? 1.0 / k : 0.0; // an unusable age's series stays zero
        l.t[0] = 0.0;                            // T - T_0 at the middle
        l.p[0] = l.d * l.eta0 * i0;
    }
    // t: T - T_0; w: T^4, by J. C. P. Miller's recurrence for a power of a series (Knuth,
    // The Art of Computer Programming, vol. 2, 3rd ed., sec. 4.7, eq. (9), after Henrici,
    // J. ACM 3 (1956) 10-15; divided here by V_0 = T_0): for W = V^4,
    //   w_n = 4 T_0^3 t_n + S_n / (n T_0),   S_n = sum_{k=1}^{n-1} (5k - n) t_k w_{n-k},
    // whose sum needs only the earlier orders; p: P/A. One order of every age at a time.
    for (std::size_t n = 1; n <= order; ++n) {
        const double first = n == 1 ? h : 0.0;
        const double nn = static_cast<double>(n);
        for (lane& l : lanes) {
            double sum = 0.0;
            for (std::size_t j = 1; j < n; ++j)
                sum += (5.0 * static_cast<double>(j) - nn) * l.t[j] * l.w[n - j];
            const double rest = sum * l.inverse_t0 / nn; // w_n without 4 T_0^3 t_n
            l.t[n] = ((alpha - l.d * l.eta0) * first - l.d * b * h * l.t[n - 1] - e * rest) *
                     l.inverse_k;
            l.w[n] = 4.0 * l.t0 * l.t0 * l.t0 * l.t[n] + rest;
            l.p[n] = l.d * (l.eta0 * first + b * i0 * l.t[n] + b * h * l.t[n - 1]);
        }
    }
    for (std::size_t a = 0; a < ages; ++a) {
        if (!usable[a]) continue;
        const lane& l = lanes[a];
        // The kept c_0 .. c_5 take every order's share; the dropped c_6 and c_7 are p_6 and
        // p_7's alone.
        for (std::size_t j = 0; j < flux_response::nodes; ++j) {
            double c = 0.0;
            for (std::size_t n = j; n <= order; n += 2) c += monomial_to_chebyshev[j][n] * l.p[n];
            r[a].coefficients[j] = c;
        }
        static_assert(series_order == 7 && flux_response::nodes == 6);
        const double dropped = std::abs(monomial_to_chebyshev[6][6] * l.p[6]) +
                               std::abs(monomial_to_chebyshev[7][7] * l.p[7]);
        double low_t = l.t0, high_t = l.t0; // T at x = -1 and x = +1 from the series
        double swing = 0.0;                 // sum |t_n|, a bound on |T - T_0| over the range
        for (std::size_t n = 1; n <= order; ++n) {
            high_t += l.t[n];
            low_t += n % 2 == 0 ? l.t[n] : -l.t[n];
            swing += std::abs(l.t[n]);
        }
        r[a].ends = {solve_operating_point(array, range.low * cos_theta, l.d, low_t),
                     solve_operating_point(array, range.high * cos_theta, l.d, high_t)};
        r[a].accurate = dropped <= 5e-11 * l.p[0] && l.eta0 - std::abs(b) * swing > 0.0 &&
                        agrees_with_ends(r[a]);
    }
    return r;
}

/// The responses of an already validated array over [low, high] after each of `years`
/// (the caller validates once for several ages): the series where it serves, Chebyshev
/// interpolation through exact points where it does not.
template <std::size_t ages>
std::array<flux_response, ages> respond_validated(const solar_array& array, units::irradiance low,
                                                  units::irradiance high,
                                                  const std::array<double, ages>& years) {
    const flux_response range{.low = low.value(), .high = high.value()};
    if (!(range.low > 0.0 && range.high >= range.low)) {
        throw invalid_input{"solar flux range",
                            fmt::format("[{:.6g}, {:.6g}] W/m^2", range.low, range.high),
                            "0 < low <= high"};
    }
    std::array<double, ages> derates{};
    for (std::size_t a = 0; a < ages; ++a) derates[a] = detail::derate(array, years[a]);
    std::array<flux_response, ages> r = expand_about_middle(array, range, derates);
    for (std::size_t a = 0; a < ages; ++a)
        if (!r[a].accurate) r[a] = interpolate_at_chebyshev_points(array, range, derates[a]);
    return r;
}

} // namespace detail

/// The Chebyshev series of `array`'s P/A after `years` in orbit over fluxes [low, high]:
/// from the balance's power series, or by interpolation where that does not serve (the
/// file comment); `accurate` says whether it is within 1e-10 of exact operating points.
inline flux_response interpolate_flux_response(const solar_array& array, units::irradiance low,
                                               units::irradiance high, double years) {
    validate(array);
    return detail::respond_validated<1>(array, low, high, {years})[0];
}

} // namespace spacedc::power
