#pragma once
/// \file
/// A battery-free node in eclipse: its compute is off, so the radiator, the loop and the
/// hardware on it cool as one lumped capacitance radiating to deep space, warmed only by
/// what still reaches it (Earth infrared, housekeeping). And what keeping it above a
/// floor costs: a survival heater and the battery to run it, or more thermal mass.
///
/// Lumped radiative cooling towards the equilibrium temperature T_e:
///   C dT/dt = Q - eps sigma A T^4 = -eps sigma A (T^4 - T_e^4),  T_e^4 = Q / (eps sigma A),
/// integrated exactly (Incropera & DeWitt, sec. 5.3, the lumped capacitance method with
/// radiation; the partial fractions of 1 / (T^4 - a^4)):
///   t(T0 -> T) = C / (4 eps sigma A T_e^3) [F(T) - F(T0)],
///   F(T) = ln |(T + T_e) / (T - T_e)| + 2 atan(T / T_e),
/// and, with no heat at all (T_e = 0), t = C / (3 eps sigma A) (1/T^3 - 1/T0^3). The
/// sink is taken as 0 K (the 2.725 K background adds 4e-7 of a 300 K radiator's
/// exitance). Valid while the node is nearly isothermal: its internal conductances
/// large against eps sigma A 4 T^3 (a thermal network, network_solver.hpp, checks it).

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <cmath>
#include <optional>

