"""Weekdays and relative dates in cited quotes are checked against the
record's date: a contradiction with another citation is a dispute, a quote
that contradicts itself a warning at the quote."""
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import dated_record_brief

from briefgen import build, check
from briefgen.dates import PartialDate
from briefgen.relative import find_relative

# Two short reports of one summit, as in the Tokyo case: 19 December 2025 was a Friday.
SOURCES = {
    "seeds/dated.txt": "Dated report\nThe summit took place on December 19 in Tokyo.\n",
    "seeds/wire.txt": "Wire report\nThe leaders agreed on {day} to expand cooperation.\n",
    "content/sources.yaml": """
        - id: dated
          title: Dated report
          published: "2025-12"
        - id: wire
          title: Wire report
          published: "{published}"
        """,
    "content/countries.yaml": """
        - id: jp
          name: Japan
          focus: true
        """,
}

SUMMIT = """
    - id: tokyo-summit
      name: Tokyo summit
      date: "{date}"
      countries: [jp]
      claims:
        - text: The summit took place on December 19.
          cite:
            - source: dated
              quote: "The summit took place on December 19 in Tokyo."
        - text: The leaders agreed to expand cooperation.
          cite:
            - source: wire
              quote: "The leaders agreed on {day} to expand cooperation."
    """


def project(make_project, day="Saturday", published="2025-12", date_value="2025-12-19", summit=SUMMIT, **extra):
    files = {k: v.replace("{day}", day).replace("{published}", published) for k, v in SOURCES.items()}
    files["content/summits.yaml"] = summit.replace("{date}", date_value).replace("{day}", day)
    files.update(extra)
    return make_project(files, base=None)


def messages(root: Path, strict: bool = False) -> list[str]:
    return [d.format() for d in check(root, strict=strict).diagnostics.items]


TOKYO_WARNING = (
    "content/summits.yaml:3:9: warning: sources disagree on the date of summit 'tokyo-summit'\n"
    "    hint: a quote says 'Saturday', but 2025-12-19 is a Friday (at content/summits.yaml:13:18); "
    "acknowledge it in content/disputes.yaml with id 'tokyo-summit-date' and a neutral question, or add a resolution")


def test_a_saturday_against_friday_19_december_is_a_dispute(make_project):
    assert messages(project(make_project)) == [TOKYO_WARNING]


def test_the_weekday_that_fits_the_date_passes(make_project):
    assert messages(project(make_project, day="Friday"), strict=True) == []


def test_a_date_span_that_includes_the_weekday_passes(make_project):
    summit = SUMMIT.replace('quote: "The summit took place on December 19 in Tokyo."',
                            'quote: "The summit took place on December 19 in Tokyo."')
    root = project(make_project, date_value="2025-12", summit=summit.replace(
        "The summit took place on December 19.", "The summit took place in December."))
    # A month holds every weekday, so "Saturday" cannot contradict it...
    assert not [m for m in messages(root) if "disagree" in m]


# Until a brief without figures builds (issue 11), the built project has one.
LEADERS = {
    "seeds/count.txt": "Count\nFive leaders attended.\n",
    "content/figures.yaml": """
        - id: leaders
          name: Leaders attending
          amount: 5
          unit: leaders
          event: tokyo-summit
          claims:
            - text: Five leaders attended.
              cite:
                - source: count
                  quote: "Five leaders attended."
        """,
}


def test_strict_makes_the_weekday_dispute_an_error_and_acknowledging_it_builds(make_project):
    root = project(make_project, **LEADERS)
    assert messages(root, strict=True) == [TOKYO_WARNING.replace(": warning: ", ": error: ")]
    (root / "content" / "disputes.yaml").write_text(
        "- id: tokyo-summit-date\n  question: On which day did the Tokyo summit take place?\n", encoding="utf-8")
    result = build(root, out=root / "site", strict=True)
    assert [d.format() for d in result.diagnostics.items] == []
    assert result.ok and [d.format() for d in result.diagnostics.items] == []
    html = (root / "site" / "events" / "tokyo-summit" / "index.html").read_text(encoding="utf-8")
    field = re.search(r'<dd id="field-date">(.*?)</dd>', html, flags=re.S).group(1)
    assert '<time datetime="2025-12-19">19 Dec 2025</time>' in field
    assert '<span class="badge disputed">disputed</span>' in field
    box = re.search(r'<section class="dispute" id="dispute-tokyo-summit-date">(.*?)</section>', html, flags=re.S).group(1)
    assert '<h2 class="dispute-question">Disputed: On which day did the Tokyo summit take place?</h2>' in box
    items = re.findall(r"<li>(.*?)</li>", box, flags=re.S)
    assert items[0].startswith("19 Dec 2025 — ") and 'data-source="dated"' in items[0]
    assert items[1].startswith("a Saturday — ") and 'data-source="wire"' in items[1]
    timeline = (root / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'Tokyo summit</a>.*?<span class="badge disputed">disputed</span>', timeline, flags=re.S)


MEETING = """
    - id: leaders-meeting
      name: Leaders' meeting
      part_of: tokyo-summit
      countries: [jp]
      claims:
        - text: The leaders agreed to expand cooperation.
          cite:
            - source: wire
              quote: "The leaders agreed on {day} to expand cooperation."
    """


