#include "size_report.hpp"

#include <spacedc/node/finding_text.hpp>
#include <spacedc/units.hpp>

#include <string>

namespace spacedc::cli {

orbit::eclipse_free_altitude eclipse_free_alternative(const node::node_spec& spec) {
    if (spec.orbit.sun_synchronous()) {
        return orbit::lowest_eclipse_free_altitude(
            spec.orbit.ltan, std::chrono::year{spec.orbit.year}, spec.orbit.shadow);
    }
    return orbit::eclipse_free_altitude{
        std::nullopt, "none: only a sun-synchronous orbit can be; this orbit's node drifts "
                      "against the Sun, so its beta angle passes 0 deg every cycle"};
}

json checks_json(const std::vector<checks::check_result>& results) {
    json out = json::array();
    for (const auto& r : results) {
        out.push_back({{"name", r.name},
                       {"kind", r.kind == checks::bound_kind::at_most ? "at_most" : "at_least"},
                       {"unit", r.unit},
                       {"value", r.value},
                       {"bound", r.bound},
                       {"margin", r.margin},
                       {"remaining", r.remaining},
                       {"remaining_fraction", r.remaining_fraction},
                       {"pass", r.passed},
                       {"case", r.evaluated_in == checks::design_case::none
                                    ? json(nullptr)
                                    : json(std::string{checks::to_string(r.evaluated_in)})},
                       {"margin_source", r.margin_source},
                       {"rationale", r.rationale}});
    }
    return out;
}

json inputs_json(const node::node_spec& s) {
    return json{
        {"compute",
         {{"count", s.compute.count},
          {"power_per_accelerator_w", s.compute.power_per_accelerator.value()},
          {"mass_per_accelerator_kg", s.compute.mass_per_accelerator.value()},
          {"server_mass_per_accelerator_kg", s.compute.server_mass_per_accelerator.value()},
          {"junction_max_k", s.compute.junction_max.value()},
          {"battery_backed_fraction", s.compute.battery_backed_fraction.value()},
          {"dose_limit_rad",
           s.compute.dose_limit ? json(radiation::in_rad(*s.compute.dose_limit)) : json(nullptr)}}},
        {"orbit",
         {{"altitude_m", s.orbit.altitude.value()},
          {"sun_synchronous", s.orbit.sun_synchronous()},
          {"ltan_s", s.orbit.sun_synchronous() ? json(s.orbit.ltan.value()) : json(nullptr)},
          {"inclination_deg",
           units::in_degrees(s.orbit.inclination
                                 ? *s.orbit.inclination
                                 : orbit::sun_synchronous_inclination(s.orbit.altitude))},
          {"raan_deg",
           s.orbit.sun_synchronous() ? json(nullptr) : json(units::in_degrees(s.orbit.raan))},
          {"year", s.orbit.year}}},
        {"solar",
         {{"efficiency", s.array.cells.efficiency.value()},
          {"reference_temperature_k", s.array.cells.reference_temperature.value()},
          {"temperature_coefficient_per_k", s.array.cells.temperature_coefficient.value()},
          {"packing_factor", s.array.packing_factor.value()},
          {"inherent_degradation", s.array.inherent_degradation.value()},
          {"annual_degradation", s.array.annual_degradation.value()}}},
        {"mission", {{"life_s", s.mission_life.value()}}},
        {"power",
         {{"conversion_efficiency", s.conversion.efficiency.value()},
          {"specific_power_w_per_kg", s.conversion.specific_power.value()},
          {"housekeeping_w", s.conversion.housekeeping.value()},
          {"design_margin", s.conversion.design_margin.value()}}},
        {"thermal",
         {{"emissivity", s.thermal.emissivity.value()},
          {"absorptivity", s.thermal.absorptivity.value()},
          {"annual_absorptivity_increase", s.thermal.annual_absorptivity_increase.value()},
          {"junction_margin_k", s.thermal.junction_margin.value()},
          {"faces", s.thermal.faces},
          {"capacitance_j_per_k",
           s.thermal.capacitance ? json(s.thermal.capacitance->value()) : json(nullptr)},
          {"added_water_kg", s.thermal.added_water.value()},
          {"survival_floor_k", s.thermal.survival_floor.value()},
          {"survival_heater", s.thermal.survival_heater},
          {"orientation", std::string{thermal::to_string(s.thermal.orientation)}},
          {"areal_density_kg_per_m2", s.thermal.areal_density.value()}}},
        {"bus",
         {{"structure_fraction", s.bus.structure_fraction.value()},
          {"growth_margin", s.bus.growth_margin.value()}}},
        {"cost",
         {{"launch_cost_per_kg_usd", s.cost.launch_cost_per_kg_usd},
          {"electricity_price_usd_per_kwh", s.cost.electricity_price_usd_per_kwh},
          {"ground_pue", s.cost.ground_pue.value()}}},
    };
}

json size_json(const node::node_design& d, const std::vector<checks::check_result>& results,
               const orbit::eclipse_free_altitude& eclipse_free) {
    const json eclipse_free_altitude_m =
        eclipse_free.altitude ? json(eclipse_free.altitude->value()) : json(nullptr);
    // What cannot be built has no mass or cost: null, with the reasons.
    const bool feasible = d.feasible();
    auto if_built = [&](double x) { return feasible ? json(x) : json(nullptr); };
    auto if_radiator = [&](double x) { return d.radiator.feasible ? json(x) : json(nullptr); };
    // Temperatures of a chain that leaves none above the sink are not physical: null.
    auto if_cooled = [&](double x) { return d.cooled() ? json(x) : json(nullptr); };
    const json junction = d.junction && d.cooled() ? json(d.junction->value()) : json(nullptr);
    json findings = json::array();
    json reasons = json::array();
    for (const auto& f : d.findings) {
        const std::string message = node::describe(f);
        findings.push_back({{"infeasible", node::is_infeasible(f)}, {"message", message}});
        if (node::is_infeasible(f)) reasons.push_back(message);
    }
    json items = json::array();
    for (const auto& i : d.mass.items) {
        const bool unknown = !d.radiator.feasible && i.name == "radiator";
        items.push_back({{"name", i.name.c_str()},
                         {"mass_kg", unknown ? json(nullptr) : json(i.mass.value())}});
    }
    return json{
        {"feasible", feasible},
        {"reasons", reasons},
        {"compute_power_w", d.compute_power.value()},
        {"heat_load_w", d.heat_load.value()},
        {"array_power_w", d.power.array_power_required.value()},
        {"array_area_m2", d.power.array_area.value()},
        {"array_mass_kg", d.power.array_mass.value()},
        {"radiator_temperature_k", if_cooled(d.radiator_temperature.value())},
        {"junction_temperature_k", junction},
        {"radiator_area_m2", if_radiator(d.radiator.area.value())},
        {"radiator_mass_kg", if_radiator(d.radiator.mass.value())},
        {"power_conversion_mass_kg", d.power_conversion_mass.value()},
        {"heat_transport_mass_kg", d.heat_transport_mass.value()},
        {"structure_mass_kg", if_built(d.mass.structure.value())},
        {"growth_margin_mass_kg", if_built(d.mass.growth_margin.value())},
        {"total_mass_kg", if_built(d.mass.total.value())},
        {"chip_mass_kg", d.mass.chips.value()},
        {"support_mass_kg", if_built(d.mass.support.value())},
        {"chip_to_support_mass_ratio", if_built(d.mass.chip_to_support_ratio.value())},
        {"compute_power_per_mass_w_per_kg", if_built(d.compute_power_per_mass.value())},
        {"sunlit_fraction", d.sunlight.sunlit_fraction.value()},
        {"annual_compute_energy_j", d.power.year.compute.value()},
        {"battery_mass_avoided_kg", d.power.battery.mass_avoided.value()},
        {"launch_cost_usd", if_built(d.cost.launch_cost_usd)},
        {"launch_cost_per_kw_usd", if_built(d.cost.launch_cost_per_kw_usd)},
        {"launch_cost_per_kw_year_usd", if_built(d.cost.launch_cost_per_kw_year_usd)},
        {"launch_cost_per_kwh_usd", if_built(d.cost.launch_cost_per_kwh_usd)},
        {"ground_energy_cost_per_kwh_usd", d.cost.ground_energy_cost_per_kwh_usd},
        {"coldest_loop_temperature_k", if_cooled(d.cold.coldest_loop.value())},
        // Chips unpowered in eclipse sit at the loop's temperature.
        {"coldest_junction_temperature_k", if_cooled(d.cold.coldest_junction.value())},
        {"hottest_junction_temperature_k", junction},
        {"survival_heater_w", d.cold.survival.heater_power.value()},
        {"survival_energy_j", d.cold.survival.heater_energy.value()},
        {"survival_battery_mass_kg", d.cold.heater_battery_mass.value()},
        {"mission_dose_rad", d.dose ? json(radiation::in_rad(*d.dose)) : json(nullptr)},
        {"dose_limit_rad", d.spec.compute.dose_limit
                               ? json(radiation::in_rad(*d.spec.compute.dose_limit))
                               : json(nullptr)},
        {"dose_margin", d.dose && d.spec.compute.dose_limit && d.dose->value() > 0.0
                            ? json(*d.spec.compute.dose_limit / *d.dose - 1.0)
                            : json(nullptr)},
        {"hot_case",
         {{"date", iso_date(d.hot.date)},
          {"beta_deg", units::in_degrees(d.hot.beta)},
          {"absorptivity", d.hot.absorptivity.value()},
          {"radiator_temperature_k", if_cooled(d.radiator_temperature.value())},
          {"junction_temperature_k", junction}}},
        {"cold_case",
         {{"date", iso_date(d.cold.date)},
          {"beta_deg", units::in_degrees(d.cold.beta)},
          {"eclipse_s", d.cold.eclipse.value()},
          {"absorbed_w", d.cold.absorbed.value()},
          {"dissipated_w", d.cold.dissipated.value()},
          {"battery_backed_compute_w", d.power.eclipse_compute.load.value()},
          {"compute_battery_capacity_j", d.power.eclipse_compute.capacity.value()},
          {"compute_battery_mass_kg", d.power.eclipse_compute.mass.value()},
          {"compute_battery_recharge_w", d.power.eclipse_compute.recharge.value()},
          {"capacitance_j_per_k", d.cold.capacitance.value()},
          {"start_temperature_k", if_cooled(d.radiator_temperature.value())},
          {"coldest_without_heater_k", if_cooled(d.cold.coldest_without_heater.value())},
          {"survival_floor_k", d.spec.thermal.survival_floor.value()},
          {"heater_fitted", d.spec.thermal.survival_heater},
          {"time_to_floor_s", d.cold.survival.time_to_floor.value()},
          {"battery_capacity_j", d.cold.heater_battery_capacity.value()},
          {"capacitance_needed_j_per_k", d.cold.survival.capacitance_needed
                                             ? json(d.cold.survival.capacitance_needed->value())
                                             : json(nullptr)},
          {"extra_water_kg",
           d.cold.extra_water ? json(d.cold.extra_water->value()) : json(nullptr)},
          {"extra_aluminium_kg",
           d.cold.extra_aluminium ? json(d.cold.extra_aluminium->value()) : json(nullptr)},
          {"ammonia_stays_liquid", d.cold.ammonia_stays_liquid},
          {"eclipse_free_altitude_m", eclipse_free_altitude_m}}},
        {"mass_items", items},
        {"findings", findings},
        {"checks", checks_json(results)},
        {"checks_passed", checks::all_passed(results)},
        {"inputs", inputs_json(d.spec)},
    };
}

} // namespace spacedc::cli
