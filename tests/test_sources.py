from pathlib import Path

import markdown
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen import check, sources
from briefgen.diagnostics import Diagnostics
from briefgen.sources import parse_source, read_source


def read(path: Path, max_bytes: int = 10_000):
    diagnostics = Diagnostics(path.parent)
    return read_source(path, max_bytes, diagnostics), diagnostics


def test_plain_text_keeps_one_paragraph_per_line_and_the_text_verbatim(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("Title line\n\n  Second, indented.\nThird’s line\n".encode())
    source, diagnostics = read(path)
    assert not diagnostics
    assert source.text == path.read_text(encoding="utf-8")
    assert [source.text[p.start:p.end] for p in source.paragraphs] == ["Title line", "Second, indented.", "Third’s line"]
    assert [p.number for p in source.paragraphs] == [1, 2, 3]


def test_markdown_front_matter_is_metadata_and_blocks_become_paragraphs(tmp_path):
    path = tmp_path / "wire.md"
    path.write_text("---\ntitle: Wire\npublished: 2026-01-02\n---\n# Heading\n\nSome *emphasis* here.\n\n- item one\n",
                    encoding="utf-8")
    source, diagnostics = read(path)
    assert not diagnostics
    assert dict(source.front_matter) == {"title": "Wire", "published": "2026-01-02"}
    assert source.front_matter.value_mark("published").line == 3
    assert [(p.tag, source.text[p.start:p.end]) for p in source.paragraphs] == [
        ("h1", "Heading"), ("p", "Some emphasis here."), ("p", "item one")]


def test_toml_front_matter_as_hugo_writes_it_is_refused_not_published_as_the_text(tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text('+++\r\ntitle = "Ferry deal"\r\ndate = 2026-04-15\r\n+++\r\nThe ferry sailed.\r\n', encoding="utf-8")
    source, diagnostics = read(path)
    assert source is None and [d.format() for d in diagnostics.items] == [
        "ferry.md:1:1: error: front matter in TOML (between +++ lines, as Hugo writes it) is not read: it would be "
        "published as the text\n"
        '    hint: write it in YAML between --- lines instead: title = "…" becomes title: "…"']
    ticker = tmp_path / "ticker.txt"
    ticker.write_text("+++ Fähre fährt wieder +++\n\nDie Fähre fährt ab Montag.\n+++\n", encoding="utf-8")
    source, diagnostics = read(ticker)  # a news ticker's lines, no front matter
    assert not diagnostics and source.text.startswith("+++ Fähre")


def test_a_markdown_table_s_cells_are_paragraphs_not_a_line_of_pipes(tmp_path):
    path = tmp_path / "wire.md"
    path.write_text("Volumes:\n\n| Partner | Volume |\n|---|---|\n| Kazakhstan | $1.2 billion |\n", encoding="utf-8")
    source, diagnostics = read(path)
    assert not diagnostics
    assert [source.text[p.start:p.end] for p in source.paragraphs] == [
        "Volumes:", "Partner", "Volume", "Kazakhstan", "$1.2 billion"]


def test_a_source_s_paragraphs_read_alike_fresh_and_from_the_parse_cache(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "wire.md").write_text("---\ntitle: Wire\n---\n# Heading\n\nFirst *one*.\n\n## Sub\n\nLast one.\n",
                                   encoding="utf-8")
    cache = tmp_path / ".briefgen-cache"
    fresh, cached = (sources.load_sources(seeds, 10_000, Diagnostics(tmp_path), tmp_path, cache=cache)["wire"]
                     for _ in range(2))
    expected = [(1, "h1", "Heading"), (2, "p", "First one."), (3, "h2", "Sub"), (4, "p", "Last one.")]
    for source in (fresh, cached):
        paragraphs = source.paragraphs
        assert [(p.number, p.tag, source.text[p.start:p.end]) for p in paragraphs] == expected
        assert len(paragraphs) == 4 and paragraphs[-1] == paragraphs[3] and paragraphs[1:3] == tuple(paragraphs)[1:3]
        with pytest.raises(IndexError):
            paragraphs[4]
        second, third = paragraphs[1], paragraphs[2]
        assert source.paragraph_at(second.start) == second and source.paragraph_at(second.end - 1) == second
        assert source.paragraph_at(third.start) == third
        assert source.paragraph_at(second.end) == paragraphs[-1]  # in no paragraph: the last one
        assert source.paragraph_at(len(source.text) + 5) == paragraphs[-1]
    assert cached.paragraphs == fresh.paragraphs and hash(cached.paragraphs) == hash(fresh.paragraphs)


def test_each_markdown_source_reads_alone_whatever_was_read_before(tmp_path):
    """One converter serves every source of a thread: nothing a source
    defines (a link reference) reaches the next."""
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    first.write_text("See [the ministry][mofa].\n\n[mofa]: https://www.mofa.go.jp/\n", encoding="utf-8")
    second.write_text("As [the ministry][mofa] said.\n", encoding="utf-8")
    alone, _ = read(second)
    read(first)
    after, diagnostics = read(second)
    assert not diagnostics
    assert [after.text[p.start:p.end] for p in after.paragraphs] == ["As [the ministry][mofa] said."]
    assert after.text == alone.text


@pytest.mark.parametrize("line, deep", [
    ("> " * 50 + "a quote in 50 quotes", False),
    ("> " * 51 + "a quote in 51 quotes", True),
    (">" * 51 + " quotes written together", True),
    ("    " * 12 + "- " * 38 + "an item 50 levels in", False),
    ("    " * 12 + "- " * 39 + "an item 51 levels in", True),
    ("1. " * 51 + "numbered", True),
    ("- " * 60 + "-", False),  # a line across the page, not lists
])
def test_nesting_is_counted_by_indentation_and_by_the_markers_that_open_a_line(tmp_path, line, deep):
    path = tmp_path / "nested.md"
    path.write_text(f"# Report\n\nA first line.\n\n{line}\n", encoding="utf-8")
    source, diagnostics = read(path)
    shown = [d.format().split("\n")[0] for d in diagnostics.errors]
    assert shown == (["nested.md:5:1: error: Markdown nests more than 50 levels deep"] if deep else [])


@pytest.mark.parametrize("text", ["[" * 5_000, "![" * 2_000, "[a](" * 2_000], ids=["open", "image", "link"])
def test_a_paragraph_of_brackets_markdown_would_take_hours_over_is_refused_at_once(tmp_path, text):
    path = tmp_path / "brackets.md"
    path.write_text(f"# Report\n\nA first line.\n\n{text}\n", encoding="utf-8")
    source, diagnostics = read(path)  # at once: read as Markdown, it took hours
    assert source is None and [d.format().split("\n")[0] for d in diagnostics.errors] == [
        "brackets.md:5:1: error: a paragraph holds more than 1,000 '[': Markdown would take minutes to read it"]


def test_a_paragraph_of_brackets_just_below_the_front_matter_is_refused_at_its_own_line(tmp_path):
    path = tmp_path / "brackets.md"
    path.write_text("---\ntitle: Tariff notes\n---\n" + "[n] " * 1_001 + "\n", encoding="utf-8")
    source, diagnostics = read(path)
    assert source is None and [d.format().split("\n")[0] for d in diagnostics.errors] == [
        "brackets.md:4:1: error: a paragraph holds more than 1,000 '[': Markdown would take minutes to read it"]


def test_many_links_in_a_paragraph_are_read():
    assert sources.too_many_brackets("[a](b) " * 500) is None


def test_a_markdown_source_too_deep_to_convert_leaves_the_next_one_unharmed(tmp_path):
    deep, report = tmp_path / "deep.md", tmp_path / "report.md"
    deep.write_text("- " * 2_000 + "item\n", encoding="utf-8")  # nesting its indentation does not show
    report.write_text("# Report\n\n- first point\n- second point\n\nA closing line.\n", encoding="utf-8")
    alone, _ = read(report)
    source, diagnostics = read(deep)
    assert source is None and "Markdown nests more than" in diagnostics.errors[0].message
    after, diagnostics = read(report)
    assert not diagnostics
    assert [after.text[p.start:p.end] for p in after.paragraphs] == [
        "Report", "first point", "second point", "A closing line."]
    assert after.text == alone.text


def parsed_trying_every_pattern(raw: bytes) -> str | None:
    """parse_source as Python-Markdown alone parses: its inline patterns
    tried on every text, including the text none of them can match."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(sources, "_INLINE_PATTERNS", frozenset())
        patched.setattr(sources._converters, "markdown", None, raising=False)  # a converter made afresh
        return parse_source(raw, ".md")


MARKDOWN_ISH = st.lists(st.sampled_from(list("ab Z9.,-#>!()[]*_`<>&;/:\\\n") + ["  \n", "http://x.org", "&amp;"]),
                        max_size=80).map("".join)


@settings(max_examples=400, deadline=None)
@given(body=MARKDOWN_ISH)
@example(body="Plain words.\n\n- a *bold* item\n- a plain item\n\nEnds  \nhere.")
# Each sign of markup alone in its text:
@example(body="See [the report](http://x.org) today.")
@example(body="Visit <http://x.org> or write to <desk@x.org>.")
@example(body="A <b>bold</b> word.")
@example(body="Run `make` first.")
@example(body="Not a heading: \\# one.")
@example(body="An _emphasised_ word.")
@example(body="A *starred* word.")
@example(body="Ends  \nhere.")
@example(body="Tom & Jerry &amp; co. &#35;1")
def test_text_no_inline_pattern_can_match_is_left_as_every_pattern_trying_leaves_it(body):
    raw = body.encode()
    assert parse_source(raw, ".md") == parsed_trying_every_pattern(raw)


def test_a_markdown_that_knows_other_inline_patterns_tries_them_on_every_text(monkeypatch):
    class WithStrikethrough(markdown.Markdown):
        def build_parser(self):
            super().build_parser()
            strike = markdown.inlinepatterns.SimpleTagInlineProcessor(r"(~~)(.+?)~~", "del")
            self.inlinePatterns.register(strike, "strike", 40)
            return self

    monkeypatch.setattr(sources.markdown, "Markdown", WithStrikethrough)
    monkeypatch.setattr(sources._converters, "markdown", None, raising=False)  # a converter made afresh
    assert sources._convert("Talks were ~~held~~ postponed.") == "<p>Talks were <del>held</del> postponed.</p>"


def test_front_matter_errors_point_at_the_file_line(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: ok\nauthor: [unclosed\n---\nBody\n", encoding="utf-8")
    source, diagnostics = read(path)
    assert source is None
    assert [d.format() for d in diagnostics.items] == [
        "bad.md:3:9: error: front matter is not valid YAML: list starting here is never closed\n"
        "    hint: add the closing ], or quote the value if it is text"]


@pytest.mark.parametrize("name", ["wire.md", "wire.txt"])
def test_front_matter_below_blank_lines_is_an_error_not_the_articles_first_paragraphs(tmp_path, name):
    path = tmp_path / name
    path.write_text("\n\n---\ntitle: Wire\npublisher: Wire\n---\nThe leaders met in Riverton.\n", encoding="utf-8")
    _, diagnostics = read(path)
    assert [d.format() for d in diagnostics.items] == [
        f"{name}:3:1: error: front matter does not start on the first line: it would be read as the text\n"
        "    hint: remove the blank lines above its opening ---"]


@pytest.mark.parametrize("name, text, where, hint", [
    ("wire.txt", "---\ntitle: Wire\n---\n\n", "wire.txt:5:1", "add the document's text below its front matter"),
    ("wire.md", "---\ntitle: Wire\n---\n", "wire.md:4:1", "add the document's text below its front matter"),
    ("wire.txt", "", "wire.txt:1:1", "add the document's text"),
])
def test_a_source_without_text_is_told_where_its_text_belongs(tmp_path, name, text, where, hint):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _, diagnostics = read(path)
    assert [d.format() for d in diagnostics.items] == [f"{where}: error: source has no text\n    hint: {hint}"]


def test_a_rule_below_a_blank_line_that_holds_no_fields_is_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("\n---\nThe leaders met.\n---\nThey agreed.\n", encoding="utf-8")
    source, diagnostics = read(path)
    assert not diagnostics
    assert [source.text[p.start:p.end] for p in source.paragraphs] == ["---", "The leaders met.", "---", "They agreed."]


@pytest.mark.parametrize("name", ["wire.md", "wire.txt"])
def test_a_byte_order_mark_before_the_front_matter_is_no_part_of_the_source(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf---\ntitle: Wire\npublisher: BOM Wire\n---\nThe leaders met in Riverton.\n")
    source, diagnostics = read(path)
    assert not diagnostics
    assert dict(source.front_matter) == {"title": "Wire", "publisher": "BOM Wire"}
    assert source.front_matter.value_mark("publisher").line == 3
    assert [source.text[p.start:p.end] for p in source.paragraphs] == ["The leaders met in Riverton."]


def test_tabs_line_breaks_and_form_feeds_stay_in_a_source(tmp_path):
    path = tmp_path / "pages.txt"
    path.write_bytes(b"Title\r\nPage one\tends.\x0cPage two.\n")
    source, diagnostics = read(path)
    assert not diagnostics and "\x0c" in source.text


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0c"])
def test_a_plain_text_line_is_one_paragraph_whatever_unicode_separator_it_holds(tmp_path, separator):
    """Editors and browsers show a line until its LF: a U+2028 or a form
    feed inside it splits no paragraph, and a quote reads it as a space."""
    path = tmp_path / "wire.txt"
    path.write_text(f"Title\r\nNorthland met{separator}Southland in Riverton.\nLast line.\n", encoding="utf-8")
    source, diagnostics = read(path)
    assert not diagnostics
    assert [source.text[p.start:p.end] for p in source.paragraphs] == [
        "Title", f"Northland met{separator}Southland in Riverton.", "Last line."]


def test_a_quote_with_a_space_where_the_source_holds_a_line_separator_is_found(make_project):
    root = make_project({
        "seeds/odd.txt": "Title\nNorthland met\u2028Southland in Riverton.\n",
        "content/organisations.yaml": """
            - id: oddland
              name: Oddland
              claims:
                - text: Northland met Southland in Riverton.
                  cite:
                    - source: odd
                      quote: "Northland met Southland in Riverton."
            """})
    result = check(root)
    assert result.ok, [d.format() for d in result.diagnostics.errors]


@pytest.mark.parametrize("name", ["wire.md", "wire.txt"])
def test_line_breaks_of_a_carriage_return_alone_are_refused_at_the_first(tmp_path, name):
    """Classic Mac line endings: read as one line, the front matter would be
    published as the text. Lines are counted in LF (or CRLF) only."""
    path = tmp_path / name
    path.write_bytes(b"---\rtitle: Wire\r---\rFirst line.\rSecond line.\r")
    source, diagnostics = read(path)
    assert source is None
    assert [d.format() for d in diagnostics.items] == [
        f"{name}:1:4: error: a line ends in a carriage return alone (old Mac line endings)\n"
        "    hint: save the file with LF or CRLF line endings"]


def test_non_utf8_source_is_located_at_the_bad_byte(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"fine line\ncaf\xe9 au lait\n")
    source, diagnostics = read(path)
    assert source is None
    assert diagnostics.items[0].format().startswith("latin.txt:2:4: error: source is not UTF-8 (byte 0xe9)")


def test_a_windows_quote_pasted_into_a_utf8_source_is_located_in_characters_and_not_to_be_converted(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_bytes("Harbour café\n\nLe café a dit ".encode() + b"\x93bon\x94.\n")
    source, diagnostics = read(path)
    assert source is None and [d.format() for d in diagnostics.items] == [
        "harbour.txt:3:15: error: source is not UTF-8 (byte 0x93)\n"
        "    hint: the text before it is UTF-8 with letters beyond ASCII, so the file mixes two encodings: retype "
        "the character here, and any like it after it, rather than converting the file"]


def test_windows_quotes_converted_as_latin1_are_refused_with_the_character_meant(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_bytes(b"Harbour news\n\nThe mayor said \x93yes\x94 to the ferry\x85\n".decode("latin-1").encode())
    source, diagnostics = read(path)  # what iconv -f ISO-8859-1 makes of a Windows document
    assert source is None and [d.format() for d in diagnostics.items] == [
        "harbour.txt:3:16: error: control character U+0093 in the source's text, where a Windows document writes '“'\n"
        "    hint: the file was converted from Windows-1252 as if it were Latin-1: convert the original again with "
        "iconv -f WINDOWS-1252 -t UTF-8, or retype the character"]


@pytest.mark.parametrize("order", ["LE", "BE"])
def test_a_source_saved_as_utf16_without_its_mark_is_named_so_not_told_to_remove_its_nuls(tmp_path, order):
    path = tmp_path / "harbour.txt"
    path.write_bytes("Harbour news\r\nThe ferry sailed at dawn.\r\n".encode(f"utf-16-{order.lower()}"))
    source, diagnostics = read(path)  # ASCII letters in UTF-16 are valid UTF-8, each beside a NUL
    assert source is None and [d.format() for d in diagnostics.items] == [
        f"harbour.txt:1:1: error: source is UTF-16 ({order}), not UTF-8\n"
        f"    hint: re-save it as UTF-8, e.g. iconv -f UTF-16{order} -t UTF-8"]


def test_oversized_source_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 50, encoding="utf-8")
    source, diagnostics = read(path, max_bytes=10)
    assert source is None
    assert diagnostics.items[0].message == "source is 50 bytes, over the limit of 10"


@pytest.mark.parametrize("error, said", [(OSError(5, "Input/output error"), "Input/output error"),
                                         (OSError("the disk went away"), "the disk went away"),
                                         (OSError(), "OSError")])
def test_a_source_that_cannot_be_read_says_why_in_words_never_none(tmp_path, monkeypatch, error, said):
    path = tmp_path / "note.txt"
    path.write_text("Title\n", encoding="utf-8")

    def refuse(*args, **options):
        raise error

    monkeypatch.setattr(sources.inputs, "read_regular", refuse)
    source, diagnostics = read(path)
    assert source is None
    assert [d.message for d in diagnostics.items] == [f"cannot read the source: {said}"]


ARTICLE_WITH_TAGS = """---
title: Rail deal
publisher: Paper
published: 2026-04-11
---
# Rail deal

The Lake & Rift <Rail> Authority will operate the line.

One commentator wrote <script>alert("x")</script> in a comment, in <b>bold</b>,<br>with <abbr>LRRA</abbr>.
"""


def test_raw_html_that_takes_words_out_of_a_markdown_source_is_a_warning_where_it_stands(make_project):
    """A tag no HTML has ("<Rail>") and a script are markup to Markdown:
    the source page shows the text without them, so the editor is told
    where, and how to keep them; tags that only format text say nothing."""
    root = make_project({"seeds/rail.md": ARTICLE_WITH_TAGS})
    warned = [d.format() for d in check(root).diagnostics.warnings if "Markdown source" in d.message]
    assert len(warned) == 2
    assert warned[0].startswith("seeds/rail.md:8:17: warning: <Rail> in a Markdown source is read as HTML")
    assert warned[1].startswith("seeds/rail.md:10:23: warning: <script> in a Markdown source")
    assert "write '&lt;' for its '<'" in warned[0]


def test_raw_html_written_as_text_stays_in_the_source_and_can_be_quoted(make_project):
    root = make_project({
        "seeds/rail.md": ARTICLE_WITH_TAGS.replace("<Rail>", "&lt;Rail>").replace("<script>", "&lt;script>"),
        "content/organisations.yaml": """
            - id: lrra
              name: Lake and Rift Rail Authority
              claims:
                - text: The Lake & Rift Rail Authority will operate the line.
                  cite:
                    - source: rail
                      quote: "The Lake & Rift <Rail> Authority will operate the line."
            """})
    result = check(root)
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    assert not [d for d in result.diagnostics.warnings if "Markdown source" in d.message]


def markdown_paragraphs(tmp_path, body: str) -> tuple[list[str], list[str]]:
    """The paragraphs a Markdown source of `body` reads as, and its warnings' first lines."""
    path = tmp_path / "page.md"
    path.write_text(body, encoding="utf-8")
    source, diagnostics = read(path)
    return ([source.text[p.start:p.end] for p in source.paragraphs],
            [d.format().split("\n")[0] for d in diagnostics.items])


def quoting_project(make_project, article: str, *quotes: str):
    """A project whose one record cites each of `quotes` from the Markdown source `article`."""
    cites = "".join(f"""
                - text: "{quote}"
                  cite:
                    - source: page
                      quote: "{quote}"
            """ for quote in quotes)
    return make_project({
        "seeds/page.md": "---\ntitle: Page\npublisher: Paper\npublished: 2026-04-11\n---\n" + article,
        "content/organisations.yaml": """
            - id: lrra
              name: Lake and Rift Rail Authority
              claims:""" + cites})


def test_a_line_break_in_raw_html_reads_as_a_space_between_the_words(make_project):
    """'Monday.<br>They' read as 'Monday.They': a quote of the sentences as
    the page shows them was not found."""
    root = quoting_project(make_project, "The ministers met on Monday.<br>They agreed on a plan.\n\n"
                                         "Line one<br/>line two<br />line three.\n",
                           "The ministers met on Monday. They agreed on a plan.", "Line one line two line three.")
    result = check(root)
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    assert not [d for d in result.diagnostics.warnings if "Markdown source" in d.message]


def test_the_text_of_raw_html_blocks_is_read_as_paragraphs_in_document_order(tmp_path, make_project):
    """A div's, section's, figure caption's… text is the article's: it was
    left out, unwarned. Each block is a paragraph; a block in a block is
    not read twice."""
    article = ("# Title\n\n<div class=\"note\">The commission, based in Riverton, will run the station.</div>\n\n"
               "<figure><img src=\"a.png\"><figcaption>The new dam on the Long River.</figcaption></figure>\n\n"
               "<section>The section text.<p>Its paragraph.</p>Its last words.</section>\n\n"
               "<aside>An aside the reader sees.</aside>\n\n"
               "<dl><dt>LRC</dt><dd>Long River Commission</dd></dl>\n\n"
               "<details><summary>More</summary>Hidden details text.</details>\n\n"
               "<center>Centered block text.</center>\n\n<address>10 Main Street</address>\n\n"
               "<div>\nFirst div line.\n\nSecond div line.\n</div>\n\n"
               "<div markdown=\"1\">Markdown in div.</div>\n\n<hr>\n\nThe end.\n")
    paragraphs, warned = markdown_paragraphs(tmp_path, article)
    assert paragraphs == [
        "Title", "The commission, based in Riverton, will run the station.", "The new dam on the Long River.",
        "The section text.", "Its paragraph.", "Its last words.", "An aside the reader sees.",
        "LRC", "Long River Commission", "More", "Hidden details text.", "Centered block text.", "10 Main Street",
        "First div line. Second div line.", "Markdown in div.", "The end."]
    assert warned == []
    result = check(quoting_project(make_project, article, "The commission, based in Riverton, will run the station."))
    assert result.ok, [d.format() for d in result.diagnostics.errors]


def test_a_nested_list_item_reads_after_the_item_it_is_in(tmp_path):
    """'sub one' was read before 'item one', the item holding it."""
    paragraphs, _ = markdown_paragraphs(tmp_path, "- item one\n    - sub one\n- item two\n")
    assert paragraphs == ["item one", "sub one", "item two"]


def test_ordinary_markdown_reads_as_it_did(tmp_path):
    paragraphs, warned = markdown_paragraphs(tmp_path, (
        "# Head *one*\n\nSome *emphasis*, **bold** and a [link](https://example.org) with `code <b>`.\n\n"
        "- item\n- **bold item**\n\n1. loose\n\n    second para\n\n> quote\n> more\n\n"
        "    code <b>x</b>\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nA hard  \nbreak.\n\n"
        "Prices fell when a < b and We <3 it, 1<2, <https://example.org/x>.\n\n"
        "The <abbr title=\"Long River Commission\">LRC</abbr> met in <em>Riverton</em>; H<sub>2</sub>O, "
        "5 m<sup>3</sup>, the 1<sup>st</sup>.\n"))
    assert paragraphs == [
        "Head one", "Some emphasis, bold and a link with code <b>.", "item", "bold item", "loose", "second para",
        "quote more", "code <b>x</b>", "A", "B", "1", "2", "A hard break.",
        "Prices fell when a < b and We <3 it, 1<2, https://example.org/x.",
        "The LRC met in Riverton; H2O, 5 m3, the 1st."]
    assert warned == []


def test_words_a_browser_does_not_show_are_left_out_with_a_warning_at_their_tag(tmp_path):
    """A noscript's, a template's, a video's fallback text are no text a
    reader sees: left out, each said where; an SVG's or a formula's words
    are shown, and read without a warning (one was given at '<text>', '<mi>')."""
    paragraphs, warned = markdown_paragraphs(tmp_path, (
        "A <noscript>Enable JS</noscript>page.\n\n<template>templ text</template>\n\n"
        "<video src=\"v.mp4\">Your browser cannot play it.</video>\n\n<video src=\"v.mp4\"></video>\n\n"
        "The <svg><text>svg words</text></svg> and <math><mi>x</mi></math> shown.\n"))
    assert paragraphs == ["A page.", "The svg words and x shown."]
    assert [line.split(" in a Markdown")[0] for line in warned] == [
        "page.md:1:3: warning: <noscript>", "page.md:3:1: warning: <template>",
        "page.md:5:1: warning: <video src=\"v.mp4\">"]
    assert all("with all it holds" in line for line in warned)


def test_the_warning_names_the_tag_that_took_words_out_not_one_in_code_or_a_comment(make_project):
    """'Write `<Rail>` in code' comes first, but its tag is shown as text:
    the warning was at it (1:8), the '<Rail>' read as HTML went unnamed."""
    root = make_project({"seeds/h.md": "Write `<Rail>` in code, <!-- not <Rail> here --> the engineer said.\n\n"
                                       "The <Rail> Authority will run it.\n"})
    warned = [d.format().split("\n")[0] for d in check(root).diagnostics.warnings if "Markdown source" in d.message]
    assert [line.split(" in a Markdown")[0] for line in warned] == ["seeds/h.md:3:5: warning: <Rail>"]


def test_a_footnote_mark_is_no_part_of_the_sentence_it_follows(tmp_path, make_project):
    """'The treaty<sup><a href="#fn1">1</a></sup> was signed' read 'The
    treaty1 was signed': the sentence as a reader reads it was not found.
    A superscript that is no note mark ('m<sup>2</sup>') stays a word's."""
    article = ("The treaty<sup><a href=\"#fn1\">1</a></sup> was signed.\n\n"
               "Final paragraph<sup>[2]</sup>, with a mark<sup>*</sup> and a note<a href=\"#n3\"><sup>3</sup></a>"
               "<sup class=\"reference\"><a href=\"#cite_note-4\">[4]</a></sup>.\n\n"
               "It covers 40 km<sup>2</sup> and the 1<sup>st</sup> zone.\n")
    paragraphs, warned = markdown_paragraphs(tmp_path, article)
    assert paragraphs == ["The treaty was signed.", "Final paragraph, with a mark and a note.",
                          "It covers 40 km2 and the 1st zone."]
    result = check(quoting_project(make_project, article, "The treaty was signed."))
    assert result.ok, [d.format() for d in result.diagnostics.errors]


def test_a_fenced_code_block_reads_as_the_code_it_shows_not_as_markdown(tmp_path, make_project):
    """A newsletter's ```html fence read as Markdown: its '```html' was a
    paragraph, its '# comment' a heading, its '<div>' a block of HTML and its
    '*Berth 4*' emphasis, so the code as the article shows it was not found."""
    article = ("The snippet:\n\n```html\n<div class=\"berth\">*Berth 4* is reserved</div>\n\n# a comment\n```\n\n"
               "~~~\n- not an item\n~~~\n\nAfter it, the cranes arrive.\n")
    paragraphs, warned = markdown_paragraphs(tmp_path, article)
    assert paragraphs == ["The snippet:", '<div class="berth">*Berth 4* is reserved</div> # a comment',
                          "- not an item", "After it, the cranes arrive."]
    assert not warned
    result = check(quoting_project(make_project, article, "*Berth 4* is reserved"))
    assert result.ok, [d.format() for d in result.diagnostics.errors]


def test_a_markdown_footnote_s_mark_is_no_part_of_its_sentence_and_its_note_is_a_paragraph(tmp_path, make_project):
    """'the plan was final[^1]. Questions go…' kept its '[^1]', so the
    sentence as a reader reads it was not found, and the note read
    '[^1]: The spokesman…' where it was written."""
    article = ("The spokesman said the plan was final[^1]. Questions go to the press office.\n\n"
               "[^1]: The spokesman later said the plan could change in *minor* details.\n\n"
               "The deal covers 12 km of coastline.\n")
    paragraphs, warned = markdown_paragraphs(tmp_path, article)
    assert paragraphs == ["The spokesman said the plan was final. Questions go to the press office.",
                          "The deal covers 12 km of coastline.",
                          "The spokesman later said the plan could change in minor details."]
    assert not warned
    result = check(quoting_project(make_project, article, "the plan was final. Questions go to the press office.",
                                  "the plan could change in minor details."))
    assert result.ok, [d.format() for d in result.diagnostics.errors]


def test_a_backslash_ending_a_line_is_a_line_break_as_commonmark_and_pandoc_write_it(tmp_path, make_project):
    """'The ferry sails at dawn.\\' then 'It returns at dusk.' read 'dawn.\\
    It returns': the backslash, no text of the article, stood in the sentence.
    One escaped ('\\\\') is a backslash the article shows."""
    article = ("The ferry sails at dawn.\\\nIt returns at dusk.\n\n"
               "A path ends in C:\\\\\nand goes on; *a dash\\\nin emphasis*.\n")
    paragraphs, warned = markdown_paragraphs(tmp_path, article)
    assert paragraphs == ["The ferry sails at dawn. It returns at dusk.",
                          "A path ends in C:\\ and goes on; a dash in emphasis."]
    assert not warned
    result = check(quoting_project(make_project, article, "The ferry sails at dawn. It returns at dusk."))
    assert result.ok, [d.format() for d in result.diagnostics.errors]