@pytest.mark.parametrize("link", ["part_of", "event"])
def test_a_quote_of_a_record_that_belongs_to_the_event_is_checked_against_its_date(make_project, link):
    summit = SUMMIT.split("        - text: The leaders agreed")[0]
    if link == "part_of":
        extra = {"content/meetings.yaml": MEETING.replace("{day}", "Saturday")}
    else:
        extra = {"content/agreements.yaml": MEETING.replace("{day}", "Saturday")
                 .replace("part_of:", "event:").replace("leaders-meeting", "cooperation-deal")}
    found = [m for m in messages(project(make_project, summit=summit, **extra)) if "undated" not in m and "no date" not in m]
    assert found == [TOKYO_WARNING.replace("content/summits.yaml:13:18",
                                           f"content/{'meetings' if link == 'part_of' else 'agreements'}.yaml:9:18")]


def test_a_quote_that_states_the_date_and_a_wrong_weekday_is_a_warning_at_the_quote(make_project):
    summit = """
    - id: tokyo-summit
      name: Tokyo summit
      date: "2025-12-19"
      claims:
        - text: The summit took place on 19 December 2025.
          cite:
            - source: dated
              quote: "on Saturday, 19 December 2025"
    """
    root = project(make_project, summit=summit, **{
        "seeds/dated.txt": "Dated report\nThe summit took place on Saturday, 19 December 2025.\n",
        "seeds/wire.txt": None, "content/sources.yaml": "- id: dated\n  title: Dated report\n"})
    assert messages(root) == [
        "content/summits.yaml:8:18: warning: the quote contradicts itself about the date of summit "
        "'tokyo-summit': a quote says 'Saturday', but 2025-12-19 is a Friday\n"
        "    hint: cite the source as it is, and give the date the source means with a note in the claim, "
        "or cite a passage that is not self-contradictory"]


RELATIVE = """
    - id: tokyo-summit
      name: Tokyo summit
      date: "{date}"
      claims:
        - text: The summit took place on December 19.
          cite:
            - source: dated
              quote: "The summit took place on December 19 in Tokyo."
        - text: The leaders met.
          cite:
            - source: wire
              quote: "The leaders met {day}."
    """


@pytest.mark.parametrize("phrase, published, good, bad", [
    ("yesterday", "2025-12-20", "2025-12-19", "2025-12-18"),
    ("last month", "2026-01-05", "2025-12-19", "2025-11-19"),
    ("this year", "2025-06", "2025-12-19", "2024-12-19"),
    ("last week", "2025-12-24", "2025-12-19", "2025-12-12"),
    ("on Saturday", "2025-12-22", "2025-12-20", "2025-12-19"),
    ("last Friday", "2025-12-22", "2025-12-19", "2025-12-12"),
    # Not yesterday, which is "yesterday": "last Tuesday" in a Wednesday's story is the week before's.
    ("last Tuesday", "2025-12-17", "2025-12-09", "2025-12-16"),
    ("next Thursday", "2025-12-17", "2025-12-25", "2025-12-18"),
    # A weekday in a sentence in the past is the latest one, not the next ("met" on Monday 22 December).
    ("on Friday", "2025-12-22", "2025-12-19", "2025-12-26"),
    # The part of this week or month before or after publication (Thursday 18 December), not all of it.
    ("earlier this week", "2025-12-18", "2025-12-16", "2025-12-19"),
    ("later this month", "2025-12-10", "2025-12-19", "2025-12-05"),
])
def test_relative_dates_are_resolved_against_the_publication_date(make_project, phrase, published, good, bad):
    def run(date_value):
        files = {"seeds/wire.txt": f"Wire report\nThe leaders met {phrase}.\n",
                 "seeds/dated.txt": f"Dated report\nThe summit took place on {_spoken(date_value)} in Tokyo.\n"}
        summit = RELATIVE.replace("{day}", phrase).replace("on December 19", f"on {_spoken(date_value)}")
        root = project(make_project, published=published, date_value=date_value, summit=summit, **files)
        return messages(root)
    assert [m for m in run(good) if "disagree" in m] == []
    said = run(bad)
    if bad.startswith("2025"):  # the dated report (of December 2025) states it: the two sources disagree
        [warning] = [m for m in said if "disagree" in m]
        assert f"a quote says '{phrase.removeprefix('on ')}'" in warning
    else:  # no quote states it: an error, whose hint gives what the quotes say, and no dispute besides
        assert [m for m in said if "disagree" in m] == []
        assert any("is not stated by any cited quote" in m for m in said)


@pytest.mark.parametrize("language, seed, date_value", [
    ("de", "Das Gremium tagte letzten Freitag.", "2024-09-27"),
    ("en", "The board met last Friday.", "2024-09-27"),
    ("en", "The board met yesterday.", "2024-09-30"),
])
def test_a_relative_date_that_pins_one_day_states_it(make_project, language, seed, date_value):
    root = make_project(board_meeting(seed, date_value, "2024-10-01", language), base=None)
    assert [m for m in messages(root) if "error" in m] == []
    wrong = make_project(board_meeting(seed, "2024-09-26", "2024-10-01", language), base=None, name="wrong")
    [error] = messages(wrong)
    assert "error: date 2024-09-26 of meeting 'board-meeting' is not stated by any cited quote" in error
    assert "disagree" not in error


