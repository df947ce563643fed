// The radiator kernel on typed quantities against the same arithmetic on raw
// doubles: Boost.Units should cost nothing (goal: typed/raw <= 1.02); and the full
// sizing with the environment and fins, in sizings per second.

#include "ratio_reporter.hpp"

#include <spacedc/thermal/radiator.hpp>
#include <spacedc/thermal/view_factor.hpp>

#include <vector>

namespace {

namespace u = spacedc::units;
namespace th = spacedc::thermal;

std::vector<double> radiator_temperatures() {
    std::vector<double> t(1024);
    for (std::size_t i = 0; i < t.size(); ++i) t[i] = 250.0 + 0.1 * static_cast<double>(i);
    return t;
}

// Typed kernel without the argument checks, to measure the unit layer alone.
u::area typed_area(u::power heat, u::dimensionless eps, u::temperature t, u::temperature sink) {
    const auto t4 = boost::units::pow<4>(u::above_absolute_zero(t));
    const auto s4 = boost::units::pow<4>(u::above_absolute_zero(sink));
    return heat / (2.0 * eps * spacedc::constants::stefan_boltzmann * (t4 - s4));
}

double raw_area(double heat, double eps, double t, double sink) {
    constexpr double sigma = 5.670374419e-8;
    return heat / (2.0 * eps * sigma * (t * t * t * t - sink * sink * sink * sink));
}

void BM_RadiatorAreaTyped(benchmark::State& state) {
    const auto temps = radiator_temperatures();
    const u::power heat{1e5 * u::watts};
    const u::temperature sink = spacedc::constants::cosmic_background;
    for (auto _ : state) {
        for (double t : temps) {
            benchmark::DoNotOptimize(typed_area(heat, 0.9, u::temperature{t * u::kelvin}, sink));
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(temps.size()));
}
BENCHMARK(BM_RadiatorAreaTyped);

void BM_RadiatorAreaRaw(benchmark::State& state) {
    const auto temps = radiator_temperatures();
    for (auto _ : state) {
        for (double t : temps) benchmark::DoNotOptimize(raw_area(1e5, 0.9, t, 2.725));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(temps.size()));
}
BENCHMARK(BM_RadiatorAreaRaw);

// The public, checked function: what argument validation costs on top.
void BM_RadiatorAreaChecked(benchmark::State& state) {
    const auto temps = radiator_temperatures();
    for (auto _ : state) {
        for (double t : temps) {
            const th::radiator_surface panel{.emissivity = 0.9,
                                             .surface_temperature = u::temperature{t * u::kelvin},
                                             .radiating_faces = 2};
            benchmark::DoNotOptimize(th::radiator_area(u::power{1e5 * u::watts}, panel));
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(temps.size()));
}
BENCHMARK(BM_RadiatorAreaChecked);

// The orbit-average view of a face: the closed form against the 720-point midpoint sum
// it replaced (kept as its test oracle), and one plate-to-sphere view factor.
void BM_OrbitAverageViewClosedForm(benchmark::State& state) {
    const u::length altitude{650e3 * u::meters};
    for (auto _ : state) {
        benchmark::DoNotOptimize(th::orbit_average_view(th::radiator_orientation::nadir, altitude,
                                                        u::from_degrees(40.0), false));
    }
}
BENCHMARK(BM_OrbitAverageViewClosedForm);

void BM_OrbitAverageViewSampled720(benchmark::State& state) {
    const u::length altitude{650e3 * u::meters};
    for (auto _ : state) {
        benchmark::DoNotOptimize(th::orbit_average_view_sampled(
            th::radiator_orientation::nadir, altitude, u::from_degrees(40.0), false, 720));
    }
}
BENCHMARK(BM_OrbitAverageViewSampled720)->Unit(benchmark::kMicrosecond);

void BM_PlateToSphereViewFactor(benchmark::State& state) {
    const u::length altitude{650e3 * u::meters};
    double tilt = 1.0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(th::earth_view_factor(altitude, u::angle{tilt * u::radians}));
        tilt = tilt < 2.0 ? tilt + 1e-3 : 1.0;
    }
}
BENCHMARK(BM_PlateToSphereViewFactor);

// Full sizing: hot-case orbit-average environment on both faces of an edge-on panel
// (closed form), fin efficiency by shooting, and the area.
void BM_RadiatorSizingWithEnvironmentAndFins(benchmark::State& state) {
    const th::surface_optics paint{.solar_absorptivity = 0.2, .infrared_emissivity = 0.9};
    const th::radiating_fin fin{.conductivity = 167.0 * u::watts_per_meter_kelvin,
                                .thickness = u::length{1e-3 * u::meters},
                                .half_width = u::length{0.1 * u::meters}};
    const u::length altitude{650e3 * u::meters};
    const u::angle beta = u::from_degrees(60.0);
    for (auto _ : state) {
        th::radiator_panel panel{.optics = paint, .absorbed_per_face = {}, .fin = fin};
        for (bool back : {false, true}) {
            panel.absorbed_per_face.push_back(th::absorbed_flux(
                paint, th::hot_case(),
                th::orbit_average_view(th::radiator_orientation::edge_on, altitude, beta, back)));
        }
        benchmark::DoNotOptimize(
            th::size_radiator(u::power{1e5 * u::watts}, u::temperature{320.0 * u::kelvin}, panel));
    }
    state.counters["sizings_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RadiatorSizingWithEnvironmentAndFins)->Unit(benchmark::kMicrosecond);

// The same panel with its environment already known: the fin solve and the area.
void BM_RadiatorSizingFinsOnly(benchmark::State& state) {
    const th::radiator_panel panel{
        .optics = {.solar_absorptivity = 0.2, .infrared_emissivity = 0.9},
        .absorbed_per_face = {u::heat_flux{60.0 * u::watts_per_square_meter},
                              u::heat_flux{60.0 * u::watts_per_square_meter}},
        .fin = th::radiating_fin{.conductivity = 167.0 * u::watts_per_meter_kelvin,
                                 .thickness = u::length{1e-3 * u::meters},
                                 .half_width = u::length{0.1 * u::meters}}};
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            th::size_radiator(u::power{1e5 * u::watts}, u::temperature{320.0 * u::kelvin}, panel));
    }
    state.counters["sizings_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RadiatorSizingFinsOnly)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    return spacedc::bench::run_with_ratios(
        argc, argv,
        {{"typed / raw (goal <= 1.02)", "BM_RadiatorAreaTyped", "BM_RadiatorAreaRaw"},
         {"checked public API / raw", "BM_RadiatorAreaChecked", "BM_RadiatorAreaRaw"},
         {"fins and area only / full sizing with environment", "BM_RadiatorSizingFinsOnly",
          "BM_RadiatorSizingWithEnvironmentAndFins"},
         {"orbit-average view: 720-point sum / closed form", "BM_OrbitAverageViewSampled720",
          "BM_OrbitAverageViewClosedForm"}});
}
