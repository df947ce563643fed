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


def vectorised(kernel, **arguments):
    """``kernel(*flat arrays)`` over the broadcast of ``arguments`` (name -> value)."""
    arrays = [as_array(name, value) for name, value in arguments.items()]
    scalar = all(a.ndim == 0 for a in arrays)
    try:
        broadcast = np.broadcast_arrays(*arrays)
    except ValueError as e:
        shapes = ", ".join(f"{n} {a.shape}" for n, a in zip(arguments, arrays))
        raise InvalidInput.of("arrays", shapes, "shapes that broadcast together", str(e)) from None
    shape = broadcast[0].shape
    result = kernel(*[np.ascontiguousarray(b).reshape(-1) for b in broadcast]).reshape(shape)
    return float(result) if scalar else result
