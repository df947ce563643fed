#include <spacedc/thermal/load_schedule.hpp>
#include <spacedc/thermal/network_solver.hpp>
#include <spacedc/orbit/sun_synchronous.hpp>
#include <spacedc/thermal/orbit_year.hpp>
#include <spacedc/thermal/periodic_steady_state.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace th = spacedc::thermal;
namespace u = spacedc::units;

namespace {

u::duration seconds(double s) { return u::duration{s * u::seconds}; }
u::power watts(double w) { return u::power{w * u::watts}; }
u::temperature kelvin(double k) { return u::temperature{k * u::kelvin}; }

/// One node of capacitance c (J/K) on a conductor g (W/K) to a sink at ts (K).
th::thermal_network one_node(double c, double g, double ts) {
    th::thermal_network net;
    net.add_node({.name = "mass",
                  .capacitance = u::heat_capacity{c * u::joules_per_kelvin},
                  .initial_temperature = kelvin(ts + 10.0)});
    net.add_node({.name = "sink", .fixed_temperature = kelvin(ts), .initial_temperature = kelvin(ts)});
    net.add_conductor("mass", "sink", u::thermal_conductance{g * u::watts_per_kelvin});
    return net;
}

/// Sinusoidal load on a linear node: the exact periodic solution is
/// T = Ts + P0/G + P1 (G sin wt - C w cos wt) / (G^2 + C^2 w^2), of amplitude
/// P1 / sqrt(G^2 + C^2 w^2). TR-BDF2 is second order: the error falls about fourfold when
/// the step halves.
TEST(PeriodicSteadyState, SinusoidalLoadOnALinearNodeMatchesTheExactCycleToSecondOrder) {
    const double c = 1e5, g = 100.0, ts = 250.0, p0 = 1e4, p1 = 5e3, period = 6000.0;
    const double w = 2.0 * std::numbers::pi / period;
    auto net = one_node(c, g, ts);
    net.add_load("mass", [=](u::duration t) { return watts(p0 + p1 * std::sin(w * t.value())); });
    auto exact = [&](double t) {
        return ts + p0 / g + p1 * (g * std::sin(w * t) - c * w * std::cos(w * t)) / (g * g + c * c * w * w);
    };
    double previous_error = 0.0;
    for (int steps : {60, 120, 240}) {
        const auto s = th::periodic_steady_state(net, {.period = seconds(period), .steps = steps});
        double error = 0.0;
        for (std::size_t k = 0; k < s.times.size(); ++k)
            error = std::max(error, std::abs(s.temperatures[k][0].value() - exact(s.times[k].value())));
        if (steps == 240) {
            EXPECT_LT(error, 0.01); // of a 34.5 K swing
            const double amplitude = p1 / std::hypot(g, c * w);
            EXPECT_NEAR(s.maximum[0].value(), ts + p0 / g + amplitude, 0.01);
            EXPECT_NEAR(s.minimum[0].value(), ts + p0 / g - amplitude, 0.01);
        }
        if (previous_error > 0.0) {
            EXPECT_GT(previous_error / error, 3.5) << steps << " steps";
        }
        previous_error = error;
    }
}

/// A square wave, P for `on` seconds then 0 for `off`, on a linear node: the cycle runs
/// between x = Ts + (P/G) (1 - E_on) E_off / (1 - E_on E_off) at the end of the off phase
/// and y = Ts + P/G + (x - Ts - P/G) E_on at the end of the on phase, E = exp(-t G / C).
/// With breakpoints at the jumps it converges to that at second order in the step.
TEST(PeriodicSteadyState, SquareWaveWithBreakpointsMatchesThePiecewiseExponentialCycle) {
    const double c = 2e5, g = 150.0, ts = 200.0, p = 3e4, on = 4700.0, off = 1200.0;
    auto net = one_node(c, g, ts);
    net.add_load("mass", [=](u::duration t) { return watts(std::fmod(t.value(), on + off) < on ? p : 0.0); });
    const double e_on = std::exp(-on * g / c), e_off = std::exp(-off * g / c);
    const double x = ts + p / g * (1.0 - e_on) * e_off / (1.0 - e_on * e_off);
    const double y = ts + p / g + (x - ts - p / g) * e_on;
    const auto s = th::periodic_steady_state(
        net, {.period = seconds(on + off), .steps = 400, .breakpoints = {seconds(on)}});
    EXPECT_NEAR(s.minimum[0].value(), x, 2e-3);
    EXPECT_NEAR(s.maximum[0].value(), y, 2e-3);
    EXPECT_LE(s.mismatch.value(), 1e-8);
}

/// The compute node of examples/configs/compute_node_network.toml, with a tabulated
/// square wave (on in sunlight, 1 kW of housekeeping in a 1200 s eclipse; 10 s ramps):
/// the periodic solution is where a long transient from an arbitrary start ends up.
th::thermal_network compute_node(double start_k) {
    th::thermal_network net;
    auto node = [&](const char* name, double c) {
        net.add_node({.name = name,
                      .capacitance = u::heat_capacity{c * u::joules_per_kelvin},
                      .initial_temperature = kelvin(start_k)});
    };
    node("chips", 40e3);
    node("cold_plates", 150e3);
    node("loop", 400e3);
    node("radiator", 580e3);
    net.add_node({.name = "space", .fixed_temperature = kelvin(2.725), .initial_temperature = kelvin(2.725)});
    net.add_conductor("chips", "cold_plates", u::thermal_conductance{4300.0 * u::watts_per_kelvin});
    net.add_conductor("cold_plates", "loop", u::thermal_conductance{7150.0 * u::watts_per_kelvin});
    net.add_conductor("loop", "radiator", u::thermal_conductance{1e4 * u::watts_per_kelvin});
    net.add_radiation("radiator", "space", u::area{260.0 * u::square_meters}, 0.9, 1.0);
    net.add_load("chips", th::tabulated_schedule{
                              .times = {seconds(0), seconds(4700), seconds(4710), seconds(5890)},
                              .powers = {watts(1e5), watts(1e5), watts(1e3), watts(1e3)},
                              .period = seconds(5900)});
    return net;
}

TEST(PeriodicSteadyState, PeriodicSolutionIsWhereALongTransientEndsUp) {
    const auto periodic = th::periodic_steady_state(
        compute_node(300.0),
        {.period = seconds(5900),
         .steps = 1180,
         .breakpoints = {seconds(4700), seconds(4710), seconds(5890)}});
    // 12 orbits of fixed 2 s BDF2 steps from 250 K (the slowest time constant is about
    // 21 minutes, so the start is forgotten to e^-57): every knot of the schedule falls on
    // a step. Both converge to 238.065 K for the loop's minimum as their steps shrink
    // (the transient's is 0.16 K off at 10 s steps, 0.008 K at 2 s; the periodic one's
    // 0.006 K at 5 s).
    auto start = compute_node(250.0);
    const auto h = th::transient(start, {.duration = seconds(12 * 5900.0), .step = seconds(2.0)});
    const std::size_t per_orbit = 2950, last = h.times.size() - 1 - per_orbit;
    for (std::size_t node = 0; node < 4; ++node) {
        double lo = 1e9, hi = 0.0;
        for (std::size_t k = last; k < h.times.size(); ++k) {
            lo = std::min(lo, h.temperatures[k][node].value());
            hi = std::max(hi, h.temperatures[k][node].value());
        }
        EXPECT_NEAR(periodic.minimum[node].value(), lo, 0.02) << "node " << node;
        EXPECT_NEAR(periodic.maximum[node].value(), hi, 0.02) << "node " << node;
    }
    // The swing is real: the radiator cools by tens of kelvin in the eclipse.
    EXPECT_GT(periodic.maximum[3].value() - periodic.minimum[3].value(), 20.0);
}

TEST(PeriodicSteadyState, EnergyClosesOverTheOrbitToOnePartInABillion) {
    auto net = compute_node(300.0);
    // Add the orbital environment on the radiator's two faces and a massless node.
    const th::orbit_pass pass{.altitude = u::length{650e3 * u::meters},
                              .beta = u::angle{0.3 * u::radians}};
    net.add_load("radiator", th::environment_schedule{.pass = pass,
                                                      .orientation = th::radiator_orientation::edge_on,
                                                      .area = u::area{130.0 * u::square_meters},
                                                      .optics = {0.2, 0.9}});
    net.add_node({.name = "bracket", .initial_temperature = kelvin(280.0)});
    net.add_conductor("bracket", "radiator", u::thermal_conductance{5.0 * u::watts_per_kelvin});
    net.add_radiation("bracket", "space", u::area{0.5 * u::square_meters});
    const auto s = th::periodic_steady_state(
        net, {.period = seconds(5900), .breakpoints = {seconds(4700), seconds(4710), seconds(5890)}});
    EXPECT_NEAR(s.supplied.value(), s.rejected.value() + s.stored.value(), 1e-9 * s.supplied.value());
    EXPECT_NEAR(s.supplied.value(), s.rejected.value(), 1e-9 * s.supplied.value());
    EXPECT_GT(s.supplied.value(), 4700.0 * 1e5); // the compute alone
}

TEST(PeriodicSteadyState, SuccessivePeriodsReachTheSameCycleAsShooting) {
    const th::periodic_options shooting{.period = seconds(5900),
                                        .steps = 295,
                                        .breakpoints = {seconds(4700), seconds(4710), seconds(5890)}};
    auto successive = shooting;
    successive.max_shooting_unknowns = 0;
    const auto a = th::periodic_steady_state(compute_node(300.0), shooting);
    const auto b = th::periodic_steady_state(compute_node(300.0), successive);
    for (std::size_t node = 0; node < 4; ++node) {
        EXPECT_NEAR(a.minimum[node].value(), b.minimum[node].value(), 1e-6);
        EXPECT_NEAR(a.maximum[node].value(), b.maximum[node].value(), 1e-6);
    }
    EXPECT_LE(a.iterations, 6);       // Newton on the period map
    EXPECT_GT(b.iterations, a.iterations); // contraction by exp(-P / tau) per period
}

TEST(PeriodicSteadyState, RefusesInvalidOptions) {
    const auto net = compute_node(300.0);
    EXPECT_THROW(th::periodic_steady_state(net, {.period = seconds(0)}), spacedc::invalid_input);
    EXPECT_THROW(th::periodic_steady_state(net, {.period = seconds(100), .steps = 0}),
                 spacedc::invalid_input);
    EXPECT_THROW(th::periodic_steady_state(net, {.period = seconds(100), .breakpoints = {seconds(100)}}),
                 spacedc::invalid_input);
    EXPECT_THROW(th::periodic_steady_state(
                     net, {.period = seconds(5900), .steps = 50, .max_shooting_unknowns = 0, .max_periods = 1}),
                 spacedc::no_convergence);
}

} // namespace

