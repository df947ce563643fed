// Starcloud white paper v1.03 (Sept 2024), pp. 3 and 9: a two-sided radiator's net flux
// and a black plate's emission, under the paper's assumptions and with Kirchhoff's law.
//
// Run: literature_starcloud [--markdown]

#include "figure.hpp"

#include <spacedc/thermal/panel_balance.hpp>
#include <spacedc/thermal/radiator.hpp>

#include <cmath>
#include <vector>

namespace th = spacedc::thermal;
namespace u = spacedc::units;
using namespace spacedc::literals;

int main(int argc, char** argv) {
    const double sigma = spacedc::constants::stefan_boltzmann.value(), sigma_paper = 5.67e-8;
    auto panel = [](th::earth_infrared_absorptance ir) {
        th::flat_panel p{};
        p.faces.push_back(
            {.optics = {0.09, 0.92},
             .view = {.sun_factor = 1.0, .earth_view_factor = 0.25, .albedo_factor = 1.0}});
        p.faces.push_back({.optics = {0.09, 0.92}});
        p.environment = {.solar = 1366.0 * u::watts_per_square_meter,
                         .earth_infrared = th::radiant_exitance(1.0, 253.15_K),
                         .albedo = 0.3};
        p.earth_infrared_absorbed_with = ir;
        p.sink_temperature = 0.0_K;
        return p;
    };
    const auto paper =
        th::heat_balance_at(panel(th::earth_infrared_absorptance::solar_absorptivity), 293.15_K);
    const auto kirchhoff =
        th::heat_balance_at(panel(th::earth_infrared_absorptance::emissivity), 293.15_K);
    const double t4 = std::pow(293.15, 4), e4 = std::pow(253.15, 4);
    const double sigma_shift = (sigma - sigma_paper) * (2 * 0.92 * t4 - 0.09 * 0.25 * e4);
    const double plate = 2.0 * th::radiant_exitance(1.0, 293.15_K).value();
    const std::vector<literature::figure> figures{
        {.source = "Starcloud p. 9",
         .quantity = "net flux of a two-sided radiator",
         .inputs = "eps 0.92 both faces at 293.15 K; face 1: alpha 0.09, S 1366, F_E 0.25, "
                   "albedo 0.3 (K = 1), Earth a 253.15 K black body, Earth IR with alpha",
         .published = 633.08,
         .unit = "W/m²",
         .spacedc = paper.net.value(),
         .tolerance = 0.005 + sigma_shift,
         .corrected = kirchhoff.net.value(),
         .reason = "sigma 5.67e-8 in the paper, CODATA 2018 here (the tolerance adds exactly "
                   "that shift); Earth IR is absorbed with eps (Kirchhoff), not alpha"},
        {.source = "Starcloud p. 3",
         .quantity = "emission of a 1 m² black plate, both sides",
         .inputs = "eps 1, 293.15 K, 2 faces, no environment",
         .published = 838.0,
         .unit = "W",
         .spacedc = plate,
         .tolerance = 0.5 + 2.0 * (sigma - sigma_paper) * t4,
         .corrected = std::nullopt,
         .reason = "agrees (3 figures)"},
    };
    return literature::report(figures, argc, argv);
}
