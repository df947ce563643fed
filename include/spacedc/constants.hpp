#pragma once
/// \file
/// Physical and astronomical constants, each with its source. spacedc uses these
/// and no others: there is one solar constant and one Stefan-Boltzmann constant.

#include <spacedc/units.hpp>

namespace spacedc::constants {

/// Stefan-Boltzmann constant, 5.670374419e-8 W m^-2 K^-4 (CODATA 2018, exact since the
/// 2019 SI redefinition). Boost 1.74 ships the CODATA 2014 value; this one is pinned.
inline const units::stefan_boltzmann_constant stefan_boltzmann{
    5.670374419e-8 * units::watts_per_square_meter_kelvin4};

/// Speed of light in vacuum, 299 792 458 m/s (exact, SI definition; CODATA 2018).
inline const units::velocity speed_of_light{299'792'458.0 * units::meters_per_second};

/// Nominal total solar irradiance at 1 AU, 1361 W/m^2 (IAU 2015 Resolution B3).
inline const units::irradiance solar_irradiance_1au{1361.0 * units::watts_per_square_meter};

/// Astronomical unit, 149 597 870 700 m (exact; IAU 2012 Resolution B2).
inline const units::length astronomical_unit{149'597'870'700.0 * units::meters};

/// Earth equatorial radius, 6 378 137 m (WGS-84, NIMA TR8350.2). spacedc's one Earth:
/// every altitude is measured above it and the eclipse shadow, the view factors to the
/// Earth and the link geometry all use a sphere of this radius (the convention of SMAD
/// and of orbit altitudes). Every `--json` output names it as `earth_radius_m`.
inline const units::length earth_equatorial_radius{6'378'137.0 * units::meters};

/// Earth mean radius, 6 371 000 m (IUGG mean radius R1 = 6371.0088 km, rounded): not
/// spacedc's default, selectable where a source computes with it (Gilmore's and
/// McCalip's view factors, e.g. `thermal::earth_view_factor`'s radius argument).
inline const units::length earth_mean_radius{6'371'000.0 * units::meters};

/// Earth gravitational parameter GM, 3.986004418e14 m^3/s^2 (WGS-84, NIMA TR8350.2).
inline const units::gravitational_parameter earth_gm{3.986004418e14 *
                                                     units::cubic_meters_per_second_squared};

/// Earth second zonal harmonic J2 = 1.08262668e-3 (EGM96 C20 unnormalised; Vallado,
/// Fundamentals of Astrodynamics, 4th ed., Table D-1).
inline const units::dimensionless earth_j2{1.08262668e-3};

/// Temperature of the cosmic microwave background, 2.725 K (Fixsen 2009, ApJ 707, 916:
/// 2.72548 +/- 0.00057 K): the deep-space radiative sink.
inline const units::temperature cosmic_background{2.725 * units::kelvin};

/// Mean obliquity of the ecliptic at J2000.0, 84381.406 arcsec = 23.4392794 deg
/// (IAU 2006 precession, Capitaine et al. 2003).
inline const units::angle obliquity_j2000{units::from_degrees(84381.406 / 3600.0)};

/// Length of the tropical year, 365.242190 days of 86 400 s (Astronomical Almanac):
/// the period of the mean Sun that a sun-synchronous node tracks.
inline const units::duration tropical_year{365.242190 * 86'400.0 * units::seconds};

} // namespace spacedc::constants
