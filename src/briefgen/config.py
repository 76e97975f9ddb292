"""Project settings: where things are, and the few knobs a brief can turn."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from .cldr import language_problem
from .diagnostics import Diagnostics

CONFIG_FILE = "briefgen.toml"

# name -> (default, description); docs/configuration.md is checked against this.
SETTINGS: dict[str, tuple[object, str]] = {
    "title": ("Research brief", "Site title shown in the header, feed and page titles."),
    "description": ("", "One paragraph on the home page saying what the brief covers."),
    "base_url": ("", "Absolute URL the site is published at; used for canonical links, feed and sitemap."),
    "max_source_bytes": (2_000_000, "Largest source file accepted; bigger ones are an error."),
    "language": ("en", "BCP 47 tag of the brief's language: <html lang>, the search index, dates on pages, "
                       "and the default language of sources."),
    "groups": ([], "Names of the country groups a country's 'group' may use; empty allows any text."),
}


@dataclass(frozen=True)
class Project:
    root: Path
    title: str = "Research brief"
    description: str = ""
    base_url: str = ""
    max_source_bytes: int = 2_000_000
    language: str = "en"
    groups: tuple[str, ...] = ()
    out: Path = field(default=None)  # type: ignore[assignment]

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def cache(self) -> Path:
        return self.root / ".briefgen-cache"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    def with_options(self, **changes) -> "Project":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_project(root: Path, diagnostics: Diagnostics) -> Project:
    root = root.resolve()
    settings: dict = {}
    path = root / CONFIG_FILE
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            diagnostics.error(diagnostics.where(path), f"cannot read settings: {exc}",
                              "fix the TOML syntax; see docs/configuration.md")
            data = {}
        site = data.get("site", {})
        if not isinstance(site, dict):
            diagnostics.error(diagnostics.where(path), "'site' must be a table", "put the settings under a [site] line")
            site = {}
        for key, value in site.items():
            if key not in SETTINGS:
                diagnostics.error(diagnostics.where(path), f"unknown setting '{key}'",
                                  f"known settings: {', '.join(SETTINGS)}")
            elif not isinstance(value, type(SETTINGS[key][0])):
                diagnostics.error(diagnostics.where(path), f"setting '{key}' must be a {type(SETTINGS[key][0]).__name__}")
            elif _bad_setting(key, value, path, diagnostics):
                continue
            else:
                settings[key] = tuple(value) if isinstance(value, list) else value
    return Project(root=root, out=root / "site", **settings)


def _bad_setting(key: str, value, path: Path, diagnostics: Diagnostics) -> bool:
    """Report a value of the right type that is still wrong."""
    problem = None
    if key == "language":
        problem = language_problem(value)
    elif key == "groups" and not all(isinstance(g, str) and g.strip() for g in value):
        problem = ("setting 'groups' must be a list of names", 'write groups = ["central-asia", "europe"]')
    if problem:
        diagnostics.error(diagnostics.where(path), f"{problem[0]} in setting '{key}'", problem[1])
    return problem is not None
