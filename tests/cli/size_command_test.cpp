#include "cli_runner.hpp"

#include <spacedc/errors.hpp>

#include "testing/scratch_path.hpp"
#include <cmath>
#include <fstream>
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

// The reference config's requirements pass; --check prints them alone and exits 0.
TEST(CliSize, CheckPrintsAPassFailTableAndExitsZeroWhenAllPass) {
    const auto r = run_cli({"size", reference, "--check"});
    ASSERT_EQ(r.status, 0) << r.err << r.out;
    EXPECT_THAT(r.out, HasSubstr("junction temperature"));
    EXPECT_THAT(r.out, HasSubstr("PASS  348.15 K + margin 10 K <= 358.15 K"));
    EXPECT_THAT(r.out, HasSubstr("7 of 7 requirements met"));
    EXPECT_THAT(r.out, ::testing::Not(HasSubstr("total mass")));
}

// Making the node heavier than its launch-mass requirement fails the gate with exit 1.
TEST(CliSize, CheckExitsOneWhenARequirementFails) {
    const auto r = run_cli({"size", reference, "--check", "--set", "compute.count=1000"});
    EXPECT_EQ(r.status, spacedc::cli::exit_checks_failed) << r.err;
    EXPECT_THAT(r.out, HasSubstr("FAIL"));
    EXPECT_THAT(r.out, HasSubstr("of margin missing"));
    EXPECT_THAT(r.err, HasSubstr("requirements not met"));
    // Without --check the same report is printed and the exit status stays 0.
    EXPECT_EQ(run_cli({"size", reference, "--set", "compute.count=1000"}).status, 0);
}

