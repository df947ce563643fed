#pragma once
/// \file
/// Plots drawn by gnuplot (Debian's gnuplot-nox) as SVG to inline in a report: the
/// script goes to gnuplot's standard input, the SVG comes back on its standard output.
/// No shell is involved, so nothing in a script or a path is interpreted twice.

#include <string>
#include <string_view>
#include <vector>

namespace spacedc::cli {

/// Runs gnuplot on `script`, which must set `terminal svg` and write to standard output,
/// and returns the `<svg>` element alone: the XML prolog dropped, every id and reference
/// to one prefixed with `id` and a dash, so several plots can share one HTML page. Throws
/// `spacedc::error` when gnuplot cannot be started or fails, with what it printed.
std::string gnuplot_svg(const std::string& script, std::string_view id);

/// `text` as a gnuplot single-quoted string ('' for a quote).
std::string gnuplot_quoted(std::string_view text);

/// An inline data block `$name` of rows of numbers (one vector per column, all the same
/// length), printed with 10 significant digits; NaN is written as gnuplot's missing `NaN`.
std::string gnuplot_data(std::string_view name, const std::vector<std::vector<double>>& columns);

} // namespace spacedc::cli
