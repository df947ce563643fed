// spacedc._core: the compiled half of the Python package `spacedc` (python/spacedc/).
//
// What is here is only the boundary: numbers in SI (angles in degrees) become typed
// quantities, the library runs with the GIL released, and results come back as numpy
// arrays or as the JSON text the command-line tool prints, so a result's `to_dict()`
// has the keys of the CLI's JSON contract by construction. Library exceptions become
// `spacedc.InvalidInput` and `spacedc.NoConvergence` (python/spacedc/errors.py).

#include "cli.hpp"
#include "design_batch.hpp"
#include "option_names.hpp"
#include "report.hpp"
#include "size_report.hpp"
#include "spec_fields.hpp"

#include <spacedc/checks/check.hpp>
#include <spacedc/errors.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/node/finding.hpp>
#include <spacedc/node/size_node.hpp>
#include <spacedc/orbit/sun_synchronous.hpp>
#include <spacedc/radiation/dose.hpp>
#include <spacedc/thermal/radiator.hpp>
#include <spacedc/thermal/view_factor.hpp>
#include <spacedc/version.hpp>

#include <fmt/format.h>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace py = pybind11;

namespace spacedc::python {
namespace {

using array = py::array_t<double, py::array::c_style | py::array::forcecast>;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// A spec as read: the source (a path, or TOML text and the name it goes by), the
/// overrides applied, and the spec and requirements they give.
struct spec {
    std::string path; ///< empty for text
    std::string text;
    std::string name;
    std::vector<std::string> overrides;
    io::node_file file;

