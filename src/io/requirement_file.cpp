#include <spacedc/io/requirement_file.hpp>

#include "documents.hpp"
#include "toml_support.hpp"

#include <initializer_list>
#include <optional>
#include <string_view>

namespace spacedc::io {
namespace {

namespace ts = toml_support;
using checks::margin;

/// One [[requirement]] table being read: its location for messages.
struct table_reader {
    const toml::value& table;
    std::string section; // "requirement[2]"
    std::string where;   // "file:line" of the table

    std::string at() const { return fmt::format("{} ({})", section, where); }

    /// "requirement[2].key (file:line)", the key's own line when it is present.
    std::string key_at(std::string_view key) const {
        const std::string k{key};
        return fmt::format("{}.{} ({})", section, key, has(k) ? ts::where(table.at(k)) : where);
    }

    bool has(const std::string& key) const { return ts::find(table, key) != nullptr; }

    template <class Quantity>
    std::optional<Quantity> bound(const std::string& key) const {
        return ts::optional_quantity<Quantity>(table, key, section);
    }

    template <class Quantity>
    Quantity required_bound(const std::string& key, std::string_view quantity) const {
        if (!has(key)) {
            throw invalid_input{fmt::format("{}.{} ({})", section, key, where), "(missing)",
                                fmt::format("a bound for {}", quantity), "required key"};
        }
        return *bound<Quantity>(key);
    }

    std::string text(const std::string& key) const { return ts::string_value(table, key, section); }

    /// `choice` read through `from_string`, or throws listing `names`.
    template <class FromString>
    auto choice(const std::string& key, FromString from_string, std::string_view names) const {
        const std::string value = text(key);
        const auto parsed = from_string(value);
        if (!parsed) {
            throw invalid_input{fmt::format("{}.{} ({})", section, key, ts::where(table.at(key))),
                                value, std::string{names}};
        }
        return *parsed;
    }

    /// Throws unless at most one of the margin keys is present.
    void one_margin_at_most() const {
        int n = 0;
        for (auto key : {"margin", "margin_fraction", "margin_policy"}) n += has(key) ? 1 : 0;
        if (n > 1) {
            throw invalid_input{at(), "more than one of margin, margin_fraction, margin_policy",
                                "at most one of them"};
        }
    }

    /// An absolute margin `margin = "10 K"`, checked non-negative.
    template <class Difference>
    std::optional<margin<Difference>> absolute() const {
        const auto m = ts::optional_quantity<Difference>(table, "margin", section);
        if (!m) return std::nullopt;
        spacedc::detail::require_non_negative(key_at("margin"), *m);
        return checks::absolute_margin(*m, "stated in the requirement");
    }

    /// A fractional margin `margin_fraction = 0.2` on `basis`, in [0, 10].
    template <class Difference>
    std::optional<margin<Difference>> fraction(checks::margin_basis basis) const {
        if (!has("margin_fraction")) return std::nullopt;
        const auto f = ts::quantity<units::dimensionless>(table, "margin_fraction", section);
        spacedc::detail::require_in_closed_range(key_at("margin_fraction"), f.value(), 0.0, 10.0);
        return checks::fractional_margin<Difference>(f.value(), basis, "stated in the requirement");
    }

    margin<units::temperature_difference> thermal() const {
        one_margin_at_most();
        if (auto m = absolute<units::temperature_difference>()) return *m;
        if (has("margin_fraction")) {
            throw invalid_input{key_at("margin_fraction"), "(given)",
                                "margin = \"10 K\" or margin_policy for a temperature"};
        }
        if (!has("margin_policy")) {
            if (has("limit_kind")) {
                throw invalid_input{key_at("limit_kind"), text("limit_kind"),
                                    "only with a margin_policy"};
            }
            return {};
        }
        const std::string policy = text("margin_policy");
        checks::temperature_margin_policy p;
        if (policy == "ecss-e-st-31c")
            p = checks::ecss_e_st_31c();
        else if (policy == "ecss-e-st-31c-correlated")
            p = checks::ecss_e_st_31c_correlated();
        else {
            throw invalid_input{key_at("margin_policy"), policy,
                                "ecss-e-st-31c, ecss-e-st-31c-correlated (for temperatures)"};
        }
        const auto kind = has("limit_kind")
                              ? choice("limit_kind", checks::temperature_limit_kind_from_string,
                                       "design, acceptance, qualification")
                              : checks::temperature_limit_kind::design;
        return checks::thermal_margin(p, kind);
    }

