"""What briefgen writes for other programs cannot be turned against them:
CSV cells never start a spreadsheet formula, diagnostics never carry raw
control characters or endless lines, and the feed stays well-formed XML."""
import csv
import io
import xml.etree.ElementTree as ElementTree

import pytest

from briefgen.cli import main
from briefgen.csvsafe import safe_row

FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\tTabbed", "\rReturned"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_a_cell_that_would_start_a_formula_is_prefixed_with_an_apostrophe(cell):
    assert safe_row([cell]) == ["'" + cell]


@pytest.mark.parametrize("cell", ["Astana Forum", "-5", "-1.25", "1000000000", 42, "", "a=b"])
def test_other_cells_and_plain_numbers_are_unchanged(cell):
    assert safe_row([cell]) == [cell]


def test_names_and_places_written_to_csv_cannot_run_as_formulas(make_project, capsys):
    forums = """\
        - id: astana-forum-2024
          name: "=HYPERLINK(\\"http://evil.example\\",\\"x\\")"
          date: 2024-08-09
          place: "@SUM(A1)"
          countries: [kz, jp]
          claims:
            - text: The forum met in Astana on 9 August 2024.
              cite:
                - source: article
                  quote: "On 9 August 2024, the forum met in Astana"
        """
    root = make_project({"content/forums.yaml": forums})
    assert main(["--root", str(root), "build"]) == 0, capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO((root / "site" / "data" / "forum.csv").read_text(encoding="utf-8"))))
    assert (rows[0]["name"], rows[0]["place"]) == ('\'=HYPERLINK("http://evil.example","x")', "'@SUM(A1)")
    assert not any(value.startswith(("=", "+", "@")) for row in rows for value in row.values())


def test_file_names_with_control_characters_are_shown_escaped(make_project, capsys):
    root = make_project({})
    (root / "seeds" / "evil\x1b[31mred\nfake: error: forged.txt").write_text("Text\n", encoding="utf-8")
    assert main(["--root", str(root), "check"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert err.splitlines()[:2] == [
        "seeds/evil\\x1b[31mred\\nfake: error: forged.txt: error: source id 'evil\\x1b[31mred\\nfake: error: forged' "
        "is not a slug",
        "    hint: ids are lowercase letters, digits, '-' and '_'; e.g. 'evil-31mred-fake-error-forged'"]


def test_ids_with_bidirectional_overrides_are_shown_escaped(make_project, capsys):
    countries = "- id: kz\n  name: Kazakhstan\n  focus: true\n- id: \"jp\\u202egnp.exe\"\n  name: Japan\n"
    root = make_project({"content/countries.yaml": countries})
    assert main(["--root", str(root), "check"]) == 1
    err = capsys.readouterr().err
    assert "\u202e" not in err
    assert "content/countries.yaml:4:7: error: 'id' value 'jp\\u202egnp.exe' is not a valid id" in err


def test_characters_of_no_width_in_an_id_are_shown_escaped(make_project, capsys):
    """An id pasted with a zero-width space or a byte-order mark was told 'not a valid id' with the
    character invisible, so the id looked valid; Persian's joiner (U+200C) is a letter's, left as it is."""
    countries = ("- id: kz\n  name: Kazakhstan\n  focus: true\n- id: \"jp\\u200b\"\n  name: Japan\n"
                 "- id: \"\\ufeffuz\"\n  name: Uzbekistan\n")
    root = make_project({"content/countries.yaml": countries})
    assert main(["--root", str(root), "check"]) == 1
    err = capsys.readouterr().err
    assert "\u200b" not in err and "\ufeff" not in err
    assert "content/countries.yaml:4:7: error: 'id' value 'jp\\u200b' is not a valid id" in err
    assert "content/countries.yaml:6:7: error: 'id' value '\\ufeffuz' is not a valid id" in err


def test_a_quote_found_fifty_thousand_times_gets_a_short_message(make_project, capsys):
    article = "Forum report\n" + "On 9 August 2024, the forum met in Astana.\n" + "The forum met.\n" * 50_000
    forums = """\
        - id: astana-forum-2024
          name: Astana Forum
          claims:
            - text: The forum met.
              cite:
                - source: article
                  quote: "The forum met."
        """
    root = make_project({"seeds/article.txt": article, "content/forums.yaml": forums,
                         "content/figures.yaml": None, "briefgen.toml": "[site]\nmax_source_bytes = 10000000\n"})
    assert main(["--root", str(root), "check"]) == 1
    lines = capsys.readouterr().err.splitlines()
    at = lines.index("content/forums.yaml:7:18: error: quote occurs 50000 times in article "
                     "(¶3, ¶4, ¶5, ¶6, ¶7, ¶8, ¶9, ¶10, ¶11, ¶12 and 49,990 more)")
    assert lines[at + 1] == "    hint: add 'prefix:' or 'suffix:' with the words just before or after the passage you mean"
    assert max(len(line) for line in lines) < 200


def test_a_long_value_is_quoted_in_part(make_project, capsys):
    sources = "- id: article\n  alias: report\n  title: Forum report\n  url: javascript:" + "x" * 100_000 + "\n"
    root = make_project({"content/sources.yaml": sources})
    assert main(["--root", str(root), "check"]) == 1
    [message, hint] = capsys.readouterr().err.splitlines()
    assert len(message) < 500
    assert message.startswith("content/sources.yaml:4:8: error: 'url' must be an http(s) URL, not 'javascript:xxx")
    assert message.endswith("… [99,687 characters left out] … " + "x" * 59 + "'")
    assert hint == "    hint: write the full address, starting with https://"


def test_the_feed_is_well_formed_xml_whatever_the_content_says(make_project, capsys):
    forums = """\
        - id: astana-forum-2024
          name: "Astana <Forum> & \\u0085 \\u00a0 \\U0001F600 \\"quoted\\""
          date: 2024-08-09
          claims:
            - text: "The forum met in Astana on 9 August 2024. ]]> <!-- -->"
              cite:
                - source: article
                  quote: "On 9 August 2024, the forum met in Astana"
        """
    root = make_project({"content/forums.yaml": forums})
    assert main(["--root", str(root), "build"]) == 0, capsys.readouterr().err
    feed = ElementTree.fromstring((root / "site" / "feed.xml").read_bytes())
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Astana <Forum> & \x85 \xa0 \U0001F600 \"quoted\"" in titles


@pytest.mark.parametrize("name", ["岸田訪問.txt", "زيارة-الرئيس.md"])
def test_a_source_named_in_another_script_is_told_to_rename_its_file(make_project, capsys, name):
    """A file name with nothing to spell in ASCII got no suggestion, and nothing said the id is the file's name."""
    root = make_project({})
    (root / "seeds" / name).write_text("Text\n", encoding="utf-8")
    assert main(["--root", str(root), "check"]) == 1
    stem, suffix = name.rsplit(".", 1)
    assert capsys.readouterr().err.splitlines()[:2] == [
        f"seeds/{name}: error: source id '{stem}' is not a slug",
        f"    hint: a source's id is its file name without '.{suffix}': rename the file with lowercase letters, "
        f"digits, '-' and '_', e.g. kyodo-2024-08-09.{suffix}"]
