"""A country's `group` (Brazil in Mercosur) is shown on its page and in the
lists naming it, but data/country.csv, the file an analyst opens to sort or
count countries, said nothing of it: the row now gives it, in a column after
the others (empty for a country of no group and for the other kinds)."""
import csv
import io

import pytest

from briefgen import build

ARTICLE = "Trade report\nBrazil and Chile met Portugal at the summit on 2 March 2026.\n"

CLAIM = """
              claims:
                - text: Brazil and Chile met Portugal at the summit.
                  cite:
                    - source: article
                      quote: "Brazil and Chile met Portugal at the summit on 2 March 2026."
"""


@pytest.mark.parametrize("groups", ['groups = { mercosur = "Mercosur", eu = "European Union" }',
                                    'groups = ["mercosur", "eu"]'])
def test_country_csv_gives_each_country_its_group(make_project, groups):
    root = make_project({
        "briefgen.toml": f'[site]\ntitle = "Brief"\n{groups}\n',
        "seeds/article.txt": ARTICLE,
        "content/countries.yaml": f"""
            - id: br
              name: Brazil
              group: mercosur{CLAIM}
            - id: cl
              name: Chile{CLAIM}
            - id: pt
              name: Portugal
              group: eu{CLAIM}
            """,
        "content/summits.yaml": f"""
            - id: summit
              name: Summit
              date: 2026-03-02
              countries: [br, cl, pt]{CLAIM}
            """,
    }, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]

    def rows(kind):
        return list(csv.DictReader(io.StringIO((root / "site/data" / f"{kind}.csv").read_text(encoding="utf-8"))))

    assert {r["id"]: r["group"] for r in rows("country")} == {"br": "mercosur", "cl": "", "pt": "eu"}
    assert [r["group"] for r in rows("summit")] == [""]
    header = (root / "site/data/country.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",page,url,group")
