import shutil
import textwrap

import pytest

from briefgen import check, yamlsource
from conftest import MINI


def test_values_keep_their_line_and_column():
    data = yamlsource.parse("- id: a\n  date: 2024-08-09\n  amount: 3\n")
    record = data[0]
    assert record == {"id": "a", "date": "2024-08-09", "amount": 3}
    assert (record.value_mark("date").line, record.value_mark("date").col) == (2, 9)
    assert (record.key_mark("amount").line, record.key_mark("amount").col) == (3, 3)
    assert record.key_mark("place") is None and data.item_mark(0) == (1, 3) and data.item_mark(1) is None
    assert not hasattr(record, "__dict__") and not hasattr(data, "__dict__")  # numbers, not a Mark each


def test_dates_stay_text_so_their_precision_survives():
    assert yamlsource.parse("d: 2024-08-09")["d"] == "2024-08-09"


@pytest.mark.parametrize("text, message, line, col", [
    ("a:\n\tb: 1\n", "invalid YAML: tab character used for indentation", 2, 1),
    ('a: "open\n', "invalid YAML: quoted text starting here is never closed", 1, 4),
    ("a: 1\na: 2\n", "duplicate key 'a'", 2, 1),
    ("a: *nowhere\n", "invalid YAML: found undefined alias", 1, 4),
    # The missing ':' is noticed a line later: the error names the line that lacks it.
    ("- id: x\n  place Riverton\n  name: X\n", "invalid YAML: a key without ':' (or text where a 'key: value' "
                                              "belongs)", 2, 3),
    # An item of a nested list reads on into the next line, whose ':' is where YAML notices.
    ("- cite:\n    - source long-river\n      quote: x\n",
     "invalid YAML: a key without ':' (or text where a 'key: value' belongs)", 2, 7),
    # Spaces that look like spaces but are text to YAML, as a tab is not indentation.
    ("- id: a\n  name: b\n\u00a0\u00a0type: c\n", "invalid YAML: U+00A0 no-break space used for indentation", 3, 1),
    ("- id: a\n\u3000name: b\n", "invalid YAML: U+3000 ideographic space used for indentation", 2, 1),
    # A colon typed with a Chinese or Japanese input method on.
    ("- id: a\n  date\uff1a2024-08-09\n  name: b\n",
     "invalid YAML: the key 'date' is followed by a full-width colon '\uff1a' where YAML needs ':'", 2, 3),
    ("- id: a\n  name: b\n  date\uff1a 2024-08-09\n",
     "invalid YAML: the key 'date' is followed by a full-width colon '\uff1a' where YAML needs ':'", 3, 3),
    # A value that reads on into a line with ': ' is a value's problem, told as such.
    ("- text: a long\n    sentence: here\n", "invalid YAML: mapping values are not allowed in this context", 2, 13),
])
def test_errors_are_located(text, message, line, col):
    with pytest.raises(yamlsource.YamlError) as info:
        yamlsource.parse(text)
    assert (info.value.message, info.value.line, info.value.col) == (message, line, col)


@pytest.mark.parametrize("text, message, line, col, hint", [
    # A quotation pasted into a quoted value: its first '"' closes the value.
    ('- quote: "the decision was "painful but necessary"."\n',
     'invalid YAML: this " ends the quoted value opened at column 10, and text follows it', 1, 28,
     "write the value in single quotes"),
    ("- quote: 'Denmark's minister'\n",
     "invalid YAML: this ' ends the quoted value opened at column 10, and text follows it", 1, 18,
     "write it twice (e.g. 'it''s')"),
    ('- cite: ["a "b" c"]\n', 'invalid YAML: this " ends the quoted value opened at column 10, and text follows it',
     1, 13, 'each " inside it as \\"'),
    # A value left open is closed by the next value's opening quote, where YAML gives up: name the open one.
    ('- id: a\n  quote: "The deal, reached\n\n- id: b\n  quote: "EU fisheries"\n',
     'invalid YAML: quoted text starting here runs on to the " at line 5, column 10', 2, 10,
     'add the closing " where this value ends'),
])
def test_a_quoted_value_closed_too_soon_names_the_quote_and_how_to_write_it(text, message, line, col, hint):
    with pytest.raises(yamlsource.YamlError) as info:
        yamlsource.parse(text)
    assert (info.value.message, info.value.line, info.value.col) == (message, line, col)
    assert hint in info.value.hint


