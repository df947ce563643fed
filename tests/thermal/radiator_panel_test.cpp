#include <spacedc/thermal/radiator.hpp>
#include <spacedc/thermal/thermal_chain.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace u = spacedc::units;
namespace th = spacedc::thermal;
using namespace spacedc::literals;

namespace {
constexpr double sigma = 5.670374419e-8;
const double earth_at_minus_20c = sigma * std::pow(253.15, 4); // 232.88 W/m^2

th::radiator_panel two_sided(double eps, u::heat_flux face_a, u::heat_flux face_b) {
    return {.optics = {.solar_absorptivity = 0.09, .infrared_emissivity = eps},
            .absorbed_per_face = {face_a, face_b}};
}
} // namespace

// Starcloud white paper v1.03, p. 9 (../shared/LITERATURE.md): two-sided radiator at
// 20 degC, eps 0.92; Sun on one face with alpha 0.09 at 1366 W/m^2; Earth view factor
// 0.25, albedo 0.3, Earth a -20 degC black body. Under the source's assumption (alpha
// applied to Earth IR too) the net is 633.13 W/m^2 with CODATA sigma: 1 m^2 rejects it.
TEST(RadiatorPanel, ReproducesStarcloudUnderItsOwnAssumptions) {
    const double sun = 0.09 * 1366.0, albedo = 0.09 * 0.3 * 1366.0 * 0.25;
    const double earth_ir_with_alpha = 0.09 * earth_at_minus_20c * 0.25;
    const auto panel = two_sided(
        0.92, u::heat_flux{(sun + albedo + earth_ir_with_alpha) * u::watts_per_square_meter},
        0.0_W_per_m2);
    const auto sizing = th::size_radiator(633.13_W, 20.0_degC, panel);
    ASSERT_TRUE(sizing.feasible);
    EXPECT_NEAR(sizing.area.value(), 1.0, 1e-4);
}

// The same panel with Kirchhoff's law (Earth IR absorbed with eps = 0.92, through
// `absorbed_flux`): about 584.8 W/m^2 (LITERATURE.md).
TEST(RadiatorPanel, StarcloudWithEarthInfraredAbsorbedByEmissivityNets585) {
    const th::surface_optics optics{.solar_absorptivity = 0.09, .infrared_emissivity = 0.92};
    const th::thermal_environment env{
        .solar = 1366.0_W_per_m2,
        .earth_infrared = u::irradiance{earth_at_minus_20c * u::watts_per_square_meter},
        .albedo = 0.3};
    const auto sunlit_face = th::absorbed_flux(
        optics, env, {.sun_factor = 1.0, .earth_view_factor = 0.25, .albedo_factor = 1.0});
    const th::radiator_panel panel{.optics = optics,
                                   .absorbed_per_face = {sunlit_face, 0.0_W_per_m2}};
    const auto sizing = th::size_radiator(1.0_kW, 20.0_degC, panel);
    EXPECT_NEAR(1e3 / sizing.area.value(), 584.8, 0.1);
}

// Biswas, space-based-ai-datacenter: one-sided radiator, 1450 W on 4 m^2, eps 0.85,
// sink neglected: 21.3 degC; with 0.300 K/W from junction to radiator and 300 W per
// chip the junction runs at 111.3 degC.
TEST(RadiatorPanel, ReproducesBiswasRadiatorAndJunction) {
    const th::radiator_panel panel{
        .optics = {.solar_absorptivity = 0.2, .infrared_emissivity = 0.85},
        .absorbed_per_face = {0.0_W_per_m2},
        .sink_temperature = 0.0_K};
    const u::temperature radiator = th::equilibrium_temperature(1450.0_W, 4.0_m2, panel);
    EXPECT_NEAR(radiator.value() - 273.15, 21.3, 0.05);
    const th::thermal_chain chain{.per_chip = {{"junction to radiator", 0.3 * u::kelvin_per_watt}}};
    EXPECT_NEAR(th::junction_temperature(chain, radiator, 300.0_W, 4).value() - 273.15, 111.3,
                0.05);
}

// Sizing and the equilibrium temperature invert each other exactly, with the
// environment and fins.
TEST(RadiatorPanel, EquilibriumTemperatureInvertsAreaSizing) {
    th::radiator_panel panel = two_sided(0.9, 60.0_W_per_m2, 15.0_W_per_m2);
    panel.fin = th::radiating_fin{.conductivity = 167.0 * u::watts_per_meter_kelvin,
                                  .thickness = u::length{1e-3 * u::meters},
                                  .half_width = u::length{0.1 * u::meters}};
    for (double kelvin : {280.0, 310.0, 345.0}) {
        const u::temperature t{kelvin * u::kelvin};
        const auto sizing = th::size_radiator(100.0_kW, t, panel);
        ASSERT_TRUE(sizing.feasible);
        EXPECT_LT(sizing.fin_efficiency.value(), 1.0);
        EXPECT_NEAR(th::equilibrium_temperature(100.0_kW, sizing.area, panel).value(), kelvin,
                    1e-6);
    }
}

