import pytest

from briefgen import yamlsource


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
    # A value that reads on into a line with ': ' is a value's problem, told as such.
    ("- text: a long\n    sentence: here\n", "invalid YAML: mapping values are not allowed in this context", 2, 13),
])
def test_errors_are_located(text, message, line, col):
    with pytest.raises(yamlsource.YamlError) as info:
        yamlsource.parse(text)
    assert (info.value.message, info.value.line, info.value.col) == (message, line, col)


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


def test_self_referencing_alias_is_an_error_not_a_crash():
    with pytest.raises(yamlsource.YamlError):
        yamlsource.parse("&a [*a]")


def test_empty_document_is_none():
    assert yamlsource.parse("# only a comment\n") is None


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
