#pragma once
/// \file
/// The second stage of sizing, after the orbit's (node/orbit_environment.hpp): what
/// depends only on an array's technology, its life and the range of solar flux its orbit
/// meets through the year. That is the array's output per area at end and at beginning of
/// life as functions of the flux over the year's range, each a Chebyshev series from the
/// power series of the array's radiative balance about the middle flux (flux_response.hpp:
/// one exact operating point in the middle and two at the ends per age, both ages
/// expanded side by side). Computed once and passed to every design built with that
/// array (`size_power(spec, sunlight, flux, response, period)`,
/// `node::size_node(spec, environment, response)`), so a sweep over chips, radiator
/// temperatures, loads or margins pays for the array once. No cache is
/// hidden anywhere: the caller holds the value, and every sizing checks that it was
/// prepared for the array, life and flux range it is given.
///
/// The flux range is the whole year's (power/flux_year.hpp), which does not depend on
/// the altitude: one response serves every orbit of the same year.

#include <spacedc/errors.hpp>
#include <spacedc/power/flux_response.hpp>
#include <spacedc/power/flux_year.hpp>
#include <spacedc/power/solar_array.hpp>

namespace spacedc::power {

struct array_response {
    solar_array array; ///< the technology it was prepared for (validated; any mass basis serves)
    units::duration mission_life; ///< end of life
    flux_response eol;            ///< P/A after `mission_life`, over the year's flux range
    flux_response bol;            ///< P/A at the start of life, over the same range
};

/// The response of `array` after `mission_life` over the flux range of `flux`; throws
/// `invalid_input` for an invalid array or a non-positive life.
inline array_response prepare_array(const solar_array& array, units::duration mission_life,
                                    const flux_year& flux) {
    validate(array);
    spacedc::detail::require_positive("mission life", mission_life);
    const double eol_years = mission_life.value() / (365.25 * 86400.0);
    const auto [eol, bol] =
        detail::respond_validated<2>(array, flux.low, flux.high, {eol_years, 0.0});
    return {.array = array, .mission_life = mission_life, .eol = eol, .bol = bol};
}

namespace detail {
/// Every field of the arrays but the mass basis, on which the output per area does not
/// depend.
inline bool same_output(const solar_array& a, const solar_array& b) {
    return a.cells == b.cells && a.packing_factor == b.packing_factor &&
           a.inherent_degradation == b.inherent_degradation &&
           a.annual_degradation == b.annual_degradation && a.pointing_error == b.pointing_error &&
           a.front_absorptivity == b.front_absorptivity &&
           a.front_emissivity == b.front_emissivity && a.back_emissivity == b.back_emissivity &&
           a.back_earth_view_factor == b.back_earth_view_factor &&
           a.earth_infrared == b.earth_infrared;
}
} // namespace detail

/// True when `response` was prepared for this array (its mass basis aside), life and
/// flux range.
inline bool prepared_for(const array_response& response, const solar_array& array,
                         units::duration mission_life, const flux_year& flux) {
    return response.mission_life == mission_life && response.eol.low == flux.low.value() &&
           response.eol.high == flux.high.value() && detail::same_output(response.array, array);
}

/// Throws `invalid_input` unless `response` was prepared for this array, life and flux
/// range.
inline void require_prepared_for(const array_response& response, const solar_array& array,
                                 units::duration mission_life, const flux_year& flux) {
    if (!prepared_for(response, array, mission_life, flux)) {
        throw invalid_input{"array response", "prepared for another array, life or flux range",
                            "prepare_array(array, mission life, the orbit's flux year)"};
    }
}

} // namespace spacedc::power
