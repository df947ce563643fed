#pragma once
/// \file
/// Sizing a battery-free node's power system: the array that meets the load at end of
/// life at the worst lit instant of the year, what the node delivers over a year, the
/// battery it avoids, and how the same array compares with one on the ground.
///
/// - Load at the array: P_array = (P_compute + P_housekeeping) / eta_conversion; the
///   difference is the conversion and distribution loss.
/// - Sizing: A = (1 + m) P_array / min over the lit year of (P/A at EOL), m the design
///   margin (0 unless given), each day's P/A from
///   `operating_point` at that day's solar flux (aphelion is usually worst, but a
///   hotter array at perihelion is checked too) and the worst pointing error, through
///   the interpolant of flux_response.hpp (1e-10; exact day by day where it is not),
///   the worst day's point exact.
/// - The node computes only in sunlight: compute energy per year = P_compute * t_lit,
///   with t_lit from the annual sunlight analysis (`orbit::analyse_year`), unless a
///   battery carries part of the compute through eclipses (`battery_backed_compute`,
///   P_b): then the battery is sized for P_b over the longest eclipse (C = P_b T_e /
///   (DoD eta_discharge)), the array adds the power that recharges it in daylight,
///   P_b T_e / (X_e T_d) (the eclipse term of SMAD eq. 11-5 below, T_d = period - T_e),
///   and the year's compute energy adds P_b * t_dark.
/// - The battery avoided: sized to carry the bus load through the year's longest
///   eclipse (`battery_capacity`); the array that would recharge it follows SMAD eq.
///   11-5, P_sa = (P_e T_e / X_e + P_d T_d / X_d) / T_d with X_d = eta_conversion and
///   X_e = X_d * charge efficiency * discharge efficiency (Wertz & Larson, SMAD 3rd ed.).
/// - Space versus ground: yearly yield per m^2 of the same array in orbit (BOL, each
///   day's flux and temperature, lit time only) over the same array's yield at a ground
///   site (`ground_yield_per_area`); per kW of continuous load, the array areas; and the
///   storage the ground plant needs to run through its longest night, E = P T_night /
///   eta_round_trip (one night; no multi-day autonomy for cloudy spells).

#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/power/array_response.hpp>
#include <spacedc/power/battery.hpp>
#include <spacedc/power/flux_response.hpp>
#include <spacedc/power/flux_year.hpp>
#include <spacedc/power/ground_site.hpp>
#include <spacedc/power/solar_array.hpp>

#include <algorithm>
#include <chrono>

