"""Prose pages: pages/*.md in the site's layout and navigation, citing
sources with [[cite ...]] shortcodes that are checked like any claim."""
import re
import time

from pathlib import Path

import pytest

from briefgen import build, check
from briefgen.diagnostics import Diagnostics
from briefgen.prose import _Shortcodes

from htmlscan import scan

ABOUT = """\
---
title: About this brief
order: 1
---
# About this brief

The forum drew a crowd [[cite source="report" quote="More than 350 companies took part."]].
"""

METHOD = """\
How we work: every statement cites its source.
"""


def built(make_project, files):
    root = make_project(files)
    result = build(root, out=root / "site", strict=True)
    assert [d.format() for d in result.diagnostics.items] == []
    return root / "site"


def built_warned(make_project, files) -> tuple[Path, list[str]]:
    """The site, and the first lines of the warnings its build gave."""
    root = make_project(files)
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site", [d.format().split("\n")[0] for d in result.diagnostics.items]


def errors(make_project, files) -> list[str]:
    return [d.format() for d in check(make_project(files)).diagnostics.errors]


def test_a_page_is_rendered_in_the_layout_and_linked_from_every_page(make_project):
    site = built(make_project, {"pages/about.md": ABOUT, "pages/method.md": METHOD})
    about = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert "<title>About this brief · Research brief</title>" in about
    assert '<header class="site">' in about and '<footer class="site">' in about
    assert about.count("<h1>") == 1 and "<h1>About this brief</h1>" in about
    method = (site / "method" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Method</h1>" in method and "<p>How we work: every statement cites its source.</p>" in method
    for page, prefix in (("index.html", ""), ("events/astana-forum-2024/index.html", "../../")):
        nav = re.search(r'<nav aria-label="Sections">(.*?)</nav>', (site / page).read_text(encoding="utf-8"), re.S).group(1)
        labels = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)
        assert labels[-3:] == [(f"{prefix}about/", "About this brief"), (f"{prefix}method/", "Method"),
                               (f"{prefix}search/", "Search")]
    assert '<a href="./" aria-current="page">About this brief</a>' in about


def test_a_page_titled_as_a_section_or_another_page_is_warned_of_where_its_title_is_written(make_project):
    _, warned = built_warned(make_project, {
        "pages/regions.md": "---\norder: 1\ntitle: countries\n---\nThe countries, region by region.\n",
        "pages/method.md": METHOD,
        "pages/notes.md": "# Method\n\nNotes on the method.\n",
    })
    assert [w for w in warned if "navigation" in w] == [
        "pages/notes.md: warning: page 'notes' is titled 'Method', as page 'method' is: the navigation shows two "
        "links of that name",
        "pages/regions.md:3:8: warning: page 'regions' is titled 'countries', as the section Countries is: "
        "the navigation shows two links of that name",
    ]


def test_a_page_is_told_of_the_section_by_its_name_in_the_briefs_language(make_project):
    root = make_project({"briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "de"\n',
                         "pages/zeitachse.md": "---\ntitle: Zeitleiste\n---\nDie Zeitleiste.\n"})
    warned = [d.format() for d in check(root).diagnostics.items if "navigation" in d.message]
    assert len(warned) == 1 and "as the section Zeitleiste is" in warned[0], warned


def test_a_pages_folder_that_cannot_be_listed_is_an_error_not_pages_left_out(make_project, monkeypatch):
    """`chmod 000 pages` built the site without its prose pages and without a
    word: glob lists nothing in a folder it cannot read. (The tests run as
    root, whom no mode stops: the listing is refused here.)"""
    root = make_project({"pages/about.md": ABOUT})
    listing = Path.iterdir

    def refused(folder):
        if folder.name == "pages":
            raise PermissionError(13, "Permission denied", str(folder))
        return listing(folder)
    monkeypatch.setattr(Path, "iterdir", refused)
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "pages: error: cannot list the folder: Permission denied\n    hint: check the folder's permissions"]


def test_a_citation_links_to_its_marked_passage_and_back(make_project):
    site = built(make_project, {"pages/about.md": ABOUT})
    about = site / "about" / "index.html"
    [link] = [a for tag, a in scan(about).elements if tag == "a" and a.get("class") == "cite"]
    assert re.fullmatch(r"\.\./sources/article/#q-[0-9a-f]{10}", link["href"]) and link["data-source"] == "article"
    key = link["href"].split("#")[1]
    source = site / "sources" / "article" / "index.html"
    assert scan(source).text_by_id[key] == "More than 350 companies took part."
    html = source.read_text(encoding="utf-8")
    backlinks = re.search(rf'<li id="cited-{key}">(.*?)</ul>', html, re.S).group(1)
    assert '<a href="../../about/">The forum drew a crowd</a> <span class="kind">(About this brief)</span>' in backlinks
    assert f'<mark id="{key}" class="quote" data-claims="2"' in html  # the figure's claim and the page


