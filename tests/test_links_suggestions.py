"""A reference to an unknown id is told the id it may stand for, among the
records of the kinds its field takes."""
from briefgen import check


def test_a_misspelt_reference_is_told_the_ids_of_the_kinds_its_field_takes(make_project):
    """Each field's suggestions come from its own kinds, though the ids of each
    kind are listed once a check: a country's from the countries only, a
    dispute position's from every record."""
    root = make_project({
        "content/organisations.yaml": """
            - id: astana-forum-office
              name: Forum office
              country: astana-forum
            - id: second-office
              name: Second office
              country: kzz
            """,
        "content/disputes.yaml": """
            - id: which-forum
              question: Which forum?
              positions:
                - record: astana-forum
                  text: The forum met in Astana on 9 August 2024.
                  cite:
                    - source: article
                      quote: "On 9 August 2024, the forum met in Astana"
                - record: companies
                  text: More than 350 companies took part.
                  cite:
                    - source: article
                      quote: "More than 350 companies took part"
            """,
    })
    found = {(d.message, d.hint) for d in check(root).diagnostics.errors}
    assert found >= {
        ("organisation 'astana-forum-office' field 'country' refers to unknown id 'astana-forum'",
         "add a country with id 'astana-forum' to content/countries.yaml, or fix the id"),
        ("organisation 'second-office' field 'country' refers to unknown id 'kzz'", "did you mean 'kz'?"),
        ("dispute 'which-forum' position refers to unknown id 'astana-forum'", "did you mean 'astana-forum-2024'?"),
    }


def test_a_reference_written_as_a_records_name_is_told_its_id(make_project):
    """A brief in Portuguese names its countries 'Brasil', 'União Europeia' on every page: an editor writes
    the name where the id goes, which spelling alone matches to no id ('brasil' is far from 'br')."""
    root = make_project({
        "content/countries.yaml": """
            - id: br
              name: Brasil
            - id: eu
              name: União Europeia
              type: bloc
            """,
        "content/organisations.yaml": """
            - id: itamaraty
              name: Itamaraty
              country: brasil
              countries: [uniao-europeia]
            """,
    })
    found = {(d.message, d.hint) for d in check(root).diagnostics.errors}
    assert found >= {
        ("organisation 'itamaraty' field 'country' refers to unknown id 'brasil'",
         "'brasil' is the name of 'br': write its id, br"),
        ("organisation 'itamaraty' field 'countries' refers to unknown id 'uniao-europeia'",
         "'uniao-europeia' is the name of 'eu': write its id, eu"),
    }


def test_an_unknown_reference_is_told_which_kind_of_record_to_add_and_in_which_file(make_project):
    """A new brief's editor wrote `countries: [kz, jp]` before any country 'kz' and was told "add a record
    with id 'kz'", with no word of which kind of record nor of the fact file that holds it; a field that
    takes several kinds names each, and each one's file."""
    root = make_project({
        "content/organisations.yaml": """
            - id: water-office
              name: Water office
              countries: [kz, zzzzzzzz]
            """,
        "content/agreements.yaml": """
            - id: water-deal
              name: Water deal
              event: qqqqqqqq
              parties: [wwwwwwww]
              claims:
                - text: More than 350 companies took part.
                  cite:
                    - source: article
                      quote: "More than 350 companies took part"
            """,
    })
    found = {(d.message, d.hint) for d in check(root).diagnostics.errors}
    assert found >= {
        ("organisation 'water-office' field 'countries' refers to unknown id 'zzzzzzzz'",
         "add a country with id 'zzzzzzzz' to content/countries.yaml, or fix the id"),
        ("agreement 'water-deal' field 'event' refers to unknown id 'qqqqqqqq'",
         "add a summit, a forum or a meeting with id 'qqqqqqqq' to content/summits.yaml, content/forums.yaml or "
         "content/meetings.yaml, or fix the id"),
        ("agreement 'water-deal' field 'parties' refers to unknown id 'wwwwwwww'",
         "add a country or an organisation with id 'wwwwwwww' to content/countries.yaml or "
         "content/organisations.yaml, or fix the id"),
    }
