// A node on any circular orbit, and its chips' mission dose (issue: beyond one dawn-dusk
// orbit). Dose figures against the published SPENVIS table (../shared/LITERATURE.md,
// Radiation: krad(Si)/yr behind 5 mm Al; SSO / 30 deg at 1000 km: 1.79 / 3.02).

#include <spacedc/checks/check.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/io/requirement_file.hpp>
#include <spacedc/node/finding_text.hpp>
#include <spacedc/node/size_node.hpp>

#include "testing/scratch_path.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace u = spacedc::units;
namespace nd = spacedc::node;
namespace ck = spacedc::checks;
using namespace spacedc::literals;
using ::testing::HasSubstr;

namespace {
const u::duration five_years{5.0 * 365.25 * 86400.0 * u::seconds};

template <class Finding>
const Finding* find(const nd::node_design& d) {
    for (const auto& f : d.findings) {
        if (const auto* x = std::get_if<Finding>(&f)) return x;
    }
    return nullptr;
}

nd::node_spec on_shell(double inclination_deg, u::length altitude) {
    nd::node_spec s{};
    s.orbit.altitude = altitude;
    s.orbit.inclination = u::from_degrees(inclination_deg);
    s.orbit.raan = 120.0_deg;
    return s;
}

std::string write_temp(const std::string& name, const std::string& text) {
    const std::string path = spacedc::testing::scratch_path(name);
    std::ofstream{path} << text;
    return path;
}

std::string read_error(const std::string& name, const std::string& text) {
    try {
        (void)spacedc::io::read_node_spec(write_temp(name, text));
    } catch (const spacedc::invalid_input& e) {
        return e.what();
    }
    return "(no error)";
}
} // namespace

// A 53 deg shell at 550 km (the orbital-compute filings' kind): sized from the precessing
// orbit's year, which has eclipses on most days (beta crosses 0 every cycle), so the
// battery-free node computes about 60-70 % of the year; no dose table covers 53 deg.
TEST(NodeOnAnyOrbit, SizesANodeOnA53DegreeShell) {
    const auto spec = on_shell(53.0, 550.0_km);
    const auto d = nd::size_node(spec);
    EXPECT_FALSE(d.sunlight.eclipse_free());
    EXPECT_GT(d.sunlight.eclipse_days, 300);
    EXPECT_GT(d.sunlight.sunlit_fraction.value(), 0.6);
    EXPECT_LT(d.sunlight.sunlit_fraction.value(), 0.75);
    const auto year =
        spacedc::orbit::analyse_year(nd::as_precessing(spec.orbit), std::chrono::year{2027});
    EXPECT_DOUBLE_EQ(d.sunlight.sunlit_fraction.value(), year.sunlit_fraction.value());
    EXPECT_NEAR(d.cold.eclipse.value(), year.max_eclipse.value(), 1e-9);
    EXPECT_TRUE(d.feasible());
    EXPECT_FALSE(d.dose.has_value());
    EXPECT_THROW((void)d.mission_dose(), spacedc::invalid_input);
}

// The sun-synchronous orbit given by its inclination and node is the same orbit as by
// its LTAN (to the 5e-5 deg the two node laws differ by over a year).
TEST(NodeOnAnyOrbit, SunSynchronousByInclinationMatchesByLtan) {
    const nd::node_spec by_ltan{};
    const auto precessing = nd::as_precessing(by_ltan.orbit);
    nd::node_spec by_plane{};
    by_plane.orbit.inclination = precessing.inclination;
    by_plane.orbit.raan = precessing.raan;
    const auto a = nd::size_node(by_ltan);
    const auto b = nd::size_node(by_plane);
    EXPECT_NEAR(a.sunlight.sunlit_fraction.value(), b.sunlight.sunlit_fraction.value(), 1e-6);
    EXPECT_NEAR(a.power.array_area.value(), b.power.array_area.value(),
                1e-5 * a.power.array_area.value());
    // Its inclination is within 1 deg of sun-synchronous: the SSO dose table covers it.
    ASSERT_TRUE(b.dose.has_value());
    EXPECT_NEAR(b.dose->value(), a.dose->value(), 1e-12);
}

