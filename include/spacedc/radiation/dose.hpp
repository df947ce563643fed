#pragma once
/// \file
/// Total ionising dose from trapped protons and electrons behind a fixed shield, by
/// altitude, from published SPENVIS runs (AP-8/AE-8 as run by rMcDonald17/
/// Orbital-Datacenters; ../shared/LITERATURE.md, Radiation): krad(Si) a year behind
/// 5 mm of aluminium, for sun-synchronous orbits and for 30 deg inclination, at 500, 700,
/// 1000, 1200, 1500 and 2000 km. Between the tabulated altitudes the dose is interpolated
/// log-linearly (ln D linear in altitude: trapped-belt fluxes grow roughly exponentially
/// with altitude over this range). Valid only inside the table: 500-2000 km, those two
/// inclination classes, 5 mm Al (the sources give no dose-depth curve, so the shield is
/// fixed, not a parameter); outside it is an error, never an extrapolation. Solar
/// particle events, and the stated solar-cycle conditions of the runs, are the source's.

#include <spacedc/detail/require.hpp>
#include <spacedc/orbit/sun_synchronous.hpp>
#include <spacedc/units.hpp>

#include <array>
#include <cmath>
#include <numbers>
#include <optional>
#include <string_view>

namespace spacedc::radiation {

/// The orbit families the tables cover.
enum class inclination_class {
    sun_synchronous, ///< about 97-100 deg
    thirty_degrees,  ///< 30 deg
};

inline std::string_view to_string(inclination_class c) {
    return c == inclination_class::sun_synchronous ? "sun-synchronous" : "30-deg";
}

/// The fixed shield the tables are for: 5 mm of aluminium.
inline const units::length table_shielding{5e-3 * units::meters};

namespace detail {
struct dose_row {
    double altitude_km;
    double sso_krad_per_year;
    double thirty_krad_per_year;
};
/// rMcDonald17/Orbital-Datacenters, SPENVIS (AP-8/AE-8), behind 5 mm Al, krad(Si)/yr.
inline constexpr std::array<dose_row, 6> dose_table{{{500.0, 0.38, 0.18},
                                                     {700.0, 0.70, 0.76},
                                                     {1000.0, 1.79, 3.02},
                                                     {1200.0, 3.31, 6.57},
                                                     {1500.0, 7.82, 17.49},
                                                     {2000.0, 21.5, 47.8}}};
} // namespace detail

/// Whether `altitude` lies inside the tables (500-2000 km).
inline bool tabulated_altitude(units::length altitude) {
    const double km = altitude.value() / 1e3;
    return km >= detail::dose_table.front().altitude_km &&
           km <= detail::dose_table.back().altitude_km;
}

/// Dose rate behind `table_shielding` at `altitude` for `orbit`: log-linear between the
/// table's altitudes. Throws `invalid_input` outside 500-2000 km.

inline units::dose_rate dose_rate(units::length altitude, inclination_class orbit) {
    const auto& table = detail::dose_table;
    const double km = altitude.value() / 1e3;
    if (!tabulated_altitude(altitude)) {
        throw invalid_input{"altitude for the dose tables", fmt::format("{}", altitude),
                            "500 km to 2000 km (the published SPENVIS runs; no extrapolation)"};
    }
    auto value = [&](const detail::dose_row& r) {
        return orbit == inclination_class::sun_synchronous ? r.sso_krad_per_year
                                                           : r.thirty_krad_per_year;
    };
    std::size_t i = 1;
    while (i + 1 < table.size() && km > table[i].altitude_km) ++i;
    const auto& lo = table[i - 1];
    const auto& hi = table[i];
    const double t = (km - lo.altitude_km) / (hi.altitude_km - lo.altitude_km);
    const double krad_per_year =
        std::exp(std::log(value(lo)) + t * (std::log(value(hi)) - std::log(value(lo))));
    // krad -> Gy (1 rad = 0.01 Gy), per Julian year.
    return units::dose_rate{krad_per_year * 10.0 / (365.25 * 86'400.0) * units::grays /
                            units::seconds};
}

/// The dose over `life` at `altitude`: rate x life (the belts do not change over the
/// mission in this model). Throws as `dose_rate` and for a negative life.
inline units::absorbed_dose mission_dose(units::length altitude, inclination_class orbit,
                                         units::duration life) {
    spacedc::detail::require_non_negative("mission life", life);
    return dose_rate(altitude, orbit) * life;
}

/// The table that covers a circular orbit of `inclination` at `altitude`, if any: the
/// sun-synchronous runs for an inclination within 1 deg of the sun-synchronous one at
/// that altitude, the 30 deg runs within 1 deg of 30 deg (1 deg accepts rounded inputs;
/// trapped-belt exposure changes with inclination through the South Atlantic Anomaly, and
/// the sources give nothing between, so no other inclination is interpolated).
inline std::optional<inclination_class> covering_table(units::angle inclination,
                                                       units::length altitude) {
    constexpr double tolerance = std::numbers::pi / 180.0;
    if (altitude.value() > 0.0 && altitude < orbit::max_sun_synchronous_altitude() &&
        std::abs((inclination - orbit::sun_synchronous_inclination(altitude)).value()) <=
            tolerance) {
        return inclination_class::sun_synchronous;
    }
    if (std::abs(inclination.value() - std::numbers::pi / 6.0) <= tolerance)
        return inclination_class::thirty_degrees;
    return std::nullopt;
}

/// An absorbed dose in rad (the unit tolerances are quoted in).
inline double in_rad(units::absorbed_dose d) { return d.value() * 100.0; }

} // namespace spacedc::radiation
