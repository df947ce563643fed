#pragma once
/// \file
/// Quantities from text as a user types them: `650km`, `650 km`, `1.2 kW`, `300K`,
/// `26.85 degC`, `0.9`, `90 %`, `1361 W/m^2`, `5 W/(m K)`, `45 deg`.
///
///     auto heat = spacedc::io::parse<spacedc::units::power>("100 kW", "--heat");
///
/// The text is a number followed by a unit expression: symbols with optional SI
/// prefixes, joined by `*`, `·`, spaces or `/`, with powers as `^2`, `^-1`, `²`, `³`,
/// and parentheses. The result is checked against the expected dimension. A lone
/// `degC` (or `°C`) reads as an absolute temperature (T = t + 273.15 K); inside a
/// compound unit it is a kelvin-sized degree. Temperatures and angles need a unit;
/// ratios may have none.
///
/// Every kind of quantity has a plausibility ceiling on its magnitude, far beyond any
/// spacecraft yet small enough that no product of two inputs overflows (T^4 of the
/// hottest temperature is 1e16 K^4): temperatures and temperature differences 10^4 K,
/// lengths 10^12 m, areas 10^12 m², masses 10^12 kg, durations 10^10 s (317 years),
/// powers 10^13 W, energies 10^21 J, ratios 10^6, angles 1000 rad, speeds c;
/// docs/cli.md lists them all. A value past its ceiling is an error like any other.
///
/// Errors throw `spacedc::invalid_input` naming `parameter`, the text, what was wrong,
/// and the dimension expected (with an example).

#include <spacedc/units.hpp>

#include <string_view>

namespace spacedc::io {

/// Reads `text` as a `Quantity`; `parameter` names it in errors.
template <class Quantity>
Quantity parse(std::string_view text, std::string_view parameter = "quantity");

// The quantities that can be read (defined in src/io/parse_quantity.cpp).
template <>
units::dimensionless parse(std::string_view, std::string_view);
template <>
units::length parse(std::string_view, std::string_view);
template <>
units::area parse(std::string_view, std::string_view);
template <>
units::volume parse(std::string_view, std::string_view);
template <>
units::mass parse(std::string_view, std::string_view);
template <>
units::duration parse(std::string_view, std::string_view);
template <>
units::power parse(std::string_view, std::string_view);
template <>
units::energy parse(std::string_view, std::string_view);
template <>
units::temperature parse(std::string_view, std::string_view);
template <>
units::temperature_difference parse(std::string_view, std::string_view);
template <>
units::irradiance parse(std::string_view, std::string_view);
template <>
units::specific_power parse(std::string_view, std::string_view);
template <>
units::areal_density parse(std::string_view, std::string_view);
template <>
units::thermal_conductance parse(std::string_view, std::string_view);
template <>
units::thermal_resistance parse(std::string_view, std::string_view);
template <>
units::heat_capacity parse(std::string_view, std::string_view);
template <>
units::thermal_conductivity parse(std::string_view, std::string_view);
template <>
units::angle parse(std::string_view, std::string_view);
template <>
units::velocity parse(std::string_view, std::string_view);

/// Reads `text` as an absorbed dose (total ionising dose): a number and one of rad, krad,
/// Mrad (1 rad = 0.01 Gy), optionally followed by "(Si)", or Gy, mGy, kGy; e.g. "2 krad",
/// "20 Gy", "15 krad(Si)". A dose is J/kg like a specific energy, but written in its own
/// units ("rad" here is the dose unit, not the radian), so it has its own reader. Ceiling
/// 10^6 Gy; errors as `parse`.
units::absorbed_dose parse_dose(std::string_view text, std::string_view parameter = "dose");

} // namespace spacedc::io
