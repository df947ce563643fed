#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/orbit/shadow_propagation.hpp>

#include <gtest/gtest.h>

namespace u = spacedc::units;
namespace o = spacedc::orbit;
using namespace spacedc::literals;
using std::chrono::year;

namespace {
const u::duration six_am{6.0 * 3600.0 * u::seconds};
const u::duration six_pm{18.0 * 3600.0 * u::seconds};

o::sun_synchronous_orbit dawn_dusk(u::length altitude, u::duration ltan = six_am) {
    return {.altitude = altitude, .ltan = ltan};
}

bool contains(const o::eclipse_season& season, std::chrono::year_month_day date) {
    const auto first = std::chrono::sys_days{season.first},
               last = std::chrono::sys_days{season.last};
    const auto d = std::chrono::sys_days{date};
    return first <= last ? (first <= d && d <= last) : (d >= first || d <= last);
}
} // namespace

// The analytic year against a brute-force propagation (circular J2-precessing orbit,
// 10 s steps, geometric shadow test): annual sunlit fraction within 0.1 % absolute,
// eclipse days within one, the longest eclipse within two steps.
TEST(AnnualSunlight, AgreesWithBruteForcePropagationAt650Kilometres) {
    const auto orbit = dawn_dusk(650.0_km);
    const auto analytic = o::analyse_year(orbit, year{2027});
    const auto brute = o::propagate_sunlight(orbit, year{2027}, std::chrono::seconds{10});
    EXPECT_NEAR(analytic.sunlit_fraction.value(), brute.sunlit_fraction.value(), 1e-3);
    EXPECT_NEAR(analytic.eclipse_days, brute.eclipse_days, 1);
    EXPECT_NEAR(analytic.max_eclipse.value(), brute.longest_eclipse.value(), 20.0);
}

TEST(AnnualSunlight, AgreesWithBruteForcePropagationInTheUmbraAt1000Kilometres) {
    const auto orbit = dawn_dusk(1000.0_km, six_pm);
    const auto analytic = o::analyse_year(orbit, year{2026}, o::shadow_model::umbra);
    const auto brute =
        o::propagate_sunlight(orbit, year{2026}, std::chrono::seconds{10}, o::shadow_model::umbra);
    EXPECT_NEAR(analytic.sunlit_fraction.value(), brute.sunlit_fraction.value(), 1e-3);
    EXPECT_NEAR(analytic.eclipse_days, brute.eclipse_days, 1);
    EXPECT_NEAR(analytic.max_eclipse.value(), brute.longest_eclipse.value(), 20.0);
}

// rMcDonald17/Orbital-Datacenters (dawn-dusk SSO, checked against SPENVIS): eclipse
// days / worst eclipse fraction / yearly sunlit fraction. Their sun model and year
// differ: agreement expected to a few days and ~0.3 %.
struct published_season {
    double altitude_km;
    int eclipse_days;
    double worst_fraction;
    double sunlit_fraction;
};

class DawnDuskSeason : public ::testing::TestWithParam<published_season> {};

TEST_P(DawnDuskSeason, MatchesPublishedFigures) {
    const auto& p = GetParam();
    const auto y =
        o::analyse_year(dawn_dusk(u::length{p.altitude_km * 1e3 * u::meters}), year{2027});
    EXPECT_NEAR(y.eclipse_days, p.eclipse_days, 4);
    EXPECT_NEAR(y.max_eclipse_fraction.value(), p.worst_fraction, 0.003);
    EXPECT_NEAR(y.sunlit_fraction.value(), p.sunlit_fraction, 0.003);
}

INSTANTIATE_TEST_SUITE_P(OrbitalDatacenters, DawnDuskSeason,
                         ::testing::Values(published_season{500.0, 100, 0.239, 0.947},
                                           published_season{700.0, 80, 0.190, 0.967},
                                           published_season{1000.0, 54, 0.124, 0.986},
                                           published_season{1200.0, 34, 0.079, 0.994},
                                           published_season{1500.0, 0, 0.0, 1.0}));

// LTAN 18:00 tilts the orbit normal towards the northern summer Sun's opposite side:
// its eclipse season straddles the June solstice; LTAN 06:00's the December solstice.
TEST(AnnualSunlight, EclipseSeasonStraddlesTheSolsticeOnTheShadowedSide) {
    const auto dusk = o::analyse_year(dawn_dusk(650.0_km, six_pm), year{2027});
    ASSERT_TRUE(dusk.season.has_value());
    EXPECT_TRUE(contains(*dusk.season, std::chrono::year{2027} / 6 / 21));
    const auto dawn = o::analyse_year(dawn_dusk(650.0_km), year{2027});
    ASSERT_TRUE(dawn.season.has_value());
    EXPECT_TRUE(contains(*dawn.season, std::chrono::year{2027} / 12 / 21));
    EXPECT_EQ(dawn.season->days, dawn.eclipse_days);
}

TEST(AnnualSunlight, OneRowPerDayIncludingLeapDays) {
    EXPECT_EQ(o::analyse_year(dawn_dusk(650.0_km), year{2027}).days.size(), 365u);
    const auto leap = o::analyse_year(dawn_dusk(650.0_km), year{2028});
    ASSERT_EQ(leap.days.size(), 366u);
    EXPECT_EQ(leap.days[59].date, std::chrono::year{2028} / 2 / 29);
}

// A noon-midnight orbit is eclipsed on every orbit of the year.
TEST(AnnualSunlight, NoonMidnightOrbitIsEclipsedEveryDay) {
    const auto y = o::analyse_year(dawn_dusk(650.0_km, 12.0 * 3600.0 * u::seconds), year{2027});
    EXPECT_EQ(y.eclipse_days, 365);
    ASSERT_TRUE(y.season.has_value());
    EXPECT_EQ(y.season->days, 365);
    EXPECT_LT(y.sunlit_fraction.value(), 0.70);
}

