"""The data files are standard indented JSON, whatever the encoder: two
spaces, keys sorted, text unescaped, one final newline (jsontext.py)."""
import json

from briefgen import build, jsontext

from conftest import MINI

NAMES = MINI["content/countries.yaml"].replace("name: Kazakhstan", 'name: "Қазақстан \\"KZ\\" \\\\ tab\\there"')


def canonical(text: str) -> str:
    return json.dumps(json.loads(text), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def test_data_files_are_indented_sorted_unescaped_json(make_project):
    root = make_project({"content/countries.yaml": NAMES})
    assert build(root).ok
    for name in ("briefgen.json", "sources.json"):
        text = (root / "site" / "data" / name).read_text(encoding="utf-8")
        assert text == canonical(text), name
    assert "Қазақстан \\\"KZ\\\" \\\\ tab\\there" in (root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8")


def test_what_orjson_refuses_is_written_by_the_standard_library():
    for value in ({"big": 10 ** 25, "list": [1, {"b": 2, "a": 1}]}, {1: "integer key"}):
        assert jsontext.indented(value) == canonical(json.dumps(value)).encode("utf-8")
        assert json.loads(jsontext.compact(value)) == json.loads(json.dumps(value))


def test_a_record_written_in_parts_reads_back_as_the_record():
    # Build records are written a batch of items at a time (jsontext.compact_parts).
    record = {"format": 4, "out": "/site", "none": [], "empty": {}, "one": ["a"],
              "leads": [f"lead \0{n} é" for n in range(7)],
              "pages": {f"p{n}/index.html": ["ab" * n, n, [n, None], {"x": n}] for n in range(9)},
              "big": [10 ** 25, 1, 2], "keys": {1: "integer key", 2: "b", 3: "c"}}
    whole = json.loads(jsontext.compact(record))
    assert json.loads(b"".join(jsontext.compact_parts(record))) == whole
    for most in (1, 2, 3):
        parts = list(jsontext.compact_parts(record, most))
        assert json.loads(b"".join(parts)) == whole
        assert max(map(len, parts)) < len(jsontext.compact(record["pages"])) / 2  # never the long mapping whole


def test_an_organisations_own_country_is_among_the_countries_its_csv_row_lists(make_project):
    import csv
    root = make_project({"content/organisations.yaml": """
        - id: fund
          name: Green fund
          country: kz
          countries: [jp, kz]
        - id: bank
          name: Bank
          country: jp
        """})
    assert build(root, out=root / "site").ok
    rows = csv.DictReader((root / "site" / "data" / "organisation.csv").open(encoding="utf-8"))
    assert {row["id"]: row["countries"] for row in rows} == {"bank": "jp", "fund": "kz jp"}


def test_each_field_value_carries_the_quotes_that_state_it_as_its_page_does(make_project):
    root = make_project({})
    assert build(root, out=root / "site", search=False).ok
    records = {r["id"]: r for r in json.loads((root / "site" / "data" / "briefgen.json").read_text())["records"]}
    [date] = records["astana-forum-2024"]["fields"]["date"]
    assert date["value"] == "2024-08-09"
    assert [(c["source"], c["quote"]) for c in date["cite"]] == [("article", "On 9 August 2024, the forum met in Astana")]
    [amount] = records["companies"]["fields"]["amount"]
    assert [c["quote"] for c in amount["cite"]] == ["More than 350 companies took part."]
    page = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    assert date["cite"][0]["href"].split("#")[1] in page


def test_a_country_that_gets_no_page_has_no_page_in_the_data_files(make_project):
    # uz: no claim describes it, no record names it, so the site makes no page for it (pages.has_page).
    root = make_project({"content/countries.yaml": MINI["content/countries.yaml"] + """
        - id: uz
          name: Uzbekistan
        """})
    assert build(root, out=root / "site", search=False).ok
    site = root / "site"
    assert not (site / "countries" / "uz").exists()
    records = {r["id"]: r for r in json.loads((site / "data" / "briefgen.json").read_text())["records"]}
    assert records["uz"]["page"] is None
    assert records["kz"]["page"] == "countries/kz/" and (site / "countries" / "kz" / "index.html").exists()
    import csv
    rows = {row["id"]: row for row in csv.DictReader((site / "data" / "country.csv").open(encoding="utf-8"))}
    assert rows["uz"]["page"] == "" and rows["kz"]["page"] == "countries/kz/"



def test_an_agreements_parties_are_among_the_countries_its_csv_row_lists_as_on_their_pages(make_project):
    """An agreement of Japan and Kazakhstan with no `countries` is listed on
    Kazakhstan's page and by the timeline's country filter, but its row in
    agreement.csv named no country, so a spreadsheet filtered to kz missed it;
    the row now names the countries among its parties (a party that is no
    country, the bank here, is not one)."""
    import csv
    root = make_project({"content/organisations.yaml": """
        - id: bank
          name: Bank
          country: jp
        """, "content/agreements.yaml": """
        - id: airport-deal
          name: Airport deal
          date: 2024-08-09
          parties: [jp, bank, kz]
          claims:
            - text: Japan pledged $1 billion for an airport.
              cite:
                - source: article
                  quote: "Japan pledged $1 billion for an airport"
                - source: article
                  quote: "On 9 August 2024"
        """})
    assert build(root, out=root / "site").ok
    [row] = csv.DictReader((root / "site" / "data" / "agreement.csv").open(encoding="utf-8", newline=""))
    assert row["countries"] == "jp kz"
    assert "airport-deal" in (root / "site" / "countries" / "kz" / "index.html").read_text(encoding="utf-8")
    timeline = (root / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert 'data-countries="jp kz"' in timeline

def _links(value):
    """Every `page` and `href` in data/briefgen.json."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("page", "href") and isinstance(item, str):
                yield item
            else:
                yield from _links(item)
    elif isinstance(value, list):
        for item in value:
            yield from _links(item)


def test_every_link_in_the_data_joined_to_its_base_url_is_a_page_of_the_site_under_a_sub_path(make_project):
    """A script fetching https://example.org/briefs/ca/data/briefgen.json and
    joining its hrefs ('sources/article/#q-…') to the file's own address
    reached data/sources/article/, which is no page; the file now names the
    site's address it is published at, to join them to (null when the build
    was given none)."""
    import urllib.parse
    from htmlscan import scan

    root = make_project({})
    assert build(root, out=root / "site").ok
    assert json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))["base_url"] is None
    base = "https://example.org/briefs/ca"  # as an editor may write it, without the final slash
    assert build(root, out=root / "site", base_url=base).ok
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    assert data["base_url"] == base + "/"
    links = list(_links(data))
    assert any("#q-" in link for link in links) and any(link.startswith("events/") for link in links)
    for link in links:
        url = urllib.parse.urljoin(data["base_url"], link)
        assert url.startswith(data["base_url"]), link
        path, _, fragment = url[len(data["base_url"]):].partition("#")
        page = root / "site" / path / "index.html" if path.endswith("/") or not path else root / "site" / path
        assert page.is_file(), link
        assert not fragment or fragment in scan(page).tag_by_id, link


def test_each_claim_in_the_data_has_its_permalink_a_figures_too(make_project):
    """A figure's claim sits on the figures page, whose record 'page' is
    'figures/#companies': joining that and the claim's anchor made
    'figures/#companies#c-…', no permalink; each claim now gives its own,
    'figures/#c-…', as the '#' beside it links."""
    from htmlscan import scan

    root = make_project({})
    assert build(root, out=root / "site").ok
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    claims = {r["id"]: r["claims"] for r in data["records"] if r["claims"]}
    [companies] = claims["companies"]
    assert companies["page"] == f"figures/#{companies['anchor']}"
    [forum] = claims["astana-forum-2024"]
    assert forum["page"] == f"events/astana-forum-2024/#{forum['anchor']}"
    for claim in (companies, forum):
        path, anchor = claim["page"].split("#")
        page = scan(root / "site" / path / "index.html")
        assert ("a", {"class": "permalink", "href": f"#{anchor}", "aria-label": "Permalink to this claim",
                      "data-pagefind-ignore": None}) in page.elements
        assert page.tag_by_id[anchor][0] == "li"
