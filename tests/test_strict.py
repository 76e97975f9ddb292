"""--strict: every warning stops the build like an error, and the previous
site stays as it was. Without it, the same warnings are printed and the
site is built."""
from pathlib import Path

import pytest

from briefgen import build
from briefgen.cli import main
from conftest import DISPUTED_FORUM, MINI, WIRE


UNDATED_FORUM = """
    - id: astana-forum-2024
      name: Astana Forum
      place: Astana
      countries: [kz, jp]
      claims:
        - text: The forum met in Astana.
          cite:
            - source: article
              quote: "the forum met in Astana"
    """

COUNTRIES_WITH_AN_ORPHAN = MINI["content/countries.yaml"].rstrip(" ") + """\
        - id: de
          name: Germany
        """

# name: (files over MINI, the diagnostic with {severity})
WARNINGS = {
    "disagreement left unmarked": (
        {"seeds/wire.txt": WIRE, "content/forums.yaml": DISPUTED_FORUM.format(second="2024-08-09/2024-08-12")},
        "content/forums.yaml:4:5: {severity}: sources disagree on the date of forum 'astana-forum-2024'\n"
        "    hint: acknowledge it in content/disputes.yaml with id 'astana-forum-2024-date' "
        "and a neutral question, or add a resolution"),
    "source nothing cites": (
        {"seeds/notes.txt": "Notes\nNothing cites this.\n"},
        "seeds/notes.txt: {severity}: source 'notes' is not cited by any claim\n"
        "    hint: cite it from a fact file, or remove it from seeds/"),
    "orphan record": (
        {"content/countries.yaml": COUNTRIES_WITH_AN_ORPHAN},
        "content/countries.yaml:7:7: {severity}: country 'de' is an orphan: it cites no source, "
        "names no record, and no record names it\n"
        "    hint: name it from the records it concerns, give it a cited claim, or remove it"),
    "event without a date": (
        {"content/forums.yaml": UNDATED_FORUM},
        "content/forums.yaml:1:7: {severity}: forum 'astana-forum-2024' has no date, "
        "so the timeline lists it apart, under 'date not reported', and the home page leaves it out\n"
        "    hint: add the date the sources give, at the precision they give it (date: 2024 is enough)"),
}


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", WARNINGS)
def test_a_warning_is_printed_and_the_site_is_built(case, make_project, capsys):
    files, diagnostic = WARNINGS[case]
    root = make_project(files)
    assert main(["--root", str(root), "build"]) == 0
    assert capsys.readouterr().err == diagnostic.format(severity="warning") + "\n"
    assert (root / "site" / "index.html").is_file()


@pytest.mark.parametrize("case", WARNINGS)
def test_strict_turns_the_warning_into_an_error_and_keeps_the_previous_site(case, make_project, capsys):
    files, diagnostic = WARNINGS[case]
    root = make_project(files)
    assert main(["--root", str(root), "build"]) == 0
    before = tree(root / "site")
    capsys.readouterr()
    assert main(["--root", str(root), "build", "--strict"]) == 1
    printed = capsys.readouterr()
    assert printed.err == diagnostic.format(severity="error") + "\n"
    assert printed.out == "failed: 1 error, 0 warnings; nothing written\n"
    assert tree(root / "site") == before
    assert main(["--root", str(root), "check", "--strict"]) == 1


@pytest.mark.parametrize("files", [
    # A claimless country that a record names: its page lists that record.
    {},
    # A record with a cited claim stands on its own, even tied to nothing.
    {"content/organisations.yaml": """
        - id: wire-agency
          name: Wire Agency
          type: media
          claims:
            - text: A wire report dates the forum.
              cite:
                - source: article
                  quote: "On 9 August 2024"
        """},
    # The home page features focus countries, named or not.
    {"content/countries.yaml": COUNTRIES_WITH_AN_ORPHAN.replace("name: Germany", "name: Germany\n          focus: true")},
], ids=["named claimless country", "untied record with a claim", "focus country"])
def test_records_that_are_not_orphans(files, make_project):
    result = build(make_project(files), strict=True)
    assert result.ok
    assert result.diagnostics.items == []


def test_a_mistyped_reference_is_one_error_not_also_an_orphan(make_project):
    forum = UNDATED_FORUM.replace("countries: [kz, jp]", "countries: [kz, jp, dee]")
    root = make_project({"content/countries.yaml": COUNTRIES_WITH_AN_ORPHAN, "content/forums.yaml": forum})
    result = build(root)
    assert [(d.severity, d.message) for d in result.diagnostics.items] == [
        ("warning", "forum 'astana-forum-2024' has no date, so the timeline lists it apart, "
                    "under 'date not reported', and the home page leaves it out"),
        ("error", "forum 'astana-forum-2024' field 'countries' refers to unknown id 'dee'")]
    lines = (root / "content" / "forums.yaml").read_text().splitlines()
    number, line = next((number, line) for number, line in enumerate(lines, 1) if "dee]" in line)
    error = result.diagnostics.items[1].location
    assert (error.path, error.line, error.col) == ("content/forums.yaml", number, line.index("dee") + 1)  # the item


@pytest.mark.parametrize("status, sentence, warned", [
    ("postponed", "The forum in Astana was postponed indefinitely.", False),
    ("cancelled", "The forum in Astana was cancelled.", False),
    ("planned", "The forum in Astana will take place later.", False),
    ("held", "The forum in Astana took place.", True),
])
def test_an_event_that_has_not_happened_may_pass_strict_without_a_date(make_project, status, sentence, warned):
    """A date the sources do not give cannot be added: an event only
    planned, put off or called off is not warned of having none."""
    quote = sentence.rstrip(".")
    root = make_project({
        "seeds/later.txt": f"Later report\n{sentence}\n",
        "content/forums.yaml": UNDATED_FORUM.replace("      countries:", f"      status: {status}\n      countries:")
        .replace('quote: "the forum met in Astana"', f'quote: "{quote}"').replace("source: article", "source: later")
        .replace("The forum met in Astana.", sentence),
    })
    result = build(root, out=root / "site", strict=True)
    said = [d.message for d in result.diagnostics.items]
    assert said == (["forum 'astana-forum-2024' has no date, so the timeline lists it apart, "
                     "under 'date not reported', and the home page leaves it out"]
                    if warned else []), said
