#include "toml_support.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <new>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace spacedc::io::toml_support {

std::string where(const toml::value& v) {
    const auto loc = v.location();
    return fmt::format("{}:{}", loc.file_name(), loc.line());
}

std::string shown(const toml::value& v) {
    constexpr std::size_t longest = 80;
    std::string text = toml::format(v);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    if (text.size() > longest) text = text.substr(0, longest) + "...";
    return text;
}

namespace {

/// What went past a limit, at byte `offset` of `text`.
[[noreturn]] void too_much(std::string_view text, std::size_t offset, std::string_view name,
                           std::string what, std::string limit) {
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n');
    throw invalid_input{fmt::format("{}:{}", name, line), std::move(what), std::move(limit),
                        "input too large or too deeply nested"};
}

/// The offset of the first byte that is not well-formed UTF-8 (RFC 3629; table 3-7 of
/// the Unicode standard: no overlong forms, no surrogates, nothing above U+10FFFF), or
/// npos. TOML files must be UTF-8, and toml11 reads past the end of its buffer on some
/// invalid bytes (found by the fuzz targets: the three bytes ' 0xFF ').
std::size_t invalid_utf8(std::string_view text) {
    const auto* b = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    auto continuation = [&](std::size_t at, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return at < n && b[at] >= low && b[at] <= high;
    };
    while (i < n) {
        const unsigned char c = b[i];
        std::size_t length = 0;
        if (c < 0x80) {
            length = 1;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = continuation(i + 1) ? 2 : 0;
        } else if (c >= 0xE0 && c <= 0xEF) {
            const unsigned char low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
            length = continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
        } else if (c >= 0xF0 && c <= 0xF4) {
            const unsigned char low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
            length = continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3)
                         ? 4
                         : 0;
        }
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

} // namespace

void check_structure(std::string_view text, std::string_view name, const input_limits& limits) {
    if (const auto bad = invalid_utf8(text); bad != std::string_view::npos) {
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n');
        throw invalid_input{fmt::format("{}:{}", name, line),
                            fmt::format("byte 0x{:02X}", static_cast<unsigned char>(text[bad])),
                            "UTF-8 text, as TOML requires", "not valid UTF-8"};
    }
    const int max_depth = limits.max_nesting_depth;
    std::vector<std::size_t> elements; // per open array or inline table: its commas so far
    elements.reserve(static_cast<std::size_t>(std::max(max_depth, 0)) + 1);
    int dotted_parts = 0; // dots since the last '=', ',', bracket or line end
    const std::size_t n = text.size();
    std::size_t i = 0;

    // Three `quote`s at `at`?
    auto triple_at = [&](std::size_t at, char quote) {
        return at + 2 < n && text[at] == quote && text[at + 1] == quote && text[at + 2] == quote;
    };
    // Skips the string opened at i by `quote` (one or three of them); checks its length.
    auto skip_string = [&](char quote) {
        const std::size_t start = i;
        const bool triple = triple_at(i, quote);
        const bool escapes = quote == '"';
        i += triple ? 3 : 1;
        while (i < n) {
            const char c = text[i];
            if (escapes && c == '\\') {
                i += 2;
            } else if (!triple && c == '\n') {
                break; // unterminated: the parser reports it
            } else if (!triple && c == quote) {
                ++i;
                break;
            } else if (triple && triple_at(i, quote)) {
                i += 3;
                while (i < n && text[i] == quote) ++i; // """a""""" may end in quotes
                break;
            } else {
                ++i;
            }
        }
        if (i - start > limits.max_string_bytes + 6) {
            too_much(text, start, name, fmt::format("a string of {} bytes", i - start),
                     fmt::format("at most {} bytes (input_limits::max_string_bytes)",
                                 limits.max_string_bytes));
        }
    };

    while (i < n) {
        const char c = text[i];
        switch (c) {
        case '#':
            while (i < n && text[i] != '\n') ++i;
            continue;
        case '"':
        case '\'':
            skip_string(c);
            continue;
        case '[':
        case '{':
            if (static_cast<int>(elements.size()) >= max_depth) {
                too_much(text, i, name, fmt::format("nesting deeper than {}", max_depth),
                         fmt::format("at most {} nested arrays or inline tables "
                                     "(input_limits::max_nesting_depth)",
                                     max_depth));
            }
            elements.push_back(0);
            dotted_parts = 0;
            break;
        case ']':
        case '}':
            if (!elements.empty()) elements.pop_back();
            dotted_parts = 0;
            break;
        case ',':
            if (!elements.empty() && ++elements.back() >= limits.max_array_elements) {
                too_much(
                    text, i, name,
                    fmt::format("an array of more than {} elements", limits.max_array_elements),
                    fmt::format("at most {} (input_limits::max_array_elements)",
                                limits.max_array_elements));
            }
            dotted_parts = 0;
            break;
        case '.':
            if (++dotted_parts >= max_depth) {
                too_much(
                    text, i, name, fmt::format("a dotted key of more than {} parts", max_depth),
                    fmt::format("at most {} parts (input_limits::max_nesting_depth)", max_depth));
            }
            break;
        case '=':
        case '\n':
            dotted_parts = 0;
            break;
        default:
            break;
        }
        ++i;
    }
}

namespace {

bool bare_key_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/// A decimal TOML number with no underscores, leading zeros, inf or nan:
/// [+-]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, as an integer or a float.
std::optional<toml::value> simple_number(std::string_view t) {
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t start = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
        return i - start;
    };
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    const std::size_t int_start = i;
    const std::size_t int_digits = digits();
    if (int_digits == 0 || (int_digits > 1 && t[int_start] == '0')) return std::nullopt;
    bool is_float = false;
    if (i < t.size() && t[i] == '.') {
        ++i;
        if (digits() == 0) return std::nullopt;
        is_float = true;
    }
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
        if (digits() == 0) return std::nullopt;
        is_float = true;
    }
    if (i != t.size()) return std::nullopt;
    const char* first = t.data() + (t.front() == '+' ? 1 : 0);
    if (is_float) {
        double x = 0.0;
        const auto [end, ec] = std::from_chars(first, t.data() + t.size(), x);
        if (ec != std::errc{} || end != t.data() + t.size()) return std::nullopt;
        return toml::value(x);
    }
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(first, t.data() + t.size(), n);
    if (ec != std::errc{} || end != t.data() + t.size()) return std::nullopt;
    return toml::value(n);
}

} // namespace

