"""Results as read-only objects over the JSON the command-line tool prints: attribute
access (``design.radiator_area_m2``, ``design.cold_case.eclipse_s``) and ``to_dict()``,
whose keys are the CLI's JSON contract (README, "JSON keys")."""

import copy


def _wrap(value):
    if isinstance(value, dict):
        return Result(value)
    if isinstance(value, list):
        return [_wrap(v) for v in value]
    return value


class Result:
    """One JSON object of spacedc: numbers in SI base units with the unit in the key's
    suffix, angles in degrees, ratios as plain numbers, None where the CLI prints null."""

    __slots__ = ("_data",)

    def __init__(self, data):
        object.__setattr__(self, "_data", data)

    def __getattr__(self, name):
        try:
            return _wrap(self._data[name])
        except KeyError:
            raise AttributeError(
                f"{type(self).__name__} has no {name!r}; it has {', '.join(self._data)}"
            ) from None

    def __getitem__(self, key):
        return _wrap(self._data[key])

    def __contains__(self, key):
        return key in self._data

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __dir__(self):
        return list(self._data)

    def __eq__(self, other):
        return isinstance(other, Result) and self._data == other._data

    def keys(self):
        return self._data.keys()

    def to_dict(self):
        """A deep copy of the object as plain dicts, lists, numbers, strings and None."""
        return copy.deepcopy(self._data)

    def __repr__(self):
        shown = ", ".join(
            f"{k}={v!r}" for k, v in self._data.items() if not isinstance(v, (dict, list))
        )
        return f"{type(self).__name__}({shown[:400]}{'...' if len(shown) > 400 else ''})"


class Design(Result):
    """A sized node (``size_node``): the keys of ``spacedc size --json``."""

    __slots__ = ()
