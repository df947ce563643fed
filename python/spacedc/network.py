"""Thermal networks from a TOML model (docs/network.md): steady state and transients."""

from . import _arguments
from ._result import Result


def steady(model):
    """The steady state of the network in the TOML file ``model``, as
    ``spacedc network MODEL --json``."""
    return Result(_arguments.run("network", model))


def transient(model, duration_s=5400.0, step_s=10.0, **options):
    """The network integrated in time from its initial temperatures, as ``spacedc
    network MODEL --transient --json``; options ``method``, ``tolerance``,
    ``output_interval_s``."""
    return Result(
        _arguments.run("network", model, transient=True, duration_s=duration_s, step_s=step_s, **options)
    )


def periodic(model, **options):
    """The periodic steady state of one orbit of the model's ``[orbit]``: each node's
    minimum and maximum (``--periodic``); options ``steps``, ``beta_deg``."""
    return Result(_arguments.run("network", model, periodic=True, **options))
