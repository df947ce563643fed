// Is a compute node in orbit closer, in time, than a data centre on the ground?
//
// A phone reaches a 650 km node through one access satellite (user at 25 deg elevation)
// and one laser hop of 1000 km across the formation, against a terrestrial path to a
// data centre 500, 1500 and 4000 km away (radio access, fibre along 1.5x the great
// circle, 10 routers). Every term is printed, so a reader sees where the time goes.
//
// Run: phone_to_orbit_latency

#include "arguments.hpp"
#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/links/latency.hpp>

#include <fmt/format.h>

int main(int argc, char** argv) {
    namespace u = spacedc::units;
    namespace ln = spacedc::links;
    using namespace spacedc::literals;
    try {
        if (!examples::arguments(argc, argv, "",
                                 "Is a compute node in orbit closer, in time, than a data "
                                 "centre on the ground? Prints both paths term by term.",
                                 {}))
            return 0;
        const ln::orbital_path orbit{
            .altitude = 650.0_km, .elevation = 25.0_deg, .laser_hops = 1, .hop_length = 1000.0_km};
        const auto space = ln::round_trip(orbit);
        fmt::print(
            "Through orbit: 650 km, user at 25° elevation (slant {:.0f}), one 1000 km laser hop\n",
            ln::slant_range(orbit.altitude, orbit.elevation));
        for (const auto& t : space.terms)
            fmt::print("  {:<40} {:>10}\n", t.name, fmt::format("{:.3f}", t.delay));
        fmt::print("  {:<40} {:>10}\n\n", "round trip", fmt::format("{:.3f}", space.total()));

        fmt::print("{:>14}  {:>12}  {:>12}  {:>12}  {:>12}  {:>10}\n", "data centre at", "radio",
                   "fibre", "routers", "ground RTT", "orbit RTT");
        for (double km : {500.0, 1500.0, 4000.0}) {
            const auto ground = ln::round_trip(
                ln::terrestrial_path{.great_circle_distance = u::length{km * 1e3 * u::meters}});
            fmt::print("{:>11.0f} km  {:>12}  {:>12}  {:>12}  {:>12}  {:>10}\n", km,
                       fmt::format("{:.3f}", ground.terms[0].delay),
                       fmt::format("{:.3f}", ground.terms[1].delay),
                       fmt::format("{:.3f}", ground.terms[2].delay),
                       fmt::format("{:.3f}", ground.total()), fmt::format("{:.3f}", space.total()));
        }
        fmt::print("\nLight in SMF-28 fibre moves at {:.3f} c; vacuum is {:.0f} % faster.\n",
                   1.0 / ln::smf28_group_index.value(),
                   100.0 * (ln::smf28_group_index.value() - 1.0));
        return 0;
    } catch (const spacedc::error& e) {
        fmt::print(stderr, "phone_to_orbit_latency: {}\n", e.what());
        return 2;
    }
}
