#pragma once
/// \file
/// Sunlight through a year for a sun-synchronous orbit or any circular orbit whose node
/// regresses at the J2 rate (`precessing_orbit`): the beta angle and eclipses day by day,
/// the eclipse season, the longest eclipse, the time-weighted sunlit fraction, and the
/// lowest altitude at which a sun-synchronous orbit is free of eclipses all year.
///
/// Method: the beta angle is evaluated at the start, middle and end of every day (the
/// node tracking the mean Sun, or Omega_0 + (dOmega/dt)_J2 (t - t_0); `beta_angle`),
/// the eclipse fraction from the shadow model
/// (`eclipse_fraction`), and the sunlit fraction integrated over time with Simpson's rule
/// per day. The smallest |beta| of the year (which sets the longest eclipse and whether
/// the orbit is eclipse-free) is refined by golden-section search between samples.
/// Validated against a brute-force propagation of the orbit (`propagate_sunlight`).

#include <spacedc/orbit/beta_angle.hpp>
#include <spacedc/orbit/eclipse.hpp>
#include <spacedc/orbit/precessing_orbit.hpp>

#include <chrono>
#include <numbers>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
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
    std::chrono::year_month_day first{};
    std::chrono::year_month_day last{};
    int days = 0;
};

/// The year's sunlight in a few numbers (no per-day table): what a sized design keeps.
struct sunlight_summary {
    units::angle beta_min; ///< smallest (signed) beta angle of the year
    units::angle beta_max; ///< largest (signed) beta angle of the year
    int eclipse_days = 0;  ///< days with any eclipse
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

/// sin and cos of the Almanac's three linear angles (sun.hpp) at one instant.
struct sun_phases {
    double n;            ///< days since J2000
    double sin_l, cos_l; ///< mean longitude L
    double sin_g, cos_g; ///< mean anomaly g
    double sin_e, cos_e; ///< obliquity

    static sun_phases at(double n) {
        const double l = mean_longitude_0 + mean_longitude_rate * n;
        const double g = mean_anomaly_0 + mean_anomaly_rate * n;
        const double e = constants::obliquity_j2000.value() + obliquity_rate * n;
        return {n, std::sin(l), std::cos(l), std::sin(g), std::cos(g), std::sin(e), std::cos(e)};
    }
};

/// The phases at n, n + h, n + 2h, ...: each angle is linear in n, so a step is a fixed
/// rotation (sin(a + d) = sin a cos d + cos a sin d); re-seeded exactly every 32 steps,
/// the rounding stays below 1e-14.
class sun_phase_steps {
  public:
    sun_phase_steps(double n0, double h)
        : n0_{n0}
        , h_{h}
        , now_{sun_phases::at(n0)} {
        auto rotation = [&](double rate) {
            return std::pair{std::sin(rate * h), std::cos(rate * h)};
        };
        std::tie(step_.sin_l, step_.cos_l) = rotation(mean_longitude_rate);
        std::tie(step_.sin_g, step_.cos_g) = rotation(mean_anomaly_rate);
        std::tie(step_.sin_e, step_.cos_e) = rotation(obliquity_rate);
    }
    const sun_phases& now() const { return now_; }
    void advance() {
        if (++k_ % 32 == 0) {
            now_ = sun_phases::at(n0_ + h_ * static_cast<double>(k_));
            return;
        }
        now_.n = n0_ + h_ * static_cast<double>(k_);
        auto turn = [](double& s, double& c, double ds, double dc) {
            const double s1 = s * dc + c * ds;
            c = c * dc - s * ds;
            s = s1;
        };
        turn(now_.sin_l, now_.cos_l, step_.sin_l, step_.cos_l);
        turn(now_.sin_g, now_.cos_g, step_.sin_g, step_.cos_g);
        turn(now_.sin_e, now_.cos_e, step_.sin_e, step_.cos_e);
    }

  private:
    double n0_, h_;
    long k_ = 0;
    sun_phases now_;
    sun_phases step_{};
};

/// Evaluates one instant: the beta angle and the eclipse fraction of the orbit then.
/// The equations of `beta_angle(orbit, t)` and `eclipse_fraction`, written on the sines
/// and cosines of the Almanac's angles so that a year of samples of a sun-synchronous
/// orbit (its node tracking the mean Sun, Omega = L + hour angle) costs no trigonometric
/// call but one arcsine each (any other orbit adds the sine and cosine of its node):
/// lambda = L + c with the small equation of centre |c| < 0.034 rad expanded in its
/// Taylor series (remainders below 1e-18), and what is fixed for the orbit
/// (inclination, hour angle or node law, the cylinder's shadow angle) computed once.
class sunlight_evaluator {
  public:
    sunlight_evaluator(const sun_synchronous_orbit& orbit, shadow_model model)
        : model_{model}
        , radius_{orbit_radius(orbit.altitude).value()} {
        require_valid_ltan(orbit.ltan);
        const double hour_angle =
            (orbit.ltan.value() / 3600.0 - 12.0) * 15.0 * spacedc::detail::degree;
        set_inclination(sun_synchronous_inclination(orbit.altitude).value());
        sin_h_ = std::sin(hour_angle);
        cos_h_ = std::cos(hour_angle);
    }

    sunlight_evaluator(const precessing_orbit& orbit, shadow_model model)
        : model_{model}
        , radius_{orbit_radius(orbit.altitude).value()}
        , tracks_mean_sun_{false} {
        require_valid(orbit);
        set_inclination(orbit.inclination.value());
        node_rate_ = nodal_precession_rate(as_circular(orbit)).value() * 86'400.0;
        node_0_ = orbit.raan.value() - node_rate_ * days_since_j2000(orbit.epoch);
    }

