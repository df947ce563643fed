#include <spacedc/links/latency.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace u = spacedc::units;
namespace ln = spacedc::links;
using namespace spacedc::literals;

// Issue values: 1000 km is 3.336 ms in vacuum and 4.897 ms in fibre of group index
// 1.4682.
TEST(Propagation, ThousandKilometresInVacuumAndFibre) {
    EXPECT_NEAR(ln::vacuum_delay(1000.0_km).value() * 1e3, 3.336, 5e-4);
    EXPECT_NEAR(ln::fiber_delay(1000.0_km).value() * 1e3, 4.897, 5e-4);
    EXPECT_NEAR(ln::vacuum_to_fiber_speed_ratio().value(), 1.4682, 1e-12);
}

TEST(Propagation, RejectsBadInput) {
    EXPECT_THROW((void)ln::fiber_delay(1.0_km, 0.99), spacedc::invalid_input);
    EXPECT_THROW((void)ln::vacuum_delay(-1.0_km), spacedc::invalid_input);
    EXPECT_THROW((void)ln::fiber_delay(1.0_km, std::nan("")), spacedc::invalid_input);
}

TEST(SlantRange, OverheadItIsTheAltitude) {
    EXPECT_NEAR(ln::slant_range(650.0_km, 90.0_deg).value(), 650e3, 1e-6);
}

TEST(SlantRange, AtTheHorizonItIsTheTangentDistance) {
    const double r = 6378.137e3, h = 650e3;
    EXPECT_NEAR(ln::slant_range(650.0_km, 0.0_deg).value(), std::sqrt((r + h) * (r + h) - r * r),
                1e-6);
}

// Law of cosines in the Earth-centre / user / satellite triangle, an independent form:
// (R + h)^2 = R^2 + rho^2 + 2 R rho sin(e).
TEST(SlantRange, SatisfiesTheLawOfCosines) {
    const double r = 6378.137e3, h = 650e3;
    for (double e_deg : {10.0, 25.0, 40.0, 70.0}) {
        const double rho = ln::slant_range(650.0_km, u::from_degrees(e_deg)).value();
        EXPECT_NEAR(r * r + rho * rho + 2.0 * r * rho * std::sin(e_deg * std::numbers::pi / 180.0),
                    (r + h) * (r + h), 1e-3 * r);
    }
}

TEST(SlantRange, RejectsElevationsOutsideZeroToNinety) {
    EXPECT_THROW((void)ln::slant_range(650.0_km, -1.0_deg), spacedc::invalid_input);
    EXPECT_THROW((void)ln::slant_range(650.0_km, 91.0_deg), spacedc::invalid_input);
    EXPECT_THROW((void)ln::slant_range(0.0_km, 45.0_deg), spacedc::invalid_input);
}

TEST(IntersatelliteRange, TangentRaysGrazingTheSurfaceAndTheAtmosphere) {
    const double r = 6378.137e3 + 650e3;
    EXPECT_NEAR(ln::max_intersatellite_range(650.0_km, 0.0_km).value(),
                2.0 * std::sqrt(r * r - 6378.137e3 * 6378.137e3), 1e-6);
    EXPECT_LT(ln::max_intersatellite_range(650.0_km, 100.0_km),
              ln::max_intersatellite_range(650.0_km, 0.0_km));
    EXPECT_THROW((void)ln::max_intersatellite_range(650.0_km, 700.0_km), spacedc::invalid_input);
}

TEST(InOrbitChord, OppositeSatellitesAreADiameterApart) {
    EXPECT_NEAR(ln::in_orbit_chord(650.0_km, 180.0_deg).value(), 2.0 * (6378.137e3 + 650e3), 1e-6);
    EXPECT_NEAR(ln::in_orbit_chord(650.0_km, 60.0_deg).value(), 6378.137e3 + 650e3, 1e-6);
}

TEST(RoundTrip, OrbitalPathIsItemised) {
    const auto b = ln::round_trip(ln::orbital_path{
        .altitude = 650.0_km, .elevation = 90.0_deg, .laser_hops = 1, .hop_length = 1000.0_km});
    ASSERT_EQ(b.terms.size(), 3u);
    EXPECT_NEAR(b.terms[1].delay.value(), 2.0 * 650e3 / 299'792'458.0, 1e-12);
    EXPECT_NEAR(b.terms[2].delay.value(), 2.0 * 1e6 / 299'792'458.0, 1e-12);
    EXPECT_NEAR(b.total().value(), 8e-3 + 2.0 * 1.65e6 / 299'792'458.0, 1e-12);
}

// 1500 km away on the ground: 2 x 4 ms radio + 2 x 1.5 x 1500 km x 1.4682 / c + 20 x 0.05 ms.
TEST(RoundTrip, TerrestrialPathByHand) {
    const auto b = ln::round_trip(ln::terrestrial_path{.great_circle_distance = 1500.0_km});
    EXPECT_NEAR(b.total().value(), 8e-3 + 2.0 * 1.5 * 1.5e6 * 1.4682 / 299'792'458.0 + 1e-3, 1e-12);
    EXPECT_THROW((void)ln::round_trip(
                     ln::terrestrial_path{.great_circle_distance = 1.0_km, .route_inflation = 0.9}),
                 spacedc::invalid_input);
}
