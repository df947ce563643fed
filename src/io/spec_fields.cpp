#include "spec_fields.hpp"

#include <spacedc/io/parse_quantity.hpp>

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <map>
#include <string>

namespace spacedc::io::detail {
namespace {

using node::node_spec;

/// `x` in `unit` read as the reader reads a `Q` ("0.3", "110 W/kg", "25 degC").
template <class Q>
double to_si(double x, std::string_view unit) {
    return parse<Q>(unit.empty() ? fmt::format("{:.17g}", x) : fmt::format("{:.17g} {}", x, unit),
                    "value")
        .value();
}

/// An entry for a field of quantity type `Q` reached by `access(spec)`.
template <class Q, class Access>
spec_field quantity_field(Access access) {
    return {.set = [access](node_spec& s, double si) { access(s) = Q::from_value(si); },
            .get = [access](const node_spec& s) { return access(s).value(); },
            .to_si = &to_si<Q>};
}

/// An optional quantity field (set: engaged).
template <class Q, class Access>
spec_field optional_field(Access access) {
    return {.set = [access](node_spec& s, double si) { access(s) = Q::from_value(si); },
            .get =
                [access](const node_spec& s) {
                    const auto& o = access(s);
                    return o ? o->value() : std::numeric_limits<double>::quiet_NaN();
                },
            .to_si = &to_si<Q>};
}

/// The array's mass basis as `Q` (specific power or areal density).
template <class Q>
spec_field mass_basis_field() {
    return {.set = [](node_spec& s, double si) { s.array.mass_basis = Q::from_value(si); },
            .get =
                [](const node_spec& s) {
                    const Q* q = std::get_if<Q>(&s.array.mass_basis);
                    return q ? q->value() : std::numeric_limits<double>::quiet_NaN();
                },
            .to_si = &to_si<Q>};
}

/// An integer field (a count), read and set as the reader reads it; for a sweep, whose
/// values the reader has read (the Monte Carlo study reads drawn integers itself).
template <class Access>
spec_field integer_field(Access access) {
    return {.set = [access](node_spec& s, double x) { access(s) = static_cast<int>(x); },
            .get = [access](const node_spec& s) { return static_cast<double>(access(s)); },
            .to_si =
                [](double x, std::string_view unit) {
                    if (!unit.empty() || x != std::round(x)) {
                        throw invalid_input{"value", fmt::format("{} {}", x, unit), "an integer"};
                    }
                    return x;
                }};
}

/// A plain number (a price).
template <class Access>
spec_field number_field(Access access) {
    return {
        .set = [access](node_spec& s, double x) { access(s) = x; },
        .get = [access](const node_spec& s) { return access(s); },
        .to_si =
            [](double x, std::string_view unit) {
                if (!unit.empty()) {
                    throw invalid_input{"value", fmt::format("{} {}", x, unit), "a plain number"};
                }
                return x;
            }};
}

#define SPACEDC_FIELD(Q, member) quantity_field<Q>([](auto& s) -> auto& { return s.member; })

const std::map<std::string, spec_field, std::less<>>& table() {
    namespace u = units;
    static const std::map<std::string, spec_field, std::less<>> fields{
        {"compute.count", integer_field([](auto& s) -> auto& { return s.compute.count; })},
        {"orbit.year", integer_field([](auto& s) -> auto& { return s.orbit.year; })},
        {"thermal.faces", integer_field([](auto& s) -> auto& { return s.thermal.faces; })},
        {"compute.power_per_accelerator", SPACEDC_FIELD(u::power, compute.power_per_accelerator)},
        {"compute.mass_per_accelerator", SPACEDC_FIELD(u::mass, compute.mass_per_accelerator)},
        {"compute.server_mass_per_accelerator",
         SPACEDC_FIELD(u::mass, compute.server_mass_per_accelerator)},
        {"compute.junction_max", SPACEDC_FIELD(u::temperature, compute.junction_max)},
        {"compute.battery_backed_fraction",
         SPACEDC_FIELD(u::dimensionless, compute.battery_backed_fraction)},
        {"orbit.altitude", SPACEDC_FIELD(u::length, orbit.altitude)},
        {"orbit.inclination",
         optional_field<u::angle>([](auto& s) -> auto& { return s.orbit.inclination; })},
        {"orbit.raan", SPACEDC_FIELD(u::angle, orbit.raan)},
        {"solar.efficiency", SPACEDC_FIELD(u::dimensionless, array.cells.efficiency)},
        {"solar.reference_temperature",
         SPACEDC_FIELD(u::temperature, array.cells.reference_temperature)},
        {"solar.temperature_coefficient",
         SPACEDC_FIELD(u::temperature_coefficient, array.cells.temperature_coefficient)},
        {"solar.packing_factor", SPACEDC_FIELD(u::dimensionless, array.packing_factor)},
        {"solar.inherent_degradation", SPACEDC_FIELD(u::dimensionless, array.inherent_degradation)},
        {"solar.annual_degradation", SPACEDC_FIELD(u::dimensionless, array.annual_degradation)},
        {"solar.pointing_error", SPACEDC_FIELD(u::angle, array.pointing_error)},
        {"solar.front_absorptivity", SPACEDC_FIELD(u::dimensionless, array.front_absorptivity)},
        {"solar.front_emissivity", SPACEDC_FIELD(u::dimensionless, array.front_emissivity)},
        {"solar.back_emissivity", SPACEDC_FIELD(u::dimensionless, array.back_emissivity)},
        {"solar.back_earth_view_factor",
         SPACEDC_FIELD(u::dimensionless, array.back_earth_view_factor)},
        {"solar.earth_infrared", SPACEDC_FIELD(u::irradiance, array.earth_infrared)},
        {"solar.specific_power", mass_basis_field<u::specific_power>()},
        {"solar.areal_density", mass_basis_field<u::areal_density>()},
        {"mission.life", SPACEDC_FIELD(u::duration, mission_life)},
        {"power.design_margin", SPACEDC_FIELD(u::dimensionless, conversion.design_margin)},
        {"power.conversion_efficiency", SPACEDC_FIELD(u::dimensionless, conversion.efficiency)},
        {"power.specific_power", SPACEDC_FIELD(u::specific_power, conversion.specific_power)},
        {"power.housekeeping", SPACEDC_FIELD(u::power, conversion.housekeeping)},
        {"battery.specific_energy", SPACEDC_FIELD(u::specific_energy, battery.specific_energy)},
        {"battery.depth_of_discharge", SPACEDC_FIELD(u::dimensionless, battery.depth_of_discharge)},
        {"battery.discharge_efficiency",
         SPACEDC_FIELD(u::dimensionless, battery.discharge_efficiency)},
        {"battery.charge_efficiency", SPACEDC_FIELD(u::dimensionless, battery.charge_efficiency)},
        {"thermal.radiator_temperature", optional_field<u::temperature>([](auto& s) -> auto& {
             return s.thermal.radiator_temperature;
         })},
        {"thermal.capacitance",
         optional_field<u::heat_capacity>([](auto& s) -> auto& { return s.thermal.capacitance; })},
        {"thermal.added_water", SPACEDC_FIELD(u::mass, thermal.added_water)},
        {"thermal.junction_margin",
         SPACEDC_FIELD(u::temperature_difference, thermal.junction_margin)},
        {"thermal.survival_floor", SPACEDC_FIELD(u::temperature, thermal.survival_floor)},
        {"thermal.emissivity", SPACEDC_FIELD(u::dimensionless, thermal.emissivity)},
        {"thermal.absorptivity", SPACEDC_FIELD(u::dimensionless, thermal.absorptivity)},
        {"thermal.annual_absorptivity_increase",
         SPACEDC_FIELD(u::dimensionless, thermal.annual_absorptivity_increase)},
        {"thermal.areal_density", SPACEDC_FIELD(u::areal_density, thermal.areal_density)},
        {"thermal.heat_transport_specific_power",
         SPACEDC_FIELD(u::specific_power, thermal.heat_transport_specific_power)},
        {"bus.structure_fraction", SPACEDC_FIELD(u::dimensionless, bus.structure_fraction)},
        {"bus.attitude_control", SPACEDC_FIELD(u::mass, bus.attitude_control)},
        {"bus.propulsion", SPACEDC_FIELD(u::mass, bus.propulsion)},
        {"bus.communications", SPACEDC_FIELD(u::mass, bus.communications)},
        {"bus.radiation_shielding", SPACEDC_FIELD(u::mass, bus.radiation_shielding)},
        {"bus.growth_margin", SPACEDC_FIELD(u::dimensionless, bus.growth_margin)},
        {"cost.launch_cost_per_kg_usd",
         number_field([](auto& s) -> auto& { return s.cost.launch_cost_per_kg_usd; })},
        {"cost.electricity_price_usd_per_kwh",
         number_field([](auto& s) -> auto& { return s.cost.electricity_price_usd_per_kwh; })},
        {"cost.ground_pue", SPACEDC_FIELD(u::dimensionless, cost.ground_pue)},
    };
    return fields;
}

#undef SPACEDC_FIELD

} // namespace

const spec_field* find_spec_field(std::string_view key) {
    const auto& t = table();
    const auto it = t.find(key);
    return it == t.end() ? nullptr : &it->second;
}

} // namespace spacedc::io::detail
