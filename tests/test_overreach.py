"""The claim-overreach check: words of a claim that none of its quotes
supports. Numbers and names are warnings at the claim text; other content
words only appear in `briefgen check --overreach`."""
import json
import os
import shutil
import sys
import subprocess
import time
import unicodedata

import pytest

from briefgen import check
from briefgen.cli import main
from briefgen.claimreader import _APART, vocabulary

ARTICLE = """\
Forum report
On 9 August 2024, the forum met in Astana. More than 350 companies took part.
Japan pledged 1 billion dollars for an airport in Uzbekistan.
Sojitz signed the contract. The inaugural forum was organised by the ministry.
"""


BASE = ("The forum met in Astana on 9 August 2024.", "On 9 August 2024, the forum met in Astana")


def forum(*claims: tuple[str, str], countries: str = "[kz, jp]") -> dict:
    """A project whose forum makes BASE, then the given (text, quote) claims."""
    items = "".join(
        f"""
    - text: "{text}"
      cite:
        - source: article
          quote: "{quote}"
""" for text, quote in (BASE, *claims))
    return {
        "seeds/article.txt": ARTICLE,
        "content/figures.yaml": None,
        "content/forums.yaml": f"""\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
  countries: {countries}
  claims:{items}""",
    }


def warnings(root):
    return [d for d in check(root).diagnostics.warnings if "none of its quotes" in d.message]


def report(root, capsys, *options) -> str:
    capsys.readouterr()
    assert main(["--root", str(root), "check", "--overreach", *options]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("text, quote", [
    # word order, inflection and stop words
    ("The forum met in Astana on 9 August 2024.", "On 9 August 2024, the forum met in Astana"),
    ("Over 350 companies took part.", "More than 350 companies took part."),
    # the same amount written another way
    ("Japan pledged $1 billion for an airport in Uzbekistan.",
     "Japan pledged 1 billion dollars for an airport in Uzbekistan."),
    # a date at the quote's precision or coarser
    ("The forum met in August 2024.", "On 9 August 2024, the forum met in Astana"),
    # stemming: signed ~ signing; attribution and "one" are not facts
    ("According to one report, Sojitz is signing the contract.", "Sojitz signed the contract."),
    # a sentence-opening ordinary word is not a name
    ("Organised by the ministry, the forum was inaugural.", "The inaugural forum was organised by the ministry."),
    # a name supported by the name it extends: Japanese ~ Japan
    ("The Japanese pledge was for an airport.", "Japan pledged 1 billion dollars for an airport"),
])
def test_a_fair_paraphrase_gives_no_warning(make_project, capsys, text, quote):
    root = make_project(forum((text, quote)))
    assert warnings(root) == []
    assert "forum 'astana-forum-2024'" not in report(root, capsys)


@pytest.mark.parametrize("text, quote, said", [
    ("More than 400 companies took part.", "More than 350 companies took part.", "numbers More than 400"),
    ("Japan pledged ¥1 billion for an airport.", "Japan pledged 1 billion dollars for an airport",
     "numbers ¥1 billion"),
    ("The forum met in Astana on 10 August 2024.", "On 9 August 2024, the forum met in Astana", "numbers 10"),
    ("The first forum was organised by the ministry.", "The inaugural forum was organised by the ministry.",
     "numbers first"),
    ("The forum met in Astana, with the Sixth Consultative Meeting.", "the forum met in Astana",
     "numbers Sixth; names Consultative, Meeting"),
    ("Sojitz signed the contract with Mitsubishi.", "Sojitz signed the contract.", "names Mitsubishi"),
    ("Mitsubishi Corporation signed the contract.", "Sojitz signed the contract.", "names Mitsubishi, Corporation"),
    ("Astana hosted the forum.", "The inaugural forum was organised by the ministry.", "names Astana"),
    # a made-up name that starts with a common word of the quote is still a name no quote gives
    ("The inaugural forum was organised in Forumville.", "The inaugural forum was organised by the ministry.",
     "names Forumville"),
])
def test_an_unsupported_number_or_name_is_a_warning_at_the_claim_text(make_project, text, quote, said):
    root = make_project(forum((text, quote)))
    found = warnings(root)
    assert [str(d.location) for d in found] == ["content/forums.yaml:11:13"]
    assert found[0].message == (f"claim 2 of forum 'astana-forum-2024' states what none of its quotes does: {said}")
    assert "--overreach" in found[0].hint


@pytest.mark.parametrize("text, said", [
    # the publisher of the source it cites (sources.yaml: Example News), which the claim credits
    ("Sojitz signed the contract, Example News reported.", []),
    ("According to Example News, Sojitz signed the contract.", []),
    # another outlet, or a word of the publisher's name alone, is still a name no quote writes
    ("Sojitz signed the contract, the Astana Times reported.", ["names Astana, Times"]),
    ("Sojitz signed the contract in Example.", ["names Example"]),
])
def test_a_claim_may_name_the_publisher_of_a_source_it_cites(make_project, text, said):
    root = make_project(forum((text, "Sojitz signed the contract.")))
    assert [w.message.split(": ", 1)[1] for w in warnings(root)] == said


def test_a_sentence_opening_word_the_sources_lack_is_a_word_not_a_name(make_project, capsys):
    root = make_project(forum(("Hundreds of companies took part.", "More than 350 companies took part.")))
    assert warnings(root) == []
    assert "claim 2: words not in its quotes: Hundreds" in report(root, capsys)


def test_the_word_opening_the_paragraph_after_a_headline_is_no_name(make_project, capsys):
    """A headline has no full stop: its paragraph's end is no space inside a sentence."""
    article = "Port strike ends after three weeks\nDockworkers returned to work after union leaders signed a deal.\n"
    root = make_project({**forum(("Dockworkers ended the strike after union leaders signed a deal.",
                                  "union leaders signed a deal")), "seeds/port.txt": article})
    forums = (root / "content/forums.yaml").read_text()
    (root / "content/forums.yaml").write_text(forums.replace("source: article\n          quote: \"union",
                                                             "source: port\n          quote: \"union"))
    assert warnings(root) == []
    assert "words not in its quotes: Dockworkers, ended, strike" in report(root, capsys)


def test_other_content_words_are_reported_not_warned(make_project, capsys):
    root = make_project(forum(("Japan pledged $1 billion for an airport alliance in Uzbekistan.",
                               "Japan pledged 1 billion dollars for an airport in Uzbekistan.")))
    assert warnings(root) == []
    out = report(root, capsys)
    assert ("content/forums.yaml:11:13: forum 'astana-forum-2024' claim 2: words not in its quotes: alliance"
            in out.splitlines())
    assert out.splitlines()[-1] == ("total: 1 of 2 claim texts say more than their quotes "
                                    "(0 numbers, 0 names, 1 other words)")


def test_json_report(make_project, capsys):
    root = make_project(forum(
        ("Sojitz signed a secret contract with Mitsubishi.", "Sojitz signed the contract.")))
    data = json.loads(report(root, capsys, "--format", "json"))
    assert data == {
        "claims": [{"id": "astana-forum-2024", "kind": "forum", "claim": 2, "field": "", "location": "content/forums.yaml:11:13",
                    "text": "Sojitz signed a secret contract with Mitsubishi.",
                    "numbers": [], "names": ["Mitsubishi"], "words": ["secret"], "denied": [],
                    "planned": [], "hedges": [], "former": [], "contradicted": [], "statuses": [], "stronger": []}],
        "totals": {"claims": 2, "flagged": 1, "numbers": 0, "names": 1, "words": 1},
    }


def test_strict_refuses_an_overreaching_claim(make_project, capsys):
    root = make_project(forum(("More than 400 companies took part.", "More than 350 companies took part.")))
    assert main(["--root", str(root), "check"]) == 0
    assert main(["--root", str(root), "check", "--strict"]) == 1
    assert "error: claim 2 of forum 'astana-forum-2024' states what none of its quotes does: numbers More than 400" \
        in capsys.readouterr().err


def test_a_linked_country_may_be_named_but_not_another(make_project):
    claim = ("The forum met in Astana, Kazakhstan.", "the forum met in Astana")
    assert warnings(make_project(forum(claim, countries="[kz, jp]"))) == []
    [warning] = warnings(make_project(forum(claim, countries="[jp]"), name="unlinked"))
    assert warning.message.endswith("names Kazakhstan")


def test_a_linked_country_may_be_named_by_its_initials(make_project):
    countries = ("- id: eu\n  name: European Union\n  type: bloc\n"
                 "- id: kz\n  name: Kazakhstan\n- id: jp\n  name: Japan\n")
    claim = ("The EU met in Astana.", "the forum met in Astana")
    assert warnings(make_project({**forum(claim, countries="[eu, jp]"), "content/countries.yaml": countries})) == []
    [warning] = warnings(make_project({**forum(claim, countries="[kz, jp]"), "content/countries.yaml": countries},
                                      name="unlinked"))
    assert warning.message.endswith("names EU")


def test_a_linked_country_opening_a_claim_is_not_reported_as_another_word(make_project, capsys):
    root = make_project(forum(("Kazakhstan hosted the forum in Astana.", "the forum met in Astana"),
                              countries="[kz, jp]"))
    assert warnings(root) == []
    assert "words not in its quotes: hosted" in report(root, capsys)
    assert "Kazakhstan" not in report(root, capsys)


def test_a_claim_naming_a_country_whose_file_failed_is_not_warned_of_as_well(make_project):
    claim = ("The forum met in Astana, Kazakhstan.", "the forum met in Astana")
    files = forum(claim, countries="[kz, jp]")
    files["content/countries.yaml"] = "- id: kz\n  name: [Kazakhstan\n"
    diagnostics = check(make_project(files)).diagnostics
    assert [d.message.split(":")[0] for d in diagnostics.errors] == ["invalid YAML"]
    assert warnings(make_project(files)) == []


def first_forum_dispute(calls: str, resolution: str = "") -> str:
    """A dispute over the forum whose first position says the report `calls` it so."""
    return f"""\
        - id: first-forum
          question: Was it the first forum?
          positions:
            - record: astana-forum-2024
              text: The report calls it {calls}.
              cite:
                - source: article
                  quote: "The inaugural forum was organised by the ministry."
            - record: astana-forum-2024
              text: The report says the forum met in Astana.
              cite:
                - source: article
                  quote: "the forum met in Astana"
{resolution}        """


def test_dispute_positions_are_checked(make_project):
    files = forum()
    files["content/disputes.yaml"] = first_forum_dispute("the first forum")
    [warning] = warnings(make_project(files))
    assert str(warning.location) == "content/disputes.yaml:5:13"
    assert warning.message == "text 1 of dispute 'first-forum' states what none of its quotes does: numbers first"


def test_a_disputes_resolution_is_named_as_such(make_project, capsys):
    files = forum()
    files["content/disputes.yaml"] = first_forum_dispute("the inaugural forum", """\
          resolution:
            text: The report calls it the first of 3 forums.
            cite:
              - source: article
                quote: "The inaugural forum was organised by the ministry."
""")
    root = make_project(files)
    [warning] = warnings(root)
    assert warning.message == ("the resolution of dispute 'first-forum' states what none of its quotes does: "
                               "numbers 3, first")
    [item] = [c for c in json.loads(report(root, capsys, "--format", "json"))["claims"] if c["numbers"]]
    assert (item["kind"], item["claim"], item["field"]) == ("dispute", 3, "resolution")
    assert "dispute 'first-forum' resolution: numbers not in its quotes: 3, first" in report(root, capsys)


def test_a_pages_sentences_are_checked_against_the_quotes_cited_after_them(make_project, capsys):
    files = forum()
    files["pages/about.md"] = (
        "# About\n\n"
        "The forum met in Astana [[cite source=\"article\" quote=\"the forum met in Astana\"]]. "
        "Some 500 firms and Mitsubishi signed a secret deal [[cite source=\"article\" quote=\"Sojitz signed\"]].\n\n"
        "Sojitz signed the contract [[cite source=\"article\" quote=\"Sojitz signed the contract.\"]].\n")
    root = make_project(files)
    [warning] = warnings(root)
    assert str(warning.location) == "pages/about.md:3:84"  # where the sentence begins
    assert warning.message == ("the sentence before citation 2 of page 'about' states what none of its quotes "
                               "does: numbers Some 500; names Mitsubishi")  # "some" bounds it: about 500
    data = json.loads(report(root, capsys, "--format", "json"))
    assert data["claims"] == [{"id": "about", "kind": "page", "claim": 2, "field": "", "location": "pages/about.md:3:84",
                               "text": "Some 500 firms and Mitsubishi signed a secret deal",
                               "numbers": ["Some 500"], "names": ["Mitsubishi"], "words": ["firms", "secret", "deal"],
                               "denied": [], "planned": [], "hedges": [], "former": [],
                               "contradicted": [], "statuses": [], "stronger": []}]
    assert data["totals"]["claims"] == 4  # the forum's claim and the page's three sentences
    assert ("pages/about.md:3:84: page 'about' citation 2: numbers not in its quotes: Some 500; names not in its "
            "quotes: Mitsubishi; words not in its quotes: firms, secret, deal" in report(root, capsys).splitlines())
    assert main(["--root", str(root), "check", "--strict"]) == 1


def test_a_second_citation_in_a_sentence_backs_only_the_words_since_the_first(make_project):
    files = forum()
    files["pages/about.md"] = (
        "Japan pledged $1 billion [[cite source=\"article\" quote=\"Japan pledged 1 billion dollars\"]], "
        "and more than 350 companies took part [[cite source=\"article\" quote=\"More than 350 companies took part.\"]]."
        "\n")
    assert warnings(make_project(files)) == []


def test_a_list_items_sentence_starts_after_its_marker_and_at_its_own_item(make_project, capsys):
    files = forum()
    files["pages/about.md"] = (
        "# About\n\n"
        "- The forum met in Astana [[cite source=\"article\" quote=\"the forum met in Astana\"]]\n"
        "- Sojitz signed\n"
        "  1. The firm Mitsubishi signed the contract [[cite source=\"article\" quote=\"Sojitz signed the contract.\"]]\n")
    root = make_project(files)
    [warning] = warnings(root)
    assert str(warning.location) == "pages/about.md:5:6"  # the item's words, not its "1. " nor the item before
    data = json.loads(report(root, capsys, "--format", "json"))
    assert [c["text"] for c in data["claims"] if c["kind"] == "page"] == ["The firm Mitsubishi signed the contract"]


def test_a_heading_or_a_table_header_above_a_citation_is_no_part_of_its_sentence(make_project, capsys):
    files = forum()
    files["pages/about.md"] = (
        "# Results 2031\n\n"
        "## Talks in Geneva\n"
        "Sojitz signed the contract [[cite source=\"article\" quote=\"Sojitz signed the contract.\"]].\n\n"
        "| Claim | Mitsubishi |\n|---|:---:|\n"
        "| Sojitz signed | [[cite source=\"article\" quote=\"Sojitz signed the contract.\"]] |\n"
        "| Forum | Met in Oslo [[cite source=\"article\" quote=\"the forum met in Astana\"]] |\n")
    root = make_project(files)
    [warning] = warnings(root)
    assert str(warning.location) == "pages/about.md:9:3"  # its row's words, after the row's "| "
    assert warning.message.endswith("states what none of its quotes does: names Oslo")
    data = json.loads(report(root, capsys, "--format", "json"))
    assert [c["text"] for c in data["claims"] if c["kind"] == "page"] == ["Forum Met in Oslo"]
    assert data["totals"]["claims"] == 4  # the forum's claim and the page's three citations


def test_the_command_line_reports_through_the_module_entry_point(make_project):
    root = make_project(forum(("Sojitz signed a contract with Mitsubishi.", "Sojitz signed the contract.")))
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(root), "check", "--overreach"],
                          capture_output=True, text=True)
    assert done.returncode == 0
    assert "warning: claim 2 of forum 'astana-forum-2024' states what none of its quotes does" in done.stderr
    assert "names not in its quotes: Mitsubishi" in done.stdout


