#pragma once
/// \file
/// A bound on one quantity, the margin it must be met by, and the evaluation of a value
/// against them: the typed core of every design check, usable on any result of the
/// library (a node design, a power design, a radiator sizing, a network solution).
///
///     auto e = checks::evaluate(design.junction_temperature(),
///                               checks::at_most(358.15 * units::kelvin),
///                               checks::absolute_margin(10.0 * units::kelvin_difference));
///     e.passed;     // junction + 10 K <= 358.15 K
///     e.remaining;  // how much room is left beyond the margin (negative: missing)
///
/// Convention (the usual "margin = (capability - requirement) / requirement"): for an
/// upper bound L the value v passes when v + m <= L, for a lower bound when v >= L + m,
/// with m the margin applied; the remaining margin is L - m - v (upper) or v - L - m
/// (lower), typed, and as a fraction of |L|. A value exactly at the bound passes; so
/// does one within a round-off of 1e-12 |L| of it.

#include <spacedc/detail/require.hpp>
#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/units.hpp>

#include <cmath>
#include <string>
#include <string_view>

namespace spacedc::checks {

/// The type of a difference of two values of `Quantity`: itself, except that the
/// difference of two absolute temperatures is a `temperature_difference`.
template <class Quantity>
struct difference_of {
    using type = Quantity;
};
template <class Unit, class T>
struct difference_of<boost::units::quantity<boost::units::absolute<Unit>, T>> {
    using type = boost::units::quantity<Unit, T>;
};
template <class Quantity>
using difference_t = typename difference_of<Quantity>::type;

enum class bound_kind {
    at_most,  ///< upper bound: value + margin <= limit
    at_least, ///< lower bound: value >= limit + margin
};

inline std::string_view to_string(bound_kind k) {
    return k == bound_kind::at_most ? "at most" : "at least";
}

template <class Quantity>
struct bound {
    bound_kind kind{bound_kind::at_most};
    Quantity limit{};
};

/// `value <= limit` (with the margin).
template <class Quantity>
bound<Quantity> at_most(Quantity limit) {
    return {.kind = bound_kind::at_most, .limit = limit};
}

/// `value >= limit` (with the margin).
template <class Quantity>
bound<Quantity> at_least(Quantity limit) {
    return {.kind = bound_kind::at_least, .limit = limit};
}

/// What a fractional margin is a fraction of.
enum class margin_basis {
    limit, ///< of the bound: a power margin over the load it must supply
    value, ///< of the value: a growth allowance on a mass estimate
};

/// The margin a value must clear its bound by: an absolute amount plus a fraction of
/// the limit or of the value; `source` says where it comes from. `Difference` is the
/// type of a difference of the values checked (`temperature_difference` for
/// temperatures).
template <class Difference>
struct margin {
    Difference absolute{};
    double fraction = 0.0;
    margin_basis basis = margin_basis::limit;
    std::string source{};
};

/// A margin of a fixed amount (e.g. 10 K of thermal uncertainty).
template <class Difference>
margin<Difference> absolute_margin(Difference amount, std::string source = {}) {
    return {.absolute = amount,
            .fraction = 0.0,
            .basis = margin_basis::limit,
            .source = std::move(source)};
}

/// A margin of `fraction` of the limit or of the value (e.g. 20 % over the load).
template <class Difference>
margin<Difference> fractional_margin(double fraction, margin_basis basis, std::string source = {}) {
    return {.absolute = Difference{},
            .fraction = fraction,
            .basis = basis,
            .source = std::move(source)};
}

/// The evaluation of one value against a bound with a margin.
template <class Quantity>
struct evaluation {
    bound_kind kind{bound_kind::at_most};
    Quantity value{};
    Quantity limit{};
    difference_t<Quantity> margin{};    ///< the margin applied
    difference_t<Quantity> remaining{}; ///< room beyond the margin; negative: missing
    double remaining_fraction = 0.0;    ///< remaining / |limit|
    bool passed = false;
};

/// Evaluates `value` against `b` with margin `m` (see the file comment for the
/// convention). Throws `invalid_input` for an invalid requirement: a limit that is not
/// finite or is zero (no fraction could be formed), a negative or non-finite margin, a
/// margin fraction outside [0, 10], or a value that is not finite.
template <class Quantity>
evaluation<Quantity> evaluate(Quantity value, const bound<Quantity>& b,
                              const margin<difference_t<Quantity>>& m = {}) {
    using difference = difference_t<Quantity>;
    if (!std::isfinite(b.limit.value()) || b.limit.value() == 0.0) {
        throw invalid_input{"bound", fmt::format("{}", b.limit), "finite and non-zero"};
    }
    spacedc::detail::require_non_negative("margin", m.absolute);
    spacedc::detail::require_in_closed_range("margin fraction", m.fraction, 0.0, 10.0);
    if (!std::isfinite(value.value())) {
        throw invalid_input{"value checked", fmt::format("{}", value), "finite"};
    }
    const double reference =
        std::abs(m.basis == margin_basis::limit ? b.limit.value() : value.value());
    const double applied = m.absolute.value() + m.fraction * reference;
    const double remaining = b.kind == bound_kind::at_most
                                 ? b.limit.value() - applied - value.value()
                                 : value.value() - b.limit.value() - applied;
    const double scale = std::abs(b.limit.value());
    return {.kind = b.kind,
            .value = value,
            .limit = b.limit,
            .margin = difference::from_value(applied),
            .remaining = difference::from_value(remaining),
            .remaining_fraction = remaining / scale,
            .passed = remaining >= -1e-12 * scale};
}

/// One line saying how `e` went, in formatted units:
/// "351.2 K + margin 10 K <= 358.15 K: 3.1 K to spare (+0.87 % of the bound)" or
/// "... > 358.15 K: 3.1 K of margin missing (-0.87 % of the bound)". A zero margin is
/// not shown; a remaining margin within round-off of zero shows as 0.
template <class Quantity>
std::string describe(const evaluation<Quantity>& e) {
    const bool upper = e.kind == bound_kind::at_most;
    const bool has_margin = e.margin.value() > 0.0;
    const std::string with_margin = has_margin ? fmt::format(" + margin {:.4g}", e.margin) : "";
    const std::string lhs = fmt::format("{:.5g}{}", e.value, upper ? with_margin : "");
    const std::string rhs = fmt::format("{:.5g}{}", e.limit, upper ? "" : with_margin);
    const std::string relation = e.passed ? (upper ? "<=" : ">=") : (upper ? ">" : "<");
    const double round_off = 1e-12 * std::abs(e.limit.value());
    const auto shown = std::abs(e.remaining.value()) <= round_off
                           ? difference_t<Quantity>::from_value(0.0)
                           : difference_t<Quantity>::from_value(std::abs(e.remaining.value()));
    const double percent =
        std::abs(e.remaining.value()) <= round_off ? 0.0 : 100.0 * e.remaining_fraction;
    return fmt::format("{} {} {}: {:.4g} {} ({:+.2f} % of the bound)", lhs, relation, rhs, shown,
                       e.passed ? "to spare" : "of margin missing", percent);
}

} // namespace spacedc::checks
