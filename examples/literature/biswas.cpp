// Biswas, space-based-ai-datacenter (GitHub): the node's radiator and junction, and the
// eclipse its battery is sized for against the longest eclipse at 650 km, and its mission
// dose.
//
// Run: literature_biswas [--markdown]

#include "figure.hpp"

#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/radiation/dose.hpp>
#include <spacedc/thermal/panel_balance.hpp>

#include <chrono>
#include <vector>

namespace th = spacedc::thermal;
namespace o = spacedc::orbit;
namespace u = spacedc::units;
using namespace spacedc::literals;

int main(int argc, char** argv) {
    th::flat_panel radiator{};
    radiator.faces.push_back({.optics = {0.2, 0.85}}); // one face, no environment
    radiator.sink_temperature = 0.0_K;                 // sink neglected
    const double t =
        th::equilibrium(radiator, 1450.0 / 4.0 * u::watts_per_square_meter).temperature.value();
    const double celsius = t - 273.15;
    const auto year =
        o::analyse_year({.altitude = 650.0_km, .ltan = u::duration{6.0 * 3600.0 * u::seconds}},
                        std::chrono::year{2027});
    const double five_years_krad =
        spacedc::radiation::in_rad(spacedc::radiation::mission_dose(
            650.0_km, spacedc::radiation::inclination_class::sun_synchronous,
            u::duration{5.0 * 365.25 * 86'400.0 * u::seconds})) /
        1e3;
    const std::vector<literature::figure> figures{
        {.source = "Biswas",
         .quantity = "radiator temperature",
         .inputs = "one face, 1450 W on 4.0 m², eps 0.85, sink neglected",
         .published = 21.3,
         .unit = "°C",
         .spacedc = celsius,
         .tolerance = 0.05,
         .corrected = std::nullopt,
         .reason = "agrees"},
        {.source = "Biswas",
         .quantity = "junction temperature",
         .inputs = "the radiator above + 0.300 K/W x 300 W per chip",
         .published = 111.3,
         .unit = "°C",
         .spacedc = celsius + 0.300 * 300.0,
         .tolerance = 0.05,
         .corrected = std::nullopt,
         .reason = "agrees"},
        {.source = "Biswas",
         .quantity = "eclipse the battery is sized for",
         .inputs = "650 km dawn-dusk SSO (spacedc: 2027, cylindrical shadow)",
         .published = 5.0,
         .unit = "min",
         .spacedc = std::nullopt,
         .tolerance = 0.0,
         .corrected = year.max_eclipse.value() / 60.0,
         .reason = "the longest eclipse of the year at 650 km is about 4x the 5 minutes sized for"},
        {.source = "Biswas",
         .quantity = "total ionising dose over the mission",
         .inputs = "650 km dawn-dusk SSO, 5 years, behind 10 mm Al",
         .published = 1.0,
         .unit = "krad(Si)",
         .spacedc = std::nullopt,
         .tolerance = 0.0,
         .corrected = std::nullopt,
         .reason = fmt::format("spacedc's tables (rMcDonald17's SPENVIS runs) are behind 5 mm "
                               "Al: {:.1f} krad over 5 years there; 10 mm stops more of the "
                               "trapped electrons, so a lower figure is expected but not checked",
                               five_years_krad)},
    };
    return literature::report(figures, argc, argv);
}
