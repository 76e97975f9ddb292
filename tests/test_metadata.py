"""What pages say about themselves to machines and link previews: schema.org
JSON-LD, meta description and Open Graph on every page; the Atom feed; the
sitemap and canonical links only when the site's address is known; the
sources as CSL-JSON and BibTeX; every CSV linked from the pages showing its
data. On a small fixture project, never the demo brief."""
import json
import re
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pybtex.database
import pytest

from briefgen import build
from conftest import MINI, WIRE, write_project
from htmlscan import scan

BASE = "https://example.org/brief/"
SCHEMA_TYPES = {"Article", "CollectionPage", "Country", "CreativeWork", "DataDownload", "Dataset", "Event",
                "GovernmentOrganization", "Organization", "Place", "Person", "SearchResultsPage", "Thing",
                "WebPage", "WebSite"}

PROJECT = MINI | {
    "seeds/wire.txt": WIRE + "The EU & the \"100% {green}\" fund_1 met in Astana.\n",
    "content/sources.yaml": """
        - id: article
          alias: report
          title: Forum report
          publisher: Example News
          published: 2024-08-10
        - id: wire
          title: 'Wire: the EU & the "100% {green}" fund_1 \\ #2 ~ ^'
          author: Agence France-Presse
          url: https://example.org/a b?x={1}
          retrieved: 2024-09-01
        """,
    "content/countries.yaml": """
        - id: kz
          name: Kazakhstan
          focus: true
        - id: jp
          name: Japan
          focus: true
        - id: eu
          name: European Union
          type: bloc
          claims:
            - text: The EU met in Astana.
              cite:
                - source: wire
                  quote: "met in Astana"
        - id: su
          name: Soviet Union
          type: former-state
        - id: de
          name: Germany
        """,
    "content/forums.yaml": MINI["content/forums.yaml"] + """
            - text: A fund met in Astana.
              cite:
                - source: wire
                  quote: "fund_1 met in Astana"
        """,
    "content/organisations.yaml": """
        - id: fund
          name: Green fund
          country: su
        """,
}


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("meta") / "project", PROJECT)
    plain, based = root / "plain", root / "based"
    for out, base in ((plain, None), (based, BASE)):
        result = build(root, out=out, base_url=base)
        assert result.ok, [d.format() for d in result.diagnostics.items]
    return plain, based


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def json_ld(page: Path) -> list[dict]:
    html = page.read_text(encoding="utf-8")
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def nodes(data):
    """Every schema.org object in a JSON-LD document, nested ones included."""
    if isinstance(data, dict):
        if "@type" in data:
            yield data
        for value in data.values():
            yield from nodes(value)
    elif isinstance(data, list):
        for value in data:
            yield from nodes(value)


def meta(page: Path) -> dict[str, str]:
    return {a.get("name") or a.get("property"): a.get("content") for tag, a in scan(page).elements
            if tag == "meta" and "content" in a}


@pytest.mark.parametrize("which", [0, 1])
def test_every_page_has_one_schema_org_json_ld_block(sites, which):
    for page in html_pages(sites[which]):
        [data] = json_ld(page)
        assert data["@context"] == "https://schema.org", page
        types = {node["@type"] for node in nodes(data)}
        assert types and types <= SCHEMA_TYPES, (page, types)
        assert "ClaimReview" not in json.dumps(data)


def test_events_carry_date_place_and_organisers(sites):
    data = json_ld(sites[1] / "events" / "astana-forum-2024" / "index.html")[0]
    [event] = [n for n in nodes(data) if n["@type"] == "Event"]
    assert event["startDate"] == "2024-08-09"
    assert event["location"] == {"@type": "Place", "name": "Astana"}
    assert {o["name"] for o in event["organizer"]} == {"Kazakhstan", "Japan"}
    [page] = [n for n in nodes(data) if n["@type"] == "WebPage"]
    assert page["url"] == BASE + "events/astana-forum-2024/"
    assert [a["headline"] for a in page["citation"]] == ["Forum report", 'Wire: the EU & the "100% {green}" fund_1 \\ #2 ~ ^']
    assert page["citation"][1]["url"] == "https://example.org/a b?x={1}"


