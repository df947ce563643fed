#include <spacedc/io/network_file.hpp>
#include <spacedc/thermal/network_solver.hpp>

#include "testing/scratch_path.hpp"
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <functional>
#include <vector>

namespace u = spacedc::units;
namespace th = spacedc::thermal;
using namespace spacedc::literals;

namespace {
constexpr double sigma = 5.670374419e-8;
u::heat_capacity joules_per_kelvin(double c) { return u::heat_capacity{c * u::joules_per_kelvin}; }
u::thermal_conductance watts_per_kelvin(double g) {
    return u::thermal_conductance{g * u::watts_per_kelvin};
}

// A 1 kJ/K mass at 380 K linked by 1 W/K to a 280 K sink: T = 280 + 100 exp(-t / 1000 s).
th::thermal_network mass_cooling_to_sink() {
    th::thermal_network n;
    n.add_node({.name = "sink", .fixed_temperature = 280.0_K});
    n.add_node(
        {.name = "mass", .capacitance = joules_per_kelvin(1000.0), .initial_temperature = 380.0_K});
    n.add_conductor("mass", "sink", watts_per_kelvin(1.0));
    return n;
}

// 100 kW of chips (40 kJ/K) on a 600 kJ/K radiator of 260 m² (eps 0.9) facing space,
// both starting at 300 K, with `load` on the chips.
th::thermal_network chips_and_radiator(std::function<u::power(u::duration)> load) {
    th::thermal_network n;
    n.add_node({.name = "space", .fixed_temperature = 2.725_K});
    n.add_node(
        {.name = "chips", .capacitance = joules_per_kelvin(4e4), .initial_temperature = 300.0_K});
    n.add_node({.name = "radiator",
                .capacitance = joules_per_kelvin(6e5),
                .initial_temperature = 300.0_K});
    n.add_conductor("chips", "radiator", watts_per_kelvin(5000.0));
    n.add_radiation("radiator", "space", 260.0_m2, 0.9, 1.0);
    n.add_load("chips", std::move(load));
    return n;
}

// A side x side panel mesh, 5 W into every node and 0.018 m² of exchange with space
// from each: at steady state every node sits at T = (q/(sigma X) + T_s^4)^(1/4), however
// the nodes are linked to their neighbours (by `conductance`, and by radiative exchange
// `neighbour_exchange` if non-zero: exchange vanishes between equal temperatures).
th::thermal_network uniform_mesh(int side, double conductance, double neighbour_exchange,
                                 const std::function<double(int, int)>& initial_kelvin) {
    th::thermal_network n;
    n.add_node({.name = "space", .fixed_temperature = 2.725_K});
    auto name = [](int i, int j) { return std::to_string(i) + "," + std::to_string(j); };
    for (int i = 0; i < side; ++i) {
        for (int j = 0; j < side; ++j) {
            n.add_node({.name = name(i, j),
                        .initial_temperature = u::temperature{initial_kelvin(i, j) * u::kelvin}});
            n.add_radiation(name(i, j), "space", u::area{0.018 * u::square_meters});
            n.add_load(name(i, j), 5.0_W);
            for (auto [di, dj] : {std::pair{1, 0}, std::pair{0, 1}}) {
                if (i < di || j < dj) continue;
                if (conductance > 0.0)
                    n.add_conductor(name(i, j), name(i - di, j - dj),
                                    watts_per_kelvin(conductance));
                if (neighbour_exchange > 0.0)
                    n.add_radiation(name(i, j), name(i - di, j - dj),
                                    u::area{neighbour_exchange * u::square_meters});
            }
        }
    }
    return n;
}

void expect_uniform_mesh_solution(const th::thermal_network& n, int side) {
    const auto s = th::steady_state(n);
    const double expected = std::pow(5.0 / (sigma * 0.018) + std::pow(2.725, 4), 0.25);
    for (std::size_t k = 1; k < s.temperatures.size(); k += 89)
        EXPECT_NEAR(s.temperatures[k].value(), expected, 1e-6);
    EXPECT_LT(s.energy_residual.value(), 1e-9 * 5.0 * side * side);
}
} // namespace

