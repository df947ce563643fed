#include <spacedc/io/network_file.hpp>

#include "documents.hpp"
#include "toml_support.hpp"

namespace spacedc::io {
namespace documents {

thermal::thermal_network network(const toml::value& root, const std::string& name,
                                 const input_limits& limits) {
    namespace ts = toml_support;
    ts::check_keys(root, {"node", "conductor", "radiation", "load"}, name);
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

    thermal::thermal_network net;
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
    for (const toml::value& l : loads) {
        ts::check_keys(l, {"node", "power"}, "load");
        const auto p = ts::quantity<units::power>(l, "power", "load");
        const auto& node = ts::string_value(l, "node", "load");
        ts::at(l, [&] { net.add_load(node, p); });
    }
    return net;
}

} // namespace documents

thermal::thermal_network read_thermal_network(const std::string& path, const input_limits& limits) {
    return toml_support::read_document(
        toml_support::read_file(path, limits), path, limits,
        [&](const toml::value& root) { return documents::network(root, path, limits); });
}

} // namespace spacedc::io
