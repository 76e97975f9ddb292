"""A quote cut from a sentence that denies, doubts or hedges it is a warning
at the quote: its words are in the source, but the source does not assert
them."""
import pytest

from briefgen import check
from conftest import write_project

FORUM = """\
- id: riverton-summit
  name: Riverton Summit
  date: 2026-04-09
  status: held
  countries: [kz]
  claims:
    - text: The summit in Riverton took place on 9 April 2026.
      cite:
        - source: wire
          quote: "{quote}"
"""


def project(tmp_path, sentence: str, quote: str, language: str = "en"):
    return write_project(tmp_path / "brief", {
        "seeds/wire.txt": f"Wire report\nLeaders gathered. {sentence} More talks follow.\n",
        "content/sources.yaml": f"- id: wire\n  title: Wire report\n  publisher: Example Wire\n  language: {language}\n",
        "content/countries.yaml": "- id: kz\n  name: Kazakhstan\n  focus: true\n",
        "content/forums.yaml": FORUM.format(quote=quote),
    })


def warnings(root) -> list[str]:
    result = check(root)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return [d.format() for d in result.diagnostics.warnings]


QUOTE = "the summit in Riverton took place on 9 April 2026"


@pytest.mark.parametrize("sentence, why", [
    ("It is not true that the summit in Riverton took place on 9 April 2026.", "does not say the event was held"),
    ("Officials denied that the summit in Riverton took place on 9 April 2026.", "does not say the event was held"),
    ("Rumours that the summit in Riverton took place on 9 April 2026 proved false.",
     "does not say the event was held"),
    ("There is no evidence that the summit in Riverton took place on 9 April 2026.",
     "denies or doubts this quote"),
    ("Some say the summit in Riverton took place on 9 April 2026, a claim the ministry denied.",
     "does not say the event was held"),
    ("Reportedly, the summit in Riverton took place on 9 April 2026.", "hedges this quote (reportedly)"),
])
def test_a_quote_cut_from_a_denying_or_doubting_sentence_is_a_warning(tmp_path, sentence, why):
    root = project(tmp_path, sentence, QUOTE)
    assert warnings(root) == [
        f"content/forums.yaml:10:18: warning: the source's sentence {why}: \"{sentence}\"\n"
        "    hint: quote the whole sentence, and let the claim say what the source says "
        "(that it is denied, doubted or only reported)"]


def test_a_negation_just_before_an_amount_is_a_warning(tmp_path):
    root = write_project(tmp_path / "brief", {
        "seeds/wire.txt": "Wire report\nJapan did not pledge $1 billion for the airport.\n",
        "content/sources.yaml": "- id: wire\n  title: Wire report\n  publisher: Example Wire\n",
        "content/countries.yaml": "- id: jp\n  name: Japan\n  focus: true\n",
        "content/organisations.yaml": """\
- id: jica
  name: JICA
  claims:
    - text: Japan pledged $1 billion for the airport.
      cite:
        - source: wire
          quote: "pledge $1 billion for the airport"
""",
    })
    said = [d.message for d in check(root).diagnostics.warnings if "the source's sentence" in d.message]
    assert said == ["the source's sentence negates this quote just before it: "
                    "\"Japan did not pledge $1 billion for the airport.\""]


@pytest.mark.parametrize("sentence", [
    "In Riverton, the summit in Riverton took place on 9 April 2026 as planned.",
    "It was not until spring that the summit in Riverton took place on 9 April 2026.",
    "Officials said the summit in Riverton took place on 9 April 2026.",
])
def test_a_quote_its_sentence_asserts_is_no_warning(tmp_path, sentence):
    assert warnings(project(tmp_path, sentence, QUOTE)) == []


def test_a_denial_in_another_sentence_is_no_warning(tmp_path):
    root = project(tmp_path, "Nobody denied it. Then the summit in Riverton took place on 9 April 2026.", QUOTE)
    assert warnings(root) == []


@pytest.mark.parametrize("sentence, why", [
    ("It is not true that the summit in Riverton took place on 9 April 2026.", "denies or doubts this quote"),
    ("There is no evidence that the summit in Riverton took place on 9 April 2026.", "denies or doubts this quote"),
    ("Some say the summit in Riverton took place on 9 April 2026, a claim the ministry denied.",
     "denies or doubts this quote"),
    ("Rumours that the summit in Riverton took place on 9 April 2026 proved false.", "hedges this quote (rumours)"),
])
def test_a_claim_without_a_status_is_warned_of_an_english_denying_frame(tmp_path, sentence, why):
    root = project(tmp_path, sentence, QUOTE)
    edit = root / "content" / "forums.yaml"
    edit.write_text(edit.read_text(encoding="utf-8").replace("  status: held\n", ""), encoding="utf-8")
    assert [w.split("\n")[0] for w in warnings(root)] == [
        f"content/forums.yaml:9:18: warning: the source's sentence {why}: \"{sentence}\""]


