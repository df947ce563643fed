// libFuzzer target, differential: wherever the fast reader for plain TOML answers, toml11
// must read the same text to an equal document. (Texts the fast reader declines go to
// toml11 alone, so they need no comparison.)

#include "toml_support.hpp"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text{reinterpret_cast<const char*>(data), size};
    const auto fast = spacedc::io::toml_support::parse_simple(text, {});
    if (!fast) return 0;
    std::istringstream in{text};
    toml::value full;
    try {
        full = toml::parse(in, "fuzz.toml");
    } catch (const std::exception&) {
        std::abort(); // the fast reader accepted what TOML does not
    }
    if (!(full == *fast)) std::abort();
    return 0;
}
