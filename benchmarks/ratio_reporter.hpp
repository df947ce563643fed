#pragma once
// Google Benchmark main that also prints ratios of benchmarks measured in the same
// run (typed vs raw, analytic vs brute force, N vs 10N), so comparisons never mix
// timings from different runs or machines.

#include <benchmark/benchmark.h>

#include <fmt/format.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace spacedc::bench {

/// A console reporter that remembers each benchmark's CPU and wall time per iteration,
/// in seconds: with repetitions, the fastest repetition (the one least disturbed by
/// other work on the machine).
class recording_reporter : public benchmark::ConsoleReporter {
  public:
    void ReportRuns(const std::vector<Run>& runs) override {
        auto keep_least = [](std::map<std::string, double>& times, const std::string& name,
                             double t) {
            const auto [it, fresh] = times.emplace(name, t);
            if (!fresh && t < it->second) it->second = t;
        };
        for (const auto& run : runs) {
            if (run.run_type == Run::RT_Iteration && !run.error_occurred) {
                const double unit = benchmark::GetTimeUnitMultiplier(run.time_unit);
                keep_least(cpu_time_, run.benchmark_name(), run.GetAdjustedCPUTime() / unit);
                keep_least(real_time_, run.benchmark_name(), run.GetAdjustedRealTime() / unit);
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }
    const std::map<std::string, double>& cpu_times() const { return cpu_time_; }
    const std::map<std::string, double>& real_times() const { return real_time_; }

  private:
    std::map<std::string, double> cpu_time_;
    std::map<std::string, double> real_time_;
};

/// One named ratio: time(numerator) / time(denominator), in CPU time of the benchmark
/// thread or, for multi-threaded work, in wall-clock time.
struct ratio {
    std::string label;
    std::string numerator;
    std::string denominator;
    bool wall_clock = false;
    /// Multiplies the ratio: a numerator measured on part of the work (10 of 365 days)
    /// scaled to the whole; the label says so.
    double scale = 1.0;
};

/// Runs the registered benchmarks, then prints each ratio that both sides ran for.
inline int run_with_ratios(int argc, char** argv, const std::vector<ratio>& ratios) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    recording_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    fmt::print("\nRatios measured in this run (time per iteration):\n");
    for (const auto& r : ratios) {
        const auto& times = r.wall_clock ? reporter.real_times() : reporter.cpu_times();
        const auto n = times.find(r.numerator);
        const auto d = times.find(r.denominator);
        if (n == times.end() || d == times.end() || d->second <= 0.0) continue;
        fmt::print("  {:<60} {:8.3f}  ({})\n", r.label, r.scale * n->second / d->second,
                   r.wall_clock ? "wall" : "CPU");
    }
    return 0;
}

} // namespace spacedc::bench
