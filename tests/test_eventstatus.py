"""An event's status (planned, held, postponed, cancelled) is a sourced field:
a cited quote must state it, sources that disagree make a dispute, and an
event no source gives a status is "status not reported", never held."""
import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import build, check, eventstatus
from conftest import dated_record_brief
from briefgen.eventstatus import find_statuses, stated

# --- the recogniser ------------------------------------------------------------


@pytest.mark.parametrize("text, status", [
    ("he will attend the first-ever leaders' meeting", "planned"),
    ("the Prime Minister will visit Kazakhstan", "planned"),
    ("The summit is scheduled for December", "planned"),
    ("Japan plans to host the leaders", "planned"),
    ("Kishida is expected to meet the five leaders", "planned"),
    ("the meeting will be held in Astana", "planned"),
    ("a business forum is to be held", "planned"),
    ("Japan prepares for its first summit", "planned"),
    ("The convening, which took place on December 19", "held"),
    ("The forum was held in Astana", "held"),
    ("Takaichi hosted an inaugural summit", "held"),
    ("President Biden met in New York with the leaders", "held"),
    ("Germany also held a summit with the five countries", "held"),
    ("The forum coincided with the official visit", "held"),
    ("The visit was postponed to the autumn", "postponed"),
    ("the trip was put off", "postponed"),
    ("The trip was cancelled", "cancelled"),
    ("the visit was canceled because of an earthquake warning", "cancelled"),
    ("Kishida called off the trip", "cancelled"),
    ("The meeting did not take place", "cancelled"),
    ("The summit was not held that year", "cancelled"),
    ("The meeting failed to take place", "cancelled"),
    ("The plan was quietly dropped", "cancelled"),
    # Not there or not then, but elsewhere or later: it took place.
    ("The summit did not take place in Riverton but in Gamma City", "held"),
    ("The forum was not held in May but in June", "held"),
    # The present of a fixed future, and of what is under way
    ("The ports summit is taking place in Arusha next month.", "planned"),
    ("Leaders are meeting in Astana next week.", "planned"),
    ("The summit is being held in Doha tomorrow.", "planned"),
    ("Talks are taking place in Doha.", "held"),
    # A plan's "to" takes its verb: "to be held" is no "held"
    ("The summit is expected to be held later this year.", "planned"),
    ("The forum is slated for December.", "planned"),
    ("The two sides agreed to hold the next summit in Tokyo.", "planned"),
    ("The visit was shelved.", "cancelled"),
    ("Plans for the summit were abandoned.", "cancelled"),
    ("Organisers have put the forum on hold.", "postponed"),
    ("The talks were put on ice.", "postponed"),
    ("The forum was moved to next year.", "postponed"),
    # How news tells a plan, an event's opening or close, and a cancellation
    ("The talks are due to resume on Monday.", "planned"),
    ("The signing ceremony is set for next week.", "planned"),
    ("The next round of talks will be hosted by Kazakhstan.", "planned"),
    ("Kazakhstan is preparing to host the forum in May.", "planned"),
    ("Preparations are under way for the summit in Astana.", "planned"),
    ("Preparations for the Astana summit are well under way.", "planned"),
    ("The summit opened in Astana on Monday.", "held"),
    ("The talks concluded without a deal.", "held"),
    ("The meeting, which ended on Friday, produced no agreement.", "held"),
    ("Leaders gathered in Tashkent for the forum.", "held"),
    ("The forum brought together 300 companies.", "held"),
    ("The forum was axed.", "cancelled"),
    ("Leaders will gather in Astana next month.", "planned"),
    ("The summit will open on Monday.", "planned"),
    ("The forum is set to kick off on Monday.", "planned"),
    ("The meeting is pencilled in for May.", "planned"),
    ("Japan is poised to host the summit.", "planned"),
    ("A date for the summit has been fixed.", "planned"),
    ("The prime minister is expected in Astana on Monday.", "planned"),
    ("The summit drew leaders from five countries.", "held"),
    ("The conference attracted 2,000 participants.", "held"),
    ("The summit, which ran from 3 to 5 May, ended with a declaration.", "held"),
    ("Leaders assembled in Tokyo for the summit.", "held"),
    ("The inaugural summit was staged in Astana.", "held"),
    ("Kishida addressed the forum.", "held"),
    ("Speaking at the summit, Kishida said it was a success.", "held"),
    ("The summit has been pushed to 2027.", "postponed"),
    ("Organisers pulled the plug on the forum.", "cancelled"),
    ("The forum has been dropped.", "cancelled"),
    ("The port-security dialogue did take place in Constanta on 15 September 2026, officials said.", "held"),
    ("Despite the storm, the ferry forum did go ahead.", "held"),
    ("The talks did in fact take place.", "held"),
])
def test_each_usual_phrase_states_its_status(text, status):
    assert stated(text) == {status}


@pytest.mark.parametrize("text", [
    "the leaders agreed to expand cooperation",
    "due to the war in Ukraine",          # "due to" only with an event verb
    "an unscheduled stop",                # a word containing a phrase is not the phrase
    "the metal industry",                 # "met" is a whole word only
    "The plan met with criticism",        # a reaction, not a meeting
    "The proposal met with strong resistance in parliament",
    "The leaders agreed to expand cooperation.",
    "He set to work on the draft.",
    "The forum was moved to Tashkent.",
    "the idea met with a cool reception",
    "Preparations for the summit were halted.",   # not under way
    "The summit never opened.",
    "The talks did not resume.",
    "The summit opens on Friday.",                # the present alone: no status either way
    "The summit has not brought together any investors.",
    "It is unclear whether the talks will resume.",
    "It is unclear whether the leaders will meet.",
    "Officials denied that the leaders would meet.",
    "Growth will open new markets.",               # an event's opening only
    "The campaign will kick off on Monday.",
    "Police will gather evidence.",
    "The summit may open on Monday.",
    "He opened the door.",
    "Pushed to the brink, the talks collapsed.",
])
def test_text_that_states_no_status(text):
    assert stated(text) == set()


