#pragma once
/// \file
/// The words of a node design's findings (node/finding.hpp), for reports.

#include <spacedc/format.hpp>
#include <spacedc/node/finding.hpp>

#include <fmt/format.h>

#include <string>

namespace spacedc::node {

/// One sentence saying what `f` found, with its numbers in units.
inline std::string describe(const finding& f) {
    constexpr double seconds_per_year = 365.25 * 86'400.0; // Julian
    struct words {
        std::string operator()(const radiator_above_junction_limit& x) const {
            return fmt::format("radiator at {:.1f} is above the {:.1f} the {:.1f} junction "
                               "limit{} allows: junctions would reach {:.1f}",
                               x.radiator, x.allowed, x.junction_max,
                               x.margin.value() > 0.0
                                   ? fmt::format(" (less a {:.1f} margin)", x.margin)
                                   : std::string{},
                               x.junction);
        }
        std::string operator()(const radiator_cannot_reject& x) const {
            return fmt::format("radiator: at {:.1f} the faces absorb {:.1f} per face from the "
                               "environment but emit only {:.1f}: a radiator cannot reject "
                               "heat here",
                               x.temperature, x.absorbed_per_face, x.emitted_per_face);
        }
        std::string operator()(const loop_below_floor& x) const {
            return fmt::format("cold case: the loop falls to {:.1f} in the {:.1f}-min eclipse "
                               "with {}, below its {:.1f} floor (a survival heater needs {:.3g} "
                               "and {:.0f} of battery)",
                               x.coldest, x.eclipse.value() / 60.0,
                               x.compute_on_battery ? "part of the compute on battery"
                                                    : "compute off",
                               x.floor, x.heater, x.heater_battery);
        }
        std::string operator()(const not_eclipse_free& x) const {
            if (x.battery_backed_fraction.value() > 0.0) {
                return fmt::format("orbit not eclipse-free: {} days with eclipses (longest "
                                   "{:.1f} min); a {:.0f} battery carries {:.0f} % of the "
                                   "compute through them",
                                   x.eclipse_days, x.longest.value() / 60.0, x.compute_battery,
                                   100.0 * x.battery_backed_fraction.value());
            }
            return fmt::format("orbit not eclipse-free: {} days with eclipses (longest {:.1f} "
                               "min); without a battery the node computes {:.2f} % of the year",
                               x.eclipse_days, x.longest.value() / 60.0,
                               100.0 * x.sunlit_fraction.value());
        }
        std::string operator()(const dose_above_limit& x) const {
            return fmt::format("radiation: the chips receive {:.3g} krad(Si) over the {:.3g}-year "
                               "mission behind 5 mm Al, above their {:.3g} krad tolerance, "
                               "which they reach after {:.2g} years",
                               x.dose.value() / 10.0, x.life.value() / seconds_per_year,
                               x.limit.value() / 10.0, x.time_to_limit.value() / seconds_per_year);
        }
        std::string operator()(const dose_not_tabulated& x) const {
            return fmt::format("radiation: the dose limit is not checked: no published dose table "
                               "covers {:.1f} inclination at {:.0f} (tables: sun-synchronous "
                               "and 30 deg, 500-2000 km)",
                               x.inclination, x.altitude);
        }
        std::string operator()(const chain_leaves_no_radiator& x) const {
            return fmt::format("junction chain: at full load it drops {:.1f} from the {:.1f} "
                               "junction limit, which leaves no radiator temperature above the "
                               "{:.3f} sink; lower its resistances or share the loop among "
                               "fewer chips",
                               x.drop, x.junction_limit, x.sink);
        }
    };
    return std::visit(words{}, f);
}

} // namespace spacedc::node