def test_a_claim_is_also_compared_with_the_editors_translation_of_its_quote(make_project):
    files = forum()
    files["seeds/bericht.txt"] = "Bericht\nDas Forum tagte in Astana. Sojitz unterzeichnete den Vertrag.\n"
    files["content/sources.yaml"] = """\
        - id: article
          title: Forum report
        - id: bericht
          title: Bericht
          language: de
        """
    files["content/forums.yaml"] += """
    - text: "Sojitz signed the contract."
      cite:
        - source: bericht
          quote: "Sojitz unterzeichnete den Vertrag."
          translation: "Sojitz signed the contract."
    - text: "Sojitz signed the contract with Mitsubishi."
      cite:
        - source: bericht
          quote: "Sojitz unterzeichnete den Vertrag."
          translation: "Sojitz signed the contract."
"""
    found = warnings(make_project(files))
    assert [d.message for d in found] == [
        "claim 3 of forum 'astana-forum-2024' states what none of its quotes does: names Mitsubishi"]


def test_a_brief_in_another_language_uses_its_stemmer_and_stop_words(make_project, capsys):
    files = {
        "briefgen.toml": '[site]\nlanguage = "de"\n',
        "seeds/bericht.txt": "Bericht\nAm 9. August 2024 tagte das Forum in Astana. Die Firmen unterzeichneten Verträge.\n",
        "content/sources.yaml": "- id: bericht\n  title: Bericht\n  language: de\n",
        "content/figures.yaml": None,
        "content/forums.yaml": """\
            - id: astana-forum-2024
              name: Astana Forum
              claims:
                - text: "Die Firma unterzeichnete einen Vertrag in Astana."
                  cite:
                    - source: bericht
                      quote: "Die Firmen unterzeichneten Verträge."
                - text: "Die Firmen unterzeichneten Verträge mit Mitsubishi."
                  cite:
                    - source: bericht
                      quote: "Die Firmen unterzeichneten Verträge."
            """,
    }
    root = make_project(files)
    # German capitalises every noun: a capital letter is not a name there, so
    # nothing warns; the German stemmer matches Vertrag/Verträge and
    # unterzeichnete/unterzeichneten, and "einen" is a German stop word.
    assert warnings(root) == []
    out = report(root, capsys)
    assert "Astana" in out and "claim 2: words not in its quotes: Mitsubishi" in out
    assert not any(word in out for word in ("Vertrag", "unterzeichnete", "einen"))


def test_amounts_in_the_briefs_language_are_compared_by_value(make_project):
    files = {
        "briefgen.toml": '[site]\nlanguage = "fr"\n',
        "seeds/pret.txt": "Prêt\nLa banque prête 1 200 millions d’euros à l’Ouzbékistan.\n",
        "content/sources.yaml": "- id: pret\n  title: Prêt\n  language: fr\n",
        "content/figures.yaml": None,
        "content/forums.yaml": """\
            - id: astana-forum-2024
              name: Astana Forum
              claims:
                - text: "La banque prête 1,2 milliard d’euros."
                  cite:
                    - source: pret
                      quote: "La banque prête 1 200 millions d’euros"
                - text: "La banque prête 1 300 millions d’euros."
                  cite:
                    - source: pret
                      quote: "La banque prête 1 200 millions d’euros"
            """,
    }
    assert [d.message for d in warnings(make_project(files))] == [
        "claim 2 of forum 'astana-forum-2024' states what none of its quotes does: numbers 1 300 millions d'euros"]


@pytest.mark.parametrize("claim, quote, said", [
    # a currency's sign in one, its noun in the other, the noun one several currencies share
    ("Pakistan will contribute 700 billion rupees.", "Pakistan will contribute Rs 700 billion.", []),
    ("Pakistan will contribute Rs 700 billion.", "Pakistan will contribute 700 billion rupees.", []),
    ("The UAE will invest 20 billion dirhams.", "The UAE will invest Dh20 billion.", []),
    ("The deal is worth £6.7 billion.", "The deal is worth 6.7 billion pounds.", []),
    ("Pakistan will contribute Rs 700 billion.", "Pakistan will contribute 700 billion Pakistani rupees.", []),
    # another currency, or a count, is still another amount
    ("Pakistan will contribute $700 billion.", "Pakistan will contribute 700 billion rupees.",
     ["numbers $700 billion"]),
    ("The UAE will invest 20 billion riyals.", "The UAE will invest Dh20 billion.", ["numbers 20 billion"]),
])
def test_an_amount_in_a_currencys_noun_is_its_sign_in_the_quote(make_project, claim, quote, said):
    assert overreach_messages(make_project(eldoret(claim, quote, None))) == said


