"""`briefgen new source`: the document lands in seeds/ byte for byte under a
valid front-matter skeleton, is never overwritten, and the printed example
citation works as printed."""
import io
import re
import resource
import signal
import subprocess
import sys
import textwrap

import pytest
import yaml

from briefgen import check
from briefgen.cli import main

ARTICLE = (b'Japan: "a new partner" in Central Asia\n'
           b"\n"
           b"Tokyo, 12 May 2025. Japan will invest $1 billion in the airport at Samarkand, officials said.\r\n"
           b"The works start next year.\n")
FRONT_MATTER = """\
---
title: 'Japan: "a new partner" in Central Asia'
# Fill in what the document states, then remove the '# ':
# publisher:
# author:
# published: YYYY-MM-DD
# url: https://
# retrieved: YYYY-MM-DD
# publisher_type: wire, newspaper, think-tank, government, blog or analysis
# reliability: A to F (Admiralty scale), with the reason as assessment
# assessment:
# The language the document is written in (its dates and amounts are read in it):
language: en
---
"""
NOT_UTF8 = "    hint: re-save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8"


def new_source(root, argument, capsys):
    code = main(["--root", str(root), "new", "source", str(argument)])
    out, err = capsys.readouterr()
    return code, out, err


def example_claims(out: str) -> list[dict]:
    """The YAML example the command prints, parsed as an editor would paste it."""
    block = re.search(r"for example:\n\n(.*?)\n\n", out, flags=re.S).group(1)
    return yaml.safe_load(textwrap.dedent(block))["claims"]


def test_adds_the_file_byte_for_byte_under_valid_front_matter(mini, tmp_path, capsys):
    document = tmp_path / "Japan Pledge 2025.txt"
    document.write_bytes(ARTICLE)
    code, out, err = new_source(mini, document, capsys)
    assert (code, err) == (0, "")
    written = (mini / "seeds" / "japan-pledge-2025.txt").read_bytes()
    assert written == FRONT_MATTER.encode() + ARTICLE
    assert yaml.safe_load(FRONT_MATTER.strip("-\n")) == {"title": 'Japan: "a new partner" in Central Asia',
                                                         "language": "en"}
    assert out.splitlines()[0] == "added seeds/japan-pledge-2025.txt (source id: japan-pledge-2025)"
    assert example_claims(out) == [{
        "text": "What the source says, in your own words.",
        "cite": [{"source": "japan-pledge-2025", "quote": "Tokyo, 12 May 2025. Japan will invest $1"}],
    }]
    assert out.splitlines()[-1] == "  3. run briefgen build (or briefgen serve, which rebuilds as you save)"


@pytest.mark.parametrize("argv", [["-q", "new", "source"], ["new", "source", "--quiet"]])
def test_quiet_adds_the_source_and_prints_nothing(mini, tmp_path, capsys, argv):
    document = tmp_path / "Japan Pledge 2025.txt"
    document.write_bytes(ARTICLE)
    assert main(["--root", str(mini), *argv, str(document)]) == 0
    assert capsys.readouterr() == ("", "")
    assert (mini / "seeds" / "japan-pledge-2025.txt").read_bytes() == FRONT_MATTER.encode() + ARTICLE


def test_markdown_stays_markdown(mini, tmp_path, capsys):
    document = tmp_path / "report.md"
    document.write_bytes(b"# The Report\n\nSome *emphasis* and a [link](https://example.org) here.\n")
    code, out, _ = new_source(mini, document, capsys)
    assert code == 0
    assert (mini / "seeds" / "report.md").read_bytes().endswith(b"\n---\n" + document.read_bytes())
    assert "title: The Report\n" in (mini / "seeds" / "report.md").read_text(encoding="utf-8")
    # The example quotes the text readers see, not the Markdown source.
    assert example_claims(out)[0]["cite"][0]["quote"] == "Some emphasis and a link here."