@pytest.mark.parametrize("language, seed, good, bad", [
    ("en", "The ministers met in Oslo last Tuesday.", "2026-11-10", "2026-11-17"),
    ("en", "The ministers will meet in Oslo next Thursday.", "2026-11-26", "2026-11-19"),
    ("es", "Los ministros se reunieron en Oslo el pasado martes.", "2026-11-10", "2026-11-17"),
    ("fr", "Les ministres se sont réunis à Oslo mardi dernier.", "2026-11-10", "2026-11-17"),
    ("de", "Die Minister trafen sich letzten Dienstag in Oslo.", "2026-11-10", "2026-11-17"),
])
def test_last_and_next_weekday_are_not_yesterday_and_tomorrow(make_project, language, seed, good, bad):
    """Published on Wednesday 18 November 2026: the day before is "yesterday" in every language."""
    root = make_project(board_meeting(seed, good, "2026-11-18", language), base=None)
    assert [m for m in messages(root) if "error" in m] == []
    wrong = make_project(board_meeting(seed, bad, "2026-11-18", language), base=None, name="wrong")
    assert [m for m in messages(wrong) if "is not stated by any cited quote" in m] != []


@pytest.mark.parametrize("language, seed, published, date_value", [
    # Chinese names the week: "上周二" is Tuesday of last week, not the latest Tuesday (1 October).
    ("zh", "董事会上周二开会。", "2024-10-04", "2024-09-24"),
    ("zh", "董事会上星期二开会。", "2024-10-04", "2024-09-24"),
    ("zh", "董事会下周三开会。", "2024-09-30", "2024-10-09"),
    ("ja", "取締役会は先週の火曜日に開かれた。", "2024-10-04", "2024-09-24"),
    # English tense says on which side of the publication date a weekday is.
    ("en", "The board met on Friday.", "2024-10-01", "2024-09-27"),
    ("en", "The board will meet on Friday.", "2024-10-01", "2024-10-04"),
    # Any verb's past tells the past as "met" does, regular or irregular (Thursday 17 December 2026).
    ("en", "The bank raised its rate on Thursday.", "2026-12-17", "2026-12-17"),
    ("en", "The bank cut its rate on Thursday.", "2026-12-17", "2026-12-17"),
    ("en", "Norway's central bank left its key policy rate unchanged at 4% on Thursday.", "2026-12-17", "2026-12-17"),
    ("en", "The bank left rates unchanged on Monday.", "2026-12-17", "2026-12-14"),
    ("en", "The central bank kept its rate at 4% on Monday.", "2026-12-17", "2026-12-14"),
    ("en", "Shares fell sharply on Tuesday.", "2026-12-17", "2026-12-15"),
    ("en", "The government has unveiled its budget on Tuesday.", "2026-12-17", "2026-12-15"),
    # A participle that is an adjective leaves a future the future.
    ("en", "The revised budget will be presented on Monday.", "2026-12-17", "2026-12-21"),
    ("en", "The bank will cut its rate on Monday.", "2026-12-17", "2026-12-21"),
])
def test_a_weekday_pinned_by_its_week_or_its_tense_states_it(make_project, language, seed, published, date_value):
    root = make_project(board_meeting(seed, date_value, published, language), base=None)
    assert [m for m in messages(root) if "error" in m] == []


@pytest.mark.parametrize("text", [
    "The summit is scheduled for Monday.",
    "A rate cut on Monday is widely expected.",
    "The rate cut is expected on Monday.",
    "The vote, expected on Monday, comes a hundred days after the election.",
    "Mohammed bin Salman meets the Fed chair on Monday.",
    "The long-delayed vote is on Monday.",
    "Rates remain unchanged ahead of Monday's vote.",
])
def test_a_participle_that_tells_no_past_leaves_a_weekday_on_either_side(text):
    day = PartialDate(2026, 12, 17)  # a Thursday
    [mention] = find_relative(text, day)
    assert mention.window == (date(2026, 12, 11), date(2026, 12, 23))


def test_a_weekday_of_the_publications_own_is_that_day_whatever_its_tense(make_project):
    """Six days either side of a Thursday hold one Thursday: the day itself."""
    root = make_project(board_meeting("The board meets on Thursday.", "2026-12-17", "2026-12-17"), base=None)
    assert [m for m in messages(root) if "error" in m] == []
    other = make_project(board_meeting("The board meets on Friday.", "2026-12-18", "2026-12-17"), base=None,
                         name="other")
    assert [m for m in messages(other) if "error" in m] != []  # Friday 11 or 18 December: no day stated


def test_a_weekday_whose_tense_is_not_said_keeps_both_sides():
    day = PartialDate(2025, 12, 19)  # a Friday
    for text in ("They meet on Wednesday.", "The talks that ended in May will resume, possibly on Wednesday."):
        [mention] = find_relative(text, day)
        assert mention.window == (date(2025, 12, 13), date(2025, 12, 25))
    [past] = find_relative("The leaders met on Wednesday.", day)
    [future] = find_relative("The leaders will meet on Wednesday. They met on Monday.", day)[:1]
    assert (past.window, future.window) == ((date(2025, 12, 13), day_of(day)), (day_of(day), date(2025, 12, 25)))


def day_of(value: PartialDate) -> date:
    return date(value.year, value.month, value.day)


