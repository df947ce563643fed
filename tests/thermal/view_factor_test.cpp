#include <spacedc/thermal/view_factor.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

namespace u = spacedc::units;
namespace th = spacedc::thermal;
using namespace spacedc::literals;

namespace {
// Independent check: F = (1/pi) * integral over the sphere's solid angle of
// max(0, n . d) d omega, by midpoint quadrature over the cone the sphere subtends.
double view_factor_by_quadrature(double h, double tilt) {
    const double half = std::asin(1.0 / h);
    const int n_theta = 400, n_phi = 800;
    double sum = 0.0;
    for (int i = 0; i < n_theta; ++i) {
        const double theta = (i + 0.5) * half / n_theta; // from the centre direction (z)
        for (int j = 0; j < n_phi; ++j) {
            const double phi = (j + 0.5) * 2.0 * std::numbers::pi / n_phi;
            // direction d, normal n = (sin tilt, 0, cos tilt)
            const double cos_n =
                std::sin(tilt) * std::sin(theta) * std::cos(phi) + std::cos(tilt) * std::cos(theta);
            sum += std::max(0.0, cos_n) * std::sin(theta);
        }
    }
    return sum * (half / n_theta) * (2.0 * std::numbers::pi / n_phi) / std::numbers::pi;
}
} // namespace

// ../shared/LITERATURE.md: a nadir-facing plate at 550 km with R = 6371 km sees
// (R/(R+h))^2 = 0.84738.
TEST(PlateToSphere, NadirPlateSeesEarthAsSquaredRadiusRatio) {
    EXPECT_NEAR(th::plate_to_sphere_view_factor(6371.0_km, 6921.0_km, 0.0_deg).value(), 0.84738,
                1e-5);
    EXPECT_NEAR(
        th::earth_view_factor(550.0_km, 0.0_deg, spacedc::constants::earth_mean_radius).value(),
        0.84738, 1e-5);
    // spacedc's own Earth is the equatorial sphere: (6378.137 / 6928.137)^2.
    EXPECT_NEAR(th::earth_view_factor(550.0_km, 0.0_deg).value(), std::pow(6378.137 / 6928.137, 2),
                1e-12);
}

// The exact tilted-plate value for a plate edge-on to the Earth at 550 km is about
// 0.26 (LITERATURE: McCalip's orbit-averaged 0.021 is about 12x too low).
TEST(PlateToSphere, EdgeOnPlateAt550KilometresSeesAQuarterOfTheSky) {
    EXPECT_NEAR(
        th::earth_view_factor(550.0_km, 90.0_deg, spacedc::constants::earth_mean_radius).value(),
        0.2578, 1e-4);
}

// The catalogue formula against direct integration, across the fully visible, partly
// visible and hidden ranges, at LEO and at larger distances (tolerance 2e-5).
TEST(PlateToSphere, AgreesWithQuadratureAtEveryTilt) {
    for (double h : {1.05, 1.1, 1.5, 3.0}) {
        for (double tilt_deg = 0.0; tilt_deg <= 180.0; tilt_deg += 7.5) {
            const double tilt = tilt_deg * std::numbers::pi / 180.0;
            const double formula = th::plate_to_sphere_view_factor(1.0 * u::meters, h * u::meters,
                                                                   u::angle{tilt * u::radians})
                                       .value();
            EXPECT_NEAR(formula, view_factor_by_quadrature(h, tilt), 2e-5)
                << "H " << h << " tilt " << tilt_deg;
        }
    }
}

TEST(PlateToSphere, ZenithPlateSeesNothing) {
    EXPECT_EQ(th::earth_view_factor(650.0_km, 180.0_deg).value(), 0.0);
}

TEST(PlateToSphere, RejectsBadGeometry) {
    EXPECT_THROW((void)th::plate_to_sphere_view_factor(1.0_m, 0.5_m, 0.0_deg),
                 spacedc::invalid_input);
    EXPECT_THROW((void)th::plate_to_sphere_view_factor(1.0_m, 2.0_m, 190.0_deg),
                 spacedc::invalid_input);
    EXPECT_THROW((void)th::earth_view_factor(0.0_km, 0.0_deg), spacedc::invalid_input);
}

