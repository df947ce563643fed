#include <spacedc/io/node_spec_file.hpp>

#include <spacedc/io/parse_time_of_day.hpp>

#include "documents.hpp"
#include "toml_support.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace spacedc::io {
namespace {

namespace ts = toml_support;

/// Sets `target` from `table[key]` when present.
template <class Quantity>
void assign(const toml::value& table, const std::string& key, const std::string& section,
            Quantity& target) {
    if (auto q = ts::optional_quantity<Quantity>(table, key, section)) target = *q;
}

/// A plain number `key` (a price), finite and >= 0.
double price(const toml::value& table, const std::string& key, const std::string& section,
             double fallback) {
    const toml::value* v = ts::find(table, key);
    if (!v) return fallback;
    double x = 0.0;
    if (v->is_integer()) {
        x = static_cast<double>(v->as_integer());
    } else if (v->is_floating()) {
        x = v->as_floating();
    } else {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, ts::where(*v)), ts::shown(*v),
                            "a number"};
    }
    if (!(x >= 0.0) || !std::isfinite(x)) {
        throw invalid_input{fmt::format("{}.{} ({})", section, key, ts::where(*v)),
                            fmt::format("{}", x), "finite and >= 0"};
    }
    return x;
}

} // namespace

namespace documents {

void set_at(toml::value& root, const std::string& path, toml::value value, const std::string& what,
            const input_limits& limits) {
    const auto parts = std::count(path.begin(), path.end(), '.') + 1;
    if (parts > limits.max_nesting_depth) {
        throw invalid_input{what, fmt::format("a key of {} parts", parts),
                            fmt::format("at most {} parts (input_limits::max_nesting_depth)",
                                        limits.max_nesting_depth)};
    }
    toml::value* table = &root;
    std::size_t start = 0;
    while (true) {
        const auto dot = path.find('.', start);
        const std::string key =
            path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (key.empty()) throw invalid_input{what, path, "section.key"};
        if (dot == std::string::npos) {
            (*table)[key] = std::move(value);
            return;
        }
        if (!table->contains(key)) (*table)[key] = toml::table{};
        table = &(*table)[key];
        if (!table->is_table()) throw invalid_input{what, path, "a key inside a table"};
        start = dot + 1;
    }
}

} // namespace documents

namespace {

/// Applies "a.b.c=value" to `root`.
void apply_override(toml::value& root, const std::string& assignment, const input_limits& limits) {
    const auto eq = assignment.find('=');
    if (eq == std::string::npos || eq == 0) {
        throw invalid_input{"--set", assignment, "section.key=value"};
    }
    const std::string path = assignment.substr(0, eq);
    const std::string text = assignment.substr(eq + 1);
    if (text.size() > limits.max_string_bytes) {
        throw invalid_input{"--set", fmt::format("a value of {} bytes", text.size()),
                            fmt::format("at most {} bytes (input_limits::max_string_bytes)",
                                        limits.max_string_bytes)};
    }
    toml_support::check_structure(text, "--set " + path, limits); // before the parser recurses
    toml::value value;
    try {
        value = ts::parse_text("v = " + text, "--set", limits).at("v");
    } catch (const invalid_input&) {
        value = text; // not TOML: take it as a string ("800 km")
    }
    if (path.empty()) throw invalid_input{"--set", assignment, "section.key=value"};
    documents::set_at(root, path, std::move(value), "--set", limits);
}

const toml::value& section(const toml::value& root, const std::string& name) {
    static const toml::value empty = toml::table{};
    return root.contains(name) ? root.at(name) : empty;
}

} // namespace

