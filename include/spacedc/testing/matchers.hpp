#pragma once
/// \file
/// GoogleTest matchers for design checks, for a user's own test suite (link
/// `GTest::gmock` next to `spacedc::spacedc`; spacedc itself does not depend on it):
///
///     #include <spacedc/testing/matchers.hpp>
///     using spacedc::testing::is_above, spacedc::testing::is_below, spacedc::testing::meets;
///     namespace checks = spacedc::checks;
///     namespace units = spacedc::units;
///     EXPECT_THAT(design, meets(requirements));
///     EXPECT_THAT(design.junction_temperature(),
///                 is_below(358.0 * units::kelvin, 10.0 * units::kelvin_difference));
///     EXPECT_THAT(design.power.array_power_capability,
///                 is_above(design.power.array_power_required,
///                          checks::power_margin(checks::esa_power_margins(),
///                                               checks::design_maturity::new_design)));
///
/// (With `using namespace spacedc;`, write `spacedc::testing::`: a bare `testing::` is
/// ambiguous with GoogleTest's own namespace.)
///
/// A failure shows the value, the bound and the missing margin in formatted units:
///
///     Value of: design.junction_temperature()
///     Expected: is below 358 K with a margin of 10 K
///       Actual: 358.15 K (of type ...), 358.15 K + margin 10 K > 358 K: 10.15 K of margin
///               missing (-2.84 % of the bound)

#include <spacedc/checks/bound.hpp>
#include <spacedc/checks/check.hpp>

#include <gmock/gmock.h>

#include <fmt/format.h>

#include <ostream>
#include <string>

namespace spacedc::testing {

namespace detail {

template <class Quantity>
class bound_matcher : public ::testing::MatcherInterface<Quantity> {
  public:
    bound_matcher(checks::bound<Quantity> bound,
                  checks::margin<checks::difference_t<Quantity>> margin)
        : bound_{bound}
        , margin_{std::move(margin)} {}

    bool MatchAndExplain(Quantity value, ::testing::MatchResultListener* listener) const override {
        const auto e = checks::evaluate(value, bound_, margin_);
        *listener << checks::describe(e);
        return e.passed;
    }

    void DescribeTo(std::ostream* os) const override { *os << text(true); }
    void DescribeNegationTo(std::ostream* os) const override { *os << text(false); }

  private:
    std::string text(bool positive) const {
        const bool upper = bound_.kind == checks::bound_kind::at_most;
        std::string m;
        if (margin_.absolute.value() > 0.0)
            m += fmt::format(" with a margin of {:.4g}", margin_.absolute);
        if (margin_.fraction > 0.0) {
            m += fmt::format("{} {:.4g} % of the {}", m.empty() ? " with a margin of" : " plus",
                             100.0 * margin_.fraction,
                             margin_.basis == checks::margin_basis::limit ? "bound" : "value");
        }
        if (!margin_.source.empty()) m += fmt::format(" ({})", margin_.source);
        return fmt::format("{} {} {:.5g}{}", positive ? "is" : "is not", upper ? "below" : "above",
                           bound_.limit, m);
    }

    checks::bound<Quantity> bound_;
    checks::margin<checks::difference_t<Quantity>> margin_;
};

class meets_matcher : public ::testing::MatcherInterface<const node::node_design&> {
  public:
    explicit meets_matcher(checks::requirements list)
        : requirements_{std::move(list)} {}

    bool MatchAndExplain(const node::node_design& design,
                         ::testing::MatchResultListener* listener) const override {
        const auto results = checks::check(design, requirements_);
        std::size_t failed = 0;
        for (const auto& r : results) failed += r.passed ? 0 : 1;
        if (failed == 0) {
            *listener << fmt::format("which meets all {} requirements", results.size());
            return true;
        }
        *listener << fmt::format("which fails {} of {} requirements:", failed, results.size());
        for (const auto& r : results) {
            if (!r.passed) *listener << fmt::format("\n  {}: {}", r.name, r.summary);
        }
        return false;
    }

    void DescribeTo(std::ostream* os) const override {
        *os << fmt::format("meets {} requirements", requirements_.size());
    }
    void DescribeNegationTo(std::ostream* os) const override {
        *os << fmt::format("fails at least one of {} requirements", requirements_.size());
    }

  private:
    checks::requirements requirements_;
};

} // namespace detail

/// Matches a value below `limit` by `margin` (value + margin <= limit).
template <class Quantity>
::testing::Matcher<Quantity> is_below(Quantity limit,
                                      checks::margin<checks::difference_t<Quantity>> margin = {}) {
    return ::testing::MakeMatcher(
        new detail::bound_matcher<Quantity>(checks::at_most(limit), std::move(margin)));
}

/// Matches a value below `limit` by the fixed amount `margin`.
template <class Quantity>
::testing::Matcher<Quantity> is_below(Quantity limit, checks::difference_t<Quantity> margin) {
    return is_below(limit, checks::absolute_margin(margin));
}

/// Matches a value above `limit` by `margin` (value >= limit + margin).
template <class Quantity>
::testing::Matcher<Quantity> is_above(Quantity limit,
                                      checks::margin<checks::difference_t<Quantity>> margin = {}) {
    return ::testing::MakeMatcher(
        new detail::bound_matcher<Quantity>(checks::at_least(limit), std::move(margin)));
}

/// Matches a value above `limit` by the fixed amount `margin`.
template <class Quantity>
::testing::Matcher<Quantity> is_above(Quantity limit, checks::difference_t<Quantity> margin) {
    return is_above(limit, checks::absolute_margin(margin));
}

/// Matches a node design that meets every one of `requirements`; on failure lists the
/// ones it fails with value, bound and missing margin.
inline ::testing::Matcher<const node::node_design&> meets(checks::requirements list) {
    return ::testing::MakeMatcher(new detail::meets_matcher(std::move(list)));
}

} // namespace spacedc::testing

// How GoogleTest prints the values in a failure ("Actual: 351 K"), found by argument-
// dependent lookup: quantities through spacedc's formatter, a node design as a summary
// rather than a dump of its bytes.
namespace boost::units {
template <class Unit, class T>
void PrintTo(const quantity<Unit, T>& q, std::ostream* os) {
    *os << fmt::format("{}", q);
}
} // namespace boost::units

namespace spacedc::node {
inline void PrintTo(const node_design& d, std::ostream* os) {
    *os << fmt::format("node design ({} x {} = {:.4g}, {:.0f} at launch)", d.spec.compute.count,
                       d.spec.compute.power_per_accelerator, d.compute_power, d.mass.total);
}
} // namespace spacedc::node
