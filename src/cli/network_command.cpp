#include "commands.hpp"
#include "option_names.hpp"
#include "output_file.hpp"
#include "report.hpp"

#include <spacedc/format.hpp>
#include <spacedc/io/network_file.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/thermal/network_solver.hpp>
#include <spacedc/thermal/orbit_year.hpp>
#include <spacedc/thermal/periodic_steady_state.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>

namespace spacedc::cli {
namespace {

struct network_options {
    std::string file;
    bool transient = false;
    bool periodic = false;
    bool year = false;
    int steps = thermal::periodic_options{}.steps;
    std::string beta;
    int every = 1;
    std::string daily_csv;
    std::string duration = "5400 s";
    std::string step = "10 s";
    std::string method = "bdf2";
    std::string output_interval;
    std::string tolerance;
    std::string csv;
    bool force = false;
    std::int64_t max_steps = thermal::transient_options{}.max_steps;
    bool json = false;
};

/// Per node: name -> value in kelvin.
json per_node(const thermal::thermal_network& net, const std::vector<units::temperature>& t) {
    json out = json::object();
    for (std::size_t i = 0; i < net.nodes().size(); ++i) out[net.nodes()[i].name] = t[i].value();
    return out;
}

/// The model's [orbit], which --periodic and --year need.
const io::network_orbit& model_orbit(const io::network_model& model, std::string_view option) {
    if (!model.orbit) {
        throw invalid_input{std::string{option}, "(model has no [orbit])",
                            "a model with an [orbit] table and loads that follow it"};
    }
    return *model.orbit;
}

std::string beta_source(const io::network_orbit& orbit) {
    return orbit.beta_given ? "given"
                            : fmt::format("longest eclipse of {}", static_cast<int>(orbit.year));
}

/// The periodic steady state of one orbit: each node's minimum and maximum.
void run_periodic(io::network_model model, const network_options& o, std::ostream& out) {
    io::network_orbit orbit = model_orbit(model, "--periodic");
    if (!o.beta.empty()) {
        orbit.beta = io::parse<units::angle>(o.beta, "--beta");
        orbit.beta_given = true;
    }
    auto& net = model.network;
    naming_options(std::array{option_name{"beta angle", "--beta"}},
                   [&] { net.set_orbit(orbit.pass()); });
    std::optional<output_file> csv;
    if (!o.csv.empty())
        csv.emplace("--csv", o.csv, o.force, std::vector<std::filesystem::path>{o.file});
    const units::duration period = orbit::orbital_period(orbit.altitude);
    const thermal::periodic_options options{
        .period = period, .steps = o.steps, .breakpoints = thermal::load_breakpoints(net, period)};
    const auto cycle = naming_options(std::array{option_name{"steps", "--steps"}},
                                      [&] { return thermal::periodic_steady_state(net, options); });
    const auto shadow = thermal::shadow_times(orbit.pass());
    double eclipse = 0.0;
    if (shadow) {
        eclipse = shadow->exit.value() - shadow->entry.value();
        if (eclipse < 0.0) eclipse += period.value();
    }
    if (csv) {
        auto& file = csv->stream();
        file << "time_s";
        for (const auto& n : net.nodes()) file << ',' << n.name << "_k";
        file << '\n';
        for (std::size_t k = 0; k < cycle.times.size(); ++k) {
            file << fmt::format("{}", cycle.times[k].value());
            for (const auto& t : cycle.temperatures[k]) file << fmt::format(",{:.6f}", t.value());
            file << '\n';
        }
        csv->commit();
    }
    const double imbalance = (cycle.supplied - cycle.rejected - cycle.stored).value();
    if (o.json) {
        print_json(out, json{{"altitude_m", orbit.altitude.value()},
                             {"beta_deg", units::in_degrees(orbit.beta)},
                             {"beta_source", beta_source(orbit)},
                             {"period_s", period.value()},
                             {"eclipse_duration_s", eclipse},
                             {"steps", cycle.times.size() - 1},
                             {"iterations", cycle.iterations},
                             {"mismatch_k", cycle.mismatch.value()},
                             {"minimum_temperatures_k", per_node(net, cycle.minimum)},
                             {"maximum_temperatures_k", per_node(net, cycle.maximum)},
                             {"supplied_energy_j", cycle.supplied.value()},
                             {"rejected_energy_j", cycle.rejected.value()},
                             {"stored_energy_j", cycle.stored.value()},
                             {"energy_imbalance_j", imbalance}});
        return;
    }
    std::vector<table_row> rows{
        {"orbit", fmt::format("{:.1f} km, beta {:.2f} deg ({}), period {:.1f} min",
                              orbit.altitude.value() / 1e3, units::in_degrees(orbit.beta),
                              beta_source(orbit), period.value() / 60.0)},
        {"eclipse", fmt::format("{:.1f} min", eclipse / 60.0)}};
    for (std::size_t i = 0; i < net.nodes().size(); ++i) {
        rows.push_back({net.nodes()[i].name + " over the orbit",
                        fmt::format("{:.3f} to {:.3f}", cycle.minimum[i], cycle.maximum[i])});
    }
    rows.push_back({"Newton iterations (mismatch)",
                    fmt::format("{} ({:.2g})", cycle.iterations, cycle.mismatch)});
    rows.push_back(
        {"supplied / rejected / stored per orbit",
         fmt::format("{:.4g} / {:.4g} / {:.4g}", cycle.supplied, cycle.rejected, cycle.stored)});
    print_table(out, rows);
}

/// Every day's orbit through the year: the coldest and hottest orbit of each node.
void run_year(io::network_model model, const network_options& o, std::ostream& out) {
    const io::network_orbit orbit = model_orbit(model, "--year");
    const auto& net = model.network;
    std::optional<output_file> csv;
    if (!o.daily_csv.empty())
        csv.emplace("--daily", o.daily_csv, o.force, std::vector<std::filesystem::path>{o.file});
    const auto sunlight =
        orbit::analyse_year({.altitude = orbit.altitude, .ltan = orbit.ltan}, orbit.year);
    const thermal::periodic_options options{.period = orbit::orbital_period(orbit.altitude),
                                            .steps = o.steps};
    const auto year = naming_options(
        std::array{option_name{"every_days", "--every"}, option_name{"steps", "--steps"}}, [&] {
            return thermal::cycles_through_year(net, sunlight, orbit.altitude, options, o.every,
                                                true, orbit.start);
        });
    const std::size_t nodes = net.nodes().size();
    if (csv) {
        auto& file = csv->stream();
        file << "date,beta_deg,eclipse_s";
        for (const auto& n : net.nodes()) file << ',' << n.name << "_min_k," << n.name << "_max_k";
        file << '\n';
        for (const auto& d : year.days) {
            file << fmt::format("{},{:.4f},{:.1f}", iso_date(d.date), units::in_degrees(d.beta),
                                d.eclipse.value());
            for (std::size_t i = 0; i < nodes; ++i)
                file << fmt::format(",{:.4f},{:.4f}", d.minimum[i].value(), d.maximum[i].value());
            file << '\n';
        }
        csv->commit();
    }
    auto longest =
        std::max_element(year.days.begin(), year.days.end(),
                         [](const auto& a, const auto& b) { return a.eclipse < b.eclipse; });
    if (o.json) {
        json coldest = json::object(), hottest = json::object();
        for (std::size_t i = 0; i < nodes; ++i) {
            const auto& c = year.days[year.coldest_day[i]];
            const auto& h = year.days[year.hottest_day[i]];
            coldest[net.nodes()[i].name] = json{{"temperature_k", c.minimum[i].value()},
                                                {"date", iso_date(c.date)},
                                                {"beta_deg", units::in_degrees(c.beta)}};
            hottest[net.nodes()[i].name] = json{{"temperature_k", h.maximum[i].value()},
                                                {"date", iso_date(h.date)},
                                                {"beta_deg", units::in_degrees(h.beta)}};
        }
        print_json(
            out, json{{"altitude_m", orbit.altitude.value()},
                      {"ltan_s", orbit.ltan.value()},
                      {"ltan", // deprecated: ltan_s
                       fmt::format("{:02}:{:02}", static_cast<int>(orbit.ltan.value() / 3600.0),
                                   static_cast<int>(std::fmod(orbit.ltan.value(), 3600.0) / 60.0))},
                      {"year", static_cast<int>(orbit.year)},
                      {"days", year.days.size()},
                      {"every_days", o.every},
                      {"longest_eclipse_date", iso_date(longest->date)},
                      {"longest_eclipse_s", longest->eclipse.value()},
                      {"coldest", coldest},
                      {"hottest", hottest}});
        return;
    }
    std::vector<table_row> rows{
        {"orbits solved",
         fmt::format("{} (every {} day{})", year.days.size(), o.every, o.every == 1 ? "" : "s")},
        {"longest eclipse", fmt::format("{:.1f} min on {}", longest->eclipse.value() / 60.0,
                                        iso_date(longest->date))}};
    for (std::size_t i = 0; i < nodes; ++i) {
        const auto& c = year.days[year.coldest_day[i]];
        const auto& h = year.days[year.hottest_day[i]];
        rows.push_back(
            {net.nodes()[i].name, fmt::format("{:.2f} ({}) to {:.2f} ({})", c.minimum[i],
                                              iso_date(c.date), h.maximum[i], iso_date(h.date))});
    }
    print_table(out, rows);
}

void run_network(const network_options& o, std::ostream& out) {
    if (o.transient + o.periodic + o.year > 1)
        throw invalid_input{"--transient, --periodic, --year", "(more than one)", "at most one"};
    if (!o.csv.empty() && !o.transient && !o.periodic)
        throw invalid_input{"--csv", o.csv, "with --transient or --periodic"};
    if (o.force && o.csv.empty() && o.daily_csv.empty()) {
        throw invalid_input{"--force", "(given)", "with --csv or --daily",
                            "there is no file to overwrite"};
    }
    auto model = io::read_network_model(o.file);
    if (o.periodic) return run_periodic(std::move(model), o, out);
    if (o.year) return run_year(std::move(model), o, out);
    const auto& net = model.network;
    if (!o.transient) {
        const auto s = thermal::steady_state(net);
        json temps = json::object();
        std::vector<table_row> rows;
        for (std::size_t i = 0; i < net.nodes().size(); ++i) {
            temps[net.nodes()[i].name] = s.temperatures[i].value();
            rows.push_back({net.nodes()[i].name, fmt::format("{:.3f}", s.temperatures[i])});
        }
        if (o.json) {
            print_json(out, json{{"temperatures_k", temps},
                                 {"iterations", s.iterations},
                                 {"energy_residual_w", s.energy_residual.value()},
                                 {"total_load_w", s.total_load.value()}});
            return;
        }
        rows.push_back({"Newton iterations", fmt::format("{}", s.iterations)});
        rows.push_back({"energy residual",
                        fmt::format("{:.3g} of {:.4g} load", s.energy_residual, s.total_load)});
        print_table(out, rows);
        return;
    }
    if (o.method != "bdf2" && o.method != "backward-euler") {
        throw invalid_input{"--method", o.method, "bdf2 or backward-euler"};
    }
    const thermal::transient_options options{
        .duration = io::parse<units::duration>(o.duration, "--duration"),
        .step = io::parse<units::duration>(o.step, "--step"),
        .method =
            o.method == "bdf2" ? thermal::integrator::bdf2 : thermal::integrator::backward_euler,
        .output_interval =
            o.output_interval.empty()
                ? std::nullopt
                : std::optional{io::parse<units::duration>(o.output_interval, "--output-interval")},
        .tolerance = o.tolerance.empty() ? std::nullopt
                                         : std::optional{io::parse<units::temperature_difference>(
                                               o.tolerance, "--tolerance")},
        .max_steps = o.max_steps};
    // Checked before the run, so a bad path costs nothing.
    std::optional<output_file> csv;
    if (!o.csv.empty())
        csv.emplace("--csv", o.csv, o.force, std::vector<std::filesystem::path>{o.file});
    static constexpr option_name transient_option_names[] = {
        {"duration / step", "--duration / --step"},
        {"duration / output interval", "--duration / --output-interval"},
        {"max_steps", "--max-steps"},
        {"max_history_values", "--output-interval"}};
    const thermal::transient_history h =
        naming_options(transient_option_names, [&] { return thermal::transient(net, options); });
    if (csv) {
        auto& file = csv->stream();
        file << "time_s";
        for (const auto& n : net.nodes()) file << ',' << n.name << "_k";
        file << '\n';
        for (std::size_t k = 0; k < h.times.size(); ++k) {
            file << fmt::format("{}", h.times[k].value());
            for (const auto& t : h.temperatures[k]) file << fmt::format(",{:.6f}", t.value());
            file << '\n';
        }
        csv->commit();
    }
    json final_temps = json::object();
    std::vector<table_row> rows;
    for (std::size_t i = 0; i < net.nodes().size(); ++i) {
        final_temps[net.nodes()[i].name] = h.temperatures.back()[i].value();
        rows.push_back(
            {net.nodes()[i].name + " at the end", fmt::format("{:.3f}", h.temperatures.back()[i])});
    }
    const double imbalance = (h.supplied - h.rejected - h.stored).value();
    if (o.json) {
        print_json(out, json{{"temperatures_k", final_temps},
                             {"duration_s", h.times.back().value()},
                             {"steps", h.steps},
                             {"rejected_steps", h.rejected_steps},
                             {"supplied_energy_j", h.supplied.value()},
                             {"rejected_energy_j", h.rejected.value()},
                             {"stored_energy_j", h.stored.value()},
                             {"energy_imbalance_j", imbalance}});
        return;
    }
    rows.push_back({"steps (rejected)", fmt::format("{} ({})", h.steps, h.rejected_steps)});
    rows.push_back({"supplied / rejected / stored",
                    fmt::format("{:.4g} / {:.4g} / {:.4g}", h.supplied, h.rejected, h.stored)});
    print_table(out, rows);
}

} // namespace

void add_network_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<network_options>();
    CLI::App* cmd = app.add_subcommand(
        "network", "Solve a thermal network model (TOML): steady state, a transient, the periodic "
                   "orbit, or every orbit of a year.");
    cmd->add_option("model", o->file,
                    "Model file with [[node]], [[conductor]], [[radiation]], [[load]]")
        ->required();
    CLI::Option* transient = cmd->add_flag("--transient", o->transient,
                                           "Integrate in time from the initial temperatures");
    // The transient's options apply only with --transient: refused without it.
    cmd->add_option("--duration", o->duration, "Transient duration")
        ->capture_default_str()
        ->needs(transient);
    cmd->add_option("--step", o->step, "Transient time step (the first step with --tolerance)")
        ->capture_default_str()
        ->needs(transient);
    cmd->add_option("--tolerance", o->tolerance,
                    "Local error control: the largest nodal error per step, e.g. 0.05K "
                    "(default: fixed steps)")
        ->needs(transient);
    cmd->add_option("--method", o->method, "bdf2 or backward-euler")
        ->capture_default_str()
        ->needs(transient);
    cmd->add_option("--output-interval", o->output_interval,
                    "Record the history every this long (default: every step)")
        ->needs(transient);
    cmd->add_option("--max-steps", o->max_steps,
                    "The most time steps the transient may take (refused before it starts)")
        ->capture_default_str()
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{1'000'000'000}))
        ->needs(transient);
    CLI::Option* periodic = cmd->add_flag(
        "--periodic", o->periodic,
        "The periodic steady state of one orbit ([orbit]): each node's minimum and maximum");
    CLI::Option* year = cmd->add_flag(
        "--year", o->year,
        "Every day's orbit through the year ([orbit] ltan, year): each node's coldest and "
        "hottest orbit");
    cmd->add_option("--steps", o->steps, "Time steps per orbit with --periodic or --year")
        ->capture_default_str()
        ->check(CLI::Range(1, 1'000'000));
    cmd->add_option("--beta", o->beta, "Beta angle of the --periodic orbit (default: [orbit])")
        ->needs(periodic);
    cmd->add_option("--every", o->every, "Solve every N-th day with --year")
        ->capture_default_str()
        ->check(CLI::Range(1, 366))
        ->needs(year);
    cmd->add_option("--daily", o->daily_csv,
                    "Write one CSV row per day solved with --year: date, beta_deg, eclipse_s, "
                    "and each node's <name>_min_k, <name>_max_k")
        ->needs(year);
    cmd->add_option("--csv", o->csv,
                    "Write the --transient history or the --periodic cycle (time_s, one "
                    "column per node)");
    cmd->add_flag("--force", o->force, "Overwrite an existing --csv or --daily file");
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_network(*o, out); });
}

} // namespace spacedc::cli
