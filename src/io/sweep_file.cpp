#include <spacedc/io/sweep_file.hpp>

#include "documents.hpp"
#include "spec_document.hpp"
#include "spec_fields.hpp"
#include "toml_support.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace spacedc::io {
namespace {

namespace ts = toml_support;

/// One axis as the reader gets it: the key and each value as a TOML value.
struct axis_values {
    std::string key;
    std::vector<toml::value> values;
    std::vector<std::string> shown;
};

using detail::amount;
using detail::read_amount;

/// Multiplies the designs crossed so far by an axis of `n` values, refusing (before the
/// values are made) to pass `node_sweep::max_designs`.
void count_designs(std::uint64_t& designs, std::size_t n) {
    if (designs > node_sweep::max_designs / static_cast<std::uint64_t>(n)) {
        throw invalid_input{"sweep", "more designs than the axes' product allows",
                            fmt::format("at most {} designs", node_sweep::max_designs)};
    }
    designs *= static_cast<std::uint64_t>(n);
}

/// The values of a range table { from, to, step | count [, log] }.
axis_values read_range(const std::string& key, const toml::value& range, std::uint64_t& designs) {
    const std::string name = "sweep." + key;
    ts::check_keys(range, {"from", "to", "step", "count", "log"}, name);
    for (const char* required : {"from", "to"}) {
        if (!range.contains(required))
            throw invalid_input{fmt::format("{}.{}", name, required), "(missing)", "a range end"};
    }
    const amount from = read_amount(range.at("from"), name + ".from");
    const amount to = read_amount(range.at("to"), name + ".to");
    if (from.unit != to.unit) {
        throw invalid_input{name, fmt::format("from in '{}', to in '{}'", from.unit, to.unit),
                            "both ends in one unit"};
    }
    if (!(from.number <= to.number)) {
        throw invalid_input{name, fmt::format("from {} to {}", from.number, to.number),
                            "from <= to"};
    }
    const bool has_step = range.contains("step"), has_count = range.contains("count");
    if (has_step == has_count) {
        throw invalid_input{name, has_step ? "both step and count" : "neither step nor count",
                            "one of step and count"};
    }
    const bool log =
        range.contains("log") && range.at("log").is_boolean() && range.at("log").as_boolean();
    if (range.contains("log") && !range.at("log").is_boolean())
        throw invalid_input{name + ".log", ts::shown(range.at("log")), "true or false"};
    std::vector<double> numbers;
    bool integers = from.integer && to.integer;
    if (has_step) {
        if (log) throw invalid_input{name + ".log", "true", "only with count"};
        const amount step = read_amount(range.at("step"), name + ".step");
        if (step.unit != from.unit) {
            throw invalid_input{name + ".step", ts::shown(range.at("step")),
                                fmt::format("a step in the range's unit ('{}')", from.unit)};
        }
        if (!(step.number > 0.0) || !std::isfinite(step.number))
            throw invalid_input{name + ".step", ts::shown(range.at("step")), "> 0"};
        integers = integers && step.integer;
        const double span = (to.number - from.number) / step.number;
        if (!(span < static_cast<double>(node_sweep::max_axis_values))) {
            throw invalid_input{name, fmt::format("{:.3g} values", span + 1.0),
                                fmt::format("at most {}", node_sweep::max_axis_values)};
        }
        const auto n = static_cast<std::size_t>(std::floor(span + 1e-9)) + 1;
        count_designs(designs, n);
        for (std::size_t i = 0; i < n; ++i)
            numbers.push_back(from.number + static_cast<double>(i) * step.number);
    } else {
        const toml::value& c = range.at("count");
        if (!c.is_integer() || c.as_integer() < 1 ||
            c.as_integer() > static_cast<std::int64_t>(node_sweep::max_axis_values)) {
            throw invalid_input{name + ".count", ts::shown(c),
                                fmt::format("an integer in [1, {}]", node_sweep::max_axis_values)};
        }
        const auto n = static_cast<std::size_t>(c.as_integer());
        if (log && !(from.number > 0.0)) {
            throw invalid_input{name + ".from", fmt::format("{}", from.number),
                                "> 0 for a log-spaced range"};
        }
        integers = false;
        count_designs(designs, n);
        for (std::size_t i = 0; i < n; ++i) {
            const double f = n == 1 ? 0.0 : static_cast<double>(i) / static_cast<double>(n - 1);
            numbers.push_back(log ? from.number * std::pow(to.number / from.number, f)
                                  : from.number + f * (to.number - from.number));
        }
    }
    axis_values axis{.key = key, .values = {}, .shown = {}};
    for (double x : numbers) {
        axis.values.push_back(detail::value_of(x, from.unit, integers));
        axis.shown.push_back(from.unit.empty() && integers ? fmt::format("{}", std::llround(x))
                             : from.unit.empty()           ? fmt::format("{:.12g}", x)
                                                 : fmt::format("{:.12g} {}", x, from.unit));
    }
    return axis;
}

/// The axes under `table` (keys joined with dots), in file order.
void read_axes(const toml::value& table, const std::string& prefix, std::vector<axis_values>& out,
               std::uint64_t& designs, int depth) {
    if (depth > 32) throw invalid_input{"sweep." + prefix, "(nested too deep)", "a spec key"};
    for (const auto& [k, v] : table.as_table()) {
        const std::string key = prefix.empty() ? k : prefix + "." + k;
        if (v.is_array()) {
            const auto& list = v.as_array();
            if (list.empty()) throw invalid_input{"sweep." + key, "[]", "at least one value"};
            if (list.size() > node_sweep::max_axis_values) {
                throw invalid_input{"sweep." + key, fmt::format("{} values", list.size()),
                                    fmt::format("at most {}", node_sweep::max_axis_values)};
            }
            count_designs(designs, list.size());
            axis_values axis{.key = key, .values = {}, .shown = {}};
            for (const auto& value : list) {
                if (value.is_table() || value.is_array()) {
                    throw invalid_input{"sweep." + key, ts::shown(value),
                                        "numbers, strings or booleans"};
                }
                axis.values.push_back(value);
                axis.shown.push_back(value.is_string() ? value.as_string().str : ts::shown(value));
            }
            out.push_back(std::move(axis));
        } else if (v.is_table() && v.contains("from")) {
            out.push_back(read_range(key, v, designs));
        } else if (v.is_table()) {
            read_axes(v, key, out, designs, depth + 1);
        } else {
            throw invalid_input{"sweep." + key, ts::shown(v),
                                "a list of values or a range { from, to, step | count }"};
        }
    }
}

} // namespace

