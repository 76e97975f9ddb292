"""The source page keeps the citation contract: every cited passage is one
<mark> holding exactly the quote, says how many claims cite it, and lists
those claims with links that lead back to them."""
import re
from collections import defaultdict
from pathlib import Path

import pytest

from briefgen import build, check
from briefgen.textmatch import normalise

from htmlscan import resolve, scan

REPO = Path(__file__).resolve().parents[2]
MARK = re.compile(r'<mark id="q-([0-9a-f]{10})" class="quote" data-claims="(\d+)"')


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("sources") / "site"
    result = build(REPO, out=out)
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    return result.library, out


def quotes_by_key(library) -> dict[str, set[str]]:
    """Every cited quote, normalised, under its mark id."""
    cites = [c for r in library.records.values() for c in r.cites]
    cites += [c for d in library.disputes for p in d.positions for c in p.cites]
    cites += [c for d in library.disputes if d.resolution for c in d.resolution.cites]
    quotes = defaultdict(set)
    for cite in cites:
        quotes[f"q-{cite.key}"].add(normalise(cite.quote))
    return quotes


def source_pages(site: Path) -> list[Path]:
    return sorted((site / "sources").glob("*/index.html"))


def test_every_citation_on_every_page_lands_on_a_mark_holding_its_quote(site):
    library, out = site
    quotes = quotes_by_key(library)
    scanned = {}
    checked = 0
    for page in sorted(out.rglob("*.html")):
        for tag, attrs in scan(page).elements:
            if tag != "a" or attrs.get("class") != "cite":
                continue
            target, fragment = resolve(out, page, attrs["href"])
            assert target == out / "sources" / attrs["data-source"] / "index.html", (page, attrs)
            if target not in scanned:
                scanned[target] = scan(target)
            mark, mark_attrs = scanned[target].tag_by_id[fragment]
            assert (mark, mark_attrs["class"]) == ("mark", "quote")
            assert quotes[fragment] == {normalise(scanned[target].text_by_id[fragment])}, (page, fragment)
            checked += 1
    assert checked > 150


def test_each_mark_is_the_verbatim_passage_inside_its_paragraph(site):
    library, out = site
    for source_id, source in library.sources.items():
        page = out / "sources" / source_id / "index.html"
        html, marks = page.read_text(encoding="utf-8"), scan(page)
        for anchor in (a for a in library.anchors.values() if a.source == source_id):
            paragraph = re.search(rf'<(p|h\d) id="p-{anchor.paragraph}">(.*?)</\1>', html, flags=re.S).group(2)
            assert f'<mark id="q-{anchor.key}" class="quote"' in paragraph
            assert marks.text_by_id[f"q-{anchor.key}"] == source.text[anchor.start:anchor.end]


def test_every_mark_counts_the_claims_that_its_backlinks_list(site):
    _, out = site
    for page in source_pages(out):
        html = page.read_text(encoding="utf-8")
        backlinks = {key: body for key, body in re.findall(
            r'<li id="cited-q-([0-9a-f]{10})">(.*?)</ul>\s*</li>', html, flags=re.S)}
        marks = MARK.findall(html)
        assert marks and len(marks) == len(backlinks), page
        for key, count in marks:
            claims = re.findall(r'<li><a href="([^"]+)">', backlinks[key])
            assert int(count) == len(claims) >= 1, (page, key)
            assert f'<a href="#q-{key}">' in backlinks[key]


def test_every_backlink_leads_to_an_element_on_an_existing_page(site):
    library, out = site
    checked = 0
    for page in source_pages(out):
        section = re.search(r'<section class="backlinks">(.*?)</section>', page.read_text(encoding="utf-8"),
                            flags=re.S).group(1)
        for link in re.findall(r'<li><a href="([^"]+)">', section):
            target, fragment = resolve(out, page, link)
            assert target.is_file(), (page, link)
            assert fragment in scan(target).tag_by_id, (page, link)
            checked += 1
    assert checked >= len(library.anchors)


# -- a source with its own front matter ----------------------------------------

LINKED = "---\ntitle: Forum report\nurl: {url}\n---\nForum report\n" \
         "On 9 August 2024, the forum met in Astana. More than 350 companies took part.\n"


def test_a_source_with_a_url_links_back_to_its_original(make_project):
    root = make_project({"seeds/article.txt": LINKED.format(url="https://example.org/news/forum?id=7&lang=en")})
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "sources" / "article" / "index.html").read_text(encoding="utf-8")
    assert ('<dt>Original</dt> <dd><a href="https://example.org/news/forum?id=7&amp;lang=en" '
            'rel="noopener noreferrer">https://example.org/news/forum?id=7&amp;lang=en</a></dd>') in html


def test_a_source_without_a_url_has_no_link_out(mini):
    assert build(mini, out=mini / "site").ok
    assert "<dt>Original</dt>" not in (mini / "site" / "sources" / "article" / "index.html").read_text(encoding="utf-8")


def test_a_url_that_is_not_http_is_refused(make_project):
    root = make_project({"seeds/article.txt": LINKED.format(url="javascript:alert(1)")})
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "seeds/article.txt:3:6: error: 'url' must be an http(s) URL, not 'javascript:alert(1)'\n"
        "    hint: write the full address, starting with https://"]
