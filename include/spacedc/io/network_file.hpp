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
/// Unknown keys, missing nodes, duplicate names and wrong dimensions are
/// `invalid_input` errors naming the file and line.

#include <spacedc/thermal/network.hpp>

#include <string>

namespace spacedc::io {

thermal::thermal_network read_thermal_network(const std::string& path);

} // namespace spacedc::io