@pytest.mark.parametrize("claim, quote, said", [
    # a unit of measure is never another: 1,511 miles is not 1,511 km, nor 2.4 MW 2.4 GW
    ("The pipeline runs 1,511 miles.", "The pipeline runs 1,511 km.", ["numbers 1,511"]),
    ("The pipeline runs 1,511 km.", "The pipeline runs 1,511 miles.", ["numbers 1,511"]),
    ("The port handles 20 million barrels.", "The port handles 20 million tonnes.", ["numbers 20 million"]),
    # a symbol and its name are one unit, and a count's nouns may reword each other
    ("The wind farm adds 1,000 megawatts.", "The wind farm adds 1,000 MW.", []),
    ("The pipeline runs 1,511 kilometers.", "The pipeline runs 1,511 km.", []),
    ("More than 350 firms took part.", "More than 350 companies took part.", []),
])
def test_an_amount_in_another_unit_of_measure_is_another_amount(make_project, claim, quote, said):
    assert overreach_messages(make_project(eldoret(claim, quote, None))) == said


def _station_forum(source: str, title: str, language: str, claims: str) -> dict:
    """A forum whose claims (YAML items) cite the one sentence of a source in `language`."""
    return {
        f"seeds/{source}.txt": f"{title}\n{STATION_QUOTES[language]}\n",
        "content/sources.yaml": f"- id: {source}\n  title: {title}\n  language: {language}\n",
        "content/figures.yaml": None,
        "content/forums.yaml": "- id: astana-forum-2024\n  name: Astana Forum\n  claims:\n" + claims,
    }


STATION_QUOTES = {"es": "El gobierno invertirá 4,5 millones de euros en una nueva estación.",
                  "mk": "Владата ќе инвестира повеќе од 4,5 милиони евра во нова станица."}


def test_a_quotes_amounts_are_read_in_its_own_language_too(make_project):
    """An English claim citing a Spanish quote with no translation: "4,5
    millones de euros" states 4.5 million euros (it warned 'numbers 4.5
    million euros', the quote read only by English rules); another amount
    still warns."""
    claims = "".join(f"""\
    - text: "The government will invest {amount} euros in a new station."
      cite:
        - source: obra
          quote: "{STATION_QUOTES['es']}"
""" for amount in ("4.5 million", "45 million"))
    assert [d.message for d in warnings(make_project(_station_forum("obra", "Obra", "es", claims)))] == [
        "claim 2 of forum 'astana-forum-2024' states what none of its quotes does: numbers 45 million euros"]


def test_a_quotes_amount_whose_bound_is_not_read_is_compared_with_its_translation(make_project):
    """Macedonian bounds are not read: 'повеќе од 4,5 милиони евра' would look
    exact by Macedonian rules, so a claim dropping its translation's 'more than' still warns."""
    claims = f"""\
    - text: "The government will invest 4.5 million euros in a new station."
      cite:
        - source: vest
          quote: "{STATION_QUOTES['mk']}"
          translation: "The government will invest more than 4.5 million euros in a new station."
"""
    assert [d.message for d in warnings(make_project(_station_forum("vest", "Вест", "mk", claims)))] == [
        "claim 1 of forum 'astana-forum-2024' states what none of its quotes does: numbers 4.5 million euros"]


def test_chinese_is_read_character_by_character_and_its_numbers_still_checked(make_project, capsys):
    files = {
        "briefgen.toml": '[site]\nlanguage = "zh-TW"\n',
        "seeds/tsmc.txt": "台積電\n台積電宣布在亞利桑那州投資逾650億美元，建造三座晶圓廠。\n",
        "content/sources.yaml": "- id: tsmc\n  title: 台積電\n  language: zh-TW\n",
        "content/figures.yaml": None,
        "content/forums.yaml": """\
            - id: astana-forum-2024
              name: Astana Forum
              claims:
                - text: "台積電承諾投資逾650億美元。"
                  cite:
                    - source: tsmc
                      quote: "投資逾650億美元"
                - text: "台積電承諾投資逾700億美元。"
                  cite:
                    - source: tsmc
                      quote: "投資逾650億美元"
            """,
    }
    root = make_project(files)
    # A reworded sentence is no "name"; a number the quote lacks still warns.
    assert [d.message for d in warnings(root)] == [
        "claim 2 of forum 'astana-forum-2024' states what none of its quotes does: numbers 逾700億美元"]
    # The characters it adds are listed as they stand together in the claim.
    assert "claim 1: words not in its quotes: 台積電承諾" in report(root, capsys)


def test_a_chinese_claim_in_the_other_script_than_its_quote_adds_no_words(make_project, capsys):
    """A brief in Simplified citing a Taiwan source (and the other way round) rewords nothing by its script."""
    files = {
        "briefgen.toml": '[site]\nlanguage = "zh"\n',
        "seeds/cna.txt": "對話延後\n據悉，台美雙方第5輪經濟對話將延後至下個月舉行。\n",
        "content/sources.yaml": "- id: cna\n  title: 對話延後\n  language: zh-Hant\n",
        "content/figures.yaml": None,
        "content/forums.yaml": """\
            - id: astana-forum-2024
              name: Astana Forum
              claims:
                - text: "据悉，台美第5轮经济对话将延后。"
                  cite:
                    - source: cna
                      quote: "據悉，台美雙方第5輪經濟對話將延後至下個月舉行"
            """,
    }
    root = make_project(files)
    assert [d.message for d in warnings(root)] == []
    assert "words not in its quotes" not in report(root, capsys)


def test_japanese_words_a_claim_adds_are_listed_whole_and_its_inflections_are_no_words(make_project, capsys):
    """Japanese is read a character at a time: a katakana word the quotes do
    not write is listed as the claim writes it, and a kana of an inflection
    the quote cut off ("した" for its "参加") is no word of its own."""
    files = {
        "briefgen.toml": '[site]\nlanguage = "ja"\n',
        "seeds/nikkei.md": "---\nlanguage: ja\n---\n# 記事\n\nフォーラムには120社超が参加した。\n",
        "content/forums.yaml": """
            - id: astana-forum-2024
              name: Astana Forum
              claims:
                - text: "ビジネスフォーラムには120社超が参加した。"
                  cite:
                    - source: nikkei
                      quote: "フォーラムには120社超が参加"
            """,
    }
    root = make_project(files, base=None)
    assert "claim 1: words not in its quotes: ビジネス\n" in report(root, capsys)


def test_a_korean_claim_that_writes_its_quotes_nouns_with_other_particles_adds_no_word(make_project, capsys):
    """Korean writes a particle on the word before it: "정상회의가" citing
    "정상회의는", "위원회와" citing "위원회가" write the same nouns; a noun the
    quote lacks ("감시소를") is still one, and so is, for want of a Korean
    stemmer, a verb in another form ("운영한다" citing "운영하는")."""
    files = {
        "briefgen.toml": '[site]\nlanguage = "ko"\n',
        "seeds/yonhap.md": "---\nlanguage: ko\n---\n# 기사\n\n"
                           "정상회의는 비즈니스 포럼으로 막을 올렸다. 위원회가 운영하는 시설을 정부가 둘러봤다.\n",
        "content/forums.yaml": """
            - id: astana-forum-2024
              name: Astana Forum
              claims:
                - text: "비즈니스 포럼으로 정상회의가 막을 올렸다."
                  cite:
                    - source: yonhap
                      quote: "정상회의는 비즈니스 포럼으로 막을 올렸다"
                - text: "정부는 위원회와 감시소를 운영한다."
                  cite:
                    - source: yonhap
                      quote: "위원회가 운영하는 시설을 정부가 둘러봤다"
            """,
    }
    out = report(make_project(files, base=None), capsys)
    assert "claim 1:" not in out
    assert "claim 2: words not in its quotes: 감시소를, 운영한다\n" in out


def test_many_claims_are_judged_on_every_core_as_in_one_process(make_project, capsys, monkeypatch):
    from briefgen import parsepool
    claims = [(f"Sojitz signed contract {i} with Mitsubishi.", "Sojitz signed the contract.") for i in range(60)]
    claims += [("Over 350 companies took part.", "More than 350 companies took part.")] * 10
    root = make_project(forum(*claims))
    monkeypatch.setattr(parsepool, "usable_cpus", lambda: 2)
    together = report(root, capsys, "--format", "json")
    monkeypatch.setattr(parsepool, "PARALLEL_FROM", 10 ** 9)
    alone = report(root, capsys, "--format", "json")
    assert together == alone
    assert json.loads(alone)["totals"] == {"claims": 71, "flagged": 60, "numbers": 60, "names": 60, "words": 0}


def test_a_large_brief_is_judged_in_a_worker_beside_the_other_checks_as_in_one_process(make_project, monkeypatch,
                                                                                        tmp_path):
    from briefgen import overreach, parsepool
    claims = [(f"Sojitz signed contract {i} with Mitsubishi.", "Sojitz signed the contract.") for i in range(8)]
    root = make_project(forum(*claims))
    monkeypatch.setattr(parsepool, "usable_cpus", lambda: 2)
    alone = [d.format() for d in check(root).diagnostics.items]
    judged_in, real_find = tmp_path / "judged-in", overreach.find

    def find(*arguments):
        judged_in.write_text(str(os.getpid()))
        return real_find(*arguments)

    monkeypatch.setattr(overreach, "find", find)
    monkeypatch.setattr(overreach, "AHEAD_FROM", 1)
    shutil.rmtree(root / ".briefgen-cache")  # every claim judged afresh, in the worker
    assert [d.format() for d in check(root).diagnostics.items] == alone
    assert judged_in.read_text() != str(os.getpid())
    assert sum("none of its quotes" in line for line in alone) == 8


def test_a_claim_whose_quote_is_not_found_is_not_judged_also_when_a_worker_judges(make_project, monkeypatch):
    """Its quote not found is the error; a word of it no quote supports is not reported besides."""
    from briefgen import overreach, parsepool
    claims = [("Sojitz signed contract 7 with Mitsubishi.", "Sojitz signed the contract."),
              ("Marubeni signed contract 8 with Itochu.", "Marubeni signed the deal.")]  # not in the article
    root = make_project(forum(*claims))
    monkeypatch.setattr(parsepool, "usable_cpus", lambda: 2)
    alone = [d.format() for d in check(root).diagnostics.items]
    monkeypatch.setattr(overreach, "AHEAD_FROM", 1)
    shutil.rmtree(root / ".briefgen-cache")
    assert [d.format() for d in check(root).diagnostics.items] == alone
    assert sum("none of its quotes" in line for line in alone) == 1
    assert sum("quote not found" in line for line in alone) == 1