// A conduction chain 300 K - a - b - c with 100 W into c: each link drops Q/G exactly.
TEST(NetworkSteadyState, ConductionChainDropsQOverGPerLink) {
    th::thermal_network n;
    n.add_node({.name = "sink", .fixed_temperature = 300.0_K});
    for (const char* name : {"a", "b", "c"}) n.add_node({.name = name});
    n.add_conductor("sink", "a", watts_per_kelvin(10.0));
    n.add_conductor("a", "b", watts_per_kelvin(5.0));
    n.add_conductor("b", "c", watts_per_kelvin(2.0));
    n.add_load("c", 100.0_W);
    const auto s = th::steady_state(n);
    EXPECT_NEAR(s.temperatures[n.node("a")].value(), 310.0, 1e-9);
    EXPECT_NEAR(s.temperatures[n.node("b")].value(), 330.0, 1e-9);
    EXPECT_NEAR(s.temperatures[n.node("c")].value(), 380.0, 1e-9);
    EXPECT_LT(s.energy_residual.value(), 1e-9 * 100.0);
}

// One node radiating to space at power P: T = (P/(eps sigma A) + T_s^4)^(1/4).
TEST(NetworkSteadyState, SingleNodeRadiatingToSpace) {
    th::thermal_network n;
    n.add_node({.name = "space", .fixed_temperature = 2.725_K});
    n.add_node({.name = "panel"});
    n.add_radiation("panel", "space", 2.0_m2, 0.85, 1.0);
    n.add_load("panel", 1.0_kW);
    const auto s = th::steady_state(n);
    EXPECT_NEAR(s.temperatures[1].value(),
                std::pow(1000.0 / (0.85 * sigma * 2.0) + std::pow(2.725, 4), 0.25), 1e-9);
    EXPECT_LT(s.energy_residual.value(), 1e-9 * 1000.0);
}

// Two radiating nodes in series to a 0 K sink: q = sigma X1 (T1^4 - T2^4) = sigma X2 T2^4.
TEST(NetworkSteadyState, TwoRadiatingNodesInSeries) {
    th::thermal_network n;
    n.add_node({.name = "sink", .fixed_temperature = 0.0_K});
    n.add_node({.name = "inner"});
    n.add_node({.name = "outer"});
    n.add_radiation("inner", "outer", u::area{0.5 * u::square_meters});
    n.add_radiation("outer", "sink", u::area{2.0 * u::square_meters});
    n.add_load("inner", 500.0_W);
    const auto s = th::steady_state(n);
    const double t2 = std::pow(500.0 / (sigma * 2.0), 0.25);
    const double t1 = std::pow(500.0 / (sigma * 0.5) + std::pow(t2, 4), 0.25);
    EXPECT_NEAR(s.temperatures[2].value(), t2, 1e-9);
    EXPECT_NEAR(s.temperatures[1].value(), t1, 1e-9);
}

// Newton converges from deliberately bad guesses: every node at 3 K or at 3000 K.
TEST(NetworkSteadyState, ConvergesFromBadInitialGuesses) {
    for (double guess : {3.0, 3000.0}) {
        th::thermal_network n;
        n.add_node({.name = "space", .fixed_temperature = 2.725_K});
        n.add_node({.name = "chips", .initial_temperature = u::temperature{guess * u::kelvin}});
        n.add_node({.name = "radiator", .initial_temperature = u::temperature{guess * u::kelvin}});
        n.add_conductor("chips", "radiator", watts_per_kelvin(5000.0));
        n.add_radiation("radiator", "space", 260.0_m2, 0.9, 1.0);
        n.add_load("chips", 100.0_kW);
        const auto s = th::steady_state(n);
        const double radiator = std::pow(1e5 / (0.9 * sigma * 260.0) + std::pow(2.725, 4), 0.25);
        EXPECT_NEAR(s.temperatures[2].value(), radiator, 1e-8) << guess;
        EXPECT_NEAR(s.temperatures[1].value(), radiator + 20.0, 1e-8) << guess;
        EXPECT_LT(s.energy_residual.value(), 1e-9 * 1e5);
    }
}

