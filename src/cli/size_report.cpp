#include "size_report.hpp"

#include <spacedc/node/finding_text.hpp>
#include <spacedc/units.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <variant>

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

namespace {

using node::node_spec;

json number(double x) { return json(x); }
json optional_number(const auto& q) { return q ? json(q->value()) : json(nullptr); }

#define SPACEDC_SI(member) [](const node_spec& s) { return number(s.member.value()); }
#define SPACEDC_PLAIN(member) [](const node_spec& s) { return json(s.member); }

constexpr input_field fields[]{
    {"compute", "count", "", "", SPACEDC_PLAIN(compute.count)},
    {"compute", "power_per_accelerator", "_w", "W", SPACEDC_SI(compute.power_per_accelerator)},
    {"compute", "mass_per_accelerator", "_kg", "kg", SPACEDC_SI(compute.mass_per_accelerator)},
    {"compute", "server_mass_per_accelerator", "_kg", "kg",
     SPACEDC_SI(compute.server_mass_per_accelerator)},
    {"compute", "junction_max", "_k", "K", SPACEDC_SI(compute.junction_max)},
    {"compute", "battery_backed_fraction", "", "", SPACEDC_SI(compute.battery_backed_fraction)},
    {"compute", "dose_limit", "_rad", "rad",
     [](const node_spec& s) {
         return s.compute.dose_limit ? json(radiation::in_rad(*s.compute.dose_limit))
                                     : json(nullptr);
     }},
    {"orbit", "altitude", "_m", "m", SPACEDC_SI(orbit.altitude)},
    {"orbit", "sun_synchronous", "", "",
     [](const node_spec& s) { return json(s.orbit.sun_synchronous()); }, input_use::derived},
    {"orbit", "ltan", "_s", "s",
     [](const node_spec& s) {
         return s.orbit.sun_synchronous() ? json(s.orbit.ltan.value()) : json(nullptr);
     }},
    // The sun-synchronous inclination is derived from the altitude; any other is given.
    {"orbit", "inclination", "_deg", "deg",
     [](const node_spec& s) {
         return json(units::in_degrees(s.orbit.inclination
                                           ? *s.orbit.inclination
                                           : orbit::sun_synchronous_inclination(s.orbit.altitude)));
     },
     input_use::given_unless_sun_synchronous},
    {"orbit", "raan", "_deg", "deg",
     [](const node_spec& s) {
         return s.orbit.sun_synchronous() ? json(nullptr) : json(units::in_degrees(s.orbit.raan));
     }},
    {"orbit", "year", "", "", SPACEDC_PLAIN(orbit.year)},
    {"orbit", "shadow", "", "",
     [](const node_spec& s) { return json(std::string{orbit::to_string(s.orbit.shadow)}); }},
    {"solar", "efficiency", "", "", SPACEDC_SI(array.cells.efficiency)},
    {"solar", "reference_temperature", "_k", "K", SPACEDC_SI(array.cells.reference_temperature)},
    {"solar", "temperature_coefficient", "_per_k", "/K",
     SPACEDC_SI(array.cells.temperature_coefficient)},
    {"solar", "packing_factor", "", "", SPACEDC_SI(array.packing_factor)},
    {"solar", "inherent_degradation", "", "", SPACEDC_SI(array.inherent_degradation)},
    {"solar", "annual_degradation", "", "", SPACEDC_SI(array.annual_degradation)},
    {"solar", "pointing_error", "_deg", "deg",
     [](const node_spec& s) { return json(units::in_degrees(s.array.pointing_error)); }},
    {"solar", "front_absorptivity", "", "", SPACEDC_SI(array.front_absorptivity)},
    {"solar", "front_emissivity", "", "", SPACEDC_SI(array.front_emissivity)},
    {"solar", "back_emissivity", "", "", SPACEDC_SI(array.back_emissivity)},
    {"solar", "back_earth_view_factor", "", "", SPACEDC_SI(array.back_earth_view_factor)},
    {"solar", "earth_infrared", "_w_per_m2", "W/m^2", SPACEDC_SI(array.earth_infrared)},
    {"solar", "specific_power", "_w_per_kg", "W/kg",
     [](const node_spec& s) {
         const auto* q = std::get_if<units::specific_power>(&s.array.mass_basis);
         return q ? json(q->value()) : json(nullptr);
     }},
    {"solar", "areal_density", "_kg_per_m2", "kg/m^2",
     [](const node_spec& s) {
         const auto* q = std::get_if<units::areal_density>(&s.array.mass_basis);
         return q ? json(q->value()) : json(nullptr);
     }},
    {"mission", "life", "_s", "s", SPACEDC_SI(mission_life)},
    {"power", "conversion_efficiency", "", "", SPACEDC_SI(conversion.efficiency)},
    {"power", "specific_power", "_w_per_kg", "W/kg", SPACEDC_SI(conversion.specific_power)},
    {"power", "housekeeping", "_w", "W", SPACEDC_SI(conversion.housekeeping)},
    {"power", "design_margin", "", "", SPACEDC_SI(conversion.design_margin)},
    {"battery", "specific_energy", "_j_per_kg", "J/kg", SPACEDC_SI(battery.specific_energy)},
    {"battery", "depth_of_discharge", "", "", SPACEDC_SI(battery.depth_of_discharge)},
    {"battery", "discharge_efficiency", "", "", SPACEDC_SI(battery.discharge_efficiency)},
    {"battery", "charge_efficiency", "", "", SPACEDC_SI(battery.charge_efficiency)},
    {"thermal", "radiator_temperature", "_k", "K",
     [](const node_spec& s) { return optional_number(s.thermal.radiator_temperature); }},
    {"thermal", "emissivity", "", "", SPACEDC_SI(thermal.emissivity)},
    {"thermal", "absorptivity", "", "", SPACEDC_SI(thermal.absorptivity)},
    {"thermal", "annual_absorptivity_increase", "", "",
     SPACEDC_SI(thermal.annual_absorptivity_increase)},
    {"thermal", "junction_margin", "_k", "K", SPACEDC_SI(thermal.junction_margin)},
    {"thermal", "faces", "", "", SPACEDC_PLAIN(thermal.faces)},
    {"thermal", "capacitance", "_j_per_k", "J/K",
     [](const node_spec& s) { return optional_number(s.thermal.capacitance); }},
    {"thermal", "added_water", "_kg", "kg", SPACEDC_SI(thermal.added_water)},
    {"thermal", "survival_floor", "_k", "K", SPACEDC_SI(thermal.survival_floor)},
    {"thermal", "survival_heater", "", "", SPACEDC_PLAIN(thermal.survival_heater)},
    {"thermal", "orientation", "", "",
     [](const node_spec& s) {
         return json(std::string{thermal::to_string(s.thermal.orientation)});
     }},
    {"thermal", "areal_density", "_kg_per_m2", "kg/m^2", SPACEDC_SI(thermal.areal_density)},
    {"thermal", "heat_transport_specific_power", "_w_per_kg", "W/kg",
     SPACEDC_SI(thermal.heat_transport_specific_power)},
    {"bus", "structure_fraction", "", "", SPACEDC_SI(bus.structure_fraction)},
    {"bus", "attitude_control", "_kg", "kg", SPACEDC_SI(bus.attitude_control)},
    {"bus", "propulsion", "_kg", "kg", SPACEDC_SI(bus.propulsion)},
    {"bus", "communications", "_kg", "kg", SPACEDC_SI(bus.communications)},
    {"bus", "radiation_shielding", "_kg", "kg", SPACEDC_SI(bus.radiation_shielding)},
    {"bus", "growth_margin", "", "", SPACEDC_SI(bus.growth_margin)},
    {"cost", "launch_cost_per_kg_usd", "", "", SPACEDC_PLAIN(cost.launch_cost_per_kg_usd)},
    {"cost", "electricity_price_usd_per_kwh", "", "",
     SPACEDC_PLAIN(cost.electricity_price_usd_per_kwh)},
    {"cost", "ground_pue", "", "", SPACEDC_SI(cost.ground_pue)},
};

#undef SPACEDC_SI
#undef SPACEDC_PLAIN

json links_json(const thermal::thermal_chain::links& links) {
    json out = json::array();
    for (const auto& l : links)
        out.push_back({{"name", l.name.c_str()}, {"resistance_k_per_w", l.resistance.value()}});
    return out;
}

json written_json(const io::written_table& table) {
    json out = json::object();
    for (const auto& [key, value] : table)
        std::visit([&, &key = key](const auto& v) { out[key] = v; }, value);
    return out;
}

/// `text` as a TOML basic string.
std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            out += fmt::format("\\u{:04X}", static_cast<unsigned char>(c));
        } else {
            out += c;
        }
    }
    return out + "\"";
}

