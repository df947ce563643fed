#pragma once
/// \file
/// Circular Earth orbits: radius, period, speed and the J2 precession of the node.
///
/// Conventions: altitude is measured above the WGS-84 equatorial radius (6378.137 km);
/// the orbit is circular (e = 0); the period is Keplerian (two-body), the nodal
/// regression is the secular first-order J2 rate (Vallado, Fundamentals of
/// Astrodynamics, 4th ed., eq. 9-41; Wertz & Larson, SMAD 3rd ed., eq. 6-19).

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <boost/units/cmath.hpp>

#include <cmath>
#include <numbers>

namespace spacedc::orbit {

/// A circular orbit by its altitude above the equatorial radius and its inclination.
struct circular_orbit {
    units::length altitude;
    units::angle inclination;
};

/// Throws unless `altitude` is finite and above zero (the orbit is above the equator's
/// surface; drag makes orbits below ~150 km short-lived, which is not checked here).
inline void require_valid_altitude(units::length altitude) {
    spacedc::detail::require_positive("altitude", altitude);
}

/// Orbit radius a = R_E + h.
inline units::length orbit_radius(units::length altitude) {
    require_valid_altitude(altitude);
    return constants::earth_equatorial_radius + altitude;
}

/// Mean motion n = sqrt(mu / a^3) (Vallado eq. 1-27).
inline units::angular_rate mean_motion(units::length altitude) {
    const double a = orbit_radius(altitude).value();
    return units::angular_rate{std::sqrt(constants::earth_gm.value() / (a * a * a)) *
                               units::radians_per_second};
}

/// Keplerian period T = 2 pi sqrt(a^3 / mu) (Vallado eq. 2-22).
inline units::duration orbital_period(units::length altitude) {
    return units::duration{2.0 * std::numbers::pi / mean_motion(altitude).value() * units::seconds};
}

/// Circular speed v = sqrt(mu / a) (Vallado eq. 1-33).
inline units::velocity orbital_speed(units::length altitude) {
    return units::velocity{std::sqrt(constants::earth_gm.value() / orbit_radius(altitude).value()) *
                           units::meters_per_second};
}

/// Secular nodal precession rate from J2 for a circular orbit,
/// dOmega/dt = -(3/2) n J2 (R_E / a)^2 cos i (Vallado eq. 9-41 with e = 0).
inline units::angular_rate nodal_precession_rate(const circular_orbit& orbit) {
    const double i = orbit.inclination.value();
    if (!(i >= 0.0 && i <= std::numbers::pi)) {
        throw invalid_input{"inclination", fmt::format("{}", orbit.inclination), "[0°, 180°]"};
    }
    const double ratio = constants::earth_equatorial_radius / orbit_radius(orbit.altitude);
    return -1.5 * mean_motion(orbit.altitude) * constants::earth_j2 * ratio * ratio * std::cos(i);
}

} // namespace spacedc::orbit
