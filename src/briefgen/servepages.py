"""What `briefgen serve` writes into the browser itself, in the brief's
language: the page shown while a build fails, and the note on a search page
whose index is updating. The diagnostics stay as briefgen prints them, in
English, marked as such."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from . import cldr, labels
from .config import load_project
from .diagnostics import Diagnostic, Diagnostics

_PAGES = jinja2.Environment(autoescape=True)

FAILURE = _PAGES.from_string("""<!doctype html>
<html lang="{{ voice.language }}" dir="{{ voice.direction }}">
<head>
<meta charset="utf-8">
<title>{{ voice.words.serve_build_failed }} · briefgen serve</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
pre { white-space: pre-wrap; background: #fff3f3; border-inline-start: 4px solid #b00020; padding: .75rem 1rem; }
</style>
</head>
<body>
<h1>{{ voice.words.serve_build_failed }}</h1>
<p><span lang="en" dir="ltr">{{ summary }}.</span> {{ voice.words.serve_site_unchanged }}</p>
<div lang="en" dir="ltr">
{% for diagnostic in diagnostics %}
<pre class="diagnostic">{{ diagnostic.format() }}</pre>
{% endfor %}
</div>
</body>
</html>
""")

# Sent where the served folder has neither the page nor a 404.html (site/
# deleted while serving, or not yet built): it carries the reload script, so the
# tab shows the site again after the next build instead of staying on a bare error.
NOT_FOUND = _PAGES.from_string("""<!doctype html>
<html lang="{{ voice.language }}" dir="{{ voice.direction }}">
<head>
<meta charset="utf-8">
<title>{{ voice.words.not_found }} · briefgen serve</title>
</head>
<body>
<h1>{{ voice.words.not_found }}</h1>
<p>{{ voice.words.not_found_text }}</p>
</body>
</html>
""")

UPDATING = _PAGES.from_string(
    '<p data-briefgen-serve class="search-updating" role="status">{{ voice.words.serve_search_updating }}</p>')


@dataclass(frozen=True)
class Voice:
    """The brief's language, its direction and its labels (its own [labels] over briefgen's)."""
    language: str
    direction: str
    words: dict


ENGLISH = Voice("en", "ltr", dict(labels.english()))


def voice_of(root: Path) -> Voice:
    """The brief's voice as briefgen.toml now says it. A settings file with
    errors still gives the language and labels it got right (config drops
    a wrong one); one that cannot be read at all leaves English."""
    project = load_project(root, Diagnostics(root))
    return Voice(project.language, cldr.direction(project.language), labels.table(project.language, project.labels))


def failure_page(voice: Voice, summary: str, diagnostics: list[Diagnostic]) -> bytes:
    return FAILURE.render(voice=voice, summary=summary, diagnostics=diagnostics).encode()


def not_found_page(voice: Voice) -> bytes:
    return NOT_FOUND.render(voice=voice).encode()


def updating_note(voice: Voice) -> bytes:
    """For the brief's search page, which is in the brief's language already."""
    return UPDATING.render(voice=voice).encode() + b"\n"
