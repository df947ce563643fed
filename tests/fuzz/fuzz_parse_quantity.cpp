// libFuzzer target: the quantity parser on any text. Every input either reads as a
// finite quantity within its plausibility ceiling or throws `invalid_input`; anything
// else (another exception, a crash, a sanitizer report, a non-finite value) is a bug.

#include <spacedc/errors.hpp>
#include <spacedc/io/parse_quantity.hpp>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

template <class Quantity>
void read(std::string_view text) {
    try {
        const Quantity q = spacedc::io::parse<Quantity>(text, "fuzz");
        if (!std::isfinite(q.value())) std::abort();
    } catch (const spacedc::invalid_input&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    namespace u = spacedc::units;
    read<u::dimensionless>(text);
    read<u::length>(text);
    read<u::power>(text);
    read<u::temperature>(text);
    read<u::temperature_difference>(text);
    read<u::irradiance>(text);
    read<u::thermal_conductivity>(text);
    read<u::angle>(text);
    read<u::duration>(text);
    read<u::specific_energy>(text);
    try { // doses in rad, krad, Gy: their own reader
        if (!std::isfinite(spacedc::io::parse_dose(text, "fuzz").value())) std::abort();
    } catch (const spacedc::invalid_input&) {
    }
    return 0;
}
