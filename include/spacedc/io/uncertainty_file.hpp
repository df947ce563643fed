#pragma once
/// \file
/// A Monte Carlo study: a node spec file whose `[uncertain]` table gives distributions
/// for spec keys, drawn sample by sample from a counter-based generator
/// (uncertainty/distribution.hpp), so sample i under a seed is the same whatever the
/// order, thread or process that draws it:
///
///     [uncertain]
///     "solar.efficiency" = { distribution = "normal", mean = 0.30, sigma = 0.01,
///                            lower = 0.25, upper = 0.35 }
///     "solar.specific_power" = { distribution = "triangular", lower = "80 W/kg",
///                                mode = "110 W/kg", upper = "160 W/kg" }
///     "thermal.areal_density" = { distribution = "lognormal", median = "5 kg/m^2",
///                                 sigma = 0.3 }
///     "power.specific_power" = { distribution = "uniform", lower = "500 W/kg",
///                                upper = "2000 W/kg" }
///
/// Quantities share one unit within a distribution (a lognormal's sigma is of ln x, a
/// plain number). Each drawn value is read by the spec reader as if given with `--set`
/// (integer keys take the value rounded when every parameter is an integer). Negative or
/// zero sigma, lower >= upper, a mode outside [lower, upper], an unknown distribution or
/// key are `invalid_input` errors naming `uncertain.<key>`.

#include <spacedc/checks/requirement.hpp>
#include <spacedc/io/input_limits.hpp>
#include <spacedc/node/node_spec.hpp>
#include <spacedc/uncertainty/distribution.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace spacedc::io {

/// One uncertain spec key and its distribution (in `unit`; empty for plain numbers).
struct uncertain_parameter {
    std::string key;
    uncertainty::distribution distribution;
    std::string unit;
    bool integer = false; ///< drawn values rounded (an integer key)
};

class node_uncertainty {
  public:
    /// The most samples a study may draw.
    static constexpr std::uint64_t max_samples = 10'000'000;
    /// The most uncertain parameters (a study keeps 8 bytes per parameter and output per
    /// sample for its quantiles and rank correlations: at most ~3 GB at 10^7 samples).
    static constexpr std::size_t max_parameters = 32;

    /// Reads `path` (with `overrides`), its `[uncertain]` table and its requirements.
    node_uncertainty(const std::string& path, const std::vector<std::string>& overrides = {},
                     const input_limits& limits = {});
    ~node_uncertainty();
    node_uncertainty(const node_uncertainty&) = delete;
    node_uncertainty& operator=(const node_uncertainty&) = delete;

    const std::vector<uncertain_parameter>& parameters() const;
    const checks::requirements& requirements() const;

    /// Each parameter's value in sample `sample` under `seed` (in its unit).
    std::vector<double> draw(std::uint64_t seed, std::uint64_t sample) const;
    /// The spec with the parameters at `values` (as `draw` returns them).
    node::node_spec spec(const std::vector<double>& values);

  private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

} // namespace spacedc::io
