"""Citations on a page: one numbering in order of first use, short labels
for sources with a short publisher or alias, and a reference list at the foot
of the page that also makes sense on paper."""
import re

from briefgen import build

from htmlscan import scan

WIRE = "Wire report\nThe forum in Astana ran on 9 August 2024.\nJapan pledged $1 billion for an airport.\n"
NOTES = "Analyst notes\nMore than 350 companies took part in Astana.\n"

FORUM = """\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
  countries: [kz, jp]
  claims:
    - text: The forum ran in Astana.
      cite:
        - source: wire
          quote: "The forum in Astana ran on 9 August 2024."
    - text: The forum met in Astana on 9 August 2024.
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
        - source: wire
          quote: "The forum in Astana ran on 9 August 2024."
    - text: More than 350 companies took part.
      cite:
        - source: notes
          quote: "More than 350 companies took part in Astana."
        - source: article
          quote: "More than 350 companies took part."
"""

SOURCES = """\
- id: article
  alias: report
  title: Forum report
  publisher: Example News
  published: 2024-08-10
  url: https://example.org/forum
- id: wire
  title: Wire report
  published: 2024-08-09
- id: notes
  alias: a-very-long-alias-name
  title: Analyst notes
  publisher: Institute for the Study of Very Long Names
  retrieved: 2024-09-02
"""


def built(make_project, extra=None, env=None, monkeypatch=None):
    files = {"seeds/wire.txt": WIRE, "seeds/notes.txt": NOTES, "content/forums.yaml": FORUM,
             "content/sources.yaml": SOURCES, **(extra or {})}
    root = make_project(files)
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def labels(html: str) -> list[str]:
    return re.findall(r'<a class="cite"[^>]*><span class="cite-n">\[([^\]]+)\]</span>', html)


def references(html: str) -> list[tuple[str, str]]:
    section = re.search(r'<section class="references".*?</section>', html, flags=re.S).group(0)
    return re.findall(r'<li id="ref-([a-z0-9_-]+)"><span class="ref-label">\[([^\]]+)\]</span>', section)


