#include <spacedc/power/solar_array.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include <cmath>
#include <limits>

namespace u = spacedc::units;
namespace pw = spacedc::power;
using namespace spacedc::literals;

namespace {
// An array whose efficiency does not depend on temperature, as in hand sizing.
pw::solar_array fixed_efficiency(double efficiency) {
    return {.cells = {.efficiency = efficiency,
                      .temperature_coefficient = u::temperature_coefficient{}},
            .packing_factor = 1.0};
}
} // namespace

// Google, "Towards a future space-based, highly scalable AI infrastructure system
// design" (Project Suncatcher, arXiv:2511.19468), Table 1: a Starlink v2 mini array,
// 105 m^2 x 22 % x 1361 W/m^2 x 90 %, gives "~28 kW".
TEST(SolarArray, SuncatcherStarlinkArrayGives28Kilowatts) {
    pw::solar_array array = fixed_efficiency(0.22);
    array.inherent_degradation = 0.90;
    const auto op = pw::operating_point(array, 1361.0_W_per_m2);
    EXPECT_NEAR((op.power_per_area * 105.0_m2).value(), 28.3e3, 0.1e3);
}

// Wertz & Larson, SMAD 3rd ed., sec. 11.4 worked example (FireSat, silicon cells):
// P_o = 0.148 x 1367 = 202 W/m^2; P_BOL = P_o I_d cos 23.5 deg = 143 W/m^2 with
// I_d = 0.77; L_d = (1 - 0.0375)^5 = 0.826; P_EOL = 118 W/m^2. (SMAD's I_d includes
// temperature, so the cells here have no temperature coefficient.)
TEST(SolarArray, ReproducesSmadFireSatArraySizing) {
    pw::solar_array array = fixed_efficiency(0.148);
    array.inherent_degradation = 0.77;
    array.annual_degradation = 0.0375;
    array.pointing_error = 23.5_deg;
    EXPECT_NEAR(0.148 * 1367.0, 202.0, 0.5);
    EXPECT_NEAR(pw::operating_point(array, 1367.0_W_per_m2).power_per_area.value(), 143.0, 0.5);
    EXPECT_NEAR(pw::lifetime_degradation(array, 5.0).value(), 0.826, 0.0005);
    EXPECT_NEAR(pw::operating_point(array, 1367.0_W_per_m2, 5.0).power_per_area.value(), 118.0,
                0.5);
}

// With a constant electrical output the radiative balance has a closed form:
// T = ((alpha S - P/A) / (sigma (eps_f + eps_b)) + T_sink^4)^(1/4).
TEST(SolarArray, TemperatureSolvesTheRadiativeBalance) {
    const pw::solar_array array = fixed_efficiency(0.30);
    const auto op = pw::operating_point(array, 1361.0_W_per_m2);
    const double absorbed = 0.92 * 1361.0 - 0.30 * 1361.0 * 0.90;
    const double expected =
        std::pow(absorbed / (5.670374419e-8 * (0.85 + 0.90)) + std::pow(2.725, 4), 0.25);
    EXPECT_NEAR(op.temperature.value(), expected, 1e-6);
}

// With the temperature coefficient the balance is a quartic in T with a linear term (and
// a kink where the efficiency floors at zero): the solver against bisection on the same
// balance in long double, to 1e-9 K, over fluxes from 300 to 3000 W/m^2, coefficients
// from 0 to -2 %/K (the last floors the efficiency inside the range), and Newton started
// from no guess, a good one and a poor one.
TEST(SolarArray, OperatingPointSolvesTheBalanceTo1e9K) {
    for (double gamma : {0.0, -0.0023, -0.02}) {
        pw::solar_array array{.cells = {.efficiency = 0.30}, .back_earth_view_factor = 0.2};
        array.cells.temperature_coefficient = gamma * u::per_kelvin;
        const double derate = pw::detail::derate(array, 5.0);
        for (double incident : {300.0, 1000.0, 1361.0, 1413.0, 3000.0}) {
            auto imbalance = [&](long double t) {
                const long double eta = std::max(0.0L, 0.30L * (1.0L + gamma * (t - 301.15L)));
                return 0.92L * incident + 0.90L * 0.2L * 237.0L - eta * incident * derate -
                       5.670374419e-8L * 1.75L * (t * t * t * t - std::pow(2.725L, 4));
            };
            long double lo = 2.725L, hi = 2000.0L;
            for (int i = 0; i < 200; ++i) {
                const long double mid = 0.5L * (lo + hi);
                (imbalance(mid) > 0.0L ? lo : hi) = mid;
            }
            const double root = static_cast<double>(0.5L * (lo + hi));
            for (double guess : {0.0, root + 0.01, root - 40.0, 1500.0}) {
                const auto p = pw::detail::solve_operating_point(array, incident, derate, guess);
                EXPECT_NEAR(p.temperature.value(), root, 1e-9)
                    << gamma << " /K, " << incident << " W/m^2, from " << guess;
            }
        }
    }
}