@pytest.mark.parametrize("text", [
    "No summit was held in 2026.",
    "The two leaders never met in March 2026.",
    "The prime minister has not visited Riverton in 2026.",
    "Neither leader attended the summit on 4 May 2026.",
    "Nobody attended the summit.",
    "It is not true that the summit took place.",
    "Opposition leaders denied that the summit took place on 4 April 2026.",
    "Rumours that a summit was held on 6 June 2026 were false.",
    "It is unclear whether the summit was held.",
    "The investors' meeting was to have been held on 3 December.",
    "The ministry denied reports that the port summit was held in Dubai on 12 November 2026.",
    "Officials denied the rail forum took place on 10 November 2026.",  # no "that"
    "The transport forum was falsely reported to have taken place on 5 November 2026.",
    "Claims that the finance meeting was held on 9 November 2026 were later retracted.",
    "The meeting has been held up by a row over port fees.",  # delayed, not held
    "It is unclear whether the port dialogue did take place.",
    "Officials denied that the ferry forum did go ahead.",
])
def test_an_event_denied_doubted_or_said_not_to_have_happened_is_not_held(text):
    assert "held" not in stated(text)


@pytest.mark.parametrize("text", [
    "Rumours that the Kigali summit was cancelled proved false.",
    "No decision has been made on whether to cancel the ministerial.",
    "Diplomats said it was unclear whether the talks were postponed.",
    "An EU official denied that the investment summit had been postponed.",
    "The Lagos talks were postponed, a claim the government denied.",  # denied once said
    "The talks were postponed, which officials later denied.",
    # Asked for, threatened, weighed or refused: not done
    "Uganda threatened to cancel the rail summit.",
    "Opposition leaders demanded that the ports forum be postponed.",
    "Officials rejected calls to call off the logistics meeting.",
    "The minister warned that the summit could be postponed.",
    "The government is considering postponing the summit.",
    "The ministry ruled out cancelling the forum.",
])
def test_a_denied_or_doubted_postponement_or_cancellation_states_no_status(text):
    assert stated(text) == set()


@pytest.mark.parametrize("text", [
    "The summit was held, which no one denied.",
    "The summit was held, a claim nobody disputed.",
    "The forum was held in Astana, and the minister denied any wrongdoing.",
    "The forum was held. A claim about the budget was denied.",
    "They held up signs as the summit took place.",
    "The summit took place after Uganda threatened to walk out.",
])
def test_a_denial_of_something_else_or_none_leaves_the_status(text):
    assert stated(text) == {"held"}


@pytest.mark.parametrize("text", [
    "The summit, which no one expected, was held on Monday.",
    "No agreement was signed, but the leaders met in Astana.",
    "The summit was held, as no one doubted.",
])
def test_a_denial_of_something_else_leaves_held_alone(text):
    assert stated(text) == {"held"}


@pytest.mark.parametrize("text, statuses", [
    # A participle before its noun tells that noun put off: a thing's describes the thing, reporting no event put off.
    ("The leaders are expected to sign the long-delayed trade pact at a summit in Asuncion next month.", {"planned"}),
    ("A delayed shipment arrived as the summit took place.", {"held"}),
    ("The long delayed reform of the port authority is scheduled for March.", {"planned"}),
    ("Ministers hailed the much-delayed payment as the forum met.", {"held"}),
    ("The delayed deal was signed at the summit, which was held in Doha.", {"held"}),
    # An event's tells the event put off, as a verb does.
    ("The much-delayed rail forum will take place in Nairobi.", {"postponed", "planned"}),
    ("Their twice-postponed summit was held in Doha.", {"postponed", "held"}),
    ("Parliament will hold the postponed vote on Friday.", {"postponed", "planned"}),
    ("The rescheduled talks took place in Geneva.", {"postponed", "held"}),
    ("The postponed summit has not been given a new date.", {"postponed"}),
    ("Organisers have not set a new date for the postponed forum.", {"postponed"}),
    ("The delayed elections are now expected in 2028.", {"postponed", "planned"}),  # a new date
    ("The postponed EU-China summit was originally scheduled for 12 May.", {"postponed", "planned"}),
    ("The postponed summit's new date is unknown.", {"postponed"}),
    ("The delayed pact's signing ceremony took place in Doha.", {"held"}),
    ("The summit was delayed.", {"postponed"}),
    ("A row over fees delayed the summit.", {"postponed"}),
    ("The vote has been postponed.", {"postponed"}),
    ("It was the row that delayed the summit.", {"postponed"}),
    ("The summit, long delayed by a row over fees, was held in Doha.", {"postponed", "held"}),
])
def test_a_postponement_told_of_a_thing_before_its_noun_is_no_status(text, statuses):
    assert stated(text) == statuses


@pytest.mark.parametrize("text", [
    "The next rate decision is due on Jan. 29.",
    "A ruling is due next week.",
    "The vote is due.",
    "Talks with the union are due in March.",
    "The summit is also due to take place in Lima.",
])
def test_an_event_due_is_planned(text):
    assert stated(text) == {"planned"}


