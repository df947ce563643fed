#pragma once
/// \file
/// Launch economics of orbital power, from a given mass, power and life (no sizing):
/// - the launched power price (Google, Project Suncatcher, arXiv:2511.19468, Table 1):
///     c = p_launch m / (P T)   in $ per kW of satellite power per year of life;
/// - the lifetime penalty (Turyshev, arXiv:2604.27197): units failing at a constant rate
///   lambda (exponential survival) deliver on average (1 - e^(-lambda T)) / (lambda T) of
///   their launched capacity over a life T, so the capacity to launch is
///     Pi = lambda T / (1 - e^(-lambda T))   times the mean capacity needed (Pi -> 1 as
///   lambda T -> 0; Pi = 1 + lambda T / 2 + O((lambda T)^2));
/// - the launch-price learning curve (Wright's law, T. P. Wright, J. Aeronautical Sciences
///   3(4), 1936): each doubling of cumulative launched mass cuts the price per kg by the
///   learning rate LR, p(N) = p_0 (N / N_0)^(log2(1 - LR)); with cumulative mass growing
///   by a factor (1 + g) a year, p(t) = p_0 (1 + g)^((t - t_0) log2(1 - LR)).
/// Prices are plain US dollars (no currency unit); every physical quantity is typed.

#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <cmath>
#include <optional>

namespace spacedc::economics {

/// One Julian year, 365.25 days: the "year" of $/kW/yr.
inline const units::duration julian_year{365.25 * 86'400.0 * units::seconds};

/// Launch cost of `mass` at `price_per_kg_usd`, per kW of `power` per year of `life`.
inline double launch_price_per_kw_year_usd(double price_per_kg_usd, units::mass mass,
                                           units::power power, units::duration life) {
    spacedc::detail::require_finite_non_negative("launch price per kg", price_per_kg_usd);
    spacedc::detail::require_positive("launched mass", mass);
    spacedc::detail::require_positive("power", power);
    spacedc::detail::require_positive("life", life);
    return price_per_kg_usd * mass.value() / (power.value() / 1e3 * (life / julian_year).value());
}

/// Turyshev's lifetime penalty Pi = lambda T / (1 - e^(-lambda T)) (file comment); 1 with
/// no failures. Throws `invalid_input` for a negative rate or non-positive life.
inline units::dimensionless lifetime_penalty(units::rate failure_rate, units::duration life) {
    spacedc::detail::require_non_negative("failure rate", failure_rate);
    spacedc::detail::require_positive("life", life);
    const double x = (failure_rate * life).value();
    if (x < 1e-8) return 1.0 + x / 2.0; // the series; the quotient loses digits here
    return x / -std::expm1(-x);
}

/// A launch price learning curve: price `initial_usd_per_kg` in `start_year`, falling by
/// `learning_rate` per doubling of cumulative mass, which grows `cumulative_growth` a year.
struct launch_learning_curve {
    double initial_usd_per_kg;
    double start_year;
    units::dimensionless learning_rate;     ///< LR in [0, 1)
    units::dimensionless cumulative_growth; ///< g > 0: cumulative mass x (1 + g) a year
};

namespace detail {
inline void validate(const launch_learning_curve& c) {
    spacedc::detail::require_finite_non_negative("initial launch price", c.initial_usd_per_kg);
    spacedc::detail::require_in_closed_range("start year", c.start_year, 1950.0, 2200.0);
    spacedc::detail::require_in_closed_range("learning rate", c.learning_rate, 0.0, 0.99);
    spacedc::detail::require_in_closed_range("cumulative growth per year", c.cumulative_growth,
                                             1e-6, 100.0);
}
/// log2(1 - LR) log2(1 + g): the exponent of two per year.
inline double doublings_exponent(const launch_learning_curve& c) {
    return std::log2(1.0 - c.learning_rate.value()) * std::log2(1.0 + c.cumulative_growth.value());
}
} // namespace detail

/// The curve's price per kg in `year` (Wright's law, file comment).
inline double launch_price_in_year(const launch_learning_curve& curve, double year) {
    detail::validate(curve);
    spacedc::detail::require_in_closed_range("year", year, curve.start_year, 2200.0);
    return curve.initial_usd_per_kg *
           std::exp2((year - curve.start_year) * detail::doublings_exponent(curve));
}

/// The (fractional) year the curve's price first falls to `target_usd_per_kg`: the start
/// year if it is already there; none if it never does (no learning) or only after 2200.
inline std::optional<double> year_price_reaches(const launch_learning_curve& curve,
                                                double target_usd_per_kg) {
    detail::validate(curve);
    spacedc::detail::require_finite_non_negative("target launch price", target_usd_per_kg);
    if (curve.initial_usd_per_kg <= target_usd_per_kg) return curve.start_year;
    const double per_year = detail::doublings_exponent(curve); // < 0 with learning
    if (!(per_year < 0.0) || !(target_usd_per_kg > 0.0)) return std::nullopt;
    const double year =
        curve.start_year + std::log2(target_usd_per_kg / curve.initial_usd_per_kg) / per_year;
    if (!(year <= 2200.0)) return std::nullopt;
    return year;
}

/// The launch price per kg at which launching `mass` for `power` over `life`, with the
/// lifetime penalty `penalty`, costs `ground_usd_per_kw_year` (what the same kW costs a
/// year on the ground): p* = G P T / (m Pi), the inverse of `launch_price_per_kw_year_usd`.
inline double breakeven_launch_price_per_kg_usd(double ground_usd_per_kw_year, units::mass mass,
                                                units::power power, units::duration life,
                                                units::dimensionless penalty = 1.0) {
    spacedc::detail::require_finite_non_negative("ground price per kW-year",
                                                 ground_usd_per_kw_year);
    spacedc::detail::require_in_closed_range("lifetime penalty", penalty, 1.0, 1e6);
    return ground_usd_per_kw_year / launch_price_per_kw_year_usd(1.0, mass, power, life) /
           penalty.value();
}

} // namespace spacedc::economics