def test_a_worker_that_fails_to_judge_leaves_the_judging_to_the_build(make_project, monkeypatch):
    from briefgen import overreach
    claims = [("Sojitz signed a contract with Mitsubishi.", "Sojitz signed the contract.")]
    root = make_project(forum(*claims))
    alone = [d.format() for d in check(root).diagnostics.items]
    monkeypatch.setattr(overreach, "AHEAD_FROM", 1)
    monkeypatch.setattr(overreach, "_find_inherited", lambda: os._exit(3))  # the worker dies
    assert [d.format() for d in check(root).diagnostics.items] == alone


NAME_LATER = ("Mitsubishi signed the contract.", "Sojitz signed the contract.")


def test_a_verdict_kept_from_the_last_check_is_judged_again_when_the_brief_reads_a_word_otherwise(make_project):
    """'Mitsubishi' opens the claim: a name only once some text capitalises
    it inside a sentence. The kept verdict asked about it, and is not reused."""
    root = make_project(forum(NAME_LATER))
    assert warnings(root) == [] and (root / ".briefgen-cache" / "overreach.json").is_file()
    assert warnings(root) == []  # the kept verdict
    (root / "seeds" / "wire.txt").write_text("Wire\nThe deal went to Mitsubishi in the end.\n")
    assert ["names Mitsubishi" in d.message for d in warnings(root)] == [True]


def test_kept_verdicts_give_the_report_a_fresh_check_gives(make_project, capsys):
    claims = [("Sojitz signed a secret contract with Mitsubishi.", "Sojitz signed the contract."), NAME_LATER,
              ("Over 350 companies took part.", "More than 350 companies took part.")]
    root = make_project(forum(*claims))
    first = [d.format() for d in check(root).diagnostics.items]
    again = [d.format() for d in check(root).diagnostics.items]
    assert again == first and any("Mitsubishi" in line for line in first)


def _damage(root, change):
    path = root / ".briefgen-cache" / "overreach.json"
    state = json.loads(path.read_text())
    change(state)
    path.write_text(json.dumps(state))


@pytest.mark.parametrize("damage", [
    lambda root: (root / ".briefgen-cache" / "overreach.json").write_text("{not json"),
    lambda root: _damage(root, lambda s: s.update(verdicts=[])),
    lambda root: _damage(root, lambda s: [v.__setitem__(3, "x") for v in s["verdicts"].values()]),
    lambda root: _damage(root, lambda s: [v.__setitem__(0, [1]) for v in s["verdicts"].values()]),
    lambda root: _damage(root, lambda s: [p.__setitem__(1, not p[1]) for v in s["verdicts"].values() for p in v[3]]),
    lambda root: _damage(root, lambda s: [v.__setitem__(0, 7) for v in s["vocabularies"].values()]),
], ids=["not JSON", "verdicts a list", "probes not a list", "numbers not words", "probes answered otherwise",
        "vocabulary not words"])
def test_a_damaged_record_of_verdicts_is_judged_afresh(make_project, damage):
    root = make_project(forum(("Sojitz signed a secret contract with Mitsubishi.", "Sojitz signed the contract."),
                              NAME_LATER))
    first = [d.format() for d in check(root).diagnostics.items]
    damage(root)
    assert [d.format() for d in check(root).diagnostics.items] == first


@pytest.mark.parametrize("texts", [
    ["Tokyo hosted it", "Sojitz Corporation signed", "the deal was signed by Japan"],
    ["it ended with dogs", "'tis the season in Astana", "and then, Tashkent agreed; Bishkek too"],
    ["", "  Leading space. Then Dushanbe, then Almaty", "ends with a quote'", "s Japan"],
    ["a\x00b Name", "Ｆull-width and “curly” quotes in Kyiv", "x y Zed"],
])
def test_the_claims_read_as_one_text_give_the_words_each_gives_alone(texts):
    lower, inner = vocabulary(_APART.join(texts))
    alone = [vocabulary(text) for text in texts]
    assert set(lower) == {word for words, _ in alone for word in words}
    assert set(inner) == {word for _, words in alone for word in words}


@pytest.mark.parametrize("text, inner", [
    ("talks with Japan, Astana; Tashkent", ["Astana", "Japan", "Tashkent"]),  # after a word, a comma, a semicolon
    ("Tokyo hosted it. Bishkek agreed", []),  # a sentence's first word is not known to be a name
    ("met in  Almaty and 7 Dushanbe", ["Almaty"]),  # spaces run together as in a quote; not after a digit
    ("the Bank's loan went to X and Ab", ["Ab", "Bank"]),  # one letter is no name; a possessive ends it
    ("the G7 and the Élysée and the Kyiv_office", ["Kyiv"]),  # letters only; the capital an ASCII one
    ("Port strike ends after three weeks\nDockworkers returned", []),  # a headline's line ends its paragraph
])
def test_a_capitalised_word_counts_as_written_inside_a_sentence_only_after_a_lower_case_word(text, inner):
    assert vocabulary(text)[1] == inner


def test_a_build_makes_its_views_while_the_worker_judges_and_reports_every_verdict(make_project, monkeypatch,
                                                                                   tmp_path):
    """Only warnings come of the judging, so a build goes on to make its
    views while the worker judges (here the worker waits to see the views
    begun), and its diagnostics are those of a check judged in one process."""
    from briefgen import build, overreach, parsepool, stages
    claims = [(f"Sojitz signed contract {i} with Mitsubishi.", "Sojitz signed the contract.") for i in range(3)]
    root = make_project(forum(*claims))
    alone = [d.format() for d in check(root).diagnostics.items]
    views_begun, saw_views, real_find, real_views = tmp_path / "views-begun", tmp_path / "saw", overreach.find, \
        stages.SiteViews

    def find(*arguments):
        deadline = time.monotonic() + 10
        while not views_begun.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        saw_views.write_text(str(views_begun.exists()))
        return real_find(*arguments)

    def site_views(*arguments):
        views_begun.touch()
        return real_views(*arguments)

    monkeypatch.setattr(parsepool, "usable_cpus", lambda: 2)
    monkeypatch.setattr(overreach, "AHEAD_FROM", 1)
    monkeypatch.setattr(overreach, "find", find)
    monkeypatch.setattr(stages, "SiteViews", site_views)
    shutil.rmtree(root / ".briefgen-cache")
    result = build(root, search=False)
    assert result.ok and saw_views.read_text() == "True"
    assert [d.format() for d in result.diagnostics.items] == alone
    assert sum("none of its quotes" in line for line in alone) == 3


def test_strict_fails_a_build_on_a_warning_its_worker_finds(make_project, monkeypatch):
    from briefgen import build, overreach, parsepool
    root = make_project(forum(("More than 400 companies took part.", "More than 350 companies took part.")))
    monkeypatch.setattr(parsepool, "usable_cpus", lambda: 2)
    monkeypatch.setattr(overreach, "AHEAD_FROM", 1)
    result = build(root, search=False, strict=True)
    assert not result.ok and not (root / "site").exists()
    assert [d.format().splitlines()[0] for d in result.diagnostics.errors] == [
        "content/forums.yaml:11:13: error: claim 2 of forum 'astana-forum-2024' states what none of its quotes does: "
        "numbers More than 400"]


def test_a_word_runs_on_through_its_combining_marks():
    from briefgen.claimreader import Reader
    from briefgen.diagnostics import Location
    from briefgen.model import Cite
    quote = Cite("s", "ووقّع الطرفان الاتفاق في أستانا.", Location("x"))  # "and signed"
    reader = Reader({}, {}, [], "ar")
    assert reader.unsupported("وقّع الطرفان الاتفاق.", [quote]) == ([], [], [], [], [], [], [], [], [])  # "signed": no break
    assert reader.unsupported("وقّع الطرفان العقد.", [quote])[2] == ["العقد"]


