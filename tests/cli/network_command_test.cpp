#include "cli_runner.hpp"

#include "testing/scratch_path.hpp"
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
    const std::string csv = spacedc::testing::scratch_path("spacedc_network_history.csv");
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
    const std::string path = spacedc::testing::scratch_path("spacedc_cli_bad_network.toml");
    std::ofstream{path} << "[[node]]\nname = \"a\"\n[[load]]\nnode = \"b\"\npower = \"1 W\"\n";
    const auto r = run_cli({"network", path});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("spacedc_cli_bad_network.toml:3"));
}

namespace {
const std::string orbit_model =
    std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/compute_node_orbit.toml";
}

TEST(CliNetwork, PeriodicOrbitOfTheLongestEclipseFreezesTheLoop) {
    const auto r = run_cli({"network", orbit_model, "--periodic", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["beta_source"].get<std::string>(), "longest eclipse of 2027");
    // 650 km: the longest eclipse of the year, about 19.7 minutes.
    EXPECT_NEAR(j["eclipse_duration_s"].get<double>(), 19.7 * 60.0, 10.0);
    EXPECT_LT(j["mismatch_k"].get<double>(), 1e-6);
    // Energy closes over the orbit.
    EXPECT_LT(std::abs(j["energy_imbalance_j"].get<double>()),
              1e-9 * j["supplied_energy_j"].get<double>());
    // Compute off in the shadow: the water loop goes below freezing.
    EXPECT_LT(j["minimum_temperatures_k"]["loop"].get<double>(), 273.15);
    for (const char* n : {"chips", "cold_plates", "loop", "radiator"}) {
        EXPECT_LT(j["minimum_temperatures_k"][n].get<double>(),
                  j["maximum_temperatures_k"][n].get<double>() - 10.0)
            << n;
    }
}

TEST(CliNetwork, PeriodicOrbitWithoutShadowIsConstant) {
    // At beta 90 deg the orbit is fully lit and the panel's view the same all round.
    const auto r = run_cli(
        {"network", orbit_model, "--periodic", "--beta", "90deg", "--steps", "60", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["beta_source"].get<std::string>(), "given");
    EXPECT_EQ(j["eclipse_duration_s"].get<double>(), 0.0);
    EXPECT_EQ(j["steps"].get<int>(), 60);
    for (const char* n : {"chips", "radiator"}) {
        EXPECT_NEAR(j["minimum_temperatures_k"][n].get<double>(),
                    j["maximum_temperatures_k"][n].get<double>(), 1e-6)
            << n;
    }
}

TEST(CliNetwork, YearFindsTheColdestOrbitAtTheLongestEclipse) {
    const std::string csv = spacedc::testing::scratch_path("spacedc_network_year.csv");
    std::remove(csv.c_str());
    const auto r = run_cli({"network", orbit_model, "--year", "--daily", csv, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["days"].get<int>(), 365);
    const std::string longest = j["longest_eclipse_date"].get<std::string>();
    EXPECT_EQ(j["coldest"]["loop"]["date"].get<std::string>(), longest);
    EXPECT_LT(j["coldest"]["loop"]["temperature_k"].get<double>(), 273.15);
    std::ifstream file{csv};
    std::string header, line;
    std::getline(file, header);
    EXPECT_EQ(header.rfind("date,beta_deg,eclipse_s,chips_min_k,chips_max_k,", 0), 0u) << header;
    int rows = 0;
    std::string hottest_row;
    while (std::getline(file, line)) {
        ++rows;
        if (line.rfind(j["hottest"]["chips"]["date"].get<std::string>(), 0) == 0)
            hottest_row = line;
    }
    EXPECT_EQ(rows, 365);
    // The chips' hottest orbit is fully lit (no eclipse in its row).
    ASSERT_FALSE(hottest_row.empty());
    EXPECT_THAT(hottest_row, HasSubstr(",0.0,"));
    std::remove(csv.c_str());
}

TEST(CliNetwork, PeriodicAndYearNeedAnOrbitAndOneMode) {
    auto r = run_cli({"network", model, "--periodic"});
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("[orbit]"));
    r = run_cli({"network", orbit_model, "--periodic", "--year"});
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("at most one"));
    r = run_cli({"network", orbit_model, "--year", "--csv", "x.csv"});
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("--csv"));
    r = run_cli({"network", orbit_model, "--periodic", "--beta", "95deg"});
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("--beta"));
}