// The published table's own altitudes: 1000 km, 5 years: SSO 5 x 1.79 krad, 30 deg
// 5 x 3.02 krad (1 krad = 10 Gy; exact to rounding).
TEST(NodeDose, MissionDoseIsTheTableTimesTheLife) {
    nd::node_spec sso{};
    sso.orbit.altitude = 1000.0_km;
    sso.mission_life = five_years;
    EXPECT_NEAR(nd::size_node(sso).mission_dose().value(), 5.0 * 17.9, 1e-9);
    auto thirty = on_shell(30.0, 1000.0_km);
    thirty.mission_life = five_years;
    EXPECT_NEAR(nd::size_node(thirty).mission_dose().value(), 5.0 * 30.2, 1e-9);
    // Outside the tables' altitudes: no dose, never an extrapolation.
    nd::node_spec low{};
    low.orbit.altitude = 400.0_km;
    EXPECT_FALSE(nd::size_node(low).dose.has_value());
}

// The eclipse-free dawn-dusk orbit (1400 km, above the ~1390 km threshold) needs no
// battery, but behind 5 mm Al its chips take about 29 krad in 5 years: they pass a
// 2 krad tolerance (Suncatcher's HBM onset) within months, and a dose requirement fails.
TEST(NodeDose, EclipseFreeOrbitFailsATwoKradTolerance) {
    nd::node_spec s{};
    s.orbit.altitude = 1400.0_km;
    s.compute.dose_limit = u::absorbed_dose{20.0 * u::grays}; // 2 krad
    const auto d = nd::size_node(s);
    EXPECT_TRUE(d.sunlight.eclipse_free());
    const double krad = d.mission_dose().value() / 10.0;
    EXPECT_GT(krad, 5.0 * 3.31); // above the 1200 km row
    EXPECT_LT(krad, 5.0 * 7.82); // below the 1500 km row
    const auto* over = find<nd::dose_above_limit>(d);
    ASSERT_NE(over, nullptr);
    EXPECT_NEAR(over->time_to_limit.value(), s.mission_life.value() * 2.0 / krad, 1e-6);
    EXPECT_LT(over->time_to_limit.value(), 0.5 * 365.25 * 86400.0);
    EXPECT_THAT(nd::describe(nd::finding{*over}), HasSubstr("2 krad tolerance"));
    EXPECT_TRUE(d.feasible()); // a note: the design can be built, its chips degrade

    const auto result = ck::check(d, ck::mission_dose_below_limit());
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.unit, "Gy");
    EXPECT_NEAR(result.value, krad * 10.0, 1e-9);
    EXPECT_NEAR(result.bound, 20.0, 1e-12);
    // At 650 km the same chips stay within 15 krad even with RDM 2 (0.60 krad/yr x 5 x 2).
    s.orbit.altitude = 650.0_km;
    EXPECT_TRUE(
        ck::check(nd::size_node(s), ck::mission_dose_at_most(u::absorbed_dose{150.0 * u::grays},
                                                             ck::radiation_design_margin()))
            .passed);
}

// RDM 2: the tolerance must be at least twice the dose.
TEST(NodeDose, RadiationDesignMarginDoublesTheDose) {
    nd::node_spec s{};
    s.orbit.altitude = 1000.0_km;
    s.mission_life = five_years; // 89.5 Gy
    const auto d = nd::size_node(s);
    const auto at = [&](double limit_gy) {
        return ck::check(d, ck::mission_dose_at_most(u::absorbed_dose{limit_gy * u::grays},
                                                     ck::radiation_design_margin()));
    };
    EXPECT_TRUE(at(2.0 * 89.5 * (1.0 + 1e-9)).passed);
    EXPECT_FALSE(at(2.0 * 89.5 * (1.0 - 1e-9)).passed);
    EXPECT_NEAR(at(200.0).margin, 89.5, 1e-9);
    EXPECT_THROW((void)ck::radiation_design_margin(0.5), spacedc::invalid_input);
}

// A limit on an orbit no table covers is a note, and a dose requirement cannot be judged.
TEST(NodeDose, UntabulatedOrbitSaysSoAndRefusesToJudge) {
    auto s = on_shell(53.0, 550.0_km);
    s.compute.dose_limit = u::absorbed_dose{20.0 * u::grays};
    const auto d = nd::size_node(s);
    const auto* note = find<nd::dose_not_tabulated>(d);
    ASSERT_NE(note, nullptr);
    EXPECT_THAT(nd::describe(nd::finding{*note}), HasSubstr("53.0"));
    EXPECT_THROW((void)ck::check(d, ck::mission_dose_below_limit()), spacedc::invalid_input);
    // No limit in the spec: the requirement names the missing key.
    nd::node_spec plain{};
    try {
        (void)ck::check(nd::size_node(plain), ck::mission_dose_below_limit());
        FAIL() << "no error";
    } catch (const spacedc::invalid_input& e) {
        EXPECT_THAT(e.what(), HasSubstr("compute.dose_limit"));
    }
    plain.compute.dose_limit = u::absorbed_dose{-1.0 * u::grays};
    EXPECT_THROW((void)nd::size_node(plain), spacedc::invalid_input);
}

