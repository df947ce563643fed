// The whole power sizing of one design, including its annual sunlight analysis:
// designs per second, and the share the sunlight analysis takes; and the array's
// response (end and beginning of life over the year's flux range) from the balance's
// power series against interpolation through exact operating points, its test oracle.

#include "ratio_reporter.hpp"

#include <spacedc/power/array_response.hpp>
#include <spacedc/power/flux_year.hpp>
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

const pw::flux_year year = pw::summarise_flux(o::analyse_year(orbit, std::chrono::year{2027}));

void BM_ArrayResponseSeries(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(pw::prepare_array(spec.array, spec.mission_life, year));
}
BENCHMARK(BM_ArrayResponseSeries)->Unit(benchmark::kNanosecond);

void BM_ArrayResponseInterpolated(benchmark::State& state) {
    const double eol_years = spec.mission_life.value() / (365.25 * 86400.0);
    const pw::flux_response range{.low = year.low.value(), .high = year.high.value()};
    for (auto _ : state) {
        pw::validate(spec.array);
        benchmark::DoNotOptimize(pw::detail::interpolate_at_chebyshev_points(
            spec.array, range, pw::detail::derate(spec.array, eol_years)));
        benchmark::DoNotOptimize(pw::detail::interpolate_at_chebyshev_points(
            spec.array, range, pw::detail::derate(spec.array, 0.0)));
    }
}
BENCHMARK(BM_ArrayResponseInterpolated)->Unit(benchmark::kNanosecond);

} // namespace

int main(int argc, char** argv) {
    return spacedc::bench::run_with_ratios(
        argc, argv,
        {{"annual sunlight / whole power sizing", "BM_AnnualSunlightOnly",
          "BM_PowerSizingWholeDesign"},
         {"array response: interpolated through 16 exact points / power series",
          "BM_ArrayResponseInterpolated", "BM_ArrayResponseSeries"}});
}
