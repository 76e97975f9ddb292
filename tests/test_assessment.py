"""Source assessment: publisher type, Admiralty reliability grade and the
reason for it, validated with located diagnostics, shown on the source page
and as a short label on every citation."""
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import assessment, build, check
from briefgen.diagnostics import Diagnostics
from conftest import MINI

GRADED = """\
- id: article
  alias: report
  title: Forum report
  publisher: Example News
  publisher_type: wire
  reliability: B
  assessment: Names its sources and dates its facts; one error in a title.
"""


def built(root: Path):
    result = build(root, out=root / "site", strict=True)
    return result, [d.format() for d in result.diagnostics.items]


def page(root: Path, path: str) -> str:
    return (root / "site" / path).read_text(encoding="utf-8")


def errors(root: Path) -> list[str]:
    return [d.format() for d in check(root).diagnostics.errors]


def test_the_source_page_shows_type_grade_and_assessment(make_project):
    root = make_project({"content/sources.yaml": GRADED})
    result, diagnostics = built(root)
    assert result.ok and diagnostics == []
    html = page(root, "sources/article/index.html")
    assert "<dt>Type</dt> <dd>wire</dd>" in html
    assert '<dd id="reliability">B — usually reliable <span class="basis">(NATO Admiralty scale)</span></dd>' in html
    assert '<dd id="assessment">Names its sources and dates its facts; one error in a title.</dd>' in html


def test_a_title_in_sources_yaml_that_reads_as_the_front_matters_does_not_warn_whatever_its_unicode_form(make_project):
    """The front matter's title pasted on a Mac, its ó decomposed; sources.yaml's typed, composed."""
    root = make_project({"content/sources.yaml": "- id: article\n  title: Forum in Tórshavn\n",
                         "seeds/article.txt": "---\ntitle: Forum in To\u0301rshavn\n---\n" + MINI["seeds/article.txt"]})
    assert [d.format() for d in check(root).diagnostics.items if "differs" in d.message] == []


def test_a_value_set_in_sources_yaml_and_otherwise_in_front_matter_warns_and_the_front_matter_wins(make_project):
    root = make_project({"content/sources.yaml": GRADED,
                         "seeds/article.txt": "---\npublisher: Other Wire\nreliability: B\ntitle: Forum report\n---\n"
                                              + MINI["seeds/article.txt"]})
    result, diagnostics = built(root)
    assert not result.ok  # under --strict
    assert diagnostics == [
        "content/sources.yaml:4:14: error: 'publisher' of source 'article' differs from its front matter's, which is "
        "used\n    hint: keep one: remove 'publisher' here, or from the front matter of seeds/article.txt"]
    assert check(root).library.source_meta["article"]["publisher"] == "Other Wire"


def test_an_ungraded_source_says_so(mini):
    result, _ = built(mini)
    assert result.ok
    html = page(mini, "sources/article/index.html")
    assert '<dd id="reliability">not graded</dd>' in html and 'id="assessment"' not in html
    source = json.loads(page(mini, "data/briefgen.json"))["sources"][0]
    assert (source["publisher_type"], source["reliability"], source["assessment"]) == (None, None, None)


def test_every_citation_carries_the_short_label(make_project):
    root = make_project({"content/sources.yaml": GRADED})
    built(root)
    html = page(root, "events/astana-forum-2024/index.html")
    cites = re.findall(r'<a class="cite" href="[^"]+" data-source="article" data-pagefind-ignore><span class="cite-n">\[\d+\]</span>'
                       r'<span class="cite-label"> ([^<]*)</span>', html)
    assert cites and set(cites) == {"Example News · wire · B"}
    data = json.loads(page(root, "data/briefgen.json"))
    source = data["sources"][0]
    assert (source["publisher_type"], source["reliability"], source["label"]) == ("wire", "B", "Example News · wire · B")
    assert source["assessment"].startswith("Names its sources")
    forum = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert forum["claims"][0]["cite"][0]["label"] == "Example News · wire · B"


@pytest.mark.parametrize("meta, label", [
    ("  publisher: Example News\n", "Example News"),
    ("", "report"),                                  # no publisher: the alias
    ("  publisher: Centre for Very Long Names in Regional Studies\n", "report"),  # too long: the alias
])
def test_the_label_falls_back_to_the_alias(make_project, meta, label):
    sources = f"- id: article\n  alias: report\n  title: Forum report\n{meta}"
    root = make_project({"content/sources.yaml": sources})
    built(root)
    assert f'<span class="cite-label"> {label}</span>' in page(root, "events/astana-forum-2024/index.html")


def test_a_long_publisher_without_alias_is_cut_short(make_project):
    figures = MINI["content/figures.yaml"].replace("source: report", "source: article")
    sources = "- id: article\n  title: Forum report\n  publisher: Centre for Very Long Names in Regional Studies\n"
    root = make_project({"content/sources.yaml": sources, "content/figures.yaml": figures})
    built(root)
    assert '<span class="cite-label"> Centre for Very Long Na…</span>' in page(root, "events/astana-forum-2024/index.html")


def test_without_alias_or_publisher_the_label_is_the_id(make_project):
    figures = MINI["content/figures.yaml"].replace("source: report", "source: article")
    root = make_project({"content/sources.yaml": "- id: article\n  title: Forum report\n",
                         "content/figures.yaml": figures})
    built(root)
    assert '<span class="cite-label"> article</span>' in page(root, "events/astana-forum-2024/index.html")


