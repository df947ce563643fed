#include <spacedc/thermal/radiator.hpp>

#include <gtest/gtest.h>

#include <limits>

namespace u = spacedc::units;
namespace th = spacedc::thermal;
using namespace spacedc::literals;

// Black-body anchors with CODATA 2018 sigma (../shared/LITERATURE.md), one face:
// sigma T^4 at 293.15, 300, 320 and 350 K, to the 0.01 W/m^2 printed.
TEST(RadiantExitance, MatchesStefanBoltzmannAnchors) {
    EXPECT_NEAR(th::radiant_exitance(1.0, 293.15_K).value(), 418.77, 0.01);
    EXPECT_NEAR(th::radiant_exitance(1.0, 300.0_K).value(), 459.30, 0.01);
    EXPECT_NEAR(th::radiant_exitance(1.0, 320.0_K).value(), 594.58, 0.01);
    EXPECT_NEAR(th::radiant_exitance(1.0, 350.0_K).value(), 850.91, 0.01);
}

// Hand value: 0.9 * 5.670374419e-8 * (300^4 - 2.725^4) = 413.3703 W/m^2.
TEST(RadiatorNetFlux, GreyPanelAt300KRejects413WattsPerSquareMetre) {
    const th::radiator_surface panel{.emissivity = 0.9, .surface_temperature = 300.0_K};
    EXPECT_NEAR(th::net_flux_per_face(panel).value(), 413.3703, 1e-4);
}

// Starcloud white paper p. 3: a 1 m^2 black plate at 20 degC radiates about 838 W from
// both sides (2 x 418.77 = 837.5 W).
TEST(RadiatorArea, BlackPlateAt20CRejects838WattsPerSquareMetreFromBothSides) {
    const th::radiator_surface plate{
        .emissivity = 1.0, .surface_temperature = 20.0_degC, .radiating_faces = 2};
    const u::area a = th::radiator_area(837.5_W, plate);
    EXPECT_NEAR(a.value(), 1.0, 1e-3);
}

// 100 kW at 300 K, eps 0.9, two faces: 1e5 / (2 * 413.3703) = 120.957 m^2.
TEST(RadiatorArea, HundredKilowattsAt300KNeeds121SquareMetresTwoSided) {
    const th::radiator_surface panel{
        .emissivity = 0.9, .surface_temperature = 300.0_K, .radiating_faces = 2};
    EXPECT_NEAR(th::radiator_area(100.0_kW, panel).value(), 120.957, 1e-3);
}

TEST(RadiatorArea, OneSidedPanelNeedsTwiceTheArea) {
    th::radiator_surface panel{.emissivity = 0.85, .surface_temperature = 320.0_K};
    const double one = th::radiator_area(10.0_kW, panel).value();
    panel.radiating_faces = 2;
    EXPECT_NEAR(th::radiator_area(10.0_kW, panel).value(), one / 2.0, 1e-12 * one);
}

TEST(RadiatorArea, WarmerSinkNeedsMoreArea) {
    th::radiator_surface panel{.emissivity = 0.9, .surface_temperature = 300.0_K};
    const double cold = th::radiator_area(1.0_kW, panel).value();
    panel.sink_temperature = 250.0_K;
    EXPECT_GT(th::radiator_area(1.0_kW, panel).value(), cold);
}

TEST(RadiatorArea, ZeroHeatNeedsNoArea) {
    const th::radiator_surface panel{.emissivity = 0.9, .surface_temperature = 300.0_K};
    EXPECT_EQ(th::radiator_area(0.0_W, panel).value(), 0.0);
}

TEST(RadiatorBadInput, EmissivityOutsideZeroToOne) {
    for (double eps : {0.0, -0.1, 1.01, std::numeric_limits<double>::quiet_NaN()}) {
        const th::radiator_surface panel{.emissivity = eps, .surface_temperature = 300.0_K};
        EXPECT_THROW((void)th::net_flux_per_face(panel), spacedc::invalid_input) << eps;
    }
}

TEST(RadiatorBadInput, TemperatureAtOrBelowTheSink) {
    const th::radiator_surface at_sink{.emissivity = 0.9, .surface_temperature = 2.725_K};
    EXPECT_THROW((void)th::net_flux_per_face(at_sink), spacedc::invalid_input);
    const th::radiator_surface below{
        .emissivity = 0.9, .surface_temperature = 200.0_K, .sink_temperature = 250.0_K};
    EXPECT_THROW((void)th::net_flux_per_face(below), spacedc::invalid_input);
    const th::radiator_surface nan{.emissivity = 0.9,
                                   .surface_temperature = u::temperature{
                                       std::numeric_limits<double>::quiet_NaN() * u::kelvin}};
    EXPECT_THROW((void)th::net_flux_per_face(nan), spacedc::invalid_input);
}

TEST(RadiatorBadInput, NegativeHeatAndFaceCount) {
    th::radiator_surface panel{.emissivity = 0.9, .surface_temperature = 300.0_K};
    EXPECT_THROW((void)th::radiator_area(-1.0_W, panel), spacedc::invalid_input);
    panel.radiating_faces = 3;
    EXPECT_THROW((void)th::radiator_area(1.0_W, panel), spacedc::invalid_input);
    panel.radiating_faces = 0;
    EXPECT_THROW((void)th::radiator_area(1.0_W, panel), spacedc::invalid_input);
}

TEST(RadiatorBadInput, MessageNamesParameterValueAndRange) {
    const th::radiator_surface panel{.emissivity = 0.9, .surface_temperature = 2.0_K};
    try {
        (void)th::net_flux_per_face(panel);
        FAIL();
    } catch (const spacedc::invalid_input& e) {
        EXPECT_STREQ(e.what(), "radiator temperature = 2 K is invalid; valid range: > 2.725 K "
                               "(the sink temperature) and <= 10000 K");
    }
}

// A temperature whose fourth power would overflow is refused by the model itself, not
// only by the parser (it was "feasible" with area 0 through the library).
TEST(Radiator, RefusesTemperaturesAboveTheCeiling) {
    const th::radiator_surface hot{.emissivity = 0.9,
                                   .surface_temperature = 1e308 * spacedc::units::kelvin,
                                   .radiating_faces = 2};
    EXPECT_THROW((void)th::radiator_area(100.0_kW, hot), spacedc::invalid_input);
}
