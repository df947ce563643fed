#pragma once
/// \file
/// Subcommands of the `spacedc` tool, one per file. Each registers itself on the
/// application; its callback writes to the stream it is given and throws
/// `spacedc::error` on bad input.

#include <CLI/CLI.hpp>

#include <iosfwd>

namespace spacedc::cli {

/// `spacedc latency`: light delay, slant range and round trips through orbit and ground.
void add_latency_command(CLI::App& app, std::ostream& out);

/// `spacedc montecarlo`: a spec's `[uncertain]` parameters drawn, outputs summarised.
void add_montecarlo_command(CLI::App& app, std::ostream& out);

/// `spacedc network`: steady state and transients of a thermal network model.
void add_network_command(CLI::App& app, std::ostream& out);

/// `spacedc orbit`: sun-synchronous geometry and eclipses through a year.
void add_orbit_command(CLI::App& app, std::ostream& out);

/// `spacedc power`: battery-free array sizing, yearly energy, battery and ground trades.
void add_power_command(CLI::App& app, std::ostream& out);

/// `spacedc report`: a design-review report of a node spec, HTML with plots or Markdown.
void add_report_command(CLI::App& app, std::ostream& out);

/// `spacedc size`: the whole node from a TOML spec.
void add_size_command(CLI::App& app, std::ostream& out);

/// `spacedc sweep`: every design of a spec's `[sweep]` axes, with the Pareto front.
void add_sweep_command(CLI::App& app, std::ostream& out);

/// `spacedc dose`: total ionising dose by altitude over the mission life.
void add_dose_command(CLI::App& app, std::ostream& out);

/// `spacedc economics`: launch price of orbital power, lifetime penalty, learning curve.
void add_economics_command(CLI::App& app, std::ostream& out);

/// `spacedc equilibrium`: a flat panel's equilibrium temperature or heat balance.
void add_equilibrium_command(CLI::App& app, std::ostream& out);

/// `spacedc trade-altitude`: one node at each altitude with each way through eclipse.
void add_trade_altitude_command(CLI::App& app, std::ostream& out);

/// `spacedc completion`: a bash or zsh completion script made from these commands.
void add_completion_command(CLI::App& app, std::ostream& out);

/// `spacedc radiator`: net flux and area of a radiator at a temperature.
void add_radiator_command(CLI::App& app, std::ostream& out);

} // namespace spacedc::cli
