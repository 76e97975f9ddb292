"""Project settings: where things are, and the few knobs a brief can turn."""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import inputs, labels
from .cldr import canonical, language_problem, meant_language
from .diagnostics import Diagnostics, Location
from .suggest import did_you_mean
from .textfile import not_xml, read_utf8
from .urls import base_url_problem
from .yamlsource import MAX_NUMBER_LENGTH

CONFIG_FILE = "briefgen.toml"

# name -> default; reference/configuration.md says what each means (a test checks it names every one).
SETTINGS: dict[str, object] = {
    "title": "Research brief",
    "description": "",
    "base_url": "",
    "max_source_bytes": 2_000_000,
    "language": "en",
    "groups": [],
    "search": True,
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
    # The groups' display names, where `groups` is a table (id = name): the pages show a country's group by it.
    group_names: tuple[tuple[str, str], ...] = ()
    search: bool = True
    # [labels]: (key, text) pairs, a count's text its (category, form) pairs (labels.py).
    labels: tuple[tuple[str, object], ...] = ()
    out: Path = field(default=None)  # type: ignore[assignment]
    clean: bool = False  # build --clean: parse every input afresh, reusing nothing cached

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
    def pages(self) -> Path:
        return self.root / "pages"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    def with_options(self, **changes) -> "Project":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


_TOML_POSITION = re.compile(r" \(at line (\d+), column (\d+)\)$| \(at end of document\)$")


def no_brief(root: Path) -> tuple[str, str] | None:
    """(message, hint) when `root` holds none of a brief's inputs
    (briefgen.toml, content/, seeds/): it is no project, and nothing is
    written in it; else None."""
    if any(os.path.lexists(root / name) for name in (CONFIG_FILE, "content", "seeds")):
        return None
    return (f"no brief here: {root.resolve()} has no briefgen.toml, content/ or seeds/",
            "start one with briefgen init, or name the project's folder with --root")


def load_project(root: Path, diagnostics: Diagnostics) -> Project:
    root = root.resolve()
    settings: dict = {}
    path = root / CONFIG_FILE
    if os.path.lexists(path):
        problem = inputs.refusal(path, root)
        text = read_utf8(path, "settings file", diagnostics) if problem is None else None
        if problem is not None:
            diagnostics.error(diagnostics.where(path), problem.message, problem.hint)
        if text is not None:
            settings = _settings(path, text, diagnostics)
    return Project(root=root, out=root / "site", **settings)


_TOML_HINT = "fix the syntax; settings look like title = \"My brief\" under a [site] line"
_BACKSLASH = "write \\\\ for a backslash, or put the text in 'single quotes', which keep it as written"
# The fix for tomllib's commonest complaints, which say what it met, not what the editor left out.
_TOML_FIXES = {
    "Illegal character '\\n'":
        'close the text with a " on its line; a text of several lines goes between """ and """',
    "Found invalid character '\\n'":
        "close the text with a ' on its line; a text of several lines goes between ''' and '''",
    "Unescaped '\\' in a string": _BACKSLASH,
    "Invalid hex value": _BACKSLASH,  # "C:\Users": \U starts a character's code
}
_DEEP_NESTING = re.compile(r"[\[{](?:\s*[\[{]){99}")


def _at(path: Path, text: str, index: int | None, diagnostics: Diagnostics) -> Location:
    """The line and column of `index` in the settings, or the file alone when it is not known."""
    if index is None:
        return diagnostics.where(path)
    return diagnostics.where(path, text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index))


# A number literal longer than any YAML field takes (yamlsource.MAX_NUMBER_LENGTH): decimal, or hex, octal, binary.
_LONG_NUMBER = re.compile(r"[+-]?[0-9][0-9A-Fa-fxob_]{%d,}" % MAX_NUMBER_LENGTH)


def _holds_a_long_number(value) -> bool:
    if isinstance(value, dict):
        return any(_holds_a_long_number(item) for item in value.values())
    if isinstance(value, list):
        return any(_holds_a_long_number(item) for item in value)
    return isinstance(value, int) and abs(value) >= 10 ** MAX_NUMBER_LENGTH


