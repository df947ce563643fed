"""Battery-free power: the array for a compute load, its year, the ground comparison."""

from . import _arguments
from ._result import Result


def size_power(load_w, altitude_m, **options):
    """The array that carries ``load_w`` of compute in the sun-synchronous orbit at
    ``altitude_m`` at end of life, as ``spacedc power --json``. Options are the
    command's, with unit suffixes: ``efficiency=0.3``, ``life_s=...``,
    ``housekeeping_w=...``, ``flux_w_per_m2=1367``, ``area_m2=...``, ``ltan="06:00"``."""
    return Result(_arguments.run("power", load_w=load_w, altitude_m=altitude_m, **options))
