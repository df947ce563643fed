#pragma once
/// \file
/// A ground solar plant to compare an orbital array with: the site's yearly irradiation
/// on the array plane, its latitude (for the longest night) and the plant's performance
/// ratio.
///
/// Yearly yield per m^2 of array: E = H_POA * eta_ref * p * PR (IEC 61724-1 performance
/// ratio; Marion et al., NREL/CP-520-37358, 2005, PR 0.75-0.85 for working plants).
/// Longest night at latitude phi: 24 h - N, N = (2/15) acos(-tan phi tan delta) hours
/// with delta = -23.44 deg for the northern winter solstice (Duffie & Beckman, Solar
/// Engineering of Thermal Processes, eq. 1.6.11; no refraction).

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string_view>

namespace spacedc::power {

struct ground_site {
    std::string_view name;
    /// Yearly irradiation on the array plane (plane of array, POA).
    units::radiant_exposure yearly_irradiation;
    units::angle latitude;
    std::string_view source;
};

namespace sites {

inline units::radiant_exposure kwh_per_m2(double kwh) {
    return units::radiant_exposure{kwh * 3.6e6 * units::joules_per_square_meter};
}

/// Daggett, California (34.9 N), Mojave desert, single-axis tracking: about 3,000
/// kWh/m^2/yr on the tracked plane (NREL NSRDB TMY through PVWatts v8; rounded).
inline const ground_site desert_tracking{"desert, single-axis tracking (Daggett, CA)",
                                         kwh_per_m2(3000.0), units::from_degrees(34.9),
                                         "NREL NSRDB / PVWatts v8, rounded"};
/// Daggett, California, fixed at latitude tilt: about 2,450 kWh/m^2/yr (same source).
inline const ground_site desert_fixed{"desert, fixed latitude tilt (Daggett, CA)",
                                      kwh_per_m2(2450.0), units::from_degrees(34.9),
                                      "NREL NSRDB / PVWatts v8, rounded"};
/// Central Europe (Frankfurt, 50.1 N), fixed at the optimal tilt: about 1,200 kWh/m^2/yr
/// (EU JRC PVGIS 5.2, SARAH-2; rounded).
inline const ground_site mid_latitude{"mid-latitude, fixed optimal tilt (Frankfurt)",
                                      kwh_per_m2(1200.0), units::from_degrees(50.1),
                                      "EU JRC PVGIS 5.2 (SARAH-2), rounded"};

} // namespace sites

/// The ground plant's parameters beyond the site.
struct ground_plant {
    units::dimensionless performance_ratio = 0.80; ///< IEC 61724-1 PR, 0.75-0.85
    units::dimensionless storage_round_trip_efficiency =
        0.90; ///< Li-ion, AC to AC (NREL ATB 2023: 85-90 %)
};

/// Yearly electrical yield of one m^2 of array at `site`, E = H * eta * p * PR.
inline units::radiant_exposure ground_yield_per_area(const ground_site& site,
                                                     units::dimensionless cell_efficiency,
                                                     units::dimensionless packing_factor,
                                                     const ground_plant& plant) {
    spacedc::detail::require_positive("site irradiation", site.yearly_irradiation);
    spacedc::detail::require_unit_fraction("cell efficiency", cell_efficiency);
    spacedc::detail::require_unit_fraction("packing factor", packing_factor);
    spacedc::detail::require_unit_fraction("performance ratio", plant.performance_ratio);
    return site.yearly_irradiation * cell_efficiency * packing_factor * plant.performance_ratio;
}

/// The longest night of the year at `latitude` (winter solstice, no refraction); 24 h
/// inside the polar circle, 0 in polar day.
inline units::duration longest_night(units::angle latitude) {
    const double phi = std::abs(latitude.value());
    if (!(phi <= std::numbers::pi / 2.0)) {
        throw invalid_input{"latitude", fmt::format("{}", latitude), "[-90°, 90°]"};
    }
    const double winter = -constants::obliquity_j2000.value();
    const double cos_h = std::clamp(-std::tan(phi) * std::tan(winter), -1.0, 1.0);
    const double day_hours = 2.0 / 15.0 * std::acos(cos_h) * 180.0 / std::numbers::pi;
    return units::duration{(24.0 - day_hours) * 3600.0 * units::seconds};
}

} // namespace spacedc::power
