#pragma once
// Private: each reader's work on a parsed TOML document, so that one parse serves a
// spec and its requirements, and the fuzz targets reach the readers without files.

#include <spacedc/checks/requirement.hpp>
#include <spacedc/io/input_limits.hpp>
#include <spacedc/io/network_file.hpp>
#include <spacedc/io/thermal_chain_file.hpp>
#include <spacedc/node/node_spec.hpp>
#include <spacedc/thermal/network.hpp>

#include <toml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spacedc::io::documents {

network_model network(const toml::value& root, const std::string& name, const input_limits& limits);

} // namespace spacedc::io::documents

namespace spacedc::io::detail {

/// A network model in the plain subset of TOML read without a document, or nullopt
/// when the text is outside that subset or has any error (network_file.cpp).
std::optional<thermal::thermal_network> read_plain_network_text(std::string_view text,
                                                                const input_limits& limits);

} // namespace spacedc::io::detail

namespace spacedc::io::documents {

thermal_chain_file thermal_chain(const toml::value& root, const std::string& name);

/// The `[[key]]` links of `table` (name, resistance), named `parameter` in errors.
thermal::thermal_chain::links thermal_links(const toml::value& table, const std::string& key,
                                            const std::string& parameter);

/// Applies `overrides` to `root` (hence the copy), then reads the spec.
node::node_spec node_spec(toml::value root, const std::string& name,
                          const std::vector<std::string>& overrides, const input_limits& limits);

/// Reads the spec of `root` as it is (its `[sweep]` table, if any, is not read here).
node::node_spec node_spec(const toml::value& root, const std::string& name);

/// Applies "section.key=value" overrides to `root` in place.
void apply_overrides(toml::value& root, const std::vector<std::string>& overrides,
                     const input_limits& limits);

/// Sets the value at dotted `path` of `root`, making tables on the way; `what` names the
/// source in errors.
void set_at(toml::value& root, const std::string& path, toml::value value, const std::string& what,
            const input_limits& limits);

checks::requirements requirements(const toml::value& root);

} // namespace spacedc::io::documents
