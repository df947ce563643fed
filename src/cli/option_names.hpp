#pragma once
/// \file
/// Errors in the user's words: the library names its parameters ("cell efficiency");
/// a subcommand lists which of its options sets each, and an `invalid_input` from the
/// library is re-thrown naming the option the user gave ("--efficiency").

#include <spacedc/errors.hpp>

#include <span>
#include <string_view>
#include <utility>

namespace spacedc::cli {

/// Library parameter name -> the option (or spec key) that sets it.
using option_name = std::pair<std::string_view, std::string_view>;
using option_names = std::span<const option_name>;

/// Runs `action`; an `invalid_input` naming a parameter in `names` is re-thrown naming
/// its option instead.
template <class Action>
decltype(auto) naming_options(option_names names, Action&& action) {
    try {
        return action();
    } catch (const invalid_input& e) {
        for (const auto& [parameter, option] : names) {
            if (e.parameter() == parameter) {
                throw invalid_input{std::string{option}, e.value(), e.valid_range(), e.reason()};
            }
        }
        throw;
    }
}

/// The node spec keys that set the models' parameters, for errors from the models
/// (`size`, `sweep`).
inline constexpr option_name spec_option_names[] = {
    {"altitude", "orbit.altitude"},
    {"LTAN", "orbit.ltan"},
    {"inclination", "orbit.inclination"},
    {"raan", "orbit.raan"},
    {"year", "orbit.year"},
    {"mission life", "mission.life"},
    {"years in orbit", "mission.life"},
    {"conversion efficiency", "power.conversion_efficiency"},
    {"housekeeping load", "power.housekeeping"},
    {"power design margin", "power.design_margin"},
    {"cell efficiency", "solar.efficiency"},
    {"temperature coefficient", "solar.temperature_coefficient"},
    {"packing factor", "solar.packing_factor"},
    {"inherent degradation", "solar.inherent_degradation"},
    {"annual degradation", "solar.annual_degradation"},
    {"pointing error", "solar.pointing_error"},
    {"front absorptivity", "solar.front_absorptivity"},
    {"front emissivity", "solar.front_emissivity"},
    {"back emissivity", "solar.back_emissivity"},
    {"back Earth view factor", "solar.back_earth_view_factor"},
    {"Earth infrared", "solar.earth_infrared"},
    {"array mass basis", "solar.specific_power / solar.areal_density"},
    {"battery specific energy", "battery.specific_energy"},
    {"depth of discharge", "battery.depth_of_discharge"},
    {"battery discharge efficiency", "battery.discharge_efficiency"},
    {"battery charge efficiency", "battery.charge_efficiency"},
    {"emissivity", "thermal.emissivity"},
    {"infrared emissivity", "thermal.emissivity"},
    {"solar absorptivity", "thermal.absorptivity"},
    {"radiator areal density", "thermal.areal_density"},
    {"fin conductivity", "thermal.fin.conductivity"},
    {"fin thickness", "thermal.fin.thickness"},
    {"fin half-width", "thermal.fin.half_width"},
    {"maximum junction temperature", "compute.junction_max"},
};

} // namespace spacedc::cli
