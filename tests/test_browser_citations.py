"""Citations in a real browser (Debian's chromium), on a small fixture brief:
following one lands on its passage, in view and alone highlighted; a tap
preview stays on screen; print keeps the references."""

import pytest

from browser import built_and_served
from conftest import write_project

FILLER = "This paragraph is background that no claim cites, kept so the page is long enough to scroll."
LONG = "\n".join(["Long report"] + [f"{FILLER} ({i})" for i in range(1, 30)] + [
    "Officials said the new terminal will open in 2027 and serve ten million passengers a year.",
    "Japan pledged $1 billion for an airport in Uzbekistan, the ministry said on Monday.",
] + [f"{FILLER} ({i})" for i in range(30, 45)]) + "\n"

FILES = {
    "seeds/long.txt": LONG,
    "content/sources.yaml": """
        - id: long
          title: Long report on the airport
          publisher: "AFP (Agence France-Presse), international wire service, Paris"
          published: 2025-03-02
          url: https://example.org/airport
        """,
    "content/countries.yaml": """
        - id: uz
          name: Uzbekistan
          focus: true
        - id: jp
          name: Japan
          focus: true
        """,
    "content/meetings.yaml": """
        - id: airport-talks
          name: Airport talks
          countries: [uz, jp]
          claims:
            - id: terminal
              text: Officials said the terminal will open in 2027 and serve ten million passengers a year, a figure repeated by several ministries across the region this spring.
              cite:
                - source: long
                  quote: "Officials said the new terminal will open in 2027 and serve ten million passengers a year."
            - text: Japan pledged $1 billion for the airport.
              cite:
                - source: long
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan"
        """,
    "content/figures.yaml": """
        - id: airport-pledge
          name: Airport pledge
          type: pledge
          amount: 1000000000
          currency: USD
          by: [jp]
          to: [uz]
          claims:
            - text: Japan pledged $1 billion for the airport.
              cite:
                - source: long
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan"
        """,
    "pages/method.md": """---
title: Method
---
How this brief reads its sources follows [the agency's own guide](https://example.org/guides/reading-airport-reports-in-central-asia-a-very-long-address-for-a-printed-page)
and the [timeline](../timeline/).
""",
}

VIEWPORTS = [(1280, 800), (375, 700)]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with built_and_served(write_project(tmp_path_factory.mktemp("cites") / "brief", FILES)) as served:
        yield served


