#pragma once
/// \file
/// Every eclipse of a circular orbit through a year: its entry and exit times.
///
/// The satellite moves on a circular orbit, r = a (cos u cos W - sin u cos i sin W,
/// cos u sin W + sin u cos i cos W, sin u sin i) (Vallado, Fundamentals of Astrodynamics,
/// eq. 2-102 with e = 0), with u = n t from the ascending node at 1 January 00:00 UTC
/// (n the Keplerian mean motion; the phase along the orbit is a convention, the same
/// as `propagate_sunlight`'s) and the node W tracking the mean Sun for the LTAN (a
/// sun-synchronous orbit) or regressing at the J2 rate (`precessing_orbit`). The
/// satellite is in shadow when it is behind the Earth (r . s < 0) and inside the
/// shadow's radius at that distance: the Earth's radius for the cylinder, R / cos(alpha)
/// -/+ d tan(alpha) for the umbra and penumbra cones (Vallado sec. 5.3).
///
/// Event detection as in Orekit's: each orbit's eclipse is predicted from the
/// closed-form half-width about the anti-Sun point, acos(cos psi* / cos beta) (eclipse.hpp),
/// and each boundary is then located by bisection on the exact geometric test to 1e-6 s.
/// An eclipse shorter than about a second at the very edge of the season (|beta| within
/// a hair of the shadow limit) may be missed. Events that straddle the year's first or
/// last instant are cut there, so the durations add up to the year's time in shadow.

#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/orbit/beta_angle.hpp>
#include <spacedc/orbit/eclipse.hpp>
#include <spacedc/orbit/precessing_orbit.hpp>
#include <spacedc/orbit/sun_synchronous.hpp>

#include <Eigen/Geometry> // cross

#include <chrono>
#include <cmath>
#include <numbers>
#include <optional>
#include <vector>

namespace spacedc::orbit {

/// One eclipse, in seconds since 1 January 00:00 UTC of the year analysed.
struct eclipse_event {
    units::duration entry;
    units::duration exit;
    units::angle beta; ///< beta angle at mid-eclipse

    units::duration duration() const { return exit - entry; }
};

namespace detail {

/// The satellite's geometry against the Sun at `s` seconds after `start`.
class eclipse_geometry {
  public:
    eclipse_geometry(const sun_synchronous_orbit& orbit, instant start, shadow_model model)
        : ltan_{orbit.ltan}
        , start_{start}
        , model_{model}
        , a_{orbit_radius(orbit.altitude).value()}
        , n_{orbit::mean_motion(orbit.altitude).value()}
        , inclination_{sun_synchronous_inclination(orbit.altitude)} {}

    eclipse_geometry(const precessing_orbit& orbit, instant start, shadow_model model)
        : precessing_{orbit}
        , start_{start}
        , model_{model}
        , a_{orbit_radius(orbit.altitude).value()}
        , n_{orbit::mean_motion(orbit.altitude).value()}
        , inclination_{orbit.inclination} {
        require_valid(orbit);
    }

    double mean_motion() const { return n_; }

    /// The instant `s` seconds after the start, to the second (the Sun moves 0.04" a
    /// second, the node 0.04" too: far below what the boundary can resolve).
    instant at(double s) const {
        return start_ + std::chrono::seconds{static_cast<long long>(std::floor(s))};
    }

    /// True when the satellite is in the shadow at `s`.
    bool in_shadow(double s) const {
        const sun_position sun = solar_position(at(s));
        const Eigen::Vector3d sun_dir = sun_direction(sun);
        const double node = node_at(s).value();
        const double u = n_ * s;
        const double ci = std::cos(inclination_.value()), si = std::sin(inclination_.value());
        const Eigen::Vector3d r{
            a_ * (std::cos(u) * std::cos(node) - std::sin(u) * ci * std::sin(node)),
            a_ * (std::cos(u) * std::sin(node) + std::sin(u) * ci * std::cos(node)),
            a_ * std::sin(u) * si};
        return detail::in_shadow(r, sun_dir, sun.distance.value(), model_);
    }

    /// The argument of latitude of the anti-Sun point at `s`, and the eclipse half-width
    /// about it (0 when the orbit is not eclipsed then), both in radians of u.
    std::pair<double, double> anti_sun(double s) const {
        const sun_position sun = solar_position(at(s));
        const Eigen::Vector3d sun_dir = sun_direction(sun);
        const units::angle node = node_at(s);
        const Eigen::Vector3d h = orbit_normal(inclination_, node);
        const Eigen::Vector3d first{std::cos(node.value()), std::sin(node.value()), 0.0};
        const Eigen::Vector3d second = h.cross(first);
        const double u_sun = std::atan2(sun_dir.dot(second), sun_dir.dot(first));
        const double beta = std::asin(std::clamp(sun_dir.dot(h), -1.0, 1.0));
        const double limit = shadow_half_angle(a_, model_, sun.distance.value());
        const double half =
            std::abs(beta) >= limit
                ? 0.0
                : std::acos(std::clamp(std::cos(limit) / std::cos(beta), -1.0, 1.0));
        return {u_sun + std::numbers::pi, half};
    }