    static spec from_file(const std::string& path, const std::vector<std::string>& overrides) {
        return {path, {}, path, overrides, io::read_node_file(path, overrides)};
    }
    static spec from_toml(const std::string& text, const std::string& name,
                          const std::vector<std::string>& overrides) {
        return {{}, text, name, overrides, io::read_node_text(text, name, overrides)};
    }
    spec with_overrides(const std::vector<std::string>& more) const {
        std::vector<std::string> all = overrides;
        all.insert(all.end(), more.begin(), more.end());
        return path.empty() ? from_toml(text, name, all) : from_file(path, all);
    }
};

/// The library's sizing, its errors naming the spec keys.
node::node_design size(const node::node_spec& s) {
    return cli::naming_options(cli::spec_option_names, [&] { return node::size_node(s); });
}

std::string size_json(const spec& s) {
    std::vector<checks::check_result> results;
    orbit::eclipse_free_altitude eclipse_free;
    const node::node_design d = [&] {
        py::gil_scoped_release unlocked;
        auto design = size(s.file.spec);
        results = checks::check(design, s.file.requirements);
        eclipse_free = cli::eclipse_free_alternative(s.file.spec);
        return design;
    }();
    return cli::finished(cli::size_json(d, results, eclipse_free, s.file.requirement_tables))
        .dump();
}

std::string checks_json(const spec& s) {
    std::vector<checks::check_result> results;
    {
        py::gil_scoped_release unlocked;
        results = checks::check(size(s.file.spec), s.file.requirements);
    }
    return cli::json{{"checks", cli::checks_json(results)},
                     {"checks_passed", checks::all_passed(results)}}
        .dump();
}

/// A numeric spec key of a batch: its setter, the factor from the value Python gives
/// (SI, angles in degrees) to SI, and whether it is an integer.
struct batch_key {
    std::string key;
    const io::detail::spec_field* field;
    const char* unit; ///< the unit Python's numbers are in ("" for plain numbers)
    double to_si;
    bool integer;
};

batch_key batch_key_of(const std::string& key) {
    const auto* field = io::detail::find_spec_field(key);
    if (field == nullptr) {
        throw invalid_input{key, "(not a numeric spec key)",
                            "a numeric key of a node spec (docs/node.md), e.g. compute.count"};
    }
    // The unit the key is read in, found once: degrees for angles, else the SI unit.
    for (const char* unit : {"deg", "", "m", "kg", "s", "K", "W", "J", "m^2", "W/kg", "kg/m^2",
                             "W/m^2", "J/kg", "/K", "J/K", "W/K", "W/(m K)"}) {
        try {
            const double scale = field->to_si(1.0, unit);
            bool integer = false;
            if (*unit == '\0') {
                try {
                    field->to_si(0.5, unit);
                } catch (const invalid_input&) {
                    integer = true;
                }
            }
            return {key, field, unit, scale, integer};
        } catch (const invalid_input&) {
            // not this unit
        }
    }
    throw invalid_input{key, "(no SI unit found)", "a numeric key of a node spec"};
}

/// Sets `k` to `x` on `s`: finite, and an integer in range where the key is one.
void set_value(node::node_spec& s, const batch_key& k, double x) {
    if (!std::isfinite(x)) throw invalid_input{k.key, fmt::format("{}", x), "a finite number"};
    if (k.integer && (x != std::round(x) || std::abs(x) > 2.0e9)) {
        throw invalid_input{k.key, fmt::format("{}", x), "an integer"};
    }
    k.field->set(s, x * k.to_si);
}

/// The per-design outputs of `size_node_batch`, each the `size --json` key of the same
/// name (null there is NaN here).
constexpr const char* batch_columns[] = {
    "compute_power_w",
    "heat_load_w",
    "array_power_w",
    "array_area_m2",
    "array_mass_kg",
    "radiator_temperature_k",
    "junction_temperature_k",
    "radiator_area_m2",
    "radiator_mass_kg",
    "total_mass_kg",
    "chip_mass_kg",
    "support_mass_kg",
    "chip_to_support_mass_ratio",
    "compute_power_per_mass_w_per_kg",
    "sunlit_fraction",
    "launch_cost_per_kw_year_usd",
    "coldest_junction_temperature_k",
    "survival_heater_w",
    "mission_dose_rad",
};
constexpr std::size_t column_count = std::size(batch_columns);

void fill_row(const node::node_design& d, double* const* out, std::size_t i) {
    const bool built = d.feasible();
    const bool radiator = d.radiator.feasible;
    const bool cooled = d.cooled(); // else the temperatures are not physical
    auto if_built = [&](double x) { return built ? x : nan; };
    const double row[column_count] = {
        d.compute_power.value(),
        d.heat_load.value(),
        d.power.array_power_required.value(),
        d.power.array_area.value(),
        d.power.array_mass.value(),
        cooled ? d.radiator_temperature.value() : nan,
        d.junction && cooled ? d.junction->value() : nan,
        radiator ? d.radiator.area.value() : nan,
        radiator ? d.radiator.mass.value() : nan,
        if_built(d.mass.total.value()),
        d.mass.chips.value(),
        if_built(d.mass.support.value()),
        if_built(d.mass.chip_to_support_ratio.value()),
        if_built(d.compute_power_per_mass.value()),
        d.sunlight.sunlit_fraction.value(),
        if_built(d.cost.launch_cost_per_kw_year_usd),
        cooled ? d.cold.coldest_junction.value() : nan,
        d.cold.survival.heater_power.value(),
        d.dose ? radiation::in_rad(*d.dose) : nan,
    };
    for (std::size_t c = 0; c < column_count; ++c) out[c][i] = row[c];
}

/// Sizes one design per row of `columns` (one array per key of `keys`, all of one
/// length), on `threads` threads in contiguous blocks: the result does not depend on
/// the thread count.
py::dict size_node_batch(const spec& s, const std::vector<std::string>& keys,
                         const std::vector<array>& columns, int threads) {
    if (keys.size() != columns.size()) {
        throw invalid_input{"overrides",
                            fmt::format("{} keys, {} columns", keys.size(), columns.size()),
                            "one column per key"};
    }
    const std::uint64_t workers = cli::checked_threads(threads);
    std::vector<batch_key> ks;
    for (const auto& key : keys) ks.push_back(batch_key_of(key));
    const py::ssize_t n = columns.empty() ? 1 : columns.front().size();
    std::vector<const double*> in;
    for (std::size_t k = 0; k < columns.size(); ++k) {
        if (columns[k].ndim() != 1 || columns[k].size() != n) {
            throw invalid_input{keys[k], fmt::format("{} values", columns[k].size()),
                                fmt::format("{} values, as the other keys", n)};
        }
        in.push_back(columns[k].data());
    }
    py::array_t<bool> feasible(n);
    py::array_t<bool> checks_passed(n);
    py::array_t<int> reason(n);
    std::vector<array> outputs;
    std::vector<double*> out;
    for (std::size_t c = 0; c < column_count; ++c) {
        outputs.emplace_back(n);
        out.push_back(outputs.back().mutable_data());
    }
    bool* ok = feasible.mutable_data();
    bool* passed = checks_passed.mutable_data();
    int* why = reason.mutable_data();
    {
        py::gil_scoped_release unlocked;
        const auto count = static_cast<std::uint64_t>(n);
        cli::run_in_blocks(count,
                           std::min<std::uint64_t>(workers, std::max<std::uint64_t>(count, 1)),
                           [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                               cli::design_stages stages;
                               node::node_spec design_spec = s.file.spec;
                               for (std::uint64_t i = begin; i < end; ++i) {
                                   for (std::size_t k = 0; k < ks.size(); ++k)
                                       set_value(design_spec, ks[k], in[k][i]);
                                   const auto d = stages.size(design_spec);
                                   fill_row(d, out.data(), i);
                                   ok[i] = d.feasible();
                                   why[i] = -1;
                                   for (const auto& f : d.findings) {
                                       if (node::is_infeasible(f)) {
                                           why[i] = static_cast<int>(f.index());
                                           break;
                                       }
                                   }
                                   bool all = true;
                                   for (const auto& r : s.file.requirements)
                                       all = all && checks::passes(d, r);
                                   passed[i] = all;
                               }
                           });
    }
    py::dict result;
    result["feasible"] = feasible;
    result["reason_kind"] = reason;
    result["checks_passed"] = checks_passed;
    for (std::size_t c = 0; c < column_count; ++c) result[batch_columns[c]] = outputs[c];
    return result;
}

/// `f(i)` for i in [0, n) into a new array, the GIL released.
template <class F>
array elementwise(py::ssize_t n, F&& f) {
    array result(n);
    double* out = result.mutable_data();
    py::gil_scoped_release unlocked;
    for (py::ssize_t i = 0; i < n; ++i) out[i] = f(i);
    return result;
}

void require_same_length(std::initializer_list<const array*> arrays) {
    const py::ssize_t n = (*arrays.begin())->size();
    for (const array* a : arrays) {
        if (a->ndim() != 1 || a->size() != n) {
            throw invalid_input{"arrays", fmt::format("{} values", a->size()),
                                fmt::format("one-dimensional, {} values (broadcast first)", n)};
        }
    }
}

array radiator_area(const array& heat, const array& temperature, const array& emissivity,
                    const array& faces, const array& sink) {
    require_same_length({&heat, &temperature, &emissivity, &faces, &sink});
    const double *q = heat.data(), *t = temperature.data(), *e = emissivity.data(),
                 *f = faces.data(), *s = sink.data();
    return elementwise(heat.size(), [&](py::ssize_t i) {
        if (f[i] != 1.0 && f[i] != 2.0)
            throw invalid_input{"faces", fmt::format("{}", f[i]), "1 or 2"};
        return thermal::radiator_area(units::power::from_value(q[i]),
                                      {.emissivity = units::dimensionless::from_value(e[i]),
                                       .surface_temperature = units::temperature::from_value(t[i]),
                                       .sink_temperature = units::temperature::from_value(s[i]),
                                       .radiating_faces = static_cast<int>(f[i])})
            .value();
    });
}

units::angle degrees(double x) { return units::angle::from_value(x * std::numbers::pi / 180.0); }

array earth_view_factor(const array& altitude, const array& tilt) {
    require_same_length({&altitude, &tilt});
    const double *h = altitude.data(), *a = tilt.data();
    return elementwise(altitude.size(), [&](py::ssize_t i) {
        if (!std::isfinite(a[i]))
            throw invalid_input{"tilt_deg", fmt::format("{}", a[i]), "a finite angle"};
        return thermal::earth_view_factor(units::length::from_value(h[i]), degrees(a[i])).value();
    });
}

array sso_inclination(const array& altitude) {
    const double* h = altitude.data();
    return elementwise(altitude.size(), [&](py::ssize_t i) {
        return units::in_degrees(
            orbit::sun_synchronous_inclination(units::length::from_value(h[i])));
    });
}

/// Library exceptions as the package's Python exceptions (python/spacedc/errors.py).
void translate_errors() {
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const invalid_input& e) {
            const py::object type = py::module_::import("spacedc.errors").attr("InvalidInput");
            const py::object error =
                type(e.what(), e.parameter(), e.value(), e.valid_range(), e.reason());
            PyErr_SetObject(type.ptr(), error.ptr());
        } catch (const no_convergence& e) {
            const py::object type = py::module_::import("spacedc.errors").attr("NoConvergence");
            PyErr_SetObject(type.ptr(), type(e.what()).ptr());
        } catch (const error& e) {
            const py::object type = py::module_::import("spacedc.errors").attr("Error");
            PyErr_SetObject(type.ptr(), type(e.what()).ptr());
        }
    });
}

} // namespace
} // namespace spacedc::python

