#pragma once
/// \file
/// One call from a node spec to the whole node: orbit and sunlight, power, thermal, the
/// chips' mission dose (radiation/dose.hpp) and mass, with every intermediate result, the
/// findings that make a design infeasible or weaker than it looks, and simple launch
/// economics.
///
/// Coupling, solved here and nowhere else:
/// - all electrical power ends as heat on board: the radiator rejects the array's load,
///   P_array = (P_compute + P_housekeeping) / eta_conversion;
/// - the radiator runs at the given temperature, or at the hottest the junction chain
///   allows with the junction kept `thermal.junction_margin` below its limit
///   (`max_radiator_temperature`); a given temperature above that is a finding, and so is
///   a chain whose drop leaves no radiator temperature above the sink
///   (`chain_leaves_no_radiator`: a shared loop's drop grows with every chip on it);
/// - the array is sized for (1 + `conversion.design_margin`) x its load;
/// - the radiator is sized in the hot case (`hot_case_result`) and checked in the cold
///   case (`cold_case_result`); temperature requirements are judged on those extremes.
/// Costs are launch only (no hardware, operations or replacement): launch cost =
/// total mass x price per kg; per kWh = launch cost / compute energy over the life;
/// ground reference = electricity price x PUE.

#include <spacedc/mass/mass_budget.hpp>
#include <spacedc/node/finding.hpp>
#include <spacedc/node/node_spec.hpp>
#include <spacedc/node/orbit_environment.hpp>
#include <spacedc/power/power_budget.hpp>
#include <spacedc/radiation/dose.hpp>
#include <spacedc/thermal/eclipse_cooling.hpp>
#include <spacedc/thermal/radiator.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace spacedc::node {

struct cost_estimate {
    double launch_cost_usd = 0.0;
    double launch_cost_per_kw_usd = 0.0;         ///< per kW of compute
    double launch_cost_per_kw_year_usd = 0.0;    ///< per kW of compute per year of life
    double launch_cost_per_kwh_usd = 0.0;        ///< per kWh delivered to compute over the life
    double ground_energy_cost_per_kwh_usd = 0.0; ///< electricity x PUE
};

/// The hot case, where the radiator is sized: full compute in the fully lit orbit with
/// the smallest |beta| (the most Earth infrared and albedo with no eclipse to cool in; the
/// orbit with the shortest eclipse when none is fully lit), the maximum solar flux and
/// Earth infrared (`thermal::hot_case()`), and end-of-life solar absorptivity
/// alpha_EOL = min(alpha_BOL + life x `thermal.annual_absorptivity_increase`, 1)
/// (Gilmore, Spacecraft Thermal Control Handbook Vol. I, ch. 4: hot case with degraded,
/// cold case with beginning-of-life optical properties).
struct hot_case_result {
    std::chrono::year_month_day date{}; ///< the orbit's day (its beta at 12:00 UTC)
    units::angle beta;
    units::dimensionless absorptivity; ///< end of life
};

/// The cold case: the year's longest eclipse with the compute (and so the heat) off, or
/// at the share a battery carries (`compute.battery_backed_fraction`), the radiator and
/// loop cooling as one lumped capacitance from the sunlit radiator temperature, warmed by
/// the cold-case Earth infrared on the radiator's faces and the battery-backed compute's
/// heat (thermal/eclipse_cooling.hpp), and what holding `thermal.survival_floor` costs.
struct cold_case_result {
    std::chrono::year_month_day date{}; ///< the day of the longest eclipse
    units::angle beta;                  ///< that day's beta angle (12:00 UTC)
    units::duration eclipse;            ///< the longest of the year (0: eclipse-free)
    units::power absorbed;              ///< Earth IR absorbed by the radiator in shadow
    units::power dissipated; ///< battery-backed compute's heat, P_b / eta_conversion (0: off)
    units::heat_capacity capacitance; ///< what cools with the radiator
    units::temperature coldest_without_heater;
    units::temperature coldest_loop;       ///< with the heater when one is fitted
    units::temperature coldest_junction;   ///< the loop's, plus the chain's rise at P_b
    thermal::eclipse_survival survival;    ///< to hold the floor (heater power, energy, C)
    units::energy heater_battery_capacity; ///< C = E / (DoD n), SMAD eq. 11-6
    units::mass heater_battery_mass;
    std::optional<units::mass> extra_water;     ///< capacitance alternative, 4179 J/(kg K)
    std::optional<units::mass> extra_aluminium; ///< 903 J/(kg K)
    bool ammonia_stays_liquid = false;          ///< coldest without heater above 195.4 K
};

