// Wertz & Larson, Space Mission Analysis and Design, 3rd ed.: the FireSat array (sec. 11.4)
// and sun-synchronous inclinations of known missions.
//
// Run: literature_smad [--markdown]

#include "figure.hpp"

#include <spacedc/orbit/sun_synchronous.hpp>
#include <spacedc/power/array_at_flux.hpp>

#include <vector>

namespace o = spacedc::orbit;
namespace pw = spacedc::power;
namespace u = spacedc::units;
using namespace spacedc::literals;

int main(int argc, char** argv) {
    pw::solar_array firesat{};
    firesat.cells = {.efficiency = 0.148, .temperature_coefficient = u::temperature_coefficient{}};
    firesat.packing_factor = 1.0;
    firesat.inherent_degradation = 0.77;
    firesat.annual_degradation = 0.0375;
    firesat.pointing_error = 23.5_deg;
    const double bol = pw::operating_point(firesat, 1367.0_W_per_m2).power_per_area.value();
    const double eol = pw::operating_point(firesat, 1367.0_W_per_m2, 5.0).power_per_area.value();
    auto inclination = [](double km) {
        return u::in_degrees(o::sun_synchronous_inclination(u::length{km * 1e3 * u::meters}));
    };
    const std::vector<literature::figure> figures{
        {.source = "SMAD 11.4 (FireSat)",
         .quantity = "array output per m², BOL",
         .inputs = "Si 0.148, S 1367, I_d 0.77, 23.5 deg incidence",
         .published = 143.0,
         .unit = "W/m²",
         .spacedc = bol,
         .tolerance = 0.5,
         .corrected = std::nullopt,
         .reason = "agrees (I_d includes temperature, so no temperature coefficient)"},
        {.source = "SMAD 11.4 (FireSat)",
         .quantity = "array output per m², EOL",
         .inputs = "as above, 3.75 %/yr for 5 years",
         .published = 118.0,
         .unit = "W/m²",
         .spacedc = eol,
         .tolerance = 0.5,
         .corrected = std::nullopt,
         .reason = "agrees"},
        {.source = "Landsat 7/8",
         .quantity = "sun-synchronous inclination",
         .inputs = "705 km, J2",
         .published = 98.2,
         .unit = "deg",
         .spacedc = inclination(705.0),
         .tolerance = 0.05,
         .corrected = std::nullopt,
         .reason = "agrees"},
        {.source = "Radarsat-1",
         .quantity = "sun-synchronous inclination",
         .inputs = "798 km, J2",
         .published = 98.6,
         .unit = "deg",
         .spacedc = inclination(798.0),
         .tolerance = 0.05,
         .corrected = std::nullopt,
         .reason = "agrees"},
    };
    return literature::report(figures, argc, argv);
}
