#pragma once
/// \file
/// View factors from a flat plate to the Earth, and how a radiator face sees the Sun,
/// the Earth and its albedo around a circular orbit.
///
/// Plate to sphere (Howell, A Catalog of Radiation Heat Transfer Configuration Factors,
/// 3rd ed., section B, "differential planar element to sphere", tilted plate): with
/// H = r/R and the plate's normal tilted lambda from the direction to the centre,
///   fully visible, lambda <= acos(1/H):  F = cos(lambda) / H^2
///   partly visible, |lambda - pi/2| < asin(1/H), x = sqrt(H^2 - 1), y = -x cot(lambda):
///     F = [cos(lambda) acos(y) - x sin(lambda) sqrt(1 - y^2)] / (pi H^2)
///         + atan(sin(lambda) sqrt(1 - y^2) / x) / pi
///   hidden, lambda >= pi/2 + asin(1/H):  F = 0.
/// The Earth is the library's sphere, the WGS-84 equatorial radius with the altitude
/// above it (`constants::earth_equatorial_radius`); `earth_view_factor` takes another
/// radius where a source uses one (Gilmore and McCalip use the mean radius, 6371 km).
///
/// Around the orbit (frame: x towards the Sun's projection on the orbit plane, z along
/// the orbit normal h = r x v): the satellite at angle u from x has r = (cos u, sin u, 0),
/// v = (-sin u, cos u, 0), and the Sun is s = (cos beta, 0, sin beta). The face is lit
/// unless in the cylindrical shadow; its albedo factor is max(0, r . s).

#include <spacedc/constants.hpp>
#include <spacedc/detail/quadrature.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/thermal/environment.hpp>
#include <spacedc/units.hpp>

#include <Eigen/Core>
#include <Eigen/Geometry>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <optional>
#include <string_view>
#include <vector>

