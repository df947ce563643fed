"""Orbits: sun-synchronous geometry, the sunlight year, the eclipse-free altitude."""

from . import _arguments, _arrays, _core
from ._result import Result


def sso_inclination(altitude_m):
    """Inclination (degrees) of the sun-synchronous orbit at ``altitude_m`` above the
    equatorial radius (J2 precession equal to the Sun's mean motion; Vallado eq. 9-37).
    Broadcasts over arrays."""
    return _arrays.vectorised(_core.sso_inclination, altitude_m=altitude_m)


def analyse_year(altitude_m, ltan="06:00", year=2027, shadow="cylindrical", **options):
    """The year of a sun-synchronous orbit (or, with ``inclination_deg`` and
    ``raan_deg``, any circular orbit): beta angle, eclipses and the sunlit fraction, as
    ``spacedc orbit --json``. Options are the command's (``inclination_deg``, ...)."""
    if "inclination_deg" in options:
        ltan = None
    return Result(
        _arguments.run("orbit", altitude_m=altitude_m, ltan=ltan, year=year, shadow=shadow, **options)
    )


def eclipse_free_altitude(ltan="06:00", year=2027, shadow="cylindrical"):
    """The lowest sun-synchronous altitude with no eclipse all year at ``ltan``:
    ``altitude_m`` (None, with a ``reason``, when there is none)."""
    return Result(
        _arguments.run("orbit", eclipse_free_altitude=True, ltan=ltan, year=year, shadow=shadow)
    )
