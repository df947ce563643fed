#pragma once
/// \file
/// Round-trip latency of a request from a phone to a compute node, through orbit or
/// through the ground, itemised so a reader sees where the time goes.
///
/// Orbit: user -> (radio access) -> access satellite over the slant range -> optional
/// laser hops across the formation -> compute node, and back the same way.
/// Ground: user -> (radio access) -> fibre along the great-circle distance times a
/// route-inflation factor -> switching hops -> data centre, and back.
/// Server time is left out of both (it is the same work in either place).
///
/// Defaults and sources: radio access 4 ms one way (3GPP TR 38.913, sec. 7.5: the 5G
/// eMBB user-plane latency target); fibre routes 1.5x longer than the great circle
/// (Bozkurt et al., "Why is the Internet so slow?!", PAM 2017, report fibre paths
/// 1.5-2x the geodesic; 1.5 is the optimistic end); 0.05 ms per router/switch hop and
/// 10 hops (store-and-forward plus queueing in a lightly loaded backbone; an assumption
/// to adjust); SMF-28 fibre (`smf28_group_index`).

#include <spacedc/links/geometry.hpp>
#include <spacedc/links/propagation.hpp>

#include <string>
#include <vector>

namespace spacedc::links {

/// One term of a latency budget.
struct latency_term {
    std::string name;
    units::duration delay;
};

/// A round trip, term by term.
struct latency_budget {
    std::vector<latency_term> terms;
    units::duration total() const {
        units::duration sum{0.0 * units::seconds};
        for (const auto& t : terms) sum += t.delay;
        return sum;
    }
};

struct orbital_path {
    units::length altitude;
    units::angle elevation;                        ///< of the access satellite seen by the user
    int laser_hops = 0;                            ///< inter-satellite hops to the compute node
    units::length hop_length{0.0 * units::meters}; ///< each hop's length
    units::duration radio_access{4e-3 * units::seconds}; ///< one way, terminal and air interface
};

struct terrestrial_path {
    units::length great_circle_distance;        ///< user to data centre
    units::dimensionless route_inflation = 1.5; ///< fibre route / great circle
    units::dimensionless group_index = smf28_group_index;
    int switching_hops = 10;
    units::duration per_hop{0.05e-3 * units::seconds};
    units::duration radio_access{4e-3 * units::seconds}; ///< one way
};

/// The round trip through orbit.
inline latency_budget round_trip(const orbital_path& p) {
    spacedc::detail::require_at_least("laser hops", p.laser_hops, 0);
    spacedc::detail::require_non_negative("hop length", p.hop_length);
    spacedc::detail::require_non_negative("radio access delay", p.radio_access);
    return {{
        {"radio access, both ways", 2.0 * p.radio_access},
        {"user to satellite and back (vacuum)",
         2.0 * vacuum_delay(slant_range(p.altitude, p.elevation))},
        {"laser hops and back (vacuum)",
         2.0 * static_cast<double>(p.laser_hops) * vacuum_delay(p.hop_length)},
    }};
}

/// The round trip through the ground.
inline latency_budget round_trip(const terrestrial_path& p) {
    spacedc::detail::require_non_negative("great-circle distance", p.great_circle_distance);
    if (!(p.route_inflation.value() >= 1.0)) {
        throw invalid_input{"route inflation", fmt::format("{}", p.route_inflation.value()),
                            ">= 1"};
    }
    spacedc::detail::require_at_least("switching hops", p.switching_hops, 0);
    spacedc::detail::require_non_negative("per-hop delay", p.per_hop);
    spacedc::detail::require_non_negative("radio access delay", p.radio_access);
    return {{
        {"radio access, both ways", 2.0 * p.radio_access},
        {"fibre route and back",
         2.0 * fiber_delay(p.route_inflation * p.great_circle_distance, p.group_index)},
        {"switching hops, both ways", 2.0 * static_cast<double>(p.switching_hops) * p.per_hop},
    }};
}

} // namespace spacedc::links
