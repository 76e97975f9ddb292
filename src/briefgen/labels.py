"""The interface's own words ("References", "Status not reported", "3
claims") in the brief's language: the English catalogue, a built-in
catalogue for the brief's language when briefgen has one (labels/*.toml,
found by the tag, then by its language: pt-BR finds pt), and the brief's
own `[labels]` in briefgen.toml over both.

A label is text or, for a count, a table of CLDR plural categories, each
form holding {n} (one for a single number may say it in words: Arabic's
dual); a label's {placeholders} are filled with text that is
escaped where it lands, like everything a template shows."""
from __future__ import annotations

import itertools

import json
import re
import tomllib
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path

from .cldr import locale_of, script, written

CATALOGUES = Path(__file__).resolve().parent / "labels"
CATEGORIES = ("zero", "one", "two", "few", "many", "other")
_PLACEHOLDER = re.compile(r"\{(\w*)\}")


@lru_cache(maxsize=None)
def _catalogue(name: str) -> Mapping[str, str | Mapping[str, str]]:
    with open(CATALOGUES / f"{name}.toml", "rb") as file:
        return tomllib.load(file)


def english() -> Mapping[str, str | Mapping[str, str]]:
    return _catalogue("en")


def every_catalogue() -> dict[str, Mapping[str, str | Mapping[str, str]]]:
    """Each built-in catalogue by its language tag ("fr", "zh-Hant")."""
    return {path.stem: _catalogue(path.stem) for path in sorted(CATALOGUES.glob("*.toml"))}


@lru_cache(maxsize=None)
def built_in(language: str) -> str | None:
    """The name of the catalogue that speaks `language`, or None: the tag's
    own ("pt-BR"), else its language's in its script ("zh-Hant" for zh-TW),
    else its language's ("pt" for pt-BR) if written in the same script (a
    language's own catalogue is in the script CLDR finds likely for it: zh
    is Simplified Chinese, so zh-TW does not take it)."""
    names = {path.stem.casefold(): path.stem for path in CATALOGUES.glob("*.toml")}
    try:
        written_in, locale = script(language), locale_of(language)
    except ValueError:
        return names.get(language.strip().casefold())
    for tag in (language.strip(), f"{locale.language}-{written_in}"):
        if tag.casefold() in names:
            return names[tag.casefold()]
    own = names.get(locale.language)
    return own if own is not None and script(locale.language) == written_in else None


def table(language: str, overrides: tuple = ()) -> dict:
    """Every label, in `language` as far as briefgen and the brief know it
    (`overrides`: the brief's (key, value) pairs, a count's value its
    (category, form) pairs)."""
    found = dict(english())
    name = built_in(language)
    if name is not None and name != "en":
        found.update(_catalogue(name))
    found.update((key, dict(value) if isinstance(value, tuple) else value) for key, value in overrides)
    return found


# The labels a reader meets first, named first among those still in English.
_SEEN_FIRST = ("references", "countries", "count_claim")


def untranslated(language: str, overrides: tuple) -> list[str]:
    """The keys of the labels that stay in English for a brief in `language`: those a reader meets first
    (_SEEN_FIRST) first, then in the catalogue's order."""
    if built_in(language) is not None:
        return []
    given = {key for key, _ in overrides}
    keys = [*_SEEN_FIRST, *(key for key in english() if key not in _SEEN_FIRST)]
    return [key for key in keys if key not in given]


def shown(key: str) -> str:
    """An English label as a page shows it: a count for 3 ("3 claims"), a placeholder as its name."""
    value = english()[key]
    return value["other"].replace("{n}", "3") if isinstance(value, Mapping) else value


def as_table(words: Mapping[str, str | Mapping[str, str]], language: str) -> str:
    """Labels as the lines of briefgen.toml's [labels] table, each count
    with the forms `language` uses (those it lacks as 'other', as shown)."""
    return "".join(f"{key} = {as_toml(value if isinstance(value, str) else used_forms(value, language))}\n"
                   for key, value in words.items())


def used_forms(forms: Mapping[str, str], language: str) -> dict[str, str]:
    """A count's forms as `language` uses them: each of its plural
    categories, the form for it or else 'other', and no other category."""
    try:
        tags = locale_of(language).plural_form.tags
    except ValueError:
        tags = frozenset(forms)
    return {category: forms.get(category, forms["other"]) for category in CATEGORIES
            if category in tags or category == "other"}


