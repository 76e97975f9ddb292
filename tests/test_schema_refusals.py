"""What `briefgen check` refuses in a single value, the editors' JSON Schema
refuses too, and nothing that check accepts: a table of values goes through
`briefgen check` on a small project and through check-jsonschema (ECMAScript
patterns, as editors read them) with the schemas `briefgen schemas` writes."""
import pytest

from test_yaml12 import briefgen_verdict, schema_verdicts

FIGURE = """\
- id: {id}
  name: {name}
  amount: 4000000000
  currency: {currency}
{date}  claims:
    - id: {claim_id}
      text: Japan pledged $4 billion.
      cite:
        - source: article
          quote: "Japan pledged $4 billion"
"""
SOURCE = """\
- id: article
  alias: report
  title: {title}
  url: {url}
  retrieved: {retrieved}
  language: {language}
"""


def figure(id="airport", name="Airport pledge", date=None, claim_id="pledge", currency="USD"):
    return "figures", FIGURE.format(id=id, name=name, date=f"  date: {date}\n" if date else "", claim_id=claim_id,
                                    currency=currency)


def source(title="Forum report", url="https://example.org/report", retrieved="2024-08-09", language="en"):
    return "sources", SOURCE.format(title=title, url=url, retrieved=retrieved, language=language)


# name: (file stem, text, whether check refuses it); the article is test_yaml12's
CASES = {
    "figure-id": (*figure(), False),
    "figure-id-digits": (*figure(id="g7-2024_pledge"), False),
    "figure-id-like-a-page-part": (*figure(id="refx"), False),
    "figure-id-ending-in-a-page-part": (*figure(id="x-main"), False),
    # the figures page gives these to its own parts (routes.FIGURES_PAGE_IDS)
    "figure-id-main": (*figure(id="main"), True),
    "figure-id-references-title": (*figure(id="references-title"), True),
    "figure-id-ref-": (*figure(id="ref-x"), True),
    "figure-id-dispute-": (*figure(id="dispute-1"), True),
    "figure-id-c-": (*figure(id="c-airport"), True),
    # a claim's id is an anchor on its page, not a folder: no length limit
    "claim-id-digits": (*figure(claim_id="2024-pledge_1"), False),
    "claim-id-longer-than-a-record-id": (*figure(claim_id="p" * 151), False),
    "claim-id-capitals": (*figure(claim_id="Pledge"), True),
    # text: an escape may write a character XML (the feed) cannot hold
    "name-unicode": (*figure(name="Aéroport de Tachkent 空港"), False),
    "name-astral": (*figure(name='"Airport \\U0001F6EB"'), False),
    "name-tab-escape": (*figure(name='"Airport\\tpledge"'), False),
    "name-delete-and-c1": (*figure(name='"Airport\\x7f\\x9b"'), False),
    # blank is what Python's str.strip() removes, not what a regular expression's \\s means
    "name-only-next-line": (*figure(name='"\\x85"'), True),
    "name-only-ideographic-space": (*figure(name='"\\u3000"'), True),
    "name-only-byte-order-mark": (*figure(name='"\\ufeff"'), False),
    "name-only-zero-width-space": (*figure(name='"\\u200b"'), False),
    "name-control-escape": (*figure(name='"Air\\x1bport"'), True),
    "name-nul-escape": (*figure(name='"Airport\\0"'), True),
    "name-ufffe-escape": (*figure(name='"Airport\\ufffe"'), True),
    "title-control-escape": (*source(title='"Forum\\x07report"'), True),
    # dates: the calendar, and a span's order (a source's retrieval date: a figure's date must be quoted)
    "date-day": (*source(retrieved="2024-08-09"), False),
    "date-leap-day": (*source(retrieved="2024-02-29"), False),
    "date-leap-day-of-2000": (*source(retrieved="2000-02-29"), False),
    "date-31-december": (*source(retrieved="2024-12-31"), False),
    "date-year-1": (*source(retrieved='"0001"'), False),
    "date-30-february": (*source(retrieved="2024-02-30"), True),
    "date-29-february-of-2023": (*source(retrieved="2023-02-29"), True),
    "date-29-february-of-1900": (*source(retrieved="1900-02-29"), True),
    "date-31-april": (*source(retrieved="2024-04-31"), True),
    "date-year-0": (*source(retrieved='"0000"'), True),
    "span": (*source(retrieved="2024-08-09/2024-08-10"), False),
    "span-day-in-its-month": (*source(retrieved="2024-08-09/2024-08"), False),
    "span-month-then-its-day": (*source(retrieved="2024-08/2024-08-01"), False),
    "span-across-years": (*source(retrieved="2023-12/2024-01"), False),
    "span-of-one-day": (*source(retrieved="2024-08-09/2024-08-09"), False),
    "span-reversed-days": (*source(retrieved="2024-08-10/2024-08-09"), True),
    "span-reversed-years": (*source(retrieved="2025/2024-12-31"), True),
    "span-reversed-months": (*source(retrieved="2024-09/2024-08-31"), True),
    "date-spaced": (*source(retrieved='" 2024-08-09\\u00a0"'), False),
    "span-spaced-reversed": (*source(retrieved='" 2024-08-10/2024-08-09"'), True),
    "figure-date-reversed": (*figure(date="2024-08-10/2024-08-09"), True),
    # a url: http or https, then a host that starts with no space
    "url-capitals": (*source(url="HTTPS://EXAMPLE.ORG/A"), False),
    "url-in-spaces": (*source(url='" https://example.org/a b "'), False),
    "url-space-in-host": (*source(url='"https://exa mple.org"'), False),
    "url-host-after-a-space": (*source(url='"https:// example.org"'), True),
    "url-host-after-a-tab": (*source(url='"https://\\texample.org"'), True),
    "url-host-an-ideographic-space": (*source(url='"https://\\u3000/a"'), True),
    "url-no-host": (*source(url='"https:///a"'), True),
    "url-ftp": (*source(url="ftp://example.org"), True),
    "url-long-s": (*source(url='"httpſ://example.org"'), True),
    # a language or currency: one CLDR knows, in any spaces check strips
    "language-region": (*source(language="en-gb"), False),
    "language-spaced": (*source(language='" en "'), False),
    "language-unknown": (*source(language="xx-yy"), True),
    "currency-spaced": (*figure(currency='" USD"'), False),
    "currency-lowercase": (*figure(currency="usd"), True),
    "url-control-escape": (*source(url='"https://example.org/\\x1b"'), True),
}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("refusals")
    schema = schema_verdicts(tmp_path, CASES)
    build = {name: briefgen_verdict(tmp_path, name, stem, text) for name, (stem, text, _) in CASES.items()}
    return build, schema


@pytest.mark.parametrize("name", CASES)
def test_the_schema_refuses_exactly_what_check_refuses(verdicts, name):
    build, schema = verdicts
    refused = CASES[name][2]
    assert (build[name] != []) is refused, build[name]
    assert (schema[name] != []) is refused, schema[name]
