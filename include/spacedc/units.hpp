#pragma once
/// \file
/// Typed physical quantities: one alias per quantity over Boost.Units SI.
///
/// Values enter through a named unit or a literal and leave through `.value()`
/// (SI base units) or a named conversion:
///
///     using namespace spacedc::literals;
///     spacedc::units::power p = 100.0_kW;                         // 1e5 W
///     spacedc::units::area a{2.0 * spacedc::units::square_meters};
///     double kw = p.value() / 1e3;
///
/// A quantity of the wrong dimension does not compile (tests/compile_fail).
/// Temperatures are absolute (`temperature`); their differences are
/// `temperature_difference`. Only `above_absolute_zero` turns a temperature into
/// a number that may be raised to a power.

#include <boost/units/absolute.hpp>
#include <boost/units/cmath.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si.hpp>
#include <boost/units/systems/si/prefixes.hpp>

#include <numbers>

namespace spacedc::units {

namespace bu = boost::units;
namespace si = boost::units::si;

// Units of the derived quantities, spelled as the field spells them.
using irradiance_unit = decltype(si::watt / si::square_meter);
using specific_power_unit = decltype(si::watt / si::kilogram);
using areal_density_unit = si::surface_density;
using thermal_conductance_unit = decltype(si::watt / si::kelvin);
using thermal_resistance_unit = decltype(si::kelvin / si::watt);
using heat_capacity_unit = decltype(si::joule / si::kelvin);
using thermal_conductivity_unit = decltype(si::watt / (si::meter * si::kelvin));
using angular_rate_unit = decltype(si::radian / si::second);
using gravitational_parameter_unit = decltype(si::cubic_meter / (si::second * si::second));
using per_kelvin_unit = decltype(si::si_dimensionless / si::kelvin);
using specific_energy_unit = decltype(si::joule / si::kilogram);
using radiant_exposure_unit = decltype(si::joule / si::square_meter);
using stefan_boltzmann_unit =
    decltype(si::watt / (si::square_meter * si::kelvin * si::kelvin * si::kelvin * si::kelvin));

using dimensionless = bu::quantity<si::dimensionless>;
using length = bu::quantity<si::length>;
using area = bu::quantity<si::area>;
using volume = bu::quantity<si::volume>;
using mass = bu::quantity<si::mass>;
/// A span of time (the quantity; `time` would collide with `::time`).
using duration = bu::quantity<si::time>;
using power = bu::quantity<si::power>;
using energy = bu::quantity<si::energy>;
/// Absolute thermodynamic temperature, a state in kelvin.
using temperature = bu::quantity<bu::absolute<si::temperature>>;
/// A difference of two temperatures, in kelvin.
using temperature_difference = bu::quantity<si::temperature>;
/// Power per unit area arriving at a surface (W/m^2).
using irradiance = bu::quantity<irradiance_unit>;
/// Power per unit area leaving or crossing a surface (W/m^2); the same type as
/// `irradiance`, named for what it means at the call site.
using heat_flux = irradiance;
using specific_power = bu::quantity<specific_power_unit>;
using areal_density = bu::quantity<areal_density_unit>;
using thermal_conductance = bu::quantity<thermal_conductance_unit>;
using thermal_resistance = bu::quantity<thermal_resistance_unit>;
using heat_capacity = bu::quantity<heat_capacity_unit>;
using thermal_conductivity = bu::quantity<thermal_conductivity_unit>;
using angle = bu::quantity<si::plane_angle>;
/// Events per unit time (a failure rate), 1/s.
using rate = bu::quantity<si::frequency>;
/// Absorbed dose (gray, J/kg; 1 rad = 0.01 Gy) and its rate.
using absorbed_dose = bu::quantity<si::absorbed_dose>;
using dose_rate = bu::quantity<decltype(si::gray / si::second)>;
using angular_rate = bu::quantity<angular_rate_unit>;
using velocity = bu::quantity<si::velocity>;
using gravitational_parameter = bu::quantity<gravitational_parameter_unit>;
/// A relative change per kelvin (temperature coefficients, 1/K).
using temperature_coefficient = bu::quantity<per_kelvin_unit>;
/// Energy per unit mass (J/kg); batteries are quoted in Wh/kg = 3600 J/kg.
using specific_energy = bu::quantity<specific_energy_unit>;
/// Energy per unit area (J/m^2): yearly irradiation of a site, yearly array yield.
using radiant_exposure = bu::quantity<radiant_exposure_unit>;
/// The unit of the Stefan-Boltzmann constant, W m^-2 K^-4.
using stefan_boltzmann_constant = bu::quantity<stefan_boltzmann_unit>;

// SI prefixes; a prefixed quantity converts explicitly: `power{100.0 * kilo * watts}`.
using si::giga;
using si::kilo;
using si::mega;
using si::micro;
using si::milli;

// Named units to build quantities with: `2.0 * square_meters`.
inline constexpr si::length meters{};
inline constexpr si::area square_meters{};
inline constexpr si::volume cubic_meters{};
inline constexpr si::mass kilograms{};
inline constexpr si::time seconds{};
inline constexpr si::frequency per_second{};
inline constexpr si::absorbed_dose grays{};
inline constexpr si::power watts{};
inline constexpr si::energy joules{};
inline constexpr bu::absolute<si::temperature> kelvin{};
inline constexpr si::temperature kelvin_difference{};
inline constexpr irradiance_unit watts_per_square_meter{};
inline constexpr specific_power_unit watts_per_kilogram{};
inline constexpr areal_density_unit kilograms_per_square_meter{};
inline constexpr thermal_conductance_unit watts_per_kelvin{};
inline constexpr thermal_resistance_unit kelvin_per_watt{};
inline constexpr heat_capacity_unit joules_per_kelvin{};
inline constexpr thermal_conductivity_unit watts_per_meter_kelvin{};
inline constexpr si::plane_angle radians{};
inline constexpr angular_rate_unit radians_per_second{};
inline constexpr si::velocity meters_per_second{};
inline constexpr gravitational_parameter_unit cubic_meters_per_second_squared{};
inline constexpr stefan_boltzmann_unit watts_per_square_meter_kelvin4{};
inline constexpr per_kelvin_unit per_kelvin{};
inline constexpr specific_energy_unit joules_per_kilogram{};
inline constexpr radiant_exposure_unit joules_per_square_meter{};

/// Absolute zero, the origin of `temperature`.
inline const temperature absolute_zero{0.0 * kelvin};

/// T - 0 K: the thermodynamic temperature as a difference, the only form that
/// may be raised to a power (sigma * T^4).
inline temperature_difference above_absolute_zero(temperature t) { return t - absolute_zero; }

/// A temperature from its value in degrees Celsius (T = t + 273.15 K, SI Brochure 9th ed.).
inline temperature from_celsius(double degrees_celsius) {
    return temperature{(degrees_celsius + 273.15) * kelvin};
}

/// An angle from its value in degrees. (Not through Boost's degree unit: Boost 1.74
/// converts with pi rounded to 12 digits, an error of 1e-12 relative.)
inline angle from_degrees(double degrees) {
    return angle{degrees * (std::numbers::pi / 180.0) * radians};
}

/// An angle's value in degrees.
inline double in_degrees(angle a) { return a.value() * (180.0 / std::numbers::pi); }

} // namespace spacedc::units

