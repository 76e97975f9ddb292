"""Text from seeds/ and content/ is data, never markup, template code or a link
target. fixtures/injection/ is a project whose every text field (names, claim
texts, places, people, topics, source metadata and bodies, quotes) carries a
script tag, an attribute break-out, template syntax and a javascript: URL; it
builds into pages that show them as text and run none of them."""
import json
import re
import shutil
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefgen import build, check
from browser import chromium_page, serve_directory

PROJECT = Path(__file__).resolve().parent / "fixtures" / "injection"
SCRIPT, BREAKOUT, TEMPLATE, JS_URL = (
    "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}", "javascript:alert(1)")
OUR_SCRIPT_FOLDERS = ("assets", "pagefind")


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag in ("script", "style")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if not self._in_script:
            self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def text_of(path: Path) -> str:
    """What a reader sees: the page's text with whitespace collapsed."""
    return " ".join("".join(parse(path).text).split())


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    # A copy, so the build's search cache is not written into the fixture.
    root = tmp_path_factory.mktemp("injection") / "project"
    shutil.copytree(PROJECT, root)
    return root


@pytest.fixture(scope="module")
def site(project) -> Path:
    result = build(project)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return project / "site"


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert len(found) >= 15
    return found


# The one script written into a page: the 404 page's, which finds the site's root from any address
# (no file it names could be found from there). It is the theme's own text, never the content's.
NOT_FOUND_SCRIPT = re.search(r"<script>.*?</script>", (Path(__file__).resolve().parent.parent / "src" / "briefgen"
                             / "themes" / "default" / "404.html").read_text(encoding="utf-8"), flags=re.S).group()


def test_the_only_scripts_are_our_own_files(site):
    for path in pages(site):
        if path.name == "404.html":
            assert re.findall(r"<script>.*?</script>", path.read_text(encoding="utf-8"), flags=re.S) == [NOT_FOUND_SCRIPT]
        for tag, attributes in parse(path).elements:
            if tag != "script" or attributes.get("type") == "application/ld+json":
                continue  # JSON-LD is data, never run: see the next test
            if path.name == "404.html" and not attributes:
                continue  # checked above
            assert "src" in attributes, f"inline script in {path}"
            target = (path.parent / attributes["src"]).resolve()
            assert target.is_file() and target.relative_to(site).parts[0] in OUR_SCRIPT_FOLDERS, (path, attributes)


def test_json_ld_blocks_cannot_close_their_script_element(site):
    """The payloads reach the schema.org data as JSON strings with `<`, `>`,
    `&` and `'` escaped, so no text can end the data block and start markup."""
    seen = 0
    for path in pages(site):
        html = path.read_text(encoding="utf-8")
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S):
            assert "<" not in block and ">" not in block, path
            data = json.loads(block)
            seen += SCRIPT in json.dumps(data, ensure_ascii=False)
    assert seen > 0  # the payload really went through the JSON-LD


def test_no_element_has_an_event_handler_attribute(site):
    for path in pages(site):
        handlers = [(tag, name) for tag, attributes in parse(path).elements for name in attributes
                    if name.lower().startswith("on")]
        assert handlers == [], path


def test_no_link_or_source_is_a_javascript_url(site):
    for path in pages(site):
        for tag, attributes in parse(path).elements:
            for name in ("href", "src", "action", "formaction", "xlink:href"):
                value = (attributes.get(name) or "").strip().lower()
                assert not value.startswith(("javascript:", "vbscript:")), (path, tag, name, value)
                # Our one data: URL is the empty favicon in <link rel="icon">.
                assert tag == "link" or not value.startswith("data:"), (path, tag, name, value)


def test_payloads_are_shown_as_text(site):
    event = text_of(site / "events" / "astana-forum-2024" / "index.html")
    for payload in (SCRIPT, BREAKOUT, TEMPLATE, JS_URL):
        assert payload in event
    source = text_of(site / "sources" / "wire" / "index.html")
    assert f"Wire report {SCRIPT} {BREAKOUT} {TEMPLATE} {JS_URL}" in source


def test_template_syntax_is_never_evaluated(site):
    for path in pages(site):
        assert "49" not in text_of(path), path
    assert TEMPLATE in text_of(site / "countries" / "kz" / "index.html")


def test_markdown_source_keeps_only_the_text_of_raw_html(site):
    text = text_of(site / "sources" / "markup" / "index.html")
    assert "A paragraph with raw markup and a link in it, and {{ 7*7 }} too." in text
    # A raw <script> in Markdown is markup: neither run nor shown as text.
    assert "¶1 Heading ¶2 A paragraph" in text and "Heading alert(1)" not in text


def test_feed_and_data_export_carry_payloads_as_text(site):
    feed = ElementTree.parse(site / "feed.xml")
    titles = [element.text or "" for element in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert any(SCRIPT in title and BREAKOUT in title for title in titles), titles
    data = json.loads((site / "data" / "briefgen.json").read_text(encoding="utf-8"))
    assert SCRIPT in json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("url", [
    JS_URL, "JavaScript:alert(1)", " javascript:alert(1)", "java\\tscript:alert(1)", "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "//evil.example/x", "https:alert(1)",
    "http://[evil.example", "https://[::zz]/",  # no host Python's URL reader can read: it raised
])
@pytest.mark.parametrize("where", ["sources.yaml", "front matter"])
def test_url_fields_accept_only_http_and_https(project, tmp_path, url, where):
    root = tmp_path / "project"
    shutil.copytree(project / "content", root / "content")
    shutil.copytree(project / "seeds", root / "seeds")
    quoted = f'"{url}"'  # YAML double quotes, so "\t" is a real tab
    if where == "sources.yaml":
        path = root / "content" / "sources.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace(
            'url: https://example.org/wire?x="><img src=x onerror=alert(1)>', f"url: {quoted}"), encoding="utf-8")
        expected = "content/sources.yaml:8:8"
    else:
        path = root / "seeds" / "markup.md"
        path.write_text(path.read_text(encoding="utf-8").replace(
            'url: https://example.org/?q="><script>alert(1)</script>', f"url: {quoted}"), encoding="utf-8")
        expected = "seeds/markup.md:5:6"
    diagnostics = check(root).diagnostics
    assert [(str(d.location), d.message.split(", not ")[0]) for d in diagnostics.errors] == [
        (expected, "'url' must be an http(s) URL")]


