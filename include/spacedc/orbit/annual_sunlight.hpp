#pragma once
/// \file
/// Sunlight through a year for a sun-synchronous orbit: the beta angle and eclipses day
/// by day, the eclipse season, the longest eclipse, the time-weighted sunlit fraction,
/// and the lowest altitude at which an orbit is free of eclipses all year.
///
/// Method: the beta angle is evaluated at the start, middle and end of every day (the
/// node tracking the mean Sun, `beta_angle`), the eclipse fraction from the shadow model
/// (`eclipse_fraction`), and the sunlit fraction integrated over time with Simpson's rule
/// per day. The smallest |beta| of the year (which sets the longest eclipse and whether
/// the orbit is eclipse-free) is refined by golden-section search between samples.
/// Validated against a brute-force propagation of the orbit (`propagate_sunlight`).

#include <spacedc/orbit/beta_angle.hpp>
#include <spacedc/orbit/eclipse.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace spacedc::orbit {

/// One day of the year, evaluated at 12:00 UTC.
struct daily_sunlight {
    std::chrono::year_month_day date;
    units::angle beta;                     ///< beta angle at 12:00 UTC
    units::dimensionless eclipse_fraction; ///< fraction of each orbit in shadow at 12:00 UTC
    units::duration eclipse;               ///< the longest eclipse of the day
    units::dimensionless sunlit_fraction;  ///< fraction of the day in sunlight (Simpson's rule)
    units::irradiance solar_flux;          ///< solar irradiance at 12:00 UTC
};

/// The longest run of consecutive days with eclipses (it may wrap past 31 December).
struct eclipse_season {
    std::chrono::year_month_day first;
    std::chrono::year_month_day last;
    int days;
};

/// The year's sunlight in a few numbers (no per-day table): what a sized design keeps.
struct sunlight_summary {
    units::angle beta_min; ///< smallest (signed) beta angle of the year
    units::angle beta_max; ///< largest (signed) beta angle of the year
    int eclipse_days;      ///< days with any eclipse
    std::optional<eclipse_season> season;
    units::duration max_eclipse;               ///< longest single eclipse of the year
    units::dimensionless max_eclipse_fraction; ///< its fraction of the orbit
    units::dimensionless sunlit_fraction;      ///< time in sunlight / time in the year
    bool eclipse_free() const { return eclipse_days == 0; }
};

/// The year's sunlight: the summary and every day's beta, eclipse and flux.
struct annual_sunlight : sunlight_summary {
    std::vector<daily_sunlight> days;
};

namespace detail {

struct sunlight_sample {
    double beta;     ///< rad
    double fraction; ///< eclipse fraction of the orbit
    double margin;   ///< |beta| - shadow limit (rad); eclipse where negative
    units::length sun_distance;
};

/// Evaluates one instant: the beta angle and the eclipse fraction of the orbit then.
class sunlight_evaluator {
  public:
    sunlight_evaluator(const sun_synchronous_orbit& orbit, shadow_model model)
        : ltan_{orbit.ltan}
        , model_{model}
        , radius_{orbit_radius(orbit.altitude).value()}
        , inclination_{sun_synchronous_inclination(orbit.altitude)} {
        require_valid_ltan(orbit.ltan);
    }

    sunlight_sample at(instant t) const {
        const sun_position sun = solar_position(t);
        const double beta = beta_angle(inclination_, ascending_node(ltan_, t), sun).value();
        const double limit = shadow_half_angle(radius_, model_, sun.distance.value());
        return {beta, eclipse_fraction_from_limit(limit, beta), std::abs(beta) - limit,
                sun.distance};
    }

