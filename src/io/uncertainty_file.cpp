#include <spacedc/io/uncertainty_file.hpp>

#include "documents.hpp"
#include "spec_document.hpp"
#include "spec_fields.hpp"
#include "toml_support.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace spacedc::io {
namespace {

namespace ts = toml_support;
namespace un = uncertainty;

/// One distribution table { distribution = "...", parameters }.
uncertain_parameter read_distribution(const std::string& key, const toml::value& table) {
    const std::string name = "uncertain." + key;
    const std::string kind = ts::string_value(table, "distribution", name);
    uncertain_parameter p{.key = key, .distribution = {}, .unit = {}, .integer = true};
    bool unit_set = false;
    auto quantity = [&](const char* field) {
        const auto a = detail::read_amount(table.at(field), fmt::format("{}.{}", name, field));
        if (unit_set && a.unit != p.unit) {
            throw invalid_input{fmt::format("{}.{}", name, field), ts::shown(table.at(field)),
                                fmt::format("in the distribution's unit ('{}')", p.unit)};
        }
        p.unit = a.unit, unit_set = true;
        p.integer = p.integer && a.integer;
        return a.number;
    };
    auto required = [&](std::initializer_list<const char*> fields) {
        for (const char* f : fields) {
            if (!table.contains(f))
                throw invalid_input{fmt::format("{}.{}", name, f), "(missing)",
                                    fmt::format("required by a {} distribution", kind)};
        }
    };
    auto& d = p.distribution;
    if (kind == "normal") {
        ts::check_keys(table, {"distribution", "mean", "sigma", "lower", "upper"}, name);
        required({"mean", "sigma"});
        d.kind = un::distribution_kind::normal;
        d.mean = quantity("mean");
        d.sigma = quantity("sigma");
    } else if (kind == "lognormal") {
        ts::check_keys(table, {"distribution", "median", "sigma", "lower", "upper"}, name);
        required({"median", "sigma"});
        d.kind = un::distribution_kind::lognormal;
        d.median = quantity("median");
        const auto s = detail::read_amount(table.at("sigma"), name + ".sigma");
        if (!s.unit.empty())
            throw invalid_input{name + ".sigma", ts::shown(table.at("sigma")),
                                "a plain number (the sigma of ln x)"};
        d.sigma = s.number;
        d.lower = 0.0;
    } else if (kind == "uniform") {
        ts::check_keys(table, {"distribution", "lower", "upper"}, name);
        required({"lower", "upper"});
        d.kind = un::distribution_kind::uniform;
    } else if (kind == "triangular") {
        ts::check_keys(table, {"distribution", "lower", "mode", "upper"}, name);
        required({"lower", "mode", "upper"});
        d.kind = un::distribution_kind::triangular;
        d.mode = quantity("mode");
    } else {
        throw invalid_input{name + ".distribution", kind,
                            "normal, lognormal, uniform or triangular"};
    }
    if (table.contains("lower")) d.lower = quantity("lower");
    if (table.contains("upper")) d.upper = quantity("upper");
    un::validate(d, name);
    return p;
}

void read_parameters(const toml::value& table, const std::string& prefix,
                     std::vector<uncertain_parameter>& out, int depth) {
    if (depth > 32) throw invalid_input{"uncertain." + prefix, "(nested too deep)", "a spec key"};
    for (const auto& [k, v] : table.as_table()) {
        const std::string key = prefix.empty() ? k : prefix + "." + k;
        if (v.is_table() && v.contains("distribution")) {
            out.push_back(read_distribution(key, v));
        } else if (v.is_table()) {
            read_parameters(v, key, out, depth + 1);
        } else {
            throw invalid_input{"uncertain." + key, ts::shown(v),
                                "a distribution { distribution = \"normal\", ... }"};
        }
    }
}

} // namespace

/// A parameter set directly on the spec: its field and the reader's linear conversion
/// from the parameter's unit to SI (si = offset + scale x; degC is affine).
struct direct_setter {
    const detail::spec_field* field;
    double offset;
    double scale;
};

struct node_uncertainty::impl {
    detail::spec_document document;
    std::vector<uncertain_parameter> parameters;
    checks::requirements requirements;
    /// When every parameter has one: the spec as the document reads and the setters.
    std::optional<node::node_spec> base;
    std::vector<direct_setter> setters;
};