/// A JSON number as a TOML number that reads back to the same double (17 digits; a
/// float keeps its point so TOML does not take it for an integer).
std::string toml_number(const json& v) {
    if (v.is_number_integer()) return v.dump();
    std::string text = fmt::format("{:.17g}", v.get<double>());
    if (text.find_first_of(".eE") == std::string::npos) text += ".0";
    return text;
}

/// A JSON scalar written back as TOML, a quantity with `unit` when it has one; throws
/// `invalid_input` naming `where` for anything else.
std::string toml_value(const json& v, std::string_view unit, const std::string& where) {
    if (v.is_number() && !unit.empty())
        return toml_string(fmt::format("{:.17g} {}", v.get<double>(), unit));
    if (v.is_number()) return toml_number(v);
    if (v.is_string()) return toml_string(v.get<std::string>());
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    throw invalid_input{where, v.dump(), "a number, a string or a boolean"};
}

const json& member(const json& object, const std::string& key, const std::string& where) {
    if (!object.is_object() || !object.contains(key))
        throw invalid_input{where, "(missing)", fmt::format("an object with key '{}'", key)};
    return object.at(key);
}

/// `links` ([{name, resistance_k_per_w}]) as an inline TOML array.
std::string toml_links(const json& links, const std::string& where) {
    if (!links.is_array()) throw invalid_input{where, links.dump(), "an array of links"};
    std::string out = "[";
    for (std::size_t i = 0; i < links.size(); ++i) {
        const std::string at = fmt::format("{}[{}]", where, i);
        out += fmt::format("{}{{name = {}, resistance = {}}}", i ? ", " : "",
                           toml_value(member(links[i], "name", at), "", at + ".name"),
                           toml_value(member(links[i], "resistance_k_per_w", at), "K/W",
                                      at + ".resistance_k_per_w"));
        if (links[i].size() != 2)
            throw invalid_input{at, links[i].dump(), "exactly name and resistance_k_per_w"};
    }
    return out + "]";
}

} // namespace

