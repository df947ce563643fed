#pragma once
/// \file
/// Brute-force sunlight of a circular orbit: the satellite is stepped around a
/// circular orbit whose node regresses at the J2 rate, and at every step the shadow is
/// tested geometrically against the Sun's position at that instant. It shares no
/// eclipse formula with `analyse_year` and exists to validate it (tests, benchmarks).
///
/// Position in the equatorial frame (Vallado, Fundamentals of Astrodynamics, eq. 2-102
/// with e = 0): r = a (cos u cos W - sin u cos i sin W, cos u sin W + sin u cos i cos W,
/// sin u sin i), u = n t, W = W0 + (dW/dt)_J2 t. Shadow tests: behind the Earth
/// (r . s < 0) and within the cylinder or the cone's radius at that distance.

#include <spacedc/orbit/eclipse.hpp>
#include <spacedc/orbit/precessing_orbit.hpp>
#include <spacedc/orbit/sun_synchronous.hpp>

#include <chrono>
#include <cmath>
#include <set>

namespace spacedc::orbit {

struct propagated_sunlight {
    units::dimensionless sunlit_fraction; ///< steps in sunlight / all steps
    units::duration longest_eclipse;      ///< longest run of steps in shadow
    int eclipse_days;                     ///< calendar days with any step in shadow
};

/// Steps the orbit through `year` at `step` and counts the steps in sunlight.
inline propagated_sunlight propagate_sunlight(const precessing_orbit& orbit, std::chrono::year year,
                                              std::chrono::seconds step,
                                              shadow_model model = shadow_model::cylindrical) {
    if (step.count() <= 0) {
        throw invalid_input{"step", fmt::format("{} s", step.count()), "> 0 s"};
    }
    require_supported_year(year);
    const double a = orbit_radius(orbit.altitude).value();
    const double n = mean_motion(orbit.altitude).value();
    const double node_rate = nodal_precession_rate(as_circular(orbit)).value();
    const double ci = std::cos(orbit.inclination.value());
    const double si = std::sin(orbit.inclination.value());

    const instant start = std::chrono::sys_days{year / std::chrono::January / 1};
    const instant end =
        std::chrono::sys_days{(year + std::chrono::years{1}) / std::chrono::January / 1};
    const double node0 = ascending_node(orbit, start).value();

    long long lit = 0, total = 0, run = 0, longest = 0;
    std::set<long long> days_in_shadow;
    for (instant t = start; t < end; t += step) {
        const double s = std::chrono::duration<double>(t - start).count();
        const double u = n * s;
        const double node = node0 + node_rate * s;
        const Eigen::Vector3d r{
            a * (std::cos(u) * std::cos(node) - std::sin(u) * ci * std::sin(node)),
            a * (std::cos(u) * std::sin(node) + std::sin(u) * ci * std::cos(node)),
            a * std::sin(u) * si};
        const sun_position sun = solar_position(t);
        const bool shadow = detail::in_shadow(r, sun_direction(sun), sun.distance.value(), model);
        ++total;
        if (shadow) {
            ++run;
            longest = std::max(longest, run);
            days_in_shadow.insert(
                std::chrono::floor<std::chrono::days>(t).time_since_epoch().count());
        } else {
            ++lit;
            run = 0;
        }
    }
    return {
        .sunlit_fraction = static_cast<double>(lit) / static_cast<double>(total),
        .longest_eclipse = static_cast<double>(longest * step.count()) * units::seconds,
        .eclipse_days = static_cast<int>(days_in_shadow.size()),
    };
}

/// The sun-synchronous orbit stepped from 1 January of `year`, its node at the J2 rate of
/// its inclination (not the mean Sun's, which `analyse_year` uses).
inline propagated_sunlight propagate_sunlight(const sun_synchronous_orbit& orbit,
                                              std::chrono::year year, std::chrono::seconds step,
                                              shadow_model model = shadow_model::cylindrical) {
    require_supported_year(year);
    return propagate_sunlight(
        as_precessing(orbit, std::chrono::sys_days{year / std::chrono::January / 1}), year, step,
        model);
}

} // namespace spacedc::orbit