    units::angle beta(double s) const {
        return beta_angle(inclination_, node_at(s), solar_position(at(s)));
    }

  private:
    units::angle node_at(double s) const {
        return precessing_ ? ascending_node(*precessing_, at(s)) : ascending_node(ltan_, at(s));
    }

    units::duration ltan_{};                     ///< sun-synchronous: the node tracks the mean Sun
    std::optional<precessing_orbit> precessing_; ///< or any other: J2 from its epoch
    instant start_;
    shadow_model model_;
    double a_, n_;
    units::angle inclination_;
};

/// The boundary between `lit` and `dark` (s, with in_shadow(lit) false and
/// in_shadow(dark) true), by bisection to 1e-6 s.
inline double shadow_boundary(const eclipse_geometry& g, double lit, double dark) {
    while (std::abs(dark - lit) > 1e-6) {
        const double mid = 0.5 * (lit + dark);
        (g.in_shadow(mid) ? dark : lit) = mid;
    }
    return 0.5 * (lit + dark);
}

/// Every eclipse in `year` of the orbit whose geometry `g` is, in time order.
inline std::vector<eclipse_event> eclipse_events(const eclipse_geometry& g,
                                                 std::chrono::year year) {
    const instant start = std::chrono::sys_days{year / std::chrono::January / 1};
    const instant end =
        std::chrono::sys_days{(year + std::chrono::years{1}) / std::chrono::January / 1};
    const double length = std::chrono::duration<double>(end - start).count();
    const double n = g.mean_motion();
    const double period = 2.0 * std::numbers::pi / n;

    std::vector<eclipse_event> events;
    events.reserve(static_cast<std::size_t>(length / period) + 2);
    // Follow the anti-Sun point from one revolution to the next: it drifts about 1 deg a
    // day, so each revolution's mid-eclipse is a period after the last, corrected by the
    // drift (two passes place it to well under a second).
    auto nearest_centre = [&](double guess, double& half) {
        double centre = guess;
        for (int pass = 0; pass < 2; ++pass) {
            const auto [u_anti, width] = g.anti_sun(centre);
            const double gap =
                spacedc::detail::wrap_two_pi(u_anti - n * centre + std::numbers::pi) -
                std::numbers::pi;
            centre += gap / n;
            half = width / n;
        }
        return centre;
    };
    double half = 0.0;
    double centre = nearest_centre(0.0, half) - period; // one revolution early: an eclipse
                                                        // under way at the start is kept
    while (centre - period <= length) {
        if (half > 0.0 && g.in_shadow(centre)) {
            // Brackets: lit a little past the predicted half-width either side.
            const double reach = std::min(half + 120.0, 0.45 * period);
            const double entry = detail::shadow_boundary(g, centre - reach, centre);
            const double exit = detail::shadow_boundary(g, centre + reach, centre);
            if (exit > 0.0 && entry < length) {
                events.push_back({.entry = units::duration{std::max(entry, 0.0) * units::seconds},
                                  .exit = units::duration{std::min(exit, length) * units::seconds},
                                  .beta = g.beta(0.5 * (entry + exit))});
            }
        }
        centre = nearest_centre(centre + period, half);
    }
    return events;
}

} // namespace detail

/// Every eclipse of `orbit` in `year` (1950-2050), in time order.
inline std::vector<eclipse_event> eclipse_events(const sun_synchronous_orbit& orbit,
                                                 std::chrono::year year,
                                                 shadow_model model = shadow_model::cylindrical) {
    require_supported_year(year);
    require_valid_ltan(orbit.ltan);
    return detail::eclipse_events(
        detail::eclipse_geometry{orbit, std::chrono::sys_days{year / std::chrono::January / 1},
                                 model},
        year);
}

/// Every eclipse of any circular orbit in `year` (1950-2050), in time order.
inline std::vector<eclipse_event> eclipse_events(const precessing_orbit& orbit,
                                                 std::chrono::year year,
                                                 shadow_model model = shadow_model::cylindrical) {
    require_supported_year(year);
    return detail::eclipse_events(
        detail::eclipse_geometry{orbit, std::chrono::sys_days{year / std::chrono::January / 1},
                                 model},
        year);
}

} // namespace spacedc::orbit