def _number_too_long(path: Path, text: str, diagnostics: Diagnostics) -> dict:
    """No settings: a number is too long to read (tomllib, or a message about it, would fail to write it)."""
    long = _LONG_NUMBER.search(text)
    diagnostics.error(_at(path, text, long.start() if long else None, diagnostics),
                      "invalid TOML: a number too long to read",
                      "check the value: no setting takes a number this long")
    return {}


def _settings(path: Path, text: str, diagnostics: Diagnostics) -> dict:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        twice = _written_twice(text, str(exc))
        broken = _broken_header(text, twice[0]) if twice is not None else None
        if broken is not None:  # '[site' typed below [site]: tomllib names the table before the bracket it lacks
            column, reason = broken
            diagnostics.error(diagnostics.where(path, twice[0], column), f"invalid TOML: {reason}",
                              _TOML_FIXES.get(reason, _TOML_HINT))
        elif twice is not None:
            line, column, name = twice
            both = name in SETTINGS and name in labels.english()  # 'search' = false, or the label "Search"
            diagnostics.error(diagnostics.where(path, line, column), f"'{name}' is written twice",
                              f"'{name}' is both a setting and a label: write the setting under [site] and the "
                              "label under [labels], each once" if both else
                              "write each setting, label and table once: remove one of the two, or merge them")
        else:
            reason = _TOML_POSITION.sub('', str(exc))
            diagnostics.error(_toml_error_at(path, text, str(exc), diagnostics),
                              f"invalid TOML: {reason}", _TOML_FIXES.get(reason, _TOML_HINT))
        return {}
    except ValueError:  # not a TOMLDecodeError: int() refusing a number of more than 4,300 digits
        return _number_too_long(path, text, diagnostics)
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        deep = _DEEP_NESTING.search(text)
        diagnostics.error(_at(path, text, deep.start() if deep else None, diagnostics),
                          "invalid TOML: nested too deep to read", _TOML_HINT)
        return {}
    if _holds_a_long_number(data):  # '0xfff…' is read, but no message could write it in decimal
        return _number_too_long(path, text, diagnostics)
    _check_tables(path, text, data, diagnostics)
    site = data.get("site", {})
    if not isinstance(site, dict):
        diagnostics.error(_key_at(path, text, "site", diagnostics), "'site' must be a table",
                          "put the settings under a [site] line")
        return {}
    settings = _site_settings(path, text, site, diagnostics)
    if "labels" in data:
        settings["labels"] = _labels(path, text, data["labels"], diagnostics)
    language = settings.get("language", SETTINGS["language"])
    at = _table_start(text, "labels")
    for key, value in settings.get("labels", ()):
        if isinstance(value, tuple):
            for problem in labels.form_problems(language, key, dict(value)):
                diagnostics.warning(_key_at(path, text, key, diagnostics, start=at), *problem)
            for problem in labels.numberless_problems(language, key, dict(value)):
                diagnostics.error(_key_at(path, text, key, diagnostics, start=at), *problem)
    english = untranslated(language, settings.get("labels", ()))
    if english and not (diagnostics.errors and "labels" in data):  # a wrong label is reported, not counted
        where = _key_at(path, text, "language", diagnostics, start=_table_start(text, "site")) \
            if "language" in site else diagnostics.where(path)
        # Named from those still in English: the editor who translated "References" is not told it shows in English.
        named = ", ".join(labels.shown(key) for key in english[:3])
        diagnostics.warning(where, f"briefgen has no labels in '{language}': {len(english)} of the interface's own "
                                   f"words ({named}) are shown in English",
                            "translate them under [labels]: `briefgen labels` prints every one")
    return settings


def _site_settings(path: Path, text: str, site: dict, diagnostics: Diagnostics) -> dict:
    settings, at = {}, _table_start(text, "site")
    for key, value in site.items():
        where = _key_at(path, text, key, diagnostics, start=at)
        if key not in SETTINGS and key in labels.english():
            diagnostics.error(where, f"'{key}' is a label, not a setting", "move it below a [labels] line")
            continue
        if key not in SETTINGS:
            diagnostics.error(where, f"unknown setting '{key}'",
                              did_you_mean(key, SETTINGS, f"known settings: {', '.join(SETTINGS)}"))
            continue
        problem = setting_problem(key, value)
        if problem is not None:
            diagnostics.error(where, *problem)
            # The rest of the run reads the brief in the language the setting most likely means ("fr_FR":
            # fr-FR): read in English, every claim in another language would be warned of too.
            if key == "language" and isinstance(value, str) and (meant := meant_language(value)):
                settings[key] = meant
        elif key == "language":
            settings[key] = canonical(value)  # one spelling, whatever case the editor wrote it in
        elif key == "groups" and isinstance(value, dict):
            settings[key], settings["group_names"] = tuple(value), tuple(value.items())
        else:
            settings[key] = tuple(value) if isinstance(value, list) else value
    return settings