def test_reads_standard_input_and_names_it_after_its_title(mini, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\n  Uzbekistan's New Airport: Plans  \nText.\n")))
    code, out, err = new_source(mini, "-", capsys)
    assert (code, err) == (0, "")
    written = (mini / "seeds" / "uzbekistan-s-new-airport-plans.txt").read_text(encoding="utf-8")
    assert written.startswith("---\ntitle: 'Uzbekistan''s New Airport: Plans'\n")
    assert written.endswith("---\n\n  Uzbekistan's New Airport: Plans  \nText.\n")


def test_never_overwrites_a_source_whatever_its_suffix(mini, tmp_path, capsys):
    before = (mini / "seeds" / "article.txt").read_bytes()
    document = tmp_path / "article.md"
    document.write_text("Another article\n\nDifferent text.\n", encoding="utf-8")
    code, out, err = new_source(mini, document, capsys)
    assert (code, out) == (1, "")
    assert err == ("seeds/article.txt: error: source 'article' already exists\n"
                   "    hint: edit seeds/article.txt instead, or give the new document a file name of its own\n"
                   "no source added\n")
    assert (mini / "seeds" / "article.txt").read_bytes() == before
    assert not (mini / "seeds" / "article.md").exists()


def test_rejects_input_that_is_not_utf8_at_its_first_bad_byte(mini, tmp_path, capsys, monkeypatch):
    document = tmp_path / "cafe.txt"
    document.write_bytes(b"Cafe society\nThe caf\xe9 opened.\n")
    assert new_source(mini, document, capsys) == (
        1, "", f"{document}:2:8: error: source is not UTF-8 (byte 0xe9)\n{NOT_UTF8}\nno source added\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Caf\xe9\n")))
    assert new_source(mini, "-", capsys) == (
        1, "", f"<stdin>:1:4: error: source is not UTF-8 (byte 0xe9)\n{NOT_UTF8}\nno source added\n")
    assert sorted(p.name for p in (mini / "seeds").iterdir()) == ["article.txt"]


