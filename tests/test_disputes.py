"""When sources disagree, the build says so and the site shows every value
with its own citation, marked as disputed, never silently picking one."""
import csv
import json
import re
from pathlib import Path

import pytest

from briefgen import build, check
from briefgen.dates import parse_iso
from briefgen.diagnostics import Diagnostics, Location
from briefgen.disputes import collect
from briefgen.model import Alternative, Cite, Record
from conftest import DISPUTED_FORUM, WIRE, edit_file

ACKNOWLEDGED = """\
- id: astana-forum-2024-date
  question: On which days of August 2024 did the Astana Forum meet?
"""

RESOLVED = ACKNOWLEDGED + """\
  resolution:
    text: The organisers said later that the forum closed on 12 August.
    cite:
      - source: wire
        quote: "Organisers later said the forum closed on 12 August 2024."
"""

UNACKNOWLEDGED = ("content/forums.yaml:4:5: warning: sources disagree on the date of forum 'astana-forum-2024'\n"
                  "    hint: acknowledge it in content/disputes.yaml with id 'astana-forum-2024-date' "
                  "and a neutral question, or add a resolution")
NEUTRAL = "The sources give different answers; each is shown with its own citation"


def disputed(make_project, **files) -> Path:
    forum = DISPUTED_FORUM.format(second="2024-08-09/2024-08-12")
    return make_project({"seeds/wire.txt": WIRE, "content/forums.yaml": forum, **files})


def built(root: Path, strict: bool = False):
    result = build(root, out=root / "site", strict=strict)
    return result, [d.format() for d in result.diagnostics.items]


def event_page(root: Path) -> str:
    return (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")


def dispute_box(html: str, dispute_id: str) -> str:
    return re.search(rf'<section class="dispute" id="dispute-{dispute_id}">(.*?)</section>', html, flags=re.S).group(1)


def cite_sources(html: str) -> list[str]:
    return re.findall(r'<a class="cite" href="[^"]+#q-[0-9a-f]{10}" data-source="([a-z0-9_-]+)"[^>]*>', html)


def test_an_unacknowledged_dispute_is_a_warning(make_project):
    result, diagnostics = built(disputed(make_project))
    assert result.ok and diagnostics == [UNACKNOWLEDGED]


def test_both_values_show_each_with_its_own_citation_marked_disputed(make_project):
    root = disputed(make_project)
    built(root)
    html = event_page(root)
    field = re.search(r'<dd id="field-date">(.*?)</dd>', html, flags=re.S).group(1)
    values = re.split(r'<span class="or">or</span>', field)
    assert len(values) == 2
    assert '<time datetime="2024-08-09">9 Aug 2024</time>' in values[0] and cite_sources(values[0]) == ["article"]
    assert '<time datetime="2024-08-09">9–12 Aug 2024</time>' in values[1] and cite_sources(values[1]) == ["wire"]
    assert '<span class="badge disputed">disputed</span>' in values[1]
    box = dispute_box(html, "astana-forum-2024-date")
    assert '<h2 class="dispute-question">Disputed: Sources disagree on the date of Astana Forum.</h2>' in box
    assert f"{NEUTRAL}, and the brief does not choose between them." in box
    assert cite_sources(box) == ["article", "wire"]


def test_strict_makes_an_unacknowledged_dispute_an_error(make_project):
    root = disputed(make_project)
    result, diagnostics = built(root, strict=True)
    assert not result.ok and not (root / "site").exists()
    assert diagnostics == [UNACKNOWLEDGED.replace(": warning: ", ": error: ")]
    assert [d.format() for d in check(root, strict=True).diagnostics.errors] == diagnostics


def test_an_acknowledged_dispute_builds_quietly_and_shows_its_question(make_project):
    root = disputed(make_project, **{"content/disputes.yaml": ACKNOWLEDGED})
    result, diagnostics = built(root, strict=True)
    assert result.ok and diagnostics == []
    box = dispute_box(event_page(root), "astana-forum-2024-date")
    assert '<h2 class="dispute-question">Disputed: On which days of August 2024 did the Astana Forum meet?</h2>' in box
    assert cite_sources(box) == ["article", "wire"]


def test_positions_given_with_a_field_disputes_id_are_named_in_a_warning(make_project):
    positions = ACKNOWLEDGED + """\
  positions:
    - record: astana-forum-2024
      text: The forum met on 9 August.
      cite:
        - source: wire
          quote: "Organisers later said the forum closed on 12 August 2024."
    - record: astana-forum-2024
      text: It closed on 12 August.
      cite:
        - source: wire
          quote: "Organisers later said the forum closed on 12 August 2024."
"""
    root = disputed(make_project, **{"content/disputes.yaml": positions})
    assert [d.format() for d in check(root).diagnostics.items if "positions of" in d.message] == [
        "content/disputes.yaml:4:15: warning: the positions of dispute 'astana-forum-2024-date' are not shown: "
        "the page shows the date values of forum 'astana-forum-2024', each with its citations\n"
        "    hint: remove 'positions:' and give each source's value under the record's 'date:', "
        "or give the dispute an id of its own to show these positions"]


def test_a_resolution_shows_as_resolved_with_its_citation(make_project):
    root = disputed(make_project, **{"content/disputes.yaml": RESOLVED})
    result, diagnostics = built(root, strict=True)
    assert result.ok and diagnostics == []
    box = dispute_box(event_page(root), "astana-forum-2024-date")
    assert '<h2 class="dispute-question">Resolved: On which days of August 2024 did the Astana Forum meet?</h2>' in box
    assert f"{NEUTRAL}." in box and "does not choose" not in box
    resolution = re.search(r'<p class="resolution">(.*?)</p>', box, flags=re.S).group(1)
    assert "<strong>Resolution:</strong> The organisers said later that the forum closed on 12 August." in resolution
    [key] = re.findall(r'href="\.\./\.\./sources/wire/#q-([0-9a-f]{10})"', resolution)
    source = (root / "site" / "sources" / "wire" / "index.html").read_text(encoding="utf-8")
    assert re.search(rf'<mark id="q-{key}" class="quote" data-claims="1"[^>]*>'
                     r"Organisers later said the forum closed on 12 August 2024\.</mark>", source)
    assert re.search(rf'<li id="cited-q-{key}">.*?<li><a href="\.\./\.\./events/astana-forum-2024/'
                     r'#dispute-astana-forum-2024-date">The organisers said later', source, flags=re.S)
    [exported] = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))["disputes"]
    assert exported["resolved"] and exported["resolution"]["text"] == (
        "The organisers said later that the forum closed on 12 August.")
    [cite] = exported["resolution"]["cite"]
    assert (cite["source"], cite["href"]) == ("wire", f"sources/wire/#q-{key}")


