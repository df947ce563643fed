#pragma once
/// \file
/// The first stage of sizing a node: everything that depends only on its orbit and on
/// the radiator's orientation, computed once and passed to every design in that orbit
/// (`size_node(spec, environment)`), so a sweep over chips, temperatures or technology
/// pays for the orbit once. No cache is hidden anywhere: the caller holds the value.
///
///     const auto env = node::prepare_orbit(spec.orbit, spec.thermal.orientation);
///     for (int n = 50; n <= 500; n += 10) {
///         spec.compute.count = n;
///         const auto design = node::size_node(spec, env);
///     }
///
/// It holds the year's sunlight (`orbit::analyse_year`, sun-synchronous or any circular
/// orbit: each day's beta, eclipse and solar flux) and its flux summary for the array
/// (power/flux_year.hpp), the orbital period, the hot and cold orbits of the year and the radiator
/// faces' orbit-average views (Sun, Earth, albedo; thermal/view_factor.hpp) on each of them:
/// - hot: the fully lit day with the smallest |beta| (the most Earth infrared and albedo
///   with no eclipse to cool in), or the day with the shortest eclipse when none is lit
///   all orbit;
/// - cold: the day of the year's longest eclipse.

#include <spacedc/errors.hpp>
#include <spacedc/node/node_spec.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/orbit/circular_orbit.hpp>
#include <spacedc/orbit/precessing_orbit.hpp>
#include <spacedc/power/flux_year.hpp>
#include <spacedc/thermal/view_factor.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstddef>

namespace spacedc::node {

struct orbit_environment {
    orbit_spec orbit;                          ///< the orbit analysed
    thermal::radiator_orientation orientation; ///< the orientation the views are for
    orbit::annual_sunlight sunlight;
    power::flux_year flux; ///< the year's flux summarised for array sizing
    units::duration period;
    std::size_t hot_day;  ///< index into `sunlight.days`
    std::size_t cold_day; ///< index into `sunlight.days`
    /// Orbit-average views of the front and back faces on the hot and the cold day.
    std::array<thermal::face_view, 2> hot_views;
    std::array<thermal::face_view, 2> cold_views;

    const orbit::daily_sunlight& hot() const { return sunlight.days[hot_day]; }
    const orbit::daily_sunlight& cold() const { return sunlight.days[cold_day]; }
};

/// The orbit as a precessing orbit: the given inclination and node at the start of its
/// year, or the sun-synchronous orbit's from its LTAN.
inline orbit::precessing_orbit as_precessing(const orbit_spec& orbit) {
    const orbit::instant start =
        std::chrono::sys_days{orbit::supported_year(orbit.year, "orbit.year") / 1 / 1};
    if (orbit.sun_synchronous())
        return orbit::as_precessing({.altitude = orbit.altitude, .ltan = orbit.ltan}, start);
    return {.altitude = orbit.altitude,
            .inclination = *orbit.inclination,
            .raan = orbit.raan,
            .epoch = start};
}

/// The year's sunlight of `orbit` (orbit/annual_sunlight.hpp).
inline orbit::annual_sunlight analyse_year(const orbit_spec& orbit) {
    const auto year = orbit::supported_year(orbit.year, "orbit.year");
    return orbit.sun_synchronous()
               ? orbit::analyse_year({.altitude = orbit.altitude, .ltan = orbit.ltan}, year,
                                     orbit.shadow)
               : orbit::analyse_year(as_precessing(orbit), year, orbit.shadow);
}

/// Analyses `orbit`'s year and the hot and cold orbits of a radiator facing `orientation`.
inline orbit_environment prepare_orbit(const orbit_spec& orbit,
                                       thermal::radiator_orientation orientation) {
    orbit_environment env{.orbit = orbit,
                          .orientation = orientation,
                          .sunlight = analyse_year(orbit),
                          .flux = {},
                          .period = orbit::orbital_period(orbit.altitude),
                          .hot_day = 0,
                          .cold_day = 0,
                          .hot_views = {},
                          .cold_views = {}};
    const auto& days = env.sunlight.days;
    if (days.empty()) throw invalid_input{"orbit.year", "(no days)", "a year with days"};
    env.flux = power::summarise_flux(env.sunlight);
    env.hot_day = static_cast<std::size_t>(
        std::min_element(days.begin(), days.end(),
                         [](const auto& a, const auto& b) {
                             return a.eclipse != b.eclipse
                                        ? a.eclipse < b.eclipse
                                        : std::abs(a.beta.value()) < std::abs(b.beta.value());
                         }) -
        days.begin());
    env.cold_day = static_cast<std::size_t>(
        std::max_element(days.begin(), days.end(),
                         [](const auto& a, const auto& b) { return a.eclipse < b.eclipse; }) -
        days.begin());
    for (int face = 0; face < 2; ++face) {
        const auto i = static_cast<std::size_t>(face);
        env.hot_views[i] =
            thermal::orbit_average_view(orientation, orbit.altitude, env.hot().beta, face == 1);
        env.cold_views[i] =
            thermal::orbit_average_view(orientation, orbit.altitude, env.cold().beta, face == 1);
    }
    return env;
}

/// Throws `invalid_input` unless `env` was prepared for `spec`'s orbit and orientation.
inline void require_prepared_for(const orbit_environment& env, const node_spec& spec) {
    if (env.orbit != spec.orbit || env.orientation != spec.thermal.orientation) {
        throw invalid_input{"orbit environment", "prepared for another orbit or orientation",
                            "prepare_orbit(spec.orbit, spec.thermal.orientation)"};
    }
}

} // namespace spacedc::node