namespace spacedc::thermal {

/// View factor from a planar element at distance `distance` from the centre of a sphere
/// of radius `radius`, its normal tilted `tilt` from the direction to the centre.
inline units::dimensionless plate_to_sphere_view_factor(units::length radius,
                                                        units::length distance, units::angle tilt) {
    spacedc::detail::require_positive("sphere radius", radius);
    if (!(distance > radius)) {
        throw invalid_input{"distance to the sphere's centre", fmt::format("{}", distance),
                            fmt::format("> the radius, {}", radius)};
    }
    const double lambda = tilt.value();
    if (!(lambda >= 0.0 && lambda <= std::numbers::pi)) {
        throw invalid_input{"tilt from the direction to the centre", fmt::format("{}", tilt),
                            "[0°, 180°]"};
    }
    const double h = distance / radius;
    const double half_angle = std::asin(1.0 / h);
    if (lambda <= std::numbers::pi / 2.0 - half_angle) return std::cos(lambda) / (h * h);
    if (lambda >= std::numbers::pi / 2.0 + half_angle) return 0.0;
    const double x = std::sqrt(h * h - 1.0);
    const double y = std::clamp(-x * std::cos(lambda) / std::sin(lambda), -1.0, 1.0);
    const double root = std::sqrt(1.0 - y * y);
    return (std::cos(lambda) * std::acos(y) - x * std::sin(lambda) * root) /
               (std::numbers::pi * h * h) +
           std::atan(std::sin(lambda) * root / x) / std::numbers::pi;
}

/// View factor from a plate at `altitude` above an Earth of radius `earth_radius`, its
/// normal tilted `tilt_from_nadir` from nadir. A nadir-facing plate sees (R / (R + h))^2.
inline units::dimensionless
earth_view_factor(units::length altitude, units::angle tilt_from_nadir,
                  units::length earth_radius = constants::earth_equatorial_radius) {
    spacedc::detail::require_positive("altitude", altitude);
    return plate_to_sphere_view_factor(earth_radius, earth_radius + altitude, tilt_from_nadir);
}

/// Where a radiator face points, in the orbit's local frame.
enum class radiator_orientation {
    nadir,               ///< at the Earth
    zenith,              ///< away from the Earth
    velocity,            ///< along the flight direction
    orbit_normal_sunlit, ///< along the orbit normal, on the side the Sun is
    orbit_normal_dark, ///< along the orbit normal, away from the Sun (the dawn-dusk radiator side)
    edge_on,           ///< perpendicular to the Sun and to nadir: never sunlit, Earth at 90 deg
    sun_tracking,      ///< at the Sun (a tracking array's cells; its back face looks away)
};

/// The orientation's name as the command line spells it.
inline std::string_view to_string(radiator_orientation o) {
    switch (o) {
    case radiator_orientation::nadir:
        return "nadir";
    case radiator_orientation::zenith:
        return "zenith";
    case radiator_orientation::velocity:
        return "velocity";
    case radiator_orientation::orbit_normal_sunlit:
        return "orbit-normal-sunlit";
    case radiator_orientation::orbit_normal_dark:
        return "orbit-normal-dark";
    case radiator_orientation::edge_on:
        return "edge-on";
    case radiator_orientation::sun_tracking:
        return "sun-tracking";
    }
    return "unknown";
}

/// Every orientation, in the order the command line lists them.
inline constexpr radiator_orientation radiator_orientations[] = {
    radiator_orientation::nadir,
    radiator_orientation::zenith,
    radiator_orientation::velocity,
    radiator_orientation::orbit_normal_sunlit,
    radiator_orientation::orbit_normal_dark,
    radiator_orientation::edge_on,
    radiator_orientation::sun_tracking};

/// Every orientation's name, in that order, for help texts and errors.
inline constexpr std::string_view radiator_orientation_names =
    "nadir, zenith, velocity, orbit-normal-sunlit, orbit-normal-dark, edge-on, sun-tracking";

/// The orientation spelled `name` (as `to_string` spells it), if any.
inline std::optional<radiator_orientation> radiator_orientation_from_string(std::string_view name) {
    for (auto o : radiator_orientations) {
        if (to_string(o) == name) return o;
    }
    return std::nullopt;
}

namespace detail {

/// The cylindrical shadow test: lit unless behind the Earth (r . s < 0) and within R_E of
/// the Sun-Earth axis; `along` = r . s for the unit position, `orbit_r` in m.
inline bool outside_cylindrical_shadow(double along, double orbit_r) {
    return along >= 0.0 || std::sqrt(std::max(0.0, 1.0 - along * along)) * orbit_r >=
                               constants::earth_equatorial_radius.value();
}

inline Eigen::Vector3d face_normal(radiator_orientation o, double beta, double u) {
    const Eigen::Vector3d r{std::cos(u), std::sin(u), 0.0};
    const Eigen::Vector3d v{-std::sin(u), std::cos(u), 0.0};
    const Eigen::Vector3d h{0.0, 0.0, 1.0};
    const Eigen::Vector3d s{std::cos(beta), 0.0, std::sin(beta)};
    const double sun_side = beta >= 0.0 ? 1.0 : -1.0;
    switch (o) {
    case radiator_orientation::nadir:
        return -r;
    case radiator_orientation::zenith:
        return r;
    case radiator_orientation::velocity:
        return v;
    case radiator_orientation::orbit_normal_sunlit:
        return sun_side * h;
    case radiator_orientation::orbit_normal_dark:
        return -sun_side * h;
    case radiator_orientation::edge_on: {
        const Eigen::Vector3d n = s.cross(-r);
        return n.norm() > 1e-12 ? Eigen::Vector3d{n.normalized()} : v;
    }
    case radiator_orientation::sun_tracking:
        return s;
    }
    return r;
}

/// The orbit-average Earth view of a face whose tilt from nadir follows cos(lambda) =
/// c cos u, for R/r = `ratio` (the sun-tracking face, `orbit_average_view`).
inline double sun_tracking_earth_view(double ratio, double c) {
    const units::length radius{ratio * units::meters};
    const units::length distance{1.0 * units::meters};
    auto f = [&](double u) {
        const double tilt = std::acos(std::clamp(c * std::cos(u), -1.0, 1.0));
        return plate_to_sphere_view_factor(radius, distance, units::angle{tilt * units::radians})
            .value();
    };
    // Split [0, pi] where the Earth's disc starts to set below the face's horizon
    // (cos(lambda) = ratio) and where it has set (cos(lambda) = -ratio).
    std::array<double, 4> cuts{0.0, 0.0, 0.0, std::numbers::pi};
    std::size_t n = 1;
    for (double edge : {ratio, -ratio}) {
        if (c > std::abs(edge)) cuts[n++] = std::acos(edge / c);
    }
    cuts[n] = std::numbers::pi;
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += spacedc::detail::integrate_adaptive(f, cuts[i], cuts[i + 1], 1e-14).value;
    }
    return sum / std::numbers::pi;
}

} // namespace detail

