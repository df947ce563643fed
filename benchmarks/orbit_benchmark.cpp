// The annual sunlight analysis (365 days, analytic) against the brute-force
// propagation it is validated by (10 s steps through the year), in one run.

#include "ratio_reporter.hpp"

#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/orbit/shadow_propagation.hpp>

namespace {

namespace u = spacedc::units;
namespace o = spacedc::orbit;

const o::sun_synchronous_orbit dawn_dusk_650{.altitude = u::length{650e3 * u::meters},
                                             .ltan = u::duration{6.0 * 3600.0 * u::seconds}};

void BM_AnnualSunlightAnalytic(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(o::analyse_year(dawn_dusk_650, std::chrono::year{2027}));
}
BENCHMARK(BM_AnnualSunlightAnalytic)->Unit(benchmark::kMicrosecond);

void BM_AnnualSunlightBruteForce10s(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(o::propagate_sunlight(dawn_dusk_650, std::chrono::year{2027},
                                                       std::chrono::seconds{10}));
    }
}
BENCHMARK(BM_AnnualSunlightBruteForce10s)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_EclipseFreeAltitude(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            o::lowest_eclipse_free_altitude(dawn_dusk_650.ltan, std::chrono::year{2027}));
    }
}
BENCHMARK(BM_EclipseFreeAltitude)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    return spacedc::bench::run_with_ratios(
        argc, argv,
        {{"brute force (10 s steps) / analytic year: speed-up",
          "BM_AnnualSunlightBruteForce10s/iterations:2", "BM_AnnualSunlightAnalytic"}});
}
