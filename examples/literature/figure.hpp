#pragma once
// A published figure beside spacedc's value under the source's own assumptions and,
// where the source is off, spacedc under correct physics; shared by the literature
// programs. Each prints its table (or, with --markdown, the rows of docs/literature.md)
// and exits 1 if any figure it checks is outside the source's stated precision.

#include <fmt/format.h>

#include <cmath>
#include <cstring>
#include <optional>
#include <span>
#include <string>

namespace literature {

struct figure {
    std::string source;   ///< citation, short
    std::string quantity; ///< what the figure is
    std::string inputs;   ///< the source's inputs, as given to spacedc
    double published;     ///< as printed by the source
    std::string unit;     ///< of every number in the row
    std::optional<double>
        spacedc;      ///< under the source's assumptions (none: not reproducible as stated)
    double tolerance; ///< the source's precision (and any stated constant's shift)
    std::optional<double> corrected; ///< under correct physics, where the source is off
    std::string reason;              ///< one line: why the numbers differ
};

inline std::string number(double x) { return fmt::format("{:.6g}", x); }
inline std::string number(const std::optional<double>& x) { return x ? number(*x) : "—"; }

/// Prints `figures` and returns the exit status: 1 if a checked figure is off.
inline int report(std::span<const figure> figures, int argc, char** argv) {
    const bool markdown = argc > 1 && std::strcmp(argv[1], "--markdown") == 0;
    if (argc > 1 && !markdown) {
        fmt::print(stderr, "usage: {} [--markdown]\n", argv[0]);
        return 2;
    }
    int status = 0;
    for (const auto& f : figures) {
        const bool agrees = !f.spacedc || std::abs(*f.spacedc - f.published) <= f.tolerance;
        if (!agrees) status = 1;
        const std::string difference =
            f.spacedc ? fmt::format("{:+.3g}", *f.spacedc - f.published) : std::string{"—"};
        if (markdown) {
            fmt::print("| {} | {} | {} | {} {} | {} | {} (±{}) | {} | {} |\n", f.source, f.quantity,
                       f.inputs, number(f.published), f.unit, number(f.spacedc), difference,
                       number(f.tolerance), number(f.corrected), f.reason);
        } else {
            fmt::print("{}: {}\n  inputs: {}\n  published {} {}, spacedc {} ({}, tolerance {}){}\n"
                       "  {}{}\n",
                       f.source, f.quantity, f.inputs, number(f.published), f.unit,
                       number(f.spacedc), difference, number(f.tolerance),
                       f.corrected ? fmt::format(", correct physics {}", number(*f.corrected)) : "",
                       f.reason, agrees ? "" : "\n  ** outside the source's precision **");
        }
    }
    return status;
}

} // namespace literature
