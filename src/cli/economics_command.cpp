#include "commands.hpp"
#include "money.hpp"
#include "option_names.hpp"
#include "report.hpp"

#include <spacedc/economics/launch_economics.hpp>
#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/node/node_spec.hpp>

#include <memory>
#include <optional>

namespace spacedc::cli {
namespace {

const node::cost_spec cost_defaults{};

struct economics_options {
    std::string mass, power, compute_power;
    std::string life = "5 yr";
    double launch_price = cost_defaults.launch_cost_per_kg_usd;
    std::string failure_rate = "0"; // a fraction per year
    double electricity_price = cost_defaults.electricity_price_usd_per_kwh;
    std::string pue = "1.2";
    std::string learning_rate; // empty: no projection
    std::string cumulative_growth = "0.5";
    double start_year = 2026.0;
    bool json = false;
};

constexpr option_name economics_option_names[] = {
    {"launched mass", "--mass"},
    {"power", "--power"},
    {"life", "--life"},
    {"launch price per kg", "--launch-price"},
    {"initial launch price", "--launch-price"},
    {"failure rate", "--failure-rate"},
    {"learning rate", "--learning-rate"},
    {"cumulative growth per year", "--cumulative-growth"},
    {"start year", "--start-year"},
    {"ground price per kW-year", "--electricity-price"},
};

void run_economics_models(const economics_options& o, std::ostream& out) {
    const auto mass = io::parse<units::mass>(o.mass, "--mass");
    const auto power = io::parse<units::power>(o.power, "--power");
    const auto life = io::parse<units::duration>(o.life, "--life");
    const auto fraction = io::parse<units::dimensionless>(o.failure_rate, "--failure-rate");
    spacedc::detail::require_in_closed_range("--failure-rate", fraction.value(), 0.0, 10.0);
    const auto pue = io::parse<units::dimensionless>(o.pue, "--pue");
    spacedc::detail::require_in_closed_range("--pue", pue.value(), 1.0, 10.0);
    spacedc::detail::require_finite_non_negative("--electricity-price", o.electricity_price);
    spacedc::detail::require_in_closed_range("--start-year", o.start_year, 1950.0, 2200.0);
    const units::rate failure_rate{fraction.value() / economics::julian_year.value() *
                                   units::per_second};

    const double per_kw_year =
        economics::launch_price_per_kw_year_usd(o.launch_price, mass, power, life);
    const units::dimensionless penalty = economics::lifetime_penalty(failure_rate, life);
    // The ground's price of the same kW for a year: electricity x PUE over 8766 h.
    const double ground =
        o.electricity_price * pue.value() * economics::julian_year.value() / 3600.0;
    const double breakeven =
        economics::breakeven_launch_price_per_kg_usd(ground, mass, power, life, penalty);
    std::optional<units::power> compute;
    if (!o.compute_power.empty()) {
        compute = io::parse<units::power>(o.compute_power, "--compute-power");
        spacedc::detail::require_positive("--compute-power", *compute);
    }
    std::optional<economics::launch_learning_curve> curve;
    std::optional<double> breakeven_year;
    if (!o.learning_rate.empty()) {
        curve = economics::launch_learning_curve{
            .initial_usd_per_kg = o.launch_price,
            .start_year = o.start_year,
            .learning_rate = io::parse<units::dimensionless>(o.learning_rate, "--learning-rate"),
            .cumulative_growth =
                io::parse<units::dimensionless>(o.cumulative_growth, "--cumulative-growth")};
        breakeven_year = economics::year_price_reaches(*curve, breakeven);
    }

    if (o.json) {
        json report{
            {"mass_kg", mass.value()},
            {"power_w", power.value()},
            {"life_s", life.value()},
            {"launch_price_per_kg_usd", o.launch_price},
            {"launch_cost_usd", o.launch_price * mass.value()},
            {"launch_price_per_kw_year_usd", per_kw_year},
            {"lifetime_penalty", penalty.value()},
            {"launch_price_per_kw_year_with_penalty_usd", per_kw_year * penalty.value()},
            {"ground_price_per_kw_year_usd", ground},
            {"breakeven_launch_price_per_kg_usd", breakeven},
        };
        if (compute) {
            report["compute_power_w"] = compute->value();
            report["launch_price_per_compute_kw_year_usd"] =
                economics::launch_price_per_kw_year_usd(o.launch_price, mass, *compute, life) *
                penalty.value();
        }
        if (curve) {
            report["learning_rate"] = curve->learning_rate.value();
            report["cumulative_growth"] = curve->cumulative_growth.value();
            report["start_year"] = curve->start_year;
            report["breakeven_year"] = breakeven_year ? json(*breakeven_year) : json(nullptr);
        }
        print_json(out, report);
        return;
    }
    std::vector<table_row> rows{
        {"launched mass, power, life", fmt::format("{:.0f}, {:.4g}, {:.3g} yr", mass, power,
                                                   (life / economics::julian_year).value())},
        {"launch cost",
         fmt::format("{} at {}/kg", usd(o.launch_price * mass.value()), usd(o.launch_price))},
        {"launch price per kW-year", usd(per_kw_year)},
        {"lifetime penalty (failures)", fmt::format("{:.4f}", penalty)},
        {"ground price per kW-year", fmt::format("{} (electricity x PUE)", usd(ground))},
        {"breakeven launch price", fmt::format("{}/kg", usd(breakeven))},
    };
    if (compute) {
        rows.push_back({"per kW-year of compute", usd(economics::launch_price_per_kw_year_usd(
                                                          o.launch_price, mass, *compute, life) *
                                                      penalty.value())});
    }
    if (curve) {
        rows.push_back({"breakeven reached (Wright's law)",
                        breakeven_year ? fmt::format("{:.1f}", *breakeven_year)
                                       : std::string{"not before 2200"}});
    }
    print_table(out, rows);
}

void run_economics(const economics_options& o, std::ostream& out) {
    naming_options(economics_option_names, [&] { run_economics_models(o, out); });
}

} // namespace

void add_economics_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<economics_options>();
    CLI::App* cmd = app.add_subcommand(
        "economics",
        "Launch price of orbital power from a given mass, power and life: $ per kW-year, the "
        "lifetime penalty of failing units, the breakeven launch price against the ground, and "
        "the year a learning curve reaches it.");
    cmd->add_option("--mass", o->mass, "Launched mass, e.g. 575kg")->required();
    cmd->add_option("--power", o->power, "Satellite power, e.g. 28kW")->required();
    cmd->add_option("--compute-power", o->compute_power, "Also price per kW of compute");
    cmd->add_option("--life", o->life, "Mission life")->capture_default_str();
    cmd->add_option("--launch-price", o->launch_price, "Launch price, US$ per kg")
        ->capture_default_str();
    cmd->add_option("--failure-rate", o->failure_rate,
                    "Units failing per year, a fraction (e.g. 9 %) for the lifetime penalty")
        ->capture_default_str();
    cmd->add_option("--electricity-price", o->electricity_price, "Ground electricity, US$ per kWh")
        ->capture_default_str();
    cmd->add_option("--pue", o->pue, "Ground data-centre PUE")->capture_default_str();
    cmd->add_option("--learning-rate", o->learning_rate,
                    "Launch price cut per doubling of cumulative mass (Wright's law)");
    cmd->add_option("--cumulative-growth", o->cumulative_growth,
                    "Cumulative launched mass growth per year (with --learning-rate)")
        ->capture_default_str();
    cmd->add_option("--start-year", o->start_year, "Year of --launch-price")->capture_default_str();
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_economics(*o, out); });
}

} // namespace spacedc::cli