def test_a_resolved_date_is_marked_resolved_not_disputed_on_every_page_and_in_the_data(make_project):
    root = disputed(make_project, **{"content/disputes.yaml": RESOLVED})
    result, _ = built(root, strict=True)
    assert result.ok
    field = re.search(r'<dd id="field-date">(.*?)</dd>', event_page(root), flags=re.S).group(1)
    assert '<span class="badge resolved">resolved</span>' in field and "disputed" not in field
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    listed = re.search(r'events/astana-forum-2024/">.*?</li>', home, flags=re.S).group(0)
    assert "badge resolved" in listed and "badge disputed" not in listed
    rows = (root / "site" / "data" / "forum.csv").read_text(encoding="utf-8").splitlines()
    assert rows[1].split(",")[4] == "resolved"  # the `disputed` column
    unresolved = disputed(make_project, **{"content/disputes.yaml": ACKNOWLEDGED})
    built(unresolved)
    assert "badge disputed" in re.search(r'<dd id="field-date">(.*?)</dd>', event_page(unresolved), flags=re.S).group(1)


AGREEING = {"seeds/wire.txt": "Wire report\nThe forum in Astana opened on 9 August 2024.\n"}


def test_sources_that_agree_are_one_value_with_both_citations(make_project):
    root = make_project({**AGREEING, "content/forums.yaml": """\
        - id: astana-forum-2024
          name: Astana Forum
          date:
            - value: 2024-08-09
              cite:
                - source: article
                  quote: "On 9 August 2024, the forum met in Astana"
                - source: wire
                  quote: "The forum in Astana opened on 9 August 2024."
          claims:
            - text: The forum met in Astana.
              cite:
                - source: article
                  quote: "the forum met in Astana"
        """})
    result, diagnostics = built(root, strict=True)
    assert result.ok and diagnostics == [] and result.library.disputes == ()
    field = re.search(r'<dd id="field-date">(.*?)</dd>', event_page(root), flags=re.S).group(1)
    assert "disputed" not in field and cite_sources(field) == ["article", "wire"]


def test_agreeing_sources_given_as_two_values_are_an_error(make_project):
    forum = DISPUTED_FORUM.format(second="2024-08-09").replace("ran on 9-12 August 2024.", "opened on 9 August 2024.")
    root = make_project({**AGREEING, "content/forums.yaml": forum})
    assert [d.format() for d in check(root).diagnostics.items] == [
        "content/forums.yaml:8:7: error: date 2024-08-09 of forum 'astana-forum-2024' is given twice (values 1 and 2)\n"
        "    hint: sources that agree are one value: list all their citations under its 'cite:'"]


# A figure whose two sources give two amounts.
TWO_AMOUNTS = """\
        - id: companies
          name: Companies taking part
          amount:
            - value: 350
              cite:
                - source: article
                  quote: "More than 350 companies took part."
            - value: 400
              cite:
                - source: wire
                  quote: "More than 400 companies took part."
          unit: companies
          qualifier: more-than
          claims:
            - text: Hundreds of companies took part.
              cite:
                - source: article
                  quote: "More than 350 companies took part."
        """


