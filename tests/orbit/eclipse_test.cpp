#include <spacedc/orbit/eclipse.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace u = spacedc::units;
namespace o = spacedc::orbit;
using namespace spacedc::literals;

// The closed form for a cylindrical shadow (Vallado sec. 5.3; SMAD eq. 5-5):
// f = acos(sqrt(h^2 + 2 R h) / ((R + h) cos beta)) / pi.
TEST(EclipseFraction, CylindricalMatchesTheClosedForm) {
    const double re = spacedc::constants::earth_equatorial_radius.value();
    for (double km : {400.0, 650.0, 1000.0, 2000.0}) {
        const double h = km * 1e3;
        for (double beta_deg : {0.0, 10.0, 30.0, 50.0}) {
            const double arg = std::sqrt(h * h + 2.0 * re * h) /
                               ((re + h) * std::cos(beta_deg * std::numbers::pi / 180.0));
            const double expected = arg >= 1.0 ? 0.0 : std::acos(arg) / std::numbers::pi;
            EXPECT_NEAR(
                o::eclipse_fraction(u::length{h * u::meters}, u::from_degrees(beta_deg)).value(),
                expected, 1e-12)
                << km << " km, beta " << beta_deg;
        }
    }
}

// At beta = 0 a 650 km orbit spends 35.38 minutes of its 97.7 minutes in the shadow:
// hand value 97.728 min * acos(2951.96 / 7028.137) / pi.
TEST(EclipseDuration, ThirtyFiveMinutesAt650KilometresAndZeroBeta) {
    EXPECT_NEAR(o::eclipse_duration(650.0_km, 0.0_deg).value() / 60.0, 35.38, 0.01);
}

TEST(EclipseFraction, NoEclipseAboveTheBetaLimit) {
    const u::angle limit = o::eclipse_beta_limit(650.0_km);
    EXPECT_NEAR(u::in_degrees(limit),
                u::in_degrees(u::angle{std::asin(6378.137 / 7028.137) * u::radians}), 1e-12);
    EXPECT_EQ(o::eclipse_fraction(650.0_km, limit + 0.001_deg).value(), 0.0);
    EXPECT_GT(o::eclipse_fraction(650.0_km, limit - 0.001_deg).value(), 0.0);
    EXPECT_EQ(o::eclipse_fraction(650.0_km, -(limit + 0.001_deg)).value(), 0.0);
}

// The umbra lies inside the cylinder and the penumbra outside it; all three differ by
// about the Sun's angular radius (0.27 deg) in the shadow's half-angle.
TEST(EclipseFraction, UmbraInsideCylinderInsidePenumbra) {
    for (double beta_deg : {0.0, 30.0, 60.0}) {
        const u::angle beta = u::from_degrees(beta_deg);
        const double umbra = o::eclipse_fraction(650.0_km, beta, o::shadow_model::umbra).value();
        const double cylinder = o::eclipse_fraction(650.0_km, beta).value();
        const double penumbra =
            o::eclipse_fraction(650.0_km, beta, o::shadow_model::penumbra).value();
        EXPECT_LE(umbra, cylinder);
        EXPECT_LE(cylinder, penumbra);
    }
    const double cyl = u::in_degrees(o::eclipse_beta_limit(650.0_km));
    EXPECT_NEAR(cyl - u::in_degrees(o::eclipse_beta_limit(650.0_km, o::shadow_model::umbra)),
                0.2642, 0.001);
    EXPECT_NEAR(u::in_degrees(o::eclipse_beta_limit(650.0_km, o::shadow_model::penumbra)) - cyl,
                0.2688, 0.001);
}

TEST(EclipseFraction, RejectsBadInput) {
    EXPECT_THROW((void)o::eclipse_fraction(0.0_km, 0.0_deg), spacedc::invalid_input);
    EXPECT_THROW((void)o::eclipse_fraction(650.0_km, 91.0_deg), spacedc::invalid_input);
    EXPECT_THROW((void)o::eclipse_fraction(650.0_km, u::angle{std::nan("") * u::radians}),
                 spacedc::invalid_input);
}
