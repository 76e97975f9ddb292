"""The source page on a fixture brief: each cited paragraph names, beside
it, the claims that cite it; a sticky bar names the source; the passage
links work without script."""
import re

from briefgen import build

from htmlscan import resolve, scan


def source_html(root):
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return (root / "site" / "sources" / "article" / "index.html").read_text(encoding="utf-8")


def test_each_cited_paragraph_lists_the_claims_citing_it_with_links(mini):
    html = source_html(mini)
    page = mini / "site" / "sources" / "article" / "index.html"
    para = re.search(r'<div class="para cited">\s*<p id="p-2">.*?</div>', html, flags=re.S).group(0)
    margin = re.search(r'<aside class="cited-by" data-pagefind-ignore aria-label="Claims citing paragraph 2">(.*?)</aside>', para,
                       flags=re.S).group(1)
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', margin)
    assert [text for _, text in links] == ["The forum met in Astana on 9 August 2024.",
                                           "More than 350 companies took part."]
    for link, _ in links:
        target, fragment = resolve(mini / "site", page, link)
        assert fragment in scan(target).tag_by_id, link
    # An uncited paragraph has no margin and no rule.
    assert re.search(r'<div class="para">\s*<p id="p-1">', html)
    assert '<aside class="cited-by" data-pagefind-ignore aria-label="Claims citing paragraph 1">' not in html


def test_the_bar_names_the_source_and_links_to_the_first_and_last_passage(mini):
    html = source_html(mini)
    bar = re.search(r'<div class="source-bar"[^>]*>(.*?)</nav>', html, flags=re.S).group(1)
    assert '<p class="source-bar-title" dir="auto">Forum report</p>' in bar
    assert "<span>Example News</span>" in bar and "date not stated" in bar
    marks = re.findall(r'<mark id="(q-[0-9a-f]{10})" class="quote"', html)
    assert re.search(rf'<a class="passage-prev" href="#{marks[-1]}"', bar)
    assert re.search(rf'<a class="passage-next" href="#{marks[0]}"', bar)
    assert 'src="../../assets/passages.js"' in html


def test_a_source_nobody_cites_has_no_passage_navigation(make_project):
    root = make_project({"seeds/spare.txt": "Spare\nNothing here is cited.\n"})
    build(root, out=root / "site")
    html = (root / "site" / "sources" / "spare" / "index.html").read_text(encoding="utf-8")
    assert 'class="source-bar"' in html and 'class="passage-nav"' not in html


def test_a_markdown_sources_headings_stand_below_its_pages_one_h1(make_project):
    root = make_project({"seeds/notes.md": "# Notes on the forum\n\nThe forum met.\n\n## Later\n\nIt met again.\n"})
    assert build(root, out=root / "site", search=False).ok
    html = (root / "site" / "sources" / "notes" / "index.html").read_text(encoding="utf-8")
    assert html.count("<h1") == 1
    assert re.search(r'<h2 id="p-1">', html) and re.search(r'<h3 id="p-3">', html)
