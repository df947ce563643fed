#include "commands.hpp"
#include "option_names.hpp"
#include "output_file.hpp"
#include "report.hpp"

#include <spacedc/format.hpp>
#include <spacedc/io/network_file.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/thermal/network_solver.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>

namespace spacedc::cli {
namespace {

struct network_options {
    std::string file;
    bool transient = false;
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

void run_network(const network_options& o, std::ostream& out) {
    const auto net = io::read_thermal_network(o.file);
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
        "network", "Solve a thermal network model (TOML): steady state, or a transient.");
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
    CLI::Option* csv = cmd->add_option("--csv", o->csv,
                                       "Write the transient history (time_s, one column per node)")
                           ->needs(transient);
    cmd->add_flag("--force", o->force, "Overwrite an existing --csv file")->needs(csv);
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_network(*o, out); });
}

} // namespace spacedc::cli
