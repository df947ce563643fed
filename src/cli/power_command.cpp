#include "commands.hpp"
#include "deprecated_alias.hpp"
#include "option_names.hpp"
#include "report.hpp"

#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/io/parse_time_of_day.hpp>
#include <spacedc/node/node_spec.hpp>
#include <spacedc/power/array_at_flux.hpp>
#include <spacedc/power/power_budget.hpp>

#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace spacedc::cli {
namespace {

struct power_options {
    std::string load;
    std::string housekeeping;
    std::string conversion_efficiency;
    std::string design_margin;
    std::string altitude;
    std::string ltan;
    std::int64_t year = 0;
    std::string life;
    std::string efficiency;
    std::string reference_temperature;
    std::string temperature_coefficient;
    std::string packing;
    std::string inherent;
    std::string annual_degradation;
    std::string pointing_error;
    std::string front_absorptivity;
    std::string front_emissivity;
    std::string back_emissivity;
    std::string back_earth_view_factor;
    std::string earth_ir;
    std::string specific_power;
    std::string areal_density;
    std::string battery_specific_energy;
    std::string depth_of_discharge;
    std::string site = "mid-latitude";
    std::string ground_irradiation;
    std::string performance_ratio = "0.80"; // docs/cli.md: a well-kept ground plant
    std::string flux;                       // forward mode: the array at this flux
    std::string area;                       // forward mode: the output of this area
    bool json = false;
};

/// The node spec's defaults (`node::node_spec{}`, docs/node.md, with their sources),
/// written as the options read them: one set of defaults for `power`, `size` and the
/// TOML files, so `power` and `size` size the same array from the same inputs.
power_options defaults() {
    const node::node_spec s{};
    auto si = [](auto q, std::string_view unit) { return fmt::format("{} {}", q.value(), unit); };
    auto plain = [](auto q) { return fmt::format("{}", q.value()); };
    const auto ltan_minutes = static_cast<long>(std::lround(s.orbit.ltan.value() / 60.0));
    const auto* specific_power = std::get_if<units::specific_power>(&s.array.mass_basis);
    const auto* areal_density = std::get_if<units::areal_density>(&s.array.mass_basis);
    power_options o;
    o.housekeeping = si(s.conversion.housekeeping, "W");
    o.conversion_efficiency = plain(s.conversion.efficiency);
    o.design_margin = plain(s.conversion.design_margin);
    o.ltan = fmt::format("{:02}:{:02}", ltan_minutes / 60, ltan_minutes % 60);
    o.year = s.orbit.year;
    o.life = fmt::format("{} yr", s.mission_life.value() / (365.25 * 86400.0));
    o.efficiency = plain(s.array.cells.efficiency);
    o.reference_temperature = si(s.array.cells.reference_temperature, "K");
    o.temperature_coefficient = si(s.array.cells.temperature_coefficient, "/K");
    o.packing = plain(s.array.packing_factor);
    o.inherent = plain(s.array.inherent_degradation);
    o.annual_degradation = plain(s.array.annual_degradation);
    o.pointing_error = fmt::format("{} deg", units::in_degrees(s.array.pointing_error));
    o.front_absorptivity = plain(s.array.front_absorptivity);
    o.front_emissivity = plain(s.array.front_emissivity);
    o.back_emissivity = plain(s.array.back_emissivity);
    o.back_earth_view_factor = plain(s.array.back_earth_view_factor);
    o.earth_ir = si(s.array.earth_infrared, "W/m^2");
    if (specific_power) o.specific_power = si(*specific_power, "W/kg");
    if (areal_density) o.areal_density = si(*areal_density, "kg/m^2");
    o.battery_specific_energy = si(s.battery.specific_energy, "J/kg");
    o.depth_of_discharge = plain(s.battery.depth_of_discharge);
    return o;
}

const std::map<std::string, const power::ground_site*> ground_sites{
    {"mid-latitude", &power::sites::mid_latitude},
    {"desert-fixed", &power::sites::desert_fixed},
    {"desert-tracking", &power::sites::desert_tracking},
};

power::power_spec read_spec(const power_options& o) {
    using io::parse;
    power::power_spec spec{
        .loads = {.compute = parse<units::power>(o.load, "--load"),
                  .housekeeping = parse<units::power>(o.housekeeping, "--housekeeping"),
                  .conversion_efficiency = parse<units::dimensionless>(o.conversion_efficiency,
                                                                       "--conversion-efficiency")},
        .array = {.cells = {.efficiency = parse<units::dimensionless>(o.efficiency, "--efficiency"),
                            .reference_temperature = parse<units::temperature>(
                                o.reference_temperature, "--reference-temperature"),
                            .temperature_coefficient = parse<units::temperature_coefficient>(
                                o.temperature_coefficient, "--temperature-coefficient")},
                  .packing_factor = parse<units::dimensionless>(o.packing, "--packing-factor"),
                  .inherent_degradation =
                      parse<units::dimensionless>(o.inherent, "--inherent-degradation"),
                  .annual_degradation =
                      parse<units::dimensionless>(o.annual_degradation, "--annual-degradation"),
                  .pointing_error = parse<units::angle>(o.pointing_error, "--pointing-error"),
                  .front_absorptivity =
                      parse<units::dimensionless>(o.front_absorptivity, "--front-absorptivity"),
                  .front_emissivity =
                      parse<units::dimensionless>(o.front_emissivity, "--front-emissivity"),
                  .back_emissivity =
                      parse<units::dimensionless>(o.back_emissivity, "--back-emissivity"),
                  .back_earth_view_factor = parse<units::dimensionless>(o.back_earth_view_factor,
                                                                        "--back-earth-view-factor"),
                  .earth_infrared = parse<units::irradiance>(o.earth_ir, "--earth-infrared")},
        .mission_life = parse<units::duration>(o.life, "--life"),
        .battery = {.specific_energy = parse<units::specific_energy>(o.battery_specific_energy,
                                                                     "--battery-specific-energy"),
                    .depth_of_discharge =
                        parse<units::dimensionless>(o.depth_of_discharge, "--depth-of-discharge")},
        .design_margin = parse<units::dimensionless>(o.design_margin, "--design-margin"),
    };
    if (!o.areal_density.empty()) {
        spec.array.mass_basis = parse<units::areal_density>(o.areal_density, "--areal-density");
    } else {
        spec.array.mass_basis =
            parse<units::specific_power>(o.specific_power, "--solar-specific-power");
    }
    return spec;
}

/// The options that set the power models' parameters, for errors.
constexpr option_name power_option_names[] = {
    {"compute load", "--load"},
    {"housekeeping load", "--housekeeping"},
    {"conversion efficiency", "--conversion-efficiency"},
    {"power design margin", "--design-margin"},
    {"altitude", "--altitude"},
    {"LTAN", "--ltan"},
    {"mission life", "--life"},
    {"years in orbit", "--life"},
    {"cell efficiency", "--efficiency"},
    {"temperature coefficient", "--temperature-coefficient"},
    {"packing factor", "--packing-factor"},
    {"inherent degradation", "--inherent-degradation"},
    {"annual degradation", "--annual-degradation"},
    {"pointing error", "--pointing-error"},
    {"front absorptivity", "--front-absorptivity"},
    {"front emissivity", "--front-emissivity"},
    {"back emissivity", "--back-emissivity"},
    {"back Earth view factor", "--back-earth-view-factor"},
    {"Earth infrared", "--earth-infrared"},
    {"array mass basis", "--solar-specific-power / --areal-density"},
    {"battery specific energy", "--battery-specific-energy"},
    {"depth of discharge", "--depth-of-discharge"},
    {"site irradiation", "--ground-irradiation"},
    {"performance ratio", "--performance-ratio"},
};

void run_power(const power_options& o, std::ostream& out) {
    const power::power_spec spec = read_spec(o);
    if (o.altitude.empty())
        throw invalid_input{"--altitude", "(missing)", "a length, e.g. '650 km'"};
    const orbit::sun_synchronous_orbit orbit{.altitude =
                                                 io::parse<units::length>(o.altitude, "--altitude"),
                                             .ltan = io::parse_time_of_day(o.ltan, "--ltan")};
    const auto site_entry = ground_sites.find(o.site);
    if (site_entry == ground_sites.end()) {
        throw invalid_input{"--site", o.site, "mid-latitude, desert-fixed or desert-tracking"};
    }
    power::ground_site site = *site_entry->second;
    if (!o.ground_irradiation.empty()) {
        site.name = "user-given site";
        site.yearly_irradiation =
            io::parse<units::radiant_exposure>(o.ground_irradiation, "--ground-irradiation");
        site.source = "command line";
    }
    const power::ground_plant plant{.performance_ratio = io::parse<units::dimensionless>(
                                        o.performance_ratio, "--performance-ratio")};

    const auto calendar_year = orbit::supported_year(o.year, "--year");
    const auto [design, ground] = naming_options(power_option_names, [&] {
        auto d = power::size_power(spec, orbit, calendar_year);
        auto g = power::compare_with_ground(d, spec, site, plant);
        return std::pair{d, g};
    });

    // Forward mode: the array at a given flux (default: the orbit's sizing flux) and the
    // output of a given area, besides the sizing at the worst lit instant.
    std::optional<power::array_at_flux> at;
    std::optional<units::area> given_area;
    if (!o.flux.empty() || !o.area.empty()) {
        const units::irradiance flux =
            o.flux.empty() ? design.sizing_flux : io::parse<units::irradiance>(o.flux, "--flux");
        if (!o.area.empty()) given_area = io::parse<units::area>(o.area, "--area");
        naming_options(power_option_names, [&] {
            spacedc::detail::require_positive("--flux", flux);
            if (given_area) spacedc::detail::require_positive("--area", *given_area);
            at = power::size_array_at_flux(spec, flux);
        });
    }
    const auto forward_json = [&] {
        json j{{"flux_w_per_m2", at->flux.value()},
               {"array_temperature_k", at->eol.temperature.value()},
               {"bol_power_per_area_w_per_m2", at->bol.power_per_area.value()},
               {"eol_power_per_area_w_per_m2", at->eol.power_per_area.value()},
               {"array_area_m2", at->area_for_load.value()},
               {"array_mass_kg", at->mass_for_load.value()}};
        if (given_area) {
            j["area_m2"] = given_area->value();
            j["bol_power_w"] = (at->bol.power_per_area * *given_area).value();
            j["eol_power_w"] = (at->eol.power_per_area * *given_area).value();
        }
        return j;
    };

    if (o.json) {
        json report = json{
            {"compute_power_w", spec.loads.compute.value()},
            {"housekeeping_w", spec.loads.housekeeping.value()},
            {"housekeeping_power_w", spec.loads.housekeeping.value()}, // deprecated: housekeeping_w
            {"design_margin", spec.design_margin.value()},
            {"array_power_w", design.array_power_required.value()},
            {"conversion_losses_w", design.conversion_losses.value()},
            {"altitude_m", orbit.altitude.value()},
            {"ltan_s", orbit.ltan.value()},
            {"ltan", o.ltan}, // deprecated: ltan_s
            {"year", o.year},
            {"mission_life_s", spec.mission_life.value()},
            {"sizing_flux_w_per_m2", design.sizing_flux.value()},
            {"array_temperature_k", design.array_temperature.value()},
            {"bol_power_per_area_w_per_m2", design.bol_power_per_area.value()},
            {"eol_power_per_area_w_per_m2", design.eol_power_per_area.value()},
            {"array_area_m2", design.array_area.value()},
            {"array_mass_kg", design.array_mass.value()},
            {"sunlit_fraction", design.sunlit_fraction.value()},
            {"annual_compute_energy_j", design.year.compute.value()},
            {"annual_array_energy_j", design.year.array_available.value()},
            {"annual_unused_energy_j", design.year.unused.value()},
            {"longest_eclipse_s", design.battery.longest_eclipse.value()},
            {"battery_capacity_j", design.battery.capacity.value()},
            {"battery_mass_kg", design.battery.battery_mass.value()},
            {"battery_extra_array_area_m2", design.battery.extra_array_area.value()},
            {"battery_mass_avoided_kg", design.battery.mass_avoided.value()},
            {"ground_site", std::string{site.name}},
            {"ground_yield_j_per_m2", ground.ground_yield_per_area.value()},
            {"space_yield_j_per_m2", ground.space_yield_per_area.value()},
            {"space_to_ground_energy_ratio", ground.energy_ratio.value()},
            {"space_array_area_per_kw_m2", ground.space_area_per_kw.value()},
            {"ground_array_area_per_kw_m2", ground.ground_area_per_kw.value()},
            {"ground_storage_per_kw_j", ground.ground_storage_per_kw.value()},
        };
        if (at) report["at_flux"] = forward_json();
        print_json(out, report);
        return;
    }
    const double kwh = 3.6e6;
    std::vector<table_row> rows{
        {"compute load", fmt::format("{:.4g}", spec.loads.compute)},
        {"load at the array", fmt::format("{:.4g}", design.array_power_required)},
        {"sizing condition", fmt::format("{:.1f} sunlight, array at {:.1f}, end of life",
                                         design.sizing_flux, design.array_temperature)},
        {"power per area, BOL / EOL",
         fmt::format("{:.1f} / {:.1f}", design.bol_power_per_area, design.eol_power_per_area)},
        {"array area", fmt::format("{:.1f}", design.array_area)},
        {"array mass", fmt::format("{:.0f}", design.array_mass)},
        {"fraction of the year computing", fmt::format("{:.5f}", design.sunlit_fraction)},
        {"compute energy a year",
         fmt::format("{:.4g} MWh", design.year.compute.value() / kwh / 1e3)},
        {"battery it avoids",
         fmt::format("{:.0f} kWh, {:.0f} + {:.0f} of extra array = {:.0f}",
                     design.battery.capacity.value() / kwh, design.battery.battery_mass,
                     design.battery.extra_array_mass, design.battery.mass_avoided)},
        {"ground site", std::string{site.name}},
        {"yearly yield per m², space / ground",
         fmt::format("{:.0f} / {:.0f} kWh/m² = {:.2f}x", ground.space_yield_per_area.value() / kwh,
                     ground.ground_yield_per_area.value() / kwh, ground.energy_ratio)},
        {"array per kW continuous, ground / space",
         fmt::format("{:.2f} / {:.2f} = {:.2f}x", ground.ground_area_per_kw,
                     ground.space_area_per_kw, ground.area_per_kw_ratio)},
        {"ground storage per kW (longest night)",
         fmt::format("{:.1f} kWh", ground.ground_storage_per_kw.value() / kwh)},
    };
    if (at) {
        rows.push_back({"at the given flux", fmt::format("{:.1f}, array at {:.1f} (EOL)", at->flux,
                                                         at->eol.temperature)});
        rows.push_back(
            {"  power per area, BOL / EOL",
             fmt::format("{:.1f} / {:.1f}", at->bol.power_per_area, at->eol.power_per_area)});
        rows.push_back({"  array for the load",
                        fmt::format("{:.1f}, {:.0f}", at->area_for_load, at->mass_for_load)});
        if (given_area) {
            rows.push_back({"  output of the given area, BOL / EOL",
                            fmt::format("{:.4g}: {:.4g} / {:.4g}", *given_area,
                                        at->bol.power_per_area * *given_area,
                                        at->eol.power_per_area * *given_area)});
        }
    }
    print_table(out, rows);
}

} // namespace

