#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/io/uncertainty_file.hpp>
#include <spacedc/node/size_node.hpp>

#include "testing/scratch_path.hpp"
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <fstream>

namespace io = spacedc::io;
namespace nd = spacedc::node;

namespace {
std::string write_spec(const std::string& name, const std::string& text) {
    const std::string path = spacedc::testing::scratch_path(name);
    std::ofstream{path} << text;
    return path;
}

/// The spec the reader makes of `path` with each parameter set as --set would.
nd::node_spec read_with(const std::string& path, const io::node_uncertainty& study,
                        const std::vector<double>& values) {
    std::vector<std::string> sets;
    for (std::size_t k = 0; k < values.size(); ++k) {
        const auto& p = study.parameters()[k];
        sets.push_back(p.unit.empty() ? fmt::format("{}={:.17g}", p.key, values[k])
                                      : fmt::format("{}=\"{:.17g} {}\"", p.key, values[k], p.unit));
    }
    return io::read_node_file(path, sets).spec;
}
} // namespace

// A sample's spec, set directly on the fields (kg/m^2, W/kg, degC, %, plain numbers)
// or read by the reader when a key has no direct setter (the integer compute.count),
// sizes to exactly the design the reader makes of the same values given with --set.
TEST(UncertaintyFile, SampleSpecsAreTheSpecsTheReaderMakes) {
    const std::string direct = write_spec("mc_direct.toml", R"(
[uncertain]
"solar.efficiency" = { distribution = "normal", mean = 0.30, sigma = 0.01 }
"solar.specific_power" = { distribution = "uniform", lower = "80 W/kg", upper = "160 W/kg" }
"thermal.areal_density" = { distribution = "lognormal", median = "5 kg/m^2", sigma = 0.3 }
"thermal.radiator_temperature" = { distribution = "uniform", lower = "20 degC", upper = "40 degC" }
"power.design_margin" = { distribution = "uniform", lower = "5 %", upper = "20 %" }
"cost.launch_cost_per_kg_usd" = { distribution = "triangular", lower = 200, mode = 1500, upper = 3600 }
)");
    const std::string with_integer = write_spec("mc_integer.toml", R"(
[uncertain]
"solar.efficiency" = { distribution = "normal", mean = 0.30, sigma = 0.01 }
"compute.count" = { distribution = "uniform", lower = 100, upper = 200 }
)");
    for (const auto& path : {direct, with_integer}) {
        io::node_uncertainty study{path};
        for (std::uint64_t i = 0; i < 20; ++i) {
            const auto values = study.draw(7, i);
            const auto a = nd::size_node(study.spec(values));
            const auto b = nd::size_node(read_with(path, study, values));
            EXPECT_EQ(a.mass.total.value(), b.mass.total.value()) << path << " sample " << i;
            EXPECT_EQ(a.power.array_area.value(), b.power.array_area.value()) << i;
            EXPECT_EQ(a.radiator.area.value(), b.radiator.area.value()) << i;
            EXPECT_EQ(a.cost.launch_cost_usd, b.cost.launch_cost_usd) << i;
        }
    }
}

TEST(UncertaintyFile, AKeyGivenTwiceIsRefused) {
    const std::string path = write_spec("mc_twice.toml", R"(
[uncertain]
"solar.efficiency" = { distribution = "uniform", lower = 0.28, upper = 0.32 }
[uncertain.solar]
efficiency = { distribution = "uniform", lower = 0.2, upper = 0.3 }
)");
    try {
        io::node_uncertainty study{path};
        FAIL() << "accepted a key given twice";
    } catch (const spacedc::invalid_input& e) {
        EXPECT_NE(std::string{e.what()}.find("uncertain.solar.efficiency"), std::string::npos)
            << e.what();
    }
}