// Lumped-capacitance cooling by conduction to a fixed node:
// T(t) = T_s + (T_0 - T_s) exp(-G t / C) (Incropera & DeWitt eq. 5.6).
TEST(NetworkTransient, ConductionCoolingIsExponential) {
    for (auto method : {th::integrator::backward_euler, th::integrator::bdf2}) {
        const auto h = th::transient(mass_cooling_to_sink(),
                                     {.duration = 2000.0_s, .step = 1.0_s, .method = method});
        const double exact = 280.0 + 100.0 * std::exp(-2.0);
        const double tolerance = method == th::integrator::bdf2 ? 2e-4 : 0.02; // O(h^2) vs O(h)
        EXPECT_NEAR(h.temperatures.back()[1].value(), exact, tolerance);
    }
}

// Radiative cooling to a 0 K sink: C dT/dt = -sigma X T^4, so
// t = C / (3 sigma X) (1/T^3 - 1/T_0^3) (closed form).
TEST(NetworkTransient, RadiativeCoolingMatchesTheClosedFormTime) {
    th::thermal_network n;
    n.add_node({.name = "sink", .fixed_temperature = 0.0_K});
    n.add_node({.name = "plate",
                .capacitance = joules_per_kelvin(9000.0),
                .initial_temperature = 400.0_K});
    n.add_radiation("plate", "sink", u::area{1.0 * u::square_meters});
    const double t_end = 3600.0;
    const auto h = th::transient(n, {.duration = u::duration{t_end * u::seconds}, .step = 2.0_s});
    const double expected =
        std::pow(1.0 / std::pow(400.0, 3) + 3.0 * sigma * 1.0 * t_end / 9000.0, -1.0 / 3.0);
    EXPECT_NEAR(h.temperatures.back()[1].value(), expected, 1e-3);
}

// Backward Euler conserves energy exactly in its discrete form: stored + rejected =
// supplied, to the Newton tolerance.
TEST(NetworkTransient, EnergyIsConserved) {
    // Compute on in sunlight, off in a 20-minute eclipse of a 97-minute orbit.
    const auto n = chips_and_radiator(
        [](u::duration t) { return std::fmod(t.value(), 5860.0) < 4660.0 ? 100.0_kW : 0.0_W; });
    const auto h = th::transient(
        n, {.duration = 11720.0_s, .step = 10.0_s, .method = th::integrator::backward_euler});
    EXPECT_NEAR((h.stored + h.rejected).value() / h.supplied.value(), 1.0, 1e-9);
    const auto b = th::transient(n, {.duration = 11720.0_s, .step = 10.0_s});
    EXPECT_NEAR((b.stored + b.rejected).value() / b.supplied.value(), 1.0, 1e-3);
}

// With local error control (error per step <= tol, estimated as |T_BE - T_BDF2|, i.e.
// backward Euler's local error): BDF2's global error stays below the tolerance; backward
// Euler's, being the accumulated estimate, shrinks as tol^(1/2); the number of steps
// grows as tol^(-1/2) for both.
TEST(NetworkTransient, ErrorControlMeetsTheToleranceOnExponentialCooling) {
    const auto n = mass_cooling_to_sink();
    const double exact = 280.0 + 100.0 * std::exp(-2.0);
    for (auto method : {th::integrator::backward_euler, th::integrator::bdf2}) {
        std::vector<double> errors;
        std::vector<std::int64_t> steps;
        for (double tol : {1e-2, 1e-4}) {
            const auto h = th::transient(
                n, {.duration = 2000.0_s,
                    .step = 1.0_s,
                    .method = method,
                    .tolerance = u::temperature_difference{tol * u::kelvin_difference}});
            errors.push_back(std::abs(h.temperatures.back()[1].value() - exact));
            steps.push_back(h.steps);
            if (method == th::integrator::bdf2) {
                EXPECT_LT(errors.back(), tol);
            }
        }
        // 100x tighter: about 10x the steps (9.5 measured) and, for backward Euler, about
        // 10x smaller error (9.8 measured).
        EXPECT_NEAR(static_cast<double>(steps[1]) / static_cast<double>(steps[0]), 10.0, 2.0);
        if (method == th::integrator::backward_euler) {
            EXPECT_NEAR(errors[0] / errors[1], 10.0, 2.0);
        }
    }
}

