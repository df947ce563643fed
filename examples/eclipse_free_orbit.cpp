// How high must a dawn-dusk orbit be for a node to need no battery, and what do lower
// orbits lose?
//
// For LTAN 06:00 sun-synchronous orbits from 400 to 1600 km: the days with eclipses,
// the longest eclipse and the sunlit fraction of the year (cylindrical shadow, node
// tracking the mean Sun); then the lowest eclipse-free altitude for each shadow model,
// and a plot of the beta angle and the eclipse minutes through the year at 650 km.
//
// Run: eclipse_free_orbit [YEAR] [OUTPUT_DIR]   (defaults: 2027, the current directory)
// Writes OUTPUT_DIR/eclipse_free_orbit.csv and OUTPUT_DIR/eclipse_free_orbit.svg.

#include "arguments.hpp"
#include "gnuplot.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>

#include <fmt/format.h>
#include <fmt/os.h>

#include <algorithm>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    namespace u = spacedc::units;
    namespace o = spacedc::orbit;
    try {
        const auto args =
            examples::arguments(argc, argv, "[YEAR] [DIR]",
                                "How high must a dawn-dusk orbit be for a node to need no battery "
                                "in YEAR (default 2027), and what do lower orbits lose? Writes "
                                "eclipse_free_orbit.csv and .svg to DIR (default: here).",
                                {"2027", "."});
        if (!args) return 0;
        const std::chrono::year year = examples::year_argument((*args)[0]);
        const std::string dir = examples::output_folder((*args)[1]);
        const u::duration dawn{6.0 * 3600.0 * u::seconds};

        fmt::print("Dawn-dusk sun-synchronous orbits (LTAN 06:00), {}, cylindrical shadow\n\n",
                   static_cast<int>(year));
        fmt::print("{:>9}  {:>11}  {:>12}  {:>15}  {:>14}  {:>17}\n", "altitude", "inclination",
                   "eclipse days", "longest eclipse", "sunlit fraction", "dark hours a year");
        for (double km = 400.0; km <= 1600.0; km += 100.0) {
            const o::sun_synchronous_orbit orbit{.altitude = u::length{km * 1e3 * u::meters},
                                                 .ltan = dawn};
            const auto y = o::analyse_year(orbit, year);
            const double dark_hours =
                (1.0 - y.sunlit_fraction.value()) * static_cast<double>(y.days.size()) * 24.0;
            fmt::print("{:>9}  {:>11}  {:>12}  {:>11.1f} min  {:>15.4f}  {:>17.0f}\n",
                       fmt::format("{:.0f}", orbit.altitude),
                       fmt::format("{:.2f}", o::sun_synchronous_inclination(orbit.altitude)),
                       y.eclipse_days, y.max_eclipse.value() / 60.0, y.sunlit_fraction, dark_hours);
        }

        fmt::print("\nLowest altitude with no eclipse in {}:\n", static_cast<int>(year));
        for (auto [name, model] :
             {std::pair{"cylindrical shadow", o::shadow_model::cylindrical},
              std::pair{"umbra (Sun wholly hidden)", o::shadow_model::umbra},
              std::pair{"penumbra (any part hidden)", o::shadow_model::penumbra}}) {
            const auto found = o::lowest_eclipse_free_altitude(dawn, year, model);
            fmt::print("  {:<28} {}\n", name,
                       found.altitude ? fmt::format("{:.1f}", *found.altitude) : found.reason);
        }

        const o::sun_synchronous_orbit reference{.altitude = u::length{650e3 * u::meters},
                                                 .ltan = dawn};
        const auto y = o::analyse_year(reference, year);
        // Axes to the data with a tenth of headroom, so no curve lies on the frame (the
        // eclipse minutes are 0 most of the year).
        double beta_low = 90.0, beta_high = -90.0, eclipse_top = 1.0;
        for (const auto& day : y.days) {
            beta_low = std::min(beta_low, u::in_degrees(day.beta));
            beta_high = std::max(beta_high, u::in_degrees(day.beta));
            eclipse_top = std::max(eclipse_top, day.eclipse.value() / 60.0);
        }
        const double beta_span = std::max(beta_high - beta_low, 1.0);
        const std::string csv = dir + "/eclipse_free_orbit.csv";
        {
            auto out = fmt::output_file(csv);
            out.print("day,beta_deg,eclipse_min\n");
            for (std::size_t d = 0; d < y.days.size(); ++d) {
                out.print("{},{:.4f},{:.3f}\n", d + 1, u::in_degrees(y.days[d].beta),
                          y.days[d].eclipse.value() / 60.0);
            }
        }
        examples::run_gnuplot(fmt::format(
            "set terminal svg size 900,500 dynamic background rgb 'white'\n"
            "set output '{0}/eclipse_free_orbit.svg'\n"
            "set datafile separator ','\n"
            "set title '650 km dawn-dusk orbit (LTAN 06:00), {1}'\n"
            "set xlabel 'day of year'\n"
            "set ylabel 'beta angle (deg)'\n"
            "set y2label 'eclipse per orbit (min)'\n"
            "set ytics nomirror\nset y2tics\nset key below\nset grid\nset xrange [1:{3}]\n"
            "set yrange [{4:.1f}:{5:.1f}]\nset y2range [{6:.2f}:{7:.2f}]\n"
            "plot '{2}' using 1:2 skip 1 with lines lw 2 title 'beta angle', "
            "'{2}' using 1:3 skip 1 axes x1y2 with lines lw 2 title 'eclipse minutes'\n",
            dir, static_cast<int>(year), csv, y.days.size(), beta_low - 0.1 * beta_span,
            beta_high + 0.1 * beta_span, -0.1 * eclipse_top, 1.1 * eclipse_top));
        fmt::print("\nWrote {} and {}/eclipse_free_orbit.svg\n", csv, dir);
        return 0;
    } catch (const spacedc::error& e) {
        fmt::print(stderr, "eclipse_free_orbit: {}\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "eclipse_free_orbit: {}\n", e.what());
        return 1;
    }
}
