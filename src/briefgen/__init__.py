"""briefgen: a static research-brief generator whose every claim cites its source."""
from .interrupts import ending_quietly

with ending_quietly():
    from .build import Result, build, check

__all__ = ["Result", "build", "check"]
