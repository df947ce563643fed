// When in the year does a battery-free node get coldest, and does its water loop freeze?
//
// The node of examples/configs/compute_node_orbit.toml (compute on in sunlight, off in
// the shadow; the radiator absorbing the Sun, albedo and Earth infrared on both faces as
// it goes round) in its 650 km dawn-dusk orbit: every day's orbit of the year solved as
// its periodic steady state (thermal/orbit_year.hpp), each node's coldest and hottest
// temperature per day, and a plot with the eclipse season shaded and the water loop's
// freezing point drawn.
//
// Run: node_through_the_year [CONFIG_DIR] [OUTPUT_DIR]
// Writes OUTPUT_DIR/node_through_the_year.csv and OUTPUT_DIR/node_through_the_year.svg.

#include "arguments.hpp"
#include "gnuplot.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/io/network_file.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/thermal/orbit_year.hpp>

#include <fmt/format.h>
#include <fmt/os.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace {

/// Days since 1 January of the date's year (0-based).
int day_of_year(std::chrono::year_month_day date) {
    const std::chrono::sys_days day{date};
    const std::chrono::sys_days first{date.year() / std::chrono::January / 1};
    return static_cast<int>((day - first).count());
}

/// YYYY-MM-DD.
std::string iso(std::chrono::year_month_day date) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace

int main(int argc, char** argv) {
    namespace u = spacedc::units;
    namespace th = spacedc::thermal;
    namespace o = spacedc::orbit;
    try {
        const auto args = examples::arguments(
            argc, argv, "[CONFIG_DIR] [DIR]",
            "When in the year does a battery-free node get coldest, and does its water loop "
            "freeze? Reads CONFIG_DIR/compute_node_orbit.toml (default: examples/configs); writes "
            "node_through_the_year.csv and .svg to DIR (default: here).",
            {"examples/configs", "."});
        if (!args) return 0;
        const std::string configs = (*args)[0];
        const std::string dir = examples::output_folder((*args)[1]);
        const auto model = spacedc::io::read_network_model(configs + "/compute_node_orbit.toml");
        const auto& orbit = model.orbit.value();
        const auto sunlight =
            o::analyse_year({.altitude = orbit.altitude, .ltan = orbit.ltan}, orbit.year);

        const auto started = std::chrono::steady_clock::now();
        const auto year =
            th::cycles_through_year(model.network, sunlight, orbit.altitude,
                                    {.period = o::orbital_period(orbit.altitude), .steps = 120});
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;

        const auto& net = model.network;
        const std::size_t chips = net.node("chips"), loop = net.node("loop"),
                          radiator = net.node("radiator");
        const u::temperature freezing{273.15 * u::kelvin};
        int freezing_days = 0;
        for (const auto& d : year.days) freezing_days += d.minimum[loop] < freezing ? 1 : 0;

        fmt::print("100 kW battery-free node, {:.0f} dawn-dusk, {}: {} orbits solved in {:.2f} s\n",
                   orbit.altitude, static_cast<int>(orbit.year), year.days.size(), took.count());
        for (const auto& [name, i] : {std::pair{"chips", chips}, std::pair{"loop", loop},
                                      std::pair{"radiator", radiator}}) {
            const auto& cold = year.days[year.coldest_day[i]];
            const auto& hot = year.days[year.hottest_day[i]];
            fmt::print("  {:<9} coldest {:.1f} on {} (eclipse {:.1f} min), hottest {:.1f} on {}\n",
                       name, cold.minimum[i], iso(cold.date), cold.eclipse.value() / 60.0,
                       hot.maximum[i], iso(hot.date));
        }
        fmt::print("  the water loop falls below {:.2f} on {} days of the year{}\n", freezing,
                   freezing_days,
                   freezing_days > 0 ? ": it needs a heater, more thermal mass, another fluid "
                                       "or an eclipse-free orbit (spacedc size prints each)"
                                     : "");

        const std::string csv = dir + "/node_through_the_year.csv";
        {
            auto out = fmt::output_file(csv);
            out.print("day,date,beta_deg,eclipse_min,chips_min_k,chips_max_k,loop_min_k,loop_max_k,"
                      "radiator_min_k,radiator_max_k\n");
            for (const auto& d : year.days) {
                out.print("{},{},{:.3f},{:.3f},{:.3f},{:.3f},{:.3f},{:.3f},{:.3f},{:.3f}\n",
                          day_of_year(d.date), iso(d.date), u::in_degrees(d.beta),
                          d.eclipse.value() / 60.0, d.minimum[chips].value(),
                          d.maximum[chips].value(), d.minimum[loop].value(),
                          d.maximum[loop].value(), d.minimum[radiator].value(),
                          d.maximum[radiator].value());
            }
        }

        // The eclipse season(s): runs of days with an eclipse, shaded.
        std::string shading;
        for (std::size_t k = 0; k < year.days.size();) {
            if (year.days[k].eclipse.value() <= 0.0) {
                ++k;
                continue;
            }
            const std::size_t first = k;
            while (k < year.days.size() && year.days[k].eclipse.value() > 0.0) ++k;
            shading += fmt::format("set object rect from {:.1f}, graph 0 to {:.1f}, graph 1 behind "
                                   "fillcolor rgb '#dde3f0' fillstyle solid noborder\n",
                                   day_of_year(year.days[first].date) - 0.5,
                                   day_of_year(year.days[k - 1].date) + 0.5);
        }
        examples::run_gnuplot(fmt::format(
            "set terminal svg size 1000,550 dynamic background rgb 'white'\n"
            "set output '{0}/node_through_the_year.svg'\nset datafile separator ','\n"
            "set title 'Battery-free 100 kW node through {2}: each orbit''s coldest and "
            "hottest (eclipse season shaded)'\n"
            "set xlabel 'day of the year'\nset ylabel 'temperature (K)'\nset grid\n"
            "set key outside right\nset xrange [0:365]\n{3}"
            "plot '{1}' using 1:6 skip 1 with lines lw 2 lc rgb '#c0392b' title 'chips max', "
            "'' using 1:5 skip 1 with lines lw 2 lc rgb '#e67e22' title 'chips min', "
            "'' using 1:8 skip 1 with lines lw 2 lc rgb '#2e86c1' title 'loop max', "
            "'' using 1:7 skip 1 with lines lw 2 lc rgb '#1b4f72' title 'loop min', "
            "273.15 with lines dt 2 lc rgb 'black' title 'water freezes'\n",
            dir, csv, static_cast<int>(orbit.year), shading));
        fmt::print("\nWrote {} and {}/node_through_the_year.svg\n", csv, dir);
        return 0;
    } catch (const spacedc::error& e) {
        fmt::print(stderr, "node_through_the_year: {}\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "node_through_the_year: {}\n", e.what());
        return 1;
    }
}
