#include "cli_runner.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using spacedc::testing::run_cli;

TEST(CliLatency, DistanceGivesVacuumAndFibreDelays) {
    const auto r = run_cli({"latency", "--distance", "1000km", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_NEAR(j["vacuum_delay_s"].get<double>(), 3.336e-3, 5e-7);
    EXPECT_NEAR(j["fiber_delay_s"].get<double>(), 4.897e-3, 5e-7);
    EXPECT_NEAR(j["speed_ratio"].get<double>(), 1.4682, 1e-12);
}

TEST(CliLatency, AltitudeAndElevationGiveSlantRangeAndRoundTrip) {
    const auto r = run_cli({"latency", "--altitude", "650km", "--elevation", "90deg", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_NEAR(j["slant_range_m"].get<double>(), 650e3, 1e-6);
    EXPECT_NEAR(j["round_trip_s"].get<double>(), 2.0 * 650e3 / 299'792'458.0, 1e-12);
}

TEST(CliLatency, BadInputExitsWithTwo) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"latency"},
             {"latency", "--distance", "-5 km"},
             {"latency", "--distance", "5 km", "--group-index", "0.9"},
             {"latency", "--altitude", "650km", "--elevation", "95deg"}}) {
        EXPECT_EQ(run_cli(args).status, spacedc::cli::exit_error) << args.back();
    }
}
