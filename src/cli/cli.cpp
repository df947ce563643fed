#include "cli.hpp"

#include "commands.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/version.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <exception>
#include <new>
#include <ostream>

namespace spacedc::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CLI::App app{"spacedc: size a satellite compute node for an orbital data center "
                 "(power, thermal, mass).",
                 "spacedc"};
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
    add_sweep_command(app, out);
    add_trade_altitude_command(app, out);

    std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 pops from the back
    try {
        app.parse(reversed);
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
