"""Search filters by group as the timeline does: a page belongs to a group
when a country it concerns does (`group: eu` on Portugal), the menu names
the groups the site shows by name, and the choice stays in the address."""
from briefgen import build
from browser import chromium_page, serve_directory
from conftest import write_project
from test_timeline_groups import NAMED, _files

TITLES = ".search-result-title a"
LINKS = "els => els.map(e => e.getAttribute('href'))"


def test_the_group_filter_narrows_results_to_pages_of_its_countries_and_stays_in_the_address(tmp_path):
    root = write_project(tmp_path / "project", _files(NAMED))
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "search" / "index.html").read_text(encoding="utf-8")
    # Each group carries its countries among those pages concern: search.js matches a page by them.
    assert '<select name="group"><option value="">All groups</option>' \
           '<option value="eu" data-countries="pt es">European Union</option>' \
           '<option value="mercosur" data-countries="br">Mercosur</option></select>' in html
    with serve_directory(root / "site") as url, chromium_page() as page:
        page.goto(url + "search/?q=met&group=mercosur")
        assert page.locator("#search-form select[name=group]").input_value() == "mercosur"
        page.wait_for_function(f"document.querySelectorAll('{TITLES}').length > 0", timeout=15000)
        links = page.eval_on_selector_all(TITLES, LINKS)
        assert any("events/lisbon/" in link for link in links)
        assert not any("events/madrid/" in link for link in links)
        page.locator("#search-form select[name=group]").select_option("eu")
        assert page.evaluate("location.search") == "?q=met&group=eu"
        page.wait_for_function(f"""() => [...document.querySelectorAll('{TITLES}')]
            .some(a => a.getAttribute('href').includes('events/madrid/'))""", timeout=15000)


def test_a_brief_without_named_groups_gets_no_group_menu(tmp_path):
    root = write_project(tmp_path / "project", _files('groups = ["mercosur", "eu"]'))
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    assert 'name="group"' not in (root / "site" / "search" / "index.html").read_text(encoding="utf-8")
