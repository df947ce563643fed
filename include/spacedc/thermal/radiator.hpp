#pragma once
/// \file
/// Radiators: the ideal grey, isothermal panel rejecting heat to a uniform sink, and the
/// panel that also absorbs sunlight, albedo and Earth infrared on its faces and spreads
/// heat between heat pipes through radiating fins. Equations from Incropera & DeWitt, Fundamentals
/// of Heat and Mass Transfer, 6th ed., eq. 1.7 (net radiation exchange of a small grey surface with
/// large surroundings), and Gilmore, Spacecraft Thermal Control Handbook Vol. I, ch. 6.

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/thermal/environment.hpp>
#include <spacedc/thermal/fin.hpp>
#include <spacedc/units.hpp>

#include <boost/units/pow.hpp>

#include <boost/container/static_vector.hpp>

#include <optional>
#include <string>
#include <vector>

namespace spacedc::thermal {

/// Grey-body radiant exitance M = eps * sigma * T^4 (Incropera & DeWitt, eq. 12.32).
/// Throws `invalid_input` unless 0 < eps <= 1 and T >= 0 K is finite.
inline units::heat_flux radiant_exitance(units::dimensionless emissivity,
                                         units::temperature surface) {
    spacedc::detail::require_unit_fraction("emissivity", emissivity);
    spacedc::detail::require_non_negative("surface temperature",
                                          units::above_absolute_zero(surface));
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
    spacedc::detail::require_unit_fraction("emissivity", r.emissivity);
    spacedc::detail::require_non_negative("sink temperature",
                                          units::above_absolute_zero(r.sink_temperature));
    spacedc::detail::require_above("radiator temperature", r.surface_temperature,
                                   "the sink temperature", r.sink_temperature);
    spacedc::detail::require_in_closed_range("radiating faces", r.radiating_faces, 1, 2);
    const auto t4 = boost::units::pow<4>(units::above_absolute_zero(r.surface_temperature));
    const auto sink4 = boost::units::pow<4>(units::above_absolute_zero(r.sink_temperature));
    return r.emissivity * constants::stefan_boltzmann * (t4 - sink4);
}

/// Planform area of the panel that rejects `heat`: A = Q / (n_faces * q), where q is
/// `net_flux_per_face`. A two-sided panel of area A emits from 2A of surface.
/// Throws `invalid_input` for negative or non-finite heat and as `net_flux_per_face`.
inline units::area radiator_area(units::power heat, const radiator_surface& r) {
    spacedc::detail::require_non_negative("heat", heat);
    return heat / (static_cast<double>(r.radiating_faces) * net_flux_per_face(r));
}

} // namespace spacedc::thermal

