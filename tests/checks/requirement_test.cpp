#include <spacedc/checks/check.hpp>

#include "margined_design.hpp"

#include <gtest/gtest.h>

namespace ck = spacedc::checks;
namespace nd = spacedc::node;
namespace u = spacedc::units;
using namespace spacedc::literals;

namespace {

const nd::node_design& design() { return spacedc::testing::margined_design(); }

ck::check_result one(const ck::requirement& r) { return ck::check(design(), r); }

const u::temperature_difference tiny{1e-6 * u::kelvin_difference};

} // namespace

// Sizing with a junction margin leaves exactly that margin below the limit.
TEST(Requirement, JunctionBelowItsLimitAtInsideAndOutsideTheMargin) {
    const auto policy = ck::thermal_margin(ck::ecss_e_st_31c(), ck::temperature_limit_kind::design);
    const auto at = one(ck::junction_temperature_below_limit(policy));
    EXPECT_TRUE(at.passed) << at.summary;
    EXPECT_NEAR(at.value, 358.15 - 10.0, 1e-9);
    EXPECT_EQ(at.bound, 358.15);
    EXPECT_EQ(at.margin, 10.0);
    EXPECT_NEAR(at.remaining, 0.0, 1e-9);
    EXPECT_EQ(at.unit, "K");
    const u::temperature t = design().junction_temperature();
    EXPECT_TRUE(
        one(ck::junction_temperature_at_most(t + 10.0 * u::kelvin_difference + tiny, policy))
            .passed);
    const auto out =
        one(ck::junction_temperature_at_most(t + 10.0 * u::kelvin_difference - tiny, policy));
    EXPECT_FALSE(out.passed);
    EXPECT_NEAR(out.remaining, -1e-6, 1e-9);
    // The acceptance limit asks 15 K: the same design fails it by 5 K.
    const auto acceptance = one(ck::junction_temperature_below_limit(
        ck::thermal_margin(ck::ecss_e_st_31c(), ck::temperature_limit_kind::acceptance)));
    EXPECT_FALSE(acceptance.passed);
    EXPECT_NEAR(acceptance.remaining, -5.0, 1e-9);
}

TEST(Requirement, JunctionWithoutAChainIsAnErrorNotAFailure) {
    nd::node_spec s{};
    s.thermal.chain = {};
    s.thermal.radiator_temperature = 320.0_K;
    const auto d = nd::size_node(s);
    EXPECT_THROW(ck::check(d, ck::junction_temperature_below_limit()), spacedc::invalid_input);
}

// The lower bound is judged in the cold case (the longest eclipse, compute off), the upper
// in the sunlit hot case: each on its own extreme.
TEST(Requirement, RadiatorTemperatureRangeIsTwoBoundsOnTheirExtremes) {
    const u::temperature cold = design().cold.coldest_loop;
    const u::temperature hot = design().radiator_temperature;
    ASSERT_LT(cold.value(), hot.value());
    const auto m = ck::absolute_margin(5.0 * u::kelvin_difference);
    const auto at =
        ck::check(design(), ck::radiator_temperature_within(cold - 5.0 * u::kelvin_difference,
                                                            hot + 5.0 * u::kelvin_difference, m));
    ASSERT_EQ(at.size(), 2u);
    EXPECT_TRUE(ck::all_passed(at));
    EXPECT_EQ(at[0].kind, ck::bound_kind::at_least);
    EXPECT_EQ(at[1].kind, ck::bound_kind::at_most);
    EXPECT_TRUE(
        one(ck::radiator_temperature_at_least(cold - 5.0 * u::kelvin_difference - tiny, m)).passed);
    EXPECT_FALSE(
        one(ck::radiator_temperature_at_least(cold - 5.0 * u::kelvin_difference + tiny, m)).passed);
    EXPECT_TRUE(
        one(ck::radiator_temperature_at_most(hot + 5.0 * u::kelvin_difference + tiny, m)).passed);
    EXPECT_FALSE(
        one(ck::radiator_temperature_at_most(hot + 5.0 * u::kelvin_difference - tiny, m)).passed);
    EXPECT_THROW(ck::radiator_temperature_within(hot, hot), spacedc::invalid_input);
    // Each bound is judged in its own case: the lower in the cold, the upper in the hot.
    EXPECT_EQ(at[0].evaluated_in, ck::design_case::cold);
    EXPECT_EQ(at[1].evaluated_in, ck::design_case::hot);
}

