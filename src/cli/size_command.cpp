#include "cli.hpp"
#include "commands.hpp"
#include "option_names.hpp"
#include "report.hpp"

#include <spacedc/checks/check.hpp>
#include <spacedc/format.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/io/requirement_file.hpp>
#include <spacedc/node/finding_text.hpp>
#include <spacedc/node/size_node.hpp>

#include <fmt/format.h>

#include <memory>

namespace spacedc::cli {
namespace {

struct size_options {
    std::string file;
    std::vector<std::string> overrides;
    bool json = false;
    bool markdown = false;
    bool check = false;
};

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

std::vector<table_row> check_rows(const std::vector<checks::check_result>& results) {
    std::vector<table_row> rows;
    for (const auto& r : results)
        rows.push_back({r.name, fmt::format("{}  {}{}", r.passed ? "PASS" : "FAIL", r.summary,
                                            r.evaluated_in == checks::design_case::none
                                                ? ""
                                                : fmt::format("  ({} case)",
                                                              checks::to_string(r.evaluated_in)))});
    return rows;
}

std::size_t failures(const std::vector<checks::check_result>& results) {
    std::size_t n = 0;
    for (const auto& r : results) n += r.passed ? 0 : 1;
    return n;
}

void print_rows(std::ostream& out, const std::vector<table_row>& rows, bool markdown,
                std::string_view heading) {
    if (markdown) {
        out << "| " << heading << " | value |\n| --- | --- |\n";
        for (const auto& r : rows) out << "| " << r.label << " | " << r.value << " |\n";
    } else {
        print_table(out, rows);
    }
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

void print_report(const node::node_design& d, const std::vector<checks::check_result>& results,
                  const orbit::eclipse_free_altitude& eclipse_free, const size_options& o,
                  std::ostream& out) {
    const json eclipse_free_altitude_m =
        eclipse_free.altitude ? json(eclipse_free.altitude->value()) : json(nullptr);
    // What cannot be built has no mass or cost: null, with the reasons.
    const bool feasible = d.feasible();
    auto if_built = [&](double x) { return feasible ? json(x) : json(nullptr); };
    auto if_radiator = [&](double x) { return d.radiator.feasible ? json(x) : json(nullptr); };
    if (o.json) {
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
        print_json(
            out,
            json{
                {"feasible", feasible},
                {"reasons", reasons},
                {"compute_power_w", d.compute_power.value()},
                {"heat_load_w", d.heat_load.value()},
                {"array_power_w", d.power.array_power_required.value()},
                {"array_area_m2", d.power.array_area.value()},
                {"array_mass_kg", d.power.array_mass.value()},
                {"radiator_temperature_k", d.radiator_temperature.value()},
                {"junction_temperature_k", d.junction ? json(d.junction->value()) : json(nullptr)},
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
                {"coldest_loop_temperature_k", d.cold.coldest_loop.value()},
                // Chips unpowered in eclipse sit at the loop's temperature.
                {"coldest_junction_temperature_k", d.cold.coldest_junction.value()},
                {"hottest_junction_temperature_k",
                 d.junction ? json(d.junction->value()) : json(nullptr)},
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
                  {"radiator_temperature_k", d.radiator_temperature.value()},
                  {"junction_temperature_k",
                   d.junction ? json(d.junction->value()) : json(nullptr)}}},
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
                  {"start_temperature_k", d.radiator_temperature.value()},
                  {"coldest_without_heater_k", d.cold.coldest_without_heater.value()},
                  {"survival_floor_k", d.spec.thermal.survival_floor.value()},
                  {"heater_fitted", d.spec.thermal.survival_heater},
                  {"time_to_floor_s", d.cold.survival.time_to_floor.value()},
                  {"battery_capacity_j", d.cold.heater_battery_capacity.value()},
                  {"capacitance_needed_j_per_k",
                   d.cold.survival.capacitance_needed
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
            });
        return;
    }
    std::vector<table_row> rows{
        {"compute", fmt::format("{} x {:.4g} = {:.4g}", d.spec.compute.count,
                                d.spec.compute.power_per_accelerator, d.compute_power)},
        {"orbit",
         d.spec.orbit.sun_synchronous()
             ? fmt::format("{:.0f} sun-synchronous, LTAN {:02}:{:02}, {}", d.spec.orbit.altitude,
                           static_cast<int>(d.spec.orbit.ltan.value() / 3600.0),
                           static_cast<int>(std::fmod(d.spec.orbit.ltan.value(), 3600.0) / 60.0),
                           d.spec.orbit.year)
             : fmt::format("{:.0f} circular at {:.2f} inclination, node {:.1f} on 1 January {}",
                           d.spec.orbit.altitude, *d.spec.orbit.inclination, d.spec.orbit.raan,
                           d.spec.orbit.year)},
        {"computing (sunlit) fraction of the year",
         fmt::format("{:.4f}", d.sunlight.sunlit_fraction)},
        {"solar array", fmt::format("{:.1f}, {:.0f} ({:.1f} at EOL)", d.power.array_area,
                                    d.power.array_mass, d.power.eol_power_per_area)},
        {"heat to reject", fmt::format("{:.4g}", d.heat_load)},
        {"hot case (radiator sized)",
         fmt::format("{}, beta {:.1f} deg, full compute, absorptivity {:.3f} at end of life",
                     iso_date(d.hot.date), units::in_degrees(d.hot.beta), d.hot.absorptivity)},
        {"radiator", d.radiator.feasible
                         ? fmt::format("{:.1f} at {:.1f}, {:.0f}", d.radiator.area,
                                       d.radiator_temperature, d.radiator.mass)
                         : fmt::format("none can be built at {:.1f}", d.radiator_temperature)},
        {"junction temperature",
         d.junction ? fmt::format("{:.1f} (limit {:.1f})", *d.junction, d.spec.compute.junction_max)
                    : "not checked (no chain)"},
    };
    if (feasible) {
        if (d.cold.eclipse.value() > 0.0) {
            rows.push_back(
                {d.power.eclipse_compute.load.value() > 0.0
                     ? fmt::format("cold case (longest eclipse, {:.4g} of compute on battery)",
                                   d.power.eclipse_compute.load)
                     : std::string{"cold case (longest eclipse, compute off)"},
                 fmt::format(
                     "{:.1f} min: loop {:.1f} -> {:.1f}{}", d.cold.eclipse.value() / 60.0,
                     d.radiator_temperature, d.cold.coldest_without_heater,
                     d.spec.thermal.survival_heater
                         ? fmt::format(", held at {:.1f} by the heater", d.cold.coldest_loop)
                         : std::string{})});
            rows.push_back(
                {"  to hold " + fmt::format("{:.1f}", d.spec.thermal.survival_floor),
                 d.cold.survival.heater_energy.value() > 0.0
                     ? fmt::format("heater {:.3g} for {:.1f} min = {:.3g} MJ, battery {:.0f}; or "
                                   "{:.0f} more water; ammonia loop {}",
                                   d.cold.survival.heater_power,
                                   (d.cold.eclipse - d.cold.survival.time_to_floor).value() / 60.0,
                                   d.cold.survival.heater_energy.value() / 1e6,
                                   d.cold.heater_battery_mass,
                                   d.cold.extra_water ? d.cold.extra_water->value() : 0.0,
                                   d.cold.ammonia_stays_liquid ? "stays liquid" : "freezes too")
                     : std::string{"nothing: the loop stays above it"}});
            rows.push_back({"  or fly eclipse-free",
                            eclipse_free.altitude
                                ? fmt::format("at {:.0f} and above", *eclipse_free.altitude)
                                : eclipse_free.reason});
        }
        for (const auto& item : d.mass.items)
            rows.push_back(
                {fmt::format("  {}", item.name.c_str()), fmt::format("{:.1f}", item.mass)});
        rows.push_back({"  structure", fmt::format("{:.1f}", d.mass.structure)});
        rows.push_back({"  growth margin", fmt::format("{:.1f}", d.mass.growth_margin)});
        rows.push_back({"total mass", fmt::format("{:.1f}", d.mass.total)});
        rows.push_back(
            {"chip / support mass", fmt::format("{:.1f} / {:.1f} = {:.4f}", d.mass.chips,
                                                d.mass.support, d.mass.chip_to_support_ratio)});
        rows.push_back(
            {"compute power per launched kg", fmt::format("{:.2f}", d.compute_power_per_mass)});
    } else {
        rows.push_back({"total mass", "none: the design cannot be built (see INFEASIBLE)"});
    }
    rows.push_back({"battery avoided", fmt::format("{:.0f}", d.power.battery.mass_avoided)});
    rows.push_back(
        {"mission dose (5 mm Al)",
         d.dose ? fmt::format("{:.3g} krad(Si){}", radiation::in_rad(*d.dose) / 1e3,
                              d.spec.compute.dose_limit
                                  ? fmt::format(" (chips' limit {:.3g} krad)",
                                                radiation::in_rad(*d.spec.compute.dose_limit) / 1e3)
                                  : std::string{})
                : std::string{"not tabulated for this orbit (sun-synchronous or 30 deg, "
                              "500-2000 km)"}});
    if (feasible) {
        rows.push_back(
            {"launch cost (launch only)",
             fmt::format("${:.3g} (${:.0f}/kW, ${:.0f}/kW/yr)", d.cost.launch_cost_usd,
                         d.cost.launch_cost_per_kw_usd, d.cost.launch_cost_per_kw_year_usd)});
        rows.push_back(
            {"per kWh to compute vs ground",
             fmt::format("${:.3f} vs ${:.3f} (electricity x PUE)", d.cost.launch_cost_per_kwh_usd,
                         d.cost.ground_energy_cost_per_kwh_usd)});
    }
    rows.push_back({"feasible", feasible ? "yes" : "no"});
    for (const auto& f : d.findings)
        rows.push_back({node::is_infeasible(f) ? "INFEASIBLE" : "note", node::describe(f)});
    if (!results.empty()) {
        rows.push_back(
            {"requirements",
             fmt::format("{} of {} met", results.size() - failures(results), results.size())});
        for (auto& r : check_rows(results)) rows.push_back({"  " + r.label, r.value});
    }
    print_rows(out, rows, o.markdown, "quantity");
}

/// `--check`: the requirements alone, as a pass/fail table.
void print_checks(const std::vector<checks::check_result>& results, const size_options& o,
                  std::ostream& out) {
    if (o.json) {
        print_json(out, json{{"checks", checks_json(results)},
                             {"checks_passed", checks::all_passed(results)}});
        return;
    }
    print_rows(out, check_rows(results), o.markdown, "requirement");
    out << fmt::format("{} of {} requirements met\n", results.size() - failures(results),
                       results.size());
}

} // namespace

void add_size_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<size_options>();
    CLI::App* cmd =
        app.add_subcommand("size", "Size a whole node from a TOML spec: power, radiator, mass, the "
                                   "chip-to-support mass ratio and launch cost.");
    cmd->add_option("file", o->file, "Node spec, e.g. examples/configs/reference_100kw.toml")
        ->required();
    cmd->add_option("--set", o->overrides,
                    "Override a field: --set compute.count=512 (repeatable)");
    CLI::Option* json_flag = cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->add_flag("--markdown", o->markdown, "Print the report as a Markdown table")
        ->excludes(json_flag);
    cmd->add_flag("--check", o->check,
                  "Print only the [[requirement]] checks as a pass/fail table; exit 1 when one "
                  "is not met");
    cmd->callback([o, &out] {
        const auto file = io::read_node_file(o->file, o->overrides); // one parse for both
        const auto& requirements = file.requirements;
        if (o->check && requirements.empty()) {
            throw invalid_input{"--check", o->file, "a spec with [[requirement]] tables",
                                "nothing to check"};
        }
        const auto design =
            naming_options(spec_option_names, [&] { return node::size_node(file.spec); });
        const auto results = checks::check(design, requirements);
        if (o->check) {
            print_checks(results, *o, out);
        } else {
            // The orbit alternative to surviving eclipses: the lowest altitude with none.
            const auto eclipse_free =
                file.spec.orbit.sun_synchronous()
                    ? orbit::lowest_eclipse_free_altitude(file.spec.orbit.ltan,
                                                          std::chrono::year{file.spec.orbit.year},
                                                          file.spec.orbit.shadow)
                    : orbit::eclipse_free_altitude{
                          std::nullopt,
                          "none: only a sun-synchronous orbit can be; this orbit's node drifts "
                          "against the Sun, so its beta angle passes 0 deg every cycle"};
            print_report(design, results, eclipse_free, *o, out);
        }
        if (o->check && !checks::all_passed(results)) {
            throw checks_failed{failures(results), results.size()};
        }
    });
}

} // namespace spacedc::cli
