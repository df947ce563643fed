#include <spacedc/io/network_file.hpp>

#include "documents.hpp"
#include "toml_support.hpp"

#include <spacedc/io/parse_time_of_day.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace spacedc::io {
namespace documents {

namespace {

namespace ts = toml_support;

/// The `[orbit]` table: altitude, beta (or the year's longest eclipse), start, ltan, year.
network_orbit read_orbit(const toml::value& o) {
    ts::check_keys(o, {"altitude", "beta", "start", "ltan", "year"}, "orbit");
    network_orbit orbit{.altitude = ts::quantity<units::length>(o, "altitude", "orbit")};
    ts::at(o, [&] { orbit::require_valid_altitude(orbit.altitude); });
    if (const toml::value* ltan = ts::find(o, "ltan")) {
        const std::string& text = ts::string_value(o, "ltan", "orbit");
        ts::at(*ltan, [&] { orbit.ltan = parse_time_of_day(text, "orbit.ltan"); });
    }
    orbit.year = std::chrono::year{ts::integer(o, "year", "orbit", 2027, 1950, 2050)};
    if (auto start = ts::optional_quantity<units::angle>(o, "start", "orbit")) {
        orbit.start = *start;
    }
    if (auto beta = ts::optional_quantity<units::angle>(o, "beta", "orbit")) {
        orbit.beta = *beta;
        orbit.beta_given = true;
    } else {
        // The worst-eclipse orbit of the year: the day of its longest eclipse.
        const auto year =
            orbit::analyse_year({.altitude = orbit.altitude, .ltan = orbit.ltan}, orbit.year);
        const auto longest =
            std::max_element(year.days.begin(), year.days.end(),
                             [](const auto& a, const auto& b) { return a.eclipse < b.eclipse; });
        orbit.beta = longest->beta;
    }
    ts::at(o, [&] { thermal::validate(orbit.pass()); });
    return orbit;
}

/// A quantity array `key` of `table` (strings with units or plain numbers).
template <class Quantity>
std::vector<Quantity> quantities(const toml::value& table, const std::string& key,
                                 std::string_view section) {
    const toml::value* v = ts::find(table, key);
    if (!v || !v->is_array()) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, ts::where(v ? *v : table)),
                            v ? ts::shown(*v) : "(missing)", "an array of quantities"};
    }
    std::vector<Quantity> out;
    out.reserve(v->as_array().size());
    for (const toml::value& x : v->as_array()) {
        ts::at(x, [&] {
            out.push_back(parse<Quantity>(ts::text_of(x), fmt::format("{}.{}", section, key)));
        });
    }
    return out;
}

/// A `[[load]]`: constant `power`, compute following the array (`sunlit`, `eclipse`), a
/// tabulated `schedule` or the orbital `environment` on a face.
void read_load(const toml::value& l, const std::optional<network_orbit>& orbit,
               thermal::thermal_network& net) {
    ts::check_keys(l, {"node", "power", "sunlit", "eclipse", "schedule", "environment"}, "load");
    const auto& node = ts::string_value(l, "node", "load");
    const int forms = (ts::find(l, "power") ? 1 : 0) + (ts::find(l, "sunlit") ? 1 : 0) +
                      (ts::find(l, "schedule") ? 1 : 0) + (ts::find(l, "environment") ? 1 : 0);
    if (forms != 1 || (ts::find(l, "eclipse") && !ts::find(l, "sunlit"))) {
        throw invalid_input{fmt::format("load ({})", ts::where(l)),
                            fmt::format("{} of power, sunlit, schedule, environment", forms),
                            "exactly one (eclipse only with sunlit)"};
    }
    auto need_orbit = [&](std::string_view form) -> const network_orbit& {
        if (!orbit) {
            throw invalid_input{fmt::format("load.{} ({})", form, ts::where(l)), "(no [orbit])",
                                "an [orbit] table with the altitude", "the load follows the orbit"};
        }
        return *orbit;
    };
    if (ts::find(l, "power")) {
        const auto p = ts::quantity<units::power>(l, "power", "load");
        ts::at(l, [&] { net.add_load(node, p); });
    } else if (ts::find(l, "sunlit")) {
        const thermal::sunlit_schedule s{
            .pass = need_orbit("sunlit").pass(),
            .sunlit = ts::quantity<units::power>(l, "sunlit", "load"),
            .eclipse = ts::optional_quantity<units::power>(l, "eclipse", "load")
                           .value_or(units::power{0.0 * units::watts})};
        ts::at(l, [&] { net.add_load(node, s); });
    } else if (const toml::value* sc = ts::find(l, "schedule")) {
        ts::check_keys(*sc, {"times", "powers", "period"}, "load.schedule");
        const thermal::tabulated_schedule s{
            .times = quantities<units::duration>(*sc, "times", "load.schedule"),
            .powers = quantities<units::power>(*sc, "powers", "load.schedule"),
            .period = ts::optional_quantity<units::duration>(*sc, "period", "load.schedule")};
        ts::at(*sc, [&] { net.add_load(node, s); });
    } else {
        const toml::value& e =
            ts::at(l, [&]() -> const toml::value& { return l.at("environment"); });
        const std::string section = "load.environment";
        ts::check_keys(e, {"orientation", "face", "area", "absorptivity", "emissivity", "case"},
                       section);
        const auto& pass = need_orbit("environment").pass();
        const auto orientation =
            ts::choice(e, "orientation", section, thermal::radiator_orientation_from_string,
                       thermal::radiator_orientation_names, thermal::radiator_orientation::edge_on);
        const bool back = ts::choice(
            e, "face", section,
            [](std::string_view f) -> std::optional<bool> {
                if (f == "front") return false;
                if (f == "back") return true;
                return std::nullopt;
            },
            "front or back", false);
        const auto environment = ts::choice(
            e, "case", section,
            [](std::string_view c) -> std::optional<thermal::thermal_environment> {
                if (c == "hot") return thermal::hot_case();
                if (c == "mean") return thermal::mean_case();
                if (c == "cold") return thermal::cold_case();
                return std::nullopt;
            },
            "hot, mean or cold", thermal::mean_case());
        const thermal::environment_schedule s{
            .pass = pass,
            .orientation = orientation,
            .area = ts::quantity<units::area>(e, "area", section),
            .optics = {.solar_absorptivity =
                           ts::quantity<units::dimensionless>(e, "absorptivity", section),
                       .infrared_emissivity =
                           ts::quantity<units::dimensionless>(e, "emissivity", section)},
            .environment = environment,
            .back_face = back};
        ts::at(e, [&] { net.add_load(node, s); });
    }
}

} // namespace

