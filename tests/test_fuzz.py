"""Whatever an editor (or an attacker) puts in seeds/ and content/, briefgen
answers with diagnostics, never an exception: random YAML text, records of
the right shape holding wrong values, random front matter and random bytes
go through the loaders and through the whole `check()`."""
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen import yamlsource
from briefgen.build import check
from briefgen.diagnostics import Diagnostics
from briefgen.facts import fact_files
from briefgen.schema import KINDS, fields_of
from briefgen.sources import read_source
from briefgen.validate import check_files
from conftest import MINI, write_project

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Fragments that steer random text into YAML's corners: indicators, quotes,
# tabs, anchors and aliases, tags, block scalars, document markers.
YAML_PIECES = st.sampled_from([
    "- ", ": ", "? ", "\n", "\n  ", "\n    ", "\t", "[", "]", "{", "}", ",", '"', "'", "#", "&a ", "*a",
    "!!int ", "!!bool ", "!!float ", "!!str ", "!!binary ", "!!python/object ", "!custom ", "|\n  ", ">-\n  ",
    "---\n", "...\n", "%YAML 1.1\n", "id", "kz", "2024-02-30", "1e400", "0x1F", "~", "null", "yes", "\ufeff",
    "\r\n", "\x85", "\u2028", "\x00", "\\", "%",
])
yaml_text = st.lists(YAML_PIECES | st.text(max_size=4), max_size=40).map("".join) | st.text(max_size=120)

scalar = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12) \
    | st.sampled_from(["2024-08-09", "2024-02-30", "2024-08/2024", "August 9", "kz", "xx", "../x", "/etc",
                       "javascript:alert(1)", "https://example.org", "On 9 August 2024, the forum met in Astana",
                       "USD", "more-than", "article", "report"])
value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=6) | st.sampled_from(["value", "cite", "source", "quote"]),
                                       inner, max_size=3), max_leaves=12)
quote = st.sampled_from(["More than 350 companies took part.", "Astana", "pledged"])
source = st.sampled_from(["article", "report", "nowhere"])
cite = st.fixed_dictionaries({"source": source | value, "quote": quote | value},
                             optional={"prefix": value, "suffix": value})
claims = st.lists(st.fixed_dictionaries({"text": value, "cite": st.lists(cite, max_size=2) | value}), max_size=2)


@st.composite
def fact_file(draw):
    """(stem, records): each record uses its kind's field names, with values
    that are sometimes right and mostly wrong."""
    stem = draw(st.sampled_from(sorted(KINDS)))
    names = sorted(fields_of(stem)) + ["countires", "extra"]
    records = draw(st.lists(st.dictionaries(st.sampled_from(names), value, max_size=8), max_size=3))
    for record in records:
        if draw(st.booleans()):
            record["id"] = draw(st.sampled_from(["kz", "jp", "astana-forum-2024", "companies", "new-id", "../x"]))
        if draw(st.booleans()):
            record["claims"] = draw(claims)
    return stem, records


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "project"


def fresh_mini(root: Path, files: dict) -> Path:
    shutil.rmtree(root, ignore_errors=True)
    write_project(root, MINI)
    for relative, data in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    return root


def assert_only_diagnostics(root: Path) -> None:
    result = check(root)
    assert (result.library is None) == bool(result.diagnostics.errors)
    for diagnostic in result.diagnostics.items:
        # Every problem is shown inside the project, at a real position.
        assert not diagnostic.location.path.startswith("/"), diagnostic.format()
        assert diagnostic.location.line >= 0 and diagnostic.message
        diagnostic.format()


LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))


@settings(max_examples=600, deadline=None)
@given(yaml_text)
# Inputs that once crashed or hung the parser:
@example("a: !!bool maybe")  # KeyError in PyYAML's bool constructor
@example("!!float ")  # IndexError on an empty tagged number
@example("[" * 200_000)  # libyaml composes recursively in C: stack overflow
@example("- " * 200_000)
@example("&a [*a]")  # an alias inside its own anchor
@example(LAUGHS)  # aliases that expand to 10^9 values
@example("0- #- ")  # a comment against a word, refused with its own message
def test_yaml_text_parses_or_fails_with_a_located_error(text):
    try:
        yamlsource.parse(text)
    except yamlsource.YamlError as exc:
        assert exc.message.startswith(("invalid YAML: ", "duplicate key", "ambiguous YAML: "))
        assert 1 <= exc.line <= len(text) + 1 and exc.col >= 1


@FUZZ
@given(text=yaml_text)
def test_any_fact_file_text_gives_diagnostics_only(project, text):
    root = fresh_mini(project, {"content/forums.yaml": text})
    diagnostics = Diagnostics(root)
    with fact_files(root / "content", diagnostics) as (_, others):
        check_files(list(others), {"article": "article"}, diagnostics)
    assert_only_diagnostics(root)


@FUZZ
@given(generated=fact_file())
def test_records_of_the_right_shape_with_wrong_values_give_diagnostics_only(project, generated):
    stem, records = generated
    text = yaml.safe_dump(records, allow_unicode=True, sort_keys=False)
    assert_only_diagnostics(fresh_mini(project, {f"content/{stem}.yaml": text}))


@FUZZ
@given(front=yaml_text, suffix=st.sampled_from([".txt", ".md"]), closed=st.booleans())
def test_any_front_matter_gives_diagnostics_only(project, front, suffix, closed):
    body = "Forum report\nOn 9 August 2024, the forum met in Astana. More than 350 companies took part.\n"
    text = "---\n" + front + ("\n---\n" if closed else "\n") + body
    root = fresh_mini(project, {})
    (root / "seeds" / "article.txt").unlink()
    path = root / "seeds" / f"article{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    read_source(path, 1_000_000, Diagnostics(root))
    assert_only_diagnostics(root)


@FUZZ
@given(data=st.binary(max_size=300), target=st.sampled_from(["seeds/article.txt", "seeds/other.md",
                                                              "content/countries.yaml", "content/sources.yaml",
                                                              "briefgen.toml"]))
def test_random_bytes_give_diagnostics_only(project, data, target):
    root = fresh_mini(project, {target: data})
    if target.startswith("seeds/"):
        read_source(root / target, 1_000_000, Diagnostics(root))
    assert_only_diagnostics(root)


toml_text = st.lists(st.sampled_from([
    "[site]", "site = 1", "site = [1]", 'site = "x"', "[site.inner]", "[other]", "title = 3", 'title = "T"',
    "max_source_bytes = -5", 'max_source_bytes = "big"', "max_source_bytes = 1e3", "base_url = true",
    "unknown = 1", "[[site]]", "= =", '"\\u0000"',
]) | st.text(max_size=10), max_size=6).map("\n".join)


@FUZZ
@given(text=toml_text)
def test_any_settings_file_gives_diagnostics_only(project, text):
    assert_only_diagnostics(fresh_mini(project, {"briefgen.toml": text}))