def test_an_agreement_names_each_party_it_is_about_once(make_project):
    root = make_project({"content/agreements.yaml": """
        - id: airport-deal
          name: Airport deal
          parties: [jp, kz]
          countries: [kz, jp]
          claims:
            - text: Japan pledged $1 billion for an airport.
              cite:
                - source: article
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan."
        """})
    assert build(root, out=root / "site").ok
    data = json_ld(root / "site" / "agreements" / "airport-deal" / "index.html")[0]
    [work] = [n for n in nodes(data) if n["@type"] == "CreativeWork"]
    assert [subject["name"] for subject in work["about"]] == ["Japan", "Kazakhstan"]


def test_sources_are_articles_and_exports_are_datasets(sites):
    source = json_ld(sites[0] / "sources" / "article" / "index.html")[0]
    [article] = [n for n in nodes(source) if n["@type"] == "Article"]
    assert article["headline"] == "Forum report" and article["datePublished"] == "2024-08-10"
    assert article["publisher"] == {"@type": "Organization", "name": "Example News"}
    home = json_ld(sites[1] / "index.html")[0]
    [dataset] = [n for n in nodes(home) if n["@type"] == "Dataset"]
    urls = {d["contentUrl"] for d in dataset["distribution"]}
    assert {BASE + "data/briefgen.json", BASE + "data/sources.json", BASE + "data/sources.bib",
            BASE + "data/forum.csv"} <= urls


@pytest.mark.parametrize("which", [0, 1])
def test_every_page_has_a_description_and_open_graph(sites, which):
    for page in html_pages(sites[which]):
        tags = meta(page)
        assert tags["description"] and tags["og:description"] == tags["description"], page
        assert tags["og:title"] and tags["og:type"] in ("website", "article") and tags["og:site_name"]
        assert ("og:url" in tags) == (which == 1 and page.name == "index.html" and page.parent != sites[which]
                                      or which == 1 and page == sites[which] / "index.html"), page
    event = meta(sites[0] / "events" / "astana-forum-2024" / "index.html")
    assert event["description"] == "Forum · 9 Aug 2024 · Astana: The forum met in Astana on 9 August 2024."


