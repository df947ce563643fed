#include "cli.hpp"
#include "commands.hpp"

#include <spacedc/errors.hpp>

#include <fmt/format.h>

#include <memory>
#include <ostream>
#include <string>

namespace spacedc::cli {
namespace {

/// `text` as a single-quoted shell word.
std::string shell_word(const std::string& text) {
    std::string q = "'";
    for (char c : text) q += c == '\'' ? std::string{"'\\''"} : std::string(1, c);
    return q + "'";
}

/// bash: subcommands at the first word, a subcommand's options after a dash, files
/// otherwise (specs, models, output paths).
void write_bash(std::ostream& out, const std::vector<command_info>& all) {
    std::string names;
    for (const auto& c : all) names += (names.empty() ? "" : " ") + c.name;
    out << "# bash completion for spacedc, made by `spacedc completion bash` from the tool's own\n"
           "# options. Install: copy to /usr/share/bash-completion/completions/spacedc.\n"
           "_spacedc() {\n"
           "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" options\n"
           "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
        << fmt::format("        COMPREPLY=($(compgen -W {} -- \"$cur\"))\n",
                       shell_word(names + " --help --version"))
        << "        return\n"
           "    fi\n"
           "    case \"${COMP_WORDS[1]}\" in\n";
    for (const auto& c : all) {
        std::string options;
        for (const auto& o : c.options) options += (options.empty() ? "--" : " --") + o.name;
        out << fmt::format("        {}) options={} ;;\n", c.name, shell_word(options));
    }
    out << "        *) options='' ;;\n"
           "    esac\n"
           "    if [[ \"$cur\" == -* ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
           "    else\n"
           "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
           "    fi\n"
           "}\n"
           "complete -o filenames -F _spacedc spacedc\n";
}

/// `text` inside a zsh `_arguments` description: brackets and colons escaped.
std::string zsh_escaped(const std::string& text) {
    std::string e;
    for (char c : text) {
        if (c == '[' || c == ']' || c == ':' || c == '\\') e += '\\';
        if (c == '\'') {
            e += "'\\''";
            continue;
        }
        e += c == '\n' ? ' ' : c;
    }
    return e;
}

/// zsh: subcommands with their descriptions, then each one's options with theirs.
void write_zsh(std::ostream& out, const std::vector<command_info>& all) {
    out << "#compdef spacedc\n"
           "# zsh completion for spacedc, made by `spacedc completion zsh` from the tool's own\n"
           "# options. Install: copy as _spacedc into a directory of $fpath.\n"
           "_spacedc() {\n"
           "    local -a commands\n"
           "    commands=(\n";
    for (const auto& c : all) {
        std::string description; // `_describe` splits at the first colon, after the name
        for (char ch : c.description)
            description += ch == '\'' ? std::string{"'\\''"} : std::string(1, ch);
        out << fmt::format("        '{}:{}'\n", c.name, description);
    }
    out << "    )\n"
           "    if (( CURRENT == 2 )); then\n"
           "        _describe 'command' commands\n"
           "        return\n"
           "    fi\n"
           "    case $words[2] in\n";
    for (const auto& c : all) {
        out << fmt::format("        {})\n            _arguments", c.name);
        for (const auto& o : c.options) {
            out << fmt::format(" \\\n                '--{}[{}]{}'", o.name,
                               zsh_escaped(o.description), o.flag ? "" : ":value:");
        }
        if (c.takes_file) out << " \\\n                '*:file:_files'";
        out << " ;;\n";
    }
    out << "    esac\n"
           "}\n"
           "_spacedc \"$@\"\n";
}

} // namespace

void add_completion_command(CLI::App& app, std::ostream& out) {
    auto shell = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand(
        "completion", "Print a bash or zsh completion script for spacedc's commands and options.");
    cmd->add_option("shell", *shell, "bash or zsh")->required();
    cmd->callback([shell, &out] {
        if (*shell == "bash") {
            write_bash(out, commands());
        } else if (*shell == "zsh") {
            write_zsh(out, commands());
        } else {
            throw invalid_input{"shell", *shell, "bash or zsh"};
        }
    });
}

} // namespace spacedc::cli
