// Hostile and broken input through every subcommand: each case must end with exit
// status 2 and a one-line error naming what the user gave, never a signal, a hang, a
// wrapped integer, a non-finite number or an overwritten file.

#include "cli_runner.hpp"

#include "testing/scratch_path.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

using spacedc::testing::run_cli;
using ::testing::HasSubstr;

namespace {

namespace fs = std::filesystem;

const std::string configs = std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/";
const std::string spec = configs + "reference_100kw.toml";
const std::string model = configs + "compute_node_network.toml";
const std::string chain = configs + "chain_h100_loop.toml";

/// A file in the test's temporary folder with `text` in it. Every test of this binary
/// runs in its own process and each builds the whole case list, so the file is written
/// beside its name and renamed into place: a process reading it never sees it half
/// written by another.
std::string temp_file(const std::string& name, const std::string& text) {
    const std::string path = spacedc::testing::scratch_path(name);
    const std::string partial = path + "." + std::to_string(::getpid()) + ".partial";
    std::ofstream{partial} << text;
    fs::rename(partial, path);
    return path;
}

std::string repeated(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

/// A TOML value nested 10,000 deep: enough to overflow the parser's stack.
std::string deep_array() { return repeated("[", 10'000) + repeated("]", 10'000); }

struct bad_case {
    std::string what;
    std::vector<std::string> args;
    std::vector<std::string> words; ///< each must appear in the error
};

void PrintTo(const bad_case& c, std::ostream* os) { *os << c.what; }

class BadInput : public ::testing::TestWithParam<bad_case> {};

TEST_P(BadInput, IsRefusedWithExitTwoAndAClearMessage) {
    const auto& c = GetParam();
    const auto r = run_cli(c.args);
    EXPECT_EQ(r.status, 2) << c.what << "\nout: " << r.out << "\nerr: " << r.err;
    EXPECT_TRUE(r.out.empty()) << c.what << ": printed a result: " << r.out;
    for (const auto& w : c.words) EXPECT_THAT(r.err, HasSubstr(w)) << c.what;
    EXPECT_LT(r.err.size(), 2000u) << c.what << ": the error is not one readable line";
}

std::vector<bad_case> cases() {
    const std::string deep = temp_file("spacedc_deep.toml", "x = " + deep_array() + "\n");
    const std::string deep_inline =
        temp_file("spacedc_deep_inline.toml",
                  "x = " + repeated("{a = ", 10'000) + "1" + repeated("}", 10'000) + "\n");
    const std::string dotted = temp_file("spacedc_dotted.toml", repeated("a.", 10'000) + "a = 1\n");
    const std::string empty_model = temp_file("spacedc_empty_model.toml", "# no nodes\n");
    const std::string long_string = temp_file(
        "spacedc_long_string.toml", "[[node]]\nname = \"" + std::string(100'000, 'x') + "\"\n");
    const std::string dir = ::testing::TempDir();
    return {
        // 1. Crashes by signal: deep nesting, directories.
        {"deeply nested array in a network model", {"network", deep}, {"nest", "32"}},
        {"deeply nested inline tables in a spec", {"size", deep_inline}, {"nest", "32"}},
        {"deeply nested array in a chain file",
         {"radiator", "--heat", "100kW", "--junction-max", "358K", "--chain", deep},
         {"nest"}},
        {"dotted key of 10,000 parts", {"size", dotted}, {"dotted key"}},
        {"deeply nested --set value",
         {"size", spec, "--set", "compute.count=" + deep_array()},
         {"--set", "nest"}},
        {"--set key of 10,000 parts",
         {"size", spec, "--set", repeated("a.", 10'000) + "a=1"},
         {"--set", "parts"}},
        {"a directory as a spec", {"size", dir}, {"not a regular file"}},
        {"a directory as a model", {"network", dir}, {"not a regular file"}},
        {"a directory as a chain",
         {"radiator", "--heat", "100kW", "--junction-max", "358K", "--chain", dir},
         {"not a regular file"}},
        {"a device as a model", {"network", "/dev/zero"}, {"not a regular file"}},
        {"a missing file", {"size", dir + "no_such_spec.toml"}, {"no such file"}},
        {"a string of 100 kB", {"network", long_string}, {"string", "max_string_bytes"}},
        // 2. Unbounded work.
        {"a transient of 10^12 steps",
         {"network", model, "--transient", "--duration", "1e9s", "--step", "1ms"},
         {"--duration / --step", "10000000"}},
        {"--max-steps below the run",
         {"network", model, "--transient", "--duration", "100s", "--step", "1s", "--max-steps",
          "10"},
         {"--duration / --step", "at most 10 steps"}},
        {"an empty network model", {"network", empty_model}, {"empty network model"}},
        // 3. Integer wraparound.
        {"a count past 32 bits",
         {"size", spec, "--set", "compute.count=4294967439"},
         {"compute.count", "4294967439", "[1, 100000000]"}},
        {"a count of 10^18",
         {"size", spec, "--set", "compute.count=1000000000000000000"},
         {"compute.count", "1000000000000000000"}},
        {"a negative count", {"size", spec, "--set", "compute.count=-3"}, {"compute.count", "-3"}},
        {"faces out of range", {"size", spec, "--set", "thermal.faces=3"}, {"thermal.faces"}},
        {"a battery-backed share above one",
         {"size", spec, "--set", "compute.battery_backed_fraction=1.5"},
         {"compute.battery_backed_fraction", "1.5", "[0, 1]"}},
        {"a negative absorptivity increase",
         {"size", spec, "--set", "thermal.annual_absorptivity_increase=-0.01"},
         {"thermal.annual_absorptivity_increase", "-0.01"}},
        {"a year that std::chrono::year wraps",
         {"orbit", "--altitude", "650km", "--year", "67563"},
         {"--year", "67563", "[1950, 2050]"}},
        {"a year past 32 bits",
         {"orbit", "--altitude", "650km", "--year", "4294967439"},
         {"--year"}},
        {"a spec year out of range",
         {"size", spec, "--set", "orbit.year=67563"},
         {"orbit.year", "67563"}},
        {"a power year out of range",
         {"power", "--load", "1kW", "--altitude", "650km", "--year", "67563"},
         {"--year"}},
        {"more chips than an int holds",
         {"radiator", "--heat", "5TW", "--junction-max", "358K", "--chain", chain},
         {"--heat / chip_power", "chips"}},
        // 4. Non-finite numbers.
        {"a temperature whose fourth power overflows",
         {"radiator", "--heat", "100kW", "--temperature", "1e308K"},
         {"--temperature", "plausible", "10000 K"}},
        {"a distance whose delay overflows",
         {"latency", "--distance", "1e300km", "--json"},
         {"--distance", "plausible"}},
        {"a hop length whose delay overflows",
         {"latency", "--altitude", "650km", "--laser-hops", "2", "--hop-length", "1e300km"},
         {"--hop-length"}},
        {"an altitude past the plausible", {"latency", "--altitude", "1e300km"}, {"--altitude"}},
        {"a per-hop delay whose sum overflows",
         {"latency", "--distance", "1000km", "--per-hop", "1e308s"},
         {"--per-hop"}},
        {"a load past the plausible",
         {"power", "--load", "1e300kW", "--altitude", "650km"},
         {"--load", "plausible"}},
        {"an infinite launch price",
         {"size", spec, "--set", "cost.launch_cost_per_kg_usd=inf"},
         {"cost.launch_cost_per_kg_usd", "finite"}},
        {"a negative electricity price",
         {"size", spec, "--set", "cost.electricity_price_usd_per_kwh=-1"},
         {"cost.electricity_price_usd_per_kwh"}},
        {"a zero array specific power names the option",
         {"power", "--load", "100kW", "--altitude", "650km", "--solar-specific-power", "0W/kg"},
         {"--solar-specific-power"}},
        {"a zero array specific power in a spec names the key",
         {"size", spec, "--set", "solar.specific_power=0 W/kg"},
         {"solar.specific_power"}},
        {"a cell efficiency above one names the option",
         {"power", "--load", "100kW", "--altitude", "650km", "--efficiency", "1.5"},
         {"--efficiency"}},
        {"an emissivity above one names the option",
         {"radiator", "--heat", "100kW", "--temperature", "300K", "--emissivity", "1.5"},
         {"--emissivity"}},
        {"a NaN quantity", {"radiator", "--heat", "nan W", "--temperature", "300K"}, {"--heat"}},
        // 5. Existing files are not overwritten (more below).
        {"the history written over the model",
         {"network", model, "--transient", "--duration", "100s", "--csv", model},
         {"--csv", "input"}},
        {"the daily table into a missing folder",
         {"orbit", "--altitude", "650km", "--daily", dir + "no/such/folder/days.csv"},
         {"--daily", "no such folder"}},
        // 6. Options that do not apply to the mode run.
        {"--beta without --altitude",
         {"radiator", "--heat", "100kW", "--temperature", "300K", "--beta", "nan"},
         {"--beta", "--altitude"}},
        {"--orientation without --altitude",
         {"radiator", "--heat", "100kW", "--temperature", "300K", "--orientation", "nadir"},
         {"--orientation", "--altitude"}},
        {"--temperature with --chain",
         {"radiator", "--heat", "100kW", "--temperature", "300K", "--junction-max", "358K",
          "--chain", chain},
         {"--temperature"}},
        {"--elevation with --distance only",
         {"latency", "--distance", "10km", "--elevation", "100deg"},
         {"--elevation", "--altitude"}},
        {"--group-index with --altitude only",
         {"latency", "--altitude", "650km", "--group-index", "1.5"},
         {"--group-index", "--distance"}},
        {"--csv without --transient",
         {"network", model, "--csv", dir + "x.csv"},
         {"--csv", "--transient"}},
        {"--step without --transient",
         {"network", model, "--step", "1s"},
         {"--step", "--transient"}},
        {"--force without --csv", {"network", model, "--transient", "--force"}, {"--force"}},
        {"--altitude with --eclipse-free-altitude",
         {"orbit", "--eclipse-free-altitude", "--altitude", "650km"},
         {"--eclipse-free-altitude", "--altitude"}},
        {"--json with --markdown", {"size", spec, "--json", "--markdown"}, {"--markdown"}},
        {"--areal-density with --solar-specific-power",
         {"power", "--load", "1kW", "--altitude", "650km", "--areal-density", "2kg/m^2",
          "--solar-specific-power", "100W/kg"},
         {"--areal-density"}},
        {"the deprecated --earth-ir without the --altitude --earth-infrared needs",
         {"radiator", "--heat", "1kW", "--temperature", "300K", "--earth-ir", "200W/m^2"},
         {"--earth-ir", "--altitude"}},
        {"the deprecated --earth-ir with --earth-temperature",
         {"equilibrium", "--area", "1m^2", "--heat", "0W", "--earth-ir", "200W/m^2",
          "--earth-temperature", "250K"},
         {"--earth-ir", "--earth-temperature"}},
        {"--areal-density with the deprecated --specific-power",
         {"power", "--load", "1kW", "--altitude", "650km", "--areal-density", "2kg/m^2",
          "--specific-power", "100W/kg"},
         {"--areal-density"}},
        {"a trade whose top lies below its bottom",
         {"trade-altitude", spec, "--from", "900km", "--to", "600km"},
         {"--to"}},
        {"a trade with a zero step", {"trade-altitude", spec, "--step", "0km"}, {"--step"}},
        {"a trade of a non-sun-synchronous spec",
         {"trade-altitude", std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/shell_53deg.toml"},
         {"orbit.inclination"}},
        {"a trade below the dose tables is judged per requirement, but below the Earth refused",
         {"trade-altitude", spec, "--from", "-100km"},
         {"--from"}},
        {"--faces 3",
         {"radiator", "--heat", "100kW", "--temperature", "300K", "--faces", "3"},
         {"--faces"}},
    };
}

INSTANTIATE_TEST_SUITE_P(EverySubcommand, BadInput, ::testing::ValuesIn(cases()));

TEST(OutputFiles, AnExistingFileIsKeptUnlessForced) {
    const std::string csv = temp_file("spacedc_existing_history.csv", "keep me\n");
    const std::vector<std::string> args{"network", model, "--transient", "--duration", "100s",
                                        "--step",  "10s", "--csv",       csv};
    const auto refused = run_cli(args);
    EXPECT_EQ(refused.status, 2);
    EXPECT_THAT(refused.err, HasSubstr("exists"));
    EXPECT_THAT(refused.err, HasSubstr("--force"));
    std::ifstream kept{csv};
    std::string line;
    std::getline(kept, line);
    EXPECT_EQ(line, "keep me");

    auto forced_args = args;
    forced_args.push_back("--force");
    const auto forced = run_cli(forced_args);
    ASSERT_EQ(forced.status, 0) << forced.err;
    std::ifstream written{csv};
    std::getline(written, line);
    EXPECT_EQ(line.rfind("time_s,", 0), 0u) << line;
    std::remove(csv.c_str());
}

TEST(OutputFiles, AFailedRunLeavesNothingBehind) {
    const std::string csv = spacedc::testing::scratch_path("spacedc_never_written.csv");
    std::remove(csv.c_str());
    // The transient fails (too many steps for --max-steps) after the file was checked.
    const auto r = run_cli({"network", model, "--transient", "--duration", "100s", "--step", "1s",
                            "--tolerance", "1e-12K", "--max-steps", "20", "--csv", csv});
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_THAT(r.err, HasSubstr("--max-steps"));
    EXPECT_FALSE(fs::exists(csv));
    for (const auto& entry : fs::directory_iterator{::testing::TempDir()}) {
        EXPECT_EQ(entry.path().filename().string().find(".spacedc_never_written.csv."),
                  std::string::npos)
            << "temporary file left: " << entry.path();
    }
}

TEST(InfeasibleSize, ReportsNullForWhatCannotBeBuiltWithTheReasons) {
    // A radiator colder than its absorbed environment cannot reject any heat.
    const auto r = run_cli({"size", spec, "--set", "thermal.radiator_temperature=150 K", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_FALSE(j["feasible"].get<bool>());
    ASSERT_FALSE(j["reasons"].empty());
    EXPECT_THAT(j["reasons"][0].get<std::string>(), HasSubstr("radiator"));
    for (const char* key :
         {"radiator_area_m2", "radiator_mass_kg", "total_mass_kg", "support_mass_kg",
          "chip_to_support_mass_ratio", "compute_power_per_mass_w_per_kg", "launch_cost_usd"}) {
        EXPECT_TRUE(j[key].is_null()) << key << " = " << j[key];
    }
    EXPECT_GT(j["array_area_m2"].get<double>(), 0.0); // the array can still be built

    const auto text = run_cli({"size", spec, "--set", "thermal.radiator_temperature=150 K"});
    ASSERT_EQ(text.status, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("cannot be built"));
    EXPECT_THAT(text.out, ::testing::Not(HasSubstr("launch cost")));
}

TEST(ErrorsNameTheirSource, AnErrorInALargeModelNamesItsLine) {
    // Errors found on the fast reader's document are reported with toml11's locations.
    std::string text = "[[node]]\nname = \"space\"\ntemperature = \"2.725 K\"\n";
    for (int i = 0; i < 200; ++i) text += "[[node]]\nname = \"n" + std::to_string(i) + "\"\n";
    text += "[[conductor]]\nfrom = \"n0\"\nto = \"n1\"\nconductance = \"-2 W/K\"\n";
    const auto r = run_cli({"network", temp_file("spacedc_bad_conductor.toml", text)});
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("spacedc_bad_conductor.toml:404"));
    EXPECT_THAT(r.err, HasSubstr("-2 W/K"));
}

} // namespace
