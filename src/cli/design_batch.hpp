#pragma once
/// \file
/// What `sweep`, `montecarlo` and the Python batch share: the stages of a batch of
/// designs (orbit environments and array responses), each prepared once, and the split of a batch's
/// index range into contiguous blocks run on threads, joined in block order so the result does not
/// depend on the thread count.

#include "option_names.hpp"

#include <spacedc/errors.hpp>
#include <spacedc/node/orbit_environment.hpp>
#include <spacedc/node/size_node.hpp>
#include <spacedc/power/array_response.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <exception>
#include <map>
#include <thread>
#include <tuple>
#include <vector>

namespace spacedc::cli {

/// The stages a batch of designs shares, each prepared on first use and held here (no
/// cache outside the batch): the orbit environments (`node::prepare_orbit`) and the
/// array responses (`node::prepare_array`), at most 64 orbits and 8 arrays kept (a batch
/// whose orbit or array itself varies keeps the latest ones; one whose array changes with
/// every design, as a Monte Carlo over cell efficiency, searches only a few).
class design_stages {
  public:
    /// `spec` sized on the stages of its orbit and array.
    node::node_design size(const node::node_spec& spec) {
        return naming_options(spec_option_names, [&] {
            const auto& env = orbit(spec);
            return node::size_node(spec, env, array(spec, env));
        });
    }

  private:
    const node::orbit_environment& orbit(const node::node_spec& s) {
        const orbit_key k{s.orbit.altitude.value(),
                          s.orbit.ltan.value(),
                          s.orbit.inclination ? s.orbit.inclination->value() : -1.0,
                          s.orbit.raan.value(),
                          s.orbit.year,
                          static_cast<int>(s.orbit.shadow),
                          static_cast<int>(s.thermal.orientation)};
        auto it = orbits_.find(k);
        if (it == orbits_.end()) {
            if (orbits_.size() >= max_orbits) orbits_.clear();
            it = orbits_.emplace(k, node::prepare_orbit(s.orbit, s.thermal.orientation)).first;
        }
        return it->second;
    }

    /// The last response used first (a batch's array rarely changes between designs).
    const power::array_response& array(const node::node_spec& s,
                                       const node::orbit_environment& env) {
        auto fits = [&](const power::array_response& r) {
            return power::prepared_for(r, s.array, s.mission_life, env.flux);
        };
        if (last_ < arrays_.size() && fits(arrays_[last_])) return arrays_[last_];
        for (last_ = 0; last_ < arrays_.size(); ++last_)
            if (fits(arrays_[last_])) return arrays_[last_];
        if (arrays_.size() >= max_arrays) arrays_.clear();
        arrays_.push_back(node::prepare_array(s, env));
        last_ = arrays_.size() - 1;
        return arrays_[last_];
    }

    using orbit_key = std::tuple<double, double, double, double, int, int, int>;
    static constexpr std::size_t max_orbits = 64, max_arrays = 8;
    std::map<orbit_key, node::orbit_environment> orbits_;
    std::vector<power::array_response> arrays_;
    std::size_t last_ = 0;
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
