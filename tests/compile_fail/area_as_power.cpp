// An area passed where a power is expected must not compile.
#include <spacedc/thermal/radiator.hpp>

namespace u = spacedc::units;

u::area size_it(const spacedc::thermal::radiator_surface& panel) {
    const u::power heat{1.0e5 * u::watts};
    const u::area wrong{2.0 * u::square_meters};
#ifdef SPACEDC_COMPILE_FAIL
    return spacedc::thermal::radiator_area(wrong, panel);
#else
    (void)wrong;
    return spacedc::thermal::radiator_area(heat, panel);
#endif
}