PYBIND11_MODULE(_core, m) {
    namespace sp = spacedc::python;
    m.doc() = "spacedc's compiled core; use the package `spacedc`, not this module.";
    sp::translate_errors();
    m.attr("version") = spacedc::version_string;

    py::class_<sp::spec>(m, "Spec")
        .def_static("from_file", &sp::spec::from_file, py::arg("path"), py::arg("overrides"))
        .def_static("from_toml", &sp::spec::from_toml, py::arg("text"), py::arg("name"),
                    py::arg("overrides"))
        .def("with_overrides", &sp::spec::with_overrides, py::arg("overrides"))
        .def_readonly("name", &sp::spec::name)
        .def_readonly("overrides", &sp::spec::overrides)
        .def_property_readonly("requirement_count",
                               [](const sp::spec& s) { return s.file.requirements.size(); })
        .def("inputs_json", [](const sp::spec& s) {
            return spacedc::cli::inputs_json(s.file.spec, s.file.requirement_tables).dump();
        });

    m.def("size_json", &sp::size_json, py::arg("spec"));
    m.def("checks_json", &sp::checks_json, py::arg("spec"));
    m.def("size_node_batch", &sp::size_node_batch, py::arg("spec"), py::arg("keys"),
          py::arg("columns"), py::arg("threads"));
    m.def("batch_columns", [] {
        return std::vector<std::string>(std::begin(sp::batch_columns), std::end(sp::batch_columns));
    });
    m.def("finding_kinds", [] {
        return std::vector<std::string>(spacedc::node::finding_kind_names.begin(),
                                        spacedc::node::finding_kind_names.end());
    });
    m.def("key_unit", [](const std::string& key) {
        const auto k = sp::batch_key_of(key);
        return std::pair<std::string, bool>{k.unit, k.integer};
    });
    m.def("radiator_area", &sp::radiator_area);
    m.def("earth_view_factor", &sp::earth_view_factor);
    m.def("sso_inclination", &sp::sso_inclination);
    m.def("run_json", [](const std::string& command, const std::vector<std::string>& args) {
        spacedc::cli::json result;
        {
            py::gil_scoped_release unlocked;
            result = spacedc::cli::run_json(command, args);
        }
        return result.dump();
    });
    // For the tests of the translation above: throws the library's exception `kind`.
    m.def("_throw", [](const std::string& kind) {
        if (kind == "invalid_input") throw spacedc::invalid_input{"p", "v", "r", "why"};
        if (kind == "no_convergence") throw spacedc::no_convergence{"did not converge"};
        throw spacedc::error{"other"};
    });
    m.def("options_of", [](const std::string& command) {
        std::vector<std::pair<std::string, bool>> options;
        for (const auto& o : spacedc::cli::options_of(command))
            options.emplace_back(o.name, o.flag);
        return options;
    });
}