// Upper temperature bounds are judged in the hot case, lower ones in the cold case, and
// the others in neither; the result carries the case.
TEST(Requirement, TemperatureBoundsNameTheCaseThatSetsThem) {
    EXPECT_EQ(one(ck::junction_temperature_below_limit()).evaluated_in, ck::design_case::hot);
    EXPECT_EQ(one(ck::junction_temperature_at_most(400.0_K)).evaluated_in, ck::design_case::hot);
    EXPECT_EQ(one(ck::radiator_temperature_at_most(400.0_K)).evaluated_in, ck::design_case::hot);
    EXPECT_EQ(one(ck::radiator_temperature_at_least(200.0_K)).evaluated_in, ck::design_case::cold);
    EXPECT_EQ(one(ck::launch_mass_at_most(1e6 * u::kilograms)).evaluated_in, ck::design_case::none);
    EXPECT_EQ(ck::to_string(ck::design_case::hot), "hot");
    EXPECT_EQ(ck::to_string(ck::design_case::cold), "cold");
    EXPECT_EQ(ck::to_string(ck::design_case::none), "");
}

// The array sized with a 20 % design margin meets a 20 % power margin exactly, and not
// a hair more.
TEST(Requirement, ArrayPowerMarginAtInsideAndOutside) {
    const auto& d = design();
    EXPECT_NEAR(d.power.array_power_capability / d.power.array_power_required, 1.2, 1e-12);
    const auto at = one(ck::array_power_margin(
        ck::power_margin(ck::esa_power_margins(), ck::design_maturity::new_design)));
    EXPECT_TRUE(at.passed) << at.summary;
    EXPECT_NEAR(at.margin, 0.2 * d.power.array_power_required.value(), 1e-6);
    EXPECT_TRUE(one(ck::array_power_margin(
                        ck::fractional_margin<u::power>(0.2 - 1e-6, ck::margin_basis::limit)))
                    .passed);
    EXPECT_FALSE(one(ck::array_power_margin(
                         ck::fractional_margin<u::power>(0.2 + 1e-6, ck::margin_basis::limit)))
                     .passed);
    // Without a design margin the array has none to give.
    const auto bare = ck::check(nd::size_node(nd::node_spec{}),
                                ck::array_power_margin(ck::power_margin(
                                    ck::esa_power_margins(), ck::design_maturity::off_the_shelf)));
    EXPECT_FALSE(bare.passed);
    EXPECT_NEAR(bare.remaining_fraction, -0.05, 1e-9);
}

TEST(Requirement, LaunchMassWithGrowthAllowanceAtInsideAndOutside) {
    const u::mass m = design().mass.total;
    const auto growth = ck::mass_margin(ck::esa_mass_margins(), ck::design_maturity::new_design);
    const u::mass capacity = 1.44 * m;
    EXPECT_TRUE(one(ck::launch_mass_at_most(capacity, growth)).passed);
    EXPECT_TRUE(one(ck::launch_mass_at_most(capacity * (1.0 + 1e-9), growth)).passed);
    const auto out = one(ck::launch_mass_at_most(capacity * (1.0 - 1e-9), growth));
    EXPECT_FALSE(out.passed);
    EXPECT_EQ(out.unit, "kg");
    EXPECT_NEAR(out.margin, 0.44 * m.value(), 1e-6);
}

