#pragma once
/// \file
/// What `sweep` and `montecarlo` share: the orbit environments of a batch of designs,
/// each prepared once, and the split of a batch's index range into contiguous blocks run
/// on threads, joined in block order so the result does not depend on the thread count.

#include "option_names.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/node/orbit_environment.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <exception>
#include <map>
#include <thread>
#include <tuple>
#include <vector>

namespace spacedc::cli {

/// The orbit environments met by a batch, each prepared on first use; at most
/// `capacity` kept (a batch whose orbit itself varies keeps the latest ones).
class orbit_environments {
  public:
    explicit orbit_environments(std::size_t capacity = 64)
        : capacity_{capacity} {}

    const node::orbit_environment& of(const node::node_spec& s) {
        const key k{s.orbit.altitude.value(),
                    s.orbit.ltan.value(),
                    s.orbit.inclination ? s.orbit.inclination->value() : -1.0,
                    s.orbit.raan.value(),
                    s.orbit.year,
                    static_cast<int>(s.orbit.shadow),
                    static_cast<int>(s.thermal.orientation)};
        auto it = prepared_.find(k);
        if (it == prepared_.end()) {
            if (prepared_.size() >= capacity_) prepared_.clear();
            it = prepared_
                     .emplace(k, naming_options(spec_option_names,
                                                [&] {
                                                    return node::prepare_orbit(
                                                        s.orbit, s.thermal.orientation);
                                                }))
                     .first;
        }
        return it->second;
    }

  private:
    using key = std::tuple<double, double, double, double, int, int, int>;
    std::size_t capacity_;
    std::map<key, node::orbit_environment> prepared_;
};

/// Runs `block(t, begin, end)` for the `threads` contiguous blocks of [0, count): on
/// this thread when there is one, else one thread each; the first error is rethrown.
template <class Block>
void run_in_blocks(std::uint64_t count, std::uint64_t threads, Block&& block) {
    if (threads <= 1) {
        block(std::uint64_t{0}, std::uint64_t{0}, count);
        return;
    }
    std::vector<std::exception_ptr> errors(threads);
    std::vector<std::thread> pool;
    for (std::uint64_t t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            try {
                block(t, count * t / threads, count * (t + 1) / threads);
            } catch (...) {
                errors[t] = std::current_exception();
            }
        });
    }
    for (auto& th : pool) th.join();
    for (const auto& e : errors)
        if (e) std::rethrow_exception(e);
}

/// `--threads` checked: 1 to 256.
inline std::uint64_t checked_threads(int threads) {
    if (threads < 1 || threads > 256)
        throw invalid_input{"--threads", fmt::format("{}", threads), "[1, 256]"};
    return static_cast<std::uint64_t>(threads);
}

} // namespace spacedc::cli
