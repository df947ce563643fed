#pragma once
/// \file
/// A progress bar for long batches (`sweep`, `montecarlo`): drawn on stderr only when it
/// is a terminal, the output is not JSON, and the run has lasted a second; redrawn at
/// most four times a second by the first block's thread, from a counter every thread
/// adds to; erased when the batch ends. It never touches stdout, so results are the
/// same with or without it.

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include <unistd.h>

namespace spacedc::cli {

/// "[#######.............]  35 %  3500000 of 10000000 samples  ~9 s left", given
/// the count done of `total` after `elapsed_s` seconds.
inline std::string progress_line(std::uint64_t done, std::uint64_t total, double elapsed_s,
                                 std::string_view what) {
    constexpr int width = 20;
    const double fraction =
        total > 0 ? std::min(1.0, static_cast<double>(done) / static_cast<double>(total)) : 1.0;
    const int filled = static_cast<int>(fraction * width);
    std::string line = fmt::format("[{0:#>{1}}{0:.>{2}}] {3:3.0f} %  {4} of {5} {6}", "", filled,
                                   width - filled, 100.0 * fraction, done, total, what);
    if (fraction > 0.0 && fraction < 1.0)
        line += fmt::format("  ~{:.0f} s left", elapsed_s * (1.0 - fraction) / fraction);
    return line;
}

class progress_bar {
  public:
    /// Counts to `total` items named `what`; silent when `quiet` or stderr is no terminal.
    progress_bar(std::uint64_t total, std::string_view what, bool quiet)
        : total_{total}
        , what_{what}
        , enabled_{!quiet && ::isatty(STDERR_FILENO) == 1} {}
    progress_bar(const progress_bar&) = delete;
    progress_bar& operator=(const progress_bar&) = delete;
    ~progress_bar() {
        if (drawn_) std::fputs("\r\033[K", stderr); // erase the line
    }

    /// Adds `n` done; the thread that may draw (`draws`) redraws when it is time.
    void advance(std::uint64_t n, bool draws) {
        if (!enabled_) return;
        const std::uint64_t done = done_.fetch_add(n, std::memory_order_relaxed) + n;
        if (!draws) return;
        const auto now = clock::now();
        const double elapsed = std::chrono::duration<double>(now - start_).count();
        if (elapsed < 1.0 || now - last_ < std::chrono::milliseconds{250}) return;
        last_ = now;
        drawn_ = true;
        std::fprintf(stderr, "\r%s\033[K", progress_line(done, total_, elapsed, what_).c_str());
        std::fflush(stderr);
    }

  private:
    using clock = std::chrono::steady_clock;
    std::uint64_t total_;
    std::string what_;
    bool enabled_;
    std::atomic<std::uint64_t> done_{0};
    clock::time_point start_ = clock::now();
    clock::time_point last_ = start_;
    bool drawn_ = false; ///< only the drawing thread writes it
};

} // namespace spacedc::cli
