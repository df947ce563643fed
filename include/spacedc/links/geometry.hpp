#pragma once
/// \file
/// Link geometry around a spherical Earth of the equatorial radius (WGS-84).
///
/// Slant range from a ground user to a satellite at altitude h seen at elevation e
/// (Wertz & Larson, SMAD 3rd ed., eqs. 5-17 to 5-19; Vallado sec. 11.2):
///   rho = sqrt((R + h)^2 - (R cos e)^2) - R sin e.
/// Line of sight between two satellites at altitude h whose ray may not pass below the
/// grazing height g: d_max = 2 sqrt((R + h)^2 - (R + g)^2).
/// Chord between two satellites on one circular orbit separated by phase dtheta:
/// d = 2 (R + h) sin(dtheta / 2).

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <cmath>
#include <numbers>

namespace spacedc::links {

/// Throws unless 0 <= elevation <= 90 deg.
inline void require_valid_elevation(units::angle elevation) {
    const double e = elevation.value();
    if (!(e >= 0.0 && e <= std::numbers::pi / 2.0)) {
        throw invalid_input{"elevation", fmt::format("{}", elevation), "[0°, 90°]"};
    }
}

/// Distance from a ground user to a satellite at `altitude` seen at `elevation`.
inline units::length slant_range(units::length altitude, units::angle elevation) {
    spacedc::detail::require_positive("altitude", altitude);
    require_valid_elevation(elevation);
    const double re = constants::earth_equatorial_radius.value();
    const double r = re + altitude.value();
    const double e = elevation.value();
    const double ce = re * std::cos(e);
    return units::length{(std::sqrt(r * r - ce * ce) - re * std::sin(e)) * units::meters};
}

/// Longest line of sight between two satellites at `altitude` that stays above
/// `grazing_height` (e.g. 80-100 km to clear the atmosphere).
inline units::length max_intersatellite_range(units::length altitude,
                                              units::length grazing_height) {
    spacedc::detail::require_positive("altitude", altitude);
    spacedc::detail::require_non_negative("grazing height", grazing_height);
    if (!(grazing_height < altitude)) {
        throw invalid_input{"grazing height", fmt::format("{}", grazing_height),
                            fmt::format("[0, {}) (below the altitude)", altitude)};
    }
    const double r = (constants::earth_equatorial_radius + altitude).value();
    const double g = (constants::earth_equatorial_radius + grazing_height).value();
    return units::length{2.0 * std::sqrt(r * r - g * g) * units::meters};
}

/// Straight-line distance between two satellites on one circular orbit separated in
/// phase by `separation`.
inline units::length in_orbit_chord(units::length altitude, units::angle separation) {
    spacedc::detail::require_positive("altitude", altitude);
    const double s = separation.value();
    if (!(s >= 0.0 && s <= std::numbers::pi)) {
        throw invalid_input{"phase separation", fmt::format("{}", separation), "[0°, 180°]"};
    }
    return 2.0 * (constants::earth_equatorial_radius + altitude) * std::sin(s / 2.0);
}

} // namespace spacedc::links
