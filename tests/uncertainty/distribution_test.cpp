#include <spacedc/uncertainty/distribution.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace un = spacedc::uncertainty;

// The normal quantile against tabulated values (Abramowitz & Stegun Table 26.5; the
// far tail from R's qnorm) and as the inverse of erfc's CDF across 14 decades.
TEST(Distribution, NormalQuantileMatchesTablesAndInvertsTheCdf) {
    EXPECT_NEAR(un::normal_quantile(0.975), 1.959963984540054, 1e-14);
    EXPECT_NEAR(un::normal_quantile(0.95), 1.644853626951472, 1e-14);
    EXPECT_NEAR(un::normal_quantile(0.5), 0.0, 1e-15);
    EXPECT_NEAR(un::normal_quantile(1e-10), -6.361340902404056, 1e-12);
    for (double p = 1e-14; p < 0.5; p *= 3.7) {
        EXPECT_NEAR(un::normal_cdf(un::normal_quantile(p)) / p, 1.0, 1e-13) << p;
        // The upper tail against the complementary CDF, erfc(x / sqrt 2) / 2 = 1 - q.
        const double q = 1.0 - p;
        const double x = un::normal_quantile(q);
        EXPECT_NEAR(0.5 * std::erfc(x / std::sqrt(2.0)) / (1.0 - q), 1.0, 1e-13) << q;
    }
    EXPECT_THROW((void)un::normal_quantile(0.0), spacedc::invalid_input);
    EXPECT_THROW((void)un::normal_quantile(1.0), spacedc::invalid_input);
}

// The counter-based generator: a pure function of (seed, sample, parameter) in (0, 1),
// whose 10^5 draws have the uniform's mean and variance within four standard errors.
TEST(Distribution, CounterBasedUniformIsPureAndUniform) {
    EXPECT_EQ(un::unit_uniform(7, 123, 2), un::unit_uniform(7, 123, 2));
    EXPECT_NE(un::unit_uniform(7, 123, 2), un::unit_uniform(7, 124, 2));
    EXPECT_NE(un::unit_uniform(7, 123, 2), un::unit_uniform(7, 123, 3));
    EXPECT_NE(un::unit_uniform(7, 123, 2), un::unit_uniform(8, 123, 2));
    const int n = 100'000;
    double sum = 0.0, sum2 = 0.0;
    for (int i = 0; i < n; ++i) {
        const double u = un::unit_uniform(1, static_cast<std::uint64_t>(i), 0);
        ASSERT_GT(u, 0.0);
        ASSERT_LT(u, 1.0);
        sum += u, sum2 += u * u;
    }
    const double mean = sum / n, variance = sum2 / n - mean * mean;
    EXPECT_NEAR(mean, 0.5, 4.0 * std::sqrt(1.0 / 12.0 / n));
    EXPECT_NEAR(variance, 1.0 / 12.0, 4.0 * std::sqrt(1.0 / 180.0 / n));
}

// Each distribution's inverse CDF at known points: the triangular's mode at its
// probability, the lognormal's median at 1/2, the uniform's ends; truncation keeps the
// normal within its bounds and maps u = 1/2 to the bounded median.
TEST(Distribution, QuantilesAtKnownPoints) {
    const un::distribution tri{
        .kind = un::distribution_kind::triangular, .mode = 110.0, .lower = 80.0, .upper = 160.0};
    EXPECT_NEAR(un::quantile(tri, 30.0 / 80.0), 110.0, 1e-12);
    EXPECT_NEAR(un::quantile(tri, 0.0), 80.0, 1e-12);
    EXPECT_NEAR(un::quantile(tri, 1.0), 160.0, 1e-12);
    const un::distribution logn{
        .kind = un::distribution_kind::lognormal, .sigma = 0.3, .median = 5.0, .lower = 0.0};
    EXPECT_NEAR(un::quantile(logn, 0.5), 5.0, 1e-12);
    EXPECT_NEAR(un::quantile(logn, un::normal_cdf(1.0)), 5.0 * std::exp(0.3), 1e-12);
    const un::distribution uni{.kind = un::distribution_kind::uniform, .lower = 2.0, .upper = 6.0};
    EXPECT_NEAR(un::quantile(uni, 0.25), 3.0, 1e-15);
    const un::distribution cut{.kind = un::distribution_kind::normal,
                               .mean = 0.30,
                               .sigma = 0.01,
                               .lower = 0.30,
                               .upper = 0.34};
    // Truncated to [mean, mean + 4 sigma]: u = 1/2 is the midpoint of [Phi(0), Phi(4)].
    EXPECT_NEAR(un::quantile(cut, 0.5),
                0.30 + 0.01 * un::normal_quantile(0.5 + 0.5 * (un::normal_cdf(4.0) - 0.5)), 1e-15);
    for (double u : {1e-9, 0.1, 0.9, 1.0 - 1e-9}) {
        EXPECT_GE(un::quantile(cut, u), 0.30);
        EXPECT_LE(un::quantile(cut, u), 0.34);
    }
}

TEST(Distribution, InvalidParametersNameTheKey) {
    auto message = [](const un::distribution& d) {
        try {
            un::validate(d, "uncertain.solar.efficiency");
        } catch (const spacedc::invalid_input& e) {
            return std::string{e.what()};
        }
        return std::string{"(valid)"};
    };
    EXPECT_NE(message({.kind = un::distribution_kind::normal, .mean = 0.3, .sigma = -0.01})
                  .find("uncertain.solar.efficiency.sigma"),
              std::string::npos);
    EXPECT_NE(message({.kind = un::distribution_kind::uniform, .lower = 0.3, .upper = 0.2})
                  .find("lower < upper"),
              std::string::npos);
    EXPECT_NE(
        message(
            {.kind = un::distribution_kind::triangular, .mode = 0.5, .lower = 0.1, .upper = 0.3})
            .find("mode"),
        std::string::npos);
    EXPECT_NE(message({.kind = un::distribution_kind::uniform}).find("finite"), std::string::npos);
    EXPECT_EQ(message({.kind = un::distribution_kind::normal, .mean = 0.3, .sigma = 0.01}),
              "(valid)");
}
