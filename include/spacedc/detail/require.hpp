#pragma once
/// \file
/// The one place each kind of argument check throws from. Every check is written so
/// that NaN fails it (`!(x > 0)` rather than `x <= 0`).

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>

#include <fmt/format.h>

#include <cmath>
#include <string>
#include <string_view>
#include <utility>

namespace spacedc::detail {

/// The throw of a failed check, out of line and marked cold: the checks themselves are
/// two comparisons, inlined into every model (they run on every design of a sweep), and
/// every string is built here, after the check has failed.
[[noreturn, gnu::cold, gnu::noinline]] inline void
fail(std::string_view parameter, std::string value, std::string valid_range) {
    throw invalid_input{std::string{parameter}, std::move(value), std::move(valid_range)};
}

/// `fail` for a value that formats itself (a quantity with its unit, or a number).
template <class Value>
[[noreturn, gnu::cold, gnu::noinline]] void fail_value(std::string_view parameter, Value value,
                                                       std::string_view valid_range) {
    fail(parameter, fmt::format("{}", value), std::string{valid_range});
}

/// Throws unless `q` is finite and strictly positive.
template <class Quantity>
void require_positive(std::string_view parameter, Quantity q) {
    if (!(q.value() > 0.0) || !std::isfinite(q.value())) [[unlikely]]
        fail_value(parameter, q, "finite and > 0");
}

/// Throws unless `q` is finite and zero or positive.
template <class Quantity>
void require_non_negative(std::string_view parameter, Quantity q) {
    if (!(q.value() >= 0.0) || !std::isfinite(q.value())) [[unlikely]]
        fail_value(parameter, q, "finite and >= 0");
}

/// Throws unless the plain number `x` (a price) is finite and zero or positive.
inline void require_finite_non_negative(std::string_view parameter, double x) {
    if (!(x >= 0.0) || !std::isfinite(x)) [[unlikely]]
        fail_value(parameter, x, "finite and >= 0");
}

/// Throws unless `x` lies in (0, 1]: emissivities, absorptivities, efficiencies that
/// may reach one.
inline void require_unit_fraction(std::string_view parameter, double x) {
    if (!(x > 0.0 && x <= 1.0)) [[unlikely]]
        fail_value(parameter, x, "(0, 1]");
}

/// `fail` for `require_in_closed_range`.
[[noreturn, gnu::cold, gnu::noinline]] inline void
fail_closed_range(std::string_view parameter, double x, double low, double high) {
    fail(parameter, fmt::format("{}", x), fmt::format("[{}, {}]", low, high));
}

/// Throws unless `x` lies in the closed range [low, high].
inline void require_in_closed_range(std::string_view parameter, double x, double low, double high) {
    if (!(x >= low && x <= high)) [[unlikely]]
        fail_closed_range(parameter, x, low, high);
}

/// The hottest temperature any model accepts, 10^4 K: hotter than any spacecraft
/// material survives (tungsten melts at 3695 K) and low enough that T^4 (1e16 K^4) and
/// its products stay far from overflow. The quantity parser applies the same ceiling.
inline constexpr double temperature_ceiling_k = 1e4;

/// `fail` for `require_above`.
[[noreturn, gnu::cold, gnu::noinline]] inline void fail_above(std::string_view parameter,
                                                              units::temperature t,
                                                              std::string_view floor_name,
                                                              units::temperature floor) {
    fail(parameter, fmt::format("{}", t),
         fmt::format("> {} ({}) and <= {} K", floor, floor_name, temperature_ceiling_k));
}

/// Throws unless temperature `t` is finite, strictly above `floor` (e.g. a radiator
/// must be warmer than its sink to reject heat) and at most `temperature_ceiling_k`.
inline void require_above(std::string_view parameter, units::temperature t,
                          std::string_view floor_name, units::temperature floor) {
    if (!(t.value() > floor.value()) || !(t.value() <= temperature_ceiling_k)) [[unlikely]]
        fail_above(parameter, t, floor_name, floor);
}

/// `fail` for `require_at_least`.
[[noreturn, gnu::cold, gnu::noinline]] inline void fail_at_least(std::string_view parameter, int n,
                                                                 int low) {
    fail(parameter, fmt::format("{}", n), fmt::format(">= {}", low));
}

/// Throws unless `n` is at least `low` (counts such as radiating faces).
inline void require_at_least(std::string_view parameter, int n, int low) {
    if (n < low) [[unlikely]]
        fail_at_least(parameter, n, low);
}

} // namespace spacedc::detail