def test_explains_inputs_it_cannot_take(mini, tmp_path, capsys, monkeypatch):
    missing = tmp_path / "missing.txt"
    assert new_source(mini, missing, capsys) == (2, "", (
        f"{missing}: error: cannot read the document: No such file or directory\n"
        "    hint: give the path of a .txt or .md file, or - to read standard input\n"))
    with_front_matter = tmp_path / "page.md"
    with_front_matter.write_text("---\ntitle: Page\n---\nText.\n", encoding="utf-8")
    assert new_source(mini, with_front_matter, capsys)[2] == (
        f"{with_front_matter}:1:1: error: the input already starts with front matter: 'title' is a field of a source\n"
        "    hint: copy the file into seeds/ as it is, or remove its front matter first\nno source added\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("Ташкент\nText.\n".encode())))
    assert new_source(mini, "-", capsys)[2] == (
        "<stdin>:1:1: error: cannot make a source id from the title 'Ташкент'\n"
        "    hint: give the id with --id, e.g. --id ministry-statement-2025 (lowercase letters, digits, '-' and "
        "'_')\n"
        "no source added\n")
    assert sorted(p.name for p in (mini / "seeds").iterdir()) == ["article.txt"]


def test_a_document_named_in_any_script_is_added_under_the_id_given(mini, tmp_path, capsys):
    document = tmp_path / "台積電 德勒斯登.txt"
    document.write_text("台積電德勒斯登廠動工\n於2024年8月20日舉行動土典禮。\n", encoding="utf-8")
    code = main(["--root", str(mini), "new", "source", str(document), "--id", "tsmc-dresden"])
    assert code == 0 and (mini / "seeds" / "tsmc-dresden.txt").is_file()
    assert capsys.readouterr().out.splitlines()[0] == "added seeds/tsmc-dresden.txt (source id: tsmc-dresden)"
    assert main(["--root", str(mini), "new", "source", str(document), "--id", "TSMC Dresden"]) == 2
    assert "'TSMC Dresden' is no source id" in capsys.readouterr().err


def test_a_new_source_is_in_the_briefs_language(mini, tmp_path, capsys):
    (mini / "briefgen.toml").write_text('[site]\nlanguage = "de"\n', encoding="utf-8")
    document = tmp_path / "bahn.txt"
    document.write_text("Der Bau beginnt\nAm 5. September 2024 begann der Bau.\n", encoding="utf-8")
    assert new_source(mini, document, capsys)[0] == 0
    front = (mini / "seeds" / "bahn.txt").read_text(encoding="utf-8").split("---\n")[1]
    assert yaml.safe_load(front)["language"] == "de"


@pytest.mark.parametrize("settings, claim", [
    ('language = "fr"\n', "Ce que dit la source, dans vos propres mots."),
    ('language = "ja"\n', "情報源が述べていることを、自分の言葉で。"),
    ('language = "sw"\n[labels]\nexample_claim = "Chanzo kinasema nini: \\"kwa maneno yako\\"."\n',
     'Chanzo kinasema nini: "kwa maneno yako".'),
])
def test_the_printed_example_claim_is_in_the_briefs_language(mini, tmp_path, capsys, settings, claim):
    """A French brief was shown the example claim 'What the source says, in your own words.' in
    English, for the editor to copy into a French fact file; a brief's own label is taken too."""
    (mini / "briefgen.toml").write_text('[site]\ntitle = "Brief"\n' + settings, encoding="utf-8")
    document = tmp_path / "japan-pledge.txt"
    document.write_bytes(ARTICLE)
    code, out, _ = new_source(mini, document, capsys)
    assert code == 0
    assert [c["text"] for c in example_claims(out)] == [claim]


def test_the_front_matter_s_comments_are_in_the_briefs_language(mini, tmp_path, capsys):
    """A German brief's new source opened with 'Fill in what the document states, then remove
    the '# ':' and the other comments of the skeleton in English; the field names and the values
    publisher_type takes stay as the fields take them."""
    (mini / "briefgen.toml").write_text('[site]\nlanguage = "de"\n', encoding="utf-8")
    document = tmp_path / "bahn.txt"
    document.write_text("Der Bau beginnt\nAm 5. September 2024 begann der Bau.\n", encoding="utf-8")
    assert new_source(mini, document, capsys)[0] == 0
    front = (mini / "seeds" / "bahn.txt").read_text(encoding="utf-8").split("---\n")[1]
    assert front.splitlines()[1:] == [
        "# Tragen Sie ein, was das Dokument angibt, und entfernen Sie dann '# ':",
        "# publisher:", "# author:", "# published: YYYY-MM-DD", "# url: https://", "# retrieved: YYYY-MM-DD",
        "# publisher_type: wire, newspaper, think-tank, government, blog oder analysis",
        "# reliability: A bis F (Admiralty-Skala), mit der Begründung unter assessment",
        "# assessment:",
        "# Die Sprache, in der das Dokument geschrieben ist (seine Daten und Beträge werden in ihr gelesen):",
        "language: de"]


def test_a_brief_s_own_label_that_breaks_its_line_stays_a_comment(mini, tmp_path, capsys):
    (mini / "briefgen.toml").write_text('[site]\nlanguage = "sw"\n[labels]\n'
                                        'skeleton_fill_in = "Jaza\\nurl: https://evil.example/\\u2028title: x"\n',
                                        encoding="utf-8")
    document = tmp_path / "habari.txt"
    document.write_text("Habari\nMkutano ulifanyika.\n", encoding="utf-8")
    assert new_source(mini, document, capsys)[0] == 0
    front = (mini / "seeds" / "habari.txt").read_text(encoding="utf-8").split("---\n")[1]
    assert yaml.safe_load(front) == {"title": "Habari", "language": "sw"}
    assert front.splitlines()[1] == "# Jaza url: https://evil.example/ title: x"


SAVE_AS_TEXT = "save it from its editor as plain text, UTF-8, and use that file instead"


@pytest.mark.parametrize("name, start, kind, hint", [
    ("rapport.pdf", b"%PDF-1.4\n1 0 obj", "a PDF document", "copy its text into a file saved as plain text, UTF-8, "
     "and use that file instead (pdftotext, of poppler-utils, does it)"),
    ("note.docx", b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (a Word, OpenDocument or EPUB file)", SAVE_AS_TEXT),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office file (.doc, .xls, .ppt)", SAVE_AS_TEXT),
    ("letter.rtf", b"\xef\xbb\xbf{\\rtf1\\ansi\\deff0 {\\fonttbl}Le sommet}", "an RTF document", SAVE_AS_TEXT),
])
def test_a_document_that_is_not_text_is_named_for_what_it_is(mini, tmp_path, capsys, monkeypatch,
                                                             name, start, kind, hint):
    """A PDF or a word processor's file given as the document was told of
    its first control character (a PDF of ASCII and NULs: U+0000, "remove
    it"), or of a byte that is not UTF-8; RTF was added, markup and all."""
    document = tmp_path / name
    document.write_bytes(start + b"\x00 more bytes\n")
    assert new_source(mini, document, capsys) == (1, "", (
        f"{document}: error: source is {kind}, not text\n    hint: {hint}\nno source added\n"))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(start + b"\x00\n")))
    assert new_source(mini, "-", capsys)[2].startswith(f"<stdin>: error: source is {kind}, not text\n")
    (mini / "seeds" / "rapport.txt").write_bytes(start + b"\n")  # copied into seeds/ by hand, renamed
    assert [d.format() for d in check(mini).diagnostics.items if "rapport" in str(d.location)] == [
        f"seeds/rapport.txt: error: source is {kind}, not text\n    hint: {hint}"]