def test_an_amount_dispute_is_reported_and_shows_on_the_figures_page(make_project):
    root = make_project({"seeds/wire.txt": "Wire report\nMore than 400 companies took part.\n",
                         "content/figures.yaml": TWO_AMOUNTS})
    result, diagnostics = built(root)
    assert result.ok and diagnostics == [
        "content/figures.yaml:4:5: warning: sources disagree on the amount of figure 'companies'\n"
        "    hint: acknowledge it in content/disputes.yaml with id 'companies-amount' "
        "and a neutral question, or add a resolution"]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    amount = re.search(r'<tr id="companies">.*?<td class="amount"[^>]*>(.*?)</td>', html, flags=re.S).group(1)
    first, second = re.split(r'<span class="or">or</span>', amount)
    assert '<span class="value">more than 350 companies</span>' in first and cite_sources(first) == ["article"]
    assert '<span class="value">more than 400 companies</span>' in second and cite_sources(second) == ["wire"]
    assert '<span class="badge disputed">disputed</span>' in second



def test_each_dispute_in_the_data_file_links_to_its_box_on_the_site(make_project):
    """The pages show each dispute in a box with an anchor (#dispute-<id>),
    on its record's page and the home page; data/briefgen.json listed the
    disputes with no link to any of them, so an analyst could not share one.
    Each now has its `page`: the box on its record's page (the figures page
    for a figure's)."""
    root = disputed(make_project, **{"content/disputes.yaml": RESOLVED,
                                     "content/figures.yaml": TWO_AMOUNTS,
                                     "seeds/wire.txt": WIRE + "More than 400 companies took part.\n"})
    assert built(root)[0].ok
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    pages = {d["id"]: d["page"] for d in data["disputes"]}
    assert pages == {"astana-forum-2024-date": "events/astana-forum-2024/#dispute-astana-forum-2024-date",
                     "companies-amount": "figures/#dispute-companies-amount"}
    for page in pages.values():
        path, fragment = page.split("#")
        assert f'<section class="dispute" id="{fragment}">' in (root / "site" / path / "index.html").read_text(
            encoding="utf-8")


def test_a_resolved_amount_is_marked_resolved_on_the_figures_page_as_in_its_csv(make_project):
    """reading.md: figure.csv says `resolved` where the brief's dispute resolves a disagreement, and the
    page then shows the values with a "resolved" mark; the figures page marked such amounts "disputed"."""
    root = make_project({"seeds/wire.txt": "Wire report\nMore than 400 companies took part.\n",
                         "content/figures.yaml": TWO_AMOUNTS, "content/disputes.yaml": """\
        - id: companies-amount
          question: How many companies took part?
          resolution:
            text: More than 400 companies took part.
            cite:
              - source: wire
                quote: "More than 400 companies took part."
        """})
    result, diagnostics = built(root, strict=True)
    assert result.ok and diagnostics == []
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    amount = re.search(r'<tr id="companies">.*?<td class="amount"[^>]*>(.*?)</td>', html, flags=re.S).group(1)
    assert '<span class="badge resolved">resolved</span>' in amount and "badge disputed" not in amount
    [row] = csv.DictReader((root / "site" / "data" / "figure.csv").open(encoding="utf-8", newline=""))
    assert row["disputed"] == "resolved"


def test_a_declared_dispute_shows_on_every_record_it_names(make_project):
    root = make_project({"seeds/wire.txt": "Wire report\nAbout 400 companies took part in the forum.\n",
                         "content/disputes.yaml": """\
        - id: company-count
          question: How many companies took part in the Astana Forum?
          positions:
            - record: companies
              text: One report counts more than 350 companies.
              cite:
                - source: article
                  quote: "More than 350 companies took part."
            - record: astana-forum-2024
              text: A wire report counts about 400.
              cite:
                - source: wire
                  quote: "About 400 companies took part in the forum."
        """})
    result, diagnostics = built(root)
    assert result.ok and diagnostics == []
    for page in ("events/astana-forum-2024/index.html", "figures/index.html", "index.html"):
        box = dispute_box((root / "site" / page).read_text(encoding="utf-8"), "company-count")
        assert "Disputed: How many companies took part in the Astana Forum?" in box
        assert cite_sources(box) == ["article", "wire"]


def test_a_declared_dispute_without_positions_must_name_a_disputed_field(make_project):
    root = make_project({"content/disputes.yaml": ACKNOWLEDGED})
    assert [d.format() for d in check(root).diagnostics.items] == [
        "content/disputes.yaml:1:3: error: dispute 'astana-forum-2024-date' needs at least two positions\n"
        "    hint: list each source's answer under 'positions:', or use the id of a record field "
        "whose values disagree (<record-id>-date)"]


def test_a_dispute_left_under_a_renamed_records_old_id_is_told_its_new_one(make_project):
    root = disputed(make_project, **{"content/disputes.yaml": ACKNOWLEDGED})
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text().replace("id: astana-forum-2024", "id: astana-business-forum-2024"))
    errors = check(root).diagnostics.errors  # besides the references to the old id, told apart
    assert [d.format() for d in errors if d.location.path == "content/disputes.yaml"] == [
        "content/disputes.yaml:1:3: error: dispute 'astana-forum-2024-date' needs at least two positions\n"
        "    hint: did you mean 'astana-business-forum-2024-date'?"]


