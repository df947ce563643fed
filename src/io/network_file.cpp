#include <spacedc/io/network_file.hpp>

#include "toml_support.hpp"

namespace spacedc::io {

thermal::thermal_network read_thermal_network(const std::string& path) {
    namespace ts = toml_support;
    const toml::value root = ts::parse_file(path);
    ts::check_keys(root, {"node", "conductor", "radiation", "load"}, path);
    thermal::thermal_network net;
    // Errors from the network's own checks gain the file and line of the entry.
    auto at = [&](const toml::value& entry, auto&& action) {
        try {
            action();
        } catch (const invalid_input& e) {
            throw invalid_input{fmt::format("{} ({})", e.parameter(), ts::where(entry)), e.value(),
                                e.valid_range(), e.reason()};
        }
    };
    for (const toml::value& n : ts::tables(root, "node")) {
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
        at(n, [&] { net.add_node(node); });
    }
    for (const toml::value& c : ts::tables(root, "conductor")) {
        ts::check_keys(c, {"from", "to", "conductance"}, "conductor");
        const auto g = ts::quantity<units::thermal_conductance>(c, "conductance", "conductor");
        at(c, [&] {
            net.add_conductor(ts::string_value(c, "from", "conductor"),
                              ts::string_value(c, "to", "conductor"), g);
        });
    }
    for (const toml::value& r : ts::tables(root, "radiation")) {
        ts::check_keys(r, {"from", "to", "area", "emissivity", "view_factor", "exchange_factor"},
                       "radiation");
        const std::string from = ts::string_value(r, "from", "radiation"),
                          to = ts::string_value(r, "to", "radiation");
        if (r.contains("exchange_factor")) {
            if (r.contains("area") || r.contains("emissivity") || r.contains("view_factor")) {
                throw invalid_input{fmt::format("radiation ({})", ts::where(r)),
                                    "exchange_factor with area",
                                    "either exchange_factor, or area, emissivity and view_factor"};
            }
            const auto x = ts::quantity<units::area>(r, "exchange_factor", "radiation");
            at(r, [&] { net.add_radiation(from, to, x); });
        } else {
            const auto area = ts::quantity<units::area>(r, "area", "radiation");
            const auto eps = ts::quantity<units::dimensionless>(r, "emissivity", "radiation");
            const auto f = ts::quantity<units::dimensionless>(r, "view_factor", "radiation");
            at(r, [&] { net.add_radiation(from, to, area, eps, f); });
        }
    }
    for (const toml::value& l : ts::tables(root, "load")) {
        ts::check_keys(l, {"node", "power"}, "load");
        const auto p = ts::quantity<units::power>(l, "power", "load");
        at(l, [&] { net.add_load(ts::string_value(l, "node", "load"), p); });
    }
    return net;
}

} // namespace spacedc::io
