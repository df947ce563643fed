// libFuzzer target: a junction-to-radiator chain file from any text.

#include "fuzz_toml_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    spacedc::fuzz::read_text(data, size, [](const toml::value& root) {
        return spacedc::io::documents::thermal_chain(root, "fuzz.toml").chain.per_chip.size();
    });
    return 0;
}
