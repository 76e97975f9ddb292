"""A record's CSV row names the organisations it concerns beside the
countries it does: a meeting of a board, which no country attends, or an
agreement a commission signs with a state, is not a row that says nothing
of who took part."""
import csv
import io

from briefgen import build

ARTICLE = """\
Board report
The Critical Raw Materials Board met on 18 March 2025.
The Commission and Zambia signed a memorandum on copper.
"""


def test_csv_rows_name_the_organisations_a_record_concerns(make_project):
    root = make_project({
        "seeds/article.txt": ARTICLE,
        "content/countries.yaml": """
            - id: zm
              name: Zambia
            """,
        "content/organisations.yaml": """
            - id: board
              name: Critical Raw Materials Board
              claims:
                - text: The Critical Raw Materials Board met on 18 March 2025.
                  cite:
                    - source: article
                      quote: "The Critical Raw Materials Board met on 18 March 2025."
            - id: commission
              name: European Commission
            """,
        "content/meetings.yaml": """
            - id: board-meeting
              name: Board meeting
              date: 2025-03-18
              organisations: [board]
              claims:
                - text: The Critical Raw Materials Board met on 18 March 2025.
                  cite:
                    - source: article
                      quote: "The Critical Raw Materials Board met on 18 March 2025."
            """,
        "content/agreements.yaml": """
            - id: copper-memo
              name: Copper memorandum
              parties: [commission, zm]
              claims:
                - text: The Commission and Zambia signed a memorandum on copper.
                  cite:
                    - source: article
                      quote: "The Commission and Zambia signed a memorandum on copper."
            """,
    }, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]

    def rows(kind):
        text = (root / "site" / "data" / f"{kind}.csv").read_text(encoding="utf-8")
        return {r["id"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows("meeting")["board-meeting"]["organisations"] == "board"
    memo = rows("agreement")["copper-memo"]
    assert (memo["countries"], memo["organisations"]) == ("zm", "commission")
    assert rows("organisation")["board"]["organisations"] == ""
