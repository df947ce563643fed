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

#include <boost/container/static_vector.hpp>
#include <boost/static_string/static_string.hpp>

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace spacedc::mass {

/// One line of the budget (its name held inline: a budget is closed without the heap).
struct mass_item {
    static constexpr std::size_t max_name = 40; ///< characters
    boost::static_strings::static_string<max_name> name;
    units::mass mass;
    bool is_chip = false; ///< counts as chip mass in the chip-to-support ratio
};

/// The closed budget.
struct mass_budget {
    static constexpr std::size_t max_items = 32;
    boost::container::static_vector<mass_item, max_items>
        items; ///< the non-structure items as given
    units::mass structure;
    units::mass growth_margin;
    units::mass total; ///< dry mass at launch, including structure and margin
    units::mass chips;
    units::mass support; ///< everything that is not chips
    units::dimensionless chip_to_support_ratio;
};

/// Closes `budget` over the items it holds, with structure fraction `structure_fraction`
/// of the dry mass and growth allowance `growth_margin` (a fraction of the other mass):
/// the in-place form, for a caller that writes its items straight into the budget.
/// Throws `invalid_input` for negative items or fractions with f (1 + m) >= 1 (no
/// closure).
inline void close(mass_budget& budget, units::dimensionless structure_fraction,
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
    for (const auto& item : budget.items) {
        if (!(item.mass.value() >= 0.0) || !std::isfinite(item.mass.value())) {
            spacedc::detail::require_non_negative(
                fmt::format("mass of {}", std::string_view(item.name.data(), item.name.size())),
                item.mass);
        }
        subtotal += item.mass;
        if (item.is_chip) chips += item.mass;
    }
    mass_budget& b = budget;
    b.total = subtotal * (1.0 + m) / (1.0 - f * (1.0 + m));
    b.structure = f * b.total;
    b.growth_margin = m * (subtotal + b.structure);
    b.chips = chips;
    b.support = b.total - chips;
    b.chip_to_support_ratio = b.support.value() > 0.0 ? units::dimensionless{chips / b.support}
                                                      : units::dimensionless{0.0};
}

/// Closes the budget for `items` (see `close`). Throws `invalid_input` as `close` does
/// and for more than `max_items` items.
inline mass_budget close_budget(std::span<const mass_item> items,
                                units::dimensionless structure_fraction,
                                units::dimensionless growth_margin) {
    if (items.size() > mass_budget::max_items) {
        throw invalid_input{"mass items", fmt::format("{}", items.size()),
                            fmt::format("at most {}", mass_budget::max_items)};
    }
    mass_budget b{};
    b.items.assign(items.begin(), items.end());
    close(b, structure_fraction, growth_margin);
    return b;
}

inline mass_budget close_budget(std::initializer_list<mass_item> items,
                                units::dimensionless structure_fraction,
                                units::dimensionless growth_margin) {
    return close_budget(std::span<const mass_item>(items.begin(), items.size()), structure_fraction,
                        growth_margin);
}

} // namespace spacedc::mass
