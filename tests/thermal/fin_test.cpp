#include <spacedc/thermal/fin.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace u = spacedc::units;
namespace th = spacedc::thermal;
using namespace spacedc::literals;

namespace {
constexpr double sigma = 5.670374419e-8;

// The exact solution of the radiating fin to a 0 K sink (Mackay 1963; Lienhard, A Heat
// Transfer Textbook, sec. 4.5): k t T'' = c' T^4 integrates once to
// (T')^2 = (2c/5)(T^5 - T_tip^5), c = c'/(k t), so
//   L = integral from T_tip to T_b of dT / sqrt((2c/5)(T^5 - T_tip^5)),
//   Q = k t sqrt((2c/5)(T_b^5 - T_tip^5)).
// The substitution T = T_tip + w^2 removes the end singularity; Simpson with 20000
// intervals.
double exact_half_width(double tip, double base, double c) {
    const int n = 20000;
    const double w_max = std::sqrt(base - tip);
    auto integrand = [&](double w) {
        if (w == 0.0) return 2.0 / std::sqrt(2.0 * c * std::pow(tip, 4)); // limit of 2w / sqrt(...)
        const double t = tip + w * w;
        return 2.0 * w / std::sqrt(2.0 * c / 5.0 * (std::pow(t, 5) - std::pow(tip, 5)));
    };
    double sum = integrand(0.0) + integrand(w_max);
    for (int i = 1; i < n; ++i) sum += (i % 2 ? 4.0 : 2.0) * integrand(i * w_max / n);
    return sum * w_max / (3.0 * n);
}
} // namespace

class RadiatingFinExact : public ::testing::TestWithParam<double> {};

// For tip-to-base temperature ratios from 0.95 (efficient) to 0.6 (inefficient), a fin
// built with the exact half-width has the exact efficiency: to 1e-9 by the first
// integral, to 1e-4 by shooting (its RK4 and regula falsi tolerances).
TEST_P(RadiatingFinExact, MatchesTheClosedFormIntegral) {
    const double base = 350.0, tip = GetParam() * base;
    const double k = 167.0, t = 1.5e-3, eps = 0.85, faces = 2.0;
    const double c = faces * eps * sigma / (k * t);
    const double half_width = exact_half_width(tip, base, c);
    const double q_exact =
        k * t * std::sqrt(2.0 * c / 5.0 * (std::pow(base, 5) - std::pow(tip, 5)));
    const double eta_exact = q_exact / (half_width * faces * eps * sigma * std::pow(base, 4));

    const th::radiating_fin fin{.conductivity = k * u::watts_per_meter_kelvin,
                                .thickness = u::length{t * u::meters},
                                .half_width = u::length{half_width * u::meters}};
    const std::vector<u::heat_flux> no_load(2, 0.0_W_per_m2);
    const double eta =
        th::fin_efficiency(fin, eps, u::temperature{base * u::kelvin}, 0.0_K, no_load).value();
    EXPECT_NEAR(eta, eta_exact, 1e-9) << "tip/base " << GetParam() << ", L = " << half_width;
    const double shot =
        th::fin_efficiency_by_shooting(fin, eps, u::temperature{base * u::kelvin}, 0.0_K, no_load)
            .value();
    EXPECT_NEAR(shot, eta_exact, 1e-4) << "tip/base " << GetParam() << ", L = " << half_width;
}

INSTANTIATE_TEST_SUITE_P(TipRatios, RadiatingFinExact,
                         ::testing::Values(0.999, 0.95, 0.9, 0.8, 0.7, 0.6, 0.4, 0.2));

// With the environment absorbed on the faces and a warm sink, over fins from nearly
// isothermal to long ones whose tip nears its radiative equilibrium, the first integral
// agrees with shooting to 2e-7 (shooting's own accuracy).
TEST(RadiatingFin, FirstIntegralAgreesWithShootingUnderLoad) {
    for (double load : {0.0, 60.0, 250.0}) {
        for (double half_width : {0.01, 0.1, 0.3, 1.0}) {
            for (double thickness : {0.5e-3, 2e-3}) {
                const th::radiating_fin fin{.conductivity = 167.0 * u::watts_per_meter_kelvin,
                                            .thickness = u::length{thickness * u::meters},
                                            .half_width = u::length{half_width * u::meters}};
                const std::vector<u::heat_flux> faces{
                    u::heat_flux{load * u::watts_per_square_meter},
                    u::heat_flux{0.5 * load * u::watts_per_square_meter}};
                const double fast = th::fin_efficiency(fin, 0.9, 320.0_K, 100.0_K, faces).value();
                const double oracle =
                    th::fin_efficiency_by_shooting(fin, 0.9, 320.0_K, 100.0_K, faces).value();
                EXPECT_NEAR(fast, oracle, 2e-7)
                    << load << " W/m^2, L = " << half_width << ", t = " << thickness;
                EXPECT_GT(fast, 0.0);
                EXPECT_LE(fast, 1.0);
            }
        }
    }
}