def _labels(path: Path, text: str, table: object, diagnostics: Diagnostics) -> tuple:
    """The [labels] table: known keys, each with the English label's placeholders."""
    at = _table_start(text, "labels")
    if not isinstance(table, dict):
        diagnostics.error(_key_at(path, text, "labels", diagnostics), "'labels' must be a table",
                          "put the labels under a [labels] line")
        return ()
    english, found = labels.english(), []
    for key, value in table.items():
        where = _key_at(path, text, key, diagnostics, start=at)
        if key not in english and key in SETTINGS:
            diagnostics.error(where, f"'{key}' is a setting, not a label", "move it below the [site] line")
        elif key not in english:
            diagnostics.error(where, f"unknown label '{key}'",
                              did_you_mean(key, english, "`briefgen labels` prints every label"))
        elif (problem := labels.problem(key, value)) is not None:
            diagnostics.error(where, *problem)
        elif (bad := next(filter(None, map(not_xml, [value] if isinstance(value, str) else value.values())),
                          None)) is not None:
            diagnostics.error(where, f"label '{key}' contains the {bad}", "remove it; a page cannot hold it")
        else:
            found.append((key, tuple(sorted(value.items())) if isinstance(value, dict) else value))
    return tuple(sorted(found))


def untranslated(language: str, overrides: tuple) -> list[str]:
    return labels.untranslated(language, overrides) if not language_problem(language) else []


def _check_tables(path: Path, text: str, data: dict, diagnostics: Diagnostics) -> None:
    """briefgen.toml has one table, [site]; anything else is a mistake that
    would otherwise be ignored without a word."""
    for name, value in data.items():
        if name in ("site", "labels"):
            continue
        where = _key_at(path, text, name, diagnostics)
        if isinstance(value, dict):
            diagnostics.error(where, f"unknown table [{name}]",
                              did_you_mean(name, ("site", "labels"), "settings go under [site], labels under [labels]"))
        elif name in SETTINGS:
            diagnostics.error(where, f"setting '{name}' is outside [site]", "move it below the [site] line")
        elif name in labels.english():
            diagnostics.error(where, f"label '{name}' is outside [labels]", "move it below a [labels] line")
        else:
            diagnostics.error(where, f"unknown setting '{name}'",
                              did_you_mean(name, SETTINGS, "settings go under [site]: " + ", ".join(SETTINGS)))


# A source is read whole into memory, several times over: no news article comes near.
MOST_SOURCE_BYTES = 1_000_000_000


def setting_problem(key: str, value: object) -> tuple[str, str] | None:
    """(message, hint) when `value` is not a valid `key`, else None."""
    kind = type(SETTINGS[key])
    if key == "groups" and type(value) is dict:
        return _group_names_problem(value)
    if type(value) is not kind:  # not isinstance: true is an int to Python
        what = {int: "an integer", list: "a list", bool: "true or false"}.get(kind, "text")
        return f"setting '{key}' must be {what}", f"see {key} in `briefgen docs configuration`"
    if key == "title" and not value.strip():  # as `init --title` refuses it
        return ("setting 'title' is empty: every page's <title> and the feed show it",
                f"write the brief's name, or remove the line for the default, \"{SETTINGS['title']}\"")
    if key == "max_source_bytes" and value <= 0:
        return (f"setting 'max_source_bytes' must be a positive number of bytes, not {value}",
                "the default is 2000000 (2 MB)")
    if key == "max_source_bytes" and value > MOST_SOURCE_BYTES:
        return (f"setting 'max_source_bytes' must be at most {MOST_SOURCE_BYTES} (1 GB), not {value}",
                "the default is 2000000 (2 MB)")
    if key == "language" and (problem := language_problem(value)):
        return f"{problem[0]} in setting 'language'", problem[1]
    if key == "groups" and not all(isinstance(g, str) and g.strip() for g in value):
        return "setting 'groups' must be a list of names", 'write groups = ["central-asia", "europe"]'
    if key == "base_url" and value and (why := base_url_problem(value)):
        return (f"base_url '{value}' is not a base URL: {why}",
                "write the full address the site is published at, e.g. https://example.org/brief/")
    if isinstance(value, str) and not_xml(value) is not None:
        return f"setting '{key}' contains the {not_xml(value)}", "remove it; the feed cannot hold it"
    return None


