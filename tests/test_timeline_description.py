"""The timeline's description (its meta description, the card a shared link
shows, its JSON-LD) lists the filters the page offers: it said "filterable
by country, kind, status and year" on a timeline with an Organisation menu
too. A brief that rewords the description in [labels] keeps its words."""
import html
import re

import pytest

from briefgen import build

SOURCE = "Board report\nThe Raw Materials Board met on 5 March 2026.\nNorthland hosted a summit on 6 March 2026.\n"


def _files(organisations: bool, labels: str = "") -> dict:
    meeting = "organisations: [board]" if organisations else "countries: [northland]"
    return {
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "en"\n{labels}',
        "seeds/news.txt": SOURCE,
        "content/countries.yaml": """
            - id: northland
              name: Northland
            """,
        "content/organisations.yaml": """
            - id: board
              name: Raw Materials Board
            """,
        "content/meetings.yaml": f"""
            - id: board-meeting
              name: Board meeting
              date: 2026-03-05
              {meeting}
              claims:
                - text: The Raw Materials Board met on 5 March 2026.
                  cite:
                    - source: news
                      quote: "The Raw Materials Board met on 5 March 2026."
            """,
    }


def _description(make_project, files) -> str:
    root = make_project(files, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    page = (root / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    return html.unescape(re.search(r'<meta name="description" content="([^"]*)"', page).group(1))


def test_a_timeline_with_an_organisation_menu_says_it_filters_by_organisation(make_project):
    assert _description(make_project, _files(True)) == (
        "1 dated record of Brief in chronological order, filterable by country, organisation, kind, status and year.")


def test_a_timeline_without_one_says_what_it_said(make_project):
    assert _description(make_project, _files(False)) == (
        "1 dated record of Brief in chronological order, filterable by country, kind, status and year.")


@pytest.mark.parametrize("organisations", [True, False])
def test_the_briefs_own_description_is_kept(make_project, organisations):
    files = _files(organisations, '[labels]\ntimeline_description = "Every event of {title}: {count}."\n')
    assert _description(make_project, files) == "Every event of Brief: 1 dated record."