@pytest.mark.parametrize("text, tag, col", [
    ("name: !custom Long River\n", "!custom", 7),
    ("amount: !!binary aGVsbG8=\n", "!!binary", 9),
    ("- !!python/object:os.system {}\n", "!!python/object:os.system", 3),
    ("parties: !!set {a, b}\n", "!!set", 10),
])
def test_a_tag_briefgen_does_not_read_is_an_error_not_dropped(text, tag, col):
    with pytest.raises(yamlsource.YamlError) as info:
        yamlsource.parse(text)
    assert (info.value.message, info.value.line, info.value.col) == (
        f"invalid YAML: tag '{tag}' is not read by briefgen", 1, col)
    assert info.value.hint == "remove the tag: briefgen reads every value as written"


def test_a_merge_key_is_named_as_the_editor_wrote_it():
    with pytest.raises(yamlsource.YamlError) as info:
        yamlsource.parse("- &rec\n  id: a\n  name: A\n- <<: *rec\n  id: b\n")
    assert (info.value.message, info.value.line, info.value.col, info.value.hint) == (
        "invalid YAML: a merge key '<<' is not read by briefgen", 4, 3, "write the fields out in this record instead")


def test_yamls_own_tags_for_text_numbers_lists_and_mappings_are_read():
    assert yamlsource.parse("a: !!str 2024\nb: !!int '5'\nc: !!seq [x]\nd: !!map {e: !!float 1}\n") == {
        "a": "2024", "b": 5, "c": ["x"], "d": {"e": 1.0}}


def test_a_value_written_as_an_alias_is_placed_at_its_alias_not_at_its_anchor(make_project):
    """The reader hands back the anchored value itself: a record whose id is
    an alias was told a duplicate at the first record's id, twice the same place."""
    document = yamlsource.parse("- id: &i kz\n  countries: &c [kz]\n- id: *i\n  countries: *c\n")
    assert [(record.value_mark("id"), record.value_mark("countries")) for record in document] == [
        ((1, 7), (2, 14)), ((3, 7), (4, 14))]
    countries = textwrap.dedent(MINI["content/countries.yaml"]).lstrip()
    root = make_project({"content/countries.yaml": countries.replace("- id: kz", "- id: &kz kz", 1)
                         + "- id: *kz\n  name: Kazakhstan again\n"})
    shown = [d.format().partition("\n")[0] for d in check(root).diagnostics.errors]
    line = countries.count("\n") + 1
    assert shown == [f"content/countries.yaml:{line}:7: error: duplicate id 'kz' (country); "
                     "first defined at content/countries.yaml:1:7"], shown


def test_a_key_yaml_reads_as_a_number_or_true_is_named_as_written(make_project):
    """'unknown field 'True'' or '16' named a key the editor cannot find in the file."""
    assert list(yamlsource.parse("- true: 1\n  0x10: 2\n  1.50: 3\n  name: x\n")[0]) == ["true", "0x10", "1.50", "name"]
    root = make_project({"content/countries.yaml": textwrap.dedent(MINI["content/countries.yaml"]).lstrip()
                         + "  0x10: sixteen\n"})
    shown = [d.format().partition("\n")[0] for d in check(root).diagnostics.errors]
    assert [line.partition(" error: ")[2] for line in shown] == ["unknown field '0x10' in country 'jp'"], shown


def test_self_referencing_alias_is_an_error_not_a_crash():
    with pytest.raises(yamlsource.YamlError):
        yamlsource.parse("&a [*a]")


def test_empty_document_is_none():
    assert yamlsource.parse("# only a comment\n") is None