def test_a_weekday_of_a_named_week_is_that_weeks():
    day = PartialDate(2025, 12, 19)  # a Friday
    last, this, following = ((date(2025, 12, 8), date(2025, 12, 14)), (date(2025, 12, 15), date(2025, 12, 21)),
                             (date(2025, 12, 22), date(2025, 12, 28)))
    found = [(m.text, m.weekday, m.window) for m in find_relative("上周二签署，本周五会谈，下周三再议；上個月、去年、明年。", day, "zh")]
    assert found[:3] == [("上周二", 1, last), ("本周五", 4, this), ("下周三", 2, following)]
    assert [m.text for m in find_relative("上星期二、上礼拜二、下星期三", day, "zh")] == ["上星期二", "上礼拜二", "下星期三"]
    assert [m.window for m in find_relative("上週二", day, "zh-Hant")] == [last]
    # "last Tuesday" in English, Korean's "지난 화요일": the latest Tuesday before but yesterday, as CLDR's words
    # say no week.
    assert [m.window for m in find_relative("last Tuesday", day)] == [(date(2025, 12, 11), date(2025, 12, 17))]


@pytest.mark.parametrize("seed, good, bad", [
    ("The board met this week.", ["2024-10", "2024-10-07/2024-10-13", "2024"], ["2024-10-08", "2024-09"]),
    ("The board met last week.", ["2024-09-30/2024-10-06", "2024"], ["2024-10", "2024-10-01"]),  # across months
    # Monday to Thursday, the days before publication: not the week, nor a day of it.
    ("The board met earlier this week.", ["2024-10-07/2024-10-10", "2024-10"],
     ["2024-10-07/2024-10-13", "2024-10-12", "2024-10-08"]),
])
def test_a_week_named_relative_to_publication_states_that_week(make_project, seed, good, bad):
    """Published on Friday 11 October 2024: "this week" is 7–13 October, its month and its year, no day of it."""
    def errors(date_value: str, name: str) -> list[str]:
        root = make_project(board_meeting(seed, date_value, "2024-10-11"), base=None, name=name)
        return [m for m in messages(root) if "is not stated" in m]
    for value in good:
        assert errors(value, f"good-{value.replace('/', '-')}") == [], value
    for value in bad:
        assert errors(value, f"bad-{value.replace('/', '-')}") != [], value


@pytest.mark.parametrize("seed, good, bad", [
    # Published on Wednesday 18 March 2026: two weekdays joined as a span are the days between them.
    ("The ministers met from Monday to Wednesday.", "2026-03-16/2026-03-18", ["2026-03-16", "2026-03-18"]),
    ("The ministers met Friday through Monday.", "2026-03-13/2026-03-16", ["2026-03-13/2026-03-14"]),
    ("The ministers will meet from Monday to Wednesday.", "2026-03-23/2026-03-25", ["2026-03-18/2026-03-23"]),
    ("The ministers will meet Thursday-Saturday.", "2026-03-19/2026-03-21", ["2026-03-19"]),
])
def test_two_weekdays_of_a_span_state_the_days_between_them(make_project, seed, good, bad):
    assert_states_only(make_project, seed, good, bad)


def assert_states_only(make_project, seed: str, good: str, bad: list[str]) -> None:
    """The quote `seed`, published on Wednesday 18 March 2026, states the date `good` and none of `bad`."""
    def errors(date_value: str, name: str) -> list[str]:
        root = make_project(board_meeting(seed, date_value, "2026-03-18"), base=None, name=name)
        return [m for m in messages(root) if "error" in m or "warning" in m]
    assert errors(good, "good") == []
    for value in bad:
        assert any("is not stated" in m for m in errors(value, f"bad-{value.replace('/', '-')}")), value


@pytest.mark.parametrize("seed, good, bad", [
    # Published on Wednesday 18 March 2026: "overnight" is the night before, 17 to 18 March, or the coming one.
    ("Negotiators reached a deal overnight.", "2026-03-17/2026-03-18", ["2026-03-10", "2026-03-18/2026-03-19"]),
    ("Negotiators reached a deal overnight in Brussels.", "2026-03-17/2026-03-18", ["2026-03-10"]),
    ("Negotiators will work overnight to reach a deal.", "2026-03-18/2026-03-19", ["2026-03-17/2026-03-18"]),
])
def test_overnight_states_the_night_of_publication(make_project, seed, good, bad):
    assert_states_only(make_project, seed, good, bad)


@pytest.mark.parametrize("sentence", [
    "The bank raised the overnight rate.",  # an adjective: no night
    "The talks on March 3 ran overnight.",  # the night of the day it names
    "The summit opened on March 3. Talks ran overnight.",
])
def test_overnight_beside_another_date_or_before_a_noun_names_no_night(sentence):
    assert find_relative(sentence, PartialDate(2026, 3, 18)) == []