    /// A power or mass margin: absolute, fractional or from ESA's maturity margins.
    template <class Quantity>
    margin<Quantity> maturity_based(checks::margin_basis basis,
                                    const checks::maturity_margin_policy& esa) const {
        one_margin_at_most();
        if (auto m = absolute<Quantity>()) return *m;
        if (auto m = fraction<Quantity>(basis)) return *m;
        if (!has("margin_policy")) {
            if (has("maturity")) {
                throw invalid_input{key_at("maturity"), text("maturity"),
                                    "only with margin_policy = \"esa\""};
            }
            return {};
        }
        const std::string policy = text("margin_policy");
        if (policy != "esa") {
            throw invalid_input{key_at("margin_policy"), policy, "esa (for power and mass)"};
        }
        if (!has("maturity")) {
            throw invalid_input{key_at("maturity"), "(missing)",
                                "off-the-shelf, modified, new-design", "required with esa"};
        }
        const auto maturity = choice("maturity", checks::design_maturity_from_string,
                                     "off-the-shelf, modified, new-design");
        return checks::fractional_margin<Quantity>(checks::maturity_margin(esa, maturity).value(),
                                                   basis, esa.name);
    }
};

const std::initializer_list<std::string_view> thermal_keys = {
    "quantity", "name",   "rationale",     "at_most",
    "at_least", "margin", "margin_policy", "limit_kind"};
const std::initializer_list<std::string_view> maturity_keys = {
    "quantity",        "name",          "rationale", "at_most", "at_least", "margin",
    "margin_fraction", "margin_policy", "maturity"};

/// Reads one table into one or two requirements appended to `out`.
void read_one(const table_reader& r, checks::requirements& out) {
    const std::string quantity = r.text("quantity");
    const std::size_t first = out.size();
    auto only = [&](std::initializer_list<std::string_view> keys) {
        ts::check_keys(r.table, keys, r.section); // names the offending key's line
    };
    auto no_upper = [&] {
        if (r.has("at_most"))
            throw invalid_input{r.key_at("at_most"), "(given)", "at_least for " + quantity};
    };
    auto no_lower = [&] {
        if (r.has("at_least"))
            throw invalid_input{r.key_at("at_least"), "(given)", "at_most for " + quantity};
    };

    if (quantity == "junction_temperature") {
        only(thermal_keys);
        no_lower();
        const auto m = r.thermal();
        if (auto limit = r.bound<units::temperature>("at_most"))
            out.push_back(checks::junction_temperature_at_most(*limit, m));
        else
            out.push_back(checks::junction_temperature_below_limit(m));
    } else if (quantity == "radiator_temperature") {
        only(thermal_keys);
        const auto m = r.thermal();
        const auto low = r.bound<units::temperature>("at_least");
        const auto high = r.bound<units::temperature>("at_most");
        if (!low && !high) {
            throw invalid_input{r.at(), "(no bound)", "at_least and/or at_most",
                                "radiator_temperature needs a bound"};
        }
        if (low && high) {
            for (auto& q : checks::radiator_temperature_within(*low, *high, m)) out.push_back(q);
        } else if (low) {
            out.push_back(checks::radiator_temperature_at_least(*low, m));
        } else {
            out.push_back(checks::radiator_temperature_at_most(*high, m));
        }
    } else if (quantity == "array_power") {
        only(maturity_keys);
        no_upper();
        const auto m = r.maturity_based<units::power>(checks::margin_basis::limit,
                                                      checks::esa_power_margins());
        auto req = std::get<checks::requirement_on<units::power>>(checks::array_power_margin(m));
        if (auto limit = r.bound<units::power>("at_least")) {
            req.limit_of = checks::detail::fixed(*limit);
            req.rationale = "array output at end of life above a stated power";
        }
        out.push_back(req);
    } else if (quantity == "launch_mass") {
        only(maturity_keys);
        no_lower();
        const auto m =
            r.maturity_based<units::mass>(checks::margin_basis::value, checks::esa_mass_margins());
        out.push_back(
            checks::launch_mass_at_most(r.required_bound<units::mass>("at_most", quantity), m));
    } else if (quantity == "chip_to_support_mass_ratio") {
        only({"quantity", "name", "rationale", "at_least"});
        out.push_back(checks::chip_to_support_ratio_at_least(
            r.required_bound<units::dimensionless>("at_least", quantity)));
    } else if (quantity == "compute_power_per_mass") {
        only({"quantity", "name", "rationale", "at_least"});
        out.push_back(checks::compute_power_per_mass_at_least(
            r.required_bound<units::specific_power>("at_least", quantity)));
    } else if (quantity == "availability") {
        only({"quantity", "name", "rationale", "at_least"});
        const auto fraction = r.required_bound<units::dimensionless>("at_least", quantity);
        spacedc::detail::require_in_closed_range(r.key_at("at_least"), fraction.value(), 0.0, 1.0);
        out.push_back(checks::availability_at_least(fraction));
    } else if (quantity == "eclipse_free") {
        only({"quantity", "name", "rationale"});
        out.push_back(checks::eclipse_free());
    } else if (quantity == "array_area") {
        only({"quantity", "name", "rationale", "at_most"});
        out.push_back(
            checks::array_area_at_most(r.required_bound<units::area>("at_most", quantity)));
    } else if (quantity == "mission_dose") {
        only({"quantity", "name", "rationale", "at_most", "margin_fraction", "margin_policy"});
        no_lower();
        r.one_margin_at_most();
        checks::margin<units::absorbed_dose> m{};
        if (auto f = r.fraction<units::absorbed_dose>(checks::margin_basis::value)) m = *f;
        if (r.has("margin_policy")) {
            if (r.text("margin_policy") != "ecss-q-st-60-15c") {
                throw invalid_input{r.key_at("margin_policy"), r.text("margin_policy"),
                                    "ecss-q-st-60-15c (for a dose: RDM 2)"};
            }
            m = checks::radiation_design_margin();
        }
        if (r.has("at_most")) {
            const std::string text = r.text("at_most");
            const auto limit = ts::at(r.table.at("at_most"), [&] {
                const auto d = parse_dose(text, r.section + ".at_most");
                spacedc::detail::require_positive(r.section + ".at_most", d);
                return d;
            });
            out.push_back(checks::mission_dose_at_most(limit, m));
        } else {
            out.push_back(checks::mission_dose_below_limit(m));
        }
    } else if (quantity == "radiator_area") {
        only({"quantity", "name", "rationale", "at_most"});
        out.push_back(
            checks::radiator_area_at_most(r.required_bound<units::area>("at_most", quantity)));
    } else {
        throw invalid_input{
            fmt::format("{}.quantity ({})", r.section, ts::where(r.table.at("quantity"))), quantity,
            "one of: junction_temperature, radiator_temperature, array_power, "
            "launch_mass, chip_to_support_mass_ratio, compute_power_per_mass, "
            "availability, eclipse_free, array_area, radiator_area, mission_dose"};
    }

    // A stated name and rationale replace the built-in's (a range keeps its side).
    for (std::size_t i = first; i < out.size(); ++i) {
        std::visit(
            [&](auto& q) {
                if (r.has("name")) {
                    const bool both = out.size() - first == 2;
                    q.name =
                        r.text("name") +
                        (both ? (q.kind == checks::bound_kind::at_most ? " (upper)" : " (lower)")
                              : "");
                }
                if (r.has("rationale")) q.rationale = r.text("rationale");
            },
            out[i]);
    }
}

} // namespace

namespace documents {

checks::requirements requirements(const toml::value& root) {
    checks::requirements out;
    std::size_t index = 0;
    for (const toml::value& table : ts::tables(root, "requirement")) {
        ++index;
        if (!table.is_table()) {
            throw invalid_input{fmt::format("requirement[{}] ({})", index, ts::where(table)),
                                ts::shown(table), "a table [[requirement]]"};
        }
        read_one({.table = table,
                  .section = fmt::format("requirement[{}]", index),
                  .where = ts::where(table)},
                 out);
    }
    return out;
}

} // namespace documents

checks::requirements read_requirements(const std::string& path, const input_limits& limits) {
    return ts::read_document(ts::read_file(path, limits), path, limits,
                             [](const toml::value& root) { return documents::requirements(root); });
}

} // namespace spacedc::io