def rendered(page) -> None:
    """Once the page has been drawn again: Chromium scrolls to the address's fragment in the rendering
    update after load, not at load, and a fixed 200 ms was not always one on a loaded machine. The
    second frame's callback runs after the first frame's update."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def open_page(browser, width, height, touch=False, scheme="light"):
    context = browser.new_context(viewport={"width": width, "height": height}, has_touch=touch, color_scheme=scheme)
    return context, context.new_page()


STRONG = """() => Array.from(document.querySelectorAll('mark.quote')).filter(m => {
  const bg = getComputedStyle(m).backgroundColor;
  return bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent';
}).map(m => m.id)"""


@pytest.mark.parametrize("width, height", VIEWPORTS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_following_a_citation_lands_on_its_passage_in_view_and_alone_highlighted(site, width, height, scheme):
    url, browser = site
    context, page = open_page(browser, width, height, scheme=scheme)
    try:
        page.goto(url + "events/airport-talks/")
        page.locator("#c-terminal a.cite").first.click()
        page.wait_for_url("**/sources/long/#q-*")
        rendered(page)
        target = page.evaluate("location.hash").lstrip("#")
        assert page.evaluate(STRONG) == [target]  # only the passage arrived at is highlighted
        box = page.locator(f"#{target}").bounding_box()
        bar = page.locator(".source-bar").bounding_box()
        assert bar["y"] == 0  # the sticky header is on screen, above the passage
        assert box["y"] >= bar["y"] + bar["height"], (box, bar)
        assert box["y"] + box["height"] <= height and box["x"] >= 0 and box["x"] + box["width"] <= width
        header = page.locator(".source-bar").inner_text()
        assert "Long report on the airport" in header and "AFP" in header and "Mar 2025" in header
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing widens the page
        # Other cited passages are quietly marked: underlined, no background.
        other = page.locator("mark.quote:not(:target)").first
        assert "underline" in other.evaluate("m => getComputedStyle(m).textDecorationLine")
    finally:
        context.close()


@pytest.mark.parametrize("width, height", [(1280, 800), (375, 700), (320, 640)])
def test_a_tap_opens_a_preview_that_stays_inside_the_viewport(site, width, height):
    url, browser = site
    context, page = open_page(browser, width, height, touch=True)
    try:
        page.goto(url + "events/airport-talks/")
        # A long publisher label beside each citation number must wrap, not widen the page.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        cites = page.locator("ul.claims a.cite")
        # The citation furthest to the right is the one most likely to push a preview off screen.
        rightmost = max(range(cites.count()), key=lambda i: cites.nth(i).bounding_box()["x"])
        cite = cites.nth(rightmost)
        cite.scroll_into_view_if_needed()
        cite.tap()
        preview = page.locator(".cite-pop")
        preview.wait_for(state="visible")
        assert page.evaluate("location.pathname").endswith("/events/airport-talks/")  # the tap did not navigate
        box = preview.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert "Japan pledged $1 billion" in preview.inner_text() or "Officials said" in preview.inner_text()
        go = preview.locator("a.cite-pop-go")
        assert go.get_attribute("href") == cite.get_attribute("href")
        assert page.evaluate("document.activeElement.className") == "cite-pop-go"  # keyboard users land in it
        page.keyboard.press("Escape")
        assert page.locator(".cite-pop").count() == 0
    finally:
        context.close()


@pytest.mark.parametrize("width, height", [(1280, 800), (375, 700), (320, 640)])
def test_the_focus_preview_stays_inside_the_viewport(site, width, height):
    url, browser = site
    context, page = open_page(browser, width, height)
    try:
        page.goto(url + "events/airport-talks/")
        cites = page.locator("ul.claims a.cite")
        for i in range(cites.count()):
            cites.nth(i).focus()
            box = cites.nth(i).locator(".cite-quote").bounding_box()
            assert box["width"] > 100
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, (i, box)
            assert box["y"] >= 0 and box["y"] + box["height"] <= height, (i, box)
    finally:
        context.close()


# The citation's box and its preview's, once the keyboard reached it standing 4px above the window's foot.
REACHED_LOW = """cite => { const top = cite.getBoundingClientRect().bottom + window.scrollY - innerHeight + 4;
  window.scrollTo(0, top); cite.focus({preventScroll: true});
  const box = r => ({top: r.top, bottom: r.bottom});
  return [box(cite.getBoundingClientRect()), box(cite.querySelector('.cite-quote').getBoundingClientRect())]; }"""

TO_THE_FOOT = """cite => { window.scrollTo(0, 0); const room = innerHeight - 4 - cite.getBoundingClientRect().bottom;
  if (room > 0) document.body.style.paddingTop = room + 'px'; else window.scrollTo(0, -room); }"""


@pytest.mark.parametrize("width, height", [(320, 640), (640, 400)])  # a phone; a 1280 x 800 window zoomed to 200%
def test_a_citation_the_keyboard_reaches_low_on_a_narrow_screen_is_not_hidden_by_its_preview(site, width, height):
    """There the preview stands fixed at the window's foot: a citation the
    keyboard reached near the foot stood under it, hidden (WCAG 2.4.11)."""
    url, browser = site
    context, page = open_page(browser, width, height)
    try:
        page.goto(url + "events/airport-talks/")
        cites = page.locator("ul.claims a.cite")
        at_foot = 0
        for i in range(cites.count()):
            cite, preview = cites.nth(i).evaluate(REACHED_LOW)
            assert preview["bottom"] - preview["top"] > 40  # shown
            assert cite["bottom"] <= preview["top"] or cite["top"] >= preview["bottom"], (i, cite, preview)
            at_foot += preview["bottom"] > height - 20
        assert at_foot  # the page scrolled one clear of the preview at the foot
        # Where the page cannot scroll, the preview goes to the window's top instead. The citation is brought to
        # the window's foot first (pushed down if it stands higher at the page's top): a page that cannot
        # scroll leaves it wherever the layout put it, under the preview or not.
        page.evaluate("document.activeElement.blur()")
        cites.nth(0).evaluate(TO_THE_FOOT)
        page.evaluate("document.documentElement.style.overflow = 'hidden'")
        cite, preview = cites.nth(0).evaluate(REACHED_LOW)
        assert preview["top"] < 20 and cite["top"] >= preview["bottom"], (cite, preview)
    finally:
        context.close()


@pytest.mark.parametrize("width, height", [(320, 640), (375, 700)])
def test_a_tap_on_a_citation_at_the_foot_of_a_phone_s_screen_opens_its_preview(site, width, height):
    # The tap focused the citation, its preview (fixed to the window's foot) covered it, and the page was
    # scrolled to show it clear, all before the tap's click, which then went to what stood there after.
    url, browser = site
    context, page = open_page(browser, width, height, touch=True)
    try:
        page.goto(url + "events/airport-talks/")
        for i in range(page.locator("ul.claims a.cite").count()):
            cite = page.locator("ul.claims a.cite").nth(i)
            cite.evaluate(TO_THE_FOOT)
            cite.tap()
            page.locator(".cite-pop").wait_for(state="visible", timeout=5000)
            assert page.locator(".cite-pop a.cite-pop-go").get_attribute("href") == cite.get_attribute("href")
            page.keyboard.press("Escape")
    finally:
        context.close()


def test_escape_hides_the_focus_preview_and_tab_leaves_the_tap_preview_for_its_citation(site):
    url, browser = site
    context, page = open_page(browser, 1280, 800, touch=True)
    try:
        page.goto(url + "events/airport-talks/")
        cite = page.locator("ul.claims a.cite").first
        cite.focus()
        quote = cite.locator(".cite-quote")
        assert quote.bounding_box()["width"] > 100
        page.keyboard.press("Escape")
        assert quote.bounding_box() is None  # hidden, the focus still on the citation
        assert page.evaluate("document.activeElement.classList.contains('cite')")
        page.locator("ul.claims a.cite").nth(1).focus()  # leaving it brings its preview back next time
        cite.focus()
        assert quote.bounding_box()["width"] > 100
        cite.tap()
        page.locator(".cite-pop").wait_for(state="visible")
        page.keyboard.press("Tab")  # from "Go to source", the last stop in the preview
        assert page.locator(".cite-pop").count() == 0
        assert page.evaluate("document.activeElement === document.querySelector('ul.claims a.cite')")
    finally:
        context.close()


def test_print_shows_the_references_with_titles_urls_and_as_of_date(site):
    url, browser = site
    context, page = open_page(browser, 1280, 800)
    try:
        page.goto(url + "events/airport-talks/")
        page.emulate_media(media="print")
        references = page.locator("section.references")
        assert references.is_visible()
        text = references.inner_text()
        assert "Long report on the airport" in text and "https://example.org/airport" in text
        assert "Sources as of" in text and "2 Mar 2025" in text
        assert not page.locator("header.site nav").is_visible()
        page.emulate_media(media="screen")
    finally:
        context.close()


def test_a_printed_citation_says_which_paragraph_of_its_source_it_cites(site):
    """On paper the preview is gone: two citations of one source printed alike ("[1] AFP…" twice),
    and the reader could not tell which passage of the references' list backs which claim."""
    url, browser = site
    context, page = open_page(browser, 1280, 800)
    try:
        page.goto(url + "events/airport-talks/")
        # What a citation shows, its preview (hidden until hover, in print always) left out.
        shown = """() => Array.from(document.querySelectorAll('ul.claims a.cite'), a => Array.from(a.children)
          .filter(part => !part.classList.contains('cite-quote') && part.checkVisibility())
          .map(part => part.innerText).join(''))"""
        on_screen = page.evaluate(shown)
        assert on_screen == ["[1] AFP (Agence France-Pres…"] * 2
        page.emulate_media(media="print")
        printed = page.evaluate(shown)
        assert printed == [on_screen[0] + ", ¶31", on_screen[1] + ", ¶32"]
        page.emulate_media(media="screen")
    finally:
        context.close()


