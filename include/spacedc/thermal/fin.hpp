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
/// L sum_f [eps sigma (T_b^4 - T_s^4) - a_f] (the fin at the base temperature). Solved by
/// shooting from the tip (classical RK4, 400 steps) with regula falsi (Illinois) on
/// the tip temperature.

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <cmath>
#include <numeric>
#include <span>

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

/// Efficiency of `fin` at base temperature `base`, radiating from
/// `absorbed_per_face.size()` faces (1 or 2) with emissivity `emissivity`, each face
/// absorbing its environment flux. Throws `invalid_input` when the fin at the base
/// temperature would not reject heat (the environment outweighs its emission).
inline units::dimensionless fin_efficiency(const radiating_fin& fin,
                                           units::dimensionless emissivity, units::temperature base,
                                           units::temperature sink,
                                           std::span<const units::heat_flux> absorbed_per_face) {
    validate(fin);
    spacedc::detail::require_unit_fraction("emissivity", emissivity);
    spacedc::detail::require_in_closed_range("radiating faces",
                                             static_cast<int>(absorbed_per_face.size()), 1, 2);
    spacedc::detail::require_above("base temperature", base, "the sink temperature", sink);
    const double faces = static_cast<double>(absorbed_per_face.size());
    double absorbed = 0.0;
    for (auto a : absorbed_per_face) {
        spacedc::detail::require_non_negative("absorbed flux", a);
        absorbed += a.value();
    }
    const double emission = faces * emissivity * constants::stefan_boltzmann.value();
    const double tb = base.value();
    const double sink4 = std::pow(sink.value(), 4);
    const double ideal = emission * (tb * tb * tb * tb - sink4) - absorbed;
    if (!(ideal > 0.0)) {
        throw invalid_input{"base temperature", fmt::format("{}", base),
                            "hot enough that the panel emits more than it absorbs"};
    }
    const double kt = (fin.conductivity * fin.thickness).value();
    const double length = fin.half_width.value();
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