def test_sitemap_and_canonical_only_with_a_base_url(sites):
    plain, based = sites
    assert not (plain / "sitemap.xml").exists()
    assert all(not any(a.get("rel") == "canonical" for _, a in scan(p).elements) for p in html_pages(plain))
    locs = [loc.text for loc in ET.parse(based / "sitemap.xml").getroot()
            .iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert len(locs) == len([p for p in html_pages(based) if p.name == "index.html"])
    for loc in locs:
        assert loc.startswith(BASE) and (based / loc[len(BASE):] / "index.html").is_file(), loc


@pytest.mark.parametrize("which", [0, 1])
def test_feed_is_valid_atom_dated_by_change(sites, which):
    feed = feedparser.parse((sites[which] / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.author == "Research brief"
    assert " " not in feed.feed.id and re.match(r"[a-z]+:", feed.feed.id)
    [entry] = feed.entries
    # The forum happened on 9 August; its newest source was retrieved on 1 September.
    assert entry.updated == "2024-09-01T00:00:00Z"
    assert feed.feed.updated == "2024-09-01T00:00:00Z"
    assert " " not in entry.id


def test_the_feed_says_the_language_of_the_brief(tmp_path):
    """A reader sets the direction and the hyphenation of an Arabic brief's entries by it."""
    root = write_project(tmp_path / "p", PROJECT | {"briefgen.toml": '[site]\ntitle = "Brief"\nlanguage = "ar"\n',
                                                     "content/sources.yaml": "- id: article\n  alias: report\n"
                                                                             "  title: Forum report\n  language: en\n"})
    assert build(root, out=root / "site").ok
    feed = feedparser.parse((root / "site" / "feed.xml").read_bytes())
    assert not feed.bozo and feed.feed.language == "ar"


def test_feed_falls_back_to_source_date_epoch_never_the_clock(tmp_path, monkeypatch):
    files = PROJECT | {"content/sources.yaml": "- id: article\n  alias: report\n  title: Forum report\n"
                                               "- id: wire\n  title: Wire\n"}
    root = write_project(tmp_path / "p", files)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    result = build(root, out=tmp_path / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    feed = feedparser.parse((tmp_path / "site" / "feed.xml").read_bytes())
    assert feed.entries[0].updated == feed.feed.updated == "2023-11-14T22:13:20Z"


def test_sources_as_csl_json(sites):
    items = {item["id"]: item for item in json.loads((sites[0] / "data" / "sources.json").read_text("utf-8"))}
    assert items["article"] == {"id": "article", "type": "article", "title": "Forum report",
                                "publisher": "Example News", "issued": {"date-parts": [[2024, 8, 10]]}}
    assert items["wire"]["author"] == [{"literal": "Agence France-Presse"}]
    assert items["wire"]["accessed"] == {"date-parts": [[2024, 9, 1]]}
    assert items["wire"]["title"] == 'Wire: the EU & the "100% {green}" fund_1 \\ #2 ~ ^'


def test_sources_as_bibtex_escape_every_special_character(sites):
    bib = (sites[0] / "data" / "sources.bib").read_text("utf-8")
    wire = bib[bib.index("@online{wire,"):]
    assert (r"title = {{Wire: the EU \& the "r'"100\% \textbraceleft{}green\textbraceright{}" fund\_1 '
            r"\textbackslash{} \#2 \textasciitilde{} \textasciicircum{}}}") in wire
    assert "author = {{Agence France-Presse}}" in wire
    assert "url = {https://example.org/a%20b?x=%7B1%7D}" in wire and "urldate = {2024-09-01}" in wire
    # Braces balance in every entry as BibTeX counts them (a backslash escapes none), so no entry
    # swallows the next, and a BibTeX reader takes every entry with the fields written.
    for entry in bib.split("\n@")[0:]:
        depth = 0
        for char in entry:
            depth += {"{": 1, "}": -1}.get(char, 0)
            assert depth >= 0
        assert depth == 0, entry
    parsed = pybtex.database.parse_string(bib, "bibtex")
    assert set(parsed.entries) == {"article", "wire"}
    assert set(parsed.entries["wire"].fields) == {"title", "url", "urldate"}  # the author a person field


def test_every_csv_is_linked_from_the_pages_showing_its_data(sites):
    site = sites[0]
    linked = {}
    for page in html_pages(site):
        for tag, a in scan(page).elements:
            if tag == "a" and a.get("href", "").endswith(".csv"):
                target = (page.parent / a["href"]).resolve()
                assert target.is_file(), (page, a["href"])
                linked.setdefault(target.name, set()).add(page.relative_to(site).as_posix())
    assert {p.name for p in (site / "data").glob("*.csv")} == set(linked)
    assert "forum.csv" in linked and "timeline/index.html" in linked["forum.csv"]
    assert "events/index.html" in linked["forum.csv"]
    assert "countries/index.html" in linked["country.csv"]
    sources = (site / "sources" / "index.html").read_text("utf-8")
    assert 'href="../data/sources.json"' in sources and 'href="../data/sources.bib"' in sources


def test_countries_show_their_type_and_no_empty_shells(sites):
    site = sites[0]
    index = (site / "countries" / "index.html").read_text("utf-8")
    assert re.search(r">European Union</a> <span class=\"kind\">Bloc</span>", index)
    assert re.search(r">Soviet Union</a> <span class=\"kind\">Former state</span>", index)
    assert re.search(r">Kazakhstan</a> <span class=\"kind\">Country</span>", index)
    # Germany: no claim, no record names it. No page, and nothing links to one.
    assert not (site / "countries" / "de").exists() and "Germany" not in index
    # The USSR has no claim but an organisation names it: its page says so.
    su = (site / "countries" / "su" / "index.html").read_text("utf-8")
    assert "make no statement about Soviet Union itself" in su and "Green fund" in su


def test_country_page_links_to_its_filtered_timeline_instead_of_repeating_it(sites):
    kz = (sites[0] / "countries" / "kz" / "index.html").read_text("utf-8")
    assert '<a href="../../timeline/?country=kz">1 entry about Kazakhstan on the timeline</a>' in kz
    assert 'class="timeline"' not in kz


def test_counts_agree_with_their_nouns(sites):
    home = (sites[0] / "index.html").read_text("utf-8")
    assert "1 event ·" in home and "1 events" not in home


def test_no_heading_level_is_skipped_on_a_disputed_record(make_project, tmp_path):
    from conftest import DISPUTED_FORUM
    root = make_project({"seeds/wire.txt": WIRE,
                         "content/forums.yaml": DISPUTED_FORUM.format(second="2024-08-09/2024-08-12")})
    result = build(root, out=tmp_path / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    for page in html_pages(tmp_path / "site"):
        levels = [int(tag[1]) for tag, _ in scan(page).elements if re.fullmatch(r"h[1-6]", tag)]
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, (page, levels)


def test_two_briefs_titled_without_latin_letters_have_feeds_of_their_own(tmp_path):
    ids = []
    for title in ("موجز الطاقة", "予算の動向"):
        root = write_project(tmp_path / title, PROJECT | {"briefgen.toml": f'[site]\ntitle = "{title}"\n'})
        assert build(root, out=root / "site").ok
        ids.append(feedparser.parse((root / "site" / "feed.xml").read_bytes()).feed.id)
    assert len(set(ids)) == 2 and all(i.startswith("urn:briefgen:") and i != "urn:briefgen:brief" for i in ids)


def test_sources_yaml_may_leave_the_title_to_the_front_matter(tmp_path):
    files = PROJECT | {"seeds/wire.txt": "---\ntitle: Wire from the front matter\n---\n" + PROJECT["seeds/wire.txt"],
                       "content/sources.yaml": "- id: article\n  alias: report\n  title: Forum report\n- id: wire\n  publisher: Wire Agency\n"}
    root = write_project(tmp_path / "p", files)
    result = build(root, out=root / "site")
    assert result.ok, [d.format() for d in result.diagnostics.items]
    assert result.library.source_meta["wire"]["title"] == "Wire from the front matter"


@pytest.mark.parametrize("language", ["en", "fr", "ja"])
def test_a_disputed_date_is_never_stated_as_settled_to_machines_or_previews(make_project, tmp_path, language):
    """JSON-LD cannot say a date is disputed, so it gives none; the
    description gives both sides and says the date is disputed; the
    timeline's bar spans both dates, marked disputed."""
    from conftest import DISPUTED_FORUM
    from briefgen import labels
    forum = DISPUTED_FORUM.format(second="2024-08-12").replace(
        "The forum in Astana ran on 9-12 August 2024.", "the forum closed on 12 August 2024")
    root = make_project({"seeds/wire.txt": WIRE, "briefgen.toml": f'[site]\nlanguage = "{language}"\n',
                         "content/sources.yaml": textwrap.dedent(MINI["content/sources.yaml"]) + "  language: en\n"
                                                 "- id: wire\n  title: Wire report\n  language: en\n",
                         "content/forums.yaml": forum})
    result = build(root, out=tmp_path / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    page = tmp_path / "site" / "events" / "astana-forum-2024" / "index.html"
    [event] = [n for n in nodes(json_ld(page)[0]) if n["@type"] == "Event"]
    assert "startDate" not in event and "endDate" not in event
    said = labels.table(language)["date_disputed"]
    description = meta(page)["description"]
    assert said in description and event["description"] == description
    assert description.count("2024") == 2  # both dates, neither alone
    timeline = (tmp_path / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    bar = re.search(r'<span class="axis [^"]*" aria-hidden="true">(.*?)</span></li>', timeline).group(0)
    assert "disputed" in bar.split('"')[1]
    assert re.findall(r"--from: ([0-9.]+)%", bar) == ["60.38", "61.2"]  # 9 and 12 August


@pytest.mark.parametrize("language, colon", [("fr", "\u00a0: "), ("ja", "："), ("de", ": ")])
def test_descriptions_and_dataset_names_write_the_colon_and_the_capitals_of_the_brief_s_language(
        tmp_path, language, colon):
    from briefgen.cli import main
    root = tmp_path / "brief"
    assert main(["init", str(root), "--title", "Dossier", "--language", language]) == 0
    assert build(root).ok
    site = root / "site"
    record = next(site.glob("agreements/*/index.html"))
    assert colon in meta(record)["description"]
    source = next(p for p in site.glob("sources/*/index.html"))
    assert colon in meta(source)["description"]
    names = {n["name"] for page in html_pages(site) for block in json_ld(page) for n in nodes(block)
             if n["@type"] == "Dataset"} - {"Dossier"}  # the home page's: the whole brief's data
    assert names and all(name.startswith("Dossier" + colon) for name in names), names
    if language == "de":  # a section's name keeps its capital: "Abkommen", not "abkommen"
        assert any(name[len("Dossier: "):][0].isupper() for name in names), names
