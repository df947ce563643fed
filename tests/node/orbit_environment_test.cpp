#include <spacedc/node/orbit_environment.hpp>
#include <spacedc/node/size_node.hpp>

#include <gtest/gtest.h>

namespace u = spacedc::units;
namespace nd = spacedc::node;
namespace th = spacedc::thermal;
using namespace spacedc::literals;

// The environment holds what the orbit alone sets: the year analysed as analyse_year
// does, the Keplerian period, and the faces' orbit-average views on the hot and cold days
// exactly as orbit_average_view gives them at those days' betas.
TEST(OrbitEnvironment, HoldsTheYearAndTheViewsOfTheHotAndColdOrbits) {
    const nd::node_spec spec{};
    const auto env = nd::prepare_orbit(spec.orbit, spec.thermal.orientation);
    const auto year = spacedc::orbit::analyse_year(
        {.altitude = spec.orbit.altitude, .ltan = spec.orbit.ltan}, std::chrono::year{2027});
    ASSERT_EQ(env.sunlight.days.size(), year.days.size());
    EXPECT_EQ(env.sunlight.sunlit_fraction.value(), year.sunlit_fraction.value());
    EXPECT_EQ(env.period.value(), spacedc::orbit::orbital_period(spec.orbit.altitude).value());
    EXPECT_EQ(env.hot().eclipse.value(), 0.0);
    EXPECT_GT(env.cold().eclipse.value(), 0.0);
    for (const auto& day : year.days) EXPECT_LE(day.eclipse, env.cold().eclipse);
    for (int face = 0; face < 2; ++face) {
        const auto i = static_cast<std::size_t>(face);
        const auto hot = th::orbit_average_view(th::radiator_orientation::edge_on, 650.0_km,
                                                env.hot().beta, face == 1);
        const auto cold = th::orbit_average_view(th::radiator_orientation::edge_on, 650.0_km,
                                                 env.cold().beta, face == 1);
        EXPECT_EQ(env.hot_views[i].earth_view_factor.value(), hot.earth_view_factor.value());
        EXPECT_EQ(env.hot_views[i].albedo_factor.value(), hot.albedo_factor.value());
        EXPECT_EQ(env.cold_views[i].earth_view_factor.value(), cold.earth_view_factor.value());
    }
}

// A sweep shares one environment: each design equals the one sized from scratch.
TEST(OrbitEnvironment, SharedEnvironmentSizesExactlyAsFromScratch) {
    nd::node_spec spec{};
    const auto env = nd::prepare_orbit(spec.orbit, spec.thermal.orientation);
    for (int count : {50, 143, 400}) {
        spec.compute.count = count;
        const auto shared = nd::size_node(spec, env);
        const auto alone = nd::size_node(spec);
        EXPECT_EQ(shared.mass.total.value(), alone.mass.total.value()) << count;
        EXPECT_EQ(shared.radiator.area.value(), alone.radiator.area.value()) << count;
        EXPECT_EQ(shared.cold.coldest_loop.value(), alone.cold.coldest_loop.value()) << count;
    }
}

// An environment prepared for another orbit or orientation is refused, not misused.
TEST(OrbitEnvironment, RefusesASpecOfAnotherOrbitOrOrientation) {
    nd::node_spec spec{};
    const auto env = nd::prepare_orbit(spec.orbit, spec.thermal.orientation);
    auto higher = spec;
    higher.orbit.altitude = 800.0_km;
    EXPECT_THROW((void)nd::size_node(higher, env), spacedc::invalid_input);
    auto later = spec;
    later.orbit.year = 2028;
    EXPECT_THROW((void)nd::size_node(later, env), spacedc::invalid_input);
    auto nadir = spec;
    nadir.thermal.orientation = th::radiator_orientation::nadir;
    EXPECT_THROW((void)nd::size_node(nadir, env), spacedc::invalid_input);
    EXPECT_THROW((void)nd::prepare_orbit({.year = 2100}, th::radiator_orientation::edge_on),
                 spacedc::invalid_input);
}