void add_power_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<power_options>(defaults());
    CLI::App* cmd = app.add_subcommand(
        "power",
        "Battery-free solar power: array sized to the compute load at end of life, yearly energy, "
        "the battery avoided, and the same array on the ground.");
    cmd->add_option("--load", o->load, "Compute load, e.g. 100kW")->required();
    cmd->add_option("--flux", o->flux,
                    "Also size the array at this solar flux (forward mode), e.g. 1367W/m^2");
    cmd->add_option("--area", o->area,
                    "Also give the output of this array area (at --flux, or the sizing flux)");
    cmd->add_option("--housekeeping", o->housekeeping, "Bus load besides compute")
        ->capture_default_str();
    cmd->add_option("--conversion-efficiency", o->conversion_efficiency, "Array-to-load efficiency")
        ->capture_default_str();
    cmd->add_option("--design-margin", o->design_margin,
                    "Array sized for (1 + m) x its load (size's power.design_margin)")
        ->capture_default_str();
    cmd->add_option("--altitude", o->altitude, "Sun-synchronous orbit altitude, e.g. 650km")
        ->required();
    cmd->add_option("--ltan", o->ltan, "Local time of the ascending node, HH:MM")
        ->capture_default_str();
    cmd->add_option("--year", o->year, "Year analysed (1950-2050)")->capture_default_str();
    cmd->add_option("--life", o->life, "Mission life (end of life for degradation)")
        ->capture_default_str();
    cmd->add_option("--efficiency", o->efficiency,
                    "Cell efficiency, BOL, AM0, at the reference temperature")
        ->capture_default_str();
    cmd->add_option("--reference-temperature", o->reference_temperature,
                    "Cell reference temperature")
        ->capture_default_str();
    cmd->add_option("--temperature-coefficient", o->temperature_coefficient,
                    "Relative efficiency change per K")
        ->capture_default_str();
    cmd->add_option("--packing-factor", o->packing, "Packing factor, cell area / array area")
        ->capture_default_str();
    add_deprecated_alias(cmd, "--packing", "--packing-factor", o->packing);
    cmd->add_option("--inherent-degradation", o->inherent, "Inherent factor I_d (no temperature)")
        ->capture_default_str();
    cmd->add_option("--annual-degradation", o->annual_degradation, "Radiation degradation per year")
        ->capture_default_str();
    cmd->add_option("--pointing-error", o->pointing_error,
                    "Worst Sun incidence off the array normal")
        ->capture_default_str();
    cmd->add_option("--front-absorptivity", o->front_absorptivity, "Solar absorptivity, cell side")
        ->capture_default_str();
    cmd->add_option("--front-emissivity", o->front_emissivity, "IR emissivity, cell side")
        ->capture_default_str();
    cmd->add_option("--back-emissivity", o->back_emissivity, "IR emissivity, rear")
        ->capture_default_str();
    cmd->add_option("--back-earth-view-factor", o->back_earth_view_factor,
                    "Rear view factor to the Earth")
        ->capture_default_str();
    cmd->add_option("--earth-infrared", o->earth_ir, "Earth infrared flux on the array")
        ->capture_default_str();
    add_deprecated_alias(cmd, "--earth-ir", "--earth-infrared", o->earth_ir);
    CLI::Option* specific_power =
        cmd->add_option("--solar-specific-power", o->specific_power,
                        "Array specific power, W/kg at BOL (solar.specific_power)")
            ->capture_default_str();
    add_deprecated_alias(cmd, "--specific-power", "--solar-specific-power", o->specific_power);
    cmd->add_option("--areal-density", o->areal_density,
                    "Array areal density (instead of --solar-specific-power)")
        ->excludes(specific_power);
    cmd->add_option("--battery-specific-energy", o->battery_specific_energy,
                    "Battery pack specific energy")
        ->capture_default_str();
    cmd->add_option("--depth-of-discharge", o->depth_of_discharge, "Battery depth of discharge")
        ->capture_default_str();
    cmd->add_option("--site", o->site, "Ground site: mid-latitude, desert-fixed, desert-tracking")
        ->capture_default_str();
    cmd->add_option("--ground-irradiation", o->ground_irradiation,
                    "Yearly plane-of-array irradiation of the ground site (replaces the site's)");
    cmd->add_option("--performance-ratio", o->performance_ratio, "Ground plant performance ratio")
        ->capture_default_str();
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_power(*o, out); });
}

} // namespace spacedc::cli
