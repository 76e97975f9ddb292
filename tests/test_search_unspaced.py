"""Search in a brief written without spaces between words (Chinese,
Japanese, Thai), in a browser: a word inside a sentence is found, and the
result links to the claim and the passage that hold it, titled with their
whole text; a word the brief does not hold finds nothing."""
import urllib.parse

import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from conftest import write_project

SENTENCES = {
    "ja": "日本政府は今後５年間で１０億ドルの投資を目指す。",
    "zh": "日本政府计划在未来五年内投资十亿美元。",
    "th": "รัฐบาลญี่ปุ่นตั้งเป้าลงทุน 1 พันล้านดอลลาร์ในอีก 5 ปีข้างหน้า",
}


def brief(language: str, sentence: str) -> dict[str, str]:
    return {
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n',
        "seeds/source.txt": f"---\ntitle: Source\npublisher: Agency\npublished: 2025-03-14\n"
                            f"language: {language}\n---\n{sentence}\n",
        "content/agreements.yaml": f"""
            - id: a1
              name: Plan
              claims:
                - text: "{sentence}"
                  cite:
                    - source: source
                      quote: "{sentence}"
            """,
    }


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    """search(language, query): the links of the results and their sub-results, and the sub-results' titles."""
    top = tmp_path_factory.mktemp("unspaced")
    for language, sentence in SENTENCES.items():
        root = write_project(top / language, brief(language, sentence))
        result = build(root, out=top / "sites" / language)
        assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(top / "sites") as url, chromium_page() as page:
        def run(language: str, query: str) -> tuple[list[str], list[str]]:
            page.goto(f"{url}{language}/search/?q={urllib.parse.quote(query)}")
            page.wait_for_function("() => document.querySelector('#search-status').textContent.trim() !== ''",
                                   timeout=15000)
            links = page.eval_on_selector_all(".search-result a", "els => els.map(e => e.getAttribute('href'))")
            titles = page.eval_on_selector_all(".search-subresults a", "els => els.map(e => e.textContent)")
            return links, titles
        yield run


@pytest.mark.parametrize("language, query", [
    ("ja", "政府"), ("ja", "投資"), ("ja", "ドル"), ("ja", "目指す"), ("ja", "今後５年間"), ("ja", "政府 投資"),
    ("ja", "日本政府"),
    ("zh", "投资"), ("zh", "美元"), ("zh", "政府"), ("zh", "未来五年"), ("zh", "日本政府"),
    ("th", "ลงทุน"), ("th", "ดอลลาร์"), ("th", "ญี่ปุ่น"),
])
def test_a_word_inside_a_sentence_links_to_the_claim_and_the_passage(search, language, query):
    links, titles = search(language, query)
    assert any("/agreements/a1/#c-" in link for link in links), links
    assert any("/sources/source/#q-" in link for link in links), links
    assert titles and all(title == SENTENCES[language] for title in titles), titles


@pytest.mark.parametrize("language, query", [
    ("ja", "首相"), ("ja", "日本経済"), ("zh", "首相"), ("zh", "日本经济"), ("th", "ฝรั่งเศส"),
])
def test_a_word_the_brief_does_not_hold_finds_nothing(search, language, query):
    assert search(language, query) == ([], [])