def as_toml(value: str | Mapping[str, str]) -> str:
    """A label as TOML writes it (a JSON string is a TOML basic string)."""
    if isinstance(value, str):
        return _basic_string(value)
    return "{ " + ", ".join(f"{category} = {_basic_string(form)}" for category, form in value.items()) + " }"


def _basic_string(text: str) -> str:
    # JSON escapes the control characters but DEL, which a TOML string may not hold raw.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def lower(text: str, language: str) -> str:
    """`text` in small letters as `language` writes them: Turkish and
    Azerbaijani dot their i (İ → i, I → ı), where str.lower gives i + a combining dot."""
    if language.casefold().split("-")[0] in ("tr", "az"):
        text = text.replace("İ", "i").replace("I", "ı")
    return text.lower()


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def problem(key: str, value: object) -> tuple[str, str] | None:
    """(message, hint) when `value` cannot stand for the English label `key`."""
    model = english()[key]
    if isinstance(model, str):
        if not isinstance(value, str):
            return f"label '{key}' must be text", f'write {key} = "…", as the English "{model}"'
        # A link, a heading or a button with no words; a mark or an affix (the full stop, " passage") may be none.
        if model == model.strip() and any(c.isalpha() for c in model) and not value.strip():
            return (f"label '{key}' is empty", f'write its words in your language, as the English "{model}", '
                    "or remove the line for the built-in label")
        return _placeholder_problem(key, value, model)
    example = ", ".join(f'{c} = "{form}"' for c, form in model.items())
    if not isinstance(value, dict) or not all(isinstance(form, str) for form in value.values()):
        return (f"label '{key}' must be a table of plural forms",
                f"write {key} = {{ {example} }}, with the forms your language has (zero, one, two, few, many, other)")
    if "other" not in value or not value.keys() <= set(CATEGORIES):
        wrong = sorted(value.keys() - set(CATEGORIES))
        return (f"label '{key}' has no form 'other'" if not wrong else
                f"label '{key}' has forms that are no plural category: {', '.join(wrong)}",
                "the plural categories are zero, one, two, few, many and other; 'other' is required")
    for category, form in value.items():
        # A form may leave its number out, as Arabic writes its dual ("إفادتان", two claims); whether
        # its category is one number only, the brief's language says (numberless_problems).
        if category != "other" and not placeholders(form):
            continue
        found = _placeholder_problem(f"{key}.{category}", form, "{n}")
        if found:
            return found
    return None


def form_problems(language: str, key: str, forms: Mapping[str, str]) -> list[tuple[str, str]]:
    """(message, hint) for the forms of count `key` that `language` never
    uses (never shown), and for those it uses that are missing (their
    numbers are shown with 'other')."""
    try:
        rule, name = locale_of(language).plural_form, locale_of(language).english_name
    except ValueError:
        return []
    uses = [category for category in CATEGORIES if category in rule.tags | {"other"}]
    found = []
    unused = [category for category in CATEGORIES if category in forms and category not in uses]
    if unused:
        found.append((f"label '{key}' has the form{'s' * (len(unused) > 1)} {', '.join(unused)}, which {name} "
                      f"never uses: {'they are' if len(unused) > 1 else 'it is'} never shown",
                      f"{name} counts with {', '.join(uses)}; remove the others"))
    for category in (category for category in uses if category not in forms):
        numbers = _numbers_of(rule, category, 3)
        found.append((f"label '{key}' has no form {category}: {name} uses it for "
                      f"{', '.join(map(str, numbers)) or 'some numbers'}…, which are shown with 'other'",
                      f'add {category} = "…" to the table'))
    return found


def numberless_problems(language: str, key: str, forms: Mapping[str, str]) -> list[tuple[str, str]]:
    """(message, hint) for each form of count `key` without {n} that
    `language` uses for more than one number: every one of them would read
    alike ("утверждение" for 1 and 21). A form for one number only may say
    it in words, as Arabic's dual does ("إفادتان" for 2)."""
    try:
        rule, name = locale_of(language).plural_form, locale_of(language).english_name
    except ValueError:
        return []
    found = []
    for category, form in forms.items():
        numbers = _numbers_of(rule, category, 3) if not placeholders(form) else []
        if len(numbers) > 1:  # none: a form never used, which form_problems tells
            found.append((f"label '{key}.{category}' has no {{n}}, and {name} uses {category} for "
                          f"{', '.join(map(str, numbers))}…: they would all read alike",
                          "keep {n} in it; only a form for a single number (Arabic's two, for 2) may leave it out"))
    return found


