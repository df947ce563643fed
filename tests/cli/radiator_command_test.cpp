#include "cli.hpp"

#include <spacedc/version.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

using ::testing::HasSubstr;

namespace {

struct cli_result {
    int status;
    std::string out;
    std::string err;
};

cli_result run(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int status = spacedc::cli::run(args, out, err);
    return {status, out.str(), err.str()};
}

} // namespace

TEST(Cli, VersionPrintsTheProjectVersion) {
    const auto r = run({"--version"});
    EXPECT_EQ(r.status, 0);
    EXPECT_THAT(r.out, HasSubstr(spacedc::version_string));
}

TEST(Cli, HelpListsTheSubcommands) {
    const auto r = run({"--help"});
    EXPECT_EQ(r.status, 0);
    EXPECT_THAT(r.out, HasSubstr("radiator"));
}

TEST(Cli, NoSubcommandIsAnError) { EXPECT_EQ(run({}).status, spacedc::cli::exit_error); }

TEST(CliRadiator, JsonHasSiValuesWithUnitSuffixes) {
    const auto r = run({"radiator", "--heat", "100kW", "--temperature", "300K", "--emissivity",
                        "0.9", "--sides", "2", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_NEAR(j.at("net_flux_w_per_m2").get<double>(), 413.3703, 1e-4);
    EXPECT_NEAR(j.at("area_m2").get<double>(), 120.957, 1e-3);
    EXPECT_DOUBLE_EQ(j.at("heat_w").get<double>(), 1e5);
    EXPECT_DOUBLE_EQ(j.at("temperature_k").get<double>(), 300.0);
}

TEST(CliRadiator, AcceptsUnitsWithSpacesAndCelsius) {
    const auto r = run({"radiator", "--heat", "100 kW", "--temperature", "26.85 degC", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NEAR(nlohmann::json::parse(r.out).at("temperature_k").get<double>(), 300.0, 1e-9);
}

TEST(CliRadiator, TextReportFormatsUnits) {
    const auto r = run({"radiator", "--heat", "100kW", "--temperature", "300K"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("413.4 W/m²"));
    EXPECT_THAT(r.out, HasSubstr("120.96 m²"));
}

TEST(CliRadiator, BadInputExitsWithTwoAndNamesTheParameter) {
    const auto r =
        run({"radiator", "--heat", "100kW", "--temperature", "300K", "--emissivity", "1.5"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("emissivity = 1.5 is invalid"));
    EXPECT_TRUE(r.out.empty());
}

TEST(CliRadiator, WrongDimensionExitsWithTwo) {
    const auto r = run({"radiator", "--heat", "100 m^2", "--temperature", "300K"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("--heat = '100 m^2' is invalid"));
    EXPECT_THAT(r.err, HasSubstr("is an area, not a power"));
}

TEST(CliRadiator, UnknownOptionExitsWithTwo) {
    const auto r = run({"radiator", "--heat", "1kW", "--temperature", "300K", "--colour", "red"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
}
