#include <spacedc/checks/margin_policy.hpp>

#include <gtest/gtest.h>

namespace ck = spacedc::checks;
namespace u = spacedc::units;

// ECSS-E-ST-31C temperature definitions with ECSS-E-ST-10-03C: uncertainty 10 K before
// correlation (5 K after), acceptance 5 K beyond the predicted, qualification 5 K beyond
// the acceptance temperature.
TEST(MarginPolicy, EcssThermalMarginsMatchTheStandard) {
    const auto p = ck::ecss_e_st_31c();
    EXPECT_EQ(p.uncertainty.value(), 10.0);
    EXPECT_EQ(p.acceptance.value(), 5.0);
    EXPECT_EQ(p.qualification.value(), 5.0);
    const auto c = ck::ecss_e_st_31c_correlated();
    EXPECT_EQ(c.uncertainty.value(), 5.0);
    EXPECT_EQ(c.acceptance.value(), 5.0);
    EXPECT_EQ(c.qualification.value(), 5.0);
}

TEST(MarginPolicy, TemperatureMarginAccumulatesTowardsTheQualificationLimit) {
    const auto p = ck::ecss_e_st_31c();
    EXPECT_EQ(ck::temperature_margin(p, ck::temperature_limit_kind::design).value(), 10.0);
    EXPECT_EQ(ck::temperature_margin(p, ck::temperature_limit_kind::acceptance).value(), 15.0);
    EXPECT_EQ(ck::temperature_margin(p, ck::temperature_limit_kind::qualification).value(), 20.0);
    const auto m = ck::thermal_margin(p, ck::temperature_limit_kind::acceptance);
    EXPECT_EQ(m.absolute.value(), 15.0);
    EXPECT_EQ(m.source, p.name);
}

// ESA margin philosophy (SRE-PA/2011.097): 5 / 10 / 20 % by maturity; 20 % system margin
// on mass, none on power.
TEST(MarginPolicy, EsaMaturityMarginsMatchTheMarginPhilosophy) {
    const auto mass = ck::esa_mass_margins();
    EXPECT_EQ(mass.off_the_shelf.value(), 0.05);
    EXPECT_EQ(mass.modified.value(), 0.10);
    EXPECT_EQ(mass.new_design.value(), 0.20);
    EXPECT_EQ(mass.system.value(), 0.20);
    const auto power = ck::esa_power_margins();
    EXPECT_EQ(power.off_the_shelf.value(), 0.05);
    EXPECT_EQ(power.modified.value(), 0.10);
    EXPECT_EQ(power.new_design.value(), 0.20);
    EXPECT_EQ(power.system.value(), 0.0);
}

TEST(MarginPolicy, SystemMarginCompoundsOnTheEquipmentMargin) {
    // New design: 1.20 x 1.20 = 1.44 of nominal mass.
    EXPECT_NEAR(
        ck::maturity_margin(ck::esa_mass_margins(), ck::design_maturity::new_design).value(), 0.44,
        1e-15);
    EXPECT_NEAR(
        ck::maturity_margin(ck::esa_mass_margins(), ck::design_maturity::off_the_shelf).value(),
        0.26, 1e-15);
    EXPECT_NEAR(ck::maturity_margin(ck::esa_power_margins(), ck::design_maturity::modified).value(),
                0.10, 1e-15);
    const auto pm = ck::power_margin(ck::esa_power_margins(), ck::design_maturity::new_design);
    EXPECT_NEAR(pm.fraction, 0.20, 1e-15);
    EXPECT_EQ(pm.basis, ck::margin_basis::limit);
    const auto mm = ck::mass_margin(ck::esa_mass_margins(), ck::design_maturity::modified);
    EXPECT_NEAR(mm.fraction, 0.32, 1e-15);
    EXPECT_EQ(mm.basis, ck::margin_basis::value);
}

TEST(MarginPolicy, UserPoliciesAreDataAndNegativeMarginsAreRejected) {
    ck::temperature_margin_policy own{.name = "project",
                                      .source = "project thermal plan",
                                      .uncertainty = 8.0 * u::kelvin_difference,
                                      .acceptance = 3.0 * u::kelvin_difference,
                                      .qualification = 7.0 * u::kelvin_difference};
    EXPECT_EQ(ck::temperature_margin(own, ck::temperature_limit_kind::qualification).value(), 18.0);
    own.acceptance = -1.0 * u::kelvin_difference;
    EXPECT_THROW(ck::temperature_margin(own, ck::temperature_limit_kind::design),
                 spacedc::invalid_input);
    auto mass = ck::esa_mass_margins();
    mass.system = -0.1;
    EXPECT_THROW(ck::maturity_margin(mass, ck::design_maturity::new_design),
                 spacedc::invalid_input);
}

TEST(MarginPolicy, NamesReadBack) {
    EXPECT_EQ(ck::temperature_limit_kind_from_string("qualification"),
              ck::temperature_limit_kind::qualification);
    EXPECT_EQ(ck::design_maturity_from_string("new-design"), ck::design_maturity::new_design);
    EXPECT_FALSE(ck::design_maturity_from_string("new").has_value());
}
