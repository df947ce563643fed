#include <spacedc/economics/launch_economics.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace ec = spacedc::economics;
namespace u = spacedc::units;
using namespace spacedc::literals;

namespace {
const u::duration five_years = 5.0 * ec::julian_year;
const u::rate per_year{1.0 / ec::julian_year.value() * u::per_second};
// Suncatcher's Starlink v2 mini: 575 kg, 105 m^2 x 22 % x 1361 W/m^2 x 90 % = 28.3 kW.
const u::mass starlink_mass = 575.0 * u::kilograms;
const u::power starlink_power{105.0 * 0.22 * 1361.0 * 0.90 * u::watts};
} // namespace

// Project Suncatcher Table 1, launched power price over 5 years: $810 per kW per year at
// $200/kg (2 figures: +-5). At $3,600/kg the source prints $14,700, 0.5 % above the same
// formula's 14,631: its two figures are not in the ratio of its two prices (14,700 / 810 =
// 18.1, 3,600 / 200 = 18), so the tolerance there is that 0.5 %, and the price is linear.
TEST(LaunchEconomics, SuncatcherLaunchedPowerPrice) {
    const double at_200 =
        ec::launch_price_per_kw_year_usd(200.0, starlink_mass, starlink_power, five_years);
    EXPECT_NEAR(at_200, 810.0, 5.0);
    const double at_3600 =
        ec::launch_price_per_kw_year_usd(3600.0, starlink_mass, starlink_power, five_years);
    EXPECT_NEAR(at_3600, 14'700.0, 0.005 * 14'700.0);
    EXPECT_NEAR(at_3600, 18.0 * at_200, 1e-9 * at_3600);
    EXPECT_THROW(
        (void)ec::launch_price_per_kw_year_usd(-1.0, starlink_mass, starlink_power, five_years),
        spacedc::invalid_input);
    EXPECT_THROW((void)ec::launch_price_per_kw_year_usd(200.0, starlink_mass, 0.0_W, five_years),
                 spacedc::invalid_input);
}

// Turyshev's penalty Pi = lambda T / (1 - e^(-lambda T)): 9 %/yr over 5 years by hand; 1
// without failures; the series 1 + x/2 where the quotient would lose digits; it is the
// inverse of the mean surviving fraction, integral_0^T e^(-lambda t) dt / T.
TEST(LaunchEconomics, LifetimePenalty) {
    const double x = 0.09 * 5.0;
    EXPECT_NEAR(ec::lifetime_penalty(0.09 * per_year, five_years).value(), x / (1.0 - std::exp(-x)),
                1e-12);
    EXPECT_NEAR(ec::lifetime_penalty(0.09 * per_year, five_years).value(), 1.24182, 1e-5);
    EXPECT_EQ(ec::lifetime_penalty(0.0 * per_year, five_years).value(), 1.0);
    EXPECT_NEAR(ec::lifetime_penalty(1e-12 * per_year, five_years).value(), 1.0 + 2.5e-12, 1e-15);
    // Midpoint rule on the survival curve, 10^5 steps.
    double survived = 0.0;
    for (int k = 0; k < 100'000; ++k) survived += std::exp(-x * (k + 0.5) / 100'000.0) / 100'000.0;
    EXPECT_NEAR(ec::lifetime_penalty(0.09 * per_year, five_years).value(), 1.0 / survived, 1e-9);
    EXPECT_THROW((void)ec::lifetime_penalty(-0.1 * per_year, five_years), spacedc::invalid_input);
}

// Wright's law: with cumulative mass doubling every year (g = 1) and a 20 % learning rate,
// the price falls 20 % a year; the year a target is reached inverts the curve; without
// learning it is never reached.
TEST(LaunchEconomics, WrightsLawLearningCurve) {
    const ec::launch_learning_curve curve{.initial_usd_per_kg = 1500.0,
                                          .start_year = 2026.0,
                                          .learning_rate = 0.20,
                                          .cumulative_growth = 1.0};
    EXPECT_NEAR(ec::launch_price_in_year(curve, 2027.0), 1200.0, 1e-9);
    EXPECT_NEAR(ec::launch_price_in_year(curve, 2029.0), 1500.0 * 0.8 * 0.8 * 0.8, 1e-9);
    const auto year = ec::year_price_reaches(curve, 200.0);
    ASSERT_TRUE(year.has_value());
    EXPECT_NEAR(*year, 2026.0 + std::log(200.0 / 1500.0) / std::log(0.8), 1e-9);
    EXPECT_NEAR(ec::launch_price_in_year(curve, *year), 200.0, 1e-9);
    EXPECT_EQ(ec::year_price_reaches(curve, 2000.0), 2026.0);
    auto flat = curve;
    flat.learning_rate = 0.0;
    EXPECT_FALSE(ec::year_price_reaches(flat, 200.0).has_value());
    flat.learning_rate = 1.0;
    EXPECT_THROW((void)ec::launch_price_in_year(flat, 2030.0), spacedc::invalid_input);
}

// The breakeven launch price inverts the launched power price, with the penalty.
TEST(LaunchEconomics, BreakevenLaunchPriceInvertsThePowerPrice) {
    const double ground = 700.0; // $ per kW-year
    const double p = ec::breakeven_launch_price_per_kg_usd(ground, starlink_mass, starlink_power,
                                                           five_years, 1.2);
    EXPECT_NEAR(1.2 *
                    ec::launch_price_per_kw_year_usd(p, starlink_mass, starlink_power, five_years),
                ground, 1e-9);
    EXPECT_THROW((void)ec::breakeven_launch_price_per_kg_usd(ground, starlink_mass, starlink_power,
                                                             five_years, 0.5),
                 spacedc::invalid_input);
}
