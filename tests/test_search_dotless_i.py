"""Turkish (and Azerbaijani) write I and ı, İ and i as two letters, and a
reader typing in capitals types "KATILDI" for "katıldı": search finds the same
pages whichever case the word is typed in, as it does for any other letter,
in a brief in Turkish and in a source in Turkish in a brief of another
language."""
import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from conftest import dated_record_brief

SENTENCE = "Kuzeyland ve Güneyland 5 Mart 2025 tarihinde İstanbul'daki foruma katıldı."
TITLES = "els => els.map(e => e.getAttribute('href')).sort()"


def _found(page, url: str, query: str) -> list[str]:
    page.goto(url + "search/?q=" + query)
    page.wait_for_function("document.getElementById('search-status').textContent !== ''", timeout=15000)
    # The status is written once the results are: read them after it.
    return page.eval_on_selector_all(".search-result-title a", TITLES)


@pytest.mark.parametrize("language", ["tr", "en"])
def test_a_word_typed_in_capitals_finds_what_it_finds_in_lower_case(make_project, language):
    root = dated_record_brief(make_project, "tr", SENTENCE, "2025-03-05")
    if language != "tr":
        toml = root / "briefgen.toml"
        toml.write_text(toml.read_text(encoding="utf-8").replace('language = "tr"', f'language = "{language}"'))
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(root / "site") as url, chromium_page() as page:
        lower = _found(page, url, "katıldı")
        assert any("/sources/source/" in link for link in lower)
        for typed in ("KATILDI", "Katıldı", "İSTANBUL'DAKİ FORUMA KATILDI"):
            assert _found(page, url, typed) == lower, typed
