"""Which countries a record concerns, as the timeline's and search's country
filters and a country page's count of its timeline entries take them: those it
names as its `countries`, and its parties, givers and receivers that are
countries, as the country's own page lists it; never an organisation."""
import re

from briefgen import build

SENTENCE = "Kazakhstan and JICA signed a rail accord on 9 August 2024, and in August 2024 Japan gave Uzbekistan $5 million."
FILES = {
    "briefgen.toml": '[site]\ntitle = "Brief"\n',
    "seeds/wire.txt": f"---\ntitle: Wire\npublisher: Agency\npublished: 2024-08-10\n---\n{SENTENCE}\n",
    "content/countries.yaml": """
        - id: kz
          name: Kazakhstan
        - id: jp
          name: Japan
        - id: uz
          name: Uzbekistan
        """,
    "content/organisations.yaml": """
        - id: jica
          name: JICA
          country: jp
        """,
    "content/agreements.yaml": """
        - id: rail-accord
          name: Rail accord
          date: 2024-08-09
          parties: [kz, jica]
          claims:
            - text: Kazakhstan and JICA signed a rail accord on 9 August 2024.
              cite:
                - source: wire
                  quote: "Kazakhstan and JICA signed a rail accord on 9 August 2024"
        """,
    "content/figures.yaml": """
        - id: grant
          name: Grant
          type: grant
          date: 2024-08
          amount: 5000000
          currency: USD
          by: [jp]
          to: [uz]
          claims:
            - text: In August 2024 Japan gave Uzbekistan $5 million.
              cite:
                - source: wire
                  quote: "in August 2024 Japan gave Uzbekistan $5 million"
        """,
}


def test_parties_givers_and_receivers_that_are_countries_are_the_records_countries(make_project):
    root = make_project(FILES, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    site = root / "site"
    timeline = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    entries = dict(re.findall(r'<li data-kind="(\w+)" data-countries="([^"]*)"', timeline))
    assert entries == {"agreement": "kz", "figure": "jp uz"}  # JICA is no country
    options = re.findall(r'<option value="(\w+)">', timeline.split('name="country"', 1)[1].split("</select>")[0])
    assert options == ["jp", "kz", "uz"]
    accord = (site / "agreements" / "rail-accord" / "index.html").read_text(encoding="utf-8")
    assert 'data-pagefind-meta="countries:kz"' in accord
    for country, count in (("kz", "1"), ("jp", "1"), ("uz", "1")):
        page = (site / "countries" / country / "index.html").read_text(encoding="utf-8")
        own = re.search(r'<p class="own-timeline"><a [^>]*>(.*?)</a>', page)
        assert own and own.group(1).startswith(count), (country, own and own.group(1))