TEST(Requirement, ChipRatioAvailabilityAndSpecificPowerAtInsideAndOutside) {
    const auto& d = design();
    const double ratio = d.mass.chip_to_support_ratio.value();
    EXPECT_TRUE(one(ck::chip_to_support_ratio_at_least(ratio)).passed);
    EXPECT_TRUE(one(ck::chip_to_support_ratio_at_least(ratio * (1 - 1e-9))).passed);
    EXPECT_FALSE(one(ck::chip_to_support_ratio_at_least(ratio * (1 + 1e-9))).passed);

    const double lit = d.sunlight.sunlit_fraction.value();
    EXPECT_TRUE(one(ck::availability_at_least(lit)).passed);
    EXPECT_TRUE(one(ck::availability_at_least(lit - 1e-9)).passed);
    EXPECT_FALSE(one(ck::availability_at_least(lit + 1e-9)).passed);

    const auto w = d.compute_power_per_mass;
    EXPECT_TRUE(one(ck::compute_power_per_mass_at_least(w)).passed);
    EXPECT_TRUE(one(ck::compute_power_per_mass_at_least(w * (1 - 1e-9))).passed);
    const auto out = one(ck::compute_power_per_mass_at_least(w * (1 + 1e-9)));
    EXPECT_FALSE(out.passed);
    EXPECT_EQ(out.unit, "W/kg");
}

TEST(Requirement, AreasAtInsideAndOutside) {
    const auto& d = design();
    for (auto [make, area] : {std::pair{&ck::array_area_at_most, d.power.array_area},
                              std::pair{&ck::radiator_area_at_most, d.radiator.area}}) {
        EXPECT_TRUE(one(make(area)).passed);
        EXPECT_TRUE(one(make(area * (1 + 1e-9))).passed);
        EXPECT_FALSE(one(make(area * (1 - 1e-9))).passed);
    }
}

// 650 km at LTAN 06:00 in 2027 has an eclipse season; 1,400 km (above the 1,391 km
// `lowest_eclipse_free_altitude` gives) does not.
TEST(Requirement, EclipseFreeFollowsTheOrbit) {
    EXPECT_FALSE(one(ck::eclipse_free()).passed);
    nd::node_spec high{};
    high.orbit.altitude = 1'400.0_km;
    const auto d = nd::size_node(high);
    ASSERT_TRUE(d.sunlight.eclipse_free());
    const auto r = ck::check(d, ck::eclipse_free());
    EXPECT_TRUE(r.passed);
    EXPECT_EQ(r.name, "eclipse-free");
}

TEST(Check, ReturnsOneResultPerRequirementInOrderAndNeverThrowsForAFailure) {
    const ck::requirements list{ck::eclipse_free(), ck::launch_mass_at_most(1.0 * u::kilograms),
                                ck::availability_at_least(0.5)};
    const auto results = ck::check(design(), list);
    ASSERT_EQ(results.size(), 3u);
    EXPECT_EQ(results[0].name, "eclipse-free");
    EXPECT_FALSE(results[0].passed);
    EXPECT_FALSE(results[1].passed);
    EXPECT_TRUE(results[2].passed);
    EXPECT_FALSE(ck::all_passed(results));
    EXPECT_TRUE(ck::all_passed(ck::check(design(), ck::requirements{})));
    // The typed result carries the quantity.
    const auto& typed = std::get<ck::evaluation<u::mass>>(results[1].typed);
    EXPECT_EQ(typed.limit.value(), 1.0);
}

TEST(Check, InvalidRequirementNamesItself) {
    try {
        ck::check(design(), ck::launch_mass_at_most(10.0 * u::kilograms,
                                                    ck::absolute_margin(-1.0 * u::kilograms)));
        FAIL() << "a negative margin must be rejected";
    } catch (const spacedc::invalid_input& e) {
        EXPECT_NE(std::string{e.what()}.find("launch mass"), std::string::npos) << e.what();
    }
}
