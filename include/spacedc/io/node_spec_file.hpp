#pragma once
/// \file
/// A node spec from a TOML file, with `section.key=value` overrides applied before it is
/// read. Sections and keys (all optional; absent keys keep the defaults of
/// `node::node_spec`): see docs/node.md and examples/configs/reference_100kw.toml.
///
/// Unknown sections or keys, values of the wrong dimension, malformed TOML and bad
/// overrides are `invalid_input` errors naming the file and line.

#include <spacedc/node/node_spec.hpp>

#include <string>
#include <vector>

namespace spacedc::io {

/// Reads `path` as a node spec after applying `overrides` ("compute.count=512",
/// "orbit.altitude=800 km"; the value is read as TOML, or as a string if it is not).
node::node_spec read_node_spec(const std::string& path,
                               const std::vector<std::string>& overrides = {});

} // namespace spacedc::io
