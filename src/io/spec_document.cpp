#include "spec_document.hpp"

#include "documents.hpp"
#include "toml_support.hpp"

#include <charconv>
#include <cmath>

namespace spacedc::io::detail {

namespace ts = toml_support;

amount read_amount(const toml::value& v, const std::string& where) {
    if (v.is_integer()) return {static_cast<double>(v.as_integer()), {}, true};
    if (v.is_floating() && std::isfinite(v.as_floating())) return {v.as_floating(), {}, false};
    if (v.is_string()) {
        const std::string& text = v.as_string().str;
        const char* first = text.data();
        const char* last = text.data() + text.size();
        while (first < last && *first == ' ') ++first;
        amount a;
        const auto [end, ec] = std::from_chars(first, last, a.number);
        if (ec == std::errc{} && end != first) {
            std::string_view unit{end, static_cast<std::size_t>(last - end)};
            while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
            while (!unit.empty() && unit.back() == ' ') unit.remove_suffix(1);
            a.unit = std::string{unit};
            if (std::isfinite(a.number) && !a.unit.empty()) return a;
        }
    }
    throw invalid_input{where, ts::shown(v), "a number, or a number with a unit (\"600 km\")"};
}

toml::value value_of(double x, const std::string& unit, bool integer) {
    if (!unit.empty()) return toml::value(fmt::format("{:.17g} {}", x, unit));
    if (integer) return toml::value(static_cast<std::int64_t>(std::llround(x)));
    return toml::value(x);
}

spec_document::spec_document(const std::string& path, const std::vector<std::string>& overrides,
                             const input_limits& limits)
    : root_(ts::parse_text(ts::read_file(path, limits), path, limits)) // not braces: a list
    , path_{path}
    , limits_{limits} {
    documents::apply_overrides(root_, overrides, limits);
}

void spec_document::set(const std::string& key, toml::value value, const std::string& what) {
    documents::set_at(root_, key, std::move(value), what, limits_);
}

node::node_spec spec_document::read(const std::string& context) const {
    try {
        return documents::node_spec(root_, path_);
    } catch (const invalid_input& e) {
        throw invalid_input{e.parameter(), e.value(), e.valid_range(),
                            e.reason().empty() ? "in " + context : e.reason() + "; in " + context};
    }
}

} // namespace spacedc::io::detail