namespace {

/// The compute node with its compute following the array and the orbital environment on
/// both faces of an edge-on radiator, at 650 km.
th::thermal_network orbital_node(double beta_rad) {
    th::thermal_network net;
    auto node = [&](const char* name, double c) {
        net.add_node({.name = name,
                      .capacitance = u::heat_capacity{c * u::joules_per_kelvin},
                      .initial_temperature = kelvin(300.0)});
    };
    node("chips", 40e3);
    node("loop", 550e3);
    node("radiator", 580e3);
    net.add_node({.name = "space", .fixed_temperature = kelvin(2.725), .initial_temperature = kelvin(2.725)});
    net.add_conductor("chips", "loop", u::thermal_conductance{2700.0 * u::watts_per_kelvin});
    net.add_conductor("loop", "radiator", u::thermal_conductance{1e4 * u::watts_per_kelvin});
    net.add_radiation("radiator", "space", u::area{260.0 * u::square_meters}, 0.9, 1.0);
    const th::orbit_pass pass{.altitude = u::length{650e3 * u::meters},
                              .beta = u::angle{beta_rad * u::radians}};
    net.add_load("chips", th::sunlit_schedule{.pass = pass, .sunlit = watts(1e5)});
    for (bool back : {false, true}) {
        net.add_load("radiator", th::environment_schedule{.pass = pass,
                                                          .orientation = th::radiator_orientation::edge_on,
                                                          .area = u::area{130.0 * u::square_meters},
                                                          .optics = {0.2, 0.9},
                                                          .back_face = back});
    }
    return net;
}

} // namespace

