#include "cli_runner.hpp"

#include <spacedc/version.hpp>

#include "testing/scratch_path.hpp"
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using ::testing::HasSubstr;

using spacedc::testing::run_cli;

TEST(Cli, VersionPrintsTheProjectVersion) {
    const auto r = run_cli({"--version"});
    EXPECT_EQ(r.status, 0);
    EXPECT_THAT(r.out, HasSubstr(spacedc::version_string));
}

TEST(Cli, HelpListsTheSubcommands) {
    const auto r = run_cli({"--help"});
    EXPECT_EQ(r.status, 0);
    EXPECT_THAT(r.out, HasSubstr("radiator"));
}

TEST(Cli, NoSubcommandIsAnError) { EXPECT_EQ(run_cli({}).status, spacedc::cli::exit_error); }

TEST(CliRadiator, JsonHasSiValuesWithUnitSuffixes) {
    const auto r = run_cli({"radiator", "--heat", "100kW", "--temperature", "300K", "--emissivity",
                            "0.9", "--faces", "2", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_NEAR(j.at("net_flux_w_per_m2").get<double>(), 413.3703, 1e-4);
    EXPECT_NEAR(j.at("area_m2").get<double>(), 120.957, 1e-3);
    EXPECT_DOUBLE_EQ(j.at("heat_w").get<double>(), 1e5);
    EXPECT_DOUBLE_EQ(j.at("temperature_k").get<double>(), 300.0);
}

TEST(CliRadiator, AcceptsUnitsWithSpacesAndCelsius) {
    const auto r =
        run_cli({"radiator", "--heat", "100 kW", "--temperature", "26.85 degC", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NEAR(nlohmann::json::parse(r.out).at("temperature_k").get<double>(), 300.0, 1e-9);
}

TEST(CliRadiator, TextReportFormatsUnits) {
    const auto r = run_cli({"radiator", "--heat", "100kW", "--temperature", "300K"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("413.4 W/m²"));
    EXPECT_THAT(r.out, HasSubstr("120.96 m²"));
}

TEST(CliRadiator, BadInputExitsWithTwoAndNamesTheParameter) {
    const auto r =
        run_cli({"radiator", "--heat", "100kW", "--temperature", "300K", "--emissivity", "1.5"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("emissivity = 1.5 is invalid"));
    EXPECT_TRUE(r.out.empty());
}

TEST(CliRadiator, WrongDimensionExitsWithTwo) {
    const auto r = run_cli({"radiator", "--heat", "100 m^2", "--temperature", "300K"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("--heat = '100 m^2' is invalid"));
    EXPECT_THAT(r.err, HasSubstr("is an area, not a power"));
}

TEST(CliRadiator, UnknownOptionExitsWithTwo) {
    const auto r =
        run_cli({"radiator", "--heat", "1kW", "--temperature", "300K", "--colour", "red"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
}

TEST(CliRadiator, EnvironmentKeysAndVelocityFaceSeesEarthAtNinetyDegrees) {
    const auto r = run_cli({"radiator", "--heat", "100kW", "--temperature", "300K", "--emissivity",
                            "0.9", "--absorptivity", "0.2", "--faces", "2", "--altitude", "650km",
                            "--orientation", "velocity", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    for (const char* key : {"area_m2", "net_flux_w_per_m2", "earth_view_factor",
                            "absorbed_environment_w_per_m2", "mass_kg"}) {
        EXPECT_TRUE(j.contains(key)) << key;
    }
    EXPECT_NEAR(j["earth_view_factor"].get<double>(), 0.2406, 1e-3); // tilt 90 deg at 650 km
    EXPECT_GT(j["absorbed_environment_w_per_m2"].get<double>(), 0.0);
    EXPECT_NEAR(j["net_flux_w_per_m2"].get<double>(),
                413.3703 - j["absorbed_environment_w_per_m2"].get<double>(), 1e-4);
    EXPECT_NEAR(j["area_m2"].get<double>() * 2.0 * j["net_flux_w_per_m2"].get<double>(), 1e5, 1e-6);
    EXPECT_NEAR(j["mass_kg"].get<double>(), 5.0 * j["area_m2"].get<double>(), 1e-9);
}

TEST(CliRadiator, SizesFromTheJunctionThroughTheChainFile) {
    const std::string path = spacedc::testing::scratch_path("spacedc_chain.toml");
    {
        std::ofstream f{path};
        f << "chip_power = \"700 W\"\n[[per_chip]]\nname = \"junction to pipes\"\nresistance = "
             "\"0.05 K/W\"\n"
             "[[shared]]\nname = \"loop\"\nresistance = \"1e-4 K/W\"\n";
    }
    const auto r = run_cli(
        {"radiator", "--heat", "100kW", "--junction-max", "358K", "--chain", path, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["chips"].get<int>(), 143);
    EXPECT_NEAR(j["radiator_temperature_k"].get<double>(), 358.0 - 35.0 - 143 * 700.0 * 1e-4, 1e-9);
}

TEST(CliRadiator, ChainFileErrorsNameTheFileAndLine) {
    const std::string path = spacedc::testing::scratch_path("spacedc_bad_chain.toml");
    {
        std::ofstream f{path};
        f << "chip_power = \"700 W\"\n[[per_chip]]\nname = \"tim\"\nresistence = \"0.05 K/W\"\n";
    }
    const auto r =
        run_cli({"radiator", "--heat", "100kW", "--junction-max", "358K", "--chain", path});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("resistence"));
    EXPECT_THAT(r.err, HasSubstr(":4"));
    {
        std::ofstream f{path};
        f << "chip_power = \"700 m\"\n";
    }
    const auto wrong_unit =
        run_cli({"radiator", "--heat", "100kW", "--junction-max", "358K", "--chain", path});
    EXPECT_EQ(wrong_unit.status, spacedc::cli::exit_error);
    EXPECT_THAT(wrong_unit.err, HasSubstr("chip_power"));
    EXPECT_THAT(wrong_unit.err, HasSubstr("not a power"));
}

TEST(CliRadiator, HotEnvironmentOnASunlitFaceIsReportedInfeasible) {
    const auto r = run_cli({"radiator", "--heat", "10kW", "--temperature", "250K", "--absorptivity",
                            "0.9", "--faces", "1", "--altitude", "650km", "--orientation",
                            "orbit-normal-sunlit", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_FALSE(j["feasible"].get<bool>());
    EXPECT_TRUE(j["area_m2"].is_null());
    EXPECT_FALSE(j["reason"].get<std::string>().empty());
}

// --area inverts the sizing: the temperature at which the panel (environment and fins
// included) rejects the heat, whose sizing is that area again.
TEST(CliRadiator, AreaGivesTheTemperatureThatRejectsTheHeat) {
    const std::vector<std::string> panel = {"radiator",    "--heat",
                                            "100kW",       "--altitude",
                                            "650km",       "--fin-conductivity",
                                            "167 W/(m K)", "--fin-thickness",
                                            "1mm",         "--fin-half-width",
                                            "0.1m",        "--json"};
    auto sized = panel;
    sized.insert(sized.end(), {"--temperature", "320K"});
    const auto a = run_cli(sized);
    ASSERT_EQ(a.status, 0) << a.err;
    const double area = nlohmann::json::parse(a.out).at("area_m2").get<double>();
    auto inverse = panel;
    inverse.insert(inverse.end(), {"--area", fmt::format("{} m^2", area)});
    const auto b = run_cli(inverse);
    ASSERT_EQ(b.status, 0) << b.err;
    const auto j = nlohmann::json::parse(b.out);
    EXPECT_NEAR(j.at("temperature_k").get<double>(), 320.0, 1e-6);
    EXPECT_NEAR(j.at("area_m2").get<double>(), area, 1e-6 * area);
    auto both = inverse;
    both.insert(both.end(), {"--temperature", "300K"});
    EXPECT_EQ(run_cli(both).status, 2);
    const auto bad = run_cli({"radiator", "--heat", "1kW", "--area", "-2 m^2"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find("--area"), std::string::npos) << bad.err;
}
