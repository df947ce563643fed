#include "gnuplot.hpp"

#include <spacedc/errors.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace spacedc::cli {
namespace {

using file_ptr = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

/// An anonymous temporary file, removed when closed.
file_ptr temporary_file() {
    file_ptr f{std::tmpfile(), &std::fclose};
    if (!f)
        throw error{
            fmt::format("gnuplot: cannot create a temporary file: {}", std::strerror(errno))};
    return f;
}

std::string read_all(int fd) {
    std::string text;
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            text.append(buffer, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
            break;
        }
    }
    return text;
}

std::string read_all(std::FILE* f) {
    std::rewind(f);
    std::string text;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, f)) text.append(buffer, n);
    return text;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

} // namespace

std::string gnuplot_svg(const std::string& script, std::string_view id) {
    file_ptr input = temporary_file();
    file_ptr errors = temporary_file();
    if (std::fwrite(script.data(), 1, script.size(), input.get()) != script.size() ||
        std::fflush(input.get()) != 0)
        throw error{"gnuplot: cannot write its script to a temporary file"};
    std::rewind(input.get());
    int out[2];
    if (::pipe(out) != 0) throw error{fmt::format("gnuplot: no pipe: {}", std::strerror(errno))};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fileno(input.get()), 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, fileno(errors.get()), 2);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    char name[] = "gnuplot";
    char* argv[] = {name, nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "gnuplot", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (spawned != 0) {
        ::close(out[0]);
        throw error{fmt::format("cannot run gnuplot ({}): install gnuplot-nox to draw the plots",
                                std::strerror(spawned))};
    }
    std::string svg = read_all(out[0]);
    ::close(out[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    const std::string printed = read_all(errors.get());
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || svg.find("<svg") == std::string::npos) {
        throw error{fmt::format("gnuplot failed on plot '{}': {}", id, printed)};
    }
    svg.erase(0, svg.find("<svg"));
    while (!svg.empty() && (svg.back() == '\n' || svg.back() == ' ')) svg.pop_back();
    // Every id and every reference to one, so ids stay unique on a page of plots.
    for (const std::string_view attribute : {"id='", "id=\"", "url(#", "href='#", "href=\"#"})
        replace_all(svg, attribute, fmt::format("{}{}-", attribute, id));
    return svg;
}

std::string gnuplot_quoted(std::string_view text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'') out += '\'';
        if (c == '\n') {
            out += ' ';
            continue;
        }
        out += c;
    }
    return out + "'";
}

std::string gnuplot_data(std::string_view name, const std::vector<std::vector<double>>& columns) {
    std::string out = fmt::format("${} << EOD\n", name);
    const std::size_t rows = columns.empty() ? 0 : columns.front().size();
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double x = columns[c].at(r);
            out += c ? " " : "";
            out += std::isfinite(x) ? fmt::format("{:.10g}", x) : std::string{"NaN"};
        }
        out += '\n';
    }
    return out + "EOD\n";
}

} // namespace spacedc::cli