  private:
    units::duration ltan_;
    shadow_model model_;
    double radius_; ///< m
    units::angle inclination_;
};

/// The smallest shadow margin (|beta| - limit) within [t - span, t + span], by
/// golden-section search (the margin is unimodal about its minimum there).
inline std::pair<instant, sunlight_sample> refine_minimum(const sunlight_evaluator& eval, instant t,
                                                          std::chrono::seconds span) {
    const double invphi = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = -static_cast<double>(span.count());
    double b = static_cast<double>(span.count());
    auto margin = [&](double s) {
        return eval.at(t + std::chrono::seconds{static_cast<long long>(std::llround(s))}).margin;
    };
    double c = b - invphi * (b - a);
    double d = a + invphi * (b - a);
    double fc = margin(c);
    double fd = margin(d);
    while (b - a > 1.0) { // to one second
        if (fc < fd) {
            b = d, d = c, fd = fc;
            c = b - invphi * (b - a);
            fc = margin(c);
        } else {
            a = c, c = d, fc = fd;
            d = a + invphi * (b - a);
            fd = margin(d);
        }
    }
    const instant best = t + std::chrono::seconds{std::llround(0.5 * (a + b))};
    return {best, eval.at(best)};
}

/// Samples at the start, middle and end of every day of `year` (2 * days + 1 instants).
inline std::vector<instant> half_day_instants(std::chrono::year year) {
    require_supported_year(year);
    const std::chrono::sys_days first{year / std::chrono::January / 1};
    const std::chrono::sys_days next{(year + std::chrono::years{1}) / std::chrono::January / 1};
    std::vector<instant> t;
    for (instant s = first; s <= next; s += std::chrono::hours{12}) t.push_back(s);
    return t;
}

/// The smallest shadow margin of the year and where it occurs.
inline std::pair<instant, sunlight_sample>
year_minimum_margin(const sunlight_evaluator& eval, const std::vector<instant>& instants,
                    const std::vector<sunlight_sample>& samples) {
    std::size_t k = 0;
    for (std::size_t j = 1; j < samples.size(); ++j) {
        if (samples[j].margin < samples[k].margin) k = j;
    }
    auto best = refine_minimum(eval, instants[k], std::chrono::hours{12});
    if (samples[k].margin < best.second.margin) best = {instants[k], samples[k]};
    return best;
}

} // namespace detail

/// Day-by-day sunlight of a sun-synchronous orbit through `year` (1950-2050).
inline annual_sunlight analyse_year(const sun_synchronous_orbit& orbit, std::chrono::year year,
                                    shadow_model model = shadow_model::cylindrical) {
    const detail::sunlight_evaluator eval{orbit, model};
    const std::vector<instant> instants = detail::half_day_instants(year);
    std::vector<detail::sunlight_sample> samples;
    samples.reserve(instants.size());
    for (instant t : instants) samples.push_back(eval.at(t));

    const units::duration period = orbital_period(orbit.altitude);
    annual_sunlight result{};
    const std::size_t day_count = (instants.size() - 1) / 2;
    result.days.reserve(day_count);
    double beta_min = samples.front().beta;
    double beta_max = samples.front().beta;
    double eclipse_integral = 0.0; // in days
    double max_fraction = 0.0;
    std::vector<bool> eclipsed(day_count, false);
    for (std::size_t d = 0; d < day_count; ++d) {
        const auto& s0 = samples[2 * d];
        const auto& s1 = samples[2 * d + 1];
        const auto& s2 = samples[2 * d + 2];
        const double day_eclipse = (s0.fraction + 4.0 * s1.fraction + s2.fraction) / 6.0;
        eclipse_integral += day_eclipse;
        const double day_max = std::max({s0.fraction, s1.fraction, s2.fraction});
        eclipsed[d] = s0.margin < 0.0 || s1.margin < 0.0 || s2.margin < 0.0;
        max_fraction = std::max(max_fraction, day_max);
        beta_min = std::min({beta_min, s1.beta, s2.beta});
        beta_max = std::max({beta_max, s1.beta, s2.beta});
        result.days.push_back({
            .date = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(
                instants[2 * d + 1])},
            .beta = units::angle{s1.beta * units::radians},
            .eclipse_fraction = s1.fraction,
            .eclipse = day_max * period,
            .sunlit_fraction = 1.0 - day_eclipse,
            .solar_flux = solar_flux(s1.sun_distance),
        });
    }

    // The deepest point of the year, between samples.
    const auto [t_min, deepest] = detail::year_minimum_margin(eval, instants, samples);
    if (deepest.margin < 0.0) {
        const auto day_of_year =
            (std::chrono::floor<std::chrono::days>(t_min) - std::chrono::sys_days{year / 1 / 1})
                .count();
        const std::size_t d = std::min(day_count - 1, static_cast<std::size_t>(day_of_year));
        eclipsed[d] = true;
        max_fraction = std::max(max_fraction, deepest.fraction);
        result.days[d].eclipse = std::max(result.days[d].eclipse, deepest.fraction * period);
    }

    result.beta_min = units::angle{beta_min * units::radians};
    result.beta_max = units::angle{beta_max * units::radians};
    result.eclipse_days = static_cast<int>(std::count(eclipsed.begin(), eclipsed.end(), true));
    result.max_eclipse_fraction = max_fraction;
    result.max_eclipse = max_fraction * period;
    result.sunlit_fraction = 1.0 - eclipse_integral / static_cast<double>(day_count);

    // The eclipse season: the longest run of eclipse days, wrapping around the year.
    if (result.eclipse_days == static_cast<int>(day_count)) {
        result.season =
            eclipse_season{result.days.front().date, result.days.back().date, result.eclipse_days};
    } else if (result.eclipse_days > 0) {
        std::size_t best_start = 0, best_length = 0;
        for (std::size_t start = 0; start < day_count; ++start) {
            if (!eclipsed[start] || eclipsed[(start + day_count - 1) % day_count]) continue;
            std::size_t length = 0;
            while (eclipsed[(start + length) % day_count]) ++length;
            if (length > best_length) best_start = start, best_length = length;
        }
        result.season = eclipse_season{result.days[best_start].date,
                                       result.days[(best_start + best_length - 1) % day_count].date,
                                       static_cast<int>(best_length)};
    }
    return result;
}

