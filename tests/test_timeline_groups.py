"""A brief that names its countries' groups (`groups = { mercosur =
"Mercosur" }` with `group: mercosur` on Brazil) lets the timeline be filtered
by group: an entry belongs to a group when a country it concerns does. The
choice stays in the address (?group=mercosur). A group with no name to show
(an id of a `groups` list) gets no menu entry, as it is shown nowhere else."""
import re

import pytest

from briefgen import build
from browser import built_and_served

SOURCE = """---
title: Trade news
publisher: Wire
published: 2026-03-10
language: en
---
Brazil and Portugal met on 2 March 2026.
Chile hosted talks on 3 March 2026.
Portugal and Spain met on 4 March 2026.
"""


def _meeting(id_, countries, day, text):
    return f"""
        - id: {id_}
          name: {id_.title()}
          date: 2026-03-0{day}
          countries: [{countries}]
          claims:
            - text: "{text}"
              cite:
                - source: news
                  quote: "{text}"
"""


def _files(groups: str) -> dict:
    return {
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "en"\n{groups}\n',
        "seeds/news.md": SOURCE,
        "content/countries.yaml": """
            - id: br
              name: Brazil
              group: mercosur
            - id: cl
              name: Chile
            - id: pt
              name: Portugal
              group: eu
            - id: es
              name: Spain
              group: eu
            """,
        "content/meetings.yaml": _meeting("lisbon", "br, pt", 2, "Brazil and Portugal met on 2 March 2026.")
                                 + _meeting("santiago", "cl", 3, "Chile hosted talks on 3 March 2026.")
                                 + _meeting("madrid", "pt, es", 4, "Portugal and Spain met on 4 March 2026."),
    }


NAMED = 'groups = { mercosur = "Mercosur", eu = "European Union" }'
SHOWN = "els => els.filter(e => e.offsetParent !== null).map(e => e.querySelector('a').textContent)"


def _timeline(make_project, groups):
    root = make_project(_files(groups), base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root, (root / "site" / "timeline" / "index.html").read_text(encoding="utf-8")


def test_the_timeline_offers_the_named_groups_of_its_entries(make_project):
    _, timeline = _timeline(make_project, NAMED)
    menu = timeline.split('<select name="group">', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="(\w*)">([^<]*)</option>', menu) == [
        ("", "All groups"), ("eu", "European Union"), ("mercosur", "Mercosur")]


@pytest.mark.parametrize("groups", ['groups = ["mercosur", "eu"]', ""])
def test_groups_with_no_name_to_show_get_no_menu_and_free_text_one(make_project, groups):
    _, timeline = _timeline(make_project, groups)
    if groups:  # a list's ids name nothing: shown nowhere, so not offered
        assert 'name="group"' not in timeline and "data-groups" not in timeline
    else:  # no `groups` setting: a country's group is free text, shown as written
        menu = timeline.split('<select name="group">', 1)[1].split("</select>", 1)[0]
        assert re.findall(r'<option value="(\w*)">', menu) == ["", "eu", "mercosur"]


def test_the_group_filter_in_a_browser(make_project):
    root = make_project(_files(NAMED), base=None)
    with built_and_served(root) as (url, browser):
        page = browser.new_page()
        try:
            page.goto(url + "timeline/")
            page.select_option("select[name=group]", "eu")
            assert page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN) == ["Lisbon", "Madrid"]
            assert page.url.endswith("timeline/?group=eu")
            page.goto(url + "timeline/?group=mercosur")
            assert page.input_value("select[name=group]") == "mercosur"
            assert page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN) == ["Lisbon"]
            assert page.text_content("#timeline-count") == "1 of 3 entries shown"
        finally:
            page.close()


def test_a_free_text_group_with_spaces_and_quotes_filters_as_written(make_project):
    files = _files("")
    files["content/countries.yaml"] = files["content/countries.yaml"].replace(
        "group: mercosur", "group: \"South America's \\\"cone\\\"\"")
    root = make_project(files, base=None)
    with built_and_served(root) as (url, browser):
        page = browser.new_page()
        try:
            page.goto(url + "timeline/")
            page.select_option("select[name=group]", "South America's \"cone\"")
            assert page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN) == ["Lisbon"]
            page.reload()
            assert page.eval_on_selector_all("ol.timeline li[data-kind]", SHOWN) == ["Lisbon"]
        finally:
            page.close()


def test_the_description_names_the_group_filter(make_project):
    """The page's description lists the filters it offers (test_timeline_description.py): the Group menu too."""
    _, timeline = _timeline(make_project, NAMED)
    assert '<meta name="description" content="3 dated records of Brief in chronological order, filterable by ' \
           'country, group, kind, status and year.">' in timeline
    _, timeline = _timeline(make_project, 'groups = ["mercosur", "eu"]')
    assert 'filterable by country, kind, status and year.">' in timeline
