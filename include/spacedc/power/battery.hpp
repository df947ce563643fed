#pragma once
/// \file
/// The battery a node would need to compute through an eclipse, so its mass can be
/// set against going without one.
///
/// Capacity C = P_e T_e / (DoD * n) (Wertz & Larson, SMAD 3rd ed., eq. 11-6 with one
/// battery, n the battery-to-load transmission efficiency); mass = C / specific energy.

#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

namespace spacedc::power {

/// A rechargeable battery technology.
struct battery_technology {
    /// Pack-level specific energy; 150 Wh/kg, a space Li-ion pack (Wertz, Everett &
    /// Puschell, The New SMAD, ch. 21: Li-ion about 100-200 Wh/kg).
    units::specific_energy specific_energy{150.0 * 3600.0 * units::joules_per_kilogram};
    /// Depth of discharge per eclipse: 0.4, a common Li-ion design value for the tens of
    /// thousands of cycles of a LEO mission (SMAD 3rd ed., sec. 11.4: DoD limits cycle life).
    units::dimensionless depth_of_discharge = 0.4;
    /// Battery-to-load transmission efficiency n (SMAD: about 0.9).
    units::dimensionless discharge_efficiency = 0.9;
    /// Array-to-battery charge efficiency (Coulombic and regulator), about 0.95.
    units::dimensionless charge_efficiency = 0.95;
};

/// Throws `invalid_input` for parameters outside their ranges.
inline void validate(const battery_technology& b) {
    spacedc::detail::require_positive("battery specific energy", b.specific_energy);
    spacedc::detail::require_unit_fraction("depth of discharge", b.depth_of_discharge);
    spacedc::detail::require_unit_fraction("battery discharge efficiency", b.discharge_efficiency);
    spacedc::detail::require_unit_fraction("battery charge efficiency", b.charge_efficiency);
}

/// Nameplate capacity to carry `load` through `eclipse`, C = P T / (DoD n).
inline units::energy battery_capacity(units::power load, units::duration eclipse,
                                      const battery_technology& b) {
    validate(b);
    spacedc::detail::require_non_negative("eclipse load", load);
    spacedc::detail::require_non_negative("eclipse duration", eclipse);
    return load * eclipse / (b.depth_of_discharge * b.discharge_efficiency);
}

/// Battery mass for `capacity`.
inline units::mass battery_mass(units::energy capacity, const battery_technology& b) {
    validate(b);
    spacedc::detail::require_non_negative("battery capacity", capacity);
    return capacity / b.specific_energy;
}

} // namespace spacedc::power
