#include "commands.hpp"
#include "report.hpp"

#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/thermal/radiator.hpp>

#include <memory>

namespace spacedc::cli {
namespace {

struct radiator_options {
    std::string heat;
    std::string temperature;
    std::string emissivity = "0.9";
    std::string sink = "2.725 K";
    int sides = 2;
    bool json = false;
};

void run_radiator(const radiator_options& o, std::ostream& out) {
    const thermal::radiator_surface surface{
        .emissivity = io::parse<units::dimensionless>(o.emissivity, "--emissivity"),
        .surface_temperature = io::parse<units::temperature>(o.temperature, "--temperature"),
        .sink_temperature = io::parse<units::temperature>(o.sink, "--sink"),
        .radiating_faces = o.sides,
    };
    const auto heat = io::parse<units::power>(o.heat, "--heat");
    const auto flux = thermal::net_flux_per_face(surface);
    const auto area = thermal::radiator_area(heat, surface);

    if (o.json) {
        print_json(out, json{
                            {"heat_w", heat.value()},
                            {"temperature_k", surface.surface_temperature.value()},
                            {"sink_temperature_k", surface.sink_temperature.value()},
                            {"emissivity", surface.emissivity.value()},
                            {"sides", surface.radiating_faces},
                            {"net_flux_w_per_m2", flux.value()},
                            {"area_m2", area.value()},
                            {"emitting_area_m2", area.value() * surface.radiating_faces},
                        });
        return;
    }
    print_table(out,
                {
                    {"heat rejected", fmt::format("{:.4g}", heat)},
                    {"radiator temperature", fmt::format("{:.2f}", surface.surface_temperature)},
                    {"sink temperature", fmt::format("{:.3f}", surface.sink_temperature)},
                    {"emissivity", fmt::format("{:.3f}", surface.emissivity)},
                    {"radiating faces", fmt::format("{}", surface.radiating_faces)},
                    {"net flux per face", fmt::format("{:.1f}", flux)},
                    {"panel area", fmt::format("{:.2f}", area)},
                });
}

} // namespace

void add_radiator_command(CLI::App& app, std::ostream& out) {
    auto options = std::make_shared<radiator_options>();
    CLI::App* cmd = app.add_subcommand(
        "radiator", "Net flux and panel area of an ideal radiator rejecting heat to deep space "
                    "(q = eps*sigma*(T^4 - T_sink^4) per face).");
    cmd->add_option("--heat", options->heat, "Heat to reject, e.g. 100kW")->required();
    cmd->add_option("--temperature", options->temperature, "Radiator temperature, e.g. 300K")
        ->required();
    cmd->add_option("--emissivity", options->emissivity, "Infrared emissivity in (0, 1]")
        ->capture_default_str();
    cmd->add_option("--sink", options->sink, "Sink temperature (deep space)")
        ->capture_default_str();
    cmd->add_option("--sides", options->sides, "Radiating faces, 1 or 2")->capture_default_str();
    cmd->add_flag("--json", options->json, "Print one JSON object in SI units");
    cmd->callback([options, &out] { run_radiator(*options, out); });
}

} // namespace spacedc::cli
