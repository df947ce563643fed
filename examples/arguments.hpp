#pragma once
// The examples' command lines: positional arguments with defaults, `--help`, and an
// output folder made when it is missing.

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace examples {

/// The positional arguments of `argv`, each missing one taken from `defaults`; nullopt
/// after printing "usage: NAME USAGE" and `about` for `--help` or `-h`. Throws
/// std::invalid_argument for an unknown option or too many arguments.
inline std::optional<std::vector<std::string>> arguments(int argc, char** argv,
                                                         std::string_view usage,
                                                         std::string_view about,
                                                         std::vector<std::string> defaults) {
    const std::string name = std::filesystem::path{argv[0]}.filename().string();
    std::vector<std::string> given;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            fmt::print("usage: {} {}\n\n{}\n", name, usage, about);
            return std::nullopt;
        }
        if (a.size() > 1 && a[0] == '-' && !(a[1] >= '0' && a[1] <= '9'))
            throw std::invalid_argument{
                fmt::format("unknown option {} (usage: {} {})", a, name, usage)};
        given.emplace_back(a);
    }
    if (given.size() > defaults.size())
        throw std::invalid_argument{fmt::format("too many arguments (usage: {} {})", name, usage)};
    for (std::size_t i = 0; i < given.size(); ++i) defaults[i] = given[i];
    return defaults;
}

/// `dir`, made with its parents when it does not exist.
inline std::string output_folder(const std::string& dir) {
    std::filesystem::create_directories(dir);
    return dir;
}

/// A calendar year from 1950 to 2050 written in `text`.
inline std::chrono::year year_argument(const std::string& text) {
    int y = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), y);
    if (error != std::errc{} || end != text.data() + text.size() || y < 1950 || y > 2050)
        throw std::invalid_argument{fmt::format("year '{}' is not one from 1950 to 2050", text)};
    return std::chrono::year{y};
}

} // namespace examples
