#include <spacedc/radiation/dose.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace rd = spacedc::radiation;
namespace u = spacedc::units;
using namespace spacedc::literals;

namespace {
const u::duration year{365.25 * 86'400.0 * u::seconds};
double krad_per_year(double km, rd::inclination_class c) {
    return rd::in_rad(rd::dose_rate(u::length{km * 1e3 * u::meters}, c) * year) / 1e3;
}
} // namespace

// The SPENVIS runs of ../shared/LITERATURE.md (krad(Si)/yr behind 5 mm Al, SSO / 30 deg)
// come back at their own altitudes, through the unit conversions (1 rad = 0.01 Gy).
TEST(Dose, PublishedRunsAtTheirAltitudes) {
    const double published[][3] = {{500, 0.38, 0.18},  {700, 0.70, 0.76},   {1000, 1.79, 3.02},
                                   {1200, 3.31, 6.57}, {1500, 7.82, 17.49}, {2000, 21.5, 47.8}};
    for (const auto& p : published) {
        EXPECT_NEAR(krad_per_year(p[0], rd::inclination_class::sun_synchronous), p[1], 1e-12)
            << p[0];
        EXPECT_NEAR(krad_per_year(p[0], rd::inclination_class::thirty_degrees), p[2], 1e-12)
            << p[0];
    }
}

// Log-linear between the runs: the midpoint is the geometric mean, and the dose rises
// with altitude everywhere in the table.
TEST(Dose, LogLinearBetweenRunsAndRisingWithAltitude) {
    EXPECT_NEAR(krad_per_year(600.0, rd::inclination_class::sun_synchronous),
                std::sqrt(0.38 * 0.70), 1e-12);
    EXPECT_NEAR(krad_per_year(1750.0, rd::inclination_class::thirty_degrees),
                std::sqrt(17.49 * 47.8), 1e-12);
    double last = 0.0;
    for (double km = 500.0; km <= 2000.0; km += 10.0) {
        const double d = krad_per_year(km, rd::inclination_class::sun_synchronous);
        EXPECT_GT(d, last) << km;
        last = d;
    }
}

// LITERATURE, Radiation: the eclipse-free dawn-dusk altitude (~1,390 km) costs roughly 10x
// the yearly dose of 650 km, and passes the 2 krad HBM onset behind 5 mm Al within months.
TEST(Dose, FlyingHighEnoughToNeedNoBatteryCostsTenfoldTheDose) {
    const auto sso = rd::inclination_class::sun_synchronous;
    const double ratio = krad_per_year(1390.0, sso) / krad_per_year(650.0, sso);
    EXPECT_GT(ratio, 8.0);
    EXPECT_LT(ratio, 12.0);
    const double months_to_2_krad = 2.0 / krad_per_year(1390.0, sso) * 12.0;
    EXPECT_LT(months_to_2_krad, 6.0);
    const auto five_years = rd::mission_dose(1390.0_km, sso, 5.0 * year);
    EXPECT_NEAR(rd::in_rad(five_years), 5.0 * 1e3 * krad_per_year(1390.0, sso), 1e-9);
}

// No extrapolation outside the runs; no NaN.
TEST(Dose, RefusesAltitudesOutsideTheTables) {
    const auto sso = rd::inclination_class::sun_synchronous;
    EXPECT_THROW((void)rd::dose_rate(499.0_km, sso), spacedc::invalid_input);
    EXPECT_THROW((void)rd::dose_rate(2001.0_km, sso), spacedc::invalid_input);
    EXPECT_THROW((void)rd::dose_rate(u::length{std::nan("") * u::meters}, sso),
                 spacedc::invalid_input);
    EXPECT_THROW((void)rd::mission_dose(650.0_km, sso, -1.0 * year), spacedc::invalid_input);
}
