"""Values: the bindings give the library's numbers, checked against exact formulas and
published values, and against the command-line tool on the same inputs."""

import math

import numpy as np
import pytest

import spacedc

SIGMA = 5.670374419e-8  # CODATA 2018
R_EARTH = 6378137.0


def test_sso_inclination_matches_published_values():
    # Vallado (4th ed.) and Wertz: about 97.8-98.0 deg at 600-700 km; the closed form
    # cos i = -(2 rho / (3 J2 R^2 n)) a^(7/2)... is checked in C++ to 0.004 %; here the
    # binding returns what `spacedc orbit` prints.
    assert spacedc.sso_inclination(650e3) == pytest.approx(97.986, abs=0.01)


def test_sso_inclination_equals_the_cli(cli):
    for h in (500e3, 650e3, 1200e3):
        assert spacedc.sso_inclination(h) == pytest.approx(
            cli("orbit", "--altitude", f"{h} m")["inclination_deg"], rel=1e-12
        )


def test_radiator_area_is_stefan_boltzmann():
    # A = Q / (n eps sigma (T^4 - Ts^4)), Incropera & DeWitt eq. 1.7, tolerance 1e-9.
    q, t, eps, ts = 1e5, 300.0, 0.9, 2.725
    expected = q / (2 * eps * SIGMA * (t**4 - ts**4))
    assert spacedc.radiator_area(q, t, eps, 2, ts) == pytest.approx(expected, rel=1e-9)
    assert spacedc.radiator_area(q, t, eps, 1, ts) == pytest.approx(2 * expected, rel=1e-9)


def test_nadir_view_factor_is_exact():
    # A nadir plate sees (R / (R + h))^2 of the Earth (Howell, C-11), tolerance 1e-12.
    h = np.array([400e3, 650e3, 1400e3])
    assert spacedc.view_factor(h) == pytest.approx((R_EARTH / (R_EARTH + h)) ** 2, rel=1e-12)
    assert spacedc.view_factor(650e3, 180.0) == 0.0  # zenith: the Earth is behind


def test_size_node_is_size_json(cli, reference):
    design = spacedc.size_node(reference, overrides={"compute.count": 200})
    expected = cli("size", reference, "--set", "compute.count=200")
    assert design.to_dict() == expected
    assert design.radiator_area_m2 == expected["radiator_area_m2"]
    assert design.cold_case.eclipse_s == expected["cold_case"]["eclipse_s"]
    assert design.inputs.compute.count == 200


def test_power_and_radiator_and_orbit_equal_the_cli(cli):
    assert spacedc.size_power(load_w=1e5, altitude_m=650e3, efficiency=0.3).to_dict() == cli(
        "power", "--load", "100 kW", "--altitude", "650 km", "--efficiency", "0.3"
    )
    assert spacedc.size_radiator(heat_w=1e5, temperature_k=300, faces=1).to_dict() == cli(
        "radiator", "--heat", "100 kW", "--temperature", "300 K", "--faces", "1"
    )
    year = spacedc.analyse_year(altitude_m=650e3, ltan="06:00", year=2027)
    assert year.to_dict() == cli("orbit", "--altitude", "650 km", "--ltan", "06:00", "--year", "2027")
    shell = spacedc.analyse_year(altitude_m=550e3, inclination_deg=53, raan_deg=40)
    assert shell.sun_synchronous is False
    assert shell.to_dict() == cli("orbit", "--altitude", "550 km", "--inclination", "53 deg", "--raan", "40 deg")


def test_eclipse_free_altitude(cli):
    free = spacedc.eclipse_free_altitude(ltan="06:00", year=2027)
    assert free.to_dict() == cli("orbit", "--eclipse-free-altitude", "--ltan", "06:00")
    assert 1.2e6 < free.altitude_m < 1.6e6  # about 1390 km (the C++ tests bound it)


def test_network_steady_and_transient(cli):
    from conftest import CONFIGS

    model = CONFIGS / "compute_node_network.toml"
    assert spacedc.network.steady(model).to_dict() == cli("network", model)
    run = spacedc.network.transient(model, duration_s=600, step_s=10)
    assert run.to_dict() == cli("network", model, "--transient", "--duration", "600 s", "--step", "10 s")


def test_checks(reference):
    from conftest import CONFIGS

    result = spacedc.check(CONFIGS / "demonstrator.toml")
    assert isinstance(result.checks_passed, bool)
    for c in result.checks:
        assert {"name", "value", "bound", "margin", "pass"} <= set(c.keys())


def test_batch_equals_scalar_sizing(reference):
    counts = np.array([72, 143, 286, 572])
    altitudes = np.array([[600e3], [900e3]])
    out = spacedc.size_node_batch(reference, {"compute.count": counts, "orbit.altitude": altitudes}, threads=2)
    assert out["total_mass_kg"].shape == (2, 4)
    for i, h in enumerate(altitudes[:, 0]):
        for j, n in enumerate(counts):
            d = spacedc.size_node(reference, {"compute.count": int(n), "orbit.altitude": float(h)})
            assert out["feasible"][i, j] == d.feasible
            for key in spacedc.BATCH_COLUMNS:
                expected = d.to_dict()[key]
                got = out[key][i, j]
                if expected is None:
                    assert math.isnan(got), key
                else:
                    assert got == pytest.approx(expected, rel=1e-12), key


def test_batch_does_not_depend_on_threads(reference):
    over = {"compute.count": np.arange(60, 260), "thermal.emissivity": np.linspace(0.7, 0.95, 200)}
    one = spacedc.size_node_batch(reference, over, threads=1)
    two = spacedc.size_node_batch(reference, over, threads=3)
    for key in one:
        np.testing.assert_array_equal(one[key], two[key])


def test_infeasible_designs_are_results_with_a_reason(reference):
    # Radiators hotter than the chain allows break the junction limit.
    out = spacedc.size_node_batch(reference, {"thermal.radiator_temperature": [290.0, 340.0]})
    assert list(out["feasible"]) == [True, False]
    assert out["reason_kind"][0] == -1
    assert spacedc.FINDING_KINDS[out["reason_kind"][1]] == "radiator_above_junction_limit"
    assert math.isnan(out["total_mass_kg"][1])
    d = spacedc.size_node(reference, {"thermal.radiator_temperature": 340.0})
    assert d.feasible is False and d.total_mass_kg is None and d.reasons


def test_a_chain_with_no_radiator_temperature_is_infeasible(reference):
    # 40,000 chips on one shared loop: its drop leaves no radiator above the sink.
    out = spacedc.size_node_batch(reference, {"compute.count": [143, 40000]})
    assert list(out["feasible"]) == [True, False]
    assert spacedc.FINDING_KINDS[out["reason_kind"][1]] == "chain_leaves_no_radiator"
    assert math.isnan(out["radiator_temperature_k"][1]) and math.isnan(out["total_mass_kg"][1])
    d = spacedc.size_node(reference, {"compute.count": 40000})
    assert d.feasible is False and d.radiator_temperature_k is None
