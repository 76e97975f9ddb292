"""Quote anchoring: every citation lands on exactly one passage of its
source, or the editor is told where and why not."""
import json
import random
import re
import time
from pathlib import Path

import pytest

from briefgen import build, check
from briefgen.diagnostics import Diagnostics
from briefgen.provenance import Closest, SourceIndex
from briefgen.sources import read_source


# One paragraph per line, as plain-text sources are read. ¶4 and ¶6 share a
# sentence; ¶5, ¶7 and ¶8 carry the typography that matching forgives.
ARTICLE = """\
Forum report
On 9 August 2024, the forum met in Astana. More than 350 companies took part.
Japan pledged $1 billion for an airport in Uzbekistan.
In Astana, officials said the talks were useful. Trade grew.
Japan’s “Central Asia plus Japan” dialogue – launched in 2004 — met again.
In Tokyo, officials said the talks were useful. Investment grew.
The fund’s\u00a0budget  rose\tsharply in 2023.
The minister's "plan" was - in short - bold.
"""


def yaml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def citing(*cites: dict, source: str = "article") -> str:
    """content/meetings.yaml with one record whose claims cite the given
    quotes, one claim each; the first quote sits at line 7, column 18."""
    lines = ["- id: talks", "  name: Talks", "  claims:"]
    for number, cite in enumerate(cites, start=1):
        lines += [f"    - text: Claim {number}.", "      cite:", f"        - source: {source}"]
        lines += [f"          {key}: {yaml_text(value)}" for key, value in cite.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture
def quoting(make_project):
    def make(*cites: dict, source: str = "article", seeds: dict | None = None) -> Path:
        return make_project({"seeds/article.txt": ARTICLE, **(seeds or {}),
                             "content/meetings.yaml": citing(*cites, source=source)})
    return make


def errors(root: Path) -> list[str]:
    return [d.format() for d in check(root).diagnostics.errors]


def anchored(root: Path, claim: int = 0):
    """The anchor of a claim of record 'talks', and the source text it covers."""
    result = check(root)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    cite = result.library.records["talks"].claims[claim].cites[0]
    anchor = result.library.anchors[cite.key]
    return anchor, result.library.sources[anchor.source].text[anchor.start:anchor.end]


def paragraph_holding(html: str, mark_id: str) -> int:
    for number, body in re.findall(r'<p id="p-(\d+)">(.*?)</p>', html, flags=re.S):
        if f'<mark id="{mark_id}"' in body:
            return int(number)
    raise AssertionError(f"no paragraph holds {mark_id}")


def source_html(root: Path, source: str = "article") -> str:
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return (root / "site" / "sources" / source / "index.html").read_text(encoding="utf-8")


# -- passages that occur more than once ------------------------------------

def test_a_quote_occurring_twice_is_an_error_naming_both_paragraphs(quoting):
    root = quoting({"quote": "officials said the talks were useful."})
    assert errors(root) == [
        "content/meetings.yaml:7:18: error: quote occurs 2 times in article (¶4, ¶6)\n"
        "    hint: add 'prefix:' or 'suffix:' with the words just before or after the passage you mean, e.g. "
        "prefix: \"Astana,\" for ¶4, or prefix: \"Tokyo,\" for ¶6"]


def test_a_quote_occurring_twice_is_offered_the_fewest_words_that_pick_each_place(quoting):
    """Each place's words, ready to paste: before it where they tell the places apart, else after it (a
    paragraph's first words have none before them), and never words that pick another place too."""
    notes = ("Port notes\nThe port will open in June, the mayor said.\nThe port will open in June, "
             "the “chief” said.\nHe said: “The port will open in June,” and left.\n")
    root = quoting({"quote": "The port will open in June,"}, source="notes", seeds={"seeds/notes.txt": notes})
    assert errors(root)[0].endswith(
        'with the words just before or after the passage you mean, e.g. suffix: "the mayor" for ¶2, or '
        'suffix: "the “chief”" for ¶3, or suffix: "” and" for ¶4')


@pytest.mark.parametrize("context, paragraph", [
    ({"prefix": "In Astana,"}, 4),
    ({"prefix": "In Tokyo,"}, 6),
    ({"suffix": "Trade grew."}, 4),
    ({"suffix": "Investment"}, 6),
    ({"prefix": "Astana,", "suffix": "Trade"}, 4),
])
def test_prefix_or_suffix_picks_the_occurrence_the_mark_lands_in(quoting, context, paragraph):
    root = quoting({"quote": "officials said the talks were useful.", **context})
    anchor, text = anchored(root)
    assert (anchor.paragraph, text) == (paragraph, "officials said the talks were useful.")
    assert paragraph_holding(source_html(root), f"q-{anchor.key}") == paragraph


def test_a_prefix_that_fits_every_occurrence_asks_for_more_context(quoting):
    root = quoting({"quote": "the talks were useful.", "prefix": "officials said"})
    assert errors(root) == [
        "content/meetings.yaml:7:18: error: quote occurs 2 times in article (¶4, ¶6)\n"
        "    hint: the prefix/suffix fits each of them; lengthen it until it fits only the passage you mean"]


def test_a_prefix_that_fits_no_occurrence_says_where_the_quote_is(quoting):
    root = quoting({"quote": "officials said the talks were useful.", "prefix": "In Osaka,"})
    assert errors(root) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n"
        "    hint: the quote is in ¶4, ¶6, but not with this prefix/suffix; "
        "copy the words just before or after it from the source"]


# -- what matching forgives, and what it does not ----------------------------

@pytest.mark.parametrize("quote, passage", [
    pytest.param('Japan\'s "Central Asia plus Japan" dialogue - launched in 2004 - met again.',
                 "Japan’s “Central Asia plus Japan” dialogue – launched in 2004 — met again.",
                 id="straight quotes and hyphens for curly quotes, en and em dashes"),
    pytest.param("The minister’s “plan” was – in short — bold.",
                 'The minister\'s "plan" was - in short - bold.',
                 id="curly quotes and dashes for straight ones"),
    pytest.param("dialogue—launched in 2004—met again.", "dialogue – launched in 2004 — met again.",
                 id="closed dashes for dashes spaced off"),
    pytest.param("The minister's \"plan\" was — in short — bold.", 'The minister\'s "plan" was - in short - bold.',
                 id="the same spaced dashes"),
    pytest.param("The fund's budget rose sharply in 2023.",
                 "The fund’s\u00a0budget  rose\tsharply in 2023.",
                 id="single spaces for a no-break space, two spaces and a tab"),
    pytest.param("Japan pledged\u00a0$1\u00a0billion", "Japan pledged $1 billion",
                 id="no-break spaces in the quote"),
    pytest.param("In Tokyo, officials said\nthe talks   were useful.",
                 "In Tokyo, officials said the talks were useful.",
                 id="a line break and runs of spaces in the quote"),
    pytest.param("  In Tokyo, officials said the talks were useful.\n", "In Tokyo, officials said the talks were useful.",
                 id="surrounding whitespace"),
])
def test_matching_forgives_whitespace_and_typography(quoting, quote, passage):
    assert anchored(quoting({"quote": quote}))[1] == passage