namespace spacedc::thermal {

/// The node as one lumped body in eclipse.
struct lumped_radiator {
    units::heat_capacity capacitance; ///< C of everything that cools together
    units::area emitting_area;        ///< A: every radiating face (faces x panel area)
    units::dimensionless emissivity;  ///< eps, infrared
    units::power heat_input;          ///< Q: absorbed Earth IR + heat dissipated inside
};

namespace detail {

inline void validate(const lumped_radiator& body) {
    spacedc::detail::require_positive("capacitance", body.capacitance);
    spacedc::detail::require_positive("emitting area", body.emitting_area);
    spacedc::detail::require_unit_fraction("emissivity", body.emissivity);
    spacedc::detail::require_non_negative("heat input", body.heat_input);
}

/// eps sigma A, W/K^4.
inline double radiative_coefficient(const lumped_radiator& body) {
    return body.emissivity.value() * constants::stefan_boltzmann.value() *
           body.emitting_area.value();
}

/// T_e = (Q / k)^(1/4) of an already validated body.
inline double equilibrium(const lumped_radiator& body) {
    return std::sqrt(std::sqrt(body.heat_input.value() / radiative_coefficient(body)));
}

/// Seconds from `t0` to `t1` (K) for capacitance `c`, eps sigma A = `k` and T_e = `te`,
/// both temperatures on the same side of T_e. The closed form's difference
/// F(t1) - F(t0) is taken as one log1p and one arctangent,
///   ln[(t1 + Te)(t0 - Te) / ((t1 - Te)(t0 + Te))] = log1p(2 Te (t0 - t1) / ((t1 - Te)(t0 + Te))),
///   atan(t1/Te) - atan(t0/Te) = atan(Te (t1 - t0) / (Te^2 + t1 t0)),
/// so it keeps its precision when t1 is near t0 (no difference of nearly equal values).
inline double time_between(double c, double k, double te, double t0, double t1) {
    if (!(te > 0.0)) return std::abs(c / (3.0 * k) * (1.0 / (t1 * t1 * t1) - 1.0 / (t0 * t0 * t0)));
    const double difference = std::log1p(2.0 * te * (t0 - t1) / ((t1 - te) * (t0 + te))) +
                              2.0 * std::atan(te * (t1 - t0) / (te * te + t1 * t0));
    return std::abs(c / (4.0 * k * te * te * te) * difference);
}

/// The temperature `goal` seconds after `t0` (K) for capacitance `c`, eps sigma A = `k`
/// and T_e = `te`: the closed form inverted by Halley's method (the time's first and
/// second derivatives in T are exact and cheap: |dt/dT| = C / (k |T^4 - Te^4|),
/// d^2t/dT^2 = 4 C T^3 / (k (T^4 - Te^4)^2) in magnitude), kept inside the bracket
/// between t0 and T_e (bisection when a step leaves it). Cooling starts from the exact
/// answer with no heat input, (t0^-3 + 3 k t / C)^(-1/3). Halley's error falls as the
/// cube of the last step's, so a step under 1e-6 K and under 1e-3 of the distance to T_e
/// leaves under 1e-12 K and is the last; the bracket stops it at 1e-9 K otherwise.
inline double temperature_after(double c, double k, double te, double t0, double goal) {
    double near = t0, far = te; // near: reached by `goal`; far: not
    if (near == far || goal == 0.0) return t0;
    const bool cooling = t0 > te;
    const double te4 = te * te * te * te;
    double t = 0.5 * (t0 + te);
    if (cooling) {
        const double bare = 1.0 / std::cbrt(1.0 / (t0 * t0 * t0) + 3.0 * k * goal / c);
        if (bare > te && bare < t0) t = bare;
    }
    for (int i = 0; i < 200 && std::abs(far - near) > 1e-9; ++i) {
        const double miss = time_between(c, k, te, t0, t) - goal; // > 0: t is past the goal
        (miss <= 0.0 ? near : far) = t;
        if (miss == 0.0) break;
        const double t2 = t * t, gap = std::abs(t2 * t2 - te4);
        const double slope = c / (k * gap);                     // |dt/dT|
        const double bend = 4.0 * c * t2 * t / (k * gap * gap); // |d^2t/dT^2|
        // In the distance d = |T - t0| walked from t0, time(d) rises with slope and bend:
        // Halley's step on time(d) - goal, mapped back to T.
        const double halley = 2.0 * slope * slope - miss * bend;
        const double step =
            halley > 0.0 ? 2.0 * miss * slope / halley : miss / slope; // else Newton's
        const double next = t + (cooling ? step : -step);
        if (!((next - near) * (next - far) <= 0.0)) { // left the bracket: bisect
            t = 0.5 * (near + far);
            continue;
        }
        t = next;
        // Halley's next error is about step^3 / (T - Te)^2 (its constant grows as
        // 1 / (T - Te) near the equilibrium): under 1e-12 K with both bounds.
        if (std::abs(step) < 1e-6 && std::abs(step) < 1e-3 * std::abs(t - te)) break;
    }
    return t;
}

} // namespace detail

/// The temperature the body settles at: T_e = (Q / (eps sigma A))^(1/4).
inline units::temperature equilibrium_temperature(const lumped_radiator& body) {
    detail::validate(body);
    return units::temperature{detail::equilibrium(body) * units::kelvin};
}

/// The time the body takes from `from` to `to`, both on the same side of T_e (cooling
/// towards it from above or warming from below); throws if `to` is not between `from`
/// and T_e.
inline units::duration cooling_time(const lumped_radiator& body, units::temperature from,
                                    units::temperature to) {
    const double te = equilibrium_temperature(body).value();
    const double t0 = from.value(), t1 = to.value();
    spacedc::detail::require_positive("start temperature", units::above_absolute_zero(from));
    if (!((t1 <= t0 && t1 > te) || (t1 >= t0 && t1 < te))) {
        throw invalid_input{"end temperature", fmt::format("{:.3f} K", t1),
                            fmt::format("between the start ({:.3f} K) and the equilibrium "
                                        "({:.3f} K), which is approached but never reached",
                                        t0, te)};
    }
    return units::duration{detail::time_between(body.capacitance.value(),
                                                detail::radiative_coefficient(body), te, t0, t1) *
                           units::seconds};
}

/// The temperature `elapsed` after starting at `start`: the closed form inverted to
/// 1e-9 K (`detail::temperature_after`: Halley's method inside a bracket).
inline units::temperature temperature_after(const lumped_radiator& body, units::temperature start,
                                            units::duration elapsed) {
    spacedc::detail::require_non_negative("elapsed time", elapsed);
    spacedc::detail::require_positive("start temperature", units::above_absolute_zero(start));
    const double te = equilibrium_temperature(body).value();
    return units::temperature{detail::temperature_after(body.capacitance.value(),
                                                        detail::radiative_coefficient(body), te,
                                                        start.value(), elapsed.value()) *
                              units::kelvin};
}

/// What it takes to keep the body at or above `floor` through an eclipse of `eclipse`
/// that starts at `start`.
struct eclipse_survival {
    units::temperature coldest;    ///< at the eclipse's end with no heater
    units::duration time_to_floor; ///< until it reaches the floor (the eclipse, if never)
    units::power heater_power;     ///< eps sigma A floor^4 - Q while holding the floor
    units::energy heater_energy;   ///< heater power x (eclipse - time to the floor)
    /// The total capacitance that would end the eclipse at the floor with no heater (the
    /// body's own when it already does); none when the body starts at or below it.
    std::optional<units::heat_capacity> capacitance_needed;
};

/// The survival heater holds the floor from the moment the body reaches it (a
/// thermostat), so its energy is P_h (t_eclipse - t_floor) with P_h = eps sigma A
/// floor^4 - Q; the capacitance that rides through instead is C t_eclipse / t_floor
/// (the closed form's time scales with C).
inline eclipse_survival survive_eclipse(const lumped_radiator& body, units::temperature start,
                                        units::duration eclipse, units::temperature floor) {
    spacedc::detail::require_non_negative("eclipse duration", eclipse);
    spacedc::detail::require_positive("floor temperature", units::above_absolute_zero(floor));
    spacedc::detail::require_positive("start temperature", units::above_absolute_zero(start));
    detail::validate(body);
    const double c = body.capacitance.value(), k = detail::radiative_coefficient(body);
    const double te = detail::equilibrium(body);
    eclipse_survival s{.coldest = units::temperature{detail::temperature_after(
                                                         c, k, te, start.value(), eclipse.value()) *
                                                     units::kelvin},
                       .time_to_floor = eclipse,
                       .heater_power = units::power{0.0 * units::watts},
                       .heater_energy = units::energy{0.0 * units::joules},
                       .capacitance_needed = body.capacitance};
    if (!(floor.value() > te) || !(s.coldest < floor)) return s; // never reaches the floor
    if (start > floor) { // te < floor < start: the closed form's time to the floor
        s.time_to_floor = units::duration{
            detail::time_between(c, k, te, start.value(), floor.value()) * units::seconds};
        s.capacitance_needed = body.capacitance * (eclipse / s.time_to_floor);
    } else {
        s.time_to_floor = units::duration{0.0 * units::seconds};
        s.capacitance_needed = std::nullopt;
    }
    const double f2 = floor.value() * floor.value();
    s.heater_power = units::power{(k * f2 * f2 - body.heat_input.value()) * units::watts};
    s.heater_energy = s.heater_power * (eclipse - s.time_to_floor);
    return s;
}

} // namespace spacedc::thermal
