"""The exceptions of spacedc, raised for the library's own (``spacedc::invalid_input``,
``spacedc::no_convergence``) and for bad arguments checked in Python."""


class Error(RuntimeError):
    """Any other error of the library."""


class InvalidInput(ValueError):
    """An argument, spec value or text outside its valid range.

    ``parameter`` names it (the keyword argument or spec key), ``value`` is what was
    given, ``valid_range`` what would be accepted, ``reason`` why, when there is more to
    say."""

    def __init__(self, message, parameter="", value="", valid_range="", reason=""):
        super().__init__(message)
        self.parameter = parameter
        self.value = value
        self.valid_range = valid_range
        self.reason = reason

    @classmethod
    def of(cls, parameter, value, valid_range, reason=""):
        """The error with the library's message, "p = v is invalid[: reason]; valid range: r"."""
        text = f"{parameter} = {value} is invalid"
        if reason:
            text += f": {reason}"
        return cls(f"{text}; valid range: {valid_range}", parameter, str(value), valid_range, reason)

    def renamed(self, parameter):
        """The same error naming ``parameter`` (a keyword for the CLI option it set)."""
        return InvalidInput.of(parameter, self.value, self.valid_range, self.reason)


class NoConvergence(RuntimeError):
    """An iterative solver stopped before meeting its tolerance."""
