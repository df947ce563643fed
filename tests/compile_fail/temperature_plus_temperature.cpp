// Two absolute temperatures cannot be added; a temperature plus a difference can.
#include <spacedc/units.hpp>

namespace u = spacedc::units;

u::temperature warmer(u::temperature t, u::temperature other) {
#ifdef SPACEDC_COMPILE_FAIL
    return t + other;
#else
    return t + (other - u::absolute_zero);
#endif
}
