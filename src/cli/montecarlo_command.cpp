#include "cli.hpp"
#include "commands.hpp"
#include "design_batch.hpp"
#include "mpi_shard.hpp"
#include "option_names.hpp"
#include "progress.hpp"
#include "report.hpp"

#include <spacedc/checks/check.hpp>
#include <spacedc/io/uncertainty_file.hpp>
#include <spacedc/node/size_node.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>

namespace spacedc::cli {
namespace {

struct montecarlo_options {
    std::string file;
    std::vector<std::string> overrides;
    long long samples = 1000; ///< signed, so a negative count is refused, not wrapped
    std::uint64_t seed = 1;
    int threads = 1;
    bool json = false;
    bool mpi = false;
};

/// The outputs summarised, over the samples whose design can be built.
struct output {
    const char* key;
    double (*of)(const node::node_design&);
};
constexpr output outputs[] = {
    {"total_mass_kg", [](const node::node_design& d) { return d.mass.total.value(); }},
    {"compute_power_per_mass_w_per_kg",
     [](const node::node_design& d) { return d.compute_power_per_mass.value(); }},
    {"chip_to_support_mass_ratio",
     [](const node::node_design& d) { return d.mass.chip_to_support_ratio.value(); }},
    {"array_area_m2", [](const node::node_design& d) { return d.power.array_area.value(); }},
    {"radiator_area_m2", [](const node::node_design& d) { return d.radiator.area.value(); }},
    {"coldest_loop_temperature_k",
     [](const node::node_design& d) { return d.cold.coldest_loop.value(); }},
};

/// The q-quantile of sorted `x` by linear interpolation between order statistics
/// (Hyndman & Fan 1996, definition 7).
double quantile_of_sorted(const std::vector<double>& x, double q) {
    const double h = q * static_cast<double>(x.size() - 1);
    const auto i = static_cast<std::size_t>(std::floor(h));
    return i + 1 < x.size() ? x[i] + (h - static_cast<double>(i)) * (x[i + 1] - x[i]) : x[i];
}

/// Ranks of `x` (1-based; ties take their average rank).
std::vector<double> ranks(const std::vector<double>& x) {
    std::vector<std::size_t> order(x.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> r(x.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && x[order[j + 1]] == x[order[i]]) ++j;
        const double average = 0.5 * static_cast<double>(i + j) + 1.0;
        for (std::size_t k = i; k <= j; ++k) r[order[k]] = average;
        i = j + 1;
    }
    return r;
}

/// Spearman's rank correlation from the ranks of the two samples: Pearson's correlation
/// of the ranks (0 when either is constant).
double spearman(const std::vector<double>& ra, const std::vector<double>& rb) {
    const double n = static_cast<double>(ra.size());
    const double mean = 0.5 * (n + 1.0);
    double sab = 0.0, saa = 0.0, sbb = 0.0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        sab += (ra[i] - mean) * (rb[i] - mean);
        saa += (ra[i] - mean) * (ra[i] - mean);
        sbb += (rb[i] - mean) * (rb[i] - mean);
    }
    return saa > 0.0 && sbb > 0.0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

/// What one block of samples gives: inputs and outputs of its feasible samples, in
/// index order, and the count of each requirement met.
struct block_result {
    std::uint64_t feasible = 0;
    std::vector<std::vector<double>> inputs;
    std::vector<std::vector<double>> values;
    std::vector<std::uint64_t> met;
};

/// Samples [begin, end) of `study` under `seed`.
block_result sample_block(io::node_uncertainty& study, std::uint64_t seed, std::uint64_t begin,
                          std::uint64_t end, std::size_t n_out, progress_bar& progress,
                          bool draws) {
    const auto& requirements = study.requirements();
    block_result b{.feasible = 0,
                   .inputs = std::vector<std::vector<double>>(study.parameters().size()),
                   .values = std::vector<std::vector<double>>(n_out),
                   .met = std::vector<std::uint64_t>(requirements.size(), 0)};
    design_stages stages;
    for (std::uint64_t i = begin; i < end; ++i) {
        if ((i - begin) % 1024 == 1023) progress.advance(1024, draws);
        const auto drawn = study.draw(seed, i);
        const node::node_spec spec = study.spec(drawn);
        const auto d = stages.size(spec);
        if (!d.feasible()) continue;
        ++b.feasible;
        for (std::size_t k = 0; k < drawn.size(); ++k) b.inputs[k].push_back(drawn[k]);
        for (std::size_t j = 0; j < n_out; ++j) b.values[j].push_back(outputs[j].of(d));
        for (std::size_t r = 0; r < requirements.size(); ++r)
            b.met[r] += checks::passes(d, requirements[r]) ? 1 : 0;
    }
    return b;
}

void run_montecarlo(const montecarlo_options& o, std::ostream& out) {
    if (o.samples < 1 ||
        static_cast<std::uint64_t>(o.samples) > io::node_uncertainty::max_samples) {
        throw invalid_input{"--samples", fmt::format("{}", o.samples),
                            fmt::format("[1, {}]", io::node_uncertainty::max_samples)};
    }
    const auto samples = static_cast<std::uint64_t>(o.samples);
    const std::uint64_t threads = checked_threads(o.threads);
    io::node_uncertainty study{o.file, o.overrides};
    const auto& parameters = study.parameters();
    const auto& requirements = study.requirements();
    constexpr std::size_t n_out = std::size(outputs);

    // Each MPI rank (with --mpi) takes a contiguous block of sample indices, and each
    // thread a contiguous block of its rank's, with its own reader and stages; the blocks
    // are joined in index order, so every statistic is the same for any number of ranks
    // and threads (a sample's values depend only on the seed and its index).
    const mpi_session mpi{o.mpi};
    const auto [first, last] = mpi.block(samples);
    std::vector<block_result> blocks(threads);
    std::exception_ptr error;
    try {
        progress_bar progress{last - first, "samples", o.json || !mpi.root()};
        run_in_blocks(
            last - first, threads, [&](std::uint64_t t, std::uint64_t begin, std::uint64_t end) {
                begin += first, end += first;
                if (threads == 1) {
                    blocks[t] = sample_block(study, o.seed, begin, end, n_out, progress, true);
                } else {
                    io::node_uncertainty own{o.file, o.overrides}; // a reader each
                    blocks[t] = sample_block(own, o.seed, begin, end, n_out, progress, t == 0);
                }
            });
    } catch (...) {
        error = std::current_exception();
    }
    mpi.rethrow_if_any_failed(error);
    std::vector<std::vector<double>> inputs(parameters.size()), values(n_out);
    std::vector<std::uint64_t> met(requirements.size(), 0);
    for (auto& b : blocks) {
        for (std::size_t k = 0; k < inputs.size(); ++k)
            inputs[k].insert(inputs[k].end(), b.inputs[k].begin(), b.inputs[k].end());
        for (std::size_t j = 0; j < n_out; ++j)
            values[j].insert(values[j].end(), b.values[j].begin(), b.values[j].end());
        for (std::size_t r = 0; r < met.size(); ++r) met[r] += b.met[r];
        b = {};
    }
    // Under MPI, rank 0 gathers every column in rank order and sums the counts.
    for (auto& column : inputs) column = mpi.gather(column);
    for (auto& column : values) column = mpi.gather(column);
    met = mpi.sum(met);
    if (!mpi.root()) return;
    const std::uint64_t feasible = values.empty() ? 0 : values.front().size();

    json mean = json::object(), std_dev = json::object(), p05 = json::object(),
         p50 = json::object(), p95 = json::object(), sensitivity = json::object();
    std::vector<table_row> rows{{"samples", fmt::format("{} (seed {})", o.samples, o.seed)},
                                {"feasible", fmt::format("{} ({:.2f} %)", feasible,
                                                         100.0 * static_cast<double>(feasible) /
                                                             static_cast<double>(samples))}};
    // Each column ranked once (for 10^7 samples a sort is about a second).
    std::vector<std::vector<double>> input_ranks;
    if (feasible > 0)
        for (const auto& x : inputs) input_ranks.push_back(ranks(x));
    for (std::size_t j = 0; j < n_out && feasible > 0; ++j) {
        const auto& x = values[j];
        double m = 0.0, s = 0.0; // Welford
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double delta = x[i] - m;
            m += delta / static_cast<double>(i + 1);
            s += delta * (x[i] - m);
        }
        const double sd = x.size() > 1 ? std::sqrt(s / static_cast<double>(x.size() - 1)) : 0.0;
        auto sorted = x;
        std::sort(sorted.begin(), sorted.end());
        const double q05 = quantile_of_sorted(sorted, 0.05), q50 = quantile_of_sorted(sorted, 0.5),
                     q95 = quantile_of_sorted(sorted, 0.95);
        mean[outputs[j].key] = m;
        std_dev[outputs[j].key] = sd;
        p05[outputs[j].key] = q05;
        p50[outputs[j].key] = q50;
        p95[outputs[j].key] = q95;
        json by_input = json::object();
        const auto output_ranks = ranks(x);
        for (std::size_t k = 0; k < parameters.size(); ++k)
            by_input[parameters[k].key] = spearman(input_ranks[k], output_ranks);
        sensitivity[outputs[j].key] = by_input;
        rows.push_back({outputs[j].key, fmt::format("mean {:.6g}, std {:.4g}, P5 {:.6g}, P50 "
                                                    "{:.6g}, P95 {:.6g}",
                                                    m, sd, q05, q50, q95)});
    }
    json probability = json::object();
    for (std::size_t r = 0; r < requirements.size(); ++r) {
        std::string name = std::visit([](const auto& q) { return q.name; }, requirements[r]);
        // Two requirements named alike keep a key each: the later one says which it is.
        if (probability.contains(name)) name = fmt::format("{} (requirement[{}])", name, r + 1);
        const double p = static_cast<double>(met[r]) / static_cast<double>(samples);
        probability[name] = p;
        rows.push_back({"P(" + name + ")", fmt::format("{:.4f}", p)});
    }
    if (o.json) {
        print_json(out, json{{"samples", o.samples},
                             {"seed", o.seed},
                             {"feasible", feasible},
                             {"mean", mean},
                             {"std", std_dev},
                             {"p05", p05},
                             {"p50", p50},
                             {"p95", p95},
                             {"requirement_probability", probability},
                             {"sensitivity", sensitivity}});
        return;
    }
    for (std::size_t k = 0; k < parameters.size() && feasible > 0; ++k) {
        std::string line;
        for (std::size_t j = 0; j < n_out; ++j) {
            line += fmt::format("{}{} {:+.2f}", j ? ", " : "", outputs[j].key,
                                sensitivity[outputs[j].key][parameters[k].key].get<double>());
        }
        rows.push_back({"Spearman: " + parameters[k].key, line});
    }
    print_table(out, rows);
}

} // namespace

void add_montecarlo_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<montecarlo_options>();
    CLI::App* cmd = app.add_subcommand(
        "montecarlo", "Draw a spec's [uncertain] parameters: mean, spread and P5/P50/P95 of the "
                      "node's outputs, the probability each [[requirement]] is met, and the "
                      "Spearman rank correlation of each output with each parameter.");
    cmd->add_option("file", o->file, "Node spec with an [uncertain] table")->required();
    cmd->add_option("--set", o->overrides, "Override a base field: --set compute.count=512");
    cmd->add_option("--samples", o->samples, "Samples to draw (1 to 10^7)");
    cmd->add_option("--seed", o->seed, "Seed of the counter-based generator");
    cmd->add_option("--threads", o->threads,
                    "Threads, each a contiguous block of samples (the result is the same "
                    "for any number)");
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->add_flag("--mpi", o->mpi,
                  "Shard the samples over the MPI ranks this runs on (mpirun -n R spacedc "
                  "montecarlo ... --mpi); rank 0 prints the result, the same for any R");
    cmd->callback([o, &out] { run_montecarlo(*o, out); });
}

} // namespace spacedc::cli
