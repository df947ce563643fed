#pragma once
/// \file
/// The array in forward mode, at a flux the user gives rather than the orbit's worst lit
/// day: what a textbook check or a source's figure asks (SMAD at 1367 W/m^2, Starcloud at
/// 1361). With the load at the array P_sa = (P_compute + P_bus) / X (SMAD eq. 11-5, no
/// eclipse term: nothing is carried through shadow here) and the operating point of
/// `operating_point` (SMAD eqs. 11-4 to 11-7 with the array's radiative temperature):
///   A = (1 + m) P_sa / (P/A)_EOL,   P(A) = (P/A) A at BOL and at EOL.

#include <spacedc/power/power_budget.hpp>
#include <spacedc/power/solar_array.hpp>
#include <spacedc/units.hpp>

namespace spacedc::power {

/// An array sized, or an area evaluated, at one given flux.
struct array_at_flux {
    units::irradiance flux;
    array_operating_point bol;         ///< at the start of life
    array_operating_point eol;         ///< after the mission life
    units::power array_power_required; ///< (compute + bus) / conversion efficiency
    units::area area_for_load;         ///< (1 + m) P_sa / (P/A)_EOL
    units::mass mass_for_load;
};

/// Sizes `spec`'s array to carry its loads at `flux` at end of life. Throws
/// `invalid_input` as `size_power` does and for a non-positive flux.
inline array_at_flux size_array_at_flux(const power_spec& spec, units::irradiance flux) {
    validate(spec.loads);
    validate(spec.array);
    spacedc::detail::require_positive("mission life", spec.mission_life);
    spacedc::detail::require_in_closed_range("power design margin", spec.design_margin, 0.0, 10.0);
    spacedc::detail::require_positive("solar flux", flux);
    const double years = spec.mission_life.value() / (365.25 * 86400.0);
    array_at_flux r{};
    r.flux = flux;
    r.bol = operating_point(spec.array, flux, 0.0);
    r.eol = operating_point(spec.array, flux, years);
    if (!(r.eol.power_per_area.value() > 0.0)) {
        throw invalid_input{"solar array", "no electrical output at end of life",
                            "an array with positive efficiency at its operating temperature"};
    }
    r.array_power_required =
        (spec.loads.compute + spec.loads.housekeeping) / spec.loads.conversion_efficiency;
    r.area_for_load =
        (1.0 + spec.design_margin.value()) * r.array_power_required / r.eol.power_per_area;
    r.mass_for_load = array_mass(spec.array, r.area_for_load, r.bol.power_per_area);
    return r;
}

/// Output of `area` of `array` at `flux` after `years` in orbit: (P/A) A.
inline units::power array_output(const solar_array& array, units::area area, units::irradiance flux,
                                 double years) {
    spacedc::detail::require_positive("array area", area);
    return operating_point(array, flux, years).power_per_area * area;
}

} // namespace spacedc::power