@pytest.mark.parametrize("claim, quote, said", [
    ("The summit was not held in Riverton.", "The summit was held in Riverton.", "negation not"),
    ("The summit wasn't held in Riverton.", "The summit was held in Riverton.", "negation wasn't"),
    ("At least 40 companies took part.", "About 40 companies took part.", "numbers At least 40"),
    ("40 companies took part.", "More than 40 companies took part.", "numbers 40"),
    ("The summit was not held.", "The summit was not held.", None),  # the quote's own negation
    ("Over 350 companies took part.", "More than 350 companies took part.", None),  # one bound, other words
    ("Japan set a target over five years.", "Japan set a target in 5 years.", None),  # "over" years: during them
    # What its quote denies, the claim states without a negation of its own: it turns its quote round.
    ("The commission received $9 million.", "The commission did not receive $9 million.",
     "without the negation its quotes write: received"),
    ("An agreement was signed on 9 April 2026.", "No agreement was signed on 9 April 2026.",
     "without the negation its quotes write: agreement"),
    # ... where the quote denies by a verb ("failed to", "denied", "refused to")
    ("Kenya secured €90 million for the port.", "Kenya failed to secure €90 million for the port.",
     "without the negation its quotes write: secured"),
    ("Qatar pledged $500 million to the railway.", "Qatar denied pledging $500 million to the railway.",
     "without the negation its quotes write: pledged"),
    ("Kenya failed to secure €90 million.", "Kenya failed to secure €90 million.", None),
    ("The ministry denied the report.", "The ministry denied the report.", None),
    ("Japan pledged $1 billion.", "Japan pledged $1 billion, not $2 billion.", None),  # an amount, judged as one
    ("The ministers met in Astana.", "The ministers, who had not met since 2020, met in Astana.", None),
    ("Japan is investing in Astana.", "Japan is not only investing in Astana but also training staff.", None),
    # What its quote only intends, the claim tells as done, with no word of intent of its own.
    ("Northland and Southland signed a fisheries agreement in June.",
     "Northland and Southland plan to sign a fisheries agreement in June.", "as done, what its quotes only intend: signed"),
    ("Japan invested $2 billion.", "Japan will invest $2 billion.", "as done, what its quotes only intend: invested"),
    ("Japan plans to sign the agreement.", "Japan plans to sign the agreement.", None),
    ("Japan will sign the agreement.", "Japan plans to sign the agreement.", None),  # its own word of intent
    ("The forum was to be held in Astana.", "The forum will be held in Astana.", None),  # an infinitive
    ("Japan signed the deal.", "Japan is expected to sign the deal.", "as done, what its quotes only intend: signed"),
    # "set", "poised" and "slated" intend before a "to", in a quote and in a claim alike; not "set up"
    ("Chile signed a deal for four frigates.", "Chile is set to sign a deal for four frigates.",
     "as done, what its quotes only intend: signed"),
    ("The contract was signed in Seoul.", "The contract is slated to be signed in Seoul.",
     "as done, what its quotes only intend: signed"),
    ("Hanwha delivered the frigates.", "Hanwha is poised to deliver the frigates.",
     "as done, what its quotes only intend: delivered"),
    ("Chile is set to sign the deal.", "Chile is set to sign a deal.", None),
    ("The ministry set up a fund.", "The ministry will set up a fund.", "as done, what its quotes only intend: set"),
    ("The ministry set up a fund in May 2025.", "The ministry set up a fund in May 2025.", None),
    ("The forum met in Astana.", "The planned forum met in Astana.", None),  # "planned" as an adjective
    ("Officials said the forum was held in March 2026.", "Officials said the forum could be held in March 2026.",
     "as done, what its quotes only intend: held"),
    ("The deal was signed in May 2025.", "The deal may be signed in May 2025.",
     "as done, what its quotes only intend: signed"),
    ("The deal was signed in May 2025.", "In May 2025 the deal was signed.", None),  # "May" the month
    ("Kazakhstan has yet to sign the deal.", "Kazakhstan has not yet signed the deal.", None),  # a negation in all but name
    ("The EU pledged up to €1bn.", "The EU pledged up to 1 billion euros.", None),  # a number and its scale in one word
    # What its quotes hedge, the claim tells as certain, saying of no one that they said it.
    ("The conference took place in Rabat.", "The conference reportedly took place in Rabat.",
     "as certain, what its quotes hedge: reportedly"),
    ("The conference reportedly took place in Rabat.", "The conference reportedly took place in Rabat.", None),
    ("Officials said the conference took place in Rabat.", "The conference reportedly took place in Rabat.", None),
    ("Japan will fund the port.", "Japan will fund the port, according to people familiar with the plans.",
     "as certain, what its quotes hedge: people familiar with"),
    ("Japan will fund the port, people familiar with the plans said.",
     "Japan will fund the port, according to people familiar with the plans.", None),
    ("Japan will fund the port.", "Japan will fund the port, the minister said.", None),
    ("The conference took place in Rabat.", "The conference was said to have taken place in Rabat.",
     "as certain, what its quotes hedge: was said to have"),
    ("The talks were held in May.", "The talks are believed to have been held in May.",
     "as certain, what its quotes hedge: are believed to have"),
    ("Officials said the talks were held in May.", "The talks are believed to have been held in May.", None),
    ("Japan signed the agreement.", "Japan, which had planned to sign it for years, signed the agreement.", None),
    ("The deal was not signed.", "The deal will not be signed.", None),  # a negation's, judged as one
    # A date its quotes give only as the one the event moved from, given as the event's
    ("The forum was held on 12 May 2024.", "The forum, originally scheduled for 12 May 2024, was held on 14 May 2024.",
     "as the event's date, one its quotes give only as the date it moved from: 12 May 2024"),
    ("The forum met on 12 May 2024.", "The forum was postponed from 12 May 2024 to 14 May 2024.",
     "as the event's date, one its quotes give only as the date it moved from: 12 May 2024"),
    ("The forum, originally planned for 12 May 2024, met on 14 May 2024.",
     "The forum, originally scheduled for 12 May 2024, was held on 14 May 2024.", None),
    ("The forum was held on 14 May 2024.", "The forum, originally scheduled for 12 May 2024, was held on 14 May 2024.",
     None),
    ("The forum moved to 14 May 2024.", "The forum was postponed from 12 May 2024 to 14 May 2024.", None),
    # "due to" plans a passive or an event's verb, and gives a cause before any other word
    ("The summit was held in May.", "The summit was due to be held in May.",
     "as done, what its quotes only intend: held"),
    ("Japan signed the deal.", "Japan is due to sign the deal.", "as done, what its quotes only intend: signed"),
    ("The summit is due to be held in May.", "The summit was due to be held in May.", None),
    ("Bad weather delayed the summit.", "The delay of the summit was due to bad weather.", None),
    # What was to have happened did not: a claim that it did turns its quote round
    ("The summit took place in Tashkent.", "The summit was to have taken place in Tashkent.",
     "without the negation its quotes write: took"),
    ("The ministers met in June.", "The ministers were due to have met in June.",
     "without the negation its quotes write: met"),
    ("The summit was to have taken place in Tashkent.", "The summit was to have taken place in Tashkent.", None),
    ("The summit did not take place in Tashkent.", "The summit was to have taken place in Tashkent.", None),
])
def test_a_claim_may_not_turn_its_quote_round_or_change_its_bound(claim, quote, said):
    from briefgen.claimreader import Reader
    from briefgen.overreach import Overreach
    from briefgen.diagnostics import Diagnostics, Location
    from briefgen.model import Cite
    from briefgen import overreach
    numbers, names, words, denied, planned, hedges, former, _, _ = Reader({}, {}, [], "en").unsupported(
        claim, [Cite("s", quote, Location("x"))])
    reported = Diagnostics()
    overreach.warn([Overreach("f", "forum", 1, Location("x"), claim, tuple(numbers), tuple(names), tuple(words),
                              denied=tuple(denied), planned=tuple(planned), hedges=tuple(hedges),
                              former=tuple(former))], reported)
    messages = [d.message for d in reported.items]
    assert messages == ([] if said is None else
                        [f"claim 1 of forum 'f' states what none of its quotes does: {said}"])


def _judged(claim: str, quote: str, brief: str, source: str | None = None, translation: str = ""):
    """What Reader.unsupported gives for `claim` in a brief in `brief` citing `quote` of a source in `source`."""
    from briefgen.diagnostics import Location
    from briefgen.model import Cite
    from briefgen.claimreader import Reader
    meta = {"s": {"language": source}} if source else {}
    return Reader({}, meta, [], brief).unsupported(claim, [Cite("s", quote, Location("x"), translation=translation)])


# A date is read in the claim's and the quote's language: "el 20 de marzo de 2025" is a day, not the year 2025.
@pytest.mark.parametrize("language, claim, quote, former", [
    ("es", "La cumbre se celebró el 20 de marzo de 2025.",
     "La cumbre, inicialmente prevista para el 20 de marzo de 2025, se celebró el 15 de abril de 2025.",
     ["20 de marzo de 2025"]),
    ("es", "La cumbre se celebró el 15 de abril de 2025.",
     "La cumbre, inicialmente prevista para el 20 de marzo de 2025, se celebró el 15 de abril de 2025.", []),
    ("fr", "Le sommet s'est tenu le 12 mai 2025.",
     "Le sommet, initialement prévu le 12 mai 2025, s'est tenu le 14 mai 2025.", ["12 mai 2025"]),
    ("de", "Das Forum fand am 12. Mai 2025 statt.",
     "Das Forum war ursprünglich für den 12. Mai 2025 geplant und fand am 14. Mai 2025 statt.", ["12. Mai 2025"]),
    ("de", "Das Forum fand am 14. Mai 2025 statt.",
     "Das Forum war ursprünglich für den 12. Mai 2025 geplant und fand am 14. Mai 2025 statt.", []),
])
def test_a_former_date_is_read_in_the_briefs_language(language, claim, quote, former):
    assert _judged(claim, quote, language, language)[6] == former


# A hedge in the quote's language that the claim drops: the claim tells as certain what its quote only reports.
@pytest.mark.parametrize("language, claim, quote, hedges", [
    ("ru", "Япония вложила 2 млрд долларов.", "По сообщениям СМИ, Япония вложила 2 млрд долларов.", ["по сообщениям сми"]),
    ("ru", "Встреча состоялась в Москве.", "Встреча якобы состоялась в Москве.", ["якобы"]),
    ("ru", "Встреча состоялась в Москве.", "Встреча предположительно состоялась в Москве.", ["предположительно"]),
    ("ru", "Встреча состоялась в Москве.", "По данным СМИ, встреча состоялась в Москве.", ["по данным сми"]),
    ("es", "La cumbre se celebró en Madrid.", "Según informes, la cumbre se celebró en Madrid.", ["según informes"]),
    ("es", "La cumbre se celebró en Madrid.", "La cumbre supuestamente se celebró en Madrid.", ["supuestamente"]),
    ("es", "El ministro recibió el dinero.", "El ministro presuntamente recibió el dinero.", ["presuntamente"]),
    ("zh", "峰会在北京举行。", "据报道，峰会在北京举行。", ["据报道"]),
    ("zh", "峰会在北京举行。", "据称峰会在北京举行。", ["据称"]),
    ("zh", "峰会在北京举行。", "据传峰会在北京举行。", ["据传"]),
    ("zh", "峰会在北京举行。", "传闻峰会在北京举行。", ["传闻"]),
    ("tr", "Toplantı Ankara'da yapıldı.", "İddiaya göre toplantı Ankara'da yapıldı.", ["iddiaya göre"]),
    ("tr", "Toplantı Ankara'da yapıldı.", "Bildirildiğine göre toplantı Ankara'da yapıldı.", ["bildirildiğine göre"]),
    ("tr", "Toplantı Ankara'da yapıldı.", "Söylendiğine göre toplantı Ankara'da yapıldı.", ["söylendiğine göre"]),
    ("fr", "Le sommet a eu lieu à Paris.", "Le sommet a apparemment eu lieu à Paris.", ["apparemment"]),
    ("fr", "Le ministre a reçu l'argent.", "Le ministre a prétendument reçu l'argent.", ["prétendument"]),
    ("de", "Das Treffen fand in Berlin statt.", "Das Treffen fand angeblich in Berlin statt.", ["angeblich"]),
    ("de", "Das Treffen fand in Berlin statt.", "Berichten zufolge fand das Treffen in Berlin statt.",
     ["berichten zufolge"]),
    ("de", "Das Treffen fand in Berlin statt.", "Das Treffen soll am 9. Mai in Berlin stattgefunden haben.", ["soll"]),
    ("de", "Das Treffen wurde abgesagt.", "Das Treffen soll abgesagt worden sein.", ["soll"]),
    ("de", "Das Treffen fand in Berlin statt.", "Es heißt, dass das Treffen in Berlin stattgefunden haben soll.",
     ["haben soll"]),
    ("pt", "A reunião ocorreu em Lisboa.", "A reunião supostamente ocorreu em Lisboa.", ["supostamente"]),
    ("en", "The summit took place in Paris.", "The ministry claimed the summit took place in Paris.", ["claimed"]),
    ("en", "The summit took place in Paris.", "Critics claim that the summit took place in Paris.", ["claim that"]),
    # The conditional of hearsay
    ("fr", "Le sommet a eu lieu à Paris.", "Le sommet aurait eu lieu à Paris.", ["aurait"]),
    ("fr", "Le sommet s'est tenu à Paris.", "Le sommet se serait tenu à Paris.", ["serait"]),
    ("es", "La cumbre tuvo lugar en Madrid.", "La cumbre habría tenido lugar en Madrid.", ["habría"]),
    ("it", "Il vertice ha avuto luogo a Roma.", "Il vertice avrebbe avuto luogo a Roma.", ["avrebbe"]),
    ("it", "Il vertice si è svolto a Roma.", "Il vertice si sarebbe svolto a Roma.", ["sarebbe"]),
    ("pt", "A reunião ocorreu em Lisboa.", "A reunião teria ocorrido em Lisboa.", ["teria"]),
    ("pt", "O ministro recebeu o dinheiro.", "O ministro alegadamente recebeu o dinheiro.", ["alegadamente"]),
    ("it", "Il vertice si è svolto a Roma.", "Il vertice si è presumibilmente svolto a Roma.", ["presumibilmente"]),
    ("it", "Il vertice si è svolto a Roma.", "Secondo indiscrezioni, il vertice si è svolto a Roma.",
     ["secondo indiscrezioni"]),
])
def test_a_hedge_in_the_quotes_language_that_the_claim_drops_is_reported(language, claim, quote, hedges):
    assert _judged(claim, quote, language, language)[5] == hedges
    assert _judged(claim, quote, language)[5] == hedges  # a source without a language is in the brief's


