"""Names are listed as a reader looks them up: an accented or capitalised
first letter among the letter it carries an accent on, not after every
plain name as the code points would put it."""
import re

from briefgen import build
from briefgen.collation import name_key

SENTENCE = "Österreich, Oman, Peru, Élysée and Estland signed a rail accord on 9 August 2024."
FILES = {
    "briefgen.toml": '[site]\ntitle = "Brief"\n',
    "seeds/wire.txt": f"---\ntitle: Wire\npublisher: Agency\npublished: 2024-08-10\n---\n{SENTENCE}\n",
    "content/countries.yaml": """
        - id: at
          name: Österreich
          focus: true
        - id: om
          name: Oman
          focus: true
        - id: pe
          name: Peru
          focus: true
        - id: el
          name: Élysée
          focus: true
        - id: ee
          name: Estland
          focus: true
        - id: ea
          name: eastmark
          focus: true
        """,
    "content/agreements.yaml": """
        - id: rail-accord
          name: Rail accord
          date: 2024-08-09
          parties: [at, om, pe, el, ee, ea]
          claims:
            - text: Österreich, Oman, Peru, Élysée and Estland signed a rail accord on 9 August 2024.
              cite:
                - source: wire
                  quote: "Österreich, Oman, Peru, Élysée and Estland signed a rail accord on 9 August 2024"
        """,
}
ORDER = ["eastmark", "Élysée", "Estland", "Oman", "Österreich", "Peru"]


def _names_in_order(html: str, names: list[str]) -> list[str]:
    return sorted(names, key=lambda name: html.index(f">{name}<"))


def test_countries_are_listed_by_their_letters_accents_and_case_aside(make_project):
    root = make_project(FILES, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    site = root / "site"
    for page in ("countries/index.html", "index.html", "timeline/index.html", "search/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert _names_in_order(html, ORDER) == ORDER, page
    options = re.findall(r'<option value="(\w+)">', (site / "timeline/index.html").read_text(encoding="utf-8"))
    assert [o for o in options if o in {"at", "om", "pe", "el", "ee", "ea"}] == ["ea", "el", "ee", "om", "at", "pe"]


def test_a_letter_with_a_stroke_is_listed_among_its_base_letters():
    names = ["Viện Khoa học Thủy lợi", "Đại học Cần Thơ", "Bộ Năng lượng", "Łódź", "Zambia", "Lima", "Ørsted", "Oslo",
             "Ủy hội sông Mê Kông"]
    assert sorted(names, key=name_key) == ["Bộ Năng lượng", "Đại học Cần Thơ", "Lima", "Łódź", "Ørsted", "Oslo",
                                           "Ủy hội sông Mê Kông", "Viện Khoa học Thủy lợi", "Zambia"]
