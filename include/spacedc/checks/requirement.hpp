#pragma once
/// \file
/// Requirements on a node design: a name, a rationale, what is measured, an upper or
/// lower bound (fixed, or taken from the design itself, like the load a power margin is
/// measured over) and the margin to meet it by. A requirement is typed by the quantity
/// it bounds, so a temperature bound cannot be compared with a power.
///
/// Built-in requirements for the common cases:
///
///     checks::requirements r{
///         checks::junction_temperature_below_limit(checks::thermal_margin(
///             checks::ecss_e_st_31c(), checks::temperature_limit_kind::design)),
///         checks::array_power_margin(checks::power_margin(checks::esa_power_margins(),
///                                                         checks::design_maturity::new_design)),
///         checks::launch_mass_at_most(16'000.0 * units::kilograms),
///         checks::eclipse_free(),
///     };

#include <spacedc/checks/bound.hpp>
#include <spacedc/checks/margin_policy.hpp>
#include <spacedc/node/size_node.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace spacedc::checks {

/// The case of the design a requirement is judged in: the hot case (full compute, the
/// fully lit orbit with the smallest |beta|, EOL optics: upper temperature bounds), the
/// cold case (the longest eclipse, compute off: lower temperature bounds), or neither
/// (masses, areas, the year's availability).
enum class design_case { none, hot, cold };

/// "hot", "cold", or "" for `none`.
constexpr std::string_view to_string(design_case c) {
    return c == design_case::hot ? "hot" : c == design_case::cold ? "cold" : "";
}

/// A requirement on one quantity of a node design.
template <class Quantity>
struct requirement_on {
    std::string name{};
    std::string rationale{};
    std::function<Quantity(const node::node_design&)> value_of{};
    bound_kind kind{bound_kind::at_most};
    std::function<Quantity(const node::node_design&)> limit_of{};
    checks::margin<difference_t<Quantity>> margin{};
    design_case evaluated_in{design_case::none};
};

/// Any requirement on a node design.
using requirement =
    std::variant<requirement_on<units::temperature>, requirement_on<units::power>,
                 requirement_on<units::mass>, requirement_on<units::area>,
                 requirement_on<units::specific_power>, requirement_on<units::dimensionless>,
                 requirement_on<units::absorbed_dose>>;
using requirements = std::vector<requirement>;

namespace detail {
template <class Quantity>
std::function<Quantity(const node::node_design&)> fixed(Quantity q) {
    return [q](const node::node_design&) { return q; };
}
} // namespace detail

/// The predicted junction temperature at most the spec's `compute.junction_max`, by
/// `m` (e.g. `thermal_margin(ecss_e_st_31c(), temperature_limit_kind::design)`, 10 K).
/// A design without a junction chain fails to evaluate (`invalid_input`).
inline requirement junction_temperature_below_limit(margin<units::temperature_difference> m = {}) {
    return requirement_on<units::temperature>{
        .name = "junction temperature",
        .rationale = "accelerator junctions below their sustained limit",
        .value_of = [](const node::node_design& d) { return d.junction_temperature(); },
        .kind = bound_kind::at_most,
        .limit_of = [](const node::node_design& d) { return d.spec.compute.junction_max; },
        .margin = std::move(m),
        .evaluated_in = design_case::hot};
}

/// The predicted junction temperature at most `limit`, by `m`.
inline requirement junction_temperature_at_most(units::temperature limit,
                                                margin<units::temperature_difference> m = {}) {
    return requirement_on<units::temperature>{
        .name = "junction temperature",
        .rationale = "accelerator junctions below a stated limit",
        .value_of = [](const node::node_design& d) { return d.junction_temperature(); },
        .kind = bound_kind::at_most,
        .limit_of = detail::fixed(limit),
        .margin = std::move(m),
        .evaluated_in = design_case::hot};
}

/// The radiator (heat-pipe) temperature at most `limit`, by `m`.
inline requirement radiator_temperature_at_most(units::temperature limit,
                                                margin<units::temperature_difference> m = {}) {
    return requirement_on<units::temperature>{
        .name = "radiator temperature (upper)",
        .rationale = "radiator within its working-fluid and coating range",
        .value_of = [](const node::node_design& d) { return d.radiator_temperature; },
        .kind = bound_kind::at_most,
        .limit_of = detail::fixed(limit),
        .margin = std::move(m),
        .evaluated_in = design_case::hot};
}

/// The radiator (heat-pipe) temperature at least `limit`, by `m`.
inline requirement radiator_temperature_at_least(units::temperature limit,
                                                 margin<units::temperature_difference> m = {}) {
    return requirement_on<units::temperature>{
        .name = "radiator temperature (lower)",
        .rationale = "loop above its working fluid's freezing point in the cold case (the "
                     "longest eclipse, compute off)",
        .value_of = [](const node::node_design& d) { return d.cold.coldest_loop; },
        .kind = bound_kind::at_least,
        .limit_of = detail::fixed(limit),
        .margin = std::move(m),
        .evaluated_in = design_case::cold};
}

/// The radiator temperature inside [low, high], by `m` on both sides: two requirements.
inline requirements radiator_temperature_within(units::temperature low, units::temperature high,
                                                margin<units::temperature_difference> m = {}) {
    if (!(low < high)) {
        throw invalid_input{"radiator temperature range",
                            fmt::format("[{:.2f}, {:.2f}]", low, high), "low < high"};
    }
    return {radiator_temperature_at_least(low, m), radiator_temperature_at_most(high, m)};
}