@pytest.mark.parametrize("quote, hint", [
    pytest.param("in Tokyo, officials said the talks were useful.",
                 'closest (97%) in ¶6: "In Tokyo, officials said the talks were useful."; only capital letters '
                 'differ: write them as the source does', id="case"),
    pytest.param("In Tokyo, officials said talks were useful.",
                 'closest (90%) in ¶6: "In Tokyo, officials said the talks were useful."', id="missing word"),
    pytest.param("In Tokyo officials said the talks were useful.",
                 'closest (97%) in ¶6: "In Tokyo, officials said the talks were useful."', id="missing comma"),
    pytest.param("The funds budget rose sharply in 2023.",
                 'closest (97%) in ¶7: "The fund’s budget rose sharply in 2023."', id="missing apostrophe"),
    pytest.param("Japan pledged $1 billion, for an airport in Uzbekistan.",
                 'closest (99%) in ¶3: "Japan pledged $1 billion for an airport in Uzbekistan."', id="added comma"),
    pytest.param("Japan pledged $1 billion for an airport in Uzbekistan. And more besides.",
                 'closest (85%) in ¶3: "Japan pledged $1 billion for an airport in Uzbekistan."',
                 id="a quote that runs past its paragraph is no perfect match"),
    pytest.param("In Tokyo, officials\u200e said the talks were use\u200dful.",
                 'closest (97%) in ¶6: "In Tokyo, officials said the talks were useful."; the quote holds '
                 "characters no one sees (U+200D zero width joiner, U+200E left-to-right mark): type the quote "
                 "again without them", id="characters no one sees"),
    pytest.param("In Tokyo, officials said the talks were usefu\u0301l.",
                 'closest (98%) in ¶6: "In Tokyo, officials said the talks were useful."; the quote and the source '
                 "write accented letters differently (one as a letter and a combining mark): copy the quote from "
                 "the source file", id="a combining accent"),
])
def test_nothing_else_is_forgiven_and_the_hint_shows_the_closest_passage(quoting, quote, hint):
    assert errors(quoting({"quote": quote})) == [
        f"content/meetings.yaml:7:18: error: quote not found in article\n    hint: {hint}"]


# French sets guillemets and ; : ! ? off with a space, often a no-break one.
FRENCH = ("Compte rendu\n"
          "Le ministre a jugé l’accord «\u00a0équitable\u00a0» "
          "et a ajouté\u202f: «\u202fNous signerons\u00a0!\u202f»\n"
          "Pourquoi attendre ? Le texte sera publié lundi ; les deux pays l’ont approuvé.\n")


@pytest.mark.parametrize("quote, passage", [
    pytest.param("l’accord «équitable»", "l’accord «\u00a0équitable\u00a0»",
                 id="guillemets without their spaces"),
    pytest.param('l\'accord "équitable"', "l’accord «\u00a0équitable\u00a0»",
                 id="straight quotes without spaces"),
    pytest.param("l’accord « équitable » et a ajouté : « Nous signerons ! »",
                 "l’accord «\u00a0équitable\u00a0» et a ajouté\u202f: «\u202fNous signerons\u00a0!\u202f»",
                 id="plain spaces for the no-break ones"),
    pytest.param("a ajouté: «Nous signerons!»", "a ajouté\u202f: «\u202fNous signerons\u00a0!\u202f»",
                 id="colon and exclamation mark without their spaces"),
    pytest.param("Pourquoi attendre? Le texte sera publié lundi; les",
                 "Pourquoi attendre ? Le texte sera publié lundi ; les",
                 id="question mark and semicolon without their spaces"),
])
def test_matching_forgives_the_space_french_sets_inside_guillemets_and_before_marks(quoting, quote, passage):
    assert anchored(quoting({"quote": quote}, source="french", seeds={"seeds/french.txt": FRENCH}))[1] == passage


# Uzbek writes its oʻ and gʻ with the turned comma, ‘ or ', as one article or another does; Ukrainian its
# apostrophe with U+02BC or '.
UZBEK = ("Xabar\n"
         "Oʻzbekiston temir yoʻli qurilishiga 500 mln dollar ajratadi.\n"
         "Комісія зберется вп\u02bcяте у Києві.\n")


@pytest.mark.parametrize("quote, passage", [
    ("O'zbekiston temir yo'li qurilishiga", "Oʻzbekiston temir yoʻli qurilishiga"),
    ("O‘zbekiston temir yo‘li", "Oʻzbekiston temir yoʻli"),
    ("зберется вп'яте", "зберется вп\u02bcяте"),
])
def test_matching_forgives_an_apostrophe_that_is_a_letter(quoting, quote, passage):
    assert anchored(quoting({"quote": quote}, source="uzbek", seeds={"seeds/uzbek.txt": UZBEK}))[1] == passage


@pytest.mark.parametrize("quote", [
    pytest.param("l’accord «inéquitable»", id="another word inside the guillemets"),
    pytest.param("l’accordéquitable", id="a space between words is no typography"),
    pytest.param("«équitable» l’accord", id="the words out of order"),
])
def test_the_words_must_still_be_the_sources_in_order(quoting, quote):
    [error] = errors(quoting({"quote": quote}, source="french", seeds={"seeds/french.txt": FRENCH}))
    assert error.startswith("content/meetings.yaml:7:18: error: quote not found in french\n")


def test_the_closest_passage_is_shown_as_the_source_writes_it(quoting):
    """Its guillemets and curly apostrophe, its no-break spaces as spaces (a hint is one plain line):
    the hint had shown the text as compared, 'l'accord " équitable'."""
    [error] = errors(quoting({"quote": "Le ministre a jugé l'accord «équitables»"}, source="french",
                             seeds={"seeds/french.txt": FRENCH}))
    assert error.endswith('hint: closest (98%) in ¶2: "Le ministre a jugé l’accord « équitable »"')


def test_the_closest_passage_of_a_korean_quote_is_widened_to_whole_words(quoting):
    """Korean spaces its words: a match begun inside one ("상금" of "보상금") is shown from its start, as a
    quote can be pasted; a Japanese match stays as long as it is."""
    korean = "---\nlanguage: ko\n---\n보상금 지급\n한편 시는 어민 단체와 보상 협약을 체결했으며, 보상금 규모는 약 450억 원이다.\n"
    [error] = errors(quoting({"quote": "보상금 규모는 약 450억원이다"}, source="korean",
                             seeds={"seeds/korean.txt": korean}))
    assert error.endswith('hint: closest (94%) in ¶2: "보상금 규모는 약 450억 원이다."')


def test_the_closest_passage_of_a_thai_quote_keeps_its_last_letters_vowel(quoting):
    """Thai writes a vowel as a mark on its letter: a match that ended between them showed "5 ป" for "5 ปี"
    (five years), which pasted as a quote cuts the word."""
    thai = ("---\nlanguage: th\n---\nข่าว\n"
            "เมื่อวานนี้ การประชุมจัดขึ้นอย่างเป็นทางการเป็นครั้งแรกในรอบ 5 ปี\n")
    [error] = errors(quoting({"quote": "การประชุมจัดขึ้นเป็นทางการเป็นครั้งแรกในรอบ 5 ปี"}, source="thai",
                             seeds={"seeds/thai.txt": thai}))
    assert error.split("hint: ")[1].rstrip('"').endswith("ในรอบ 5 ปี")


# -- a quote with words left out at an ellipsis ----------------------------------

GAP = "the quote leaves words out at '{}', and a quote is the source's words without a gap: "


