#include <spacedc/io/thermal_chain_file.hpp>

#include "documents.hpp"
#include "toml_support.hpp"

namespace spacedc::io {
namespace documents {

thermal::thermal_chain::links thermal_links(const toml::value& table, const std::string& key,
                                            const std::string& parameter) {
    namespace ts = toml_support;
    thermal::thermal_chain::links links;
    for (const toml::value& t : ts::tables(table, key)) {
        ts::check_keys(t, {"name", "resistance"}, parameter);
        const std::string name = ts::string_value(t, "name", parameter);
        const auto resistance = ts::quantity<units::thermal_resistance>(t, "resistance", parameter);
        ts::at(t, [&] { thermal::append_link(links, parameter, name, resistance); });
    }
    return links;
}

thermal_chain_file thermal_chain(const toml::value& root, const std::string& name) {
    namespace ts = toml_support;
    ts::check_keys(root, {"chip_power", "per_chip", "shared"}, name);
    thermal_chain_file file{.chain = {},
                            .chip_power = ts::quantity<units::power>(root, "chip_power", name)};
    ts::at(*ts::find(root, "chip_power"),
           [&] { spacedc::detail::require_positive("chip_power", file.chip_power); });
    file.chain.per_chip = thermal_links(root, "per_chip", "per_chip");
    file.chain.shared = thermal_links(root, "shared", "shared");
    return file;
}

} // namespace documents

thermal_chain_file read_thermal_chain(const std::string& path, const input_limits& limits) {
    return toml_support::read_document(
        toml_support::read_file(path, limits), path, limits,
        [&](const toml::value& root) { return documents::thermal_chain(root, path); });
}

} // namespace spacedc::io
