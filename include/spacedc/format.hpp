#pragma once
/// \file
/// The one `fmt::formatter` for quantities: the number with an engineering SI prefix
/// chosen from its magnitude, then the unit symbol as the field spells it.
///
///     fmt::format("{}", 1.5e5 * units::watts);          // "150 kW"
///     fmt::format("{:.1f}", 413.37 * units::watts_per_square_meter); // "413.4 W/m²"
///     fmt::format("{}", 300.0 * units::kelvin);          // "300 K"
///
/// Format specs apply to the number. Prefixes are used only where engineers use them
/// (W, J, W/K, J/K; metres up to km, so 35786 km rather than 35.786 Mm; seconds only
/// downwards: ms, µs). Areas, temperatures,
/// masses and ratios of units keep their base symbol. Angles print in degrees.

#include <spacedc/units.hpp>

#include <fmt/format.h>

#include <boost/units/systems/si/io.hpp>

#include <cmath>
#include <string>
#include <string_view>
#include <type_traits>

namespace spacedc::detail {

enum class prefixes { none, all, downward_only, up_to_kilo };

struct unit_style {
    std::string_view symbol;
    prefixes prefix = prefixes::none;
    bool space = true;       ///< a space between number and symbol ("150 kW", but "98.2°")
    bool in_degrees = false; ///< print an angle in degrees
};

/// The style of a unit we know; `symbol` is empty for units we do not (Boost's own
/// symbol string is used then).
template <class Unit>
constexpr unit_style style_of() {
    namespace u = spacedc::units;
    namespace si = boost::units::si;
    using boost::units::absolute;
    // clang-format off
    if constexpr (std::is_same_v<Unit, si::dimensionless>)            return {.symbol = "", .space = false};
    else if constexpr (std::is_same_v<Unit, si::length>)              return {.symbol = "m", .prefix = prefixes::up_to_kilo};
    else if constexpr (std::is_same_v<Unit, si::area>)                return {.symbol = "m²"};
    else if constexpr (std::is_same_v<Unit, si::volume>)              return {.symbol = "m³"};
    else if constexpr (std::is_same_v<Unit, si::mass>)                return {.symbol = "kg"};
    else if constexpr (std::is_same_v<Unit, si::time>)                return {.symbol = "s", .prefix = prefixes::downward_only};
    else if constexpr (std::is_same_v<Unit, si::power>)               return {.symbol = "W", .prefix = prefixes::all};
    else if constexpr (std::is_same_v<Unit, si::energy>)              return {.symbol = "J", .prefix = prefixes::all};
    else if constexpr (std::is_same_v<Unit, absolute<si::temperature>>) return {.symbol = "K"};
    else if constexpr (std::is_same_v<Unit, si::temperature>)         return {.symbol = "K"};
    else if constexpr (std::is_same_v<Unit, u::irradiance_unit>)      return {.symbol = "W/m²"};
    else if constexpr (std::is_same_v<Unit, u::specific_power_unit>)  return {.symbol = "W/kg"};
    else if constexpr (std::is_same_v<Unit, u::areal_density_unit>)   return {.symbol = "kg/m²"};
    else if constexpr (std::is_same_v<Unit, u::thermal_conductance_unit>) return {.symbol = "W/K", .prefix = prefixes::all};
    else if constexpr (std::is_same_v<Unit, u::thermal_resistance_unit>)  return {.symbol = "K/W"};
    else if constexpr (std::is_same_v<Unit, u::heat_capacity_unit>)   return {.symbol = "J/K", .prefix = prefixes::all};
    else if constexpr (std::is_same_v<Unit, u::thermal_conductivity_unit>) return {.symbol = "W/(m·K)"};
    else if constexpr (std::is_same_v<Unit, si::plane_angle>)         return {.symbol = "°", .space = false, .in_degrees = true};
    else if constexpr (std::is_same_v<Unit, u::angular_rate_unit>)    return {.symbol = "rad/s"};
    else if constexpr (std::is_same_v<Unit, si::velocity>)            return {.symbol = "m/s", .prefix = prefixes::up_to_kilo};
    else if constexpr (std::is_same_v<Unit, u::gravitational_parameter_unit>) return {.symbol = "m³/s²"};
    else if constexpr (std::is_same_v<Unit, u::per_kelvin_unit>)      return {.symbol = "/K"};
    else if constexpr (std::is_same_v<Unit, u::specific_energy_unit>) return {.symbol = "J/kg", .prefix = prefixes::all};
    else if constexpr (std::is_same_v<Unit, u::radiant_exposure_unit>) return {.symbol = "J/m²", .prefix = prefixes::all};
    else if constexpr (std::is_same_v<Unit, u::stefan_boltzmann_unit>) return {.symbol = "W/(m²·K⁴)"};
    else return {};
    // clang-format on
}

struct scaled_value {
    double value;
    std::string_view prefix;
};

/// The value scaled to an engineering prefix (a power of 1000 from pico to tera) so
/// that 1 <= |value| < 1000 where the range allows; zero and non-finite values keep
/// no prefix.
inline scaled_value engineering_notation(double value, prefixes allowed) {
    static constexpr std::string_view names[] = {"p", "n", "µ", "m", "", "k", "M", "G", "T"};
    constexpr int unprefixed = 4;
    if (allowed == prefixes::none || value == 0.0 || !std::isfinite(value)) {
        return {value, ""};
    }
    int step = static_cast<int>(std::floor(std::log10(std::abs(value)) / 3.0));
    const int highest = allowed == prefixes::all ? 4 : (allowed == prefixes::up_to_kilo ? 1 : 0);
    step = step < -unprefixed ? -unprefixed : (step > highest ? highest : step);
    return {value / std::pow(1000.0, step), names[step + unprefixed]};
}

} // namespace spacedc::detail

template <class Unit, class T>
struct fmt::formatter<boost::units::quantity<Unit, T>> : fmt::formatter<T> {
    template <class FormatContext>
    auto format(const boost::units::quantity<Unit, T>& q, FormatContext& ctx) const
        -> decltype(ctx.out()) {
        constexpr spacedc::detail::unit_style style = spacedc::detail::style_of<Unit>();
        if constexpr (style.symbol.empty() &&
                      !std::is_same_v<Unit, boost::units::si::dimensionless>) {
            auto out = fmt::formatter<T>::format(q.value(), ctx);
            return fmt::format_to(out, " {}", boost::units::symbol_string(Unit{}));
        } else {
            double raw = q.value();
            if constexpr (style.in_degrees) raw = spacedc::units::in_degrees(q);
            const auto scaled = spacedc::detail::engineering_notation(raw, style.prefix);
            auto out = fmt::formatter<T>::format(static_cast<T>(scaled.value), ctx);
            return fmt::format_to(out, "{}{}{}", style.space ? " " : "", scaled.prefix,
                                  style.symbol);
        }
    }
};