@pytest.mark.parametrize("seed, date_value, stated", [
    # Published on Friday 11 October 2024: a relative date after a bound's word is no date the event had.
    ("The board must decide by next week.", "2024-10-14/2024-10-20", False),
    ("The board will meet by Friday.", "2024-10-18", False),
    ("The talks will continue until next month.", "2024-11", False),
    ("The board will decide before next year.", "2025", False),
    # "as early as" and "as soon as" give the first day it may happen on, not the day it happens.
    ("The board could decide as early as next week.", "2024-10-14/2024-10-20", False),
    ("The board could decide as early as next week.", "2024-10", False),
    ("The deal will be signed as soon as Thursday.", "2024-10-17", False),
    ("The deal could be signed as early as October 23.", "2024-10-23", False),
    # "until" after a move names the date the event moved to.
    ("The board meeting was postponed until next month.", "2024-11", True),
    ("The board will decide next week.", "2024-10-14/2024-10-20", True),
])
def test_a_relative_date_after_a_bound_states_no_date(make_project, seed, date_value, stated):
    root = make_project(board_meeting(seed, date_value, "2024-10-11"), base=None)
    errors = [m for m in messages(root) if "is not stated" in m]
    assert (errors == []) == stated, errors


def board_meeting(seed: str, date_value: str, published: str, language: str = "en") -> dict[str, str]:
    """A board meeting dated `date_value`, whose one claim quotes `seed` from a source published then."""
    return {
        "seeds/board.txt": f"---\ntitle: Board\npublished: {published}\nlanguage: {language}\n---\nBoard\n{seed}\n",
        "content/meetings.yaml": f"""
            - id: board-meeting
              name: Board meeting
              date: {date_value}
              claims:
                - text: "{seed}"
                  cite:
                    - source: board
                      quote: "{seed}"
            """,
    }


def _spoken(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day:%B} {day.day}"


def test_a_relative_date_needs_a_precise_enough_publication_date(make_project):
    # "yesterday" in a source known only to date from December 2025 names no day.
    summit = RELATIVE.replace("{day}", "yesterday")
    root = project(make_project, published="2025-12", date_value="2025-12-19", summit=summit,
                   **{"seeds/wire.txt": "Wire report\nThe leaders met yesterday.\n"})
    assert messages(root, strict=True) == []


def test_weekdays_and_relative_dates_in_other_languages():
    day = PartialDate(2025, 12, 22)  # a Monday
    found = {lang: [(m.text, m.weekday, m.window) for m in find_relative(text, day, lang)] for lang, text in [
        ("es", "Los líderes acordaron el sábado pasado; ayer firmaron."),
        ("fr", "Les dirigeants se sont réunis samedi dernier et hier."),
        ("de", "Die Staatschefs trafen sich letzten Samstag, gestern auch."),
        ("ru", "Лидеры договорились в субботу, а вчера подписали."),
        ("ja", "首脳は先週の土曜日に合意し、昨日署名した。"),
    ]}
    saturday, sunday = date(2025, 12, 20), date(2025, 12, 21)
    last, latest = (date(2025, 12, 15), sunday), (date(2025, 12, 14), saturday)
    assert found["es"] == [("el sábado pasado", 5, latest), ("ayer", None, (sunday, sunday))]
    assert found["fr"] == [("samedi dernier", 5, latest), ("hier", None, (sunday, sunday))]
    assert found["de"] == [("letzten Samstag", 5, latest), ("gestern", None, (sunday, sunday))]
    # "договорились" tells the past: the Saturday of the six days before, as English "agreed on Saturday".
    assert found["ru"] == [("субботу", 5, (date(2025, 12, 16), date(2025, 12, 22))), ("вчера", None, (sunday, sunday))]
    assert found["ja"] == [("先週の土曜日", 5, last), ("昨日", None, (sunday, sunday))]
    assert saturday.weekday() == 5


def test_spanish_phrases_are_read_in_either_order_news_writes_them():
    day = PartialDate(2025, 12, 22)  # a Monday
    last = (date(2025, 12, 15), date(2025, 12, 21))
    for text in ("el sábado pasado", "el pasado sábado"):
        assert [(m.text, m.weekday, m.window) for m in find_relative(f"Se reunieron {text}.", day, "es")] == [
            (text, 5, (date(2025, 12, 14), date(2025, 12, 20)))]
    assert [m.window for m in find_relative("Firmaron la pasada semana.", day, "es")] == [last]
    assert [m.text for m in find_relative("Viajan el lunes próximo.", day, "es")] == ["el lunes próximo"]
    # Only where the language writes both: a French "dernier samedi" is the last Saturday of something else.
    assert [m.text for m in find_relative("Le dernier samedi du mois.", day, "fr")] == ["samedi"]


def test_a_weekday_without_a_reference_keeps_only_its_weekday():
    [mention] = find_relative("The leaders agreed on Saturday to expand cooperation.")
    assert (mention.text, mention.weekday, mention.window) == ("Saturday", 5, None)
    assert find_relative("Saturdays are quiet; Saturdayish") == []


def test_relative_words_that_are_also_nouns_are_read_as_nouns_when_the_text_says_so():
    day = PartialDate(2025, 12, 22)
    assert [m.text for m in find_relative("Firmaron por la mañana; mañana viajan.", day, "es")] == ["mañana"]
    assert [m.window for m in find_relative("Firmaron por la mañana; mañana viajan.", day, "es")] == [
        (date(2025, 12, 23), date(2025, 12, 23))]
    assert find_relative("Am Morgen unterzeichneten sie.", day, "de") == []
    assert [m.text for m in find_relative("Sie reisen morgen ab.", day, "de")] == ["morgen"]