/// An axis set directly on the spec: its field and each value in SI, as the reader read it.
struct direct_axis {
    const detail::spec_field* field;
    std::vector<double> si;
};

struct node_sweep::impl {
    detail::spec_document document;
    std::vector<axis_values> axes;
    std::vector<sweep_axis> shown;
    std::uint64_t designs = 1;
    /// When every axis has a field of the table and at most `direct_values` values: the
    /// spec as the document reads and the axes' values in SI.
    std::optional<node::node_spec> base;
    std::vector<direct_axis> direct;
};

namespace {

/// Axes longer than this are read per design (reading each value once up front would
/// cost more than it saves).
constexpr std::size_t direct_values = 100'000;

/// Each value of every axis read once by the reader itself (so units, conversions and
/// errors are the reader's) into the spec field the table names; nullopt when an axis
/// has no field, is too long, or the reader refuses a value (then every design is read,
/// and the refused one reports its error where it occurs).
std::optional<std::vector<direct_axis>> read_axes_directly(const detail::spec_document& document,
                                                           const std::vector<axis_values>& axes) {
    std::vector<direct_axis> direct;
    for (const auto& axis : axes) {
        const detail::spec_field* field = detail::find_spec_field(axis.key);
        if (!field || axis.values.size() > direct_values) return std::nullopt;
        direct_axis d{field, {}};
        detail::spec_document probe = document;
        try {
            for (const auto& v : axis.values) {
                probe.set(axis.key, v, "sweep." + axis.key);
                d.si.push_back(field->get(probe.read("sweep." + axis.key)));
            }
        } catch (const invalid_input&) {
            return std::nullopt;
        }
        direct.push_back(std::move(d));
    }
    return direct;
}

} // namespace

node_sweep::node_sweep(const std::string& path, const std::vector<std::string>& overrides,
                       const input_limits& limits)
    : impl_{std::make_unique<impl>(impl{.document = {path, overrides, limits},
                                        .axes = {},
                                        .shown = {},
                                        .designs = 1,
                                        .base = std::nullopt,
                                        .direct = {}})} {
    if (const toml::value* sweep = ts::find(impl_->document.root(), "sweep")) {
        if (!sweep->is_table())
            throw invalid_input{"sweep", ts::shown(*sweep), "a table [sweep] of axes"};
        read_axes(*sweep, "", impl_->axes, impl_->designs, 0);
        // In the order of their keys, so a file's designs are numbered the same everywhere.
        std::sort(impl_->axes.begin(), impl_->axes.end(),
                  [](const auto& a, const auto& b) { return a.key < b.key; });
        detail::require_unique_keys(impl_->axes, "sweep");
        if (auto direct = read_axes_directly(impl_->document, impl_->axes)) {
            try {
                impl_->base = impl_->document.read("the spec");
                impl_->direct = std::move(*direct);
            } catch (const invalid_input&) {
                impl_->base.reset(); // the reader reports it at the first design
            }
        }
    }
    for (const auto& a : impl_->axes) impl_->shown.push_back({a.key, a.shown});
}

node_sweep::~node_sweep() = default;

const std::vector<sweep_axis>& node_sweep::axes() const { return impl_->shown; }

std::uint64_t node_sweep::designs() const { return impl_->designs; }

std::vector<std::size_t> node_sweep::position(std::uint64_t index) const {
    if (index >= impl_->designs) {
        throw invalid_input{"design index", fmt::format("{}", index),
                            fmt::format("[0, {})", impl_->designs)};
    }
    std::vector<std::size_t> at(impl_->axes.size());
    for (std::size_t k = impl_->axes.size(); k-- > 0;) {
        const auto n = static_cast<std::uint64_t>(impl_->axes[k].values.size());
        at[k] = static_cast<std::size_t>(index % n);
        index /= n;
    }
    return at;
}

node::node_spec node_sweep::spec(std::uint64_t index) {
    const auto at = position(index);
    if (impl_->base) {
        node::node_spec spec = *impl_->base;
        for (std::size_t k = 0; k < at.size(); ++k)
            impl_->direct[k].field->set(spec, impl_->direct[k].si[at[k]]);
        return spec;
    }
    std::string design = "the design";
    for (std::size_t k = 0; k < at.size(); ++k) {
        const auto& axis = impl_->axes[k];
        impl_->document.set(axis.key, axis.values[at[k]], "sweep." + axis.key);
        design += fmt::format("{}sweep.{} = {}", k == 0 ? " " : ", ", axis.key, axis.shown[at[k]]);
    }
    return impl_->document.read(design);
}

} // namespace spacedc::io