network_model network(const toml::value& root, const std::string& name,
                      const input_limits& limits) {
    ts::check_keys(root, {"orbit", "node", "conductor", "radiation", "load"}, name);
    const auto nodes = ts::tables(root, "node");
    if (nodes.empty()) {
        throw invalid_input{name, "(no [[node]])", "a model with at least one [[node]] table",
                            "empty network model"};
    }
    if (nodes.size() > limits.max_network_nodes) {
        throw invalid_input{
            name, fmt::format("{} nodes", nodes.size()),
            fmt::format("at most {} (input_limits::max_network_nodes)", limits.max_network_nodes),
            "network too large"};
    }
    const auto conductors = ts::tables(root, "conductor");
    const auto radiation = ts::tables(root, "radiation");
    const auto loads = ts::tables(root, "load");
    const std::size_t links = conductors.size() + radiation.size() + loads.size();
    if (links > limits.max_network_links) {
        throw invalid_input{
            name, fmt::format("{} conductors, couplings and loads", links),
            fmt::format("at most {} (input_limits::max_network_links)", limits.max_network_links),
            "network too large"};
    }

    std::optional<network_orbit> orbit;
    if (const toml::value* o = ts::find(root, "orbit")) orbit = read_orbit(*o);
    thermal::thermal_network net;
    net.reserve(nodes.size(), conductors.size(), radiation.size(), loads.size());
    for (const toml::value& n : nodes) {
        ts::check_keys(n, {"name", "capacitance", "temperature", "initial_temperature"}, "node");
        thermal::network_node node{.name = ts::string_value(n, "name", "node")};
        node.capacitance = ts::optional_quantity<units::heat_capacity>(n, "capacitance", "node");
        node.fixed_temperature =
            ts::optional_quantity<units::temperature>(n, "temperature", "node");
        if (auto t0 = ts::optional_quantity<units::temperature>(n, "initial_temperature", "node")) {
            node.initial_temperature = *t0;
        } else if (node.fixed_temperature) {
            node.initial_temperature = *node.fixed_temperature;
        }
        ts::at(n, [&] { net.add_node(std::move(node)); });
    }
    for (const toml::value& c : conductors) {
        ts::check_keys(c, {"from", "to", "conductance"}, "conductor");
        const auto g = ts::quantity<units::thermal_conductance>(c, "conductance", "conductor");
        const auto& from = ts::string_value(c, "from", "conductor");
        const auto& to = ts::string_value(c, "to", "conductor");
        ts::at(c, [&] { net.add_conductor(from, to, g); });
    }
    for (const toml::value& r : radiation) {
        ts::check_keys(r, {"from", "to", "area", "emissivity", "view_factor", "exchange_factor"},
                       "radiation");
        const auto& from = ts::string_value(r, "from", "radiation");
        const auto& to = ts::string_value(r, "to", "radiation");
        if (ts::find(r, "exchange_factor")) {
            if (ts::find(r, "area") || ts::find(r, "emissivity") || ts::find(r, "view_factor")) {
                throw invalid_input{fmt::format("radiation ({})", ts::where(r)),
                                    "exchange_factor with area",
                                    "either exchange_factor, or area, emissivity and view_factor"};
            }
            const auto x = ts::quantity<units::area>(r, "exchange_factor", "radiation");
            ts::at(r, [&] { net.add_radiation(from, to, x); });
        } else {
            const auto area = ts::quantity<units::area>(r, "area", "radiation");
            const auto eps = ts::quantity<units::dimensionless>(r, "emissivity", "radiation");
            const auto f = ts::quantity<units::dimensionless>(r, "view_factor", "radiation");
            ts::at(r, [&] { net.add_radiation(from, to, area, eps, f); });
        }
    }
    for (const toml::value& l : loads) read_load(l, orbit, net);
    return {.network = std::move(net), .orbit = orbit};
}

} // namespace documents

