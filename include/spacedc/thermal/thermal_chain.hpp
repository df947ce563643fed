#pragma once
/// \file
/// The chain from chip junction to radiator: series thermal resistances, some per chip
/// (junction to case, interface material, cold plate) and some shared by all the heat
/// (coolant loop or heat pipes to the radiator).
///
///   T_radiator,max = T_junction,max - P_chip * sum(R_per_chip) - Q_total * sum(R_shared)
/// (series resistances; Incropera & DeWitt, Fundamentals of Heat and Mass Transfer,
/// sec. 3.1; Gilmore Vol. I ch. 6 and ch. 14 for pumped loops).

#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <boost/container/static_vector.hpp>
#include <boost/static_string/static_string.hpp>

#include <string>
#include <string_view>

namespace spacedc::thermal {

/// One named resistance of the chain. The name and the lists are held inline (no heap),
/// so a node spec copies without allocating in a sweep.
struct thermal_link {
    static constexpr std::size_t max_name = 48; ///< characters
    boost::static_strings::static_string<max_name> name;
    units::thermal_resistance resistance;
};

/// The path heat takes from each chip's junction to the radiator's heat pipes.
struct thermal_chain {
    static constexpr std::size_t max_links = 8; ///< per list
    using links = boost::container::static_vector<thermal_link, max_links>;
    links per_chip{}; ///< carried by one chip's power
    links shared{};   ///< carried by the whole heat load
};

/// Appends the link `name` of `resistance` to `list`, the chain's list named `parameter`
/// in errors; throws `invalid_input` past `max_links` links or `max_name` characters.
inline void append_link(thermal_chain::links& list, std::string_view parameter,
                        std::string_view name, units::thermal_resistance resistance) {
    if (list.size() == thermal_chain::max_links) {
        throw invalid_input{std::string{parameter},
                            fmt::format("more than {} links", thermal_chain::max_links),
                            fmt::format("at most {} links (merge resistances in series)",
                                        thermal_chain::max_links)};
    }
    if (name.size() > thermal_link::max_name) {
        throw invalid_input{std::string{parameter} + ".name", std::string{name},
                            fmt::format("at most {} characters", thermal_link::max_name)};
    }
    list.push_back(
        {.name = decltype(thermal_link::name)(name.data(), name.size()), .resistance = resistance});
}

/// Temperature drops along the chain for `chips` chips of `chip_power` each.
struct chain_drop {
    units::temperature_difference per_chip;
    units::temperature_difference shared;
    units::temperature_difference total() const { return per_chip + shared; }
};

inline chain_drop temperature_drop(const thermal_chain& chain, units::power chip_power, int chips) {
    spacedc::detail::require_non_negative("chip power", chip_power);
    spacedc::detail::require_at_least("chips", chips, 1);
    units::thermal_resistance per_chip{0.0 * units::kelvin_per_watt},
        shared{0.0 * units::kelvin_per_watt};
    auto check = [](const thermal_link& link) {
        if (!(link.resistance.value() >= 0.0) || !std::isfinite(link.resistance.value())) {
            spacedc::detail::require_non_negative(
                fmt::format("resistance {}", std::string_view(link.name.data(), link.name.size())),
                link.resistance);
        }
    };
    for (const auto& link : chain.per_chip) {
        check(link);
        per_chip += link.resistance;
    }
    for (const auto& link : chain.shared) {
        check(link);
        shared += link.resistance;
    }
    return {chip_power * per_chip, static_cast<double>(chips) * chip_power * shared};
}

/// The hottest the radiator's heat pipes may run so that no junction exceeds
/// `junction_max`.
inline units::temperature max_radiator_temperature(const thermal_chain& chain,
                                                   units::temperature junction_max,
                                                   units::power chip_power, int chips) {
    spacedc::detail::require_positive("maximum junction temperature",
                                      units::above_absolute_zero(junction_max));
    return junction_max - temperature_drop(chain, chip_power, chips).total();
}

/// The junction temperature with the radiator's heat pipes at `radiator`.
inline units::temperature junction_temperature(const thermal_chain& chain,
                                               units::temperature radiator, units::power chip_power,
                                               int chips) {
    return radiator + temperature_drop(chain, chip_power, chips).total();
}

} // namespace spacedc::thermal
