#include "commands.hpp"
#include "option_names.hpp"
#include "report.hpp"

#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/radiation/dose.hpp>

#include <memory>
#include <optional>

namespace spacedc::cli {
namespace {

struct dose_options {
    std::string altitude;
    std::string orbit = "sun-synchronous";
    std::string life = "5 yr";
    std::string limit_rad; // empty: no limit
    bool json = false;
};

constexpr option_name dose_option_names[] = {
    {"altitude for the dose tables", "--altitude"},
    {"mission life", "--life"},
};

void run_dose_models(const dose_options& o, std::ostream& out) {
    const auto altitude = io::parse<units::length>(o.altitude, "--altitude");
    radiation::inclination_class orbit{};
    if (o.orbit == "sun-synchronous") {
        orbit = radiation::inclination_class::sun_synchronous;
    } else if (o.orbit == "30-deg") {
        orbit = radiation::inclination_class::thirty_degrees;
    } else {
        throw invalid_input{"--orbit", o.orbit, "sun-synchronous or 30-deg (the published runs)"};
    }
    const auto life = io::parse<units::duration>(o.life, "--life");
    const units::duration year{365.25 * 86'400.0 * units::seconds};
    const auto rate = radiation::dose_rate(altitude, orbit);
    const auto dose = radiation::mission_dose(altitude, orbit, life);
    std::optional<double> limit;
    if (!o.limit_rad.empty()) {
        limit = io::parse<units::dimensionless>(o.limit_rad, "--dose-limit").value();
        spacedc::detail::require_positive("--dose-limit", units::dimensionless{*limit});
        // A margin to a limit needs a dose to compare: no mission, no margin.
        spacedc::detail::require_positive("--life (with --dose-limit)", life);
    }
    const double dose_rad = radiation::in_rad(dose);
    const double rate_rad_per_year = radiation::in_rad(rate * year);
    if (o.json) {
        json report{{"altitude_m", altitude.value()},
                    {"orbit", std::string{radiation::to_string(orbit)}},
                    {"shielding_m", radiation::table_shielding.value()},
                    {"life_s", life.value()},
                    {"dose_rate_rad_per_year", rate_rad_per_year},
                    {"mission_dose_rad", dose_rad},
                    {"mission_dose_gy", dose.value()}};
        if (limit) {
            report["dose_limit_rad"] = *limit;
            report["dose_margin"] = *limit / dose_rad - 1.0;
            report["time_to_limit_s"] = *limit / rate_rad_per_year * year.value();
        }
        print_json(out, report);
        return;
    }
    std::vector<table_row> rows{
        {"orbit",
         fmt::format("{:.0f} km, {}", altitude.value() / 1e3, radiation::to_string(orbit))},
        {"shielding", "5 mm aluminium (the published SPENVIS runs; fixed)"},
        {"dose rate", fmt::format("{:.4g} krad(Si) a year", rate_rad_per_year / 1e3)},
        {"mission dose",
         fmt::format("{:.4g} krad(Si) over {:.3g} years", dose_rad / 1e3, (life / year).value())},
    };
    if (limit) {
        rows.push_back({"limit, margin", fmt::format("{:.4g} krad, {:+.1f} %", *limit / 1e3,
                                                     100.0 * (*limit / dose_rad - 1.0))});
        rows.push_back(
            {"limit reached after", fmt::format("{:.2f} years", *limit / rate_rad_per_year)});
    }
    print_table(out, rows);
}

void run_dose(const dose_options& o, std::ostream& out) {
    naming_options(dose_option_names, [&] { run_dose_models(o, out); });
}

} // namespace

void add_dose_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<dose_options>();
    CLI::App* cmd = app.add_subcommand(
        "dose", "Total ionising dose behind 5 mm Al by altitude (published SPENVIS AP-8/AE-8 runs, "
                "500-2000 km), over the mission life, against a chip's tolerance.");
    cmd->add_option("--altitude", o->altitude, "Orbit altitude, 500-2000 km")->required();
    cmd->add_option("--orbit", o->orbit, "sun-synchronous or 30-deg")->capture_default_str();
    cmd->add_option("--life", o->life, "Mission life")->capture_default_str();
    cmd->add_option("--dose-limit", o->limit_rad, "Chip tolerance in rad(Si), e.g. 2000");
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_dose(*o, out); });
}

} // namespace spacedc::cli
