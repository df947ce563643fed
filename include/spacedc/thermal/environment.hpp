#pragma once
/// \file
/// The orbital thermal environment: direct sunlight, Earth infrared and albedo, with
/// the hot, mean and cold cases a designer checks.
///
/// Values (Gilmore, Spacecraft Thermal Control Handbook Vol. I, 2nd ed., ch. 2 and
/// Tables 2.2-2.4, rescaled to the 1361 W/m^2 IAU 2015 solar irradiance): solar 1317 W/m^2
/// at aphelion (cold) and 1408 at perihelion (hot); Earth outgoing longwave 237 W/m^2
/// mean, 218 cold, 258 hot; albedo 0.30 mean, 0.25 cold, 0.35 hot.
///
/// Albedo model: the reflected sunlight reaching a satellite scales with the cosine of
/// the solar zenith angle at the sub-satellite point, K = max(0, cos theta_ss) with
/// cos theta_ss = r . s (Gilmore Vol. I ch. 2, "albedo loads": a point-source Earth
/// approximation, exact at the subsolar point and zero past the terminator). In a
/// dawn-dusk orbit the satellite stays near the terminator, so K stays small.

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <algorithm>
#include <cmath>

namespace spacedc::thermal {

/// Fluxes arriving at the top of the atmosphere and the Earth's reflectance.
struct thermal_environment {
    units::irradiance solar;
    units::irradiance earth_infrared;
    units::dimensionless albedo;
};

/// Gilmore's design cases.
inline thermal_environment hot_case() {
    return {1408.0 * units::watts_per_square_meter, 258.0 * units::watts_per_square_meter, 0.35};
}
inline thermal_environment mean_case() {
    return {constants::solar_irradiance_1au, 237.0 * units::watts_per_square_meter, 0.30};
}
inline thermal_environment cold_case() {
    return {1317.0 * units::watts_per_square_meter, 218.0 * units::watts_per_square_meter, 0.25};
}

/// Throws `invalid_input` for negative fluxes or an albedo outside [0, 1].
inline void validate(const thermal_environment& e) {
    spacedc::detail::require_non_negative("solar flux", e.solar);
    spacedc::detail::require_non_negative("Earth infrared", e.earth_infrared);
    spacedc::detail::require_in_closed_range("albedo", e.albedo, 0.0, 1.0);
}

/// Albedo factor K = max(0, cos theta_ss) from the cosine of the angle between the
/// sub-satellite point and the Sun.
inline units::dimensionless albedo_factor(units::dimensionless cos_subsolar_angle) {
    return std::max(0.0, cos_subsolar_angle.value());
}

/// A surface's optical properties: solar absorptivity (sunlight and albedo) and
/// infrared emissivity (emission and, by Kirchhoff's law, Earth IR absorption).
struct surface_optics {
    units::dimensionless solar_absorptivity;
    units::dimensionless infrared_emissivity;
};

/// How one face sees its surroundings at one instant.
struct face_view {
    units::dimensionless sun_factor; ///< cos of the Sun's incidence, 0 when behind or eclipsed
    units::dimensionless earth_view_factor; ///< view factor to the Earth sphere
    units::dimensionless albedo_factor;     ///< K, 0 in eclipse or past the terminator
};

namespace detail {
/// `absorbed_flux` without its checks, for callers that validated the optics and the
/// environment once (a load evaluated at every step of a transient).
inline units::heat_flux absorbed_flux_unchecked(const surface_optics& optics,
                                                const thermal_environment& env,
                                                const face_view& view) {
    return optics.solar_absorptivity * env.solar * view.sun_factor +
           optics.solar_absorptivity * env.albedo * env.solar * view.earth_view_factor *
               view.albedo_factor +
           optics.infrared_emissivity * env.earth_infrared * view.earth_view_factor;
}
} // namespace detail

/// Flux absorbed by a face: alpha S F_sun + alpha a S F_E K + eps q_IR F_E
/// (Gilmore Vol. I eq. 2.6 and ch. 2; sunlight and albedo with the solar absorptivity,
/// Earth IR with the IR emissivity).
inline units::heat_flux absorbed_flux(const surface_optics& optics, const thermal_environment& env,
                                      const face_view& view) {
    spacedc::detail::require_unit_fraction("solar absorptivity", optics.solar_absorptivity);
    spacedc::detail::require_unit_fraction("infrared emissivity", optics.infrared_emissivity);
    validate(env);
    spacedc::detail::require_in_closed_range("sun factor", view.sun_factor, 0.0, 1.0);
    spacedc::detail::require_in_closed_range("Earth view factor", view.earth_view_factor, 0.0, 1.0);
    spacedc::detail::require_in_closed_range("albedo factor", view.albedo_factor, 0.0, 1.0);
    return detail::absorbed_flux_unchecked(optics, env, view);
}

} // namespace spacedc::thermal