std::span<const input_field> input_fields() { return fields; }

std::string spec_text(const json& inputs) {
    if (!inputs.is_object()) throw invalid_input{"inputs", inputs.dump(), "an object"};
    const bool sun_synchronous = member(inputs, "orbit", "inputs").value("sun_synchronous", true);
    std::string text;
    for (const auto& [section, table] : inputs.items()) {
        const std::string where = "inputs." + section;
        if (section == "requirement") continue;
        if (!table.is_object()) throw invalid_input{where, table.dump(), "an object"};
        text += fmt::format("[{}]\n", section);
        for (const auto& [key, value] : table.items()) {
            const std::string at = where + "." + key;
            if (section == "thermal" && (key == "per_chip" || key == "shared")) {
                text += fmt::format("{} = {}\n", key, toml_links(value, at));
                continue;
            }
            if (section == "thermal" && key == "fin") {
                if (value.is_null()) continue;
                text += fmt::format(
                    "fin = {{conductivity = {}, thickness = {}, half_width = {}}}\n",
                    toml_value(member(value, "conductivity_w_per_m_k", at), "W/(m K)", at),
                    toml_value(member(value, "thickness_m", at), "m", at),
                    toml_value(member(value, "half_width_m", at), "m", at));
                continue;
            }
            const auto f = std::find_if(
                std::begin(fields), std::end(fields), [&](const input_field& candidate) {
                    return candidate.section == section && json_key(candidate) == key;
                });
            if (f == std::end(fields)) {
                throw invalid_input{at, "(given)", "a key of size --json's inputs (README)",
                                    "unknown key"};
            }
            if (value.is_null() || f->use == input_use::derived ||
                (f->use == input_use::given_unless_sun_synchronous && sun_synchronous))
                continue;
            text += fmt::format("{} = {}\n", f->key, toml_value(value, f->unit, at));
        }
    }
    if (inputs.contains("requirement")) {
        const json& requirements = inputs.at("requirement");
        if (!requirements.is_array())
            throw invalid_input{"inputs.requirement", requirements.dump(), "an array of tables"};
        for (std::size_t i = 0; i < requirements.size(); ++i) {
            const std::string where = fmt::format("inputs.requirement[{}]", i);
            if (!requirements[i].is_object())
                throw invalid_input{where, requirements[i].dump(), "an object"};
            text += "[[requirement]]\n";
            for (const auto& [key, value] : requirements[i].items())
                text += fmt::format("{} = {}\n", key, toml_value(value, "", where + "." + key));
        }
    }
    return text;
}

std::string json_key(const input_field& f) { return fmt::format("{}{}", f.key, f.suffix); }

json inputs_json(const node::node_spec& s, std::span<const io::written_table> requirement_tables) {
    json out = json::object();
    for (const auto& f : fields) out[std::string{f.section}][json_key(f)] = f.value(s);
    out["thermal"]["per_chip"] = links_json(s.thermal.chain.per_chip);
    out["thermal"]["shared"] = links_json(s.thermal.chain.shared);
    out["thermal"]["fin"] =
        s.thermal.fin ? json{{"conductivity_w_per_m_k", s.thermal.fin->conductivity.value()},
                             {"thickness_m", s.thermal.fin->thickness.value()},
                             {"half_width_m", s.thermal.fin->half_width.value()}}
                      : json(nullptr);
    json requirements = json::array();
    for (const auto& t : requirement_tables) requirements.push_back(written_json(t));
    out["requirement"] = requirements;
    return out;
}

json size_json(const node::node_design& d, const std::vector<checks::check_result>& results,
               const orbit::eclipse_free_altitude& eclipse_free,
               std::span<const io::written_table> requirement_tables) {
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
        {"inputs", inputs_json(d.spec, requirement_tables)},
    };
}

} // namespace spacedc::cli