TEST(CliSize, JsonCarriesTheChecks) {
    const auto r = run_cli({"size", reference, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_TRUE(j["checks"].is_array());
    ASSERT_EQ(j["checks"].size(), 7u);
    const auto& first = j["checks"][0];
    EXPECT_EQ(first["name"], "junction temperature");
    EXPECT_EQ(first["unit"], "K");
    EXPECT_EQ(first["kind"], "at_most");
    EXPECT_NEAR(first["bound"].get<double>(), 358.15, 1e-9);
    EXPECT_NEAR(first["margin"].get<double>(), 10.0, 1e-12);
    EXPECT_TRUE(first["pass"].get<bool>());
    EXPECT_EQ(first["case"], "hot");
    EXPECT_EQ(j["checks"][1]["case"], "cold");     // the radiator's lower bound
    EXPECT_EQ(j["checks"][2]["case"], "hot");      // its upper bound
    EXPECT_TRUE(j["checks"][4]["case"].is_null()); // launch mass
    EXPECT_TRUE(j["checks_passed"].get<bool>());
    const auto failing = nlohmann::json::parse(
        run_cli({"size", reference, "--check", "--json", "--set", "compute.count=1000"}).out);
    EXPECT_FALSE(failing["checks_passed"].get<bool>());
}

TEST(CliSize, CheckWithoutRequirementsIsAnError) {
    const auto demo = std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/demonstrator.toml";
    const auto r = run_cli({"size", demo, "--check"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("[[requirement]]"));
}

// The hot and cold cases are named in the JSON, with the orbit alternative to surviving
// eclipses: the same lowest eclipse-free altitude `spacedc orbit` finds.
TEST(CliSize, JsonNamesTheHotAndColdCasesAndTheEclipseFreeAltitude) {
    const auto r = run_cli({"size", reference, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const auto& hot = j["hot_case"];
    const auto& cold = j["cold_case"];
    EXPECT_EQ(hot["date"].get<std::string>().size(), 10u);
    EXPECT_NEAR(hot["absorptivity"].get<double>(), 0.25, 1e-12); // 0.2 + 5 yr x 0.01
    EXPECT_GT(std::abs(hot["beta_deg"].get<double>()), std::abs(cold["beta_deg"].get<double>()));
    EXPECT_NEAR(hot["junction_temperature_k"].get<double>(),
                j["hottest_junction_temperature_k"].get<double>(), 1e-12);
    EXPECT_GT(cold["eclipse_s"].get<double>(), 1000.0);
    const auto orbit = nlohmann::json::parse(
        run_cli({"orbit", "--eclipse-free-altitude", "--ltan", "06:00", "--year", "2027", "--json"})
            .out);
    EXPECT_NEAR(cold["eclipse_free_altitude_m"].get<double>(), orbit["altitude_m"].get<double>(),
                1e-6);
    const auto aged = nlohmann::json::parse(
        run_cli({"size", reference, "--json", "--set", "thermal.annual_absorptivity_increase=0.04"})
            .out);
    EXPECT_NEAR(aged["hot_case"]["absorptivity"].get<double>(), 0.4, 1e-9);
    EXPECT_GT(aged["radiator_area_m2"].get<double>(), j["radiator_area_m2"].get<double>());
}

// Compute carried through eclipses by a battery: its power, battery and recharge in the
// cold case, its heat in the loop, and the resolved share among the inputs.
TEST(CliSize, JsonCarriesTheBatteryBackedCompute) {
    const auto r =
        run_cli({"size", reference, "--json", "--set", "compute.battery_backed_fraction=0.5"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const auto& cold = j["cold_case"];
    EXPECT_NEAR(cold["battery_backed_compute_w"].get<double>(), 0.5 * 143 * 700.0, 1e-9);
    EXPECT_NEAR(cold["dissipated_w"].get<double>(), 0.5 * 143 * 700.0 / 0.92, 1e-6);
    EXPECT_GT(cold["compute_battery_mass_kg"].get<double>(), 0.0);
    EXPECT_GT(cold["compute_battery_recharge_w"].get<double>(), 0.0);
    EXPECT_NEAR(j["inputs"]["compute"]["battery_backed_fraction"].get<double>(), 0.5, 1e-12);
    EXPECT_GT(j["coldest_junction_temperature_k"].get<double>(),
              j["coldest_loop_temperature_k"].get<double>());
}

// The chain's lists are held inline: a ninth link or a name past 48 characters is an
// error naming the list, never a truncation.
TEST(CliSize, ChainLinksBeyondTheInlineLimitsAreRefusedByName) {
    const std::string many = spacedc::testing::scratch_path("size_nine_links.toml");
    {
        std::ofstream f{many};
        for (int i = 0; i < 9; ++i)
            f << "[[thermal.per_chip]]\nname = \"link " << i << "\"\nresistance = \"0.001 K/W\"\n";
    }
    const auto r = run_cli({"size", many});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("thermal.per_chip"));
    EXPECT_THAT(r.err, HasSubstr("at most 8 links"));

    const std::string eight = spacedc::testing::scratch_path("size_eight_links.toml");
    {
        std::ofstream f{eight};
        for (int i = 0; i < 8; ++i)
            f << "[[thermal.per_chip]]\nname = \"link " << i << "\"\nresistance = \"0.001 K/W\"\n";
    }
    EXPECT_EQ(run_cli({"size", eight}).status, 0);

    const std::string long_name = spacedc::testing::scratch_path("size_long_link.toml");
    std::ofstream{long_name} << "[[thermal.shared]]\nname = \"" << std::string(49, 'x')
                             << "\"\nresistance = \"0.001 K/W\"\n";
    const auto l = run_cli({"size", long_name});
    EXPECT_EQ(l.status, spacedc::cli::exit_error);
    EXPECT_THAT(l.err, HasSubstr("thermal.shared.name"));
    EXPECT_THAT(l.err, HasSubstr("at most 48 characters"));
}

// A node on a 53 deg shell (examples/configs/shell_53deg.toml): sized, its orbit in the
// inputs, no eclipse-free altitude (only sun-synchronous orbits have one), and no mission
// dose (no published table covers 53 deg), said as a note.
TEST(CliSize, SizesANodeOnA53DegreeShell) {
    const auto r = run_cli(
        {"size", std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/shell_53deg.toml", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_TRUE(j.at("feasible").get<bool>());
    EXPECT_FALSE(j.at("inputs").at("orbit").at("sun_synchronous").get<bool>());
    EXPECT_NEAR(j.at("inputs").at("orbit").at("inclination_deg").get<double>(), 53.0, 1e-12);
    EXPECT_NEAR(j.at("inputs").at("orbit").at("raan_deg").get<double>(), 120.0, 1e-9);
    EXPECT_TRUE(j.at("inputs").at("orbit").at("ltan_s").is_null());
    EXPECT_TRUE(j.at("mission_dose_rad").is_null());
    EXPECT_TRUE(j.at("cold_case").at("eclipse_free_altitude_m").is_null());
    EXPECT_LT(j.at("sunlit_fraction").get<double>(), 0.75);
    bool noted = false;
    for (const auto& f : j.at("findings"))
        noted |=
            f.at("message").get<std::string>().find("no published dose table") != std::string::npos;
    EXPECT_TRUE(noted);
}

// The eclipse-free dawn-dusk orbit (1400 km) shows its mission dose (behind 5 mm Al,
// between the 1200 and 1500 km rows x 5 years) and fails a 2 krad dose requirement.
TEST(CliSize, EclipseFreeOrbitShowsItsDoseAndFailsTwoKrad) {
    const std::string path = spacedc::testing::scratch_path("dose_spec.toml");
    std::ofstream{path} << "[compute]\ndose_limit = \"2 krad\"\n[orbit]\naltitude = \"1400 km\"\n"
                           "[mission]\nlife = \"5 yr\"\n"
                           "[[requirement]]\nquantity = \"mission_dose\"\n";
    const auto r = run_cli({"size", path, "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_DOUBLE_EQ(j.at("sunlit_fraction").get<double>(), 1.0);
    const double rad = j.at("mission_dose_rad").get<double>();
    EXPECT_GT(rad, 5.0 * 3310.0);
    EXPECT_LT(rad, 5.0 * 7820.0);
    EXPECT_DOUBLE_EQ(j.at("dose_limit_rad").get<double>(), 2000.0);
    EXPECT_NEAR(j.at("dose_margin").get<double>(), 2000.0 / rad - 1.0, 1e-12);
    EXPECT_FALSE(j.at("checks_passed").get<bool>());
    EXPECT_EQ(j.at("checks").at(0).at("unit").get<std::string>(), "Gy");
    const auto check = run_cli({"size", path, "--check"});
    EXPECT_EQ(check.status, 1);
    EXPECT_THAT(check.out, HasSubstr("mission dose"));
}

// spacedc trade-altitude: every strategy below the eclipse-free altitude, "none" above;
// a 15 krad dose requirement fails from where 5 years of the table's dose pass it.
TEST(CliTradeAltitude, TableJsonAndCsvAgree) {
    const std::string path = spacedc::testing::scratch_path("trade_spec.toml");
    std::ofstream{path} << "[compute]\ndose_limit = \"15 krad\"\n[mission]\nlife = \"5 yr\"\n"
                           "[[requirement]]\nquantity = \"mission_dose\"\n";
    const std::string csv = spacedc::testing::scratch_path("trade.csv");
    std::remove(csv.c_str());
    const auto r = run_cli({"trade-altitude", path, "--from", "1000km", "--to", "1500km", "--step",
                            "250km", "--json", "--csv", csv});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const auto& rows = j.at("rows");
    ASSERT_EQ(rows.size(), 4u + 4u + 1u); // 1000, 1250 km: four ways; 1500 km: none needed
    EXPECT_NEAR(j.at("eclipse_free_altitude_m").get<double>(), 1.39e6, 0.01e6);
    for (const auto& row : rows) {
        const double km = row.at("altitude_m").get<double>() / 1e3;
        const double rad = row.at("mission_dose_rad").get<double>();
        const bool fails = !row.at("failed_requirements").empty();
        EXPECT_EQ(fails, rad > 15'000.0) << km;
        if (row.at("strategy") == "compute-battery") {
            EXPECT_DOUBLE_EQ(row.at("availability").get<double>(), 1.0);
        }
    }
    EXPECT_NEAR(rows.at(0).at("mission_dose_rad").get<double>(), 5.0 * 1790.0, 1e-6);
    EXPECT_EQ(rows.back().at("strategy"), "none");
    EXPECT_TRUE(rows.back().at("eclipse_free").get<bool>());
    std::ifstream in{csv};
    std::string line;
    int lines = 0;
    while (std::getline(in, line)) ++lines;
    EXPECT_EQ(lines, 1 + 9);
    const auto text = run_cli({"trade-altitude", path, "--from", "1500km", "--to", "1500km"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("mission dose"));
}

TEST(CliRunJson, IsWhatTheToolPrintsAndThrowsTheLibrarysErrors) {
    const auto printed = run_cli({"size", reference, "--set", "compute.count=200", "--json"});
    ASSERT_EQ(printed.status, 0) << printed.err;
    const auto json = spacedc::cli::run_json("size", {reference, "--set", "compute.count=200"});
    EXPECT_EQ(json, nlohmann::ordered_json::parse(printed.out));
    try {
        spacedc::cli::run_json(
            "radiator", {"--heat", "100 kW", "--temperature", "300 K", "--emissivity", "1.5"});
        FAIL() << "no error";
    } catch (const spacedc::invalid_input& e) {
        EXPECT_EQ(e.parameter(), "--emissivity");
        EXPECT_EQ(e.valid_range(), "(0, 1]");
    }
    EXPECT_THROW(spacedc::cli::run_json("radiator", {"--no-such-option", "1"}),
                 spacedc::invalid_input);
}

TEST(CliRunJson, ListsASubcommandsOptions) {
    const auto options = spacedc::cli::options_of("radiator");
    auto find = [&](const std::string& name) {
        for (const auto& o : options)
            if (o.name == name) return &o;
        return static_cast<const spacedc::cli::command_option*>(nullptr);
    };
    ASSERT_NE(find("heat"), nullptr);
    EXPECT_FALSE(find("heat")->flag);
    ASSERT_NE(find("json"), nullptr);
    EXPECT_TRUE(find("json")->flag);
    EXPECT_EQ(find("no-such-option"), nullptr);
    EXPECT_THROW(spacedc::cli::options_of("no-such-command"), spacedc::invalid_input);
}

// A design whose chain leaves no radiator temperature above the sink is reported, not an
// error: infeasible with its reason, its temperatures null.
TEST(CliSize, AChainWithNoRadiatorTemperatureIsInfeasible) {
    const auto r = run_cli({"size", reference, "--set", "compute.count=40000", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_FALSE(j["feasible"].get<bool>());
    EXPECT_THAT(j["reasons"][0].get<std::string>(), HasSubstr("no radiator temperature above"));
    for (const char* key :
         {"radiator_temperature_k", "junction_temperature_k", "coldest_loop_temperature_k",
          "coldest_junction_temperature_k", "radiator_area_m2", "total_mass_kg"})
        EXPECT_TRUE(j[key].is_null()) << key;
    EXPECT_TRUE(j["hot_case"]["radiator_temperature_k"].is_null());
    EXPECT_TRUE(j["cold_case"]["coldest_without_heater_k"].is_null());
    const auto text = run_cli({"size", reference, "--set", "compute.count=40000"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("none: the chain leaves no temperature above the sink"));
}

// Completion scripts list every subcommand with its own options, from the tool itself.
TEST(CliCompletion, ListsEverySubcommandAndItsOptions) {
    const auto bash = run_cli({"completion", "bash"});
    ASSERT_EQ(bash.status, 0) << bash.err;
    for (const auto& c : spacedc::cli::commands()) {
        EXPECT_THAT(bash.out, HasSubstr(" " + c.name)) << c.name;
        for (const auto& o : c.options) EXPECT_THAT(bash.out, HasSubstr("--" + o.name)) << o.name;
    }
    EXPECT_THAT(bash.out,
                HasSubstr("size) options='--help --from-json --set --json --markdown --check'"));
    EXPECT_THAT(bash.out, HasSubstr("report) options='--help --set --out --format --force'"));
    EXPECT_THAT(bash.out, HasSubstr("complete -o filenames -F _spacedc spacedc"));
    const auto zsh = run_cli({"completion", "zsh"});
    ASSERT_EQ(zsh.status, 0) << zsh.err;
    EXPECT_EQ(zsh.out.rfind("#compdef spacedc\n", 0), 0u);
    EXPECT_THAT(zsh.out, HasSubstr("'--heat[Heat to reject, e.g. 100kW]:value:'"));
    EXPECT_THAT(zsh.out, HasSubstr("'*:file:_files'"));
    const auto bad = run_cli({"completion", "fish"});
    EXPECT_EQ(bad.status, spacedc::cli::exit_error);
    EXPECT_THAT(bad.err, HasSubstr("shell = fish is invalid; valid range: bash or zsh"));
}

// A quantity the shell split in two gets a hint to quote it.
TEST(CliArguments, ASplitQuantitySaysHowToWriteIt) {
    const auto r = run_cli({"orbit", "--altitude", "650", "km", "--json"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("not expected: km"));
    EXPECT_THAT(r.err, HasSubstr("write --altitude '650 km' (quoted) or --altitude 650km"));
    const auto stray = run_cli({"orbit", "--altitude", "650km", "extra.toml"});
    EXPECT_EQ(stray.status, spacedc::cli::exit_error);
    EXPECT_THAT(stray.err, ::testing::Not(HasSubstr("quoted")));
}

// Money and masses in the human reports are never in scientific notation.
TEST(CliSize, HumanReportWritesDollarsInWords) {
    const auto r = run_cli({"size", reference});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.find("e+"), std::string::npos) << r.out;
    EXPECT_THAT(r.out, HasSubstr(" million ("));
    const auto e = run_cli({"economics", "--mass", "575000kg", "--power", "28MW"});
    ASSERT_EQ(e.status, 0) << e.err;
    EXPECT_EQ(e.out.find("e+"), std::string::npos) << e.out;
}

// --help names what each option takes (--heat POWER), never CLI11's bare TEXT.
TEST(CliHelp, NamesTheKindOfEveryOption) {
    for (const auto& c : spacedc::cli::commands()) {
        const auto r = run_cli({c.name, "--help"});
        ASSERT_EQ(r.status, 0) << c.name;
        EXPECT_EQ(r.out.find(" TEXT"), std::string::npos) << c.name << ":\n" << r.out;
        EXPECT_EQ(r.out.find(" FLOAT"), std::string::npos) << c.name << ":\n" << r.out;
    }
    EXPECT_THAT(run_cli({"radiator", "--help"}).out, HasSubstr("--heat POWER REQUIRED"));
    EXPECT_THAT(run_cli({"trade-altitude", "--help"}).out, HasSubstr("--step LENGTH"));
    EXPECT_THAT(run_cli({"network", "--help"}).out, HasSubstr("--step DURATION"));
    EXPECT_THAT(run_cli({"report", "--help"}).out, HasSubstr("file FILE REQUIRED"));
    EXPECT_THAT(run_cli({"size", "--help"}).out, HasSubstr("(required unless --from-json)"));
    EXPECT_THAT(run_cli({"size", "--help"}).out, HasSubstr("--from-json FILE"));
}

// orbit's --altitude is required unless the question is the eclipse-free altitude: the
// help and the error say so.
TEST(CliHelp, OrbitSaysWhenItsAltitudeIsRequired) {
    EXPECT_THAT(run_cli({"orbit", "--help"}).out,
                HasSubstr("(required unless --eclipse-free-altitude)"));
    const auto r = run_cli({"orbit", "--json"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("--altitude = (missing) is invalid: required unless "
                                 "--eclipse-free-altitude"));
}

namespace {

/// Writes `text` to the test's scratch file `name` and returns its path.
std::string write_scratch(std::string_view name, const std::string& text) {
    const std::string path = spacedc::testing::scratch_path(name);
    std::ofstream{path} << text;
    return path;
}

} // namespace

// `inputs` is the whole resolved spec: replaying it gives the same output, byte for byte,
// on every example spec and on one that sets every optional key (fin, dose limit, areal
// density instead of specific power, capacitance, a given radiator temperature, a node
// of a non-sun-synchronous orbit, an empty shared chain).
TEST(CliSize, FromJsonReplaysARunExactly) {
    const std::string configs = std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/";
    const std::vector<std::vector<std::string>> runs{
        {configs + "reference_100kw.toml"},
        {configs + "demonstrator.toml"},
        {configs + "next_generation.toml"},
        {configs + "today.toml"},
        {configs + "shell_53deg.toml", "--set", R"(solar.areal_density="2.1 kg/m^2")", "--set",
         R"x(thermal.fin={conductivity="167 W/(m K)", thickness="1 mm", half_width="5 cm"})x",
         "--set", R"(compute.dose_limit="3 krad")", "--set", "thermal.capacitance=\"2 MJ/K\"",
         "--set", "thermal.radiator_temperature=\"290 K\"", "--set", "orbit.raan=\"33.3 deg\"",
         "--set", "thermal.shared=[]"},
    };
    for (auto args : runs) {
        args.insert(args.begin(), "size");
        args.push_back("--json");
        const auto run = run_cli(args);
        ASSERT_EQ(run.status, 0) << args[1] << ": " << run.err;
        const auto path = write_scratch("run.json", run.out);
        const auto replay = run_cli({"size", "--from-json", path, "--json"});
        ASSERT_EQ(replay.status, 0) << replay.err;
        EXPECT_EQ(replay.out, run.out) << args[1];
    }
}

TEST(CliSize, FromJsonTakesOverridesAndKeepsTheRequirements) {
    const auto run = run_cli({"size", reference, "--json"});
    ASSERT_EQ(run.status, 0) << run.err;
    const auto path = write_scratch("run.json", run.out);
    const auto more =
        run_cli({"size", "--from-json", path, "--set", "compute.count=512", "--json"});
    ASSERT_EQ(more.status, 0) << more.err;
    EXPECT_NEAR(nlohmann::json::parse(more.out)["compute_power_w"].get<double>(), 512 * 700.0,
                1e-9);
    const auto check = run_cli({"size", "--from-json", path, "--check"});
    EXPECT_EQ(check.status, 0) << check.err;
    EXPECT_THAT(check.out, HasSubstr("7 of 7 requirements met"));
}

TEST(CliSize, FromJsonRefusesWhatIsNotARunByName) {
    const auto run = run_cli({"size", reference, "--json"});
    ASSERT_EQ(run.status, 0) << run.err;
    auto j = nlohmann::json::parse(run.out);
    j["inputs"]["orbit"]["altitude_km"] = 650;
    auto r = run_cli({"size", "--from-json", write_scratch("unknown.json", j.dump())});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("inputs.orbit.altitude_km"));

    j = nlohmann::json::parse(run.out);
    j["inputs"]["thermal"]["emissivity"] = 1.5;
    r = run_cli({"size", "--from-json", write_scratch("emissivity.json", j.dump())});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("emissivity"));

    j = nlohmann::json::parse(run.out);
    j["inputs"]["compute"]["count"] = "many";
    r = run_cli({"size", "--from-json", write_scratch("count.json", j.dump())});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("compute.count"));

    r = run_cli({"size", "--from-json", write_scratch("broken.json", "{\"inputs\": ")});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("--from-json"));
    r = run_cli({"size", "--from-json", write_scratch("empty.json", "{}")});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("no inputs"));
    r = run_cli({"size"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("--from-json"));
    r = run_cli({"size", reference, "--from-json", write_scratch("run.json", run.out)});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
}
