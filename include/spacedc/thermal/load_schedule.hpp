#pragma once
/// \file
/// Loads that vary with time, for `thermal_network::add_load`: a tabulated schedule
/// (periodic or held at its ends), compute power that follows the array (on in
/// sunlight, off or throttled in eclipse), and the orbital environment absorbed by a
/// radiator face as it goes around the orbit.
///
/// Position in the orbit: a circular orbit of period T = 2 pi sqrt(a^3/mu) (Vallado eq.
/// 2-22) at beta angle beta, the satellite at u(t) = u_0 + 2 pi t / T from the point
/// nearest the Sun (the frame of `view_at`, view_factor.hpp). In the cylindrical shadow
/// when cos u cos beta < 0 and (1 - cos^2 u cos^2 beta) a^2 < R_E^2 (the test `view_at`
/// makes), so the compute load and the environment switch together. Beta is held for
/// the orbit: it changes by less than 1 deg a day in a sun-synchronous orbit, while one
/// orbit takes about 100 minutes.
///
/// Each load is a small value type, callable as `units::power(units::duration)`,
/// validated when made, so the transient solver never meets an invalid number.

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/errors.hpp>
#include <spacedc/orbit/circular_orbit.hpp>
#include <spacedc/thermal/environment.hpp>
#include <spacedc/thermal/view_factor.hpp>
#include <spacedc/units.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <vector>

namespace spacedc::thermal {

/// One circular orbit as a function of time: altitude, beta angle held for the orbit,
/// and where the satellite is at t = 0.
struct orbit_pass {
    units::length altitude;
    units::angle beta;
    /// Orbit angle u at t = 0, from the point nearest the Sun (0: the subsolar side;
    /// pi: the middle of the eclipse).
    units::angle start{0.0 * units::radians};
};

/// Throws `invalid_input` unless the altitude is positive and beta in [-90, 90] deg.
inline void validate(const orbit_pass& pass) {
    orbit::require_valid_altitude(pass.altitude);
    const double b = pass.beta.value();
    if (!(std::abs(b) <= std::numbers::pi / 2.0)) {
        throw invalid_input{"beta angle", fmt::format("{}", pass.beta), "[-90°, 90°]"};
    }
    if (!std::isfinite(pass.start.value()))
        throw invalid_input{"start angle", fmt::format("{}", pass.start), "a finite angle"};
}

/// The orbit angle u(t) = u_0 + 2 pi t / T, in [0, 2 pi).
inline units::angle orbit_angle(const orbit_pass& pass, units::duration t) {
    const double period = orbit::orbital_period(pass.altitude).value();
    const double u = std::fmod(pass.start.value() + 2.0 * std::numbers::pi * t.value() / period,
                               2.0 * std::numbers::pi);
    return units::angle{(u < 0.0 ? u + 2.0 * std::numbers::pi : u) * units::radians};
}

/// True when the satellite is in sunlight at time `t` (cylindrical shadow, as `view_at`).
inline bool in_sunlight(const orbit_pass& pass, units::duration t) {
    const double along = std::cos(orbit_angle(pass, t).value()) * std::cos(pass.beta.value());
    return detail::outside_cylindrical_shadow(
        along, (constants::earth_equatorial_radius + pass.altitude).value());
}

/// When the orbit is in the cylindrical shadow: entry and exit, as times in [0, T) from
/// t = 0 (exit < entry when the shadow spans t = 0).
struct shadow_interval {
    units::duration entry;
    units::duration exit;
};

/// The shadow's entry and exit, or nothing for an orbit that never enters it. The shadow
/// is u in [pi - phi, pi + phi] with cos phi = sqrt(1 - (R_E/a)^2) / cos beta (the
/// boundary of the test `in_sunlight` makes; none when cos beta <= sqrt(1 - (R_E/a)^2)).
inline std::optional<shadow_interval> shadow_times(const orbit_pass& pass) {
    validate(pass);
    const double a = (constants::earth_equatorial_radius + pass.altitude).value();
    const double ratio = constants::earth_equatorial_radius.value() / a;
    const double c = std::sqrt(1.0 - ratio * ratio) / std::cos(pass.beta.value());
    if (!(c < 1.0)) return std::nullopt;
    const double phi = std::acos(c);
    const double period = orbit::orbital_period(pass.altitude).value();
    auto time_of = [&](double u) {
        double x = std::fmod(u - pass.start.value(), 2.0 * std::numbers::pi);
        if (x < 0.0) x += 2.0 * std::numbers::pi;
        return units::duration{x / (2.0 * std::numbers::pi) * period * units::seconds};
    };
    return shadow_interval{.entry = time_of(std::numbers::pi - phi),
                           .exit = time_of(std::numbers::pi + phi)};
}

/// A schedule tabulated at `times` (strictly increasing, from >= 0), linear between
/// points. With a `period` (>= the last time) it repeats: between the last point and
/// the first of the next period it runs linearly back to the first value. Without one it
/// holds the first value before the first time and the last after the last.
struct tabulated_schedule {
    std::vector<units::duration> times;
    std::vector<units::power> powers;
    std::optional<units::duration> period{};

