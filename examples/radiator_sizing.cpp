// How much radiator does 100 kW of chips need?
//
// Two-sided panels (white paint: alpha 0.2, eps 0.9) in a 650 km dawn-dusk orbit
// (beta 60 deg, the low end of the year), hot-case environment averaged over the orbit,
// aluminium panel 1 mm thick between heat pipes 0.2 m apart, 5 kg/m^2. A table of area
// against radiator temperature for each orientation, the ideal (no environment, no
// fin) panel for reference, and how the area falls as the allowed junction temperature
// rises through a 0.05 K/W chip-to-pipe chain; a plot of area against temperature.
//
// Run: radiator_sizing [HEAT] [OUTPUT_DIR]   (defaults: "100 kW", the current directory)

#include "arguments.hpp"
#include "gnuplot.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/thermal/radiator.hpp>
#include <spacedc/thermal/thermal_chain.hpp>
#include <spacedc/thermal/view_factor.hpp>

#include <fmt/format.h>
#include <fmt/os.h>

#include <vector>

namespace {

namespace u = spacedc::units;
namespace th = spacedc::thermal;
using namespace spacedc::literals;

const th::surface_optics white_paint{.solar_absorptivity = 0.2, .infrared_emissivity = 0.9};
const th::radiating_fin aluminium{.conductivity = 167.0 * u::watts_per_meter_kelvin,
                                  .thickness = u::length{1e-3 * u::meters},
                                  .half_width = u::length{0.1 * u::meters}};

th::radiator_panel panel_facing(th::radiator_orientation orientation) {
    decltype(th::radiator_panel::absorbed_per_face) absorbed;
    for (bool back : {false, true}) {
        absorbed.push_back(
            th::absorbed_flux(white_paint, th::hot_case(),
                              th::orbit_average_view(orientation, 650.0_km, 60.0_deg, back)));
    }
    return {.optics = white_paint, .absorbed_per_face = absorbed, .fin = aluminium};
}

std::string area_text(const th::radiator_sizing& s) {
    return s.feasible ? fmt::format("{:.1f}", s.area.value()) : "infeasible";
}

} // namespace

int main(int argc, char** argv) {
    try {
        const auto args =
            examples::arguments(argc, argv, "[HEAT] [DIR]",
                                "How much radiator does HEAT (default 100 kW) of chips need? "
                                "Writes radiator_sizing.csv and .svg to DIR (default: here).",
                                {"100 kW", "."});
        if (!args) return 0;
        const u::power heat = spacedc::io::parse<u::power>((*args)[0], "heat");
        const std::string dir = examples::output_folder((*args)[1]);
        const std::vector orientations{
            th::radiator_orientation::edge_on, th::radiator_orientation::orbit_normal_dark,
            th::radiator_orientation::velocity, th::radiator_orientation::zenith,
            th::radiator_orientation::nadir};
        const th::radiator_panel ideal{.optics = white_paint,
                                       .absorbed_per_face = {0.0_W_per_m2, 0.0_W_per_m2}};

        fmt::print("Radiator panel area (m², planform, two faces) to reject {}\n\n", heat);
        fmt::print("{:>8}  {:>8}", "T (K)", "ideal");
        for (auto o : orientations) fmt::print("  {:>18}", th::to_string(o));
        fmt::print("\n");
        const std::string csv = dir + "/radiator_sizing.csv";
        auto out = fmt::output_file(csv);
        out.print("temperature_k,ideal_m2,edge_on_m2,velocity_m2\n");
        for (double kelvin = 270.0; kelvin <= 370.0; kelvin += 10.0) {
            const u::temperature t{kelvin * u::kelvin};
            fmt::print("{:>8.0f}  {:>8}", kelvin, area_text(th::size_radiator(heat, t, ideal)));
            for (auto o : orientations)
                fmt::print("  {:>18}", area_text(th::size_radiator(heat, t, panel_facing(o))));
            fmt::print("\n");
            const auto edge =
                th::size_radiator(heat, t, panel_facing(th::radiator_orientation::edge_on));
            const auto vel =
                th::size_radiator(heat, t, panel_facing(th::radiator_orientation::velocity));
            out.print("{},{},{},{}\n", kelvin, th::size_radiator(heat, t, ideal).area.value(),
                      edge.feasible ? edge.area.value() : 0.0,
                      vel.feasible ? vel.area.value() : 0.0);
        }
        out.close();

        fmt::print("\nAllowed junction temperature -> hottest radiator (700 W chips, 0.05 K/W to "
                   "the pipes) -> "
                   "edge-on area\n");
        const th::thermal_chain chain{
            .per_chip = {{"junction to heat pipe", 0.05 * u::kelvin_per_watt}}};
        const int chips = static_cast<int>(heat / (700.0 * u::watts)) + 1;
        for (double tj : {338.0, 348.0, 358.0, 368.0, 378.0}) {
            const auto t =
                th::max_radiator_temperature(chain, u::temperature{tj * u::kelvin}, 700.0_W, chips);
            const auto s =
                th::size_radiator(heat, t, panel_facing(th::radiator_orientation::edge_on));
            fmt::print("  {:>5.0f} K -> {:>8} -> {:>8} m², {:>6} kg\n", tj,
                       fmt::format("{:.1f}", t), area_text(s),
                       s.feasible ? fmt::format("{:.0f}", s.mass.value()) : "-");
        }

        examples::run_gnuplot(fmt::format(
            "set terminal svg size 900,500 dynamic background rgb 'white'\n"
            "set output '{0}/radiator_sizing.svg'\nset datafile separator ','\n"
            "set title 'Radiator area for {1}, 650 km dawn-dusk, hot case'\n"
            "set xlabel 'radiator temperature (K)'\nset ylabel 'panel area (m^2)'\nset grid\nset "
            "logscale y\n"
            "plot '{2}' using 1:2 skip 1 with linespoints lw 2 title 'ideal (no environment, "
            "isothermal)', "
            "'{2}' using 1:3 skip 1 with linespoints lw 2 title 'edge-on, fins', "
            "'{2}' using 1:4 skip 1 with linespoints lw 2 title 'velocity-facing, fins'\n",
            dir, fmt::format("{}", heat), csv));
        fmt::print("\nWrote {} and {}/radiator_sizing.svg\n", csv, dir);
        return 0;
    } catch (const spacedc::error& e) {
        fmt::print(stderr, "radiator_sizing: {}\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "radiator_sizing: {}\n", e.what());
        return 1;
    }
}
