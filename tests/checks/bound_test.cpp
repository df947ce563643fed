#include <spacedc/checks/bound.hpp>
#include <spacedc/thermal/network_solver.hpp>
#include <spacedc/thermal/radiator.hpp>

#include <gtest/gtest.h>

namespace ck = spacedc::checks;
namespace u = spacedc::units;
using namespace spacedc::literals;

TEST(Bound, UpperBoundWithAbsoluteMarginAtInsideAndOutside) {
    const auto limit = ck::at_most(358.15 * u::kelvin);
    const auto margin = ck::absolute_margin(10.0 * u::kelvin_difference);
    const auto at = ck::evaluate(348.15 * u::kelvin, limit, margin);
    EXPECT_TRUE(at.passed);
    EXPECT_NEAR(at.remaining.value(), 0.0, 1e-12);
    EXPECT_TRUE(ck::evaluate(348.14 * u::kelvin, limit, margin).passed);
    const auto out = ck::evaluate(348.16 * u::kelvin, limit, margin);
    EXPECT_FALSE(out.passed);
    EXPECT_NEAR(out.remaining.value(), -0.01, 1e-9);
    EXPECT_NEAR(out.remaining_fraction, -0.01 / 358.15, 1e-12);
    EXPECT_EQ(out.margin.value(), 10.0);
}

TEST(Bound, LowerBoundWithMarginAsFractionOfTheLimit) {
    // A power capability over a 100 kW load with a 20 % margin: at least 120 kW.
    const auto limit = ck::at_least(100.0_kW);
    const auto margin = ck::fractional_margin<u::power>(0.2, ck::margin_basis::limit);
    EXPECT_TRUE(ck::evaluate(120.0_kW, limit, margin).passed);
    EXPECT_TRUE(ck::evaluate(120.001_kW, limit, margin).passed);
    const auto out = ck::evaluate(119.999_kW, limit, margin);
    EXPECT_FALSE(out.passed);
    EXPECT_NEAR(out.margin.value(), 20e3, 1e-9);
    EXPECT_NEAR(out.remaining.value(), -1.0, 1e-6);
    EXPECT_NEAR(out.remaining_fraction, -1e-5, 1e-12);
}

TEST(Bound, GrowthAllowanceIsAFractionOfTheValue) {
    // 10 t estimate with 20 % growth against 12 t: exactly at the bound.
    const auto limit = ck::at_most(12'000.0 * u::kilograms);
    const auto growth = ck::fractional_margin<u::mass>(0.2, ck::margin_basis::value);
    const auto at = ck::evaluate(10'000.0 * u::kilograms, limit, growth);
    EXPECT_TRUE(at.passed);
    EXPECT_NEAR(at.margin.value(), 2'000.0, 1e-9);
    EXPECT_FALSE(ck::evaluate(10'000.1 * u::kilograms, limit, growth).passed);
    EXPECT_TRUE(ck::evaluate(9'999.9 * u::kilograms, limit, growth).passed);
}

TEST(Bound, InvalidRequirementsAreErrorsNotFailures) {
    const auto margin = ck::absolute_margin(-1.0 * u::kelvin_difference);
    EXPECT_THROW(ck::evaluate(300.0_K, ck::at_most(358.0_K), margin), spacedc::invalid_input);
    EXPECT_THROW(ck::evaluate(1.0_kW, ck::at_least(0.0_kW)), spacedc::invalid_input);
    EXPECT_THROW(ck::evaluate(1.0_kW, ck::at_least(1.0_kW),
                              ck::fractional_margin<u::power>(11.0, ck::margin_basis::limit)),
                 spacedc::invalid_input);
    EXPECT_THROW(ck::evaluate(u::power{std::nan("") * u::watts}, ck::at_least(1.0_kW)),
                 spacedc::invalid_input);
}

TEST(Bound, DescribeShowsValueBoundAndMissingMarginInUnits) {
    const auto e = ck::evaluate(351.15 * u::kelvin, ck::at_most(358.15 * u::kelvin),
                                ck::absolute_margin(10.0 * u::kelvin_difference));
    EXPECT_EQ(ck::describe(e),
              "351.15 K + margin 10 K > 358.15 K: 3 K of margin missing (-0.84 % of the bound)");
    const auto ok = ck::evaluate(130.0_kW, ck::at_least(100.0_kW),
                                 ck::fractional_margin<u::power>(0.2, ck::margin_basis::limit));
    EXPECT_EQ(ck::describe(ok),
              "130 kW >= 100 kW + margin 20 kW: 10 kW to spare (+10.00 % of the bound)");
    const auto ratio = ck::evaluate(u::dimensionless{0.05}, ck::at_least(u::dimensionless{0.1}));
    EXPECT_EQ(ck::describe(ratio), "0.05 < 0.1: 0.05 of margin missing (-50.00 % of the bound)");
}

// Checks work on any result of the library, not only a node design: the README's
// 121 m² radiator against a 125 m² deployment limit, and a network node's temperature.
TEST(Bound, WorksOnAreaAndNetworkResults) {
    namespace th = spacedc::thermal;
    const th::radiator_surface panel{
        .emissivity = 0.9, .surface_temperature = 300.0_K, .radiating_faces = 2};
    const u::area area = th::radiator_area(100.0_kW, panel); // 120.96 m²
    EXPECT_TRUE(ck::evaluate(area, ck::at_most(125.0 * u::square_meters)).passed);
    const auto tight = ck::evaluate(area, ck::at_most(125.0 * u::square_meters),
                                    ck::fractional_margin<u::area>(0.05, ck::margin_basis::value));
    EXPECT_FALSE(tight.passed); // 120.96 x 1.05 = 127.0 m² > 125 m²
    EXPECT_NEAR(tight.remaining.value(), 125.0 - 1.05 * area.value(), 1e-9);

    th::thermal_network n;
    n.add_node({.name = "space", .fixed_temperature = 2.725_K});
    n.add_node({.name = "plate"});
    n.add_radiation("plate", "space", u::area{1.0 * u::square_meters});
    n.add_load("plate", 400.0_W);
    const auto t = th::steady_state(n).temperatures[n.node("plate")]; // 289.8 K
    EXPECT_TRUE(
        ck::evaluate(t, ck::at_most(300.0_K), ck::absolute_margin(10.0 * u::kelvin_difference))
            .passed);
    EXPECT_FALSE(
        ck::evaluate(t, ck::at_most(300.0_K), ck::absolute_margin(11.0 * u::kelvin_difference))
            .passed);
}
