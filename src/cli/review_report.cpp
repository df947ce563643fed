#include "review_report.hpp"

#include "gnuplot.hpp"
#include "money.hpp"
#include "option_names.hpp"
#include "size_report.hpp"

#include <spacedc/node/finding_text.hpp>
#include <spacedc/power/array_at_flux.hpp>
#include <spacedc/thermal/eclipse_cooling.hpp>
#include <spacedc/version.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace spacedc::cli {
namespace {

// ---------------------------------------------------------------------------- words

/// `x` with `digits` significant digits and never an exponent ("157788000", "0.0023").
std::string plain(double x, int digits = 6) {
    if (!std::isfinite(x)) return "—";
    if (x == 0.0) return "0";
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(x))));
    const int decimals = std::clamp(digits - 1 - magnitude, 0, 9); // 1e-10 of anything is 0
    std::string text = fmt::format("{:.{}f}", x, decimals);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

std::string html(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// `text` for a Markdown table cell.
std::string md(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

/// A unit as people read it: m² for m^2, 1/K for /K.
std::string pretty_unit(std::string_view unit) {
    if (unit == "/K") return "1/K";
    std::string u{unit};
    if (const auto at = u.find("m^2"); at != std::string::npos) u.replace(at, 3, "m²");
    return u;
}

/// A value of `inputs` shown for people: numbers plainly with their unit, LTAN also as a
/// time of day and durations of days or more also in days or years.
std::string shown_input(const json& v, const input_field& f) {
    if (v.is_null()) return "—";
    if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return v.dump();
    const double x = v.get<double>();
    std::string text = plain(x) + (f.unit == "deg"  ? std::string{"°"}
                                   : f.unit.empty() ? std::string{}
                                                    : " " + pretty_unit(f.unit));
    if (f.key == "ltan") {
        const auto minutes = static_cast<long>(std::lround(x / 60.0));
        text += fmt::format(" ({:02}:{:02})", minutes / 60, minutes % 60);
    } else if (f.unit == "s" && x >= 365.25 * 86400.0) {
        text += fmt::format(" ({} yr)", plain(x / (365.25 * 86400.0), 4));
    }
    return text;
}

// ---------------------------------------------------------------------------- tables

/// A table: a header and rows of cells (already words).
struct table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows{};
    std::vector<std::string> row_class{}; ///< per row: "pass", "fail" or ""
};

std::string html_table(const table& t, std::string_view css_class = "") {
    std::string out = css_class.empty()
                          ? "<table>\n<thead><tr>"
                          : fmt::format("<table class=\"{}\">\n<thead><tr>", css_class);
    for (const auto& h : t.header) out += "<th>" + html(h) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const std::string cls = i < t.row_class.size() ? t.row_class[i] : "";
        out += cls.empty() ? "<tr>" : fmt::format("<tr class=\"{}\">", cls);
        for (const auto& cell : t.rows[i]) out += "<td>" + html(cell) + "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

std::string md_table(const table& t) {
    std::string out = "|";
    for (const auto& h : t.header) out += fmt::format(" {} |", md(h));
    out += "\n|";
    for (std::size_t i = 0; i < t.header.size(); ++i) out += " --- |";
    out += "\n";
    for (const auto& row : t.rows) {
        out += "|";
        for (const auto& cell : row) out += fmt::format(" {} |", md(cell));
        out += "\n";
    }
    return out;
}

/// The verdict in one line.
std::string verdict(const review& r) {
    std::size_t met = 0;
    for (const auto& c : r.checks) met += c.passed ? 1 : 0;
    const std::string requirements =
        r.checks.empty() ? std::string{"no requirements given"}
                         : fmt::format("{} of {} requirements met", met, r.checks.size());
    return fmt::format("{}: {}", r.design.feasible() ? "Feasible" : "Infeasible", requirements);
}

table results_table(const review& r) {
    const auto& d = r.design;
    const bool built = d.feasible();
    auto row = [](std::string q, std::string v, std::string u) {
        return std::vector<std::string>{std::move(q), std::move(v), std::move(u)};
    };
    table t{.header = {"quantity", "value", "unit"}};
    t.rows.push_back(row("compute power",
                         fmt::format("{} × {} W = {}", d.spec.compute.count,
                                     plain(d.spec.compute.power_per_accelerator.value()),
                                     plain(d.compute_power.value() / 1e3, 5)),
                         "kW"));
    t.rows.push_back(row("heat to reject", plain(d.heat_load.value() / 1e3, 5), "kW"));
    t.rows.push_back(row("computing (sunlit) fraction of the year",
                         plain(d.sunlight.sunlit_fraction.value(), 5), "—"));
    t.rows.push_back(row("solar array area", plain(d.power.array_area.value(), 5), "m²"));
    t.rows.push_back(row("solar array mass", plain(d.power.array_mass.value(), 5), "kg"));
    t.rows.push_back(row("array power required (load at its terminals)",
                         plain(d.power.array_power_required.value() / 1e3, 5), "kW"));
    t.rows.push_back(row("radiator temperature",
                         d.cooled() ? plain(d.radiator_temperature.value(), 5) : "none", "K"));
    t.rows.push_back(row("radiator area",
                         d.radiator.feasible ? plain(d.radiator.area.value(), 5) : "none", "m²"));
    t.rows.push_back(row("radiator mass",
                         d.radiator.feasible ? plain(d.radiator.mass.value(), 5) : "none", "kg"));
    t.rows.push_back(row("hottest junction temperature",
                         d.junction && d.cooled() ? plain(d.junction->value(), 5) : "—", "K"));
    t.rows.push_back(row("total launch mass", built ? plain(d.mass.total.value(), 6) : "—", "kg"));
    t.rows.push_back(row("chip / support mass",
                         built ? plain(d.mass.chip_to_support_ratio.value(), 4) : "—", "—"));
    t.rows.push_back(row("compute power per launched kg",
                         built ? plain(d.compute_power_per_mass.value(), 4) : "—", "W/kg"));
    t.rows.push_back(
        row("battery mass avoided", plain(d.power.battery.mass_avoided.value(), 5), "kg"));
    t.rows.push_back(row("mission dose behind 5 mm Al",
                         d.dose ? plain(radiation::in_rad(*d.dose) / 1e3, 4) : "not tabulated",
                         "krad(Si)"));
    if (built) {
        t.rows.push_back(row("launch cost (launch only)", usd(d.cost.launch_cost_usd), "USD"));
        t.rows.push_back(row("launch cost per kW of compute per year",
                             usd(d.cost.launch_cost_per_kw_year_usd), "USD/kW/yr"));
        t.rows.push_back(row("per kWh to compute, launch only, vs ground (electricity × PUE)",
                             fmt::format("{} vs {}", usd(d.cost.launch_cost_per_kwh_usd),
                                         usd(d.cost.ground_energy_cost_per_kwh_usd)),
                             "USD/kWh"));
    }
    return t;
}

table cases_table(const review& r) {
    const auto& d = r.design;
    table t{.header = {"case", "what", "value"}};
    auto add = [&](std::string c, std::string what, std::string value) {
        t.rows.push_back({std::move(c), std::move(what), std::move(value)});
    };
    add("power (array sized)", "solar flux of the worst lit instant",
        fmt::format("{} W/m²", plain(d.power.sizing_flux.value(), 5)));
    add("power (array sized)", "array temperature then (end of life)",
        fmt::format("{} K", plain(d.power.array_temperature.value(), 5)));
    add("power (array sized)", "output per m², beginning / end of life",
        fmt::format("{} / {} W/m²", plain(d.power.bol_power_per_area.value(), 4),
                    plain(d.power.eol_power_per_area.value(), 4)));
    add("power (array sized)", "design margin on the load",
        fmt::format("{} %", plain(100.0 * d.spec.conversion.design_margin.value(), 4)));
    add("hot (radiator sized)", "date, beta angle",
        fmt::format("{}, {}°", iso_date(d.hot.date), plain(units::in_degrees(d.hot.beta), 4)));
    add("hot (radiator sized)", "absorptivity at end of life",
        plain(d.hot.absorptivity.value(), 4));
    add("hot (radiator sized)", "radiator / junction temperature",
        d.cooled() ? fmt::format("{} K / {}", plain(d.radiator_temperature.value(), 5),
                                 d.junction ? plain(d.junction->value(), 5) + " K" : "—")
                   : std::string{"none above the sink"});
    if (d.cold.eclipse.value() > 0.0) {
        add("cold (longest eclipse)", "date, beta angle, eclipse",
            fmt::format("{}, {}°, {} min", iso_date(d.cold.date),
                        plain(units::in_degrees(d.cold.beta), 4),
                        plain(d.cold.eclipse.value() / 60.0, 4)));
        add("cold (longest eclipse)", "Earth IR absorbed / compute heat in shadow",
            fmt::format("{} / {} kW", plain(d.cold.absorbed.value() / 1e3, 4),
                        plain(d.cold.dissipated.value() / 1e3, 4)));
        add("cold (longest eclipse)", "capacitance cooling with the radiator",
            fmt::format("{} MJ/K", plain(d.cold.capacitance.value() / 1e6, 4)));
        add("cold (longest eclipse)", "loop from / to, without heater",
            d.cooled() ? fmt::format("{} K → {} K", plain(d.radiator_temperature.value(), 5),
                                     plain(d.cold.coldest_without_heater.value(), 5))
                       : std::string{"—"});
        add("cold (longest eclipse)", "survival floor",
            fmt::format("{} K{}", plain(d.spec.thermal.survival_floor.value(), 5),
                        d.spec.thermal.survival_heater ? ", heater fitted" : ", no heater"));
        add("cold (longest eclipse)", "heater to hold it: power, energy, battery",
            d.cold.survival.heater_energy.value() > 0.0
                ? fmt::format("{} kW, {} MJ, {} kg",
                              plain(d.cold.survival.heater_power.value() / 1e3, 4),
                              plain(d.cold.survival.heater_energy.value() / 1e6, 4),
                              plain(d.cold.heater_battery_mass.value(), 4))
                : std::string{"none needed"});
        add("cold (longest eclipse)", "or fly eclipse-free",
            r.eclipse_free.altitude ? fmt::format("at {} km and above",
                                                  plain(r.eclipse_free.altitude->value() / 1e3, 5))
                                    : r.eclipse_free.reason);
    } else {
        add("cold (longest eclipse)", "eclipse",
            "none in the year: the radiator never cools in shadow");
    }
    return t;
}

table mass_table(const review& r) {
    const auto& d = r.design;
    table t{.header = {"item", "mass (kg)", "share of launch mass"}};
    const bool built = d.feasible();
    auto share = [&](double kg) {
        return built ? fmt::format("{} %", plain(100.0 * kg / d.mass.total.value(), 3)) : "—";
    };
    for (const auto& item : d.mass.items) {
        const bool unknown =
            !d.radiator.feasible && std::string_view{item.name.c_str()} == "radiator";
        t.rows.push_back({item.name.c_str(), unknown ? "—" : plain(item.mass.value(), 6),
                          unknown ? "—" : share(item.mass.value())});
    }
    if (built) {
        t.rows.push_back(
            {"structure", plain(d.mass.structure.value(), 6), share(d.mass.structure.value())});
        t.rows.push_back({"growth margin", plain(d.mass.growth_margin.value(), 6),
                          share(d.mass.growth_margin.value())});
        t.rows.push_back({"total at launch", plain(d.mass.total.value(), 6), "100 %"});
    }
    return t;
}

table checks_table(const review& r) {
    table t{.header = {"requirement", "case", "value", "bound", "margin", "to spare", "result"}};
    for (const auto& c : r.checks) {
        const std::string unit = c.unit.empty() ? "" : " " + c.unit;
        t.rows.push_back({c.name,
                          c.evaluated_in == checks::design_case::none
                              ? "—"
                              : std::string{checks::to_string(c.evaluated_in)},
                          plain(c.value, 5) + unit,
                          fmt::format("{} {}{}", c.kind == checks::bound_kind::at_most ? "≤" : "≥",
                                      plain(c.bound, 5), unit),
                          plain(c.margin, 4) + unit +
                              (c.margin_source.empty() ? "" : " (" + c.margin_source + ")"),
                          fmt::format("{}{} ({} %)", plain(c.remaining, 4), unit,
                                      plain(100.0 * c.remaining_fraction, 3)),
                          c.passed ? "PASS" : "FAIL"});
        t.row_class.push_back(c.passed ? "pass" : "fail");
    }
    return t;
}

table inputs_table(const review& r) {
    table t{.header = {"key", "value", "source"}};
    for (const auto& f : input_fields()) {
        const std::string key = fmt::format("{}.{}", f.section, f.key);
        const json v = f.value(r.design.spec);
        const bool derived =
            f.use == input_use::derived || (f.use == input_use::given_unless_sun_synchronous &&
                                            r.design.spec.orbit.sun_synchronous());
        t.rows.push_back({key, shown_input(v, f),
                          derived ? std::string{"derived"} : std::string{input_source(r, key)}});
    }
    const auto& chain = r.design.spec.thermal.chain;
    for (const auto* list : {&chain.per_chip, &chain.shared}) {
        const std::string key = list == &chain.per_chip ? "thermal.per_chip" : "thermal.shared";
        std::string links;
        for (const auto& l : *list)
            links += fmt::format("{}{}: {} K/W", links.empty() ? "" : "; ", l.name.c_str(),
                                 plain(l.resistance.value(), 4));
        t.rows.push_back({key, links.empty() ? "none" : links, std::string{input_source(r, key)}});
    }
    const auto& fin = r.design.spec.thermal.fin;
    t.rows.push_back({"thermal.fin",
                      fin ? fmt::format("k {} W/(m K), t {} mm, half width {} mm",
                                        plain(fin->conductivity.value(), 4),
                                        plain(fin->thickness.value() * 1e3, 4),
                                        plain(fin->half_width.value() * 1e3, 4))
                          : std::string{"none (an isothermal panel)"},
                      std::string{input_source(r, "thermal.fin")}});
    return t;
}

std::vector<std::string> finding_lines(const review& r) {
    std::vector<std::string> out;
    for (const auto& f : r.design.findings)
        out.push_back(fmt::format("{}: {}", node::is_infeasible(f) ? "INFEASIBLE" : "note",
                                  node::describe(f)));
    return out;
}

// ---------------------------------------------------------------------------- plots

constexpr std::string_view preamble =
    "set terminal svg size 900,430 dynamic font 'sans,13' background '#ffffff'\n"
    "set encoding utf8\n"
    "set key outside below center horizontal noenhanced spacing 1.2 width 2\n"
    "set grid lc rgb '#d0d0d0'\n";

std::string year_label(const review& r) {
    return gnuplot_quoted(fmt::format("date (day of {})", r.design.spec.orbit.year));
}

figure year_figure(const review& r) {
    const auto& days = r.environment.sunlight.days;
    std::vector<double> day, beta, eclipse;
    double beta_low = 1e9, beta_high = -1e9, eclipse_high = 0.0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        day.push_back(static_cast<double>(i + 1));
        beta.push_back(units::in_degrees(days[i].beta));
        eclipse.push_back(days[i].eclipse.value() / 60.0);
        beta_low = std::min(beta_low, beta.back());
        beta_high = std::max(beta_high, beta.back());
        eclipse_high = std::max(eclipse_high, eclipse.back());
    }
    const double span = std::max(beta_high - beta_low, 10.0);
    const double eclipse_top = std::max(eclipse_high * 1.15, 1.0);
    std::string script{preamble};
    script += gnuplot_data("year", {day, beta, eclipse});
    script += fmt::format("set xlabel {}\nset ylabel 'beta angle (deg)'\n"
                          "set y2label 'eclipse (min)'\n"
                          "set xrange [1:{}]\nset yrange [{}:{}]\nset y2range [{}:{}]\n"
                          "set ytics nomirror\nset y2tics\n",
                          year_label(r), days.size(), beta_low - 0.1 * span, beta_high + 0.1 * span,
                          -0.05 * eclipse_top, eclipse_top);
    // Every run of days with an eclipse shaded: one season in a sun-synchronous orbit,
    // several in an orbit whose node drifts against the Sun.
    std::string season_key;
    int shaded = 0, eclipse_days = 0;
    for (std::size_t i = 0; i < days.size();) {
        if (!(eclipse[i] > 0.0)) {
            ++i;
            continue;
        }
        std::size_t last = i;
        while (last + 1 < days.size() && eclipse[last + 1] > 0.0) ++last;
        script += fmt::format("set object {} rect from {}, graph 0 to {}, graph 1 behind "
                              "fc rgb '#fde2c4' fs solid noborder\n",
                              ++shaded, std::max(1.0, day[i] - 0.5),
                              std::min(static_cast<double>(days.size()), day[last] + 0.5));
        eclipse_days += static_cast<int>(last - i + 1);
        i = last + 1;
    }
    if (shaded > 0) {
        season_key =
            fmt::format("NaN with boxes fs solid fc rgb '#fde2c4' title {}, ",
                        gnuplot_quoted(fmt::format("days with eclipses ({})", eclipse_days)));
    }
    script += "plot " + season_key +
              "$year using 1:2 with lines lw 2 lc rgb '#1f5fa8' title 'beta angle (12:00 UTC)', "
              "$year using 1:3 axes x1y2 with lines lw 2 lc rgb '#c0392b' "
              "title 'longest eclipse of the day'\n";
    return {.id = "fig-year",
            .title = "Beta angle and eclipses through the year",
            .caption = fmt::format(
                "Each day's beta angle at 12:00 UTC and its longest eclipse ({} shadow). {}",
                orbit::to_string(r.design.spec.orbit.shadow),
                r.environment.sunlight.season
                    ? fmt::format("Days with an eclipse are shaded; the longest run of them "
                                  "(the eclipse season) is {} to {}, and the longest eclipse "
                                  "{} min.",
                                  iso_date(r.environment.sunlight.season->first),
                                  iso_date(r.environment.sunlight.season->last),
                                  plain(r.environment.sunlight.max_eclipse.value() / 60.0, 4))
                    : std::string{"The orbit is lit all year."}),
            .svg = gnuplot_svg(script, "fig-year")};
}

figure array_figure(const review& r) {
    const auto& d = r.design;
    const auto& days = r.environment.sunlight.days;
    const double years = d.spec.mission_life.value() / (365.25 * 86400.0);
    const double load = d.power.array_power_required.value() / 1e3;
    const double sized = load * (1.0 + d.spec.conversion.design_margin.value());
    std::vector<double> day, bol, eol, loads, margin;
    double high = sized, low = load;
    for (std::size_t i = 0; i < days.size(); ++i) {
        day.push_back(static_cast<double>(i + 1));
        bol.push_back(
            power::array_output(d.spec.array, d.power.array_area, days[i].solar_flux, 0.0).value() /
            1e3);
        eol.push_back(
            power::array_output(d.spec.array, d.power.array_area, days[i].solar_flux, years)
                .value() /
            1e3);
        loads.push_back(load);
        margin.push_back(sized);
        high = std::max(high, bol.back());
        low = std::min(low, eol.back());
    }
    const double span = high - low;
    std::string script{preamble};
    script += gnuplot_data("array", {day, bol, eol, loads, margin});
    script += fmt::format("set xlabel {}\nset ylabel 'power at the array terminals (kW)'\n"
                          "set xrange [1:{}]\nset yrange [{}:{}]\n",
                          year_label(r), days.size(), low - 0.12 * span, high + 0.12 * span);
    // The load with its margin only when there is a margin (else it is the load).
    const std::string margin_line =
        sized > load ? fmt::format("$array using 1:5 with lines lw 2 dt 2 lc rgb '#c0392b' "
                                   "title {}, ",
                                   gnuplot_quoted(fmt::format(
                                       "load with {} % design margin",
                                       plain(100.0 * d.spec.conversion.design_margin.value(), 3))))
                     : std::string{};
    script += "plot $array using 1:2 with lines lw 2 lc rgb '#1f5fa8' title 'array, beginning of "
              "life', $array using 1:3 with lines lw 2 lc rgb '#5b9bd5' title 'array, end of "
              "life', " +
              margin_line +
              "$array using 1:4 with lines lw 2 dt 3 lc rgb '#333333' title 'load: (compute + "
              "bus) / conversion'\n";
    return {
        .id = "fig-array",
        .title = "Array output against its load through the year",
        .caption = fmt::format(
            "The {} m² array's output in sunlight at each day's solar flux (12:00 UTC), at "
            "the start and the end of its {}-year life, against the load at its terminals. "
            "It is sized at the worst lit instant at end of life ({} W/m²), where the "
            "end-of-life curve meets the load with its margin. In eclipse the compute is "
            "off{}.",
            plain(d.power.array_area.value(), 4), plain(years, 3),
            plain(d.power.sizing_flux.value(), 5),
            d.power.eclipse_compute.load.value() > 0.0 ? " except the battery-backed share" : ""),
        .svg = gnuplot_svg(script, "fig-array")};
}

/// Radiator area against temperature, sized by the same `size_node` at each given
/// temperature; nullopt when the design has no radiator.
std::optional<figure> radiator_figure(const review& r) {
    const auto& d = r.design;
    if (!d.radiator.feasible || !d.cooled()) return std::nullopt;
    const double design_t = d.radiator_temperature.value();
    const double limit = (d.spec.compute.junction_max - d.spec.thermal.junction_margin).value();
    std::vector<double> t, area;
    // The chain's drop does not depend on the radiator temperature: the junction reaches
    // the limit less margin at T_d + (limit - T_j).
    const double over_from = d.junction ? design_t + (limit - d.junction->value())
                                        : std::numeric_limits<double>::quiet_NaN();
    double top = d.radiator.area.value();
    for (double temperature = design_t - 60.0; temperature <= design_t + 30.0 + 1e-9;
         temperature += 1.5) {
        node::node_spec spec = d.spec;
        spec.thermal.radiator_temperature = units::temperature{temperature * units::kelvin};
        try {
            const auto at = node::size_node(spec, r.environment);
            if (!at.radiator.feasible) continue;
            t.push_back(temperature);
            area.push_back(at.radiator.area.value());
            top = std::max(top, area.back());
        } catch (const error&) { // at or below the sink, or unsolved: no point there
        }
    }
    if (t.size() < 2) return std::nullopt; // nothing to draw a curve through
    std::string script{preamble};
    script += gnuplot_data("radiator", {t, area});
    script += gnuplot_data("design", {{design_t}, {d.radiator.area.value()}});
    script += fmt::format("set xlabel 'radiator temperature (K)'\nset ylabel 'radiator area (m²)'\n"
                          "set xrange [{}:{}]\nset yrange [0:{}]\n",
                          t.front(), t.back(), top * 1.12);
    std::string over_key;
    if (over_from < t.back()) {
        script += fmt::format("set object 1 rect from {}, graph 0 to {}, graph 1 behind "
                              "fc rgb '#f6d5d5' fs solid noborder\n",
                              over_from, t.back());
        over_key = fmt::format("NaN with boxes fs solid fc rgb '#f6d5d5' title {}, ",
                               gnuplot_quoted(fmt::format("junction above {} K (limit less margin)",
                                                          plain(limit, 5))));
    }
    script +=
        "plot " + over_key +
        "$radiator using 1:2 with lines lw 2 lc rgb '#1f5fa8' title 'radiator area', " +
        fmt::format("$design using 1:2 with points pt 7 ps 1.6 lc rgb '#c0392b' title {}\n",
                    gnuplot_quoted(fmt::format("design point ({} K, {} m²)", plain(design_t, 4),
                                               plain(d.radiator.area.value(), 4))));
    return figure{
        .id = "fig-radiator",
        .title = "Radiator area against its temperature",
        .caption = fmt::format(
            "The radiator sized in the hot case ({}, beta {}°, absorptivity {} at end of life) "
            "at each temperature, everything else as specified. A hotter radiator is smaller, "
            "until the junction chain passes its limit less the {} K margin.",
            iso_date(d.hot.date), plain(units::in_degrees(d.hot.beta), 3),
            plain(d.hot.absorptivity.value(), 3), plain(d.spec.thermal.junction_margin.value(), 3)),
        .svg = gnuplot_svg(script, "fig-radiator")};
}

/// The loop through the year's longest eclipse (the lumped model of the cold case);
/// nullopt when the orbit has no eclipse or the node no radiator.
std::optional<figure> eclipse_figure(const review& r) {
    const auto& d = r.design;
    if (!(d.cold.eclipse.value() > 0.0) || !d.radiator.feasible || !d.cooled()) return std::nullopt;
    const auto body = node::eclipse_body(d.spec, d.radiator, d.cold);
    const double floor = d.spec.thermal.survival_floor.value();
    const bool heater = d.spec.thermal.survival_heater;
    std::vector<double> minutes, loop, held, floors;
    constexpr int steps = 120;
    for (int i = 0; i <= steps; ++i) {
        const double t = d.cold.eclipse.value() * i / steps;
        const double temperature = thermal::temperature_after(body, d.radiator_temperature,
                                                              units::duration{t * units::seconds})
                                       .value();
        minutes.push_back(t / 60.0);
        loop.push_back(temperature);
        held.push_back(std::max(temperature, floor));
        floors.push_back(floor);
    }
    const double low = std::min(floor, loop.back()), high = d.radiator_temperature.value();
    const double span = std::max(high - low, 5.0);
    std::string script{preamble};
    script += gnuplot_data("eclipse", {minutes, loop, held, floors});
    script +=
        fmt::format("set xlabel 'time into the eclipse (min)'\nset ylabel 'loop temperature (K)'\n"
                    "set xrange [0:{}]\nset yrange [{}:{}]\n",
                    minutes.back(), low - 0.12 * span, high + 0.12 * span);
    script += "plot $eclipse using 1:2 with lines lw 2 lc rgb '#1f5fa8' title 'loop, no heater', ";
    if (heater)
        script += "$eclipse using 1:3 with lines lw 2 dt 4 lc rgb '#e67e22' title 'loop, survival "
                  "heater on', ";
    script += "$eclipse using 1:4 with lines lw 2 dt 2 lc rgb '#c0392b' title 'survival floor'\n";
    return figure{
        .id = "fig-eclipse",
        .title = "The loop through the longest eclipse of the year",
        .caption = fmt::format(
            "{}, {} min in shadow with {}: the radiator, loop and water cool as one lumped "
            "capacitance ({} MJ/K) from the sunlit radiator temperature, warmed by Earth "
            "infrared ({} kW absorbed){}.",
            iso_date(d.cold.date), plain(d.cold.eclipse.value() / 60.0, 4),
            d.cold.dissipated.value() > 0.0 ? "the battery-backed compute on" : "the compute off",
            plain(d.cold.capacitance.value() / 1e6, 4), plain(d.cold.absorbed.value() / 1e3, 4),
            heater ? fmt::format("; the heater holds {} K", plain(floor, 4)) : std::string{}),
        .svg = gnuplot_svg(script, "fig-eclipse")};
}

std::optional<figure> mass_figure(const review& r) {
    const auto& d = r.design;
    if (!d.feasible()) return std::nullopt;
    std::vector<std::pair<std::string, double>> items;
    for (const auto& item : d.mass.items) // zero items stay in the table only
        if (item.mass.value() > 0.0) items.emplace_back(item.name.c_str(), item.mass.value());
    items.emplace_back("structure", d.mass.structure.value());
    items.emplace_back("growth margin", d.mass.growth_margin.value());
    std::vector<double> index, mass;
    std::string tics;
    double top = 0.0;
    for (std::size_t i = 0; i < items.size(); ++i) { // top to bottom
        index.push_back(static_cast<double>(i));
        mass.push_back(items[i].second);
        top = std::max(top, items[i].second);
        tics += fmt::format("{}{} {}", i ? ", " : "", gnuplot_quoted(items[i].first), i);
    }
    std::string script{preamble};
    std::size_t longest = 0;
    for (const auto& item : items) longest = std::max(longest, item.first.size());
    script += fmt::format("set lmargin {}\n", longest + 3); // characters
    script += gnuplot_data("mass", {index, mass});
    script +=
        fmt::format("set xlabel 'mass (kg)'\nset ytics ({}) noenhanced\nset yrange [{}:-0.7]\n"
                    "set xrange [0:{}]\nset style fill solid 0.85 border rgb '#333333'\n"
                    "set grid noytics\n",
                    tics, static_cast<double>(items.size()) - 0.3, top * 1.12);
    script += "plot $mass using (0.5*$2):1:(0.5*$2):(0.35) with boxxyerror lc rgb '#5b9bd5' "
              "title 'launched mass by item'\n";
    return figure{.id = "fig-mass",
                  .title = "Mass budget",
                  .caption =
                      fmt::format("Launch mass {} kg, of which chips {} kg: chip-to-support "
                                  "ratio {}.",
                                  plain(d.mass.total.value(), 6), plain(d.mass.chips.value(), 5),
                                  plain(d.mass.chip_to_support_ratio.value(), 4)),
                  .svg = gnuplot_svg(script, "fig-mass")};
}

// ---------------------------------------------------------------------------- page

constexpr std::string_view style = R"(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a;
       max-width: 1000px; margin: 2em auto; padding: 0 1.5em; line-height: 1.45; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; border-bottom: 2px solid #1f5fa8; padding-bottom: 0.2em; margin-top: 2em; }
.meta { color: #555; margin-top: 0; }
.verdict { font-size: 1.15em; font-weight: bold; padding: 0.6em 1em; border-radius: 4px; }
.verdict.feasible { background: #e3f4e3; border-left: 6px solid #2e8b57; }
.verdict.infeasible { background: #fbe3e3; border-left: 6px solid #c0392b; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.92em; }
th, td { border: 1px solid #c8c8c8; padding: 0.3em 0.55em; text-align: left;
         vertical-align: top; overflow-wrap: break-word; }
table.checks td:nth-child(2), table.checks td:nth-child(3), table.checks td:nth-child(4),
table.checks td:nth-child(7) { white-space: nowrap; }
table.inputs td:first-child { white-space: nowrap; font-family: "DejaVu Sans Mono", monospace;
                              font-size: 0.95em; }
th { background: #eef2f7; }
tr.pass td:last-child { color: #1e7b45; font-weight: bold; }
tr.fail td:last-child { color: #b03020; font-weight: bold; }
tr.fail { background: #fdf0f0; }
figure { margin: 1.5em 0; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 0.9em; color: #333; margin-top: 0.3em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: 0.6em; }
ul.findings li { margin: 0.3em 0; }
footer { margin-top: 3em; color: #666; font-size: 0.85em; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
)";

std::string requirements_as_written(const review& r) {
    std::string out;
    for (const auto& t : r.file.requirement_tables) {
        std::string line;
        for (const auto& [key, value] : t) {
            line += fmt::format("{}{} = {}", line.empty() ? "" : ", ", key,
                                std::visit(
                                    [](const auto& v) -> std::string {
                                        using V = std::decay_t<decltype(v)>;
                                        if constexpr (std::is_same_v<V, std::string>)
                                            return fmt::format("\"{}\"", v);
                                        else if constexpr (std::is_same_v<V, bool>)
                                            return v ? "true" : "false";
                                        else if constexpr (std::is_same_v<V, double>)
                                            return plain(v, 8);
                                        else
                                            return fmt::format("{}", v);
                                    },
                                    value));
        }
        out += line + "\n";
    }
    return out;
}

std::string overrides_line(const review& r) {
    if (r.overrides.empty()) return "no overrides";
    std::string out = "overrides:";
    for (const auto& o : r.overrides) out += " --set " + o;
    return out;
}

} // namespace

review make_review(const std::string& path, const std::vector<std::string>& overrides) {
    io::node_file file = io::read_node_file(path, overrides);
    return naming_options(spec_option_names, [&] {
        auto environment = node::prepare_orbit(file.spec.orbit, file.spec.thermal.orientation);
        auto design = node::size_node(file.spec, environment);
        auto results = checks::check(design, file.requirements);
        auto eclipse_free = eclipse_free_alternative(file.spec);
        return review{.spec_name = path,
                      .overrides = overrides,
                      .file = std::move(file),
                      .environment = std::move(environment),
                      .design = std::move(design),
                      .checks = std::move(results),
                      .eclipse_free = std::move(eclipse_free)};
    });
}

std::string_view input_source(const review& r, std::string_view key) {
    for (const auto& o : r.overrides) {
        const std::string_view assigned = std::string_view{o}.substr(0, o.find('='));
        if (assigned == key || (assigned.starts_with(key) && assigned.size() > key.size() &&
                                assigned[key.size()] == '.'))
            return "--set";
    }
    return std::binary_search(r.file.file_keys.begin(), r.file.file_keys.end(), key, std::less<>{})
               ? "file"
               : "default";
}

std::vector<figure> review_figures(const review& r) {
    std::vector<figure> out;
    out.push_back(year_figure(r));
    out.push_back(array_figure(r));
    if (auto f = radiator_figure(r)) out.push_back(std::move(*f));
    if (auto f = eclipse_figure(r)) out.push_back(std::move(*f));
    if (auto f = mass_figure(r)) out.push_back(std::move(*f));
    return out;
}

std::string review_html(const review& r, const std::vector<figure>& figures) {
    const auto& d = r.design;
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += fmt::format("<title>Design review: {}</title>\n<style>{}</style>\n</head>\n<body>\n",
                       html(r.spec_name), style);
    out += fmt::format("<h1>Design review: {}</h1>\n", html(r.spec_name));
    out += fmt::format("<p class=\"meta\">spacedc {}, JSON schema {}; {}. Every value below "
                       "comes from the equations listed in docs/models.md.</p>\n",
                       version_string, schema_version, html(overrides_line(r)));
    out += fmt::format("<p class=\"verdict {}\">{}</p>\n", d.feasible() ? "feasible" : "infeasible",
                       html(verdict(r)));
    const auto findings = finding_lines(r);
    if (!findings.empty()) {
        out += "<h2 id=\"findings\">Findings</h2>\n<ul class=\"findings\">\n";
        for (const auto& f : findings) out += "<li>" + html(f) + "</li>\n";
        out += "</ul>\n";
    }
    out += "<h2 id=\"results\">Results</h2>\n" + html_table(results_table(r));
    if (!r.checks.empty())
        out +=
            "<h2 id=\"requirements\">Requirements</h2>\n" + html_table(checks_table(r), "checks");
    out += "<h2 id=\"cases\">Power and thermal cases</h2>\n" + html_table(cases_table(r));
    out += "<h2 id=\"mass\">Mass budget</h2>\n" + html_table(mass_table(r));
    out += "<h2 id=\"plots\">Plots</h2>\n";
    int n = 0;
    for (const auto& f : figures) {
        out += fmt::format("<figure id=\"{}\">\n{}\n<figcaption><b>Figure {}. {}.</b> "
                           "{}</figcaption>\n</figure>\n",
                           f.id, f.svg, ++n, html(f.title), html(f.caption));
    }
    out += "<h2 id=\"inputs\">Inputs</h2>\n<p>Every resolved value of the spec, in SI, and "
           "where it comes from: the spec file, a <code>--set</code> override, the library's "
           "default (docs/node.md), or derived from other inputs.</p>\n";
    out += html_table(inputs_table(r), "inputs");
    if (!r.file.requirement_tables.empty()) {
        out += "<p>Requirements as written:</p>\n<pre>" + html(requirements_as_written(r)) +
               "</pre>\n";
    }
    out += "<footer>Replay these numbers: <code>spacedc size --json</code> on the same spec "
           "gives them in SI with unit suffixes, and <code>spacedc size --from-json</code> "
           "reruns that output.</footer>\n</body>\n</html>\n";
    return out;
}

std::string review_markdown(const review& r) {
    std::string out =
        fmt::format("# Design review: {}\n\nspacedc {}, JSON schema {}; {}.\n\n**{}**\n",
                    r.spec_name, version_string, schema_version, overrides_line(r), verdict(r));
    const auto findings = finding_lines(r);
    if (!findings.empty()) {
        out += "\n## Findings\n\n";
        for (const auto& f : findings) out += "- " + f + "\n";
    }
    out += "\n## Results\n\n" + md_table(results_table(r));
    if (!r.checks.empty()) out += "\n## Requirements\n\n" + md_table(checks_table(r));
    out += "\n## Power and thermal cases\n\n" + md_table(cases_table(r));
    out += "\n## Mass budget\n\n" + md_table(mass_table(r));
    out += "\n## Inputs\n\n" + md_table(inputs_table(r));
    if (!r.file.requirement_tables.empty())
        out += "\nRequirements as written:\n\n```toml\n" + requirements_as_written(r) + "```\n";
    out += "\nThe plots are in the HTML report (`spacedc report SPEC -o review.html`).\n";
    return out;
}

} // namespace spacedc::cli