@pytest.mark.parametrize("quote, hint", [
    pytest.param("In Tokyo, officials said … were useful. Investment grew.",
                 GAP.format("…") + "its 2 parts are each in the source, in this order (¶6, ¶6): "
                 "cite each part as a quote of its own", id="both parts found"),
    pytest.param("Japan pledged $1 billion [...] in Uzbekistan. ... Japan’s “Central Asia plus Japan” dialogue",
                 GAP.format("[...]") + "its 3 parts are each in the source, in this order (¶3, ¶3, ¶5): "
                 "cite each part as a quote of its own", id="three parts over two paragraphs"),
    pytest.param("Investment grew... In Tokyo, officials said",
                 GAP.format("...") + "its 2 parts are each in the source (¶6, ¶6), but not in this order: "
                 "cite each part as a quote of its own", id="parts out of order"),
    pytest.param("Japan pledged $1 billion for an airport in Uzbekistan…",
                 "the quote is in the source without its '…' (¶3): a quote may begin and end anywhere, "
                 "with no '…'; leave it out", id="an ellipsis at the end"),
    pytest.param("In Tokyo, officials said . . . were useful.",
                 GAP.format(". . .") + "its 2 parts are each in the source, in this order (¶6, ¶6): "
                 "cite each part as a quote of its own", id="an ellipsis of spaced points"),
])
def test_a_quote_leaving_words_out_is_told_a_quote_has_no_gap_and_where_its_parts_are(quoting, quote, hint):
    assert errors(quoting({"quote": quote})) == [
        f"content/meetings.yaml:7:18: error: quote not found in article\n    hint: {hint}"]


@pytest.mark.parametrize("quote, passage", [
    ("The talks... were long, the envoy said.", "The talks… were long, the envoy said."),
    ("The talks … were long", "The talks… were long"),
    ("The mayor paused… and then agreed.", "The mayor paused . . . and then agreed."),
    ("The mayor paused [...] and then", "The mayor paused . . . and then"),
])
def test_a_quote_writing_the_sources_own_ellipsis_otherwise_is_not_told_it_leaves_words_out(quoting, quote,
                                                                                             passage):
    """A source may write an ellipsis of its own (a speaker's pause, its own cut); a quote that writes it in
    another form or spacing left nothing out, but was told its parts are each in the source, to cite apart."""
    notes = "Notes\nThe talks… were long, the envoy said.\nThe mayor paused . . . and then agreed.\n"
    root = quoting({"quote": quote}, source="notes", seeds={"seeds/notes.txt": notes})
    paragraph = 2 if "talks" in quote else 3
    assert errors(root) == [
        f"content/meetings.yaml:7:18: error: quote not found in notes\n    hint: the source writes its own ellipsis "
        f'there: "{passage}" in ¶{paragraph}; write it as the source does']


@pytest.mark.parametrize("written, quoted, markup", [
    ("the **peace** talks", "the **peace** talks", "**"),
    ("the [peace talks](https://example.org/talks)", "the [peace talks](https://example.org/talks)", "[…](…)"),
    ("## The peace talks", "## The peace talks", "##"),
])
def test_markdown_a_quote_copies_from_a_md_source_is_named(quoting, written, quoted, markup):
    """A .md source is read as its page shows it: markup copied from its file into a quote is no text of it."""
    root = quoting({"quote": f"{quoted} were useful"}, source="notes",
                   seeds={"seeds/notes.md": f"Notes\n\n{written} were useful.\n"})
    [error] = errors(root)
    assert error.endswith(f"; the quote holds Markdown ('{markup}'), which is not the source's text: quote the words "
                          "as its page shows them"), error


@pytest.mark.parametrize("quote, passage, added", [
    ("In Tokyo, officials said the [peace] talks were useful.", "In Tokyo, officials said the talks were useful.",
     "[peace]"),
    ("[They] said the talks were useful.", "officials said the talks were useful. Trade", "[They]"),
])
def test_words_a_quote_adds_in_square_brackets_are_named(quoting, quote, passage, added):
    """News marks its own words within a quotation in square brackets; a quote holds only the source's."""
    [error] = errors(quoting({"quote": quote}))
    assert error.endswith(f'"{passage}"; the quote adds \'{added}\', which the source does not write: a quote '
                          "holds only the source's words, and the claim says the rest"), error


def test_a_part_not_in_the_source_is_named_with_its_closest_passage(quoting):
    [error] = errors(quoting({"quote": "Japan pledged $1 billion … for a railway in Uzbekistan."}))
    assert error == ("content/meetings.yaml:7:18: error: quote not found in article\n    hint: " + GAP.format("…")
                     + 'cite each part as a quote of its own; its part "for a railway in Uzbekistan." is not in the '
                     'source: closest (78%) in ¶3: "for an airport in Uzbekistan."')


def test_an_ellipsis_the_source_writes_is_quoted_as_any_word(quoting):
    root = quoting({"quote": "The talks were long… and useful."},
                   seeds={"seeds/article.txt": ARTICLE + "The talks were long… and useful.\n"})
    assert anchored(root)[1] == "The talks were long… and useful."
    root = quoting({"quote": "The talks were long… and usefull."},
                   seeds={"seeds/article.txt": ARTICLE + "The talks were long… and useful.\n"})
    assert errors(root) == ["content/meetings.yaml:7:18: error: quote not found in article\n"
                            '    hint: closest (98%) in ¶9: "The talks were long… and useful."']


# -- a quote no passage is close to -----------------------------------------------

def test_a_quote_no_passage_is_close_to_names_none(quoting):
    """An unrelated sentence scored 45% against ¶8: a passage named at random."""
    assert errors(quoting({"quote": "The central bank raised interest rates by half a point on Tuesday."})) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n"
        "    hint: no passage of article is close to it; check that it cites the right source"]


def test_a_quote_whose_last_words_begin_a_paragraph_is_told_the_paragraph_they_are_in(quoting):
    """The last six words of the quote ran from ¶3 into ¶4, and the hint named ¶3, where they begin."""
    lines = ARTICLE.splitlines()
    spanning = " ".join([lines[1].replace("companies", "compnaies"), lines[2], "In Astana,"])
    assert errors(quoting({"quote": spanning})) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n"
        "    hint: the quote's first words are in ¶2 and its last in ¶4, and a quote lies within one paragraph: "
        "cite each paragraph's part as a quote of its own"]


def test_a_quote_longer_than_any_paragraph_is_told_a_quote_lies_within_one(quoting, texts_scored):
    """Seven paragraphs with a typo: 'closest (31%) in ¶2', and every paragraph scored."""
    spanning = " ".join(ARTICLE.splitlines()[1:8]).replace("Investment grew", "Investmnet grew")
    assert errors(quoting({"quote": spanning})) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n"
        "    hint: the quote's first words are in ¶2 and its last in ¶8, and a quote lies within one paragraph: "
        "cite each paragraph's part as a quote of its own"]
    assert texts_scored == []  # no paragraph can be close: none is scored
    repeated = " ".join([ARTICLE.splitlines()[2]] * 3)  # its ends in one paragraph: no span to name
    assert errors(quoting({"quote": repeated})) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n"
        "    hint: the quote is longer than any paragraph of article, and a quote lies within one paragraph: "
        "cite each paragraph's part as a quote of its own"]


def test_a_quote_across_two_short_paragraphs_is_told_where_its_ends_are(quoting):
    """Shorter than the longest paragraph, so only its ends can tell that it spans two."""
    quote = ("Japan pledged $1 billion for an airport in Uzbekstan. "
             "In Astana, officials said the talks were useful. Trade grew.")
    assert errors(quoting({"quote": quote})) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n"
        "    hint: the quote's first words are in ¶3 and its last in ¶4, and a quote lies within one paragraph: "
        "cite each paragraph's part as a quote of its own"]


def test_characters_no_one_sees_in_the_source_are_named_as_the_sources(quoting):
    """A zero width joiner copied from a web page into the source: typing the quote again cannot help. (A soft
    hyphen, a zero-width space and a word joiner are typography, which matching forgives.)"""
    root = quoting({"quote": "the talks were useful"},
                   seeds={"seeds/article.txt": ARTICLE.replace("were useful", "were use\u200dful")})
    [error] = errors(root)
    assert error.endswith('; the source holds characters no one sees (U+200D zero width joiner) inside these words: '
                          "copy the quote from the source file, or quote the words around them")


