#include <spacedc/units.hpp>

#include <gtest/gtest.h>

#include <numbers>
#include <type_traits>

namespace u = spacedc::units;
using namespace spacedc::literals;

// The aliases are the Boost.Units SI types they claim to be.
static_assert(std::is_same_v<u::power, boost::units::quantity<boost::units::si::power>>);
static_assert(std::is_same_v<u::heat_flux, u::irradiance>);
static_assert(std::is_same_v<decltype(u::power{} / u::area{}), u::irradiance>);
static_assert(std::is_same_v<decltype(u::power{} / u::mass{}), u::specific_power>);
static_assert(std::is_same_v<decltype(u::mass{} / u::area{}), u::areal_density>);
static_assert(
    std::is_same_v<decltype(u::power{} / u::temperature_difference{}), u::thermal_conductance>);
static_assert(
    std::is_same_v<decltype(u::energy{} / u::temperature_difference{}), u::heat_capacity>);
static_assert(std::is_same_v<decltype(u::power{} * u::duration{}), u::energy>);
static_assert(std::is_same_v<decltype(u::length{} / u::duration{}), u::velocity>);
static_assert(
    std::is_same_v<decltype(u::temperature{} - u::temperature{}), u::temperature_difference>);
static_assert(!std::is_convertible_v<u::area, u::power>);
static_assert(!std::is_convertible_v<u::temperature, u::temperature_difference>);

TEST(Units, KilowattLiteralIsOneThousandWatts) {
    EXPECT_DOUBLE_EQ((100.0_kW).value(), 1.0e5);
    EXPECT_DOUBLE_EQ((2.5_MW).value(), 2.5e6);
    EXPECT_DOUBLE_EQ((650.0_km).value(), 650'000.0);
}

TEST(Units, PrefixedNamedUnitConvertsExplicitly) {
    const u::power p{100.0 * u::kilo * u::watts};
    EXPECT_DOUBLE_EQ(p.value(), 1.0e5);
}

TEST(Units, KilowattHourIsThreePointSixMegajoules) { EXPECT_DOUBLE_EQ((1.0_kWh).value(), 3.6e6); }

TEST(Units, MinuteIsSixtySeconds) { EXPECT_DOUBLE_EQ((90.0_min).value(), 5400.0); }

TEST(Units, CelsiusOffsetIs273Point15) {
    EXPECT_DOUBLE_EQ((26.85_degC).value(), 300.0);
    EXPECT_DOUBLE_EQ(u::from_celsius(-273.15).value(), 0.0);
}

TEST(Units, TemperatureDifferenceHasNoOffset) {
    const u::temperature_difference d = 310.0_K - 300.0_K;
    EXPECT_DOUBLE_EQ(d.value(), 10.0);
    EXPECT_DOUBLE_EQ(u::above_absolute_zero(300.0_K).value(), 300.0);
}

TEST(Units, DegreesRoundTripThroughRadians) {
    EXPECT_DOUBLE_EQ((180.0_deg).value(), std::numbers::pi);
    EXPECT_NEAR(u::in_degrees(u::angle{std::numbers::pi / 2.0 * u::radians}), 90.0, 1e-12);
    EXPECT_NEAR(u::in_degrees(98.2_deg), 98.2, 1e-12);
}

TEST(Units, PowerOverAreaIsIrradiance) {
    const u::irradiance q = 1361.0_W / (1.0_m2);
    EXPECT_DOUBLE_EQ(q.value(), 1361.0);
}
