// libFuzzer target: the time-of-day parser on any text: a time in [0 s, 86400 s) or
// `invalid_input`.

#include <spacedc/errors.hpp>
#include <spacedc/io/parse_time_of_day.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    try {
        const auto t = spacedc::io::parse_time_of_day(text, "fuzz");
        if (!(t.value() >= 0.0 && t.value() < 86'400.0)) std::abort();
    } catch (const spacedc::invalid_input&) {
    }
    return 0;
}
