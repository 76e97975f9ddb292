"""A loan given as a grant, or a grant as a loan, against the words of the
quotes that state its amount (figurekinds.py)."""
from pathlib import Path

import pytest

from briefgen import check

FIGURE = """\
- id: rail
  name: Rail money
  type: {type}
  amount: 500000000
  currency: USD
  by: [jp]
  claims:
    - text: "{quote}"
      cite:
        - source: article
          quote: "{quote}"
"""


def findings(make_project, quote: str, kind: str, language: str = "en") -> list[str]:
    root: Path = make_project({
        "seeds/article.txt": f"---\nlanguage: {language}\npublished: 2026-03-03\n---\nReport\n{quote}\n",
        "content/figures.yaml": FIGURE.format(type=kind, quote=quote),
    })
    return [d.format() for d in check(root).diagnostics.items if "is a loan" in d.message or "is a grant" in d.message]


@pytest.mark.parametrize("quote, kind, other, words, language", [
    ("Japan will lend $500 million for the railway.", "grant", "loan", "'lend'", "en"),
    ("Japan agreed a $500 million loan for the railway.", "grant", "loan", "'loan'", "en"),
    ("Japan will provide a $500 million grant for the railway.", "loan", "grant", "'grant'", "en"),
    ("日本は鉄道に5億ドルの円借款を供与する。", "grant", "loan", "'借款'", "ja"),
    ("日本は鉄道に5億ドルの無償資金協力を行う。", "loan", "grant", "'無償資金協力'", "ja"),
    ("Le Japon accordera un prêt de 500 millions de dollars.", "grant", "loan", "'prêt'", "fr"),
])
def test_a_figure_of_one_kind_whose_quotes_speak_only_of_the_other_is_warned_of(
        make_project, quote, kind, other, words, language):
    found = findings(make_project, quote, kind, language)
    assert found == [f"content/figures.yaml:3:9: warning: figure 'rail' is a {kind}, but the quotes stating its "
                     f"amount speak of a {other} ({words})\n"
                     f"    hint: write type: {other} if it is one; otherwise cite the passage that calls it a {kind}"]


@pytest.mark.parametrize("quote, kind, language", [
    ("Japan will lend $500 million for the railway.", "loan", "en"),
    ("Japan granted a $500 million loan for the railway.", "grant", "en"),  # words of both: not judged
    ("Japan granted a $500 million loan for the railway.", "loan", "en"),
    ("Japan will provide $500 million for the railway.", "grant", "en"),  # words of neither
    ("Japan will lend $500 million for the railway.", "pledge", "en"),  # a pledge may be either
    ("Le Japon est lent: 500 millions de dollars.", "loan", "fr"),  # French 'lent' is slow, not lent
    ("Japonia pożyczy 500 mln dolarów na kolej.", "grant", "pl"),  # no words of Polish here
])
def test_nothing_is_said_where_the_quotes_do_not_contradict_the_type(make_project, quote, kind, language):
    assert findings(make_project, quote, kind, language) == []
