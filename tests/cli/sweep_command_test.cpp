#include "cli_runner.hpp"

#include "testing/scratch_path.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using spacedc::testing::run_cli;
using ::testing::HasSubstr;

namespace {

const std::string example = std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/sweep_100kw.toml";

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
    std::vector<std::vector<std::string>> rows;
    std::ifstream in{path};
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> cells;
        std::stringstream s{line};
        for (std::string cell; std::getline(s, cell, ',');) cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

std::string scratch(const std::string& name) {
    const std::string path = spacedc::testing::scratch_path(name);
    std::filesystem::remove(path);
    return path;
}

} // namespace

// The example's 60 designs: one CSV row each, every row the node `size --set` gives for
// the same values, and a Pareto front that no feasible row dominates.
TEST(CliSweep, EveryDesignIsARowAndTheFrontIsNotDominated) {
    const std::string csv = scratch("sweep_designs.csv");
    const auto r = run_cli({"sweep", example, "--out", csv, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["designs"].get<int>(), 60);
    EXPECT_EQ(j["feasible"].get<int>() + j["infeasible"].get<int>(), 60);
    ASSERT_FALSE(j["pareto"].empty());
    const auto rows = read_csv(csv);
    ASSERT_EQ(rows.size(), 61u);
    const auto& header = rows[0];
    ASSERT_EQ(header[0], "compute.count");
    ASSERT_EQ(header[1], "orbit.altitude");
    ASSERT_EQ(header[2], "solar.specific_power");
    const auto column = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) -
                                        header.begin());
    };
    const std::size_t mass = column("total_mass_kg"),
                      wkg = column("compute_power_per_mass_w_per_kg"),
                      ratio = column("chip_to_support_mass_ratio");
    for (std::size_t row : {1u, 37u, 60u}) {
        const auto& cells = rows[row];
        const auto sized = nlohmann::json::parse(
            run_cli({"size", example, "--json", "--set", "compute.count=" + cells[0], "--set",
                     "orbit.altitude=" + cells[1], "--set", "solar.specific_power=" + cells[2]})
                .out);
        EXPECT_NEAR(std::stod(cells[mass]), sized["total_mass_kg"].get<double>(),
                    1e-8 * sized["total_mass_kg"].get<double>())
            << row;
    }
    for (const auto& p : j["pareto"]) {
        const double w = p["compute_power_per_mass_w_per_kg"].get<double>();
        const double c = p["chip_to_support_mass_ratio"].get<double>();
        for (std::size_t row = 1; row < rows.size(); ++row) {
            if (rows[row][column("feasible")] != "true") continue;
            const double rw = std::stod(rows[row][wkg]), rc = std::stod(rows[row][ratio]);
            EXPECT_FALSE(rw >= w && rc >= c && (rw > w * (1 + 1e-9) || rc > c * (1 + 1e-9)))
                << "row " << row << " dominates a front point";
        }
    }
}

// Threads take contiguous blocks of designs joined in order: the rows, the counts and
// the front are the same on one, two or three threads.
TEST(CliSweep, IdenticalOnAnyNumberOfThreads) {
    const std::string csv = scratch("sweep_threads.csv");
    const auto one = run_cli({"sweep", example, "--out", csv, "--json"});
    ASSERT_EQ(one.status, 0) << one.err;
    std::stringstream rows_one;
    rows_one << std::ifstream{csv}.rdbuf();
    for (const char* threads : {"2", "3"}) {
        const auto many =
            run_cli({"sweep", example, "--out", csv, "--force", "--threads", threads, "--json"});
        ASSERT_EQ(many.status, 0) << many.err;
        EXPECT_EQ(many.out, one.out) << threads;
        std::stringstream rows;
        rows << std::ifstream{csv}.rdbuf();
        EXPECT_EQ(rows.str(), rows_one.str()) << threads;
    }
    EXPECT_EQ(run_cli({"sweep", example, "--threads", "0"}).status, spacedc::cli::exit_error);
}

// Infeasible designs are counted by the kind of finding that rules them out.
TEST(CliSweep, InfeasibleDesignsAreCountedByReason) {
    const std::string spec = spacedc::testing::scratch_path("sweep_hot.toml");
    std::ofstream{spec} << "[sweep]\n\"thermal.radiator_temperature\" = [\"300 K\", \"400 K\"]\n";
    const auto r = run_cli({"sweep", spec, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["designs"].get<int>(), 2);
    EXPECT_EQ(j["feasible"].get<int>(), 1);
    EXPECT_EQ(j["infeasible_reasons"]["radiator_above_junction_limit"].get<int>(), 1);
    const auto text = run_cli({"sweep", spec});
    EXPECT_THAT(text.out, HasSubstr("radiator_above_junction_limit"));
}

// A count whose shared loop leaves no radiator temperature above the sink is one more
// infeasible design, and its row leaves the temperature empty.
TEST(CliSweep, AChainWithNoRadiatorTemperatureIsCountedNotFatal) {
    const std::string spec = spacedc::testing::scratch_path("sweep_many_chips.toml");
    std::ofstream{spec} << "[sweep]\n\"compute.count\" = [143, 40000]\n";
    const std::string csv = spacedc::testing::scratch_path("sweep_many_chips.csv");
    std::remove(csv.c_str());
    const auto r = run_cli({"sweep", spec, "--json", "--out", csv});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["feasible"].get<int>(), 1);
    EXPECT_EQ(j["infeasible_reasons"]["chain_leaves_no_radiator"].get<int>(), 1);
    std::stringstream rows;
    rows << std::ifstream{csv}.rdbuf();
    EXPECT_THAT(rows.str(), HasSubstr("40000,false,28000000,,,,"));
    EXPECT_THAT(rows.str(), HasSubstr(",,,,\"junction chain: at full load it drops"));
}

// Outputs follow the tool's rules; bad axes are errors naming the key, with nothing
// written.
TEST(CliSweep, RefusesToOverwriteAndNamesBadAxes) {
    const std::string csv = scratch("sweep_exists.csv");
    std::ofstream{csv} << "keep\n";
    EXPECT_EQ(run_cli({"sweep", example, "--out", csv}).status, spacedc::cli::exit_error);
    EXPECT_EQ(run_cli({"sweep", example, "--out", csv, "--force"}).status, 0);
    const std::string spec = spacedc::testing::scratch_path("sweep_bad.toml");
    std::ofstream{spec} << "[sweep]\n\"compute.count\" = []\n";
    const std::string out = scratch("sweep_bad.csv");
    const auto r = run_cli({"sweep", spec, "--out", out});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("sweep.compute.count"));
    EXPECT_FALSE(std::filesystem::exists(out));
}