TEST(NodeSpecFile, ReadsAnyOrbitAndADoseLimit) {
    const auto spec = spacedc::io::read_node_spec(
        write_temp("shell_orbit.toml", "[compute]\ndose_limit = \"15 krad(Si)\"\n"
                                       "[orbit]\naltitude = \"550 km\"\ninclination = \"53 deg\"\n"
                                       "raan = \"120 deg\"\n"));
    ASSERT_TRUE(spec.orbit.inclination.has_value());
    EXPECT_NEAR(u::in_degrees(*spec.orbit.inclination), 53.0, 1e-12);
    EXPECT_NEAR(u::in_degrees(spec.orbit.raan), 120.0, 1e-12);
    EXPECT_FALSE(spec.orbit.sun_synchronous());
    EXPECT_NEAR(spec.compute.dose_limit->value(), 150.0, 1e-12);
}

TEST(NodeSpecFile, RefusesAmbiguousOrImpossibleOrbits) {
    EXPECT_THAT(
        read_error("orbit_both.toml", "[orbit]\nltan = \"06:00\"\ninclination = \"53 deg\"\n"),
        HasSubstr("ltan and inclination"));
    EXPECT_THAT(read_error("orbit_raan.toml", "[orbit]\nraan = \"10 deg\"\n"),
                HasSubstr("only with orbit.inclination"));
    EXPECT_THAT(read_error("orbit_incl.toml", "[orbit]\ninclination = \"190 deg\"\n"),
                HasSubstr("orbit.inclination"));
    EXPECT_THAT(read_error("dose_unit.toml", "[compute]\ndose_limit = \"2 km\"\n"),
                HasSubstr("compute.dose_limit"));
    EXPECT_THAT(read_error("dose_zero.toml", "[compute]\ndose_limit = \"0 rad\"\n"),
                HasSubstr("compute.dose_limit"));
}

TEST(RequirementFile, ReadsAMissionDoseRequirement) {
    const auto list = spacedc::io::read_requirements(write_temp(
        "dose_requirement.toml", "[[requirement]]\nquantity = \"mission_dose\"\n"
                                 "at_most = \"15 krad\"\nmargin_policy = \"ecss-q-st-60-15c\"\n"
                                 "[[requirement]]\nquantity = \"mission_dose\"\n"));
    ASSERT_EQ(list.size(), 2u);
    nd::node_spec s{};
    s.orbit.altitude = 1000.0_km;
    s.mission_life = five_years;
    s.compute.dose_limit = u::absorbed_dose{100.0 * u::grays};
    const auto results = ck::check(nd::size_node(s), list);
    EXPECT_NEAR(results[0].bound, 150.0, 1e-12);
    EXPECT_NEAR(results[0].margin, 89.5, 1e-9); // RDM 2
    EXPECT_FALSE(results[0].passed);            // 2 x 89.5 > 150
    EXPECT_TRUE(results[1].passed);             // 89.5 <= 100
    EXPECT_THROW(spacedc::io::read_requirements(write_temp(
                     "dose_requirement_bad.toml", "[[requirement]]\nquantity = \"mission_dose\"\n"
                                                  "margin_policy = \"esa\"\n")),
                 spacedc::invalid_input);
    EXPECT_THROW(spacedc::io::read_requirements(write_temp(
                     "dose_requirement_low.toml", "[[requirement]]\nquantity = \"mission_dose\"\n"
                                                  "at_least = \"1 krad\"\n")),
                 spacedc::invalid_input);
}

// Each finding kind's name is its type's (the table is kept in the variant's order).
TEST(Findings, KindNamesFollowTheVariantOrder) {
    EXPECT_STREQ(nd::kind_name(nd::radiator_above_junction_limit{}),
                 "radiator_above_junction_limit");
    EXPECT_STREQ(nd::kind_name(nd::radiator_cannot_reject{}), "radiator_cannot_reject");
    EXPECT_STREQ(nd::kind_name(nd::loop_below_floor{}), "loop_below_floor");
    EXPECT_STREQ(nd::kind_name(nd::not_eclipse_free{}), "not_eclipse_free");
    EXPECT_STREQ(nd::kind_name(nd::dose_above_limit{}), "dose_above_limit");
    EXPECT_STREQ(nd::kind_name(nd::dose_not_tabulated{}), "dose_not_tabulated");
    EXPECT_STREQ(nd::kind_name(nd::chain_leaves_no_radiator{}), "chain_leaves_no_radiator");
    EXPECT_TRUE(nd::is_infeasible(nd::chain_leaves_no_radiator{}));
}
