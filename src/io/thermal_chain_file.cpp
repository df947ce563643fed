#include <spacedc/io/thermal_chain_file.hpp>

#include "toml_support.hpp"

namespace spacedc::io {

thermal_chain_file read_thermal_chain(const std::string& path) {
    namespace ts = toml_support;
    const toml::value root = ts::parse_file(path);
    ts::check_keys(root, {"chip_power", "per_chip", "shared"}, path);
    thermal_chain_file file{.chain = {},
                            .chip_power = ts::quantity<units::power>(root, "chip_power", path)};
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

} // namespace spacedc::io
