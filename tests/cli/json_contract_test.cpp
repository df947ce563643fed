// The JSON contract shared by every subcommand: one object whose altitudes are measured
// above the Earth it names in `earth_radius_m`.

#include "cli_runner.hpp"

#include <spacedc/constants.hpp>
#include <spacedc/version.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using spacedc::testing::run_cli;

namespace {
const std::string configs = std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/";
} // namespace

TEST(JsonContract, EverySubcommandNamesTheEarthRadiusItMeasuresAltitudeFrom) {
    const std::vector<std::vector<std::string>> runs = {
        {"orbit", "--altitude", "650km"},
        {"power", "--load", "10kW", "--altitude", "650km"},
        {"radiator", "--heat", "10kW", "--temperature", "300K", "--altitude", "650km"},
        {"equilibrium", "--altitude", "650km"},
        {"economics", "--mass", "575kg", "--power", "28kW"},
        {"dose", "--altitude", "650km"},
        {"network", configs + "compute_node_network.toml"},
        {"size", configs + "reference_100kw.toml"},
        {"latency", "--altitude", "650km", "--elevation", "90deg"},
        {"sweep", configs + "sweep_100kw.toml"},
        {"montecarlo", configs + "uncertain_100kw.toml", "--samples", "20"},
        {"trade-altitude", configs + "reference_100kw.toml", "--from", "1300km", "--to", "1400km"},
    };
    for (auto args : runs) {
        args.push_back("--json");
        const auto r = run_cli(args);
        ASSERT_EQ(r.status, 0) << args[0] << ": " << r.err;
        const auto j = nlohmann::json::parse(r.out);
        ASSERT_TRUE(j.is_object()) << args[0];
        EXPECT_EQ(j.at("earth_radius_m").get<double>(),
                  spacedc::constants::earth_equatorial_radius.value())
            << args[0];
        // Every run says which tool and which contract printed it.
        EXPECT_EQ(j.at("spacedc_version").get<std::string>(), spacedc::version_string) << args[0];
        EXPECT_EQ(j.at("schema_version").get<int>(), 1) << args[0];
    }
}

// No reason is null, never an empty string, in every output that has a `reason`.
TEST(JsonContract, NoReasonIsNull) {
    const auto found = run_cli({"orbit", "--eclipse-free-altitude", "--json"});
    ASSERT_EQ(found.status, 0) << found.err;
    EXPECT_TRUE(nlohmann::json::parse(found.out).at("reason").is_null());
    const auto built = run_cli({"radiator", "--heat", "1kW", "--temperature", "300K", "--json"});
    ASSERT_EQ(built.status, 0) << built.err;
    EXPECT_TRUE(nlohmann::json::parse(built.out).at("reason").is_null());
}
