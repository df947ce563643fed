#pragma once
/// \file
/// Everything that defines a satellite compute node: "N accelerators of P watts in this
/// orbit with this technology". Every field has a default with its source (see also
/// docs/node.md); `examples/configs/*.toml` are the same structure as files.

#include <spacedc/orbit/eclipse.hpp>
#include <spacedc/power/battery.hpp>
#include <spacedc/power/power_budget.hpp>
#include <spacedc/power/solar_array.hpp>
#include <spacedc/thermal/fin.hpp>
#include <spacedc/thermal/thermal_chain.hpp>
#include <spacedc/thermal/view_factor.hpp>
#include <spacedc/units.hpp>

#include <optional>

namespace spacedc::node {

/// The accelerators and the servers that carry them.
struct compute_payload {
    int count = 143;                                          ///< accelerators
    units::power power_per_accelerator{700.0 * units::watts}; ///< H100 SXM TDP (NVIDIA datasheet)
    units::mass mass_per_accelerator{1.7 * units::kilograms}; ///< SXM module with heat spreader
    units::mass server_mass_per_accelerator{
        8.0 * units::kilograms}; ///< boards, memory, networking, enclosure share
    units::temperature junction_max{units::from_celsius(85.0)}; ///< sustained junction limit
    /// Share of the compute power a battery carries through eclipses: 0, battery-free
    /// (compute off in shadow); 1, compute never stops. The battery, its recharge and the
    /// heat it keeps in the loop follow (power/power_budget.hpp, the cold case).
    units::dimensionless battery_backed_fraction = 0.0;
    /// The total ionising dose the accelerators tolerate (their stated TID limit, e.g.
    /// 2 krad(Si) where Suncatcher's Trillium HBM first shows irregularities); the mission
    /// dose is compared with it (node_design::mission_dose). Absent: not compared.
    std::optional<units::absorbed_dose> dose_limit{};
};

/// The orbit: by default the sun-synchronous circular orbit at `altitude` with `ltan`;
/// with an `inclination`, any circular orbit whose node is `raan` at the start of `year`
/// (1 January 00:00 UTC) and regresses at the J2 rate (orbit/precessing_orbit.hpp).
struct orbit_spec {
    units::length altitude{650e3 * units::meters};       ///< Suncatcher's dawn-dusk SSO
    units::duration ltan{6.0 * 3600.0 * units::seconds}; ///< sun-synchronous orbits only
    /// Absent: sun-synchronous. Set: this inclination, the node placed by `raan`.
    std::optional<units::angle> inclination{};
    units::angle raan{0.0 * units::radians}; ///< node at the start of `year` (with `inclination`)
    int year = 2027;
    orbit::shadow_model shadow = orbit::shadow_model::cylindrical;