def test_a_dispute_on_a_field_of_a_record_with_an_error_is_not_told_it_needs_positions(make_project):
    """An unknown field in the disputed record (or a citation of a source
    renamed) also made its acknowledged dispute 'need at least two
    positions', and asked for positions the dispute does not need."""
    root = disputed(make_project, **{"content/disputes.yaml": ACKNOWLEDGED})
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text().replace("  name: Astana Forum\n", "  name: Astana Forum\n  venue: Palace\n"))
    assert [d.format().splitlines()[0] for d in check(root).diagnostics.errors] == [
        "content/forums.yaml:3:3: error: unknown field 'venue' in forum 'astana-forum-2024'"]


def test_an_alternative_with_a_key_of_its_own_is_told_which_key_is_not_read(make_project):
    """An alternative holding 'value', 'cite' and a 'qualifier' (for "about
    $1 billion") was told it "needs 'value' and 'cite'", which it has."""
    forum = DISPUTED_FORUM.format(second="2024-08-09/2024-08-12\n      note: the wire's dates")
    root = make_project({"seeds/wire.txt": WIRE, "content/forums.yaml": forum})
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "content/forums.yaml:9:7: error: unknown field 'note' in 'date'\n"
        "    hint: expected: cite, value"]


def test_collect_turns_differing_field_values_into_a_dispute():
    here = Location("content/forums.yaml", 3, 5)

    def alternative(value: str, source: str) -> Alternative:
        return Alternative(parse_iso(value), (Cite(source, "quote", here),), here)

    def forum(*dates: Alternative) -> Record:
        return Record("forum", "f", "F", {"date": dates}, (), here, {"date": here})

    diagnostics = Diagnostics()
    assert collect({"f": forum(alternative("2024-08-09", "a"))}, [], diagnostics) == [] and not diagnostics
    [dispute] = collect({"f": forum(alternative("2024-08-09", "a"), alternative("2024-08", "b"))}, [], diagnostics)
    assert (dispute.id, dispute.field, dispute.resolution) == ("f-date", "date", None)
    assert [(p.record, p.text, p.cites[0].source) for p in dispute.positions] == [
        ("f", "9 Aug 2024", "a"), ("f", "Aug 2024", "b")]
    assert [d.message for d in diagnostics.warnings] == ["sources disagree on the date of forum 'f'"]


def test_an_unknown_record_in_a_position_is_reported_at_that_position(make_project):
    root = make_project({"seeds/wire.txt": WIRE, "content/disputes.yaml": """\
- id: which-forum
  question: Which forum was first?
  positions:
    - record: astana-forum-2024
      text: The Astana forum.
      cite: [{source: article, quote: "the forum met in Astana"}]
    - record: astana-forum-2042
      text: Another forum.
      cite: [{source: wire, quote: "The forum in Astana ran on 9-12 August 2024."}]
"""})
    errors = [d.format() for d in check(root).diagnostics.errors]
    assert errors == [
        "content/disputes.yaml:7:15: error: dispute 'which-forum' position refers to unknown id 'astana-forum-2042'\n"
        "    hint: did you mean 'astana-forum-2024'?"]


CONTRADICTED = """\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
  status: held
  claims:
    - text: The forum met in Astana on 9 August 2024.
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
    - text: The forum in Astana was {said}.
      cite:
        - source: wire
          quote: "The forum in Astana was {said} until next year."
"""


def test_a_status_another_of_the_records_quotes_contradicts_is_a_dispute(make_project):
    """The record says held; a quote it cites for a claim says postponed:
    two sources disagree, and the page shows both, not the record's alone."""
    files = {"seeds/wire.txt": "Wire report\nThe forum in Astana was postponed until next year.\n",
             "content/forums.yaml": CONTRADICTED.format(said="postponed")}
    root = make_project(files)
    assert [d.format() for d in check(root).diagnostics.items] == [
        "content/forums.yaml:4:11: warning: sources disagree on the status of forum 'astana-forum-2024'\n"
        "    hint: a quote says it was postponed, but the status is 'held' (at content/forums.yaml:13:18); "
        "acknowledge it in content/disputes.yaml with id 'astana-forum-2024-status' and a neutral question, "
        "or add a resolution"]
    root = make_project({**files, "content/disputes.yaml":
                         "- id: astana-forum-2024-status\n  question: Did the Astana forum take place?\n"})
    result = build(root, out=root / "site", strict=True)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    box = re.search(r'<section class="dispute" id="dispute-astana-forum-2024-status">(.*?)</section>', html, re.S)
    items = re.findall(r"<li>(.*?)</li>", box.group(1), flags=re.S)
    assert [item.split(" — ")[0] for item in items] == ["Held", "Postponed"]
    assert 'data-source="wire"' in items[1]
    field = re.search(r'<dd id="field-status">(.*?)</dd>', html, flags=re.S).group(1)
    assert '<span class="badge disputed">disputed</span>' in field
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    record = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert record["status"]["value"] == "disputed"
    assert [v["value"] for v in record["status"]["values"]] == ["held", "postponed"]