    sunlight_sample at(instant t) const { return at(sun_phases::at(days_since_j2000(t))); }

    sunlight_sample at(const sun_phases& p) const {
        const double c = equation_of_centre(p.sin_g, p.cos_g), c2 = c * c;
        const double sin_c = c * (1.0 - c2 / 6.0 * (1.0 - c2 / 20.0 * (1.0 - c2 / 42.0)));
        const double cos_c =
            1.0 - c2 / 2.0 * (1.0 - c2 / 12.0 * (1.0 - c2 / 30.0 * (1.0 - c2 / 56.0)));
        const double sin_lambda = p.sin_l * cos_c + p.cos_l * sin_c;
        const double cos_lambda = p.cos_l * cos_c - p.sin_l * sin_c;
        double sin_node = p.sin_l * cos_h_ + p.cos_l * sin_h_;
        double cos_node = p.cos_l * cos_h_ - p.sin_l * sin_h_;
        if (!tracks_mean_sun_) {
            const double node = node_0_ + node_rate_ * p.n;
            sin_node = std::sin(node);
            cos_node = std::cos(node);
        }
        // sin beta = s . h, s = (cos lambda, cos eps sin lambda, sin eps sin lambda),
        // h = (sin i sin Omega, -sin i cos Omega, cos i).
        const double sin_beta =
            std::clamp(cos_lambda * sin_i_ * sin_node - p.cos_e * sin_lambda * sin_i_ * cos_node +
                           p.sin_e * sin_lambda * cos_i_,
                       -1.0, 1.0);
        const double beta = std::asin(sin_beta);
        const units::length distance =
            sun_distance_au(p.sin_g, p.cos_g) * constants::astronomical_unit;
        const bool cylinder = model_ == shadow_model::cylindrical;
        const double limit =
            cylinder ? cylinder_limit_ : shadow_half_angle(radius_, model_, distance.value());
        // eclipse_fraction_from_limit with cos(beta) = sqrt(1 - sin^2 beta) (|beta| <= 90 deg)
        // and the cylinder's cos(limit) kept.
        double fraction = 0.0;
        if (std::abs(beta) < limit) {
            const double cos_limit = cylinder ? cos_cylinder_limit_ : std::cos(limit);
            fraction =
                std::acos(std::clamp(cos_limit / std::sqrt(1.0 - sin_beta * sin_beta), -1.0, 1.0)) /
                std::numbers::pi;
        }
        return {beta, fraction, std::abs(beta) - limit, distance};
    }

  private:
    void set_inclination(double i) {
        sin_i_ = std::sin(i);
        cos_i_ = std::cos(i);
        cylinder_limit_ = shadow_half_angle(radius_, shadow_model::cylindrical, 0.0);
        cos_cylinder_limit_ = std::cos(cylinder_limit_);
    }

    shadow_model model_;
    double radius_; ///< m
    bool tracks_mean_sun_ = true;
    double sin_i_ = 0.0, cos_i_ = 1.0, sin_h_ = 0.0, cos_h_ = 1.0;
    double node_0_ = 0.0, node_rate_ = 0.0; ///< rad at J2000, rad/day (any other orbit)
    double cylinder_limit_ = 0.0;           ///< rad
    double cos_cylinder_limit_ = 1.0;
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

namespace detail {
/// The year's sunlight from an orbit's evaluator and period.
inline annual_sunlight analyse_year(const sunlight_evaluator& eval, units::duration period,
                                    std::chrono::year year) {
    const std::vector<instant> instants = half_day_instants(year);
    std::vector<sunlight_sample> samples;
    samples.reserve(instants.size());
    sun_phase_steps phases{days_since_j2000(instants.front()), 0.5}; // 12 h apart
    for (std::size_t k = 0; k < instants.size(); ++k, phases.advance())
        samples.push_back(eval.at(phases.now()));

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
    const auto [t_min, deepest] = year_minimum_margin(eval, instants, samples);
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
} // namespace detail

/// Day-by-day sunlight of a sun-synchronous orbit through `year` (1950-2050).
inline annual_sunlight analyse_year(const sun_synchronous_orbit& orbit, std::chrono::year year,
                                    shadow_model model = shadow_model::cylindrical) {
    return detail::analyse_year(detail::sunlight_evaluator{orbit, model},
                                orbital_period(orbit.altitude), year);
}

/// Day-by-day sunlight of any circular orbit through `year` (1950-2050), its node
/// regressing at the J2 rate from its epoch (which may lie outside the year).
inline annual_sunlight analyse_year(const precessing_orbit& orbit, std::chrono::year year,
                                    shadow_model model = shadow_model::cylindrical) {
    return detail::analyse_year(detail::sunlight_evaluator{orbit, model},
                                orbital_period(orbit.altitude), year);
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
    std::vector<detail::sun_phases> phases; // the Sun's, the same at every altitude
    phases.reserve(instants.size());
    for (detail::sun_phase_steps p{days_since_j2000(instants.front()), 0.5};
         phases.size() < instants.size(); p.advance())
        phases.push_back(p.now());
    auto margin = [&](double altitude_m) {
        const detail::sunlight_evaluator eval{
            {.altitude = altitude_m * units::meters, .ltan = ltan}, model};
        std::vector<detail::sunlight_sample> samples;
        samples.reserve(instants.size());
        for (const auto& p : phases) samples.push_back(eval.at(p));
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
