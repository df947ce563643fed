#pragma once
/// \file
/// Evaluating requirements against a node design: per requirement, the value, the
/// bound, the margin applied, the remaining margin (typed, in SI numbers and as a
/// fraction of the bound) and pass or fail. A failing check is a result, not an error;
/// an invalid requirement (a negative margin, a zero bound) throws `invalid_input`
/// naming the requirement.
///
///     const auto results = checks::check(design, requirements);
///     if (!checks::all_passed(results)) { ... }

#include <spacedc/checks/bound.hpp>
#include <spacedc/checks/requirement.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace spacedc::checks {

/// The typed evaluation of any requirement.
using any_evaluation =
    std::variant<evaluation<units::temperature>, evaluation<units::power>, evaluation<units::mass>,
                 evaluation<units::area>, evaluation<units::specific_power>,
                 evaluation<units::dimensionless>, evaluation<units::absorbed_dose>>;

/// The SI symbol the numbers of a check on `Quantity` are in ("" for ratios).
template <class Quantity>
constexpr std::string_view si_symbol() {
    if constexpr (std::is_same_v<Quantity, units::temperature>)
        return "K";
    else if constexpr (std::is_same_v<Quantity, units::power>)
        return "W";
    else if constexpr (std::is_same_v<Quantity, units::mass>)
        return "kg";
    else if constexpr (std::is_same_v<Quantity, units::area>)
        return "m^2";
    else if constexpr (std::is_same_v<Quantity, units::specific_power>)
        return "W/kg";
    else if constexpr (std::is_same_v<Quantity, units::absorbed_dose>)
        return "Gy";
    else
        return "";
}

/// The result of one requirement.
struct check_result {
    std::string name{};
    std::string rationale{};
    std::string margin_source{}; ///< where the margin comes from (policy name), if given
    any_evaluation typed{};      ///< the typed value, bound, margin and remaining margin
    // The same in SI numbers, for reports:
    std::string unit{}; ///< SI symbol of value, bound, margin and remaining
    bound_kind kind{bound_kind::at_most};
    double value = 0.0;
    double bound = 0.0;
    double margin = 0.0;    ///< the margin applied
    double remaining = 0.0; ///< room beyond the margin; negative: missing
    double remaining_fraction = 0.0;
    bool passed = false;
    design_case evaluated_in{design_case::none}; ///< the case that set the value
    std::string summary{};                       ///< one line with formatted units (`describe`)
};

/// Evaluates one requirement against `design`.
inline check_result check(const node::node_design& design, const requirement& r) {
    return std::visit(
        [&](const auto& req) {
            using quantity = std::decay_t<decltype(req.value_of(design))>;
            if (!req.value_of || !req.limit_of) {
                throw invalid_input{"requirement " + req.name, "(incomplete)",
                                    "a value_of and a limit_of function"};
            }
            evaluation<quantity> e;
            try {
                e = evaluate(req.value_of(design), bound<quantity>{req.kind, req.limit_of(design)},
                             req.margin);
            } catch (const invalid_input& error) {
                throw invalid_input{"requirement \"" + req.name + "\": " + error.parameter(),
                                    error.value(), error.valid_range(), error.reason()};
            }
            return check_result{.name = req.name,
                                .rationale = req.rationale,
                                .margin_source = req.margin.source,
                                .typed = e,
                                .unit = std::string{si_symbol<quantity>()},
                                .kind = e.kind,
                                .value = e.value.value(),
                                .bound = e.limit.value(),
                                .margin = e.margin.value(),
                                .remaining = e.remaining.value(),
                                .remaining_fraction = e.remaining_fraction,
                                .passed = e.passed,
                                .evaluated_in = req.evaluated_in,
                                .summary = describe(e)};
        },
        r);
}

/// Whether `design` meets `r`: the verdict of `check` without its words, for the hot path
/// of sweeps and Monte Carlo studies (no strings are built unless it throws).
inline bool passes(const node::node_design& design, const requirement& r) {
    return std::visit(
        [&](const auto& req) {
            using quantity = std::decay_t<decltype(req.value_of(design))>;
            if (!req.value_of || !req.limit_of) return check(design, r).passed; // throws
            try {
                return evaluate(req.value_of(design),
                                bound<quantity>{req.kind, req.limit_of(design)}, req.margin)
                    .passed;
            } catch (const invalid_input&) {
                return check(design, r).passed; // rethrows, naming the requirement
            }
        },
        r);
}

/// Evaluates every requirement against `design`, in order.
inline std::vector<check_result> check(const node::node_design& design, const requirements& list) {
    std::vector<check_result> results;
    results.reserve(list.size());
    for (const auto& r : list) results.push_back(check(design, r));
    return results;
}

/// True when every result passed (and for no results).
inline bool all_passed(const std::vector<check_result>& results) {
    for (const auto& r : results) {
        if (!r.passed) return false;
    }
    return true;
}

} // namespace spacedc::checks
