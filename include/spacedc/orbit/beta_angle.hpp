#pragma once
/// \file
/// The beta angle: the angle between the Sun direction and the orbit plane, positive
/// when the Sun lies on the side of the orbit normal h = r x v.
///
///   sin beta = s . h,  h = (sin i sin Omega, -sin i cos Omega, cos i)
/// (Vallado, Fundamentals of Astrodynamics, 4th ed., sec. 5.3; Gilmore, Spacecraft
/// Thermal Control Handbook, Vol. I, ch. 2, eq. 2.1).

#include <spacedc/orbit/precessing_orbit.hpp>
#include <spacedc/orbit/sun.hpp>
#include <spacedc/orbit/sun_synchronous.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>

namespace spacedc::orbit {

/// Unit orbit normal h = r x v / |r x v| in the equatorial frame for inclination i and
/// right ascension of the ascending node Omega.
inline Eigen::Vector3d orbit_normal(units::angle inclination, units::angle ascending_node) {
    const double i = inclination.value();
    const double raan = ascending_node.value();
    return {std::sin(i) * std::sin(raan), -std::sin(i) * std::cos(raan), std::cos(i)};
}

/// Beta angle of an orbit plane (inclination, node) with the Sun at `sun`.
inline units::angle beta_angle(units::angle inclination, units::angle ascending_node,
                               const sun_position& sun) {
    const double sin_beta =
        std::clamp(sun_direction(sun).dot(orbit_normal(inclination, ascending_node)), -1.0, 1.0);
    return units::angle{std::asin(sin_beta) * units::radians};
}

/// Beta angle at `t` of a sun-synchronous orbit whose node tracks the mean Sun.
inline units::angle beta_angle(const sun_synchronous_orbit& orbit, instant t) {
    return beta_angle(sun_synchronous_inclination(orbit.altitude), ascending_node(orbit.ltan, t),
                      solar_position(t));
}

/// Beta angle at `t` of any circular orbit, its node regressing at the J2 rate.
inline units::angle beta_angle(const precessing_orbit& orbit, instant t) {
    return beta_angle(orbit.inclination, ascending_node(orbit, t), solar_position(t));
}

} // namespace spacedc::orbit