TEST(RadiatorPanel, EnvironmentAndFinsEnlargeTheRadiator) {
    const auto bare =
        th::size_radiator(100.0_kW, 300.0_K, two_sided(0.9, 0.0_W_per_m2, 0.0_W_per_m2));
    const auto loaded =
        th::size_radiator(100.0_kW, 300.0_K, two_sided(0.9, 60.0_W_per_m2, 0.0_W_per_m2));
    EXPECT_NEAR(bare.area.value(), 1e5 / (2.0 * 413.3703), 1e-3); // the ideal radiator
    EXPECT_GT(loaded.area, bare.area);
    EXPECT_DOUBLE_EQ(loaded.mass.value(), 5.0 * loaded.area.value());
}

TEST(RadiatorPanel, InfeasibleWhenTheEnvironmentOutweighsEmission) {
    const auto sizing =
        th::size_radiator(1.0_kW, 250.0_K, two_sided(0.9, 400.0_W_per_m2, 0.0_W_per_m2));
    EXPECT_FALSE(sizing.feasible);
    EXPECT_NE(sizing.reason.find("cannot reject heat"), std::string::npos) << sizing.reason;
}

TEST(RadiatorPanel, AreaFallsAsTheRadiatorWarms) {
    const auto curve = th::area_versus_temperature(100.0_kW, 270.0_K, 370.0_K, 11,
                                                   two_sided(0.9, 30.0_W_per_m2, 0.0_W_per_m2));
    ASSERT_EQ(curve.size(), 11u);
    for (std::size_t i = 1; i < curve.size(); ++i)
        EXPECT_LT(curve[i].sizing.area, curve[i - 1].sizing.area);
}

TEST(RadiatorPanel, TableSizeIsBoundedBeforeAllocation) {
    const auto panel = two_sided(0.9, 30.0_W_per_m2, 0.0_W_per_m2);
    EXPECT_THROW((void)th::area_versus_temperature(100.0_kW, 270.0_K, 370.0_K, 1, panel),
                 spacedc::invalid_input);
    EXPECT_THROW(
        (void)th::area_versus_temperature(100.0_kW, 270.0_K, 370.0_K, 2'000'000'000, panel),
        spacedc::invalid_input);
}

TEST(RadiatorPanel, RejectsBadInput) {
    EXPECT_THROW(
        (void)th::size_radiator(-1.0_kW, 300.0_K, two_sided(0.9, 0.0_W_per_m2, 0.0_W_per_m2)),
        spacedc::invalid_input);
    EXPECT_THROW(
        (void)th::size_radiator(1.0_kW, 300.0_K, two_sided(1.2, 0.0_W_per_m2, 0.0_W_per_m2)),
        spacedc::invalid_input);
    EXPECT_THROW((void)th::size_radiator(1.0_kW, 2.0_K, two_sided(0.9, 0.0_W_per_m2, 0.0_W_per_m2)),
                 spacedc::invalid_input);
    // A panel has one or two faces: a third cannot be held, none is refused.
    th::radiator_panel no_face = two_sided(0.9, 0.0_W_per_m2, 0.0_W_per_m2);
    EXPECT_EQ(no_face.absorbed_per_face.capacity(), 2u);
    no_face.absorbed_per_face.clear();
    EXPECT_THROW((void)th::size_radiator(1.0_kW, 300.0_K, no_face), spacedc::invalid_input);
    EXPECT_THROW((void)th::equilibrium_temperature(1.0_kW, 0.0_m2,
                                                   two_sided(0.9, 0.0_W_per_m2, 0.0_W_per_m2)),
                 spacedc::invalid_input);
}

// The hottest radiator a 358 K junction allows: 358 - 700 W x 0.05 K/W - 100 kW x 1e-4 K/W.
TEST(ThermalChain, MaxRadiatorTemperatureSubtractsEveryDrop) {
    const th::thermal_chain chain{.per_chip = {{"junction-case", 0.03 * u::kelvin_per_watt},
                                               {"interface", 0.02 * u::kelvin_per_watt}},
                                  .shared = {{"pumped loop", 1e-4 * u::kelvin_per_watt}}};
    EXPECT_NEAR(th::max_radiator_temperature(chain, 358.0_K, 700.0_W, 143).value(),
                358.0 - 700.0 * 0.05 - 143 * 700.0 * 1e-4, 1e-9);
    const th::thermal_chain bad{.per_chip = {{"negative", -1.0 * u::kelvin_per_watt}}};
    EXPECT_THROW((void)th::max_radiator_temperature(bad, 358.0_K, 700.0_W, 1),
                 spacedc::invalid_input);
}

// A higher junction limit allows a hotter radiator and so a smaller one.
TEST(ThermalChain, HigherJunctionLimitShrinksTheRadiator) {
    const th::thermal_chain chain{.per_chip = {{"junction to pipes", 0.05 * u::kelvin_per_watt}}};
    const auto panel = two_sided(0.9, 20.0_W_per_m2, 0.0_W_per_m2);
    double previous = 1e300;
    for (double tj : {338.0, 358.0, 378.0}) {
        const auto t =
            th::max_radiator_temperature(chain, u::temperature{tj * u::kelvin}, 700.0_W, 143);
        const double area = th::size_radiator(100.0_kW, t, panel).area.value();
        EXPECT_LT(area, previous);
        previous = area;
    }
}
