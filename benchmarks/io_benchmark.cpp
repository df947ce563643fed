// Loading network models of 10^3, 10^4 and 10^5 nodes (each node with a conductor to
// the next and a radiative coupling to space, as a generated panel model has): the
// reader must be linear in the file's size (goal: time(10N)/time(N) <= 12, and 10^5
// nodes in under a second). The same 10^4-node file through a model that defeats the
// fast reader (one escaped string) shows what toml11 alone costs.

#include "ratio_reporter.hpp"

#include <spacedc/io/network_file.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

/// Writes an N-node chain model to a temporary file; `escaped` adds one string with an
/// escape, which only the full TOML parser reads.
std::string write_model(int n, bool escaped) {
    const fs::path path = fs::temp_directory_path() /
                          fmt::format("spacedc_io_benchmark_{}{}.toml", n, escaped ? "_e" : "");
    std::ofstream out{path};
    out << "[[node]]\nname = \"space\"\ntemperature = \"2.725 K\"\n";
    if (escaped) out << "[[node]]\nname = \"\\u0073ink\"\ntemperature = \"3 K\"\n";
    for (int i = 0; i < n; ++i)
        out << fmt::format("[[node]]\nname = \"n{}\"\ncapacitance = \"500 J/K\"\n", i);
    for (int i = 0; i + 1 < n; ++i) {
        out << fmt::format("[[conductor]]\nfrom = \"n{}\"\nto = \"n{}\"\nconductance = \"2 W/K\"\n",
                           i, i + 1);
    }
    for (int i = 0; i < n; ++i) {
        out << fmt::format(
            "[[radiation]]\nfrom = \"n{}\"\nto = \"space\"\nexchange_factor = \"0.01 m^2\"\n", i);
    }
    out << "[[load]]\nnode = \"n0\"\npower = \"10 W\"\n";
    return path.string();
}

void BM_LoadNetwork(benchmark::State& state) {
    const std::string path = write_model(static_cast<int>(state.range(0)), false);
    for (auto _ : state) benchmark::DoNotOptimize(spacedc::io::read_thermal_network(path));
    state.counters["bytes"] = static_cast<double>(fs::file_size(path));
    fs::remove(path);
}
// Half a second each, five times: the ratios use the fastest repetition of each size,
// so a burst of other work on a shared machine does not decide them.
BENCHMARK(BM_LoadNetwork)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Arg(100'000)
    ->MinTime(0.5)
    ->Repetitions(5)
    ->ReportAggregatesOnly(false)
    ->Unit(benchmark::kMillisecond);

void BM_LoadNetworkToml11(benchmark::State& state) {
    const std::string path = write_model(static_cast<int>(state.range(0)), true);
    for (auto _ : state) benchmark::DoNotOptimize(spacedc::io::read_thermal_network(path));
    fs::remove(path);
}
BENCHMARK(BM_LoadNetworkToml11)->Arg(10'000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    return spacedc::bench::run_with_ratios(
        argc, argv,
        {{"load: time(10,000) / time(1,000)", "BM_LoadNetwork/10000/min_time:0.500/repeats:5",
          "BM_LoadNetwork/1000/min_time:0.500/repeats:5"},
         {"load: time(100,000) / time(10,000)", "BM_LoadNetwork/100000/min_time:0.500/repeats:5",
          "BM_LoadNetwork/10000/min_time:0.500/repeats:5"},
         {"load at 10,000 nodes: toml11 / fast reader", "BM_LoadNetworkToml11/10000",
          "BM_LoadNetwork/10000/min_time:0.500/repeats:5"}});
}
