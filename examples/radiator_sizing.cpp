// How much radiator does 100 kW of chips need, and how much does a hotter radiator
// save? An ideal grey panel radiating to deep space from both faces, with no
// environmental loads (the full radiator model adds Sun, Earth IR and albedo).
//
// Model: q = eps * sigma * (T^4 - T_sink^4) per face; A = Q / (2 q).
// Run: radiator_sizing [HEAT] [EMISSIVITY], e.g. radiator_sizing "100 kW" 0.9

#include <spacedc/errors.hpp>
#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/thermal/radiator.hpp>

#include <fmt/format.h>

#include <cstdio>

int main(int argc, char** argv) {
    namespace u = spacedc::units;
    using namespace spacedc::literals;
    try {
        const u::power heat = spacedc::io::parse<u::power>(argc > 1 ? argv[1] : "100 kW", "heat");
        const u::dimensionless emissivity =
            spacedc::io::parse<u::dimensionless>(argc > 2 ? argv[2] : "0.9", "emissivity");

        fmt::print("Radiator for {} of heat, emissivity {}, two faces, sink {}\n\n", heat,
                   emissivity, spacedc::constants::cosmic_background);
        fmt::print("{:>12}  {:>12}  {:>16}  {:>12}\n", "temperature", "radiator T", "net flux/face",
                   "panel area");
        for (double celsius = 0.0; celsius <= 100.0; celsius += 10.0) {
            const spacedc::thermal::radiator_surface panel{
                .emissivity = emissivity,
                .surface_temperature = u::from_celsius(celsius),
                .radiating_faces = 2,
            };
            fmt::print("{:>9.0f} °C  {:>12}  {:>16}  {:>12}\n", celsius,
                       fmt::format("{:.2f}", panel.surface_temperature),
                       fmt::format("{:.1f}", spacedc::thermal::net_flux_per_face(panel)),
                       fmt::format("{:.1f}", spacedc::thermal::radiator_area(heat, panel)));
        }
        return 0;
    } catch (const spacedc::error& e) {
        fmt::print(stderr, "radiator_sizing: {}\n", e.what());
        return 2;
    }
}
