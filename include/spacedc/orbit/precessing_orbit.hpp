#pragma once
/// \file
/// Any circular orbit placed in space: its altitude, its inclination and the right
/// ascension of its ascending node (RAAN) at an epoch, the node then turning at the
/// secular J2 rate, Omega(t) = Omega_0 + (dOmega/dt)_J2 (t - t_0) (Vallado, Fundamentals
/// of Astrodynamics, 4th ed., eq. 9-41 with e = 0). A sun-synchronous orbit is the special
/// case whose rate matches the mean Sun's (`as_precessing`).
///
/// A constellation shell at 53 deg, the ISS at 51.6 deg or a 30 deg orbit has a node that
/// drifts against the Sun, so its beta angle swings between about +-(i + 23.44 deg) in a
/// cycle of 2 pi / |dOmega/dt - dalpha_sun/dt| (about 60 days for the ISS).

#include <spacedc/detail/angle_math.hpp>
#include <spacedc/orbit/circular_orbit.hpp>
#include <spacedc/orbit/sun_synchronous.hpp>
#include <spacedc/orbit/time.hpp>

#include <chrono>

namespace spacedc::orbit {

/// A circular orbit whose node is `raan` at `epoch` and regresses at the J2 rate.
struct precessing_orbit {
    units::length altitude;
    units::angle inclination; ///< [0 deg, 180 deg]
    units::angle raan;        ///< right ascension of the ascending node at `epoch`
    instant epoch;
};

/// Throws `invalid_input` unless the altitude is above zero, the inclination in
/// [0 deg, 180 deg] and the node finite.
inline void require_valid(const precessing_orbit& orbit) {
    require_valid_altitude(orbit.altitude);
    const double i = orbit.inclination.value();
    if (!(i >= 0.0 && i <= std::numbers::pi)) {
        throw invalid_input{"inclination", fmt::format("{}", orbit.inclination), "[0°, 180°]"};
    }
    if (!std::isfinite(orbit.raan.value())) {
        throw invalid_input{"raan", fmt::format("{}", orbit.raan), "a finite angle"};
    }
}

/// The orbit's shape, without its place in space.
inline circular_orbit as_circular(const precessing_orbit& orbit) {
    return {.altitude = orbit.altitude, .inclination = orbit.inclination};
}

/// Right ascension of the ascending node at `t`, Omega_0 + (dOmega/dt)_J2 (t - t_0),
/// wrapped to [0, 2 pi).
inline units::angle ascending_node(const precessing_orbit& orbit, instant t) {
    require_valid(orbit);
    const double elapsed = std::chrono::duration<double>(t - orbit.epoch).count();
    const double node =
        orbit.raan.value() + nodal_precession_rate(as_circular(orbit)).value() * elapsed;
    return units::angle{spacedc::detail::wrap_two_pi(node) * units::radians};
}

/// The sun-synchronous orbit as a precessing one from `epoch`: its inclination, and its
/// node at `epoch` from the LTAN (the two agree to 5e-5 deg over a year: the J2 rate of
/// the sun-synchronous inclination is 2 pi per tropical year, the mean Sun's
/// 0.9856474 deg/day).
inline precessing_orbit as_precessing(const sun_synchronous_orbit& orbit, instant epoch) {
    return {.altitude = orbit.altitude,
            .inclination = sun_synchronous_inclination(orbit.altitude),
            .raan = ascending_node(orbit.ltan, epoch),
            .epoch = epoch};
}

} // namespace spacedc::orbit
