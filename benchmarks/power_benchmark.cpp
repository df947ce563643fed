// The whole power sizing of one design, including its annual sunlight analysis:
// designs per second, and the share the sunlight analysis takes.

#include "ratio_reporter.hpp"

#include <spacedc/power/power_budget.hpp>

namespace {

namespace u = spacedc::units;
namespace o = spacedc::orbit;
namespace pw = spacedc::power;

const o::sun_synchronous_orbit orbit{.altitude = u::length{650e3 * u::meters},
                                     .ltan = u::duration{6.0 * 3600.0 * u::seconds}};
const pw::power_spec spec{.loads = {.compute = u::power{1e5 * u::watts}},
                          .array = {.cells = {.efficiency = 0.30}}};

void BM_PowerSizingWholeDesign(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(pw::size_power(spec, orbit, std::chrono::year{2027}));
    state.counters["designs_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PowerSizingWholeDesign)->Unit(benchmark::kMicrosecond);

void BM_AnnualSunlightOnly(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(o::analyse_year(orbit, std::chrono::year{2027}));
}
BENCHMARK(BM_AnnualSunlightOnly)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    return spacedc::bench::run_with_ratios(
        argc, argv,
        {{"annual sunlight / whole power sizing", "BM_AnnualSunlightOnly",
          "BM_PowerSizingWholeDesign"}});
}
