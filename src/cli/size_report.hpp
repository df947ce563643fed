#pragma once
/// \file
/// The JSON of a sized node, shared by `spacedc size --json` and the Python bindings'
/// `Design.to_dict()`, so both spell every key alike (README, "JSON keys").

#include "report.hpp"

#include <spacedc/checks/check.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/node/size_node.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace spacedc::cli {

/// The eclipse-free alternative to surviving eclipses: the lowest sun-synchronous
/// altitude with none at the spec's LTAN and year, or why there is none.
orbit::eclipse_free_altitude eclipse_free_alternative(const node::node_spec& spec);

/// Each requirement's result: name, kind, unit, value, bound, margin, pass, case.
json checks_json(const std::vector<checks::check_result>& results);

/// How a scalar input is replayed from `inputs` (`size --from-json`).
enum class input_use {
    given,                        ///< written back as the spec key
    given_unless_sun_synchronous, ///< orbit.inclination: derived from the altitude in an SSO
    derived,                      ///< shown, never written back (orbit.sun_synchronous)
};

/// One scalar key of a node spec: its TOML section and key, the unit suffix of its JSON
/// key (`_m`; "" for ratios, counts, prices and words), the unit its SI value is
/// written back in, and its value in SI (null when unset). One table drives `inputs`,
/// the replay and the review report's inputs.
struct input_field {
    std::string_view section;
    std::string_view key;
    std::string_view suffix;
    std::string_view unit;
    json (*value)(const node::node_spec&);
    input_use use = input_use::given;
};

/// Every scalar key of a node spec, in `inputs` order (the chain, fin and requirement
/// tables are written beside them by `inputs_json`).
std::span<const input_field> input_fields();

/// `f`'s key in JSON: its TOML key with its unit suffix ("altitude_m").
std::string json_key(const input_field& f);

/// The complete resolved spec, in SI with unit suffixes (`size --json`'s `inputs`): every
/// key of `input_fields()` by section, `thermal.per_chip`/`shared` (name,
/// resistance_k_per_w), `thermal.fin` (or null) and `requirement`: the
/// `[[requirement]]` tables as written (their text keeps its units, so margin policies
/// and defaults replay as they were read).
json inputs_json(const node::node_spec& spec,
                 std::span<const io::written_table> requirement_tables);

/// The node spec, as TOML text, that `inputs` (of `size --json`) was resolved from: every
/// quantity written back in SI with 17 significant digits, so reading it gives the same
/// spec (`size --from-json`). Null values keep the default; derived values are skipped.
/// Throws `invalid_input` naming the key for a key `inputs` never has or a value of the
/// wrong type; the spec reader then checks every value as it checks a file.
std::string spec_text(const json& inputs);

/// The whole `size --json` object (without `earth_radius_m`, added by `print_json`).
json size_json(const node::node_design& d, const std::vector<checks::check_result>& results,
               const orbit::eclipse_free_altitude& eclipse_free,
               std::span<const io::written_table> requirement_tables);

} // namespace spacedc::cli