/// How a face (or, with `back_face`, the face opposite it) sees the Sun, the Earth and
/// its albedo at orbit angle `u` from the point nearest the Sun, for beta angle `beta`.
inline face_view view_at(radiator_orientation orientation, units::length altitude,
                         units::angle beta, units::angle u, bool back_face = false) {
    const double b = beta.value();
    if (!(std::abs(b) <= std::numbers::pi / 2.0)) {
        throw invalid_input{"beta angle", fmt::format("{}", beta), "[-90°, 90°]"};
    }
    const double angle = u.value();
    Eigen::Vector3d n = detail::face_normal(orientation, b, angle);
    if (back_face) n = -n;
    const Eigen::Vector3d r{std::cos(angle), std::sin(angle), 0.0};
    const Eigen::Vector3d s{std::cos(b), 0.0, std::sin(b)};
    const double orbit_r = (constants::earth_equatorial_radius + altitude).value();
    const double along = r.dot(s);
    const bool lit = detail::outside_cylindrical_shadow(along, orbit_r);
    const units::angle tilt{std::acos(std::clamp(n.dot(-r), -1.0, 1.0)) * units::radians};
    return {
        .sun_factor = lit ? std::max(0.0, n.dot(s)) : 0.0,
        .earth_view_factor = earth_view_factor(altitude, tilt),
        .albedo_factor = lit ? albedo_factor(along) : units::dimensionless{0.0},
    };
}

