"""Pages on a 375 px and a 320 px phone and on A4 paper, in a language with long words
(French), with long publisher names and long addresses: nothing runs past
the window's edge, and printed, the figures table breaks no word in two."""
import textwrap

import pytest

from briefgen import build
from browser import built_and_served, serve_directory
from conftest import MINI, WIRE, write_project

LONG_URL = "https://www.example-ministere-des-affaires-etrangeres.gouv.fr/fr/politique-etrangere/" \
           "asie-centrale/article-tres-long-sans-espace-aucune-coupure-possible-2024-08-09-communique"

PROJECT = MINI | {
    "briefgen.toml": '[site]\ntitle = "Dossier"\nlanguage = "fr"\n',
    "seeds/wire.txt": WIRE,
    "content/sources.yaml": f"""\
- id: article
  alias: report
  title: Forum report
  language: en
  publisher: Ministère des Affaires étrangères et du Développement international
  publisher_type: government
  url: {LONG_URL}
  published: 2024-08-10
- id: wire
  title: Wire report
  publisher: Ministère des Affaires étrangères et du Développement international
  language: en
  url: {LONG_URL}/suite
""",
    "content/forums.yaml": textwrap.dedent(MINI["content/forums.yaml"]).replace(
        "  claims:", "  claims:\n    - text: The forum ran on 9–12 August 2024.\n      cite:\n"
                    "        - source: wire\n          quote: \"The forum in Astana ran on 9–12 August 2024.\"", 1),
}

PAGES = ["", "sources/", "sources/article/", "sources/wire/", "events/astana-forum-2024/", "figures/", "timeline/",
         "countries/kz/", "search/"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with built_and_served(write_project(tmp_path_factory.mktemp("narrow") / "project", PROJECT)) as served:
        yield served


@pytest.mark.parametrize("width", [375, 320])  # a common phone, and the narrowest the reader's guide promises
@pytest.mark.parametrize("path", PAGES)
def test_nothing_runs_past_a_phone_window(site, path, width):
    url, browser = site
    context = browser.new_context(viewport={"width": width, "height": 700})
    try:
        page = context.new_page()
        page.goto(url + path)
        wide = page.evaluate("""() => Array.from(document.querySelectorAll('main *')).filter(e => {
            const box = e.getBoundingClientRect();
            if (box.width === 0 || box.right <= document.documentElement.clientWidth + 1) return false;
            if (e.closest('.skip, .cite-quote')) return false;  // hidden until focused
            for (let up = e.parentElement; up; up = up.parentElement) {  // clipped or scrolled within its box
                if (getComputedStyle(up).overflowX !== 'visible') return false;
            }
            return true;
        }).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40))""")
        assert wide == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        context.close()


# An A4 page's printable width at 96 px an inch, within Chromium's default margins.
PRINTED_WIDTH = 718

SPLIT_WORDS = """() => {
  const split = [];
  const walker = document.createTreeWalker(document.querySelector('table.figures'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.getClientRects().length) continue;  // not shown in print
    for (const found of node.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, found.index);
      range.setEnd(node, found.index + found[0].length);
      const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1) split.push(found[0]);
    }
  }
  return split;
}"""


def test_printed_the_figures_table_fits_the_paper_and_breaks_no_word(site):
    url, browser = site
    context = browser.new_context(viewport={"width": PRINTED_WIDTH, "height": 1000})
    try:
        page = context.new_page()
        page.goto(url + "figures/")
        page.emulate_media(media="print")
        assert page.evaluate("document.documentElement.scrollWidth") <= PRINTED_WIDTH
        assert page.evaluate(SPLIT_WORDS) == []
    finally:
        context.close()


# A 360 px phone, a brief in Swahili (which writes an amount in full: "about
# US$ 35,000,000*"), a country with an ordinary long name and one whose name
# is a single 90-letter word.
LONG_WORD = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftsland"
PHONE = MINI | {
    "briefgen.toml": '[site]\ntitle = "Muhtasari"\nlanguage = "sw"\n',
    "seeds/article.txt": """
        Forum report
        On 9 August 2024, the forum met in Astana. More than 350 companies took part.
        Kenya pledged KES 4.5 billion (about $35 million) for a monitoring station.
        """,
    "content/sources.yaml": """
        - id: article
          alias: report
          title: Forum report
          language: en
          publisher: Example News
        """,
    "content/countries.yaml": f"""
        - id: cd
          name: Democratic Republic of the Congo
          focus: true
        - id: long
          name: {LONG_WORD}
          focus: true
        """,
    "content/forums.yaml": MINI["content/forums.yaml"].replace("[kz, jp]", "[cd, long]"),
    "content/figures.yaml": """
        - id: station
          name: Pledge for a monitoring station
          amount: 4500000000
          currency: KES
          equivalent: {amount: 35000000, currency: USD, qualifier: about}
          event: astana-forum-2024
          countries: [cd]
          claims:
            - text: Kenya pledged KES 4.5 billion (about $35 million) for a monitoring station.
              cite:
                - source: article
                  quote: "Kenya pledged KES 4.5 billion (about $35 million) for a monitoring station."
        """,
}


@pytest.fixture(scope="module")
def phone_site(tmp_path_factory, site):
    """Served beside `site`, in its browser (Playwright drives one at a time)."""
    root = write_project(tmp_path_factory.mktemp("phone") / "project", PHONE)
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    with serve_directory(root / "site") as url:
        yield url, site[1]


@pytest.mark.parametrize("width", [360, 641, 800])  # a phone, and tablets, whose rows hold a bar and its value
@pytest.mark.parametrize("path", ["", "search/", "timeline/", "figures/"])
def test_long_names_and_amounts_written_in_full_fit_a_phone_and_a_tablet(phone_site, path, width):
    url, browser = phone_site
    context = browser.new_context(viewport={"width": width, "height": 740})
    try:
        page = context.new_page()
        page.goto(url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        if path == "figures/":  # the value stays whole and readable, on its bar's row
            value = page.locator(".chart-value").first
            assert value.inner_text() == "about US$\xa035,000,000*"
            assert value.bounding_box()["width"] > 50
    finally:
        context.close()
