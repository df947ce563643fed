#include <spacedc/thermal/environment.hpp>

#include <gtest/gtest.h>

namespace th = spacedc::thermal;
using namespace spacedc::literals;

// Sunlight and albedo are absorbed with the solar absorptivity, Earth IR with the
// infrared emissivity (Kirchhoff): a white paint (alpha 0.2, eps 0.9) facing nadir at
// the subsolar point, F = 0.8, mean case: 0.2*1361 + 0.2*0.3*1361*0.8 + 0.9*237*0.8.
TEST(AbsorbedFlux, SolarAndAlbedoByAbsorptivityInfraredByEmissivity) {
    const th::surface_optics white{.solar_absorptivity = 0.2, .infrared_emissivity = 0.9};
    const th::face_view view{.sun_factor = 1.0, .earth_view_factor = 0.8, .albedo_factor = 1.0};
    EXPECT_NEAR(th::absorbed_flux(white, th::mean_case(), view).value(),
                0.2 * 1361.0 + 0.2 * 0.3 * 1361.0 * 0.8 + 0.9 * 237.0 * 0.8, 1e-9);
}

// Gilmore's cases, rescaled to TSI 1361 W/m^2 (LITERATURE.md).
TEST(ThermalEnvironment, HotMeanAndColdCases) {
    EXPECT_DOUBLE_EQ(th::hot_case().solar.value(), 1408.0);
    EXPECT_DOUBLE_EQ(th::cold_case().solar.value(), 1317.0);
    EXPECT_DOUBLE_EQ(th::mean_case().earth_infrared.value(), 237.0);
    EXPECT_DOUBLE_EQ(th::hot_case().albedo.value(), 0.35);
    EXPECT_DOUBLE_EQ(th::cold_case().albedo.value(), 0.25);
}

TEST(AlbedoFactor, CosineOfTheSubsolarAngleAndZeroPastTheTerminator) {
    EXPECT_DOUBLE_EQ(th::albedo_factor(1.0).value(), 1.0);
    EXPECT_DOUBLE_EQ(th::albedo_factor(0.5).value(), 0.5);
    EXPECT_DOUBLE_EQ(th::albedo_factor(-0.3).value(), 0.0);
}

TEST(AbsorbedFlux, RejectsBadOptics) {
    const th::face_view view{.sun_factor = 1.0, .earth_view_factor = 0.0, .albedo_factor = 0.0};
    EXPECT_THROW((void)th::absorbed_flux({.solar_absorptivity = 0.0, .infrared_emissivity = 0.9},
                                         th::mean_case(), view),
                 spacedc::invalid_input);
    EXPECT_THROW((void)th::absorbed_flux({.solar_absorptivity = 0.2, .infrared_emissivity = 1.1},
                                         th::mean_case(), view),
                 spacedc::invalid_input);
    EXPECT_THROW((void)th::absorbed_flux(
                     {.solar_absorptivity = 0.2, .infrared_emissivity = 0.9},
                     {.solar = 1361.0_W_per_m2, .earth_infrared = 237.0_W_per_m2, .albedo = 1.5},
                     view),
                 spacedc::invalid_input);
}
