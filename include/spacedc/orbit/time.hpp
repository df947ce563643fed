#pragma once
/// \file
/// Instants and dates for the orbit models: `std::chrono` UTC time points.
///
/// Conventions: UTC stands in for Terrestrial Time (they differ by about 69 s in the
/// 2020s), far below the 0.01 deg precision of the solar model, which moves 0.01 deg in
/// 15 minutes. Days are civil days of 86 400 s.

#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <chrono>

namespace spacedc::orbit {

/// A UTC instant to the second.
using instant = std::chrono::sys_seconds;

/// The instant of a UTC calendar date and time of day.
inline instant utc(int year, unsigned month, unsigned day, int hour = 0, int minute = 0,
                   int second = 0) {
    const std::chrono::year_month_day date{std::chrono::year{year} / month / day};
    if (!date.ok()) {
        throw invalid_input{"date", fmt::format("{:04}-{:02}-{:02}", year, month, day),
                            "a valid Gregorian calendar date"};
    }
    return std::chrono::sys_days{date} + std::chrono::hours{hour} + std::chrono::minutes{minute} +
           std::chrono::seconds{second};
}

/// The J2000.0 epoch, 2000-01-01 12:00 (UTC standing in for TT).
inline constexpr instant j2000 =
    std::chrono::sys_days{std::chrono::year{2000} / 1 / 1} + std::chrono::hours{12};

/// Days (fractional) from J2000.0 to `t`: the argument n of the Astronomical Almanac's
/// low-precision formulas.
inline double days_since_j2000(instant t) {
    return std::chrono::duration<double, std::chrono::days::period>(t - j2000).count();
}

/// Seconds of a duration as a typed quantity.
inline units::duration to_duration(std::chrono::duration<double> d) {
    return units::duration{d.count() * units::seconds};
}

/// Throws unless `year` lies in 1950..2050, where the low-precision solar formulas hold
/// their 0.01 deg (Astronomical Almanac, section C).
inline void require_supported_year(std::chrono::year year) {
    spacedc::detail::require_in_closed_range("year", static_cast<int>(year), 1950, 2050);
}

/// The calendar year `year` as a `std::chrono::year`, checked against 1950..2050 first
/// (a `std::chrono::year` holds only -32767..32767 and would silently wrap 67563 to
/// 2027); `parameter` names it in the error.
inline std::chrono::year supported_year(long long year, std::string_view parameter = "year") {
    if (year < 1950 || year > 2050) {
        throw invalid_input{std::string{parameter}, fmt::format("{}", year),
                            "[1950, 2050], where the low-precision solar formulas hold"};
    }
    return std::chrono::year{static_cast<int>(year)};
}

} // namespace spacedc::orbit
