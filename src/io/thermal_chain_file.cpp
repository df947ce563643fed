#include <spacedc/io/thermal_chain_file.hpp>

#include "documents.hpp"
#include "toml_support.hpp"

namespace spacedc::io {
namespace documents {

thermal_chain_file thermal_chain(const toml::value& root, const std::string& name) {
    namespace ts = toml_support;
    ts::check_keys(root, {"chip_power", "per_chip", "shared"}, name);
    thermal_chain_file file{.chain = {},
                            .chip_power = ts::quantity<units::power>(root, "chip_power", name)};
    ts::at(*ts::find(root, "chip_power"),
           [&] { spacedc::detail::require_positive("chip_power", file.chip_power); });
    auto read_links = [&](const std::string& key, std::vector<thermal::thermal_link>& links) {
        for (const toml::value& t : ts::tables(root, key)) {
            ts::check_keys(t, {"name", "resistance"}, key);
            links.push_back({ts::string_value(t, "name", key),
                             ts::quantity<units::thermal_resistance>(t, "resistance", key)});
        }
    };
    read_links("per_chip", file.chain.per_chip);
    read_links("shared", file.chain.shared);
    return file;
}

} // namespace documents

thermal_chain_file read_thermal_chain(const std::string& path, const input_limits& limits) {
    return toml_support::read_document(
        toml_support::read_file(path, limits), path, limits,
        [&](const toml::value& root) { return documents::thermal_chain(root, path); });
}

} // namespace spacedc::io
