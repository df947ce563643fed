#pragma once
// Runs the spacedc tool in-process for the CLI tests.

#include "cli.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace spacedc::testing {

struct cli_result {
    int status;
    std::string out;
    std::string err;
};

inline cli_result run_cli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int status = spacedc::cli::run(args, out, err);
    return {status, out.str(), err.str()};
}

} // namespace spacedc::testing