def test_a_quote_not_in_the_source_is_an_error_at_the_pages_line(make_project):
    page = "Intro line.\n\nThey said so [[cite source=\"article\" quote=\"more than 350 firms took part\"]].\n"
    [error] = errors(make_project, {"pages/about.md": page})
    assert error.startswith("pages/about.md:3:45: error: quote not found in article\n    hint: closest")


def test_line_numbers_count_the_front_matter(make_project):
    page = ABOUT.replace("took part.", "took part in Osaka.")
    [error] = errors(make_project, {"pages/about.md": page})
    assert error.startswith("pages/about.md:7:54: error: quote not found in article")


@pytest.mark.parametrize("shortcode, message", [
    ('[[cite source="articel" quote="the forum met"]]', "7:16: error: unknown source 'articel'\n    hint: did you mean 'article'?"),
    ('[[cite source="article" quotes="the forum met"]]', "7:25: error: unknown citation field 'quotes'\n    hint: did you mean 'quote'?"),
    ('[[cite source="article"]]', "7:1: error: citation is missing 'quote'"),
    ('[[cite source="article" quote=the forum met]]', "7:25: error: cannot read this citation"),
    ('[[cite source="article" quote="the forum met"].', "7:1: error: a citation must end with ']]'"),
    ('[[cite source="article" quote="the forum met"', "7:1: error: a citation must end with ']]'"),
    ('[[Cite source="article" quote="the forum met"]]', "7:1: error: a citation must start with '[[cite ' exactly"),
    ('[[ cite source="article" quote="the forum met"]]', "7:1: error: a citation must start with '[[cite ' exactly"),
    ('[[cite source="report" quote="More than 350 companies took part."]] then [[cite source="article"',
     "7:74: error: a citation must end with ']]'"),
])
def test_a_malformed_citation_is_located(make_project, shortcode, message):
    page = "---\ntitle: About\n---\n# About\n\nText.\n" + shortcode + "\n"
    assert [e.split("\n")[0] for e in errors(make_project, {"pages/about.md": page})] == [
        "pages/about.md:" + message.split("\n")[0]]
    if "\n" in message:
        assert errors(make_project, {"pages/about.md": page})[0].endswith(message.split("\n")[1])


def test_every_problem_of_a_page_is_reported_in_one_run(make_project):
    page = ('A [[cite source="article" quote="nowhere in the text"]].\n\n'
            'B [[cite source="article" qoute="x"]].\n')
    found = [e.split(": error: ")[0] for e in errors(make_project, {"pages/about.md": page})]
    assert found == ["pages/about.md:1:34", "pages/about.md:3:27"]


