"""Arguments: broadcasting, specs from a file, a dict or overrides, and errors that
name the parameter (never a NaN)."""

import math

import numpy as np
import pytest

import spacedc


def test_arrays_broadcast():
    t = np.array([[280.0], [300.0], [320.0]])
    eps = np.array([0.8, 0.85, 0.9, 0.95])
    a = spacedc.radiator_area(1e5, t, eps)
    assert a.shape == (3, 4)
    assert a[1, 2] == spacedc.radiator_area(1e5, 300.0, 0.9)
    assert isinstance(spacedc.radiator_area(1e5, 300.0), float)
    assert spacedc.sso_inclination([500e3, 600e3]).shape == (2,)
    assert spacedc.view_factor(650e3, np.linspace(0, 180, 7)).shape == (7,)


def test_shapes_that_do_not_broadcast_are_invalid():
    with pytest.raises(spacedc.InvalidInput) as e:
        spacedc.radiator_area([1e5, 2e5], [300.0, 310.0, 320.0])
    assert e.value.parameter == "arrays"


@pytest.mark.parametrize(
    "call, parameter",
    [
        (lambda: spacedc.radiator_area(1e5, 300.0, emissivity=1.2), "emissivity"),
        (lambda: spacedc.radiator_area(-1.0, 300.0), "heat"),
        (lambda: spacedc.radiator_area(1e5, 2.0), "radiator temperature"),
        (lambda: spacedc.radiator_area(1e5, 300.0, faces=3), "faces"),
        (lambda: spacedc.radiator_area(1e5, [300.0, math.nan]), "temperature_k"),
        (lambda: spacedc.view_factor(-5.0), "altitude"),
        (lambda: spacedc.size_power(load_w=-1.0, altitude_m=650e3), "load_w"),
        (lambda: spacedc.size_power(load_w=math.inf, altitude_m=650e3), "load_w"),
        (lambda: spacedc.size_radiator(heat_w=1e5, temperature_k=300, emissivity=0), "emissivity"),
    ],
)
def test_bad_input_names_the_parameter(call, parameter):
    with pytest.raises(spacedc.InvalidInput) as e:
        call()
    assert isinstance(e.value, ValueError)
    assert e.value.parameter == parameter
    assert e.value.valid_range
    assert parameter in str(e.value)


def test_wrong_types_are_type_errors():
    with pytest.raises(TypeError):
        spacedc.radiator_area("100 kW", 300.0)
    with pytest.raises(TypeError):
        spacedc.radiator_area(None, 300.0)
    with pytest.raises(TypeError):
        spacedc.size_power(load_w=1e5, altitude_m="650 km")
    with pytest.raises(TypeError):
        spacedc.size_power(load_w=1e5, altitude_m=650e3, no_such_option=1)
    with pytest.raises(TypeError):
        spacedc.size_node_batch("x.toml", [1, 2])
    with pytest.raises(TypeError):
        spacedc.load_spec(42)


def test_a_dict_spec_reads_as_the_file_does(reference):
    as_dict = {
        "compute": {"count": 143, "power_per_accelerator": "700 W", "junction_max": "85 degC"},
        "orbit": {"altitude": 650e3, "ltan": "06:00"},  # a number is SI: metres
        "thermal": {"radiator_temperature": "300 K"},
    }
    as_text = (
        '[compute]\ncount = 143\npower_per_accelerator = "700 W"\njunction_max = "85 degC"\n'
        '[orbit]\naltitude = "650 km"\nltan = "06:00"\n[thermal]\nradiator_temperature = "300 K"\n'
    )
    import tempfile, os

    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "spec.toml")
        with open(path, "w") as f:
            f.write(as_text)
        assert spacedc.size_node(as_dict).to_dict() == spacedc.size_node(path).to_dict()


def test_overrides_are_si_with_angles_in_degrees(reference):
    from conftest import CONFIGS

    shell = CONFIGS / "shell_53deg.toml"
    by_number = spacedc.load_spec(shell, {"orbit.altitude": 800e3, "orbit.inclination": 53.0})
    by_text = spacedc.load_spec(shell, {"orbit.altitude": "800 km", "orbit.inclination": "53 deg"})
    assert by_number.inputs.to_dict() == by_text.inputs.to_dict()
    assert by_number.inputs.orbit.inclination_deg == pytest.approx(53.0, rel=1e-12)
    spec = spacedc.load_spec(reference).with_overrides({"compute.count": 10})
    assert spec.inputs.compute.count == 10
    out = spacedc.size_node_batch(shell, {"orbit.inclination": [60.0]})
    assert out["sunlit_fraction"][0] == pytest.approx(
        spacedc.size_node(shell, {"orbit.inclination": 60.0}).sunlit_fraction, rel=1e-12)


def test_bad_spec_values_name_the_key(reference):
    with pytest.raises(spacedc.InvalidInput) as e:
        spacedc.size_node(reference, {"thermal.emissivity": 1.5})
    assert "thermal.emissivity" in e.value.parameter
    with pytest.raises(spacedc.InvalidInput) as e:
        spacedc.size_node({"compute": {"no_such_key": 1}})
    assert "no_such_key" in str(e.value)
    with pytest.raises(spacedc.InvalidInput) as e:
        spacedc.size_node(reference, {"compute.count": 12.5})
    assert e.value.parameter == "compute.count"
    with pytest.raises(spacedc.InvalidInput):
        spacedc.size_node("/no/such/spec.toml")


@pytest.mark.parametrize(
    "overrides, parameter",
    [
        ({"compute.count": [100, math.nan]}, "compute.count"),
        ({"compute.count": [100, 12.5]}, "compute.count"),
        ({"thermal.emissivity": [0.9, 1.5]}, "thermal.emissivity"),
        ({"no.such_key": [1.0]}, "no.such_key"),
        ({"orbit.inclination": [53.0]}, "orbit"),  # beside the reference spec's ltan
        ({"compute.count": [1, 2], "thermal.emissivity": [0.8, 0.9, 0.95]}, "overrides"),
    ],
)
def test_bad_batches_name_the_key(reference, overrides, parameter):
    with pytest.raises(spacedc.InvalidInput) as e:
        spacedc.size_node_batch(reference, overrides)
    assert e.value.parameter.split(" ")[0] == parameter


def test_threads_are_checked(reference):
    with pytest.raises(spacedc.InvalidInput):
        spacedc.size_node_batch(reference, {"compute.count": [10]}, threads=0)
    with pytest.raises(TypeError):
        spacedc.size_node_batch(reference, {"compute.count": [10]}, threads=1.5)


def test_results_are_read_only(reference):
    d = spacedc.size_node(reference)
    with pytest.raises(AttributeError):
        d.total_mass_kg = 1.0
    with pytest.raises(AttributeError):
        d.no_such_key
    d.to_dict()["total_mass_kg"] = 0.0  # a copy
    assert d.total_mass_kg != 0.0


def test_library_exceptions_become_the_packages():
    from spacedc import _core

    with pytest.raises(spacedc.InvalidInput) as e:
        _core._throw("invalid_input")
    assert (e.value.parameter, e.value.value, e.value.valid_range, e.value.reason) == ("p", "v", "r", "why")
    assert str(e.value) == "p = v is invalid: why; valid range: r"
    with pytest.raises(spacedc.NoConvergence, match="did not converge"):
        _core._throw("no_convergence")
    with pytest.raises(spacedc.Error, match="other"):
        _core._throw("error")