@pytest.mark.parametrize("language, claim, quote", [
    ("ru", "Встреча якобы состоялась в Москве.", "Встреча якобы состоялась в Москве."),  # the claim keeps it
    ("ru", "По словам МИД, встреча состоялась в Москве.", "Встреча якобы состоялась в Москве."),  # says who said it
    ("es", "Según el ministerio, la cumbre se celebró en Madrid.", "La cumbre supuestamente se celebró en Madrid."),
    ("zh", "据报道，峰会在北京举行。", "据称峰会在北京举行。"),
    ("tr", "Bakanlığa göre toplantı Ankara'da yapıldı.", "İddiaya göre toplantı Ankara'da yapıldı."),
    ("de", "Laut Ministerium fand das Treffen in Berlin statt.", "Das Treffen fand angeblich in Berlin statt."),
])
def test_a_claim_that_keeps_a_hedge_or_says_who_said_it_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language, language)[5] == []


@pytest.mark.parametrize("language, text", [
    # A conditional or a "soll" that reports nothing heard: "it would be a mistake", "one would have to
    # wait", "the summit is to take place in May" (a plan), "it would be important"
    ("fr", "Ce serait une erreur."), ("es", "Habría que esperar a mayo."), ("it", "Sarebbe importante."),
    ("pt", "Teria que esperar."), ("de", "Der Gipfel soll im Mai stattfinden."),
    ("de", "Das Treffen soll am 9. Mai stattfinden."), ("en", "The summit is to be held in May."),
    ("en", "Kazakhstan claimed the top spot at the forum, which was held in Astana."),
    ("en", "The alleged bribe was paid in May."), ("en", "Claims were made about the summit."),
])
def test_words_that_look_like_a_hedge_and_report_nothing_heard_are_none(language, text):
    from briefgen.hedges import hedges_in
    assert hedges_in(text, language) == []


@pytest.mark.parametrize("one, other, language, same", [
    ("invert", "invirt", "es", True), ("dorm", "durm", "es", True), ("convert", "convirt", "es", True),
    ("invert", "invirt", "pt", False),  # Portuguese keeps the vowel ("investiu")
    ("pens", "puns", "es", False), ("mont", "mant", "es", False),  # no -ir verb changes these vowels
    ("ment", "mint", "es", True), ("servid", "sirvid", "es", False),  # a vowel after the change: not the stem's last
])
def test_a_spanish_ir_verb_is_one_verb_across_its_stem_change(one, other, language, same):
    from briefgen.verbforms import same_verb
    assert same_verb(one, other, language) is same


def test_a_quotes_hedges_are_read_in_its_sources_language():
    # A Russian brief citing an English source: "reportedly" is a hedge there.
    assert _judged("Встреча состоялась.", "The meeting reportedly took place.", "ru", "en")[5] == ["reportedly"]
    # An English brief citing a Russian source and translating it: both hedge, so the claim drops a hedge.
    assert _judged("The meeting took place.", "Встреча якобы состоялась.", "en", "ru",
                   translation="The meeting allegedly took place.")[5] == ["allegedly", "якобы"]
    # ... and where the translation drops the hedge, the quote alone hedges: not every part does.
    assert _judged("The meeting took place.", "Встреча якобы состоялась.", "en", "ru",
                   translation="The meeting took place.")[5] == []


# A plan told by the verb's own form (a future), which the claim tells as done (a past form of that verb).
@pytest.mark.parametrize("language, claim, quote, done", [
    ("es", "Japón ha invertido 2.000 millones de dólares.", "Japón invertirá 2.000 millones de dólares.", ["invertido"]),
    ("es", "Japón firmó el acuerdo.", "Japón firmará el acuerdo.", ["firmó"]),
    ("es", "Japón invirtió 2.000 millones de dólares.", "Japón invertirá 2.000 millones de dólares.", ["invirtió"]),
    ("es", "Los bancos invirtieron 2.000 millones.", "Los bancos invertirán 2.000 millones.", ["invirtieron"]),
    ("ru", "Япония вложила 2 млрд долларов.", "Япония вложит 2 млрд долларов.", ["вложила"]),
    ("ru", "Япония инвестировала 2 млрд долларов.", "Япония инвестирует 2 млрд долларов.", ["инвестировала"]),
    ("ru", "Япония подписала соглашение.", "Япония подпишет соглашение.", ["подписала"]),
    ("ru", "Япония вложила 2 млрд долларов.", "Япония планирует вложить 2 млрд долларов.", ["вложила"]),
    # a reflexive verb's future, a readiness, and a possibility with its "быть"
    ("ru", "Министры встретились в Бишкеке.", "Министры встретятся в Бишкеке.", ["встретились"]),
    ("ru", "Азербайджан вложил 1,5 млрд долларов.", "Азербайджан готов вложить 1,5 млрд долларов.", ["вложил"]),
    ("ru", "Стоимость проекта пересмотрена.", "Стоимость проекта может быть пересмотрена.", ["пересмотрена"]),
    ("zh", "日本投资了20亿美元。", "日本将投资20亿美元。", ["投", "资"]),
    ("zh", "日本已投资20亿美元。", "日本将投资20亿美元。", ["投", "资"]),
    ("zh", "峰会在北京举行。", "峰会将于明年在北京举行。", ["举", "行"]),
    ("ja", "日本は5年間で3兆円を投資した。", "日本は今後5年間で3兆円を投資する方針だ。", ["投", "資"]),
    ("ko", "일본은 30억 달러를 투자했다.", "일본은 30억 달러를 투자할 예정이다.", ["투자했다"]),
    ("ko", "양국은 협정에 서명했습니다.", "양국은 협정에 서명하기로 했다.", ["서명했습니다"]),
    ("ja", "両国は協定に署名した。", "両国は協定に署名する予定だ。", ["署", "名"]),
    ("ja", "両国は協定に署名しました。", "両国は来月、協定に署名することで合意した。", ["署", "名"]),
    ("tr", "Japonya 2 milyar dolar yatırdı.", "Japonya 2 milyar dolar yatıracak.", ["yatırdı"]),
    ("tr", "Japonya 2 milyar dolarlık yatırım yaptı.", "Japonya 2 milyar dolarlık yatırım yapacak.", ["yaptı"]),
    ("tr", "Bakan Ankara'yı ziyaret etti.", "Bakan Ankara'yı ziyaret edecek.", ["etti"]),
    ("fr", "Le Japon a investi 2 milliards de dollars.", "Le Japon investira 2 milliards de dollars.", ["investi"]),
    ("pt", "O Japão investiu 2 bilhões de dólares.", "O Japão investirá 2 bilhões de dólares.", ["investiu"]),
    ("it", "Il Giappone ha investito 2 miliardi di dollari.", "Il Giappone investirà 2 miliardi di dollari.",
     ["investito"]),
])
def test_a_plan_told_by_a_future_form_that_the_claim_tells_as_done_is_reported(language, claim, quote, done):
    assert _judged(claim, quote, language)[4] == done


@pytest.mark.parametrize("language, claim, quote", [
    ("es", "Japón invertirá 2.000 millones de dólares.", "Japón invertirá 2.000 millones de dólares."),  # a plan too
    ("es", "Japón no ha invertido nada.", "Japón invertirá 2.000 millones de dólares."),  # a negation's, judged so
    ("ru", "Япония вложит 2 млрд долларов.", "Япония вложит 2 млрд долларов."),
    ("ru", "Япония вложила 2 млрд долларов.", "Япония вложила 2 млрд долларов."),
    ("ru", "Япония вложила 2 млрд долларов.", "Япония не вложит, а уже вложила 2 млрд долларов."),
    ("ru", "Министры встретились в Бишкеке.", "Министры встретились в Бишкеке."),
    ("ru", "Проект готов к запуску.", "Проект готов к запуску."),
    # A verb of saying tells who said it: its quote's present ("сообщает", "отмечает") is no plan of it.
    ("ru", "Как сообщили в министерстве, Япония вложила 2 млрд долларов.",
     "Как сообщает министерство, Япония вложила 2 млрд долларов."),
    ("ru", "Министр отметил, что Япония вложила 2 млрд долларов.",
     "Министр отмечает, что Япония вложила 2 млрд долларов."),
    ("zh", "日本计划投资20亿美元。", "日本将投资20亿美元。"),  # its own word of intent
    ("zh", "峰会在北京举行。", "峰会在北京举行。"),
    ("ja", "日本は3兆円を投資する方針だ。", "日本は3兆円を投資する方針だ。"),  # its own word of intent
    ("ko", "일본은 30억 달러를 투자할 예정이다.", "일본은 30억 달러를 투자할 예정이다."),
    ("ko", "일본은 30억 달러를 투자했다.", "일본은 30억 달러를 투자했다."),
    ("ja", "日本は3兆円を投資する。", "日本は3兆円を投資する方針だ。"),  # a plain form: what will be, as often
    ("ja", "日本は3兆円を投資した。", "日本は3兆円を投資した。"),
    ("tr", "Japonya 2 milyar dolar yatıracak.", "Japonya 2 milyar dolar yatıracak."),
    ("tr", "Japonya gelecek yıl yatırım yaptı.", "Japonya gelecek yıl yatırım yaptı."),  # "gelecek": next
])
def test_a_claim_that_keeps_the_plan_or_whose_quote_tells_it_done_is_not_reported(language, claim, quote):
    assert _judged(claim, quote, language)[4] == []