// In a dawn-dusk orbit (beta = 90 deg) the orbit-normal faces see the Sun straight on or
// not at all, the Earth at 90 deg, and no albedo (the terminator).
TEST(OrbitViews, DawnDuskOrbitNormalFaces) {
    const auto sunlit =
        th::orbit_average_view(th::radiator_orientation::orbit_normal_sunlit, 650.0_km, 90.0_deg);
    const auto dark =
        th::orbit_average_view(th::radiator_orientation::orbit_normal_dark, 650.0_km, 90.0_deg);
    EXPECT_NEAR(sunlit.sun_factor.value(), 1.0, 1e-12);
    EXPECT_NEAR(dark.sun_factor.value(), 0.0, 1e-12);
    EXPECT_NEAR(dark.earth_view_factor.value(), th::earth_view_factor(650.0_km, 90.0_deg).value(),
                1e-12);
    EXPECT_NEAR(dark.albedo_factor.value(), 0.0, 1e-12);
}

// At beta = 0 a nadir face sees the Earth at (R/(R+h))^2 all orbit; the orbit-average
// albedo factor is the mean of max(0, cos u) over the lit part, 1/pi.
TEST(OrbitViews, NoonMidnightNadirFace) {
    const auto v = th::orbit_average_view(th::radiator_orientation::nadir, 650.0_km, 0.0_deg);
    EXPECT_NEAR(v.earth_view_factor.value(), std::pow(6378.137 / 7028.137, 2), 1e-12);
    EXPECT_NEAR(v.albedo_factor.value(), 1.0 / std::numbers::pi, 1e-15);
    EXPECT_EQ(th::view_at(th::radiator_orientation::zenith, 650.0_km, 0.0_deg, 180.0_deg)
                  .sun_factor.value(),
              0.0);
}

TEST(OrbitViews, EdgeOnFaceNeverSeesTheSun) {
    for (double beta : {0.0, 30.0, 60.0, 89.0}) {
        EXPECT_NEAR(th::peak_absorbed_flux(
                        {.solar_absorptivity = 1.0, .infrared_emissivity = 1e-9},
                        {.solar = 1361.0_W_per_m2, .earth_infrared = 0.0_W_per_m2, .albedo = 0.0},
                        th::radiator_orientation::edge_on, 650.0_km, u::from_degrees(beta))
                        .value(),
                    0.0, 1e-9);
    }
}

namespace {

/// The orbit-average view by composite Simpson on view_at between its kinks: u = 0, 90,
/// 180, 270 degrees and the shadow's edges, found here by bisection on the lit test (a
/// smooth integrand on each piece, so 2000 panels give ~1e-14).
th::face_view piecewise_simpson(th::radiator_orientation o, u::length h, u::angle beta, bool back) {
    constexpr double pi = std::numbers::pi;
    const double r = (spacedc::constants::earth_equatorial_radius + h).value();
    const double c = std::cos(beta.value());
    auto lit = [&](double x) { return th::detail::outside_cylindrical_shadow(std::cos(x) * c, r); };
    std::vector<double> cuts{0.0, pi / 2.0, pi, 1.5 * pi, 2.0 * pi};
    if (!lit(pi)) {
        double lo = pi / 2.0, hi = pi; // lit at lo, dark at hi
        for (int k = 0; k < 200; ++k) (lit(0.5 * (lo + hi)) ? lo : hi) = 0.5 * (lo + hi);
        cuts.push_back(lo);
        cuts.push_back(2.0 * pi - lo);
    }
    std::sort(cuts.begin(), cuts.end());
    double sun = 0.0, earth = 0.0, albedo = 0.0;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const int n = 2000;
        const double a = cuts[i], width = cuts[i + 1] - cuts[i], step = width / n;
        for (int k = 0; k <= n; ++k) {
            // Points just inside the piece at its ends, so a jump belongs to neither side.
            const double x = std::clamp(a + k * step, a + 1e-13, a + width - 1e-13);
            const double w = (k == 0 || k == n ? 1.0 : (k % 2 ? 4.0 : 2.0)) * step / 3.0;
            const auto v = th::view_at(o, h, beta, u::angle{x * u::radians}, back);
            sun += w * v.sun_factor.value();
            earth += w * v.earth_view_factor.value();
            albedo += w * v.albedo_factor.value();
        }
    }
    return {sun / (2.0 * pi), earth / (2.0 * pi), albedo / (2.0 * pi)};
}

} // namespace

