#pragma once
/// \file
/// A junction-to-radiator chain from a TOML file:
///
///     chip_power = "700 W"            # heat of one chip
///     [[per_chip]]                    # carried by one chip's heat, in series
///     name = "junction to case"
///     resistance = "0.03 K/W"
///     [[shared]]                      # carried by the whole heat load
///     name = "pumped loop to radiator"
///     resistance = "2e-4 K/W"
///
/// Unknown keys, missing keys, wrong dimensions, a chip power that is not positive and a
/// file past `limits` are `invalid_input` errors naming the file and line.

#include <spacedc/io/input_limits.hpp>
#include <spacedc/thermal/thermal_chain.hpp>

#include <string>

namespace spacedc::io {

struct thermal_chain_file {
    thermal::thermal_chain chain;
    units::power chip_power;
};

thermal_chain_file read_thermal_chain(const std::string& path, const input_limits& limits = {});

} // namespace spacedc::io
