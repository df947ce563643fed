#pragma once
/// \file
/// Where the Sun is and how strong its light is on a date.
///
/// Low-precision solar coordinates of the Astronomical Almanac (section C, "Sun"; also
/// Meeus, Astronomical Algorithms, ch. 25, and Vallado, Fundamentals of Astrodynamics,
/// Algorithm 29): apparent ecliptic longitude, right ascension and declination to about
/// 0.01 deg and the Earth-Sun distance to about 1e-4 AU for 1950-2050. Coordinates are
/// referred to the mean equator and equinox of date.

#include <spacedc/constants.hpp>
#include <spacedc/detail/angle_math.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/orbit/time.hpp>
#include <spacedc/units.hpp>

#include <Eigen/Core>

#include <cmath>
#include <numbers>

namespace spacedc::orbit {

/// The Sun's apparent geocentric position.
struct sun_position {
    units::angle ecliptic_longitude; ///< lambda, apparent
    units::angle right_ascension;    ///< alpha, in [0, 360) deg
    units::angle declination;        ///< delta
    units::angle obliquity;          ///< mean obliquity of the ecliptic of date
    units::length distance;          ///< Earth-Sun distance
};

namespace detail {

/// The Almanac's angles, linear in n (rad): mean longitude L, mean anomaly g, obliquity.
inline constexpr double mean_longitude_0 = 280.460 * spacedc::detail::degree;
inline constexpr double mean_longitude_rate = 0.9856474 * spacedc::detail::degree; ///< per day
inline constexpr double mean_anomaly_0 = 357.528 * spacedc::detail::degree;
inline constexpr double mean_anomaly_rate = 0.9856003 * spacedc::detail::degree; ///< per day
inline constexpr double obliquity_rate =
    -(46.836769 / 3600.0 / 36525.0) * spacedc::detail::degree; ///< per day

/// lambda - L = 1.915 sin g + 0.020 sin 2g (deg), in rad.
inline double equation_of_centre(double sin_g, double cos_g) {
    return (1.915 * sin_g + 0.020 * 2.0 * sin_g * cos_g) * spacedc::detail::degree;
}

/// R = 1.00014 - 0.01671 cos g - 0.00014 cos 2g, in AU.
inline double sun_distance_au(double sin_g, double cos_g) {
    return 1.00014 - 0.01671 * cos_g - 0.00014 * (cos_g - sin_g) * (cos_g + sin_g);
}

} // namespace detail

/// The Sun's position at `t` (Astronomical Almanac low-precision formulas):
///   n = JD - 2451545.0,  L = 280.460 + 0.9856474 n,  g = 357.528 + 0.9856003 n  (deg)
///   lambda = L + 1.915 sin g + 0.020 sin 2g,  R = 1.00014 - 0.01671 cos g - 0.00014 cos 2g
///   alpha = atan2(cos eps sin lambda, cos lambda),  delta = asin(sin eps sin lambda)
/// with the obliquity eps from IAU 2006 (23.4392794 deg at J2000, -46.84"/century).
/// (The year's sunlight analysis evaluates the same formulas on the angles' sines and
/// cosines: orbit/annual_sunlight.hpp.)
inline sun_position solar_position(instant t) {
    const double n = days_since_j2000(t);
    const double g = detail::mean_anomaly_0 + detail::mean_anomaly_rate * n;
    const double sin_g = std::sin(g), cos_g = std::cos(g);
    const double lambda =
        spacedc::detail::wrap_two_pi(detail::mean_longitude_0 + detail::mean_longitude_rate * n +
                                     detail::equation_of_centre(sin_g, cos_g));
    const double eps = constants::obliquity_j2000.value() + detail::obliquity_rate * n;
    const double alpha = spacedc::detail::wrap_two_pi(
        std::atan2(std::cos(eps) * std::sin(lambda), std::cos(lambda)));
    const double delta = std::asin(std::sin(eps) * std::sin(lambda));
    return {
        .ecliptic_longitude = units::angle{lambda * units::radians},
        .right_ascension = units::angle{alpha * units::radians},
        .declination = units::angle{delta * units::radians},
        .obliquity = units::angle{eps * units::radians},
        .distance = detail::sun_distance_au(sin_g, cos_g) * constants::astronomical_unit,
    };
}

/// Right ascension of the mean Sun at `t`: the mean longitude L = 280.460 deg +
/// 0.9856474 deg/day * n (Astronomical Almanac), the fictitious Sun moving uniformly
/// along the equator that a sun-synchronous orbit's node tracks.
inline units::angle mean_sun_right_ascension(instant t) {
    const double n = days_since_j2000(t);
    return units::angle{
        spacedc::detail::wrap_two_pi(detail::mean_longitude_0 + detail::mean_longitude_rate * n) *
        units::radians};
}

/// Unit vector from the Earth to the Sun in the equatorial frame of date (x to the
/// equinox, z to the north pole).
inline Eigen::Vector3d sun_direction(const sun_position& sun) {
    const double lambda = sun.ecliptic_longitude.value();
    const double eps = sun.obliquity.value();
    return {std::cos(lambda), std::cos(eps) * std::sin(lambda), std::sin(eps) * std::sin(lambda)};
}

/// Solar irradiance at distance d from the Sun, S = S_1AU * (1 AU / d)^2 (inverse square
/// law), with S_1AU = 1361 W/m^2 (IAU 2015 B3).
inline units::irradiance solar_flux(units::length sun_distance) {
    spacedc::detail::require_positive("sun distance", sun_distance);
    const double au = sun_distance / constants::astronomical_unit;
    return constants::solar_irradiance_1au / (au * au);
}

/// Solar irradiance at the Earth on the date of `t`: about 1317 W/m^2 at aphelion to
/// 1408 W/m^2 at perihelion.
inline units::irradiance solar_flux(instant t) { return solar_flux(solar_position(t).distance); }

} // namespace spacedc::orbit