PLEDGE = """\
- id: airport-pledge
  name: Airport pledge
  amount: 1000000000
  currency: USD
  period: {period}
  countries: [kz]
  claims:
    - text: Japan pledged 1 billion dollars for an airport.
      cite:
        - source: article
          quote: "Japan pledged 1 billion dollars for an airport in Uzbekistan."
    - text: The money is to be spent over five years.
      cite:
        - source: plan
          quote: "The money is to be spent over five years, until 2029."
"""


@pytest.mark.parametrize("period, said", [
    ("5 years", []),
    ("five years", []),
    ("2025–2029", ["numbers 2025"]),  # a year no quote states
    ("7 years", ["numbers 7"]),
    ("5 years from FY2026", ["numbers FY2026"]),  # a fiscal year no quote states
])
def test_a_figures_period_is_shown_as_a_fact_and_so_must_stand_in_its_quotes(make_project, capsys, period, said):
    files = forum()
    files["seeds/plan.txt"] = "Spending plan\nThe money is to be spent over five years, until 2029.\n"
    files["content/figures.yaml"] = PLEDGE.format(period=period)
    root = make_project(files)
    found = warnings(root)
    assert [w.message.split(": ", 1)[1] for w in found] == said
    if said:
        [warning] = found
        assert str(warning.location) == "content/figures.yaml:5:11"
        assert warning.message.startswith(f"period '{period}' of figure 'airport-pledge' states what none of its quotes does")
        data = json.loads(report(root, capsys, "--format", "json"))
        [item] = [c for c in data["claims"] if c["field"]]
        assert (item["kind"], item["claim"], item["field"], item["text"]) == ("figure", 0, "period", period)
        label, items = said[0].split(" ", 1)
        assert f"figure 'airport-pledge' period: {label} not in its quotes: {items}" in report(root, capsys)


def eldoret(claim: str, quote: str, date_value: str | None, published: str = "2026-11-19",
            language: str = "en") -> dict:
    """A forum dated `date_value` (none if None) whose one claim quotes a source published on `published`."""
    date_line = f"  date: {date_value}\n" if date_value else ""
    return {
        "briefgen.toml": f'[site]\nlanguage = "{language}"\n',
        "seeds/wire.txt": f"---\ntitle: Wire\npublished: {published}\nlanguage: {language}\n---\nWire\n{quote}\n",
        "content/sources.yaml": None,
        "seeds/article.txt": None,
        "content/figures.yaml": None,
        "content/forums.yaml": f"""\
- id: eldoret-talks
  name: Eldoret talks
{date_line}  claims:
    - text: "{claim}"
      cite:
        - source: wire
          quote: "{quote}"
""",
    }


def overreach_messages(root) -> list[str]:
    return [d.message.split(": ", 1)[1] for d in warnings(root)]


@pytest.mark.parametrize("claim, quote, date_value, language", [
    ("The ministers met in Eldoret on 18 November 2026.", "The ministers met in Eldoret yesterday.", "2026-11-18",
     "en"),
    ("The ministers met in Eldoret on November 18, 2026.", "The ministers met in Eldoret yesterday.", "2026-11-18",
     "en"),
    ("The ministers met in Eldoret on 18 November.", "The ministers met in Eldoret yesterday.", "2026-11-18", "en"),
    ("The ministers met in Eldoret in November 2026.", "The ministers met in Eldoret last Tuesday.", "2026-11-17",
     "en"),
    ("The ministers will meet in Eldoret in December 2026.", "The ministers will meet in Eldoret next month.",
     "2026-12", "en"),
    # In the brief's language, in its order of day and month, its month's name from CLDR.
    ("Los ministros se reunieron en Eldoret el 18 de noviembre de 2026.",
     "Los ministros se reunieron ayer en Eldoret.", "2026-11-18", "es"),
    ("Les ministres se sont réunis à Eldoret le 18 novembre 2026.",
     "Les ministres se sont réunis hier à Eldoret.", "2026-11-18", "fr"),
])
def test_a_claim_may_write_out_its_records_date_that_its_quotes_give_relative_to_publication(
        make_project, claim, quote, date_value, language):
    root = make_project(eldoret(claim, quote, date_value, language=language))
    assert [m for m in check(root).diagnostics.items if m.severity == "error"] == []
    assert overreach_messages(root) == []


@pytest.mark.parametrize("claim, quote", [
    ("The central bank said in November 2026 that remittances rose.",
     "Remittances rose, the central bank said earlier this month."),
    ("The ministers met in Eldoret in October 2026.", "The ministers met in Eldoret last month."),
    ("The ministers met in Eldoret in 2026.", "The ministers met in Eldoret earlier this month."),
    ("Los ministros se reunieron en Eldoret en octubre de 2026.", "Los ministros se reunieron en Eldoret el mes pasado."),
])
def test_a_claim_may_write_out_a_month_its_quote_gives_relative_to_publication(make_project, claim, quote):
    """Not the record's date (it has none): "earlier this month" in a story of 19 November 2026 is November 2026,
    as a date field reads it."""
    language = "es" if claim.startswith("Los") else "en"
    assert overreach_messages(make_project(eldoret(claim, quote, None, language=language))) == []


@pytest.mark.parametrize("claim, quote, said", [
    ("The ministers met in Eldoret in October 2026.", "The ministers met in Eldoret earlier this month.",
     "numbers 2026; names October"),
    ("The ministers met in Eldoret on 3 November 2026.", "The ministers met in Eldoret earlier this month.",
     "numbers 3, 2026; names November"),
])
def test_another_month_or_a_day_than_the_quotes_relative_month_still_warns(make_project, claim, quote, said):
    assert overreach_messages(make_project(eldoret(claim, quote, None))) == [said]


@pytest.mark.parametrize("claim, quote", [
    ("The ceremony is set for December 12.", "The ceremony is set for Dec 12."),
    ("The ceremony is set for December 12.", "The ceremony is set for Dec. 12."),
    ("The ceremony is set for 12 December.", "The ceremony is set for Dec. 12."),
    ("The ceremony is set for 14 December.", "The ceremony is set for 14 Dec."),
    ("The ceremony is set for December 12.", "The ceremony is set for Dec. 12, 2026."),
    ("The ceremony is set for Dec. 12.", "The ceremony is set for December 12."),
    ("The ceremony is set for December.", "The ceremony is set for Dec. 12."),
])
def test_a_claim_may_write_out_the_month_its_quote_abbreviates_without_a_year(make_project, claim, quote):
    """Neither writes the year: the claim's date is the quote's in the year its source gives it."""
    assert overreach_messages(make_project(eldoret(claim, quote, None))) == []


@pytest.mark.parametrize("claim, quote, said", [
    ("The ceremony is set for 14 December.", "The ceremony is set for Dec 12.", "numbers 14; names December"),
    ("The ceremony is set for December 12.", "The ceremony is set for 14 Dec.", "numbers 12; names December"),
    ("The ceremony is set for November 12.", "The ceremony is set for Dec. 12.", "names November"),
])
def test_another_day_or_month_than_the_quotes_abbreviated_one_is_still_warned(make_project, claim, quote, said):
    assert overreach_messages(make_project(eldoret(claim, quote, None))) == [said]


@pytest.mark.parametrize("claim, date_value, said", [
    # another day than the record's
    ("The ministers met in Eldoret on 17 November 2026.", "2026-11-18", "numbers 17, 2026; names November"),
    # the record's date less precise than the claim
    ("The ministers met in Eldoret on 18 November 2026.", "2026-11", "numbers 18, 2026; names November"),
    # a record with no date: nothing vouches for the day
    ("The ministers met in Eldoret on 18 November 2026.", None, "numbers 18, 2026; names November"),
])
def test_a_claim_writing_a_date_not_its_records_stated_one_still_warns(make_project, claim, date_value, said):
    root = make_project(eldoret(claim, "The ministers met in Eldoret yesterday.", date_value))
    assert overreach_messages(root) == [said]


def test_a_kept_verdict_is_judged_again_when_the_records_date_changes(make_project):
    claim = "The ministers met in Eldoret on 18 November 2026."
    root = make_project(eldoret(claim, "The ministers met in Eldoret yesterday.", "2026-11-18"))
    assert overreach_messages(root) == []
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text().replace("date: 2026-11-18", "date: 2026-11"))
    assert overreach_messages(root) == ["numbers 18, 2026; names November"]


BERBERA = "will put €180 million into the Berbera corridor."


@pytest.mark.parametrize("claim, quote", [
    (f"The EU {BERBERA}", f"The European Union {BERBERA}"),
    (f"The European Union {BERBERA}", f"The EU {BERBERA}"),
    (f"The USA {BERBERA}", f"The United States of America {BERBERA}"),
])
def test_a_name_may_be_written_as_the_initials_of_the_name_its_quote_writes_out(make_project, claim, quote):
    root = make_project(eldoret(claim, quote, None))
    assert overreach_messages(root) == []


@pytest.mark.parametrize("claim, quote, said", [
    (f"The AU {BERBERA}", f"The European Union {BERBERA}", "names AU"),
    (f"The African Union {BERBERA}", f"The EU {BERBERA}", "names African, Union"),
])
def test_initials_of_another_name_still_warn(make_project, claim, quote, said):
    root = make_project(eldoret(claim, quote, None))
    assert overreach_messages(root) == [said]


def test_claims_writing_out_their_records_date_are_judged_on_every_core_as_in_one_process(make_project, capsys,
                                                                                          monkeypatch):
    from briefgen import parsepool
    files = eldoret("The ministers met in Eldoret yesterday.", "The ministers met in Eldoret yesterday.", "2026-11-18")
    files["content/forums.yaml"] += "".join(f"""
    - text: "The ministers met in Eldoret on {day} November 2026."
      cite:
        - source: wire
          quote: "The ministers met in Eldoret yesterday."
""" for day in [18, 17] * 30)
    root = make_project(files)
    monkeypatch.setattr(parsepool, "usable_cpus", lambda: 2)
    together = report(root, capsys, "--format", "json")
    shutil.rmtree(root / ".briefgen-cache")  # every claim judged afresh, in this process
    monkeypatch.setattr(parsepool, "PARALLEL_FROM", 10 ** 9)
    alone = report(root, capsys, "--format", "json")
    assert together == alone
    assert json.loads(alone)["totals"]["flagged"] == 30


