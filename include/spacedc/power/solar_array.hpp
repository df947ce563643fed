#pragma once
/// \file
/// A sun-pointing planar solar array: cell efficiency with temperature, the array's
/// own radiative temperature, packing, pointing, inherent and radiation degradation,
/// and power and mass per unit area.
///
/// Power per unit array area (Wertz & Larson, SMAD 3rd ed., eqs. 11-4 to 11-7):
///   P/A = eta(T) * S * cos(theta) * p * I_d * L_d,   L_d = (1 - d)^years,
///   eta(T) = eta_ref * (1 + gamma * (T - T_ref))   (linear temperature coefficient;
///   Patel, Spacecraft Power Systems, sec. 4.4).
/// SMAD's I_d = 0.77 includes a 0.85 temperature factor that spacedc models explicitly,
/// so the default inherent factor here is 0.90 (design and assembly, wiring, mismatch;
/// the 90 % used by Google's Suncatcher study).
///
/// Array temperature (Gilmore, Spacecraft Thermal Control Handbook Vol. I, ch. 2 and
/// 4; a thin isothermal panel): the sunlight absorbed by the front plus the Earth
/// infrared absorbed by the back, less the electrical output, is radiated from both
/// faces:  alpha S cos(theta) + eps_b F_b q_IR - P/A = sigma (eps_f + eps_b)(T^4 - T_sink^4).
/// Solved for T by Newton's method inside a bisection bracket (the left side falls and
/// the right rises with T).

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <boost/units/pow.hpp>

#include <algorithm>
#include <cmath>
#include <variant>