def test_a_hedge_is_read_in_the_sources_language(tmp_path):
    sentence = "По сообщениям СМИ, саммит в Ривертоне состоялся 9 апреля 2026 года."
    root = write_project(tmp_path / "brief", {
        "seeds/wire.txt": f"Сводка\n{sentence}\n",
        "content/sources.yaml": "- id: wire\n  title: Сводка\n  publisher: Example Wire\n  language: ru\n",
        "content/countries.yaml": "- id: kz\n  name: Kazakhstan\n  focus: true\n",
        "content/forums.yaml": FORUM.replace("  status: held\n", "").format(
            quote="саммит в Ривертоне состоялся 9 апреля 2026 года"),
    })
    said = [d.message for d in check(root).diagnostics.warnings if "the source's sentence" in d.message]
    assert said == [f"the source's sentence hedges this quote (по сообщениям сми): \"{sentence}\""]


FIGURE = """\
- id: guarantee
  name: Guarantee
  amount: 300000000000
  currency: JPY
  claims:
    - text: "{quote}"
      cite:
        - source: wire
          quote: "{quote}"
"""


@pytest.mark.parametrize("language, sentence, quote", [
    ("pl", "Rzecznik zaprzeczył jednak, że Skarb Państwa udzieli gwarancji na 300 mld jenów.",
     "Skarb Państwa udzieli gwarancji na 300 mld jenów"),
    ("pl", "Nie wiadomo, czy Skarb Państwa udzieli gwarancji na 300 mld jenów.",
     "Skarb Państwa udzieli gwarancji na 300 mld jenów"),
    ("id", "Namun, Bappenas membantah bahwa pinjaman 300 miliar yen sudah disepakati.",
     "pinjaman 300 miliar yen sudah disepakati"),
    ("id", "Pemerintah menepis kabar bahwa pinjaman 300 miliar yen sudah disepakati.",
     "pinjaman 300 miliar yen sudah disepakati"),
])
def test_a_quote_cut_from_a_polish_or_indonesian_denial_is_a_warning(tmp_path, language, sentence, quote):
    assert [w.split("\n")[0] for w in warnings(_cut_from(tmp_path, language, sentence, quote))] == [
        f"content/figures.yaml:9:18: warning: the source's sentence denies or doubts this quote: \"{sentence}\""]


@pytest.mark.parametrize("language, sentence, quote", [
    ("pl", "Rzecznik potwierdził, że Skarb Państwa udzieli gwarancji na 300 mld jenów.",
     "Skarb Państwa udzieli gwarancji na 300 mld jenów"),
    ("id", "Bappenas memastikan bahwa pinjaman 300 miliar yen sudah disepakati.",
     "pinjaman 300 miliar yen sudah disepakati"),
])
def test_a_quote_cut_from_a_polish_or_indonesian_confirmation_is_not(tmp_path, language, sentence, quote):
    assert warnings(_cut_from(tmp_path, language, sentence, quote)) == []


def _cut_from(tmp_path, language: str, sentence: str, quote: str):
    """A brief whose figure cites `quote`, cut from `sentence` of a source in `language`."""
    return write_project(tmp_path / "brief", {
        "seeds/wire.txt": f"Report\nLeaders gathered. {sentence} More talks follow.\n",
        "content/sources.yaml": f"- id: wire\n  title: Report\n  publisher: Wire\n  language: {language}\n",
        "content/figures.yaml": FIGURE.format(quote=quote),
    })


def _figure_project(tmp_path, sentence: str, quote: str):
    return write_project(tmp_path / "brief", {
        "seeds/wire.txt": f"Wire report\nTalks went on. {sentence} More talks follow.\n",
        "content/sources.yaml": "- id: wire\n  title: Wire report\n  publisher: Example Wire\n",
        "content/countries.yaml": "- id: cl\n  name: Chile\n  focus: true\n",
        "content/figures.yaml": f"""\
- id: frigates
  name: Frigate deal
  amount: 2000000000
  currency: USD
  claims:
    - text: The deal is worth $2 billion.
      cite:
        - source: wire
          quote: "{quote}"
""",
    })