def test_a_status_another_quote_contradicts_is_disputed_in_the_json_ld_and_the_timeline_filter(make_project):
    """The page shows the status disputed: its schema.org Event tells no eventStatus (not "scheduled",
    as the record's own status alone would), and the timeline files the entry under "disputed", not "held"."""
    root = make_project({"seeds/wire.txt": "Wire report\nThe forum in Astana was postponed until next year.\n",
                         "content/forums.yaml": CONTRADICTED.format(said="postponed"),
                         "content/disputes.yaml": "- id: astana-forum-2024-status\n"
                                                  "  question: Did the Astana forum take place?\n"})
    result = build(root, out=root / "site", strict=True)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    jsonld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    [event] = [node for node in jsonld["@graph"] if node["@type"] == "Event"]
    assert "eventStatus" not in event
    timeline = (root / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    [entry] = [li for li in re.findall(r"<li data-kind=[^>]*>", timeline) if 'data-kind="forum"' in li]
    assert 'data-status="disputed"' in entry


def test_a_resolved_status_dispute_leaves_the_data_files_the_status_its_page_shows(make_project):
    """The editor resolves the contradiction: the page shows the record's status, held, and so do the
    record's status in data/briefgen.json and its row in data/forum.csv (marked resolved, not disputed)."""
    resolved = ("- id: astana-forum-2024-status\n  question: Did the Astana forum take place?\n"
                "  resolution:\n    text: It met in Astana.\n    cite:\n      - source: article\n"
                "        quote: \"On 9 August 2024, the forum met in Astana\"\n")
    root = make_project({"seeds/wire.txt": "Wire report\nThe forum in Astana was postponed until next year.\n",
                         "content/forums.yaml": CONTRADICTED.format(said="postponed"),
                         "content/disputes.yaml": resolved})
    result = build(root, out=root / "site", strict=True)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    field = re.search(r'<dd id="field-status">(.*?)</dd>', html, flags=re.S).group(1)
    assert '<span class="value">Held</span>' in field and "disputed" not in field
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    record = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert record["status"]["value"] == "held" and record["status"]["disputed"] is False
    assert [v["value"] for v in record["status"]["values"]] == ["held"]
    [dispute] = data["disputes"]
    assert dispute["resolved"] and [p["text"] for p in dispute["positions"]] == ["Held", "Postponed"]
    rows = list(csv.DictReader((root / "site" / "data" / "forum.csv").open(encoding="utf-8")))
    assert [(row["status"], row["disputed"]) for row in rows] == [("held", "resolved")]


def test_a_resolved_status_contradiction_is_marked_resolved_where_the_status_is_listed_and_in_the_data(make_project):
    """The record's status stands, held, with the "resolved" mark a date whose dispute is resolved has (it had
    none: a reader saw no sign of the contradiction), and the record's JSON carries the resolution."""
    resolved = ("- id: astana-forum-2024-status\n  question: Was the Astana forum put off?\n"
                "  resolution:\n    text: The wire's line was about the exhibition.\n    cite:\n"
                "      - source: article\n        quote: \"On 9 August 2024, the forum met in Astana\"\n")
    root = make_project({"seeds/wire.txt": "Wire report\nThe forum in Astana was cancelled until next year.\n",
                         "content/forums.yaml": CONTRADICTED.format(said="cancelled"),
                         "content/disputes.yaml": resolved})
    result = build(root, out=root / "site", strict=True)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    field = re.search(r'<dd id="field-status">(.*?)</dd>', event_page(root), flags=re.S).group(1)
    assert '<span class="badge resolved">resolved</span>' in field and "disputed" not in field
    marked = '<span class="status status-held">Held</span> <span class="badge resolved">resolved</span>'
    for path in ("index.html", "timeline/index.html", "events/index.html"):
        html = (root / "site" / path).read_text(encoding="utf-8")
        assert marked in re.search(r'astana-forum-2024/">Astana Forum</a>.*?</li>', html, flags=re.S).group(0), path
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    record = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert record["status"]["resolution"]["text"] == "The wire's line was about the exhibition."


def test_a_quote_that_agrees_with_the_status_or_only_plans_is_no_dispute(make_project):
    for said, seed in (("held", "The forum in Astana was held until next year."),
                       ("to be held", "The forum in Astana was to be held until next year.")):
        root = make_project({"seeds/wire.txt": f"Wire report\n{seed}\n",
                             "content/forums.yaml": CONTRADICTED.format(said=said)}, name=said.replace(" ", "-"))
        assert not [d for d in check(root).diagnostics.items if "disagree" in d.message], said


def test_a_status_quoted_from_a_sentence_that_denies_it_is_no_dispute(make_project):
    """"[The forum in Astana was postponed until next year]" cut from a sentence that denies it states what
    the sentence does: nothing to dispute (the quote is warned of instead); quoted from one that says it, it is."""
    for sentence, disputed in (("The ministry denied reports that the forum in Astana was postponed until next year.",
                                False),
                               ("Officials said the forum in Astana was postponed until next year.", True)):
        root = make_project({"seeds/wire.txt": f"Wire report\n{sentence}\n",
                             "content/forums.yaml": CONTRADICTED.format(said="postponed").replace(
                                 '"The forum in Astana', '"the forum in Astana')}, name=str(disputed))
        messages = [d.message for d in check(root).diagnostics.items]
        assert ("sources disagree on the status of forum 'astana-forum-2024'" in messages) == disputed, messages
        assert any("denies or doubts this quote" in m for m in messages) != disputed, messages


def test_a_postponement_told_before_the_held_event_is_what_came_before_not_a_dispute(make_project):
    """"Postponed to August" in a story of July, beside a forum held on 9 August:
    the forum was postponed, then held; one published after the event still disagrees,
    and so does one that moves the forum away from the day the record says it was held."""
    for published, said, disputed in (
            ("2024-07-20", "postponed to August", False),
            ("2024-08-20", "postponed to August", True),
            ("2024-07-20", "postponed from 9 August to next year", True)):
        forum = CONTRADICTED.replace("{said} until next year", said).replace("{said}", "postponed")
        seed = f"---\npublished: {published}\n---\nWire report\nThe forum in Astana was {said}.\n"
        root = make_project({"seeds/wire.txt": seed, "content/forums.yaml": forum}, name=published)
        found = [d.format() for d in check(root).diagnostics.items if "disagree" in d.message]
        assert found == (["content/forums.yaml:4:11: warning: sources disagree on the status of forum "
                          "'astana-forum-2024'\n    hint: a quote says it was postponed, but the status is 'held' "
                          "(at content/forums.yaml:13:18); acknowledge it in content/disputes.yaml with id "
                          "'astana-forum-2024-status' and a neutral question, or add a resolution"]
                         if disputed else []), published


DISPUTED_PLEDGE = """\
- id: airport-pledge
  name: Pledge for the airport
  type: pledge
  currency: USD
  countries: [kz]
  amount:
    - value: 1000000000
      cite:
        - source: article
          quote: "Japan pledged $1 billion"
    - value: 2000000000
      cite:
        - source: pledge-wire
          quote: "Japan pledged $2 billion"
  claims:
    - text: Japan pledged $1 billion for an airport.
      cite:
        - source: article
          quote: "Japan pledged $1 billion for an airport"
"""
PLEDGE_DISPUTE = """\
- id: airport-pledge-amount
  question: How much did Japan pledge for the airport?
"""
PLEDGE_RESOLVED = PLEDGE_DISPUTE + """\
  resolution:
    text: Japan's own statement gives $2 billion.
    cite:
      - source: pledge-wire
        quote: "Japan's statement gives $2 billion."
"""


def test_a_disputed_amount_is_marked_wherever_its_figure_is_listed_and_resolved_once_resolved(make_project):
    pages = {"home": "index.html", "country": "countries/kz/index.html"}
    for dispute, mark, other in ((PLEDGE_DISPUTE, "disputed", "resolved"), (PLEDGE_RESOLVED, "resolved", "disputed")):
        root = make_project({"seeds/pledge-wire.txt": "Pledge wire\nJapan pledged $2 billion for the airport. "
                                                      "Japan's statement gives $2 billion.\n",
                             "content/figures.yaml": DISPUTED_PLEDGE, "content/disputes.yaml": dispute})
        result, diagnostics = built(root, strict=True)
        assert result.ok and diagnostics == []
        for page in pages.values():
            html = (root / "site" / page).read_text(encoding="utf-8")
            listed = re.search(r'figures/#airport-pledge">.*?</li>', html, flags=re.S).group(0)
            assert f'<span class="badge {mark}">{mark}</span>' in listed and f"badge {other}" not in listed, page
        figures = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
        assert figures.count(f"$2 billion ({mark})") == 2 and f"({other})" not in figures  # linear and log charts
        cell = re.search(r'<td class="amount".*?</td>', figures, flags=re.S).group(0)
        assert f'<span class="badge {mark}">{mark}</span>' in cell and f"badge {other}" not in cell


@pytest.mark.parametrize("text, quote, warned", [
    # States one of the values: the resolution settles the dispute it speaks of.
    ("Japan's own statement gives $2 billion.", "Japan's statement gives $2 billion.", False),
    ("Japan's own statement gives 2 billion dollars.", "Japan's statement gives $2 billion.", False),
    # Settles it by reasoning, giving no amount: left to the editor.
    ("The statement settles it.", "Japan's statement gives $2 billion.", False),
    # Gives another amount: the figure would be marked resolved everywhere by words about something else.
    ("Kazakhstan pledged $300 million for the runway.", "Kazakhstan pledged $300 million for the runway.", True),
])
def test_a_resolution_giving_a_value_none_of_its_sources_gives_is_warned_of(make_project, text, quote, warned):
    resolution = PLEDGE_DISPUTE + f"""\
  resolution:
    text: {text}
    cite:
      - source: pledge-wire
        quote: "{quote}"
"""
    root = make_project({"seeds/pledge-wire.txt": "Pledge wire\nJapan pledged $2 billion for the airport. "
                                                  "Japan's statement gives $2 billion. "
                                                  "Kazakhstan pledged $300 million for the runway.\n",
                         "content/figures.yaml": DISPUTED_PLEDGE, "content/disputes.yaml": resolution})
    result = check(root)
    found = [d.format() for d in result.diagnostics.warnings if "none of its sources" in d.message]
    assert found == ([
        "content/disputes.yaml:4:11: warning: the resolution of dispute 'airport-pledge-amount' gives an amount "
        "that none of its sources does ($1 billion, $2 billion)\n"
        "    hint: say in the resolution which value holds, as its quote does, or resolve the dispute it speaks of"]
        if warned else []), [d.format() for d in result.diagnostics.items]


QUALIFIED_SOURCES = {
    "seeds/a.txt": "Report A\nJapan will invest about $1 billion in the metro.\n",
    "seeds/b.txt": "Report B\nJapan will invest more than $2 billion in the metro.\n",
}

QUALIFIED_AMOUNTS = """\
- id: metro
  name: Metro investment
  currency: USD
  amount:
    - value: 1000000000
      qualifier: about
      cite:
        - source: a
          quote: "Japan will invest about $1 billion in the metro"
    - value: {second}
      qualifier: {qualifier}
      cite:
        - source: b
          quote: "Japan will invest more than $2 billion in the metro"
  claims:
    - text: Japan will invest in the metro.
      cite:
        - source: a
          quote: "Japan will invest about $1 billion in the metro"
"""


def test_each_disputed_amount_carries_its_own_sources_qualifier_on_the_pages_and_in_the_data(make_project):
    """Source A says "about $1 billion", source B "more than $2 billion": each amount needs the qualifier its
    own source gives, yet an alternative holding `qualifier:` was refused ("unknown field 'qualifier' in
    'amount'"), and the figure's one `qualifier` fails the other source's quote. Each alternative of an
    amount may now carry its own, checked against its quotes and shown with it everywhere."""
    root = make_project({**QUALIFIED_SOURCES, "content/figures.yaml": QUALIFIED_AMOUNTS.format(
        second=2000000000, qualifier="more-than")})
    result, diagnostics = built(root)
    assert result.ok and [d.splitlines()[0] for d in diagnostics] == [
        "content/figures.yaml:5:5: warning: sources disagree on the amount of figure 'metro'"]
    html = (root / "site" / "figures" / "index.html").read_text(encoding="utf-8")
    amount = re.search(r'<tr id="metro">.*?<td class="amount"[^>]*>(.*?)</td>', html, flags=re.S).group(1)
    first, second = re.split(r'<span class="or">or</span>', amount)
    assert '<span class="value">about $1 billion</span>' in first and cite_sources(first) == ["a"]
    assert '<span class="value">more than $2 billion</span>' in second and cite_sources(second) == ["b"]
    assert "about $1 billion – more than $2 billion" in html  # the chart's bar
    box = dispute_box(html, "metro-amount")
    assert "about $1 billion" in box and "more than $2 billion" in box
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    [metro] = [r for r in data["records"] if r["id"] == "metro"]
    assert [(a["value"], a["qualifier"]) for a in metro["fields"]["amount"]] == [
        (1000000000, "about"), (2000000000, "more-than")]
    assert [p["text"] for p in data["disputes"][0]["positions"]] == ["~$1 billion", "$2 billion+"]
    for edited in (False, True):  # and as a later build reads the unchanged figures from its cache
        if edited:
            edit_file(root, "content/countries.yaml", "name: Kazakhstan", "name: Republic of Kazakhstan")
            assert built(root)[0].ok
        [row] = csv.DictReader((root / "site" / "data" / "figure.csv").open(encoding="utf-8", newline=""))
        assert (row["qualifier"], row["shown"]) == ("about | more-than", "about $1 billion or more than $2 billion")


def test_an_amounts_own_qualifier_is_held_to_its_quotes(make_project):
    root = make_project({**QUALIFIED_SOURCES, "content/figures.yaml": QUALIFIED_AMOUNTS.format(
        second=2000000000, qualifier="about")})
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "content/figures.yaml:10:7: error: amount ~$2 billion of figure 'metro' is not stated by any cited quote\n"
        "    hint: the quote says 'more than $2 billion'; set qualifier: more-than"]


