"""A country's group shows on its page and wherever it is listed, by the name
briefgen.toml's `groups` table gives it (`groups = { mercosur = "Mercosur" }`);
a `groups` list only holds countries to its ids, which name nothing, so a
brief using it shows no group; free text (no `groups`) shows as written."""
import re

from briefgen import build, check

SOURCE = """---
title: Summit
publisher: Wire
published: 2026-03-10
language: en
---
Brazil and Spain met in Madrid on 2 March 2026.
"""

COUNTRIES = """
    - id: br
      name: Brazil
      group: mercosur
      claims:
        - text: Brazil and Spain met in Madrid on 2 March 2026.
          cite:
            - source: news
              quote: "Brazil and Spain met in Madrid on 2 March 2026."
    - id: es
      name: Spain
      group: european-union
    """

FILES = {
    "seeds/news.md": SOURCE,
    "content/countries.yaml": COUNTRIES,
    "content/meetings.yaml": """
        - id: madrid-talks
          name: Madrid talks
          date: 2026-03-02
          countries: [br, es]
          claims:
            - text: Brazil and Spain met in Madrid on 2 March 2026.
              cite:
                - source: news
                  quote: "Brazil and Spain met in Madrid on 2 March 2026."
        """,
}


def built(make_project, settings: str):
    root = make_project({**FILES, "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "en"\n' + settings}, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def read(site, path):
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_a_groups_table_names_each_countrys_group_on_its_page_and_in_lists(make_project):
    site = built(make_project, 'groups = { mercosur = "Mercosur", european-union = "European Union & EEA" }\n')
    assert "<dt>Group</dt> <dd>Mercosur</dd>" in read(site, "countries/br")
    assert "<dt>Group</dt> <dd>European Union &amp; EEA</dd>" in read(site, "countries/es")
    listed = read(site, "countries")
    assert re.search(r'>Brazil</a> <span class="kind">Country</span> · Mercosur\b', listed)
    assert re.search(r'>Spain</a> <span class="kind">Country</span> · European Union &amp; EEA\b', listed)
    assert re.search(r'>Brazil</a> <span class="kind">Country</span> · Mercosur\b', read(site, "events/madrid-talks"))
    # Its own subtable reads the same.
    site = built(make_project, '[site.groups]\nmercosur = "Mercosur"\neuropean-union = "European Union"\n')
    assert "<dt>Group</dt> <dd>Mercosur</dd>" in read(site, "countries/br")


def test_a_groups_list_names_no_group_and_free_text_shows_as_written(make_project):
    site = built(make_project, 'groups = ["mercosur", "european-union"]\n')
    assert "<dt>Group</dt>" not in read(site, "countries/br") and "mercosur" not in read(site, "countries")
    site = built(make_project, "")
    assert "<dt>Group</dt> <dd>mercosur</dd>" in read(site, "countries/br")


def test_a_group_the_table_does_not_name_or_a_name_left_empty_is_an_error(make_project):
    root = make_project({**FILES, "briefgen.toml": '[site]\ngroups = { mercosur = "Mercosur" }\n'}, base=None)
    assert [d.format() for d in check(root).diagnostics.items] == [
        "content/countries.yaml:11:10: error: unknown group 'european-union' of country 'es'\n"
        "    hint: groups in briefgen.toml: mercosur"]
    root = make_project({**FILES, "briefgen.toml": '[site]\ngroups = { mercosur = "", european-union = "EU" }\n'},
                        base=None)
    assert [d.format() for d in check(root).diagnostics.items] == [
        "briefgen.toml:2:1: error: group 'mercosur' in setting 'groups' must have a name\n"
        '    hint: write mercosur = "the name pages show", or groups = ["mercosur"] to name none']