namespace {

namespace ts = toml_support;

/// One [[table]] of a plain model: its kind and its lines' keys and values, as views
/// into the text.
struct plain_table {
    enum class kind { node, conductor, radiation, load } type;
    std::array<ts::simple_line, 5> entries{};
    std::size_t count = 0;

    const ts::simple_line* find(std::string_view key) const {
        for (std::size_t i = 0; i < count; ++i)
            if (entries[i].key == key) return &entries[i];
        return nullptr;
    }
};

/// The text a quantity is parsed from, exactly as `documents::network` gives it
/// (`text_of`: a string as written, a number as printed).
std::optional<std::string> quantity_text(const ts::simple_line* line) {
    if (!line) return std::nullopt;
    if (line->quoted) return std::string{line->value};
    const auto v = ts::simple_value(*line);
    if (!v || !(v->is_floating() || v->is_integer())) return std::nullopt;
    return ts::text_of(*v);
}

template <class Quantity>
std::optional<Quantity> plain_quantity(const plain_table& t, std::string_view key) {
    const auto text = quantity_text(t.find(key));
    if (!text) return std::nullopt;
    return parse<Quantity>(*text, key);
}

/// A network model in the plain subset of TOML read in one pass without building a
/// document (no allocation per key: a toml11 value costs several, and at 10^5 nodes
/// their allocation and release dominated loading). Anything this reader does not
/// expect, and every error, gives nullopt: `documents::network` then reads the file
/// with source locations and reports it. A fuzz target checks that both give the same
/// network wherever this one answers.
std::optional<thermal::thermal_network> read_plain_network(std::string_view text,
                                                           const input_limits& limits) {
    using kind = plain_table::kind;
    auto kind_of = [](std::string_view key) -> std::optional<kind> {
        if (key == "node") return kind::node;
        if (key == "conductor") return kind::conductor;
        if (key == "radiation") return kind::radiation;
        if (key == "load") return kind::load;
        return std::nullopt;
    };
    // Sizes first, from the [[...]] headers, so the network is allocated once.
    std::size_t counts[4] = {0, 0, 0, 0};
    for (std::size_t at = text.find("[["); at != std::string_view::npos;
         at = text.find("[[", at + 2)) {
        if (at != 0 && text[at - 1] != '\n') continue;
        const auto close = text.find("]]", at + 2);
        if (close == std::string_view::npos) return std::nullopt;
        const auto k = kind_of(text.substr(at + 2, close - at - 2));
        if (!k) return std::nullopt;
        ++counts[static_cast<int>(*k)];
    }
    if (counts[0] == 0 || counts[0] > limits.max_network_nodes ||
        counts[1] + counts[2] + counts[3] > limits.max_network_links ||
        std::max({counts[0], counts[1], counts[2], counts[3]}) > limits.max_array_elements) {
        return std::nullopt;
    }
    auto only = [](const plain_table& t, std::initializer_list<std::string_view> allowed) {
        for (std::size_t i = 0; i < t.count; ++i) {
            if (std::find(allowed.begin(), allowed.end(), t.entries[i].key) == allowed.end())
                return false;
        }
        return true;
    };
    auto name = [](const plain_table& t, std::string_view key) -> std::optional<std::string> {
        const auto* line = t.find(key);
        if (!line || !line->quoted) return std::nullopt;
        return std::string{line->value};
    };
    thermal::thermal_network net;
    net.reserve(counts[0], counts[1], counts[2], counts[3]);
    // The last node each end of a link named: generated models list links in node order,
    // so `node(name, hint)` finds most names without a hash lookup.
    std::size_t last_from = 0, last_to = 0;
    auto ends = [&](const std::string& from, const std::string& to) {
        last_from = net.node(from, last_from);
        last_to = net.node(to, last_to);
        return std::pair{last_from, last_to};
    };
    // Each table is added when it ends. documents::network adds every node before any
    // link; a link here that names a node defined further down fails, and the file is
    // read again by that path.
    auto add = [&](const plain_table& t) -> bool {
        switch (t.type) {
        case kind::node: {
            if (!only(t, {"name", "capacitance", "temperature", "initial_temperature"}))
                return false;
            auto n = name(t, "name");
            if (!n) return false;
            for (std::string_view key : {"capacitance", "temperature", "initial_temperature"}) {
                if (t.find(key) && !quantity_text(t.find(key))) return false;
            }
            thermal::network_node node{.name = std::move(*n)};
            node.capacitance = plain_quantity<units::heat_capacity>(t, "capacitance");
            node.fixed_temperature = plain_quantity<units::temperature>(t, "temperature");
            if (auto t0 = plain_quantity<units::temperature>(t, "initial_temperature")) {
                node.initial_temperature = *t0;
            } else if (node.fixed_temperature) {
                node.initial_temperature = *node.fixed_temperature;
            }
            net.add_node(std::move(node));
            return true;
        }
        case kind::conductor: {
            auto from = name(t, "from"), to = name(t, "to");
            const auto g = plain_quantity<units::thermal_conductance>(t, "conductance");
            if (!only(t, {"from", "to", "conductance"}) || !from || !to || !g) return false;
            const auto [a, b] = ends(*from, *to);
            net.add_conductor(a, b, *g);
            return true;
        }
        case kind::radiation: {
            auto from = name(t, "from"), to = name(t, "to");
            if (!only(t, {"from", "to", "area", "emissivity", "view_factor", "exchange_factor"}) ||
                !from || !to) {
                return false;
            }
            if (t.find("exchange_factor")) {
                const auto x = plain_quantity<units::area>(t, "exchange_factor");
                if (!x || t.count != 3) return false;
                const auto [a, b] = ends(*from, *to);
                net.add_radiation(a, b, *x);
            } else {
                const auto area = plain_quantity<units::area>(t, "area");
                const auto eps = plain_quantity<units::dimensionless>(t, "emissivity");
                const auto f = plain_quantity<units::dimensionless>(t, "view_factor");
                if (!area || !eps || !f) return false;
                const auto [a, b] = ends(*from, *to);
                net.add_radiation(a, b, *area, *eps, *f);
            }
            return true;
        }
        case kind::load: {
            auto node = name(t, "node");
            const auto p = plain_quantity<units::power>(t, "power");
            if (!only(t, {"node", "power"}) || !node || !p) return false;
            net.add_load(*node, *p);
            return true;
        }
        }
        return false;
    };
    std::optional<plain_table> current;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const ts::simple_line line = ts::read_simple_line(text.substr(pos, end - pos), limits);
        pos = end + 1;
        switch (line.type) {
        case ts::simple_line::kind::blank:
            break;
        case ts::simple_line::kind::array_table: {
            const auto k = kind_of(line.key);
            if (!k || (current && !add(*current))) return std::nullopt;
            current = plain_table{.type = *k};
            break;
        }
        case ts::simple_line::kind::key_value: {
            if (!current) return std::nullopt;
            plain_table& t = *current;
            if (t.count == t.entries.size() || t.find(line.key)) return std::nullopt;
            t.entries[t.count++] = line;
            break;
        }
        default:
            return std::nullopt;
        }
    }
    if (!current || !add(*current)) return std::nullopt;
    return net;
}

} // namespace

namespace detail {

std::optional<thermal::thermal_network> read_plain_network_text(std::string_view text,
                                                                const input_limits& limits) {
    try {
        return read_plain_network(text, limits);
    } catch (const invalid_input&) {
        return std::nullopt; // read again with locations
    }
}

} // namespace detail

network_model read_network_model(const std::string& path, const input_limits& limits) {
    std::string text = toml_support::read_file(path, limits);
    if (auto net = detail::read_plain_network_text(text, limits))
        return {.network = std::move(*net), .orbit = std::nullopt};
    return toml_support::read_document(std::move(text), path, limits, [&](const toml::value& root) {
        return documents::network(root, path, limits);
    });
}

thermal::thermal_network read_thermal_network(const std::string& path, const input_limits& limits) {
    return read_network_model(path, limits).network;
}

} // namespace spacedc::io