TEST(SolarArray, EarthInfraredOnTheBackWarmsTheArray) {
    pw::solar_array array{.cells = {.efficiency = 0.295}};
    const double cold = pw::operating_point(array, 1361.0_W_per_m2).temperature.value();
    array.back_earth_view_factor = 0.3;
    EXPECT_GT(pw::operating_point(array, 1361.0_W_per_m2).temperature.value(), cold + 1.0);
}

TEST(SolarArray, EfficiencyFallsAsTheArrayWarms) {
    const pw::solar_cells cells{.efficiency = 0.295};
    EXPECT_DOUBLE_EQ(pw::cell_efficiency(cells, cells.reference_temperature).value(), 0.295);
    EXPECT_NEAR(
        pw::cell_efficiency(cells, cells.reference_temperature + 10.0 * u::kelvin_difference)
            .value(),
        0.295 * (1.0 - 0.023), 1e-12);
    // More sunlight: a hotter array and a lower efficiency.
    const pw::solar_array array{.cells = cells};
    const auto aphelion = pw::operating_point(array, 1317.0_W_per_m2);
    const auto perihelion = pw::operating_point(array, 1408.0_W_per_m2);
    EXPECT_GT(perihelion.temperature, aphelion.temperature);
    EXPECT_LT(perihelion.efficiency, aphelion.efficiency);
}

TEST(SolarArray, MassFromArealDensityOrSpecificPower) {
    pw::solar_array array{.cells = {.efficiency = 0.3}};
    array.mass_basis = u::areal_density{2.0 * u::kilograms_per_square_meter};
    EXPECT_DOUBLE_EQ(pw::array_mass(array, 10.0_m2, 300.0_W_per_m2).value(), 20.0);
    array.mass_basis = u::specific_power{100.0 * u::watts_per_kilogram};
    EXPECT_DOUBLE_EQ(pw::array_mass(array, 10.0_m2, 300.0_W_per_m2).value(), 30.0);
}

TEST(SolarArray, RejectsBadParameters) {
    const auto nan = std::numeric_limits<double>::quiet_NaN();
    auto check = [](auto mutate) {
        pw::solar_array array{.cells = {.efficiency = 0.3}};
        mutate(array);
        EXPECT_THROW((void)pw::operating_point(array, 1361.0_W_per_m2), spacedc::invalid_input);
    };
    for (double eta : {0.0, 1.0, 1.2, -0.1, nan})
        check([eta](auto& a) { a.cells.efficiency = eta; });
    for (double d : {1.0, 1.5, -0.01, nan}) check([d](auto& a) { a.annual_degradation = d; });
    for (double p : {0.0, 1.1, nan}) check([p](auto& a) { a.packing_factor = p; });
    check([](auto& a) { a.inherent_degradation = 0.0; });
    check([](auto& a) { a.pointing_error = 90.0_deg; });
    check([](auto& a) { a.front_emissivity = 1.5; });
    check([](auto& a) { a.back_earth_view_factor = 1.5; });
    check([](auto& a) { a.mass_basis = u::specific_power{-1.0 * u::watts_per_kilogram}; });
    EXPECT_THROW(
        (void)pw::operating_point(pw::solar_array{.cells = {.efficiency = 0.3}}, 0.0_W_per_m2),
        spacedc::invalid_input);
}
