"""Search results from a source in another language than the brief's: its
title and the passages found in it are marked as in that language, so a
screen reader reads Russian in a Russian voice on an English page."""
import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from conftest import MINI, write_project

PROJECT = MINI | {
    "seeds/ru-report.md": """\
        ---
        title: Форум в Астане
        publisher: Пример
        published: 2024-08-10
        language: ru
        ---
        Форум прошёл в Астане девятого августа.
        """,
    "content/meetings.yaml": """
        - id: astana-talks
          name: Astana talks
          countries: [kz]
          claims:
            - text: The forum was held in Astana.
              cite:
                - source: ru-report
                  quote: "Форум прошёл в Астане"
        """,
}
MARKED = """() => [...document.querySelectorAll('.search-result-title a, .search-subresults a, .search-subresults p')]
  .map(e => [e.getAttribute('href') || 'excerpt', e.getAttribute('lang')])"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("search-languages") / "project", PROJECT)
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(root / "site") as url, chromium_page() as page:
        yield url, page


def test_a_source_in_another_language_is_found_in_its_own_language(served):
    url, page = served
    page.goto(url + "search/?q=Астане")
    page.wait_for_selector(".search-subresults a", timeout=15000)
    marked = page.evaluate(MARKED)
    assert ["/sources/ru-report/", "ru"] in marked
    passages = [lang for href, lang in marked if "/sources/ru-report/#q-" in href]
    assert passages == ["ru"], marked
    assert all(lang == "ru" for href, lang in marked if href == "excerpt"), marked


def test_a_source_in_the_briefs_language_and_a_record_are_not_marked(served):
    url, page = served
    page.goto(url + "search/?q=Astana")
    page.wait_for_selector(".search-result a", timeout=15000)
    marked = page.evaluate(MARKED)
    assert any(href.startswith("/sources/article/") for href, _ in marked), marked
    assert not any(href.startswith("/sources/ru-report/") for href, _ in marked), marked
    assert [m for m in marked if m[1]] == []