def test_a_bad_character_is_reported_where_the_input_holds_it(mini, tmp_path, capsys):
    document = tmp_path / "nul.txt"
    document.write_bytes(b"A title\nsome \0 text\n")
    code, out, err = new_source(mini, document, capsys)
    assert code == 1 and err.startswith(f"{document}:2:6: error: control character U+0000")
    assert sorted(p.name for p in (mini / "seeds").iterdir()) == ["article.txt"]


def test_the_printed_example_cites_the_new_source_on_the_site(mini, tmp_path, capsys):
    document = tmp_path / "japan-pledge.txt"
    document.write_bytes(ARTICLE)
    code, out, _ = new_source(mini, document, capsys)
    assert code == 0
    forums = yaml.safe_load((mini / "content" / "forums.yaml").read_text(encoding="utf-8"))
    forums[0]["claims"] += example_claims(out)
    (mini / "content" / "forums.yaml").write_text(yaml.safe_dump(forums, allow_unicode=True), encoding="utf-8")

    assert main(["--root", str(mini), "build"]) == 0
    assert capsys.readouterr().err == ""
    event = (mini / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    claim = re.search(r"What the source says, in your own words\.\s*(<a class=\"cite\"[^>]*>)", event)
    assert claim and 'href="../../sources/japan-pledge/#q-' in claim.group(1)
    source_page = (mini / "site" / "sources" / "japan-pledge" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<mark id="q-[^"]+" class="quote"[^>]*>Tokyo, 12 May 2025\. Japan will invest \$1</mark>',
                     source_page)
    assert 'Japan: &#34;a new partner&#34; in Central Asia' in source_page


def _memory_cap():
    # 512 MB of address space: reading /dev/zero to its end would need far more.
    resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20, 512 * 2**20))


def test_an_endless_input_is_read_only_up_to_the_limit(mini):
    (mini / "briefgen.toml").write_text("[site]\nmax_source_bytes = 1000000\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(mini), "new", "source", "/dev/zero"],
                          capture_output=True, text=True, timeout=60, preexec_fn=_memory_cap)
    assert done.stderr == ("/dev/zero: error: the document is over the limit of 1,000,000 bytes\n"
                           "    hint: split the document, or raise max_source_bytes in briefgen.toml\n"
                           "no source added\n")
    assert (done.returncode, done.stdout) == (1, "")
    assert sorted(p.name for p in (mini / "seeds").iterdir()) == ["article.txt"]