TEST(AnnualSunlight, SunlitFractionIsOneMinusTheMeanEclipseFraction) {
    const auto y = o::analyse_year(dawn_dusk(700.0_km), year{2027});
    EXPECT_FALSE(y.eclipse_free());
    EXPECT_GT(y.sunlit_fraction.value(), 0.9);
    EXPECT_LT(y.sunlit_fraction.value(), 1.0);
    EXPECT_LE(y.beta_min.value(), y.beta_max.value());
}

// Dawn-dusk orbits are eclipse-free all year only above roughly 1,400 km (cylindrical
// shadow; ../shared/LITERATURE.md). The root is exact: 1 km lower sees an eclipse.
TEST(EclipseFreeAltitude, DawnDuskNeedsAbout1400Kilometres) {
    const auto found = o::lowest_eclipse_free_altitude(six_am, year{2027});
    ASSERT_TRUE(found.altitude.has_value()) << found.reason;
    EXPECT_NEAR(found.altitude->value(), 1'400e3, 50e3);
    EXPECT_TRUE(o::analyse_year(dawn_dusk(*found.altitude + 1.0_km), year{2027}).eclipse_free());
    EXPECT_FALSE(o::analyse_year(dawn_dusk(*found.altitude - 1.0_km), year{2027}).eclipse_free());
}

TEST(EclipseFreeAltitude, UmbraAllowsALowerOrbitThanThePenumbra) {
    const auto umbra = o::lowest_eclipse_free_altitude(six_am, year{2027}, o::shadow_model::umbra);
    const auto penumbra =
        o::lowest_eclipse_free_altitude(six_am, year{2027}, o::shadow_model::penumbra);
    ASSERT_TRUE(umbra.altitude && penumbra.altitude);
    EXPECT_LT(*umbra.altitude, *penumbra.altitude);
}

TEST(EclipseFreeAltitude, MidMorningOrbitHasNoneAndSaysWhy) {
    const auto found = o::lowest_eclipse_free_altitude(10.5 * 3600.0 * u::seconds, year{2027});
    EXPECT_FALSE(found.altitude.has_value());
    EXPECT_NE(found.reason.find("no sun-synchronous orbit"), std::string::npos);
}

TEST(AnnualSunlight, RejectsBadInput) {
    EXPECT_THROW((void)o::analyse_year(dawn_dusk(0.0_km), year{2027}), spacedc::invalid_input);
    EXPECT_THROW((void)o::analyse_year(dawn_dusk(7000.0_km), year{2027}), spacedc::invalid_input);
    EXPECT_THROW((void)o::analyse_year(dawn_dusk(650.0_km, 25.0 * 3600.0 * u::seconds), year{2027}),
                 spacedc::invalid_input);
    EXPECT_THROW((void)o::analyse_year(dawn_dusk(650.0_km, u::duration{std::nan("") * u::seconds}),
                                       year{2027}),
                 spacedc::invalid_input);
    EXPECT_THROW((void)o::analyse_year(dawn_dusk(650.0_km), year{2100}), spacedc::invalid_input);
    EXPECT_THROW(
        (void)o::propagate_sunlight(dawn_dusk(650.0_km), year{2027}, std::chrono::seconds{0}),
        spacedc::invalid_input);
}

// The year's evaluator is the public equations rewritten on sines and cosines: its beta
// and eclipse fraction equal `beta_angle` and `eclipse_fraction` at any instant, and the
// stepped phases (rotations, re-seeded every 32 steps) equal direct evaluation, to 1e-12
// over two years of half days, for each shadow model.
TEST(AnnualSunlight, EvaluatorAndSteppedPhasesEqualThePublicEquations) {
    const o::sun_synchronous_orbit orbit{.altitude = 650.0_km,
                                         .ltan = six_am + 1.5 * 3600.0 * u::seconds};
    const std::chrono::sys_days first{year{2027} / std::chrono::January / 1};
    o::detail::sun_phase_steps steps{o::days_since_j2000(first), 0.5};
    for (auto model :
         {o::shadow_model::cylindrical, o::shadow_model::umbra, o::shadow_model::penumbra}) {
        const o::detail::sunlight_evaluator eval{orbit, model};
        for (int k = 0; k < 1461; k += 7) {
            const o::instant t = first + std::chrono::hours{12 * k};
            const auto s = eval.at(t);
            const double beta = o::beta_angle(orbit, t).value();
            EXPECT_NEAR(s.beta, beta, 1e-12) << k;
            const auto sun = o::solar_position(t);
            EXPECT_NEAR(s.fraction,
                        o::eclipse_fraction(orbit.altitude, u::angle{beta * u::radians}, model,
                                            sun.distance)
                            .value(),
                        1e-12)
                << k;
        }
    }
    for (int k = 0; k < 1461; ++k, steps.advance()) {
        const auto direct =
            o::detail::sun_phases::at(o::days_since_j2000(first + std::chrono::hours{12 * k}));
        const auto& p = steps.now();
        for (auto [a, b] : {std::pair{p.sin_l, direct.sin_l}, std::pair{p.cos_l, direct.cos_l},
                            std::pair{p.sin_g, direct.sin_g}, std::pair{p.cos_g, direct.cos_g},
                            std::pair{p.sin_e, direct.sin_e}, std::pair{p.cos_e, direct.cos_e}})
            EXPECT_NEAR(a, b, 1e-12) << k;
    }
}