def test_a_refused_value_stands_as_refused_and_the_rest_of_the_file_is_read():
    document, problems = yamlsource.read(
        '- id: a\n  group: no\n  name: A\n  name: B\n  <<: {place: X}\n  type: !custom x\n  note: "a\\x1bb"\n'
        "  countries: [kz, !!binary aGVsbG8=]\n- id: b\n")
    assert document == [{"id": "a", "group": yamlsource.REFUSED, "name": "A", "type": yamlsource.REFUSED,
                         "note": yamlsource.REFUSED, "countries": ["kz", yamlsource.REFUSED]}, {"id": "b"}]
    assert document[0].value_mark("note") == (7, 9)
    assert [(p.message.split(":")[0], p.line, p.col) for p in problems] == [
        ("ambiguous YAML", 2, 10), ("duplicate key 'name'", 4, 3), ("invalid YAML", 5, 3), ("invalid YAML", 6, 9),
        ("control character U+001B is not allowed in text", 7, 9), ("invalid YAML", 8, 19)]


def test_a_hashtag_or_number_sign_that_yaml_reads_as_a_comment_is_refused_not_cut_from_the_value():
    document, problems = yamlsource.read(
        "- id: ferry-talks\n  name: Harbour ferry talks #2\n  place: Tallinn  # the old port\n"
        "  note: '#1 route' #kept\n  published: #TODO\n"
        "  claims:\n    - text: The campaign #SaveTheFerry drew crowds.\n")
    assert document[0]["name"] is yamlsource.REFUSED and document[0]["place"] == "Tallinn"
    assert document[0]["note"] == "#1 route" and document[0]["published"] is None
    assert document[0]["claims"][0]["text"] is yamlsource.REFUSED
    assert [(p.message, p.line, p.col, p.hint) for p in problems] == [
        ("ambiguous YAML: '#2' is read as a comment and cut from the value 'Harbour ferry talks'", 2, 29,
         'quote the whole value to keep it: "Harbour ferry talks #2"; or, if it is a comment, put a space after '
         "its '#'"),
        ("ambiguous YAML: '#SaveTheFerry drew crowds.' is read as a comment and cut from the value 'The campaign'", 7, 26,
         'quote the whole value to keep it: "The campaign #SaveTheFerry drew crowds."; or, if it is a comment, '
         "put a space after its '#'")]


def test_parse_raises_every_refused_value_of_the_text():
    with pytest.raises(yamlsource.YamlError) as info:
        yamlsource.parse("a: yes\nb: 017\n")
    assert [(p.line, p.col) for p in info.value.all()] == [(1, 4), (2, 4)]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_lines_are_counted_as_editors_count_them_not_at_unicode_separators(separator):
    """YAML breaks lines at U+2028, U+2029 and U+0085 too; editors and
    GitHub show them within a line, and count lines at LF (and CRLF)."""
    text = f'- name: "Line{separator}Sep"\r\n  group: "x{separator}{separator}y"\n  place: here\n'
    record = yamlsource.parse(text)[0]
    assert record.key_mark("place") == (3, 3) and record.value_mark("group") == (2, 10)
    with pytest.raises(yamlsource.YamlError) as info:
        yamlsource.parse(text + "  place: twice\n")
    assert (info.value.line, info.value.col) == (4, 3)
    with pytest.raises(yamlsource.YamlError) as info:
        yamlsource.parse(text + '  note: "never closed\n')
    assert (info.value.message, info.value.line, info.value.col) == (
        "invalid YAML: quoted text starting here is never closed", 4, 9)


def test_a_file_broken_by_carriage_returns_alone_keeps_its_lines():
    assert yamlsource.parse('- name: "A\u2028B"\r  place: here\r')[0].key_mark("place") == (2, 3)


