#pragma once
/// \file
/// The mass budget of a node and the ratio the orbital-data-centre argument lives on:
/// how much of every launched kilogram is chips.
///
/// Closure: the structure is a fraction f of the dry mass it supports, and a growth
/// allowance m applies to everything else and the structure. With S the sum of the
/// non-structure items, D = S + f D + m (S + f D) solves exactly to
///   D = S (1 + m) / (1 - f (1 + m))
/// (no iteration; Wertz, Everett & Puschell, The New SMAD, sec. 14.5: subsystem mass
/// as fractions of dry mass; AIAA S-120A-2015 for growth allowances).

#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <string>
#include <vector>

namespace spacedc::mass {

/// One line of the budget.
struct mass_item {
    std::string name;
    units::mass mass;
    bool is_chip = false; ///< counts as chip mass in the chip-to-support ratio
};

/// The closed budget.
struct mass_budget {
    std::vector<mass_item> items; ///< the non-structure items as given
    units::mass structure;
    units::mass growth_margin;
    units::mass total; ///< dry mass at launch, including structure and margin
    units::mass chips;
    units::mass support; ///< everything that is not chips
    units::dimensionless chip_to_support_ratio;
};

/// Closes the budget for `items` with structure fraction `structure_fraction` of the dry
/// mass and growth allowance `growth_margin` (a fraction of the other mass). Throws
/// `invalid_input` for negative items or fractions with f (1 + m) >= 1 (no closure).
inline mass_budget close_budget(std::vector<mass_item> items,
                                units::dimensionless structure_fraction,
                                units::dimensionless growth_margin) {
    spacedc::detail::require_in_closed_range("structure fraction", structure_fraction, 0.0, 1.0);
    spacedc::detail::require_in_closed_range("growth margin", growth_margin, 0.0, 10.0);
    const double f = structure_fraction, m = growth_margin;
    if (!(f * (1.0 + m) < 1.0)) {
        throw invalid_input{"structure fraction x (1 + growth margin)",
                            fmt::format("{}", f * (1.0 + m)), "< 1",
                            "the structure would have to carry itself"};
    }
    units::mass subtotal{0.0 * units::kilograms}, chips{0.0 * units::kilograms};
    for (const auto& item : items) {
        spacedc::detail::require_non_negative("mass of " + item.name, item.mass);
        subtotal += item.mass;
        if (item.is_chip) chips += item.mass;
    }
    mass_budget b{};
    b.total = subtotal * (1.0 + m) / (1.0 - f * (1.0 + m));
    b.structure = f * b.total;
    b.growth_margin = m * (subtotal + b.structure);
    b.chips = chips;
    b.support = b.total - chips;
    b.chip_to_support_ratio = b.support.value() > 0.0 ? units::dimensionless{chips / b.support}
                                                      : units::dimensionless{0.0};
    b.items = std::move(items);
    return b;
}

} // namespace spacedc::mass