@pytest.mark.parametrize("source_words, quote_words, said", [
    ("Комиссия соберётся на следующей неделе в Бишкеке.", "Комиссия соберется на следующей неделе в Бишкеке.",
     "the source writes 'ё' where the quote writes 'е'"),
    ("Это надежные партнеры.", "Это надёжные партнёры.", "the source writes 'е' where the quote writes 'ё'"),
    ("Le prix équitable a été fixé.", "Le prix equitable a ete fixe.",
     "the source writes 'é' where the quote writes 'e'"),
])
def test_a_quote_whose_letters_differ_only_by_their_marks_is_told_so(quoting, source_words, quote_words, said):
    """Russian writes ё as е at will: a quote typed rather than copied differs from its passage only there,
    which a hint of the whole passage does not make plain."""
    root = quoting({"quote": quote_words}, seeds={"seeds/article.txt": ARTICLE + f"\n{source_words}\n"})
    [error] = errors(root)
    assert error.endswith(f'"{source_words}"; only letters\' marks differ ({said}): write them as the source does')


@pytest.mark.parametrize("source_words, quote_words, said", [
    ("وقّع الطرفان الاتفاق", "وقع الطرفان الاتفاق",
     "the source writes marks on its letters that the quote leaves out (U+0651 arabic shadda): copy the quote "
     "from the source file, marks and all"),
    ("وقع الطرفان الاتفاق", "وقّع الطرفان الاتفاق",
     "the quote writes marks on its letters that the source does not (U+0651 arabic shadda): type the quote "
     "without them, as the source writes it"),
    # Vietnamese tone marks, each written in one character with its vowel, and "đ" typed as "d".
    ("Các nhà khoa học Việt Nam cảnh báo con đập sẽ làm giảm mạnh lượng phù sa.",
     "Cac nha khoa hoc Viet Nam canh bao con dap se lam giam manh luong phu sa.",
     "only letters' marks differ (the source writes 'à' where the quote writes 'a', 'á' where the quote writes "
     "'a', 'ạ' where the quote writes 'a' and 9 more): write them as the source does"),
    ("điện sẽ được bán", "điện sẻ được bán",
     "only letters' marks differ (the source writes 'ẽ' where the quote writes 'ẻ'): write them as the source does"),
    ("the Élysée Treaty", "the Elysee Treaty",
     "only letters' marks differ (the source writes 'É' where the quote writes 'E', 'é' where the quote writes 'e'): "
     "write them as the source does"),
])
def test_marks_a_writer_often_leaves_out_are_named_when_only_they_differ(quoting, source_words, quote_words, said):
    """Arabic harakat and Hebrew niqqud: a quote that leaves them out looks like its passage."""
    root = quoting({"quote": quote_words},
                   seeds={"seeds/article.txt": ARTICLE + f"\n{source_words} في أستانا.\n"})
    [error] = errors(root)
    assert error.endswith(f"; {said}")


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("«", "»"), ("„", "“"), ("「", "」"), ("« ", " »")])
def test_quotation_marks_yaml_keeps_in_the_value_are_named(quoting, opening, closing):
    """Only ASCII ' and " quote a YAML value: 'quote: “…”' keeps its marks as the quote's first and last
    characters, and the closest passage then looks like the quote itself."""
    root = quoting({"quote": f"{opening}In Tokyo, officials said the talks were useful.{closing}"})
    [error] = errors(root)
    assert error.endswith(f'"In Tokyo, officials said the talks were useful."; the quote starts and ends with '
                          f'{opening.strip()} {closing.strip()}: YAML keeps them as part of the text; use straight '
                          'quotes "…" or none')


@pytest.mark.parametrize("quote, passage", [("in tokyo, officials said the talks were useful.",
                                               "In Tokyo, officials said the talks were useful."),
                                              ("In Tokyo, Officials said", "In Tokyo, officials said")])
def test_a_quote_whose_capitals_alone_differ_is_told_so(quoting, quote, passage):
    """A passage as long as a paragraph does not show that only a capital differs."""
    [error] = errors(quoting({"quote": quote}))
    assert error.endswith(f'"{passage}"; only capital letters differ: write them as the source does')


@pytest.mark.parametrize("quote, typed", [("The fund´s budget rose sharply", "'´' (U+00B4 acute accent)"),
                                         ("The fund`s budget rose sharply", "'`' (U+0060 grave accent)")])
def test_an_accent_typed_for_an_apostrophe_is_named(quoting, quote, typed):
    """A keyboard without an apostrophe puts an accent beside it; the hint showed the passage, in which ’ and ´
    look alike, and took a backtick between letters for Markdown's code."""
    [error] = errors(quoting({"quote": quote}))
    assert error.endswith(f'"The fund’s budget rose sharply"; the quote writes {typed} where the source has an '
                          "apostrophe: write ' or ’")


@pytest.mark.parametrize("source_words, quote_words, said", [
    ("Officials called the port \u00abthe best option available\u00bb.",
     "called the port 'the best option available'", "the source's are double where the quote's are single"),
    ("The council had \u2018no intention\u2019 of selling the harbour.",
     'The council had "no intention" of selling', "the source's are single where the quote's are double"),
])
def test_quotation_marks_turned_single_or_double_are_named(quoting, source_words, quote_words, said):
    """A writer turns the marks of a quotation inside their own ('called 'the best option'' for «the best
    option»); the closest passage alone, which looks like the quote, did not say that only the marks differ."""
    [error] = errors(quoting({"quote": quote_words}, seeds={"seeds/article.txt": ARTICLE + source_words + "\n"}))
    assert error.endswith(f"; only the quotation marks differ: {said}: write them as the source does")


@pytest.mark.parametrize("source_words, quote_words, said", [
    ("The \ufb01nancing plan was approved.", "The financing plan was approved.",
     "the source writes 'ﬁ' (U+FB01 latin small ligature fi) for 'fi', the quote the plain form: copy the quote "
     "from the source file"),
    ("The officially approved plan.", "The o\ufb03cially approved plan.",
     "the quote writes 'ﬃ' (U+FB03 latin small ligature ffi) for 'ffi', the source the plain form: write it as "
     "the source does"),
    ("The basin covers 4 km\u00b2 of water.", "The basin covers 4 km2",
     "the source writes '²' (U+00B2 superscript two) for '2', the quote the plain form: copy the quote from the "
     "source file"),
    ("A contract went to \uff21\uff22\uff23 Holdings.", "A contract went to ABC Holdings.",
     "the source writes 'Ａ' (U+FF21 fullwidth latin capital letter a) for 'A', 'Ｂ' (U+FF22 fullwidth latin "
     "capital letter b) for 'B', 'Ｃ' (U+FF23 fullwidth latin capital letter c) for 'C', the quote the plain form: "
     "copy the quote from the source file"),
])
def test_a_ligature_copied_from_a_pdf_is_named_not_called_a_capital(quoting, source_words, quote_words, said):
    """'ﬁ'.casefold() is 'fi': a hint that compared by casefold told of capitals where only a ligature differs."""
    [error] = errors(quoting({"quote": quote_words}, seeds={"seeds/article.txt": ARTICLE + source_words + "\n"}))
    assert error.endswith(f"; {said}")


