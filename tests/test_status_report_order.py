"""An event whose sources each told what they knew on their day (planned on
10 January, postponed on 20 February, held on 3 March): its statuses are
listed in the order the news reported them, whatever the fact file's order,
and the newest report is named, on every page that shows the status and in
data/briefgen.json. No status is chosen as the true one."""
import json
import re

from briefgen import build


def _source(name: str, published: str | None, sentence: str) -> str:
    date = f"published: {published}\n" if published else ""
    return f"---\ntitle: {name}\npublisher: {name} Wire\n{date}language: en\n---\n{sentence}\n"


PLANNED = "The Long River summit is scheduled for 2 March 2026."
POSTPONED = "The Long River summit has been postponed to 2 March 2026."
HELD = "The Long River summit took place in Riverton on 2 March 2026."


def _brief(make_project, held_published: str | None = "2026-03-03"):
    """The summit's three statuses written planned, held, postponed: not the order they were reported in."""
    return make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
        "seeds/jan.md": _source("January", "2026-01-10", PLANNED),
        "seeds/feb.md": _source("February", "2026-02-20", POSTPONED),
        "seeds/mar.md": _source("March", held_published, HELD),
        "content/summits.yaml": f"""
            - id: summit
              name: Long River summit
              date: 2026-03-02
              status:
                - value: planned
                  cite:
                    - source: jan
                      quote: "{PLANNED}"
                - value: held
                  cite:
                    - source: mar
                      quote: "{HELD}"
                - value: postponed
                  cite:
                    - source: feb
                      quote: "{POSTPONED}"
              claims:
                - text: The summit met in Riverton on 2 March 2026.
                  cite:
                    - source: mar
                      quote: "{HELD}"
            """,
    }, base=None)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def test_statuses_are_listed_in_the_order_they_were_reported_and_the_newest_is_named(make_project):
    root = _brief(make_project)
    assert build(root, search=False).ok
    site = root / "site"
    said = "Status disputed: planned or postponed or held (latest report: held, 3 Mar 2026)"
    for page in ("index.html", "timeline/index.html", "events/index.html"):
        assert said in _text((site / page).read_text()), page
    event = (site / "events/summit/index.html").read_text()
    status = _text(re.search(r'<dd id="field-status">.*?</dd>', event, re.S).group(0))
    assert re.search(r"Planned.* or Postponed.* or Held.*\(latest report: held, 3 Mar 2026\)", status), status
    # The date is a <time> element, as every date shown is.
    assert '(latest report: held, <time datetime="2026-03-03">3 Mar 2026</time>)' in event
    # The dispute's positions too, oldest report first.
    box = _text(event[event.index("Sources disagree on the status"):])
    assert box.index("Planned —") < box.index("Postponed —") < box.index("Held —")
    data = json.loads((site / "data/briefgen.json").read_text())
    values = next(r for r in data["records"] if r["id"] == "summit")["status"]["values"]
    assert [(v["value"], v["reported"]) for v in values] == [
        ("planned", "2026-01-10"), ("postponed", "2026-02-20"), ("held", "2026-03-03")]


def test_a_status_no_dated_source_states_keeps_the_fact_files_order_and_names_no_newest(make_project):
    """Its place in time is unknown: no order, and no "latest report", is made up."""
    root = _brief(make_project, held_published=None)
    assert build(root, search=False).ok
    site = root / "site"
    timeline = _text((site / "timeline/index.html").read_text())
    assert "Status disputed: planned or held or postponed ·" in timeline
    assert "latest report" not in (site / "events/summit/index.html").read_text()
    data = json.loads((site / "data/briefgen.json").read_text())
    values = next(r for r in data["records"] if r["id"] == "summit")["status"]["values"]
    assert [(v["value"], v["reported"]) for v in values] == [
        ("planned", "2026-01-10"), ("held", None), ("postponed", "2026-02-20")]


def test_a_status_another_quote_contradicts_is_ordered_by_report_too(make_project):
    """The record gives one status (cancelled, 5 March); a quote it cites for a claim says held (3 March):
    the dispute statusconflicts.py finds is listed oldest report first like one between two given values."""
    cancelled = "The Long River summit was cancelled."
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
        "seeds/mar.md": _source("March", "2026-03-03", HELD),
        "seeds/late.md": _source("Late", "2026-03-05", cancelled),
        "content/summits.yaml": f"""
            - id: summit
              name: Long River summit
              date: 2026-03-02
              status: cancelled
              claims:
                - text: The summit was cancelled.
                  cite:
                    - source: late
                      quote: "{cancelled}"
                - text: The summit met in Riverton on 2 March 2026.
                  cite:
                    - source: mar
                      quote: "{HELD}"
            """,
    }, base=None)
    assert build(root, search=False).ok
    site = root / "site"
    assert ("Status disputed: held or cancelled (latest report: cancelled, 5 Mar 2026)"
            in _text((site / "timeline/index.html").read_text()))
    data = json.loads((site / "data/briefgen.json").read_text())
    values = next(r for r in data["records"] if r["id"] == "summit")["status"]["values"]
    assert [(v["value"], v["reported"]) for v in values] == [("held", "2026-03-03"), ("cancelled", "2026-03-05")]


def test_the_status_disputes_positions_in_the_data_follow_the_order_of_report(make_project):
    root = _brief(make_project)
    assert build(root, search=False).ok
    data = json.loads((root / "site/data/briefgen.json").read_text())
    dispute = next(d for d in data["disputes"] if d["id"] == "summit-status")
    assert [p["text"] for p in dispute["positions"]] == ["Planned", "Postponed", "Held"]


def test_the_newest_report_is_bracketed_as_the_briefs_language_brackets(make_project):
    """Japanese sets full-width brackets of its own: none of the page's ASCII ones around them."""
    root = _brief(make_project)
    (root / "briefgen.toml").write_text('[site]\ntitle = "Brief"\nlanguage = "ja"\n')
    assert build(root, search=False).ok
    timeline = _text((root / "site/timeline/index.html").read_text())
    assert "予定 または 延期 または 開催済み （最新の報道：開催済み、2026年3月3日）" in timeline
