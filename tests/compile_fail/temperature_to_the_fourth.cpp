// An absolute temperature cannot be raised to a power: only its difference from
// absolute zero can (above_absolute_zero).
#include <spacedc/units.hpp>

#include <boost/units/pow.hpp>

namespace u = spacedc::units;

double fourth_power(u::temperature t) {
#ifdef SPACEDC_COMPILE_FAIL
    return boost::units::pow<4>(t).value();
#else
    return boost::units::pow<4>(u::above_absolute_zero(t)).value();
#endif
}
