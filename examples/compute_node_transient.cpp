// How far do the chips of a 100 kW node cool in an eclipse, and how fast do they
// recover?
//
// The network of examples/configs/compute_node_network.toml (chips -> cold plates ->
// pumped loop -> radiator -> space), with compute on in sunlight and off during a
// 19.7-minute eclipse of a 97.7-minute orbit (650 km, the longest eclipse of the
// year); starting from steady state, three orbits with BDF2 at 10 s; a plot.
//
// Run: compute_node_transient [CONFIG_DIR] [OUTPUT_DIR]

#include "arguments.hpp"
#include "gnuplot.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/io/network_file.hpp>
#include <spacedc/thermal/network_solver.hpp>

#include <fmt/format.h>
#include <fmt/os.h>

#include <algorithm>
#include <cmath>

int main(int argc, char** argv) {
    namespace u = spacedc::units;
    namespace th = spacedc::thermal;
    try {
        const auto args = examples::arguments(
            argc, argv, "[CONFIG_DIR] [DIR]",
            "How far do the chips of a 100 kW node cool in an eclipse, and how fast do they "
            "recover? Reads CONFIG_DIR/compute_node_network.toml (default: examples/configs); "
            "writes compute_node_transient.csv and .svg to DIR (default: here).",
            {"examples/configs", "."});
        if (!args) return 0;
        const std::string configs = (*args)[0];
        const std::string dir = examples::output_folder((*args)[1]);
        const double period = 5863.7, eclipse = 1183.6; // 650 km; longest eclipse of 2027
        // The model's constant 100 kW, for the sunlit steady state ...
        th::thermal_network net =
            spacedc::io::read_thermal_network(configs + "/compute_node_network.toml");
        const auto steady = th::steady_state(net);
        // ... then the same network with compute off in the last `eclipse` seconds of
        // each orbit, started from that steady state.
        th::thermal_network start;
        for (const auto& n : net.nodes()) start.add_node(n);
        for (const auto& c : net.conductors())
            start.add_conductor(net.nodes()[c.from].name, net.nodes()[c.to].name, c.conductance);
        for (const auto& r : net.radiation())
            start.add_radiation(net.nodes()[r.from].name, net.nodes()[r.to].name,
                                r.exchange_factor);
        start.add_load("chips", [=](u::duration t) {
            return std::fmod(t.value(), period) < period - eclipse ? u::power{1e5 * u::watts}
                                                                   : u::power{0.0 * u::watts};
        });
        start.set_initial_temperatures(steady.temperatures);

        const auto h = th::transient(start, {.duration = u::duration{3.0 * period * u::seconds},
                                             .step = u::duration{10.0 * u::seconds}});
        const std::size_t chips = start.node("chips"), radiator = start.node("radiator");
        double chips_min = 1e9, radiator_min = 1e9;
        for (const auto& t : h.temperatures) {
            chips_min = std::min(chips_min, t[chips].value());
            radiator_min = std::min(radiator_min, t[radiator].value());
        }
        fmt::print("100 kW node, chips off in a {:.1f}-min eclipse every {:.1f}-min orbit\n",
                   eclipse / 60.0, period / 60.0);
        fmt::print("  steady sunlit: chips {:.1f}, radiator {:.1f}\n", steady.temperatures[chips],
                   steady.temperatures[radiator]);
        fmt::print("  coldest in eclipse: chips {:.1f} K, radiator {:.1f} K\n", chips_min,
                   radiator_min);
        fmt::print("  energy: supplied {:.4g}, rejected {:.4g}, stored {:.4g}\n", h.supplied,
                   h.rejected, h.stored);

        const std::string csv = dir + "/compute_node_transient.csv";
        {
            auto out = fmt::output_file(csv);
            out.print("time_min,chips_k,cold_plates_k,loop_k,radiator_k\n");
            for (std::size_t k = 0; k < h.times.size(); ++k) {
                out.print("{:.3f},{:.3f},{:.3f},{:.3f},{:.3f}\n", h.times[k].value() / 60.0,
                          h.temperatures[k][chips].value(),
                          h.temperatures[k][start.node("cold_plates")].value(),
                          h.temperatures[k][start.node("loop")].value(),
                          h.temperatures[k][radiator].value());
            }
        }
        examples::run_gnuplot(fmt::format(
            "set terminal svg size 900,500 dynamic background rgb 'white'\n"
            "set output '{0}/compute_node_transient.svg'\nset datafile separator ','\n"
            "set title '100 kW node through three orbits with eclipses (compute off in eclipse)'\n"
            "set xlabel 'time (min)'\nset ylabel 'temperature (K)'\nset grid\n"
            "set key outside right top\nset xrange [0:*]\n"
            "set offsets 0, 0, graph 0.05, graph 0.05\n" // headroom above and below
            "plot '{1}' using 1:2 skip 1 with lines lw 2 title 'chips', "
            "'{1}' using 1:3 skip 1 with lines lw 2 title 'cold plates', "
            "'{1}' using 1:4 skip 1 with lines lw 2 title 'coolant loop', "
            "'{1}' using 1:5 skip 1 with lines lw 2 title 'radiator'\n",
            dir, csv));
        fmt::print("\nWrote {} and {}/compute_node_transient.svg\n", csv, dir);
        return 0;
    } catch (const spacedc::error& e) {
        fmt::print(stderr, "compute_node_transient: {}\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "compute_node_transient: {}\n", e.what());
        return 1;
    }
}