namespace {

/// The direct setter of `p`, if it sets the same field to the same number as the reader
/// at the distribution's 10th, 50th and 90th percentiles; nullopt otherwise (the reader
/// then reads every sample).
std::optional<direct_setter> verified_setter(const detail::spec_document& document,
                                             const node::node_spec& base,
                                             const uncertain_parameter& p) {
    const detail::spec_field* field = p.integer ? nullptr : detail::find_spec_field(p.key);
    if (!field) return std::nullopt;
    try {
        const double offset = field->to_si(0.0, p.unit);
        const direct_setter setter{field, offset, field->to_si(1.0, p.unit) - offset};
        for (double u : {0.1, 0.5, 0.9}) {
            const double x = un::quantile(p.distribution, u);
            detail::spec_document probe = document;
            probe.set(p.key, detail::value_of(x, p.unit, false), "uncertain." + p.key);
            const double read = field->get(probe.read("a probe of uncertain." + p.key));
            node::node_spec direct = base;
            field->set(direct, setter.offset + setter.scale * x);
            const double set = field->get(direct);
            if (!(std::abs(read - set) <= 1e-14 * std::abs(read))) return std::nullopt;
        }
        return setter;
    } catch (const invalid_input&) {
        return std::nullopt; // the reader refuses it: let it say so on the first sample
    }
}

} // namespace

node_uncertainty::node_uncertainty(const std::string& path,
                                   const std::vector<std::string>& overrides,
                                   const input_limits& limits)
    : impl_{std::make_unique<impl>(impl{.document = {path, overrides, limits},
                                        .parameters = {},
                                        .requirements = {},
                                        .base = std::nullopt,
                                        .setters = {}})} {
    if (const toml::value* u = ts::find(impl_->document.root(), "uncertain")) {
        if (!u->is_table())
            throw invalid_input{"uncertain", ts::shown(*u), "a table [uncertain] of distributions"};
        read_parameters(*u, "", impl_->parameters, 0);
        if (impl_->parameters.size() > max_parameters) {
            throw invalid_input{"uncertain", fmt::format("{} parameters", impl_->parameters.size()),
                                fmt::format("at most {}", max_parameters)};
        }
        // In the order of their keys: parameter k is the same in every reading.
        std::sort(impl_->parameters.begin(), impl_->parameters.end(),
                  [](const auto& a, const auto& b) { return a.key < b.key; });
        detail::require_unique_keys(impl_->parameters, "uncertain");
    }
    impl_->requirements = documents::requirements(impl_->document.root());
    if (impl_->parameters.empty()) return;
    try {
        const node::node_spec base = impl_->document.read("the spec");
        for (const auto& p : impl_->parameters) {
            const auto setter = verified_setter(impl_->document, base, p);
            if (!setter) {
                impl_->setters.clear();
                return;
            }
            impl_->setters.push_back(*setter);
        }
        impl_->base = base;
    } catch (const invalid_input&) {
        impl_->setters.clear(); // the spec alone is invalid: the reader says so per sample
    }
}

node_uncertainty::~node_uncertainty() = default;

const std::vector<uncertain_parameter>& node_uncertainty::parameters() const {
    return impl_->parameters;
}

const checks::requirements& node_uncertainty::requirements() const { return impl_->requirements; }

std::vector<double> node_uncertainty::draw(std::uint64_t seed, std::uint64_t sample) const {
    std::vector<double> values;
    values.reserve(impl_->parameters.size());
    for (std::size_t k = 0; k < impl_->parameters.size(); ++k) {
        const auto& p = impl_->parameters[k];
        const double x = un::quantile(p.distribution, un::unit_uniform(seed, sample, k));
        values.push_back(p.integer ? std::round(x) : x);
    }
    return values;
}

node::node_spec node_uncertainty::spec(const std::vector<double>& values) {
    if (values.size() != impl_->parameters.size()) {
        throw invalid_input{"values", fmt::format("{}", values.size()),
                            fmt::format("{} (one per parameter)", impl_->parameters.size())};
    }
    if (impl_->base) {
        node::node_spec spec = *impl_->base;
        for (std::size_t k = 0; k < values.size(); ++k) {
            const auto& d = impl_->setters[k];
            d.field->set(spec, d.offset + d.scale * values[k]);
        }
        return spec;
    }
    std::string sample = "the sample";
    for (std::size_t k = 0; k < values.size(); ++k) {
        const auto& p = impl_->parameters[k];
        impl_->document.set(p.key, detail::value_of(values[k], p.unit, p.integer),
                            "uncertain." + p.key);
        sample += fmt::format("{}{} = {:.6g}{}{}", k == 0 ? " " : ", ", p.key, values[k],
                              p.unit.empty() ? "" : " ", p.unit);
    }
    return impl_->document.read(sample);
}

} // namespace spacedc::io