def test_one_amount_its_sources_qualify_differently_is_a_dispute_and_one_bound_in_two_words_is_not(make_project):
    sources = {"seeds/a.txt": "Report A\nJapan will invest about $1 billion in the metro.\n"
                              "Japan will invest over $1 billion in the metro.\n",
               "seeds/b.txt": "Report B\nJapan will invest more than $2 billion in the metro.\n"
                              "Japan will invest over $1 billion in the metro.\n"}
    figure = QUALIFIED_AMOUNTS.replace("more than $2 billion", "over $1 billion")
    root = make_project({**sources, "content/figures.yaml": figure.format(second=1000000000, qualifier="over")})
    assert [d.format().splitlines()[0] for d in check(root).diagnostics.items] == [
        "content/figures.yaml:5:5: warning: sources disagree on the amount of figure 'metro'"]
    both_over = figure.replace("qualifier: about", "qualifier: more-than").replace(
        '"Japan will invest about $1 billion in the metro"', '"Japan will invest over $1 billion in the metro"')
    root = make_project({**sources, "content/figures.yaml": both_over.format(second=1000000000, qualifier="over")})
    assert [d.format().splitlines()[0] for d in check(root).diagnostics.items] == [
        "content/figures.yaml:10:7: error: amount $1 billion+ of figure 'metro' is given twice (values 1 and 2)"]


