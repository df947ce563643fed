"""numpy broadcasting for the vectorised functions: arguments checked, broadcast to one
shape and flattened for the C++ loop, the result given back in that shape (a float
when every argument was a scalar)."""

import numbers

import numpy as np

from .errors import InvalidInput


def as_array(name, value):
    """``value`` as a float64 array: real numbers only, all finite."""
    if isinstance(value, (str, bytes)) or value is None:
        raise TypeError(f"{name} must be a number or an array of numbers, not {type(value).__name__}")
    if not isinstance(value, (numbers.Real, np.ndarray, list, tuple, np.generic)):
        raise TypeError(f"{name} must be a number or an array of numbers, not {type(value).__name__}")
    a = np.asarray(value)
    if a.dtype.kind not in "biuf":
        raise TypeError(f"{name} must hold real numbers, not {a.dtype}")
    a = a.astype(np.float64, copy=False)
    if not np.isfinite(a).all():
        bad = a[~np.isfinite(a)].flat[0]
        raise InvalidInput.of(name, bad, "finite numbers")
    return a


def broadcast(arguments, parameter):
    """``arguments`` (name -> value) checked and broadcast together: the common shape
    and one flat contiguous float64 array per argument. Shapes that do not broadcast
    are an ``InvalidInput`` naming ``parameter``."""
    arrays = [as_array(name, value) for name, value in arguments.items()]
    try:
        broadcast = np.broadcast_arrays(*arrays)
    except ValueError as e:
        shapes = ", ".join(f"{n} {a.shape}" for n, a in zip(arguments, arrays))
        raise InvalidInput.of(parameter, shapes, "shapes that broadcast together", str(e)) from None
    shape = broadcast[0].shape if broadcast else ()
    return shape, [np.ascontiguousarray(b).reshape(-1) for b in broadcast]


def vectorised(kernel, **arguments):
    """``kernel(*flat arrays)`` over the broadcast of ``arguments`` (name -> value)."""
    shape, columns = broadcast(arguments, "arrays")
    result = kernel(*columns).reshape(shape)
    return float(result) if shape == () else result