struct node_design {
    node_spec spec;
    units::power compute_power;
    orbit::sunlight_summary sunlight; ///< the year's (the days are in the orbit environment)
    power::power_design power;
    units::power heat_load; ///< rejected by the radiator
    /// At or below the sink only with `chain_leaves_no_radiator` (what the chain would need).
    units::temperature radiator_temperature;
    std::optional<units::temperature> junction; ///< with the chain, at that radiator temperature
    thermal::radiator_sizing radiator;
    units::mass power_conversion_mass;
    units::mass heat_transport_mass;
    mass::mass_budget mass;
    units::specific_power compute_power_per_mass; ///< compute W per launched kg
    cost_estimate cost;
    hot_case_result hot;
    cold_case_result cold;
    /// The chips' total ionising dose over the mission behind 5 mm Al, when a published
    /// table covers the orbit (radiation/dose.hpp: sun-synchronous or 30 deg, 500-2000 km).
    std::optional<units::absorbed_dose> dose;
    node::findings findings; ///< typed; words from `describe` (node/finding_text.hpp)

    /// False when the chain leaves no radiator temperature above the sink
    /// (`chain_leaves_no_radiator`): the design's temperatures are then not physical.
    bool cooled() const { return radiator_temperature > constants::cosmic_background; }

    /// The mission dose; throws `invalid_input` when no dose table covers the orbit.
    units::absorbed_dose mission_dose() const {
        if (!dose) {
            throw invalid_input{"mission dose", "(not tabulated for this orbit)",
                                "a sun-synchronous or 30° orbit at 500-2000 km (the published "
                                "SPENVIS dose tables)"};
        }
        return *dose;
    }

    /// The predicted junction temperature; throws `invalid_input` when the spec has no
    /// junction-to-radiator chain to predict it from.
    units::temperature junction_temperature() const {
        if (!junction) {
            throw invalid_input{"junction temperature", "(not predicted)",
                                "a spec with a junction-to-radiator chain (thermal.per_chip)"};
        }
        return *junction;
    }

    bool feasible() const {
        for (const auto& f : findings) {
            if (is_infeasible(f)) return false;
        }
        return true;
    }
};

/// The node as one lumped body in its cold case's eclipse (thermal/eclipse_cooling.hpp):
/// what cools with the radiator, every radiating face, and the Earth infrared absorbed
/// plus the battery-backed compute's heat.
inline thermal::lumped_radiator eclipse_body(const node_spec& spec,
                                             const thermal::radiator_sizing& radiator,
                                             const cold_case_result& cold) {
    return {.capacitance = cold.capacitance,
            .emitting_area = static_cast<double>(spec.thermal.faces) * radiator.area,
            .emissivity = spec.thermal.emissivity,
            .heat_input = cold.absorbed + cold.dissipated};
}

/// The second stage: `spec`'s array over the year of `env` (power/array_response.hpp),
/// shared by every design with the same array technology and mission life in any orbit
/// of that year.
inline power::array_response prepare_array(const node_spec& spec, const orbit_environment& env) {
    return power::prepare_array(spec.array, spec.mission_life, env.flux);
}

