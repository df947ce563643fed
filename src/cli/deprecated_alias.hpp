#pragma once
/// \file
/// Old spellings of renamed options, kept for one release (docs/cli.md, "One
/// vocabulary"): hidden from `--help`, setting the same value, with a warning on stderr
/// naming the new spelling.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <string>

namespace spacedc::cli {

/// Adds `old_name` to `cmd` as a deprecated spelling of its option `name`, writing to
/// the same `variable`: refused together with `name`, and with what `name` excludes,
/// and needing what `name` needs (as the command declares them, read when it runs).
template <class T>
void add_deprecated_alias(CLI::App* cmd, const std::string& old_name, const std::string& name,
                          T& variable) {
    CLI::Option* spelling = cmd->get_option(name);
    // Checked in the callback rather than declared with `excludes`/`needs`, which would
    // list the hidden name (as a blank) in the other options' --help. Option callbacks
    // run once the whole command line is parsed, so every count is known.
    cmd->add_option(old_name, variable, fmt::format("Deprecated: use {}", name))
        ->group("") // not in --help
        ->each([old_name, name, spelling](const std::string&) {
            if (spelling->count() > 0) throw CLI::ExcludesError(old_name, name);
            for (const CLI::Option* other : spelling->get_excludes())
                if (other->count() > 0) throw CLI::ExcludesError(old_name, other->get_name());
            for (const CLI::Option* other : spelling->get_needs())
                if (other->count() == 0) throw CLI::RequiresError(old_name, other->get_name());
            fmt::print(stderr,
                       "spacedc: warning: {} is deprecated, use {} (the old spelling "
                       "goes in the next release)\n",
                       old_name, name);
        });
}

} // namespace spacedc::cli
