// How much of a launched kilogram is chips, and what moves it?
//
// The reference 100 kW node (650 km dawn-dusk) with the radiator temperature set
// directly from 290 to 370 K, for three array technologies (specific power 60, 110 and
// 165 W/kg, Turyshev's range); the chip-to-support mass ratio of each, and a plot.
//
// Run: chip_mass_trade [OUTPUT_DIR]   (default: the current directory)

#include "arguments.hpp"
#include "gnuplot.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/node/size_node.hpp>

#include <fmt/format.h>
#include <fmt/os.h>

int main(int argc, char** argv) {
    namespace u = spacedc::units;
    namespace nd = spacedc::node;
    try {
        const auto args =
            examples::arguments(argc, argv, "[DIR]",
                                "How much of a launched kilogram is chips, and what moves it? "
                                "Writes chip_mass_trade.csv and .svg to DIR (default: here).",
                                {"."});
        if (!args) return 0;
        const std::string dir = examples::output_folder((*args)[0]);
        nd::node_spec base{};
        base.thermal.chain = {}; // the radiator temperature is the variable here
        // The orbit is the same for every design: prepared once.
        const auto orbit = nd::prepare_orbit(base.orbit, base.thermal.orientation);
        const double arrays[] = {60.0, 110.0, 165.0};
        fmt::print("Chip-to-support mass ratio of a 100 kW node (650 km dawn-dusk)\n\n{:>10}",
                   "radiator");
        for (double w : arrays) fmt::print("  {:>14}", fmt::format("{:.0f} W/kg array", w));
        fmt::print("\n");
        const std::string csv = dir + "/chip_mass_trade.csv";
        auto out = fmt::output_file(csv);
        out.print("radiator_k,ratio_60,ratio_110,ratio_165\n");
        for (double kelvin = 290.0; kelvin <= 370.0; kelvin += 10.0) {
            fmt::print("{:>8.0f} K", kelvin);
            out.print("{}", kelvin);
            for (double w : arrays) {
                nd::node_spec s = base;
                s.thermal.radiator_temperature = u::temperature{kelvin * u::kelvin};
                s.array.mass_basis = u::specific_power{w * u::watts_per_kilogram};
                const auto d = nd::size_node(s, orbit);
                fmt::print("  {:>14.4f}", d.mass.chip_to_support_ratio);
                out.print(",{}", d.mass.chip_to_support_ratio.value());
            }
            fmt::print("\n");
            out.print("\n");
        }
        out.close();
        examples::run_gnuplot(
            fmt::format("set terminal svg size 900,500 dynamic background rgb 'white'\n"
                        "set output '{0}/chip_mass_trade.svg'\nset datafile separator ','\n"
                        "set title 'Chip-to-support mass ratio, 100 kW node, 650 km dawn-dusk'\n"
                        "set xlabel 'radiator temperature (K)'\nset ylabel 'chip mass / support "
                        "mass'\nset grid\nset key top left\n"
                        "plot '{1}' using 1:2 skip 1 with linespoints lw 2 title 'array 60 W/kg', "
                        "'{1}' using 1:3 skip 1 with linespoints lw 2 title 'array 110 W/kg', "
                        "'{1}' using 1:4 skip 1 with linespoints lw 2 title 'array 165 W/kg'\n",
                        dir, csv));
        fmt::print("\nWrote {} and {}/chip_mass_trade.svg\n", csv, dir);
        return 0;
    } catch (const spacedc::error& e) {
        fmt::print(stderr, "chip_mass_trade: {}\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "chip_mass_trade: {}\n", e.what());
        return 1;
    }
}
