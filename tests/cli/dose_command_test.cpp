#include "cli_runner.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using spacedc::testing::run_cli;
using ::testing::HasSubstr;

// The eclipse-free dawn-dusk orbit fails a 2 krad tolerance behind 5 mm Al over 5 years
// (LITERATURE: within months), while 500 km passes it.
TEST(CliDose, EclipseFreeOrbitFailsTwoKiloradBehindFiveMillimetres) {
    const auto high = run_cli(
        {"dose", "--altitude", "1390km", "--life", "5yr", "--dose-limit", "2000", "--json"});
    ASSERT_EQ(high.status, 0) << high.err;
    const auto j = nlohmann::json::parse(high.out);
    EXPECT_EQ(j.at("shielding_m").get<double>(), 0.005);
    EXPECT_LT(j.at("dose_margin").get<double>(), 0.0);
    EXPECT_LT(j.at("time_to_limit_s").get<double>(), 0.5 * 365.25 * 86400.0);
    EXPECT_NEAR(j.at("mission_dose_rad").get<double>(),
                5.0 * j.at("dose_rate_rad_per_year").get<double>(), 1e-9);
    EXPECT_NEAR(j.at("mission_dose_gy").get<double>(),
                j.at("mission_dose_rad").get<double>() / 100.0, 1e-9);
    const auto low =
        run_cli({"dose", "--altitude", "500km", "--life", "5yr", "--dose-limit", "2000", "--json"});
    ASSERT_EQ(low.status, 0) << low.err;
    EXPECT_GT(nlohmann::json::parse(low.out).at("dose_margin").get<double>(), 0.0);
}

TEST(CliDose, RefusesWhatTheTablesDoNotCover) {
    const auto below = run_cli({"dose", "--altitude", "400km"});
    EXPECT_EQ(below.status, 2);
    EXPECT_THAT(below.err, HasSubstr("--altitude"));
    EXPECT_THAT(below.err, HasSubstr("no extrapolation"));
    const auto orbit = run_cli({"dose", "--altitude", "650km", "--orbit", "53-deg"});
    EXPECT_EQ(orbit.status, 2);
    EXPECT_THAT(orbit.err, HasSubstr("--orbit"));
    EXPECT_EQ(run_cli({"dose", "--altitude", "650km", "--dose-limit", "-5"}).status, 2);
    const auto no_life =
        run_cli({"dose", "--altitude", "650km", "--life", "0 s", "--dose-limit", "2000"});
    EXPECT_EQ(no_life.status, 2);
    EXPECT_THAT(no_life.err, HasSubstr("--life"));
}
