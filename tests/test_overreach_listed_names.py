"""A claim may count the names its quote lists ("Japan met three countries" citing "Japan met Kazakhstan,
Kyrgyzstan and Uzbekistan"), and name the group the brief's country records put its linked countries in ("Central
Asian" for `group: central-asia`); a count the list does not give still warns."""
import pytest

from test_overreach import _judged, warnings

NUMBERS, NAMES = 0, 1


@pytest.mark.parametrize("claim, quote", [
    ("Japan met three countries.", "Japan met Kazakhstan, Kyrgyzstan and Uzbekistan."),
    ("Japan met four countries.", "Japan met Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan."),
    ("Japan met two banks.", "Japan met the Bank of Japan and Sojitz Corporation."),
    ("Japan met 3 leaders.", "Japan met Tokayev, Japarov, and Mirziyoyev."),
])
def test_a_count_of_the_names_a_quote_lists_is_stated(claim, quote):
    assert _judged(claim, quote, "en")[NUMBERS] == []


@pytest.mark.parametrize("claim, quote, numbers", [
    ("Japan met five countries.", "Japan met Kazakhstan, Kyrgyzstan and Uzbekistan.", ["five"]),
    ("Japan met three countries.", "In May, Japan and Korea met.", ["three"]),
])
def test_a_count_the_list_does_not_give_is_reported(claim, quote, numbers):
    assert _judged(claim, quote, "en")[NUMBERS] == numbers


def test_a_claim_may_name_the_group_of_its_linked_countries(make_project):
    root = make_project({
        "seeds/article.txt": "Japan met Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan in Tokyo.\n",
        "content/figures.yaml": None,
        "content/countries.yaml": "".join(f"""
- id: {cid}
  name: {name}
  group: {group}
""" for cid, name, group in (("kz", "Kazakhstan", "central-asia"), ("kg", "Kyrgyzstan", "central-asia"),
                              ("tj", "Tajikistan", "central-asia"), ("uz", "Uzbekistan", "central-asia"),
                              ("jp", "Japan", "east-asia"))),
        "content/forums.yaml": """\
- id: tokyo-talks
  name: Tokyo talks
  countries: [kz, kg, tj, uz, jp]
  claims:
    - text: "Japan met four Central Asian countries."
      cite:
        - source: article
          quote: "Japan met Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"
    - text: "Japan met four Andean countries."
      cite:
        - source: article
          quote: "Japan met Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"
""",
    })
    assert [d.message for d in warnings(root)] == [
        "claim 2 of forum 'tokyo-talks' states what none of its quotes does: names Andean"]
