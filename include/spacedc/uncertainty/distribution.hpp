#pragma once
/// \file
/// Distributions of uncertain technology and orbit parameters, sampled by inversion from
/// a counter-based generator: the value of parameter k in sample i under a seed is a pure
/// function of (seed, i, k), so a Monte Carlo study gives the same samples on any number
/// of threads or processes, each taking any block of sample indices.
///
/// - Generator: SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
///   generators", OOPSLA 2014) applied to the mixed counter; the top 53 bits give
///   u in (0, 1).
/// - Normal quantile: Acklam's rational approximation (relative error 1.15e-9) refined by
///   one Halley step on Phi(x) = erfc(-x / sqrt 2) / 2, to about 1e-15, on the lower half
///   (the upper by symmetry).
/// - Bounds (truncation): u is mapped into [F(lower), F(upper)] before inversion.
/// - Triangular: the closed-form inverse of its piecewise-quadratic CDF.
/// - Lognormal: exp of a normal in ln x (median m, sigma of ln x).

#include <spacedc/errors.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <string>

namespace spacedc::uncertainty {

enum class distribution_kind { normal, uniform, triangular, lognormal };

/// One distribution; unused parameters stay 0. Bounds truncate (`normal`, `lognormal`).
struct distribution {
    distribution_kind kind = distribution_kind::uniform;
    double mean = 0.0;   ///< normal
    double sigma = 0.0;  ///< normal (of x) and lognormal (of ln x), > 0
    double median = 0.0; ///< lognormal, > 0
    double mode = 0.0;   ///< triangular
    double lower = -std::numeric_limits<double>::infinity(); ///< uniform, triangular; a bound
    double upper = std::numeric_limits<double>::infinity();
};

/// A uniform number in (0, 1) for (seed, sample, parameter).
inline double unit_uniform(std::uint64_t seed, std::uint64_t sample, std::uint64_t parameter) {
    auto mix = [](std::uint64_t z) {
        z += 0x9E3779B97F4A7C15ULL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    const std::uint64_t bits = mix(mix(mix(seed) ^ sample) ^ (parameter * 0xD1B54A32D192ED03ULL));
    return (static_cast<double>(bits >> 11) + 0.5) * 0x1.0p-53;
}

/// The standard normal CDF, Phi(x) = erfc(-x / sqrt 2) / 2.
inline double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::numbers::sqrt2); }

/// The standard normal quantile Phi^-1(p) for p in (0, 1).
inline double normal_quantile(double p) {
    if (!(p > 0.0 && p < 1.0)) throw invalid_input{"probability", fmt::format("{}", p), "(0, 1)"};
    // The upper half by symmetry: 1 - p is exact there (Sterbenz), Phi(x) near 1 is not.
    if (p > 0.5) return -normal_quantile(1.0 - p);
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - low) {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // One Halley step on Phi(x) - p.
    const double e = normal_cdf(x) - p;
    const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(0.5 * x * x);
    return x - u / (1.0 + 0.5 * x * u);
}

/// Throws `invalid_input` naming `name` for parameters outside their ranges.
inline void validate(const distribution& d, const std::string& name) {
    auto bad = [&](const char* what, double v, const char* range) {
        throw invalid_input{fmt::format("{}.{}", name, what), fmt::format("{}", v), range};
    };
    if (std::isnan(d.lower) || std::isnan(d.upper) || !(d.lower < d.upper))
        throw invalid_input{name, fmt::format("lower {} upper {}", d.lower, d.upper),
                            "lower < upper"};
    switch (d.kind) {
    case distribution_kind::normal:
        if (!std::isfinite(d.mean)) bad("mean", d.mean, "finite");
        if (!(d.sigma > 0.0) || !std::isfinite(d.sigma)) bad("sigma", d.sigma, "> 0");
        break;
    case distribution_kind::lognormal:
        if (!(d.median > 0.0) || !std::isfinite(d.median)) bad("median", d.median, "> 0");
        if (!(d.sigma > 0.0) || !std::isfinite(d.sigma)) bad("sigma", d.sigma, "> 0");
        if (!(d.upper > 0.0)) bad("upper", d.upper, "> 0");
        break;
    case distribution_kind::uniform:
        if (!std::isfinite(d.lower) || !std::isfinite(d.upper))
            throw invalid_input{name, "unbounded", "finite lower and upper"};
        break;
    case distribution_kind::triangular:
        if (!std::isfinite(d.lower) || !std::isfinite(d.upper))
            throw invalid_input{name, "unbounded", "finite lower and upper"};
        if (!(d.mode >= d.lower && d.mode <= d.upper)) bad("mode", d.mode, "in [lower, upper]");
        break;
    }
}

/// The value of `d` at probability u in (0, 1) (inversion; bounds truncate).
inline double quantile(const distribution& d, double u) {
    switch (d.kind) {
    case distribution_kind::uniform:
        return d.lower + u * (d.upper - d.lower);
    case distribution_kind::triangular: {
        const double span = d.upper - d.lower, left = (d.mode - d.lower) / span;
        return u < left ? d.lower + std::sqrt(u * span * (d.mode - d.lower))
                        : d.upper - std::sqrt((1.0 - u) * span * (d.upper - d.mode));
    }
    case distribution_kind::normal:
    case distribution_kind::lognormal: {
        const bool log = d.kind == distribution_kind::lognormal;
        const double centre = log ? std::log(d.median) : d.mean;
        auto z_of = [&](double bound) {
            if (log)
                return bound <= 0.0 ? -std::numeric_limits<double>::infinity()
                                    : (std::log(bound) - centre) / d.sigma;
            return (bound - centre) / d.sigma;
        };
        const double lo = normal_cdf(z_of(d.lower)), hi = normal_cdf(z_of(d.upper));
        const double p = std::clamp(lo + u * (hi - lo), 1e-300, 1.0 - 1e-16);
        const double x = centre + d.sigma * normal_quantile(p);
        const double value = log ? std::exp(x) : x;
        return std::clamp(value, d.lower, d.upper);
    }
    }
    return d.lower;
}

} // namespace spacedc::uncertainty
