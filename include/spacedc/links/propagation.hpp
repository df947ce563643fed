#pragma once
/// \file
/// Signal delay over a distance: in vacuum at c, in optical fibre at c / n_g.
///
/// The group index n_g sets the speed of a pulse in fibre, v = c / n_g (Agrawal,
/// Fiber-Optic Communication Systems, 4th ed., sec. 2.3). Default: standard single-mode
/// fibre (Corning SMF-28) at 1550 nm, n_g = 1.4682 (Corning SMF-28 Ultra optical fibre
/// product information), so light in fibre moves at 0.681 c and vacuum is 47 % faster.

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

namespace spacedc::links {

/// Group index of SMF-28 at 1550 nm (Corning SMF-28 Ultra product information).
inline const units::dimensionless smf28_group_index{1.4682};

/// One-way delay in vacuum, t = d / c.
inline units::duration vacuum_delay(units::length distance) {
    spacedc::detail::require_non_negative("distance", distance);
    return distance / constants::speed_of_light;
}

/// Throws unless the group index is at least 1 (nothing outruns light in vacuum).
inline void require_valid_group_index(units::dimensionless n) {
    if (!(n.value() >= 1.0) || !std::isfinite(n.value())) {
        throw invalid_input{"group index", fmt::format("{}", n.value()), "finite and >= 1"};
    }
}

/// One-way delay in fibre, t = d n_g / c.
inline units::duration fiber_delay(units::length distance,
                                   units::dimensionless group_index = smf28_group_index) {
    require_valid_group_index(group_index);
    return vacuum_delay(distance) * group_index;
}

/// How many times faster light travels in vacuum than in the fibre: c / v = n_g.
inline units::dimensionless
vacuum_to_fiber_speed_ratio(units::dimensionless group_index = smf28_group_index) {
    require_valid_group_index(group_index);
    return group_index;
}

} // namespace spacedc::links