@pytest.mark.parametrize("typo", [
    ('published: "{published}"', 'published: "2025-13"'),  # a bad value in the entry of the source the record cites
    ("- id: wire", "- id wire"),                              # an entry YAML cannot read
])
def test_a_typo_in_a_sources_metadata_is_one_error_not_a_cascade(make_project, typo):
    """The checks that read a source's metadata (its date of publication, its
    language) do not judge the records citing it while that metadata is
    wrong: their findings would be the typo's echo."""
    root = project(make_project, **LEADERS, **{
        "content/disputes.yaml": "- id: tokyo-summit-date\n  question: On which day did the Tokyo summit take place?\n"})
    assert messages(root) == []
    sources = root / "content" / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    sources.write_text(text.replace(typo[0].replace("{published}", "2025-12"), typo[1], 1) if "published" in typo[0]
                       else text.replace(*typo, 1), encoding="utf-8")
    found = messages(root)
    assert len(found) == 1 and found[0].startswith("content/sources.yaml:"), found


# Published on Wednesday 18 November 2026; the summit is stated by another source to be in December 2026.
SAID_SUMMIT = {
    "seeds/other.txt": "---\ntitle: Other\npublisher: Paper\npublished: 2026-11-18\n---\n"
                       "The summit will be held in Asuncion in December 2026.\n",
    "content/summits.yaml": """
        - id: s1
          name: Asuncion summit
          date: 2026-12
          claims:
            - text: The summit will be held in Asuncion in December 2026.
              cite:
                - source: other
                  quote: The summit will be held in Asuncion in December 2026.
        """,
}


def agreement_of_summit(make_project, sentence: str, language: str = "en") -> Path:
    """An agreement whose `event` is the summit of SAID_SUMMIT, its one claim quoting `sentence`."""
    return make_project({
        **SAID_SUMMIT,
        "seeds/wire.txt": f"---\ntitle: Wire\npublisher: Wire\npublished: 2026-11-18\nlanguage: {language}\n---\n"
                          f"{sentence}\n",
        "content/agreements.yaml": f"""
            - id: a1
              name: Pact
              event: s1
              claims:
                - text: "{sentence}"
                  cite:
                    - source: wire
                      quote: "{sentence}"
            """}, base=None)


@pytest.mark.parametrize("sentence", [
    "The two blocs are expected to sign the pact at a summit in Asuncion next month, officials on both sides said on "
    "Wednesday.",
    "The pact is to be signed at the summit in Asuncion, Reuters reported on Wednesday.",
    "The ministry said late on Wednesday that the pact would be signed at the summit.",
    "The pact will be signed at the summit, the minister told reporters on Wednesday.",
    "The pact will be signed at the summit, the minister said in a statement on Wednesday.",
    "The pact will be signed at the summit, the minister told Reuters yesterday.",
])
def test_a_date_of_saying_does_not_date_the_event(make_project, sentence):
    assert [m for m in messages(agreement_of_summit(make_project, sentence)) if "disagree" in m] == []


def test_a_date_of_saying_is_no_contradiction_of_the_quote_with_itself(make_project):
    sentence = "Officials expect the pact to be signed in Asuncion in December, Reuters reported on Wednesday."
    root = dated_record_brief(make_project, "en", sentence, "2026-12", published="2026-11-18", kind="meeting")
    assert messages(root) == []


@pytest.mark.parametrize("sentence", [
    "The minister said on Wednesday that Paris would not support the agreement.",
    "The minister told reporters in Jakarta on 18 November 2026 that the ban was under study.",
])
def test_a_date_of_saying_still_dates_a_record_of_the_saying(make_project, sentence):
    """A record may be the remarks themselves: their day is the saying's."""
    root = dated_record_brief(make_project, "en", sentence, "2026-11-18", published="2026-11-18", kind="meeting")
    assert [m for m in messages(root) if "error" in m] == []


@pytest.mark.parametrize("language, sentence", [
    # The event's day, the verb of saying after it or apart from it.
    ("en", "The leaders met in Asuncion on Wednesday, officials said."),
    ("en", "Officials said the leaders met in Asuncion on Wednesday."),
    ("en", "The leaders said they met in Asuncion on Wednesday."),
    ("en", "The central bank kept its rate at 4% on Wednesday, it said."),
    # Read in English only: another language's weekday is read as before.
    ("es", "Los funcionarios dijeron el miércoles que los líderes se reunieron."),
])
def test_the_events_day_beside_a_verb_of_saying_still_states_it(make_project, language, sentence):
    root = dated_record_brief(make_project, language, sentence, "2026-11-18", published="2026-11-18", kind="meeting")
    assert [m for m in messages(root) if "error" in m] == []


# Published on Monday 14 December 2026: a weekday's tense is its own verb's, not another clause's.
@pytest.mark.parametrize("sentence, date_value", [
    ("The Bank of Japan, which raised rates in July, will announce its decision on Friday.", "2026-12-18"),
    ("The central bank, which raised rates in September, will decide on rates on Thursday.", "2026-12-17"),
    ("The delegation arrived in Beijing on Monday and will hold talks with Chinese officials on Wednesday.",
     "2026-12-16"),
    ("The bank said it would announce its decision on Thursday.", "2026-12-17"),
    ("Finance ministers will meet on Friday, officials said on Monday.", "2026-12-18"),
    # The weekday's own verb, before it or after it; a passive's participle is no past.
    ("The summit will be held on Friday.", "2026-12-18"),
    ("The deal signed in May will take effect on Friday.", "2026-12-18"),
    ("On Friday, the ministers met in Oslo.", "2026-12-11"),
    ("The ministers met in Oslo, Norway, on Friday.", "2026-12-11"),
    ("Officials said the leaders met on Friday.", "2026-12-11"),
    ("The talks that ended on Friday will resume in January.", "2026-12-11"),
    ("OSLO, Dec 14 (Reuters) - The ministers met in Oslo on Friday.", "2026-12-11"),
])
def test_a_weekday_takes_the_tense_of_its_own_clause(make_project, sentence, date_value):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-14", kind="meeting")
    assert [m for m in messages(root) if "error" in m] == []


