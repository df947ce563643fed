#pragma once
// Private helpers for reading spacedc's TOML files with toml11: every error becomes a
// spacedc::invalid_input naming the file and line, the key, the value and what was
// expected. Not installed: toml11 stays an implementation detail.

#include <spacedc/errors.hpp>
#include <spacedc/io/parse_quantity.hpp>

#include <fmt/format.h>
#include <toml.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace spacedc::io::toml_support {

/// "file:line" of a value.
inline std::string where(const toml::value& v) {
    const auto loc = v.location();
    return fmt::format("{}:{}", loc.file_name(), loc.line());
}

/// Parses `path`; syntax errors and unreadable files become `invalid_input`.
inline toml::value parse_file(const std::string& path) {
    try {
        return toml::parse(path);
    } catch (const toml::syntax_error& e) {
        throw invalid_input{path, "(file)", "valid TOML", e.what()};
    } catch (const std::runtime_error& e) {
        throw invalid_input{path, "(file)", "a readable TOML file", e.what()};
    }
}

/// Throws unless `table` is a table whose keys are all in `allowed`.
inline void check_keys(const toml::value& table, std::initializer_list<std::string_view> allowed,
                       std::string_view section) {
    if (!table.is_table()) {
        throw invalid_input{fmt::format("{} ({})", section, where(table)), "(not a table)",
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

/// The text of `key` as written (strings as they are, numbers printed).
inline std::string text_of(const toml::value& v) {
    if (v.is_string()) return v.as_string().str;
    if (v.is_floating()) return fmt::format("{}", v.as_floating());
    if (v.is_integer()) return fmt::format("{}", v.as_integer());
    throw invalid_input{where(v), toml::format(v),
                        "a quantity as a string, e.g. \"100 kW\", or a number"};
}

/// A required quantity `key` of `table`, checked against its dimension.
template <class Quantity>
Quantity quantity(const toml::value& table, const std::string& key, std::string_view section) {
    if (!table.contains(key)) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(table)), "(missing)",
                            "a value", "required key"};
    }
    const toml::value& v = table.at(key);
    return parse<Quantity>(text_of(v), fmt::format("{}.{} ({})", section, key, where(v)));
}

/// An optional quantity `key` of `table`.
template <class Quantity>
std::optional<Quantity> optional_quantity(const toml::value& table, const std::string& key,
                                          std::string_view section) {
    if (!table.contains(key)) return std::nullopt;
    return quantity<Quantity>(table, key, section);
}

/// A required string `key`.
inline std::string string_value(const toml::value& table, const std::string& key,
                                std::string_view section) {
    if (!table.contains(key)) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(table)), "(missing)",
                            "a string", "required key"};
    }
    const toml::value& v = table.at(key);
    if (!v.is_string())
        throw invalid_input{fmt::format("{}.{} ({})", section, key, where(v)), toml::format(v),
                            "a string"};
    return v.as_string().str;
}

/// An array of tables `key` (empty when absent).
inline std::vector<toml::value> tables(const toml::value& root, const std::string& key) {
    if (!root.contains(key)) return {};
    const toml::value& v = root.at(key);
    if (!v.is_array())
        throw invalid_input{fmt::format("{} ({})", key, where(v)), toml::format(v),
                            "an array of tables [[" + key + "]]"};
    return std::vector<toml::value>(v.as_array().begin(), v.as_array().end());
}

} // namespace spacedc::io::toml_support
