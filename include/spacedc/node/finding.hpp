#pragma once
/// \file
/// Why a node design falls short, as typed values with the numbers that say by how much:
/// sizing builds them without formatting a word (a sweep sizes millions of designs), and
/// the report layer turns them into sentences (`describe`, node/finding_text.hpp).
/// A design has at most one finding of each kind.

#include <spacedc/units.hpp>

#include <boost/container/static_vector.hpp>

#include <array>
#include <variant>

namespace spacedc::node {

/// Infeasible: the given radiator temperature is above the hottest the junction chain
/// allows with the junction `margin` below `junction_max`.
struct radiator_above_junction_limit {
    units::temperature radiator;
    units::temperature allowed;
    units::temperature junction_max;
    units::temperature_difference margin;
    units::temperature junction; ///< the junctions at `radiator`
};

/// Infeasible: at `temperature` the faces absorb at least what they emit.
struct radiator_cannot_reject {
    units::temperature temperature;
    units::heat_flux absorbed_per_face;
    units::heat_flux emitted_per_face;
};

/// A note: in the cold case the loop falls below its floor (no heater fitted).
struct loop_below_floor {
    units::temperature coldest;
    units::temperature floor;
    units::duration eclipse;
    bool compute_on_battery; ///< part of the compute carried through the eclipse
    units::power heater;     ///< what a survival heater would need
    units::mass heater_battery;
};

/// A note: the orbit has eclipses, so a battery-free node stops computing in them.
struct not_eclipse_free {
    int eclipse_days;
    units::duration longest;
    units::dimensionless sunlit_fraction;
    units::dimensionless battery_backed_fraction; ///< of the compute, through eclipses
    units::mass compute_battery;                  ///< that carries it (0 without)
};

/// A note: the chips' mission dose exceeds their stated tolerance (`compute.dose_limit`).
struct dose_above_limit {
    units::absorbed_dose dose;  ///< over the mission, behind the tables' 5 mm Al
    units::absorbed_dose limit; ///< the accelerators' tolerance
    units::duration life;
    units::duration time_to_limit; ///< when the dose reaches the limit
};

/// A note: a dose limit is stated but no published dose table covers the orbit.
struct dose_not_tabulated {
    units::length altitude;
    units::angle inclination;
};

/// Infeasible: at full load the junction-to-radiator chain drops more than the junction
/// limit stands above the sink, so no radiator temperature above the sink keeps the
/// junctions within it (a shared loop's drop grows with every chip it carries).
struct chain_leaves_no_radiator {
    units::temperature junction_limit;  ///< `compute.junction_max` less the margin
    units::temperature_difference drop; ///< junction to radiator at full load
    units::temperature sink;
};

using finding =
    std::variant<radiator_above_junction_limit, radiator_cannot_reject, loop_below_floor,
                 not_eclipse_free, dose_above_limit, dose_not_tabulated, chain_leaves_no_radiator>;

/// At most one finding of each kind, held in place (no allocation).
using findings = boost::container::static_vector<finding, std::variant_size_v<finding>>;

/// The kinds' names (JSON keys, sweep summaries), in the variant's order: the name of
/// `f` is `finding_kind_names[f.index()]` (`kind_name`), so counts can be kept by index.
inline constexpr std::array<const char*, std::variant_size_v<finding>> finding_kind_names{
    "radiator_above_junction_limit",
    "radiator_cannot_reject",
    "loop_below_floor",
    "not_eclipse_free",
    "dose_above_limit",
    "dose_not_tabulated",
    "chain_leaves_no_radiator"};

/// The kind of a finding as a name: its type's name.
inline const char* kind_name(const finding& f) { return finding_kind_names[f.index()]; }

/// True for the findings that make a design impossible to build.
inline bool is_infeasible(const finding& f) {
    return std::holds_alternative<radiator_above_junction_limit>(f) ||
           std::holds_alternative<radiator_cannot_reject>(f) ||
           std::holds_alternative<chain_leaves_no_radiator>(f);
}

} // namespace spacedc::node
