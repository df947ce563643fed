#include <spacedc/power/battery.hpp>

#include <gtest/gtest.h>

namespace u = spacedc::units;
namespace pw = spacedc::power;
using namespace spacedc::literals;

// C = P T / (DoD n): 1 kW for 30 min at 40 % DoD and n = 0.9 is 1.3889 kWh; at
// 150 Wh/kg that is 9.259 kg.
TEST(Battery, CapacityAndMassByHand) {
    const pw::battery_technology li_ion{};
    const u::energy c = pw::battery_capacity(1.0_kW, 30.0_min, li_ion);
    EXPECT_NEAR(c.value() / 3.6e6, 0.5 / (0.4 * 0.9), 1e-12);
    EXPECT_NEAR(pw::battery_mass(c, li_ion).value(), 1388.888889 / 150.0, 1e-6);
}

TEST(Battery, NoEclipseNeedsNoBattery) {
    EXPECT_EQ(pw::battery_capacity(1.0_kW, 0.0_s, {}).value(), 0.0);
}

TEST(Battery, RejectsBadParameters) {
    EXPECT_THROW((void)pw::battery_capacity(1.0_kW, 30.0_min, {.depth_of_discharge = 0.0}),
                 spacedc::invalid_input);
    EXPECT_THROW((void)pw::battery_capacity(1.0_kW, 30.0_min, {.depth_of_discharge = 1.2}),
                 spacedc::invalid_input);
    EXPECT_THROW((void)pw::battery_capacity(-1.0_kW, 30.0_min, {}), spacedc::invalid_input);
    EXPECT_THROW((void)pw::battery_mass(1.0_kWh, {.specific_energy = u::specific_energy{}}),
                 spacedc::invalid_input);
}