    bool sun_synchronous() const { return !inclination; }
    bool operator==(const orbit_spec&) const = default;
};

/// Power conversion and distribution (PMAD).
struct power_conversion {
    units::dimensionless efficiency = 0.92; ///< array to loads
    units::specific_power specific_power{
        1000.0 * units::watts_per_kilogram}; ///< PMAD W/kg (assumption; SMAD-era PMAD 200-500,
                                             ///< modern high-voltage units higher)
    units::power housekeeping{2.0 * units::kilo * units::watts}; ///< bus electrical load
    /// Array sized for (1 + m) x the load (0: no margin; ESA's margin philosophy asks 5-20 %
    /// by maturity, see checks/margin_policy.hpp).
    units::dimensionless design_margin{0.0};
};

struct thermal_spec {
    /// Heat-pipe temperature; when absent, the hottest the junction chain allows.
    std::optional<units::temperature> radiator_temperature{};
    /// Kept between the predicted junction and `junction_max` when the radiator temperature
    /// is derived from the chain (0: none; ECSS-E-ST-31C's uncertainty margin is 10 K
    /// before the thermal model is correlated, see checks/margin_policy.hpp).
    units::temperature_difference junction_margin{0.0 * units::kelvin_difference};
    /// Junction to radiator; when empty, no junction check is made.
    thermal::thermal_chain chain{
        .per_chip = {{"junction to case", 0.02 * units::kelvin_per_watt},
                     {"interface material", 0.01 * units::kelvin_per_watt},
                     {"cold plate to coolant", 0.02 * units::kelvin_per_watt}},
        .shared = {{"pumped loop to radiator", 1e-4 * units::kelvin_per_watt}}};
    units::dimensionless emissivity = 0.9;   ///< white paint (Gilmore Table A.1: 0.85-0.92)
    units::dimensionless absorptivity = 0.2; ///< white paint, BOL (Gilmore)
    /// Solar absorptivity gained per year on orbit (ultraviolet, atomic oxygen,
    /// contamination); the hot case uses the end-of-life value
    /// alpha_EOL = min(absorptivity + life x this, 1). 0: no degradation. Gilmore,
    /// Spacecraft Thermal Control Handbook Vol. I, ch. 4 and App. A: white paints in LEO
    /// rise by a few hundredths a year (rough estimates, strongly mission-dependent).
    units::dimensionless annual_absorptivity_increase = 0.0;
    int faces = 2;
    thermal::radiator_orientation orientation = thermal::radiator_orientation::edge_on;
    units::areal_density areal_density{
        5.0 * units::kilograms_per_square_meter}; ///< Turyshev: 2-10 kg/m^2
    /// Heat carried per kg of pumps, loop and cold plates: 500 W/kg, i.e. 2 kg/kW
    /// (assumption; ISS-class pumped loops are heavier).
    units::specific_power heat_transport_specific_power{500.0 * units::watts_per_kilogram};
    std::optional<thermal::radiating_fin> fin{};
    /// Everything that cools with the radiator in eclipse; when absent, the radiator's
    /// aluminium (903 J/(kg K), Incropera & DeWitt Table A.1, pure Al at 300 K) and the
    /// heat-transport mass taken as half coolant water (4179 J/(kg K), Table A.6) and half
    /// aluminium (assumption; chips and servers, loosely coupled, are left out).
    std::optional<units::heat_capacity> capacitance{};
    /// Water added to the loop as thermal capacitance to ride through eclipses: its
    /// 4179 J/(kg K) (Incropera & DeWitt Table A.6) adds to the capacitance above, and
    /// its mass to the budget (0: none).
    units::mass added_water{0.0 * units::kilograms};
    /// The coldest the loop may get in eclipse: its fluid's freezing point (water
    /// 273.15 K; ammonia 195.4 K, CRC Handbook).
    units::temperature survival_floor{273.15 * units::kelvin};
    /// A thermostatic survival heater holds the floor in eclipse, with the battery that
    /// runs it in the mass budget (without one the loop cools freely).
    bool survival_heater = false;
};

/// Everything else the bus carries, as allocations.
struct bus_spec {
    units::dimensionless structure_fraction = 0.20; ///< of the dry mass it supports (Biswas: 20 %)
    units::mass attitude_control{60.0 * units::kilograms};
    units::mass propulsion{80.0 * units::kilograms};     ///< dry + propellant for station keeping
    units::mass communications{40.0 * units::kilograms}; ///< optical terminals and TT&C
    units::mass radiation_shielding{50.0 * units::kilograms};
    units::dimensionless growth_margin = 0.10; ///< AIAA S-120A, mature design (~10 %)
};

/// Simple economics: launch only, against a ground electricity bill.
struct cost_spec {
    double launch_cost_per_kg_usd =
        1500.0; ///< today's rideshare order (Suncatcher: $3,600 now, $200 by the 2030s)
    double electricity_price_usd_per_kwh =
        0.08; ///< US industrial average (EIA Electric Power Monthly, 2024)
    units::dimensionless ground_pue =
        1.2; ///< modern hyperscale data centre (Uptime Institute surveys)
};

struct node_spec {
    compute_payload compute{};
    orbit_spec orbit{};
    power::solar_array array{.cells = {.efficiency = 0.30}};
    units::duration mission_life{5.0 * 365.25 * 86400.0 * units::seconds};
    power_conversion conversion{};
    power::battery_technology battery{};
    thermal_spec thermal{};
    bus_spec bus{};
    cost_spec cost{};
};

/// The power system of `spec`'s node: its array, life, battery and design margin, and
/// the loads: the compute of its accelerators (the battery-backed share carried through
/// eclipses) and its bus. `size_node` sizes this; `spacedc power` and the examples start
/// from `node_spec{}` too, so every entry point has the same defaults (docs/node.md).
inline power::power_spec power_system(const node_spec& spec) {
    const units::power compute =
        static_cast<double>(spec.compute.count) * spec.compute.power_per_accelerator;
    return {.loads = {.compute = compute,
                      .housekeeping = spec.conversion.housekeeping,
                      .conversion_efficiency = spec.conversion.efficiency,
                      .battery_backed_compute = spec.compute.battery_backed_fraction * compute},
            .array = spec.array,
            .mission_life = spec.mission_life,
            .battery = spec.battery,
            .design_margin = spec.conversion.design_margin};
}

} // namespace spacedc::node
