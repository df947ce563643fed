// How big an array does a 100 kW node need in a dawn-dusk orbit, and how does it
// compare with the same array on the ground?
//
// Sizes the battery-free array for 100 kW of compute (plus the node's 2 kW bus; every
// other value the node spec's default, as `spacedc power --load 100kW --altitude 650km`
// and `spacedc size` use) at 650 km, LTAN 06:00, end of a 5-year life; prints the design, the
// battery it avoids and the comparison with three ground sites; plots the power the array could
// deliver each day of the year against the load.
//
// Run: solar_array_sizing [YEAR] [OUTPUT_DIR]   (defaults: 2027, the current directory)

#include "arguments.hpp"
#include "gnuplot.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/node/node_spec.hpp>
#include <spacedc/power/power_budget.hpp>

#include <fmt/format.h>
#include <fmt/os.h>

#include <algorithm>
#include <cstdlib>

int main(int argc, char** argv) {
    namespace u = spacedc::units;
    namespace o = spacedc::orbit;
    namespace pw = spacedc::power;
    using namespace spacedc::literals;
    try {
        const auto args = examples::arguments(
            argc, argv, "[YEAR] [DIR]",
            "How big an array does a 100 kW node need in a dawn-dusk orbit in YEAR (default 2027), "
            "and how does it compare with the same array on the ground? Writes "
            "solar_array_sizing.csv and .svg to DIR (default: here).",
            {"2027", "."});
        if (!args) return 0;
        const std::chrono::year year = examples::year_argument((*args)[0]);
        const std::string dir = examples::output_folder((*args)[1]);
        const o::sun_synchronous_orbit orbit{.altitude = 650.0_km,
                                             .ltan = 6.0 * 3600.0 * u::seconds};
        spacedc::node::node_spec node{}; // the library's defaults (docs/node.md)
        node.compute.count = 100;
        node.compute.power_per_accelerator = 1.0_kW;
        const pw::power_spec spec = spacedc::node::power_system(node);
        const auto sunlight = o::analyse_year(orbit, year);
        const auto d = pw::size_power(spec, sunlight, o::orbital_period(orbit.altitude));

        fmt::print("100 kW node, 650 km dawn-dusk orbit, {}, 5-year life, no battery\n\n",
                   static_cast<int>(year));
        fmt::print("  load at the array        {:.1f}\n", d.array_power_required);
        fmt::print("  worst lit instant        {:.1f} (aphelion), array at {:.1f}\n", d.sizing_flux,
                   d.array_temperature);
        fmt::print("  power per area BOL/EOL   {:.1f} / {:.1f}\n", d.bol_power_per_area,
                   d.eol_power_per_area);
        fmt::print("  array                    {:.1f}, {:.0f}\n", d.array_area, d.array_mass);
        fmt::print("  computing                {:.2f} % of the year, {:.0f} MWh\n",
                   100.0 * d.sunlit_fraction.value(), d.year.compute.value() / 3.6e9);
        fmt::print("  battery avoided          {:.0f} kWh for a {:.1f}-min eclipse: {:.0f} of "
                   "battery + {:.0f} of array\n\n",
                   d.battery.capacity.value() / 3.6e6, d.battery.longest_eclipse.value() / 60.0,
                   d.battery.battery_mass, d.battery.extra_array_mass);

        fmt::print("{:<46} {:>12} {:>8} {:>16} {:>14}\n", "ground site (same cells, PR 0.80)",
                   "kWh/m²/yr", "ratio", "m² per kW, 24 h", "storage/kW");
        fmt::print(
            "{:<46} {:>12.0f} {:>8} {:>16.2f} {:>14}\n", "orbit (this design)",
            d.space_yield_per_area.value() / 3.6e6, "1.00",
            (d.array_area * (1e3 / (spec.loads.compute + spec.loads.housekeeping).value())).value(),
            "none");
        for (const pw::ground_site* site :
             {&pw::sites::mid_latitude, &pw::sites::desert_fixed, &pw::sites::desert_tracking}) {
            const auto g = pw::compare_with_ground(d, spec, *site);
            fmt::print("{:<46} {:>12.0f} {:>8.2f} {:>16.2f} {:>10.1f} kWh\n", site->name,
                       g.ground_yield_per_area.value() / 3.6e6, g.energy_ratio,
                       g.ground_area_per_kw.value(), g.ground_storage_per_kw.value() / 3.6e6);
        }

        const std::string csv = dir + "/solar_array_sizing.csv";
        double top = d.array_power_required.value() / 1e3; // kW: the y axis with headroom
        {
            auto out = fmt::output_file(csv);
            out.print("day,capability_kw,load_kw,sunlit_fraction\n");
            for (std::size_t i = 0; i < sunlight.days.size(); ++i) {
                const auto op = pw::operating_point(spec.array, sunlight.days[i].solar_flux, 5.0);
                top = std::max(top, (op.power_per_area * d.array_area).value() / 1e3);
                out.print("{},{:.3f},{:.3f},{:.5f}\n", i + 1,
                          (op.power_per_area * d.array_area).value() / 1e3,
                          d.array_power_required.value() / 1e3,
                          sunlight.days[i].sunlit_fraction.value());
            }
        }
        examples::run_gnuplot(fmt::format(
            "set terminal svg size 900,500 dynamic background rgb 'white'\n"
            "set output '{0}/solar_array_sizing.svg'\n"
            "set datafile separator ','\n"
            "set title 'End-of-life array capability vs load, 650 km dawn-dusk, {1}'\n"
            "set xlabel 'day of year'\nset ylabel 'power at the array (kW)'\n"
            "set y2label 'sunlit fraction of the day'\nset ytics nomirror\nset y2tics\nset "
            "grid\nset key below\nset xrange [1:{3}]\nset yrange [0:{4:.0f}]\n"
            "set y2range [0:1.3]\n" // a sunlit fraction of 1 clear of the frame and the curves
            "plot '{2}' using 1:2 skip 1 with lines lw 2 title 'array capability (EOL, lit)', "
            "'{2}' using 1:3 skip 1 with lines lw 2 title 'load', "
            "'{2}' using 1:4 skip 1 axes x1y2 with lines lw 1 title 'sunlit fraction'\n",
            dir, static_cast<int>(year), csv, sunlight.days.size(), 1.15 * top));
        fmt::print("\nWrote {} and {}/solar_array_sizing.svg\n", csv, dir);
        return 0;
    } catch (const spacedc::error& e) {
        fmt::print(stderr, "solar_array_sizing: {}\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "solar_array_sizing: {}\n", e.what());
        return 1;
    }
}
