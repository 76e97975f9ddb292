"""End to end: build the real Japan–Central Asia brief and read the HTML."""
import json
import re
import shutil
from pathlib import Path

import pytest

from briefgen import build
from briefgen.textmatch import normalise

from htmlscan import resolve, scan

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("real") / "site"
    result = build(REPO, out=out)
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    return result, out


def pages(site: Path):
    return sorted(site.rglob("*.html"))


def test_summary_counts_pages_sources_and_claims(built):
    result, out = built
    assert re.fullmatch(
        r"built \d+ pages from 5 sources, \d+ claims verified \(\d+ quoted passages\) in \d+\.\d\ds",
        result.summary())
    assert result.pages == len(pages(out))


@pytest.mark.parametrize("path", [
    "index.html", "404.html", "timeline/index.html", "figures/index.html", "sources/index.html",
    "countries/kz/index.html", "countries/jp/index.html", "countries/cn/index.html",
    "events/c5-japan-business-forum-2024/index.html", "events/central-asia-japan-summit-2025/index.html",
    "agreements/tokyo-joint-statement-2025/index.html",
    "sources/000_6b63e09ce1224b78/index.html", "sources/004_c3bbcc797fb922f4/index.html",
    "data/briefgen.json", "data/figure.csv", "data/sources.json", "data/sources.bib", "feed.xml", "assets/style.css",
])
def test_contract_paths_exist(built, path):
    assert (built[1] / path).is_file()


def test_every_citation_lands_on_a_mark_holding_its_quote(built):
    _, site = built
    checked = 0
    for page in pages(site):
        for tag, attrs in scan(page).elements:
            if tag != "a" or attrs.get("class") != "cite":
                continue
            assert re.fullmatch(r"(\.\./)*sources/[a-z0-9_-]+/#q-[0-9a-f]{10}", attrs["href"]), attrs["href"]
            target, fragment = resolve(site, page, attrs["href"])
            assert target == site / "sources" / attrs["data-source"] / "index.html"
            marks = scan(target)
            assert marks.tag_by_id[fragment][0] == "mark"
            assert marks.tag_by_id[fragment][1]["class"] == "quote"
            checked += 1
    assert checked > 150


def test_mark_text_equals_the_cited_quote(built):
    result, site = built
    library = result.library
    for record in library.records.values():
        for cite in record.cites:
            marks = scan(site / "sources" / cite.source / "index.html")
            assert normalise(marks.text_by_id[f"q-{cite.key}"]) == normalise(cite.quote)


def test_every_claim_is_followed_by_a_citation(built):
    _, site = built
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        for item in re.findall(r'<ul class="claims">(.*?)</ul>', html, flags=re.S):
            for claim in re.findall(r"<li id=\"c-[0-9a-f]{8}\">(.*?)</li>", item, flags=re.S):
                assert 'class="cite"' in claim, (page, claim)


def test_timeline_is_chronological_and_grouped_by_year(built):
    html = (built[1] / "timeline" / "index.html").read_text(encoding="utf-8")
    years = [int(y) for y in re.findall(r'<section class="year" id="y(\d{4})">', html)]
    assert years == sorted(years) and years[0] == 1997
    firsts = re.findall(r'<li data-kind="[a-z]+"[^>]*>.*?<time datetime="([0-9-]+)">', html)
    # Within a year, a date known to the day comes before one known only to its
    # month, and both before one known only to the year (the editing guide).
    def order(iso):
        parts = [int(p) for p in iso.split("-")]
        return (parts[0], parts[1] if len(parts) > 1 else 13, parts[2] if len(parts) > 2 else 32)
    assert firsts == sorted(firsts, key=order)
    assert len(firsts) > 15


@pytest.mark.parametrize("page, shown", [
    ("events/dushanbe-intergovernmental-commission-2023/index.html", '<time datetime="2023">2023</time>'),
    ("events/central-asia-japan-dialogue-fm-2022/index.html", '<time datetime="2022-12">Dec 2022</time>'),
    ("events/c5-japan-business-forum-2024/index.html", '<time datetime="2024-08-09">9 Aug 2024</time>'),
])
def test_dates_show_their_true_precision(built, page, shown):
    assert shown in (built[1] / page).read_text(encoding="utf-8")


