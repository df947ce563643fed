#include "cli_runner.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using ::testing::HasSubstr;

using spacedc::testing::run_cli;

namespace {

const std::string reference =
    std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/reference_100kw.toml";
} // namespace

TEST(CliSize, JsonCarriesTheContractKeysAndCloses) {
    const auto r = run_cli({"size", reference, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    for (const char* key : {"compute_power_w", "array_area_m2", "array_mass_kg", "radiator_area_m2",
                            "radiator_mass_kg", "total_mass_kg", "chip_mass_kg", "support_mass_kg",
                            "chip_to_support_mass_ratio", "compute_power_per_mass_w_per_kg",
                            "sunlit_fraction", "launch_cost_usd", "inputs"}) {
        EXPECT_TRUE(j.contains(key)) << key;
    }
    EXPECT_NEAR(j["chip_mass_kg"].get<double>() + j["support_mass_kg"].get<double>(),
                j["total_mass_kg"].get<double>(), 1e-9);
    EXPECT_EQ(j["inputs"]["compute"]["count"].get<int>(), 143);
}

TEST(CliSize, SetOverridesAField) {
    const auto r = run_cli({"size", reference, "--set", "compute.count=512", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NEAR(nlohmann::json::parse(r.out)["compute_power_w"].get<double>(), 512 * 700.0, 1e-9);
}

TEST(CliSize, TextAndMarkdownReports) {
    const auto text = run_cli({"size", reference});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("chip / support mass"));
    const auto md = run_cli({"size", reference, "--markdown"});
    ASSERT_EQ(md.status, 0);
    EXPECT_THAT(md.out, HasSubstr("| quantity | value |"));
}

TEST(CliSize, BadConfigExitsWithTwo) {
    EXPECT_EQ(run_cli({"size", "/nonexistent.toml"}).status, spacedc::cli::exit_error);
    const auto r = run_cli({"size", reference, "--set", "compute.count=-5"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("compute.count"));
}
