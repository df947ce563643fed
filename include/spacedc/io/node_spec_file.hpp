#pragma once
/// \file
/// A node spec from a TOML file, with `section.key=value` overrides applied before it is
/// read. Sections and keys (all optional; absent keys keep the defaults of
/// `node::node_spec`): see docs/node.md and examples/configs/reference_100kw.toml.
///
/// Unknown sections or keys, values of the wrong dimension, integers out of their range
/// (compute.count 1..10^8, orbit.year 1950..2050, thermal.faces 1..2), negative or
/// non-finite prices, malformed TOML, files past `limits` and bad overrides are
/// `invalid_input` errors naming the file and line.

#include <spacedc/checks/requirement.hpp>
#include <spacedc/io/input_limits.hpp>
#include <spacedc/node/node_spec.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace spacedc::io {

/// Reads `path` as a node spec after applying `overrides` ("compute.count=512",
/// "orbit.altitude=800 km"; the value is read as TOML, or as a string if it is not).
node::node_spec read_node_spec(const std::string& path,
                               const std::vector<std::string>& overrides = {},
                               const input_limits& limits = {});

/// A TOML scalar as written: text (with its unit, "85 degC"), a number or a boolean.
using written_value = std::variant<std::string, double, std::int64_t, bool>;

/// A table of scalars as written, by key.
using written_table = std::map<std::string, written_value, std::less<>>;

/// A node spec and its `[[requirement]]` tables (requirement_file.hpp), from one parse,
/// with what the file itself says, so a report can tell a value's source and a run can
/// be replayed.
struct node_file {
    node::node_spec spec;
    checks::requirements requirements;
    /// The dotted spec keys the file gives before any override ("orbit.altitude",
    /// "thermal.per_chip"), sorted.
    std::vector<std::string> file_keys{};
    /// Each `[[requirement]]` table as written (`--set` does not reach them), in order.
    std::vector<written_table> requirement_tables{};
};

/// Reads `path` once for both its spec (after `overrides`) and its requirements.
node_file read_node_file(const std::string& path, const std::vector<std::string>& overrides = {},
                         const input_limits& limits = {});

/// Reads TOML `text` once for its spec (after `overrides`) and its requirements; `name`
/// stands for the file in errors ("<dict>").
node_file read_node_text(std::string text, const std::string& name,
                         const std::vector<std::string>& overrides = {},
                         const input_limits& limits = {});

} // namespace spacedc::io