# Each value briefgen refuses to read, in a file that is otherwise valid YAML.
REFUSED_VALUES = {
    "ambiguous no": ("  group: no\n", "content/countries.yaml:9:10: error: ambiguous YAML: 'no' is false"),
    "underscored number": ("  group: 4_000\n", "content/countries.yaml:9:10: error: ambiguous YAML: '4_000'"),
    "leading zero": ("  group: 017\n", "content/countries.yaml:9:10: error: ambiguous YAML: '017'"),
    "base 60": ("  group: 1:30\n", "content/countries.yaml:9:10: error: ambiguous YAML: '1:30'"),
    "duplicate key": ("  name: Norge\n", "content/countries.yaml:9:3: error: duplicate key 'name'"),
    "custom tag": ("  group: !custom Nordic\n", "content/countries.yaml:9:10: error: invalid YAML: tag '!custom'"),
    "binary tag": ("  group: !!binary aGVsbG8=\n", "content/countries.yaml:9:10: error: invalid YAML: tag '!!binary'"),
    "merge key": ("  <<: {group: Nordic}\n", "content/countries.yaml:9:3: error: invalid YAML: a merge key '<<'"),
    "escaped control character": ('  group: "Nor\\x1bdic"\n',
                                  "content/countries.yaml:9:10: error: control character U+001B is not allowed"),
    # Python reads no int of more than 4,300 digits, and a hex one this long could not be written in a message.
    "number too long": ("  group: " + "9" * 5000 + "\n",
                        "content/countries.yaml:9:10: error: a number 5,000 characters long is too long to read"),
    "hex number too long": ("  group: 0x" + "f" * 1000 + "\n",
                            "content/countries.yaml:9:10: error: a number 1,002 characters long is too long to read"),
}
OTHER_PROBLEMS = """\
- id: sweden
  nme: Sweden
- id: finland
  name: Finland
  claims:
    - text: Finland met.
      cite:
        - source: article
          quote: "Finland met Northland"
"""


@pytest.mark.parametrize("case", REFUSED_VALUES)
def test_a_refused_value_is_reported_with_every_other_problem_of_its_file(make_project, case):
    """One run tells all: the value's error, a misspelt field, a missing
    one and a quote not in its source; and the refused value itself draws
    no second message."""
    value, error = REFUSED_VALUES[case]
    countries = textwrap.dedent(MINI["content/countries.yaml"]).lstrip() + "- id: norway\n  name: Norway\n" + \
        value + OTHER_PROBLEMS
    root = make_project({"content/countries.yaml": countries})
    result = check(root)
    shown = [d.format().partition("\n")[0] for d in result.diagnostics.errors]
    assert not result.ok and len(shown) == 4, shown
    assert shown[0].startswith(error)
    assert shown[1:] == [
        "content/countries.yaml:10:3: error: country 'sweden' is missing required field 'name'",
        "content/countries.yaml:11:3: error: unknown field 'nme' in country 'sweden'",
        "content/countries.yaml:18:18: error: quote not found in article"]
    assert not (root / ".briefgen-cache" / "checked" / "content" / "countries.yaml").exists()
    # As read from the parse cache, then with the value fixed: as a clean check tells.
    assert [d.format() for d in check(root).diagnostics.items] == [d.format() for d in result.diagnostics.items]
    (root / "content" / "countries.yaml").write_text(countries.replace(value, "  group: Nordic\n"))
    again = [d.format() for d in check(root).diagnostics.items]
    shutil.rmtree(root / ".briefgen-cache")
    assert again == [d.format() for d in check(root).diagnostics.items] and len(again) == 3


def test_a_record_whose_id_is_refused_leaves_references_unjudged(make_project):
    """Its id may be any: a reference to it is not reported as unknown (one
    mistake, one message), as when its file cannot be read at all."""
    countries = textwrap.dedent(MINI["content/countries.yaml"]).replace("id: kz", "id: on")
    result = check(make_project({"content/countries.yaml": countries}))
    assert [d.format().partition("\n")[0] for d in result.diagnostics.errors] == [
        "content/countries.yaml:1:7: error: ambiguous YAML: 'on' is true in YAML 1.1 but text in YAML 1.2 (editors)"]


def test_a_source_whose_alias_is_refused_leaves_citations_of_aliases_unjudged(make_project):
    sources = textwrap.dedent(MINI["content/sources.yaml"]).replace("alias: report", "alias: on")
    result = check(make_project({"content/sources.yaml": sources}))
    assert [d.format().partition("\n")[0] for d in result.diagnostics.errors] == [
        "content/sources.yaml:2:10: error: ambiguous YAML: 'on' is true in YAML 1.1 but text in YAML 1.2 (editors)"]


