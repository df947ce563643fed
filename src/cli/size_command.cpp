#include "cli.hpp"
#include "commands.hpp"
#include "money.hpp"
#include "option_names.hpp"
#include "report.hpp"
#include "size_report.hpp"

#include <spacedc/checks/check.hpp>
#include <spacedc/format.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/io/requirement_file.hpp>
#include <spacedc/node/finding_text.hpp>
#include <spacedc/node/size_node.hpp>

#include <fmt/format.h>

#include <fstream>
#include <memory>

namespace spacedc::cli {
namespace {

struct size_options {
    std::string file;
    std::string from_json;
    std::vector<std::string> overrides;
    bool json = false;
    bool markdown = false;
    bool check = false;
};

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

void print_report(const io::node_file& file, const node::node_design& d,
                  const std::vector<checks::check_result>& results,
                  const orbit::eclipse_free_altitude& eclipse_free, const size_options& o,
                  std::ostream& out) {
    const bool feasible = d.feasible();
    if (o.json) {
        print_json(out, size_json(d, results, eclipse_free, file.requirement_tables));
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
        {"radiator", d.radiator.feasible ? fmt::format("{:.1f} at {:.1f}, {:.0f}", d.radiator.area,
                                                       d.radiator_temperature, d.radiator.mass)
                     : d.cooled()
                         ? fmt::format("none can be built at {:.1f}", d.radiator_temperature)
                         : std::string{"none: the chain leaves no temperature above the sink"}},
        {"junction temperature",
         !d.junction ? std::string{"not checked (no chain)"}
         : d.cooled()
             ? fmt::format("{:.1f} (limit {:.1f})", *d.junction, d.spec.compute.junction_max)
             : fmt::format("above {:.1f} at any radiator temperature",
                           d.spec.compute.junction_max)},
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
        rows.push_back({"launch cost (launch only)",
                        fmt::format("{} ({}/kW, {}/kW/yr)", usd(d.cost.launch_cost_usd),
                                    usd(d.cost.launch_cost_per_kw_usd),
                                    usd(d.cost.launch_cost_per_kw_year_usd))});
        rows.push_back(
            {"per kWh to compute vs ground",
             fmt::format("{} vs {} (electricity x PUE)", usd(d.cost.launch_cost_per_kwh_usd),
                         usd(d.cost.ground_energy_cost_per_kwh_usd))});
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

/// The spec a `size --json` output at `path` was run with (its `inputs`), after
/// `overrides`.
io::node_file read_run(const std::string& path, const std::vector<std::string>& overrides) {
    std::ifstream in{path, std::ios::binary};
    if (!in) throw invalid_input{"--from-json", path, "a readable JSON file", "cannot open it"};
    const std::string name = fmt::format("{} (inputs)", path);
    json run;
    try {
        run = json::parse(in);
    } catch (const json::exception& e) {
        throw invalid_input{"--from-json", path, "the output of spacedc size --json", e.what()};
    }
    if (!run.is_object() || !run.contains("inputs")) {
        throw invalid_input{"--from-json", path, "the output of spacedc size --json",
                            "it has no inputs"};
    }
    return io::read_node_text(spec_text(run.at("inputs")), name, overrides);
}

} // namespace

void add_size_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<size_options>();
    CLI::App* cmd =
        app.add_subcommand("size", "Size a whole node from a TOML spec: power, radiator, mass, the "
                                   "chip-to-support mass ratio and launch cost.");
    CLI::Option* file_option =
        cmd->add_option("file", o->file,
                        "Node spec, e.g. examples/configs/reference_100kw.toml (required unless "
                        "--from-json)");
    cmd->add_option("--from-json", o->from_json,
                    "Replay a run: the spec is the `inputs` of a `size --json` output")
        ->excludes(file_option);
    cmd->add_option("--set", o->overrides,
                    "Override a field: --set compute.count=512 (repeatable)");
    CLI::Option* json_flag = cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->add_flag("--markdown", o->markdown, "Print the report as a Markdown table")
        ->excludes(json_flag);
    cmd->add_flag("--check", o->check,
                  "Print only the [[requirement]] checks as a pass/fail table; exit 1 when one "
                  "is not met");
    cmd->callback([o, &out] {
        if (o->file.empty() && o->from_json.empty()) {
            throw invalid_input{"file", "(none)", "a node spec, or --from-json RUN.json"};
        }
        const auto file = o->from_json.empty()
                              ? io::read_node_file(o->file, o->overrides) // one parse for both
                              : read_run(o->from_json, o->overrides);
        const auto& requirements = file.requirements;
        if (o->check && requirements.empty()) {
            throw invalid_input{"--check", o->file.empty() ? o->from_json : o->file,
                                "a spec with [[requirement]] tables", "nothing to check"};
        }
        const auto design =
            naming_options(spec_option_names, [&] { return node::size_node(file.spec); });
        const auto results = checks::check(design, requirements);
        if (o->check) {
            print_checks(results, *o, out);
        } else {
            const auto eclipse_free = eclipse_free_alternative(file.spec);
            print_report(file, design, results, eclipse_free, *o, out);
        }
        if (o->check && !checks::all_passed(results)) {
            throw checks_failed{failures(results), results.size()};
        }
    });
}

} // namespace spacedc::cli
