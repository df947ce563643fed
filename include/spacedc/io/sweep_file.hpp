#pragma once
/// \file
/// A design space: a node spec file whose `[sweep]` table gives axes over spec keys, each
/// a list of values or a range, crossed into designs generated one at a time (never
/// held all at once):
///
///     [sweep]
///     "compute.count" = [100, 143, 200]                              # a list
///     "orbit.altitude" = { from = "600 km", to = "1400 km", step = "100 km" }
///     "thermal.areal_density" = { from = "2 kg/m^2", to = "8 kg/m^2", count = 4, log = true }
///
/// A key is any spec key `--set` takes (dotted, quoted; or as nested tables
/// `[sweep.compute] count = [...]`). A range's `from` and `to` are numbers, or quantities
/// in one unit ("600 km"); `step` (same unit, > 0) walks from `from` while at most `to`
/// (within 1e-9 of the step), `count` (1 to 10^6) spaces that many values evenly, or
/// geometrically with `log = true` (from, to > 0). Each value is read by the spec reader
/// as if given with `--set`, so every check, unit and error is the reader's own.
/// Designs cross the axes in the order of their keys, the last one fastest; at most 10^9
/// designs.
/// An empty list, a malformed range, an unknown key (reported when the first design is
/// read) or too many designs are `invalid_input` errors naming `sweep.<key>`.

#include <spacedc/io/input_limits.hpp>
#include <spacedc/node/node_spec.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace spacedc::io {

/// One axis: a spec key and its values as they are shown ("600 km", "143").
struct sweep_axis {
    std::string key;
    std::vector<std::string> values;
};

class node_sweep {
  public:
    /// The most designs a sweep may cross.
    static constexpr std::uint64_t max_designs = 1'000'000'000;
    /// The most values one axis may take.
    static constexpr std::size_t max_axis_values = 1'000'000;

    /// Reads `path` (with `overrides` applied to the base spec) and its `[sweep]`.
    node_sweep(const std::string& path, const std::vector<std::string>& overrides = {},
               const input_limits& limits = {});
    ~node_sweep();
    node_sweep(const node_sweep&) = delete;
    node_sweep& operator=(const node_sweep&) = delete;

    const std::vector<sweep_axis>& axes() const;
    /// The product of the axes' sizes (1 without a `[sweep]`).
    std::uint64_t designs() const;
    /// Each axis's value index for design `index`, the last axis fastest.
    std::vector<std::size_t> position(std::uint64_t index) const;
    /// The spec of design `index` in [0, designs()).
    node::node_spec spec(std::uint64_t index);

  private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

} // namespace spacedc::io
