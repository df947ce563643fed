"""spacedc: sizing a satellite compute node for an orbital data center, from Python.

    import spacedc
    design = spacedc.size_node("examples/configs/reference_100kw.toml",
                               overrides={"compute.count": 512})
    print(design.radiator_area_m2, design.chip_to_support_mass_ratio)

Numbers are in SI base units with the unit in the keyword (``altitude_m``, ``heat_w``,
``temperature_k``), angles in degrees (``_deg``), ratios plain; results have the keys
of the command-line tool's JSON (README, "JSON keys"). Bad input raises
``InvalidInput`` (a ``ValueError``) naming the parameter, never returns NaN. See
docs/python.md.
"""

from . import errors, network, orbit, power, thermal
from ._core import version as __version__
from ._node import (
    BATCH_COLUMNS,
    FINDING_KINDS,
    Spec,
    check,
    load_spec,
    size_node,
    size_node_batch,
)
from ._result import Design, Result
from .errors import Error, InvalidInput, NoConvergence
from .orbit import analyse_year, eclipse_free_altitude, sso_inclination
from .power import size_power
from .thermal import radiator_area, size_radiator, view_factor

__all__ = [
    "BATCH_COLUMNS",
    "Design",
    "Error",
    "FINDING_KINDS",
    "InvalidInput",
    "NoConvergence",
    "Result",
    "Spec",
    "analyse_year",
    "check",
    "eclipse_free_altitude",
    "errors",
    "load_spec",
    "network",
    "orbit",
    "power",
    "radiator_area",
    "size_node",
    "size_node_batch",
    "size_power",
    "size_radiator",
    "sso_inclination",
    "thermal",
    "view_factor",
]
