// The file readers under hostile input: limits checked before parsing, directories and
// devices refused, the fast reader for plain TOML agreeing with toml11.

#include "documents.hpp"
#include "toml_support.hpp"

#include <spacedc/io/network_file.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/io/thermal_chain_file.hpp>
#include <spacedc/thermal/network_solver.hpp>

#include "testing/scratch_path.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace io = spacedc::io;
namespace ts = spacedc::io::toml_support;
using ::testing::HasSubstr;

namespace {

const std::string configs = std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/";

std::string slurp(const std::string& path) {
    std::ifstream in{path};
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The invalid_input message of `f()`, or "" if it did not throw one.
template <class F>
std::string message_of(F&& f) {
    try {
        f();
    } catch (const spacedc::invalid_input& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(InputLimits, NestingPastTheLimitIsRefusedBeforeTheParserRecurses) {
    const std::string deep = "x = " + std::string(100'000, '[') + std::string(100'000, ']');
    EXPECT_THAT(message_of([&] { ts::check_structure(deep, "deep.toml", {}); }),
                HasSubstr("nesting deeper than 32"));
    EXPECT_THAT(message_of([&] { ts::parse_text(deep, "deep.toml", {}); }),
                HasSubstr("deep.toml:1"));
    // Brackets inside strings and comments are not nesting.
    const std::string quoted = "x = \"" + std::string(100, '[') + "\" # " + std::string(100, '{');
    EXPECT_NO_THROW(ts::check_structure(quoted, "quoted.toml", {}));
    EXPECT_NO_THROW(ts::check_structure("x = [[1, 2], [3, [4]]]", "ok.toml", {}));
}

// Found by fuzz_thermal_chain: toml11 reads past the end of its buffer on a literal
// string holding an invalid UTF-8 byte (tests/fuzz/regressions/). Invalid UTF-8 is
// refused before it gets there.
TEST(InputLimits, InvalidUtf8IsRefusedBeforeTheParser) {
    for (const std::string& text :
         {std::string{"'\xff'"}, std::string{"a = 'x\xff'"}, std::string{"a = \"\xc0\xaf\""},
          std::string{"a = \"\xed\xa0\x80\""}, std::string{"a = '''\xf5\x80\x80\x80'''"},
          std::string{"# \xe2\x82\nb = 1"}}) {
        EXPECT_THAT(message_of([&] { ts::parse_text(text, "bad.toml", {}); }),
                    HasSubstr("not valid UTF-8"))
            << text;
    }
    const std::string regression =
        slurp(std::string{SPACEDC_SOURCE_DIR} +
              "/tests/fuzz/regressions/toml11-invalid-utf8-literal-string.toml");
    EXPECT_THAT(message_of([&] { ts::parse_text(regression, "crash.toml", {}); }),
                HasSubstr("not valid UTF-8"));
    EXPECT_NO_THROW(ts::check_structure("a = \"500 \xc2\xb5J/K \xe2\x82\xac \xf0\x9f\x9a\x80\"",
                                        "ok.toml", {}));
}

TEST(InputLimits, LongStringsBigArraysAndLongDottedKeysAreRefused) {
    io::input_limits small{};
    small.max_string_bytes = 10;
    small.max_array_elements = 3;
    EXPECT_THAT(message_of([&] { ts::check_structure("a = \"0123456789ABCDEF\"", "s", small); }),
                HasSubstr("max_string_bytes"));
    EXPECT_NO_THROW(ts::check_structure("a = \"0123456789\"", "s", small));
    EXPECT_THAT(message_of([&] { ts::check_structure("a = [1, 2, 3, 4]", "s", small); }),
                HasSubstr("max_array_elements"));
    EXPECT_NO_THROW(ts::check_structure("a = [1, 2, 3]", "s", small));
    std::string dotted = "a";
    for (int i = 0; i < 40; ++i) dotted += ".a";
    EXPECT_THAT(message_of([&] { ts::check_structure(dotted + " = 1", "s", {}); }),
                HasSubstr("dotted key"));
}

TEST(InputLimits, DirectoriesDevicesAndLargeFilesAreRefusedByName) {
    EXPECT_THAT(message_of([] { io::read_thermal_network(std::string{SPACEDC_SOURCE_DIR}); }),
                HasSubstr("not a regular file: a directory"));
    EXPECT_THAT(message_of([] { io::read_node_spec("/dev/null"); }),
                HasSubstr("not a regular file"));
    io::input_limits tiny{};
    tiny.max_file_bytes = 100;
    EXPECT_THAT(message_of([&] { io::read_node_spec(configs + "reference_100kw.toml", {}, tiny); }),
                HasSubstr("at most 100 bytes"));
}

TEST(InputLimits, NetworkNodeAndLinkCountsAreBounded) {
    io::input_limits small{};
    small.max_network_nodes = 2;
    EXPECT_THAT(
        message_of([&] { io::read_thermal_network(configs + "compute_node_network.toml", small); }),
        HasSubstr("max_network_nodes"));
    small = {};
    small.max_network_links = 1;
    EXPECT_THAT(
        message_of([&] { io::read_thermal_network(configs + "compute_node_network.toml", small); }),
        HasSubstr("max_network_links"));
}

TEST(FastTomlReader, ReadsEveryExampleConfigAsToml11Does) {
    int read_fast = 0;
    for (const auto& entry : std::filesystem::directory_iterator{configs}) {
        const std::string text = slurp(entry.path().string());
        std::istringstream in{text};
        const toml::value full = toml::parse(in, entry.path().string());
        if (const auto fast = ts::parse_simple(text, {})) {
            EXPECT_TRUE(full == *fast) << entry.path();
            ++read_fast;
        }
    }
    EXPECT_GE(read_fast, 3); // the fast path is taken for the plain configs
}

TEST(FastTomlReader, DeclinesWhatItDoesNotReadExactly) {
    for (const char* text :
         {"a = \"x\\ty\"", "a = 'literal'", "a = 1_000", "a = 0x1F", "a = [1, 2]", "a = {b = 1}",
          "a.b = 1", "a = 1979-05-27", "a = inf", "a = 01", "a = 1.", "a = \"µ\"", "a = 1\na = 2",
          "[t]\n[t]", "a = 1\r\n", "\"a\" = 1", "a = 99999999999999999999"}) {
        EXPECT_FALSE(ts::parse_simple(text, {}).has_value()) << text;
    }
    const auto doc =
        ts::parse_simple("# c\n[[n]]\nname = \"x\" # c\nv = -1.5e3\nk = 7\nb = true\n", {});
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->at("n").as_array().at(0).at("v").as_floating(), -1.5e3);
    EXPECT_EQ(doc->at("n").as_array().at(0).at("k").as_integer(), 7);
}

TEST(TransientLimits, TooManyStepsAreRefusedBeforeTheRun) {
    spacedc::thermal::thermal_network net;
    net.add_node({.name = "mass", .capacitance = 1000.0 * spacedc::units::joules_per_kelvin});
    namespace u = spacedc::units;
    EXPECT_THAT(message_of([&] {
                    spacedc::thermal::transient(net, {.duration = u::duration{1e12 * u::seconds},
                                                      .step = u::duration{1.0 * u::seconds}});
                }),
                HasSubstr("duration / step"));
    EXPECT_THAT(message_of([&] {
                    spacedc::thermal::transient(net, {.duration = u::duration{100.0 * u::seconds},
                                                      .step = u::duration{1.0 * u::seconds},
                                                      .max_history_values = 50});
                }),
                HasSubstr("max_history_values"));
}

namespace {

/// The network `documents::network` reads from toml11's parse of `text`.
spacedc::thermal::thermal_network full_read(const std::string& text) {
    std::istringstream in{text};
    return io::documents::network(toml::parse(in, "model.toml"), "model.toml", {}).network;
}

void expect_same(const spacedc::thermal::thermal_network& a,
                 const spacedc::thermal::thermal_network& b) {
    ASSERT_EQ(a.nodes().size(), b.nodes().size());
    ASSERT_EQ(a.conductors().size(), b.conductors().size());
    ASSERT_EQ(a.radiation().size(), b.radiation().size());
    ASSERT_EQ(a.loads().size(), b.loads().size());
    for (std::size_t i = 0; i < a.nodes().size(); ++i) {
        EXPECT_EQ(a.nodes()[i].name, b.nodes()[i].name);
        EXPECT_EQ(a.nodes()[i].capacitance.has_value(), b.nodes()[i].capacitance.has_value());
        EXPECT_EQ(a.nodes()[i].initial_temperature.value(),
                  b.nodes()[i].initial_temperature.value());
    }
    for (std::size_t i = 0; i < a.conductors().size(); ++i) {
        EXPECT_EQ(a.conductors()[i].from, b.conductors()[i].from);
        EXPECT_EQ(a.conductors()[i].to, b.conductors()[i].to);
        EXPECT_EQ(a.conductors()[i].conductance.value(), b.conductors()[i].conductance.value());
    }
    for (std::size_t i = 0; i < a.radiation().size(); ++i) {
        EXPECT_EQ(a.radiation()[i].from, b.radiation()[i].from);
        EXPECT_EQ(a.radiation()[i].exchange_factor.value(),
                  b.radiation()[i].exchange_factor.value());
    }
}

} // namespace

TEST(PlainNetworkReader, ReadsTheExampleModelAsTheDocumentReaderDoes) {
    const std::string text = slurp(configs + "compute_node_network.toml");
    const auto plain = io::detail::read_plain_network_text(text, {});
    ASSERT_TRUE(plain.has_value());
    expect_same(*plain, full_read(text));
}

TEST(PlainNetworkReader, DeclinesLinksBeforeTheirNodesAndTheFileStillLoads) {
    const std::string text = "[[conductor]]\nfrom = \"a\"\nto = \"b\"\nconductance = \"2 W/K\"\n"
                             "[[node]]\nname = \"a\"\ncapacitance = \"1 J/K\"\n"
                             "[[node]]\nname = \"b\"\ntemperature = \"3 K\"\n";
    EXPECT_FALSE(io::detail::read_plain_network_text(text, {}).has_value());
    const std::string path = spacedc::testing::scratch_path("spacedc_links_first.toml");
    std::ofstream{path} << text;
    expect_same(io::read_thermal_network(path), full_read(text));
}

TEST(PlainNetworkReader, AnErrorInAPlainModelIsReportedWithItsLine) {
    const std::string path = spacedc::testing::scratch_path("spacedc_plain_error.toml");
    std::ofstream{path} << "[[node]]\nname = \"a\"\ncapacitance = \"-1 J/K\"\n";
    EXPECT_THAT(message_of([&] { io::read_thermal_network(path); }),
                HasSubstr("spacedc_plain_error.toml:"));
    EXPECT_FALSE(io::detail::read_plain_network_text(
                     "[[node]]\nname = \"a\"\ncapacitance = \"-1 J/K\"\n", {})
                     .has_value());
}

TEST(PlainNetworkReader, BareNumbersReadAsTheDocumentReaderPrintsThem) {
    // Dimensionless values may be bare numbers (an integer, a float, an exponent).
    const std::string text = "[[node]]\nname = \"a\"\ninitial_temperature = \"300 K\"\n"
                             "[[node]]\nname = \"s\"\ntemperature = \"3.5 K\"\n"
                             "[[radiation]]\nfrom = \"a\"\nto = \"s\"\narea = \"2 m^2\"\n"
                             "emissivity = 8.5e-1\nview_factor = 1\n";
    const auto plain = io::detail::read_plain_network_text(text, {});
    ASSERT_TRUE(plain.has_value());
    expect_same(*plain, full_read(text));
    EXPECT_DOUBLE_EQ(plain->radiation()[0].exchange_factor.value(), 1.7);
}