def _group_names_problem(names: dict) -> tuple[str, str] | None:
    """`groups` as a table: each group's id = the name the pages show it by."""
    for group, name in names.items():
        if not isinstance(name, str) or not name.strip():
            return (f"group '{group}' in setting 'groups' must have a name",
                    f'write {group} = "the name pages show", or groups = ["{group}"] to name none')
        if not_xml(name) is not None:
            return f"the name of group '{group}' contains the {not_xml(name)}", "remove it; a page cannot hold it"
    return None


def _table_start(text: str, name: str) -> int:
    found = re.search(rf"^[ \t]*\[[ \t]*{re.escape(name)}[ \t]*\]", text, re.MULTILINE)
    return found.end() if found else 0


# A bare or quoted key of TOML, one part of a dotted name.
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')"""


def _key_at(path: Path, text: str, key: str, diagnostics: Diagnostics, start: int = 0) -> Location:
    """Where `key = …` (or the [key] table) starts, from `start` on; tomllib does not say. A table's
    key may follow its table's name ([site.extra]), and so may a dotted key's (site.title = …)."""
    pattern = re.compile(rf"""^[ \t]*(?:\[[ \t]*)?(?:{_KEY_PART}[ \t]*\.[ \t]*)*"""
                         rf"""(?P<key>["']?{re.escape(key)}["']?)[ \t]*[=\].]""", re.MULTILINE)
    found = pattern.search(text, start) or pattern.search(text)
    if found is None:
        return diagnostics.where(path)
    start = found.start("key")
    return diagnostics.where(path, text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1)


_TWICE = re.compile(r"(?:Cannot overwrite a value|Cannot declare \(.*\) twice|Duplicate inline table key '(?P<key>.*)')"
                    r" \(at line (?P<line>\d+), column (?P<column>\d+)\)$")
_TABLE_LINE = re.compile(r"[ \t]*(?P<name>\[+[^\]\n]*\]+)")


def _written_twice(text: str, message: str) -> tuple[int, int, str] | None:
    """(line, column, name) of a key or table tomllib found a second time, which its message
    ("Cannot overwrite a value") does not name, at the name; None for any other error."""
    found = _TWICE.fullmatch(message)
    if found is None:
        return None
    line, lines = int(found["line"]), text.split("\n")  # as tomllib counts lines: not at U+2028 in a string
    if found["key"] is not None:  # in an inline table, named and placed by tomllib
        return line, int(found["column"]), found["key"]
    written = lines[line - 1].rstrip("\r") if line <= len(lines) else ""
    table = _TABLE_LINE.match(written)
    name = table["name"] if table else written.split("=")[0].strip()
    return (line, written.index(name) + 1, name) if name else None


def _broken_header(text: str, line: int) -> tuple[int, str] | None:
    """(column, reason) of the syntax error of the table header on `line`, read
    alone; None when it reads ('[site]' written twice is the only fault)."""
    written = text.split("\n")[line - 1] if line <= text.count("\n") + 1 else ""
    if not written.lstrip().startswith("["):
        return None
    try:
        tomllib.loads(written)
    except tomllib.TOMLDecodeError as exc:
        position = _TOML_POSITION.search(str(exc))
        column = int(position.group(2)) if position and position.group(2) else len(written) + 1
        return column, _TOML_POSITION.sub("", str(exc))
    return None


def _toml_error_at(path: Path, text: str, message: str, diagnostics: Diagnostics) -> Location:
    position = _TOML_POSITION.search(message)
    if position is None:
        return diagnostics.where(path)
    if position.group(1) is None:  # at end of document
        return diagnostics.where(path, text.count("\n") + 1, len(text) - (text.rfind("\n") + 1) + 1)
    return diagnostics.where(path, int(position.group(1)), int(position.group(2)))