@pytest.mark.parametrize("text", [
    "The delay was due to bad weather.",
    "Prices are due to rise.",
    "The rise is due largely to energy costs.",
    "Payments due on the bonds were made.",
])
def test_due_to_a_cause_or_a_change_is_no_plan(text):
    assert stated(text) == set()


def test_a_record_planned_by_a_quote_saying_it_is_due_is_stated(make_project):
    root = dated_record_brief(make_project, "en", "The next rate decision is due on Jan. 29.", "2027-01-29",
                              published="2026-11-18", kind="meeting", status="planned")
    assert [d.format() for d in check(root).diagnostics.items] == []


@pytest.mark.parametrize("text, status", [
    # Going on, or going on again, or ended early: it took place
    ("The Epsilon summit is under way in Riverton.", "held"),
    ("Talks are now under way in Geneva.", "held"),
    ("The talks resumed in Geneva on Monday.", "held"),
    ("The negotiations have resumed.", "held"),
    ("Parliament reconvened on Tuesday.", "held"),
    ("The visit was cut short by the storm.", "held"),
    # Moved earlier is no postponement: the event is still to come, on its new date
    ("The summit was brought forward to 2 May.", "planned"),
    ("The forum has been brought forward by a week.", "planned"),
    ("The forum was moved up to April.", "planned"),
    ("The summit remains on track for May.", "planned"),
    ("The summit is on schedule.", "planned"),
    ("The summit takes place next week.", "planned"),
    # A headline's infinitive
    ("Summit to go ahead", "planned"),
    ("Talks to resume in Geneva", "planned"),
    ("The meeting was put back to June.", "postponed"),
    ("The meeting was put back a week.", "postponed"),
])
def test_how_news_tells_an_event_going_on_moved_earlier_or_kept_to_its_date(text, status):
    assert stated(text) == {status}


@pytest.mark.parametrize("text", [
    # Only expected, intended or planned, not done
    "The summit is expected to be postponed.",
    "The summit is widely expected to be called off.",
    "There were no plans to postpone the summit.",
    "The summit is set to be postponed.",
    "The summit is due to be postponed.",
    "Japan plans to cancel the forum.",
    "The summit is likely to be cancelled.",
    # Not an event's
    "Fighting resumed on Monday.",
    "Work is under way on the venue.",
    "The project remains on track to miss its targets.",
    "He put back the money.",
    "The summit was moved up the agenda.",
])
def test_an_expected_change_or_another_thing_going_on_states_no_status(text):
    assert stated(text) == set()


@pytest.mark.parametrize("text", [
    # A condition, a denial by another verb, or only a chance of it
    "In case the summit is cancelled, talks will move online.",
    "In the event that the forum is postponed, its exhibition moves online.",
    "Officials dismissed reports the summit would be postponed.",
    "The government rejected suggestions that the forum had been called off.",
    "Officials said there was no question of the summit being cancelled.",
    "There is a chance the summit will be postponed.",
    "Fears that the summit would be cancelled proved unfounded.",
    "A summit like this has never happened before.",
])
def test_a_change_only_supposed_or_dismissed_states_no_status(text):
    assert stated(text) == set()


@pytest.mark.parametrize("text, status", [
    ("The summit never happened.", "cancelled"),
    ("The summit was supposed to take place in May.", "planned"),
    ("The summit has ended.", "held"),
    ("The meeting was pushed forward to Monday.", "planned"),
    ("The meeting has been moved back to June.", "postponed"),
    ("Due to the risk of unrest the summit was cancelled.", "cancelled"),
])
def test_what_became_of_an_event_in_other_words(text, status):
    assert stated(text) == {status}


def test_a_postponement_only_expected_does_not_support_status_postponed(make_project):
    root = dated_record_brief(make_project, "en", "The summit on 12 May 2026 is expected to be postponed.",
                              "2026-05-12", published="2026-04-01", kind="meeting", status="postponed")
    assert [d.format() for d in check(root).diagnostics.items if "status 'postponed'" in d.message]


def test_an_event_brought_forward_is_planned_not_postponed(make_project):
    sentence = "The summit was brought forward to 2 May 2026."
    planned = dated_record_brief(make_project, "en", sentence, "2026-05-02", published="2026-04-01", kind="meeting",
                                 status="planned")
    assert [d.format() for d in check(planned).diagnostics.items] == []


def test_a_future_or_negated_held_is_not_held():
    assert [m.status for m in find_statuses("It will be held, and the other was not held.")] == ["planned", "cancelled"]


def test_a_quote_may_state_several_statuses():
    mentions = find_statuses("The summit, scheduled for May, was postponed and later called off.")
    assert [(m.status, m.text) for m in mentions] == [
        ("planned", "scheduled"), ("postponed", "postponed"), ("cancelled", "called off")]


def test_typography_and_line_breaks_do_not_hide_a_phrase():
    assert stated("The meeting didn\u2019t\ntake   place") == {"cancelled"}