def test_the_visits_two_spans_show_both_values_with_their_sources_marked_resolved(built):
    html = (built[1] / "events" / "kishida-central-asia-visit-2024" / "index.html").read_text(encoding="utf-8")
    field = re.search(r'<dd id="field-date">(.*?)</dd>', html, flags=re.S).group(1)
    assert '<time datetime="2024-08-09">9–10 Aug 2024</time>' in field
    assert '<time datetime="2024-08-09">9–12 Aug 2024</time>' in field
    assert 'data-source="000_6b63e09ce1224b78"' in field and 'data-source="002_67d3dee2a9e37524"' in field
    # content/disputes.yaml resolves it (the visit and the forum): resolved, no longer disputed.
    assert '<span class="badge resolved">resolved</span>' in field and "disputed" not in field


def test_the_tokyo_date_is_disputed_between_19_december_and_saturday(built):
    # 001: "took place on December 19" (a Friday in 2025); 004: the leaders agreed "on Saturday".
    html = (built[1] / "events" / "central-asia-japan-summit-2025" / "index.html").read_text(encoding="utf-8")
    field = re.search(r'<dd id="field-date">(.*?)</dd>', html, flags=re.S).group(1)
    assert "disputed" in field
    box = re.search(r'<section class="dispute" id="dispute-central-asia-japan-summit-2025-date">(.*?)</section>',
                    html, flags=re.S).group(1)
    positions = re.findall(r"<li>(.*?)</li>", box, flags=re.S)
    assert any("19 Dec 2025" in p and 'data-source="001_169d24ce2ef1f331"' in p for p in positions)
    assert any("Saturday" in p and 'data-source="004_c3bbcc797fb922f4"' in p for p in positions)


def test_links_are_relative(built):
    for page in pages(built[1]):
        for tag, attrs in scan(page).elements:
            link = attrs.get("href") or attrs.get("src") or ""
            assert not link.startswith("/"), (page, link)


def test_data_export_lists_every_record_with_its_citations(built):
    result, site = built
    data = json.loads((site / "data" / "briefgen.json").read_text(encoding="utf-8"))
    assert {r["id"] for r in data["records"]} == set(result.library.records)
    sojitz = next(r for r in data["records"] if r["id"] == "sojitz-uzbekistan-airport-investment")
    assert sojitz["fields"]["amount"][0]["value"] == 1000000000
    assert sojitz["claims"][0]["cite"][0]["source"] == "001_169d24ce2ef1f331"


def test_a_newcomer_adds_a_markdown_source_and_a_fact_without_code_changes(tmp_path):
    project = tmp_path / "brief"
    for folder in ("seeds", "content"):
        shutil.copytree(REPO / folder, project / folder)
    (project / "seeds" / "kun-uz-report.md").write_text(
        "---\ntitle: Tashkent hosts a Japan forum\npublisher: Example Wire\npublished: 2026-03-03\n---\n"
        "# Tashkent hosts a Japan forum\n\nOn 2 March 2026, a *Japan–Uzbekistan* forum met in Tashkent.\n",
        encoding="utf-8")
    with open(project / "content" / "forums.yaml", "a", encoding="utf-8") as forums:
        forums.write(
            "\n- id: tashkent-forum-2026\n  name: Japan–Uzbekistan forum in Tashkent\n  date: 2026-03-02\n"
            "  countries: [uz, jp]\n  claims:\n    - text: A Japan–Uzbekistan forum met in Tashkent on 2 March 2026.\n"
            "      cite:\n        - source: kun-uz-report\n"
            "          quote: \"On 2 March 2026, a Japan–Uzbekistan forum met in Tashkent.\"\n")
    result = build(project, out=tmp_path / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    site = tmp_path / "site"
    assert "Japan–Uzbekistan forum in Tashkent" in (site / "countries/uz/index.html").read_text(encoding="utf-8")
    event = (site / "events/tashkent-forum-2026/index.html").read_text(encoding="utf-8")
    assert 'data-source="kun-uz-report"' in event
    source = (site / "sources/kun-uz-report/index.html").read_text(encoding="utf-8")
    assert "Tashkent hosts a Japan forum" in source and "Example Wire" in source
    assert re.search(r'<mark id="q-[0-9a-f]{10}" class="quote"[^>]*>On 2 March 2026, a Japan–Uzbekistan forum met in Tashkent\.</mark>', source)
    assert "../../events/tashkent-forum-2026/#c-" in source