@pytest.mark.parametrize("field, value, message, hint", [
    ("publisher_type", "newspapr",
     "'publisher_type' must be one of wire, newspaper, think-tank, government, blog, analysis; got 'newspapr'",
     "did you mean 'newspaper'?"),
    ("reliability", "b", "'reliability' must be one of A, B, C, D, E, F; got 'b'", "did you mean 'B'? (capitals matter)"),
    ("reliability", "G", "'reliability' must be one of A, B, C, D, E, F; got 'G'", "hint: write one of: A, B, C, D, E, F"),
])
def test_bad_values_are_located_errors(make_project, field, value, message, hint):
    sources = GRADED.replace(f"{field}: {'wire' if field == 'publisher_type' else 'B'}", f"{field}: {value}")
    root = make_project({"content/sources.yaml": sources})
    line = next(i for i, text in enumerate(sources.splitlines(), start=1) if text.startswith(f"  {field}:"))
    found = errors(root)
    assert len(found) == 1
    assert found[0].startswith(f"content/sources.yaml:{line}:{len(field) + 5}: error: {message}")
    assert hint in found[0]


def test_a_grade_without_its_reason_is_an_error(make_project):
    root = make_project({"content/sources.yaml": GRADED.replace(
        "  assessment: Names its sources and dates its facts; one error in a title.\n", "")})
    assert errors(root) == [
        "content/sources.yaml:6:16: error: source 'article' has reliability B but no assessment\n"
        "    hint: add 'assessment:' saying why, from what the text shows (its sourcing, errors, who publishes "
        "it), or remove the grade"]


def test_a_grade_and_its_reason_given_in_two_files_warn(make_project):
    root = make_project({"content/sources.yaml": GRADED.replace("  reliability: B\n", ""),
                         "seeds/article.txt": "---\nreliability: C\n---\n" + MINI["seeds/article.txt"]})
    result, diagnostics = built(root)
    assert not result.ok  # under --strict
    assert diagnostics == [
        "seeds/article.txt:2:14: error: source 'article' has its reliability here and its assessment in "
        "content/sources.yaml\n    hint: a grade and its reason belong together: move one of them next to the other"]


def test_front_matter_is_checked_the_same_way_with_its_own_location(make_project):
    root = make_project({"seeds/note.md": "---\ntitle: Note\nreliability: Z\n---\nThe forum met in Astana.\n",
                         "content/forums.yaml": None, "content/figures.yaml": None})
    result = subprocess.run([sys.executable, "-m", "briefgen", "check"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "seeds/note.md:3:14: error: 'reliability' must be one of A, B, C, D, E, F; got 'Z'" in result.stderr


def test_a_graded_front_matter_without_assessment_points_at_its_grade(make_project):
    root = make_project({"seeds/note.md": "---\ntitle: Note\nreliability: C\n---\nThe forum met in Astana.\n"})
    assert [e.split("\n")[0] for e in errors(root)] == [
        "seeds/note.md:3:14: error: source 'note' has reliability C but no assessment"]


def test_assessment_text_is_escaped(make_project):
    root = make_project({"content/sources.yaml": GRADED.replace(
        "Names its sources", "<script>alert(1)</script> Names its sources")})
    built(root)
    html = page(root, "sources/article/index.html")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; Names its sources" in html


def test_an_entry_for_a_source_seeds_lacks_suggests_the_one_it_may_mean(make_project):
    root = make_project({"content/sources.yaml": GRADED.replace("- id: article", "- id: artcle")})
    [error] = [e for e in errors(root) if "no such file" in e]
    assert error == ("content/sources.yaml:1:3: error: sources.yaml describes 'artcle', but seeds/ has no such file\n"
                     "    hint: did you mean 'article'?")


def _circles_following_every_chain(meta, source_ids):
    """Where and how each circle of `republishes` is reported when every
    source's chain is followed to the original, circles seen before skipped."""
    def next_of(sid):
        original = source_ids.get(meta.get(sid, {}).get("republishes", ""))
        return original if original != sid else None

    found, reported = [], set()
    for sid in sorted(meta):
        chain, at = [], sid
        while at is not None and at not in chain:
            chain.append(at)
            at = next_of(at)
        if at is None:
            continue
        circle = chain[chain.index(at):]
        if reported & set(circle):
            continue
        reported |= set(circle)
        named = ", ".join(f"'{s}'" for s in sorted(circle))
        found.append((meta[min(circle)]["location"],
                      f"sources {named} republish one another in a circle: none of them is the original"))
    return found


def test_circles_of_republishes_are_those_following_every_chain_finds():
    chooser = random.Random(11)
    for _ in range(300):
        sids = [f"s{n}" for n in range(chooser.randint(1, 12))]
        chooser.shuffle(sids)  # walked in name order, not in the order of sources.yaml
        meta = {sid: {"location": f"at {sid}"} for sid in sids}
        for sid in sids:
            if chooser.random() < 0.8:
                meta[sid]["republishes"] = chooser.choice(sids + ["elsewhere"])
        source_ids = {sid: sid for sid in sids}
        diagnostics = Diagnostics()
        assessment._check_circles(meta, source_ids, diagnostics)
        assert [(d.location, d.message) for d in diagnostics.errors] == \
            sorted(_circles_following_every_chain(meta, source_ids))


def test_a_long_chain_of_republishes_into_a_circle_is_one_error():
    sids = [f"s{n:04d}" for n in range(3001)]
    meta = {sid: {"location": sid, "republishes": after} for sid, after in zip(sids, sids[1:])}
    meta["s3000"] = {"location": "s3000", "republishes": "s2998"}
    diagnostics = Diagnostics()
    assessment._check_circles(meta, {sid: sid for sid in sids}, diagnostics)
    assert [(d.location, d.message) for d in diagnostics.errors] == [
        ("s2998", "sources 's2998', 's2999', 's3000' republish one another in a circle: none of them is the original")]