def test_a_qualifier_is_not_read_on_a_date(make_project):
    forum = DISPUTED_FORUM.format(second="2024-08-09/2024-08-12\n      qualifier: about")
    root = make_project({"seeds/wire.txt": WIRE, "content/forums.yaml": forum})
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "content/forums.yaml:9:7: error: unknown field 'qualifier' in 'date'\n"
        "    hint: expected: cite, value"]


def test_one_passage_cited_on_both_sides_of_a_dispute_is_warned_of(make_project):
    """A value cited with the passage that states its rival ("closed on 12 August" cited for 9 August too, beside
    one that does state it) was accepted without a word, and the page showed one source on both sides."""
    forum = DISPUTED_FORUM.format(second="2024-08-09/2024-08-12").replace(
        '          quote: "The forum in Astana ran on 9-12 August 2024."\n',
        '          quote: "The forum in Astana ran on 9-12 August 2024."\n'
        '        - source: article\n'
        '          quote: "On 9 August 2024, the forum met in Astana"\n')
    root = make_project({"seeds/wire.txt": WIRE, "content/forums.yaml": forum,
                         "content/disputes.yaml": ACKNOWLEDGED})
    assert [d.format() for d in check(root).diagnostics.items] == [
        "content/forums.yaml:13:18: warning: the passage \"On 9 August 2024, the forum met in Astana\" of source 'article' is cited "
        "for date 9 Aug 2024 and for date 9–12 Aug 2024 of forum 'astana-forum-2024'\n"
        "    hint: a passage supports the answer it gives: cite it only there, or cite from it the words that "
        "give each answer"]