def test_one_numbering_per_page_in_order_of_first_use(make_project):
    html = (built(make_project) / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    # The date (wire, then article, which state it) comes first, then the claims:
    # wire is 1, article 2, notes 3, on every citation of them on this page.
    assert labels(html) == ["1", "2", "1", "2", "1", "3", "2"]
    assert references(html) == [("wire", "1"), ("article", "2"), ("notes", "3")]
    # Beside the number, the source's own short label (publisher or alias, type, grade).
    assert re.search(r'data-source="article" data-pagefind-ignore><span class="cite-n">\[2\]</span><span class="cite-label"> Example News</span>',
                     html)


def test_the_reference_list_gives_title_publisher_date_passage_and_url(make_project):
    site = built(make_project)
    html = (site / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    entry = re.search(r'<li id="ref-article">(.*?)</li>', html, flags=re.S).group(1)
    assert '<cite dir="auto"><a href="../../sources/article/">Forum report</a></cite>' in entry
    assert "Example News" in entry and '<time datetime="2024-08-10">10 Aug 2024</time>' in entry
    # Both passages of the source, each linked, told apart within their paragraph.
    passages = re.findall(r'<a href="(\.\./\.\./sources/article/#q-[0-9a-f]{10})">(¶[0-9a-z]+)</a>', entry)
    assert [label for _, label in passages] == ["¶2a", "¶2b"]
    page = scan(site / "sources" / "article" / "index.html")
    assert all(href.split("#")[1] in page.tag_by_id for href, _ in passages)
    assert '<a class="url" href="https://example.org/forum" rel="noopener noreferrer">https://example.org/forum</a>' in entry


def test_each_page_numbers_its_own_citations(make_project):
    site = built(make_project)
    figures = (site / "figures" / "index.html").read_text(encoding="utf-8")
    # The figures page cites only the article: it is the first and only reference there.
    assert references(figures) == [("article", "1")]
    assert set(labels(figures)) == {"1"}


def test_the_reference_gives_publisher_type_and_grade_when_sources_yaml_does(make_project):
    graded = SOURCES.replace("  publisher: Example News\n", "  publisher: Example News\n  publisher_type: wire\n"
                             "  reliability: B\n  assessment: Names its reporters and corrects its errors.\n", 1)
    html = (built(make_project, {"content/sources.yaml": graded}) / "events" / "astana-forum-2024" /
            "index.html").read_text(encoding="utf-8")
    entry = re.search(r'<li id="ref-article">(.*?)</li>', html, flags=re.S).group(1)
    assert "— Example News · wire · B," in entry


def test_pages_without_citations_have_no_reference_list(make_project):
    site = built(make_project)
    assert 'class="references"' not in (site / "sources" / "wire" / "index.html").read_text(encoding="utf-8")
    assert 'class="references"' not in (site / "search" / "index.html").read_text(encoding="utf-8")


def test_as_of_is_the_newest_source_date_without_source_date_epoch(make_project, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    html = (built(make_project) / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    assert '<p class="as-of">Sources as of <time datetime="2024-09-02">2 Sep 2024</time>.</p>' in html


def test_as_of_follows_source_date_epoch(make_project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01T00:00:00Z
    html = (built(make_project) / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    assert '<p class="as-of">Sources as of <time datetime="2025-01-01">1 Jan 2025</time>.</p>' in html


def test_as_of_is_never_before_a_source_however_early_source_date_epoch(make_project, monkeypatch):
    """A build pinned to an old time says the references stand at the newest
    source's date, as the feed's `updated` does, never at a day before it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")  # 2000-01-01T00:00:00Z
    site = built(make_project)
    html = (site / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    assert '<p class="as-of">Sources as of <time datetime="2024-09-02">2 Sep 2024</time>.</p>' in html
    assert "<updated>2024-09-02T00:00:00Z</updated>" in (site / "feed.xml").read_text(encoding="utf-8")


def test_source_text_in_references_is_escaped(make_project):
    hostile = SOURCES.replace("title: Wire report", 'title: "<script>alert(1)</script>"')
    html = (built(make_project, {"content/sources.yaml": hostile}) / "events" / "astana-forum-2024" /
            "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_with_a_base_url_the_printed_reference_gives_the_source_page_address(make_project):
    root = make_project({"seeds/wire.txt": WIRE, "seeds/notes.txt": NOTES, "content/forums.yaml": FORUM,
                         "content/sources.yaml": SOURCES})
    result = build(root, out=root / "site", base_url="https://example.org/brief/")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    entry = re.search(r'<li id="ref-wire">(.*?)</li>', html, flags=re.S).group(1)
    assert '<span class="print-only">Passages: https://example.org/brief/sources/wire/</span>' in entry
    # Without a base URL there is no address to print.
    assert 'class="print-only"' not in (built(make_project) / "events" / "astana-forum-2024" /
                                        "index.html").read_text(encoding="utf-8")


def test_a_printed_citation_names_its_passage_as_the_reference_list_does(make_project):
    """Two passages of one paragraph cited on one page are ¶2a and ¶2b in the reference list, but each
    citation printed ", ¶2", the first before the page had met the second: on paper the reader could
    not tell which of the two backs which claim. A paragraph cited once stays ¶N."""
    root = make_project({"content/forums.yaml": MINI_FORUM_TWO_PASSAGES})
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    printed = re.findall(r'<a class="cite" href="([^"]+)".*?<span class="cite-where">, (¶\w+)</span>', html)
    listed = dict(re.findall(r'<a href="([^"]+)">(¶\w+)</a>', html.split('class="references"')[1]))
    assert sorted(listed.values()) == ["¶2a", "¶2b", "¶3"]
    assert [(where, listed[href]) for href, where in printed if where != listed[href]] == []
    assert {where for _, where in printed} == {"¶2a", "¶2b", "¶3"}


MINI_FORUM_TWO_PASSAGES = """\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
  countries: [kz, jp]
  claims:
    - text: The forum met in Astana on 9 August 2024.
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
    - text: More than 350 companies took part.
      cite:
        - source: article
          quote: "More than 350 companies took part."
    - text: Japan pledged $1 billion for an airport in Uzbekistan.
      cite:
        - source: article
          quote: "Japan pledged $1 billion for an airport in Uzbekistan."
"""
