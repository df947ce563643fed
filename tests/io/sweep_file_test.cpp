#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/io/sweep_file.hpp>
#include <spacedc/node/size_node.hpp>

#include "testing/scratch_path.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace io = spacedc::io;
using ::testing::HasSubstr;

namespace {
std::string write_spec(const std::string& name, const std::string& text) {
    const std::string path = spacedc::testing::scratch_path(name);
    std::ofstream{path} << text;
    return path;
}

std::string error_of(const std::string& text) {
    try {
        io::node_sweep sweep{write_spec("bad_sweep.toml", text)};
        for (std::uint64_t i = 0; i < sweep.designs(); ++i) (void)sweep.spec(i);
    } catch (const spacedc::invalid_input& e) {
        return e.what();
    }
    return "(no error)";
}
} // namespace

// Lists, stepped, counted and log-spaced ranges expand to the values they name, the
// axes in key order, the designs crossing them with the last axis fastest; each design's
// spec is what --set with the same values reads.
TEST(SweepFile, AxesExpandAndCrossIntoTheSpecsSetWouldRead) {
    const auto path = write_spec("sweep.toml", R"(
[sweep]
"compute.count" = [100, 200]
"orbit.altitude" = { from = "600 km", to = "1000 km", step = "200 km" }
"thermal.areal_density" = { from = "2 kg/m^2", to = "8 kg/m^2", count = 3, log = true }
"power.design_margin" = { from = 0.0, to = 0.2, count = 3 }
)");
    io::node_sweep sweep{path};
    const auto& axes = sweep.axes();
    ASSERT_EQ(axes.size(), 4u);
    EXPECT_EQ(axes[0].key, "compute.count");
    EXPECT_EQ(axes[1].key, "orbit.altitude");
    EXPECT_EQ(axes[2].key, "power.design_margin");
    EXPECT_EQ(axes[3].key, "thermal.areal_density");
    EXPECT_EQ(axes[0].values, (std::vector<std::string>{"100", "200"}));
    EXPECT_EQ(axes[1].values, (std::vector<std::string>{"600 km", "800 km", "1000 km"}));
    EXPECT_EQ(axes[2].values, (std::vector<std::string>{"0", "0.1", "0.2"}));
    EXPECT_EQ(axes[3].values, (std::vector<std::string>{"2 kg/m^2", "4 kg/m^2", "8 kg/m^2"}));
    EXPECT_EQ(sweep.designs(), 2u * 3u * 3u * 3u);
    EXPECT_EQ(sweep.position(1), (std::vector<std::size_t>{0, 0, 0, 1}));
    EXPECT_EQ(sweep.position(sweep.designs() - 1), (std::vector<std::size_t>{1, 2, 2, 2}));
    for (std::uint64_t i : {0ull, 1ull, 17ull, 53ull}) {
        const auto at = sweep.position(i);
        std::vector<std::string> sets;
        for (std::size_t k = 0; k < axes.size(); ++k)
            sets.push_back(axes[k].key + "=" + axes[k].values[at[k]]);
        const auto expected = io::read_node_spec(path, sets);
        const auto got = sweep.spec(i);
        EXPECT_EQ(got.compute.count, expected.compute.count) << i;
        EXPECT_EQ(got.orbit.altitude.value(), expected.orbit.altitude.value()) << i;
        EXPECT_EQ(got.conversion.design_margin.value(), expected.conversion.design_margin.value());
        EXPECT_EQ(got.thermal.areal_density.value(), expected.thermal.areal_density.value()) << i;
        // The whole design, not just the swept fields, is the reader's.
        EXPECT_EQ(spacedc::node::size_node(got).mass.total.value(),
                  spacedc::node::size_node(expected).mass.total.value())
            << i;
    }
    EXPECT_THROW((void)sweep.position(sweep.designs()), spacedc::invalid_input);
}

// A spec without [sweep] is one design, the spec itself; nested tables name keys too.
TEST(SweepFile, NoSweepIsOneDesignAndNestedTablesNameKeys) {
    io::node_sweep one{write_spec("one.toml", "[compute]\ncount = 12\n")};
    EXPECT_EQ(one.designs(), 1u);
    EXPECT_EQ(one.spec(0).compute.count, 12);
    io::node_sweep nested{write_spec("nested.toml", "[sweep.compute]\ncount = [1, 2, 3]\n")};
    ASSERT_EQ(nested.axes().size(), 1u);
    EXPECT_EQ(nested.axes()[0].key, "compute.count");
    EXPECT_EQ(nested.spec(2).compute.count, 3);
}

// Malformed axes are errors naming sweep.<key>, before any design is sized; a value the
// spec reader refuses names the reader's key and the design.
TEST(SweepFile, BadAxesNameTheirKey) {
    EXPECT_THAT(error_of("[sweep]\n\"compute.count\" = []\n"), HasSubstr("sweep.compute.count"));
    EXPECT_THAT(error_of("[sweep]\n\"orbit.altitude\" = { from = \"600 km\", to = \"500 km\", "
                         "step = \"100 km\" }\n"),
                HasSubstr("from <= to"));
    EXPECT_THAT(error_of("[sweep]\n\"orbit.altitude\" = { from = \"600 km\", to = \"900 km\", "
                         "step = \"-1 km\" }\n"),
                HasSubstr("sweep.orbit.altitude.step"));
    EXPECT_THAT(error_of("[sweep]\n\"orbit.altitude\" = { from = \"600 km\", to = \"0.9 Mm\", "
                         "step = \"100 km\" }\n"),
                HasSubstr("one unit"));
    EXPECT_THAT(error_of("[sweep]\n\"orbit.altitude\" = { from = \"abc\", to = \"900 km\", "
                         "count = 3 }\n"),
                HasSubstr("sweep.orbit.altitude.from"));
    EXPECT_THAT(error_of("[sweep]\n\"orbit.altitude\" = { from = 1, to = 9, count = 0 }\n"),
                HasSubstr("sweep.orbit.altitude.count"));
    EXPECT_THAT(error_of("[sweep]\n\"orbit.altitude\" = { from = 1, to = 9 }\n"),
                HasSubstr("one of step and count"));
    EXPECT_THAT(error_of("[sweep]\n\"compute.cuont\" = [1, 2]\n"), HasSubstr("cuont"));
    EXPECT_THAT(error_of("[sweep]\n\"compute.count\" = [1, -2]\n"),
                HasSubstr("sweep.compute.count = -2"));
    EXPECT_THAT(error_of("[sweep]\n\"compute.count\" = 5\n"), HasSubstr("a list of values"));
    EXPECT_THAT(error_of("[sweep]\na = { from = 1, to = 1000000, step = 1 }\n"
                         "b = { from = 1, to = 1000000, step = 1 }\n"),
                HasSubstr("at most 1000000000 designs"));
}

// One axis per key: a quoted "compute.count" and a nested [sweep.compute] count (as
// --set "sweep.compute.count=..." makes on a file that quotes it) are the same key.
TEST(SweepFile, AKeyGivenTwiceIsRefused) {
    const std::string e =
        error_of("[sweep]\n\"compute.count\" = [1, 2]\n[sweep.compute]\ncount = [3, 4]\n");
    EXPECT_THAT(e, HasSubstr("sweep.compute.count"));
    EXPECT_THAT(e, HasSubstr("given twice"));
}
