#pragma once
// Private helpers for reading spacedc's TOML files with toml11: every error becomes a
// spacedc::invalid_input naming the file and line, the key, the value and what was
// expected. Not installed: toml11 stays an implementation detail.
//
// Source locations are computed only when an error is reported: toml11 finds a value's
// line by counting from the start of the file, so an eager location per value makes
// loading quadratic in the file's size.

#include <spacedc/errors.hpp>
#include <spacedc/io/input_limits.hpp>
#include <spacedc/io/parse_quantity.hpp>

#include <fmt/format.h>
#include <toml.hpp>

#include <initializer_list>
#include <optional>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace spacedc::io::toml_support {

/// "file:line" of a value. Linear in the file's size: for error messages only.
std::string where(const toml::value& v);

/// The value as TOML text for an error message, cut to a readable length.
std::string shown(const toml::value& v);

/// Throws unless `text` stays within `limits`: nesting of arrays and inline tables,
/// parts of a dotted key, string lengths and array sizes. `name` names the source in
/// errors. Linear in the text, no recursion: it runs before the (recursive) parser.
void check_structure(std::string_view text, std::string_view name, const input_limits& limits);

/// Parses TOML `text` after `check_structure`; syntax errors become `invalid_input`.
toml::value parse_text(std::string text, const std::string& name, const input_limits& limits);

/// The text of the regular file `path` (not a directory, device or pipe) of at most
/// `limits.max_file_bytes`.
std::string read_file(const std::string& path, const input_limits& limits);

/// Reads and parses the file `path` (`read_file`, then `parse_text`).
toml::value parse_file(const std::string& path, const input_limits& limits);

/// A fast reader for the plain subset of TOML that generated models use, with no
/// source locations: lines of `[table]`, `[[array]]` and `key = value` with bare keys,
/// basic strings without escapes, decimal numbers and booleans, and comments; ASCII
/// only. Anything else (including every error) gives nullopt, and the caller parses
/// the text with toml11 instead. toml11 takes about 10 s for a 10^5-node model; this
/// about 0.2 s. A fuzz target checks that the two agree wherever this one answers.
std::optional<toml::value> parse_simple(std::string_view text, const input_limits& limits);

/// One line of the plain subset `parse_simple` reads: blank (or a comment), `[key]`,
/// `[[key]]`, `key = value` (a basic string without escapes, a decimal number or a
/// boolean), or `other` for anything else.
struct simple_line {
    enum class kind { blank, table, array_table, key_value, other };
    kind type = kind::blank;
    std::string_view key{};
    std::string_view value{}; ///< a string's body (without the quotes), or the bare word
    bool quoted = false;      ///< the value is a string
};

/// Reads one line (without its newline) of the plain subset.
simple_line read_simple_line(std::string_view line, const input_limits& limits);

/// The value of a `key_value` line as toml11 would give it, or nullopt.
std::optional<toml::value> simple_value(const simple_line& line);

/// Runs `read` on the document in `text`: on the fast parse when it applies, and if that
/// parse does not apply or `read` throws `invalid_input` on it, on toml11's parse, whose
/// values know their lines, so every error names the file and line.
template <class Read>
auto read_document(std::string text, const std::string& name, const input_limits& limits,
                   Read&& read) {
    if (auto fast = parse_simple(text, limits)) {
        try {
            return read(*fast);
        } catch (const invalid_input&) {
            // Again below, with locations.
        }
    }
    return read(parse_text(std::move(text), name, limits));
}

/// `e` with its parameter placed at `v`'s file and line.
inline invalid_input located(const invalid_input& e, const toml::value& v) {
    return invalid_input{fmt::format("{} ({})", e.parameter(), where(v)), e.value(),
                         e.valid_range(), e.reason()};
}

/// Runs `action`; an `invalid_input` it throws gains the file and line of `v`.
template <class Action>
decltype(auto) at(const toml::value& v, Action&& action) {
    try {
        return action();
    } catch (const invalid_input& e) {
        throw located(e, v);
    }
}