def _numbers_of(rule, category: str, most: int) -> list[int]:
    """The first `most` whole numbers `rule` puts in `category`. Some forms are for
    large round numbers only: French "many" is for 1000000, 2000000…"""
    candidates = itertools.chain(range(1000), (m * 10 ** k for k in range(3, 16) for m in range(1, 10)))
    return list(itertools.islice((n for n in candidates if rule(n) == category), most))


def _placeholder_problem(name: str, text: str, model: str) -> tuple[str, str] | None:
    wanted, given = placeholders(model), placeholders(text)
    if given == wanted:
        return None
    shown = ", ".join("{" + p + "}" for p in wanted) or "none"
    return (f"label '{name}' has the placeholders {', '.join('{' + p + '}' for p in given) or 'none'}, "
            f"not those of the English label",
            f"keep each of these exactly once: {shown} (the English is \"{model}\")")


def fill(text: str, values: Mapping[str, object]) -> str:
    """`text` with each {name} replaced by its value; a {name} no value is given for stays."""
    return joined(cut(text), values)


def cut(text: str, escape: Callable[[str], str] = str) -> tuple[str, ...]:
    """`text` cut at its placeholders: its words (passed through `escape`),
    a placeholder's name, its words, …, its words."""
    parts, last = [], 0
    for found in _PLACEHOLDER.finditer(text):
        parts += [escape(text[last:found.start()]), found.group(1)]
        last = found.end()
    return (*parts, escape(text[last:]))


class Filler:
    """Labels filled in: `filler(key, **values)`. Each label is cut at its
    placeholders once (a site asks for the same few thousands of times),
    its words passed through `escape` then, each value when filled."""

    def __init__(self, words: Mapping[str, str | Mapping[str, str]], escape: Callable = str) -> None:
        self._words, self._escape = words, escape
        self._cut: dict[str, tuple[str, ...]] = {}

    def __call__(self, key: str, **values: object) -> str:
        pieces = self._cut.get(key)
        if pieces is None:
            text = self._words[key]
            if not isinstance(text, str):
                raise TypeError(f"label {key!r} is a count")
            pieces = self._cut[key] = cut(text, self._escape)
        return pieces[0] if len(pieces) == 1 else joined(pieces, values, self._escape)


def joined(cut: tuple[str, ...], values: Mapping[str, object], escape: Callable[[object], str] = str) -> str:
    """A label cut by `cut`, with each placeholder's value (through `escape`:
    markupsafe.escape leaves a value that is already markup as it is)."""
    parts = [cut[0]]
    for i in range(1, len(cut), 2):
        name = cut[i]
        parts += [escape(values[name]) if name in values else escape("{" + name + "}"), cut[i + 1]]
    # Every part went through `escape`: joined as text and made escape's kind of text (Markup) once,
    # where Markup.join would make Markup of each part again.
    return type(escape(""))("".join(parts))


def amount_phrase(fill: Callable[..., str], number: str, qualifier: str | None, unit: str | None) -> str:
    """An amount in words (`fill`: the brief's labels filled): a count's unit
    with its number, inside the qualifier ("more than 350 companies",
    "300社以上"); "350+" would read as 350 or more."""
    if unit:
        number = fill("amount_with_unit", amount=number, unit=unit)
    return fill(f"qualifier_{qualifier.replace('-', '_')}", amount=number) if qualifier else number


def count(labels: Mapping, language: str, key: str, number: int) -> str:
    """"3 claims" in `language`: the form of `key` for `number`'s plural category."""
    forms = labels[key]
    category = _plural_rule(language)(number)
    form = forms.get(category) or forms["other"]
    return form.replace("{n}", _number(language, number))


@lru_cache(maxsize=64)
def _plural_rule(language: str):
    try:
        return locale_of(language).plural_form
    except ValueError:
        return locale_of("en").plural_form


@lru_cache(maxsize=4096)
def _number(language: str, number: int) -> str:
    return written(str(number), language)
