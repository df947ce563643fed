#pragma once
/// \file
/// Margin policies as data: the temperature margins of ECSS-E-ST-31C and the maturity
/// margins on power and mass of ESA's margin philosophy. Pick a standard one or state
/// your own; a policy only turns into a margin (`temperature_margin`, `maturity_margin`)
/// that a requirement applies.
///
/// Temperatures (ECSS-E-ST-31C, 15 November 2008, clause 3, "temperature
/// definitions"): the calculated temperature plus the uncertainty margin is the
/// predicted temperature; plus the acceptance margin, the acceptance temperature; plus
/// the qualification margin, the qualification temperature. The default uncertainty of
/// 10 K for a model not yet correlated with a thermal balance test, 5 K once it is, and
/// the 5 K acceptance and 5 K qualification margins are those of ECSS-E-ST-31C with
/// ECSS-E-ST-10-03C (testing).
///
/// Power and mass (ESA, "Margin philosophy for science assessment studies",
/// SRE-PA/2011.097, issue 1 revision 3, 2012, applied under ECSS-E-ST-20C for power
/// budgets and ECSS-E-ST-10C for mass budgets): an equipment margin by maturity of 5 %
/// for off-the-shelf items, 10 % for items to be modified, 20 % for new developments;
/// on mass, a further system margin of 20 % of the nominal dry mass with equipment
/// margins. The power system margin is left to the project (0 here).

#include <spacedc/checks/bound.hpp>
#include <spacedc/detail/require.hpp>
#include <spacedc/units.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace spacedc::checks {

/// Which limit of a unit a temperature requirement states (ECSS-E-ST-31C, temperature definitions).
enum class temperature_limit_kind {
    design,        ///< the design (operating) limit: calculated + uncertainty must stay inside
    acceptance,    ///< the acceptance limit: + acceptance margin
    qualification, ///< the qualification limit: + acceptance + qualification margins
};

/// The temperature margins between a calculated temperature and a unit's limits.
struct temperature_margin_policy {
    std::string name{};
    std::string source{};
    units::temperature_difference uncertainty{};   ///< calculated -> predicted
    units::temperature_difference acceptance{};    ///< predicted -> acceptance
    units::temperature_difference qualification{}; ///< acceptance -> qualification
};

/// ECSS-E-ST-31C before the thermal model is correlated with a thermal balance test:
/// uncertainty 10 K, acceptance 5 K, qualification 5 K.
inline temperature_margin_policy ecss_e_st_31c() {
    return {.name = "ECSS-E-ST-31C (uncorrelated model)",
            .source = "ECSS-E-ST-31C temperature definitions; ECSS-E-ST-10-03C",
            .uncertainty = 10.0 * units::kelvin_difference,
            .acceptance = 5.0 * units::kelvin_difference,
            .qualification = 5.0 * units::kelvin_difference};
}

/// ECSS-E-ST-31C after correlation with a thermal balance test: uncertainty 5 K,
/// acceptance 5 K, qualification 5 K.
inline temperature_margin_policy ecss_e_st_31c_correlated() {
    return {.name = "ECSS-E-ST-31C (correlated model)",
            .source = "ECSS-E-ST-31C temperature definitions; ECSS-E-ST-10-03C",
            .uncertainty = 5.0 * units::kelvin_difference,
            .acceptance = 5.0 * units::kelvin_difference,
            .qualification = 5.0 * units::kelvin_difference};
}

/// The margin a calculated temperature must keep from a limit of `kind`: the
/// uncertainty, plus the acceptance margin for an acceptance limit, plus the
/// qualification margin for a qualification limit.
inline units::temperature_difference temperature_margin(const temperature_margin_policy& policy,
                                                        temperature_limit_kind kind) {
    spacedc::detail::require_non_negative("uncertainty margin", policy.uncertainty);
    spacedc::detail::require_non_negative("acceptance margin", policy.acceptance);
    spacedc::detail::require_non_negative("qualification margin", policy.qualification);
    switch (kind) {
    case temperature_limit_kind::design:
        return policy.uncertainty;
    case temperature_limit_kind::acceptance:
        return policy.uncertainty + policy.acceptance;
    case temperature_limit_kind::qualification:
        return policy.uncertainty + policy.acceptance + policy.qualification;
    }
    return policy.uncertainty; // unreachable: every kind is handled above
}

/// How mature an item's design is (ESA margin philosophy).
enum class design_maturity {
    off_the_shelf, ///< existing, flight-proven item
    modified,      ///< existing item to be modified
    new_design,    ///< new development
};

