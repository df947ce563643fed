// libFuzzer target: a thermal network model from any text.

#include "fuzz_toml_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    spacedc::fuzz::read_text(data, size, [](const toml::value& root) {
        return spacedc::io::documents::network(root, "fuzz.toml", spacedc::fuzz::limits())
            .nodes()
            .size();
    });
    return 0;
}
