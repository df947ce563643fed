// The altitude trade (node/altitude_trade.hpp): each way through eclipse on one node.

#include <spacedc/node/altitude_trade.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace u = spacedc::units;
namespace nd = spacedc::node;
using namespace spacedc::literals;

namespace {
const nd::altitude_trade_point& at(const std::vector<nd::altitude_trade_point>& points, double km,
                                   nd::eclipse_strategy s) {
    const auto it = std::find_if(points.begin(), points.end(), [&](const auto& p) {
        return std::abs(p.altitude.value() - km * 1e3) < 1e-6 && p.strategy == s;
    });
    if (it == points.end()) throw std::runtime_error{"no such point"};
    return *it;
}
} // namespace

TEST(AltitudeTrade, EachStrategyDoesWhatItSays) {
    const nd::node_spec base{};
    const std::vector<u::length> heights{700.0_km, 1000.0_km, 1500.0_km};
    const auto points = nd::altitude_trade(base, heights);
    // Four strategies where there are eclipses, one above the eclipse-free altitude.
    EXPECT_EQ(points.size(), 4u + 4u + 1u);
    using s = nd::eclipse_strategy;
    const auto& none = at(points, 1000.0, s::none);
    const auto& battery = at(points, 1000.0, s::compute_battery);
    const auto& heater = at(points, 1000.0, s::survival_heater);
    const auto& water = at(points, 1000.0, s::thermal_capacitance);
    const auto floor = base.thermal.survival_floor.value();
    // None: compute off, the loop freezes; availability is the sunlit fraction.
    EXPECT_LT(none.design.cold.coldest_loop.value(), floor);
    EXPECT_DOUBLE_EQ(none.availability.value(), none.design.sunlight.sunlit_fraction.value());
    // The compute battery carries everything: availability 1, its battery in the mass.
    EXPECT_DOUBLE_EQ(battery.availability.value(), 1.0);
    EXPECT_GT(battery.design.power.eclipse_compute.mass.value(), 0.0);
    // The heater holds the floor; its battery is in the mass.
    EXPECT_DOUBLE_EQ(heater.design.cold.coldest_loop.value(), floor);
    EXPECT_GT(heater.design.cold.heater_battery_mass.value(), 0.0);
    // Only that battery differs, so the closed budget grows by it x total / items.
    const auto& m = none.design.mass;
    const double items = (m.total - m.structure - m.growth_margin).value();
    EXPECT_NEAR(heater.design.mass.total.value() - m.total.value(),
                heater.design.cold.heater_battery_mass.value() * m.total.value() / items,
                1e-9 * m.total.value());
    // The added water brings the loop to the floor exactly as the eclipse ends.
    EXPECT_NEAR(water.design.cold.coldest_loop.value(), floor, 1e-6);
    EXPECT_GT(water.design.spec.thermal.added_water.value(), 0.0);
    EXPECT_NEAR(water.design.spec.thermal.added_water.value(),
                none.design.cold.extra_water->value(), 1e-6);
    EXPECT_GT(water.design.mass.total, none.design.mass.total);
    // Above the eclipse-free altitude: nothing to ride through, all year computing.
    const auto& high = at(points, 1500.0, s::none);
    EXPECT_TRUE(high.design.sunlight.eclipse_free());
    EXPECT_DOUBLE_EQ(high.availability.value(), 1.0);
    EXPECT_GE(high.design.cold.coldest_loop.value(), floor);
}

// The price of flying high: the eclipse-free 1500 km node is the lightest per watt, and
// its dose is the published table's (7.82 krad/yr behind 5 mm Al, x 5 years) against
// 700 km's 0.70 krad/yr: 11x.
TEST(AltitudeTrade, FlyingHighTradesMassForDose) {
    const nd::node_spec base{};
    const std::vector<u::length> heights{700.0_km, 1500.0_km};
    const auto points = nd::altitude_trade(base, heights);
    using s = nd::eclipse_strategy;
    const auto& high = at(points, 1500.0, s::none).design;
    const auto& low = at(points, 700.0, s::compute_battery).design;
    EXPECT_GT(high.compute_power_per_mass, low.compute_power_per_mass);
    EXPECT_NEAR(high.mission_dose().value(), 5.0 * 78.2, 1e-9);
    EXPECT_NEAR(low.mission_dose().value(), 5.0 * 7.0, 1e-9);
}

TEST(AltitudeTrade, RefusesANonSunSynchronousBase) {
    nd::node_spec base{};
    base.orbit.inclination = 53.0_deg;
    const std::vector<u::length> heights{700.0_km};
    EXPECT_THROW((void)nd::altitude_trade(base, heights), spacedc::invalid_input);
}
