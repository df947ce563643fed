#include "cli_runner.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>

using spacedc::testing::run_cli;
using ::testing::HasSubstr;

namespace {
const std::string model =
    std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/compute_node_network.toml";
}

TEST(CliNetwork, SteadyStateJsonHasTemperaturesIterationsAndResidual) {
    const auto r = run_cli({"network", model, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const double radiator =
        std::pow(1e5 / (0.9 * 5.670374419e-8 * 260.0) + std::pow(2.725, 4), 0.25);
    EXPECT_NEAR(j["temperatures_k"]["radiator"].get<double>(), radiator, 1e-8);
    EXPECT_NEAR(j["temperatures_k"]["chips"].get<double>(),
                radiator + 10.0 + 1e5 / 7150.0 + 1e5 / 4300.0, 1e-8);
    EXPECT_GE(j["iterations"].get<int>(), 1);
    EXPECT_LT(j["energy_residual_w"].get<double>(), 1e-9 * 1e5);
}

TEST(CliNetwork, TransientWritesTheHistory) {
    const std::string csv = ::testing::TempDir() + "spacedc_network_history.csv";
    const auto r = run_cli({"network", model, "--transient", "--duration", "600s", "--step", "10s",
                            "--output-interval", "60s", "--csv", csv, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_NEAR(j["duration_s"].get<double>(), 600.0, 1e-9);
    std::ifstream file{csv};
    std::string header, line;
    std::getline(file, header);
    EXPECT_EQ(header, "time_s,chips_k,cold_plates_k,loop_k,radiator_k,space_k");
    int rows = 0;
    while (std::getline(file, line)) ++rows;
    EXPECT_EQ(rows, 11); // 0, 60, ..., 600 s
    EXPECT_EQ(j["steps"].get<int>(), 60);
    std::remove(csv.c_str());
}

TEST(CliNetwork, ToleranceChoosesTheSteps) {
    const auto loose = nlohmann::json::parse(run_cli({"network", model, "--transient", "--duration",
                                                      "5400s", "--tolerance", "0.5K", "--json"})
                                                 .out);
    const auto tight = nlohmann::json::parse(run_cli({"network", model, "--transient", "--duration",
                                                      "5400s", "--tolerance", "0.005K", "--json"})
                                                 .out);
    EXPECT_GT(tight["steps"].get<int>(), 3 * loose["steps"].get<int>());
    EXPECT_TRUE(loose.contains("rejected_steps"));
    for (const char* node : {"chips", "radiator"}) {
        EXPECT_NEAR(loose["temperatures_k"][node].get<double>(),
                    tight["temperatures_k"][node].get<double>(), 0.5);
    }
    const auto bad = run_cli({"network", model, "--transient", "--tolerance", "0.1 W"});
    EXPECT_EQ(bad.status, spacedc::cli::exit_error);
    EXPECT_THAT(bad.err, ::testing::HasSubstr("--tolerance"));
}

TEST(CliNetwork, BadModelExitsWithTwoAndNamesTheLine) {
    const std::string path = ::testing::TempDir() + "spacedc_cli_bad_network.toml";
    std::ofstream{path} << "[[node]]\nname = \"a\"\n[[load]]\nnode = \"b\"\npower = \"1 W\"\n";
    const auto r = run_cli({"network", path});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("spacedc_cli_bad_network.toml:3"));
}