def _files_of_at_most_4_kb():
    """As a full disk does: a write past 4 KB fails (EFBIG, the signal that would end the process ignored)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_a_source_that_cannot_be_written_whole_is_not_left_cut_short(mini, tmp_path):
    """A full disk stopped the write half-way: an internal error, and seeds/ kept the document cut at
    4 KB, which the next build read as the source and a second `new source` refused as existing."""
    document = tmp_path / "long-report.txt"
    document.write_bytes(ARTICLE + b"The works start next year.\n" * 1000)
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(mini), "new", "source", str(document)],
                          capture_output=True, text=True, timeout=60, preexec_fn=_files_of_at_most_4_kb)
    assert done.stderr == ("seeds/long-report.txt: error: cannot write the source: File too large\n"
                           "    hint: check that seeds/ is writable and that the disk has room\n"
                           "no source added\n")
    assert (done.returncode, done.stdout) == (2, "")
    assert sorted(p.name for p in (mini / "seeds").iterdir()) == ["article.txt"]


# Writes half of what it is given, then the process is killed: no handler runs, no finally.
_KILLED_HALF_WAY = """
import os, signal, sys
from briefgen import newsource
from briefgen.cli import main
real_open = open
class HalfWritten:
    def __init__(self, handle):
        self.handle = handle
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.handle.close()
    def write(self, data):
        self.handle.write(data[:len(data) // 2])
        self.handle.flush()
        os.kill(os.getpid(), signal.SIGKILL)
newsource.open = lambda path, mode: HalfWritten(real_open(path, mode)) if "b" in mode and "r" not in mode \\
    else real_open(path, mode)
sys.exit(main(sys.argv[1:]))
"""


def test_a_new_source_killed_while_it_is_written_leaves_no_source_cut_short(mini, tmp_path):
    """Killed outright half-way through writing (SIGKILL, the out-of-memory killer: no handler runs),
    `new source` left seeds/long-report.txt cut short, which the next build read as the document and a
    second `new source` refused as existing. The document is in place whole or not at all."""
    document = tmp_path / "long-report.txt"
    document.write_bytes(ARTICLE + b"The works start next year.\n" * 1000)
    done = subprocess.run([sys.executable, "-c", _KILLED_HALF_WAY, "--root", str(mini), "new", "source",
                           str(document)], capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL
    assert sorted(p.name for p in (mini / "seeds").iterdir() if not p.name.startswith(".")) == ["article.txt"]
    again = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(mini), "new", "source", str(document)],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert (mini / "seeds" / "long-report.txt").read_bytes().endswith(document.read_bytes())


def test_standard_input_is_read_only_up_to_the_limit(mini, monkeypatch, capsys):
    (mini / "briefgen.toml").write_text("[site]\nmax_source_bytes = 100\n", encoding="utf-8")
    stream = io.BytesIO(b"Title\n" + b"x" * 10_000)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(stream))
    assert new_source(mini, "-", capsys)[:2] == (1, "")
    assert stream.tell() <= 8192 + 101  # one buffer's worth at most, never the whole stream
    assert sorted(p.name for p in (mini / "seeds").iterdir()) == ["article.txt"]


@pytest.mark.parametrize("name, written", [("no.txt", 'source: "no"'), ("2024.txt", 'source: "2024"'),
                                           ("japan-pledge.txt", "source: japan-pledge")])
def test_the_printed_example_writes_the_id_as_yaml_reads_it_back(mini, tmp_path, capsys, name, written):
    document = tmp_path / name
    document.write_bytes(ARTICLE)
    code, out, _ = new_source(mini, document, capsys)
    assert code == 0 and f"- {written}\n" in out


@pytest.mark.parametrize("raw, hint", [
    ("Title\nText ≠ UTF-8\n".encode("utf-16"), 'it was saved as UTF-16 ("Unicode" in Notepad): re-save it as UTF-8'),
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff", "it holds NUL bytes: a binary file, or text saved as UTF-16"),
])
def test_a_file_that_is_not_utf8_gets_the_hint_that_fits_what_it_is(mini, tmp_path, capsys, raw, hint):
    document = tmp_path / "document.txt"
    document.write_bytes(raw)
    code, _, err = new_source(mini, document, capsys)
    assert code == 1 and "is not UTF-8" in err and f"hint: {hint}" in err


def test_a_seeds_folder_linked_outside_the_project_gets_nothing_written(mini, tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    (mini / "seeds").rename(elsewhere)
    (mini / "seeds").symlink_to(elsewhere)
    before = sorted(p.name for p in elsewhere.iterdir())
    document = tmp_path / "report.txt"
    document.write_text("A report\n\nIts text.\n", encoding="utf-8")
    assert main(["--root", str(mini), "new", "source", str(document)]) == 1
    assert sorted(p.name for p in elsewhere.iterdir()) == before
    err = capsys.readouterr().err.splitlines()
    assert err == [f"seeds: error: symbolic link leads outside the project, to {elsewhere}",
                   "    hint: copy the file into the project instead of linking to it",
                   "no source added"]


def test_a_line_separator_inside_the_first_line_is_no_end_of_the_title(mini, tmp_path, capsys):
    """A source's lines end at LF only (a U+2028 pasted from a web page is
    text), so the title is its whole first line, its spaces one each."""
    document = tmp_path / "leaders.txt"
    document.write_text("Leaders\u2028meet in Riverton\nBody.\n", encoding="utf-8")
    code, out, err = new_source(mini, document, capsys)
    assert (code, err) == (0, "")
    written = (mini / "seeds" / "leaders.txt").read_text(encoding="utf-8")
    assert yaml.safe_load(written.split("---\n")[1])["title"] == "Leaders meet in Riverton"


PASTED_WITH_RULES = {
    "a rule between paragraphs": "Leaders meet in Riverton\nThe talks began on Monday.\n---\nThe talks ended on Tuesday.\n",
    "a rule opening the text": "---\nLeaders meet in Riverton\nThe talks began on Monday.\n",
    "text between two rules": "---\nLeaders meet in Riverton\n---\nThe talks began on Monday.\n",
    "a rule after a blank line": "\n***\n\nLeaders meet in Riverton\nThe talks began on Monday.\n",
    "prose with a colon between two rules": "---\nLeaders meet in Riverton\nThe minister said: it went well.\n---\n"
                                            "The talks began on Monday.\n",
}
# A headline with a colon between two rules reads as a field, of no name a source's front matter has.
PASTED_HEADLINES = ["EXCLUSIVE: Leaders meet in Riverton as talks stall", "Analysis: Leaders meet in Riverton",
                    "UPDATE 1: Leaders meet in Riverton", "Exclusive: Leaders meet in Riverton [updated]",
                    "Analysis: Why talks stall: the view from Riverton"]


@pytest.mark.parametrize("case", PASTED_WITH_RULES)
def test_a_pasted_article_with_a_horizontal_rule_is_added_as_pasted(mini, capsys, monkeypatch, case):
    """A line of '---' is the article's own rule, never its front matter:
    the text reads back as pasted, named after its first line of words, and
    every line of it can be quoted."""
    pasted = PASTED_WITH_RULES[case]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(pasted.encode())))
    code, out, err = new_source(mini, "-", capsys)
    assert (code, err) == (0, "")
    written = (mini / "seeds" / "leaders-meet-in-riverton.txt").read_text(encoding="utf-8")
    assert written.endswith("language: en\n---\n" + pasted)
    assert yaml.safe_load(written.split("---\n")[1])["title"] == "Leaders meet in Riverton"
    worded = [line for line in pasted.split("\n") if any(character.isalnum() for character in line)]
    assert example_claims(out)[0]["cite"][0]["quote"] == worded[1]  # the paragraph after the title, no rule
    forums = yaml.safe_load((mini / "content" / "forums.yaml").read_text(encoding="utf-8"))
    forums[0]["claims"].append({"text": "The talks began on Monday.", "cite": [
        {"source": "leaders-meet-in-riverton", "quote": "The talks began on Monday."}]})
    (mini / "content" / "forums.yaml").write_text(yaml.safe_dump(forums, allow_unicode=True), encoding="utf-8")
    result = check(mini)
    assert result.ok, [d.format() for d in result.diagnostics.errors]
    source = result.library.sources["leaders-meet-in-riverton"]
    assert [source.text[p.start:p.end] for p in source.paragraphs] == [
        line for line in pasted.split("\n") if line.strip()]


@pytest.mark.parametrize("headline", PASTED_HEADLINES)
def test_a_pasted_headline_with_a_colon_between_rules_is_added_as_pasted(mini, capsys, monkeypatch, headline):
    pasted = f"---\n{headline}\n---\nThe leaders met on Monday, officials said.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(pasted.encode())))
    assert main(["--root", str(mini), "new", "source", "-", "--id", "excl"]) == 0
    written = (mini / "seeds" / "excl.txt").read_text(encoding="utf-8")
    assert written.endswith("language: en\n---\n" + pasted)
    assert yaml.safe_load(written.split("---\n")[1])["title"] == headline


@pytest.mark.parametrize("front_matter, field", [
    ("title: Leaders\n", "title"), ("title: [Leaders\nlanguage: en\n", "title"),
    ("layout: post\npublished: 2026-05-14\n", "published"), ("url: https://example.org/a\n", "url")])
def test_an_input_that_starts_with_fields_between_rules_is_still_refused_as_front_matter(
        mini, capsys, monkeypatch, front_matter, field):
    """Fields are front matter, even with a mistake in them: added below the
    skeleton, they would be taken for the article's text."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"---\n{front_matter}---\nLeaders meet.\n".encode())))
    assert new_source(mini, "-", capsys) == (
        1, "", f"<stdin>:1:1: error: the input already starts with front matter: '{field}' is a field of a source\n"
               "    hint: copy the file into seeds/ as it is, or remove its front matter first\nno source added\n")


# Latin letters that decompose into no ASCII letter are spelled in ASCII, not dropped.
@pytest.mark.parametrize("title, source_id", [
    ("Đà Nẵng đầu tư", "da-nang-dau-tu"),
    ("Łódź i Kraków", "lodz-i-krakow"),
    ("Straße in Köln – Œuvre Æsir", "strasse-in-koln-oeuvre-aesir"),
    ("Øresund, Þórshöfn, Ðakovo, Ħamrun, Diyarbakır", "oresund-thorshofn-dakovo-hamrun-diyarbakir"),
    ("Uzbekistan's New Airport", "uzbekistan-s-new-airport"),
    ("2024", "2024"),
])
def test_a_titles_latin_letters_make_its_id(mini, capsys, monkeypatch, title, source_id):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"{title}\nText.\n".encode())))
    code, out, _ = new_source(mini, "-", capsys)
    assert code == 0 and f"(source id: {source_id})" in out