def test_a_language_without_a_table_states_no_status_and_a_table_can_be_added(monkeypatch):
    assert eventstatus.table_language("en-GB") == "en" and eventstatus.table_language(None) == "en"
    # Never read with the English words: Danish "held" is "luck".
    assert eventstatus.table_language("xx") is None and stated("was held", "xx") == set()
    monkeypatch.setitem(eventstatus.PHRASES, "fr", {"planned": ("aura lieu",), "held": ("a eu lieu",),
                                                    "postponed": ("reporté",), "cancelled": ("annulé",)})
    eventstatus._pattern.cache_clear()
    try:
        assert stated("Le sommet a eu lieu à Tokyo", "fr") == {"held"}
        assert stated("Le sommet aura lieu à Tokyo", "fr-FR") == {"planned"}
        assert stated("The summit was held", "fr") == set()  # French text is read with the French table
    finally:
        monkeypatch.undo()
        eventstatus._pattern.cache_clear()


# --- the field, through build() and check() -----------------------------------

PLAN = """\
Plan
The forum will be held in Astana on 9 August 2024.
The forum was postponed.
"""

PLAN_SOURCES = """\
- id: article
  alias: report
  title: Forum report
  publisher: Example News
- id: plan
  title: Plan
  published: "{published}"
"""


def forum(status: str = "", extra_claims: str = "") -> str:
    return f"""\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
{status}  place: Astana
  countries: [kz, jp]
  claims:
    - text: The forum met in Astana on 9 August 2024.
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
{extra_claims}"""


PLAN_CLAIM = """\
    - text: The forum was to be held in Astana.
      cite:
        - source: plan
          quote: "The forum will be held in Astana"
"""

DISPUTED_STATUS = """\
  status:
    - value: planned
      cite:
        - source: plan
          quote: "The forum will be held in Astana"
    - value: held
      cite:
        - source: article
          quote: "the forum met in Astana"
"""


@pytest.fixture
def project(make_project):
    def make(status: str = "", extra_claims: str = "", published: str = "2024-07", **files) -> Path:
        return make_project({"seeds/plan.txt": PLAN, "content/sources.yaml": PLAN_SOURCES.format(published=published),
                             "content/forums.yaml": forum(status, extra_claims), **files})
    return make


def built(root: Path, strict: bool = False):
    result = build(root, out=root / "site", strict=strict)
    return result, [d.format() for d in result.diagnostics.items]


def page(root: Path, path: str) -> str:
    return (root / "site" / path).read_text(encoding="utf-8")


def status_field(root: Path) -> str:
    return re.search(r'<dd id="field-status">(.*?)</dd>', page(root, "events/astana-forum-2024/index.html"),
                     flags=re.S).group(1)


def forum_lines(root: Path) -> dict[str, str]:
    """The forum's entry on each page that lists events."""
    lines = {}
    for path in ("index.html", "timeline/index.html", "countries/kz/index.html", "events/index.html"):
        lines[path] = next(line for line in page(root, path).splitlines() if "Astana Forum</a>" in line)
    return lines


def test_a_status_stated_by_a_quote_is_shown_in_words_with_its_citation(project):
    root = project("  status: held\n", PLAN_CLAIM)
    result, diagnostics = built(root, strict=True)
    assert result.ok and diagnostics == []
    field = status_field(root)
    assert field.startswith("<span class=\"value\">Held</span>")
    assert re.findall(r'data-source="([a-z0-9_-]+)"', field) == ["article"]
    for path, line in forum_lines(root).items():
        assert '<span class="status status-held">Held</span>' in line, path


def test_a_status_no_cited_quote_states_is_an_error_with_location_and_hint(project):
    root = project("  status: cancelled\n", PLAN_CLAIM)
    diagnostics = [d.format() for d in check(root).diagnostics.errors]
    assert diagnostics == [
        "content/forums.yaml:4:11: error: status 'cancelled' of forum 'astana-forum-2024' is not stated by any "
        "cited quote\n    hint: the cited quotes say 'met' (held), 'will be held' (planned); cite a passage that "
        "says so (such as 'cancelled', 'called off'), or leave 'status' out: the event is then shown as "
        "'status not reported'"]


def test_held_is_not_supported_by_a_plan(project):
    root = project("  status: held\n", PLAN_CLAIM)
    (root / "content" / "forums.yaml").write_text(
        forum("  status:\n    - value: held\n      cite:\n        - source: plan\n"
              "          quote: \"The forum will be held in Astana\"\n"), encoding="utf-8")
    errors = [d.message for d in check(root).diagnostics.errors]
    assert errors == ["status 'held' of forum 'astana-forum-2024' is not stated by any cited quote"]