# Each value briefgen refuses to read, as the fifth line of a source's front matter.
REFUSED_IN_FRONT_MATTER = {
    "ambiguous no": ("publisher: no\n", "seeds/article.txt:5:12: error: ambiguous YAML: 'no' is false"),
    "underscored number": ("publisher: 4_000\n", "seeds/article.txt:5:12: error: ambiguous YAML: '4_000'"),
    "leading zero": ("publisher: 017\n", "seeds/article.txt:5:12: error: ambiguous YAML: '017'"),
    "base 60": ("publisher: 1:30\n", "seeds/article.txt:5:12: error: ambiguous YAML: '1:30'"),
    "duplicate key": ("title: Again\n", "seeds/article.txt:5:1: error: duplicate key 'title'"),
    "custom tag": ("publisher: !custom Wire\n",
                   "seeds/article.txt:5:12: error: front matter is not valid YAML: tag '!custom'"),
    "binary tag": ("publisher: !!binary aGVsbG8=\n",
                   "seeds/article.txt:5:12: error: front matter is not valid YAML: tag '!!binary'"),
    "merge key": ("<<: {publisher: Wire}\n",
                  "seeds/article.txt:5:1: error: front matter is not valid YAML: a merge key '<<'"),
    "escaped control character": ('publisher: "Wi\\x1bre"\n',
                                  "seeds/article.txt:5:12: error: control character U+001B is not allowed"),
}
FRONT_MATTER = "---\ntitle: Forum report\npublished: 2024-13-45\nreliability: X\n{value}---\n"


@pytest.mark.parametrize("case", REFUSED_IN_FRONT_MATTER)
def test_a_refused_value_in_a_front_matter_is_reported_with_every_other_problem_of_its_source(make_project, case):
    """As in a fact file: the front matter's invalid date and unknown grade,
    and a quote not in the source's text, are told in the same run, and the
    refused value draws no second message."""
    value, error = REFUSED_IN_FRONT_MATTER[case]
    article = FRONT_MATTER.format(value=value) + textwrap.dedent(MINI["seeds/article.txt"]).lstrip()
    forums = textwrap.dedent(MINI["content/forums.yaml"]).replace("met in Astana\"", "met in Tokyo\"")
    root = make_project({"seeds/article.txt": article, "content/forums.yaml": forums})
    result = check(root)
    shown = [d.format().partition("\n")[0] for d in result.diagnostics.errors]
    assert not result.ok and len(shown) == 4, shown
    assert shown[0] == "content/forums.yaml:10:18: error: quote not found in article"
    assert shown[1:3] == [
        "seeds/article.txt:3:12: error: invalid date in 'published': 2024-13 is not a valid date: "
        "the month must be 01 to 12",
        "seeds/article.txt:4:14: error: 'reliability' must be one of A, B, C, D, E, F; got 'X'"]
    assert shown[3].startswith(error)
    # As read from the parse cache, then with the value fixed: as a clean check tells.
    assert [d.format() for d in check(root).diagnostics.items] == [d.format() for d in result.diagnostics.items]
    (root / "seeds" / "article.txt").write_text(article.replace(value, ""))
    again = [d.format() for d in check(root).diagnostics.items]
    shutil.rmtree(root / ".briefgen-cache")
    assert again == [d.format() for d in check(root).diagnostics.items] and len(again) == 3


def test_a_source_whose_front_matter_alias_is_refused_leaves_citations_of_aliases_unjudged(make_project):
    """The figure cites the source by the alias meant: not 'unknown source
    'report'' beside the alias's own error (one mistake, one message)."""
    article = "---\nalias: on\n---\n" + textwrap.dedent(MINI["seeds/article.txt"]).lstrip()
    root = make_project({"seeds/article.txt": article,
                         "content/sources.yaml": "- id: article\n  title: Forum report\n"})
    assert [d.format().partition("\n")[0] for d in check(root).diagnostics.errors] == [
        "seeds/article.txt:2:8: error: ambiguous YAML: 'on' is true in YAML 1.1 but text in YAML 1.2 (editors)"]


