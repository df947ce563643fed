#pragma once
/// \file
/// The design-review report of a node spec (`spacedc report`): one self-contained HTML
/// page (inline CSS and SVG, nothing fetched) or Markdown with the inputs and where each
/// value comes from, the results with units, the power and thermal cases, the mass
/// budget, each requirement with its margin, the findings, and plots drawn by gnuplot.

#include "report.hpp"

#include <spacedc/checks/check.hpp>
#include <spacedc/io/node_spec_file.hpp>
#include <spacedc/node/orbit_environment.hpp>
#include <spacedc/node/size_node.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace spacedc::cli {

/// Everything the report shows, computed once from the spec.
struct review {
    std::string spec_name;              ///< the spec file as given
    std::vector<std::string> overrides; ///< `--set` assignments, in order
    io::node_file file;
    node::orbit_environment environment;
    node::node_design design;
    std::vector<checks::check_result> checks;
    orbit::eclipse_free_altitude eclipse_free;
};

/// Reads the spec at `path` with `overrides` and sizes it, once.
review make_review(const std::string& path, const std::vector<std::string>& overrides);

/// Where a spec key's value comes from: "--set", "file" or "default". `key` is dotted
/// ("orbit.altitude"); a table key ("thermal.per_chip") counts as given when the file
/// or an override gives it.
std::string_view input_source(const review& r, std::string_view key);

/// A plot of the report: its anchor id, title, caption and inline SVG.
struct figure {
    std::string id;
    std::string title;
    std::string caption;
    std::string svg;
};

/// The report's plots, drawn by gnuplot (`gnuplot_svg`): the beta angle and eclipses
/// through the year with the eclipse season shaded, the array's output through the year
/// against its load, radiator area against temperature with the design point, the loop
/// through the year's longest eclipse, and the mass budget. A plot that does not apply
/// (no eclipse, no radiator) is left out. Throws `spacedc::error` if gnuplot fails.
std::vector<figure> review_figures(const review& r);

/// The report as one HTML page with `figures` inline.
std::string review_html(const review& r, const std::vector<figure>& figures);

/// The report as Markdown (tables; the plots are in the HTML report).
std::string review_markdown(const review& r);

} // namespace spacedc::cli
