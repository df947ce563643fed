#pragma once
/// \file
/// A node model through a year of orbits: for each day, the periodic steady state of
/// that day's orbit (its beta angle and solar flux), each node's coldest and hottest
/// temperature in it, and the days that set the year's extremes.
///
/// Quasi-static in the day: each day's orbit is solved as if it repeated for ever. This
/// holds when the node's slowest thermal time constant is short against the days over
/// which beta changes (a radiator-cooled node: tens of minutes; beta in a sun-synchronous
/// orbit: under a degree a day). The shooting of each day starts from the previous
/// day's cycle, so it takes one or two Newton iterations. The step-by-step integration
/// of the same year (benchmarks/thermal_year_benchmark) agrees to a fraction of a kelvin
/// and takes about 45 times longer.

#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/thermal/load_schedule.hpp>
#include <spacedc/thermal/network.hpp>
#include <spacedc/thermal/periodic_steady_state.hpp>
#include <spacedc/units.hpp>

#include <chrono>
#include <vector>

namespace spacedc::thermal {

/// One day's orbit, solved as a periodic cycle.
struct daily_cycle {
    std::chrono::year_month_day date;
    units::angle beta;                       ///< at 12:00 UTC
    units::duration eclipse;                 ///< the cycle's time in the cylindrical shadow
    std::vector<units::temperature> minimum; ///< per node, over the orbit
    std::vector<units::temperature> maximum; ///< per node, over the orbit
    int iterations = 0;                      ///< Newton iterations of the shooting
};

struct orbit_year {
    std::vector<daily_cycle> days;
    std::vector<std::size_t> coldest_day; ///< per node: the day of its lowest temperature
    std::vector<std::size_t> hottest_day; ///< per node: the day of its highest temperature
};

/// Every `every_days`-th day of `sunlight` (1 to 366) for `net` on a circular orbit at
/// `altitude` starting at orbit angle `start`: loads that follow an orbit are moved to the
/// day's beta (and, with `follow_solar_flux`, environment loads to the day's solar
/// irradiance). `options.period` and `options.breakpoints` are set per day from the orbit
/// and the loads (`load_breakpoints`); the rest is used as given.
inline orbit_year cycles_through_year(const thermal_network& net,
                                      const orbit::annual_sunlight& sunlight,
                                      units::length altitude, periodic_options options,
                                      int every_days = 1, bool follow_solar_flux = true,
                                      units::angle start = units::angle{0.0 * units::radians}) {
    spacedc::detail::require_in_closed_range("every_days", every_days, 1, 366);
    if (sunlight.days.empty())
        throw invalid_input{"sunlight", "(no days)", "a year analysed by analyse_year"};
    if (!net.follows_orbit()) {
        throw invalid_input{"network", "(no load follows the orbit)",
                            "a model with sunlit or environment loads",
                            "nothing changes in the year"};
    }
    options.period = orbit::orbital_period(altitude);
    orbit_year out{};
    thermal_network day = net;
    periodic_detail::period_map map; // one day's period map serves the next ones
    std::vector<units::temperature> previous_start;
    for (std::size_t d = 0; d < sunlight.days.size(); d += static_cast<std::size_t>(every_days)) {
        const auto& s = sunlight.days[d];
        const orbit_pass pass{.altitude = altitude, .beta = s.beta, .start = start};
        day.set_orbit(pass);
        if (follow_solar_flux) day.set_solar_flux(s.solar_flux);
        options.breakpoints = load_breakpoints(day, options.period);
        const periodic_solution cycle = periodic_detail::solve(day, options, map);
        const auto shadow = shadow_times(pass);
        double eclipse = 0.0;
        if (shadow) {
            eclipse = shadow->exit.value() - shadow->entry.value();
            if (eclipse < 0.0) eclipse += options.period.value();
        }
        out.days.push_back({.date = s.date,
                            .beta = s.beta,
                            .eclipse = units::duration{eclipse * units::seconds},
                            .minimum = cycle.minimum,
                            .maximum = cycle.maximum,
                            .iterations = cycle.iterations});
        // The next day's start: this day's, moved on as from the day before (a linear
        // predictor; beta changes smoothly), so the shooting starts close.
        std::vector<units::temperature> next = cycle.temperatures.front();
        if (!previous_start.empty()) {
            for (std::size_t i = 0; i < next.size(); ++i) {
                const double t = 2.0 * next[i].value() - previous_start[i].value();
                if (t > 0.5 * next[i].value()) next[i] = units::temperature{t * units::kelvin};
            }
        }
        previous_start = cycle.temperatures.front();
        day.set_initial_temperatures(next);
    }
    const std::size_t nodes = net.nodes().size();
    out.coldest_day.assign(nodes, 0);
    out.hottest_day.assign(nodes, 0);
    for (std::size_t d = 0; d < out.days.size(); ++d) {
        for (std::size_t i = 0; i < nodes; ++i) {
            if (out.days[d].minimum[i] < out.days[out.coldest_day[i]].minimum[i])
                out.coldest_day[i] = d;
            if (out.days[d].maximum[i] > out.days[out.hottest_day[i]].maximum[i])
                out.hottest_day[i] = d;
        }
    }
    return out;
}

} // namespace spacedc::thermal
