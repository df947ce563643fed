#include "cli_runner.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>

using spacedc::testing::run_cli;
using ::testing::HasSubstr;

// Suncatcher Table 1 in one call: 575 kg, 28.3 kW, 5 years at $200/kg -> $810 per kW-year;
// the penalty and the breakeven year are in the contract.
TEST(CliEconomics, SuncatcherRowInOneCall) {
    const auto r = run_cli({"economics", "--mass", "575kg", "--power", "28.295kW", "--launch-price",
                            "200", "--failure-rate", "9 %", "--learning-rate", "0.2", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_NEAR(j.at("launch_price_per_kw_year_usd").get<double>(), 810.0, 5.0);
    EXPECT_NEAR(j.at("lifetime_penalty").get<double>(), 0.45 / -std::expm1(-0.45), 1e-12);
    EXPECT_NEAR(j.at("launch_price_per_kw_year_with_penalty_usd").get<double>(),
                j.at("launch_price_per_kw_year_usd").get<double>() *
                    j.at("lifetime_penalty").get<double>(),
                1e-9);
    // Ground: $0.08/kWh x 1.2 x 8766 h; the breakeven launch price prices the kW-year at it.
    EXPECT_NEAR(j.at("ground_price_per_kw_year_usd").get<double>(), 0.08 * 1.2 * 8766.0, 1e-9);
    EXPECT_TRUE(j.contains("breakeven_year"));
    EXPECT_TRUE(j.contains("breakeven_launch_price_per_kg_usd"));
}

TEST(CliEconomics, BadInputNamesTheOption) {
    for (const auto& [args, word] : std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"--mass", "0kg", "--power", "1kW"}, "--mass"},
             {{"--mass", "1kg", "--power", "-1kW"}, "--power"},
             {{"--mass", "1kg", "--power", "1kW", "--launch-price", "-5"}, "--launch-price"},
             {{"--mass", "1kg", "--power", "1kW", "--failure-rate", "-1"}, "--failure-rate"},
             {{"--mass", "1kg", "--power", "1kW", "--learning-rate", "1.5"}, "--learning-rate"},
             {{"--mass", "1kg", "--power", "1kW", "--life", "0 s"}, "--life"},
             {{"--mass", "1kg", "--power", "1kW", "--start-year", "nan"}, "--start-year"}}) {
        std::vector<std::string> full{"economics"};
        full.insert(full.end(), args.begin(), args.end());
        const auto r = run_cli(full);
        EXPECT_EQ(r.status, 2) << word;
        EXPECT_THAT(r.err, HasSubstr(word));
    }
}
