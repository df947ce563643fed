#include <spacedc/checks/check.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/io/requirement_file.hpp>

#include "testing/scratch_path.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace ck = spacedc::checks;
namespace u = spacedc::units;
using ::testing::HasSubstr;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
    const std::string path = spacedc::testing::scratch_path(name);
    std::ofstream{path} << text;
    return path;
}

std::string error_of(const std::string& text) {
    try {
        spacedc::io::read_requirements(write_temp("bad_requirement.toml", text));
    } catch (const spacedc::invalid_input& e) {
        return e.what();
    }
    return "(no error)";
}

template <class Quantity>
const ck::requirement_on<Quantity>& as(const ck::requirement& r) {
    return std::get<ck::requirement_on<Quantity>>(r);
}

} // namespace

TEST(RequirementFile, ReadsEveryQuantityWithItsMargins) {
    const auto path = write_temp("requirements.toml", R"(
[[requirement]]
quantity = "junction_temperature"
margin_policy = "ecss-e-st-31c"
limit_kind = "qualification"

[[requirement]]
quantity = "radiator_temperature"
at_least = "0 degC"
at_most = "100 degC"
margin = "5 K"
name = "loop"

[[requirement]]
quantity = "array_power"
margin_policy = "esa"
maturity = "modified"

[[requirement]]
quantity = "launch_mass"
at_most = "15 t"
margin_fraction = 0.25
rationale = "rideshare slot"

[[requirement]]
quantity = "chip_to_support_mass_ratio"
at_least = 0.05

[[requirement]]
quantity = "compute_power_per_mass"
at_least = "10 W/kg"

[[requirement]]
quantity = "availability"
at_least = "99 %"

[[requirement]]
quantity = "eclipse_free"

[[requirement]]
quantity = "array_area"
at_most = "600 m^2"

[[requirement]]
quantity = "radiator_area"
at_most = "200 m^2"
)");
    const auto r = spacedc::io::read_requirements(path);
    ASSERT_EQ(r.size(), 11u);
    const auto& junction = as<u::temperature>(r[0]);
    EXPECT_EQ(junction.margin.absolute.value(), 20.0);
    EXPECT_EQ(junction.margin.source, "ECSS-E-ST-31C (uncorrelated model)");
    EXPECT_EQ(as<u::temperature>(r[1]).name, "loop (lower)");
    EXPECT_EQ(as<u::temperature>(r[2]).name, "loop (upper)");
    EXPECT_EQ(as<u::temperature>(r[2]).margin.absolute.value(), 5.0);
    EXPECT_NEAR(as<u::power>(r[3]).margin.fraction, 0.10, 1e-15);
    const auto& mass = as<u::mass>(r[4]);
    EXPECT_EQ(mass.margin.fraction, 0.25);
    EXPECT_EQ(mass.margin.basis, ck::margin_basis::value);
    EXPECT_EQ(mass.rationale, "rideshare slot");
    EXPECT_EQ(as<u::dimensionless>(r[8]).name, "eclipse-free");

    // Evaluated against the design the same file's spec gives.
    const auto design = spacedc::node::size_node(spacedc::io::read_node_spec(path));
    const auto results = ck::check(design, r);
    EXPECT_NEAR(results[4].bound, 15'000.0, 1e-9);
    EXPECT_NEAR(results[7].bound, 0.99, 1e-15);
    EXPECT_NEAR(results[1].bound, 273.15, 1e-12);
}

TEST(RequirementFile, NoRequirementsIsAnEmptyList) {
    EXPECT_TRUE(
        spacedc::io::read_requirements(write_temp("none.toml", "[compute]\ncount = 4\n")).empty());
}

TEST(RequirementFile, BadRequirementsAreClearErrorsWithTheLine) {
    EXPECT_THAT(error_of("[[requirement]]\nquantity = \"launch_mass\"\nat_most = \"15 kW\"\n"),
                HasSubstr("requirement[1].at_most"));
    EXPECT_THAT(error_of("[[requirement]]\nquantity = \"launch_mass\"\nat_most = \"15 kW\"\n"),
                HasSubstr(":3"));
    EXPECT_THAT(
        error_of("[[requirement]]\nquantity = \"junction_temperature\"\nmargin = \"-5 K\"\n"),
        HasSubstr("margin"));
    EXPECT_THAT(
        error_of("[[requirement]]\nquantity = \"junction_temperature\"\nmargin = \"-5 K\"\n"),
        HasSubstr(">= 0"));
    EXPECT_THAT(error_of("[[requirement]]\nquantity = \"mass\"\nat_most = \"1 t\"\n"),
                HasSubstr("one of: junction_temperature"));
    EXPECT_THAT(
        error_of("[[requirement]]\nquantity = \"launch_mass\"\nat_most = \"1 t\"\nbound = 3\n"),
        HasSubstr("unknown key"));
    EXPECT_THAT(error_of("[[requirement]]\nquantity = \"launch_mass\"\n"), HasSubstr("(missing)"));
    EXPECT_THAT(error_of("[[requirement]]\nquantity = \"launch_mass\"\nat_most = \"1 t\"\n"
                         "margin_policy = \"ecss-e-st-31c\"\n"),
                HasSubstr("esa (for power and mass)"));
    EXPECT_THAT(error_of("[[requirement]]\nquantity = \"array_power\"\nmargin_policy = \"esa\"\n"),
                HasSubstr("maturity"));
    EXPECT_THAT(error_of("[[requirement]]\nquantity = \"junction_temperature\"\nmargin = \"5 K\"\n"
                         "margin_policy = \"ecss-e-st-31c\"\n"),
                HasSubstr("at most one of them"));
    EXPECT_THAT(
        error_of("[[requirement]]\nquantity = \"junction_temperature\"\nat_least = \"1 K\"\n"),
        HasSubstr("at_least"));
    EXPECT_THAT(error_of("[[requirement]]\nquantity = \"availability\"\nat_least = 1.5\n"),
                HasSubstr("[0, 1]"));
    EXPECT_THAT(error_of("[[requirement]]\nquantity = \"radiator_temperature\"\n"),
                HasSubstr("needs a bound"));
}

TEST(NodeText, ReadsAsTheFileDoes) {
    const std::string text = "[compute]\ncount = 200\n[thermal]\nradiator_temperature = \"300 K\"\n"
                             "[[requirement]]\nname = \"light\"\nquantity = \"launch_mass\"\n"
                             "at_most = \"20 t\"\n";
    const auto from_text = spacedc::io::read_node_text(text, "<dict>", {"compute.count=250"});
    const auto from_file =
        spacedc::io::read_node_file(write_temp("node_text.toml", text), {"compute.count=250"});
    EXPECT_EQ(from_text.spec.compute.count, 250);
    EXPECT_EQ(from_text.spec.compute.count, from_file.spec.compute.count);
    EXPECT_EQ(from_text.spec.thermal.radiator_temperature,
              from_file.spec.thermal.radiator_temperature);
    EXPECT_EQ(from_text.requirements.size(), 1u);
}

TEST(NodeText, ErrorsNameTheTextAndTheLine) {
    try {
        spacedc::io::read_node_text("[compute]\nno_such_key = 1\n", "<dict>");
        FAIL() << "no error";
    } catch (const spacedc::invalid_input& e) {
        EXPECT_THAT(e.what(), HasSubstr("no_such_key"));
        EXPECT_THAT(e.what(), HasSubstr("<dict>"));
    }
    spacedc::io::input_limits small;
    small.max_file_bytes = 8;
    EXPECT_THROW(spacedc::io::read_node_text("[compute]\ncount = 1\n", "<dict>", {}, small),
                 spacedc::invalid_input);
}