@pytest.mark.parametrize("quote, said", [
    ("Japan pledged $1 billion for an airport in *Uzbekistan*.",
     "the quote holds Markdown ('*'), which is not the source's text: quote the words as its page shows them"),
    ("In Tokyo, officials said the talks were useful. Investment grew &amp; more.",
     "the quote holds the HTML entity '&amp;', which a page shows as '&': write '&'"),
    ("The fund&#8217;s budget rose sharply in 2023.",
     "the quote holds the HTML entity '&#8217;', which a page shows as '’': write '’'"),
    ("The fund’s&nbsp;budget rose sharply in 2023.",
     "the quote holds the HTML entity '&nbsp;', which a page shows as a space: write a space"),
])
def test_emphasis_and_entities_copied_from_a_pages_source_are_named(quoting, quote, said):
    """Copied from a Markdown file or an HTML page's source: the closest passage alone looks like the quote."""
    [error] = errors(quoting({"quote": quote}))
    assert error.endswith(f"; {said}")


@pytest.mark.parametrize("quote", ["The harbour infrastructure must be renewed.",
                                   "The harbour infra-structure must be renewed."])
def test_a_word_the_source_breaks_as_at_a_lines_end_is_named(quoting, quote):
    """'infra-' at a line's end in a Markdown source reads 'infra- structure'; a quote copied from the PDF
    writes the word whole, and the closest passage alone does not say why it is no match."""
    [error] = errors(quoting({"quote": quote},
                             seeds={"seeds/article.txt": ARTICLE + "The harbour infra- structure must be renewed.\n"}))
    assert error.endswith("; the source writes 'infra- structure', a word broken as at a line's end: quote it as "
                          "the source writes it, or mend the source")


@pytest.mark.parametrize("quote", ["improve the harbour infrastructure and the roads",
                                   "improve the harbour infra-structure and the roads"])
def test_a_word_a_txt_source_breaks_across_two_lines_is_named_with_the_parts_to_cite(quoting, quote):
    """Each line of a .txt source is a paragraph: a word hyphenated at a line's end is in two, and a quote
    writing it whole was shown only the closest line ('structure and the roads.', 63%)."""
    lines = "The works will improve the harbour infra-\nstructure and the roads.\n"
    assert errors(quoting({"quote": quote}, seeds={"seeds/article.txt": ARTICLE + lines})) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n    hint: the source breaks a word at a "
        "line's end, 'infra-' ending ¶9 and 'structure' starting ¶10, and a quote lies within one paragraph: cite "
        "each paragraph's part as a quote of its own: \"improve the harbour infra-\" (¶9), \"structure and the "
        "roads\" (¶10)"]


def test_a_quote_not_found_in_a_paragraph_of_one_long_word_is_told_at_once(quoting):
    """Looking for a word broken as at a line's end tried a word from each of its letters: a paragraph
    of 100,000 letters without a space (a pasted base64 image) took minutes, 2 million hours."""
    seeds = {"seeds/article.txt": ARTICLE + "x" * 100_000 + "\n"}
    began = time.monotonic()
    [error] = errors(quoting({"quote": "x" * 40 + "y"}, seeds=seeds))
    assert time.monotonic() - began < 10
    assert "quote not found in article" in error


def test_a_sharp_s_written_ss_is_not_called_a_capital(quoting):
    [error] = errors(quoting({"quote": "met in the Hauptstrasse on Monday"},
                             seeds={"seeds/article.txt": ARTICLE + "The council met in the Hauptstraße on Monday.\n"}))
    assert "capital" not in error and "Hauptstraße" in error


def test_a_quote_whose_words_differ_is_not_told_its_capitals_do(quoting):
    [error] = errors(quoting({"quote": "in tokyo, officials said the talks were usefull."}))
    assert "capital" not in error


def test_quotation_marks_the_source_writes_too_are_not_blamed(quoting):
    assert anchored(quoting({"quote": "“Central Asia plus Japan”"}))[1] == "“Central Asia plus Japan”"
    [error] = errors(quoting({"quote": "“Central Asia plus Japon”"}))
    assert "YAML keeps them" not in error and 'closest (96%) in ¶5: "“Central Asia plus Japan”' in error


@pytest.mark.parametrize("source_words, quote_words, said", [
    ("２０２４年８月９日、フォーラムが開かれた。", "2024年8月9日、フォーラムが開かれた。",
     'the source writes "２０２４" (full-width digits) where the quote writes "2024" (ASCII digits)'),
    ("2024年8月9日、フォーラムが開かれた。", "２０２４年８月９日、フォーラムが開かれた。",
     'the source writes "2024" (ASCII digits) where the quote writes "２０２４" (full-width digits)'),
    ("عقد المنتدى في ٢٠٢٤ في أستانا", "عقد المنتدى في 2024 في أستانا",
     'the source writes "٢٠٢٤" (Arabic-Indic digits) where the quote writes "2024" (ASCII digits)'),
])
def test_digits_written_in_another_form_are_named(quoting, source_words, quote_words, said):
    root = quoting({"quote": quote_words}, seeds={"seeds/article.txt": ARTICLE + f"\n{source_words}\n"})
    assert errors(root) == ["content/meetings.yaml:7:18: error: quote not found in article\n"
                            f'    hint: in ¶9 only the digits differ: "{source_words}"; {said}: copy the quote '
                            "from the source file"]


@pytest.mark.parametrize("source_words, quote_words, said", [
    # Short enough that no passage scored close: the hint said to check the source cited.
    ("經濟部表示，對台灣業者的影響有限。", "对台湾业者的影响",
     'in ¶9 only the script differs: "對台灣業者的影響"; the source writes Traditional characters ("對灣業響") '
     'where the quote writes Simplified ("对湾业响")'),
    ("双方同意第四轮对话将于下个月举行。", "第四輪對話將於下個月舉行",
     'in ¶9 only the script differs: "第四轮对话将于下个月举行"; the source writes Simplified characters '
     '("轮对话将于") where the quote writes Traditional ("輪對話將於")'),
    # Characters news writes rarely: every character OpenCC converts, not a list of the commonest.
    ("籲請當局嚴懲釁端，並檢討監管漏洞。", "吁请当局严惩衅端",
     'in ¶9 only the script differs: "籲請當局嚴懲釁端"; the source writes Traditional characters ("籲請當嚴懲") '
     'where the quote writes Simplified ("吁请当严惩")'),
])
def test_chinese_written_in_the_other_script_is_named(quoting, source_words, quote_words, said):
    root = quoting({"quote": quote_words}, seeds={"seeds/article.txt": ARTICLE + f"\n{source_words}\n"})
    assert errors(root) == ["content/meetings.yaml:7:18: error: quote not found in article\n"
                            f"    hint: {said}: copy the quote from the source file"]


def test_chinese_whose_words_differ_is_not_told_its_script_does(quoting):
    root = quoting({"quote": "对台湾业者的冲击"}, seeds={"seeds/article.txt": ARTICLE + "\n對台灣業者的影響有限。\n"})
    [error] = errors(root)
    assert "script" not in error


def test_each_quote_not_found_in_a_source_is_told_of_its_own_digits(quoting):
    """Whether the source writes other digits is looked for once: a second
    quote not found in it is still told the digits differ, a third that the
    words do."""
    source_words = "２０２４年８月９日、フォーラムが開かれた。"
    root = quoting({"quote": "the forum met in Astanna"}, {"quote": "2024年8月9日、フォーラムが開かれた。"},
                   {"quote": "More than 350 companys took part."},
                   seeds={"seeds/article.txt": ARTICLE + f"\n{source_words}\n"})
    found = errors(root)
    assert len(found) == 3 and all("digits differ" not in error for error in found[::2])
    assert ('    hint: in ¶9 only the digits differ: "２０２４年８月９日、フォーラムが開かれた。"; the source writes "２０２４" '
            '(full-width digits) where the quote writes "2024" (ASCII digits)') in found[1]

