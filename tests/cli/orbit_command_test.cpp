#include "cli_runner.hpp"

#include "testing/scratch_path.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using ::testing::HasSubstr;

using spacedc::testing::run_cli;

TEST(CliOrbit, JsonCarriesTheContractKeys) {
    const auto r =
        run_cli({"orbit", "--altitude", "650km", "--ltan", "06:00", "--year", "2027", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    for (const char* key : {"inclination_deg", "period_s", "beta_min_deg", "beta_max_deg",
                            "eclipse_days", "max_eclipse_s", "sunlit_fraction", "eclipse_free"}) {
        EXPECT_TRUE(j.contains(key)) << key;
    }
    EXPECT_NEAR(j.at("inclination_deg").get<double>(), 97.99, 0.01);
    EXPECT_NEAR(j.at("period_s").get<double>(), 5863.7, 0.1);
    EXPECT_FALSE(j.at("eclipse_free").get<bool>());
    EXPECT_GT(j.at("eclipse_days").get<int>(), 60);
    EXPECT_NEAR(j.at("max_eclipse_s").get<double>(), 20.0 * 60.0, 60.0); // about 20 min at 650 km
}

TEST(CliOrbit, HighDawnDuskOrbitIsEclipseFree) {
    const auto r = run_cli({"orbit", "--altitude", "1500 km", "--ltan", "18:00", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_TRUE(j.at("eclipse_free").get<bool>());
    EXPECT_EQ(j.at("sunlit_fraction").get<double>(), 1.0);
    EXPECT_TRUE(j.at("eclipse_season_first").is_null());
}

TEST(CliOrbit, EclipseFreeAltitudePrintsAltitudeInMetres) {
    const auto r = run_cli(
        {"orbit", "--eclipse-free-altitude", "--ltan", "06:00", "--year", "2027", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NEAR(nlohmann::json::parse(r.out).at("altitude_m").get<double>(), 1.4e6, 0.05e6);
}

TEST(CliOrbit, DailyCsvHasOneRowPerDay) {
    const std::string path = spacedc::testing::scratch_path("spacedc_orbit_daily.csv");
    const auto r = run_cli({"orbit", "--altitude", "650km", "--year", "2028", "--daily", path});
    ASSERT_EQ(r.status, 0) << r.err;
    std::ifstream file{path};
    std::string header, line;
    std::getline(file, header);
    EXPECT_EQ(header, "date,beta_deg,eclipse_s,flux_w_per_m2");
    int rows = 0;
    while (std::getline(file, line)) ++rows;
    EXPECT_EQ(rows, 366);
    std::remove(path.c_str());
}

TEST(CliOrbit, BadInputExitsWithTwo) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"orbit", "--altitude", "0 km"},
             {"orbit", "--altitude", "7000 km"},
             {"orbit", "--altitude", "650 kg"},
             {"orbit", "--altitude", "650km", "--ltan", "25:00"},
             {"orbit", "--altitude", "650km", "--year", "2200"},
             {"orbit", "--altitude", "650km", "--shadow", "conical"},
             {"orbit"}}) {
        const auto r = run_cli(args);
        EXPECT_EQ(r.status, spacedc::cli::exit_error) << args.back();
        EXPECT_THAT(r.err, HasSubstr("is invalid")) << args.back();
    }
}

TEST(CliOrbit, EclipsesCsvHasOneRowPerEclipseAddingUpToTheJsonTotal) {
    const std::string path = spacedc::testing::scratch_path("spacedc_eclipses.csv");
    std::remove(path.c_str());
    const auto r =
        run_cli({"orbit", "--altitude", "650km", "--year", "2027", "--eclipses", path, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    std::ifstream file{path};
    std::string line;
    std::getline(file, line);
    EXPECT_EQ(line, "entry_utc,exit_utc,entry_s,exit_s,duration_s,beta_deg");
    std::size_t rows = 0;
    double total = 0.0;
    while (std::getline(file, line)) {
        ++rows;
        std::vector<std::string> cells;
        std::stringstream cells_in{line};
        for (std::string c; std::getline(cells_in, c, ',');) cells.push_back(c);
        ASSERT_EQ(cells.size(), 6u) << line;
        EXPECT_EQ(cells[0].size(), 24u) << cells[0]; // 2027-01-01T00:14:25.404Z
        EXPECT_NEAR(std::stod(cells[3]) - std::stod(cells[2]), std::stod(cells[4]), 2e-3);
        total += std::stod(cells[4]);
    }
    EXPECT_EQ(rows, j["eclipse_count"].get<std::size_t>());
    EXPECT_NEAR(total, j["eclipse_total_s"].get<double>(), 1.0);
    // 88 eclipse days of about 14.7 orbits each.
    EXPECT_NEAR(static_cast<double>(rows), 88 * 86400.0 / j["period_s"].get<double>(), 30.0);
    std::remove(path.c_str());
}

// Any circular orbit: the ISS's 51.6 deg at 420 km, its node at the J2 rate
// (-4.95 deg/day) and its beta angle within +-(51.6 + 23.44) deg.
TEST(CliOrbit, AnyCircularOrbitByInclinationAndNode) {
    const auto r = run_cli(
        {"orbit", "--altitude", "420km", "--inclination", "51.6deg", "--raan", "30deg", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_FALSE(j.at("sun_synchronous").get<bool>());
    EXPECT_TRUE(j.at("ltan").is_null());
    EXPECT_NEAR(j.at("inclination_deg").get<double>(), 51.6, 1e-12);
    EXPECT_NEAR(j.at("raan_deg").get<double>(), 30.0, 1e-12);
    EXPECT_NEAR(j.at("nodal_precession_deg_per_day").get<double>(), -4.95, 0.02);
    EXPECT_LE(j.at("beta_max_deg").get<double>(), 75.05);
    EXPECT_GE(j.at("beta_max_deg").get<double>(), 72.0);
    EXPECT_FALSE(j.at("eclipse_free").get<bool>());
    // A sun-synchronous orbit says so, with its node rate one turn a year.
    const auto sso = nlohmann::json::parse(run_cli({"orbit", "--altitude", "650km", "--json"}).out);
    EXPECT_TRUE(sso.at("sun_synchronous").get<bool>());
    EXPECT_TRUE(sso.at("raan_deg").is_null());
    EXPECT_NEAR(sso.at("nodal_precession_deg_per_day").get<double>(), 0.9856, 1e-3);
}

TEST(CliOrbit, InclinationExcludesLtanAndNeedsARange) {
    EXPECT_EQ(
        run_cli({"orbit", "--altitude", "420km", "--inclination", "51.6deg", "--ltan", "06:00"})
            .status,
        2);
    EXPECT_EQ(run_cli({"orbit", "--altitude", "420km", "--raan", "10deg"}).status, 2);
    const auto r = run_cli({"orbit", "--altitude", "420km", "--inclination", "200deg"});
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("--inclination"));
}
