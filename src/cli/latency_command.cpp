#include "commands.hpp"
#include "option_names.hpp"
#include "report.hpp"

#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/links/latency.hpp>

#include <memory>

namespace spacedc::cli {
namespace {

struct latency_options {
    std::string distance;
    std::string altitude;
    std::string elevation = "25 deg";
    std::string group_index = "1.4682";
    int laser_hops = 0;
    std::string hop_length = "0 km";
    std::string radio_access = "4 ms";
    std::string route_inflation = "1.5";
    int switching_hops = 10;
    std::string per_hop = "0.05 ms";
    bool json = false;
};

json budget_json(const links::latency_budget& b) {
    json terms = json::array();
    for (const auto& t : b.terms)
        terms.push_back({{"name", t.name}, {"duration_s", t.delay.value()}});
    return terms;
}

/// The options that set the link models' parameters, for errors.
constexpr option_name latency_option_names[] = {
    {"distance", "--distance"},
    {"great-circle distance", "--distance"},
    {"group index", "--group-index"},
    {"route inflation", "--route-inflation"},
    {"switching hops", "--switching-hops"},
    {"per-hop delay", "--per-hop"},
    {"radio access delay", "--radio-access"},
    {"altitude", "--altitude"},
    {"elevation", "--elevation"},
    {"laser hops", "--laser-hops"},
    {"hop length", "--hop-length"},
};

void run_latency_models(const latency_options& o, std::ostream& out) {
    if (o.distance.empty() && o.altitude.empty()) {
        throw invalid_input{"--distance/--altitude", "(missing)",
                            "a distance, an altitude, or both"};
    }
    const auto n = io::parse<units::dimensionless>(o.group_index, "--group-index");
    const auto access = io::parse<units::duration>(o.radio_access, "--radio-access");
    json report = json::object();
    std::vector<table_row> rows;
    if (!o.distance.empty()) {
        const auto d = io::parse<units::length>(o.distance, "--distance");
        const auto vacuum = links::vacuum_delay(d);
        const auto fiber = links::fiber_delay(d, n);
        report["distance_m"] = d.value();
        report["group_index"] = n.value();
        report["vacuum_delay_s"] = vacuum.value();
        report["fiber_delay_s"] = fiber.value();
        report["speed_ratio"] = links::vacuum_to_fiber_speed_ratio(n).value();
        rows.push_back({"distance", fmt::format("{:.1f}", d)});
        rows.push_back(
            {"one way in vacuum / in fibre", fmt::format("{:.3f} / {:.3f}", vacuum, fiber)});
        rows.push_back({"vacuum is faster by", fmt::format("{:.1f} %", 100.0 * (n.value() - 1.0))});
        const links::terrestrial_path ground{
            .great_circle_distance = d,
            .route_inflation =
                io::parse<units::dimensionless>(o.route_inflation, "--route-inflation"),
            .group_index = n,
            .switching_hops = o.switching_hops,
            .per_hop = io::parse<units::duration>(o.per_hop, "--per-hop"),
            .radio_access = access};
        const auto b = links::round_trip(ground);
        report["terrestrial_round_trip_s"] = b.total().value();
        report["terrestrial_terms"] = budget_json(b);
        rows.push_back(
            {"ground round trip to a data centre that far", fmt::format("{:.3f}", b.total())});
    }
    if (!o.altitude.empty()) {
        const links::orbital_path orbit{
            .altitude = io::parse<units::length>(o.altitude, "--altitude"),
            .elevation = io::parse<units::angle>(o.elevation, "--elevation"),
            .laser_hops = o.laser_hops,
            .hop_length = io::parse<units::length>(o.hop_length, "--hop-length"),
            .radio_access = access};
        const auto slant = links::slant_range(orbit.altitude, orbit.elevation);
        const auto b = links::round_trip(orbit);
        report["altitude_m"] = orbit.altitude.value();
        report["elevation_deg"] = units::in_degrees(orbit.elevation);
        report["slant_range_m"] = slant.value();
        report["round_trip_s"] = (2.0 * links::vacuum_delay(slant)).value();
        report["orbital_round_trip_s"] = b.total().value();
        report["orbital_terms"] = budget_json(b);
        rows.push_back({"slant range", fmt::format("{:.1f}", slant)});
        rows.push_back({"user-satellite-user (propagation)",
                        fmt::format("{:.3f}", 2.0 * links::vacuum_delay(slant))});
        rows.push_back(
            {"orbital round trip with access and hops", fmt::format("{:.3f}", b.total())});
    }
    if (o.json) {
        print_json(out, report);
    } else {
        print_table(out, rows);
    }
}

void run_latency(const latency_options& o, std::ostream& out) {
    naming_options(latency_option_names, [&] { run_latency_models(o, out); });
}

} // namespace

void add_latency_command(CLI::App& app, std::ostream& out) {
    auto o = std::make_shared<latency_options>();
    CLI::App* cmd = app.add_subcommand(
        "latency", "Light delay in vacuum and fibre, slant range, and round trips "
                   "through orbit and through the ground.");
    CLI::Option* distance = cmd->add_option(
        "--distance", o->distance, "Distance (and great-circle distance to a ground data centre)");
    CLI::Option* altitude =
        cmd->add_option("--altitude", o->altitude, "Altitude of the access satellite");
    // Each path's options apply only with the option that asks for that path.
    cmd->add_option("--elevation", o->elevation, "Elevation of the satellite seen by the user")
        ->capture_default_str()
        ->needs(altitude);
    cmd->add_option("--group-index", o->group_index, "Fibre group index (SMF-28 at 1550 nm)")
        ->capture_default_str()
        ->needs(distance);
    cmd->add_option("--laser-hops", o->laser_hops, "Inter-satellite hops to the compute node")
        ->capture_default_str()
        ->check(CLI::Range(0, 10'000))
        ->needs(altitude);
    cmd->add_option("--hop-length", o->hop_length, "Length of each laser hop")
        ->capture_default_str()
        ->needs(altitude);
    cmd->add_option("--radio-access", o->radio_access,
                    "One-way radio access delay (3GPP TR 38.913)")
        ->capture_default_str();
    cmd->add_option("--route-inflation", o->route_inflation, "Fibre route / great-circle distance")
        ->capture_default_str()
        ->needs(distance);
    cmd->add_option("--switching-hops", o->switching_hops, "Routers on the ground path")
        ->capture_default_str()
        ->check(CLI::Range(0, 10'000))
        ->needs(distance);
    cmd->add_option("--per-hop", o->per_hop, "Delay per router")
        ->capture_default_str()
        ->needs(distance);
    cmd->add_flag("--json", o->json, "Print one JSON object in SI units");
    cmd->callback([o, &out] { run_latency(*o, out); });
}

} // namespace spacedc::cli