/// Throws unless `table` is a table whose keys are all in `allowed`.
inline void check_keys(const toml::value& table, std::initializer_list<std::string_view> allowed,
                       std::string_view section) {
    if (!table.is_table()) {
        throw invalid_input{fmt::format("{} ({})", section, where(table)), shown(table),
                            "a TOML table"};
    }
    for (const auto& [key, value] : table.as_table()) {
        bool known = false;
        for (auto a : allowed) known = known || key == a;
        if (!known) {
            std::string names;
            for (auto a : allowed) names += (names.empty() ? "" : ", ") + std::string{a};
            throw invalid_input{fmt::format("{} ({})", section, where(value)), key,
                                "one of: " + names, "unknown key"};
        }
    }
}

/// The text of a quantity as written (strings as they are, numbers printed).
inline std::string text_of(const toml::value& v) {
    if (v.is_string()) return v.as_string().str;
    if (v.is_floating()) return fmt::format("{}", v.as_floating());
    if (v.is_integer()) return fmt::format("{}", v.as_integer());
    throw invalid_input{where(v), shown(v), "a quantity as a string, e.g. \"100 kW\", or a number"};
}

/// The value of `key` in `table`, or null.
inline const toml::value* find(const toml::value& table, const std::string& key) {
    if (!table.is_table()) return nullptr;
    const auto& t = table.as_table();
    const auto it = t.find(key);
    return it == t.end() ? nullptr : &it->second;
}

/// A required quantity `key` of `table`, checked against its dimension.
template <class Quantity>
Quantity quantity(const toml::value& table, const std::string& key, std::string_view section) {
    const toml::value* v = find(table, key);
    if (!v) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(table)), "(missing)",
                            "a value", "required key"};
    }
    try {
        return parse<Quantity>(text_of(*v), key);
    } catch (const invalid_input& e) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(*v)), e.value(),
                            e.valid_range(), e.reason()};
    }
}

/// An optional quantity `key` of `table`.
template <class Quantity>
std::optional<Quantity> optional_quantity(const toml::value& table, const std::string& key,
                                          std::string_view section) {
    if (!find(table, key)) return std::nullopt;
    return quantity<Quantity>(table, key, section);
}

/// A required string `key`.
inline const std::string& string_value(const toml::value& table, const std::string& key,
                                       std::string_view section) {
    const toml::value* v = find(table, key);
    if (!v) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(table)), "(missing)",
                            "a string", "required key"};
    }
    if (!v->is_string())
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(*v)), shown(*v),
                            "a string"};
    return v->as_string().str;
}

/// The array of tables `key` (empty when absent), without copying it.
inline std::span<const toml::value> tables(const toml::value& root, const std::string& key) {
    const toml::value* v = find(root, key);
    if (!v) return {};
    if (!v->is_array())
        throw invalid_input{fmt::format("{} ({})", key, where(*v)), shown(*v),
                            "an array of tables [[" + key + "]]"};
    const auto& a = v->as_array();
    return {a.data(), a.size()};
}

/// An integer `key` in [low, high], read as 64 bits and checked before it is narrowed.
inline int integer(const toml::value& table, const std::string& key, const std::string& section,
            int fallback, std::int64_t low, std::int64_t high) {
    const toml::value* v = find(table, key);
    if (!v) return fallback;
    if (!v->is_integer()) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(*v)), shown(*v),
                            fmt::format("an integer in [{}, {}]", low, high)};
    }
    const std::int64_t n = v->as_integer();
    if (n < low || n > high) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(*v)),
                            fmt::format("{}", n), fmt::format("an integer in [{}, {}]", low, high)};
    }
    return static_cast<int>(n);
}

/// An enumerated choice read by its name through `from_string`; `names` lists them.
template <class Enum, class FromString>
Enum choice(const toml::value& table, const std::string& key, const std::string& section,
            FromString from_string, std::string_view names, Enum fallback) {
    if (!find(table, key)) return fallback;
    const std::string& text = string_value(table, key, section);
    const auto value = from_string(text);
    if (!value) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(table.at(key))), text,
                            std::string{names}};
    }
    return *value;
}

} // namespace spacedc::io::toml_support
