#pragma once
/// \file
/// Output helpers shared by the subcommands: an aligned text table and the JSON
/// convention (SI base units, unit suffix on every key, angles in degrees).

#include <nlohmann/json.hpp>

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

namespace spacedc::cli {

/// JSON keeping keys in the order written.
using json = nlohmann::ordered_json;

/// The version of the JSON contract (README, "JSON contract"): raised when a key is
/// renamed or removed or its meaning or unit changes; new keys do not raise it.
inline constexpr int schema_version = 1;

struct table_row {
    std::string label;
    std::string value;
};

/// Writes `rows` as two left-aligned columns. Throws `spacedc::error`, printing
/// nothing, if a value shows a non-finite number ("nan", "inf"): the last gate before
/// output, a non-finite result is a bug reported as an error.
void print_table(std::ostream& out, const std::vector<table_row>& rows);

/// `report` ending with `earth_radius_m`, the Earth every altitude in it is measured
/// above (the library's `constants::earth_equatorial_radius`), unless the report names
/// its own, then `spacedc_version` and `schema_version` (of the JSON contract), so a
/// run can be archived and told apart. Throws `spacedc::error` if any number in it is
/// not finite (JSON would print it as null).
json finished(json report);

/// Writes `finished(report)` as one indented JSON object followed by a newline; prints
/// nothing when it throws.
void print_json(std::ostream& out, const json& report);

/// The date as ISO 8601, "2027-06-21".
std::string iso_date(std::chrono::year_month_day date);

} // namespace spacedc::cli
