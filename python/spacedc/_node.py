"""Whole nodes: specs (a TOML file, TOML text, a dict, or a spec with overrides), the
sizing of one design, and the sizing of a batch of designs in C++ threads."""

import json
import math
import numbers
import os

from . import _arrays, _core
from ._result import Design, Result
from .errors import InvalidInput


def _toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _toml_value(key, value):
    """``value`` of spec key ``key`` as TOML: text as the spec file spells it ("650 km"),
    a number in SI (angles in degrees) with the key's unit."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, os.PathLike)):
        return _toml_string(os.fspath(value))
    if isinstance(value, numbers.Real):
        if not math.isfinite(value):
            raise InvalidInput.of(key, value, "a finite number")
        try:
            unit, integer = _core.key_unit(key)
        except InvalidInput:
            unit, integer = "", False  # not a numeric key: the reader names the error
        if integer or isinstance(value, numbers.Integral) and not unit:
            if value != int(value):
                raise InvalidInput.of(key, value, "an integer")
            return repr(int(value))
        return _toml_string(f"{float(value)!r} {unit}") if unit else repr(float(value))
    raise TypeError(f"{key} must be a number, text or a bool, not {type(value).__name__}")


def _override_list(overrides):
    if overrides is None:
        return []
    if isinstance(overrides, dict):
        return [f"{k}={_toml_value(k, v)}" for k, v in overrides.items()]
    if isinstance(overrides, (list, tuple)) and all(isinstance(o, str) for o in overrides):
        return list(overrides)  # "section.key=value", as --set
    raise TypeError("overrides must be a dict {'section.key': value} or a list of 'section.key=value'")


def _toml_document(spec):
    """A nested dict ({"compute": {"count": 143}, "requirement": [{...}]}) as TOML."""
    if not isinstance(spec, dict):
        raise TypeError(f"a spec dict must be a dict, not {type(spec).__name__}")
    lines = []
    for section, body in spec.items():
        tables = body if isinstance(body, list) else [body]
        if not all(isinstance(t, dict) for t in tables):
            raise TypeError(f"spec section {section!r} must be a dict (or a list of dicts)")
        for table in tables:
            lines.append(f"[[{section}]]" if isinstance(body, list) else f"[{section}]")
            for key, value in table.items():
                lines.append(f"{key} = {_toml_value(f'{section}.{key}', value)}")
    return "\n".join(lines) + "\n"


class Spec:
    """A node spec as read by the library (docs/node.md), with its ``[[requirement]]``
    tables. Build one with ``load_spec``."""

    __slots__ = ("_core",)

    def __init__(self, core):
        self._core = core

    def with_overrides(self, overrides):
        """This spec with ``overrides`` ({"compute.count": 512, "orbit.altitude": "800 km"})
        applied: numbers in SI (angles in degrees), text as the spec file spells it."""
        return Spec(self._core.with_overrides(_override_list(overrides)))

    @property
    def inputs(self):
        """Every resolved value, as ``size --json``'s ``inputs``."""
        return Result(json.loads(self._core.inputs_json()))

    @property
    def requirement_count(self):
        return self._core.requirement_count

    def __repr__(self):
        return f"Spec({self._core.name!r}, overrides={self._core.overrides!r})"


def load_spec(source, overrides=None):
    """A ``Spec`` from a TOML file path, a dict of sections, or another ``Spec``, with
    ``overrides`` applied."""
    if isinstance(source, Spec):
        return source.with_overrides(overrides) if overrides else source
    if isinstance(source, (str, os.PathLike)):
        return Spec(_core.Spec.from_file(os.fspath(source), _override_list(overrides)))
    if isinstance(source, dict):
        return Spec(_core.Spec.from_toml(_toml_document(source), "<dict>", _override_list(overrides)))
    raise TypeError(f"a spec is a path, a dict or a Spec, not {type(source).__name__}")


def size_node(spec, overrides=None):
    """The whole node (``spacedc size SPEC --json``): power, radiator, mass, the
    chip-to-support ratio, hot and cold cases, findings and requirement checks."""
    return Design(json.loads(_core.size_json(load_spec(spec, overrides)._core)))


def check(spec, overrides=None):
    """The spec's ``[[requirement]]`` checks: ``checks`` (each with value, bound, margin,
    pass) and ``checks_passed``."""
    return Result(json.loads(_core.checks_json(load_spec(spec, overrides)._core)))


#: The per-design outputs of ``size_node_batch`` besides feasible, reason_kind and
#: checks_passed; each named as the key of ``size --json``.
BATCH_COLUMNS = tuple(_core.batch_columns())

#: The names of the finding kinds; ``reason_kind`` indexes them.
FINDING_KINDS = tuple(_core.finding_kinds())


def size_node_batch(spec, overrides, threads=None):
    """Sizes one design per element of the broadcast of ``overrides`` (spec key ->
    number or array, in SI with angles in degrees) in C++ threads, the GIL released.

    Returns a dict of arrays of the broadcast shape: ``feasible``, ``checks_passed``
    (every requirement of the spec met), ``reason_kind`` (the first infeasible
    finding's index in ``FINDING_KINDS``, -1 when feasible) and ``BATCH_COLUMNS``
    (NaN where ``size --json`` prints null: the mass of what cannot be built). The
    result does not depend on ``threads`` (default: every CPU)."""
    if not isinstance(overrides, dict):
        raise TypeError("overrides must be a dict {'section.key': number or array}")
    if threads is None:
        threads = os.cpu_count() or 1
    if isinstance(threads, bool) or not isinstance(threads, numbers.Integral):
        raise TypeError(f"threads must be an int, not {type(threads).__name__}")
    if not 1 <= threads <= 256:
        raise InvalidInput.of("threads", threads, "[1, 256]")
    spec = load_spec(spec)
    keys = list(overrides)
    shape, columns = _arrays.broadcast(overrides, "overrides")
    for k in keys:
        _core.key_unit(k)  # a numeric spec key, or InvalidInput naming it
    if columns and columns[0].size:
        # The spec reader, the definition of every key, reads the first design: a key
        # that cannot be set on this spec (orbit.inclination beside orbit.ltan) is refused
        # as `size_node` would refuse it; each value is then checked as it is set.
        spec.with_overrides({k: float(c[0]) for k, c in zip(keys, columns)})
    result = _core.size_node_batch(spec._core, keys, columns, int(threads))
    return {name: column.reshape(shape) for name, column in result.items()}
