#include <spacedc/detail/quadrature.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace d = spacedc::detail;

// QK15 is exact for polynomials to degree 22 on any interval; its error estimate is the
// Kronrod-Gauss difference, zero when the 7-point Gauss rule is exact too (degree 13).
TEST(Quadrature, KronrodIsExactForPolynomialsOnAnyInterval) {
    const auto p = [](double x) { return std::pow(x, 13) - 3.0 * x * x + 1.0; };
    const auto q = d::kronrod15(p, -1.0, 2.0);
    const double exact = (std::pow(2.0, 14) - 1.0) / 14.0 - (8.0 + 1.0) + 3.0;
    EXPECT_NEAR(q.value, exact, 1e-12 * std::abs(exact));
    EXPECT_LT(q.error, 1e-9);
}

// The adaptive rule meets its tolerance on a smooth integrand and on one whose derivative
// is infinite at an end (sqrt x): against the exact integrals 2 and 2/3.
TEST(Quadrature, AdaptiveRuleMeetsItsToleranceAgainstExactIntegrals) {
    const auto sine =
        d::integrate_adaptive([](double x) { return std::sin(x); }, 0.0, std::numbers::pi, 1e-14);
    EXPECT_NEAR(sine.value, 2.0, 1e-14);
    const auto root = d::integrate_adaptive([](double x) { return std::sqrt(x); }, 0.0, 1.0, 1e-12);
    EXPECT_NEAR(root.value, 2.0 / 3.0, 1e-12);
    EXPECT_LE(root.error, 1e-12);
}
