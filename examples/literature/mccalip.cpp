// McCalip, "Space Datacenters: Orbital vs Terrestrial Economics" (andrewmccalip/thoughts,
// static/js/math.js): the bifacial sun-tracking panel's equilibrium at beta 90, 550 km,
// with his view factor and with the exact one.
//
// Run: literature_mccalip [--markdown]

#include "figure.hpp"

#include <spacedc/thermal/panel_balance.hpp>
#include <spacedc/thermal/view_factor.hpp>

#include <cmath>
#include <vector>

namespace th = spacedc::thermal;
namespace u = spacedc::units;
using namespace spacedc::literals;

int main(int argc, char** argv) {
    const double sigma = spacedc::constants::stefan_boltzmann.value(), sigma_source = 5.67e-8;
    th::flat_panel p{};
    p.environment = {.solar = 1361.0 * u::watts_per_square_meter,
                     .earth_infrared = 237.0 * u::watts_per_square_meter,
                     .albedo = 0.30};
    p.sink_temperature = 3.0_K;
    p.conversion_efficiency = 0.22; // used on board: returns as heat
    // His view factor: 5 % of the nadir value (R = 6371 km) on the half orbit each face
    // looks away from the Earth (cos(tilt) <= 0), 0 on the other half.
    const double his = 0.05 * std::pow(6371.0 / 6921.0, 2) / 2.0;
    p.faces.push_back(
        {.optics = {0.92, 0.85},
         .view = {.sun_factor = 1.0, .earth_view_factor = his, .albedo_factor = 0.0}});
    p.faces.push_back(
        {.optics = {0.92, 0.90},
         .view = {.sun_factor = 0.0, .earth_view_factor = his, .albedo_factor = 0.0}});
    const double his_t = th::equilibrium(p).temperature.value();
    for (bool back : {false, true}) {
        p.faces[back ? 1 : 0].view = th::orbit_average_view(th::radiator_orientation::sun_tracking,
                                                            550.0_km, 90.0_deg, back);
    }
    const double exact_t = th::equilibrium(p).temperature.value();
    const double exact_f = p.faces[0].view.earth_view_factor.value();
    const std::vector<literature::figure> figures{
        {.source = "McCalip (math.js)",
         .quantity = "equilibrium of a bifacial sun-tracking panel",
         .inputs = "PV face alpha 0.92 eps 0.85, radiator face eps 0.90, eta 0.22 back as heat, "
                   "beta 90, 550 km, S 1361, IR 237, albedo 0.30, 3 K; his view factor "
                   "0.05 (R/(R+h))² / 2 per face",
         .published = 335.75,
         .unit = "K",
         .spacedc = his_t,
         .tolerance = 0.005 + 335.75 * (1.0 - std::pow(sigma_source / sigma, 0.25)),
         .corrected = exact_t,
         .reason = fmt::format("his edge-on floor gives {:.4f} per face, {:.0f}x below the exact "
                               "tilted-plate view factor {:.4f} (Howell); sigma 5.67e-8 there",
                               his, exact_f / his, exact_f)},
    };
    return literature::report(figures, argc, argv);
}
