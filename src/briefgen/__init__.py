"""briefgen: a static research-brief generator whose every claim cites its source."""
from .build import Result, build, check

__all__ = ["Result", "build", "check"]
