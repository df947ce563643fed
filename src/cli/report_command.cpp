#include "commands.hpp"
#include "output_file.hpp"
#include "review_report.hpp"

#include <spacedc/errors.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>

namespace spacedc::cli {
namespace {

struct report_options {
    std::string file;
    std::vector<std::string> overrides;
    std::string out;
    std::string format;
    bool force = false;
};

/// The format: as given, else from the output's extension, else HTML.
std::string format_of(const report_options& o) {
    if (!o.format.empty()) return o.format;
    if (o.out.ends_with(".md") || o.out.ends_with(".markdown")) return "md";
    return "html";
}

} // namespace

void add_report_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<report_options>();
    CLI::App* cmd = app.add_subcommand(
        "report", "Write a design-review report of a node spec: one self-contained HTML page "
                  "with the inputs and their sources, results, cases, mass budget, "
                  "requirements, findings and plots (gnuplot), or Markdown.");
    cmd->add_option("file", o->file, "Node spec, e.g. examples/configs/reference_100kw.toml")
        ->required();
    cmd->add_option("--set", o->overrides,
                    "Override a field: --set compute.count=512 (repeatable)");
    cmd->add_option("-o,--out", o->out,
                    "Write the report to this new file (default: standard output)");
    cmd->add_option("--format", o->format,
                    "html (one page, plots inline) or md (tables only); default: from the "
                    "--out extension, else html");
    cmd->add_flag("--force", o->force, "Overwrite the --out file if it exists")->needs("--out");
    cmd->callback([o, &out] {
        const std::string format = format_of(*o);
        if (format != "html" && format != "md") {
            throw invalid_input{"--format", o->format, "html or md"};
        }
        std::optional<output_file> file; // checked before anything is computed
        if (!o->out.empty())
            file.emplace("--out", o->out, o->force, std::vector<std::filesystem::path>{o->file});
        const review r = make_review(o->file, o->overrides);
        const std::string text =
            format == "html" ? review_html(r, review_figures(r)) : review_markdown(r);
        if (file) {
            file->stream() << text;
            file->commit();
        } else {
            out << text;
        }
    });
}

} // namespace spacedc::cli
