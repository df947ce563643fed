// libFuzzer target: a node spec and its [[requirement]] tables from any text.

#include "fuzz_toml_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace doc = spacedc::io::documents;
    spacedc::fuzz::read_text(data, size, [](const toml::value& root) {
        (void)doc::node_spec(root, "fuzz.toml", {}, spacedc::fuzz::limits());
        return doc::requirements(root).size();
    });
    return 0;
}
