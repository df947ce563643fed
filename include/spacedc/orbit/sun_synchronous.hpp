#pragma once
/// \file
/// Sun-synchronous orbits: the J2 nodal precession matches the mean Sun's motion,
/// 360 deg per tropical year, so the orbit plane keeps its local time.
///
/// Conventions: circular orbits, altitude above the equatorial radius; the ascending
/// node tracks the mean Sun exactly, so its right ascension is the mean Sun's plus the
/// local time of the ascending node (LTAN) less 12 h at 15 deg per hour (Vallado,
/// Fundamentals of Astrodynamics, 4th ed., sec. 11.4; Wertz & Larson, SMAD, sec. 6.2).

#include <spacedc/orbit/circular_orbit.hpp>
#include <spacedc/orbit/sun.hpp>

#include <cmath>
#include <numbers>

namespace spacedc::orbit {

/// A sun-synchronous circular orbit: its altitude and the local solar time at which it
/// crosses the equator northbound (LTAN; 06:00 or 18:00 is a dawn-dusk orbit).
struct sun_synchronous_orbit {
    units::length altitude;
    units::duration ltan; ///< local time of the ascending node, in [0 h, 24 h)
};

/// The node rate a sun-synchronous orbit needs: 2 pi per tropical year,
/// 1.99106e-7 rad/s = 0.98565 deg/day.
inline units::angular_rate sun_synchronous_precession_rate() {
    return units::angular_rate{2.0 * std::numbers::pi / constants::tropical_year.value() *
                               units::radians_per_second};
}

namespace detail {
/// (3/2) sqrt(mu) J2 R_E^2 / (dOmega/dt)_sso in m^(7/2): cos i = -a^(7/2) / this.
inline double sun_synchronous_scale() {
    const double re = constants::earth_equatorial_radius.value();
    return 1.5 * std::sqrt(constants::earth_gm.value()) * constants::earth_j2.value() * re * re /
           sun_synchronous_precession_rate().value();
}
} // namespace detail

/// The highest altitude at which a circular orbit can be sun-synchronous (i = 180 deg):
/// a_max = ((3/2) sqrt(mu) J2 R_E^2 / (dOmega/dt)_sso)^(2/7), about 5,970 km above the
/// equator. Above it J2 cannot turn the node fast enough.
inline units::length max_sun_synchronous_altitude() {
    return units::length{std::pow(detail::sun_synchronous_scale(), 2.0 / 7.0) * units::meters} -
           constants::earth_equatorial_radius;
}

/// Inclination of the sun-synchronous circular orbit at `altitude`, from
/// cos i = -(dOmega/dt)_sso / ((3/2) n J2 (R_E/a)^2) (Vallado eq. 11-14 with e = 0).
/// Throws `invalid_input` for an altitude at or below zero or above
/// `max_sun_synchronous_altitude()`.
inline units::angle sun_synchronous_inclination(units::length altitude) {
    require_valid_altitude(altitude);
    const units::length limit = max_sun_synchronous_altitude();
    if (altitude > limit) {
        throw invalid_input{"altitude", fmt::format("{:.1f}", altitude),
                            fmt::format("(0, {:.1f}]", limit),
                            "sun-synchronous orbits do not exist above it"};
    }
    const double a = orbit_radius(altitude).value();
    const double cos_i = -std::pow(a, 3.5) / detail::sun_synchronous_scale();
    return units::angle{std::acos(std::max(-1.0, cos_i)) * units::radians};
}

/// Altitude of the sun-synchronous circular orbit with `inclination`, the inverse of
/// `sun_synchronous_inclination`: a = (-cos i * scale)^(2/7). Throws `invalid_input`
/// unless the inclination is retrograde (90 deg, 180 deg] and the orbit clears the
/// equatorial surface.
inline units::length sun_synchronous_altitude(units::angle inclination) {
    const double cos_i = std::cos(inclination.value());
    if (!(inclination.value() > std::numbers::pi / 2.0 &&
          inclination.value() <= std::numbers::pi)) {
        throw invalid_input{"inclination", fmt::format("{}", inclination), "(90°, 180°]",
                            "a sun-synchronous orbit must be retrograde"};
    }
    const units::length altitude =
        units::length{std::pow(-cos_i * detail::sun_synchronous_scale(), 2.0 / 7.0) *
                      units::meters} -
        constants::earth_equatorial_radius;
    if (!(altitude.value() > 0.0)) {
        throw invalid_input{
            "inclination", fmt::format("{:.4f}", inclination),
            fmt::format("(90°, {:.4f}]", sun_synchronous_inclination(1.0 * units::meters)),
            "the sun-synchronous orbit would lie below the surface"};
    }
    return altitude;
}

/// Throws unless the LTAN lies in [0 h, 24 h).
inline void require_valid_ltan(units::duration ltan) {
    if (!(ltan.value() >= 0.0 && ltan.value() < 86'400.0)) {
        throw invalid_input{"LTAN", fmt::format("{} s", ltan.value()), "[00:00, 24:00)"};
    }
}

/// Right ascension of the ascending node at `t` of a sun-synchronous orbit with the
/// given LTAN: Omega = alpha_mean_sun(t) + (LTAN - 12 h) * 15 deg/h.
inline units::angle ascending_node(units::duration ltan, instant t) {
    require_valid_ltan(ltan);
    const double hour_angle = (ltan.value() / 3600.0 - 12.0) * 15.0 * spacedc::detail::degree;
    return units::angle{
        spacedc::detail::wrap_two_pi(mean_sun_right_ascension(t).value() + hour_angle) *
        units::radians};
}

/// The orbit's inclination and altitude as a `circular_orbit`.
inline circular_orbit as_circular(const sun_synchronous_orbit& orbit) {
    return {.altitude = orbit.altitude, .inclination = sun_synchronous_inclination(orbit.altitude)};
}

} // namespace spacedc::orbit