@pytest.mark.parametrize("target", ["mark.quote", ".para > [id^='p-']"])
def test_a_printed_source_page_still_picks_out_the_passage_a_link_led_to(site, target):
    """A reader follows a citation and prints the source to show the passage: paper dropped its
    highlight, and it printed underlined like every other cited passage (or, a ¶ link, like any)."""
    url, browser = site
    context, page = open_page(browser, 1280, 800)
    try:
        page.goto(url + "sources/long/")
        ids = page.eval_on_selector_all(target, "els => els.map(e => e.id)")
        page.goto(url + f"sources/long/#{ids[-1]}")
        drawn = """id => { const s = getComputedStyle(document.getElementById(id));
          return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.textDecorationLine]; }"""
        page.emulate_media(media="print")
        arrived, other = page.evaluate(drawn, ids[-1]), page.evaluate(drawn, ids[0])
        assert arrived != other
        style, width, colour, _ = arrived
        assert style != "none" and float(width.removesuffix("px")) >= 1
        assert colour == page.evaluate("getComputedStyle(document.body).color")  # the ink, never a tint paper loses
        page.emulate_media(media="screen")
    finally:
        context.close()


@pytest.mark.parametrize("path", ["events/airport-talks/", "sources/long/", "figures/"])
def test_a_reader_in_dark_mode_prints_dark_ink_on_white_paper(site, path):
    """A browser prints no backgrounds: the dark palette's light grey text would be all but invisible on paper."""
    url, browser = site
    context, page = open_page(browser, 1280, 800, scheme="dark")
    try:
        page.goto(url + path)
        colours = "() => [getComputedStyle(document.body).color, getComputedStyle(document.documentElement).backgroundColor]"
        assert page.evaluate(colours) == ["rgb(230, 233, 236)", "rgb(21, 25, 29)"]  # dark on screen
        page.emulate_media(media="print", color_scheme="dark")
        assert page.evaluate(colours) == ["rgb(29, 35, 41)", "rgb(255, 255, 255)"]
    finally:
        context.close()