namespace spacedc::thermal {

// Radiators with environmental loads and fins.

/// A radiator panel: its surface, the environment each radiating face absorbs, how heat
/// spreads between its heat pipes, and its mass per unit area.
struct radiator_panel {
    surface_optics optics;
    /// Flux absorbed from the environment by each radiating face (1 or 2 entries), e.g.
    /// from `absorbed_flux` with an orbit-average or peak `face_view`.
    boost::container::static_vector<units::heat_flux, 2> absorbed_per_face;
    units::temperature sink_temperature = constants::cosmic_background;
    /// The panel between heat pipes; none for an isothermal panel (fin efficiency 1).
    std::optional<radiating_fin> fin{};
    /// Panel, face sheets, heat pipes and coating per m^2 of planform; 5 kg/m^2 sits in
    /// the 2-10 kg/m^2 range Turyshev (arXiv:2604.27197) gives for space radiators.
    units::areal_density areal_density{5.0 * units::kilograms_per_square_meter};
};

/// A radiator sized for a heat load at a temperature, or the reason it cannot be.
struct radiator_sizing {
    bool feasible = false;
    std::string reason;                 ///< why not, when infeasible
    units::area area;                   ///< planform area
    units::heat_flux net_flux_per_face; ///< mean over the faces, after the environment, isothermal
    units::heat_flux absorbed_per_face; ///< mean environment flux absorbed per face
    units::dimensionless fin_efficiency{1.0};
    units::mass mass;
};

namespace detail {
inline void validate(const radiator_panel& panel) {
    spacedc::detail::require_unit_fraction("solar absorptivity", panel.optics.solar_absorptivity);
    spacedc::detail::require_unit_fraction("infrared emissivity", panel.optics.infrared_emissivity);
    spacedc::detail::require_in_closed_range(
        "radiating faces", static_cast<int>(panel.absorbed_per_face.size()), 1, 2);
    for (auto a : panel.absorbed_per_face)
        spacedc::detail::require_non_negative("absorbed flux", a);
    spacedc::detail::require_non_negative("sink temperature",
                                          units::above_absolute_zero(panel.sink_temperature));
    spacedc::detail::require_positive("radiator areal density", panel.areal_density);
    if (panel.fin) validate(*panel.fin);
}
} // namespace detail

/// Sizes the planform area that rejects `heat` with its heat pipes at `temperature`:
///   A = Q / (eta_fin * sum_f [eps sigma (T^4 - T_s^4) - a_f])
/// (Gilmore Vol. I ch. 6). Infeasible, with the reason, when the environment absorbed by
/// the faces equals or exceeds what they emit at that temperature.
inline radiator_sizing size_radiator(units::power heat, units::temperature temperature,
                                     const radiator_panel& panel) {
    spacedc::detail::require_non_negative("heat", heat);
    detail::validate(panel);
    spacedc::detail::require_above("radiator temperature", temperature, "the sink temperature",
                                   panel.sink_temperature);
    const radiator_surface ideal{.emissivity = panel.optics.infrared_emissivity,
                                 .surface_temperature = temperature,
                                 .sink_temperature = panel.sink_temperature};
    const units::heat_flux emitted = net_flux_per_face(ideal);
    const auto faces = static_cast<double>(panel.absorbed_per_face.size());
    units::heat_flux absorbed{0.0 * units::watts_per_square_meter};
    for (auto a : panel.absorbed_per_face) absorbed += a;

    radiator_sizing r{};
    r.absorbed_per_face = absorbed / faces;
    r.net_flux_per_face = emitted - r.absorbed_per_face;
    const units::heat_flux net_panel = faces * emitted - absorbed;
    if (!(net_panel.value() > 0.0)) {
        r.reason = fmt::format(
            "at {:.1f} the faces absorb {:.1f} per face from the environment but emit only "
            "{:.1f}: a radiator cannot reject heat here",
            temperature, r.absorbed_per_face, emitted);
        return r;
    }
    if (panel.fin) {
        r.fin_efficiency = fin_efficiency(
            *panel.fin, panel.optics.infrared_emissivity, temperature, panel.sink_temperature,
            std::span<const units::heat_flux>(panel.absorbed_per_face.data(),
                                              panel.absorbed_per_face.size()));
    }
    r.feasible = true;
    r.area = heat / (r.fin_efficiency * net_panel);
    r.mass = panel.areal_density * r.area;
    return r;
}

/// The heat-pipe temperature at which a panel of `area` rejects `heat`: the inverse of
/// `size_radiator` (bisection on temperature; area falls monotonically as T rises).
/// Throws `invalid_input` for a non-positive area or heat above what 3000 K would reject.
inline units::temperature equilibrium_temperature(units::power heat, units::area area,
                                                  const radiator_panel& panel) {
    spacedc::detail::require_positive("radiator area", area);
    spacedc::detail::require_positive("heat", heat);
    detail::validate(panel);
    double lo = panel.sink_temperature.value();
    double hi = 3000.0;
    auto rejects = [&](double kelvin) { // heat rejected by `area` at T
        const auto s = size_radiator(heat, units::temperature{kelvin * units::kelvin}, panel);
        return s.feasible ? heat.value() * area.value() / s.area.value() : 0.0;
    };
    if (rejects(hi) < heat.value()) {
        throw invalid_input{"heat per radiator area", fmt::format("{} on {}", heat, area),
                            "what the panel can reject below 3000 K"};
    }
    for (int k = 0; k < 200 && hi - lo > 1e-10 * hi; ++k) {
        const double mid = 0.5 * (lo + hi);
        (rejects(mid) < heat.value() ? lo : hi) = mid;
    }
    return units::temperature{0.5 * (lo + hi) * units::kelvin};
}

/// One point of the area-versus-temperature curve.
struct area_at_temperature {
    units::temperature temperature;
    radiator_sizing sizing;
};

/// The radiator sized at `count` temperatures evenly spaced from `from` to `to`;
/// `count` in [2, 10^6], checked before the table is allocated.
inline std::vector<area_at_temperature> area_versus_temperature(units::power heat,
                                                                units::temperature from,
                                                                units::temperature to, int count,
                                                                const radiator_panel& panel) {
    spacedc::detail::require_in_closed_range("points", count, 2, 1e6);
    std::vector<area_at_temperature> curve;
    curve.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const units::temperature t = from + (to - from) * (static_cast<double>(i) / (count - 1));
        curve.push_back({t, size_radiator(heat, t, panel)});
    }
    return curve;
}

} // namespace spacedc::thermal
