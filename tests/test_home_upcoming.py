"""The home page's "Latest events" are what happened up to the day the brief
stands at (its as-of date), newest first; events every date of which lies
after it are listed apart, soonest first, under a heading that names that
day: a summit planned for next year is not the latest news."""
import re

from briefgen import build

SOURCE = """---
title: Regional news
publisher: Wire
published: 2026-03-03
language: en
---
The Long River summit took place in Riverton on 2 March 2026.
The river talks were held from 1 to 5 March 2026.
A Delta forum will be held in 2027.
A water conference is scheduled for June 2026.
A river fair will be held in 2026.
A harbour dialogue took place in 2026.
A ministerial meeting is scheduled for 15 February 2026.
"""


def _event(record_id: str, name: str, date: str, status: str, quote: str) -> str:
    return f"""
        - id: {record_id}
          name: {name}
          date: {date}
          status: {status}
          claims:
            - text: "{quote}"
              cite:
                - source: news
                  quote: "{quote}"
        """


def _home(root) -> dict[str, list[str]]:
    main = re.search(r"<main.*?</main>", (root / "site/index.html").read_text(), re.S).group(0)
    sections = {}
    for section in re.findall(r"<section>.*?</section>", main, re.S):
        heading = re.sub(r"<[^>]+>", "", re.search(r"<h2>(.*?)</h2>", section, re.S).group(1))
        sections[heading] = re.findall(r'<li><a href="[^"]*">([^<]*)</a>', section)
    return sections


def test_events_after_the_briefs_as_of_date_are_coming_up_not_the_latest(make_project):
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
        "seeds/news.md": SOURCE,
        "content/summits.yaml": _event("summit", "Long River summit", "2026-03-02", "held",
                                       "The Long River summit took place in Riverton on 2 March 2026.")
        + _event("delta", "Delta forum", "2027", "planned", "A Delta forum will be held in 2027."),
        "content/meetings.yaml": _event("talks", "River talks", "2026-03-01/2026-03-05", "held",
                                        "The river talks were held from 1 to 5 March 2026.")
        + _event("conference", "Water conference", "2026-06", "planned",
                 "A water conference is scheduled for June 2026.")
        + _event("ministerial", "Ministerial meeting", "2026-02-15", "planned",
                 "A ministerial meeting is scheduled for 15 February 2026."),
        "content/forums.yaml": _event("fair", "River fair", "2026", "planned", "A river fair will be held in 2026.")
        + _event("harbour", "Harbour dialogue", "2026", "held", "A harbour dialogue took place in 2026."),
    }, base=None)
    result = build(root, search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    home = _home(root)
    # Talks still under way on the as-of day have begun, and a dialogue held in 2026 may be past: they are
    # among the latest; so is a plan for a day now past, which its sources never said became anything.
    assert home["Latest events"] == ["Long River summit", "River talks", "Ministerial meeting", "Harbour dialogue"]
    # A fair planned for 2026, a year not over on 3 March 2026, is still to come, as its sources tell it;
    # in the timeline's order, after June 2026, which that year contains.
    assert home["Coming up after 3 Mar 2026"] == ["Water conference", "River fair", "Delta forum"]
    assert ('<h2>Coming up after <time datetime="2026-03-03">3 Mar 2026</time></h2>'
            in (root / "site/index.html").read_text())


def test_with_no_dated_source_every_dated_event_is_among_the_latest(make_project):
    """No as-of date: nothing can be said to lie after it."""
    root = make_project({
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n',
        "seeds/news.md": SOURCE.replace("published: 2026-03-03\n", ""),
        "content/summits.yaml": _event("delta", "Delta forum", "2027", "planned", "A Delta forum will be held in 2027."),
    }, base=None)
    result = build(root, search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    assert _home(root) == {"Latest events": ["Delta forum"]}
