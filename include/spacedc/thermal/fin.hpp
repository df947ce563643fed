#pragma once
/// \file
/// Radiating fin efficiency: the panel between two heat pipes conducts heat outwards
/// while radiating, so it runs colder than the pipes and rejects less than an isothermal
/// panel would.
///
/// Model (Gilmore, Spacecraft Thermal Control Handbook Vol. I, ch. 6; Mackay, Design of
/// Space Powerplants, 1963; Chapman's radiating-fin curves): a straight rectangular fin
/// of conductivity k, thickness t and half-width L (base at the heat pipe, adiabatic at
/// the midpoint between pipes), radiating from each of its faces to a sink at T_s and
/// absorbing the environment flux a_f on each face f:
///   k t d^2T/dx^2 = sum_f [eps sigma (T^4 - T_s^4) - a_f],  T(0) = T_b,  T'(L) = 0.
/// Efficiency eta = Q / Q_ideal, Q = k t T'(0) per unit length of pipe and Q_ideal =
/// L sum_f [eps sigma (T_b^4 - T_s^4) - a_f] (the fin at the base temperature).
///
/// Solution (`fin_efficiency`): the equation is autonomous, so it integrates once
/// (Lieblein, NASA TN D-196, 1959; Mackay 1963 ch. 4). With theta = T/T_b, xi = x/L,
/// N = n eps sigma T_b^3 L^2 / (k t) and q = (n eps sigma T_s^4 + sum a_f) / (n eps sigma
/// T_b^4) < 1, theta'' = N (theta^4 - q), theta'(tip) = 0 give
///   theta'^2 = 2 N (theta - theta_t) g(theta),
///   g(theta) = (theta^4 + theta^3 theta_t + theta^2 theta_t^2 + theta theta_t^3 + theta_t^4)/5 -
///   q,
/// and eta = sqrt(2 N (1 - theta_t) g(1)) / (N (1 - q)). The tip temperature theta_t =
/// 1 - v^2 makes the fin one half-width long: with theta = theta_t + v^2 s^2 (which
/// removes the tip's inverse-square-root singularity),
///   J(v) = 2 v integral_0^1 ds / sqrt(g(theta(s))) = sqrt(2 N),
/// solved by Newton's method on v (dJ/dv by differentiating under the integral) inside
/// the bracket (0, sqrt(1 - q^(1/4))). The integrand is even and analytic in s, so the
/// 15-point Gauss-Kronrod rule on [-1, 1] costs 8 evaluations; where its embedded 7-point
/// Gauss estimate differs by more than 1e-12 (a long fin whose tip nears its radiative
/// equilibrium), the integral is taken adaptively on [0, 1]. Typically 3-4 Newton steps.
///
/// Oracle (`fin_efficiency_by_shooting`, kept for tests): shooting from the tip (classical
/// RK4, 400 steps) with regula falsi (Illinois) on the tip temperature.

#include <spacedc/constants.hpp>
#include <spacedc/detail/quadrature.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <array>
#include <cmath>
#include <span>
#include <utility>