namespace spacedc::power {

/// What the power system must supply.
struct power_loads {
    units::power compute;                          ///< the accelerators and servers
    units::power housekeeping{0.0 * units::watts}; ///< bus: avionics, ADCS, comms, heaters
    units::dimensionless conversion_efficiency =
        0.92; ///< array to loads (regulation, distribution)
    /// Compute a battery carries through eclipses (0: battery-free, compute off in shadow).
    units::power battery_backed_compute{0.0 * units::watts};
};

/// Everything the power sizing needs.
struct power_spec {
    power_loads loads;
    solar_array array;
    units::duration mission_life{5.0 * 365.25 * 86400.0 * units::seconds};
    battery_technology battery{};
    /// Power design margin m: the array is sized to deliver (1 + m) x the load at the
    /// worst lit instant at end of life (margins by maturity: see checks/margin_policy.hpp).
    units::dimensionless design_margin{0.0};
};

/// The battery-versus-no-battery trade for the same node.
struct battery_trade {
    units::duration longest_eclipse;
    units::energy capacity;
    units::mass battery_mass;
    units::area extra_array_area; ///< array added to recharge the battery in sunlight
    units::mass extra_array_mass;
    units::mass mass_avoided; ///< battery + extra array
};

/// The battery that carries `battery_backed_compute` through the longest eclipse.
struct eclipse_battery {
    units::power load;      ///< compute carried in eclipse (0: none)
    units::energy capacity; ///< C = P_b T_e / (DoD eta_discharge)
    units::mass mass;
    units::power recharge; ///< array power added in daylight, P_b T_e / (X_e T_d)
};

/// Energy over the analysed year, at end-of-life array performance.
struct annual_energy {
    units::energy array_available;      ///< what the EOL array could deliver while lit
    units::energy compute;              ///< delivered to compute (in sunlight and from the battery)
    units::energy compute_from_battery; ///< its share in eclipse
    units::energy housekeeping;         ///< delivered to the bus
    units::energy conversion_losses;
    units::energy battery_charge; ///< array output set aside to recharge the battery
    units::energy unused;         ///< array capability above the load (shunted)
};

struct power_design {
    units::power array_power_required; ///< load at the array terminals
    units::power conversion_losses;
    units::irradiance sizing_flux;        ///< solar flux of the worst lit instant
    units::temperature array_temperature; ///< array temperature then (EOL)
    units::irradiance bol_power_per_area; ///< at the sizing condition, BOL
    units::irradiance eol_power_per_area; ///< at the sizing condition, EOL
    units::area array_area;
    units::mass array_mass;
    units::power array_power_capability;      ///< EOL output at the sizing condition, >= the load
    units::specific_power bol_specific_power; ///< array W/kg at the sizing condition, BOL
    units::specific_power eol_specific_power; ///< array W/kg at the sizing condition, EOL
    units::dimensionless sunlit_fraction;     ///< fraction of the year the node computes
    annual_energy year;
    eclipse_battery eclipse_compute; ///< the battery for compute in eclipse, when any
    battery_trade battery;
    units::radiant_exposure space_yield_per_area; ///< BOL yearly yield per m^2 of array
};

/// Throws `invalid_input` for bad loads.
inline void validate(const power_loads& loads) {
    spacedc::detail::require_positive("compute load", loads.compute);
    spacedc::detail::require_non_negative("housekeeping load", loads.housekeeping);
    spacedc::detail::require_unit_fraction("conversion efficiency", loads.conversion_efficiency);
    spacedc::detail::require_non_negative("battery-backed compute", loads.battery_backed_compute);
    if (loads.battery_backed_compute > loads.compute) {
        throw invalid_input{"battery-backed compute",
                            fmt::format("{:.4g}", loads.battery_backed_compute),
                            fmt::format("at most the compute load, {:.4g}", loads.compute)};
    }
}

/// Sizes the power system of a battery-free node from the year's sunlight analysis of
/// its orbit, its flux summary (`summarise_flux(sunlight)`, computed once per orbit), its
/// array's response over that year (`prepare_array(spec.array, spec.mission_life, flux)`,
/// computed once per array technology and life) and the orbit's period. Throws
/// `invalid_input` when the response was prepared for another array, life or flux range.
inline power_design size_power(const power_spec& spec, const orbit::annual_sunlight& sunlight,
                               const flux_year& flux, const array_response& response,
                               units::duration orbital_period) {
    validate(spec.loads);
    require_prepared_for(response, spec.array, spec.mission_life, flux); // so validated,
    std::visit([](auto basis) { spacedc::detail::require_positive("array mass basis", basis); },
               spec.array.mass_basis); // but for the mass basis
    validate(spec.battery);
    spacedc::detail::require_in_closed_range("power design margin", spec.design_margin, 0.0, 10.0);
    if (sunlight.days.empty())
        throw invalid_input{"sunlight", "(no days)", "a year analysed by analyse_year"};
    if (flux.days != sunlight.days.size()) {
        throw invalid_input{
            "flux summary", fmt::format("{} days", flux.days),
            fmt::format("summarise_flux of this year ({} days)", sunlight.days.size())};
    }
    const double eol_years = spec.mission_life.value() / (365.25 * 86400.0);
    const units::power bus_load = spec.loads.compute + spec.loads.housekeeping;
    // Compute carried through the longest eclipse, and the array power that recharges it.
    if (!(orbital_period > sunlight.max_eclipse)) {
        throw invalid_input{
            "orbital period", fmt::format("{:.1f}", orbital_period),
            fmt::format("longer than the longest eclipse, {:.1f}", sunlight.max_eclipse)};
    }
    const double x_d = spec.loads.conversion_efficiency;
    const double x_e = x_d * spec.battery.charge_efficiency * spec.battery.discharge_efficiency;
    eclipse_battery backed{.load = spec.loads.battery_backed_compute,
                           .capacity = units::energy{0.0 * units::joules},
                           .mass = units::mass{0.0 * units::kilograms},
                           .recharge = units::power{0.0 * units::watts}};
    if (backed.load.value() > 0.0 && sunlight.max_eclipse.value() > 0.0) {
        backed.capacity = battery_capacity(backed.load, sunlight.max_eclipse, spec.battery);
        backed.mass = battery_mass(backed.capacity, spec.battery);
        backed.recharge =
            backed.load * sunlight.max_eclipse / (x_e * (orbital_period - sunlight.max_eclipse));
    }
    const units::power array_power = bus_load / spec.loads.conversion_efficiency + backed.recharge;

    // P/A at EOL and BOL over the year's flux range (flux_response.hpp). When both
    // interpolants are accurate and the EOL output provably rises (falls) with flux, the
    // worst lit instant is the day of least (most) flux, its points are the interpolants'
    // exact ends, and the year's sums are the lit-time moments' dot products
    // (flux_year.hpp). Otherwise every day is evaluated: through the interpolant where it
    // is accurate, by exact operating points where it is not.
    const flux_response& eol = response.eol;
    const flux_response& bol = response.bol;
    const int trend = eol.accurate && bol.accurate ? eol.trend() : 0;
    std::size_t worst = 0;
    array_operating_point sizing{}, bol_point{};
    // Per m^2: sum_d t_d P_EOL(d), sum_d t_d (P_EOL(d) - P_EOL(worst)), sum_d t_d P_BOL(d).
    double eol_lit = 0.0, eol_above_worst = 0.0, bol_lit = 0.0;
    if (trend != 0) {
        const std::size_t end = trend > 0 ? 0 : 1;
        worst = trend > 0 ? flux.lowest_day : flux.highest_day;
        sizing = eol.ends[end];
        bol_point = bol.ends[end];
        eol_lit = lit_integral(eol, flux);
        bol_lit = lit_integral(bol, flux);
        eol_above_worst = std::max(0.0, eol_lit - sizing.power_per_area.value() * flux.lit.value());
    } else {
        const double cos_theta = std::cos(spec.array.pointing_error.value());
        const double eol_derate = detail::derate(spec.array, eol_years);
        const double bol_derate = detail::derate(spec.array, 0.0);
        auto per_area = [&](const flux_response& interpolant, std::size_t d, double derate) {
            const double s = sunlight.days[d].solar_flux.value();
            return interpolant.accurate
                       ? interpolant(s)
                       : detail::solve_operating_point(spec.array, s * cos_theta, derate)
                             .power_per_area.value();
        };
        double worst_per_area = per_area(eol, 0, eol_derate);
        for (std::size_t d = 1; d < sunlight.days.size(); ++d) {
            const double p = per_area(eol, d, eol_derate);
            if (p < worst_per_area) worst = d, worst_per_area = p;
        }
        const double s = sunlight.days[worst].solar_flux.value();
        sizing = detail::solve_operating_point(spec.array, s * cos_theta, eol_derate);
        bol_point = detail::solve_operating_point(spec.array, s * cos_theta, bol_derate);
        for (std::size_t d = 0; d < sunlight.days.size(); ++d) {
            const double t = sunlight.days[d].sunlit_fraction.value() * 86'400.0;
            const double p = per_area(eol, d, eol_derate);
            eol_lit += p * t;
            eol_above_worst += (p - sizing.power_per_area.value()) * t;
            bol_lit += per_area(bol, d, bol_derate) * t;
        }
    }
    const units::irradiance sizing_flux = sunlight.days[worst].solar_flux;
    if (!(sizing.power_per_area.value() > 0.0)) {
        throw invalid_input{"solar array", "no electrical output at end of life",
                            "an array with positive efficiency at its operating temperature"};
    }
    const double with_margin = 1.0 + spec.design_margin.value();
    const units::area area = with_margin * array_power / sizing.power_per_area;

    power_design design{};
    design.array_power_required = array_power;
    design.conversion_losses = bus_load / spec.loads.conversion_efficiency - bus_load;
    design.eclipse_compute = backed;
    design.sizing_flux = sizing_flux;
    design.array_temperature = sizing.temperature;
    design.bol_power_per_area = bol_point.power_per_area;
    design.eol_power_per_area = sizing.power_per_area;
    design.array_area = area;
    design.array_mass = detail::array_mass(spec.array, area, bol_point.power_per_area);
    design.array_power_capability = sizing.power_per_area * area;
    design.bol_specific_power = bol_point.power_per_area * area / design.array_mass;
    design.eol_specific_power = sizing.power_per_area * area / design.array_mass;
    design.sunlit_fraction = sunlight.sunlit_fraction;

    // The year's energy: each day's lit time at that day's EOL capability. The unused
    // share, sum_d t_d (A P_d - P_load), is summed as A sum_d t_d (P_d - P_worst) +
    // m P_load t_lit (A P_worst = (1 + m) P_load), two non-negative terms, so it is never
    // a difference of the nearly equal available and used energies.
    const double lit_s = flux.lit.value();
    const units::duration lit{lit_s * units::seconds};
    const units::duration dark{(86'400.0 * static_cast<double>(sunlight.days.size()) - lit_s) *
                               units::seconds};
    design.year.array_available = units::energy{area.value() * eol_lit * units::joules};
    design.year.compute_from_battery =
        backed.recharge.value() > 0.0 ? backed.load * dark : units::energy{0.0 * units::joules};
    design.year.compute = spec.loads.compute * lit + design.year.compute_from_battery;
    design.year.housekeeping = spec.loads.housekeeping * lit;
    design.year.conversion_losses = design.conversion_losses * lit;
    design.year.battery_charge = backed.recharge * lit;
    design.year.unused = units::energy{(area.value() * eol_above_worst +
                                        spec.design_margin.value() * array_power.value() * lit_s) *
                                       units::joules};
    design.space_yield_per_area = units::radiant_exposure{bol_lit * units::joules_per_square_meter};

    // The battery this design avoids.
    battery_trade& b = design.battery;
    b.longest_eclipse = sunlight.max_eclipse;
    b.capacity = battery_capacity(bus_load, b.longest_eclipse, spec.battery);
    b.battery_mass = battery_mass(b.capacity, spec.battery);
    const units::duration daylight = orbital_period - b.longest_eclipse;
    // With a battery the array also recharges it in daylight: P = (L t_e / x_e + L t_d / x_d)
    // / t_d = L / x_d + L t_e / (x_e t_d) (SMAD eq. 11-5). The extra array is sized on the
    // second term itself, not on a difference of two nearly equal powers, which rounds to
    // a negative area (-7e-15 m^2) when there is no eclipse.
    const units::power recharge = bus_load * b.longest_eclipse / (x_e * daylight);
    b.extra_array_area = with_margin * recharge / sizing.power_per_area;
    b.extra_array_mass =
        detail::array_mass(spec.array, b.extra_array_area, bol_point.power_per_area);
    b.mass_avoided = b.battery_mass + b.extra_array_mass;
    return design;
}

/// Sizes the power system from the year's sunlight, its flux summary and the orbit's
/// period, preparing the array's response first.
inline power_design size_power(const power_spec& spec, const orbit::annual_sunlight& sunlight,
                               const flux_year& flux, units::duration orbital_period) {
    return size_power(spec, sunlight, flux, prepare_array(spec.array, spec.mission_life, flux),
                      orbital_period);
}

/// Sizes the power system from the year's sunlight and the orbit's period, summarising
/// the year's flux first.
inline power_design size_power(const power_spec& spec, const orbit::annual_sunlight& sunlight,
                               units::duration orbital_period) {
    return size_power(spec, sunlight, summarise_flux(sunlight), orbital_period);
}

/// Sizes the power system of a battery-free node in `orbit` through `year`.
inline power_design size_power(const power_spec& spec, const orbit::sun_synchronous_orbit& orbit,
                               std::chrono::year year,
                               orbit::shadow_model model = orbit::shadow_model::cylindrical) {
    const auto sunlight = orbit::analyse_year(orbit, year, model);
    return size_power(spec, sunlight, summarise_flux(sunlight),
                      orbit::orbital_period(orbit.altitude));
}

/// The same array on the ground, against the orbital design.
struct ground_comparison {
    units::radiant_exposure ground_yield_per_area;
    units::radiant_exposure space_yield_per_area;
    units::dimensionless energy_ratio; ///< space / ground, per m^2 of array per year
    units::area space_area_per_kw;     ///< array per kW of continuous compute+bus load
    units::area ground_area_per_kw;
    units::dimensionless area_per_kw_ratio; ///< ground / space
    units::duration longest_night;
    units::energy ground_storage_per_kw; ///< storage for the longest night, per kW
};

/// Compares `design` with the same array (cells, packing) at a ground `site`. The
/// ground plant runs the same continuous load day and night: its array collects the
/// year's energy, with the night's share through storage at its round-trip efficiency.
inline ground_comparison compare_with_ground(const power_design& design, const power_spec& spec,
                                             const ground_site& site,
                                             const ground_plant& plant = {}) {
    spacedc::detail::require_unit_fraction("storage round-trip efficiency",
                                           plant.storage_round_trip_efficiency);
    ground_comparison g{};
    g.ground_yield_per_area =
        ground_yield_per_area(site, spec.array.cells.efficiency, spec.array.packing_factor, plant);
    g.space_yield_per_area = design.space_yield_per_area;
    g.energy_ratio = g.space_yield_per_area / g.ground_yield_per_area;

    const units::power one_kw{1e3 * units::watts};
    const units::power bus_load = spec.loads.compute + spec.loads.housekeeping;
    g.space_area_per_kw = design.array_area * (one_kw / bus_load);
    g.longest_night = longest_night(site.latitude);
    // Energy a year for 1 kW continuous; the share used at night passes through storage.
    const units::duration year{365.25 * 86400.0 * units::seconds};
    const double night_share = 0.5; // averaged over a year, every latitude has 12 h of night a day
    const units::energy needed =
        one_kw * year * ((1.0 - night_share) + night_share / plant.storage_round_trip_efficiency);
    g.ground_area_per_kw = needed / g.ground_yield_per_area;
    g.area_per_kw_ratio = g.ground_area_per_kw / g.space_area_per_kw;
    g.ground_storage_per_kw = one_kw * g.longest_night / plant.storage_round_trip_efficiency;
    return g;
}

} // namespace spacedc::power
