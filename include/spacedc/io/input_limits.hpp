#pragma once
/// \file
/// The bounds every file reader checks before it allocates or recurses, so that no
/// input can crash the process (a stack overflow in a deeply nested array), exhaust
/// its memory or keep it busy for hours. An input past a limit is an `invalid_input`
/// naming the file, what was too large and the limit.
///
/// The defaults are generous for real models (the largest example is a few kB; a
/// 10^5-node network model is about 20 MB) and can be changed by passing another
/// `input_limits` to the readers:
///
///     spacedc::io::input_limits big{};
///     big.max_file_bytes = 1ull << 30;
///     big.max_network_nodes = 10'000'000;
///     auto net = spacedc::io::read_thermal_network("huge.toml", big);

#include <cstddef>
#include <cstdint>

namespace spacedc::io {

struct input_limits {
    /// A file larger than this is refused before it is read.
    std::uintmax_t max_file_bytes = 256ull << 20; // 256 MiB
    /// Arrays and inline tables nested deeper than this, or dotted keys with more parts
    /// (spacedc's files need 3).
    int max_nesting_depth = 32;
    /// One string (a name, a quantity, a rationale) longer than this.
    std::size_t max_string_bytes = 64u << 10; // 64 KiB
    /// Elements of one array, including arrays of tables such as [[node]].
    std::size_t max_array_elements = 10'000'000;
    /// Nodes of a network model.
    std::size_t max_network_nodes = 1'000'000;
    /// Conductors, radiative couplings and loads of a network model, together.
    std::size_t max_network_links = 10'000'000;
};

} // namespace spacedc::io
