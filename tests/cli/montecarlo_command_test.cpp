#include "cli_runner.hpp"

#include <spacedc/io/uncertainty_file.hpp>

#include "testing/scratch_path.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using spacedc::testing::run_cli;
using ::testing::HasSubstr;

namespace {
const std::string example =
    std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/uncertain_100kw.toml";

std::string write_spec(const std::string& name, const std::string& text) {
    const std::string path = spacedc::testing::scratch_path(name);
    std::ofstream{path} << text;
    return path;
}
} // namespace

// The same seed gives the same study, another seed another; the summary is ordered
// (P5 <= P50 <= P95), probabilities are probabilities, and every key is there.
TEST(CliMontecarlo, ReproducibleWithItsSeedAndComplete) {
    const auto a = run_cli({"montecarlo", example, "--samples", "400", "--seed", "3", "--json"});
    ASSERT_EQ(a.status, 0) << a.err;
    const auto b = run_cli({"montecarlo", example, "--samples", "400", "--seed", "3", "--json"});
    EXPECT_EQ(a.out, b.out);
    const auto c = run_cli({"montecarlo", example, "--samples", "400", "--seed", "4", "--json"});
    EXPECT_NE(a.out, c.out);
    const auto j = nlohmann::json::parse(a.out);
    for (const char* key : {"samples", "seed", "feasible", "mean", "std", "p05", "p50", "p95",
                            "requirement_probability", "sensitivity"})
        EXPECT_TRUE(j.contains(key)) << key;
    for (const auto& [name, p50] : j["p50"].items()) {
        EXPECT_LE(j["p05"][name].get<double>(), p50.get<double>()) << name;
        EXPECT_LE(p50.get<double>(), j["p95"][name].get<double>()) << name;
    }
    for (const auto& [name, p] : j["requirement_probability"].items()) {
        EXPECT_GE(p.get<double>(), 0.0) << name;
        EXPECT_LE(p.get<double>(), 1.0) << name;
    }
    // More server mass per chip makes a heavier node: the strongest rank correlation of
    // the total mass is with it, and positive.
    const auto& s = j["sensitivity"]["total_mass_kg"];
    EXPECT_GT(s["compute.server_mass_per_accelerator"].get<double>(), 0.5);
}

// Threads take contiguous blocks of samples joined in order: the study is the same,
// to the last digit, on one, two or three threads.
TEST(CliMontecarlo, IdenticalOnAnyNumberOfThreads) {
    const auto one = run_cli({"montecarlo", example, "--samples", "301", "--json"});
    ASSERT_EQ(one.status, 0) << one.err;
    for (const char* threads : {"2", "3"}) {
        const auto many =
            run_cli({"montecarlo", example, "--samples", "301", "--threads", threads, "--json"});
        ASSERT_EQ(many.status, 0) << many.err;
        EXPECT_EQ(many.out, one.out) << threads;
    }
    EXPECT_EQ(run_cli({"montecarlo", example, "--threads", "0"}).status, spacedc::cli::exit_error);
}

// A parameter that changes nothing leaves no spread and no correlation; one that sets
// the chip count exactly moves the chip mass in step (rank correlation 1).
TEST(CliMontecarlo, SensitivityFollowsThePhysics) {
    const auto spec = write_spec("mc_pue.toml", R"(
[uncertain]
"cost.ground_pue" = { distribution = "uniform", lower = 1.1, upper = 1.6 }
"compute.count" = { distribution = "uniform", lower = 100, upper = 200 }
)");
    const auto r = run_cli({"montecarlo", spec, "--samples", "300", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_NEAR(j["sensitivity"]["total_mass_kg"]["cost.ground_pue"].get<double>(), 0.0, 0.2);
    EXPECT_GT(j["sensitivity"]["total_mass_kg"]["compute.count"].get<double>(), 0.99);
    EXPECT_GT(j["std"]["total_mass_kg"].get<double>(), 0.0);
}

// Sample i is the same whichever order the samples are drawn in.
TEST(CliMontecarlo, SamplesAreCounterBased) {
    spacedc::io::node_uncertainty study{example};
    const auto late_first = study.draw(9, 1000);
    (void)study.draw(9, 0);
    EXPECT_EQ(study.draw(9, 1000), late_first);
    ASSERT_EQ(study.parameters().size(), 5u);
    EXPECT_EQ(study.parameters()[0].key, "compute.server_mass_per_accelerator");
    const auto spec = study.spec(late_first);
    EXPECT_NEAR(spec.compute.server_mass_per_accelerator.value(), late_first[0], 1e-9);
}

TEST(CliMontecarlo, BadStudiesExitTwoNamingTheKey) {
    auto run = [](const std::string& text, std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"montecarlo", write_spec("mc_bad.toml", text)};
        args.insert(args.end(), extra.begin(), extra.end());
        return run_cli(args);
    };
    auto r = run("", {"--samples", "0"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("--samples"));
    r = run("", {"--samples", "20000000"});
    EXPECT_THAT(r.err, HasSubstr("[1, 10000000]"));
    r = run("[uncertain]\n\"solar.efficiency\" = { distribution = \"normal\", mean = 0.3, "
            "sigma = -0.01 }\n");
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("uncertain.solar.efficiency.sigma"));
    r = run("[uncertain]\n\"solar.efficiency\" = { distribution = \"uniform\", lower = 0.3, "
            "upper = 0.2 }\n");
    EXPECT_THAT(r.err, HasSubstr("lower < upper"));
    r = run("[uncertain]\n\"solar.efficiency\" = { distribution = \"cauchy\", lower = 0.3 }\n");
    EXPECT_THAT(r.err, HasSubstr("normal, lognormal, uniform or triangular"));
    r = run("[uncertain]\n\"solar.efficency\" = { distribution = \"uniform\", lower = 0.2, "
            "upper = 0.3 }\n");
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("efficency"));
}

// Two requirements with one name keep a probability each (the later one named by its
// table), not one key overwritten.
TEST(CliMontecarlo, RequirementsNamedAlikeKeepTheirOwnProbability) {
    const auto spec = write_spec(
        "montecarlo_alike.toml",
        "[uncertain]\n\"solar.efficiency\" = { distribution = \"uniform\", lower = 0.28, upper = "
        "0.32 }\n[[requirement]]\nquantity = \"launch_mass\"\nat_most = \"100 t\"\nname = "
        "\"mass\"\n[[requirement]]\nquantity = \"launch_mass\"\nat_most = \"1 kg\"\nname = "
        "\"mass\"\n");
    const auto r = run_cli({"montecarlo", spec, "--samples", "20", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto p = nlohmann::json::parse(r.out).at("requirement_probability");
    EXPECT_DOUBLE_EQ(p.at("mass").get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(p.at("mass (requirement[2])").get<double>(), 0.0);
}
