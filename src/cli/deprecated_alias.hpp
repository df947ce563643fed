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
    cmd->add_option(old_name, variable, fmt::format("Deprecated: use {}", name))
        ->group("") // not in --help
        ->excludes(cmd->get_option(name))
        ->each([old_name, name](const std::string&) {
            fmt::print(stderr,
                       "spacedc: warning: {} is deprecated, use {} (the old spelling "
                       "goes in the next release)\n",
                       old_name, name);
        });
}

} // namespace spacedc::cli