# Only the digits of a title in another script are no id: the editor is asked for one, as for a title with none.
@pytest.mark.parametrize("title", ["日本政府、カザフスタンに10億ドル投資へ", "Ташкент 2024"])
def test_a_title_whose_id_would_be_only_its_digits_asks_for_one(mini, capsys, monkeypatch, title):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"{title}\nText.\n".encode())))
    code, _, err = new_source(mini, "-", capsys)
    assert code == 1 and f"cannot make a source id from the title '{title}'" in err and "--id" in err
    assert sorted(p.name for p in (mini / "seeds").iterdir()) == ["article.txt"]


def test_a_byte_order_mark_opening_the_input_is_left_out(mini, tmp_path, capsys, monkeypatch):
    """A BOM is no text of the document: kept after the skeleton, it became the first character of ¶1."""
    document = tmp_path / "Japan Pledge 2025.txt"
    document.write_bytes(b"\xef\xbb\xbf" + ARTICLE)
    code, _, err = new_source(mini, document, capsys)
    assert (code, err) == (0, "")
    assert (mini / "seeds" / "japan-pledge-2025.txt").read_bytes() == FRONT_MATTER.encode() + ARTICLE
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfPasted Title\r\nText.\r\n")))
    code, _, err = new_source(mini, "-", capsys)
    assert (code, err) == (0, "")
    assert (mini / "seeds" / "pasted-title.txt").read_bytes().endswith(b"\n---\nPasted Title\r\nText.\r\n")
    # One inside the text is the document's, and stays.
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("Other Title\nA\ufeffB.\n".encode())))
    assert new_source(mini, "-", capsys)[0] == 0
    assert (mini / "seeds" / "other-title.txt").read_text(encoding="utf-8").endswith("---\nOther Title\nA\ufeffB.\n")