def test_a_quote_found_word_for_word_in_another_source_says_which(quoting):
    """A quote copied from one source and cited from another: the hint names
    the source that holds it, not a passage that only looks a little alike."""
    wire = "Wire report\nThe ministers agreed on a new water-sharing plan.\n"
    root = quoting({"quote": "The ministers agreed on a new water-sharing plan."}, seeds={"seeds/wire.txt": wire})
    assert errors(root) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n    hint: the quote is in 'wire', word for "
        "word: is that the source you meant? fix 'source:'"]


@pytest.mark.parametrize("quote", ["The ministers agreed on a “new” water-sharing plan.",
                                   "the ministers agreed on a 'new' water-sharing plan"])
def test_a_quote_copied_from_another_source_with_a_writers_changes_says_which(quoting, quote):
    """A writer's quotation capitalises its first word and turns its quotation marks; copied so from one source
    and cited from another, the hint only said that no passage of the cited source is close."""
    wire = "Wire report\nThey said the ministers agreed on a “new” water-sharing plan.\n"
    root = quoting({"quote": quote}, seeds={"seeds/wire.txt": wire})
    assert errors(root) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n    hint: no passage of article is close to "
        "it, but 'wire' holds it with other capitals or quotation marks: is that the source you meant? fix "
        "'source:', and write the quote as that source does"]


@pytest.mark.parametrize("quote", ["IN TOKYO, OFFICIALS SAID", "JAPAN'S 'CENTRAL ASIA PLUS JAPAN' DIALOGUE"])
def test_a_quote_in_capitals_throughout_is_shown_the_passage_as_the_source_writes_it(quoting, quote):
    """Every letter's case differing (a headline's capitals copied), no passage scores as close, and the hint said
    to check that the quote cites the right source, which it does."""
    passage = "In Tokyo, officials said" if "TOKYO" in quote else "Japan’s “Central Asia plus Japan” dialogue"
    paragraph = 6 if "TOKYO" in quote else 5
    assert errors(quoting({"quote": quote})) == [
        "content/meetings.yaml:7:18: error: quote not found in article\n    hint: the source writes it with other "
        f'capitals or quotation marks in ¶{paragraph}: "{passage}"; write it as the source does']


def test_a_quote_may_not_span_two_paragraphs(quoting):
    assert errors(quoting({"quote": "took part. Japan pledged"})) == [
        "content/meetings.yaml:7:18: error: quote spans ¶2–¶3 of article\n"
        "    hint: cite each paragraph's part as its own quote: \"took part.\" (¶2), \"Japan pledged\" (¶3)"]


def test_a_quote_over_many_paragraphs_is_shown_the_first_parts_to_cite(quoting):
    """Each paragraph's part as the source writes it, ready to paste as the quotes; the first three of many."""
    lines = ARTICLE.splitlines()
    spanning = "Trade grew. " + " ".join(lines[4:8])
    assert errors(quoting({"quote": spanning})) == [
        "content/meetings.yaml:7:18: error: quote spans ¶4–¶8 of article\n"
        "    hint: cite each paragraph's part as its own quote: \"Trade grew.\" (¶4), \"Japan’s “Central Asia plus "
        "Japan” dialogue – launched in 2004 — met again.\" (¶5), \"In Tokyo, officials said the talks were useful. "
        "Investment grew.\" (¶6) and 2 more"]


@pytest.mark.parametrize("name", ["wrapped.txt", "wrapped.md"])
def test_a_quote_across_a_line_break_of_a_wrapped_text_file_is_told_each_line_is_a_paragraph(quoting, name):
    """An article pasted as wrapped at a fixed width breaks its sentences across lines, each a paragraph of a .txt
    source; a Markdown source joins them, so the quote is found."""
    wrapped = "Wire report\n\nThe ministers agreed on a new\nwater-sharing plan for the river.\n"
    found = errors(quoting({"quote": "agreed on a new water-sharing plan"}, source="wrapped",
                           seeds={f"seeds/{name}": wrapped}))
    assert found == ([] if name.endswith(".md") else [
        "content/meetings.yaml:7:18: error: quote spans ¶2–¶3 of wrapped\n"
        "    hint: cite each paragraph's part as its own quote: \"agreed on a new\" (¶2), \"water-sharing plan\" "
        "(¶3); in a .txt source each line is a paragraph, and ¶2 "
        "stops before its sentence does: if the document was wrapped at a fixed width, add it again with one "
        "paragraph per line"])


# -- a quote keeps the source's words whole ---------------------------------

WORDS = """\
Figures
Tokyo will investigate a fund of $1.5bn, 1,000,000 yen and 21.5 tons.
Japanese firms came to the cafe\u0301. Japan paid.
日本は中央アジアに投資する。
6209a5ac0fd0e76f397682ff33ba81dbThe ministers met.
Turnout was 12-15 thousand after a $2.5-billion deal; firms took 45% of 1/2 the stands at 40°C in the U.S. today.
Sums: 1’500 francs, ١٢٫٥ مليار, 4兆2900億円 and 4조 2900억 달러; on May 3 500 people marched.
The deal with the ad\u00administration in Hargeisa.
"""


@pytest.mark.parametrize("quote, word, paragraph", [
    ("Tokyo will invest", "investigate", 2),  # says what the source does not
    ("okyo will investigate", "Tokyo", 2),
    ("a fund of $1.5", "1.5bn", 2),
    ("1,000", "1,000,000", 2),
    ("1.5 tons", "21.5", 2),
    ("firms came to the caf", "cafe\u0301", 3),
    ("firms came to the cafe", "cafe\u0301", 3),  # the accent is written as a mark after the letter
    # a number runs on through its signs and joins, an abbreviation through its points
    ("Turnout was 12", "12-15", 6),
    ("after a $2.5", "2.5-billion", 6),
    ("firms took 45", "45%", 6),
    ("45% of 1", "1/2", 6),
    ("the stands at 40", "40°C", 6),
    ("in the U", "U.S", 6),
    # a number runs on through its group signs, Arabic's decimal sign and CJK scale words
    ("500 francs", "1’500", 7),
    ("٥ مليار", "١٢٫٥", 7),
    ("2900億円", "4兆2900億円", 7),
    ("Sums: 1’500 francs, ١٢٫٥ مليار, 4兆", "4兆2900億円", 7),
    ("2900억 달러", "4조 2900억", 7),
    # a soft hyphen, which no one sees, marks where a word may break, not where it ends
    ("deal with the ad", "ad\u00administration", 8),
    ("ministration in Hargeisa", "ad\u00administration", 8),
])
def test_a_quote_that_cuts_a_word_is_an_error_naming_the_word(quoting, quote, word, paragraph):
    root = quoting({"quote": quote}, source="words", seeds={"seeds/words.txt": WORDS})
    assert errors(root) == [
        f"content/meetings.yaml:7:18: error: quote cuts the word '{word}' in ¶{paragraph} of words\n"
        "    hint: a quote keeps the source's words whole: extend it to the whole word, or end it before that word"]


@pytest.mark.parametrize("language, error", [("fr", "quote cuts the word '1 500' in ¶1 of pret"), ("en", None)])
def test_a_quote_may_not_start_inside_a_number_its_language_groups_with_spaces(quoting, language, error):
    source = f"---\nlanguage: {language}\n---\nPrêt\nLe prêt atteint 1\u202f500 millions d’euros.\n"
    root = quoting({"quote": "500 millions d’euros"}, source="pret", seeds={"seeds/pret.md": source})
    assert [e.split("\n")[0].split("error: ")[1] for e in errors(root)] == ([error] if error else [])


