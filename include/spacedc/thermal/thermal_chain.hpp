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

#include <string>
#include <vector>

namespace spacedc::thermal {

/// One named resistance of the chain.
struct thermal_link {
    std::string name;
    units::thermal_resistance resistance;
};

/// The path heat takes from each chip's junction to the radiator's heat pipes.
struct thermal_chain {
    std::vector<thermal_link> per_chip{}; ///< carried by one chip's power
    std::vector<thermal_link> shared{};   ///< carried by the whole heat load
};

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
    for (const auto& link : chain.per_chip) {
        spacedc::detail::require_non_negative("resistance " + link.name, link.resistance);
        per_chip += link.resistance;
    }
    for (const auto& link : chain.shared) {
        spacedc::detail::require_non_negative("resistance " + link.name, link.resistance);
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
