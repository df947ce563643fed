#pragma once
/// \file
/// The `spacedc` command-line tool as a function, so tests can run it in-process.

#include <iosfwd>
#include <string>
#include <vector>

namespace spacedc::cli {

/// Exit status for bad input or a failed run (the message goes to `err`).
inline constexpr int exit_error = 2;

/// Runs the tool on `args` (without the program name), writing results to `out` and
/// errors to `err`. Returns the process exit status: 0 on success, `exit_error` on any
/// error.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace spacedc::cli