namespace spacedc::literals {

// Literals for the common cases; each returns the SI alias.
// clang-format off
inline units::length operator""_m(long double v)   { return static_cast<double>(v) * units::meters; }
inline units::length operator""_km(long double v)  { return static_cast<double>(v) * 1e3 * units::meters; }
inline units::area operator""_m2(long double v)    { return static_cast<double>(v) * units::square_meters; }
inline units::mass operator""_kg(long double v)    { return static_cast<double>(v) * units::kilograms; }
inline units::duration operator""_s(long double v) { return static_cast<double>(v) * units::seconds; }
inline units::duration operator""_min(long double v) { return static_cast<double>(v) * 60.0 * units::seconds; }
inline units::power operator""_W(long double v)    { return static_cast<double>(v) * units::watts; }
inline units::power operator""_kW(long double v)   { return static_cast<double>(v) * 1e3 * units::watts; }
inline units::power operator""_MW(long double v)   { return static_cast<double>(v) * 1e6 * units::watts; }
inline units::energy operator""_J(long double v)   { return static_cast<double>(v) * units::joules; }
inline units::energy operator""_kWh(long double v) { return static_cast<double>(v) * 3.6e6 * units::joules; }
inline units::temperature operator""_K(long double v) { return static_cast<double>(v) * units::kelvin; }
inline units::temperature operator""_degC(long double v) { return units::from_celsius(static_cast<double>(v)); }
inline units::irradiance operator""_W_per_m2(long double v) { return static_cast<double>(v) * units::watts_per_square_meter; }
inline units::specific_power operator""_W_per_kg(long double v) { return static_cast<double>(v) * units::watts_per_kilogram; }
inline units::areal_density operator""_kg_per_m2(long double v) { return static_cast<double>(v) * units::kilograms_per_square_meter; }
inline units::angle operator""_deg(long double v)  { return units::from_degrees(static_cast<double>(v)); }
inline units::angle operator""_rad(long double v)  { return static_cast<double>(v) * units::radians; }
// clang-format on

} // namespace spacedc::literals