// A short, thick, conductive fin is nearly isothermal; efficiency falls as the fin
// lengthens or thins.
TEST(RadiatingFin, EfficiencyFallsWithLengthAndThinness) {
    const std::vector<u::heat_flux> no_load(2, 0.0_W_per_m2);
    auto eta = [&](double half_width, double thickness) {
        const th::radiating_fin fin{.conductivity = 167.0 * u::watts_per_meter_kelvin,
                                    .thickness = u::length{thickness * u::meters},
                                    .half_width = u::length{half_width * u::meters}};
        return th::fin_efficiency(fin, 0.9, 300.0_K, 2.725_K, no_load).value();
    };
    EXPECT_NEAR(eta(0.001, 0.01), 1.0, 1e-5); // 1 - (mL)^2/3 = 1 - 2.2e-6
    EXPECT_GT(eta(0.05, 1e-3), eta(0.10, 1e-3));
    EXPECT_GT(eta(0.10, 2e-3), eta(0.10, 1e-3));
    EXPECT_LT(eta(0.5, 0.5e-3), 0.5);
}

// Small temperature drop: the radiating fin behaves as a convective fin with
// h = 4 eps sigma T_b^3 per face, eta = tanh(mL)/(mL), m^2 = n h / (k t)
// (Incropera & DeWitt eq. 3.89); within 0.5 % at mL = 0.5.
TEST(RadiatingFin, ApproachesTheLinearFinForSmallDrops) {
    const double k = 200.0, t = 2e-3, eps = 0.9, base = 300.0;
    const double h = 4.0 * eps * sigma * std::pow(base, 3);
    const double m = std::sqrt(2.0 * h / (k * t));
    const double length = 0.5 / m;
    const th::radiating_fin fin{.conductivity = k * u::watts_per_meter_kelvin,
                                .thickness = u::length{t * u::meters},
                                .half_width = u::length{length * u::meters}};
    const std::vector<u::heat_flux> no_load(2, 0.0_W_per_m2);
    EXPECT_NEAR(
        th::fin_efficiency(fin, eps, u::temperature{base * u::kelvin}, 0.0_K, no_load).value(),
        std::tanh(0.5) / 0.5, 0.005);
}

TEST(RadiatingFin, RejectsBadInput) {
    const std::vector<u::heat_flux> no_load(1, 0.0_W_per_m2);
    const th::radiating_fin bad{
        .conductivity = 0.0 * u::watts_per_meter_kelvin, .thickness = 1.0_m, .half_width = 1.0_m};
    EXPECT_THROW((void)th::fin_efficiency(bad, 0.9, 300.0_K, 2.725_K, no_load),
                 spacedc::invalid_input);
    const th::radiating_fin fin{.conductivity = 167.0 * u::watts_per_meter_kelvin,
                                .thickness = u::length{1e-3 * u::meters},
                                .half_width = u::length{0.1 * u::meters}};
    const std::vector<u::heat_flux> huge_load(1, 5000.0_W_per_m2);
    EXPECT_THROW((void)th::fin_efficiency(fin, 0.9, 300.0_K, 2.725_K, huge_load),
                 spacedc::invalid_input);
    EXPECT_THROW((void)th::fin_efficiency(fin, 0.9, 2.0_K, 2.725_K, no_load),
                 spacedc::invalid_input);
}

// The quadrature's constants: the 15-point Kronrod rule integrates x^k exactly on
// [-1, 1] up to k = 22 and its embedded 7-point Gauss rule up to k = 13 (odd powers
// vanish by symmetry; the abscissae are listed once, the centre last).
TEST(RadiatingFin, KronrodAndGaussRulesAreExactToTheirDegrees) {
    namespace d = th::detail;
    for (int k = 0; k <= 22; k += 2) {
        double kronrod = 0.0, gauss = 0.0;
        for (std::size_t i = 0; i < d::kronrod_x.size(); ++i) {
            const bool centre = i + 1 == d::kronrod_x.size();
            const double f = centre ? (k == 0 ? 1.0 : 0.0) : 2.0 * std::pow(d::kronrod_x[i], k);
            kronrod += d::kronrod_w[i] * f;
            if (i % 2 == 1) gauss += d::gauss7_w[i / 2] * f;
        }
        const double exact = 2.0 / (k + 1);
        EXPECT_NEAR(kronrod, exact, 1e-15) << k;
        if (k <= 13) {
            EXPECT_NEAR(gauss, exact, 1e-15) << k;
        }
    }
}
