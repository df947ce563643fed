#include <spacedc/thermal/eclipse_cooling.hpp>
#include <spacedc/thermal/network_solver.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace th = spacedc::thermal;
namespace u = spacedc::units;
using namespace spacedc::literals;

namespace {

constexpr double sigma = 5.670374419e-8;

/// About the reference node: 1.2 MJ/K on 300 m^2 of two-sided radiator, 3 kW of Earth IR.
th::lumped_radiator node_in_eclipse(double heat_w = 3000.0) {
    return {.capacitance = 1.2e6 * u::joules_per_kelvin,
            .emitting_area = 300.0 * u::square_meters,
            .emissivity = 0.9,
            .heat_input = heat_w * u::watts};
}

/// C dT/dt = Q - eps sigma A T^4 by classical Runge-Kutta with 0.01 s steps: an
/// independent integral of the same equation.
double runge_kutta(const th::lumped_radiator& b, double t0, double seconds) {
    const double c = b.capacitance.value(), k = 0.9 * sigma * b.emitting_area.value(),
                 q = b.heat_input.value();
    auto f = [&](double t) { return (q - k * t * t * t * t) / c; };
    const double h = 0.01;
    double t = t0;
    for (double s = 0.0; s < seconds - 1e-9; s += h) {
        const double k1 = f(t), k2 = f(t + 0.5 * h * k1), k3 = f(t + 0.5 * h * k2),
                     k4 = f(t + h * k3);
        t += h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
    }
    return t;
}

} // namespace

TEST(EclipseCooling, EquilibriumBalancesTheHeatInput) {
    const auto b = node_in_eclipse();
    EXPECT_NEAR(th::equilibrium_temperature(b).value(),
                std::pow(3000.0 / (0.9 * sigma * 300.0), 0.25), 1e-12);
}

