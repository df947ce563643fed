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
/// the same `variable`; the two cannot be given together.
template <class T>
void add_deprecated_alias(CLI::App* cmd, const std::string& old_name, const std::string& name,
                          T& variable) {
    CLI::Option* spelling = cmd->get_option(name);
    // Refused together in the callback rather than by `excludes`, which would list the
    // hidden name (as a blank) in the new option's --help. Option callbacks run once the
    // whole command line is parsed, so the other's count is known.
    cmd->add_option(old_name, variable, fmt::format("Deprecated: use {}", name))
        ->group("") // not in --help
        ->each([old_name, name, spelling](const std::string&) {
            if (spelling->count() > 0) throw CLI::ExcludesError(old_name, name);
            fmt::print(stderr,
                       "spacedc: warning: {} is deprecated, use {} (the old spelling "
                       "goes in the next release)\n",
                       old_name, name);
        });
}

} // namespace spacedc::cli