/// The lowest altitude at which a sun-synchronous orbit with `ltan` sees no eclipse in
/// `year`, or the reason there is none.
struct eclipse_free_altitude {
    std::optional<units::length> altitude;
    std::string reason; ///< empty when `altitude` is set
};

/// Finds the lowest altitude (from 100 km, to 1 m) where the year's smallest shadow
/// margin, min over t of (|beta(t)| - beta*(h)), turns positive: a scan in 50 km steps
/// brackets the first sign change, bisection refines it.
inline eclipse_free_altitude
lowest_eclipse_free_altitude(units::duration ltan, std::chrono::year year,
                             shadow_model model = shadow_model::cylindrical) {
    require_valid_ltan(ltan);
    const std::vector<instant> instants = detail::half_day_instants(year);
    auto margin = [&](double altitude_m) {
        const detail::sunlight_evaluator eval{
            {.altitude = altitude_m * units::meters, .ltan = ltan}, model};
        std::vector<detail::sunlight_sample> samples;
        samples.reserve(instants.size());
        for (instant t : instants) samples.push_back(eval.at(t));
        return detail::year_minimum_margin(eval, instants, samples).second.margin;
    };
    // The margin rises with altitude while the shadow shrinks, then falls again as the
    // sun-synchronous plane tilts towards the equator: scan upwards for the first
    // eclipse-free altitude, then bisect the bracket.
    constexpr double scan_step = 50e3;
    const double top = max_sun_synchronous_altitude().value() - 1.0;
    double lo = 100e3;
    if (margin(lo) > 0.0) return {lo * units::meters, {}};
    double hi = lo;
    while (true) {
        hi = std::min(lo + scan_step, top);
        if (margin(hi) > 0.0) break;
        if (hi >= top) {
            return {
                std::nullopt,
                fmt::format("no sun-synchronous orbit with this LTAN is free of eclipses in {}: "
                            "at every altitude up to the sun-synchronous limit ({:.0f} km) the "
                            "Sun comes within the shadow's angle of the orbit plane",
                            static_cast<int>(year), top / 1e3)};
        }
        lo = hi;
    }
    while (hi - lo > 1.0) {
        const double mid = 0.5 * (lo + hi);
        (margin(mid) > 0.0 ? hi : lo) = mid;
    }
    return {hi * units::meters, {}};
}

} // namespace spacedc::orbit