namespace spacedc::thermal {

/// The conducting panel between heat pipes.
struct radiating_fin {
    units::thermal_conductivity conductivity; ///< e.g. aluminium 6061: 167 W/(m K)
    units::length thickness;
    units::length half_width; ///< from the pipe to midway to the next
};

/// Throws `invalid_input` for non-positive dimensions or conductivity.
inline void validate(const radiating_fin& fin) {
    spacedc::detail::require_positive("fin conductivity", fin.conductivity);
    spacedc::detail::require_positive("fin thickness", fin.thickness);
    spacedc::detail::require_positive("fin half-width", fin.half_width);
}

namespace detail {

/// Base temperature reached when integrating from a tip at `tip` (K) to the base, and the
/// base gradient (K/m), for k t T'' = faces eps sigma (T^4 - Ts^4) - absorbed.
struct shot {
    double base_temperature;
    double base_gradient;
};

inline shot shoot_from_tip(double tip, double conductance_length, double half_width,
                           double emission_coefficient, double sink4, double absorbed) {
    constexpr int steps = 400;
    const double dx = half_width / steps;
    auto curvature = [&](double t) {
        return (emission_coefficient * (t * t * t * t - sink4) - absorbed) / conductance_length;
    };
    double t = tip,
           g = 0.0; // integrate from the tip (x = L) towards the base (x = 0): dT/ds = -T'(x)
    for (int i = 0; i < steps; ++i) {
        const double k1t = g, k1g = curvature(t);
        const double k2t = g + 0.5 * dx * k1g, k2g = curvature(t + 0.5 * dx * k1t);
        const double k3t = g + 0.5 * dx * k2g, k3g = curvature(t + 0.5 * dx * k2t);
        const double k4t = g + dx * k3g, k4g = curvature(t + dx * k3t);
        t += dx / 6.0 * (k1t + 2.0 * k2t + 2.0 * k3t + k4t);
        g += dx / 6.0 * (k1g + 2.0 * k2g + 2.0 * k3g + k4g);
    }
    return {t, g};
}

} // namespace detail

namespace detail {

/// A fin problem validated and reduced to plain numbers (SI).
struct fin_problem {
    double conductance_length; ///< k t, W/K
    double half_width;         ///< L, m
    double emission;           ///< n eps sigma, W/(m^2 K^4) per m^2 of planform
    double sink4;              ///< T_s^4
    double absorbed;           ///< sum of the faces' absorbed fluxes, W/m^2
    double base;               ///< T_b, K
    double ideal;              ///< emission (T_b^4 - T_s^4) - absorbed, W/m^2 (> 0)
};

inline fin_problem reduce(const radiating_fin& fin, units::dimensionless emissivity,
                          units::temperature base, units::temperature sink,
                          std::span<const units::heat_flux> absorbed_per_face) {
    validate(fin);
    spacedc::detail::require_unit_fraction("emissivity", emissivity);
    spacedc::detail::require_in_closed_range("radiating faces",
                                             static_cast<int>(absorbed_per_face.size()), 1, 2);
    spacedc::detail::require_above("base temperature", base, "the sink temperature", sink);
    double absorbed = 0.0;
    for (auto a : absorbed_per_face) {
        spacedc::detail::require_non_negative("absorbed flux", a);
        absorbed += a.value();
    }
    const double faces = static_cast<double>(absorbed_per_face.size());
    const double emission = faces * emissivity * constants::stefan_boltzmann.value();
    const double tb = base.value(), ts = sink.value();
    const double sink4 = ts * ts * ts * ts;
    const double ideal = emission * (tb * tb * tb * tb - sink4) - absorbed;
    if (!(ideal > 0.0)) {
        throw invalid_input{"base temperature", fmt::format("{}", base),
                            "hot enough that the panel emits more than it absorbs"};
    }
    return {.conductance_length = (fin.conductivity * fin.thickness).value(),
            .half_width = fin.half_width.value(),
            .emission = emission,
            .sink4 = sink4,
            .absorbed = absorbed,
            .base = tb,
            .ideal = ideal};
}

using spacedc::detail::gauss7_w; // QK15's constants (detail/quadrature.hpp)
using spacedc::detail::kronrod_w;
using spacedc::detail::kronrod_x;

/// The length integral I(v) = integral_0^1 ds / sqrt(g) and dI/dv at tip 1 - v^2.
struct length_integral {
    double value;
    double derivative;
    double error; ///< |Kronrod - Gauss| estimate
};

/// 1/sqrt(g) and its derivative in v at s, for theta_t = 1 - v^2, theta = theta_t + v^2 s^2.
inline std::pair<double, double> length_integrand(double s, double v, double q) {
    const double v2 = v * v;
    const double tt = 1.0 - v2, th = tt + v2 * s * s;
    const double th2 = th * th, tt2 = tt * tt;
    const double g = (th2 * th2 + th2 * th * tt + th2 * tt2 + th * tt2 * tt + tt2 * tt2) / 5.0 - q;
    const double dg_dth = (4.0 * th2 * th + 3.0 * th2 * tt + 2.0 * th * tt2 + tt2 * tt) / 5.0;
    const double dg_dtt = (th2 * th + 2.0 * th2 * tt + 3.0 * th * tt2 + 4.0 * tt2 * tt) / 5.0;
    // d(theta)/dv = -2 v (1 - s^2), d(theta_t)/dv = -2 v.
    const double dg_dv = -2.0 * v * ((1.0 - s * s) * dg_dth + dg_dtt);
    const double inv = 1.0 / std::sqrt(g);
    return {inv, -0.5 * inv * inv * inv * dg_dv};
}

/// Gauss-Kronrod on [a, b] (15 points), or on [-1, 1] for the even integrand (8 points)
/// halved to [0, 1] when `whole` is set.
inline length_integral kronrod(double a, double b, double v, double q, bool whole) {
    double k = 0.0, gs = 0.0, dk = 0.0;
    const double mid = 0.5 * (a + b), half = 0.5 * (b - a);
    for (std::size_t i = 0; i < kronrod_x.size(); ++i) {
        const bool centre = i + 1 == kronrod_x.size();
        double f = 0.0, df = 0.0;
        if (whole) {
            const auto [y, dy] = length_integrand(kronrod_x[i], v, q);
            f = centre ? y : 2.0 * y; // f(-x) = f(x)
            df = centre ? dy : 2.0 * dy;
        } else {
            const auto [y1, dy1] = length_integrand(mid + half * kronrod_x[i], v, q);
            f = y1, df = dy1;
            if (!centre) {
                const auto [y2, dy2] = length_integrand(mid - half * kronrod_x[i], v, q);
                f += y2, df += dy2;
            }
        }
        k += kronrod_w[i] * f;
        dk += kronrod_w[i] * df;
        if (i % 2 == 1) gs += gauss7_w[i / 2] * f;
    }
    const double scale = whole ? 0.5 : half;
    return {k * scale, dk * scale, std::abs(k - gs) * scale};
}

/// I(v) on [0, 1] to `relative` of its value, bisecting the panel with the largest error
/// estimate while the sum exceeds it (at most 40 panels).
inline length_integral integrate_length(double v, double q, double relative) {
    length_integral whole = kronrod(-1.0, 1.0, v, q, true);
    const double tolerance = relative * whole.value;
    if (whole.error <= tolerance) return whole;
    struct panel {
        double a, b;
        length_integral r;
    };
    std::array<panel, 40> panels{};
    std::size_t count = 1;
    panels[0] = {0.0, 1.0, kronrod(0.0, 1.0, v, q, false)};
    for (;;) {
        std::size_t worst = 0;
        double total_error = 0.0;
        for (std::size_t i = 0; i < count; ++i) {
            total_error += panels[i].r.error;
            if (panels[i].r.error > panels[worst].r.error) worst = i;
        }
        if (total_error <= tolerance || count == panels.size()) break;
        const panel p = panels[worst];
        const double m = 0.5 * (p.a + p.b);
        panels[worst] = {p.a, m, kronrod(p.a, m, v, q, false)};
        panels[count++] = {m, p.b, kronrod(m, p.b, v, q, false)};
    }
    length_integral sum{0.0, 0.0, 0.0};
    for (std::size_t i = 0; i < count; ++i) {
        sum.value += panels[i].r.value;
        sum.derivative += panels[i].r.derivative;
        sum.error += panels[i].r.error;
    }
    return sum;
}

} // namespace detail

/// Efficiency of `fin` at base temperature `base`, radiating from
/// `absorbed_per_face.size()` faces (1 or 2) with emissivity `emissivity`, each face
/// absorbing its environment flux, by the fin equation's first integral (file comment).
/// Throws `invalid_input` when the fin at the base temperature would not reject heat
/// (the environment outweighs its emission).
inline units::dimensionless fin_efficiency(const radiating_fin& fin,
                                           units::dimensionless emissivity, units::temperature base,
                                           units::temperature sink,
                                           std::span<const units::heat_flux> absorbed_per_face) {
    const auto p = detail::reduce(fin, emissivity, base, sink, absorbed_per_face);
    const double tb = p.base, tb3 = tb * tb * tb;
    const double n = p.emission * tb3 * p.half_width * p.half_width / p.conductance_length;
    const double q = (p.emission * p.sink4 + p.absorbed) / (p.emission * tb3 * tb);
    const double goal = std::sqrt(2.0 * n);
    // v in (0, v_max): the tip between the base and its radiative equilibrium q^(1/4).
    const double v_max = std::sqrt(1.0 - std::sqrt(std::sqrt(q)));
    double lo = 0.0, hi = v_max;
    double v = std::min(0.5 * goal * std::sqrt(1.0 - q), 0.5 * v_max); // exact as N -> 0
    for (int k = 0; k < 100; ++k) {
        const auto i = detail::integrate_length(v, q, 1e-13);
        const double miss = 2.0 * v * i.value - goal;
        (miss < 0.0 ? lo : hi) = v;
        const double slope = 2.0 * i.value + 2.0 * v * i.derivative;
        double next = v - miss / slope;
        // Converged: Newton's error squares each step, so after a step of 1e-8 the next
        // iterate is good to about 1e-16.
        if (miss == 0.0 || std::abs(next - v) <= 1e-8 * v_max) {
            v = miss == 0.0 ? v : next;
            break;
        }
        if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
        v = next;
        if (hi - lo <= 1e-14 * v_max) break;
    }
    const double tip = 1.0 - v * v;
    const double g1 = (1.0 + tip + tip * tip + tip * tip * tip + tip * tip * tip * tip) / 5.0 - q;
    return std::sqrt(2.0 * n * v * v * g1) / (n * (1.0 - q));
}

/// The fin's efficiency by shooting from the tip: the slow oracle of `fin_efficiency`.
inline units::dimensionless
fin_efficiency_by_shooting(const radiating_fin& fin, units::dimensionless emissivity,
                           units::temperature base, units::temperature sink,
                           std::span<const units::heat_flux> absorbed_per_face) {
    const auto p = detail::reduce(fin, emissivity, base, sink, absorbed_per_face);
    const double kt = p.conductance_length, length = p.half_width, emission = p.emission,
                 sink4 = p.sink4, absorbed = p.absorbed, tb = p.base, ideal = p.ideal;
    // The tip lies between the temperature where emission balances absorption and the
    // base; the base temperature reached rises with the tip's. Regula falsi with the
    // Illinois modification on f(tip) = T_base(tip) - T_b.
    double lo = std::pow(absorbed / emission + sink4, 0.25);
    double hi = tb;
    auto miss = [&](double tip) {
        const double reached =
            detail::shoot_from_tip(tip, kt, length, emission, sink4, absorbed).base_temperature;
        return std::isfinite(reached) ? reached - tb : 1e300;
    };
    double f_lo = miss(lo), f_hi = miss(hi);
    int stuck = 0;
    double tip = hi;
    for (int k = 0; k < 200 && hi - lo > 1e-12 * tb; ++k) {
        tip = f_hi < 1e300 ? (lo * f_hi - hi * f_lo) / (f_hi - f_lo) : 0.5 * (lo + hi);
        if (!(tip > lo && tip < hi)) tip = 0.5 * (lo + hi);
        const double f = miss(tip);
        if (f == 0.0) break;
        if (f > 0.0) {
            hi = tip, f_hi = f;
            if (stuck == -1) f_lo *= 0.5;
            stuck = -1;
        } else {
            lo = tip, f_lo = f;
            if (stuck == 1) f_hi *= 0.5;
            stuck = 1;
        }
        if (std::abs(f) < 1e-11 * tb) break;
    }
    const auto s = detail::shoot_from_tip(tip, kt, length, emission, sink4, absorbed);
    return kt * s.base_gradient / (length * ideal);
}

} // namespace spacedc::thermal