// At a load switch (eclipse entry) the controller rejects and shortens steps, then
// lengthens them again; energy stays conserved and the answer matches a fine fixed-step run.
TEST(NetworkTransient, ErrorControlShortensStepsAtALoadSwitch) {
    const auto n =
        chips_and_radiator([](u::duration t) { return t.value() < 3000.0 ? 100.0_kW : 0.0_W; });
    const auto adaptive =
        th::transient(n, {.duration = 6000.0_s,
                          .step = 10.0_s,
                          .tolerance = u::temperature_difference{0.01 * u::kelvin_difference}});
    EXPECT_GT(adaptive.rejected_steps, 0);
    double shortest = 1e9, longest = 0.0;
    for (std::size_t k = 1; k < adaptive.times.size(); ++k) {
        const double dt = (adaptive.times[k] - adaptive.times[k - 1]).value();
        shortest = std::min(shortest, dt);
        longest = std::max(longest, dt);
    }
    EXPECT_LT(shortest, 10.0);
    EXPECT_GT(longest, 40.0);
    const auto fine = th::transient(n, {.duration = 6000.0_s, .step = 0.25_s});
    for (std::size_t node : {1u, 2u}) {
        EXPECT_NEAR(adaptive.temperatures.back()[node].value(),
                    fine.temperatures.back()[node].value(), 0.05);
    }
    EXPECT_NEAR((adaptive.stored + adaptive.rejected).value() / adaptive.supplied.value(), 1.0,
                1e-3);
    EXPECT_THROW(
        th::transient(n, {.duration = 60.0_s,
                          .step = 1.0_s,
                          .tolerance = u::temperature_difference{-1.0 * u::kelvin_difference}}),
        spacedc::invalid_input);
}

TEST(Network, RejectsBadModels) {
    th::thermal_network n;
    n.add_node({.name = "a"});
    EXPECT_THROW(n.add_node({.name = "a"}), spacedc::invalid_input); // duplicate
    EXPECT_THROW(n.add_conductor("a", "b", watts_per_kelvin(1.0)),
                 spacedc::invalid_input); // missing node
    n.add_node({.name = "b"});
    EXPECT_THROW(n.add_conductor("a", "b", watts_per_kelvin(-1.0)), spacedc::invalid_input);
    EXPECT_THROW(n.add_node({.name = "c", .capacitance = joules_per_kelvin(-5.0)}),
                 spacedc::invalid_input);
    n.add_conductor("a", "b", watts_per_kelvin(1.0));
    EXPECT_THROW((void)th::steady_state(n), spacedc::invalid_input); // no path to a boundary
}

TEST(NetworkFile, ReadsTheExampleModel) {
    const auto n = spacedc::io::read_thermal_network(std::string{SPACEDC_SOURCE_DIR} +
                                                     "/examples/configs/compute_node_network.toml");
    const auto s = th::steady_state(n);
    const double radiator = std::pow(1e5 / (0.9 * sigma * 260.0) + std::pow(2.725, 4), 0.25);
    EXPECT_NEAR(s.temperatures[n.node("radiator")].value(), radiator, 1e-8);
    EXPECT_NEAR(s.temperatures[n.node("loop")].value(), radiator + 10.0, 1e-8);
}

TEST(NetworkFile, ErrorsNameTheFileAndLine) {
    const std::string path = spacedc::testing::scratch_path("spacedc_bad_network.toml");
    auto expect_error = [&](const std::string& text, const std::string& needle) {
        std::ofstream{path} << text;
        try {
            (void)spacedc::io::read_thermal_network(path);
            ADD_FAILURE() << text;
        } catch (const spacedc::invalid_input& e) {
            EXPECT_NE(std::string{e.what()}.find(needle), std::string::npos) << e.what();
        }
    };
    expect_error("[[node]]\nname = \"a\"\ncolour = \"red\"\n", "spacedc_bad_network.toml:3");
    expect_error("[[node]]\nname = \"a\"\n[[node]]\nname = \"a\"\n", "duplicate");
    expect_error("[[node]]\nname = \"a\"\n[[conductor]]\nfrom = \"a\"\nto = \"zz\"\nconductance = "
                 "\"1 W/K\"\n",
                 "no such node");
    expect_error("[[node]]\nname = \"a\"\ncapacitance = \"5 W/K\"\n", "not a heat capacity");
}

