#include "commands.hpp"
#include "deprecated_alias.hpp"
#include "option_names.hpp"
#include "report.hpp"

#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/io/thermal_chain_file.hpp>
#include <spacedc/thermal/radiator.hpp>
#include <spacedc/thermal/view_factor.hpp>

#include <cmath>
#include <map>
#include <memory>

namespace spacedc::cli {
namespace {

struct radiator_options {
    std::string heat;
    std::string temperature;
    std::string area; // instead of --temperature: the temperature at which it rejects the heat
    std::string emissivity = "0.9";
    std::string absorptivity = "0.2";
    std::string sink = "2.725 K";
    int faces = 2;
    std::string altitude; // empty: no environment
    std::string orientation = "edge-on";
    std::string beta = "60 deg";
    std::string environment = "hot";
    std::string load_case = "average";
    std::string solar_flux, earth_ir, albedo;
    std::string areal_density = "5 kg/m^2";
    std::string fin_conductivity, fin_thickness, fin_half_width;
    std::string junction_max;
    std::string chain_file;
    bool json = false;
};

template <class Map>
const auto& lookup(const Map& map, const std::string& key, const char* option, const char* valid) {
    const auto it = map.find(key);
    if (it == map.end()) throw invalid_input{option, key, valid};
    return it->second;
}

thermal::thermal_environment read_environment(const radiator_options& o) {
    const std::map<std::string, thermal::thermal_environment> cases{{"hot", thermal::hot_case()},
                                                                    {"mean", thermal::mean_case()},
                                                                    {"cold", thermal::cold_case()}};
    thermal::thermal_environment env =
        lookup(cases, o.environment, "--environment", "hot, mean or cold");
    if (!o.solar_flux.empty())
        env.solar = io::parse<units::irradiance>(o.solar_flux, "--solar-flux");
    if (!o.earth_ir.empty())
        env.earth_infrared = io::parse<units::irradiance>(o.earth_ir, "--earth-infrared");
    if (!o.albedo.empty()) env.albedo = io::parse<units::dimensionless>(o.albedo, "--albedo");
    return env;
}

/// The options that set the radiator models' parameters, for errors.
constexpr option_name radiator_option_names[] = {
    {"heat", "--heat"},
    {"radiator temperature", "--temperature"},
    {"radiator area", "--area"},
    {"heat per radiator area", "--heat / --area"},
    {"surface temperature", "--temperature"},
    {"emissivity", "--emissivity"},
    {"infrared emissivity", "--emissivity"},
    {"solar absorptivity", "--absorptivity"},
    {"sink temperature", "--sink"},
    {"radiator areal density", "--areal-density"},
    {"altitude", "--altitude"},
    {"beta angle", "--beta"},
    {"solar flux", "--solar-flux"},
    {"Earth infrared", "--earth-infrared"},
    {"albedo", "--albedo"},
    {"fin conductivity", "--fin-conductivity"},
    {"fin thickness", "--fin-thickness"},
    {"fin half-width", "--fin-half-width"},
    {"maximum junction temperature", "--junction-max"},
};

/// The most chips `--chain` sizes for (the count is an int).
constexpr double max_chips = 1e8;

void run_radiator_models(const radiator_options& o, std::ostream& out) {
    const auto heat = io::parse<units::power>(o.heat, "--heat");
    thermal::radiator_panel panel{
        .optics = {.solar_absorptivity =
                       io::parse<units::dimensionless>(o.absorptivity, "--absorptivity"),
                   .infrared_emissivity =
                       io::parse<units::dimensionless>(o.emissivity, "--emissivity")},
        .absorbed_per_face = {},
        .sink_temperature = io::parse<units::temperature>(o.sink, "--sink"),
        .areal_density = io::parse<units::areal_density>(o.areal_density, "--areal-density"),
    };
    if (o.faces != 1 && o.faces != 2)
        throw invalid_input{"--faces", fmt::format("{}", o.faces), "1 or 2"};

    // The environment each face absorbs (none without an altitude).
    double earth_view = 0.0;
    const bool with_environment = !o.altitude.empty();
    const auto found = thermal::radiator_orientation_from_string(o.orientation);
    if (!found) {
        throw invalid_input{"--orientation", o.orientation,
                            std::string{thermal::radiator_orientation_names}};
    }
    const auto orientation = *found;
    const bool peak = lookup(std::map<std::string, bool>{{"average", false}, {"peak", true}},
                             o.load_case, "--load-case", "average or peak");
    for (int face = 0; face < o.faces; ++face) {
        if (!with_environment) {
            panel.absorbed_per_face.push_back(
                units::heat_flux{0.0 * units::watts_per_square_meter});
            continue;
        }
        const auto altitude = io::parse<units::length>(o.altitude, "--altitude");
        const auto beta = io::parse<units::angle>(o.beta, "--beta");
        const auto env = read_environment(o);
        const bool back = face == 1;
        const auto average = thermal::orbit_average_view(orientation, altitude, beta, back);
        if (face == 0) earth_view = average.earth_view_factor.value();
        panel.absorbed_per_face.push_back(
            peak ? thermal::peak_absorbed_flux(panel.optics, env, orientation, altitude, beta, back)
                 : thermal::absorbed_flux(panel.optics, env, average));
    }
    if (!o.fin_conductivity.empty() || !o.fin_thickness.empty() || !o.fin_half_width.empty()) {
        panel.fin = thermal::radiating_fin{
            .conductivity =
                io::parse<units::thermal_conductivity>(o.fin_conductivity, "--fin-conductivity"),
            .thickness = io::parse<units::length>(o.fin_thickness, "--fin-thickness"),
            .half_width = io::parse<units::length>(o.fin_half_width, "--fin-half-width")};
    }

    // The radiator temperature: given, or the hottest the junction chain allows.
    units::temperature temperature{};
    std::optional<io::thermal_chain_file> chain;
    int chips = 0;
    if (!o.chain_file.empty() || !o.junction_max.empty()) {
        if (o.chain_file.empty() || o.junction_max.empty()) {
            throw invalid_input{"--junction-max/--chain", "(only one given)",
                                "both, to size from the chip side"};
        }
        chain = io::read_thermal_chain(o.chain_file);
        const double count = std::ceil(heat / chain->chip_power);
        if (!(count >= 1.0 && count <= max_chips)) {
            throw invalid_input{
                "--heat / chip_power",
                fmt::format("{} / {} = {:.4g} chips", heat, chain->chip_power, count),
                fmt::format("1 to {:.0e} chips", max_chips)};
        }
        chips = static_cast<int>(count);
        temperature = thermal::max_radiator_temperature(
            chain->chain, io::parse<units::temperature>(o.junction_max, "--junction-max"),
            chain->chip_power, chips);
    } else if (!o.temperature.empty()) {
        temperature = io::parse<units::temperature>(o.temperature, "--temperature");
    } else if (!o.area.empty()) {
        // The panel's equilibrium: the exact inverse of the sizing, fins and environment
        // included (thermal::equilibrium_temperature).
        temperature =
            thermal::equilibrium_temperature(heat, io::parse<units::area>(o.area, "--area"), panel);
    } else {
        throw invalid_input{"--temperature", "(missing)",
                            "a temperature, an --area, or --junction-max with --chain"};
    }

    const auto sizing = thermal::size_radiator(heat, temperature, panel);
    if (o.json) {
        json report{
            {"heat_w", heat.value()},
            {"temperature_k", temperature.value()},
            {"sink_temperature_k", panel.sink_temperature.value()},
            {"emissivity", panel.optics.infrared_emissivity.value()},
            {"absorptivity", panel.optics.solar_absorptivity.value()},
            {"faces", o.faces},
            {"sides", o.faces}, // deprecated spelling of "faces", for one release
            {"feasible", sizing.feasible},
            {"reason", sizing.reason.empty() ? json(nullptr) : json(sizing.reason)},
            {"area_m2", sizing.feasible ? json(sizing.area.value()) : json(nullptr)},
            {"emitting_area_m2",
             sizing.feasible ? json(sizing.area.value() * o.faces) : json(nullptr)},
            {"net_flux_w_per_m2", sizing.net_flux_per_face.value()},
            {"absorbed_environment_w_per_m2", sizing.absorbed_per_face.value()},
            {"earth_view_factor", earth_view},
            {"fin_efficiency", sizing.fin_efficiency.value()},
            {"mass_kg", sizing.feasible ? json(sizing.mass.value()) : json(nullptr)},
        };
        if (with_environment) {
            report["orientation"] = o.orientation;
            report["environment"] = o.environment;
            report["load_case"] = o.load_case;
        }
        if (chain) {
            report["radiator_temperature_k"] = temperature.value();
            report["junction_max_k"] =
                io::parse<units::temperature>(o.junction_max, "--junction-max").value();
            report["chips"] = chips;
            report["chip_power_w"] = chain->chip_power.value();
        }
        print_json(out, report);
        return;
    }
    std::vector<table_row> rows{
        {"heat rejected", fmt::format("{:.4g}", heat)},
        {"radiator temperature",
         fmt::format("{:.2f}{}", temperature, chain ? " (hottest the junctions allow)" : "")},
        {"emissivity / absorptivity",
         fmt::format("{:.3f} / {:.3f}", panel.optics.infrared_emissivity,
                     panel.optics.solar_absorptivity)},
        {"radiating faces", fmt::format("{}", o.faces)},
    };
    if (with_environment) {
        rows.push_back(
            {"orientation, environment",
             fmt::format("{}, {} case, orbit {}", o.orientation, o.environment, o.load_case)});
        rows.push_back({"Earth view factor (face 1)", fmt::format("{:.4f}", earth_view)});
    }
    rows.push_back({"absorbed per face", fmt::format("{:.1f}", sizing.absorbed_per_face)});
    rows.push_back({"net flux per face", fmt::format("{:.1f}", sizing.net_flux_per_face)});
    rows.push_back({"fin efficiency", fmt::format("{:.4f}", sizing.fin_efficiency)});
    if (sizing.feasible) {
        rows.push_back({"panel area", fmt::format("{:.2f}", sizing.area)});
        rows.push_back({"mass", fmt::format("{:.0f}", sizing.mass)});
    } else {
        rows.push_back({"infeasible", sizing.reason});
    }
    print_table(out, rows);
}

void run_radiator(const radiator_options& o, std::ostream& out) {
    naming_options(radiator_option_names, [&] { run_radiator_models(o, out); });
}

} // namespace

void add_radiator_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<radiator_options>();
    CLI::App* cmd = app.add_subcommand(
        "radiator",
        "Radiator area and mass to reject heat to deep space, with the Sun, Earth IR and albedo on "
        "its faces, radiating fins, and sizing from the chip junction.");
    cmd->add_option("--heat", o->heat, "Heat to reject, e.g. 100kW")->required();
    CLI::Option* temperature = cmd->add_option("--temperature", o->temperature,
                                               "Radiator (heat pipe) temperature, e.g. 300K");
    cmd->add_option("--emissivity", o->emissivity, "Infrared emissivity in (0, 1]")
        ->capture_default_str();
    cmd->add_option("--absorptivity", o->absorptivity, "Solar absorptivity in (0, 1]")
        ->capture_default_str();
    cmd->add_option("--sink", o->sink, "Sink temperature (deep space)")->capture_default_str();
    cmd->add_option("--faces", o->faces, "Radiating faces, 1 or 2")
        ->capture_default_str()
        ->check(CLI::Range(1, 2));
    add_deprecated_alias(cmd, "--sides", "--faces", o->faces);
    CLI::Option* altitude =
        cmd->add_option("--altitude", o->altitude, "Orbit altitude; adds the environment loads");
    // The environment's options apply only with --altitude: refused without it.
    cmd->add_option("--orientation", o->orientation,
                    fmt::format("Face 1 normal: {}", thermal::radiator_orientation_names))
        ->capture_default_str()
        ->needs(altitude);
    cmd->add_option("--beta", o->beta, "Beta angle of the orbit")
        ->capture_default_str()
        ->needs(altitude);
    cmd->add_option("--environment", o->environment, "hot, mean or cold case")
        ->capture_default_str()
        ->needs(altitude);
    cmd->add_option("--load-case", o->load_case, "Environment averaged over the orbit, or its peak")
        ->capture_default_str()
        ->needs(altitude);
    cmd->add_option("--solar-flux", o->solar_flux, "Override the case's solar flux")
        ->needs(altitude);
    cmd->add_option("--earth-infrared", o->earth_ir, "Override the case's Earth infrared")
        ->needs(altitude);
    add_deprecated_alias(cmd, "--earth-ir", "--earth-infrared", o->earth_ir);
    cmd->add_option("--albedo", o->albedo, "Override the case's albedo")->needs(altitude);
    cmd->add_option("--areal-density", o->areal_density, "Radiator mass per m^2 of panel")
        ->capture_default_str();
    cmd->add_option("--fin-conductivity", o->fin_conductivity,
                    "Panel conductivity between heat pipes");
    cmd->add_option("--fin-thickness", o->fin_thickness, "Panel thickness");
    cmd->add_option("--fin-half-width", o->fin_half_width, "Half the heat-pipe pitch");
    CLI::Option* area = cmd->add_option(
        "--area", o->area, "Panel area: print the temperature at which it rejects --heat");
    area->excludes(temperature);
    CLI::Option* junction_max = cmd->add_option("--junction-max", o->junction_max,
                                                "Maximum junction temperature (with --chain)");
    CLI::Option* chain =
        cmd->add_option("--chain", o->chain_file, "Junction-to-radiator chain, a TOML file");
    junction_max->needs(chain)->excludes(temperature)->excludes(area);
    chain->needs(junction_max)->excludes(temperature)->excludes(area);
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_radiator(*o, out); });
}

} // namespace spacedc::cli
