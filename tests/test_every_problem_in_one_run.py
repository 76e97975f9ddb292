"""`briefgen check` gives every diagnostic in one run: a mistyped field
hides neither the other problems of its record (its claims' fields, its
quotes) nor the overreach warnings of the records that passed."""
from briefgen import check

ARTICLE = """\
The summit was held in Riverton on 2 March 2026.
Japan plans to invest $1 billion.
"""


def messages(root) -> list[str]:
    return [f"{d.location.line}: {d.message}" for d in check(root).diagnostics.items]


def summits(make_project, text: str, countries: str | None = None):
    files = {"seeds/a.txt": ARTICLE, "content/summits.yaml": text}
    if countries is not None:
        files["content/countries.yaml"] = countries
    return make_project(files, base=None)


SOUND = """
    - id: s2
      name: S2
      date: 2026-03-02
      claims:
        - text: Japan invested $2 billion in Osaka.
          cite:
            - source: a
              quote: "Japan plans to invest $1 billion"
    """

MISTYPED_AND_SOUND = """
    - id: s1
      name: S1
      dat: 2026-03-02
      claims:
        - text: The summit was held in Riverton.
          cite:
            - source: a
              quote: "The sumit was held in Riverton"
    """ + SOUND


def test_a_mistyped_field_hides_neither_its_records_quotes_nor_another_records_overreach(make_project):
    found = messages(summits(make_project, MISTYPED_AND_SOUND))
    assert any("unknown field 'dat'" in m for m in found)
    assert any(m.startswith("8:") and "not found" in m for m in found), found  # the quote's typo
    overreach = [m for m in found if "claim 1 of summit 's2' states what none of its quotes does" in m]
    assert len(overreach) == 1, found
    assert "$2 billion" in overreach[0] and "Osaka" in overreach[0] and "invested" in overreach[0]


def test_every_field_error_of_a_records_claims_in_one_run(make_project):
    found = messages(summits(make_project, """
        - id: s1
          name: S1
          date: 2026-03-02
          claims:
            - text: The summit was held in Riverton.
              cite:
                - source: a
                  qoute: "The summit was held in Riverton"
                - source: ff
                  quote: "The summit was held in Riverton"
            - txt: Japan plans to invest.
              cite:
                - source: a
                  quote: "Japan plans to invest $1 billion"
                  sufix: "."
        """))
    assert any(m.startswith("8:") and "unknown field 'qoute'" in m for m in found), found
    assert any(m.startswith("7:") and "missing 'quote'" in m for m in found), found
    assert any(m.startswith("9:") and "unknown source 'ff'" in m for m in found), found
    assert any(m.startswith("11:") and "unknown field 'txt'" in m for m in found), found
    assert any("missing 'text'" in m for m in found), found
    assert any(m.startswith("15:") and "unknown field 'sufix'" in m for m in found), found


def test_a_readable_quote_of_a_citation_with_a_mistyped_key_is_still_proved(make_project):
    found = messages(summits(make_project, """
        - id: s1
          name: S1
          date: 2026-03-02
          claims:
            - text: The summit was held in Riverton.
              cite:
                - source: a
                  quote: "The summit was held in Rivertown"
                  sufix: "."
        """))
    assert any(m.startswith("9:") and "unknown field 'sufix'" in m for m in found), found
    assert any(m.startswith("8:") and "not found" in m for m in found), found


def test_a_sound_record_of_a_failed_brief_reports_as_it_would_alone(make_project):
    alone = [m for m in messages(summits(make_project, SOUND)) if "s2" in m]
    broken = SOUND + """
    - id: s3
      name: S3
      dat: 2026-03-02
      claims:
        - text: The summit was held in Riverton.
          cite:
            - source: a
              quote: "The summit was held in Riverton"
    """
    assert [m for m in messages(summits(make_project, broken)) if "s2" in m] == alone


COUNTRIES_ONE_MISTYPED = """
    - id: jp
      nme: Japan
    """


def test_a_claim_naming_a_failed_country_it_links_is_not_told_the_name_is_unquoted(make_project):
    # Japan's record failed: its name is unknown, so 'Japan' in a claim tied to it is no finding.
    found = messages(summits(make_project, """
        - id: s1
          name: S1
          date: 2026-03-02
          countries: [jp]
          claims:
            - text: Japan hosted the summit in Riverton.
              cite:
                - source: a
                  quote: "The summit was held in Riverton"
        """, COUNTRIES_ONE_MISTYPED))
    assert any("unknown field 'nme'" in m for m in found), found
    assert not any("names Japan" in m for m in found), found


def test_a_faithful_brief_with_a_failed_record_warns_of_no_overreach(make_project):
    found = messages(summits(make_project, """
        - id: s1
          name: S1
          date: 2026-03-02
          claims:
            - text: The summit was held in Riverton.
              cite:
                - source: a
                  quote: "The summit was held in Riverton"
        - id: s2
          name: S2
          dat: 2026-03-02
          claims:
            - text: Japan plans to invest $1 billion.
              cite:
                - source: a
                  quote: "Japan plans to invest $1 billion"
        """))
    assert not any("none of its quotes" in m or "not found" in m for m in found), found
    assert any("unknown field 'dat'" in m for m in found), found


COUNTRIES = """
    - id: japan
      name: Japan
    - id: oman
      name: Oman
      group: [not, text]
    """


def test_a_mistyped_field_hides_no_unknown_reference_of_its_record(make_project):
    found = messages(summits(make_project, """
        - id: s1
          name: S1
          dat: 2026-03-02
          countries: [japn, oman]
          part_of: s2
          claims:
            - text: The summit was held in Riverton.
              cite:
                - source: a
                  quote: "The summit was held in Riverton"
        - id: s3
          name: S3
          date: 2026-13-02
          part_of: s9
          claims:
            - text: The summit was held in Riverton.
              cite:
                - source: a
                  quote: "The summit was held in Riverton"
        """, COUNTRIES))
    unknown = [m for m in found if "unknown id" in m]
    # 'oman' failed its own check (reported there), so it is no unknown id; 's2' is no record at all.
    assert unknown == ["4: summit 's1' field 'countries' refers to unknown id 'japn'",
                       "5: summit 's1' field 'part_of' refers to unknown id 's2'",
                       "14: summit 's3' field 'part_of' refers to unknown id 's9'"], found
    assert any("unknown field 'dat'" in m for m in found) and any(m.startswith("13:") for m in found), found