@pytest.mark.parametrize("url, character", [
    ("https://example.org/wire\\nx", "a line break (U+000A)"),
    ("https://example.org/\\u2028x", "a line break (U+2028)"),
    ("https://good.example/\\u202elmth.live//:sptth", "an invisible character (U+202E RIGHT-TO-LEFT OVERRIDE)"),
    ("https://exa\\u200bmple.org/", "an invisible character (U+200B ZERO WIDTH SPACE)"),
])
@pytest.mark.parametrize("where", ["sources.yaml", "front matter"])
def test_url_fields_refuse_what_would_make_a_link_read_otherwise_than_it_leads(project, tmp_path, url, character,
                                                                             where):
    """A page writes a source's address as its link's text: U+202E in it showed
    "https://good.example/https://evil.example" reversed, and a line break or
    an invisible character is in no address a browser copies."""
    root = tmp_path / "project"
    shutil.copytree(project / "content", root / "content")
    shutil.copytree(project / "seeds", root / "seeds")
    if where == "sources.yaml":
        path, old, expected = (root / "content" / "sources.yaml",
                               'url: https://example.org/wire?x="><img src=x onerror=alert(1)>', "content/sources.yaml:8:8")
    else:
        path, old, expected = (root / "seeds" / "markup.md",
                               'url: https://example.org/?q="><script>alert(1)</script>', "seeds/markup.md:5:6")
    path.write_text(path.read_text(encoding="utf-8").replace(old, f'url: "{url}"'), encoding="utf-8")
    diagnostics = check(root).diagnostics
    assert [(str(d.location), d.message) for d in diagnostics.errors] == [
        (expected, f"'url' has {character} in it, which a web address never holds")]


def test_no_payload_runs_in_a_browser(site):
    dialogs, errors = [], []
    with serve_directory(site) as url, chromium_page() as page:
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        for path in pages(site):
            page.goto(url + path.relative_to(site).as_posix())
            page.wait_for_load_state("load")
            for link in page.locator("a.cite").all()[:3]:
                link.focus()  # the quote tooltip shows cited text
        page.goto(url + "search/?q=alert")
        page.wait_for_selector(".search-excerpt", timeout=15000)  # excerpts show indexed text
    assert dialogs == []
    assert errors == []


def test_a_texts_unclosed_direction_override_stays_within_it(make_project):
    """U+202E (right-to-left override) in a name or claim, never closed,
    would write every word of the page after it backwards: each text the
    templates write closes what it opens."""
    from conftest import MINI
    forums = MINI["content/forums.yaml"].replace("name: Astana Forum", 'name: "Astana \\u202eForum"').replace(
        "- text: The forum met in Astana on 9 August 2024.", '- text: "The forum met \\u2067in Astana on 9 August 2024."')
    root = make_project({"content/forums.yaml": forums})
    assert build(root, out=root / "site", search=False).ok
    pages = [page.read_text(encoding="utf-8") for page in (root / "site").rglob("*.html")]
    shown = [page for page in pages if "Astana \u202eForum" in page]
    assert len(shown) > 3
    for page in shown:
        assert page.count("Astana \u202eForum") == page.count("Astana \u202eForum\u202c")
    event = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    assert "The forum met \u2067in Astana on 9 August 2024.\u2069" in event


def test_a_direction_override_in_one_list_item_or_place_stays_within_it(make_project):
    """A person, topic or place with an unclosed U+202E is closed where it
    ends, not only at the end of the list or description it is joined into:
    else "Minister B" after it, or the claim after the place in the meta
    description, reads backwards."""
    from conftest import MINI
    forums = MINI["content/forums.yaml"].replace("place: Astana", 'place: "Astana \\u202eCentre"\n          people: ["Minister \\u202eA", "Minister B"]')
    root = make_project({"content/forums.yaml": forums})
    assert build(root, out=root / "site", search=False).ok
    event = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    assert "<dd>Minister \u202eA\u202c, Minister B</dd>" in event
    description = re.search(r'<meta name="description" content="([^"]*)"', event).group(1)
    assert "Astana \u202eCentre\u202c: The forum met" in description


def test_a_direction_override_in_one_claim_stays_within_it_in_the_feed(make_project):
    """The feed's summary of a record joins its claims: each is closed where
    it ends, or the claims after an unclosed U+202E read backwards."""
    from conftest import MINI
    forums = MINI["content/forums.yaml"].replace(
        "- text: The forum met in Astana on 9 August 2024.", '- text: "The forum met \\u202ein Astana on 9 August 2024."') + """
            - text: The forum met in Astana.
              cite:
                - source: article
                  quote: "the forum met in Astana"
        """
    root = make_project({"content/forums.yaml": forums})
    assert build(root, out=root / "site", search=False).ok
    feed = (root / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "The forum met \u202ein Astana on 9 August 2024.\u202c The forum met in Astana." in feed
