#pragma once
/// \file
/// Eclipses of a circular orbit by the Earth, from the altitude and the beta angle.
///
/// Shadow models:
/// - `cylindrical`: the shadow is a cylinder of the Earth's radius behind the Earth.
///   Closed form (Vallado, Fundamentals of Astrodynamics, 4th ed., sec. 5.3; Wertz &
///   Larson, SMAD, eq. 5-5 with the beta angle):
///     f = (1/pi) acos( sqrt(h^2 + 2 R h) / ((R + h) cos beta) )  for |beta| < beta*,
///     beta* = asin(R / (R + h)).
/// - `umbra`: the conical umbra (the Sun wholly hidden), apex about 1.38e6 km behind the
///   Earth; half-angle asin((R_sun - R) / d).
/// - `penumbra`: the conical penumbra's outer boundary (any part of the Sun hidden);
///   half-angle asin((R_sun + R) / d).
/// For the cones, the satellite at angle psi from the anti-Sun axis is in shadow where
/// r sin psi < R / cos(alpha) -/+ r cos psi tan(alpha), so psi* = asin(R / r) -/+ alpha;
/// along the orbit cos psi = cos beta cos u, so f = acos(cos psi* / cos beta) / pi
/// (Vallado sec. 5.3, conical shadow geometry). The Earth is a sphere of the equatorial radius; no
/// atmosphere.

#include <spacedc/orbit/circular_orbit.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <string_view>

namespace spacedc::orbit {

enum class shadow_model { cylindrical, umbra, penumbra };

/// The model's name as the command line and config files spell it.
inline std::string_view to_string(shadow_model m) {
    switch (m) {
    case shadow_model::cylindrical:
        return "cylindrical";
    case shadow_model::umbra:
        return "umbra";
    case shadow_model::penumbra:
        return "penumbra";
    }
    return "unknown";
}

/// The shadow model spelled `name`, if any.
inline std::optional<shadow_model> shadow_model_from_string(std::string_view name) {
    for (auto m : {shadow_model::cylindrical, shadow_model::umbra, shadow_model::penumbra}) {
        if (to_string(m) == name) return m;
    }
    return std::nullopt;
}

/// The photospheric radius of the Sun, 695 700 km (IAU 2015 Resolution B3).
inline const units::length solar_radius{695'700'000.0 * units::meters};

namespace detail {

/// The largest angle psi from the anti-Sun axis at which a point at radius r is still in
/// the shadow boundary of `model`.
inline double shadow_half_angle(double r, shadow_model model, double sun_distance) {
    const double re = constants::earth_equatorial_radius.value();
    if (model == shadow_model::cylindrical) return std::asin(re / r);
    const double sign = model == shadow_model::umbra ? -1.0 : 1.0;
    // The cone tangent to the Sun and the Earth, half-angle alpha, has radius
    // R / cos(alpha) + sign * x tan(alpha) at x behind the Earth (narrowing for the
    // umbra); the boundary r sin psi = that radius solves to psi* = asin(R/r) + sign * alpha.
    const double alpha = std::asin((solar_radius.value() + sign * re) / sun_distance);
    return std::asin(re / r) + sign * alpha;
}

/// True when a satellite at `r_m` (m, equatorial frame) is in the shadow of `model` with
/// the Sun in direction `sun_dir` at `sun_distance`: behind the Earth (r . s < 0) and
/// within the cylinder's radius, or the cone's at that distance (R / cos(alpha) -/+ d
/// tan(alpha)). The geometric test that brute-force stepping and event detection share.
inline bool in_shadow(const Eigen::Vector3d& r_m, const Eigen::Vector3d& sun_dir,
                      double sun_distance, shadow_model model) {
    const double along = r_m.dot(sun_dir); // < 0 behind the Earth
    if (along >= 0.0) return false;
    const double re = constants::earth_equatorial_radius.value();
    double radius = re;
    if (model != shadow_model::cylindrical) {
        const double sign = model == shadow_model::umbra ? -1.0 : 1.0;
        const double alpha = std::asin((solar_radius.value() + sign * re) / sun_distance);
        radius = re / std::cos(alpha) + sign * (-along) * std::tan(alpha);
    }
    return (r_m - along * sun_dir).norm() < radius;
}

/// Eclipse fraction of a circular orbit from the shadow's half-angle psi* and beta.
inline double eclipse_fraction_from_limit(double shadow_half_angle, double beta) {
    if (std::abs(beta) >= shadow_half_angle) return 0.0;
    return std::acos(std::clamp(std::cos(shadow_half_angle) / std::cos(beta), -1.0, 1.0)) /
           std::numbers::pi;
}

} // namespace detail

/// The beta angle above which the orbit at `altitude` sees no eclipse: asin(R/(R+h)) for
/// the cylindrical shadow, the cone's angle otherwise.
inline units::angle eclipse_beta_limit(units::length altitude,
                                       shadow_model model = shadow_model::cylindrical,
                                       units::length sun_distance = constants::astronomical_unit) {
    spacedc::detail::require_positive("sun distance", sun_distance);
    const double psi =
        detail::shadow_half_angle(orbit_radius(altitude).value(), model, sun_distance.value());
    return units::angle{psi * units::radians};
}

/// Fraction of each orbit spent in the shadow, in [0, 1): zero for |beta| at or above
/// `eclipse_beta_limit`. Throws `invalid_input` for a non-positive altitude or a beta
/// angle outside [-90 deg, 90 deg].
inline units::dimensionless
eclipse_fraction(units::length altitude, units::angle beta,
                 shadow_model model = shadow_model::cylindrical,
                 units::length sun_distance = constants::astronomical_unit) {
    const double b = beta.value();
    if (!(std::abs(b) <= std::numbers::pi / 2.0)) {
        throw invalid_input{"beta angle", fmt::format("{}", beta), "[-90°, 90°]"};
    }
    return detail::eclipse_fraction_from_limit(
        eclipse_beta_limit(altitude, model, sun_distance).value(), b);
}

/// Duration of each eclipse, the eclipse fraction times the orbital period.
inline units::duration eclipse_duration(units::length altitude, units::angle beta,
                                        shadow_model model = shadow_model::cylindrical,
                                        units::length sun_distance = constants::astronomical_unit) {
    return eclipse_fraction(altitude, beta, model, sun_distance) * orbital_period(altitude);
}

} // namespace spacedc::orbit
