#pragma once
/// \file
/// The altitude trade: is flying high enough to need no battery worth its radiation?
/// The same node is sized at each altitude of a dawn-dusk (or any sun-synchronous) orbit
/// with each way of riding through the eclipses (`eclipse_strategy`), and each design
/// carries its total mass, compute W per launched kg, availability and mission dose
/// behind 5 mm Al (radiation/dose.hpp), so the four answers are priced on one node:
/// - `none`: compute off in shadow, the loop cools freely (it may freeze: a finding);
/// - `compute_battery`: a battery carries all the compute through every eclipse
///   (SMAD eq. 11-5/11-6), whose heat keeps the loop warm;
/// - `survival_heater`: compute off, a thermostatic heater and its battery hold the loop
///   at its floor;
/// - `thermal_capacitance`: compute off, water added to the loop so it reaches the floor
///   no sooner than the eclipse ends (the capacitance `thermal::survive_eclipse` asks).
/// Above the eclipse-free altitude every strategy is `none`: there is nothing to ride.
/// Availability is the fraction of the year the node computes,
/// sunlit + (1 - sunlit) x battery-backed share.

#include <spacedc/node/size_node.hpp>

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace spacedc::node {

enum class eclipse_strategy { none, compute_battery, survival_heater, thermal_capacitance };

inline constexpr eclipse_strategy eclipse_strategies[] = {
    eclipse_strategy::none, eclipse_strategy::compute_battery, eclipse_strategy::survival_heater,
    eclipse_strategy::thermal_capacitance};

/// "none", "compute-battery", "survival-heater", "thermal-capacitance".
constexpr std::string_view to_string(eclipse_strategy s) {
    switch (s) {
    case eclipse_strategy::compute_battery:
        return "compute-battery";
    case eclipse_strategy::survival_heater:
        return "survival-heater";
    case eclipse_strategy::thermal_capacitance:
        return "thermal-capacitance";
    case eclipse_strategy::none:
        break;
    }
    return "none";
}

/// One design of the trade.
struct altitude_trade_point {
    units::length altitude;
    eclipse_strategy strategy;
    node_design design;
    units::dimensionless availability; ///< fraction of the year the node computes
};

/// `spec` sized in `env` (prepared for its orbit) with `strategy`: the spec's own
/// battery-backed share, heater and added water are replaced by the strategy's.
inline node_design size_with_strategy(node_spec spec, const orbit_environment& env,
                                      eclipse_strategy strategy) {
    spec.compute.battery_backed_fraction =
        strategy == eclipse_strategy::compute_battery ? 1.0 : 0.0;
    spec.thermal.survival_heater = strategy == eclipse_strategy::survival_heater;
    spec.thermal.added_water = units::mass{0.0 * units::kilograms};
    node_design d = size_node(spec, env);
    if (strategy == eclipse_strategy::thermal_capacitance && d.cold.extra_water) {
        spec.thermal.added_water = *d.cold.extra_water;
        d = size_node(spec, env);
    }
    return d;
}

/// Sizes `base` at each of `altitudes` (its orbit's LTAN, year and shadow model; a
/// sun-synchronous orbit) with every strategy where the orbit has eclipses, `none` alone
/// where it has none. Throws `invalid_input` for a non-sun-synchronous base orbit.
inline std::vector<altitude_trade_point> altitude_trade(const node_spec& base,
                                                        std::span<const units::length> altitudes) {
    if (!base.orbit.sun_synchronous()) {
        throw invalid_input{"orbit.inclination", "(given)",
                            "a sun-synchronous orbit (no inclination)",
                            "the altitude trade flies the base orbit's LTAN at every altitude"};
    }
    std::vector<altitude_trade_point> points;
    points.reserve(altitudes.size() * std::size(eclipse_strategies));
    for (const units::length& h : altitudes) {
        node_spec spec = base;
        spec.orbit.altitude = h;
        const orbit_environment env = prepare_orbit(spec.orbit, spec.thermal.orientation);
        for (const eclipse_strategy s : eclipse_strategies) {
            if (env.sunlight.eclipse_free() && s != eclipse_strategy::none) continue;
            node_design d = size_with_strategy(spec, env, s);
            const double sunlit = d.sunlight.sunlit_fraction.value();
            const double backed = d.spec.compute.battery_backed_fraction.value();
            points.push_back({.altitude = h,
                              .strategy = s,
                              .design = std::move(d),
                              .availability = sunlit + (1.0 - sunlit) * backed});
        }
    }
    return points;
}

} // namespace spacedc::node
