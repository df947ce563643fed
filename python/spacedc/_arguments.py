"""Keyword arguments as command-line options, one vocabulary for both: ``load_w=1e5``
is ``--load "100000.0 W"``, ``altitude_m=650e3`` is ``--altitude "650000.0 m"``,
``beta_deg=30`` is ``--beta "30 deg"``; a keyword without a unit suffix is the option
of the same name with its value as given (a ratio, a count, or text such as
``ltan="06:00"``); ``True`` sets a flag. Underscores stand for the option's dashes."""

import json
import math
import numbers
import os

from . import _core
from .errors import InvalidInput

# Unit suffix of a keyword -> the unit the CLI reads; longest first.
UNIT_SUFFIXES = (
    ("_w_per_m2", "W/m^2"),
    ("_w_per_kg", "W/kg"),
    ("_kg_per_m2", "kg/m^2"),
    ("_w_per_m_k", "W/(m K)"),
    ("_j_per_k", "J/K"),
    ("_per_k", "/K"),
    ("_m2", "m^2"),
    ("_deg", "deg"),
    ("_kg", "kg"),
    ("_m", "m"),
    ("_w", "W"),
    ("_k", "K"),
    ("_s", "s"),
    ("_j", "J"),
)

_options = {}


def _options_of(command):
    if command not in _options:
        _options[command] = dict(_core.options_of(command))
    return _options[command]


def number_text(name, value, unit=""):
    """``value`` as the CLI reads it, after checking it is a finite real number."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    if not math.isfinite(value):
        raise InvalidInput.of(name, value, "a finite number")
    text = repr(int(value)) if isinstance(value, numbers.Integral) else repr(float(value))
    return f"{text} {unit}" if unit else text


def arguments(command, kwargs):
    """The CLI arguments for ``kwargs`` and, per option, the keyword that set it."""
    options = _options_of(command)
    args, keyword_of = [], {}
    for name, value in kwargs.items():
        if value is None:
            continue
        option, unit = None, ""
        for suffix, symbol in UNIT_SUFFIXES:
            stem = name[: -len(suffix)].replace("_", "-")
            if name.endswith(suffix) and stem in options and not options[stem]:
                option, unit = stem, symbol
                break
        if option is None:
            option = name.replace("_", "-")
            if option not in options:
                known = sorted(
                    o.replace("-", "_") for o in options if o not in ("help", "json")
                )
                raise TypeError(
                    f"{command}() got an unexpected keyword argument {name!r}; "
                    f"options: {', '.join(known)} (with a unit suffix such as _m, _w, _k, _deg)"
                )
        keyword_of[f"--{option}"] = name
        if options[option]:  # a flag
            if not isinstance(value, bool):
                raise TypeError(f"{name} is a flag: True or False, not {type(value).__name__}")
            if value:
                args.append(f"--{option}")
            continue
        if isinstance(value, (str, os.PathLike)):
            text = os.fspath(value)
            if unit:
                raise TypeError(f"{name} is in {unit}: give a number, not text")
        else:
            text = number_text(name, value, unit)
        args += [f"--{option}", text]
    return args, keyword_of


def run(command, *positional, **kwargs):
    """The JSON object of ``spacedc COMMAND [POSITIONAL...] --OPTIONS --json`` as a dict;
    errors name the keyword that set the option at fault."""
    args, keyword_of = arguments(command, kwargs)
    args = [os.fspath(p) for p in positional] + args
    try:
        return json.loads(_core.run_json(command, args))
    except InvalidInput as e:
        if e.parameter in keyword_of:
            raise e.renamed(keyword_of[e.parameter]) from None
        raise
