"""The whole demo brief: it builds strictly, every link resolves, coverage
accounts for every paragraph, its fact files name and satisfy their schemas,
and its repeated sentence is told apart (moved from the engine test modules
of the same topics, which use fixture projects)."""
import json
from pathlib import Path

import jsonschema
import pytest

from briefgen import build, check, yamlsource
from briefgen.coverage import as_data, coverage

from test_provenance import anchored, errors, paragraph_holding, quoting, source_html  # noqa: F401 (fixture)

REPO = Path(__file__).resolve().parents[2]
Validator = jsonschema.Draft202012Validator


def shipped(stem: str) -> str:
    return (REPO / "schemas" / f"{stem}.schema.json").read_text(encoding="utf-8")


def test_the_real_corpus_builds_strict_with_no_warnings(tmp_path):
    result = build(REPO, out=tmp_path / "site", strict=True)
    assert [d.format() for d in result.diagnostics.items] == []
    assert result.ok


def test_every_link_of_the_real_corpus_resolves(tmp_path):
    result = build(REPO, out=tmp_path / "site", base_url="https://example.org/brief/")
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    assert result.links > 2000


def test_coverage_of_the_real_corpus_accounts_for_every_paragraph():
    library = check(REPO).library
    data = as_data(coverage(library))
    assert [s["id"] for s in data["sources"]] == list(library.sources)
    for entry in data["sources"]:
        numbers = sorted(entry["cited"] + entry["uncited"])
        assert numbers == list(range(1, len(library.sources[entry["id"]].paragraphs) + 1))
        assert entry["share"] == round(len(entry["cited"]) / len(numbers), 4)
    totals = data["totals"]
    assert totals["cited"] == sum(len(s["cited"]) for s in data["sources"]) > 0
    assert totals["paragraphs"] == sum(len(s.paragraphs) for s in library.sources.values())


CONTENT_FILES = sorted((REPO / "content").glob("*.yaml"))


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda p: p.name)
def test_every_content_file_validates_against_its_schema(path):
    data = yamlsource.parse(path.read_text(encoding="utf-8"))  # dates stay strings, as editors see them
    validator = Validator(json.loads(shipped(path.stem)))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda p: p.name)
def test_every_content_file_names_its_schema(path):
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema=../schemas/{path.stem}.schema.json"


REPEATING = "003_71bbbec9e7f28b47"  # the real seed that repeats its C5+1 sentence


C5_SENTENCE = ("Japan's creation of the C5+1 arrangement positions it as a pivotal player "
               "in enhancing Central Asia's international relations.")


def test_the_repeated_sentence_of_a_real_seed_needs_context(quoting):
    seed = {f"seeds/{REPEATING}.txt": (REPO / "seeds" / f"{REPEATING}.txt").read_bytes()}
    root = quoting({"quote": C5_SENTENCE}, source=REPEATING, seeds=seed)
    assert errors(root) == [
        f"content/meetings.yaml:7:18: error: quote occurs 2 times in {REPEATING} (¶12, ¶13)\n"
        "    hint: add 'prefix:' or 'suffix:' with the words just before or after the passage you mean, "
        'e.g. suffix: "[8]" for ¶12, or suffix: "Consequently," for ¶13']


@pytest.mark.parametrize("context, paragraph", [
    ({"suffix": "[8]"}, 12),
    ({"suffix": "Consequently"}, 13),
    ({"prefix": "among the regional countries."}, 13),
    ({"prefix": "Central Asia+Japan Dialogue."}, 12),
])
def test_context_picks_one_occurrence_of_the_real_repeated_sentence(quoting, context, paragraph):
    seed = {f"seeds/{REPEATING}.txt": (REPO / "seeds" / f"{REPEATING}.txt").read_bytes()}
    root = quoting({"quote": C5_SENTENCE, **context}, source=REPEATING, seeds=seed)
    anchor, text = anchored(root)
    assert anchor.paragraph == paragraph
    assert text == C5_SENTENCE.replace("'", "’")
    assert paragraph_holding(source_html(root, REPEATING), f"q-{anchor.key}") == paragraph


def test_the_real_corpus_cites_the_first_repeated_sentence_by_its_footnote():
    library = check(REPO).library
    [cite] = [c for r in library.records.values() for c in r.cites if c.source == REPEATING and c.suffix == "[8]"]
    assert library.anchors[cite.key].paragraph == 12