# An amount quoted without the bound its sentence gives it reads as exact: "$2 billion" of "up to $2 billion".
@pytest.mark.parametrize("sentence, quote, bound", [
    ("Chile is set to sign a deal worth up to $2 billion with Hanwha Ocean.", "$2 billion with Hanwha Ocean",
     "up to $2 billion"),
    ("Chile will pay more than $2 billion for the ships.", "$2 billion for the ships", "more than $2 billion"),
    ("The ships will cost $2 billion or more.", "The ships will cost $2 billion", "$2 billion or more"),
])
def test_an_amount_cut_from_its_bound_is_a_warning(tmp_path, sentence, quote, bound):
    said = [d.message for d in check(_figure_project(tmp_path, sentence, quote)).diagnostics.warnings
            if "the source's sentence" in d.message]
    assert said == [f"the source's sentence bounds this quote's amount ({bound}): \"{sentence}\""]


@pytest.mark.parametrize("sentence, quote", [
    ("Chile will pay $2 billion for the ships, up from $1.5 billion.", "Chile will pay $2 billion"),
    ("The price rose from $1.5 billion to $2 billion after the talks.", "$2 billion after the talks"),
])
def test_an_exact_amount_cut_from_its_sentence_is_no_warning(tmp_path, sentence, quote):
    assert [d.message for d in check(_figure_project(tmp_path, sentence, quote)).diagnostics.warnings
            if "the source's sentence" in d.message] == []


# A correction tells what an earlier version said only to take it back.
def test_a_quote_of_what_a_correction_takes_back_is_a_warning(tmp_path):
    sentence = "An earlier version of this story said the deal was worth $2 billion; it is worth $200 million."
    said = [d.message for d in check(_figure_project(tmp_path, sentence, "the deal was worth $2 billion"))
            .diagnostics.warnings if "the source's sentence" in d.message]
    assert said == ["the source's sentence denies or doubts this quote: "
                    "\"An earlier version of this story said the deal was worth $2 billion;\""]


def statement(tmp_path, sentence: str, quote: str) -> list[str]:
    """The warnings about the quote of an organisation's claim cut from `sentence`."""
    root = write_project(tmp_path / "brief", {
        "seeds/wire.txt": f"Wire report\nLeaders gathered. {sentence} More talks follow.\n",
        "content/sources.yaml": "- id: wire\n  title: Wire report\n  publisher: Example Wire\n",
        "content/countries.yaml": "- id: jp\n  name: Japan\n  focus: true\n",
        "content/organisations.yaml": f"""\
- id: jica
  name: JICA
  claims:
    - text: JICA is part of it.
      cite:
        - source: wire
          quote: "{quote}"
""",
    })
    return [d.message for d in check(root).diagnostics.warnings if "the source's sentence" in d.message]


@pytest.mark.parametrize("sentence, quote, plan", [
    ("At the summit, the two states are set to sign the water agreement.", "sign the water agreement", "set to"),
    ("Japan will host the next summit in Riverton.", "host the next summit in Riverton", "will"),
    ("Japan will also host the next summit in Riverton.", "host the next summit in Riverton", "will also"),
    ("The new railway may cost $2 billion.", "cost $2 billion", "may"),
    ("Officials said the ministers planned to sign the deal.", "sign the deal", "planned to"),
])
def test_a_quote_cut_just_after_the_words_that_make_it_a_plan_is_a_warning(tmp_path, sentence, quote, plan):
    """Cut from "are set to", "sign the water agreement" reads as a deed: a claim
    that the states signed it would seem proved by the source."""
    assert statement(tmp_path, sentence, quote) == [
        f"the source's sentence makes this quote only planned or possible ({plan}): \"{sentence}\""]


@pytest.mark.parametrize("sentence, quote", [
    ("Japan will host the next summit in Riverton.", "will host the next summit in Riverton"),  # kept
    ("Leaders praised the planned summit in Riverton.", "summit in Riverton"),  # an adjective, planning nothing
    ("In May the summit in Riverton took place.", "the summit in Riverton took place"),  # the month
    ("The ministers set up a fund for the river.", "up a fund for the river"),  # "set" plans only before "to"
    ("The states signed the agreement, which will take effect in May.", "the agreement"),  # another clause's will
    ("Japan's plans for the port were unveiled in Riverton.", "for the port were unveiled in Riverton"),  # nouns
    ("The pledge of $1 billion was met in full.", "of $1 billion was met in full"),
])
def test_a_quote_cut_from_a_sentence_of_intent_that_keeps_or_has_none_before_it_is_no_warning(tmp_path, sentence,
                                                                                               quote):
    assert statement(tmp_path, sentence, quote) == []