    units::power operator()(units::duration t) const {
        double s = t.value();
        if (period) {
            const double p = period->value();
            s = std::fmod(s, p);
            if (s < 0.0) s += p;
            if (s < times.front().value() || s >= times.back().value()) {
                // The wrap from the last point to the first of the next period.
                const double t0 = times.back().value();
                const double t1 = times.front().value() + p;
                const double x = s < times.front().value() ? s + p : s;
                const double w = t1 > t0 ? (x - t0) / (t1 - t0) : 0.0;
                return powers.back() + w * (powers.front() - powers.back());
            }
        } else {
            if (s <= times.front().value()) return powers.front();
            if (s >= times.back().value()) return powers.back();
        }
        const auto it =
            std::upper_bound(times.begin(), times.end(), units::duration{s * units::seconds});
        const std::size_t k = static_cast<std::size_t>(it - times.begin()) - 1;
        const double w = (s - times[k].value()) / (times[k + 1].value() - times[k].value());
        return powers[k] + w * (powers[k + 1] - powers[k]);
    }
};

/// Throws `invalid_input` unless the schedule has as many powers as times (1 to 10^6),
/// strictly increasing finite times from >= 0, finite powers, and a period, if any,
/// finite and >= the last time (and > 0).
inline void validate(const tabulated_schedule& s) {
    if (s.times.empty() || s.times.size() != s.powers.size() || s.times.size() > 1'000'000) {
        throw invalid_input{"schedule",
                            fmt::format("{} times, {} powers", s.times.size(), s.powers.size()),
                            "as many powers as times, 1 to 10^6 points"};
    }
    for (std::size_t k = 0; k < s.times.size(); ++k) {
        spacedc::detail::require_non_negative("schedule time", s.times[k]);
        if (!std::isfinite(s.powers[k].value()))
            throw invalid_input{"schedule power", fmt::format("{}", s.powers[k]), "finite"};
        if (k > 0 && !(s.times[k] > s.times[k - 1])) {
            throw invalid_input{"schedule time", fmt::format("{}", s.times[k]),
                                fmt::format("> {} (times strictly increasing)", s.times[k - 1])};
        }
    }
    if (s.period) {
        spacedc::detail::require_positive("schedule period", *s.period);
        if (*s.period < s.times.back()) {
            throw invalid_input{"schedule period", fmt::format("{}", *s.period),
                                fmt::format(">= the last time, {}", s.times.back())};
        }
    }
}

/// Compute power that follows the array: `sunlit` in sunlight and `eclipse` (0 for a
/// battery-free node that switches off, a throttled level if a battery carries it) in
/// the shadow.
struct sunlit_schedule {
    orbit_pass pass;
    units::power sunlit;
    units::power eclipse{0.0 * units::watts};

    units::power operator()(units::duration t) const {
        return in_sunlight(pass, t) ? sunlit : eclipse;
    }
};

/// Throws `invalid_input` for an invalid orbit or a negative or non-finite power.
inline void validate(const sunlit_schedule& s) {
    validate(s.pass);
    spacedc::detail::require_non_negative("sunlit power", s.sunlit);
    spacedc::detail::require_non_negative("eclipse power", s.eclipse);
}

/// The heat a face of `area` absorbs from the Sun, the Earth's infrared and its albedo
/// as it goes around the orbit: A [alpha S F_sun + alpha a S F_E K + eps q_IR F_E]
/// (Gilmore Vol. I eq. 2.6, `absorbed_flux`) with the view of `view_at` at u(t).
struct environment_schedule {
    orbit_pass pass;
    radiator_orientation orientation;
    units::area area;
    surface_optics optics;
    thermal_environment environment = mean_case();
    bool back_face = false; ///< the face opposite the one `orientation` names

    units::power operator()(units::duration t) const {
        const face_view view =
            view_at(orientation, pass.altitude, pass.beta, orbit_angle(pass, t), back_face);
        return area * detail::absorbed_flux_unchecked(optics, environment, view); // validated
    }
};

/// Throws `invalid_input` for an invalid orbit, a negative area, optical properties
/// outside (0, 1] or an invalid environment.
inline void validate(const environment_schedule& s) {
    validate(s.pass);
    spacedc::detail::require_non_negative("area", s.area);
    spacedc::detail::require_unit_fraction("solar absorptivity", s.optics.solar_absorptivity);
    spacedc::detail::require_unit_fraction("infrared emissivity", s.optics.infrared_emissivity);
    validate(s.environment);
}

} // namespace spacedc::thermal
