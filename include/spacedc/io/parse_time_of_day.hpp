#pragma once
/// \file
/// A local time of day as users write it: `06:00`, `18:30`, `10:30:15`, or a duration
/// such as `6 h` or `390 min`. Used for the local time of the ascending node (LTAN).

#include <spacedc/units.hpp>

#include <string_view>

namespace spacedc::io {

/// The time since midnight in [0 h, 24 h). Throws `spacedc::invalid_input` naming
/// `parameter` for malformed text or a time outside that range.
units::duration parse_time_of_day(std::string_view text,
                                  std::string_view parameter = "time of day");

} // namespace spacedc::io