@pytest.mark.parametrize("sentence", [
    "The committee, which cut rates in October, meets again on Thursday.",
    "The committee meets again on Thursday, officials said.",
])
def test_a_relative_clause_or_an_attribution_lends_no_tense_to_a_weekday(sentence):
    day = PartialDate(2026, 12, 14)  # a Monday
    [mention] = [m for m in find_relative(sentence, day) if m.text == "Thursday"]
    assert mention.window == (date(2026, 12, 8), date(2026, 12, 20))


# A date of saying closing the sentence dates the saying, not the event the sentence tells.
@pytest.mark.parametrize("sentence, date_value, kind, status", [
    ("Finance ministers will meet on Friday, officials said on Monday.", "2026-12-14", "meeting", "planned"),
    ("The summit will be held in Lima on 20 January, officials told reporters on 16 December 2026.", "2026-12-16",
     "meeting", "planned"),
    ("The deal was signed on 3 December, Reuters reported on Wednesday.", "2026-12-09", "agreement", None),
    ("The ministers met in Oslo on Friday, officials said on Monday.", "2026-12-14", "meeting", None),
    # A wire's dateline dates the story as a closing attribution dates the saying.
    ("OSLO, Dec 14 (Reuters) - The ministers met in Oslo on Friday.", "2026-12-14", "meeting", None),
    ("OSLO, Dec. 14 (AFP) — Finance ministers will meet on Friday.", "2026-12-14", "meeting", "planned"),
])
def test_a_date_of_an_attribution_states_no_date_of_the_event(make_project, sentence, date_value, kind, status):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-14", kind=kind,
                              status=status)
    assert [m for m in messages(root) if "is not stated by any cited quote" in m] != []


@pytest.mark.parametrize("sentence", [
    # The quote dates its event no other way: news dates it by the day it was told.
    "The league sold its broadcast rights for 6.7 billion pounds, the league said on Monday.",
    "The central bank kept its rate at 4%, it said on Monday.",
    "OSLO, Dec 14 (Reuters) - The central bank kept its rate at 4%.",
])
def test_a_date_of_an_attribution_dates_an_event_the_quote_dates_no_other_way(make_project, sentence):
    root = dated_record_brief(make_project, "en", sentence, "2026-12-14", published="2026-12-14", kind="meeting")
    assert [m for m in messages(root) if "error" in m] == []


def test_a_date_of_an_attribution_dates_a_record_of_the_saying(make_project):
    """A record whose claims tell the saying is dated by it, whatever else the quote dates."""
    quote = "Indonesia will ban nickel matte exports from January, Energy Minister Bahlil said on Tuesday."
    root = make_project({
        "seeds/source.txt": f"---\ntitle: Source\npublisher: Agency\npublished: 2026-10-07\n---\n{quote}\n",
        "content/meetings.yaml": f"""
            - id: m1
              name: Bahlil remarks
              date: 2026-10-06
              claims:
                - text: Bahlil said on Tuesday that Indonesia will ban nickel matte exports from January.
                  cite:
                    - source: source
                      quote: "{quote}"
            """}, base=None)
    assert [m for m in messages(root) if "error" in m] == []


# Published on Wednesday 9 December 2026. Another date the quote gives takes the attribution's place only where it
# is the event's own and excludes the attribution's day: a bound, a period reported or another verb's date is not.
@pytest.mark.parametrize("sentence, date_value, kind", [
    ("Silva signed a five-year contract running until June 2031, the club said on Tuesday.", "2026-12-08",
     "agreement"),
    ("Orion agreed to buy Vega for 3.2 billion dollars in a deal expected to close in the second quarter of 2027, "
     "the company said on Tuesday.", "2026-12-08", "agreement"),
    ("Acme's third-quarter revenue rose 8%, the company said on Wednesday.", "2026-12-09", "meeting"),
    ("The country aims to triple its renewable capacity by 2030, the minister said on Tuesday.", "2026-12-08",
     "agreement"),
    ("Net profit fell 3% in the first half, the company said on Tuesday.", "2026-12-08", "meeting"),
])
def test_a_coarser_date_or_a_bound_leaves_the_attributions_date_to_the_event(make_project, sentence, date_value,
                                                                           kind):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-09", kind=kind)
    assert [m for m in messages(root) if "error" in m] == []


@pytest.mark.parametrize("sentence, date_value, kind", [
    ("The deal was signed on 3 December, Reuters reported on Wednesday.", "2026-12-09", "agreement"),
    ("Finance ministers will meet on Friday, officials said on Wednesday.", "2026-12-09", "meeting"),
    ("The deal, due to close in 2027, was signed on Monday, the company said on Tuesday.", "2026-12-08",
     "agreement"),
])
def test_a_date_of_the_event_as_precise_still_takes_the_attributions_place(make_project, sentence, date_value,
                                                                          kind):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-09", kind=kind)
    assert [m for m in messages(root) if "is not stated by any cited quote" in m] != []