/// Equipment margins by maturity and a system margin on top, as fractions.
struct maturity_margin_policy {
    std::string name{};
    std::string source{};
    units::dimensionless off_the_shelf{0.0};
    units::dimensionless modified{0.0};
    units::dimensionless new_design{0.0};
    units::dimensionless system{0.0}; ///< on the total with equipment margins
};

/// ESA margin philosophy for mass: 5 / 10 / 20 % by maturity, 20 % system margin.
inline maturity_margin_policy esa_mass_margins() {
    return {.name = "ESA margin philosophy (mass)",
            .source = "ESA SRE-PA/2011.097 i1r3; ECSS-E-ST-10C",
            .off_the_shelf = 0.05,
            .modified = 0.10,
            .new_design = 0.20,
            .system = 0.20};
}

/// ESA margin philosophy for power: 5 / 10 / 20 % by maturity; no system margin.
inline maturity_margin_policy esa_power_margins() {
    return {.name = "ESA margin philosophy (power)",
            .source = "ESA SRE-PA/2011.097 i1r3; ECSS-E-ST-20C",
            .off_the_shelf = 0.05,
            .modified = 0.10,
            .new_design = 0.20,
            .system = 0.0};
}

/// The whole margin of an item of `maturity` as a fraction of its nominal value:
/// (1 + m_equipment)(1 + m_system) - 1.
inline units::dimensionless maturity_margin(const maturity_margin_policy& policy,
                                            design_maturity maturity) {
    for (auto [name, m] : {std::pair{"off-the-shelf margin", policy.off_the_shelf},
                           std::pair{"modified margin", policy.modified},
                           std::pair{"new-design margin", policy.new_design},
                           std::pair{"system margin", policy.system}}) {
        spacedc::detail::require_in_closed_range(name, m.value(), 0.0, 10.0);
    }
    const units::dimensionless equipment =
        maturity == design_maturity::off_the_shelf ? policy.off_the_shelf
        : maturity == design_maturity::modified    ? policy.modified
                                                   : policy.new_design;
    return (1.0 + equipment) * (1.0 + policy.system) - 1.0;
}

/// The margin `policy` asks of a calculated temperature against a limit of `kind`.
inline margin<units::temperature_difference> thermal_margin(const temperature_margin_policy& policy,
                                                            temperature_limit_kind kind) {
    return absolute_margin(temperature_margin(policy, kind), policy.name);
}

/// The margin `policy` asks of a power capability over the load of an item of `maturity`
/// (a fraction of the load).
inline margin<units::power> power_margin(const maturity_margin_policy& policy,
                                         design_maturity maturity) {
    return fractional_margin<units::power>(maturity_margin(policy, maturity).value(),
                                           margin_basis::limit, policy.name);
}

/// The growth allowance `policy` asks on a mass estimate of `maturity` (a fraction of
/// the estimate).
inline margin<units::mass> mass_margin(const maturity_margin_policy& policy,
                                       design_maturity maturity) {
    return fractional_margin<units::mass>(maturity_margin(policy, maturity).value(),
                                          margin_basis::value, policy.name);
}

/// The radiation design margin (RDM) on total ionising dose: a part's tolerance at least
/// `rdm` times the predicted mission dose, i.e. a margin of (rdm - 1) x the dose. RDM 2 is
/// what ECSS-Q-ST-60-15C (radiation hardness assurance of EEE components) asks for on
/// TID computed with the ECSS-E-ST-10-04C environment models, and NASA practice alike.
/// Throws `invalid_input` unless 1 <= rdm <= 11.
inline margin<units::absorbed_dose> radiation_design_margin(double rdm = 2.0) {
    spacedc::detail::require_in_closed_range("radiation design margin", rdm, 1.0, 11.0);
    return fractional_margin<units::absorbed_dose>(
        rdm - 1.0, margin_basis::value,
        rdm == 2.0 ? "ECSS-Q-ST-60-15C (RDM 2 on total ionising dose)"
                   : fmt::format("radiation design margin {}", rdm));
}

/// "design", "acceptance", "qualification".
inline std::optional<temperature_limit_kind>
temperature_limit_kind_from_string(std::string_view s) {
    if (s == "design") return temperature_limit_kind::design;
    if (s == "acceptance") return temperature_limit_kind::acceptance;
    if (s == "qualification") return temperature_limit_kind::qualification;
    return std::nullopt;
}

/// "off-the-shelf", "modified", "new-design".
inline std::optional<design_maturity> design_maturity_from_string(std::string_view s) {
    if (s == "off-the-shelf") return design_maturity::off_the_shelf;
    if (s == "modified") return design_maturity::modified;
    if (s == "new-design") return design_maturity::new_design;
    return std::nullopt;
}

} // namespace spacedc::checks