@pytest.mark.parametrize("quote, passage", [
    ("Japan", "Japan"),  # the whole word, not the start of "Japanese": one place, not two
    ("$1.5bn, 1,000,000 yen and 21.5 tons.", "$1.5bn, 1,000,000 yen and 21.5 tons."),
    ("中央アジア", "中央アジア"),  # a script without spaces: any character may end a word
    ("The ministers met.", "The ministers met."),  # a capital after a small letter starts a word
    ("$2.5-billion deal; firms took 45% of 1/2 the stands at 40°C in the U.S. today.",
     "$2.5-billion deal; firms took 45% of 1/2 the stands at 40°C in the U.S. today."),
    ("500 people marched", "500 people marched"),  # English groups no digits with a space
])
def test_a_quote_of_whole_words_is_anchored(quoting, quote, passage):
    anchor, text = anchored(quoting({"quote": quote}, source="words", seeds={"seeds/words.txt": WORDS}))
    assert text == passage
    assert WORDS[anchor.start:anchor.end] == passage


def test_passages_that_cross_are_an_error_pointing_at_both(quoting):
    root = quoting({"quote": "In Astana, officials said"}, {"quote": "officials said the talks were useful. Trade"})
    assert errors(root) == [
        "content/meetings.yaml:11:18: error: quote overlaps another cited passage of article without containing it\n"
        "    hint: extend or shorten it so it contains or avoids the quote at content/meetings.yaml:7:18"]


def test_nested_passages_render_as_nested_marks(quoting):
    root = quoting({"quote": "In Astana, officials said the talks were useful. Trade grew."},
                   {"quote": "officials said the talks were useful.", "prefix": "In Astana,"})
    outer, inner = anchored(root, 0)[0], anchored(root, 1)[0]
    html = source_html(root)
    assert (f'<mark id="q-{outer.key}" class="quote" data-claims="1" title="cited by 1 claim">In Astana, '
            f'<mark id="q-{inner.key}" class="quote" data-claims="1" title="cited by 1 claim">'
            "officials said the talks were useful.</mark> Trade grew.</mark>") in html


# -- permalinks ---------------------------------------------------------------

def test_quote_keys_survive_edits_elsewhere_in_the_source(quoting):
    root = quoting({"quote": "officials said the talks were useful.", "prefix": "In Tokyo,"},
                   {"quote": "Japan's \"Central Asia plus Japan\" dialogue"})
    before = re.findall(r'<mark id="(q-[0-9a-f]{10})"[^>]*>([^<]*)', source_html(root))
    article = root / "seeds" / "article.txt"
    edited = ARTICLE.replace("Forum report\n", "Forum report\nA new first paragraph moves every offset.\n")
    article.write_text(edited.replace("an airport", "a new airport"), encoding="utf-8")
    after = re.findall(r'<mark id="(q-[0-9a-f]{10})"[^>]*>([^<]*)', source_html(root))
    assert len(before) == 4 and after == before
    assert anchored(root)[0].paragraph == 7  # the passage moved; its id did not


# -- the index itself -----------------------------------------------------------

@pytest.fixture
def index(tmp_path) -> SourceIndex:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return SourceIndex(read_source(path, 10_000, Diagnostics(tmp_path)))


def test_occurrences_are_offsets_into_the_text_as_stored(index):
    [(start, end)] = index.occurrences("The fund's budget rose sharply")
    assert index.source.text[start:end] == "The fund’s\u00a0budget  rose\tsharply"
    spans = index.occurrences("the talks were useful")
    assert [index.source.text[s:e] for s, e in spans] == ["the talks were useful"] * 2
    assert index.occurrences("the talks were useful", suffix="Investment") == []
    assert index.occurrences("the talks were useful", suffix=". Investment") == spans[1:]


def test_closest_scores_by_paragraph_and_rounds_down(index):
    assert index.closest("japan pledged $1 billion") == Closest(3, 95, "Japan pledged $1 billion")
    assert index.closest("Japan pledged $1 billion") == Closest(3, 100, "Japan pledged $1 billion")


def test_the_closest_passage_in_a_script_without_spaces_is_the_match_not_its_paragraph(tmp_path):
    path = tmp_path / "kiji.txt"
    path.write_text("記事\n日本政府は中央アジア諸国との首脳会合で、物流網の整備と人材育成に関する共同文書を発表する予定だ。"
                    "会合は八月にカザフスタンで開かれる。\n", encoding="utf-8")
    index = SourceIndex(read_source(path, 10_000, Diagnostics(tmp_path)))
    near = index.closest("物流網の整備と人材の育成に関する共同文書")
    assert (near.paragraph, near.text) == (2, "物流網の整備と人材育成に関する共同文書")


# -- the closest passage in a long source, and kept from the last check (closestmemo.py)

def long_article(paragraphs: int) -> list[str]:
    """Lines of made-up words, each paragraph unlike the others, as a long report's are."""
    rng = random.Random(7)
    syllables = ["ka", "zo", "mi", "ter", "lan", "du", "ves", "ro", "pa", "nig", "shu", "bel", "tor", "an", "e"]
    words = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(600)})
    return [" ".join(rng.choice(words) for _ in range(30)).capitalize() + "." for _ in range(paragraphs)]


@pytest.fixture
def texts_scored(monkeypatch) -> list[str]:
    """The texts a quote not found was scored against, as the check scores them."""
    from rapidfuzz import fuzz
    scored: list[str] = []

    def counted(score):
        def scoring(needle, text, *args, **kwargs):
            scored.append(text)
            return score(needle, text, *args, **kwargs)
        return scoring

    for name in ("ratio", "partial_ratio_alignment"):
        monkeypatch.setattr(fuzz, name, counted(getattr(fuzz, name)))
    return scored


def test_a_quote_not_found_in_a_long_source_is_scored_only_against_passages_that_may_be_closest(
        make_project, texts_scored):
    """A 2,000-paragraph source: each paragraph took as long as in a short
    one, 115 s for 100 such quotes in a source of 1.9 MB."""
    lines = long_article(2000)
    meant = lines[1234].split()[:12]
    quote = " ".join(meant[:5] + [meant[5] + meant[5][-1]] + meant[6:])  # a letter typed twice
    root = make_project({"seeds/long.txt": "Long report\n" + "\n".join(lines) + "\n",
                         "content/meetings.yaml": citing({"quote": quote}, source="long")})
    [error] = errors(root)
    assert error.startswith("content/meetings.yaml:7:18: error: quote not found in long\n    hint: closest (")
    assert error.endswith(f'%) in ¶1236: "{" ".join(meant)}"')
    assert len(texts_scored) < 10


@pytest.mark.parametrize("quote, passage", [
    ("She added the talks would resume in May.", "She added that the talks would resume in May."),
    ("We will not accept deal that leaves the port’s workers behind",
     "“We will not accept a deal that leaves the port’s workers behind"),
    ("Costs rose to 1 200 million over five years, the chief said", "Costs rose to 1 200 million over five years, "
     "the port’s chief said,"),
])
def test_the_closest_passage_of_a_quote_that_leaves_words_out_keeps_its_first_and_last_words(quoting, quote, passage):
    """The closest passage was as long as the quote, so one that leaves a word out lost words at an end ('that
    the talks would resume in May.'), and an editor who pasted it as the quote still lacked 'She added'."""
    source = ("The minister said: “We will not accept a deal that leaves the port’s workers behind — not now, not "
              "ever.” She added that the talks would resume in May.\n"
              "Costs rose to 1\u2009200 million over five years, the port’s chief said, calling the plan sound.\n")
    [error] = errors(quoting({"quote": quote}, seeds={"seeds/article.txt": ARTICLE + source}))
    assert error.endswith(f'"{passage}"')


