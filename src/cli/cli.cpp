#include "cli.hpp"

#include "commands.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/version.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>
#include <cstdlib>
#include <exception>
#include <new>
#include <optional>
#include <ostream>
#include <sstream>
#include <string_view>
#include <utility>

namespace spacedc::cli {

namespace {

/// What each option takes, as `--help` shows it (`--heat POWER`): keyed by option, or
/// by "command option" where one name means different things. The kind names the
/// quantity, in any unit of its dimension (docs/cli.md); RATIO is a plain number or a
/// percentage; NAME one of the words the option's description lists.
constexpr std::pair<std::string_view, std::string_view> option_kinds[] = {
    {"trade-altitude from", "LENGTH"},
    {"trade-altitude to", "LENGTH"},
    {"trade-altitude step", "LENGTH"},
    {"network step", "DURATION"},
    {"altitude", "LENGTH"},
    {"distance", "LENGTH"},
    {"hop-length", "LENGTH"},
    {"fin-half-width", "LENGTH"},
    {"fin-thickness", "LENGTH"},
    {"area", "AREA"},
    {"heat", "POWER"},
    {"load", "POWER"},
    {"housekeeping", "POWER"},
    {"power", "POWER"},
    {"compute-power", "POWER"},
    {"temperature", "TEMPERATURE"},
    {"junction-max", "TEMPERATURE"},
    {"reference-temperature", "TEMPERATURE"},
    {"sink", "TEMPERATURE"},
    {"earth-temperature", "TEMPERATURE"},
    {"tolerance", "TEMPERATURE_DIFFERENCE"},
    {"beta", "ANGLE"},
    {"elevation", "ANGLE"},
    {"inclination", "ANGLE"},
    {"raan", "ANGLE"},
    {"pointing-error", "ANGLE"},
    {"life", "DURATION"},
    {"duration", "DURATION"},
    {"output-interval", "DURATION"},
    {"radio-access", "DURATION"},
    {"per-hop", "DURATION"},
    {"earth-ir", "IRRADIANCE"},
    {"earth-infrared", "IRRADIANCE"},
    {"solar-flux", "IRRADIANCE"},
    {"flux", "IRRADIANCE"},
    {"specific-power", "SPECIFIC_POWER"},
    {"solar-specific-power", "SPECIFIC_POWER"},
    {"areal-density", "AREAL_DENSITY"},
    {"battery-specific-energy", "SPECIFIC_ENERGY"},
    {"fin-conductivity", "CONDUCTIVITY"},
    {"temperature-coefficient", "PER_KELVIN"},
    {"dose-limit", "DOSE"},
    {"mass", "MASS"},
    {"ground-irradiation", "ENERGY_PER_AREA"},
    {"ltan", "HH:MM"},
    {"set", "KEY=VALUE"},
    {"csv", "FILE"},
    {"daily", "FILE"},
    {"eclipses", "FILE"},
    {"out", "FILE"},
    {"report format", "NAME"},
    {"chain", "FILE"},
    {"from-json", "FILE"},
    {"launch-price", "USD_PER_KG"},
    {"electricity-price", "USD_PER_KWH"},
    {"start-year", "YEAR"},
    {"year", "YEAR"},
    {"absorptivity", "RATIO"},
    {"albedo", "RATIO"},
    {"albedo-factor", "RATIO"},
    {"annual-degradation", "RATIO"},
    {"back-absorptivity", "RATIO"},
    {"back-albedo-factor", "RATIO"},
    {"back-earth-view-factor", "RATIO"},
    {"back-emissivity", "RATIO"},
    {"back-sun-factor", "RATIO"},
    {"conversion-efficiency", "RATIO"},
    {"cumulative-growth", "RATIO"},
    {"design-margin", "RATIO"},
    {"depth-of-discharge", "RATIO"},
    {"earth-view-factor", "RATIO"},
    {"efficiency", "RATIO"},
    {"emissivity", "RATIO"},
    {"failure-rate", "RATIO"},
    {"front-absorptivity", "RATIO"},
    {"front-emissivity", "RATIO"},
    {"group-index", "RATIO"},
    {"inherent-degradation", "RATIO"},
    {"learning-rate", "RATIO"},
    {"packing-factor", "RATIO"},
    {"packing", "RATIO"},
    {"performance-ratio", "RATIO"},
    {"pue", "RATIO"},
    {"route-inflation", "RATIO"},
    {"sun-factor", "RATIO"},
    {"earth-ir-absorptance", "NAME"},
    {"earth-infrared-absorptance", "NAME"},
    {"electricity", "NAME"},
    {"environment", "NAME"},
    {"load-case", "NAME"},
    {"method", "NAME"},
    {"orbit", "NAME"},
    {"orientation", "NAME"},
    {"shadow", "NAME"},
    {"site", "NAME"}};

/// Names every option's kind in `--help` (counts and flags keep CLI11's own).
void name_option_kinds(CLI::App& app) {
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        for (CLI::Option* o : sub->get_options([](CLI::Option*) { return true; })) {
            if (o->get_expected_max() == 0) continue;
            if (o->get_lnames().empty()) { // positional: a spec or model, or a shell's name
                o->type_name(o->get_name() == "shell" ? "NAME" : "FILE");
                continue;
            }
            const std::string name = o->get_lnames().front();
            const std::string qualified = sub->get_name() + " " + name;
            for (const auto& [key, kind] : option_kinds) {
                if (key == qualified || key == name) {
                    o->type_name(std::string{kind});
                    break;
                }
            }
        }
    }
}

/// The tool, its subcommands writing to `out`.
void add_commands(CLI::App& app, std::ostream& out) {
    app.set_version_flag("--version", version_string);
    app.require_subcommand(1);
    add_latency_command(app, out);
    add_montecarlo_command(app, out);
    add_network_command(app, out);
    add_orbit_command(app, out);
    add_power_command(app, out);
    add_radiator_command(app, out);
    add_equilibrium_command(app, out);
    add_economics_command(app, out);
    add_dose_command(app, out);
    add_size_command(app, out);
    add_report_command(app, out);
    add_sweep_command(app, out);
    add_trade_altitude_command(app, out);
    add_completion_command(app, out);
    name_option_kinds(app);
}

/// For an option's number whose unit the shell split off ("--altitude 650 km"): how to
/// write it, or nothing when no argument looks like one.
std::optional<std::string> split_quantity_hint(const std::vector<std::string>& args) {
    for (std::size_t i = 1; i + 1 < args.size(); ++i) {
        const std::string& number = args[i];
        const std::string& unit = args[i + 1];
        if (args[i - 1].rfind("--", 0) != 0 || number.empty() || unit.empty()) continue;
        char* end = nullptr;
        std::strtod(number.c_str(), &end);
        const bool is_number = end == number.c_str() + number.size();
        const bool unit_like = std::isalpha(static_cast<unsigned char>(unit[0])) ||
                               unit[0] == '%' || static_cast<unsigned char>(unit[0]) >= 0x80;
        if (is_number && unit_like && unit.find('.') == std::string::npos) {
            return fmt::format("spacedc: the shell split '{0} {1}' in two: write {2} '{0} {1}' "
                               "(quoted) or {2} {0}{1}",
                               number, unit, args[i - 1]);
        }
    }
    return std::nullopt;
}

constexpr const char* description =
    "spacedc: size a satellite compute node for an orbital data center (power, thermal, mass).";

} // namespace