namespace documents {

node::node_spec node_spec(toml::value root, const std::string& path,
                          const std::vector<std::string>& overrides, const input_limits& limits) {
    apply_overrides(root, overrides, limits);
    return node_spec(root, path);
}

void apply_overrides(toml::value& root, const std::vector<std::string>& overrides,
                     const input_limits& limits) {
    for (const auto& o : overrides) apply_override(root, o, limits);
}

node::node_spec node_spec(const toml::value& root, const std::string& path) {
    ts::check_keys(root,
                   {"compute", "orbit", "solar", "mission", "power", "battery", "thermal", "bus",
                    "cost", "requirement", "sweep", "uncertain"},
                   path);
    node::node_spec spec{};

    const auto& c = section(root, "compute");
    ts::check_keys(c,
                   {"count", "power_per_accelerator", "mass_per_accelerator",
                    "server_mass_per_accelerator", "junction_max", "battery_backed_fraction",
                    "dose_limit"},
                   "compute");
    spec.compute.count = ts::integer(c, "count", "compute", spec.compute.count, 1, 100'000'000);
    assign(c, "power_per_accelerator", "compute", spec.compute.power_per_accelerator);
    assign(c, "mass_per_accelerator", "compute", spec.compute.mass_per_accelerator);
    assign(c, "server_mass_per_accelerator", "compute", spec.compute.server_mass_per_accelerator);
    assign(c, "junction_max", "compute", spec.compute.junction_max);
    assign(c, "battery_backed_fraction", "compute", spec.compute.battery_backed_fraction);
    if (const toml::value* limit = ts::find(c, "dose_limit")) {
        const auto& text = ts::string_value(c, "dose_limit", "compute");
        spec.compute.dose_limit =
            ts::at(*limit, [&] { return parse_dose(text, "compute.dose_limit"); });
        ts::at(*limit, [&] {
            spacedc::detail::require_positive("compute.dose_limit", *spec.compute.dose_limit);
        });
    }

    const auto& o = section(root, "orbit");
    ts::check_keys(o, {"altitude", "ltan", "inclination", "raan", "year", "shadow"}, "orbit");
    assign(o, "altitude", "orbit", spec.orbit.altitude);
    if (ts::find(o, "inclination") && ts::find(o, "ltan")) {
        throw invalid_input{fmt::format("orbit ({})", ts::where(o)), "ltan and inclination",
                            "one of them",
                            "ltan places a sun-synchronous orbit; an inclination, with raan, "
                            "any other"};
    }
    if (ts::find(o, "raan") && !ts::find(o, "inclination")) {
        throw invalid_input{fmt::format("orbit.raan ({})", ts::where(o.at("raan"))), "(given)",
                            "only with orbit.inclination",
                            "a sun-synchronous orbit's node follows from its ltan"};
    }
    if (ts::find(o, "inclination")) {
        units::angle inclination{};
        assign(o, "inclination", "orbit", inclination);
        ts::at(o.at("inclination"), [&] {
            spacedc::detail::require_in_closed_range("orbit.inclination",
                                                     units::in_degrees(inclination), 0.0, 180.0);
        });
        spec.orbit.inclination = inclination;
        assign(o, "raan", "orbit", spec.orbit.raan);
    }
    if (const toml::value* ltan = ts::find(o, "ltan")) {
        const auto& text = ts::string_value(o, "ltan", "orbit");
        spec.orbit.ltan = ts::at(*ltan, [&] { return parse_time_of_day(text, "orbit.ltan"); });
    }
    spec.orbit.year = ts::integer(o, "year", "orbit", spec.orbit.year, 1950, 2050);
    spec.orbit.shadow = ts::choice(o, "shadow", "orbit", orbit::shadow_model_from_string,
                                   "cylindrical, umbra, penumbra", spec.orbit.shadow);

    const auto& s = section(root, "solar");
    ts::check_keys(s,
                   {"efficiency", "reference_temperature", "temperature_coefficient",
                    "packing_factor", "inherent_degradation", "annual_degradation",
                    "pointing_error", "front_absorptivity", "front_emissivity", "back_emissivity",
                    "back_earth_view_factor", "earth_infrared", "specific_power", "areal_density"},
                   "solar");
    auto& a = spec.array;
    assign(s, "efficiency", "solar", a.cells.efficiency);
    assign(s, "reference_temperature", "solar", a.cells.reference_temperature);
    assign(s, "temperature_coefficient", "solar", a.cells.temperature_coefficient);
    assign(s, "packing_factor", "solar", a.packing_factor);
    assign(s, "inherent_degradation", "solar", a.inherent_degradation);
    assign(s, "annual_degradation", "solar", a.annual_degradation);
    assign(s, "pointing_error", "solar", a.pointing_error);
    assign(s, "front_absorptivity", "solar", a.front_absorptivity);
    assign(s, "front_emissivity", "solar", a.front_emissivity);
    assign(s, "back_emissivity", "solar", a.back_emissivity);
    assign(s, "back_earth_view_factor", "solar", a.back_earth_view_factor);
    assign(s, "earth_infrared", "solar", a.earth_infrared);
    if (ts::find(s, "specific_power") && ts::find(s, "areal_density")) {
        throw invalid_input{fmt::format("solar ({})", ts::where(s)),
                            "specific_power and areal_density", "one of them"};
    }
    if (auto sp = ts::optional_quantity<units::specific_power>(s, "specific_power", "solar"))
        a.mass_basis = *sp;
    if (auto ad = ts::optional_quantity<units::areal_density>(s, "areal_density", "solar"))
        a.mass_basis = *ad;

    const auto& m = section(root, "mission");
    ts::check_keys(m, {"life"}, "mission");
    assign(m, "life", "mission", spec.mission_life);

    const auto& p = section(root, "power");
    ts::check_keys(p, {"conversion_efficiency", "specific_power", "housekeeping", "design_margin"},
                   "power");
    assign(p, "design_margin", "power", spec.conversion.design_margin);
    assign(p, "conversion_efficiency", "power", spec.conversion.efficiency);
    assign(p, "specific_power", "power", spec.conversion.specific_power);
    assign(p, "housekeeping", "power", spec.conversion.housekeeping);

    const auto& b = section(root, "battery");
    ts::check_keys(
        b, {"specific_energy", "depth_of_discharge", "discharge_efficiency", "charge_efficiency"},
        "battery");
    assign(b, "specific_energy", "battery", spec.battery.specific_energy);
    assign(b, "depth_of_discharge", "battery", spec.battery.depth_of_discharge);
    assign(b, "discharge_efficiency", "battery", spec.battery.discharge_efficiency);
    assign(b, "charge_efficiency", "battery", spec.battery.charge_efficiency);

    const auto& t = section(root, "thermal");
    ts::check_keys(t,
                   {"radiator_temperature", "emissivity", "absorptivity",
                    "annual_absorptivity_increase", "faces", "orientation", "areal_density",
                    "heat_transport_specific_power", "per_chip", "shared", "fin", "junction_margin",
                    "capacitance", "added_water", "survival_floor", "survival_heater"},
                   "thermal");
    if (auto rt = ts::optional_quantity<units::temperature>(t, "radiator_temperature", "thermal")) {
        spec.thermal.radiator_temperature = *rt;
    }
    assign(t, "junction_margin", "thermal", spec.thermal.junction_margin);
    if (auto cap = ts::optional_quantity<units::heat_capacity>(t, "capacitance", "thermal"))
        spec.thermal.capacitance = *cap;
    assign(t, "added_water", "thermal", spec.thermal.added_water);
    assign(t, "survival_floor", "thermal", spec.thermal.survival_floor);
    if (const toml::value* heater = ts::find(t, "survival_heater")) {
        if (!heater->is_boolean()) {
            throw invalid_input{fmt::format("thermal.survival_heater ({})", ts::where(*heater)),
                                ts::shown(*heater), "true or false"};
        }
        spec.thermal.survival_heater = heater->as_boolean();
    }
    assign(t, "emissivity", "thermal", spec.thermal.emissivity);
    assign(t, "absorptivity", "thermal", spec.thermal.absorptivity);
    assign(t, "annual_absorptivity_increase", "thermal", spec.thermal.annual_absorptivity_increase);
    spec.thermal.faces = ts::integer(t, "faces", "thermal", spec.thermal.faces, 1, 2);
    spec.thermal.orientation =
        ts::choice(t, "orientation", "thermal", thermal::radiator_orientation_from_string,
                   thermal::radiator_orientation_names, spec.thermal.orientation);
    assign(t, "areal_density", "thermal", spec.thermal.areal_density);
    assign(t, "heat_transport_specific_power", "thermal",
           spec.thermal.heat_transport_specific_power);
    if (ts::find(t, "per_chip") || ts::find(t, "shared")) {
        spec.thermal.chain = {};
        spec.thermal.chain.per_chip = documents::thermal_links(t, "per_chip", "thermal.per_chip");
        spec.thermal.chain.shared = documents::thermal_links(t, "shared", "thermal.shared");
    }
    if (ts::find(t, "fin")) {
        const auto& f = t.at("fin");
        ts::check_keys(f, {"conductivity", "thickness", "half_width"}, "thermal.fin");
        spec.thermal.fin = thermal::radiating_fin{
            .conductivity =
                ts::quantity<units::thermal_conductivity>(f, "conductivity", "thermal.fin"),
            .thickness = ts::quantity<units::length>(f, "thickness", "thermal.fin"),
            .half_width = ts::quantity<units::length>(f, "half_width", "thermal.fin")};
    }

    const auto& bus = section(root, "bus");
    ts::check_keys(bus,
                   {"structure_fraction", "attitude_control", "propulsion", "communications",
                    "radiation_shielding", "growth_margin"},
                   "bus");
    assign(bus, "structure_fraction", "bus", spec.bus.structure_fraction);
    assign(bus, "attitude_control", "bus", spec.bus.attitude_control);
    assign(bus, "propulsion", "bus", spec.bus.propulsion);
    assign(bus, "communications", "bus", spec.bus.communications);
    assign(bus, "radiation_shielding", "bus", spec.bus.radiation_shielding);
    assign(bus, "growth_margin", "bus", spec.bus.growth_margin);

    const auto& cost = section(root, "cost");
    ts::check_keys(cost, {"launch_cost_per_kg_usd", "electricity_price_usd_per_kwh", "ground_pue"},
                   "cost");
    spec.cost.launch_cost_per_kg_usd =
        price(cost, "launch_cost_per_kg_usd", "cost", spec.cost.launch_cost_per_kg_usd);
    spec.cost.electricity_price_usd_per_kwh = price(cost, "electricity_price_usd_per_kwh", "cost",
                                                    spec.cost.electricity_price_usd_per_kwh);
    assign(cost, "ground_pue", "cost", spec.cost.ground_pue);
    return spec;
}

} // namespace documents

