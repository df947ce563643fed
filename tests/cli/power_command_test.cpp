#include "cli_runner.hpp"

#include "testing/scratch_path.hpp"

#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using ::testing::HasSubstr;

using spacedc::testing::run_cli;

TEST(CliPower, JsonCarriesTheContractKeys) {
    const auto r = run_cli({"power", "--load", "100kW", "--altitude", "650km", "--ltan", "06:00",
                            "--year", "2027", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    for (const char* key :
         {"array_area_m2", "array_mass_kg", "bol_power_per_area_w_per_m2",
          "eol_power_per_area_w_per_m2", "sunlit_fraction", "annual_compute_energy_j",
          "battery_mass_avoided_kg", "space_to_ground_energy_ratio"}) {
        EXPECT_TRUE(j.contains(key)) << key;
    }
    // The array meets (100 kW + the node's 2 kW bus) / 0.92 at its EOL power per area.
    EXPECT_NEAR(j["array_area_m2"].get<double>() * j["eol_power_per_area_w_per_m2"].get<double>(),
                102e3 / 0.92, 1e-3);
    EXPECT_EQ(j["housekeeping_w"].get<double>(), 2000.0);
    EXPECT_EQ(j["ltan_s"].get<double>(), 21600.0);
    EXPECT_NEAR(j["annual_compute_energy_j"].get<double>(),
                1e5 * j["sunlit_fraction"].get<double>() * 365 * 86400, 1e3);
    EXPECT_GT(j["space_to_ground_energy_ratio"].get<double>(), 1.0);
}

TEST(CliPower, ArealDensityReplacesSpecificPower) {
    const auto r = run_cli({"power", "--load", "10kW", "--altitude", "800km", "--areal-density",
                            "2 kg/m^2", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_NEAR(j["array_mass_kg"].get<double>(), 2.0 * j["array_area_m2"].get<double>(), 1e-9);
}

TEST(CliPower, GroundIrradiationOverridesTheSite) {
    const auto a = run_cli({"power", "--load", "10kW", "--altitude", "800km",
                            "--ground-irradiation", "1000 kWh/m^2", "--json"});
    const auto b = run_cli({"power", "--load", "10kW", "--altitude", "800km",
                            "--ground-irradiation", "2000 kWh/m^2", "--json"});
    ASSERT_EQ(a.status, 0) << a.err;
    ASSERT_EQ(b.status, 0) << b.err;
    EXPECT_NEAR(nlohmann::json::parse(a.out)["space_to_ground_energy_ratio"].get<double>(),
                2.0 * nlohmann::json::parse(b.out)["space_to_ground_energy_ratio"].get<double>(),
                1e-9);
}

TEST(CliPower, BadInputExitsWithTwo) {
    for (const auto& extra :
         std::vector<std::vector<std::string>>{{"--efficiency", "1.2"},
                                               {"--packing-factor", "0"},
                                               {"--annual-degradation", "100 %"},
                                               {"--site", "moon"},
                                               {"--housekeeping", "-5 kW"},
                                               {"--life", "5 kg"}}) {
        std::vector<std::string> args{"power", "--load", "100kW", "--altitude", "650km"};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = run_cli(args);
        EXPECT_EQ(r.status, spacedc::cli::exit_error) << extra.front();
        EXPECT_THAT(r.err, HasSubstr("is invalid")) << extra.front();
    }
}

TEST(CliPower, EclipseFreeOrbitAtAnyEfficiencyIsSized) {
    // Was refused with "array area = -7.1e-15 m^2" (round-off in the battery trade).
    const auto r = run_cli({"power", "--load", "10kW", "--conversion-efficiency", "0.85",
                            "--altitude", "1500km", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["battery_extra_array_area_m2"].get<double>(), 0.0);
    EXPECT_EQ(j["sunlit_fraction"].get<double>(), 1.0);
}

// Forward mode: --flux sizes the array on the given flux (SMAD's 1367 W/m^2 FireSat
// array, 118 W/m^2 at EOL) besides the worst lit day; --area gives that area's output.
TEST(CliPower, ForwardModeAtAGivenFluxAndArea) {
    const auto r = run_cli({"power",      "--load",
                            "110W",       "--housekeeping",
                            "0 W",        "--conversion-efficiency",
                            "1",          "--altitude",
                            "650km",      "--efficiency",
                            "0.148",      "--temperature-coefficient",
                            "0 %/K",      "--packing-factor",
                            "1",          "--inherent-degradation",
                            "0.77",       "--annual-degradation",
                            "3.75 %",     "--pointing-error",
                            "23.5deg",    "--flux",
                            "1367 W/m^2", "--area",
                            "2 m^2",      "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out).at("at_flux");
    EXPECT_EQ(j.at("flux_w_per_m2").get<double>(), 1367.0);
    EXPECT_NEAR(j.at("eol_power_per_area_w_per_m2").get<double>(), 118.0, 0.5);
    EXPECT_NEAR(j.at("array_area_m2").get<double>(),
                110.0 / j.at("eol_power_per_area_w_per_m2").get<double>(), 1e-9);
    EXPECT_NEAR(j.at("eol_power_w").get<double>(),
                2.0 * j.at("eol_power_per_area_w_per_m2").get<double>(), 1e-9);
    const auto bad = run_cli({"power", "--load", "1kW", "--altitude", "650km", "--area", "-1m^2"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find("--area"), std::string::npos) << bad.err;
}

// One set of defaults: `power` takes the node spec's (node::node_spec{}), so an empty spec
// and `power` with only the load give the same array.
TEST(CliPower, DefaultsAreTheNodeSpecs) {
    const std::string empty = spacedc::testing::scratch_path("empty.toml");
    std::ofstream{empty} << "[compute]\ncount = 100\npower_per_accelerator = \"1 kW\"\n";
    const auto size = run_cli({"size", empty, "--json"});
    ASSERT_EQ(size.status, 0) << size.err;
    const auto power = run_cli({"power", "--load", "100 kW", "--altitude", "650 km", "--json"});
    ASSERT_EQ(power.status, 0) << power.err;
    const auto s = nlohmann::json::parse(size.out);
    const auto p = nlohmann::json::parse(power.out);
    EXPECT_EQ(p["array_area_m2"].get<double>(), s["array_area_m2"].get<double>());
    EXPECT_EQ(p["array_mass_kg"].get<double>(), s["array_mass_kg"].get<double>());
    EXPECT_EQ(p["housekeeping_w"].get<double>(),
              s["inputs"]["power"]["housekeeping_w"].get<double>());
    EXPECT_EQ(p["mission_life_s"].get<double>(), s["inputs"]["mission"]["life_s"].get<double>());
    EXPECT_THAT(run_cli({"power", "--help"}).out, HasSubstr("--housekeeping POWER=2000 W"));
}

// `power` and `size` on the same inputs give the same array: the reference node's
// compute, bus load, conversion, cells and 20 % design margin.
TEST(CliPower, GivesSizesArrayOnTheSameInputs) {
    const std::string spec =
        std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/reference_100kw.toml";
    const auto size = run_cli({"size", spec, "--json"});
    ASSERT_EQ(size.status, 0) << size.err;
    const auto power = run_cli({"power", "--load", "100.1 kW", "--housekeeping", "2 kW",
                                "--design-margin", "0.2", "--altitude", "650 km", "--json"});
    ASSERT_EQ(power.status, 0) << power.err;
    const auto s = nlohmann::json::parse(size.out);
    const auto p = nlohmann::json::parse(power.out);
    EXPECT_NEAR(p["array_area_m2"].get<double>(), s["array_area_m2"].get<double>(),
                1e-9 * s["array_area_m2"].get<double>());
    EXPECT_NEAR(p["array_mass_kg"].get<double>(), s["array_mass_kg"].get<double>(),
                1e-9 * s["array_mass_kg"].get<double>());
    EXPECT_EQ(p["design_margin"].get<double>(), 0.2);
}

// Renamed options keep their old spelling for one release: the same result, a warning,
// and not both at once.
TEST(CliRenamed, OldSpellingsStillWorkForOneRelease) {
    const auto now = run_cli(
        {"power", "--load", "10kW", "--altitude", "650km", "--packing-factor", "0.8", "--json"});
    const auto old =
        run_cli({"power", "--load", "10kW", "--altitude", "650km", "--packing", "0.8", "--json"});
    ASSERT_EQ(now.status, 0) << now.err;
    ASSERT_EQ(old.status, 0) << old.err;
    EXPECT_EQ(now.out, old.out);
    const auto faces =
        run_cli({"radiator", "--heat", "1kW", "--temperature", "300K", "--faces", "1", "--json"});
    const auto sides =
        run_cli({"radiator", "--heat", "1kW", "--temperature", "300K", "--sides", "1", "--json"});
    ASSERT_EQ(sides.status, 0) << sides.err;
    EXPECT_EQ(faces.out, sides.out);
    EXPECT_EQ(nlohmann::json::parse(faces.out)["faces"].get<int>(), 1);
    EXPECT_EQ(run_cli({"radiator", "--heat", "1kW", "--temperature", "300K", "--faces", "1",
                       "--sides", "1"})
                  .status,
              spacedc::cli::exit_error);
    EXPECT_THAT(run_cli({"radiator", "--help"}).out, ::testing::Not(HasSubstr("--sides")));
    EXPECT_THAT(run_cli({"power", "--help"}).out, ::testing::Not(HasSubstr("--packing ")));

    // --earth-ir is --earth-infrared (power, radiator, equilibrium), power's
    // --specific-power is --solar-specific-power, equilibrium's --earth-ir-absorptance is
    // --earth-infrared-absorptance.
    const std::vector<std::vector<std::string>> pairs{
        {"power --load 10kW --altitude 650km --earth-infrared 200W/m^2 --json",
         "power --load 10kW --altitude 650km --earth-ir 200W/m^2 --json"},
        {"power --load 10kW --altitude 650km --solar-specific-power 90W/kg --json",
         "power --load 10kW --altitude 650km --specific-power 90W/kg --json"},
        {"radiator --heat 1kW --temperature 300K --altitude 650km --earth-infrared 200W/m^2 --json",
         "radiator --heat 1kW --temperature 300K --altitude 650km --earth-ir 200W/m^2 --json"},
        {"equilibrium --area 1m^2 --heat 0W --earth-infrared 200W/m^2 "
         "--earth-infrared-absorptance absorptivity --json",
         "equilibrium --area 1m^2 --heat 0W --earth-ir 200W/m^2 --earth-ir-absorptance "
         "absorptivity --json"}};
    auto words = [](const std::string& line) {
        std::vector<std::string> out;
        std::istringstream in{line};
        for (std::string w; in >> w;) out.push_back(w);
        return out;
    };
    for (const auto& pair : pairs) {
        const auto new_spelling = run_cli(words(pair[0]));
        const auto old_spelling = run_cli(words(pair[1]));
        ASSERT_EQ(new_spelling.status, 0) << pair[0] << ": " << new_spelling.err;
        ASSERT_EQ(old_spelling.status, 0) << pair[1] << ": " << old_spelling.err;
        EXPECT_EQ(new_spelling.out, old_spelling.out) << pair[0];
    }
    EXPECT_EQ(run_cli(words("power --load 10kW --altitude 650km --earth-infrared 200W/m^2 "
                            "--earth-ir 200W/m^2"))
                  .status,
              spacedc::cli::exit_error);
    EXPECT_THAT(run_cli({"power", "--help"}).out, ::testing::Not(HasSubstr("--earth-ir ")));
    EXPECT_THAT(run_cli({"power", "--help"}).out, ::testing::Not(HasSubstr("--specific-power ")));
}