def test_one_passage_cited_for_two_positions_of_a_declared_dispute_is_warned_of(make_project):
    root = make_project({"seeds/wire.txt": WIRE, "content/disputes.yaml": """\
        - id: forum-length
          question: How long did the forum last?
          positions:
            - record: astana-forum-2024
              text: One day.
              cite:
                - source: wire
                  quote: "The forum in Astana ran on 9-12 August 2024."
            - record: astana-forum-2024
              text: Four days.
              cite:
                - source: wire
                  quote: "The forum in Astana ran on 9-12 August 2024."
        """})
    assert [d.format().splitlines()[0] for d in check(root).diagnostics.items if "passage" in d.message] == [
        "content/disputes.yaml:13:18: warning: the passage \"The forum in Astana ran on 9-12 August 2024.\" of source "
        "'wire' is cited for the position 'One day.' and for the position 'Four days.' of dispute 'forum-length'"]


def test_a_date_disputed_across_a_year_end_marks_the_later_year_on_its_timeline_bar(make_project):
    """An entry is listed under its earliest date's year, and its bar drew only the dates of that year: a summit
    on "30 December 2024" in one source and "2 January 2025" in another showed one sliver at 30 December, the
    other side alone missing from the bar. A date in a later year is now a mark beyond the bar's end."""
    root = make_project({
        "seeds/a.txt": "Report A\nThe summit was held on 30 December 2024 in Almaty.\n",
        "seeds/b.txt": "Report B\nThe summit took place on 2 January 2025 in Almaty.\n",
        "content/summits.yaml": """\
            - id: almaty-summit
              name: Almaty summit
              date:
                - value: 2024-12-30
                  cite:
                    - source: a
                      quote: "The summit was held on 30 December 2024 in Almaty"
                - value: 2025-01-02
                  cite:
                    - source: b
                      quote: "The summit took place on 2 January 2025 in Almaty"
              claims:
                - text: The summit met in Almaty.
                  cite:
                    - source: a
                      quote: "The summit was held on 30 December 2024 in Almaty"
            """})
    assert built(root)[0].ok
    timeline = (root / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    entry = re.search(r'<li [^>]*data-years="2024 2025">(.*?)</li>', timeline, flags=re.S).group(1)
    assert '<time datetime="2024-12-30">30 Dec 2024</time> or <time datetime="2025-01-02">2 Jan 2025</time>' in entry
    assert re.search(r'<span class="axis day disputed" aria-hidden="true">(.*)</span>$', entry).group(1) == (
        '<span style="--from: 99.45%; --len: 0.27%"></span><span class="later" style="--from: 100.0%; --len: 0.0%">'
        '</span>')


def test_a_later_build_shows_an_amounts_own_qualifier_once_it_is_changed(make_project):
    """Pages are made again only when what they show changes: a changed qualifier of one amount ("over" to
    "more than", the same bound its quote states) left the figures page and the home page as they were."""
    root = make_project({**QUALIFIED_SOURCES, "content/figures.yaml": QUALIFIED_AMOUNTS.format(
        second=2000000000, qualifier="over")})
    assert built(root)[0].ok
    edit_file(root, "content/figures.yaml", "qualifier: over", "qualifier: more-than")
    assert built(root)[0].ok
    for page in ("figures/index.html", "index.html"):
        html = (root / "site" / page).read_text(encoding="utf-8")
        assert "over $2 billion" not in html and "more than $2 billion —" in html  # as its dispute states it
