#pragma once
/// \file
/// The `spacedc` command-line tool as a function, so tests can run it in-process.

#include "report.hpp"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace spacedc::cli {

/// Exit status for bad input or a failed run (the message goes to `err`).
inline constexpr int exit_error = 2;

/// Exit status of `spacedc size --check` when a requirement is not met (the report is
/// printed in full first).
inline constexpr int exit_checks_failed = 1;

/// Thrown by a subcommand, after printing its report, to end with `exit_checks_failed`.
struct checks_failed {
    std::size_t failed;
    std::size_t total;
};

/// Runs the tool on `args` (without the program name), writing results to `out` and
/// errors to `err`. Returns the process exit status: 0 on success, `exit_checks_failed`
/// when `size --check` finds a requirement not met, `exit_error` on any error.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// Runs subcommand `command` with `args` and `--json`, returning the JSON it prints;
/// library errors propagate as thrown, and an option CLI11 cannot parse is an
/// `invalid_input` naming the arguments (the Python bindings' path to every subcommand).
json run_json(const std::string& command, const std::vector<std::string>& args);

/// A long option of a subcommand ("load", without dashes) and whether it is a flag.
struct command_option {
    std::string name;
    bool flag = false;
    std::string description;
};

/// The long options of subcommand `command`.
std::vector<command_option> options_of(const std::string& command);

/// A subcommand: its name, what it does, whether it takes a file, its long options.
struct command_info {
    std::string name;
    std::string description;
    bool takes_file = false;
    std::vector<command_option> options;
};

/// Every subcommand, in the order `spacedc --help` lists them.
std::vector<command_info> commands();

} // namespace spacedc::cli
