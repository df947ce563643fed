// Sizes a radiator through the installed package and checks the result against a
// hand calculation: 100 kW, 300 K, eps 0.9, two faces -> 413.37 W/m^2, 120.957 m^2.
#include <spacedc/format.hpp>
#include <spacedc/io/parse_quantity.hpp>
#include <spacedc/thermal/radiator.hpp>
#include <spacedc/version.hpp>

#include <fmt/format.h>

#include <cmath>

int main() {
    using namespace spacedc;
    const thermal::radiator_surface panel{
        .emissivity = 0.9,
        .surface_temperature = io::parse<units::temperature>("300 K"),
        .radiating_faces = 2,
    };
    const units::area area = thermal::radiator_area(io::parse<units::power>("100 kW"), panel);
    fmt::print("spacedc {}: {:.2f} of radiator\n", version_string, area);
    return std::abs(area.value() - 120.957) < 1e-3 ? 0 : 1;
}
