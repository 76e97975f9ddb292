"""Search in a Japanese brief whose sources write Latin letters and digits
full width ("ＪＩＣＡ", "１５０億円") or half width ("ADB", "3兆円"), as
Japanese news does: a reader finds them typing either width, and a word
the brief does not hold still finds nothing."""
import urllib.parse

import pytest

from briefgen import build
from browser import chromium_page, serve_directory
from conftest import write_project

SENTENCES = ("国際協力機構（ＪＩＣＡ）は空港整備に約１５０億円を融資する。",
             "アジア開発銀行（ADB）は今後5年間で3兆円の支援を表明した。")


def brief() -> dict[str, str]:
    seed = "".join(f"{sentence}\n" for sentence in SENTENCES)
    claims = "".join(f"""
                - text: "{sentence}"
                  cite:
                    - source: source
                      quote: "{sentence}"
""" for sentence in SENTENCES)
    return {
        "briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "ja"\n',
        "seeds/source.txt": f"---\ntitle: Source\npublisher: Agency\npublished: 2025-03-14\nlanguage: ja\n---\n{seed}",
        "content/organisations.yaml": f"""
            - id: o1
              name: 機関
              claims:{claims}""",
    }


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    """search(query): the result links, or [] once the status says nothing was found."""
    top = tmp_path_factory.mktemp("widths")
    root = write_project(top / "brief", brief())
    result = build(root, out=top / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(top / "site") as url, chromium_page() as page:
        def run(query: str) -> list[str]:
            page.goto(f"{url}search/?q={urllib.parse.quote(query)}")
            page.wait_for_function("() => document.querySelector('#search-status').textContent.trim() !== ''",
                                   timeout=15000)
            return page.eval_on_selector_all(".search-result a", "els => els.map(e => e.getAttribute('href'))")
        yield run


@pytest.mark.parametrize("query", ["JICA", "jica", "ＪＩＣＡ", "150億円", "ADB", "ＡＤＢ", "ａｄｂ", "３兆円", "5年間"])
def test_letters_and_digits_are_found_in_either_width(search, query):
    links = search(query)
    assert any("/organisations/o1/#c-" in link for link in links), links
    assert any("/sources/source/#q-" in link for link in links), links


@pytest.mark.parametrize("query", ["NHK", "ＮＨＫ", "７兆円"])
def test_a_word_the_brief_does_not_hold_finds_nothing_in_either_width(search, query):
    assert search(query) == []