/// The face's view averaged over one orbit in closed form. Each orientation keeps a fixed
/// tilt from nadir (0, 180 or 90 degrees), so the Earth view factor is constant; the Sun
/// and albedo factors are piecewise cos u cos(beta), sin u cos(beta) or |sin beta|,
/// integrated exactly between the kinks at u = 0, +-90, 180 degrees and the cylindrical
/// shadow's edges at 180 -+ a, cos a = sqrt(1 - (R_E / r)^2) / cos(beta) (no shadow when
/// that exceeds 1). With c = cos(beta):
///   albedo  c / pi (the day side is never eclipsed);
///   Sun on a nadir (or zenith back) face  c (1 - sin a) / pi; zenith (or nadir back)
///   c / pi; velocity, either face  c (1 + cos a) / (2 pi); orbit-normal face towards the
///   Sun  |sin beta| (1 - a / pi); edge-on and the other orbit-normal face  0; a
///   sun-tracking face  1 - a / pi (its back face 0).
/// A sun-tracking face is the one whose tilt moves: cos(lambda) = -+c cos u, so its Earth
/// view (the same for both faces over a whole orbit) is (1/pi) int_0^pi F(acos(c cos u)) du,
/// integrated by adaptive Gauss-Kronrod (QK15) on the pieces between Howell's kinks at
/// c cos u = +-1/H (H = r/R), to 1e-13.
/// Tested against `orbit_average_view_sampled` integrated piece by piece (1e-12).
inline face_view orbit_average_view(radiator_orientation orientation, units::length altitude,
                                    units::angle beta, bool back_face = false) {
    const double b = beta.value();
    if (!(std::abs(b) <= std::numbers::pi / 2.0)) {
        throw invalid_input{"beta angle", fmt::format("{}", beta), "[-90°, 90°]"};
    }
    constexpr double pi = std::numbers::pi;
    const double c = std::cos(b), sine = std::abs(std::sin(b));
    const double ratio =
        constants::earth_equatorial_radius.value() /
        (constants::earth_equatorial_radius + altitude).value();       // < 1 for altitude > 0
    const double edge = std::sqrt(std::max(0.0, 1.0 - ratio * ratio)); // |r . s| at the edge
    const double a = c > edge ? std::acos(edge / c) : 0.0; // shadow half-width about u = pi

    double tilt = pi / 2.0; // from nadir
    double sun = 0.0;
    const bool down = orientation == radiator_orientation::nadir;
    const bool up = orientation == radiator_orientation::zenith;
    if (down || up) {
        const bool faces_earth = down != back_face;
        tilt = faces_earth ? 0.0 : pi;
        sun = faces_earth ? c * (1.0 - std::sin(a)) / pi : c / pi;
    } else if (orientation == radiator_orientation::velocity) {
        sun = c * (1.0 + std::cos(a)) / (2.0 * pi);
    } else if (orientation == radiator_orientation::orbit_normal_sunlit ||
               orientation == radiator_orientation::orbit_normal_dark) {
        const bool towards_sun =
            (orientation == radiator_orientation::orbit_normal_sunlit) != back_face;
        sun = towards_sun ? sine * (1.0 - a / pi) : 0.0;
    } else if (orientation == radiator_orientation::sun_tracking) {
        return {.sun_factor = back_face ? 0.0 : 1.0 - a / pi,
                .earth_view_factor = detail::sun_tracking_earth_view(ratio, c),
                .albedo_factor = c / pi};
    }
    return {.sun_factor = sun,
            .earth_view_factor = earth_view_factor(altitude, units::angle{tilt * units::radians}),
            .albedo_factor = c / pi};
}

/// The face's view averaged over `samples` equally spaced positions (1 to 10^7): the
/// midpoint rule on `view_at`, the test oracle of `orbit_average_view`. Absorbed flux is
/// linear in the view, so the average view gives the orbit-average absorbed flux.
inline face_view orbit_average_view_sampled(radiator_orientation orientation,
                                            units::length altitude, units::angle beta,
                                            bool back_face, int samples) {
    spacedc::detail::require_in_closed_range("samples", samples, 1, 1e7);
    double sun = 0.0, earth = 0.0, albedo = 0.0;
    for (int k = 0; k < samples; ++k) {
        const units::angle u{2.0 * std::numbers::pi * (k + 0.5) / samples * units::radians};
        const face_view v = view_at(orientation, altitude, beta, u, back_face);
        sun += v.sun_factor, earth += v.earth_view_factor, albedo += v.albedo_factor;
    }
    return {sun / samples, earth / samples, albedo / samples};
}

/// The largest flux the face absorbs anywhere around the orbit (`samples` 1 to 10^7).
inline units::heat_flux peak_absorbed_flux(const surface_optics& optics,
                                           const thermal_environment& env,
                                           radiator_orientation orientation, units::length altitude,
                                           units::angle beta, bool back_face = false,
                                           int samples = 720) {
    spacedc::detail::require_in_closed_range("samples", samples, 1, 1e7);
    units::heat_flux peak{0.0 * units::watts_per_square_meter};
    for (int k = 0; k < samples; ++k) {
        const units::angle u{2.0 * std::numbers::pi * (k + 0.5) / samples * units::radians};
        peak = std::max(
            peak, absorbed_flux(optics, env, view_at(orientation, altitude, beta, u, back_face)));
    }
    return peak;
}

} // namespace spacedc::thermal
