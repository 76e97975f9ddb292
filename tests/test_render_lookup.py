"""The build's Jinja environment looks `a.b` up in a plain dict (and a few
view objects) at once, writes `{{ … }}` and calls `label(…)` its own way;
what a template gets and writes must be what Jinja's own sandbox gives."""
from pathlib import Path

import jinja2
import jinja2.sandbox
import pytest
from jinja2.runtime import LoopContext
from markupsafe import Markup

from briefgen.references import PageCitations
from briefgen.render import bidi_closed, environment


class Thing:
    label = "attribute"

    def __getitem__(self, key):
        return f"item {key}"


class Mapping(dict):
    items = "shadowed"


def citation():
    return PageCitations("events/a/index.html", {"s1": {"title": "<T>"}}).cite("s1", "k1", "a & b", 3)


NAMES = sorted(set(dir(dict)) | {"title", "href", "cites", "missing", "label", "__html__", "__dict__", "x",
                                 "_href", "ledger", "quote", "paragraph", "first", "last", "cycle", "use", "meta"})
VALUES = [{"title": "T", "href": "h", "cites": [1, 2], "items": "key, not method", "keys": "k", "get": "g",
          "label": "<b>", "__class__": "c", "__doc__": "d"},
          {}, Mapping(title="sub", label="L"), Thing(), ["a"], "text", None,
          citation(), citation().ledger, LoopContext(iter(["x", "y"]), jinja2.StrictUndefined)]


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


class Html:
    def __html__(self):
        return "<i>own</i>"


WRITTEN = ["plain", "<a href='x'>&\"", "\u202eright to left", "\u2067isolated <b>", "日本語 & 中文", "",
           Markup("<b>\u202eopen</b>"), 7, -3, True, 2.5, None, ["<x>"], Html(), jinja2.StrictUndefined(name="v")]


@pytest.mark.parametrize("value", WRITTEN, ids=[type(v).__name__ + str(i) for i, v in enumerate(WRITTEN)])
def test_what_a_template_writes_is_what_jinja_writes(tmp_path: Path, value):
    source = ("{% macro m(x) %}[{{ x }}]{% endmacro %}{{ v }}|{% set s %}{{ v }}{% endset %}{{ s }}|{{ m(v) }}|"
              "{% for x in [v] %}{{ x }}{% endfor %}")
    jinjas = jinja2.sandbox.SandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined,
                                                 finalize=bidi_closed)

    def written(env: jinja2.Environment) -> str:
        try:
            return env.from_string(source).render(v=value)
        except jinja2.UndefinedError as error:
            return f"UndefinedError: {error.message}"

    assert written(environment(tmp_path / "templates")) == written(jinjas)


def test_a_label_is_the_same_each_time_and_its_mistakes_are_still_errors(tmp_path: Path):
    env = environment(tmp_path / "templates")
    assert env.from_string('{{ label("comma") }}{{ label("comma") }}|{{ label("paragraph", n="<1>") }}').render() \
        == ", , |Paragraph &lt;1&gt;"
    for written in ('{{ label("no_such_label") }}', '{{ label("count_claim") }}', '{{ label("no_such_label") }}'):
        with pytest.raises(jinja2.UndefinedError):
            env.from_string(written).render()
