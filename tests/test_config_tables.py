"""briefgen.toml: anything but the [site] table and its known settings is an
error at its line, with "did you mean" where a name is close."""
import pytest

from briefgen import check


def errors(make_project, toml: str) -> list[str]:
    return [d.format() for d in check(make_project({"briefgen.toml": toml})).diagnostics.errors]


def test_unknown_tables_and_settings_are_located_with_a_suggestion(make_project):
    toml = '[site]\ntitle = "Brief"\ntitel = "Typo"\n\n[build]\nstrict = true\n\n[sites.extra]\nx = 1\n'
    assert errors(make_project, toml) == [
        "briefgen.toml:3:1: error: unknown setting 'titel'\n    hint: did you mean 'title'?",
        "briefgen.toml:5:2: error: unknown table [build]\n    hint: settings go under [site], labels under [labels]",
        "briefgen.toml:8:2: error: unknown table [sites]\n    hint: did you mean 'site'?",
    ]


def test_a_setting_outside_the_site_table_is_an_error(make_project):
    assert errors(make_project, 'title = "Brief"\n[site]\ndescription = "x"\n') == [
        "briefgen.toml:1:1: error: setting 'title' is outside [site]\n    hint: move it below the [site] line"]


def test_the_settings_init_writes_are_all_known(make_project, tmp_path):
    from briefgen.init import settings_text
    assert errors(make_project, settings_text("T", "en", "https://example.org/b/")) == []


def test_a_byte_order_mark_before_the_settings_is_no_part_of_them(make_project):
    from briefgen.config import load_project
    from briefgen.diagnostics import Diagnostics
    root = make_project({"briefgen.toml": b'\xef\xbb\xbf[site]\ntitle = "BOM brief"\n'})
    diagnostics = Diagnostics(root)
    assert load_project(root, diagnostics).title == "BOM brief" and not diagnostics


def test_a_table_or_dotted_key_under_a_known_table_is_located_at_its_name(make_project):
    toml = '[site]\ntitle = "Brief"\n[site.extra]\nx = 1\n[labels.bogus]\ny = "z"\n'
    assert errors(make_project, toml) == [
        "briefgen.toml:3:7: error: unknown setting 'extra'\n"
        "    hint: known settings: title, description, base_url, max_source_bytes, language, groups, search",
        "briefgen.toml:5:9: error: unknown label 'bogus'\n    hint: `briefgen labels` prints every label",
    ]
    assert errors(make_project, 'site.title = 5\n') == [
        "briefgen.toml:1:6: error: setting 'title' must be text\n    hint: see title in `briefgen docs configuration`"]


def test_a_label_among_the_settings_or_a_setting_among_the_labels_is_told_where_it_goes(make_project):
    toml = 'references = "Q"\n[site]\ntitle = "Brief"\nreferences = "Quellen"\n[labels]\ndescription = "x"\n'
    assert errors(make_project, toml) == [
        "briefgen.toml:1:1: error: label 'references' is outside [labels]\n    hint: move it below a [labels] line",
        "briefgen.toml:4:1: error: 'references' is a label, not a setting\n    hint: move it below a [labels] line",
        "briefgen.toml:6:1: error: 'description' is a setting, not a label\n    hint: move it below the [site] line",
    ]


def test_a_key_or_table_written_twice_is_named_at_its_second_place(make_project):
    twice = "\n    hint: write each setting, label and table once: remove one of the two, or merge them"
    assert errors(make_project, '[site]\ntitle = "A"\n\n  title = "B"\n') == [
        "briefgen.toml:4:3: error: 'title' is written twice" + twice]
    assert errors(make_project, '[site]\ntitle = "A"\n[labels]\nreferences = "R"\n[site]\nsearch = false\n') == [
        "briefgen.toml:5:1: error: '[site]' is written twice" + twice]
    assert errors(make_project, '[labels]\ncount_claim = { one = "{n}", one = "{n}", other = "{n}" }\n') == [
        "briefgen.toml:2:41: error: 'one' is written twice" + twice]



@pytest.mark.parametrize("header, where, reason", [
    ("[site", "5:6", "Expected ']' at the end of a table declaration"),
    ("[site]]", "5:7", "Expected newline or end of document after a statement"),
    ("  [labels", "5:10", "Expected ']' at the end of a table declaration"),
])
def test_a_table_header_missing_its_bracket_is_a_syntax_error_not_one_written_twice(make_project, header, where,
                                                                                       reason):
    """'[site' typed below [site] (a save while serving, half-way through the line) was told
    "'[site' is written twice", to remove one of the two: tomllib named the table before the
    bracket it lacks."""
    toml = f'[site]\ntitle = "A"\n[labels]\nreferences = "R"\n{header}\nsearch = false\n'
    assert errors(make_project, toml) == [
        f"briefgen.toml:{where}: error: invalid TOML: {reason}\n"
        '    hint: fix the syntax; settings look like title = "My brief" under a [site] line']

def test_a_setting_written_below_a_label_of_its_name_is_told_where_each_goes(make_project):
    """'search = false' added at the end of a file that `init --language ky` ends with its labels: it fell
    under [labels], beside the label 'search', and was told only to write it once."""
    assert errors(make_project, '[site]\ntitle = "A"\n[labels]\nsearch = "Издөө"\nsearch = false\n') == [
        "briefgen.toml:5:1: error: 'search' is written twice\n"
        "    hint: 'search' is both a setting and a label: write the setting under [site] and the label under "
        "[labels], each once"]


def test_an_empty_title_is_refused_as_init_refuses_it(make_project):
    for toml in ('[site]\ntitle = ""\n', '[site]\ntitle = "   "\n'):
        assert errors(make_project, toml) == [
            "briefgen.toml:2:1: error: setting 'title' is empty: every page's <title> and the feed show it\n"
            "    hint: write the brief's name, or remove the line for the default, \"Research brief\""]


@pytest.mark.parametrize("line, error, hint", [
    ('title = "Brief', '2:15: error: invalid TOML: Illegal character \'\\n\'',
     'close the text with a " on its line; a text of several lines goes between """ and """'),
    ("title = 'Brief\ndescription = 'x'", "2:15: error: invalid TOML: Found invalid character '\\n'",
     "close the text with a ' on its line; a text of several lines goes between ''' and '''"),
    ('title = "C:\\Users\\brief"', "2:14: error: invalid TOML: Invalid hex value",
     "write \\\\ for a backslash, or put the text in 'single quotes', which keep it as written"),
    ('title = "a\\qb"', "2:13: error: invalid TOML: Unescaped '\\' in a string",
     "write \\\\ for a backslash, or put the text in 'single quotes', which keep it as written"),
])
def test_an_unclosed_text_or_a_stray_backslash_is_told_how_to_fix_it(make_project, line, error, hint):
    assert errors(make_project, f"[site]\n{line}\n") == [f"briefgen.toml:{error}\n    hint: {hint}"]