def test_the_closest_passage_is_not_searched_for_again_while_the_quote_and_source_are_unchanged(
        quoting, texts_scored):
    root = quoting({"quote": "In Tokyo, officials said talks were useful."})
    first = errors(root)
    assert first[0].endswith('closest (90%) in ¶6: "In Tokyo, officials said the talks were useful."')
    texts_scored.clear()
    assert errors(root) == first and texts_scored == []
    assert not build(root, clean=True).ok and texts_scored != []  # a clean build reads nothing kept
    texts_scored.clear()
    (root / "seeds" / "article.txt").write_text(ARTICLE.replace("Investment grew.", "Investment grew fast."),
                                                encoding="utf-8")
    assert errors(root) == first and texts_scored != []


@pytest.mark.parametrize("damage", [
    lambda kept: [6, 90, "Officials said the talks were a failure."],  # not the paragraph's words
    lambda kept: [60, 90, kept[2]],  # no such paragraph
    lambda kept: [0, 90, kept[2]],
    lambda kept: [6, 101, kept[2]],
    lambda kept: [6, True, kept[2]],
    lambda kept: ["6", 90, kept[2]],
    lambda kept: [6, 90],
    lambda kept: {"paragraph": 6},
], ids=["other words", "past the end", "paragraph 0", "score past 100", "score not a number",
        "paragraph not a number", "too short", "not a list"])
def test_a_damaged_closest_passage_is_searched_for_afresh(quoting, texts_scored, damage):
    root = quoting({"quote": "In Tokyo, officials said talks were useful."})
    first = errors(root)
    stored = root / ".briefgen-cache" / "closest-passages.json"
    state = json.loads(stored.read_text(encoding="utf-8"))
    stored.write_text(json.dumps({**state, "passages": {key: damage(kept) for key, kept in state["passages"].items()}}),
                      encoding="utf-8")
    texts_scored.clear()
    assert errors(root) == first and texts_scored != []


# -- places kept from the last check (quoteplaces.py) ---------------------------

NOTES = "Analyst notes\nMore than 350 companies took part.\n"


@pytest.fixture
def indexes_made(monkeypatch) -> list[str]:
    """The ids of the sources searched for quotes, as the check searches them."""
    made: list[str] = []

    class Counted(SourceIndex):
        def __init__(self, source):
            made.append(source.id)
            super().__init__(source)

    monkeypatch.setattr("briefgen.provenance.SourceIndex", Counted)
    return made


def two_sources(quoting) -> Path:
    root = quoting({"quote": "officials said the talks were useful.", "prefix": "In Tokyo,"},
                   seeds={"seeds/notes.txt": NOTES})
    meetings = root / "content" / "meetings.yaml"
    meetings.write_text(meetings.read_text(encoding="utf-8") + citing({"quote": "More than 350 companies took part."},
                                                                      source="notes").replace("talks", "notes"),
                        encoding="utf-8")
    return root


def outcome(root: Path) -> tuple:
    result = check(root)
    return result.library and dict(result.library.anchors), [d.format() for d in result.diagnostics.items]


def test_only_a_changed_source_is_searched_again(quoting, indexes_made):
    root = two_sources(quoting)
    first = outcome(root)
    assert first[0] and sorted(indexes_made) == ["article", "notes"]
    indexes_made.clear()
    assert outcome(root) == first and indexes_made == []
    (root / "seeds" / "notes.txt").write_text("Analyst notes\nA new line.\nMore than 350 companies took part.\n",
                                              encoding="utf-8")
    anchors, _ = outcome(root)
    assert indexes_made == ["notes"]
    moved = [a for a in anchors.values() if a.source == "notes"]
    assert [(a.paragraph, a.start) for a in moved] == [(3, NOTES.index("More") + len("A new line.\n"))]


def test_a_quote_not_found_is_reported_on_every_check(quoting, indexes_made):
    root = quoting({"quote": "officials said the talks were useful."}, {"quote": "Trade grew."})
    first = outcome(root)
    assert any("quote occurs 2 times" in line for line in first[1])
    indexes_made.clear()
    assert outcome(root) == first and indexes_made == ["article"]


@pytest.mark.parametrize("damage", [
    lambda places: {text: {key: [0, 5] for key in keys} for text, keys in places.items()},  # not the quote's words
    lambda places: {text: {key: [5, 10 ** 9] for key in keys} for text, keys in places.items()},  # past the end
    lambda places: {text: {key: ["0", 5] for key in keys} for text, keys in places.items()},
    lambda places: {text: {key: [7] for key in keys} for text, keys in places.items()},
    lambda places: {text: [] for text in places},
    lambda places: [],
])
def test_a_damaged_place_is_searched_for_afresh(quoting, indexes_made, damage):
    root = two_sources(quoting)
    first = outcome(root)
    stored = root / ".briefgen-cache" / "quote-places.json"
    state = json.loads(stored.read_text(encoding="utf-8"))
    stored.write_text(json.dumps({**state, "places": damage(state["places"])}), encoding="utf-8")
    indexes_made.clear()
    assert outcome(root) == first and sorted(indexes_made) == ["article", "notes"]


def test_a_clean_build_reads_no_places(quoting, indexes_made):
    root = two_sources(quoting)
    assert build(root).ok
    indexes_made.clear()
    assert build(root, clean=True).ok and sorted(indexes_made) == ["article", "notes"]


def test_a_places_file_that_is_a_link_is_neither_read_nor_written_through(quoting, indexes_made, tmp_path):
    root = two_sources(quoting)
    first = outcome(root)
    stored, elsewhere = root / ".briefgen-cache" / "quote-places.json", tmp_path / "elsewhere.json"
    stored.rename(elsewhere)
    stored.symlink_to(elsewhere)
    kept = elsewhere.read_bytes()
    indexes_made.clear()
    assert outcome(root) == first and sorted(indexes_made) == ["article", "notes"]
    assert elsewhere.read_bytes() == kept and not stored.is_symlink()


def test_what_is_shown_as_the_sources_words_is_what_the_source_writes(quoting):
    """Matching forgives a quote its quotation marks and dashes; the tooltip,
    the data file and the reference all show the source's own."""
    root = quoting({"quote": "Japan's \"Central Asia plus Japan\" dialogue - launched in 2004 - met again."})
    assert build(root, out=root / "site").ok
    written = "Japan’s “Central Asia plus Japan” dialogue – launched in 2004 — met again."
    page = (root / "site" / "events" / "talks" / "index.html").read_text(encoding="utf-8")
    assert f"<q lang=\"en\">{written}</q>" in page
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    [cite] = next(r for r in data["records"] if r["id"] == "talks")["claims"][0]["cite"]
    assert cite["quote"] == written


@pytest.mark.parametrize("quote, passage", [
    # A web page's soft hyphens, kept in a copy of its text: invisible, and never typed.
    ("the intergovernmental commission met", "the inter\u00adgovern\u00admental commission met"),
    # A typewriter's dash, as a typeset one is typed, and the other way round.
    ("behind — not now", "behind -- not now"),
    ("talks resumed -- on Monday", "talks resumed — on Monday"),
    ("a zero-width space nobody sees", "a zero-width\u200b space nobody sees"),
])
def test_a_quote_matches_its_source_across_what_a_reader_never_sees_or_sees_as_one_dash(quoting, quote, passage):
    """A quote typed from what a browser shows missed a source copied from the page whose long words held soft
    hyphens ('inter\u00adgovern\u00admental'), or whose dash was a typewriter's '--': each was 'quote not found'."""
    root = quoting({"quote": quote}, seeds={"seeds/article.txt": ARTICLE + f"Then {passage}, the report said.\n"})
    anchor, text = anchored(root)
    assert text == passage