TEST(LoadBreakpoints, AreTheShadowEdgesAndTheScheduleKnotsWithinThePeriod) {
    auto net = orbital_node(0.1);
    const u::length altitude{650e3 * u::meters};
    const auto period = spacedc::orbit::orbital_period(altitude);
    const auto shadow = th::shadow_times({.altitude = altitude, .beta = u::angle{0.1 * u::radians}});
    ASSERT_TRUE(shadow.has_value());
    net.add_load("loop", th::tabulated_schedule{.times = {seconds(100), seconds(200)},
                                                .powers = {watts(0), watts(10)},
                                                .period = period});
    const auto b = th::load_breakpoints(net, period);
    ASSERT_EQ(b.size(), 4u);
    EXPECT_DOUBLE_EQ(b[0].value(), 100.0);
    EXPECT_DOUBLE_EQ(b[1].value(), 200.0);
    EXPECT_DOUBLE_EQ(b[2].value(), shadow->entry.value());
    EXPECT_DOUBLE_EQ(b[3].value(), shadow->exit.value());
    // A cycle of another length is not one these loads repeat with.
    EXPECT_THROW(th::load_breakpoints(net, seconds(5000)), spacedc::invalid_input);
}

TEST(SetOrbit, MovesEveryOrbitalLoadToTheNewBetaAndLeavesTheRest) {
    auto net = orbital_node(0.0);
    net.add_load("loop", watts(50.0));
    const auto midnight = seconds(0.5 * spacedc::orbit::orbital_period(u::length{650e3 * u::meters}).value());
    EXPECT_DOUBLE_EQ(net.loads()[0].power(midnight).value(), 0.0); // in the shadow at beta 0
    net.set_orbit({.altitude = u::length{650e3 * u::meters}, .beta = u::angle{1.2 * u::radians}});
    EXPECT_DOUBLE_EQ(net.loads()[0].power(midnight).value(), 1e5); // no shadow at 69 deg
    EXPECT_DOUBLE_EQ(net.loads()[3].power(midnight).value(), 50.0);
    EXPECT_THROW(net.set_orbit({.altitude = u::length{650e3 * u::meters}, .beta = u::angle{2.0 * u::radians}}),
                 spacedc::invalid_input);
}