# A participle's part ("speaking to supporters on Tuesday") takes the tense of the clause it belongs to, a verb of
# saying as well as any: published Wednesday 9 December 2026.
@pytest.mark.parametrize("sentence, date_value", [
    ("Lopez, speaking to supporters on Tuesday, said she would cut taxes.", "2026-12-08"),
    ("Speaking at a rally on Tuesday, Lopez said she would cut taxes.", "2026-12-08"),
    ("The minister, visiting Paris on Friday, will sign the accord.", "2026-12-11"),
    ("The delegation met officials in Oslo, signing the accord on Tuesday.", "2026-12-08"),
])
def test_a_participles_weekday_takes_the_tense_of_its_clause(make_project, sentence, date_value):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-09", kind="meeting")
    assert [m for m in messages(root) if "error" in m] == []


# A date of another verb's clause in a quote that states the record's date dates another deed: no contradiction.
# Published on Wednesday 9 December 2026.
@pytest.mark.parametrize("sentence, date_value", [
    ("Shares, which fell 5% on Monday, rebounded on Tuesday.", "2026-12-08"),
    ("The storm, which killed 12 people on Sunday, is expected to make landfall again on Friday.", "2026-12-11"),
    ("The Bank of Japan, which left rates unchanged last month, is expected to cut them on Thursday.", "2026-12-10"),
    ("The delegation arrived in Beijing on Monday and will hold talks with Chinese officials on Wednesday.",
     "2026-12-07"),
    ("Finance ministers met on Tuesday and will meet again next week.", "2026-12-08"),
    ("Rescue teams resumed the search on Wednesday after heavy rain forced them to stop on Tuesday.", "2026-12-09"),
    # A participle after its joiner is a verb of its own.
    ("The ministers will meet again on Friday after meeting on Monday.", "2026-12-11"),
    ("The ministers signed the deal on Tuesday before leaving on Wednesday.", "2026-12-08"),
])
def test_a_date_of_another_verbs_clause_does_not_contradict_the_quote(make_project, sentence, date_value):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-09", kind="meeting")
    assert [m for m in messages(root) if "contradicts itself" in m] == []


@pytest.mark.parametrize("sentence, date_value", [
    ("The ministers met on Tuesday, 7 December, in Paris.", "2026-12-07"),
    ("The ministers met last month, on 7 December.", "2026-12-07"),
])
def test_a_date_of_the_same_clause_still_contradicts_the_quote(make_project, sentence, date_value):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-09", kind="meeting")
    assert [m for m in messages(root) if "contradicts itself" in m] != []


# Published on Monday 14 December 2026. A date the event's own clause gives that excludes the attribution's day
# ("in January", "next month", "in 2027", "last month") dates the event, however coarse: the day of saying is
# then the saying's only.
@pytest.mark.parametrize("sentence, date_value, status", [
    ("The summit will be held in Asuncion in January, officials said on Wednesday.", "2026-12-09", "planned"),
    ("The summit will be held in Asuncion next month, officials said on Wednesday.", "2026-12-09", "planned"),
    ("The summit will be held in Asuncion in 2027, officials said on Wednesday.", "2026-12-09", "planned"),
    ("The two leaders met last month in Lima, officials said on Wednesday.", "2026-12-09", "held"),
])
def test_a_coarser_date_of_the_event_excluding_the_attributions_day_takes_its_place(make_project, sentence,
                                                                                   date_value, status):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-14", kind="meeting",
                              status=status)
    assert [m for m in messages(root) if "is not stated by any cited quote" in m] != []


# The same, where the event's date holds the attribution's day or is none of the event's own: a bound, a period
# reported, another verb's phrase (published Monday 14 December 2026).
@pytest.mark.parametrize("sentence, date_value, kind", [
    ("The summit was held in Asuncion in December, officials said on Wednesday.", "2026-12-09", "meeting"),
    ("Acme's 2026 revenue rose 8%, the company said on Wednesday.", "2026-12-09", "meeting"),
    ("The plant, which opened in March, was sold for 2 billion dollars, the company said on Wednesday.",
     "2026-12-09", "agreement"),
    ("The utility signed a contract with a plant due to open in 2028, the company said on Wednesday.",
     "2026-12-09", "agreement"),
])
def test_a_date_of_no_other_day_of_the_event_leaves_the_attributions_date_to_it(make_project, sentence, date_value,
                                                                                kind):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-14", kind=kind)
    assert [m for m in messages(root) if "error" in m] == []


# A weekday with its part of the day or a possessive date is the event's own (published Monday 14 December 2026).
@pytest.mark.parametrize("sentence, date_value", [
    ("The ministers met Tuesday night in Lima, officials said on Wednesday.", "2026-12-09"),
    ("Next month's summit will be held in Lima, officials said on Wednesday.", "2026-12-09"),
])
def test_the_events_own_weekday_or_month_still_takes_the_attributions_place(make_project, sentence, date_value):
    root = dated_record_brief(make_project, "en", sentence, date_value, published="2026-12-14", kind="meeting")
    assert [m for m in messages(root) if "is not stated by any cited quote" in m] != []
