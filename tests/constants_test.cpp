#include <spacedc/constants.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace c = spacedc::constants;

// sigma = 2 pi^5 k^4 / (15 h^3 c^2) from the exact SI defining constants (2019): the
// pinned value must agree to its 10 printed digits.
TEST(Constants, StefanBoltzmannFollowsFromDefiningConstants) {
    constexpr double k = 1.380649e-23;   // J/K, exact
    constexpr double h = 6.62607015e-34; // J s, exact
    const double speed = c::speed_of_light.value();
    const double sigma = 2.0 * std::pow(std::numbers::pi, 5) * std::pow(k, 4) /
                         (15.0 * std::pow(h, 3) * speed * speed);
    EXPECT_NEAR(c::stefan_boltzmann.value(), sigma, 1e-9 * sigma);
    EXPECT_DOUBLE_EQ(c::stefan_boltzmann.value(), 5.670374419e-8);
}

TEST(Constants, SolarIrradianceIsIauNominal) {
    EXPECT_DOUBLE_EQ(c::solar_irradiance_1au.value(), 1361.0);
}

TEST(Constants, AstronomicalUnitIsExact) {
    EXPECT_DOUBLE_EQ(c::astronomical_unit.value(), 149'597'870'700.0);
}

TEST(Constants, Wgs84Earth) {
    EXPECT_DOUBLE_EQ(c::earth_equatorial_radius.value(), 6'378'137.0);
    EXPECT_DOUBLE_EQ(c::earth_gm.value(), 3.986004418e14);
    EXPECT_NEAR(c::earth_j2.value(), 1.0826e-3, 1e-7);
}

// A circular orbit at the equatorial radius has the period 2 pi sqrt(R^3/GM) = 5063 s
// (84.4 min, Vallado): a consistency check of R and GM.
TEST(Constants, GrazingOrbitPeriodIs84Minutes) {
    const double r = c::earth_equatorial_radius.value();
    const double period = 2.0 * std::numbers::pi * std::sqrt(r * r * r / c::earth_gm.value());
    EXPECT_NEAR(period / 60.0, 84.49, 0.01);
}

TEST(Constants, CosmicBackgroundAndObliquity) {
    EXPECT_DOUBLE_EQ(c::cosmic_background.value(), 2.725);
    EXPECT_NEAR(spacedc::units::in_degrees(c::obliquity_j2000), 23.4393, 1e-4);
}
