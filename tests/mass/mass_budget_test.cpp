#include <spacedc/mass/mass_budget.hpp>

#include <gtest/gtest.h>

#include <vector>

namespace ms = spacedc::mass;
using namespace spacedc::literals;

// The parts sum to the total exactly and the structure is exactly its fraction of it.
TEST(MassBudget, ClosesExactly) {
    const auto b = ms::close_budget(
        {{"chips", 200.0_kg, true}, {"array", 1000.0_kg}, {"radiator", 600.0_kg}}, 0.2, 0.1);
    double parts = b.structure.value() + b.growth_margin.value();
    for (const auto& i : b.items) parts += i.mass.value();
    EXPECT_NEAR(parts, b.total.value(), 1e-9 * b.total.value());
    EXPECT_NEAR(b.structure.value(), 0.2 * b.total.value(), 1e-12 * b.total.value());
    EXPECT_NEAR(b.growth_margin.value(), 0.1 * (1800.0 + b.structure.value()), 1e-9);
    // By hand: D = 1800 x 1.1 / (1 - 0.2 x 1.1) = 1980 / 0.78.
    EXPECT_NEAR(b.total.value(), 1980.0 / 0.78, 1e-9);
    EXPECT_NEAR(b.chip_to_support_ratio.value(), 200.0 / (1980.0 / 0.78 - 200.0), 1e-12);
}

TEST(MassBudget, NoStructureNoMarginIsTheSum) {
    const auto b = ms::close_budget({{"a", 1.0_kg}, {"b", 2.0_kg, true}}, 0.0, 0.0);
    EXPECT_DOUBLE_EQ(b.total.value(), 3.0);
    EXPECT_DOUBLE_EQ(b.chips.value(), 2.0);
    EXPECT_DOUBLE_EQ(b.chip_to_support_ratio.value(), 2.0);
}

TEST(MassBudget, RejectsAStructureThatCannotCarryItself) {
    EXPECT_THROW((void)ms::close_budget({{"a", 1.0_kg}}, 0.95, 0.1), spacedc::invalid_input);
    EXPECT_THROW((void)ms::close_budget({{"a", -1.0_kg}}, 0.2, 0.1), spacedc::invalid_input);
    EXPECT_THROW((void)ms::close_budget({{"a", 1.0_kg}}, -0.1, 0.1), spacedc::invalid_input);
}

// The items are held inline, up to max_items; more is an error, not a reallocation.
TEST(MassBudget, RefusesMoreItemsThanItHolds) {
    std::vector<ms::mass_item> items(ms::mass_budget::max_items, ms::mass_item{"part", 1.0_kg});
    EXPECT_NEAR(ms::close_budget(items, 0.0, 0.0).total.value(), 32.0, 1e-12);
    items.push_back({"one too many", 1.0_kg});
    EXPECT_THROW((void)ms::close_budget(items, 0.0, 0.0), spacedc::invalid_input);
}