def test_a_printed_prose_page_gives_the_address_of_a_link_to_another_site(site):
    """On paper a link is its words alone: one to another site prints its address after them; one
    inside the brief does not (its address means nothing off the site)."""
    url, browser = site
    context, page = open_page(browser, 1280, 800)
    try:
        page.goto(url + "method/")
        after = """a => getComputedStyle(a, '::after').content"""
        outside = page.locator("article.prose a", has_text="guide")
        inside = page.locator("article.prose a", has_text="timeline")
        assert outside.evaluate(after) in ("none", "normal")
        page.emulate_media(media="print")
        assert "https://example.org/guides/reading-airport-reports" in outside.evaluate(after)
        assert inside.evaluate(after) in ("none", "normal")
    finally:
        context.close()


def test_next_and_previous_passage_keys_step_through_the_cited_passages(site):
    url, browser = site
    context, page = open_page(browser, 1280, 800)
    try:
        page.goto(url + "sources/long/")
        marks = page.eval_on_selector_all("mark.quote", "ms => ms.map(m => m.id)")
        assert len(marks) == 2
        page.keyboard.press("j")
        assert page.evaluate("location.hash") == "#" + marks[0]
        page.locator(".passage-next").click()
        assert page.evaluate("location.hash") == "#" + marks[1]
        # The bar updates on hashchange, which fires after the click returns.
        page.wait_for_function("document.querySelector('.passage-next').getAttribute('aria-disabled') === 'true'",
                               timeout=5000)
        page.keyboard.press("k")
        assert page.evaluate("location.hash") == "#" + marks[0]
        assert page.evaluate(STRONG) == [marks[0]]
        assert page.evaluate("document.activeElement.id") == marks[0]  # the focus went along
    finally:
        context.close()