@pytest.mark.parametrize("paragraph, quote", [
    # Japanese: the opening clause, up to its 、
    ("日本政府は今後５年間で１０億ドルの投資を目指すと、岸田首相は２０２４年８月９日にアスタナで開かれたフォーラムで述べ、"
     "中央アジア五カ国との協力をさらに深める考えを示した。", "日本政府は今後５年間で１０億ドルの投資を目指すと"),
    # Thai, no clause mark: 60 characters, less the vowel mark (category Mn) that the 61st is, and its letter
    ("ในประเทศญี่ปุ่นจะลงทุนหนึ่งพันล้านดอลลาร์ในสนามบินซามาร์คันด์ของอุซเบกิสถานตามที่นายกรัฐมนตรีกล่าวในการประชุม",
     "ในประเทศญี่ปุ่นจะลงทุนหนึ่งพันล้านดอลลาร์ในสนามบินซามาร์คัน"),
    # German's long words: whole words, as few as fit
    ("Die Bundesregierung unterzeichnete eine Investitionsschutzvereinbarung mit Usbekistan in Taschkent.",
     "Die Bundesregierung unterzeichnete eine"),
])
def test_the_printed_example_quotes_a_short_opening_in_any_script(mini, tmp_path, capsys, paragraph, quote):
    """`briefgen new source` on a Japanese article printed, as the quote to paste, its whole second
    paragraph: eight 'words' split at spaces are a whole paragraph in a script that writes none between
    its words. The quote is the paragraph's opening, at most 60 characters, and the build finds it."""
    document = tmp_path / "article-two.txt"
    document.write_text(f"Title\n{paragraph}\n", encoding="utf-8")
    code, out, _ = new_source(mini, document, capsys)
    assert code == 0
    claims = example_claims(out)
    assert claims[0]["cite"][0]["quote"] == quote
    forums = yaml.safe_load((mini / "content" / "forums.yaml").read_text(encoding="utf-8"))
    forums[0]["claims"] += claims
    (mini / "content" / "forums.yaml").write_text(yaml.safe_dump(forums, allow_unicode=True), encoding="utf-8")
    assert [d.format() for d in check(mini).diagnostics.errors] == []


