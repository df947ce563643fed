#pragma once
// Runs a gnuplot script (Debian's gnuplot-nox), for the examples' plots.

#include <cstdio>
#include <stdexcept>
#include <string>

namespace examples {

/// Pipes `script` to gnuplot; throws when gnuplot is missing or fails.
inline void run_gnuplot(const std::string& script) {
    FILE* pipe = popen("gnuplot", "w");
    if (pipe == nullptr) throw std::runtime_error{"cannot start gnuplot (install gnuplot-nox)"};
    std::fputs(script.c_str(), pipe);
    if (pclose(pipe) != 0) throw std::runtime_error{"gnuplot failed (is gnuplot-nox installed?)"};
}

} // namespace examples
