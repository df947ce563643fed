#pragma once
/// \file
/// A thermal network from a TOML model file:
///
///     [[node]]
///     name = "chips"
///     capacitance = "50 kJ/K"          # optional; none: a massless node
///     initial_temperature = "300 K"    # optional
///     [[node]]
///     name = "space"
///     temperature = "2.725 K"          # fixed: a boundary node
///     [[conductor]]
///     from = "chips"
///     to = "radiator"
///     conductance = "2 kW/K"
///     [[radiation]]                    # exchange_factor, or area + emissivity + view_factor
///     from = "radiator"
///     to = "space"
///     area = "120 m^2"
///     emissivity = 0.9
///     view_factor = 1.0
///     [[load]]
///     node = "chips"
///     power = "100 kW"
///
/// Loads that vary with time (thermal/load_schedule.hpp) follow the orbit of an
/// `[orbit]` table:
///
///     [orbit]
///     altitude = "650 km"
///     beta = "60 deg"         # optional; none: the day of the year's longest eclipse
///     start = "0 deg"         # optional; orbit angle at t = 0 from the subsolar point
///     ltan = "06:00"          # optional; with year, the sun-synchronous orbit of a year run
///     year = 2027             # optional
///     [[load]]                # compute following the array: on in sunlight
///     node = "chips"
///     sunlit = "100 kW"
///     eclipse = "0 W"         # optional; a battery-carried level
///     [[load]]                # tabulated: linear between points, repeating with a period
///     node = "heater"
///     schedule = { times = ["0 s", "600 s"], powers = ["0 W", "2 kW"], period = "5863 s" }
///     [[load]]                # Sun, albedo and Earth IR absorbed by a face (no emission:
///     node = "radiator"       # that is the model's [[radiation]] to space)
///     environment = { orientation = "edge-on", face = "front", area = "130 m^2",
///                     absorptivity = 0.2, emissivity = 0.9, case = "mean" }
///
/// Unknown keys, missing nodes, duplicate names, wrong dimensions and a model with no
/// node are `invalid_input` errors naming the file and line; so is a file past
/// `limits` (size, nesting, string length, node and link counts). Loading is linear in
/// the file's size (about 0.25 s for 10^5 nodes with their links; benchmarks/io_benchmark).

#include <spacedc/io/input_limits.hpp>
#include <spacedc/thermal/load_schedule.hpp>
#include <spacedc/thermal/network.hpp>
#include <spacedc/units.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace spacedc::io {

/// A model's `[orbit]`: the circular orbit its time-varying loads follow, and the
/// sun-synchronous orbit (LTAN, year) a run through the year moves them along.
struct network_orbit {
    units::length altitude;
    units::angle beta{0.0 * units::radians}; ///< as given, or the longest eclipse's day
    bool beta_given = false;                 ///< false: beta of the year's longest eclipse
    units::angle start{0.0 * units::radians};
    units::duration ltan{6.0 * 3600.0 * units::seconds};
    std::chrono::year year{2027};

    thermal::orbit_pass pass() const { return {.altitude = altitude, .beta = beta, .start = start}; }
};

/// A network model file: the network, and its `[orbit]` when it has one.
struct network_model {
    thermal::thermal_network network;
    std::optional<network_orbit> orbit;
};

network_model read_network_model(const std::string& path, const input_limits& limits = {});

/// The network alone (`read_network_model(path, limits).network`).

thermal::thermal_network read_thermal_network(const std::string& path,
                                              const input_limits& limits = {});

} // namespace spacedc::io
