#include <spacedc/format.hpp>

#include <gtest/gtest.h>

#include <limits>

namespace u = spacedc::units;

TEST(Format, PowerTakesEngineeringPrefix) {
    EXPECT_EQ(fmt::format("{}", 1.5e5 * u::watts), "150 kW");
    EXPECT_EQ(fmt::format("{}", 1.0 * u::watts), "1 W");
    EXPECT_EQ(fmt::format("{}", 999.0 * u::watts), "999 W");
    EXPECT_EQ(fmt::format("{}", 1000.0 * u::watts), "1 kW");
}

TEST(Format, EveryPrefixFromPicoToTera) {
    const std::pair<double, const char*> cases[] = {
        {1.5e-12, "1.5 pW"}, {1.5e-9, "1.5 nW"}, {1.5e-6, "1.5 µW"},
        {1.5e-3, "1.5 mW"},  {1.5, "1.5 W"},     {1.5e3, "1.5 kW"},
        {1.5e6, "1.5 MW"},   {1.5e9, "1.5 GW"},  {1.5e12, "1.5 TW"},
    };
    for (const auto& [watts, text] : cases) {
        EXPECT_EQ(fmt::format("{}", watts * u::watts), text);
    }
}

TEST(Format, BeyondTheLastPrefixKeepsTheLargestOne) {
    EXPECT_EQ(fmt::format("{}", 2.0e15 * u::watts), "2000 TW");
    EXPECT_EQ(fmt::format("{}", 3.0e-15 * u::watts), "0.003 pW");
}

TEST(Format, SpecAppliesToTheScaledNumber) {
    EXPECT_EQ(fmt::format("{:.3f}", 1.5e5 * u::watts), "150.000 kW");
    EXPECT_EQ(fmt::format("{:.1f}", 413.3703 * u::watts_per_square_meter), "413.4 W/m²");
    EXPECT_EQ(fmt::format("{:>8.1f}", 2.0 * u::square_meters), "     2.0 m²");
}

TEST(Format, NegativeAndZeroValues) {
    EXPECT_EQ(fmt::format("{}", -2.5e3 * u::watts), "-2.5 kW");
    EXPECT_EQ(fmt::format("{}", 0.0 * u::watts), "0 W");
}

TEST(Format, FieldSymbolsWithoutPrefixes) {
    EXPECT_EQ(fmt::format("{}", 1361.0 * u::watts_per_square_meter), "1361 W/m²");
    EXPECT_EQ(fmt::format("{}", 5.0 * u::kilograms_per_square_meter), "5 kg/m²");
    EXPECT_EQ(fmt::format("{}", 1200.0 * u::square_meters), "1200 m²");
    EXPECT_EQ(fmt::format("{}", 1500.0 * u::kilograms), "1500 kg");
    EXPECT_EQ(fmt::format("{}", 110.0 * u::watts_per_kilogram), "110 W/kg");
    EXPECT_EQ(fmt::format("{}", 0.3 * u::kelvin_per_watt), "0.3 K/W");
    EXPECT_EQ(fmt::format("{}", 200.0 * u::watts_per_meter_kelvin), "200 W/(m·K)");
}

TEST(Format, TemperaturesAreKelvinWithoutPrefix) {
    EXPECT_EQ(fmt::format("{}", 300.0 * u::kelvin), "300 K");
    EXPECT_EQ(fmt::format("{}", 5800.0 * u::kelvin), "5800 K");
    EXPECT_EQ(fmt::format("{:.3f}", 2.725 * u::kelvin), "2.725 K");
    EXPECT_EQ(fmt::format("{}", 10.0 * u::kelvin_difference), "10 K");
}

TEST(Format, LengthsAndSpeedsTakePrefixes) {
    EXPECT_EQ(fmt::format("{}", 650e3 * u::meters), "650 km");
    EXPECT_EQ(fmt::format("{}", 35'786e3 * u::meters), "35786 km");
    EXPECT_EQ(fmt::format("{}", 2.5e-3 * u::meters), "2.5 mm");
    EXPECT_EQ(fmt::format("{:.2f}", 7.5e3 * u::meters_per_second), "7.50 km/s");
    EXPECT_EQ(fmt::format("{}", 5e5 * u::joules_per_kelvin), "500 kJ/K");
}

TEST(Format, DurationsTakeOnlyDownwardPrefixes) {
    EXPECT_EQ(fmt::format("{}", 5400.0 * u::seconds), "5400 s");
    EXPECT_EQ(fmt::format("{:.3f}", 3.336e-3 * u::seconds), "3.336 ms");
}

TEST(Format, AnglesPrintInDegrees) {
    EXPECT_EQ(fmt::format("{:.1f}", u::from_degrees(98.2)), "98.2°");
}

TEST(Format, RatiosPrintBare) { EXPECT_EQ(fmt::format("{}", u::dimensionless{0.9}), "0.9"); }

TEST(Format, NonFiniteValuesKeepNoPrefix) {
    EXPECT_EQ(fmt::format("{}", std::numeric_limits<double>::infinity() * u::watts), "inf W");
}

TEST(Format, UnknownUnitsFallBackToBoostSymbols) {
    const auto q = 2.0 * u::watts * u::seconds * u::seconds; // J s, not one of ours
    EXPECT_EQ(fmt::format("{}", q), "2 m^2 kg s^-1");
}
