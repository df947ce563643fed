#pragma once
/// \file
/// The JSON of a sized node, shared by `spacedc size --json` and the Python bindings'
/// `Design.to_dict()`, so both spell every key alike (README, "JSON keys").

#include "report.hpp"

#include <spacedc/checks/check.hpp>
#include <spacedc/node/size_node.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>

#include <vector>

namespace spacedc::cli {

/// The eclipse-free alternative to surviving eclipses: the lowest sun-synchronous
/// altitude with none at the spec's LTAN and year, or why there is none.
orbit::eclipse_free_altitude eclipse_free_alternative(const node::node_spec& spec);

/// Each requirement's result: name, kind, unit, value, bound, margin, pass, case.
json checks_json(const std::vector<checks::check_result>& results);

/// The resolved spec, in SI with unit suffixes (`size --json`'s `inputs`).
json inputs_json(const node::node_spec& spec);

/// The whole `size --json` object (without `earth_radius_m`, added by `print_json`).
json size_json(const node::node_design& d, const std::vector<checks::check_result>& results,
               const orbit::eclipse_free_altitude& eclipse_free);

} // namespace spacedc::cli