WIRE_STORY = ("TOKYO, May 12 (Reuters) - Japan will invest $1 billion in the airport at Samarkand, Uzbekistan, "
              "officials said on Monday, as the U.S. and China vie for influence in the region. Work starts in 2026.\n"
              "The airport handles two million passengers a year.\n")


def test_a_wire_story_without_a_headline_gets_its_opening_words_as_a_title_marked_to_check(mini, tmp_path, capsys):
    """A .txt wire story whose first line is its first paragraph got that whole paragraph, 207 characters,
    as its title, and nothing told the editor to shorten it. The title is now the first sentence cut
    where a word ends within 100 columns, with '…'; a comment above it and the next steps say to check
    it; the example quotes that first paragraph, which is text, not a headline."""
    document = tmp_path / "wire.txt"
    document.write_text(WIRE_STORY, encoding="utf-8")
    code, out, err = new_source(mini, document, capsys)
    assert (code, err) == (0, "")
    written = (mini / "seeds" / "wire.txt").read_text(encoding="utf-8")
    front = written.split("---\n")[1]
    assert front.splitlines()[:2] == [
        "# Title made from the document's opening words: check it, or write its headline instead:",
        "title: TOKYO, May 12 (Reuters) - Japan will invest $1 billion in the airport at Samarkand, Uzbekistan…"]
    assert len(yaml.safe_load(front)["title"]) <= 100
    assert written.endswith(WIRE_STORY)
    assert "1. check its title, made from the opening of its first paragraph" in out
    assert example_claims(out)[0]["cite"][0]["quote"] == "TOKYO, May 12 (Reuters) - Japan will invest"
    assert check(mini).ok


@pytest.mark.parametrize("language, line, title, comment", [
    # The first sentence, short enough: whole, without its full stop; 'Dr.', 'U.S.' and '5.' end none.
    ("de", "Am 5. September 2024 trafen Dr. Aliyev und Vertreter der U.S. Regierung in Taschkent ein. " + "Danach " * 20,
     "Am 5. September 2024 trafen Dr. Aliyev und Vertreter der U.S. Regierung in Taschkent ein",
     "# Titel aus den ersten Worten des Dokuments gebildet: prüfen Sie ihn oder schreiben Sie stattdessen die "
     "Überschrift:"),
    # No spaces between words: cut after a clause's mark within 100 columns, two for each character.
    ("ja", "日本政府は十二日、ウズベキスタンのサマルカンド空港の改修に十億ドルを投じると発表し、中央アジアでの影響力拡大を"
     "めざす方針を明らかにしたが、同地域では米国と中国も投資を競っている。工事は来年始まる。",
     "日本政府は十二日、ウズベキスタンのサマルカンド空港の改修に十億ドルを投じると発表し…",
     "# 文書の冒頭の語句から作った題名です。確認するか、代わりに見出しを書いてください："),
], ids=["de", "ja"])
def test_a_first_paragraph_is_made_a_title_in_the_briefs_language(mini, tmp_path, capsys, language, line, title,
                                                                   comment):
    (mini / "briefgen.toml").write_text(f'[site]\nlanguage = "{language}"\n', encoding="utf-8")
    document = tmp_path / "story.txt"
    document.write_text(line + "\nZweiter Absatz.\n", encoding="utf-8")
    assert new_source(mini, document, capsys)[0] == 0
    front = (mini / "seeds" / "story.txt").read_text(encoding="utf-8").split("---\n")[1]
    assert front.splitlines()[0] == comment
    assert yaml.safe_load(front)["title"] == title


def test_a_first_line_of_a_million_characters_opening_with_dots_is_titled_at_once_by_its_words(mini, tmp_path):
    """A text pasted onto one line behind a leader of dots ('. . . . Japan will invest…', 900,000 characters)
    never finished: each '.' read the whole line before it again for a word. It now takes a moment, and
    the title made starts at the first word, not with the dots."""
    document = tmp_path / "pasted.txt"
    document.write_text(". " * 450_000 + "Japan will invest in the airport. Work starts in 2026.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(mini), "new", "source", str(document)],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (0, "")
    front = (mini / "seeds" / "pasted.txt").read_text(encoding="utf-8").split("---\n")[1]
    assert yaml.safe_load(front)["title"] == "Japan will invest in the airport"
