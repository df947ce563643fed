#pragma once
/// \file
/// The heat balance of a flat panel with its own optics on each face: a radiator, or a
/// solar panel that is its own radiator (McCalip's bifacial sun-tracking panel), in a
/// given environment. Per unit planform area, face f absorbs
///   a_f = alpha_f S F_sun,f + alpha_f rho S F_E,f K_f + x_f q_IR F_E,f
/// (Gilmore, Spacecraft Thermal Control Handbook Vol. I, 2nd ed., eq. 2.6 and ch. 2), with
/// x_f = eps_f by Kirchhoff's law or alpha_f where a source applies its solar absorptivity
/// to Earth infrared (Starcloud's white paper, p. 9); the cells on face 1 turn
/// e = eta S F_sun,1 into electricity, which either leaves the panel or comes back as heat
/// (compute on board); the faces emit sum_f eps_f sigma (T^4 - T_s^4) (Incropera & DeWitt,
/// eq. 1.7). With internal heat q, the panel is in balance when
///   sum_f eps_f sigma (T^4 - T_s^4) = sum_f a_f - e_exported + q,
/// so T = ((sum_f a_f - e_exported + q) / (sigma sum_f eps_f) + T_s^4)^(1/4) in closed
/// form. The face views can be given outright (a source's fixed view factors, or the
/// albedo without the sub-solar cosine as K = 1) or taken from `orbit_average_view`.

#include <spacedc/constants.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/thermal/environment.hpp>
#include <spacedc/units.hpp>

#include <boost/container/static_vector.hpp>
#include <boost/units/cmath.hpp>
#include <boost/units/pow.hpp>

#include <cmath>

