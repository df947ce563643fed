#pragma once
// Shared by the TOML reader fuzz targets: runs one reader on the input as a file's
// text, through the same path as the read_* functions (limits, fast reader, toml11).
// `invalid_input` is the only acceptable failure.

#include "documents.hpp"
#include "toml_support.hpp"

#include <cstdint>
#include <string>

namespace spacedc::fuzz {

/// Limits small enough that each run stays fast.
inline io::input_limits limits() {
    io::input_limits l{};
    l.max_file_bytes = 1u << 20;
    l.max_network_nodes = 2'000;
    l.max_network_links = 20'000;
    return l;
}

template <class Read>
void read_text(const std::uint8_t* data, std::size_t size, Read&& read) {
    std::string text{reinterpret_cast<const char*>(data), size};
    try {
        if (text.size() > limits().max_file_bytes) return;
        io::toml_support::read_document(std::move(text), "fuzz.toml", limits(), read);
    } catch (const invalid_input&) {
    }
}

} // namespace spacedc::fuzz