namespace spacedc::power {

/// Solar cells: efficiency at a reference temperature and its temperature coefficient.
struct solar_cells {
    units::dimensionless efficiency; ///< BOL, AM0, at the reference temperature
    units::temperature reference_temperature = units::from_celsius(28.0); ///< AM0 test: 28 degC
    units::temperature_coefficient temperature_coefficient{-0.0023 *
                                                           units::per_kelvin}; ///< relative, 1/K
    bool operator==(const solar_cells&) const = default;
};

/// How an array's mass is known: an areal density (kg/m^2 of array) or a specific
/// power (W/kg at BOL under the sizing condition).
using array_mass_basis = std::variant<units::areal_density, units::specific_power>;

/// A flat sun-pointing array and the technology it is built with.
struct solar_array {
    solar_cells cells;
    units::dimensionless packing_factor = 0.85;       ///< cell area / array area, (0, 1]
    units::dimensionless inherent_degradation = 0.90; ///< I_d without temperature, (0, 1]
    units::dimensionless annual_degradation =
        0.0275; ///< d per year, [0, 1); SMAD: 2.75 %/yr triple junction
    units::angle pointing_error{0.0 * units::radians}; ///< worst Sun incidence off the normal
    units::dimensionless front_absorptivity = 0.92;    ///< solar absorptivity of the cell side
    units::dimensionless front_emissivity = 0.85;      ///< infrared emissivity of the cell side
    units::dimensionless back_emissivity = 0.90;       ///< infrared emissivity of the rear
    units::dimensionless back_earth_view_factor = 0.0; ///< view factor from the rear to the Earth
    units::irradiance earth_infrared{237.0 * units::watts_per_square_meter}; ///< Gilmore mean OLR
    array_mass_basis mass_basis = units::specific_power{110.0 * units::watts_per_kilogram};
};

/// Throws `invalid_input` for any parameter of `array` outside its valid range.
inline void validate(const solar_array& array) {
    using spacedc::detail::require_unit_fraction;
    const double eta = array.cells.efficiency;
    if (!(eta > 0.0 && eta < 1.0)) {
        throw invalid_input{"cell efficiency", fmt::format("{}", eta), "(0, 1)"};
    }
    spacedc::detail::require_positive(
        "cell reference temperature",
        units::above_absolute_zero(array.cells.reference_temperature));
    if (!std::isfinite(array.cells.temperature_coefficient.value())) {
        throw invalid_input{"temperature coefficient",
                            fmt::format("{}", array.cells.temperature_coefficient), "finite"};
    }
    require_unit_fraction("packing factor", array.packing_factor);
    require_unit_fraction("inherent degradation", array.inherent_degradation);
    const double d = array.annual_degradation;
    if (!(d >= 0.0 && d < 1.0)) {
        throw invalid_input{"annual degradation", fmt::format("{}", d), "[0, 1)"};
    }
    const double theta = array.pointing_error.value();
    if (!(theta >= 0.0 && theta < std::numbers::pi / 2.0)) {
        throw invalid_input{"pointing error", fmt::format("{}", array.pointing_error), "[0°, 90°)"};
    }
    require_unit_fraction("front absorptivity", array.front_absorptivity);
    require_unit_fraction("front emissivity", array.front_emissivity);
    require_unit_fraction("back emissivity", array.back_emissivity);
    spacedc::detail::require_in_closed_range("back Earth view factor", array.back_earth_view_factor,
                                             0.0, 1.0);
    spacedc::detail::require_non_negative("Earth infrared", array.earth_infrared);
    std::visit([](auto basis) { spacedc::detail::require_positive("array mass basis", basis); },
               array.mass_basis);
}

/// Cell efficiency at temperature T, eta_ref (1 + gamma (T - T_ref)), floored at zero.
inline units::dimensionless cell_efficiency(const solar_cells& cells, units::temperature t) {
    const units::dimensionless eta =
        cells.efficiency *
        (1.0 + cells.temperature_coefficient * (t - cells.reference_temperature));
    return eta.value() > 0.0 ? eta : units::dimensionless{0.0};
}

/// Remaining fraction of power after `years` of radiation damage, L_d = (1 - d)^years
/// (SMAD eq. 11-7).
inline units::dimensionless lifetime_degradation(const solar_array& array, double years) {
    if (!(years >= 0.0) || !std::isfinite(years)) {
        throw invalid_input{"years in orbit", fmt::format("{}", years), "finite and >= 0"};
    }
    if (years == 0.0) return 1.0; // (1 - d)^0, at the start of life: no pow on that path
    return std::pow(1.0 - array.annual_degradation.value(), years);
}

/// The array's operating point at one instant.
struct array_operating_point {
    units::temperature temperature;
    units::dimensionless efficiency;  ///< cell efficiency at that temperature
    units::irradiance power_per_area; ///< electrical output per m^2 of array
};

namespace detail {

/// The operating point of an already validated `array` under `incident` = S cos(theta)
/// (W/m^2) with `derate` = p I_d L_d: the kernel of `operating_point`, for callers that
/// validate once and evaluate many fluxes. `guess` (K) starts Newton's method (0: the
/// temperature with the reference efficiency's output taken away).
inline array_operating_point solve_operating_point(const solar_array& array, double incident,
                                                   double derate, double guess = 0.0) {
    const double absorbed = array.front_absorptivity * incident + array.back_emissivity *
                                                                      array.back_earth_view_factor *
                                                                      array.earth_infrared.value();
    const double emitting =
        constants::stefan_boltzmann.value() * (array.front_emissivity + array.back_emissivity);
    const double sink = constants::cosmic_background.value();
    const double sink4 = sink * sink * sink * sink;
    const double eta_ref = array.cells.efficiency.value();
    const double gamma = array.cells.temperature_coefficient.value();
    const double t_ref = array.cells.reference_temperature.value();
    auto power_at = [&](double kelvin) {
        const double eta = eta_ref * (1.0 + gamma * (kelvin - t_ref));
        return (eta > 0.0 ? eta : 0.0) * incident * derate;
    };
    auto imbalance = [&](double kelvin) {
        const double k2 = kelvin * kelvin;
        return absorbed - power_at(kelvin) - emitting * (k2 * k2 - sink4);
    };
    // Newton's method on the balance, kept inside a shrinking bracket [lo, hi] (the
    // imbalance falls monotonically with T), so it cannot diverge.
    double lo = sink;
    double hi = 2000.0;
    const double first =
        guess > 0.0
            ? guess
            : std::sqrt(std::sqrt(std::max(absorbed - eta_ref * incident * derate, 1.0) / emitting +
                                  sink4));
    double t = std::clamp(first, lo, hi);
    const double slope_power = -eta_ref * gamma * incident * derate;
    for (int k = 0; k < 100; ++k) {
        const double f = imbalance(t);
        (f > 0.0 ? lo : hi) = t;
        const bool eta_positive = power_at(t) > 0.0;
        const double df = (eta_positive ? slope_power : 0.0) - 4.0 * emitting * t * t * t;
        const double step = f / df;
        double next = t - step;
        if (std::abs(step) < 1e-10) { // converged (a step this small stays in the bracket)
            t = next;
            break;
        }
        // Newton's error after this step is about |f''/(2 f')| step^2 with f'' = -12 e T^2
        // (the efficiency is linear in T): under 1e-11 K, with no efficiency floor
        // crossed (a kink in f), this step is the last.
        if (next > lo && next < hi && 6.0 * emitting * t * t * step * step < 1e-11 * std::abs(df) &&
            (power_at(next) > 0.0) == eta_positive) {
            t = next;
            break;
        }
        if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
        if (hi - lo < 1e-10) {
            t = next;
            break;
        }
        t = next;
    }
    const units::temperature temperature{t * units::kelvin};
    return {temperature, cell_efficiency(array.cells, temperature),
            units::irradiance{power_at(t) * units::watts_per_square_meter}};
}

/// p I_d L_d after `years` in orbit.
inline double derate(const solar_array& array, double years) {
    return array.packing_factor * array.inherent_degradation * lifetime_degradation(array, years);
}

} // namespace detail

/// The operating point of `array` in sunlight `solar_flux` after `years` in orbit, with
/// the Sun at the worst pointing error: temperature from the radiative balance above,
/// then P/A = eta(T) S cos(theta) p I_d L_d.
inline array_operating_point operating_point(const solar_array& array, units::irradiance solar_flux,
                                             double years = 0.0) {
    validate(array);
    spacedc::detail::require_positive("solar flux", solar_flux);
    return detail::solve_operating_point(
        array, solar_flux.value() * std::cos(array.pointing_error.value()),
        detail::derate(array, years));
}

namespace detail {
/// `array_mass` of an already validated array and area.
inline units::mass array_mass(const solar_array& array, units::area area,
                              units::irradiance bol_power_per_area) {
    if (const auto* density = std::get_if<units::areal_density>(&array.mass_basis))
        return *density * area;
    return bol_power_per_area * area / std::get<units::specific_power>(array.mass_basis);
}
} // namespace detail

/// Array mass for `area`, from the areal density, or from the specific power and the
/// BOL power per area under the sizing condition.
inline units::mass array_mass(const solar_array& array, units::area area,
                              units::irradiance bol_power_per_area) {
    validate(array);
    spacedc::detail::require_non_negative("array area", area);
    return detail::array_mass(array, area, bol_power_per_area);
}

} // namespace spacedc::power
