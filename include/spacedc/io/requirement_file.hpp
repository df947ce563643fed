#pragma once
/// \file
/// Requirements from a node TOML file's `[[requirement]]` tables (the same file as the
/// spec; `read_node_spec` ignores them). Each table:
///
///     [[requirement]]
///     quantity = "junction_temperature"  # what is bounded (list below)
///     at_most = "85 degC"                # and/or at_least; defaults below
///     margin_policy = "ecss-e-st-31c"    # or margin = "10 K", or margin_fraction = 0.2
///     limit_kind = "design"              # with a thermal policy: design, acceptance,
///                                        # qualification
///     name = "junction below limit"      # optional; the built-in's name otherwise
///     rationale = "..."                  # optional
///
/// Quantities: junction_temperature (default bound: at most compute.junction_max),
/// radiator_temperature, array_power (default: at least the load at the array
/// terminals), launch_mass, chip_to_support_mass_ratio, compute_power_per_mass,
/// availability, eclipse_free (no bound), array_area, radiator_area. Margin policies:
/// ecss-e-st-31c and ecss-e-st-31c-correlated (temperatures, with limit_kind), esa
/// (array_power and launch_mass, with maturity = off-the-shelf, modified or new-design).
/// `margin_fraction` is a fraction of the bound, except on launch_mass where it is a
/// growth allowance on the value.
///
/// Unknown keys or quantities, bounds or margins of the wrong dimension, negative
/// margins and a policy that does not apply to the quantity are `invalid_input` errors
/// naming the file and line.

#include <spacedc/checks/requirement.hpp>
#include <spacedc/io/input_limits.hpp>

#include <string>

namespace spacedc::io {

/// Reads the `[[requirement]]` tables of `path` (none: an empty list).
checks::requirements read_requirements(const std::string& path, const input_limits& limits = {});

} // namespace spacedc::io
