// Design checks of the reference 100 kW node, as a downstream team would keep them in
// its own test suite: a change of a parameter that breaks a requirement fails the build.
#include <spacedc/checks/check.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/io/requirement_file.hpp>
#include <spacedc/node/size_node.hpp>
#include <spacedc/testing/matchers.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace spacedc;
using spacedc::testing::is_above;
using spacedc::testing::is_below;
using spacedc::testing::meets;
using ::testing::Not;

namespace {

const node::node_design& reference_node() {
    static const node::node_design d = node::size_node(io::read_node_spec(NODE_SPEC));
    return d;
}

const checks::temperature_margin_policy thermal_policy = checks::ecss_e_st_31c();

} // namespace

// 1. Everything the spec file itself requires.
TEST(ReferenceNode, MeetsTheRequirementsOfItsSpecFile) {
    EXPECT_THAT(reference_node(), meets(io::read_requirements(NODE_SPEC)));
}

// 2. No infeasible findings (radiator sized, junction within the chain's limit).
TEST(ReferenceNode, IsFeasible) { EXPECT_TRUE(reference_node().feasible()); }

// 3. Junctions at most 85 degC with ECSS-E-ST-31C's 10 K uncertainty margin.
TEST(ReferenceNode, JunctionBelowLimitWithThermalUncertainty) {
    EXPECT_THAT(
        reference_node().junction_temperature(),
        is_below(358.15 * units::kelvin,
                 checks::thermal_margin(thermal_policy, checks::temperature_limit_kind::design)));
}

// 4. The water loop stays liquid and below boiling, with 5 K either side: below boiling
//    in the sunlit hot case, above freezing in the cold case (the longest eclipse with
//    compute off), where the survival heater holds it.
TEST(ReferenceNode, RadiatorInsideTheWaterLoopRange) {
    const auto margin = 5.0 * units::kelvin_difference;
    EXPECT_THAT(reference_node().cold.coldest_loop, is_above(273.15 * units::kelvin, margin));
    EXPECT_THAT(reference_node().radiator_temperature, is_below(373.15 * units::kelvin, margin));
}

// 4b. Without the survival heater the same node freezes in eclipse: the check fails.
TEST(ReferenceNode, FreezesInEclipseWithoutItsSurvivalHeater) {
    const auto no_heater =
        node::size_node(io::read_node_spec(NODE_SPEC, {"thermal.survival_heater=false"}));
    EXPECT_LT(no_heater.cold.coldest_loop.value(), 250.0);
    EXPECT_THAT(no_heater, Not(meets(io::read_requirements(NODE_SPEC))));
    EXPECT_THAT(no_heater, meets({checks::radiator_temperature_at_most(373.15 * units::kelvin)}));
}

// 5. Array output at end of life covers the load with ESA's 20 % new-design margin.
TEST(ReferenceNode, ArrayPowerMarginForANewDesign) {
    const auto& p = reference_node().power;
    EXPECT_THAT(p.array_power_capability,
                is_above(p.array_power_required,
                         checks::power_margin(checks::esa_power_margins(),
                                              checks::design_maturity::new_design)));
}

// 6. Launch mass within a 15 t share with ESA's mass margins on top of the budget.
TEST(ReferenceNode, LaunchMassWithinTheLauncherShare) {
    EXPECT_THAT(reference_node().mass.total,
                is_below(15'000.0 * units::kilograms,
                         checks::mass_margin(checks::esa_mass_margins(),
                                             checks::design_maturity::modified)));
}

// 7.-10. The orbital data centre argument in numbers.
TEST(ReferenceNode, MeetsTheMissionFigures) {
    EXPECT_THAT(reference_node(),
                meets({checks::chip_to_support_ratio_at_least(0.02),
                       checks::compute_power_per_mass_at_least(15.0 * units::watts_per_kilogram),
                       checks::availability_at_least(0.95),
                       checks::radiator_area_at_most(200.0 * units::square_meters)}));
}

// 11. The battery this orbit avoids is worth having: more than 500 kg.
TEST(ReferenceNode, AvoidsAHeavyBattery) {
    EXPECT_THAT(reference_node().power.battery.mass_avoided, is_above(500.0 * units::kilograms));
}

// 12. A 650 km dawn-dusk orbit is not eclipse-free in 2027; this check documents it,
//     so moving the orbit up past the eclipse-free altitude shows up here.
TEST(ReferenceNode, IsNotEclipseFreeAt650Km) {
    EXPECT_THAT(reference_node(), Not(meets({checks::eclipse_free()})));
}

// 13. The gate works: seven times the accelerators break the launch-mass requirement.
TEST(ReferenceNode, AThousandAcceleratorsBreakTheLaunchMass) {
    const auto heavier = node::size_node(io::read_node_spec(NODE_SPEC, {"compute.count=1000"}));
    EXPECT_THAT(heavier, Not(meets(io::read_requirements(NODE_SPEC))));
}
