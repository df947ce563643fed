#include "cli_runner.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using spacedc::testing::run_cli;
using ::testing::HasSubstr;

namespace {
nlohmann::json json_of(std::vector<std::string> args) {
    args.insert(args.begin(), "equilibrium");
    args.push_back("--json");
    const auto r = run_cli(args);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
}
} // namespace

// Starcloud p. 9 in one call: the net flux at 20 degC with the source's fixed views and
// alpha on Earth IR (633.13 W/m^2 with CODATA sigma; 633.08 in the source's 5.67e-8).
TEST(CliEquilibrium, StarcloudRadiatorBalanceInOneCall) {
    const auto j = json_of({"--absorptivity",
                            "0.09",
                            "--emissivity",
                            "0.92",
                            "--sun-factor",
                            "1",
                            "--earth-view-factor",
                            "0.25",
                            "--albedo-factor",
                            "1",
                            "--solar-flux",
                            "1366 W/m^2",
                            "--earth-temperature",
                            "-20 degC",
                            "--albedo",
                            "0.3",
                            "--earth-ir-absorptance",
                            "absorptivity",
                            "--temperature",
                            "20 degC",
                            "--sink",
                            "0 K"});
    for (const char* key :
         {"mode", "temperature_k", "area_m2", "heat_w", "emitted_w_per_m2",
          "absorbed_solar_w_per_m2", "absorbed_albedo_w_per_m2", "absorbed_earth_ir_w_per_m2",
          "electrical_w_per_m2", "net_w_per_m2", "net_w", "faces", "earth_radius_m"}) {
        EXPECT_TRUE(j.contains(key)) << key;
    }
    EXPECT_EQ(j.at("mode"), "balance");
    EXPECT_NEAR(j.at("net_w_per_m2").get<double>(), 633.13, 0.005);
    EXPECT_NEAR(j.at("absorbed_earth_ir_w_per_m2").get<double>(), 5.24, 0.005);
}

// McCalip's panel with the exact sun-tracking views at beta 90 and 550 km: 342.1 K; an
// internal heat on a given area warms it; exported electricity cools it.
TEST(CliEquilibrium, SunTrackingPanelFromTheOrbit) {
    const std::vector<std::string> panel = {"--absorptivity",
                                            "0.92",
                                            "--emissivity",
                                            "0.85",
                                            "--back-emissivity",
                                            "0.9",
                                            "--altitude",
                                            "550km",
                                            "--orientation",
                                            "sun-tracking",
                                            "--beta",
                                            "90deg",
                                            "--solar-flux",
                                            "1361 W/m^2",
                                            "--earth-infrared",
                                            "237 W/m^2",
                                            "--conversion-efficiency",
                                            "0.22",
                                            "--sink",
                                            "3K"};
    const auto j = json_of(panel);
    EXPECT_EQ(j.at("mode"), "equilibrium");
    EXPECT_NEAR(j.at("temperature_k").get<double>(), 342.1, 0.05);
    EXPECT_NEAR(j.at("faces")[1].at("earth_view_factor").get<double>(), 0.2579, 1e-4);
    auto heated = panel;
    heated.insert(heated.end(), {"--area", "10 m^2", "--heat", "1 kW"});
    EXPECT_GT(json_of(heated).at("temperature_k").get<double>(),
              j.at("temperature_k").get<double>() + 5.0);
    auto exported = panel;
    exported.insert(exported.end(), {"--electricity", "exported"});
    EXPECT_LT(json_of(exported).at("temperature_k").get<double>(),
              j.at("temperature_k").get<double>() - 15.0);
}

// Bad input names the option and its valid range; views cannot be both given and derived.
TEST(CliEquilibrium, BadInputNamesTheOption) {
    auto error = [](std::vector<std::string> args) {
        args.insert(args.begin(), "equilibrium");
        const auto r = run_cli(args);
        EXPECT_EQ(r.status, 2) << r.out;
        return r.err;
    };
    EXPECT_THAT(error({"--absorptivity", "0.5", "--conversion-efficiency", "0.6"}),
                HasSubstr("--conversion-efficiency"));
    EXPECT_THAT(error({"--earth-view-factor", "1.2"}), HasSubstr("--earth-view-factor"));
    EXPECT_THAT(error({"--back-emissivity", "0"}), HasSubstr("--back-emissivity"));
    EXPECT_THAT(error({"--heat", "-1W"}), HasSubstr("--heat"));
    EXPECT_THAT(error({"--area", "0 m^2"}), HasSubstr("--area"));
    EXPECT_THAT(error({"--temperature", "2K"}), HasSubstr("--temperature"));
    EXPECT_THAT(error({"--altitude", "650km", "--sun-factor", "1"}), HasSubstr("excludes"));
    EXPECT_THAT(error({"--electricity", "sold"}), HasSubstr("--electricity"));
    EXPECT_THAT(error({"--earth-infrared-absorptance", "both"}),
                HasSubstr("--earth-infrared-absorptance"));
}
