"""The build's Jinja environment looks `a.b` up in a plain dict at once;
what a template gets must be what Jinja's own sandboxed lookup gives."""
from pathlib import Path

import jinja2
import jinja2.sandbox
import pytest

from briefgen.render import environment


class Thing:
    label = "attribute"

    def __getitem__(self, key):
        return f"item {key}"


class Mapping(dict):
    items = "shadowed"


NAMES = sorted(set(dir(dict)) | {"title", "href", "cites", "missing", "label", "__html__", "__dict__", "x"})
VALUES = [{"title": "T", "href": "h", "cites": [1, 2], "items": "key, not method", "keys": "k", "get": "g",
           "label": "<b>", "__class__": "c", "__doc__": "d"},
          {}, Mapping(title="sub", label="L"), Thing(), ["a"], "text", None]


def rendered(env: jinja2.Environment, name: str, value) -> str:
    try:
        return env.from_string("{{ (v.%s is defined)|string }}|{{ v.%s }}" % (name, name)).render(v=value)
    except jinja2.UndefinedError as error:
        return f"UndefinedError: {error.message}"
    except jinja2.sandbox.SecurityError as error:
        return f"SecurityError: {error}"


@pytest.mark.parametrize("value", VALUES, ids=[type(v).__name__ + str(i) for i, v in enumerate(VALUES)])
def test_attribute_lookup_gives_what_jinja_gives(tmp_path: Path, value):
    ours = environment(tmp_path / "templates")
    jinjas = jinja2.sandbox.SandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)
    assert type(ours) is not jinja2.sandbox.SandboxedEnvironment  # the lookup under test is in use
    for name in NAMES:
        expected = rendered(jinjas, name, value)
        # Bound methods print with their id, which differs between two calls of getattr.
        assert rendered(ours, name, value).split(" at 0x")[0] == expected.split(" at 0x")[0], name


def test_a_missing_key_is_still_an_error(tmp_path: Path):
    with pytest.raises(jinja2.UndefinedError, match="'dict object' has no attribute 'titel'"):
        environment(tmp_path / "templates").from_string("{{ page.titel }}").render(page={"title": "T"})
