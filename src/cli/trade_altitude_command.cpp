#include "cli.hpp"
#include "commands.hpp"
#include "option_names.hpp"
#include "output_file.hpp"
#include "report.hpp"

#include <spacedc/checks/check.hpp>
#include <spacedc/format.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/node/altitude_trade.hpp>
#include <spacedc/node/finding_text.hpp>

#include <fmt/format.h>

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace spacedc::cli {
namespace {

struct trade_options {
    std::string file;
    std::vector<std::string> overrides;
    std::string from = "500 km";
    std::string to = "2000 km";
    std::string step = "100 km";
    std::string csv;
    bool force = false;
    bool json = false;
};

/// The altitudes from `from` to `to` in `step`s (the last one included when it falls on
/// a step); at most 1000.
std::vector<units::length> altitudes(const trade_options& o) {
    const auto from = io::parse<units::length>(o.from, "--from");
    const auto to = io::parse<units::length>(o.to, "--to");
    const auto step = io::parse<units::length>(o.step, "--step");
    spacedc::detail::require_positive("--from", from);
    spacedc::detail::require_positive("--step", step);
    if (!(to >= from)) {
        throw invalid_input{"--to", fmt::format("{}", to),
                            fmt::format("at least --from ({})", from)};
    }
    const double count = std::floor((to - from) / step + 1e-9) + 1.0;
    if (count > 1000.0) {
        throw invalid_input{"--step", fmt::format("{}", step),
                            "at most 1000 altitudes from --from to --to"};
    }
    std::vector<units::length> out;
    for (int k = 0; k < static_cast<int>(count); ++k)
        out.push_back(from + static_cast<double>(k) * step);
    return out;
}

/// What a trade point reports: its numbers, and the requirements it fails or that
/// cannot be judged for it (a dose outside the tables).
struct judged {
    std::vector<std::string> failed;
    std::vector<std::string> unjudged;
};

judged judge(const node::node_design& d, const checks::requirements& requirements) {
    judged j;
    for (const auto& r : requirements) {
        const std::string name = std::visit([](const auto& q) { return q.name; }, r);
        try {
            if (!checks::passes(d, r)) j.failed.push_back(name);
        } catch (const invalid_input&) {
            j.unjudged.push_back(name);
        }
    }
    return j;
}

json or_null(bool known, double x) { return known ? json(x) : json(nullptr); }

void run_trade(const trade_options& o, std::ostream& out) {
    const auto file = io::read_node_file(o.file, o.overrides);
    const auto heights = altitudes(o);
    std::optional<output_file> csv;
    if (!o.csv.empty())
        csv.emplace("--csv", o.csv, o.force, std::vector<std::filesystem::path>{o.file});
    const auto points =
        naming_options(spec_option_names, [&] { return node::altitude_trade(file.spec, heights); });
    const auto eclipse_free = orbit::lowest_eclipse_free_altitude(
        file.spec.orbit.ltan, orbit::supported_year(file.spec.orbit.year, "orbit.year"),
        file.spec.orbit.shadow);

    if (csv) {
        auto& f = csv->stream();
        f << "altitude_m,strategy,eclipse_free,max_eclipse_s,feasible,total_mass_kg,"
             "compute_power_per_mass_w_per_kg,availability,mission_dose_rad,failed_requirements\n";
        for (const auto& p : points) {
            const auto& d = p.design;
            const auto j = judge(d, file.requirements);
            std::string failed;
            for (const auto& n : j.failed) failed += (failed.empty() ? "" : ";") + n;
            f << fmt::format(
                "{},{},{},{:.1f},{},{},{},{:.6f},{},\"{}\"\n", p.altitude.value(),
                node::to_string(p.strategy), d.sunlight.eclipse_free(), d.cold.eclipse.value(),
                d.feasible(), d.feasible() ? fmt::format("{:.3f}", d.mass.total.value()) : "",
                d.feasible() ? fmt::format("{:.5f}", d.compute_power_per_mass.value()) : "",
                p.availability.value(),
                d.dose ? fmt::format("{:.2f}", radiation::in_rad(*d.dose)) : "", failed);
        }
        csv->commit();
    }

    if (o.json) {
        json rows = json::array();
        for (const auto& p : points) {
            const auto& d = p.design;
            const auto j = judge(d, file.requirements);
            json reasons = json::array();
            for (const auto& f : d.findings)
                if (node::is_infeasible(f)) reasons.push_back(node::describe(f));
            const bool built = d.feasible();
            rows.push_back(
                {{"altitude_m", p.altitude.value()},
                 {"strategy", std::string{node::to_string(p.strategy)}},
                 {"eclipse_free", d.sunlight.eclipse_free()},
                 {"max_eclipse_s", d.cold.eclipse.value()},
                 {"feasible", built},
                 {"reasons", reasons},
                 {"total_mass_kg", or_null(built, d.mass.total.value())},
                 {"compute_power_per_mass_w_per_kg",
                  or_null(built, d.compute_power_per_mass.value())},
                 {"availability", p.availability.value()},
                 {"compute_battery_mass_kg", d.power.eclipse_compute.mass.value()},
                 {"survival_battery_mass_kg",
                  d.spec.thermal.survival_heater ? d.cold.heater_battery_mass.value() : 0.0},
                 {"added_water_kg", d.spec.thermal.added_water.value()},
                 {"coldest_loop_temperature_k", d.cold.coldest_loop.value()},
                 {"mission_dose_rad",
                  or_null(d.dose.has_value(), d.dose ? radiation::in_rad(*d.dose) : 0.0)},
                 {"failed_requirements", j.failed},
                 {"unjudged_requirements", j.unjudged}});
        }
        print_json(out, json{{"ltan_s", file.spec.orbit.ltan.value()},
                             {"year", file.spec.orbit.year},
                             {"eclipse_free_altitude_m", eclipse_free.altitude
                                                             ? json(eclipse_free.altitude->value())
                                                             : json(nullptr)},
                             {"rows", rows}});
        return;
    }
    out << fmt::format("{:>9}  {:<19} {:>7} {:>10} {:>8} {:>8} {:>10}  {}\n", "altitude",
                       "eclipse strategy", "eclipse", "total mass", "W/kg", "computes", "dose 5 mm",
                       "fails");
    for (const auto& p : points) {
        const auto& d = p.design;
        const auto j = judge(d, file.requirements);
        std::string fails;
        for (const auto& n : j.failed) fails += (fails.empty() ? "" : ", ") + n;
        for (const auto& n : j.unjudged) fails += (fails.empty() ? "" : ", ") + n + " (not judged)";
        if (!d.feasible()) fails = "INFEASIBLE" + (fails.empty() ? "" : ": " + fails);
        out << fmt::format(
            "{:>6.0f} km  {:<19} {:>7} {:>10} {:>8} {:>7.2f}% {:>10}  {}\n",
            p.altitude.value() / 1e3, node::to_string(p.strategy),
            d.sunlight.eclipse_free() ? "none"
                                      : fmt::format("{:.1f}m", d.cold.eclipse.value() / 60.0),
            d.feasible() ? fmt::format("{:.0f} kg", d.mass.total.value()) : "-",
            d.feasible() ? fmt::format("{:.2f}", d.compute_power_per_mass.value()) : "-",
            100.0 * p.availability.value(),
            d.dose ? fmt::format("{:.2f} krad", radiation::in_rad(*d.dose) / 1e3) : "-",
            fails.empty() ? "-" : fails);
    }
    out << fmt::format(
        "\nEclipse-free from {} (LTAN {:02}:{:02}, {}); dose behind 5 mm Al over the "
        "mission life (SPENVIS tables, sun-synchronous).\n",
        eclipse_free.altitude ? fmt::format("{:.0f}", *eclipse_free.altitude)
                              : std::string{"no altitude"},
        static_cast<int>(file.spec.orbit.ltan.value() / 3600.0),
        static_cast<int>(std::fmod(file.spec.orbit.ltan.value(), 3600.0) / 60.0),
        file.spec.orbit.year);
}

} // namespace

void add_trade_altitude_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<trade_options>();
    CLI::App* cmd = app.add_subcommand(
        "trade-altitude",
        "Size one node at each altitude of its sun-synchronous orbit with each way of riding "
        "through eclipse (none, compute battery, survival heater, thermal capacitance): mass, "
        "W per launched kg, availability, mission dose and failing requirements.");
    cmd->add_option("file", o->file, "Node spec, e.g. examples/configs/reference_100kw.toml")
        ->required();
    cmd->add_option("--set", o->overrides,
                    "Override a field: --set compute.count=512 (repeatable)");
    cmd->add_option("--from", o->from, "Lowest altitude")->capture_default_str();
    cmd->add_option("--to", o->to, "Highest altitude")->capture_default_str();
    cmd->add_option("--step", o->step, "Altitude step")->capture_default_str();
    cmd->add_option("--csv", o->csv, "Write one CSV row per design");
    cmd->add_flag("--force", o->force, "Overwrite an existing --csv file");
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_trade(*o, out); });
}

} // namespace spacedc::cli