def test_a_repeated_field_of_a_front_matter_leaves_the_records_citing_it_unjudged(make_project):
    """Which language was meant is unknown: its claims are not read in the
    first one given and found unstated (one mistake, one message)."""
    article = "---\nlanguage: ja\nlanguage: en\n---\n" + textwrap.dedent(MINI["seeds/article.txt"]).lstrip()
    assert [d.format().partition("\n")[0] for d in check(make_project({"seeds/article.txt": article})).diagnostics.errors] == [
        "seeds/article.txt:3:1: error: duplicate key 'language'"]


COMMENTED_QUOTES = """\
- id: japan-pledge
  name: Japan's pledge
  claims:
    - text: Japan pledged $1 billion.
      cite:
        - source: article
          quote: Japan pledged $1 billion #for an airport
        - source: article
          quote: Japan pledged $1 billion  # the airport comes later
          suffix: "for an airport"
        - source: article
          quote: "Japan pledged $1 billion #for"  # quoted: all of it is the quote
        - source: article
          quote: Japan pledged $1 billion#for
"""


@pytest.mark.parametrize("value, reading", [
    ("> the vote was close", "a block of text that starts on the next line"),
    ("| the vote was close", "a block of text that starts on the next line"),
    ("*the vote* was close", "an alias (a repeat of a value marked '&')"),
    ("@mayor said the vote was close", "a reserved mark, not text"),
    ("[Varga] said the vote was close", "a list ('[a, b]')"),
])
def test_a_quote_opening_with_a_mark_yaml_reads_otherwise_is_told_so(value, reading):
    """Copied from an email's quotation ('> ...') or with Markdown emphasis ('*...*'): YAML's own complaint
    ('did not find expected key', a block mapping's start) named neither the mark nor the fix."""
    with pytest.raises(yamlsource.YamlError) as info:
        yamlsource.parse(f"- id: a\n  cite:\n    - source: s\n      quote: {value}\n")
    assert (info.value.message, info.value.line, info.value.col, info.value.hint) == (
        f"invalid YAML: YAML reads a value starting with '{value[0]}' as {reading}", 4, 14,
        'if the value is text, put it whole in double quotes ("…")')


def test_a_comment_that_cuts_an_unquoted_quote_is_told(make_project):
    """'quote: Ranked #1 in Asia' is read as 'Ranked': a quote that is still in its source drew no word."""
    root = make_project({"content/meetings.yaml": COMMENTED_QUOTES})
    first = check(root).diagnostics
    told = [d.format() for d in first.items if "comment" in d.message]
    # A comment against a word (" #for") is refused as in every value; one after a space is the editor's
    # note, perhaps: the quote it cuts is warned of. Each is told once.
    assert told == [
        "content/meetings.yaml:7:43: error: ambiguous YAML: '#for an airport' is read as a comment and cut from the value "
        "'Japan pledged $1 billion'\n"
        '    hint: quote the whole value to keep it: "Japan pledged $1 billion #for an airport"; or, if it is a '
        "comment, put a space after its '#'",
        "content/meetings.yaml:9:18: warning: the quote is read as 'Japan pledged $1 billion': YAML takes "
        "' # the airport comes later' for a comment\n"
        '    hint: put the whole quote in double quotes ("…"), or the comment on a line of its own']
    assert [d.format() for d in check(root).diagnostics.items] == [d.format() for d in first.items]  # from the caches


def test_only_texts_copied_from_a_source_are_told_of_the_comment_that_ends_them():
    """A comment after a claim's own text, or after a quoted quote, is the editor's note."""
    assert yamlsource.cut_by_comments("- text: Ranked #1  # in Asia\n  quote: 'Ranked #1'  # cited\n") == []
    assert yamlsource.cut_by_comments("- text: Ranked #1\n  prefix: Ranked # 1\n") == [
        yamlsource.CutText("prefix", yamlsource.Mark(2, 11), "Ranked", " 1")]
    # Against a word, it is refused as any value's is (test_a_hashtag_or_number_sign_…): not told twice.
    assert yamlsource.cut_by_comments("- text: Ranked\n  prefix: Ranked #1\n") == []