def test_an_unknown_status_value_is_an_error_naming_the_choices(project):
    root = project("  status: happened\n")
    result = subprocess.run([sys.executable, "-m", "briefgen", "check"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert ("content/forums.yaml:4:11: error: 'status' must be one of planned, held, postponed, cancelled; "
            "got 'happened'") in result.stderr


def test_an_event_without_status_is_status_not_reported_never_held(project):
    root = project("", PLAN_CLAIM)
    result, diagnostics = built(root, strict=True)
    assert result.ok and diagnostics == []
    assert status_field(root) == '<span class="status status-not-reported">Status not reported</span>'
    for path, line in forum_lines(root).items():
        assert '<span class="status status-not-reported">Status not reported</span>' in line, path
        assert "Held" not in line
    data = json.loads(page(root, "data/briefgen.json"))
    event = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert event["status"] == {"value": "not-reported", "disputed": False, "values": [], "overtaken": False}
    assert "status" not in next(r for r in data["records"] if r["id"] == "companies")  # not an event


def test_planned_postponed_and_cancelled_read_differently_from_held(project):
    labels = {}
    for status, quote in (("planned", "The forum will be held in Astana"), ("postponed", "The forum was postponed.")):
        claim = f"    - text: Said of the forum.\n      cite:\n        - source: plan\n          quote: \"{quote}\"\n"
        root = project(f"  status: {status}\n", claim)
        if status == "postponed":  # "the forum met" would contradict it: a dispute (statusconflicts.py)
            forums = root / "content" / "forums.yaml"
            met = forum().split("  claims:\n")[1]
            planned = ("    - text: The forum was to be held in Astana on 9 August 2024.\n      cite:\n"
                       "        - source: plan\n          quote: \"The forum will be held in Astana on 9 August 2024.\"\n")
            forums.write_text(forums.read_text(encoding="utf-8").replace(met, planned), encoding="utf-8")
        result, diagnostics = built(root, strict=True)
        assert result.ok, diagnostics
        labels[status] = forum_lines(root)["timeline/index.html"]
        assert f'data-status="{status}"' in labels[status]
    assert '<span class="status status-planned">Planned</span>' in labels["planned"]
    assert '<span class="status status-postponed">Postponed</span>' in labels["postponed"]


@pytest.mark.parametrize("status, sentence, later", [
    ("planned", "The forum planned for August was cancelled.", "'cancelled' (cancelled)"),
    ("planned", "The planned forum took place in Astana.", "'took place' (held)"),
    ("postponed", "The forum, postponed from July, was held in Astana.", "'held' (held)"),
])
def test_a_status_stated_beside_a_later_one_warns(project, status, sentence, later):
    claim = f"    - text: Said of the forum.\n      cite:\n        - source: plan\n          quote: \"{sentence}\"\n"
    root = project(f"  status: {status}\n", claim, **{"seeds/plan.txt": PLAN + sentence + "\n"})
    result, diagnostics = built(root)
    assert result.ok
    assert [d for d in diagnostics if "also says" in d] == [
        f"content/forums.yaml:4:11: warning: status '{status}' of forum 'astana-forum-2024' is stated by a quote "
        f"that also says {later}\n    hint: if that is this event, write status: {later.split('(')[1][:-1]}; "
        "otherwise cite a passage about this event alone"]


@pytest.mark.parametrize("sentence, hedge", [
    ("The forum reportedly took place in Astana.", "'reportedly'"),
    ("Delegates met in Astana, according to unconfirmed reports.", "'unconfirmed'"),
    ("The forum took place in Astana, though we could not confirm it.", "'could not confirm'"),
    ("The organisers claimed the forum took place in Astana.", "'claimed'"),
    ("Officials alleged that the forum took place in Astana.", "'alleged that'"),
    # Unnamed sources: whose word it is, the reader cannot weigh.
    ("The forum took place in Astana, according to people familiar with the matter.", "'people familiar with'"),
    ("The forum took place in Astana, two diplomats said on condition of anonymity.", "'on condition of anonymity'"),
    ("The forum took place in Astana, said an official who asked not to be named.", "'asked not to be named'"),
    ("The forum took place in Astana, according to sources.", "'according to sources'"),
])
def test_a_status_resting_only_on_hedged_quotes_warns(project, sentence, hedge):
    claim = f"    - text: Said of the forum.\n      cite:\n        - source: plan\n          quote: \"{sentence}\"\n"
    status = f"  status:\n    - value: held\n      cite:\n        - source: plan\n          quote: \"{sentence}\"\n"
    root = project(status, claim, published="2024-09", **{"seeds/plan.txt": PLAN + sentence + "\n"})
    result, diagnostics = built(root)
    assert result.ok and [d for d in diagnostics if "hedge" in d] == [
        f"content/forums.yaml:5:7: warning: status 'held' of forum 'astana-forum-2024' rests only on quotes that "
        f"hedge it ({hedge})\n    hint: the page shows the status as a fact: cite a source that confirms it, or "
        "leave 'status' out"]


@pytest.mark.parametrize("language, sentence, hedge", [
    ("ru", "Форум якобы состоялся в Астане.", "'якобы'"),
    ("es", "Según informes, el foro se celebró en Astana.", "'según informes'"),
    ("zh", "据报道，论坛在阿斯塔纳举行。", "'据报道'"),
    ("tr", "İddiaya göre forum Astana'da düzenlendi.", "'iddiaya göre'"),
])
def test_a_status_resting_only_on_quotes_hedged_in_their_sources_language_warns(project, language, sentence, hedge):
    claim = f"    - text: Said of the forum.\n      cite:\n        - source: plan\n          quote: \"{sentence}\"\n"
    status = f"  status:\n    - value: held\n      cite:\n        - source: plan\n          quote: \"{sentence}\"\n"
    sources = PLAN_SOURCES.format(published="2024-09") + f"  language: {language}\n"
    root = project(status, claim, **{"seeds/plan.txt": PLAN + sentence + "\n", "content/sources.yaml": sources})
    result, diagnostics = built(root)
    assert result.ok and [d for d in diagnostics if "hedge" in d] == [
        f"content/forums.yaml:5:7: warning: status 'held' of forum 'astana-forum-2024' rests only on quotes that "
        f"hedge it ({hedge})\n    hint: the page shows the status as a fact: cite a source that confirms it, or "
        "leave 'status' out"]


def test_a_status_stated_alone_or_beside_an_earlier_one_does_not_warn(project):
    for status, sentence in (("planned", "The forum will be held in Astana"),
                             ("held", "The planned forum took place in Astana.")):
        claim = f"    - text: Said of the forum.\n      cite:\n        - source: plan\n          quote: \"{sentence}\"\n"
        # A plan from a source of before the forum (one of after it warns that it still plans it: planned_since).
        root = project(f"  status: {status}\n", claim, published="2024-07" if status == "planned" else "2024-09",
                       **{"seeds/plan.txt": PLAN + ("" if sentence in PLAN else sentence + "\n")})
        assert built(root, strict=True)[1] == [], status


@pytest.mark.parametrize("status, sentence", [
    ("planned", "The leaders will meet in Astana to sign the long-delayed trade pact."),
    ("held", "Ministers hailed the long-delayed trade pact."),  # beside "the forum met": no dispute
])
def test_a_long_delayed_thing_neither_warns_nor_disputes_the_status(project, status, sentence):
    claim = f"    - text: Said of the forum.\n      cite:\n        - source: plan\n          quote: \"{sentence}\"\n"
    root = project(f"  status: {status}\n", claim, published="2024-07" if status == "planned" else "2024-09",
                   **{"seeds/plan.txt": PLAN + sentence + "\n"})
    assert built(root, strict=True)[1] == []


@pytest.mark.parametrize("sentence", [
    "The postponed forum has not been given a new date.",
    "Organisers have not set a new date for the postponed forum.",
    "The delayed forum is now expected in 2025.",
    "The postponed forum was originally scheduled for 9 August.",
])
def test_a_postponed_status_rests_on_a_participle_before_the_events_noun(project, sentence):
    status = f"  status:\n    - value: postponed\n      cite:\n        - source: plan\n          quote: \"{sentence}\"\n"
    root = project(status, published="2024-09", **{"seeds/plan.txt": PLAN + sentence + "\n"})
    result, diagnostics = built(root)
    assert result.ok and not [d for d in diagnostics if "not stated" in d or "also says" in d], diagnostics


def test_statuses_with_their_own_citations_make_a_dispute(project):
    root = project(DISPUTED_STATUS)
    result, diagnostics = built(root)
    assert result.ok and diagnostics == [
        "content/forums.yaml:5:5: warning: sources disagree on the status of forum 'astana-forum-2024'\n"
        "    hint: acknowledge it in content/disputes.yaml with id 'astana-forum-2024-status' "
        "and a neutral question, or add a resolution"]
    field = status_field(root)
    assert re.split(r'<span class="or">or</span>', field)[0].startswith('<span class="value">Planned</span>')
    assert '<span class="value">Held</span>' in field and '<span class="badge disputed">disputed</span>' in field
    for path, line in forum_lines(root).items():
        assert '<span class="status status-disputed">Status disputed: planned or held</span>' in line, path
    html = page(root, "events/astana-forum-2024/index.html")
    assert '<section class="dispute" id="dispute-astana-forum-2024-status">' in html
    event = next(r for r in json.loads(page(root, "data/briefgen.json"))["records"] if r["id"] == "astana-forum-2024")
    assert event["status"]["value"] == "disputed" and event["status"]["disputed"] is True
    assert [(v["value"], [c["source"] for c in v["cite"]]) for v in event["status"]["values"]] == [
        ("planned", ["plan"]), ("held", ["article"])]


def test_an_acknowledged_status_dispute_builds_strict(project):
    root = project(DISPUTED_STATUS, **{"content/disputes.yaml": """\
        - id: astana-forum-2024-status
          question: Did the Astana Forum take place?
        """})
    result, diagnostics = built(root, strict=True)
    assert result.ok and diagnostics == []
    assert re.search(r"<h([23])[^>]*>Disputed: Did the Astana Forum take place\?</h\1>",
                     page(root, "events/astana-forum-2024/index.html"))


RESOLVED_STATUS = """\
- id: astana-forum-2024-status
  question: Did the Astana Forum take place?
  resolution:
    text: The report of the forum meeting came after the plan.
    cite:
      - source: article
        quote: "On 9 August 2024, the forum met in Astana"
"""


def test_a_resolved_status_dispute_is_marked_resolved_not_disputed_wherever_the_status_is_shown(project):
    """As a resolved date is: the page and every list give both statuses with the "resolved" mark, the
    timeline files the entry under "resolved", its Event tells neither status, and the data say the same,
    with the resolution. The badge had said "disputed" everywhere but the dispute box."""
    root = project(DISPUTED_STATUS, **{"content/disputes.yaml": RESOLVED_STATUS})
    result, diagnostics = built(root, strict=True)
    assert result.ok and diagnostics == []
    field = status_field(root)
    assert '<span class="value">Planned</span>' in field and '<span class="value">Held</span>' in field
    assert '<span class="badge resolved">resolved</span>' in field and "disputed" not in field
    for path, line in forum_lines(root).items():
        assert ('<span class="status status-resolved">Planned or held</span> '
                '<span class="badge resolved">resolved</span>') in line, path
        assert "disputed" not in line.lower(), path
    timeline = page(root, "timeline/index.html")
    assert re.findall(r'data-status="([a-z-]+)"', timeline) == ["resolved"]
    assert '<option value="resolved">Status dispute resolved</option>' in timeline
    html = page(root, "events/astana-forum-2024/index.html")
    jsonld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    [event_node] = [node for node in jsonld["@graph"] if node["@type"] == "Event"]
    assert "eventStatus" not in event_node
    event = next(r for r in json.loads(page(root, "data/briefgen.json"))["records"] if r["id"] == "astana-forum-2024")
    assert event["status"]["value"] == "resolved" and event["status"]["disputed"] is False
    assert [v["value"] for v in event["status"]["values"]] == ["planned", "held"]
    resolution = event["status"]["resolution"]
    assert resolution["text"] == "The report of the forum meeting came after the plan."
    assert [c["source"] for c in resolution["cite"]] == ["article"]
    [row] = csv.DictReader(io.StringIO(page(root, "data/forum.csv")))
    assert (row["status"], row["disputed"]) == ("resolved", "resolved")


def test_an_unresolved_status_dispute_carries_no_resolution_in_the_data(project):
    root = project(DISPUTED_STATUS, **{"content/disputes.yaml": RESOLVED_STATUS.split("  resolution:")[0]})
    assert built(root, strict=True)[0].ok
    event = next(r for r in json.loads(page(root, "data/briefgen.json"))["records"] if r["id"] == "astana-forum-2024")
    assert event["status"]["value"] == "disputed" and "resolution" not in event["status"]
    [row] = csv.DictReader(io.StringIO(page(root, "data/forum.csv")))
    assert (row["status"], row["disputed"]) == ("disputed", "yes")


def test_a_status_given_twice_is_an_error(project):
    twice = DISPUTED_STATUS.replace("value: planned", "value: held").replace(
        "quote: \"The forum will be held in Astana\"", "quote: \"The forum was postponed.\"")
    errors = [d.message for d in check(project(twice)).diagnostics.errors]
    assert "status Held of forum 'astana-forum-2024' is given twice (values 1 and 2)" in errors


def test_a_source_published_before_the_event_is_marked_reported_before_the_event(project):
    root = project("  status: planned\n", PLAN_CLAIM, published="2024-07")
    result, diagnostics = built(root, strict=True)
    assert result.ok and diagnostics == []
    field = status_field(root)
    # Citations are numbered per page in order of first use: the date's source (article) is [1].
    assert ('data-source="plan" data-pagefind-ignore><span class="cite-n">[2]</span><span class="cite-label"> plan</span>'
            '<span class="cite-timing">, reported before the event</span>') in field
    html = page(root, "events/astana-forum-2024/index.html")
    article_cite = re.search(r'<a class="cite" [^>]*data-source="article"[^>]*>.*?</a>', html).group()
    assert "reported before the event" not in article_cite
    event = next(r for r in json.loads(page(root, "data/briefgen.json"))["records"] if r["id"] == "astana-forum-2024")
    assert [c["reported_before_event"] for c in event["status"]["values"][0]["cite"]] == [True]


@pytest.mark.parametrize("published", ["2024", "2024-08", "2024-08-09"])
def test_a_publication_date_that_may_fall_on_or_after_the_event_is_not_before_it(project, published):
    root = project("  status: planned\n", PLAN_CLAIM, published=published)
    result, _ = built(root, strict=True)
    assert result.ok and "reported before the event" not in page(root, "events/astana-forum-2024/index.html")


def test_held_resting_only_on_sources_published_before_the_event_is_a_warning(project):
    met_early = PLAN + "Delegates met in Astana.\n"
    claim = "    - text: Delegates met.\n      cite:\n        - source: plan\n          quote: \"Delegates met in Astana.\"\n"
    root = project("  status:\n    - value: held\n      cite:\n        - source: plan\n"
                   "          quote: \"Delegates met in Astana.\"\n", claim, **{"seeds/plan.txt": met_early})
    result, diagnostics = built(root)
    assert result.ok and diagnostics == [
        "content/forums.yaml:5:7: warning: status 'held' of forum 'astana-forum-2024' rests only on sources "
        "published before the event\n    hint: a source written beforehand can only report a plan: cite one "
        "published after the event, or write status: planned"]
    later = project("  status:\n    - value: held\n      cite:\n        - source: plan\n"
                    "          quote: \"Delegates met in Astana.\"\n", claim, published="2024-09",
                    **{"seeds/plan.txt": met_early})
    assert built(later, strict=True)[1] == []


def test_a_plan_whose_date_the_brief_has_passed_is_a_warning(project):
    """Planned for 9 August 2024, in a brief whose newest source is of
    September 2024: the site would show as to come what the news has moved past."""
    status = "  status:\n    - value: planned\n      cite:\n        - source: plan\n" \
             "          quote: \"The forum will be held in Astana\"\n"
    newer = {"seeds/later.txt": "Later\nPort news of the autumn.\n",
             "content/sources.yaml": PLAN_SOURCES.format(published="2024-07")
             + "- id: later\n  title: Later\n  published: 2024-09-02\n"}
    root = project(status, PLAN_CLAIM, **newer)
    result, diagnostics = built(root)
    assert result.ok
    assert [d for d in diagnostics if "out of date" in d] == [
        "content/forums.yaml:5:5: warning: forum 'astana-forum-2024' is planned for 2024-08-09, as sources "
        "published before then say, and the brief's newest source (2024-09-02) is later: its status may be out "
        "of date\n"
        "    hint: cite a source published since that says whether it took place, was put off or called off, "
        "and write that status (held, postponed, cancelled)"]
    # The analyst sees it too, wherever the event is listed.
    timeline = page(root, "timeline/index.html")
    entry = re.search(r'<li data-kind="forum"[^>]*>.*?</li>', timeline, flags=re.S).group()
    assert '<span class="badge overtaken">reported before the event</span>' in entry
    # Until the brief stands past the event, a plan is what it is.
    on_the_day = project(status, PLAN_CLAIM, **{**newer, "content/sources.yaml": newer["content/sources.yaml"]
                                                .replace("published: 2024-09-02", "published: 2024-08-09")})
    assert [d for d in built(on_the_day)[1] if "out of date" in d] == []
    assert "badge overtaken" not in page(on_the_day, "timeline/index.html")
    # A source published since that still calls it planned speaks for the plan (the event moved, say).
    still = project(status, PLAN_CLAIM, published="2024-09", **newer | {
        "content/sources.yaml": PLAN_SOURCES.format(published="2024-09")
        + "- id: later\n  title: Later\n  published: 2024-09-02\n"})
    assert [d for d in built(still)[1] if "out of date" in d] == []


@pytest.mark.parametrize("published, warned", [("2024-09", True), ("2024-08", False), ("2024-07", False)])
def test_a_plan_told_by_a_source_published_after_the_events_date_is_a_warning(project, published, warned):
    """A forum of 9 August 2024 given as planned from a source of September 2024 was shown as "Planned" with no
    word: a source published after the day cannot tell of it as still to come (the event moved, or the quote
    retells the plan). A source of August, which may be of the days before, is no such source."""
    status = "  status:\n    - value: planned\n      cite:\n        - source: plan\n" \
             "          quote: \"The forum will be held in Astana\"\n"
    result, diagnostics = built(project(status, PLAN_CLAIM, published=published))
    assert result.ok
    expected = ["content/forums.yaml:8:18: warning: forum 'astana-forum-2024' is planned for 2024-08-09, and source "
                f"'plan', published {published}, after that date, still tells it as to come: the event may have "
                "moved, or the quote retells the plan after the fact\n"
                "    hint: give the date that source plans it for (with status: postponed from the first date, "
                "where a source says so), or cite a passage that says what became of it"]
    assert [d for d in diagnostics if "still tells it as to come" in d] == (expected if warned else [])


def test_the_data_file_marks_a_plan_the_news_has_moved_past_as_the_timeline_does(project):
    """The timeline marks a forum planned for 9 August 2024 in a brief whose
    newest source is of 2 September; a script reading data/briefgen.json
    took it for a plan still to come. The status now says `overtaken`, and
    the file the date it is judged at, as the references' "as of" does."""
    import jsonschema
    status = "  status:\n    - value: planned\n      cite:\n        - source: plan\n" \
             "          quote: \"The forum will be held in Astana\"\n"
    later = "- id: later\n  title: Later\n  published: {published}\n"
    sources = PLAN_SOURCES.format(published="2024-07") + later
    for as_of, overtaken in (("2024-09-02", True), ("2024-08-09", False)):
        root = project(status, PLAN_CLAIM, **{"seeds/later.txt": "Later\nPort news of the autumn.\n",
                                              "content/sources.yaml": sources.format(published=as_of)})
        assert built(root)[0].ok
        data = json.loads(page(root, "data/briefgen.json"))
        event = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
        assert (data["as_of"], event["status"]["value"], event["status"]["overtaken"]) == (as_of, "planned", overtaken)
        assert ("badge overtaken" in page(root, "timeline/index.html")) is overtaken
        schema = json.loads(page(root, "data/briefgen.schema.json"))
        assert [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)] == []


def test_a_plan_passed_only_by_source_date_epoch_does_not_name_a_source_of_that_day(project, monkeypatch):
    """A build pinned to 2 September 2024 (SOURCE_DATE_EPOCH) stands past a
    forum planned for 9 August that every source, of July, tells as to
    come: the warning names the epoch's date as the brief's, not as a
    source of the brief's, which the editor would look for in vain."""
    status = "  status:\n    - value: planned\n      cite:\n        - source: plan\n" \
             "          quote: \"The forum will be held in Astana\"\n"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1725235200")  # 2024-09-02
    result, diagnostics = built(project(status, PLAN_CLAIM))
    assert result.ok
    assert [d.splitlines()[0] for d in diagnostics if "out of date" in d] == [
        "content/forums.yaml:5:5: warning: forum 'astana-forum-2024' is planned for 2024-08-09, as sources "
        "published before then say, and the date the brief stands at (2024-09-02, from SOURCE_DATE_EPOCH) is "
        "later: its status may be out of date"]


def test_the_overtaken_mark_follows_a_sources_publication_date_in_a_rebuild(project, tmp_path):
    """The mark rests on when each source stating the plan was published: a
    rebuild after that date changes makes the timeline again, as a clean build does."""
    status = "  status:\n    - value: planned\n      cite:\n        - source: plan\n" \
             "          quote: \"The forum will be held in Astana\"\n"
    later = "- id: later\n  title: Later\n  published: 2024-09-02\n"
    root = project(status, PLAN_CLAIM, **{"seeds/later.txt": "Later\nPort news of the autumn.\n",
                                          "content/sources.yaml": PLAN_SOURCES.format(published="2024-07") + later})
    assert built(root)[0].ok and "badge overtaken" in page(root, "timeline/index.html")
    (root / "content" / "sources.yaml").write_text(PLAN_SOURCES.format(published="2024-08-20") + later,
                                                   encoding="utf-8")
    assert built(root)[0].ok
    clean = build(root, out=tmp_path / "clean", clean=True)
    assert clean.ok
    assert page(root, "timeline/index.html") == (tmp_path / "clean" / "timeline" / "index.html").read_text(
        encoding="utf-8")
    assert "badge overtaken" not in page(root, "timeline/index.html")
