#include <spacedc/testing/matchers.hpp>

#include "../checks/margined_design.hpp"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

namespace ck = spacedc::checks;
namespace nd = spacedc::node;
namespace st = spacedc::testing;
namespace u = spacedc::units;
using namespace spacedc::literals;

namespace {

template <class T>
std::string explain(const ::testing::Matcher<T>& m, const std::remove_cvref_t<T>& value) {
    ::testing::StringMatchResultListener listener;
    m.MatchAndExplain(value, &listener);
    return listener.str();
}

const nd::node_design& design() { return spacedc::testing::margined_design(); }

} // namespace

TEST(Matchers, IsBelowWithAMarginMatchesAndDescribesItself) {
    const auto m = st::is_below(358.15 * u::kelvin, 10.0 * u::kelvin_difference);
    EXPECT_THAT(design().junction_temperature(), m);
    EXPECT_THAT(340.0 * u::kelvin, m);
    EXPECT_THAT(349.0 * u::kelvin, ::testing::Not(m));
    EXPECT_EQ(::testing::DescribeMatcher<u::temperature>(m),
              "is below 358.15 K with a margin of 10 K");
    EXPECT_EQ(::testing::DescribeMatcher<u::temperature>(m, true),
              "is not below 358.15 K with a margin of 10 K");
}

TEST(Matchers, FailureMessageShowsValueBoundAndMissingMargin) {
    const auto m = st::is_below(358.0 * u::kelvin, 10.0 * u::kelvin_difference);
    EXPECT_EQ(explain(m, 351.0 * u::kelvin),
              "351 K + margin 10 K > 358 K: 3 K of margin missing (-0.84 % of the bound)");
    EXPECT_NONFATAL_FAILURE(EXPECT_THAT(351.0 * u::kelvin, m), "3 K of margin missing");
}

TEST(Matchers, IsAboveWithAPolicyMargin) {
    const auto m = st::is_above(
        100.0_kW, ck::power_margin(ck::esa_power_margins(), ck::design_maturity::new_design));
    EXPECT_THAT(120.0_kW, m);
    EXPECT_THAT(119.0_kW, ::testing::Not(m));
    EXPECT_EQ(::testing::DescribeMatcher<u::power>(m),
              "is above 100 kW with a margin of 20 % of the bound (ESA margin philosophy (power))");
    EXPECT_EQ(explain(m, 110.0_kW),
              "110 kW < 100 kW + margin 20 kW: 10 kW of margin missing (-10.00 % of the bound)");
    EXPECT_THAT(
        design().power.array_power_capability,
        st::is_above(design().power.array_power_required,
                     ck::power_margin(ck::esa_power_margins(), ck::design_maturity::new_design)));
}

TEST(Matchers, MeetsListsTheFailingRequirements) {
    const ck::requirements pass{ck::availability_at_least(0.9),
                                ck::launch_mass_at_most(20'000.0 * u::kilograms)};
    EXPECT_THAT(design(), st::meets(pass));
    EXPECT_EQ(explain(st::meets(pass), design()), "which meets all 2 requirements");

    const ck::requirements fail{ck::availability_at_least(0.9), ck::eclipse_free(),
                                ck::chip_to_support_ratio_at_least(0.5)};
    const std::string why = explain(st::meets(fail), design());
    EXPECT_THAT(why, ::testing::StartsWith("which fails 2 of 3 requirements:\n  eclipse-free: "));
    EXPECT_THAT(why, ::testing::HasSubstr("\n  chip-to-support mass ratio: "));
    EXPECT_THAT(why, ::testing::Not(::testing::HasSubstr("availability")));
    EXPECT_EQ(::testing::DescribeMatcher<const nd::node_design&>(st::meets(fail)),
              "meets 3 requirements");
    EXPECT_NONFATAL_FAILURE(EXPECT_THAT(design(), st::meets(fail)), "of margin missing");
}

TEST(Matchers, ValuesPrintInFormattedUnits) {
    EXPECT_EQ(::testing::PrintToString(351.0 * u::kelvin), "351 K");
    EXPECT_EQ(::testing::PrintToString(150e3 * u::watts), "150 kW");
    EXPECT_THAT(::testing::PrintToString(design()),
                ::testing::StartsWith("node design (143 x 700 W"));
}