// The closed-form orbit average equals view_at integrated piece by piece between its
// kinks, for every orientation, both faces, betas from -90 to 90 degrees and three
// altitudes, to 1e-12 (absolute, on factors of order 0.1-1); the 720-point midpoint sum
// it replaces is within 2e-3 (its error at the shadow's jumps).
TEST(OrbitViews, ClosedFormAverageEqualsThePiecewiseIntegral) {
    for (auto o : th::radiator_orientations) {
        for (bool back : {false, true}) {
            for (double beta : {-90.0, -30.0, 0.0, 20.0, 60.0, 75.0, 90.0}) {
                for (double km : {400.0, 650.0, 1500.0}) {
                    const u::length h{km * 1e3 * u::meters};
                    const auto b = spacedc::units::from_degrees(beta);
                    const auto exact = th::orbit_average_view(o, h, b, back);
                    const auto oracle = piecewise_simpson(o, h, b, back);
                    const auto sampled = th::orbit_average_view_sampled(o, h, b, back, 720);
                    const auto where = fmt::format("{} {} {} {}", th::to_string(o), back, beta, km);
                    EXPECT_NEAR(exact.sun_factor.value(), oracle.sun_factor.value(), 1e-12)
                        << where;
                    EXPECT_NEAR(exact.earth_view_factor.value(), oracle.earth_view_factor.value(),
                                1e-12)
                        << where;
                    EXPECT_NEAR(exact.albedo_factor.value(), oracle.albedo_factor.value(), 1e-12)
                        << where;
                    EXPECT_NEAR(exact.sun_factor.value(), sampled.sun_factor.value(), 2e-3)
                        << where;
                }
            }
        }
    }
    EXPECT_THROW((void)th::orbit_average_view(th::radiator_orientation::nadir, 650.0_km, 91.0_deg),
                 spacedc::invalid_input);
    EXPECT_THROW((void)th::orbit_average_view(th::radiator_orientation::nadir, -10.0_km, 0.0_deg),
                 spacedc::invalid_input);
}

// A sun-tracking face (McCalip's bifacial panel): at beta = 90 deg it is edge-on to the
// Earth all orbit, so both faces see the tilted-plate value at 90 deg and no albedo; at
// any beta its Sun factor is the orbit's sunlit fraction (1 - eclipse half-angle / pi) and
// its back face never sees the Sun; the moving tilt's average matches 10^6 samples.
TEST(OrbitViews, SunTrackingFaceIsEdgeOnAtTheTerminatorAndLitOutsideTheShadow) {
    const auto s = th::radiator_orientation::sun_tracking;
    for (bool back : {false, true}) {
        const auto v = th::orbit_average_view(s, 550.0_km, 90.0_deg, back);
        EXPECT_NEAR(v.earth_view_factor.value(), th::earth_view_factor(550.0_km, 90.0_deg).value(),
                    1e-13);
        EXPECT_NEAR(v.albedo_factor.value(), 0.0, 1e-16);
        EXPECT_EQ(v.sun_factor.value(), back ? 0.0 : 1.0);
    }
    const double ratio = 6378.137 / (6378.137 + 650.0);
    const double a = std::acos(std::sqrt(1.0 - ratio * ratio)); // beta = 0: cos a = sqrt(1-(R/r)^2)
    const auto noon = th::orbit_average_view(s, 650.0_km, 0.0_deg);
    EXPECT_NEAR(noon.sun_factor.value(), 1.0 - a / std::numbers::pi, 1e-15);
    EXPECT_EQ(th::orbit_average_view(s, 650.0_km, 0.0_deg, true).sun_factor.value(), 0.0);
    for (double beta : {0.0, 30.0, 70.0}) {
        const auto b = spacedc::units::from_degrees(beta);
        const auto exact = th::orbit_average_view(s, 650.0_km, b);
        const auto sampled = th::orbit_average_view_sampled(s, 650.0_km, b, false, 1'000'000);
        EXPECT_NEAR(exact.earth_view_factor.value(), sampled.earth_view_factor.value(), 1e-10)
            << beta;
        EXPECT_EQ(th::radiator_orientation_from_string("sun-tracking"), s);
    }
}

// The names list the help texts and errors print is every orientation, in order.
TEST(OrbitViews, OrientationNamesListEveryOrientation) {
    std::string names;
    for (auto o : th::radiator_orientations) {
        if (!names.empty()) names += ", ";
        names += th::to_string(o);
    }
    EXPECT_EQ(names, th::radiator_orientation_names);
}
