#pragma once
// Private: each reader's work on a parsed TOML document, so that one parse serves a
// spec and its requirements, and the fuzz targets reach the readers without files.

#include <spacedc/checks/requirement.hpp>
#include <spacedc/io/input_limits.hpp>
#include <spacedc/io/thermal_chain_file.hpp>
#include <spacedc/node/node_spec.hpp>
#include <spacedc/thermal/network.hpp>

#include <toml.hpp>

#include <string>
#include <vector>

namespace spacedc::io::documents {

thermal::thermal_network network(const toml::value& root, const std::string& name,
                                 const input_limits& limits);

thermal_chain_file thermal_chain(const toml::value& root, const std::string& name);

/// Applies `overrides` to `root` (hence the copy), then reads the spec.
node::node_spec node_spec(toml::value root, const std::string& name,
                          const std::vector<std::string>& overrides, const input_limits& limits);

checks::requirements requirements(const toml::value& root);

} // namespace spacedc::io::documents