def test_raw_html_is_text_and_script_links_are_dropped(make_project):
    page = ("# Notes\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n"
            "[one](javascript:alert(1)) [two](https://example.org/) [three](../sources/)\n")
    site, warned = built_warned(make_project, {"pages/notes.md": page})
    assert warned == ["pages/notes.md:5:7: warning: link to 'javascript:alert(1)' dropped: a page links only to web "
                      "addresses (http, https, mailto) or within the site"]
    html = (site / "notes" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert" not in html and "javascript:" not in html
    assert '<a>one</a> <a href="https://example.org/">two</a> <a href="../sources/">three</a>' in html


def test_a_dropped_link_is_told_where_each_link_is_written_not_where_its_words_first_are(make_project):
    page = ("# Notes\n\nNever write `javascript:alert(1)` in a link.\n\n"
            "[one](javascript:alert(1)) and [two][r].\n\n[three]( javascript:alert(1))\n\n[r]: javascript:alert(2)\n")
    site, warned = built_warned(make_project, {"pages/notes.md": page})
    assert [w.split(": warning: ")[0] for w in warned] == [
        "pages/notes.md:5:7", "pages/notes.md:7:10", "pages/notes.md:9:6"]


@pytest.mark.parametrize("address", [
    "&#106;avascript:alert&#40;1&#41;", "&#x6a;avascript&#x3a;alert(1)", "&#106avascript:alert(1)",
    "javascript&colon;alert(1)", "java&Tab;script:alert(1)", "&NewLine;javascript:alert(1)",
    "jav&#x09;ascript:alert(1)", "&#1;javascript:alert(1)", "<javascript:alert(1)>", "&#100;ata:text/html,x",
    "http://[",  # no address a browser follows either
    "//evil.example/x", "&#47;/evil.example/x",  # the page's scheme: file: for a site opened from disk
])
def test_a_link_is_dropped_whose_address_the_browser_reads_as_a_script(make_project, address):
    """The browser decodes character references in an attribute, drops tabs
    and line breaks anywhere in an address, and controls at its ends."""
    site, warned = built_warned(
        make_project, {"pages/notes.md": f"# Notes\n\n[one]({address}) ![two]({address}) [three](../sources/)\n"})
    assert warned and all("dropped: a page links only to web addresses" in w for w in warned)
    html = (site / "notes" / "index.html").read_text(encoding="utf-8")
    assert '<p><a>one</a> <img alt="two"> <a href="../sources/">three</a></p>' in html


@pytest.mark.parametrize("text", ["BRIEFGENCITE0X", "`BRIEFGENCITE0X`", "BRIEFGENCITE7X", "BRIEFGENCITE", "x BRIEFGENCITEQ0X"])
def test_a_page_that_writes_the_citations_placeholder_shows_it_as_written(make_project, text):
    page = f"# Notes\n\n{text} here.\n\nThe forum drew a crowd {ABOUT.split('crowd ')[1]}"
    site = built(make_project, {"pages/notes.md": page})
    html = (site / "notes" / "index.html").read_text(encoding="utf-8")
    assert text.replace("`", "") + " here." in html.replace("<code>", "").replace("</code>", "")
    assert html.count('class="cite"') == 1


def test_a_citation_written_as_code_is_shown_as_written_and_not_checked(make_project):
    page = ("# Method\n\nWrite `[[cite source=\"article\" quote=\"words <b>not</b> in it\"]]` after a claim, "
            "never `[[Cite` or ``[[cite source='x'``.\n\n"
            "    [[cite source=\"nowhere\" quote=\"an example\"]]\n    [[cite\n\n"
            "The forum drew a crowd " + ABOUT.split("crowd ")[1])
    site = built(make_project, {"pages/method.md": page})
    html = (site / "method" / "index.html").read_text(encoding="utf-8")
    assert ('<code>[[cite source="article" quote="words &lt;b&gt;not&lt;/b&gt; in it"]]</code>' in html)
    assert "never <code>[[Cite</code> or <code>[[cite source='x'</code>." in html
    assert '<pre><code>[[cite source="nowhere" quote="an example"]]\n[[cite\n</code></pre>' in html
    assert html.count('class="cite"') == 1  # the one citation outside code


def test_a_fenced_code_block_is_code_and_its_citations_are_shown_as_written(make_project):
    page = ("# Method\n\n```yaml\ncite:\n\n[[cite source=\"article\" quote=\"not in it\"]]\n```\n\n"
            "~~~\n[[cite source=\"nowhere\" quote=\"an example\"]] <b>\n~~~\n\n"
            "The forum drew a crowd " + ABOUT.split("crowd ")[1])
    site = built(make_project, {"pages/method.md": page})
    html = (site / "method" / "index.html").read_text(encoding="utf-8")
    assert ('<pre><code class="language-yaml">cite:\n\n[[cite source=&quot;article&quot; quote=&quot;not in it&quot;]]\n'
            '</code></pre>') in html
    assert '<pre><code>[[cite source=&quot;nowhere&quot; quote=&quot;an example&quot;]] &lt;b&gt;\n</code></pre>' in html
    assert html.count('class="cite"') == 1


def test_a_citation_beside_code_is_still_a_citation(make_project):
    page = 'A `code` span. The forum met [[cite source="article" quote="nowhere in the text"]] `[[cite`.\n'
    assert [e.split("\n")[0] for e in errors(make_project, {"pages/about.md": page})] == [
        "pages/about.md:1:61: error: quote not found in article"]


@pytest.mark.parametrize("name, problem", [
    ("timeline", "page timeline.md: 'timeline' is taken by the site's own pages"),
    ("About_Us", "page About_Us.md: 'About_Us' is not a valid page name"),
])
def test_a_page_may_not_take_a_sites_address_or_an_odd_name(make_project, name, problem):
    [error] = errors(make_project, {f"pages/{name}.md": METHOD})
    assert error.startswith(f"pages/{name}.md:1:1: error: {problem}")



def test_a_hidden_file_in_pages_is_no_page(make_project):
    """While about.md has unsaved changes, Emacs keeps the lock link .#about.md
    beside it, leading nowhere: any build then (another file saved while
    serving) failed on it as a page named '.#about'."""
    root = make_project({"pages/about.md": ABOUT, "pages/.method.md": METHOD})
    (root / "pages" / ".#about.md").symlink_to("editor@host.4242:1700000000")
    result = build(root, out=root / "site", strict=True)
    assert [d.format() for d in result.diagnostics.items] == []
    assert (root / "site" / "about" / "index.html").exists()

def test_a_source_cited_only_by_a_page_counts_as_cited(make_project):
    wire = "Wire report\nThe forum in Astana ran on 9–12 August 2024.\n"
    page = 'Dates vary [[cite source="wire" quote="ran on 9–12 August 2024"]].\n'
    root = make_project({"seeds/wire.txt": wire})
    assert any("source 'wire' is not cited" in d.message for d in check(root).diagnostics.warnings)
    root = make_project({"seeds/wire.txt": wire, "pages/about.md": page})
    assert not check(root, strict=True).diagnostics.items


def test_a_title_taken_from_the_first_heading_is_its_words_not_its_markdown_nor_a_code_comment(make_project):
    site = built(make_project, {
        "pages/about.md": "# The *Astana* forum `2024` [notes](../sources/) & more\n\nText.\n",
        "pages/method.md": "How to rebuild:\n\n```bash\n# install it first\npip install briefgen\n```\n\n"
                           "How we work\n===========\n"})
    nav = re.search(r'<nav aria-label="Sections">(.*?)</nav>', (site / "index.html").read_text(encoding="utf-8"),
                    re.S).group(1)
    assert '<a href="about/">The Astana forum 2024 notes &amp; more</a>' in nav
    assert '<a href="method/">How we work</a>' in nav


def test_a_page_citations_translation_is_shown_and_read_as_a_records_is(make_project):
    """A quote in another language may carry the editor's translation in a
    page too: it was accepted and dropped, so the tooltip lacked it and the
    sentence was held to the French words alone ('numbers Twenty; names Astana')."""
    wire = ("---\ntitle: Dépêche\npublisher: Agence\npublished: 2024-08-10\nlanguage: fr\n---\n"
            "Le forum d'Astana a réuni vingt ministres.\n")
    page = ('Twenty ministers met at the Astana forum [[cite source="wire" quote="Le forum d\'Astana a réuni '
            'vingt ministres." translation="The Astana forum brought together twenty ministers."]].\n')
    site, warned = built_warned(make_project, {"seeds/wire.md": wire, "pages/about.md": page})
    assert not [w for w in warned if "none of its quotes" in w]
    about = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert ('<span class="translation">(translation: “The Astana forum brought together twenty ministers.”)</span>'
            in about)


def test_a_citation_inside_a_link_or_an_image_is_an_error_not_a_broken_page(make_project):
    page = ('Map ![the forum [[cite source="article" quote="More than 350 companies took part."]]](../x.png).\n\n'
            '[See [[cite source="article" quote="More than 350 companies took part."]]](../sources/) and '
            '[here](../sources/ "as [[cite source=\'article\' quote=\'More than 350 companies took part.\']]").\n\n'
            '[Fine](../sources/) [[cite source="article" quote="More than 350 companies took part."]].\n')
    found = [e.split("\n")[0] for e in errors(make_project, {"pages/about.md": page})]
    message = "error: a citation may not stand in a link's text, an image's description or a link's title"
    assert found == [f"pages/about.md:1:48: {message}", f"pages/about.md:3:37: {message}",
                     f"pages/about.md:3:147: {message}"]


def test_a_page_with_a_bad_front_matter_field_is_an_error(make_project):
    [error] = errors(make_project, {"pages/about.md": "---\ntitle: About\nordr: 2\n---\nText.\n"})
    assert error == ("pages/about.md:3:1: error: unknown field 'ordr' in page front matter\n"
                     "    hint: did you mean 'order'?")


@pytest.mark.parametrize("value, message", [('order: "2"', "a page's 'order' must be a whole number"),
                                            ("order: 1.5", "a page's 'order' must be a whole number"),
                                            ("title: [a, b]", "a page's 'title' must be text")])
def test_a_front_matter_value_of_the_wrong_kind_is_told_at_its_line_with_the_page_s_other_problems(
        make_project, value, message):
    page = f'---\nordr: 2\n{value}\n---\nA [[cite source="article" quote="nowhere in the text"]].\n'
    found = [e.split("\n")[0] for e in errors(make_project, {"pages/about.md": page})]
    assert found == ["pages/about.md:2:1: error: unknown field 'ordr' in page front matter",
                     f"pages/about.md:3:{value.index(':') + 3}: error: {message}",
                     "pages/about.md:5:34: error: quote not found in article"]


def test_a_markdown_file_that_is_not_made_a_page_is_warned_of(make_project):
    site, warnings = built_warned(make_project, {"pages/about.md": ABOUT, "pages/notes/history.md": METHOD,
                                                 "pages/Method.MD": METHOD, "pages/notes/map.png": "",
                                                 "pages/.drafts/next.md": METHOD})
    assert warnings == [
        "pages/Method.MD: warning: not built: a page's file name ends in .md",
        "pages/notes/history.md: warning: not built: pages are the .md files directly in pages/, not in its sub-folders"]
    assert not (site / "history").exists() and not (site / "method").exists()


def test_a_page_linked_to_a_file_inside_the_project_is_read_and_one_outside_is_refused(make_project, tmp_path):
    root = make_project({"drafts/about.md": ABOUT})
    (root / "pages").mkdir()
    (root / "pages" / "about.md").symlink_to(root / "drafts" / "about.md")
    assert build(root, out=root / "site").ok
    assert "<h1>About this brief</h1>" in (root / "site" / "about" / "index.html").read_text(encoding="utf-8")
    secret = tmp_path / "secret.md"
    secret.write_text("# Secret\n", encoding="utf-8")
    (root / "pages" / "secret.md").symlink_to(secret)
    [error] = [d.format() for d in check(root).diagnostics.errors]
    assert error.startswith(f"pages/secret.md: error: symbolic link leads outside the project, to {secret}")


def test_a_page_paragraph_of_brackets_is_refused_at_once(make_project):
    page = "# Notes\n\nA first line.\n\n" + "[" * 5_000 + "\n"
    assert errors(make_project, {"pages/notes.md": page}) == [
        "pages/notes.md:5:1: error: a paragraph holds more than 1,000 '[': Markdown would take minutes to read it\n"
        "    hint: write them as \\[ , or split the paragraph"]


@pytest.mark.parametrize("control", ["\x00", "\x1b", "\x7f"])
def test_a_control_character_in_a_page_is_refused_where_it_stands_as_in_a_source(make_project, control):
    # Published as written, a NUL made the page invalid HTML; a source's text refuses it already.
    page = f"# Notes\n\nA first line, then A{control}B.\n"
    assert errors(make_project, {"pages/notes.md": page}) == [
        f"pages/notes.md:3:21: error: control character U+{ord(control):04X} in the page's text\n"
        "    hint: remove it: no page or feed can show it (tabs, line breaks and form feeds may stay)"]


def test_the_citations_of_a_long_page_are_located_without_counting_its_lines_from_the_top(tmp_path):
    """Each citation's line was counted from the top of the page: 4,000
    citations in 4 MB took 5 s; a line start found by halving takes none."""
    filler = "Words of a long methodology note, written out at length. " * 16 + "\n"
    body = "".join(f'{filler}Point {n} [[cite source="article" quote="a quote"]].\n\n' for n in range(4_000))
    began = time.monotonic()
    reader = _Shortcodes(tmp_path / "long.md", body, 5, {"article": "article"}, set(), Diagnostics(tmp_path))
    assert time.monotonic() - began < 3
    assert len(reader.citations) == 4_000
    assert str(reader.statement_places[-1]) == f"long.md:{5 + 3 * 3_999 + 1}:1"


def test_a_page_longer_than_a_source_may_be_is_refused(make_project):
    root = make_project({"pages/about.md": "---\ntitle: About\n---\n" + "A long page. " * 300,
                         "briefgen.toml": '[site]\ntitle = "Brief"\nmax_source_bytes = 2000\n'})
    result = build(root)
    assert [d.format() for d in result.diagnostics.errors] == [
        "pages/about.md: error: the page is over the limit of 2,000 bytes\n"
        "    hint: split it, or raise max_source_bytes in briefgen.toml"]


@pytest.mark.parametrize("value", ["title: no", "order: 017", "title: !custom About", "order: 1\norder: 2"])
def test_a_refused_front_matter_value_of_a_page_hides_none_of_its_other_problems(make_project, value):
    """As in a fact file: the page's unknown field and its quote not in the
    source are told in the same run, and the refused value draws no second
    message ("a page's 'title' must be text")."""
    page = f'---\n{value}\nordr: 2\n---\nA [[cite source="article" quote="nowhere in the text"]].\n'
    found = [e.split("\n")[0] for e in errors(make_project, {"pages/about.md": page})]
    lines = value.count("\n")
    assert len(found) == 3, found
    assert found[0].startswith(f"pages/about.md:{2 + lines}:")
    assert found[1:] == [f"pages/about.md:{3 + lines}:1: error: unknown field 'ordr' in page front matter",
                         f"pages/about.md:{5 + lines}:34: error: quote not found in article"]