/// Sizes the node for `spec` in an orbit environment already prepared for its orbit and
/// radiator orientation (`prepare_orbit`) with its array's response already prepared for
/// that year (`prepare_array`), so sweeps share both; throws `invalid_input` when either
/// was prepared for something else.
inline node_design size_node(const node_spec& spec, const orbit_environment& env,
                             const power::array_response& array) {
    require_prepared_for(env, spec);
    const orbit::annual_sunlight& sunlight = env.sunlight;
    spacedc::detail::require_at_least("compute.count", spec.compute.count, 1);
    spacedc::detail::require_positive("compute.power_per_accelerator",
                                      spec.compute.power_per_accelerator);
    spacedc::detail::require_non_negative("compute.mass_per_accelerator",
                                          spec.compute.mass_per_accelerator);
    spacedc::detail::require_non_negative("compute.server_mass_per_accelerator",
                                          spec.compute.server_mass_per_accelerator);
    spacedc::detail::require_positive("conversion.specific_power", spec.conversion.specific_power);
    spacedc::detail::require_positive("thermal.heat_transport_specific_power",
                                      spec.thermal.heat_transport_specific_power);
    spacedc::detail::require_finite_non_negative("cost.launch_cost_per_kg_usd",
                                                 spec.cost.launch_cost_per_kg_usd);
    spacedc::detail::require_finite_non_negative("cost.electricity_price_usd_per_kwh",
                                                 spec.cost.electricity_price_usd_per_kwh);
    spacedc::detail::require_in_closed_range("cost.ground_pue", spec.cost.ground_pue, 1.0, 10.0);

    node_design d; // default-initialised: every member has its initialiser or constructor
    d.spec = spec;
    d.sunlight = sunlight; // the summary
    spacedc::detail::require_in_closed_range("compute.battery_backed_fraction",
                                             spec.compute.battery_backed_fraction, 0.0, 1.0);
    const int n = spec.compute.count;
    d.compute_power = static_cast<double>(n) * spec.compute.power_per_accelerator;

    // Power.
    d.power = power::size_power(power_system(spec), sunlight, env.flux, array, env.period);
    d.heat_load = d.power.array_power_required;
    d.power_conversion_mass = d.power.array_power_required / spec.conversion.specific_power;

    // Radiator temperature from the junction side, or as given.
    const bool has_chain =
        !spec.thermal.chain.per_chip.empty() || !spec.thermal.chain.shared.empty();
    std::optional<units::temperature> allowed;
    spacedc::detail::require_non_negative("thermal.junction_margin", spec.thermal.junction_margin);
    const units::temperature junction_design_limit =
        spec.compute.junction_max - spec.thermal.junction_margin;
    if (has_chain) {
        allowed = thermal::max_radiator_temperature(spec.thermal.chain, junction_design_limit,
                                                    spec.compute.power_per_accelerator, n);
    }
    if (spec.thermal.radiator_temperature) {
        d.radiator_temperature = *spec.thermal.radiator_temperature;
    } else if (allowed) {
        d.radiator_temperature = *allowed;
    } else {
        throw invalid_input{"thermal.radiator_temperature", "(missing)",
                            "a temperature, or a junction-to-radiator chain to derive it"};
    }
    if (has_chain) {
        d.junction = thermal::junction_temperature(spec.thermal.chain, d.radiator_temperature,
                                                   spec.compute.power_per_accelerator, n);
        if (spec.thermal.radiator_temperature && *spec.thermal.radiator_temperature > *allowed) {
            d.findings.push_back(
                radiator_above_junction_limit{.radiator = d.radiator_temperature,
                                              .allowed = *allowed,
                                              .junction_max = spec.compute.junction_max,
                                              .margin = spec.thermal.junction_margin,
                                              .junction = *d.junction});
        }
    }
    // A chain that leaves no radiator temperature above the sink: infeasible, not an
    // error (a sweep's largest designs meet it); a given temperature there is bad input.
    const bool cooled = d.cooled();
    if (!cooled && spec.thermal.radiator_temperature) {
        throw invalid_input{"thermal.radiator_temperature",
                            fmt::format("{:.2f}", d.radiator_temperature),
                            "above the 2.725 K sink"};
    }
    if (!cooled) {
        d.findings.push_back(
            chain_leaves_no_radiator{.junction_limit = junction_design_limit,
                                     .drop = junction_design_limit - d.radiator_temperature,
                                     .sink = constants::cosmic_background});
    }

    // The hot and cold orbits of the year.
    spacedc::detail::require_in_closed_range("thermal.annual_absorptivity_increase",
                                             spec.thermal.annual_absorptivity_increase, 0.0, 1.0);
    const double life_years = spec.mission_life.value() / (365.25 * 86400.0);
    d.hot = {.date = env.hot().date,
             .beta = env.hot().beta,
             .absorptivity =
                 std::min(1.0, spec.thermal.absorptivity.value() +
                                   life_years * spec.thermal.annual_absorptivity_increase.value())};

    // Radiator in the hot case.
    const thermal::surface_optics optics{.solar_absorptivity = d.hot.absorptivity,
                                         .infrared_emissivity = spec.thermal.emissivity};
    thermal::radiator_panel panel{.optics = optics,
                                  .absorbed_per_face = {},
                                  .fin = spec.thermal.fin,
                                  .areal_density = spec.thermal.areal_density};
    spacedc::detail::require_in_closed_range("thermal.faces", spec.thermal.faces, 1, 2);
    for (int face = 0; face < spec.thermal.faces; ++face) {
        panel.absorbed_per_face.push_back(thermal::absorbed_flux(
            optics, thermal::hot_case(), env.hot_views[static_cast<std::size_t>(face)]));
    }
    if (cooled) {
        d.radiator = thermal::size_radiator(d.heat_load, d.radiator_temperature, panel);
    } else {
        d.radiator.feasible = false; // nothing to size: the chain already failed
    }
    if (!d.radiator.feasible && cooled) {
        d.findings.push_back(radiator_cannot_reject{
            .temperature = d.radiator_temperature,
            .absorbed_per_face = d.radiator.absorbed_per_face,
            .emitted_per_face = d.radiator.net_flux_per_face + d.radiator.absorbed_per_face});
    }
    if (!d.radiator.feasible) {
        d.radiator.area = units::area{0.0 * units::square_meters};
        d.radiator.mass = units::mass{0.0 * units::kilograms};
    }
    d.heat_transport_mass = d.heat_load / spec.thermal.heat_transport_specific_power;

    // Cold case: the longest eclipse, compute off.
    {
        constexpr double c_aluminium = 903.0, c_water = 4179.0; // J/(kg K), Incropera A.1, A.6
        cold_case_result& c = d.cold;
        spacedc::detail::require_non_negative("thermal.added_water", spec.thermal.added_water);
        c.capacitance = (spec.thermal.capacitance
                             ? *spec.thermal.capacitance
                             : units::heat_capacity{(d.radiator.mass.value() * c_aluminium +
                                                     d.heat_transport_mass.value() * 0.5 *
                                                         (c_water + c_aluminium)) *
                                                    units::joules_per_kelvin}) +
                        units::heat_capacity{spec.thermal.added_water.value() * c_water *
                                             units::joules_per_kelvin};
        c.date = env.cold().date;
        c.beta = env.cold().beta;
        c.eclipse =
            sunlight.eclipse_free() ? units::duration{0.0 * units::seconds} : sunlight.max_eclipse;
        double earth_ir = 0.0; // W/m^2 of panel, both faces, in shadow
        for (int face = 0; face < spec.thermal.faces; ++face) {
            earth_ir += spec.thermal.emissivity.value() *
                        thermal::cold_case().earth_infrared.value() *
                        env.cold_views[static_cast<std::size_t>(face)].earth_view_factor.value();
        }
        c.absorbed = units::power{earth_ir * d.radiator.area.value() * units::watts};
        c.dissipated = c.eclipse.value() > 0.0
                           ? d.power.eclipse_compute.load / spec.conversion.efficiency
                           : units::power{0.0 * units::watts};
        c.coldest_without_heater = d.radiator_temperature;
        c.coldest_loop = d.radiator_temperature;
        c.survival = {.coldest = d.radiator_temperature,
                      .time_to_floor = c.eclipse,
                      .heater_power = units::power{0.0 * units::watts},
                      .heater_energy = units::energy{0.0 * units::joules},
                      .capacitance_needed = c.capacitance};
        c.heater_battery_capacity = units::energy{0.0 * units::joules};
        c.heater_battery_mass = units::mass{0.0 * units::kilograms};
        if (d.radiator.feasible && c.eclipse.value() > 0.0) {
            const thermal::lumped_radiator body = eclipse_body(spec, d.radiator, c);
            c.survival = thermal::survive_eclipse(body, d.radiator_temperature, c.eclipse,
                                                  spec.thermal.survival_floor);
            c.coldest_without_heater = c.survival.coldest;
            c.coldest_loop = spec.thermal.survival_heater
                                 ? std::max(c.survival.coldest, spec.thermal.survival_floor)
                                 : c.survival.coldest;
            if (c.survival.heater_energy.value() > 0.0) {
                c.heater_battery_capacity = power::battery_capacity(
                    c.survival.heater_power, c.eclipse - c.survival.time_to_floor, spec.battery);
                c.heater_battery_mass =
                    power::battery_mass(c.heater_battery_capacity, spec.battery);
            }
        }
        if (c.survival.capacitance_needed) {
            const double extra = (*c.survival.capacitance_needed - c.capacitance).value();
            c.extra_water = units::mass{extra / c_water * units::kilograms};
            c.extra_aluminium = units::mass{extra / c_aluminium * units::kilograms};
        }
        c.coldest_junction =
            has_chain
                ? thermal::junction_temperature(
                      spec.thermal.chain, c.coldest_loop,
                      spec.compute.battery_backed_fraction * spec.compute.power_per_accelerator, n)
                : c.coldest_loop;
        c.ammonia_stays_liquid = c.coldest_without_heater.value() > 195.4;
        if (cooled && c.coldest_loop < spec.thermal.survival_floor) {
            d.findings.push_back(loop_below_floor{.coldest = c.coldest_loop,
                                                  .floor = spec.thermal.survival_floor,
                                                  .eclipse = c.eclipse,
                                                  .compute_on_battery = c.dissipated.value() > 0.0,
                                                  .heater = c.survival.heater_power,
                                                  .heater_battery = c.heater_battery_mass});
        }
    }

    // Availability.
    if (!sunlight.eclipse_free()) {
        d.findings.push_back(
            not_eclipse_free{.eclipse_days = sunlight.eclipse_days,
                             .longest = sunlight.max_eclipse,
                             .sunlit_fraction = sunlight.sunlit_fraction,
                             .battery_backed_fraction = spec.compute.battery_backed_fraction,
                             .compute_battery = d.power.eclipse_compute.mass});
    }

    // Radiation: the mission dose where a table covers the orbit, against the chips' limit.
    {
        const auto& o = spec.orbit;
        const auto table = o.sun_synchronous()
                               ? std::optional{radiation::inclination_class::sun_synchronous}
                               : radiation::covering_table(*o.inclination, o.altitude);
        if (table && radiation::tabulated_altitude(o.altitude))
            d.dose = radiation::mission_dose(o.altitude, *table, spec.mission_life);
        if (spec.compute.dose_limit) {
            spacedc::detail::require_positive("compute.dose_limit", *spec.compute.dose_limit);
            if (!d.dose) {
                d.findings.push_back(dose_not_tabulated{
                    .altitude = o.altitude,
                    .inclination = o.inclination ? *o.inclination
                                                 : orbit::sun_synchronous_inclination(o.altitude)});
            } else if (*d.dose > *spec.compute.dose_limit) {
                d.findings.push_back(dose_above_limit{
                    .dose = *d.dose,
                    .limit = *spec.compute.dose_limit,
                    .life = spec.mission_life,
                    .time_to_limit = spec.mission_life * (*spec.compute.dose_limit / *d.dose)});
            }
        }
    }

    // Mass: the items written straight into the design's budget, then closed there.
    {
        auto& items = d.mass.items;
        auto add = [&](std::string_view name, units::mass mass, bool is_chip = false) {
            auto& item = items.emplace_back();
            item.name.assign(name.data(), name.size());
            item.mass = mass;
            item.is_chip = is_chip;
        };
        using namespace std::string_view_literals;
        const units::mass none{0.0 * units::kilograms};
        add("accelerators (chips)"sv, static_cast<double>(n) * spec.compute.mass_per_accelerator,
            true);
        add("servers"sv, static_cast<double>(n) * spec.compute.server_mass_per_accelerator);
        add("solar array"sv, d.power.array_mass);
        add("power conversion and distribution"sv, d.power_conversion_mass);
        add("radiator"sv, d.radiator.mass);
        add("heat transport"sv, d.heat_transport_mass);
        add("added water (thermal capacitance)"sv, spec.thermal.added_water);
        add("attitude control"sv, spec.bus.attitude_control);
        add("propulsion"sv, spec.bus.propulsion);
        add("communications"sv, spec.bus.communications);
        add("radiation shielding"sv, spec.bus.radiation_shielding);
        add("eclipse compute battery"sv, d.power.eclipse_compute.mass);
        add("survival heater battery"sv,
            spec.thermal.survival_heater ? d.cold.heater_battery_mass : none);
        mass::close(d.mass, spec.bus.structure_fraction, spec.bus.growth_margin);
    }
    d.compute_power_per_mass = d.compute_power / d.mass.total;

    // Launch economics.
    const double compute_kw = d.compute_power.value() / 1e3;
    const double compute_kwh_life = d.power.year.compute.value() / 3.6e6 * life_years;
    d.cost.launch_cost_usd = d.mass.total.value() * spec.cost.launch_cost_per_kg_usd;
    d.cost.launch_cost_per_kw_usd = d.cost.launch_cost_usd / compute_kw;
    d.cost.launch_cost_per_kw_year_usd = d.cost.launch_cost_per_kw_usd / life_years;
    d.cost.launch_cost_per_kwh_usd = d.cost.launch_cost_usd / compute_kwh_life;
    d.cost.ground_energy_cost_per_kwh_usd =
        spec.cost.electricity_price_usd_per_kwh * spec.cost.ground_pue.value();
    return d;
}

/// Sizes the node for `spec` in an orbit environment already prepared for its orbit and
/// radiator orientation (`prepare_orbit`), preparing its array's response first.
inline node_design size_node(const node_spec& spec, const orbit_environment& env) {
    return size_node(spec, env, prepare_array(spec, env));
}

/// Sizes the node for `spec`, preparing its orbit environment and array response first.
inline node_design size_node(const node_spec& spec) {
    return size_node(spec, prepare_orbit(spec.orbit, spec.thermal.orientation));
}

} // namespace spacedc::node
