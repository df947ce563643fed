#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/node/finding_text.hpp>
#include <spacedc/node/size_node.hpp>

#include "testing/scratch_path.hpp"
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

namespace u = spacedc::units;
namespace nd = spacedc::node;
namespace th = spacedc::thermal;
using namespace spacedc::literals;

namespace {
const nd::node_design& reference() {
    static const nd::node_design d = nd::size_node(nd::node_spec{});
    return d;
}

std::string write_temp(const std::string& name, const std::string& text) {
    const std::string path = spacedc::testing::scratch_path(name);
    std::ofstream{path} << text;
    return path;
}
} // namespace

// The reference node term by term, by hand from its intermediate results and inputs.
TEST(SizeNode, ReferenceNodeByHandTermByTerm) {
    const auto& d = reference();
    const nd::node_spec s{};
    EXPECT_DOUBLE_EQ(d.compute_power.value(), 143 * 700.0);
    const double array_power = (143 * 700.0 + 2000.0) / 0.92;
    EXPECT_NEAR(d.heat_load.value(), array_power, 1e-9);
    EXPECT_NEAR(d.power.array_area.value() * d.power.eol_power_per_area.value(), array_power, 1e-6);
    EXPECT_NEAR(d.power.array_mass.value(),
                d.power.array_area.value() * d.power.bol_power_per_area.value() / 110.0, 1e-6);
    EXPECT_NEAR(d.power_conversion_mass.value(), array_power / 1000.0, 1e-9);
    // Junction chain: 358.15 - 700 x 0.05 - 143 x 700 x 1e-4.
    EXPECT_NEAR(d.radiator_temperature.value(), 358.15 - 35.0 - 10.01, 1e-9);
    EXPECT_NEAR(d.radiator.mass.value(), 5.0 * d.radiator.area.value(), 1e-9);
    EXPECT_NEAR(d.heat_transport_mass.value(), array_power / 500.0, 1e-9);
    const double items = 143 * 1.7 + 143 * 8.0 + d.power.array_mass.value() + array_power / 1000.0 +
                         d.radiator.mass.value() + array_power / 500.0 + 60.0 + 80.0 + 40.0 + 50.0;
    EXPECT_NEAR(d.mass.total.value(), items * 1.1 / (1.0 - 0.2 * 1.1), 1e-6);
    EXPECT_NEAR(d.mass.chips.value(), 143 * 1.7, 1e-12);
    EXPECT_NEAR(d.mass.chip_to_support_ratio.value(),
                143 * 1.7 / (d.mass.total.value() - 143 * 1.7), 1e-12);
    EXPECT_NEAR(d.compute_power_per_mass.value(), 100'100.0 / d.mass.total.value(), 1e-12);
    EXPECT_NEAR(d.cost.launch_cost_usd, 1500.0 * d.mass.total.value(), 1e-6);
    EXPECT_NEAR(d.cost.ground_energy_cost_per_kwh_usd, 0.08 * 1.2, 1e-12);
    (void)s;
}

// Battery-free means cold in eclipse: without its survival heater the reference node's
// loop cools from the sunlit radiator temperature to the lumped closed form's value in
// the year's longest eclipse, far below freezing; with it, the floor holds and the
// heater's battery (SMAD eq. 11-6 on the heater energy) is in the mass budget.
TEST(SizeNode, ColdCaseFreezesWithoutTheSurvivalHeater) {
    const std::string path =
        std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/reference_100kw.toml";
    const auto cold =
        nd::size_node(spacedc::io::read_node_spec(path, {"thermal.survival_heater=false"}));
    const auto& c = cold.cold;
    EXPECT_NEAR(c.eclipse.value(), cold.sunlight.max_eclipse.value(), 1e-9);
    const th::lumped_radiator body{.capacitance = c.capacitance,
                                   .emitting_area = 2.0 * cold.radiator.area,
                                   .emissivity = 0.9,
                                   .heat_input = c.absorbed};
    EXPECT_NEAR(c.coldest_loop.value(),
                th::temperature_after(body, cold.radiator_temperature, c.eclipse).value(), 1e-6);
    EXPECT_LT(c.coldest_loop.value(), 273.15 - 20.0);
    EXPECT_TRUE(c.ammonia_stays_liquid);
    EXPECT_GT(c.survival.heater_power.value(), 0.5 * cold.heat_load.value()); // the radiator
                                                                              // keeps radiating
    bool noted = false;
    for (const auto& f : cold.findings)
        noted = noted || nd::describe(f).find("cold case") != std::string::npos;
    EXPECT_TRUE(noted);

    const auto warm = nd::size_node(spacedc::io::read_node_spec(path)); // heater fitted
    EXPECT_NEAR(warm.cold.coldest_loop.value(), 280.0, 1e-9);
    double battery = -1.0;
    for (const auto& item : warm.mass.items)
        if (item.name == "survival heater battery") battery = item.mass.value();
    EXPECT_NEAR(battery, warm.cold.heater_battery_mass.value(), 1e-9);
    EXPECT_NEAR(warm.cold.heater_battery_mass.value(),
                warm.cold.survival.heater_energy.value() / (0.4 * 0.9) / (150.0 * 3600.0), 1e-6);
}

// Compute carried through the eclipse by a battery keeps its heat in the loop: the
// lumped closed form with the Earth IR plus P_b / eta_conversion as heat input; the
// battery joins the mass budget, and the chips run the chain's rise above the loop.
TEST(SizeNode, BatteryBackedComputeWarmsTheColdCaseAndAddsItsBattery) {
    const std::string path =
        std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/reference_100kw.toml";
    const auto off =
        nd::size_node(spacedc::io::read_node_spec(path, {"thermal.survival_heater=false"}));
    const auto half = nd::size_node(spacedc::io::read_node_spec(
        path, {"thermal.survival_heater=false", "compute.battery_backed_fraction=0.5"}));
    const auto& c = half.cold;
    EXPECT_NEAR(c.dissipated.value(), 0.5 * 143 * 700.0 / 0.92, 1e-6);
    const th::lumped_radiator body{.capacitance = c.capacitance,
                                   .emitting_area = 2.0 * half.radiator.area,
                                   .emissivity = 0.9,
                                   .heat_input = c.absorbed + c.dissipated};
    EXPECT_NEAR(c.coldest_loop.value(),
                th::temperature_after(body, half.radiator_temperature, c.eclipse).value(), 1e-6);
    EXPECT_GT(c.coldest_loop.value(), off.cold.coldest_loop.value());
    // Junction = loop + 350 W x 0.05 K/W + 143 x 350 W x 1e-4 K/W.
    EXPECT_NEAR(c.coldest_junction.value(), c.coldest_loop.value() + 17.5 + 5.005, 1e-9);
    EXPECT_EQ(off.cold.coldest_junction.value(), off.cold.coldest_loop.value());
    double battery = -1.0;
    for (const auto& item : half.mass.items)
        if (item.name == "eclipse compute battery") battery = item.mass.value();
    EXPECT_GT(battery, 0.0);
    EXPECT_NEAR(battery, half.power.eclipse_compute.mass.value(), 1e-9);
    EXPECT_GT(half.power.array_area.value(), off.power.array_area.value());
    EXPECT_GT(half.power.year.compute.value(), off.power.year.compute.value());
    // All of the compute on battery: no heater is needed to hold the water above freezing.
    const auto full = nd::size_node(spacedc::io::read_node_spec(
        path, {"thermal.survival_heater=false", "compute.battery_backed_fraction=1"}));
    EXPECT_GT(full.cold.coldest_loop.value(), 273.15);
    EXPECT_THROW(
        nd::size_node(spacedc::io::read_node_spec(path, {"compute.battery_backed_fraction=1.5"})),
        spacedc::invalid_input);
}

TEST(SizeNode, EclipseFreeOrbitHasNoSurvivalCost) {
    auto spec = reference().spec;
    spec.orbit.altitude = 1500.0_km;
    const auto d = nd::size_node(spec);
    ASSERT_TRUE(d.sunlight.eclipse_free());
    EXPECT_EQ(d.cold.eclipse.value(), 0.0);
    EXPECT_EQ(d.cold.survival.heater_energy.value(), 0.0);
    EXPECT_EQ(d.cold.heater_battery_mass.value(), 0.0);
    EXPECT_EQ(d.cold.coldest_loop.value(), d.radiator_temperature.value());
}

// The hot case is the fully lit orbit with the smallest |beta| (no day without an
// eclipse has a smaller one); the cold case is the day of the longest eclipse.
TEST(SizeNode, HotCaseIsTheFullyLitOrbitNearestTheTerminatorAndColdTheLongestEclipse) {
    const auto& d = reference();
    ASSERT_FALSE(d.sunlight.eclipse_free());
    const auto env = nd::prepare_orbit(d.spec.orbit, d.spec.thermal.orientation);
    bool hot_found = false, cold_found = false;
    for (const auto& day : env.sunlight.days) {
        if (day.eclipse.value() == 0.0) {
            EXPECT_GE(std::abs(day.beta.value()), std::abs(d.hot.beta.value()));
        }
        EXPECT_LE(day.eclipse.value(), d.cold.eclipse.value());
        if (day.date == d.hot.date) {
            hot_found = true;
            EXPECT_EQ(day.eclipse.value(), 0.0);
            EXPECT_EQ(day.beta.value(), d.hot.beta.value());
        }
        if (day.date == d.cold.date) {
            cold_found = true;
            EXPECT_EQ(day.eclipse.value(), d.cold.eclipse.value());
            EXPECT_EQ(day.beta.value(), d.cold.beta.value());
        }
    }
    EXPECT_TRUE(hot_found);
    EXPECT_TRUE(cold_found);
    // Eclipse-free: every orbit is fully lit, and the hot one has the year's smallest |beta|.
    auto spec = reference().spec;
    spec.orbit.altitude = 1500.0_km;
    const auto high = nd::size_node(spec);
    ASSERT_TRUE(high.sunlight.eclipse_free());
    double smallest = 10.0;
    for (const auto& day : nd::prepare_orbit(spec.orbit, spec.thermal.orientation).sunlight.days)
        smallest = std::min(smallest, std::abs(day.beta.value()));
    EXPECT_EQ(std::abs(high.hot.beta.value()), smallest);
}

// End-of-life optics in the hot case: alpha_EOL = alpha_BOL + life x increase (capped at
// 1), so a degrading coating sizes exactly the radiator a coating born at alpha_EOL does,
// and a larger one than the undegraded coating.
TEST(SizeNode, HotCaseSizesTheRadiatorWithEndOfLifeAbsorptivity) {
    auto spec = reference().spec;
    EXPECT_DOUBLE_EQ(reference().hot.absorptivity.value(), 0.2);
    spec.thermal.annual_absorptivity_increase = 0.02; // 5 years: 0.2 -> 0.3
    const auto aged = nd::size_node(spec);
    EXPECT_NEAR(aged.hot.absorptivity.value(), 0.3, 1e-12);
    auto born = reference().spec;
    born.thermal.absorptivity = 0.3;
    const auto fresh = nd::size_node(born);
    EXPECT_NEAR(aged.radiator.area.value(), fresh.radiator.area.value(),
                1e-12 * fresh.radiator.area.value());
    EXPECT_GT(aged.radiator.area.value(), reference().radiator.area.value());
    spec.thermal.annual_absorptivity_increase = 0.5; // capped at a black body's 1
    EXPECT_DOUBLE_EQ(nd::size_node(spec).hot.absorptivity.value(), 1.0);
    spec.thermal.annual_absorptivity_increase = -0.01;
    EXPECT_THROW(nd::size_node(spec), spacedc::invalid_input);
}

TEST(SizeNode, ReferenceNodeIsFeasibleButNotEclipseFree) {
    const auto& d = reference();
    EXPECT_TRUE(d.feasible());
    ASSERT_FALSE(d.findings.empty());
    EXPECT_NE(nd::describe(d.findings.back()).find("not eclipse-free"), std::string::npos);
    EXPECT_LT(d.sunlight.sunlit_fraction.value(), 1.0);
    ASSERT_TRUE(d.junction.has_value());
    EXPECT_NEAR(d.junction_temperature().value(), 358.15, 1e-9); // runs exactly at its limit
}

// Project Suncatcher, Table 1: a 575 kg, ~28 kW satellite launched at $200/kg costs
// ~$810 per kW per year over 5 years (575 x 200 / 28.4 / 5).
TEST(SizeNode, LaunchCostPerKilowattYearMatchesSuncatcher) {
    nd::node_spec s{};
    s.cost.launch_cost_per_kg_usd = 200.0;
    const auto d = nd::size_node(s);
    const double per_kw_year = d.mass.total.value() * 200.0 / (d.compute_power.value() / 1e3) / 5.0;
    EXPECT_NEAR(d.cost.launch_cost_per_kw_year_usd, per_kw_year, 1e-6);
    EXPECT_NEAR(575.0 * 200.0 / 28.4 / 5.0, 810.0, 1.0);
}

TEST(SizeNode, HotterRadiatorMakesALighterNode) {
    nd::node_spec cool{}, hot{};
    cool.thermal.chain = {};
    hot.thermal.chain = {};
    cool.thermal.radiator_temperature = 300.0_K;
    hot.thermal.radiator_temperature = 340.0_K;
    EXPECT_LT(nd::size_node(hot).mass.total, nd::size_node(cool).mass.total);
}

// With the array's mass set by its area (a blanket of fixed areal density), better
// cells need less array. (With a fixed specific power in W/kg, the array's mass is set
// by its power alone and efficiency changes only its area.)
TEST(SizeNode, BetterCellsMakeALighterNode) {
    nd::node_spec base{}, better{};
    base.array.mass_basis = u::areal_density{2.5 * u::kilograms_per_square_meter};
    better.array.mass_basis = base.array.mass_basis;
    better.array.cells.efficiency = 0.34;
    EXPECT_LT(nd::size_node(better).mass.total, nd::size_node(base).mass.total);
}

TEST(SizeNode, EclipseFreeOrbitHasNoAvailabilityFinding) {
    nd::node_spec s{};
    s.orbit.altitude = 1500.0_km;
    const auto d = nd::size_node(s);
    EXPECT_TRUE(d.findings.empty());
    EXPECT_EQ(d.sunlight.sunlit_fraction.value(), 1.0);
}

TEST(SizeNode, RadiatorAboveTheJunctionLimitIsInfeasible) {
    nd::node_spec s{};
    s.thermal.radiator_temperature = 340.0_K; // the chain allows 313 K
    const auto d = nd::size_node(s);
    EXPECT_FALSE(d.feasible());
    bool found = false;
    for (const auto& f : d.findings)
        found =
            found || (nd::is_infeasible(f) && nd::describe(f).find("above") != std::string::npos);
    EXPECT_TRUE(found);
}

// A shared loop's drop grows with every chip it carries: past some count no radiator
// temperature above the sink keeps the junctions within their limit. That design is
// infeasible with its reason (a sweep's largest designs meet it), not an error.
TEST(SizeNode, AChainThatLeavesNoRadiatorTemperatureIsInfeasibleNotAnError) {
    nd::node_spec s{};
    const u::temperature limit = s.compute.junction_max - s.thermal.junction_margin;
    auto allowed = [&](int n) {
        return limit -
               th::temperature_drop(s.thermal.chain, s.compute.power_per_accelerator, n).total();
    };
    int n = s.compute.count;
    while (allowed(n) > spacedc::constants::cosmic_background) n *= 2;
    s.compute.count = n;
    const auto d = nd::size_node(s);
    EXPECT_FALSE(d.feasible());
    EXPECT_FALSE(d.cooled());
    EXPECT_FALSE(d.radiator.feasible);
    EXPECT_EQ(d.radiator.area.value(), 0.0);
    const auto* chain = [&]() -> const nd::chain_leaves_no_radiator* {
        for (const auto& f : d.findings)
            if (const auto* c = std::get_if<nd::chain_leaves_no_radiator>(&f)) return c;
        return nullptr;
    }();
    ASSERT_NE(chain, nullptr);
    EXPECT_NEAR(chain->drop.value(), (limit - allowed(n)).value(), 1e-9);
    EXPECT_GT(chain->drop.value(), (limit - spacedc::constants::cosmic_background).value());
    EXPECT_NE(nd::describe(*d.findings.begin()).find("no radiator temperature above"),
              std::string::npos);
    for (const auto& f : d.findings) // the cold case of no radiator says nothing
        EXPECT_FALSE(std::holds_alternative<nd::loop_below_floor>(f));
    s.compute.count = n / 2; // the largest power of two below still has a radiator
    EXPECT_TRUE(nd::size_node(s).cooled());

    nd::node_spec given{}; // a given temperature at the sink is bad input
    given.thermal.radiator_temperature = 2.0_K;
    EXPECT_THROW((void)nd::size_node(given), spacedc::invalid_input);
}

TEST(SizeNode, RejectsBadSpecs) {
    nd::node_spec s{};
    s.compute.count = 0;
    EXPECT_THROW((void)nd::size_node(s), spacedc::invalid_input);
    s = {};
    s.bus.structure_fraction = 0.95;
    EXPECT_THROW((void)nd::size_node(s), spacedc::invalid_input);
}

TEST(NodeSpecFile, ReadsEveryReferenceConfig) {
    for (const char* name : {"reference_100kw", "demonstrator", "today", "next_generation"}) {
        const auto spec = spacedc::io::read_node_spec(std::string{SPACEDC_SOURCE_DIR} +
                                                      "/examples/configs/" + name + ".toml");
        EXPECT_NO_THROW((void)nd::size_node(spec)) << name;
    }
}

TEST(NodeSpecFile, OverridesSetFieldsBeforeReading) {
    const auto path = write_temp("spacedc_node_min.toml", "[compute]\ncount = 10\n");
    const auto spec = spacedc::io::read_node_spec(
        path, {"compute.count=512", "orbit.altitude=800 km", "cost.launch_cost_per_kg_usd=200"});
    EXPECT_EQ(spec.compute.count, 512);
    EXPECT_DOUBLE_EQ(spec.orbit.altitude.value(), 800e3);
    EXPECT_DOUBLE_EQ(spec.cost.launch_cost_per_kg_usd, 200.0);
}

TEST(NodeSpecFile, ErrorsNameTheFileAndLine) {
    auto expect_error = [](const std::string& text, const std::string& needle,
                           std::vector<std::string> overrides = {}) {
        const auto path = write_temp("spacedc_node_bad.toml", text);
        try {
            (void)spacedc::io::read_node_spec(path, overrides);
            ADD_FAILURE() << "accepted: " << text;
        } catch (const spacedc::invalid_input& e) {
            EXPECT_NE(std::string{e.what()}.find(needle), std::string::npos) << e.what();
        }
    };
    expect_error("[compute]\ncount = 10\npower = \"700 W\"\n",
                 "spacedc_node_bad.toml:3");                                        // unknown key
    expect_error("[compute]\npower_per_accelerator = \"700 kg\"\n", "not a power"); // wrong unit
    expect_error("[compute]\ncount = \"many\"\n", "an integer");                    // wrong type
    expect_error("[compute\ncount = 1\n", "valid TOML");                            // malformed
    expect_error("[compte]\ncount = 1\n", "unknown key");           // unknown section
    expect_error("[orbit]\nshadow = \"conical\"\n", "cylindrical"); // bad choice
    expect_error("", "unknown key", {"compute.cores=5"});           // bad override
    expect_error("", "section.key=value", {"novalue"});
}

// The sizing margins: the array grows by exactly (1 + m) and keeps m over its load; the
// junction margin lowers the derived radiator temperature by exactly that margin.
TEST(SizeNode, DesignMarginsScaleTheArrayAndLowerTheRadiator) {
    nd::node_spec s{};
    s.conversion.design_margin = 0.2;
    s.thermal.junction_margin = 10.0 * u::kelvin_difference;
    const auto d = nd::size_node(s);
    const auto& base = reference();
    EXPECT_NEAR(d.power.array_area / base.power.array_area, 1.2, 1e-12);
    EXPECT_NEAR(d.power.array_power_capability / d.power.array_power_required, 1.2, 1e-12);
    EXPECT_NEAR(base.power.array_power_capability / base.power.array_power_required, 1.0, 1e-12);
    EXPECT_NEAR(d.heat_load.value(), base.heat_load.value(), 1e-9); // the surplus is shunted
    EXPECT_NEAR(d.radiator_temperature.value(), base.radiator_temperature.value() - 10.0, 1e-9);
    EXPECT_NEAR(d.junction_temperature().value(), 358.15 - 10.0, 1e-9);
    EXPECT_GT(d.radiator.area.value(), base.radiator.area.value()); // colder: larger
    s.thermal.junction_margin = -1.0 * u::kelvin_difference;
    EXPECT_THROW(nd::size_node(s), spacedc::invalid_input);
}

// A given radiator temperature above what the junction limit less its margin allows is
// an infeasible finding that names the margin.
TEST(SizeNode, GivenRadiatorAboveTheMarginedLimitIsAFinding) {
    nd::node_spec s{};
    s.thermal.junction_margin = 10.0 * u::kelvin_difference;
    s.thermal.radiator_temperature = 310.0_K; // allowed: 313.14 K - 10 K = 303.14 K
    const auto d = nd::size_node(s);
    EXPECT_FALSE(d.feasible());
    ASSERT_FALSE(d.findings.empty());
    EXPECT_NE(nd::describe(d.findings.front()).find("(less a 10.0 K margin)"), std::string::npos)
        << nd::describe(d.findings.front());
}

// Findings are typed values with their numbers (no words are formatted while sizing);
// `describe` gives the words. A radiator too cold to beat the environment carries the
// fluxes that show it, and the orbit's eclipses carry the year's numbers.
TEST(SizeNode, FindingsAreTypedWithTheirNumbers) {
    auto spec = reference().spec;
    spec.thermal.chain = {};
    spec.thermal.radiator_temperature = 150.0_K;
    spec.thermal.orientation = th::radiator_orientation::nadir;
    const auto d = nd::size_node(spec);
    EXPECT_FALSE(d.feasible());
    bool cannot_reject = false, eclipses = false;
    for (const auto& f : d.findings) {
        if (const auto* r = std::get_if<nd::radiator_cannot_reject>(&f)) {
            cannot_reject = true;
            EXPECT_TRUE(nd::is_infeasible(f));
            EXPECT_EQ(r->temperature.value(), 150.0);
            EXPECT_GE(r->absorbed_per_face.value(), r->emitted_per_face.value());
            EXPECT_NE(nd::describe(f).find("cannot reject heat"), std::string::npos);
        }
        if (const auto* e = std::get_if<nd::not_eclipse_free>(&f)) {
            eclipses = true;
            EXPECT_FALSE(nd::is_infeasible(f));
            EXPECT_EQ(e->eclipse_days, d.sunlight.eclipse_days);
            EXPECT_EQ(e->longest.value(), d.sunlight.max_eclipse.value());
        }
    }
    EXPECT_TRUE(cannot_reject);
    EXPECT_TRUE(eclipses);
    EXPECT_LE(d.findings.size(), std::variant_size_v<nd::finding>);
}
