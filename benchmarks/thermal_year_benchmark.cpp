// A year of orbits for a node model of 30 nodes (8 chip groups on 8 cold plates, one
// pumped loop, a radiator in 12 segments with the orbital environment on both faces,
// space), at 650 km dawn-dusk through 2027's eclipse season: every day's orbit as its
// periodic steady state (cycles_through_year) against a plain step-by-step integration of
// the same days with the same step (the orbit's beta held per day). The step-by-step run
// is timed over 10 days and its ratio scaled to the 365, which the label says.

#include "ratio_reporter.hpp"

#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/thermal/network_solver.hpp>
#include <spacedc/thermal/orbit_year.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace {

namespace u = spacedc::units;
namespace th = spacedc::thermal;

const u::length altitude{650e3 * u::meters};
constexpr int steps_per_orbit = 120;

th::thermal_network node_model() {
    const th::orbit_pass pass{.altitude = altitude, .beta = u::angle{1.0 * u::radians}};
    th::thermal_network net;
    net.add_node({.name = "space", .fixed_temperature = u::temperature{2.725 * u::kelvin}});
    net.add_node({.name = "loop", .capacitance = u::heat_capacity{4e5 * u::joules_per_kelvin}});
    for (int i = 0; i < 8; ++i) {
        const std::string chips = fmt::format("chips{}", i), plate = fmt::format("plate{}", i);
        net.add_node({.name = chips, .capacitance = u::heat_capacity{5e3 * u::joules_per_kelvin}});
        net.add_node({.name = plate, .capacitance = u::heat_capacity{2e4 * u::joules_per_kelvin}});
        net.add_conductor(chips, plate, u::thermal_conductance{540.0 * u::watts_per_kelvin});
        net.add_conductor(plate, "loop", u::thermal_conductance{900.0 * u::watts_per_kelvin});
        net.add_load(chips,
                     th::sunlit_schedule{.pass = pass, .sunlit = u::power{12.5e3 * u::watts}});
    }
    for (int j = 0; j < 12; ++j) {
        const std::string segment = fmt::format("radiator{}", j);
        net.add_node(
            {.name = segment, .capacitance = u::heat_capacity{4.8e4 * u::joules_per_kelvin}});
        net.add_conductor("loop", segment, u::thermal_conductance{830.0 * u::watts_per_kelvin});
        net.add_radiation(segment, "space", u::area{21.7 * u::square_meters}, 0.9, 1.0);
        if (j > 0)
            net.add_conductor(segment, fmt::format("radiator{}", j - 1),
                              u::thermal_conductance{20.0 * u::watts_per_kelvin});
        for (bool back : {false, true}) {
            net.add_load(segment,
                         th::environment_schedule{
                             .pass = pass,
                             .orientation = th::radiator_orientation::edge_on,
                             .area = u::area{10.8 * u::square_meters},
                             .optics = {.solar_absorptivity = 0.2, .infrared_emissivity = 0.9},
                             .back_face = back});
        }
    }
    return net;
}

const spacedc::orbit::annual_sunlight& sunlight() {
    static const auto year = spacedc::orbit::analyse_year(
        {.altitude = altitude, .ltan = u::duration{6.0 * 3600.0 * u::seconds}},
        std::chrono::year{2027});
    return year;
}

/// The days of the eclipse season first, so the 10 step-by-step days are hard ones.
std::size_t first_eclipse_day() {
    const auto& days = sunlight().days;
    const auto it = std::max_element(days.begin(), days.end(), [](const auto& a, const auto& b) {
        return a.eclipse < b.eclipse;
    });
    return static_cast<std::size_t>(it - days.begin()) >= 10
               ? static_cast<std::size_t>(it - days.begin()) - 10
               : 0;
}

void BM_YearOfOrbits(benchmark::State& state) {
    const auto net = node_model();
    const th::periodic_options options{.period = spacedc::orbit::orbital_period(altitude),
                                       .steps = steps_per_orbit,
                                       .tolerance =
                                           u::temperature_difference{1e-5 * u::kelvin_difference}};
    for (auto _ : state) {
        const auto year = th::cycles_through_year(net, sunlight(), altitude, options);
        benchmark::DoNotOptimize(year.days.back().minimum.front());
    }
    state.counters["days"] = static_cast<double>(sunlight().days.size());
}

void BM_StepByStepDays(benchmark::State& state) {
    const std::size_t count = static_cast<std::size_t>(state.range(0));
    const std::size_t first = first_eclipse_day();
    const auto model = node_model();
    std::vector<th::thermal_network> days;
    for (std::size_t d = first; d < first + count; ++d) {
        days.push_back(model);
        days.back().set_orbit({.altitude = altitude, .beta = sunlight().days[d].beta});
        days.back().set_solar_flux(sunlight().days[d].solar_flux);
    }
    // The same network, each load picking the day's.
    th::thermal_network stepped;
    for (const auto& n : model.nodes()) stepped.add_node(n);
    for (const auto& c : model.conductors()) stepped.add_conductor(c.from, c.to, c.conductance);
    for (const auto& r : model.radiation()) stepped.add_radiation(r.from, r.to, r.exchange_factor);
    for (std::size_t k = 0; k < model.loads().size(); ++k) {
        stepped.add_load(
            model.nodes()[model.loads()[k].node].name, [&days, k, count](u::duration t) {
                const auto d = std::min(count - 1, static_cast<std::size_t>(t.value() / 86400.0));
                return days[d].loads()[k].power(t);
            });
    }
    const double period = spacedc::orbit::orbital_period(altitude).value();
    const th::transient_options options{
        .duration = u::duration{86400.0 * static_cast<double>(count) * u::seconds},
        .step = u::duration{period / steps_per_orbit * u::seconds},
        .output_interval = u::duration{3600.0 * u::seconds}};
    for (auto _ : state) {
        const auto h = th::transient(stepped, options);
        benchmark::DoNotOptimize(h.temperatures.back().front());
    }
}

BENCHMARK(BM_YearOfOrbits)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StepByStepDays)->Arg(10)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    return spacedc::bench::run_with_ratios(
        argc, argv,
        {{.label = "step-by-step year (10 days timed, x 36.5) / year of periodic orbits",
          .numerator = "BM_StepByStepDays/10",
          .denominator = "BM_YearOfOrbits",
          .scale = 36.5}});
}
