#include "commands.hpp"
#include "deprecated_alias.hpp"
#include "option_names.hpp"
#include "report.hpp"

#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/thermal/panel_balance.hpp>
#include <spacedc/thermal/radiator.hpp>
#include <spacedc/thermal/view_factor.hpp>

#include <map>
#include <memory>

namespace spacedc::cli {
namespace {

struct equilibrium_options {
    std::string area = "1 m^2";
    std::string heat = "0 W";
    std::string temperature; // empty: solve for the equilibrium
    int faces = 2;
    std::string absorptivity = "0.2";
    std::string emissivity = "0.9";
    std::string back_absorptivity, back_emissivity; // empty: face 1's
    std::string environment = "mean";
    std::string solar_flux, earth_ir, earth_temperature, albedo;
    std::string altitude; // empty: the face views are given
    std::string orientation = "edge-on";
    std::string beta = "60 deg";
    std::string sun_factor = "0", earth_view_factor = "0", albedo_factor = "0";
    std::string back_sun_factor = "0", back_earth_view_factor = "0", back_albedo_factor = "0";
    std::string earth_ir_absorptance = "emissivity";
    std::string conversion_efficiency = "0";
    std::string electricity = "returns";
    std::string sink = "2.725 K";
    bool json = false;
};

constexpr option_name equilibrium_option_names[] = {
    {"radiating faces", "--faces"},
    {"internal heat", "--heat"},
    {"panel temperature", "--temperature"},
    {"sink temperature", "--sink"},
    {"solar flux", "--solar-flux"},
    {"Earth infrared", "--earth-infrared"},
    {"albedo", "--albedo"},
    {"altitude", "--altitude"},
    {"beta angle", "--beta"},
    {"conversion efficiency (of face 1's solar absorptivity)", "--conversion-efficiency"},
};

template <class T>
T pick(const std::map<std::string, T>& map, const std::string& key, const char* option,
       const char* valid) {
    const auto it = map.find(key);
    if (it == map.end()) throw invalid_input{option, key, valid};
    return it->second;
}

thermal::face_view given_view(const std::string& sun, const std::string& earth,
                              const std::string& albedo, const char* prefix) {
    const auto read = [&](const std::string& text, const char* what) {
        const std::string option = fmt::format("--{}{}", prefix, what);
        const auto x = io::parse<units::dimensionless>(text, option);
        spacedc::detail::require_in_closed_range(option, x.value(), 0.0, 1.0);
        return x;
    };
    return {.sun_factor = read(sun, "sun-factor"),
            .earth_view_factor = read(earth, "earth-view-factor"),
            .albedo_factor = read(albedo, "albedo-factor")};
}

thermal::flat_panel read_panel(const equilibrium_options& o) {
    const auto dimensionless = [](const std::string& text, const char* option) {
        return io::parse<units::dimensionless>(text, option);
    };
    const auto optical = [](const std::string& text, const char* option) {
        const auto x = io::parse<units::dimensionless>(text, option);
        spacedc::detail::require_unit_fraction(option, x.value());
        return x;
    };
    thermal::flat_panel panel{};
    panel.environment =
        pick<thermal::thermal_environment>({{"hot", thermal::hot_case()},
                                            {"mean", thermal::mean_case()},
                                            {"cold", thermal::cold_case()}},
                                           o.environment, "--environment", "hot, mean or cold");
    if (!o.solar_flux.empty())
        panel.environment.solar = io::parse<units::irradiance>(o.solar_flux, "--solar-flux");
    if (!o.earth_ir.empty())
        panel.environment.earth_infrared =
            io::parse<units::irradiance>(o.earth_ir, "--earth-infrared");
    if (!o.earth_temperature.empty()) {
        const auto earth =
            io::parse<units::temperature>(o.earth_temperature, "--earth-temperature");
        spacedc::detail::require_in_closed_range("--earth-temperature", earth.value(), 0.0, 1000.0);
        panel.environment.earth_infrared = thermal::radiant_exitance(1.0, earth);
    }
    if (!o.albedo.empty()) panel.environment.albedo = dimensionless(o.albedo, "--albedo");
    panel.earth_infrared_absorbed_with = pick<thermal::earth_infrared_absorptance>(
        {{"emissivity", thermal::earth_infrared_absorptance::emissivity},
         {"absorptivity", thermal::earth_infrared_absorptance::solar_absorptivity}},
        o.earth_ir_absorptance, "--earth-infrared-absorptance", "emissivity or absorptivity");
    panel.conversion_efficiency = dimensionless(o.conversion_efficiency, "--conversion-efficiency");
    panel.electricity_exported =
        pick<bool>({{"returns", false}, {"exported", true}}, o.electricity, "--electricity",
                   "returns (used on board, back as heat) or exported");
    panel.sink_temperature = io::parse<units::temperature>(o.sink, "--sink");
    if (o.faces != 1 && o.faces != 2)
        throw invalid_input{"--faces", fmt::format("{}", o.faces), "1 or 2"};

    const thermal::surface_optics front{optical(o.absorptivity, "--absorptivity"),
                                        optical(o.emissivity, "--emissivity")};
    const thermal::surface_optics back{
        o.back_absorptivity.empty() ? front.solar_absorptivity
                                    : optical(o.back_absorptivity, "--back-absorptivity"),
        o.back_emissivity.empty() ? front.infrared_emissivity
                                  : optical(o.back_emissivity, "--back-emissivity")};
    if (o.altitude.empty()) {
        panel.faces.push_back(
            {front, given_view(o.sun_factor, o.earth_view_factor, o.albedo_factor, "")});
        if (o.faces == 2) {
            panel.faces.push_back({back, given_view(o.back_sun_factor, o.back_earth_view_factor,
                                                    o.back_albedo_factor, "back-")});
        }
        return panel;
    }
    const auto orientation = thermal::radiator_orientation_from_string(o.orientation);
    if (!orientation) {
        throw invalid_input{"--orientation", o.orientation,
                            std::string{thermal::radiator_orientation_names}};
    }
    const auto altitude = io::parse<units::length>(o.altitude, "--altitude");
    const auto beta = io::parse<units::angle>(o.beta, "--beta");
    panel.faces.push_back({front, thermal::orbit_average_view(*orientation, altitude, beta)});
    if (o.faces == 2) {
        panel.faces.push_back(
            {back, thermal::orbit_average_view(*orientation, altitude, beta, true)});
    }
    return panel;
}

void run_equilibrium_models(const equilibrium_options& o, std::ostream& out) {
    const thermal::flat_panel panel = read_panel(o);
    const auto area = io::parse<units::area>(o.area, "--area");
    spacedc::detail::require_positive("--area", area);
    const auto heat = io::parse<units::power>(o.heat, "--heat");
    spacedc::detail::require_non_negative("--heat", heat);
    const units::heat_flux internal = heat / area;
    const bool at_temperature = !o.temperature.empty();
    const thermal::panel_heat_balance b =
        at_temperature
            ? thermal::heat_balance_at(
                  panel, io::parse<units::temperature>(o.temperature, "--temperature"), internal)
            : thermal::equilibrium(panel, internal);

    if (o.json) {
        json faces = json::array();
        for (const auto& f : panel.faces) {
            faces.push_back({{"absorptivity", f.optics.solar_absorptivity.value()},
                             {"emissivity", f.optics.infrared_emissivity.value()},
                             {"sun_factor", f.view.sun_factor.value()},
                             {"earth_view_factor", f.view.earth_view_factor.value()},
                             {"albedo_factor", f.view.albedo_factor.value()}});
        }
        json report{
            {"mode", at_temperature ? "balance" : "equilibrium"},
            {"temperature_k", b.temperature.value()},
            {"area_m2", area.value()},
            {"heat_w", heat.value()},
            {"emitted_w_per_m2", b.emitted.value()},
            {"absorbed_solar_w_per_m2", b.absorbed_solar.value()},
            {"absorbed_albedo_w_per_m2", b.absorbed_albedo.value()},
            {"absorbed_earth_infrared_w_per_m2", b.absorbed_earth_infrared.value()},
            {"absorbed_earth_ir_w_per_m2", b.absorbed_earth_infrared.value()}, // deprecated
            {"electrical_w_per_m2", b.electrical.value()},
            {"electricity", o.electricity},
            {"net_w_per_m2", b.net.value()},
            {"net_w", (b.net * area).value()},
            {"earth_infrared_absorptance", o.earth_ir_absorptance},
            {"earth_ir_absorptance", o.earth_ir_absorptance}, // deprecated
            {"solar_flux_w_per_m2", panel.environment.solar.value()},
            {"earth_infrared_w_per_m2", panel.environment.earth_infrared.value()},
            {"earth_ir_w_per_m2", panel.environment.earth_infrared.value()}, // deprecated
            {"albedo", panel.environment.albedo.value()},
            {"sink_temperature_k", panel.sink_temperature.value()},
            {"faces", faces},
        };
        if (!o.altitude.empty()) {
            report["altitude_m"] = io::parse<units::length>(o.altitude, "--altitude").value();
            report["beta_deg"] = units::in_degrees(io::parse<units::angle>(o.beta, "--beta"));
            report["orientation"] = o.orientation;
        }
        print_json(out, report);
        return;
    }
    std::vector<table_row> rows{
        {at_temperature ? "panel temperature (given)" : "equilibrium temperature",
         fmt::format("{:.2f} ({:.2f} °C)", b.temperature, b.temperature.value() - 273.15)},
        {"area, internal heat", fmt::format("{:.4g}, {:.4g}", area, heat)},
    };
    for (std::size_t i = 0; i < panel.faces.size(); ++i) {
        const auto& f = panel.faces[i];
        rows.push_back(
            {fmt::format("face {}: alpha, eps; Sun, Earth view, albedo", i + 1),
             fmt::format("{:.3f}, {:.3f}; {:.4f}, {:.4f}, {:.4f}", f.optics.solar_absorptivity,
                         f.optics.infrared_emissivity, f.view.sun_factor, f.view.earth_view_factor,
                         f.view.albedo_factor)});
    }
    rows.push_back({"emitted", fmt::format("{:.2f}", b.emitted)});
    rows.push_back(
        {"absorbed: Sun, albedo, Earth IR",
         fmt::format("{:.2f}, {:.2f}, {:.2f} (Earth IR with {})", b.absorbed_solar,
                     b.absorbed_albedo, b.absorbed_earth_infrared, o.earth_ir_absorptance)});
    rows.push_back({"electricity", fmt::format("{:.2f}, {}", b.electrical, o.electricity)});
    rows.push_back({"net (can still reject)", fmt::format("{:.2f} = {:.4g}", b.net, b.net * area)});
    print_table(out, rows);
}

void run_equilibrium(const equilibrium_options& o, std::ostream& out) {
    naming_options(equilibrium_option_names, [&] { run_equilibrium_models(o, out); });
}

} // namespace

void add_equilibrium_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<equilibrium_options>();
    CLI::App* cmd = app.add_subcommand(
        "equilibrium",
        "Temperature of a flat panel (radiator, or solar panel that is its own radiator) in "
        "balance with its environment and internal heat, or its heat balance at a temperature; "
        "optics per face, views given or from an orbit.");
    cmd->add_option("--area", o->area, "Panel planform area")->capture_default_str();
    cmd->add_option("--heat", o->heat, "Heat generated in the panel")->capture_default_str();
    cmd->add_option("--temperature", o->temperature,
                    "Panel temperature: print the balance there instead of the equilibrium");
    cmd->add_option("--faces", o->faces, "Radiating faces, 1 or 2")
        ->capture_default_str()
        ->check(CLI::Range(1, 2));
    cmd->add_option("--absorptivity", o->absorptivity, "Solar absorptivity, face 1 (cells)")
        ->capture_default_str();
    cmd->add_option("--emissivity", o->emissivity, "IR emissivity, face 1")->capture_default_str();
    cmd->add_option("--back-absorptivity", o->back_absorptivity,
                    "Solar absorptivity, face 2 (default: face 1's)");
    cmd->add_option("--back-emissivity", o->back_emissivity,
                    "IR emissivity, face 2 (default: face 1's)");
    cmd->add_option("--environment", o->environment, "hot, mean or cold case (Gilmore)")
        ->capture_default_str();
    cmd->add_option("--solar-flux", o->solar_flux, "Override the case's solar flux");
    CLI::Option* earth_ir =
        cmd->add_option("--earth-infrared", o->earth_ir, "Override the case's Earth infrared flux");
    add_deprecated_alias(cmd, "--earth-ir", "--earth-infrared", o->earth_ir);
    cmd->add_option("--earth-temperature", o->earth_temperature,
                    "Earth infrared as a black body at this temperature")
        ->excludes(earth_ir);
    cmd->add_option("--albedo", o->albedo, "Override the case's albedo");
    cmd->add_option("--earth-infrared-absorptance", o->earth_ir_absorptance,
                    "Earth IR absorbed with the emissivity (Kirchhoff) or the absorptivity")
        ->capture_default_str();
    add_deprecated_alias(cmd, "--earth-ir-absorptance", "--earth-infrared-absorptance",
                         o->earth_ir_absorptance);
    CLI::Option* altitude = cmd->add_option("--altitude", o->altitude,
                                            "Orbit altitude: face views averaged around the orbit");
    cmd->add_option("--orientation", o->orientation,
                    fmt::format("Face 1 normal: {}", thermal::radiator_orientation_names))
        ->capture_default_str()
        ->needs(altitude);
    cmd->add_option("--beta", o->beta, "Beta angle of the orbit")
        ->capture_default_str()
        ->needs(altitude);
    const std::pair<const char*, std::string*> given[] = {
        {"--sun-factor", &o->sun_factor},
        {"--earth-view-factor", &o->earth_view_factor},
        {"--albedo-factor", &o->albedo_factor},
        {"--back-sun-factor", &o->back_sun_factor},
        {"--back-earth-view-factor", &o->back_earth_view_factor},
        {"--back-albedo-factor", &o->back_albedo_factor}};
    for (const auto& [name, value] : given) {
        cmd->add_option(name, *value,
                        fmt::format("Face {} {} given outright (without --altitude)",
                                    std::string_view{name}.starts_with("--back") ? 2 : 1,
                                    std::string_view{name}.substr(
                                        std::string_view{name}.starts_with("--back") ? 7 : 2)))
            ->capture_default_str()
            ->excludes(altitude);
    }
    cmd->add_option("--conversion-efficiency", o->conversion_efficiency,
                    "Electricity made per unit of sunlight on face 1")
        ->capture_default_str();
    cmd->add_option("--electricity", o->electricity,
                    "returns (used on board, back as heat) or exported")
        ->capture_default_str();
    cmd->add_option("--sink", o->sink, "Sink temperature (deep space)")->capture_default_str();
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_equilibrium(*o, out); });
}

} // namespace spacedc::cli