/// Each day of the year is solved as a repeating orbit. Against the step-by-step
/// integration of the same days (the orbit's beta held per day, 5 s steps, started a day
/// early) the daily extremes agree to 0.1 K: the node forgets a day within an orbit or two.
TEST(CyclesThroughYear, DailyExtremesMatchAStepByStepIntegrationOfTheSameDays) {
    const u::length altitude{650e3 * u::meters};
    const auto sunlight = spacedc::orbit::analyse_year(
        {.altitude = altitude, .ltan = u::duration{6 * 3600.0 * u::seconds}}, std::chrono::year{2027});
    const auto year = th::cycles_through_year(orbital_node(0.0), sunlight, altitude,
                                              {.period = seconds(1), .steps = 240});
    ASSERT_EQ(year.days.size(), sunlight.days.size());
    // The loop's coldest day is in the eclipse season and colder than a fully lit day.
    const auto& coldest = year.days[year.coldest_day[1]];
    EXPECT_GT(coldest.eclipse.value(), 1000.0);
    EXPECT_LT(coldest.minimum[1].value() + 20.0, year.days[180].minimum[1].value());
    // The coldest day and the one after, integrated step by step from a day before.
    const std::size_t first = year.coldest_day[1] >= 1 ? year.coldest_day[1] - 1 : 0;
    std::vector<th::thermal_network> days;
    for (std::size_t d = first; d < first + 3; ++d) {
        days.push_back(orbital_node(0.0));
        days.back().set_orbit({.altitude = altitude, .beta = sunlight.days[d].beta});
        days.back().set_solar_flux(sunlight.days[d].solar_flux);
    }
    th::thermal_network plain = orbital_node(0.0);
    // Replace the orbital loads by one load per node that picks the day's network.
    th::thermal_network stepped;
    for (const auto& n : plain.nodes()) stepped.add_node(n);
    for (const auto& c : plain.conductors()) stepped.add_conductor(c.from, c.to, c.conductance);
    for (const auto& r : plain.radiation()) stepped.add_radiation(r.from, r.to, r.exchange_factor);
    for (const char* name : {"chips", "radiator"}) {
        const std::size_t node = plain.node(name);
        stepped.add_load(name, [&days, node](u::duration t) {
            const std::size_t d = std::min<std::size_t>(2, static_cast<std::size_t>(t.value() / 86400.0));
            u::power p{0.0 * u::watts};
            for (const auto& l : days[d].loads())
                if (l.node == node) p += l.power(t);
            return p;
        });
    }
    const auto h = th::transient(stepped, {.duration = seconds(3 * 86400.0), .step = seconds(5.0)});
    for (std::size_t day = 1; day < 3; ++day) {
        double lo = 1e9, hi = 0.0;
        for (std::size_t k = 0; k < h.times.size(); ++k) {
            const double t = h.times[k].value();
            const double start = 86400.0 * static_cast<double>(day);
            if (t < start || t >= start + 86400.0) continue;
            lo = std::min(lo, h.temperatures[k][1].value());
            hi = std::max(hi, h.temperatures[k][1].value());
        }
        EXPECT_NEAR(year.days[first + day].minimum[1].value(), lo, 0.1) << "day " << first + day;
        EXPECT_NEAR(year.days[first + day].maximum[1].value(), hi, 0.1) << "day " << first + day;
    }
}
