#include <spacedc/orbit/beta_angle.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace u = spacedc::units;
namespace o = spacedc::orbit;
using namespace spacedc::literals;

// Gilmore, Spacecraft Thermal Control Handbook Vol. I, eq. 2.1, in ecliptic terms:
// sin beta = cos G sin W sin i - sin G cos e cos W sin i + sin G sin e cos i.
TEST(BetaAngle, AgreesWithGilmoreEclipticForm) {
    for (int day = 0; day < 365; day += 17) {
        const auto sun = o::solar_position(o::utc(2027, 1, 1) + std::chrono::days{day});
        for (double i_deg : {28.5, 51.6, 97.9, 120.0}) {
            for (double node_deg : {0.0, 75.0, 200.0}) {
                const double i = i_deg * spacedc::detail::degree,
                             w = node_deg * spacedc::detail::degree;
                const double g = sun.ecliptic_longitude.value(), e = sun.obliquity.value();
                const double expected =
                    std::asin(std::cos(g) * std::sin(w) * std::sin(i) -
                              std::sin(g) * std::cos(e) * std::cos(w) * std::sin(i) +
                              std::sin(g) * std::sin(e) * std::cos(i));
                EXPECT_NEAR(
                    o::beta_angle(u::from_degrees(i_deg), u::from_degrees(node_deg), sun).value(),
                    expected, 1e-12);
            }
        }
    }
}

// An equatorial orbit's normal is the pole, so its beta angle is the declination.
TEST(BetaAngle, EquatorialOrbitSeesTheDeclination) {
    const auto sun = o::solar_position(o::utc(2027, 6, 21, 12));
    EXPECT_NEAR(o::beta_angle(0.0_deg, 123.0_deg, sun).value(), sun.declination.value(), 1e-12);
}

// A noon-midnight orbit (LTAN 12:00) holds the Sun near its plane: |beta| stays within
// the declination plus the tilt of the plane and the equation of time, under 35 deg.
TEST(BetaAngle, NoonMidnightOrbitKeepsTheSunNearItsPlane) {
    const o::sun_synchronous_orbit noon{.altitude = 700.0_km, .ltan = 12.0 * 3600.0 * u::seconds};
    for (int day = 0; day < 365; day += 5) {
        EXPECT_LT(std::abs(u::in_degrees(
                      o::beta_angle(noon, o::utc(2027, 1, 1) + std::chrono::days{day}))),
                  35.0);
    }
}

// A dawn-dusk orbit (LTAN 18:00) faces the Sun: beta between about 58 and 90 deg.
TEST(BetaAngle, DawnDuskOrbitFacesTheSun) {
    const o::sun_synchronous_orbit dusk{.altitude = 650.0_km, .ltan = 18.0 * 3600.0 * u::seconds};
    for (int day = 0; day < 365; day += 5) {
        const double beta =
            u::in_degrees(o::beta_angle(dusk, o::utc(2027, 1, 1) + std::chrono::days{day}));
        EXPECT_GT(beta, 57.0);
        EXPECT_LE(beta, 90.0);
    }
}
