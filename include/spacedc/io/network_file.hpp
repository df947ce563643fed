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
/// Unknown keys, missing nodes, duplicate names, wrong dimensions and a model with no
/// node are `invalid_input` errors naming the file and line; so is a file past
/// `limits` (size, nesting, string length, node and link counts). Loading is linear in
/// the file's size (about 0.25 s for 10^5 nodes with their links; benchmarks/io_benchmark).

#include <spacedc/io/input_limits.hpp>
#include <spacedc/thermal/network.hpp>

#include <string>

namespace spacedc::io {

thermal::thermal_network read_thermal_network(const std::string& path,
                                              const input_limits& limits = {});

} // namespace spacedc::io
