#include "cli.hpp"
#include "commands.hpp"
#include "design_batch.hpp"
#include "mpi_shard.hpp"
#include "option_names.hpp"
#include "output_file.hpp"
#include "progress.hpp"
#include "report.hpp"

#include <spacedc/io/sweep_file.hpp>
#include <spacedc/node/finding_text.hpp>
#include <spacedc/node/size_node.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <variant>

namespace spacedc::cli {
namespace {

struct sweep_options {
    std::string file;
    std::vector<std::string> overrides;
    std::string out;
    bool force = false;
    int threads = 1;
    bool json = false;
    bool mpi = false;
};

/// A feasible design on the front: no other is at least as good on both objectives and
/// better on one (compute W per launched kg, chip-to-support mass ratio; both maximised).
struct pareto_point {
    std::uint64_t index;
    double power_per_mass;
    double chip_ratio;
    double total_mass;
};

/// Adds `p` to `front` unless dominated, removing the points it dominates.
void add_to_front(std::vector<pareto_point>& front, const pareto_point& p) {
    for (const auto& q : front) {
        if (q.power_per_mass >= p.power_per_mass && q.chip_ratio >= p.chip_ratio) return;
    }
    std::erase_if(front, [&](const pareto_point& q) {
        return p.power_per_mass >= q.power_per_mass && p.chip_ratio >= q.chip_ratio;
    });
    front.push_back(p);
}

/// What one block of designs gives: counts, reasons, its own Pareto front, and its CSV
/// rows in an anonymous temporary file (joined in block order at the end).
struct block_result {
    std::uint64_t feasible = 0;
    std::array<std::uint64_t, std::variant_size_v<node::finding>> reasons{}; ///< by kind
    std::vector<pareto_point> front;
    std::FILE* rows = nullptr; ///< owned; closed (and so removed) by the caller
};

/// Designs [begin, end) of `sweep`, CSV rows to `rows` when given.
void size_block(io::node_sweep& sweep, std::uint64_t begin, std::uint64_t end, block_result& b,
                progress_bar& progress, bool draws) {
    const auto& axes = sweep.axes();
    design_stages stages;
    for (std::uint64_t i = begin; i < end; ++i) {
        if ((i - begin) % 1024 == 1023) progress.advance(1024, draws);
        const node::node_spec spec = sweep.spec(i);
        const auto d = stages.size(spec);
        const bool ok = d.feasible();
        std::string reason;
        for (const auto& f : d.findings) {
            if (!node::is_infeasible(f)) continue;
            ++b.reasons[f.index()];
            if (reason.empty()) reason = node::describe(f);
        }
        if (ok) {
            ++b.feasible;
            add_to_front(b.front, {.index = i,
                                   .power_per_mass = d.compute_power_per_mass.value(),
                                   .chip_ratio = d.mass.chip_to_support_ratio.value(),
                                   .total_mass = d.mass.total.value()});
        }
        if (b.rows) {
            std::string row;
            const auto at = sweep.position(i);
            for (std::size_t k = 0; k < axes.size(); ++k) row += axes[k].values[at[k]] + ",";
            auto number = [&](double x) { return ok ? fmt::format("{:.10g}", x) : std::string{}; };
            row += fmt::format(
                "{},{:.10g},{},{},{},{:.10g},{},{},{},{},\"{}\"\n", ok ? "true" : "false",
                d.compute_power.value(), number(d.mass.total.value()),
                number(d.mass.chip_to_support_ratio.value()),
                number(d.compute_power_per_mass.value()), d.power.array_area.value(),
                number(d.radiator.area.value()),
                d.cooled() ? fmt::format("{:.10g}", d.radiator_temperature.value()) : std::string{},
                number(d.cold.coldest_loop.value()), number(d.cold.survival.heater_power.value()),
                reason);
            if (std::fputs(row.c_str(), b.rows) < 0)
                throw error{"--out: cannot write the temporary rows"};
        }
    }
}

void run_sweep(const sweep_options& o, std::ostream& out) {
    const std::uint64_t requested = checked_threads(o.threads);
    io::node_sweep sweep{o.file, o.overrides};
    const auto& axes = sweep.axes();

    // Each MPI rank (with --mpi) takes a contiguous block of designs and each thread a
    // contiguous block of its rank's, with its own reader; counts, fronts and rows are
    // joined in block order, so the result is the same for any number of either.
    const mpi_session mpi{o.mpi};
    const auto [first, last] = mpi.block(sweep.designs());
    const std::uint64_t threads =
        std::max<std::uint64_t>(1, std::min<std::uint64_t>(requested, last - first));
    std::vector<block_result> blocks(threads);
    struct closer {
        std::vector<block_result>& blocks;
        ~closer() {
            for (auto& b : blocks)
                if (b.rows) std::fclose(b.rows);
        }
    } close_rows{blocks};
    std::optional<output_file> csv; // rank 0 writes it; the others send it their rows
    std::exception_ptr error;
    try {
        if (!o.out.empty() && mpi.root())
            csv.emplace("--out", o.out, o.force, std::vector<std::filesystem::path>{o.file});
        for (auto& b : blocks) {
            if (!o.out.empty() && !(b.rows = std::tmpfile()))
                throw spacedc::error{"--out: cannot create a temporary file for the rows"};
        }
        progress_bar progress{last - first, "designs", o.json || !mpi.root()};
        run_in_blocks(last - first, threads,
                      [&](std::uint64_t t, std::uint64_t begin, std::uint64_t end) {
                          begin += first, end += first;
                          if (threads == 1)
                              return size_block(sweep, begin, end, blocks[t], progress, true);
                          io::node_sweep own{o.file, o.overrides}; // a reader each
                          size_block(own, begin, end, blocks[t], progress, t == 0);
                      });
    } catch (...) {
        error = std::current_exception();
    }
    mpi.rethrow_if_any_failed(error);

    // This rank's totals; under MPI, rank 0 sums the counts and merges the fronts in rank
    // order (each point as index, W/kg, ratio, mass).
    std::vector<std::uint64_t> counts(1 + std::variant_size_v<node::finding>, 0);
    std::vector<pareto_point> front;
    for (auto& b : blocks) {
        counts[0] += b.feasible;
        for (std::size_t k = 0; k < b.reasons.size(); ++k) counts[1 + k] += b.reasons[k];
        for (const auto& p : b.front) add_to_front(front, p);
    }
    std::vector<double> points;
    for (const auto& p : front) {
        points.insert(points.end(),
                      {static_cast<double>(p.index), p.power_per_mass, p.chip_ratio, p.total_mass});
    }
    counts = mpi.sum(counts);
    points = mpi.gather(points);
    std::vector<std::FILE*> files;
    for (const auto& b : blocks)
        if (b.rows) files.push_back(b.rows);
    if (!o.out.empty()) mpi.send_to_root(files);
    if (!mpi.root()) return;
    front.clear();
    for (std::size_t k = 0; k + 3 < points.size(); k += 4) {
        add_to_front(front, {.index = static_cast<std::uint64_t>(points[k]),
                             .power_per_mass = points[k + 1],
                             .chip_ratio = points[k + 2],
                             .total_mass = points[k + 3]});
    }
    const std::uint64_t feasible = counts[0];
    std::map<std::string, std::uint64_t> reasons; // by name, as the summary lists them
    for (std::size_t k = 0; k < node::finding_kind_names.size(); ++k)
        if (counts[1 + k] > 0) reasons[node::finding_kind_names[k]] = counts[1 + k];
    if (csv) {
        auto& f = csv->stream();
        for (const auto& a : axes) f << a.key << ',';
        f << "feasible,compute_power_w,total_mass_kg,chip_to_support_mass_ratio,"
             "compute_power_per_mass_w_per_kg,array_area_m2,radiator_area_m2,"
             "radiator_temperature_k,coldest_loop_temperature_k,survival_heater_w,reason\n";
        std::vector<char> buffer(1 << 16);
        for (std::FILE* rows : files) {
            std::rewind(rows);
            for (std::size_t got; (got = std::fread(buffer.data(), 1, buffer.size(), rows)) > 0;)
                f.write(buffer.data(), static_cast<std::streamsize>(got));
        }
        mpi.receive_from_ranks(f);
        csv->commit();
    }
    std::sort(front.begin(), front.end(),
              [](const auto& a, const auto& b) { return a.power_per_mass > b.power_per_mass; });
    auto values_of = [&](std::uint64_t index) {
        json values = json::object();
        const auto at = sweep.position(index);
        for (std::size_t k = 0; k < axes.size(); ++k) values[axes[k].key] = axes[k].values[at[k]];
        return values;
    };
    if (o.json) {
        json pareto = json::array();
        for (const auto& p : front) {
            pareto.push_back({{"design", p.index},
                              {"values", values_of(p.index)},
                              {"compute_power_per_mass_w_per_kg", p.power_per_mass},
                              {"chip_to_support_mass_ratio", p.chip_ratio},
                              {"total_mass_kg", p.total_mass}});
        }
        json axes_json = json::object();
        for (const auto& a : axes) axes_json[a.key] = a.values.size();
        json reasons_json = json::object();
        for (const auto& [kind, n] : reasons) reasons_json[kind] = n;
        print_json(out, json{{"designs", sweep.designs()},
                             {"feasible", feasible},
                             {"infeasible", sweep.designs() - feasible},
                             {"infeasible_reasons", reasons_json},
                             {"axes", axes_json},
                             {"pareto", pareto},
                             {"out", o.out.empty() ? json(nullptr) : json(o.out)}});
        return;
    }
    std::vector<table_row> rows{
        {"designs", fmt::format("{} ({} axes)", sweep.designs(), axes.size())},
        {"feasible", fmt::format("{}", feasible)},
        {"infeasible", fmt::format("{}", sweep.designs() - feasible)}};
    for (const auto& [kind, n] : reasons) rows.push_back({"  " + kind, fmt::format("{}", n)});
    rows.push_back({"Pareto front (W/kg, chip/support)", fmt::format("{} designs", front.size())});
    for (const auto& p : front) {
        std::string where;
        const auto at = sweep.position(p.index);
        for (std::size_t k = 0; k < axes.size(); ++k)
            where += fmt::format("{}{}={}", k ? ", " : "", axes[k].key, axes[k].values[at[k]]);
        rows.push_back({fmt::format("  {:.2f} W/kg, {:.4f}", p.power_per_mass, p.chip_ratio),
                        where.empty() ? "(the base spec)" : where});
    }
    if (!o.out.empty()) rows.push_back({"written", o.out});
    print_table(out, rows);
}

} // namespace

void add_sweep_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<sweep_options>();
    CLI::App* cmd = app.add_subcommand(
        "sweep", "Size every design of a spec's [sweep] axes: feasible counts with their reasons "
                 "and the Pareto front of compute power per launched kg against the "
                 "chip-to-support mass ratio; every design as a CSV row with --out.");
    cmd->add_option("file", o->file, "Node spec with a [sweep] table")->required();
    cmd->add_option("--set", o->overrides, "Override a base field: --set compute.count=512");
    cmd->add_option("--out", o->out, "Write one CSV row per design to this new file");
    cmd->add_flag("--force", o->force, "Overwrite the --out file if it exists")->needs("--out");
    cmd->add_option("--threads", o->threads,
                    "Threads, each a contiguous block of designs (the result is the same for "
                    "any number)");
    cmd->add_flag("--mpi", o->mpi,
                  "Shard the designs over the MPI ranks this runs on (mpirun -n R spacedc sweep "
                  "... --mpi); rank 0 prints the result and writes --out, the same for any R");
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_sweep(*o, out); });
}

} // namespace spacedc::cli
