#include <spacedc/node/orbit_environment.hpp>
#include <spacedc/node/size_node.hpp>
#include <spacedc/power/array_response.hpp>
#include <spacedc/power/power_budget.hpp>

#include <gtest/gtest.h>

namespace u = spacedc::units;
namespace nd = spacedc::node;
namespace pw = spacedc::power;
using namespace spacedc::literals;

// The response holds the two interpolants size_power would build itself, so sizing with a
// prepared response gives the same design, bit for bit.
TEST(ArrayResponse, SizesExactlyAsWithoutIt) {
    const nd::node_spec spec{};
    const auto env = nd::prepare_orbit(spec.orbit, spec.thermal.orientation);
    const auto response = pw::prepare_array(spec.array, spec.mission_life, env.flux);
    const auto system = nd::power_system(spec);
    const auto with = pw::size_power(system, env.sunlight, env.flux, response, env.period);
    const auto without = pw::size_power(system, env.sunlight, env.flux, env.period);
    EXPECT_EQ(with.array_area.value(), without.array_area.value());
    EXPECT_EQ(with.array_mass.value(), without.array_mass.value());
    EXPECT_EQ(with.year.array_available.value(), without.year.array_available.value());
    EXPECT_EQ(with.space_yield_per_area.value(), without.space_yield_per_area.value());
    const double years = spec.mission_life.value() / (365.25 * 86400.0);
    const auto eol = pw::interpolate_flux_response(spec.array, env.flux.low, env.flux.high, years);
    for (std::size_t k = 0; k < eol.coefficients.size(); ++k)
        EXPECT_EQ(response.eol.coefficients[k], eol.coefficients[k]) << k;
}

// A sweep over chips, radiator temperatures and margins shares one response: each design
// equals the one sized from scratch. The flux range is the year's, not the altitude's,
// so the response prepared at 650 km serves 1,000 km of the same year too.
TEST(ArrayResponse, OneResponseServesEveryDesignAndAltitudeOfItsYear) {
    nd::node_spec spec{};
    const auto env = nd::prepare_orbit(spec.orbit, spec.thermal.orientation);
    const auto response = nd::prepare_array(spec, env);
    for (int count : {50, 143, 400}) {
        spec.compute.count = count;
        spec.conversion.design_margin = 0.001 * count;
        const auto shared = nd::size_node(spec, env, response);
        const auto alone = nd::size_node(spec);
        EXPECT_EQ(shared.power.array_area.value(), alone.power.array_area.value()) << count;
        EXPECT_EQ(shared.mass.total.value(), alone.mass.total.value()) << count;
    }
    spec.orbit.altitude = 1000.0_km;
    const auto higher = nd::prepare_orbit(spec.orbit, spec.thermal.orientation);
    EXPECT_EQ(nd::size_node(spec, higher, response).power.array_area.value(),
              nd::size_node(spec).power.array_area.value());
}

// The output per area does not depend on how the array's mass is known, so one response
// serves any mass basis (a sweep over specific power or areal density shares it); an
// invalid mass basis is still refused.
TEST(ArrayResponse, ServesAnyMassBasis) {
    nd::node_spec spec{};
    const auto env = nd::prepare_orbit(spec.orbit, spec.thermal.orientation);
    const auto response = nd::prepare_array(spec, env);
    spec.array.mass_basis = u::areal_density{2.0 * u::kilograms_per_square_meter};
    const auto shared = nd::size_node(spec, env, response);
    EXPECT_EQ(shared.power.array_mass.value(), nd::size_node(spec).power.array_mass.value());
    EXPECT_DOUBLE_EQ(shared.power.array_mass.value(), 2.0 * shared.power.array_area.value());
    spec.array.mass_basis = u::specific_power{-1.0 * u::watts_per_kilogram};
    EXPECT_THROW((void)nd::size_node(spec, env, response), spacedc::invalid_input);
}

// A response prepared for another array, life or year is refused, not misused.
TEST(ArrayResponse, RefusesAnotherArrayLifeOrFluxRange) {
    const nd::node_spec spec{};
    const auto env = nd::prepare_orbit(spec.orbit, spec.thermal.orientation);
    const auto response = nd::prepare_array(spec, env);
    auto better = spec;
    better.array.cells.efficiency = 0.32;
    EXPECT_THROW((void)nd::size_node(better, env, response), spacedc::invalid_input);
    auto longer = spec;
    longer.mission_life = 2.0 * spec.mission_life;
    EXPECT_THROW((void)nd::size_node(longer, env, response), spacedc::invalid_input);
    auto tilted = spec;
    tilted.array.pointing_error = u::angle{0.1 * u::radians};
    EXPECT_THROW((void)nd::size_node(tilted, env, response), spacedc::invalid_input);
    auto later = spec;
    later.orbit.year = 2030; // perihelion and aphelion fluxes differ in the last digits
    const auto other_year = nd::prepare_orbit(later.orbit, later.thermal.orientation);
    ASSERT_NE(other_year.flux.low.value(), env.flux.low.value());
    EXPECT_THROW((void)nd::size_node(later, other_year, response), spacedc::invalid_input);
    // And an invalid array is refused when the response is prepared.
    auto broken = spec.array;
    broken.packing_factor = 1.5;
    EXPECT_THROW((void)pw::prepare_array(broken, spec.mission_life, env.flux),
                 spacedc::invalid_input);
    EXPECT_THROW((void)pw::prepare_array(spec.array, 0.0 * u::seconds, env.flux),
                 spacedc::invalid_input);
}