// A 60 x 60 panel mesh (3,600 unknowns: the conjugate-gradient path) with the same load
// and radiation on every node sits at one temperature.
TEST(NetworkSteadyState, LargeUniformMeshTakesTheIterativePathExactly) {
    expect_uniform_mesh_solution(
        uniform_mesh(60, 0.17, 0.0, [](int i, int j) { return 150.0 + i + j; }), 60);
}

// The same with radiation also between neighbouring free nodes (a non-symmetric Jacobian
// away from the solution: the BiCGSTAB path).
TEST(NetworkSteadyState, LargeMeshWithRadiationBetweenFreeNodesTakesTheNonSymmetricPath) {
    expect_uniform_mesh_solution(
        uniform_mesh(50, 0.05, 0.002, [](int i, int j) { return 100.0 + 3.0 * i + j; }), 50);
}

// A 3,000-node conduction chain: Q enters the first node, crosses every link and
// leaves by radiation from the last: T_last = (Q/(sigma X) + T_s^4)^(1/4), and each link
// adds Q/G. (Ill-conditioned for Jacobi-preconditioned Krylov solvers, kappa ~ N^2: it
// exercises the fallbacks.)
TEST(NetworkSteadyState, LongConductionChainIsExactThroughTheFallbacks) {
    th::thermal_network n;
    n.add_node({.name = "space", .fixed_temperature = 2.725_K});
    const int nodes = 3000;
    for (int k = 0; k < nodes; ++k) {
        n.add_node({.name = std::to_string(k), .initial_temperature = 3.0_K});
        if (k > 0)
            n.add_conductor(std::to_string(k - 1), std::to_string(k), watts_per_kelvin(50.0));
    }
    n.add_load("0", 100.0_W);
    n.add_radiation(std::to_string(nodes - 1), "space", u::area{1.0 * u::square_meters});
    const auto s = th::steady_state(n);
    const double last = std::pow(100.0 / sigma + std::pow(2.725, 4), 0.25);
    EXPECT_NEAR(s.temperatures[n.node(std::to_string(nodes - 1))].value(), last, 1e-8);
    EXPECT_NEAR(s.temperatures[n.node("0")].value(), last + (nodes - 1) * 100.0 / 50.0, 1e-6);
    EXPECT_LT(s.energy_residual.value(), 1e-9 * 100.0);
}

TEST(NetworkTransient, RecordsAtTheRequestedOutputInterval) {
    const auto n = mass_cooling_to_sink();
    const auto h =
        th::transient(n, {.duration = 1000.0_s, .step = 10.0_s, .output_interval = 100.0_s});
    ASSERT_EQ(h.times.size(), 11u); // 0, 100, ..., 1000 s
    EXPECT_NEAR(h.times[3].value(), 300.0, 1e-9);
    EXPECT_NEAR(h.times.back().value(), 1000.0, 1e-9);
}

TEST(NetworkIndex, FindsNodesByNameOrHintAndLinksByIndexCheckTheirEnds) {
    th::thermal_network net;
    for (int i = 0; i < 1000; ++i) net.add_node({.name = fmt::format("n{}", i)});
    for (int i = 0; i < 1000; ++i)
        EXPECT_EQ(net.node(fmt::format("n{}", i)), static_cast<std::size_t>(i));
    EXPECT_EQ(net.node("n500", 499), 500u); // the hint's neighbour
    EXPECT_EQ(net.node("n7", 900), 7u);     // a wrong hint falls back to the index
    EXPECT_THROW((void)net.node("n1000"), spacedc::invalid_input);
    EXPECT_THROW((void)net.node("n1000", 999), spacedc::invalid_input);
    EXPECT_THROW(net.add_node({.name = "n999"}), spacedc::invalid_input);
    net.add_conductor(std::size_t{3}, std::size_t{4},
                      u::thermal_conductance{1.0 * u::watts_per_kelvin});
    EXPECT_EQ(net.conductors().back().from, 3u);
    EXPECT_THROW(net.add_conductor(std::size_t{3}, std::size_t{3},
                                   u::thermal_conductance{1.0 * u::watts_per_kelvin}),
                 spacedc::invalid_input);
    EXPECT_THROW(
        net.add_radiation(std::size_t{3}, std::size_t{5000}, u::area{1.0 * u::square_meters}),
        spacedc::invalid_input);
}