def test_scrolling_a_source_leaves_the_bars_live_count_alone_until_it_says_something_new(site):
    """The bar's "2 cited passages" is a live region: written again in every
    frame of scrolling, a screen reader may speak it again each time."""
    url, browser = site
    context, page = open_page(browser, 1280, 800)
    try:
        page.goto(url + "sources/long/")
        page.evaluate("""() => { window.written = []; const at = document.querySelector('.passage-at');
          new MutationObserver(() => window.written.push(at.textContent))
            .observe(at, {childList: true, characterData: true, subtree: true}); }""")
        for _ in range(8):
            page.mouse.wheel(0, 400)
            page.wait_for_timeout(50)
        assert page.evaluate("window.written") == []
        page.evaluate("window.scrollTo(0, 0)")
        page.keyboard.press("j")  # a passage reached is news: said once
        page.wait_for_function("window.written.length > 0", timeout=5000)
        assert page.evaluate("window.written") == ["Passage 1 of 2"]
    finally:
        context.close()


@pytest.mark.parametrize("width, height", VIEWPORTS)
def test_tabbing_back_up_a_source_leaves_no_focused_link_under_the_sticky_bar(site, width, height):
    url, browser = site
    context, page = open_page(browser, width, height)
    try:
        page.goto(url + "sources/long/")
        page.locator("footer a").last.focus()
        hidden = []
        for _ in range(60):  # up through the paragraphs' ¶ links, the passages and their claims
            page.keyboard.press("Shift+Tab")
            focused = page.evaluate("""() => {
              const e = document.activeElement, bar = document.querySelector('.source-bar');
              if (!e.closest('main') || bar.contains(e)) return null;
              return {href: e.getAttribute('href'), top: e.getBoundingClientRect().top,
                      bar: bar.getBoundingClientRect().bottom};
            }""")
            if focused and focused["top"] < focused["bar"]:
                hidden.append(focused)
        assert hidden == []
    finally:
        context.close()


def test_an_address_with_a_malformed_fragment_leaves_the_passage_keys_working(site):
    url, browser = site
    context, page = open_page(browser, 1280, 800)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(url + "sources/long/#%E0%A4%A")  # not UTF-8 once decoded
        marks = page.eval_on_selector_all("mark.quote", "ms => ms.map(m => m.id)")
        page.keyboard.press("j")
        assert page.evaluate("location.hash") == "#" + marks[0]
        assert errors == []
    finally:
        context.close()


def test_the_figures_chart_prints_and_the_table_sorts(site):
    url, browser = site
    context, page = open_page(browser, 1280, 800)
    try:
        page.goto(url + "figures/")
        page.emulate_media(media="print")
        bar = page.locator(".chart-svg rect.bar").first
        assert bar.is_visible() and bar.bounding_box()["width"] > 100
        assert page.evaluate("getComputedStyle(document.querySelector('.chart-svg rect.bar')).fill") != "none"
        page.emulate_media(media="screen")
        header = page.locator("th[data-sort]", has=page.locator("button.sort", has_text="Amount"))
        header.locator("button.sort").click()
        assert header.get_attribute("aria-sort") == "ascending"
        header.locator("button.sort").click()
        assert header.get_attribute("aria-sort") == "descending"
    finally:
        context.close()


# An A4 page's printable width at 96 px an inch, within Chromium's default margins.
PRINTED_WIDTH = 718


@pytest.mark.parametrize("path", ["", "timeline/", "figures/", "sources/", "sources/long/", "events/airport-talks/",
                                  "countries/uz/", "method/"])
