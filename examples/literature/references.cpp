// The standard references the sources lean on: Stefan-Boltzmann anchors, the solar flux
// extremes of Gilmore's hot and cold cases, the nadir view factor, and light in fibre against
// vacuum.
//
// Run: literature_references [--markdown]

#include "figure.hpp"

#include <spacedc/links/propagation.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/thermal/environment.hpp>
#include <spacedc/thermal/radiator.hpp>
#include <spacedc/thermal/view_factor.hpp>

#include <algorithm>
#include <chrono>
#include <vector>

namespace lk = spacedc::links;
namespace th = spacedc::thermal;
namespace u = spacedc::units;
using namespace spacedc::literals;

int main(int argc, char** argv) {
    std::vector<literature::figure> figures;
    for (const auto& [kelvin, published] : {std::pair{293.15, 418.77}, std::pair{300.0, 459.30},
                                            std::pair{320.0, 594.58}, std::pair{350.0, 850.91}}) {
        figures.push_back({"Stefan-Boltzmann (CODATA 2018)", "black-body exitance, one face",
                           fmt::format("eps 1, {} K", kelvin), published, "W/m²",
                           th::radiant_exitance(1.0, u::temperature{kelvin * u::kelvin}).value(),
                           0.005, std::nullopt, "agrees"});
    }
    // The year's least and most sunlight from the Sun model (Almanac distance, 1361 W/m^2 at
    // 1 AU), against Gilmore's aphelion and perihelion cases rescaled to 1361.
    const auto year = spacedc::orbit::analyse_year(
        {.altitude = 650.0_km, .ltan = u::duration{6.0 * 3600.0 * u::seconds}},
        std::chrono::year{2027});
    const auto [least, most] =
        std::minmax_element(year.days.begin(), year.days.end(), [](const auto& a, const auto& b) {
            return a.solar_flux < b.solar_flux;
        });
    figures.push_back({"Gilmore Vol. I (rescaled to 1361)", "solar flux at aphelion (cold case)",
                       "1361 W/m² at 1 AU, 2027", 1317.0, "W/m²", least->solar_flux.value(), 1.0,
                       std::nullopt, "agrees (\"about 1317\")"});
    figures.push_back({"Gilmore Vol. I (rescaled to 1361)", "solar flux at perihelion (hot case)",
                       "1361 W/m² at 1 AU, 2027", 1408.0, "W/m²", most->solar_flux.value(), 1.0,
                       std::nullopt, "agrees (\"about 1408\")"});
    figures.push_back(
        {"LITERATURE (Howell)", "nadir plate's view factor to the Earth", "550 km, R = 6371 km",
         0.84738, "",
         th::earth_view_factor(550.0_km, 0.0_deg, spacedc::constants::earth_mean_radius).value(),
         5e-6, th::earth_view_factor(550.0_km, 0.0_deg).value(),
         "the source's mean radius; spacedc's one Earth (WGS-84 equatorial) sees more"});
    figures.push_back({"Corning SMF-28", "speed of light in fibre, fraction of c",
                       "group index 1.4682 at 1550 nm", 0.681, "",
                       1.0 / lk::smf28_group_index.value(), 0.0005, std::nullopt, "agrees"});
    figures.push_back({"the source article", "how much faster light is in vacuum than in fibre",
                       "SMF-28", 40.0, "%", std::nullopt, 0.0,
                       100.0 * (lk::vacuum_to_fiber_speed_ratio().value() - 1.0),
                       "about 47 %, not 40 %: c / (c / 1.4682) = 1.4682"});
    return literature::report(figures, argc, argv);
}
