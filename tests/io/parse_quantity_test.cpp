#include <spacedc/io/parse_quantity.hpp>

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace u = spacedc::units;
using spacedc::io::parse;
using ::testing::HasSubstr;

TEST(ParseQuantity, LengthWithAndWithoutSpace) {
    EXPECT_DOUBLE_EQ(parse<u::length>("650km").value(), 650e3);
    EXPECT_DOUBLE_EQ(parse<u::length>("650 km").value(), 650e3);
    EXPECT_DOUBLE_EQ(parse<u::length>("  650  km ").value(), 650e3);
    EXPECT_DOUBLE_EQ(parse<u::length>("1 au").value(), 149'597'870'700.0);
}

TEST(ParseQuantity, PowerWithPrefixes) {
    EXPECT_DOUBLE_EQ(parse<u::power>("1.2 kW").value(), 1200.0);
    EXPECT_DOUBLE_EQ(parse<u::power>("100kW").value(), 1e5);
    EXPECT_DOUBLE_EQ(parse<u::power>("3 MW").value(), 3e6);
    EXPECT_DOUBLE_EQ(parse<u::power>("250 mW").value(), 0.25);
    EXPECT_DOUBLE_EQ(parse<u::power>("5 µW").value(), 5e-6);
    EXPECT_DOUBLE_EQ(parse<u::power>("5 uW").value(), 5e-6);
    EXPECT_DOUBLE_EQ(parse<u::power>("1e3 W").value(), 1e3);
    EXPECT_DOUBLE_EQ(parse<u::power>("+2 W").value(), 2.0);
}

TEST(ParseQuantity, TemperatureInKelvinAndCelsius) {
    EXPECT_DOUBLE_EQ(parse<u::temperature>("300K").value(), 300.0);
    EXPECT_NEAR(parse<u::temperature>("26.85 degC").value(), 300.0, 1e-12);
    EXPECT_NEAR(parse<u::temperature>("-20 °C").value(), 253.15, 1e-12);
}

TEST(ParseQuantity, CelsiusDifferenceHasNoOffset) {
    EXPECT_DOUBLE_EQ(parse<u::temperature_difference>("10 degC").value(), 10.0);
    EXPECT_DOUBLE_EQ(parse<u::thermal_conductivity>("200 W/(m degC)").value(), 200.0);
}

TEST(ParseQuantity, BareNumberAndPercentAreRatios) {
    EXPECT_DOUBLE_EQ(parse<u::dimensionless>("0.9").value(), 0.9);
    EXPECT_DOUBLE_EQ(parse<u::dimensionless>("90 %").value(), 0.9);
    EXPECT_DOUBLE_EQ(parse<u::dimensionless>("29.5%").value(), 0.295);
}

TEST(ParseQuantity, CompoundUnits) {
    EXPECT_DOUBLE_EQ(parse<u::irradiance>("1361 W/m^2").value(), 1361.0);
    EXPECT_DOUBLE_EQ(parse<u::irradiance>("1361 W/m²").value(), 1361.0);
    EXPECT_DOUBLE_EQ(parse<u::irradiance>("1361 W m^-2").value(), 1361.0);
    EXPECT_DOUBLE_EQ(parse<u::irradiance>("0.1361 W/cm^2").value(), 1361.0);
    EXPECT_DOUBLE_EQ(parse<u::specific_power>("110 W/kg").value(), 110.0);
    EXPECT_DOUBLE_EQ(parse<u::areal_density>("5 kg/m^2").value(), 5.0);
    EXPECT_DOUBLE_EQ(parse<u::thermal_conductance>("2 W/K").value(), 2.0);
    EXPECT_DOUBLE_EQ(parse<u::thermal_resistance>("0.3 K/W").value(), 0.3);
    EXPECT_DOUBLE_EQ(parse<u::heat_capacity>("500 J/K").value(), 500.0);
    EXPECT_DOUBLE_EQ(parse<u::heat_capacity>("0.5 kJ/K").value(), 500.0);
    EXPECT_DOUBLE_EQ(parse<u::thermal_conductivity>("200 W/(m K)").value(), 200.0);
    EXPECT_DOUBLE_EQ(parse<u::thermal_conductivity>("200 W/m/K").value(), 200.0);
    EXPECT_DOUBLE_EQ(parse<u::thermal_conductivity>("200 W·m^-1·K^-1").value(), 200.0);
    EXPECT_DOUBLE_EQ(parse<u::velocity>("7.5 km/s").value(), 7500.0);
    EXPECT_DOUBLE_EQ(parse<u::area>("2 m²").value(), 2.0);
    EXPECT_DOUBLE_EQ(parse<u::volume>("1000 cm^3").value(), 1e-3);
}

TEST(ParseQuantity, CoefficientsAndSpecificEnergy) {
    EXPECT_DOUBLE_EQ(parse<u::temperature_coefficient>("-0.23 %/K").value(), -0.0023);
    EXPECT_DOUBLE_EQ(parse<u::temperature_coefficient>("-0.0023 /K").value(), -0.0023);
    EXPECT_DOUBLE_EQ(parse<u::specific_energy>("150 Wh/kg").value(), 540'000.0);
    EXPECT_DOUBLE_EQ(parse<u::radiant_exposure>("1200 kWh/m^2").value(), 4.32e9);
}

TEST(ParseQuantity, EnergyAndDuration) {
    EXPECT_DOUBLE_EQ(parse<u::energy>("1 kWh").value(), 3.6e6);
    EXPECT_DOUBLE_EQ(parse<u::energy>("1 MJ").value(), 1e6);
    EXPECT_DOUBLE_EQ(parse<u::duration>("5400s").value(), 5400.0);
    EXPECT_DOUBLE_EQ(parse<u::duration>("90 min").value(), 5400.0);
    EXPECT_DOUBLE_EQ(parse<u::duration>("2 h").value(), 7200.0);
    EXPECT_DOUBLE_EQ(parse<u::duration>("3.336 ms").value(), 3.336e-3);
    EXPECT_DOUBLE_EQ(parse<u::mass>("1.5 t").value(), 1500.0);
    EXPECT_DOUBLE_EQ(parse<u::mass>("250 g").value(), 0.25);
}

TEST(ParseQuantity, AnglesInDegreesAndRadians) {
    EXPECT_NEAR(u::in_degrees(parse<u::angle>("25deg")), 25.0, 1e-12);
    EXPECT_NEAR(u::in_degrees(parse<u::angle>("25 °")), 25.0, 1e-12);
    EXPECT_DOUBLE_EQ(parse<u::angle>("0.5 rad").value(), 0.5);
    EXPECT_DOUBLE_EQ(parse<u::angle>("500 mrad").value(), 0.5);
}

// Formatting then parsing gives the value back, across the prefix range.
TEST(ParseQuantity, RoundTripsThroughFormat) {
    for (double watts = 1.234e-12; watts < 1e13; watts *= 10.0) { // up to the 10 TW ceiling
        const u::power p{watts * u::watts};
        const std::string text = fmt::format("{}", p);
        EXPECT_NEAR(parse<u::power>(text).value(), watts, 1e-12 * watts) << text;
    }
    for (double kelvin : {2.725, 300.0, 5772.0}) {
        const u::temperature t{kelvin * u::kelvin};
        EXPECT_DOUBLE_EQ(parse<u::temperature>(fmt::format("{}", t)).value(), kelvin);
    }
    const u::irradiance q{413.37 * u::watts_per_square_meter};
    EXPECT_DOUBLE_EQ(parse<u::irradiance>(fmt::format("{}", q)).value(), 413.37);
    EXPECT_NEAR(parse<u::angle>(fmt::format("{}", u::from_degrees(98.2))).value(),
                u::from_degrees(98.2).value(), 1e-15);
}

// Magnitudes past each kind's plausibility ceiling are refused (so no T^4 or product of
// inputs can overflow); the ceiling itself is accepted.
TEST(ParseQuantity, RefusesMagnitudesPastThePlausibilityCeiling) {
    EXPECT_DOUBLE_EQ(parse<u::temperature>("10000 K").value(), 1e4);
    EXPECT_THROW(parse<u::temperature>("10001 K"), spacedc::invalid_input);
    EXPECT_THROW(parse<u::temperature>("1e308 K"), spacedc::invalid_input);
    EXPECT_DOUBLE_EQ(parse<u::power>("10 TW").value(), 1e13);
    EXPECT_THROW(parse<u::power>("11 TW"), spacedc::invalid_input);
    EXPECT_THROW(parse<u::power>("-1e300 W"), spacedc::invalid_input); // magnitude, either sign
    EXPECT_NO_THROW(parse<u::length>("1e9 km"));
    EXPECT_THROW(parse<u::length>("1.1e9 km"), spacedc::invalid_input);
    EXPECT_THROW(parse<u::duration>("1e11 s"), spacedc::invalid_input);
    EXPECT_THROW(parse<u::dimensionless>("2e6"), spacedc::invalid_input);
    EXPECT_THROW(parse<u::velocity>("300000 km/s"), spacedc::invalid_input); // faster than light
    try {
        parse<u::temperature>("1e308K", "--temperature");
        ADD_FAILURE() << "no exception";
    } catch (const spacedc::invalid_input& e) {
        EXPECT_EQ(e.parameter(), "--temperature");
        EXPECT_THAT(e.reason(), ::testing::HasSubstr("plausible"));
        EXPECT_THAT(e.reason(), ::testing::HasSubstr("10000 K"));
    }
}

// Each bad string throws invalid_input whose message names the parameter, the text,
// the reason and the dimension expected.
struct bad_text {
    const char* text;
    const char* reason;
};

class ParseQuantityRejects : public ::testing::TestWithParam<bad_text> {};

TEST_P(ParseQuantityRejects, WithAClearMessage) {
    const auto& [text, reason] = GetParam();
    try {
        (void)parse<u::power>(text, "--heat");
        FAIL() << "accepted '" << text << "'";
    } catch (const spacedc::invalid_input& e) {
        EXPECT_EQ(e.parameter(), "--heat");
        EXPECT_EQ(e.value(), std::string{"'"} + text + "'");
        EXPECT_THAT(e.what(), HasSubstr(reason));
        EXPECT_THAT(e.what(), HasSubstr("a power, e.g. '100 kW'"));
    }
}

INSTANTIATE_TEST_SUITE_P(
    BadStrings, ParseQuantityRejects,
    ::testing::Values(bad_text{"12 parsecs", "unknown unit 'parsecs'"},
                      bad_text{"kW", "does not start with a number"},
                      bad_text{"1e999 W", "out of range"}, bad_text{"", "empty"},
                      bad_text{"   ", "empty"}, bad_text{"NaN W", "not a finite number"},
                      bad_text{"inf W", "not a finite number"},
                      bad_text{"100", "a power needs a unit"},
                      bad_text{"650 km", "'km' is a length, not a power"},
                      bad_text{"5 W/m K", "ambiguous"}, bad_text{"5 W/(m", "not closed"},
                      bad_text{"5 W^x", "whole number"}, bad_text{"5 W?", "unexpected '?'"},
                      bad_text{"5 kg m^2 s^-1", "quantity in m^2 kg s^-1, not a power"}));

TEST(ParseQuantity, TemperatureBelowAbsoluteZeroIsRejected) {
    EXPECT_THROW((void)parse<u::temperature>("-5 K"), spacedc::invalid_input);
    EXPECT_THROW((void)parse<u::temperature>("-300 degC"), spacedc::invalid_input);
}

TEST(ParseQuantity, TemperatureAndAngleNeedAUnit) {
    EXPECT_THROW((void)parse<u::temperature>("300"), spacedc::invalid_input);
    EXPECT_THROW((void)parse<u::angle>("25"), spacedc::invalid_input);
}

TEST(ParseQuantity, RatioRejectsUnits) {
    EXPECT_THROW((void)parse<u::dimensionless>("0.9 W"), spacedc::invalid_input);
}

// Doses in the units tolerances are quoted in: 1 rad = 0.01 Gy.
TEST(ParseDose, RadKradAndGray) {
    using spacedc::io::parse_dose;
    EXPECT_DOUBLE_EQ(parse_dose("2 krad").value(), 20.0);
    EXPECT_DOUBLE_EQ(parse_dose("15 krad(Si)").value(), 150.0);
    EXPECT_DOUBLE_EQ(parse_dose("150rad").value(), 1.5);
    EXPECT_DOUBLE_EQ(parse_dose("1 Mrad").value(), 1e4);
    EXPECT_DOUBLE_EQ(parse_dose("20 Gy").value(), 20.0);
    EXPECT_DOUBLE_EQ(parse_dose("500 mGy").value(), 0.5);
    for (const char* bad : {"2 km", "krad", "2", "nan krad", "1e300 krad", "2 krad krad", ""}) {
        try {
            (void)parse_dose(bad, "compute.dose_limit");
            ADD_FAILURE() << bad;
        } catch (const spacedc::invalid_input& e) {
            EXPECT_THAT(e.what(), HasSubstr("compute.dose_limit")) << bad;
        }
    }
}
