// size_node for the reference spec: designs per second with its own sunlight analysis,
// with the orbit's stage shared, and with the array's stage shared too; and a sweep of
// designs over both cores with its parallel speed-up.
// The sweep has 100,000 designs unless SPACEDC_SWEEP_DESIGNS says otherwise; the 10^6
// sweep is run by hand: `SPACEDC_SWEEP_DESIGNS=1000000 node_benchmark` (measured: 0.52 s
// on one core and 0.28 s on two, 1.9 and 3.6 million designs/s; before this wave it took
// 14 minutes).

#include "ratio_reporter.hpp"

#include <spacedc/node/size_node.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace u = spacedc::units;
namespace nd = spacedc::node;

const nd::node_spec reference{};
const nd::orbit_environment& reference_orbit() {
    static const auto env = nd::prepare_orbit(reference.orbit, reference.thermal.orientation);
    return env;
}

void BM_SizeNodeWithOrbit(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(nd::size_node(reference));
    state.counters["designs_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SizeNodeWithOrbit)->Unit(benchmark::kMicrosecond);

void BM_SizeNodeSharedOrbit(benchmark::State& state) {
    const auto& orbit = reference_orbit();
    for (auto _ : state) benchmark::DoNotOptimize(nd::size_node(reference, orbit));
    state.counters["designs_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SizeNodeSharedOrbit)->Unit(benchmark::kMicrosecond);

void BM_SizeNodeSharedOrbitAndArray(benchmark::State& state) {
    const auto& orbit = reference_orbit();
    const auto array = nd::prepare_array(reference, orbit);
    for (auto _ : state) benchmark::DoNotOptimize(nd::size_node(reference, orbit, array));
    state.counters["designs_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SizeNodeSharedOrbitAndArray)->Unit(benchmark::kMicrosecond);

/// Sizes `count` designs (accelerator count and radiator temperature varied) on
/// `threads` threads, sharing the orbit environment and the array response.
double sweep(int count, unsigned threads) {
    const auto& orbit = reference_orbit();
    const auto array = nd::prepare_array(reference, orbit);
    std::atomic<int> next{0};
    std::vector<double> best(threads, 0.0);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        // Each thread takes blocks of designs and keeps its best in a local, so the threads
        // share no cache line while they size (one atomic add per block).
        pool.emplace_back([&, t] {
            constexpr int block = 256;
            double local = 0.0;
            for (int start = next.fetch_add(block); start < count; start = next.fetch_add(block)) {
                for (int i = start; i < std::min(count, start + block); ++i) {
                    nd::node_spec s = reference;
                    s.compute.count = 50 + i % 200;
                    s.thermal.chain = {};
                    s.thermal.radiator_temperature =
                        u::temperature{(290.0 + (i / 200) % 80) * u::kelvin};
                    local = std::max(
                        local, nd::size_node(s, orbit, array).mass.chip_to_support_ratio.value());
                }
            }
            best[t] = local;
        });
    }
    for (auto& th : pool) th.join();
    return *std::max_element(best.begin(), best.end());
}

void BM_SweepOneThread(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(sweep(static_cast<int>(state.range(0)), 1));
    state.counters["designs_per_s"] = benchmark::Counter(
        static_cast<double>(state.iterations() * state.range(0)), benchmark::Counter::kIsRate);
}

void BM_SweepTwoThreads(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(sweep(static_cast<int>(state.range(0)), 2));
    state.counters["designs_per_s"] = benchmark::Counter(
        static_cast<double>(state.iterations() * state.range(0)), benchmark::Counter::kIsRate);
}

} // namespace

int main(int argc, char** argv) {
    (void)reference_orbit(); // computed before any timing
    const char* env = std::getenv("SPACEDC_SWEEP_DESIGNS");
    const long designs = env ? std::max(1L, std::atol(env)) : 100'000L;
    benchmark::RegisterBenchmark("BM_SweepOneThread", BM_SweepOneThread)
        ->Arg(std::max(1L, designs / 10))
        ->Arg(designs)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
    benchmark::RegisterBenchmark("BM_SweepTwoThreads", BM_SweepTwoThreads)
        ->Arg(designs)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
    const std::string suffix = fmt::format(
        "/{}/iterations:1/real_time", designs); // (not operator+: GCC 12 -Wrestrict false positive)
    const std::string tenth = fmt::format("/{}/iterations:1/real_time", std::max(1L, designs / 10));
    return spacedc::bench::run_with_ratios(
        argc, argv,
        {{"size_node: own orbit environment / shared", "BM_SizeNodeWithOrbit",
          "BM_SizeNodeSharedOrbit"},
         {"size_node: orbit shared / orbit and array response shared", "BM_SizeNodeSharedOrbit",
          "BM_SizeNodeSharedOrbitAndArray"},
         {"sweep: parallel speed-up, 1 thread / 2 threads",
          fmt::format("BM_SweepOneThread{}", suffix), fmt::format("BM_SweepTwoThreads{}", suffix),
          true},
         {"sweep: time(10N) / time(N) on one thread (goal <= 11)",
          fmt::format("BM_SweepOneThread{}", suffix), fmt::format("BM_SweepOneThread{}", tenth),
          true}});
}