def two_sources(make_project, first: str, second: str, claim: str):
    """A forum whose claim cites one sentence of each of two sources."""
    cites = "".join(f"""
        - source: {sid}
          quote: "{quote}"
""" for sid, quote in (("article", first), ("second", second)))
    return make_project({
        "seeds/article.txt": f"Forum report\n{first}\n", "seeds/second.txt": f"Second report\n{second}\n",
        "content/figures.yaml": None,
        "content/forums.yaml": f"""\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
  countries: [kz, jp]
  claims:
    - text: "{claim}"
      cite:{cites}""",
    })


def contradictions(root) -> list[str]:
    return [d.format() for d in check(root).diagnostics.warnings if "in place of" in d.message]


@pytest.mark.parametrize("first, second, claim, given", [
    ("Japan pledged $1 billion for the airport.", "Japan pledged $2 billion for the airport.",
     "Japan pledged $1 billion for the airport.", "$2 billion for $1 billion"),
    ("More than 300 companies took part.", "About 250 companies took part.", "More than 300 companies took part.",
     "About 250 companies for More than 300 companies"),
    ("The forum met on 9 August 2024.", "The forum met on 10 August 2024.", "The forum met on 9 August 2024.",
     "10 Aug 2024 for 9 August 2024"),
])
def test_a_claim_citing_a_quote_that_gives_another_value_in_place_of_its_own_warns(make_project, first, second,
                                                                                    claim, given):
    assert contradictions(two_sources(make_project, first, second, claim)) == [
        f"content/forums.yaml:6:13: warning: claim 1 of forum 'astana-forum-2024' cites a quote that gives another "
        f"value in place of one it states: {given}\n    hint: if the sources disagree, give each value with its own "
        "citations (a dispute on the record's field); otherwise cite only the passages that agree"]


@pytest.mark.parametrize("first, second, claim", [
    # Each quote states one of the claim's values
    ("Japan pledged $1 billion.", "Korea pledged $2 billion.", "Japan pledged $1 billion and Korea $2 billion."),
    ("The forum met on 9 August 2024.", "The deal was signed on 12 August 2024.",
     "The forum met on 9 August 2024 and the deal was signed on 12 August 2024."),
    # Another currency, unit or month is no other value of the same thing
    ("Japan pledged $1 billion.", "Japan pledged 150 billion yen.", "Japan pledged $1 billion."),
    ("More than 300 companies took part.", "Some 40 agreements were signed.", "More than 300 companies took part."),
    ("The forum met on 9 August 2024.", "Talks began on 3 July 2024.", "The forum met on 9 August 2024."),
    # The same value, bounded otherwise
    ("Japan pledged $1 billion.", "Japan pledged at least $1 billion.", "Japan pledged $1 billion."),
    # A quote about something else, cited beside the one that states the claim
    ("The forum met on 9 August 2024.", "Delegations arrived on 8 August 2024.", "The forum met on 9 August 2024."),
])
def test_quotes_that_each_state_their_own_value_are_no_disagreement(make_project, first, second, claim):
    assert contradictions(two_sources(make_project, first, second, claim)) == []


SUMMIT = """\
- id: s
  name: The summit
  date: 2025-05-12
  status: {status}
  claims:
    - text: "{claim}"
      cite:
        - source: news
          quote: "{quote}"
"""


@pytest.mark.parametrize("language, status, quote, claim, said", [
    ("en", "planned", "The summit is scheduled for 12 May 2025.", "The summit took place on 12 May 2025.",
     "held, where its quotes say planned"),
    ("en", "held", "The summit took place on 12 May 2025.", "The summit was held on 12 May 2025.", None),
    ("en", "planned", "The summit is scheduled for 12 May 2025.", "The summit is to be held on 12 May 2025.", None),
    # An event put off was not held on its date either.
    ("en", "postponed", "The summit of 12 May 2025 was postponed.", "The summit was not held on 12 May 2025.", None),
    ("es", "postponed", "La cumbre del 12 de mayo de 2025 fue aplazada.",
     "La cumbre no se celebró el 12 de mayo de 2025.", None),
    # but it was not called off: saying so is more than its quotes say
    ("en", "postponed", "The summit of 12 May 2025 was postponed.", "The summit of 12 May 2025 was cancelled.",
     "cancelled, where its quotes say postponed"),
    ("en", "postponed", "The summit of 12 May 2025 was postponed.", "The summit of 12 May 2025 was called off.",
     "cancelled, where its quotes say postponed"),
    ("de", "planned", "Der Gipfel soll am 12. Mai 2025 in Berlin stattfinden.",
     "Der Gipfel fand am 12. Mai 2025 in Berlin statt.", "held, where its quotes say planned"),
    ("es", "postponed", "La cumbre del 12 de mayo de 2025 fue aplazada.",
     "La cumbre se celebró el 12 de mayo de 2025.", "held, where its quotes say postponed"),
    ("fr", "cancelled", "Le sommet du 12 mai 2025 a été annulé.", "Le sommet s'est tenu le 12 mai 2025.",
     "held, where its quotes say cancelled"),
])
def test_a_claim_may_not_say_an_event_became_what_its_quotes_do_not(make_project, language, status, quote, claim,
                                                                   said):
    root = make_project({"seeds/news.txt": f"---\nlanguage: {language}\n---\n{quote}\n",
                         "content/summits.yaml": SUMMIT.format(status=status, claim=claim, quote=quote.rstrip(".")),
                         "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n'}, name=f"status-{language}")
    # (a German or Spanish claim may tell its verb as done as well: "fand … statt" where "soll … stattfinden")
    found = [part for w in warnings(root) if "the event as" in w.message
             for part in w.message.split(": ", 1)[1].split("; ") if part.startswith("the event as")]
    assert found == ([] if said is None else [f"the event as {said}"])


def test_only_an_events_claim_is_judged_by_what_became_of_the_event(make_project):
    quote = "Japan pledged $1 billion at the summit planned for May"
    figure = ("- id: pledge\n  name: Pledge\n  amount: 1000000000\n  currency: USD\n  claims:\n"
              "    - text: Japan pledged $1 billion at the summit held in May.\n      cite:\n"
              f"        - source: news\n          quote: \"{quote}\"\n")
    root = make_project({"seeds/news.txt": f"News\n{quote}.\n", "content/figures.yaml": figure})
    assert [w for w in warnings(root) if "the event as" in w.message] == []


NFC_SENTENCE = "Minister Häkkinen met officials in São Paulo."


def _one_claim_project(make_project, source: str, claim: str, quote: str):
    return make_project({
        "seeds/article.txt": f"---\ntitle: Visit\n---\n{source}\n",
        "content/figures.yaml": None,
        "content/forums.yaml": f'- id: visit\n  name: Visit\n  date: 2024-08-09\n  countries: [kz, jp]\n'
                               f'  claims:\n    - text: "{claim}"\n      cite:\n        - source: article\n'
                               f'          quote: "{quote}"\n',
    })


# Accented letters as a letter and a combining mark (NFD, as some systems save
# files) are the same words as the same letters typed as one (NFC).
@pytest.mark.parametrize("source, claim", [
    (unicodedata.normalize("NFD", NFC_SENTENCE), NFC_SENTENCE),
    (NFC_SENTENCE, unicodedata.normalize("NFD", NFC_SENTENCE)),
    (NFC_SENTENCE, NFC_SENTENCE),
])
def test_a_claim_and_its_quote_writing_accents_in_other_forms_agree(make_project, source, claim):
    assert warnings(_one_claim_project(make_project, source, claim, source)) == []


def test_a_name_its_quote_lacks_still_warns_whatever_the_accents_form(make_project):
    source = unicodedata.normalize("NFD", NFC_SENTENCE)
    claim = "Minister Häkkinen met officials in Brasília."
    assert "Brasília" in warnings(_one_claim_project(make_project, source, claim, source))[0].message


def foreign_beside(make_project, foreign: str, english: str, claim: str):
    """A figure's claim citing a sentence of a Russian source, untranslated, and one of an English source."""
    return make_project({
        "seeds/ru.txt": f"---\ntitle: Отчёт\nlanguage: ru\n---\nОтчёт\n{foreign}\n",
        "seeds/en.txt": f"Report\n{english}\n",
        "content/forums.yaml": None,
        "content/figures.yaml": f"""\
- id: metro
  name: Metro investment
  amount: 2000000000
  currency: USD
  claims:
    - text: "{claim}"
      cite:
        - source: ru
          quote: "{foreign}"
        - source: en
          quote: "{english}"
""",
    })


@pytest.mark.parametrize("foreign, english, claim, given", [
    ("Япония инвестирует 1 млрд долларов в метро.", "Japan will invest $2 billion in the metro.",
     "Japan will invest $2 billion in the metro.", "1 млрд долларов for $2 billion"),
    ("Япония инвестирует 2 млрд долларов в метро.", "Japan will invest $1 billion in the metro.",
     "Japan will invest $2 billion in the metro.", "$1 billion for $2 billion"),
])
def test_a_quote_in_another_language_giving_another_amount_in_place_of_the_claims_warns(make_project, foreign,
                                                                                        english, claim, given):
    """A claim of "$2 billion" citing a Russian source's "1 млрд долларов" beside an English "$2 billion" passed
    without a word: the Russian quote shares no word with the claim, so it was taken to speak of something
    else, while the other way round (an English quote's "$1 billion") was found."""
    assert [d.format().splitlines()[0] for d in check(foreign_beside(make_project, foreign, english,
                                                                     claim)).diagnostics.warnings
            if "in place of" in d.message] == [
        "content/figures.yaml:6:13: warning: claim 1 of figure 'metro' cites a quote that gives another value in "
        f"place of one it states: {given}"]


def test_a_day_a_quote_in_another_language_gives_beside_the_claims_is_no_rival(make_project):
    """Read by its amounts only: a quote of the days around the claim's is no other value of it."""
    root = foreign_beside(make_project, "Делегации прибыли 8 августа 2024 года.",
                          "The metro deal was signed on 9 August 2024.", "The metro deal was signed on 9 August 2024.")
    assert [d.format() for d in check(root).diagnostics.warnings if "in place of" in d.message] == []