def test_a_printed_page_is_no_wider_than_the_paper(site, path):
    """What runs past a printed page's edge is lost: the figures table wraps its cells instead."""
    url, browser = site
    context, page = open_page(browser, PRINTED_WIDTH, 1000)
    try:
        page.goto(url + path)
        page.emulate_media(media="print")
        assert page.evaluate("document.documentElement.scrollWidth") <= PRINTED_WIDTH
    finally:
        context.close()


def test_a_preview_puts_one_pair_of_quotation_marks_around_its_quote(site):
    url, browser = site
    context, page = open_page(browser, 1280, 800)
    try:
        page.goto(url + "events/airport-talks/")
        quote = page.locator("#c-terminal a.cite .cite-quote").first
        text = quote.evaluate("e => e.textContent")
        assert text.startswith("“Officials said") and text.count("“") == 1 and text.count("”") == 1
        # The <q> element inside adds none of its own (a browser's default would: ““…””).
        assert quote.locator("q").evaluate("q => getComputedStyle(q).quotes") == "none"
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_claim_a_permalink_leads_to_is_highlighted_and_clear_of_the_top(site, scheme):
    url, browser = site
    context, page = open_page(browser, 1280, 300, scheme=scheme)
    try:
        page.goto(url + "events/airport-talks/#c-terminal")
        rendered(page)
        claim = page.locator("#c-terminal")
        assert page.evaluate("window.scrollY") > 0  # the page did scroll to it
        assert claim.bounding_box()["y"] >= 12, claim.bounding_box()
        background = claim.evaluate("e => getComputedStyle(e).backgroundColor")
        other = page.locator("ul.claims li:not(:target)").first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent", other)
        assert page.locator("#c-terminal > .permalink").evaluate("e => getComputedStyle(e).opacity") == "1"
    finally:
        context.close()


@pytest.mark.parametrize("how", ["hover", "focus"])
def test_a_preview_near_the_bottom_right_corner_stays_inside_the_viewport(site, how):
    url, browser = site
    width, height = 1280, 700
    context, page = open_page(browser, width, height)
    try:
        page.goto(url + "events/airport-talks/")
        # Room to scroll the claims to the window's bottom edge, as on a long page.
        page.evaluate("document.querySelector('main').insertAdjacentHTML('afterbegin', '<div style=\"height: 3000px\"></div>')")
        cites = page.locator("ul.claims a.cite")
        cite = cites.nth(max(range(cites.count()), key=lambda i: cites.nth(i).bounding_box()["x"]))  # the rightmost
        page.evaluate("c => window.scrollBy(0, c.getBoundingClientRect().bottom - window.innerHeight + 4)",
                      cite.element_handle())
        assert height - 30 < cite.bounding_box()["y"] < height
        cite.hover() if how == "hover" else cite.focus()
        quote = cite.locator(".cite-quote").bounding_box()
        assert quote["width"] > 100
        assert quote["y"] >= 0 and quote["y"] + quote["height"] <= height, quote
        assert quote["x"] >= 0 and quote["x"] + quote["width"] <= width, quote
    finally:
        context.close()


@pytest.mark.parametrize("touch", [False, True])
def test_a_claims_permalink_shows_on_hover_and_on_a_touch_screen_always(site, touch):
    """A phone has no hover: a permalink shown only on hover or focus could not be found there to share a claim."""
    url, browser = site
    context = browser.new_context(viewport={"width": 375, "height": 700}, has_touch=touch, is_mobile=touch)
    page = context.new_page()
    try:
        page.goto(url + "events/airport-talks/")
        permalink = page.locator("#c-terminal > .permalink")
        opacity = "e => getComputedStyle(e).opacity"
        assert permalink.evaluate(opacity) == ("1" if touch else "0")
        if not touch:
            page.locator("#c-terminal").hover()
            assert permalink.evaluate(opacity) == "1"
    finally:
        context.close()