/// The array's end-of-life output at the worst lit instant at least the load at its
/// terminals, by `m` (e.g. `power_margin(esa_power_margins(), design_maturity::new_design)`,
/// 20 % of the load). A design sized without `conversion.design_margin` has none.
inline requirement array_power_margin(margin<units::power> m = {}) {
    return requirement_on<units::power>{
        .name = "array power margin",
        .rationale = "array output at end of life covers the load with margin",
        .value_of = [](const node::node_design& d) { return d.power.array_power_capability; },
        .kind = bound_kind::at_least,
        .limit_of = [](const node::node_design& d) { return d.power.array_power_required; },
        .margin = std::move(m)};
}

/// The launch mass (the closed budget, which already carries the spec's growth
/// allowance) at most `capacity`, by `m` (e.g. a further system margin).
inline requirement launch_mass_at_most(units::mass capacity, margin<units::mass> m = {}) {
    return requirement_on<units::mass>{
        .name = "launch mass",
        .rationale = "within the launcher's capacity to the orbit",
        .value_of = [](const node::node_design& d) { return d.mass.total; },
        .kind = bound_kind::at_most,
        .limit_of = detail::fixed(capacity),
        .margin = std::move(m)};
}

/// Chip mass over support mass at least `ratio`.
inline requirement chip_to_support_ratio_at_least(units::dimensionless ratio) {
    return requirement_on<units::dimensionless>{
        .name = "chip-to-support mass ratio",
        .rationale = "enough of every launched kilogram is chips",
        .value_of = [](const node::node_design& d) { return d.mass.chip_to_support_ratio; },
        .kind = bound_kind::at_least,
        .limit_of = detail::fixed(ratio),
        .margin = {}};
}

/// Compute power per launched kilogram at least `minimum`.
inline requirement compute_power_per_mass_at_least(units::specific_power minimum) {
    return requirement_on<units::specific_power>{
        .name = "compute power per launched kg",
        .rationale = "compute delivered per kilogram launched",
        .value_of = [](const node::node_design& d) { return d.compute_power_per_mass; },
        .kind = bound_kind::at_least,
        .limit_of = detail::fixed(minimum),
        .margin = {}};
}

/// The fraction of the year the node computes (in sunlight, without a battery) at
/// least `fraction`.
inline requirement availability_at_least(units::dimensionless fraction) {
    return requirement_on<units::dimensionless>{
        .name = "availability",
        .rationale = "battery-free node computes this fraction of the year",
        .value_of = [](const node::node_design& d) { return d.sunlight.sunlit_fraction; },
        .kind = bound_kind::at_least,
        .limit_of = detail::fixed(fraction),
        .margin = {}};
}

/// No eclipse all year: availability at least 1.
inline requirement eclipse_free() {
    auto r = std::get<requirement_on<units::dimensionless>>(availability_at_least(1.0));
    r.name = "eclipse-free";
    r.rationale = "the array sees the Sun all year, so no battery is needed";
    return r;
}

/// The solar array area at most `limit` (e.g. what the deployment mechanism allows).
inline requirement array_area_at_most(units::area limit) {
    return requirement_on<units::area>{
        .name = "solar array area",
        .rationale = "array fits its deployment system",
        .value_of = [](const node::node_design& d) { return d.power.array_area; },
        .kind = bound_kind::at_most,
        .limit_of = detail::fixed(limit),
        .margin = {}};
}

/// The chips' mission dose behind 5 mm Al (node_design::mission_dose) at most the spec's
/// `compute.dose_limit`, by `m` (e.g. `radiation_design_margin()`: tolerance >= 2 x dose).
/// Fails to evaluate (`invalid_input`) on an orbit no dose table covers, or a spec with
/// no dose limit.
inline requirement mission_dose_below_limit(margin<units::absorbed_dose> m = {}) {
    return requirement_on<units::absorbed_dose>{
        .name = "mission dose",
        .rationale = "accelerators within their total-ionising-dose tolerance to end of life",
        .value_of = [](const node::node_design& d) { return d.mission_dose(); },
        .kind = bound_kind::at_most,
        .limit_of =
            [](const node::node_design& d) {
                if (!d.spec.compute.dose_limit) {
                    throw invalid_input{"compute.dose_limit", "(missing)",
                                        "a dose, e.g. \"2 krad\", or a stated at_most"};
                }
                return *d.spec.compute.dose_limit;
            },
        .margin = std::move(m)};
}

/// The chips' mission dose at most `limit`, by `m`.
inline requirement mission_dose_at_most(units::absorbed_dose limit,
                                        margin<units::absorbed_dose> m = {}) {
    auto r = std::get<requirement_on<units::absorbed_dose>>(mission_dose_below_limit(std::move(m)));
    r.rationale = "accelerators below a stated total ionising dose to end of life";
    r.limit_of = detail::fixed(limit);
    return r;
}

/// The radiator area at most `limit`.
inline requirement radiator_area_at_most(units::area limit) {
    return requirement_on<units::area>{
        .name = "radiator area",
        .rationale = "radiator fits its deployment system",
        .value_of = [](const node::node_design& d) { return d.radiator.area; },
        .kind = bound_kind::at_most,
        .limit_of = detail::fixed(limit),
        .margin = {}};
}

} // namespace spacedc::checks
