#pragma once
/// \file
/// The year's solar flux as a sun-pointing array meets it, reduced once per orbit to the
/// few numbers that every array sizing in that orbit needs: the flux range, the days of
/// the least and the most flux, the lit time, and the lit-time moments of the Chebyshev
/// polynomials over that range,
///   M_k = sum_d t_d T_k(x_d),   x_d = (S_d - (S_lo + S_hi)/2) / ((S_hi - S_lo)/2),
/// with t_d the day's sunlit time and S_d its flux. For an array whose P/A(S) is the
/// Chebyshev series c_0/2 + sum c_k T_k (flux_response.hpp), the year's lit-time integral
/// is then exact for that series in a dot product,
///   sum_d t_d P/A(S_d) = c_0 M_0 / 2 + sum_{k>=1} c_k M_k,
/// so a design costs its array's few exact operating points and no loop over days.
/// The day-by-day sum is kept in size_power as the fallback and in the tests as the
/// oracle.

#include <spacedc/errors.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/power/flux_response.hpp>

#include <array>
#include <cstddef>

namespace spacedc::power {

struct flux_year {
    units::irradiance low;                                  ///< least flux of the year
    units::irradiance high;                                 ///< most flux of the year
    std::size_t lowest_day = 0;                             ///< first day with the least flux
    std::size_t highest_day = 0;                            ///< first day with the most flux
    std::size_t days = 0;                                   ///< days summarised
    units::duration lit;                                    ///< sunlit time of those days
    std::array<double, flux_response::nodes> lit_moments{}; ///< M_k, in seconds
};

/// Summarises `sunlight`'s days (each lit for sunlit_fraction x 86,400 s).
inline flux_year summarise_flux(const orbit::annual_sunlight& sunlight) {
    const auto& days = sunlight.days;
    if (days.empty())
        throw invalid_input{"sunlight", "(no days)", "a year analysed by analyse_year"};
    flux_year y{.low = days.front().solar_flux,
                .high = days.front().solar_flux,
                .days = days.size(),
                .lit = units::duration{0.0 * units::seconds}};
    for (std::size_t d = 1; d < days.size(); ++d) {
        if (days[d].solar_flux < y.low) y.low = days[d].solar_flux, y.lowest_day = d;
        if (days[d].solar_flux > y.high) y.high = days[d].solar_flux, y.highest_day = d;
    }
    const double mid = 0.5 * (y.low + y.high).value(), half = 0.5 * (y.high - y.low).value();
    double lit_s = 0.0;
    for (const auto& day : days) {
        const double t = day.sunlit_fraction.value() * 86'400.0;
        const double x = half > 0.0 ? (day.solar_flux.value() - mid) / half : 0.0;
        double t_prev = 1.0, t_k = x;
        y.lit_moments[0] += t;
        for (std::size_t k = 1; k < y.lit_moments.size(); ++k) {
            y.lit_moments[k] += t * t_k;
            const double t_next = 2.0 * x * t_k - t_prev;
            t_prev = t_k;
            t_k = t_next;
        }
        lit_s += t;
    }
    y.lit = units::duration{lit_s * units::seconds};
    return y;
}

/// sum_d t_d P/A(S_d) over the summarised year, in J/m^2, for a `response` interpolated
/// over exactly [year.low, year.high].
inline double lit_integral(const flux_response& response, const flux_year& year) {
    double sum = 0.5 * response.coefficients[0] * year.lit_moments[0];
    for (std::size_t k = 1; k < year.lit_moments.size(); ++k)
        sum += response.coefficients[k] * year.lit_moments[k];
    return sum;
}

} // namespace spacedc::power