// The closed form against Runge-Kutta: a 19.7-minute eclipse from 303 K, with and
// without heat input (the second the pure 1/T^3 law).
TEST(EclipseCooling, ClosedFormMatchesANumericalIntegral) {
    for (double q : {3000.0, 0.0, 40'000.0}) {
        const auto b = node_in_eclipse(q);
        const double exact = th::temperature_after(b, 303.0_K, 1184.0_s).value();
        EXPECT_NEAR(exact, runge_kutta(b, 303.0, 1184.0), 1e-6) << q << " W";
    }
    // Warming from below the equilibrium (about 225 K at 40 kW) follows the same law.
    const auto warm = node_in_eclipse(40'000.0);
    EXPECT_NEAR(th::temperature_after(warm, 150.0_K, 1184.0_s).value(),
                runge_kutta(warm, 150.0, 1184.0), 1e-6);
    // And it cools a good deal: the reference node loses about 60 K.
    EXPECT_LT(th::temperature_after(node_in_eclipse(), 303.0_K, 1184.0_s).value(), 250.0);
}

// The same body as a one-node thermal network radiating to a 0 K boundary, integrated by
// the network's BDF2 with error control: the end temperatures agree.
TEST(EclipseCooling, ClosedFormMatchesTheNetworkTransient) {
    const auto b = node_in_eclipse();
    th::thermal_network net;
    net.add_node({.name = "node", .capacitance = b.capacitance, .initial_temperature = 303.0_K});
    net.add_node({.name = "space", .fixed_temperature = 0.0_K, .initial_temperature = 1.0_K});
    net.add_radiation("node", "space", b.emitting_area, b.emissivity, 1.0);
    net.add_load("node", b.heat_input);
    const auto h =
        th::transient(net, {.duration = 1184.0_s,
                            .step = 1.0_s,
                            .tolerance = u::temperature_difference{1e-5 * u::kelvin_difference}});
    EXPECT_NEAR(h.temperatures.back()[0].value(),
                th::temperature_after(b, 303.0_K, 1184.0_s).value(), 1e-3);
}

TEST(EclipseCooling, TimeAndTemperatureAreInverses) {
    const auto b = node_in_eclipse();
    const auto t = th::cooling_time(b, 303.0_K, 260.0_K);
    EXPECT_NEAR(th::temperature_after(b, 303.0_K, t).value(), 260.0, 1e-7);
    // Warming from below the equilibrium follows the same law.
    const auto hot = node_in_eclipse(200'000.0); // T_e about 337 K
    const auto w = th::cooling_time(hot, 300.0_K, 320.0_K);
    EXPECT_NEAR(th::temperature_after(hot, 300.0_K, w).value(), 320.0, 1e-7);
}

// The closed form as printed, C / (4 k Te^3) [F(T) - F(T0)] with
// F(T) = ln|(T + Te)/(T - Te)| + 2 atan(T/Te), against the kernel's one log1p and one
// arctangent of the difference: the same time, cooling and warming.
TEST(EclipseCooling, TimeIsTheTextbookDifferenceOfPrimitives) {
    auto primitive = [](double t, double te) {
        return std::log(std::abs((t + te) / (t - te))) + 2.0 * std::atan(t / te);
    };
    for (double q : {3000.0, 40'000.0, 200'000.0}) {
        const auto b = node_in_eclipse(q);
        const double k = 0.9 * sigma * 300.0, te = std::pow(q / k, 0.25);
        for (double t1 : {te + 0.5, te + 20.0, te - 0.5, te - 20.0, 296.0}) {
            const double t0 = t1 > te ? 303.0 + te : 0.5 * te; // same side of Te as t1
            if (t1 < te && t1 <= t0) continue;                 // warming must rise
            const double textbook =
                1.2e6 / (4.0 * k * te * te * te) * (primitive(t1, te) - primitive(t0, te));
            const double kernel = th::cooling_time(b, t0 * u::kelvin, t1 * u::kelvin).value();
            EXPECT_NEAR(kernel, std::abs(textbook), 1e-9 * std::abs(textbook)) << q << " W, " << t1;
        }
    }
}

// The inverted closed form to 1e-9 K: against bisection on the time itself (to 1e-12 K)
// for cooling and warming bodies, short and long eclipses, and ends close to the
// equilibrium, where the derivatives the root-finder uses are steepest.
TEST(EclipseCooling, TemperatureAfterIsTheTimesInverseTo1e9K) {
    for (double q : {0.0, 3000.0, 40'000.0, 200'000.0}) {
        const auto b = node_in_eclipse(q);
        const double te = th::equilibrium_temperature(b).value();
        for (double t0 : {150.0, 303.0, 400.0}) {
            if (t0 == te) continue;
            for (double seconds : {1.0, 60.0, 1184.0, 3e4, 1e6}) {
                const double got =
                    th::temperature_after(b, t0 * u::kelvin, seconds * u::seconds).value();
                double near = t0, far = t0 > te ? std::max(te, 1e-3) : te;
                while (std::abs(far - near) > 1e-12 * t0) {
                    const double mid = 0.5 * (near + far);
                    (th::cooling_time(b, t0 * u::kelvin, mid * u::kelvin).value() <= seconds
                         ? near
                         : far) = mid;
                }
                EXPECT_NEAR(got, 0.5 * (near + far), 1e-9)
                    << q << " W from " << t0 << " K for " << seconds << " s";
            }
        }
    }
}

// The heater holds the floor once the body reaches it: P = eps sigma A T_f^4 - Q for the
// rest of the eclipse; the capacitance that rides through instead ends exactly there.
TEST(EclipseCooling, SurvivalHeaterAndCapacitanceKeepTheFloor) {
    const auto b = node_in_eclipse();
    const auto floor = 278.15_K;
    const auto s = th::survive_eclipse(b, 303.0_K, 1184.0_s, floor);
    ASSERT_LT(s.coldest.value(), floor.value()); // numbers: gtest prints quantities only
                                                 // where matchers.hpp is seen (one ODR)
    EXPECT_NEAR(s.heater_power.value(), 0.9 * sigma * 300.0 * std::pow(278.15, 4) - 3000.0, 1e-6);
    EXPECT_NEAR(s.time_to_floor.value(), th::cooling_time(b, 303.0_K, floor).value(), 1e-9);
    EXPECT_NEAR(s.heater_energy.value(),
                s.heater_power.value() * (1184.0 - s.time_to_floor.value()), 1e-3);
    ASSERT_TRUE(s.capacitance_needed.has_value());
    auto heavier = b;
    heavier.capacitance = *s.capacitance_needed;
    EXPECT_NEAR(th::temperature_after(heavier, 303.0_K, 1184.0_s).value(), 278.15, 1e-6);
    // A floor below what the body reaches costs nothing.
    const auto easy = th::survive_eclipse(b, 303.0_K, 1184.0_s, 195.4_K);
    EXPECT_EQ(easy.heater_energy.value(), 0.0);
    EXPECT_EQ(easy.capacitance_needed->value(), b.capacitance.value());
}

TEST(EclipseCooling, RejectsTemperaturesItNeverReaches) {
    const auto b = node_in_eclipse();
    EXPECT_THROW((void)th::cooling_time(b, 303.0_K, 100.0_K), spacedc::invalid_input); // below T_e
    EXPECT_THROW((void)th::cooling_time(b, 303.0_K, 310.0_K), spacedc::invalid_input); // warming
    auto bad = b;
    bad.emissivity = 0.0;
    EXPECT_THROW((void)th::equilibrium_temperature(bad), spacedc::invalid_input);
    bad = b;
    bad.capacitance = -1.0 * u::joules_per_kelvin;
    EXPECT_THROW((void)th::temperature_after(bad, 300.0_K, 10.0_s), spacedc::invalid_input);
}
