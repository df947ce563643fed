#pragma once
/// \file
/// The ideal radiator: a grey, isothermal panel rejecting heat by radiation to a
/// uniform sink, with no environmental loads (those are added in the full radiator
/// model). Equations from Incropera & DeWitt, Fundamentals of Heat and Mass Transfer,
/// 6th ed., eq. 1.7 (net radiation exchange of a small grey surface with large
/// surroundings), and Gilmore, Spacecraft Thermal Control Handbook Vol. I, ch. 6.

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <boost/units/pow.hpp>

namespace spacedc::thermal {

/// Grey-body radiant exitance M = eps * sigma * T^4 (Incropera & DeWitt, eq. 12.32).
/// Throws `invalid_input` unless 0 < eps <= 1 and T >= 0 K is finite.
inline units::heat_flux radiant_exitance(units::dimensionless emissivity,
                                         units::temperature surface) {
    detail::require_unit_fraction("emissivity", emissivity);
    detail::require_non_negative("surface temperature", units::above_absolute_zero(surface));
    return emissivity * constants::stefan_boltzmann *
           boost::units::pow<4>(units::above_absolute_zero(surface));
}

/// A flat isothermal radiator panel seen by a sink at uniform temperature.
struct radiator_surface {
    units::dimensionless emissivity;        ///< hemispherical infrared emissivity, (0, 1]
    units::temperature surface_temperature; ///< panel temperature, above the sink
    units::temperature sink_temperature = constants::cosmic_background;
    int radiating_faces = 1; ///< 1 (one face insulated) or 2
};

/// Net flux rejected by one face, q = eps * sigma * (T^4 - T_sink^4)
/// (Incropera & DeWitt eq. 1.7, the sink being large surroundings seen with view
/// factor 1). Throws `invalid_input` for an emissivity outside (0, 1], a panel at or
/// below the sink temperature, or a face count other than 1 or 2.
inline units::heat_flux net_flux_per_face(const radiator_surface& r) {
    detail::require_unit_fraction("emissivity", r.emissivity);
    detail::require_non_negative("sink temperature",
                                 units::above_absolute_zero(r.sink_temperature));
    detail::require_above("radiator temperature", r.surface_temperature, "the sink temperature",
                          r.sink_temperature);
    detail::require_in_closed_range("radiating faces", r.radiating_faces, 1, 2);
    const auto t4 = boost::units::pow<4>(units::above_absolute_zero(r.surface_temperature));
    const auto sink4 = boost::units::pow<4>(units::above_absolute_zero(r.sink_temperature));
    return r.emissivity * constants::stefan_boltzmann * (t4 - sink4);
}

/// Planform area of the panel that rejects `heat`: A = Q / (n_faces * q), where q is
/// `net_flux_per_face`. A two-sided panel of area A emits from 2A of surface.
/// Throws `invalid_input` for negative or non-finite heat and as `net_flux_per_face`.
inline units::area radiator_area(units::power heat, const radiator_surface& r) {
    detail::require_non_negative("heat", heat);
    return heat / (static_cast<double>(r.radiating_faces) * net_flux_per_face(r));
}

} // namespace spacedc::thermal
