#include "commands.hpp"
#include "output_file.hpp"
#include "report.hpp"

#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/io/parse_time_of_day.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/orbit/eclipse_events.hpp>
#include <spacedc/orbit/precessing_orbit.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <memory>
#include <optional>

namespace spacedc::cli {
namespace {

struct orbit_options {
    std::string altitude;
    std::string ltan = "06:00";
    std::string inclination; ///< any circular orbit instead of sun-synchronous
    std::string raan = "0 deg";
    std::int64_t year = 2027;
    std::string shadow = "cylindrical";
    std::string daily_csv;
    std::string eclipses_csv;
    bool force = false;
    bool eclipse_free_altitude = false;
    bool json = false;
};

json date_or_null(const std::optional<orbit::eclipse_season>& season, bool first) {
    if (!season) return nullptr;
    return iso_date(first ? season->first : season->last);
}

void write_daily_csv(output_file& csv, const orbit::annual_sunlight& year) {
    auto& file = csv.stream();
    file << "date,beta_deg,eclipse_s,flux_w_per_m2\n";
    for (const auto& day : year.days) {
        file << fmt::format("{},{:.4f},{:.1f},{:.2f}\n", iso_date(day.date),
                            units::in_degrees(day.beta), day.eclipse.value(),
                            day.solar_flux.value());
    }
    csv.commit();
}

/// "2027-05-04T21:13:05.123Z" for `seconds` after 1 January 00:00 UTC of `year`.
std::string iso_instant(std::chrono::year year, double seconds) {
    const auto start = std::chrono::sys_days{year / std::chrono::January / 1};
    const double whole = std::floor(seconds);
    const auto t = start + std::chrono::seconds{static_cast<long long>(whole)};
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::hh_mm_ss time{t - day};
    return fmt::format("{}T{:02}:{:02}:{:06.3f}Z", iso_date(std::chrono::year_month_day{day}),
                       time.hours().count(), time.minutes().count(),
                       static_cast<double>(time.seconds().count()) + (seconds - whole));
}

void write_eclipses_csv(output_file& csv, std::chrono::year year,
                        const std::vector<orbit::eclipse_event>& events) {
    auto& file = csv.stream();
    file << "entry_utc,exit_utc,entry_s,exit_s,duration_s,beta_deg\n";
    for (const auto& e : events) {
        file << fmt::format("{},{},{:.3f},{:.3f},{:.3f},{:.4f}\n",
                            iso_instant(year, e.entry.value()), iso_instant(year, e.exit.value()),
                            e.entry.value(), e.exit.value(), e.duration().value(),
                            units::in_degrees(e.beta));
    }
    csv.commit();
}

void run_eclipse_free(const orbit_options& o, units::duration ltan, orbit::shadow_model model,
                      std::ostream& out) {
    const auto found =
        orbit::lowest_eclipse_free_altitude(ltan, orbit::supported_year(o.year, "--year"), model);
    if (o.json) {
        print_json(
            out, json{
                     {"ltan_s", ltan.value()},
                     {"ltan", o.ltan}, // deprecated: the text as given; ltan_s from 0.2
                     {"year", o.year},
                     {"shadow_model", o.shadow},
                     {"altitude_m", found.altitude ? json(found.altitude->value()) : json(nullptr)},
                     {"reason", found.reason.empty() ? json(nullptr) : json(found.reason)},
                 });
        return;
    }
    print_table(out, {
                         {"LTAN", o.ltan},
                         {"year", fmt::format("{}", o.year)},
                         {"shadow model", o.shadow},
                         {"lowest eclipse-free altitude",
                          found.altitude ? fmt::format("{:.1f}", *found.altitude)
                                         : "none: " + found.reason},
                     });
}

void run_orbit(const orbit_options& o, std::ostream& out) {
    const units::duration ltan = io::parse_time_of_day(o.ltan, "--ltan");
    const auto model = orbit::shadow_model_from_string(o.shadow);
    if (!model) throw invalid_input{"--shadow", o.shadow, "cylindrical, umbra or penumbra"};
    if (o.force && o.daily_csv.empty() && o.eclipses_csv.empty()) {
        throw invalid_input{"--force", "(given)", "with --daily or --eclipses",
                            "there is no file to overwrite"};
    }
    if (o.eclipse_free_altitude) {
        run_eclipse_free(o, ltan, *model, out);
        return;
    }
    if (o.altitude.empty())
        throw invalid_input{"--altitude", "(missing)", "a length, e.g. '650 km'",
                            "required unless --eclipse-free-altitude"};
    const orbit::sun_synchronous_orbit sso{
        .altitude = io::parse<units::length>(o.altitude, "--altitude"), .ltan = ltan};
    const auto calendar_year = orbit::supported_year(o.year, "--year");
    // Any circular orbit: its node at the start of the year, regressing at the J2 rate.
    std::optional<orbit::precessing_orbit> plane;
    if (!o.inclination.empty()) {
        const auto i = io::parse<units::angle>(o.inclination, "--inclination");
        spacedc::detail::require_in_closed_range("--inclination", units::in_degrees(i), 0.0, 180.0);
        plane = orbit::precessing_orbit{
            .altitude = sso.altitude,
            .inclination = i,
            .raan = io::parse<units::angle>(o.raan, "--raan"),
            .epoch = std::chrono::sys_days{calendar_year / std::chrono::January / 1}};
    }
    std::optional<output_file> csv, eclipses_csv;
    if (!o.daily_csv.empty()) csv.emplace("--daily", o.daily_csv, o.force);
    if (!o.eclipses_csv.empty()) eclipses_csv.emplace("--eclipses", o.eclipses_csv, o.force);
    const auto year = plane ? orbit::analyse_year(*plane, calendar_year, *model)
                            : orbit::analyse_year(sso, calendar_year, *model);
    const units::angle inclination =
        plane ? plane->inclination : orbit::sun_synchronous_inclination(sso.altitude);
    const units::duration period = orbit::orbital_period(sso.altitude);
    const units::duration one_day{86'400.0 * units::seconds};
    if (csv) write_daily_csv(*csv, year);
    std::optional<std::vector<orbit::eclipse_event>> events;
    if (eclipses_csv) {
        events = plane ? orbit::eclipse_events(*plane, calendar_year, *model)
                       : orbit::eclipse_events(sso, calendar_year, *model);
        write_eclipses_csv(*eclipses_csv, calendar_year, *events);
    }
    double shadow_total = 0.0;
    if (events) {
        for (const auto& e : *events) shadow_total += e.duration().value();
    }

    if (o.json) {
        print_json(
            out, json{
                     {"altitude_m", sso.altitude.value()},
                     {"altitude_reference", "WGS-84 equatorial radius, 6378137 m"},
                     {"ltan_s", plane ? json(nullptr) : json(sso.ltan.value())},
                     {"ltan", plane ? json(nullptr) : json(o.ltan)}, // deprecated: ltan_s
                     {"year", o.year},
                     {"shadow_model", o.shadow},
                     {"sun_synchronous", !plane},
                     {"node_tracking", plane ? "J2 regression from raan at 1 January" : "mean Sun"},
                     {"inclination_deg", units::in_degrees(inclination)},
                     {"raan_deg", plane ? json(units::in_degrees(plane->raan)) : json(nullptr)},
                     {"nodal_precession_deg_per_day",
                      units::in_degrees(orbit::nodal_precession_rate({.altitude = sso.altitude,
                                                                      .inclination = inclination}) *
                                        one_day)},
                     {"period_s", period.value()},
                     {"speed_m_per_s", orbit::orbital_speed(sso.altitude).value()},
                     {"beta_min_deg", units::in_degrees(year.beta_min)},
                     {"beta_max_deg", units::in_degrees(year.beta_max)},
                     {"eclipse_days", year.eclipse_days},
                     {"eclipse_season_first", date_or_null(year.season, true)},
                     {"eclipse_season_last", date_or_null(year.season, false)},
                     {"max_eclipse_s", year.max_eclipse.value()},
                     {"max_eclipse_fraction", year.max_eclipse_fraction.value()},
                     {"sunlit_fraction", year.sunlit_fraction.value()},
                     {"eclipse_free", year.eclipse_free()},
                     {"eclipse_count", events ? json(events->size()) : json(nullptr)},
                     {"eclipse_total_s", events ? json(shadow_total) : json(nullptr)},
                 });
        return;
    }
    print_table(
        out,
        {
            {"altitude (above 6378.137 km)", fmt::format("{:.1f}", sso.altitude)},
            {plane ? "node (1 January)" : "LTAN",
             plane ? fmt::format(
                         "{:.2f}, regressing {:.3f} deg/day (J2)", plane->raan,
                         units::in_degrees(
                             orbit::nodal_precession_rate(orbit::as_circular(*plane)) * one_day))
                   : o.ltan},
            {"year", fmt::format("{}", o.year)},
            {"shadow model", o.shadow},
            {"inclination",
             fmt::format("{:.3f}{}", inclination, plane ? "" : " (sun-synchronous)")},
            {"period", fmt::format("{:.1f} ({:.2f} min)", period, period.value() / 60.0)},
            {"beta angle range", fmt::format("{:.2f} to {:.2f}", year.beta_min, year.beta_max)},
            {"days with eclipses", fmt::format("{}", year.eclipse_days)},
            {"eclipse season", year.season ? fmt::format("{} to {}", iso_date(year.season->first),
                                                         iso_date(year.season->last))
                                           : "none"},
            {"longest eclipse", fmt::format("{:.0f} ({:.1f} min, {:.1f} % of the orbit)",
                                            year.max_eclipse, year.max_eclipse.value() / 60.0,
                                            100.0 * year.max_eclipse_fraction.value())},
            {"sunlit fraction of the year", fmt::format("{:.5f}", year.sunlit_fraction)},
            {"eclipse-free", year.eclipse_free() ? "yes" : "no"},
            {"eclipses written", events
                                     ? fmt::format("{} to {} ({:.1f} h in shadow)", events->size(),
                                                   o.eclipses_csv, shadow_total / 3600.0)
                                     : "none (--eclipses FILE)"},
        });
}

} // namespace

void add_orbit_command(CLI::App& app, std::ostream& out) {
    auto options = std::make_shared<orbit_options>();
    CLI::App* cmd = app.add_subcommand(
        "orbit",
        "A circular orbit (sun-synchronous unless --inclination is given): inclination, "
        "period, beta angle and eclipses through a year, or the lowest eclipse-free altitude.");
    CLI::Option* altitude =
        cmd->add_option("--altitude", options->altitude,
                        "Altitude above the equatorial radius, e.g. 650km (required "
                        "unless --eclipse-free-altitude)");
    CLI::Option* ltan_option =
        cmd->add_option("--ltan", options->ltan,
                        "Local time of the ascending node, HH:MM (sun-synchronous orbits)")
            ->capture_default_str();
    CLI::Option* inclination =
        cmd->add_option("--inclination", options->inclination,
                        "Any circular orbit instead: its inclination, e.g. 53deg (the node "
                        "regresses at the J2 rate)")
            ->excludes(ltan_option);
    cmd->add_option("--raan", options->raan,
                    "With --inclination: right ascension of the ascending node on 1 January "
                    "00:00 UTC of --year")
        ->needs(inclination)
        ->capture_default_str();
    cmd->add_option("--year", options->year, "Calendar year analysed (1950-2050)")
        ->capture_default_str();
    cmd->add_option("--shadow", options->shadow, "Shadow model: cylindrical, umbra or penumbra")
        ->capture_default_str();
    CLI::Option* daily =
        cmd->add_option("--daily", options->daily_csv,
                        "Write one CSV row per day: date, beta_deg, eclipse_s, flux_w_per_m2");
    CLI::Option* eclipses = cmd->add_option(
        "--eclipses", options->eclipses_csv,
        "Write every eclipse of the year: entry_utc, exit_utc, entry_s, exit_s, duration_s, "
        "beta_deg");
    cmd->add_flag("--force", options->force, "Overwrite existing --daily/--eclipses files");
    cmd->add_flag("--eclipse-free-altitude", options->eclipse_free_altitude,
                  "Find the lowest altitude with no eclipse all year instead (sun-synchronous)")
        ->excludes(altitude)
        ->excludes(inclination)
        ->excludes(daily)
        ->excludes(eclipses);
    cmd->add_flag("--json", options->json, "Print one JSON object in SI units");
    cmd->callback([options, &out] { run_orbit(*options, out); });
}

} // namespace spacedc::cli