json run_json(const std::string& command, const std::vector<std::string>& args) {
    std::ostringstream out;
    CLI::App app{description, "spacedc"};
    add_commands(app, out);
    std::vector<std::string> reversed{"--json"}; // CLI11 pops from the back
    reversed.insert(reversed.end(), args.rbegin(), args.rend());
    reversed.push_back(command);
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        throw invalid_input{"arguments", fmt::format("{} {}", command, fmt::join(args, " ")),
                            fmt::format("the options of `spacedc {} --help`", command), e.what()};
    }
    return json::parse(out.str());
}

namespace {

command_info info_of(const CLI::App& sub) {
    command_info info{.name = sub.get_name(),
                      .description = sub.get_description(),
                      .takes_file = false,
                      .options = {}};
    for (const CLI::Option* o : sub.get_options()) {
        if (o->get_lnames().empty()) {
            info.takes_file = info.takes_file || o->get_positional();
            continue;
        }
        info.options.push_back({.name = o->get_lnames().front(),
                                .flag = o->get_expected_max() == 0,
                                .description = o->get_description()});
    }
    return info;
}

} // namespace

std::vector<command_option> options_of(const std::string& command) {
    for (auto& c : commands())
        if (c.name == command) return std::move(c.options);
    throw invalid_input{"command", command, "a subcommand of `spacedc --help`"};
}

std::vector<command_info> commands() {
    std::ostringstream out;
    CLI::App app{description, "spacedc"};
    add_commands(app, out);
    std::vector<command_info> all;
    for (const CLI::App* sub :
         std::as_const(app).get_subcommands([](const CLI::App*) { return true; }))
        all.push_back(info_of(*sub));
    return all;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CLI::App app{description, "spacedc"};
    add_commands(app, out);

    std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 pops from the back
    try {
        app.parse(reversed);
    } catch (const CLI::ExtrasError& e) {
        const int status = app.exit(e, out, err);
        if (const auto hint = split_quantity_hint(args)) err << *hint << '\n';
        return status == 0 ? 0 : exit_error;
    } catch (const CLI::ParseError& e) {
        const int status = app.exit(e, out, err);
        return status == 0 ? 0 : exit_error;
    } catch (const spacedc::error& e) {
        err << "spacedc: error: " << e.what() << '\n';
        return exit_error;
    } catch (const checks_failed& f) {
        err << "spacedc: " << f.failed << " of " << f.total << " requirements not met\n";
        return exit_checks_failed;
    } catch (const std::bad_alloc&) {
        err << "spacedc: error: out of memory (an input too large for this machine)\n";
        return exit_error;
    } catch (const std::exception& e) {
        // Last resort: nothing ends the tool by a signal. Reaching here is a bug.
        err << "spacedc: internal error: " << e.what() << '\n';
        return exit_error;
    } catch (...) {
        err << "spacedc: internal error: unknown exception\n";
        return exit_error;
    }
    return 0;
}

} // namespace spacedc::cli
