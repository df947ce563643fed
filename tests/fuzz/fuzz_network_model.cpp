// libFuzzer target: a thermal network model from any text, through the path
// read_thermal_network takes (the plain reader, then the document reader), and
// differential: wherever the plain reader answers, the document reader must read the
// same text to an equal network.

#include "fuzz_toml_readers.hpp"

#include <cstdlib>

namespace {

bool same(const spacedc::thermal::thermal_network& a, const spacedc::thermal::thermal_network& b) {
    if (a.nodes().size() != b.nodes().size() || a.conductors().size() != b.conductors().size() ||
        a.radiation().size() != b.radiation().size() || a.loads().size() != b.loads().size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.nodes().size(); ++i) {
        const auto &x = a.nodes()[i], &y = b.nodes()[i];
        if (x.name != y.name || x.capacitance != y.capacitance ||
            x.fixed_temperature != y.fixed_temperature ||
            x.initial_temperature != y.initial_temperature) {
            return false;
        }
    }
    for (std::size_t i = 0; i < a.conductors().size(); ++i) {
        const auto &x = a.conductors()[i], &y = b.conductors()[i];
        if (x.from != y.from || x.to != y.to || x.conductance != y.conductance) return false;
    }
    for (std::size_t i = 0; i < a.radiation().size(); ++i) {
        const auto &x = a.radiation()[i], &y = b.radiation()[i];
        if (x.from != y.from || x.to != y.to || x.exchange_factor != y.exchange_factor) return false;
    }
    const spacedc::units::duration t0{0.0 * spacedc::units::seconds};
    for (std::size_t i = 0; i < a.loads().size(); ++i) {
        const auto &x = a.loads()[i], &y = b.loads()[i];
        if (x.node != y.node || x.power(t0) != y.power(t0)) return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto limits = spacedc::fuzz::limits();
    const std::string text{reinterpret_cast<const char*>(data), size};
    if (text.size() > limits.max_file_bytes) return 0;
    const auto plain = spacedc::io::detail::read_plain_network_text(text, limits);
    try {
        const auto full = spacedc::io::toml_support::read_document(
            std::string{text}, "fuzz.toml", limits, [&](const toml::value& root) {
                return spacedc::io::documents::network(root, "fuzz.toml", limits);
            });
        if (plain && !same(*plain, full.network)) std::abort();
    } catch (const spacedc::invalid_input&) {
        if (plain) std::abort(); // the plain reader accepted a model the full one refuses
    }
    return 0;
}
