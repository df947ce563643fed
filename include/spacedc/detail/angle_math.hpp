#pragma once
/// \file
/// Small helpers for the numerical kernels that work on raw radians.

#include <cmath>
#include <numbers>

namespace spacedc::detail {

inline constexpr double degree = std::numbers::pi / 180.0;

/// `radians` reduced to [0, 2 pi).
inline double wrap_two_pi(double radians) {
    const double r = std::fmod(radians, 2.0 * std::numbers::pi);
    return r < 0.0 ? r + 2.0 * std::numbers::pi : r;
}

} // namespace spacedc::detail