namespace spacedc::thermal {

/// Which coefficient absorbs Earth infrared.
enum class earth_infrared_absorptance {
    emissivity,         ///< the face's IR emissivity (Kirchhoff's law: correct physics)
    solar_absorptivity, ///< the face's solar absorptivity (as some sources do)
};

/// One radiating face: its optics and how it sees the Sun, the Earth and the albedo.
struct panel_face {
    surface_optics optics;
    face_view view{.sun_factor = 0.0, .earth_view_factor = 0.0, .albedo_factor = 0.0};
};

/// A flat, isothermal panel radiating from one or two faces; face 1 carries the cells.
struct flat_panel {
    boost::container::static_vector<panel_face, 2> faces;
    thermal_environment environment = mean_case();
    earth_infrared_absorptance earth_infrared_absorbed_with =
        earth_infrared_absorptance::emissivity;
    /// Electricity made per unit of sunlight reaching face 1, eta, in [0, alpha_1].
    units::dimensionless conversion_efficiency{0.0};
    /// True: the electricity leaves the panel; false: it is used on board and returns as heat.
    bool electricity_exported = false;
    units::temperature sink_temperature = constants::cosmic_background;
};

/// The balance per m^2 of planform at one temperature.
struct panel_heat_balance {
    units::temperature temperature;
    units::heat_flux emitted;                 ///< sum over faces of eps sigma (T^4 - T_s^4)
    units::heat_flux absorbed_solar;          ///< direct sunlight
    units::heat_flux absorbed_albedo;         ///< sunlight reflected by the Earth
    units::heat_flux absorbed_earth_infrared; ///< Earth's infrared
    units::heat_flux electrical;              ///< made by the cells (exported or not)
    units::heat_flux internal;                ///< heat generated inside, besides
    /// emitted - absorbed + exported electricity - internal: the heat per m^2 the panel can
    /// still reject at this temperature (0 at equilibrium, negative when it must warm up).
    units::heat_flux net;
};

namespace detail {
inline void validate(const flat_panel& panel) {
    spacedc::detail::require_in_closed_range("radiating faces",
                                             static_cast<double>(panel.faces.size()), 1, 2);
    for (const auto& f : panel.faces) {
        spacedc::detail::require_unit_fraction("solar absorptivity", f.optics.solar_absorptivity);
        spacedc::detail::require_unit_fraction("infrared emissivity", f.optics.infrared_emissivity);
        spacedc::detail::require_in_closed_range("sun factor", f.view.sun_factor, 0.0, 1.0);
        spacedc::detail::require_in_closed_range("Earth view factor", f.view.earth_view_factor, 0.0,
                                                 1.0);
        spacedc::detail::require_in_closed_range("albedo factor", f.view.albedo_factor, 0.0, 1.0);
    }
    validate(panel.environment);
    spacedc::detail::require_in_closed_range(
        "conversion efficiency (of face 1's solar absorptivity)", panel.conversion_efficiency, 0.0,
        panel.faces.front().optics.solar_absorptivity.value());
    spacedc::detail::require_non_negative("sink temperature",
                                          units::above_absolute_zero(panel.sink_temperature));
}

/// The absorbed terms and electricity of `panel` (validated), with `emitted` and `net`
/// left for the caller.
inline panel_heat_balance absorbed_terms(const flat_panel& panel, units::heat_flux internal) {
    const auto& env = panel.environment;
    panel_heat_balance b{};
    b.internal = internal;
    b.absorbed_solar = b.absorbed_albedo = b.absorbed_earth_infrared = b.electrical =
        0.0 * units::watts_per_square_meter;
    for (const auto& f : panel.faces) {
        const auto alpha = f.optics.solar_absorptivity;
        const auto ir = panel.earth_infrared_absorbed_with == earth_infrared_absorptance::emissivity
                            ? f.optics.infrared_emissivity
                            : alpha;
        b.absorbed_solar += alpha * env.solar * f.view.sun_factor;
        b.absorbed_albedo +=
            alpha * env.albedo * env.solar * f.view.earth_view_factor * f.view.albedo_factor;
        b.absorbed_earth_infrared += ir * env.earth_infrared * f.view.earth_view_factor;
    }
    b.electrical = panel.conversion_efficiency * env.solar * panel.faces.front().view.sun_factor;
    return b;
}

inline units::dimensionless total_emissivity(const flat_panel& panel) {
    double e = 0.0;
    for (const auto& f : panel.faces) e += f.optics.infrared_emissivity.value();
    return e;
}
} // namespace detail

/// The panel's balance at `temperature` with `internal` heat per m^2 (default none).
/// Throws `invalid_input` for optics outside (0, 1], views outside [0, 1], a conversion
/// efficiency above face 1's absorptivity, a temperature at or below the sink.
inline panel_heat_balance
heat_balance_at(const flat_panel& panel, units::temperature temperature,
                units::heat_flux internal = 0.0 * units::watts_per_square_meter) {
    detail::validate(panel);
    spacedc::detail::require_non_negative("internal heat", internal);
    spacedc::detail::require_above("panel temperature", temperature, "the sink temperature",
                                   panel.sink_temperature);
    panel_heat_balance b = detail::absorbed_terms(panel, internal);
    b.temperature = temperature;
    b.emitted = detail::total_emissivity(panel) * constants::stefan_boltzmann *
                (boost::units::pow<4>(units::above_absolute_zero(temperature)) -
                 boost::units::pow<4>(units::above_absolute_zero(panel.sink_temperature)));
    const units::heat_flux exported =
        panel.electricity_exported ? b.electrical : 0.0 * units::watts_per_square_meter;
    b.net = b.emitted - (b.absorbed_solar + b.absorbed_albedo + b.absorbed_earth_infrared) +
            exported - internal;
    return b;
}

/// The panel's equilibrium: the temperature at which it rejects what it absorbs, less the
/// electricity it exports, plus `internal` heat per m^2, in closed form (file comment).
/// Throws as `heat_balance_at`.
inline panel_heat_balance equilibrium(const flat_panel& panel,
                                      units::heat_flux internal = 0.0 *
                                                                  units::watts_per_square_meter) {
    detail::validate(panel);
    spacedc::detail::require_non_negative("internal heat", internal);
    panel_heat_balance b = detail::absorbed_terms(panel, internal);
    const units::heat_flux exported =
        panel.electricity_exported ? b.electrical : 0.0 * units::watts_per_square_meter;
    const units::heat_flux load =
        b.absorbed_solar + b.absorbed_albedo + b.absorbed_earth_infrared - exported + internal;
    const double sink4 = std::pow(units::above_absolute_zero(panel.sink_temperature).value(), 4);
    const double t4 = load.value() / (detail::total_emissivity(panel).value() *
                                      constants::stefan_boltzmann.value()) +
                      sink4;
    if (!(t4 <= std::pow(spacedc::detail::temperature_ceiling_k, 4))) {
        throw invalid_input{"internal heat", fmt::format("{}", internal),
                            fmt::format("a load the panel rejects below {} K",
                                        spacedc::detail::temperature_ceiling_k)};
    }
    b.temperature = units::temperature{std::pow(t4, 0.25) * units::kelvin};
    b.emitted = load;
    b.net = 0.0 * units::watts_per_square_meter;
    return b;
}

} // namespace spacedc::thermal