simple_line read_simple_line(std::string_view line, const input_limits& limits) {
    using kind = simple_line::kind;
    const simple_line other{.type = kind::other};
    for (const char c : line) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\r') return other;
    }
    auto skip_blank = [](std::string_view& s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    };
    // The rest of a line after a value or header: blanks and an optional comment.
    auto only_comment = [&](std::string_view s) {
        skip_blank(s);
        if (s.empty() || s.front() == '#') {
            for (const char c : s) {
                if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) return false;
            }
            return true;
        }
        return false;
    };
    auto read_key = [&](std::string_view& s) {
        std::size_t k = 0;
        while (k < s.size() && bare_key_char(s[k])) ++k;
        const std::string_view key = s.substr(0, k);
        s.remove_prefix(k);
        return key;
    };
    skip_blank(line);
    if (line.empty() || line.front() == '#') return only_comment(line) ? simple_line{} : other;
    if (line.front() == '[') {
        const bool array = line.starts_with("[[");
        line.remove_prefix(array ? 2 : 1);
        skip_blank(line);
        const std::string_view key = read_key(line);
        skip_blank(line);
        if (key.empty() || !line.starts_with(array ? "]]" : "]")) return other;
        line.remove_prefix(array ? 2 : 1);
        if (!only_comment(line)) return other;
        return {.type = array ? kind::array_table : kind::table, .key = key};
    }
    const std::string_view key = read_key(line);
    skip_blank(line);
    if (key.empty() || line.empty() || line.front() != '=') return other;
    line.remove_prefix(1);
    skip_blank(line);
    simple_line out{.type = kind::key_value, .key = key};
    if (!line.empty() && line.front() == '"') {
        const auto close = line.find('"', 1);
        if (close == std::string_view::npos) return other;
        out.value = line.substr(1, close - 1);
        out.quoted = true;
        if (out.value.size() > limits.max_string_bytes) return other;
        for (const char c : out.value) {
            if (c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return other;
        }
        line.remove_prefix(close + 1);
    } else {
        std::size_t k = 0;
        while (k < line.size() && line[k] != ' ' && line[k] != '\t' && line[k] != '#') ++k;
        out.value = line.substr(0, k);
        line.remove_prefix(k);
        if (out.value != "true" && out.value != "false" && !simple_number(out.value)) return other;
    }
    return only_comment(line) ? out : other;
}

