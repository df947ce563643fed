#include "cli_runner.hpp"

#include "testing/scratch_path.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

using spacedc::testing::run_cli;
using spacedc::testing::scratch_path;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

const std::string reference =
    std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/reference_100kw.toml";

bool have_gnuplot() { return std::system("command -v gnuplot > /dev/null 2>&1") == 0; }

std::string read(const std::string& path) {
    std::ifstream in{path};
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

/// The report of `args` (after `report`) written to a scratch HTML file.
std::string html_report(std::vector<std::string> args) {
    const std::string out = scratch_path("review.html");
    std::remove(out.c_str());
    args.insert(args.begin(), "report");
    args.insert(args.end(), {"-o", out});
    const auto r = run_cli(args);
    EXPECT_EQ(r.status, 0) << r.err;
    return read(out);
}

} // namespace

TEST(CliReport, HtmlIsOneSelfContainedPageWithEverySection) {
    if (!have_gnuplot()) GTEST_SKIP() << "gnuplot is not installed (gnuplot-nox)";
    const std::string page = html_report({reference});
    EXPECT_THAT(page, HasSubstr("<!DOCTYPE html>"));
    for (const char* section :
         {"findings", "results", "requirements", "cases", "mass", "plots", "inputs"})
        EXPECT_THAT(page, HasSubstr(fmt::format("<h2 id=\"{}\">", section))) << section;
    EXPECT_EQ(count(page, "<svg"), 5u); // year, array, radiator, eclipse, mass
    for (const char* figure : {"fig-year", "fig-array", "fig-radiator", "fig-eclipse", "fig-mass"})
        EXPECT_THAT(page, HasSubstr(fmt::format("<figure id=\"{}\">", figure))) << figure;
    // Nothing is fetched: no script, no linked style sheet, no source.
    EXPECT_THAT(page, Not(HasSubstr("<script")));
    EXPECT_THAT(page, Not(HasSubstr("<link")));
    EXPECT_THAT(page, Not(HasSubstr(" src=")));
    // The numbers are size's: the array, the radiator, the verdict.
    EXPECT_THAT(page, HasSubstr("<td>521.21</td>"));
    EXPECT_THAT(page, HasSubstr("<td>149.51</td>"));
    EXPECT_THAT(page, HasSubstr("Feasible: 7 of 7 requirements met"));
    EXPECT_THAT(page, HasSubstr("<tr class=\"pass\"><td>junction temperature</td>"));
    // Every id on the page is unique, the plots' own included.
    std::set<std::string> ids;
    for (auto at = page.find(" id="); at != std::string::npos; at = page.find(" id=", at + 1)) {
        const char quote = page[at + 4];
        const auto end = page.find(quote, at + 5);
        ASSERT_NE(end, std::string::npos);
        const std::string id = page.substr(at + 5, end - at - 5);
        EXPECT_TRUE(ids.insert(id).second) << "duplicate id " << id;
    }
    EXPECT_GT(ids.size(), 50u);
}

TEST(CliReport, InputsNameWhereEachValueComesFrom) {
    const auto r = run_cli({"report", reference, "--format", "md", "--set", "compute.count=200"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("| compute.count | 200 | --set |"));
    EXPECT_THAT(r.out, HasSubstr("| orbit.altitude | 650000 m | file |"));
    EXPECT_THAT(r.out, HasSubstr("| orbit.ltan | 21600 s (06:00) | file |"));
    EXPECT_THAT(r.out, HasSubstr("| battery.specific\\_energy | 540000 J/kg | default |"));
    EXPECT_THAT(r.out, HasSubstr("| orbit.inclination | 97.986° | derived |"));
    EXPECT_THAT(r.out, HasSubstr("| thermal.per\\_chip | junction to case: 0.02 K/W; "));
    EXPECT_THAT(r.out, HasSubstr("overrides: --set compute.count=200"));
    EXPECT_THAT(r.out,
                HasSubstr("| requirement | case | value | bound | margin | to spare | result |"));
    EXPECT_THAT(r.out, HasSubstr("The plots are in the HTML report"));
}

TEST(CliReport, LeavesOutThePlotsThatDoNotApply) {
    if (!have_gnuplot()) GTEST_SKIP() << "gnuplot is not installed (gnuplot-nox)";
    // Eclipse-free at 1500 km: no eclipse to plot.
    const std::string lit = html_report({reference, "--set", "orbit.altitude=\"1500 km\""});
    EXPECT_EQ(count(lit, "<svg"), 4u);
    EXPECT_THAT(lit, Not(HasSubstr("fig-eclipse")));
    EXPECT_THAT(lit, HasSubstr("none in the year"));
    // 40,000 chips on one loop leave no radiator temperature: infeasible, reported as such.
    const std::string crowded = html_report({reference, "--set", "compute.count=40000"});
    EXPECT_THAT(crowded, HasSubstr("Infeasible"));
    EXPECT_THAT(crowded, HasSubstr("INFEASIBLE: "));
    EXPECT_EQ(count(crowded, "<svg"), 2u); // the year and the array only
}

TEST(CliReport, RefusesABadFormatAndAnExistingFile) {
    auto r = run_cli({"report", reference, "--format", "pdf"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("--format"));

    const std::string existing = scratch_path("existing.html");
    std::ofstream{existing} << "keep me";
    r = run_cli({"report", reference, "--format", "md", "-o", existing});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_EQ(read(existing), "keep me");
    r = run_cli({"report", reference, "--format", "md", "-o", reference});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    r = run_cli({"report", reference, "--format", "md", "-o", existing, "--force"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(read(existing), HasSubstr("# Design review: "));
    r = run_cli({"report", reference, "--set", "thermal.emissivity=1.5"});
    EXPECT_EQ(r.status, spacedc::cli::exit_error);
    EXPECT_THAT(r.err, HasSubstr("emissivity"));
}
