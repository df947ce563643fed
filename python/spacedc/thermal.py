"""Radiators and view factors."""

from . import _arguments, _arrays, _core
from ._result import Result


def view_factor(altitude_m, tilt_deg=0.0):
    """View factor from a flat plate at ``altitude_m`` to the Earth, its normal tilted
    ``tilt_deg`` from nadir (Howell's catalogue, plate to sphere; a nadir plate sees
    (R/(R+h))^2). Broadcasts over arrays."""
    return _arrays.vectorised(_core.earth_view_factor, altitude_m=altitude_m, tilt_deg=tilt_deg)


def radiator_area(heat_w, temperature_k, emissivity=0.9, faces=2, sink_k=2.725):
    """Planform area (m^2) of an isothermal radiator rejecting ``heat_w`` at
    ``temperature_k`` to a sink at ``sink_k``: A = Q / (faces eps sigma (T^4 - Ts^4))
    (Incropera & DeWitt eq. 1.7). Broadcasts over arrays; no environment loads (see
    ``size_radiator``)."""
    return _arrays.vectorised(
        _core.radiator_area,
        heat_w=heat_w,
        temperature_k=temperature_k,
        emissivity=emissivity,
        faces=faces,
        sink_k=sink_k,
    )


def size_radiator(heat_w, **options):
    """A radiator for ``heat_w``, as ``spacedc radiator --json``: at ``temperature_k``,
    or the temperature of a given ``area_m2``, with the orbit's environment when
    ``altitude_m`` is given, fins, and a junction chain. Options are the command's:
    ``emissivity``, ``absorptivity``, ``faces``, ``beta_deg``, ``orientation``, ..."""
    return Result(_arguments.run("radiator", heat_w=heat_w, **options))