std::optional<toml::value> simple_value(const simple_line& line) {
    if (line.quoted) return toml::value(std::string{line.value});
    if (line.value == "true" || line.value == "false") return toml::value(line.value == "true");
    return simple_number(line.value);
}

std::optional<toml::value> parse_simple(std::string_view text, const input_limits& limits) {
    // Each [[key]] array is reserved to its final size first: toml11's values do not move
    // without the risk of throwing, so a growing std::vector of them copies every table
    // on each reallocation.
    std::unordered_map<std::string_view, std::size_t> array_sizes;
    for (std::size_t at = text.find("[["); at != std::string_view::npos;
         at = text.find("[[", at + 2)) {
        if (at != 0 && text[at - 1] != '\n') continue;
        const auto close = text.find("]]", at + 2);
        if (close == std::string_view::npos) return std::nullopt;
        ++array_sizes[text.substr(at + 2, close - at - 2)];
    }
    toml::value root = toml::table{};
    toml::value* current = &root;
    std::size_t pos = 0;
    const std::size_t n = text.size();
    while (pos < n) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = n;
        const simple_line line = read_simple_line(text.substr(pos, end - pos), limits);
        pos = end + 1;
        using kind = simple_line::kind;
        auto& root_table = root.as_table();
        switch (line.type) {
        case kind::other:
            return std::nullopt;
        case kind::blank:
            break;
        case kind::array_table: {
            const auto it = root_table.find(std::string{line.key});
            toml::value& a = it != root_table.end() ? it->second : [&]() -> toml::value& {
                toml::value& fresh = root_table[std::string{line.key}] = toml::array{};
                fresh.as_array().reserve(array_sizes[line.key]); // on the stored vector itself
                return fresh;
            }();
            // Only arrays this reader made from [[key]] headers (each element a table).
            if (!a.is_array() || (!a.as_array().empty() && !a.as_array().back().is_table()))
                return std::nullopt;
            if (a.as_array().size() >= limits.max_array_elements) return std::nullopt;
            toml::table table;
            table.reserve(4); // the keys of a node or link, without rehashing
            a.as_array().emplace_back(std::move(table));
            current = &a.as_array().back();
            break;
        }
        case kind::table:
            if (root_table.count(std::string{line.key})) return std::nullopt; // toml11 says so
            current = &(root_table[std::string{line.key}] = toml::table{});
            break;
        case kind::key_value: {
            auto value = simple_value(line);
            if (!value) return std::nullopt;
            if (!current->as_table().emplace(std::string{line.key}, std::move(*value)).second)
                return std::nullopt; // a duplicate key: toml11 reports it
            break;
        }
        }
    }
    return std::optional<toml::value>{std::move(root)};
}

toml::value parse_text(std::string text, const std::string& name, const input_limits& limits) {
    check_structure(text, name, limits);
    std::istringstream in{std::move(text)};
    try {
        return toml::parse(in, name);
    } catch (const toml::syntax_error& e) {
        throw invalid_input{name, "(file)", "valid TOML", e.what()};
    } catch (const std::bad_alloc&) {
        throw invalid_input{name, "(file)", "a TOML file that fits in memory", "out of memory"};
    } catch (const std::exception& e) {
        throw invalid_input{name, "(file)", "valid TOML", e.what()};
    }
}

std::string read_file(const std::string& path, const input_limits& limits) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        throw invalid_input{path, "(file)", "a readable TOML file", "no such file"};
    }
    if (!fs::is_regular_file(status)) {
        throw invalid_input{path, "(file)", "a readable TOML file",
                            fs::is_directory(status) ? "not a regular file: a directory"
                                                     : "not a regular file"};
    }
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) throw invalid_input{path, "(file)", "a readable TOML file", ec.message()};
    if (size > limits.max_file_bytes) {
        throw invalid_input{
            path, fmt::format("a file of {} bytes", size),
            fmt::format("at most {} bytes (input_limits::max_file_bytes)", limits.max_file_bytes),
            "file too large"};
    }
    std::ifstream in{path, std::ios::binary};
    if (!in) throw invalid_input{path, "(file)", "a readable TOML file", "cannot be opened"};
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw invalid_input{path, "(file)", "a readable TOML file", "read error"};
    return text;
}

toml::value parse_file(const std::string& path, const input_limits& limits) {
    return parse_text(read_file(path, limits), path, limits);
}

} // namespace spacedc::io::toml_support