namespace {

/// The dotted keys of the spec sections `root` gives.
std::vector<std::string> spec_keys(const toml::value& root) {
    std::vector<std::string> keys;
    if (!root.is_table()) return keys;
    for (const auto& [name, table] : root.as_table()) {
        if (name == "requirement" || name == "sweep" || name == "uncertain" || !table.is_table())
            continue;
        for (const auto& entry : table.as_table()) keys.push_back(name + "." + entry.first);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

/// The `[[requirement]]` tables' scalars as written (read once they have been checked).
std::vector<written_table> written_requirements(const toml::value& root) {
    std::vector<written_table> out;
    for (const toml::value& table : ts::tables(root, "requirement")) {
        written_table& t = out.emplace_back();
        for (const auto& [key, v] : table.as_table()) {
            if (v.is_string())
                t.emplace(key, v.as_string().str);
            else if (v.is_floating())
                t.emplace(key, v.as_floating());
            else if (v.is_integer())
                t.emplace(key, static_cast<std::int64_t>(v.as_integer()));
            else if (v.is_boolean())
                t.emplace(key, v.as_boolean());
            else
                t.emplace(key, ts::shown(v));
        }
    }
    return out;
}

} // namespace

node_file read_node_file(const std::string& path, const std::vector<std::string>& overrides,
                         const input_limits& limits) {
    return read_node_text(ts::read_file(path, limits), path, overrides, limits);
}

node_file read_node_text(std::string text, const std::string& name,
                         const std::vector<std::string>& overrides, const input_limits& limits) {
    if (text.size() > limits.max_file_bytes) {
        throw invalid_input{name, fmt::format("{} bytes", text.size()),
                            fmt::format("at most {} bytes", limits.max_file_bytes)};
    }
    return ts::read_document(std::move(text), name, limits, [&](const toml::value& root) {
        node_file file{.spec = documents::node_spec(root, name, overrides, limits),
                       .requirements = documents::requirements(root)};
        file.file_keys = spec_keys(root);
        file.requirement_tables = written_requirements(root);
        return file;
    });
}

node::node_spec read_node_spec(const std::string& path, const std::vector<std::string>& overrides,
                               const input_limits& limits) {
    return ts::read_document(ts::read_file(path, limits), path, limits,
                             [&](const toml::value& root) {
                                 return documents::node_spec(root, path, overrides, limits);
                             });
}

} // namespace spacedc::io
