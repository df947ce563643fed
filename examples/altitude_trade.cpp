// Is flying high enough to need no battery worth its radiation?
//
// The default 100 kW node (node_spec{}, docs/node.md: dawn-dusk LTAN 06:00, 5-year life)
// sized from 500 to 2000 km with each way of riding through the
// eclipses: none (compute off, the loop may freeze), a battery for the compute, a survival
// heater with its battery, or water added as thermal capacitance. For each: compute W per
// launched kg, and the mission dose behind 5 mm Al (SPENVIS tables, ../shared/LITERATURE.md)
// against the accelerators' tolerance: 2 krad (Suncatcher: HBM irregularities begin) and
// 15 krad (no hard failure). Writes altitude_trade.csv and altitude_trade.svg.
//
// Run: altitude_trade [OUTPUT_DIR]   (default: the current directory)

#include "arguments.hpp"
#include "gnuplot.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/node/altitude_trade.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>

#include <fmt/format.h>
#include <fmt/os.h>

#include <filesystem>
#include <map>
#include <vector>

int main(int argc, char** argv) {
    namespace u = spacedc::units;
    namespace nd = spacedc::node;
    try {
        const auto args =
            examples::arguments(argc, argv, "[DIR]",
                                "Is flying high enough to need no battery worth its radiation? "
                                "Writes altitude_trade.csv and .svg to DIR (default: here).",
                                {"."});
        if (!args) return 0;
        const std::string dir = examples::output_folder((*args)[0]);
        if (dir.starts_with("-")) {
            fmt::print("usage: altitude_trade [OUTPUT_DIR]\n");
            return dir == "--help" || dir == "-h" ? 0 : 2;
        }
        std::filesystem::create_directories(dir);
        nd::node_spec base{};
        base.mission_life = u::duration{5.0 * 365.25 * 86400.0 * u::seconds};
        std::vector<u::length> heights;
        for (double km = 500.0; km <= 2000.0; km += 50.0)
            heights.push_back(u::length{km * 1e3 * u::meters});
        const auto points = nd::altitude_trade(base, heights);
        const auto free = spacedc::orbit::lowest_eclipse_free_altitude(
            base.orbit.ltan, std::chrono::year{base.orbit.year});

        // One row per altitude: W/kg of each strategy that keeps the loop above its floor.
        struct row {
            std::map<nd::eclipse_strategy, double> w_per_kg;
            double dose_krad = 0.0;
            bool eclipse_free = false;
        };
        std::map<double, row> rows;
        for (const auto& p : points) {
            auto& r = rows[p.altitude.value() / 1e3];
            r.dose_krad = p.design.mission_dose().value() / 10.0;
            r.eclipse_free = p.design.sunlight.eclipse_free();
            // Added water brings the loop to its floor exactly as the eclipse ends: 1 mK of
            // round-off is not a freeze.
            const bool survives =
                p.design.feasible() &&
                p.design.cold.coldest_loop.value() >= base.thermal.survival_floor.value() - 1e-3;
            if (survives) r.w_per_kg[p.strategy] = p.design.compute_power_per_mass.value();
        }
        const std::string csv = dir + "/altitude_trade.csv";
        auto out = fmt::output_file(csv);
        out.print("altitude_km,none,compute_battery,survival_heater,thermal_capacitance,"
                  "dose_krad\n");
        fmt::print("100 kW node, dawn-dusk, 5 years: compute W per launched kg by way through "
                   "eclipse\n(- : the loop freezes or nothing to ride through), and the "
                   "mission dose behind 5 mm Al\n\n{:>8} {:>9} {:>9} {:>9} {:>9} {:>10}\n",
                   "km", "none", "battery", "heater", "water", "dose krad");
        for (const auto& [km, r] : rows) {
            auto cell = [&](nd::eclipse_strategy s) {
                const auto it = r.w_per_kg.find(s);
                return it == r.w_per_kg.end() ? std::string{"-"}
                                              : fmt::format("{:.2f}", it->second);
            };
            auto number = [&](nd::eclipse_strategy s) {
                const auto it = r.w_per_kg.find(s);
                return it == r.w_per_kg.end() ? std::string{"NaN"} : fmt::format("{}", it->second);
            };
            using s = nd::eclipse_strategy;
            if (static_cast<int>(km) % 100 == 0) {
                fmt::print("{:>8.0f} {:>9} {:>9} {:>9} {:>9} {:>10.2f}{}\n", km, cell(s::none),
                           cell(s::compute_battery), cell(s::survival_heater),
                           cell(s::thermal_capacitance), r.dose_krad,
                           r.dose_krad > 15.0  ? "  > 15 krad"
                           : r.dose_krad > 2.0 ? "  > 2 krad"
                                               : "");
            }
            out.print("{},{},{},{},{},{}\n", km, number(s::none), number(s::compute_battery),
                      number(s::survival_heater), number(s::thermal_capacitance), r.dose_krad);
        }
        out.close();
        const double free_km = free.altitude ? free.altitude->value() / 1e3 : 0.0;
        fmt::print("\nEclipse-free from {:.0f} km; there the node needs no battery, but its chips "
                   "take {:.1f} krad in 5 years.\n",
                   free_km, rows.lower_bound(free_km)->second.dose_krad);
        examples::run_gnuplot(fmt::format(
            "set terminal svg size 960,540 dynamic background rgb 'white'\n"
            "set output '{0}/altitude_trade.svg'\nset datafile separator ','\n"
            "set datafile missing 'NaN'\n"
            "set title 'Is no battery worth flying high? 100 kW node, dawn-dusk, 5 years'\n"
            "set xlabel 'altitude (km)'\nset ylabel 'compute power per launched kg (W/kg)'\n"
            "set y2label 'mission dose behind 5 mm Al (krad)'\nset logscale y2\n"
            "set y2range [0.5:200]\nset y2tics\nset ytics nomirror\nset grid\n"
            "set xrange [450:2050]\nset key below maxrows 3\n"
            "set arrow from {2},graph 0 to {2},graph 1 nohead dt 2 lc rgb 'gray40'\n"
            "set label 'eclipse-free' at {2},graph 0.05 offset 0.5,0 textcolor rgb 'gray40'\n"
            "plot '{1}' using 1:2 skip 1 with lines lw 2 title 'none (loop must not freeze)', "
            "'{1}' using 1:3 skip 1 with lines lw 2 title 'battery for compute', "
            "'{1}' using 1:4 skip 1 with lines lw 2 title 'survival heater + battery', "
            "'{1}' using 1:5 skip 1 with lines lw 2 title 'added water', "
            "'{1}' using 1:6 skip 1 axes x1y2 with lines lw 2 dt 4 lc rgb 'black' "
            "title 'dose (right axis)', "
            "2 axes x1y2 with lines dt 3 lc rgb 'red' title '2 krad (HBM onset)', "
            "15 axes x1y2 with lines dt 3 lc rgb 'dark-red' title '15 krad (no hard failure)'\n",
            dir, csv, free_km));
        fmt::print("Wrote {} and {}/altitude_trade.svg\n", csv, dir);
    } catch (const spacedc::error& e) {
        fmt::print(stderr, "error: {}\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "error: {}\n", e.what());
        return 1;
    }
    return 0;
}
