"""The interface's own words in the brief's language: the built-in
catalogues, a brief's [labels] over them, counts in each language's plural
forms, and `briefgen labels` to start a translation."""
import html
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from babel import Locale

from briefgen import build, check
from briefgen import cldr
from briefgen import labels as catalogue

from browser import chromium_page, serve_directory
from conftest import DISPUTED_FORUM, MINI, WIRE

CATALOGUES = sorted(path.stem for path in catalogue.CATALOGUES.glob("*.toml"))
TRANSLATED = [name for name in CATALOGUES if name != "en"]

# MINI's sources are English whatever the brief's language.
ENGLISH = dict(MINI, **{"content/sources.yaml": MINI["content/sources.yaml"] + "  language: en\n"})

# ENGLISH, with what the rarer labels need: a graded wire source, a date
# the sources disagree on (its question in briefgen's words).
RICH = dict(ENGLISH, **{
    "seeds/wire.txt": WIRE,
    "content/sources.yaml": ENGLISH["content/sources.yaml"] + """
        - id: wire
          title: Wire report
          publisher: Wire Agency
          publisher_type: wire
          reliability: B
          assessment: A wire service with a record of corrections.
          language: en
        """,
    "content/forums.yaml": DISPUTED_FORUM.format(second="2024-08-09/2024-08-12"),
    "content/figures.yaml": MINI["content/figures.yaml"] + """- id: airport
          name: Airport pledge
          type: pledge
          amount: 1000000000
          currency: USD
          countries: [jp]
          claims:
            - text: Japan pledged $1 billion for an airport in Uzbekistan.
              cite:
                - source: article
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan."
        """,
})


def settings(language: str, more: str = "") -> dict:
    return {"briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\n{more}'}


def built(root: Path) -> Path:
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def shown_text(page: str) -> str:
    """What a reader sees or hears: text, and the attributes that are read out."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S)
    spoken = " ".join(re.findall(r'(?:aria-label|title|data-label|data-before)="([^"]*)"', page))
    return html.unescape(re.sub(r"<[^>]+>", " ", page) + " " + spoken)


def english_phrases(language: str) -> list[str]:
    """The English labels' words that the language's catalogue says otherwise:
    each run of words between placeholders, of two words or more."""
    english, translated = catalogue.english(), catalogue.table(language)
    phrases = []
    for key, text in english.items():
        if not isinstance(text, str) or translated[key] == text:
            continue
        for part in re.split(r"\{\w*\}", text):
            part = part.strip(" .,:;()“”≈*")
            if len(part.split()) >= 2 and part not in str(translated[key]):
                phrases.append(part)
    return phrases


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_brief_in_a_language_briefgen_speaks_shows_no_english_label(make_project, language):
    site = built(make_project(dict(RICH, **settings(language))))
    phrases = english_phrases(language)
    assert phrases  # the check has something to find
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 8
    for page in pages:
        text = shown_text(page.read_text(encoding="utf-8"))
        found = [p for p in phrases if p in text]
        assert not found, (page.relative_to(site).as_posix(), found)


@pytest.mark.parametrize("language, before, after", [("de", "„", "“"), ("ja", "「", "」"), ("fr", "«\u00a0", "\u00a0»")])
def test_a_quote_stands_in_the_briefs_own_quotation_marks(make_project, language, before, after):
    page = (built(make_project(dict(ENGLISH, **settings(language)))) / "events/astana-forum-2024/index.html").read_text("utf-8")
    quotes = re.findall(r'(.{0,2})<q lang="en">[^<]*</q>(.{0,2})', page)
    assert quotes and all(a.endswith(before) and b.startswith(after) for a, b in quotes), quotes


def test_a_reference_is_punctuated_in_the_briefs_language(make_project):
    page = (built(make_project(dict(ENGLISH, **settings("ja")))) / "events/astana-forum-2024/index.html").read_text("utf-8")
    reference = re.search(r'<li id="ref-article">.*?</li>', page).group()
    assert reference.endswith("— Example News。<a href=\"../../sources/article/#q-6f80c785ff\">¶2</a>。</li>")
    assert re.search(r"</bdi>、¶\d", page)  # in a citation's preview too


def test_every_catalogue_has_every_label_with_its_placeholders_and_plural_forms():
    assert len(TRANSLATED) >= 11
    english = catalogue.english()
    for name in TRANSLATED:
        words = catalogue.table(name)
        assert catalogue._catalogue(name).keys() == english.keys(), name
        for key, value in catalogue._catalogue(name).items():
            assert catalogue.problem(key, value) is None, (name, key, catalogue.problem(key, value))
            if isinstance(value, dict):  # exactly the forms CLDR's plural rules can choose
                assert set(value) == Locale.parse(name, sep="-").plural_form.tags | {"other"}, (name, key)
        assert words.keys() == english.keys()


def test_the_japanese_timeline_key_says_a_bar_is_a_day_a_month_or_the_year_only_the_year_is_known_of():
    # Not that a day or a month known is a whole year ("1日、1か月、または年しか分からない場合は1年全体").
    key = tomllib.loads((catalogue.CATALOGUES / "ja.toml").read_text(encoding="utf-8"))["timeline_key"]
    assert "期間（1日、1か月、または年しか分からない場合はその年全体）を示します。" in key


def test_english_pages_keep_their_words(make_project):
    site = built(make_project(dict(RICH, **settings("en"))))
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "<h2>Latest events</h2>" in home
    assert "5 records · 1 event · 3 claims, each linked to its source passage · 2 sources" in home
    event = (site / "events/astana-forum-2024/index.html").read_text(encoding="utf-8")
    assert '<h2 id="references-title">References</h2>' in event
    assert "Status not reported" in event
    assert "Wire Agency · wire · B" in event


def test_spanish_pages_speak_spanish_counts_and_labels(make_project):
    site = built(make_project(dict(RICH, **settings("es"))))
    words = catalogue.table("es")
    event = (site / "events/astana-forum-2024/index.html").read_text(encoding="utf-8")
    assert f'<h2 id="references-title">{html.escape(words["references"])}</h2>' in event
    assert html.escape(words["status_not_reported"]) in event
    assert f'Wire Agency · {html.escape(words["publisher_wire"])} · B' in event
    home = (site / "index.html").read_text(encoding="utf-8")
    assert html.escape(words["count_source"]["other"].replace("{n}", "2")) in home
    assert html.escape(words["count_event"]["one"].replace("{n}", "1")) in home
    source = (site / "sources/wire/index.html").read_text(encoding="utf-8")
    assert f'B — {html.escape(words["reliability_b"])}' in source
    # Amounts as Spanish writes them, on the page; the data keep English.
    figures = (site / "figures/index.html").read_text(encoding="utf-8")
    assert '<span class="value">1 mil millones\u00a0US$</span>' in figures
    assert f'<p class="chart-group">{html.escape(words["figures_pledge"])}</p>' in figures
    assert "$1 billion" in (site / "data/figure.csv").read_text(encoding="utf-8")
    # The dispute briefgen words itself: its question and positions in Spanish.
    question = catalogue.fill(words["disagree_on_date"], {"name": "Astana Forum"})
    assert html.escape(catalogue.fill(words["dispute_open"], {"question": question})) in event
    box = event.split('class="dispute"')[1].split("</section>")[0]
    assert "<li>9 ago 2024 — <cite>" in box and "<li>9–12 ago 2024 — <cite>" in box
    assert " Aug " not in box


def test_arabic_writes_its_dual_without_the_number(make_project):
    """"مصدران" (two sources), never "2 مصدران"; the other forms keep their numbers."""
    site = built(make_project(dict(RICH, **settings("ar"))))
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "مصدران" in home and not re.search(r"[0-9٠-٩]\s*مصدران", home)
    words = catalogue.table("ar")
    assert [catalogue.count(words, "ar", "count_claim", n) for n in (1, 2, 3, 11, 100)] == [
        "1 إفادة", "إفادتان", "3 إفادات", "11 إفادةً", "100 إفادة"]
    # The other languages keep the number in every form.
    for name in (name for name in TRANSLATED if name != "ar"):
        for key, forms in catalogue._catalogue(name).items():
            assert isinstance(forms, str) or all("{n}" in form for form in forms.values()), (name, key)


def test_a_count_form_leaves_its_number_out_only_for_a_single_number(make_project):
    arabic = '[site]\nlanguage = "ar"\n[labels]\ncount_claim = { zero = "لا إفادات", one = "إفادة واحدة", ' \
             'two = "إفادتان", few = "{n} إفادات", many = "{n} إفادةً", other = "{n} إفادة" }\n'
    root = make_project(dict(ENGLISH, **{"briefgen.toml": arabic}))
    assert [d.format() for d in check(root).diagnostics.items if d.location.path == "briefgen.toml"] == []
    assert catalogue.count(dict(catalogue.table("ar"), count_claim={"two": "إفادتان", "other": "{n} إفادة"}),
                           "ar", "count_claim", 2) == "إفادتان"
    # Russian's 'one' is 1, 21, 31…: without its number, 21 would read as 1.
    russian = '[site]\nlanguage = "ru"\n[labels]\ncount_claim = { one = "утверждение", few = "{n} утверждения", ' \
              'many = "{n} утверждений", other = "{n} утверждения" }\n'
    errors = [d.format() for d in check(make_project(dict(ENGLISH, **{"briefgen.toml": russian}))).diagnostics.errors]
    assert errors == ["briefgen.toml:4:1: error: label 'count_claim.one' has no {n}, and Russian uses one for "
                      "1, 21, 31…: they would all read alike\n"
                      "    hint: keep {n} in it; only a form for a single number (Arabic's two, for 2) may leave it out"]
    # French 'one' is 0 and 1.
    french = '[site]\nlanguage = "fr"\n[labels]\ncount_claim = { one = "une affirmation", ' \
             'many = "{n} d’affirmations", other = "{n} affirmations" }\n'
    [error] = check(make_project(dict(ENGLISH, **{"briefgen.toml": french}))).diagnostics.errors
    assert "French uses one for 0, 1…" in error.message


RUSSIAN_SOURCES = '{ one = "{n} источник", few = "{n} источника", many = "{n} источников", other = "{n} источника" }'


@pytest.mark.parametrize("sources, shown", [(1, "1 источник"), (2, "2 источника"), (5, "5 источников")])
def test_a_count_takes_the_plural_form_cldr_gives_its_number(make_project, sources, shown):
    files = dict(ENGLISH, **settings("ru", f"\n[labels]\ncount_source = {RUSSIAN_SOURCES}\n"))
    for n in range(2, sources + 1):
        files[f"seeds/extra{n}.txt"] = f"Extra report {n}\nNothing happened in Astana on day {n}.\n"
    home = (built(make_project(files)) / "index.html").read_text(encoding="utf-8")
    assert shown in home


def test_the_briefs_labels_override_the_built_in_ones_and_escape(make_project):
    more = '\n[labels]\nreferences = "Cited <sources> & more"\nwhat_the_sources_say = "Said"\n'
    site = built(make_project(dict(RICH, **settings("es", more))))
    event = (site / "events/astana-forum-2024/index.html").read_text(encoding="utf-8")
    assert '<h2 id="references-title">Cited &lt;sources&gt; &amp; more</h2>' in event
    assert "<h2>Said</h2>" in event
    # The rest are still the built-in Spanish ones.
    assert html.escape(catalogue.table("es")["skip_to_content"]) in event


def test_a_placeholder_value_is_escaped_and_markup_of_the_template_kept(make_project):
    files = dict(RICH, **settings("en", '\n[labels]\nno_statement_about = "Nothing about <b>{name}</b> & co."\n'))
    files["content/countries.yaml"] = MINI["content/countries.yaml"] + '- id: uz\n          name: "Uz<script>"\n'
    files["content/forums.yaml"] = files["content/forums.yaml"].replace("claims:", "countries: [uz]\n  claims:", 1)
    site = built(make_project(files))
    country = (site / "countries/uz/index.html").read_text(encoding="utf-8")
    assert "Nothing about &lt;b&gt;Uz&lt;script&gt;&lt;/b&gt; &amp; co." in country
    assert "<script>" not in country.split("<main")[1].split("</main>")[0]


@pytest.mark.parametrize("table, message", [
    ('referencez = "Refs"', "3:1: error: unknown label 'referencez'\n    hint: did you mean 'references'?"),
    ('references = 3', "3:1: error: label 'references' must be text"),
    ('passages_in_print = "Passages"', "3:1: error: label 'passages_in_print' has the placeholders none, "
                                       "not those of the English label"),
    ('footer = "{json} {csl} {bibtex} {feed} {extra}"', "3:1: error: label 'footer' has the placeholders"),
    ('count_claim = "claims"', "3:1: error: label 'count_claim' must be a table of plural forms"),
    ('count_claim = { one = "{n} claim" }', "3:1: error: label 'count_claim' has no form 'other'"),
    ('count_claim = { other = "{n} claims", lots = "{n}" }', "forms that are no plural category: lots"),
    ('count_claim = { other = "claims" }', "3:1: error: label 'count_claim.other' has the placeholders none"),
    ('count_claim = { other = "{n} claims\\u0001" }', "3:1: error: label 'count_claim' contains the control character"),
    # An empty navigation link, heading or button, which no one can read or click knowingly.
    ('search = ""', "3:1: error: label 'search' is empty\n    hint: write its words in your language, as the "
                    "English \"Search\""),
    ('references = "   "', "3:1: error: label 'references' is empty"),
])
def test_a_wrong_label_is_an_error_at_its_line_and_the_last_site_stands(make_project, table, message):
    root = make_project(dict(MINI, **{"briefgen.toml": '[site]\ntitle = "Brief"\n'}))
    site = built(root)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (root / "briefgen.toml").write_text(f'[labels]\n# a comment\n{table}\n[site]\ntitle = "Brief"\n')
    result = build(root, out=site, search=False)
    errors = [d.format() for d in result.diagnostics.errors]
    assert len(errors) == 1 and message in errors[0] and errors[0].startswith("briefgen.toml:"), errors
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


def test_a_language_briefgen_does_not_speak_warns_until_the_brief_gives_labels(make_project):
    root = make_project(dict(ENGLISH, **settings("ky")))
    every = len(catalogue.english())
    warned = [d.format() for d in check(root).diagnostics.items]
    assert warned == [f"briefgen.toml:3:1: warning: briefgen has no labels in 'ky': {every} of the interface's own "
                      "words (References, Countries, 3 claims) are shown in English\n"
                      "    hint: translate them under [labels]: `briefgen labels` prints every one"]
    assert not check(root, strict=True).ok
    # A few labels given: the rest are still English, and said to be.
    (root / "briefgen.toml").write_text('[labels]\nreferences = "Булактар"\n[site]\nlanguage = "ky"\n')
    [warning] = [d.format() for d in check(root).diagnostics.items]
    assert warning.startswith(f"briefgen.toml:4:1: warning: briefgen has no labels in 'ky': {every - 1} of")
    table = "\n".join(f"{key} = {catalogue.as_toml(value)}" for key, value in catalogue.english().items())
    (root / "briefgen.toml").write_text(f'[site]\nlanguage = "ky"\n[labels]\n{table}\n')
    assert [d.format() for d in check(root, strict=True).diagnostics.items] == []
    # A regional tag finds its language's catalogue in its script: Traditional Chinese is not
    # Simplified (zh-TW is Traditional), and Chinese in Latin letters is neither.
    for language, warns in (("pt-BR", False), ("zh-Hans", False), ("zh-CN", False), ("zh-Hant-TW", False),
                            ("zh-tw", False), ("zh-Latn", True)):
        (root / "briefgen.toml").write_text(f'[site]\nlanguage = "{language}"\n')
        assert any("has no labels" in d.message for d in check(root).diagnostics.items) == warns, language


def test_the_labels_named_as_shown_in_english_are_those_still_in_english(make_project):
    root = make_project(dict(ENGLISH, **settings("vi")))
    (root / "briefgen.toml").write_text('[site]\nlanguage = "vi"\n[labels]\nreferences = "Tài liệu tham khảo"\n'
                                        'countries = "Quốc gia"\ncount_claim = { one = "{n} nhận định", '
                                        'other = "{n} nhận định" }\nhome = "Trang chủ"\n')
    [warning] = [d.message for d in check(root).diagnostics.items]
    every = len(catalogue.english())
    assert warning == (f"briefgen has no labels in 'vi': {every - 4} of the interface's own words "
                       "(Events, Agreements, Figures) are shown in English")


def briefgen(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=cwd, capture_output=True, text=True)


def test_the_labels_command_prints_a_table_that_builds_the_same_site(make_project):
    root = make_project(dict(RICH, **settings("es", '\n[labels]\nreferences = "Obras citadas"\n')))
    printed = briefgen("labels", cwd=root)
    assert printed.returncode == 0, printed.stderr
    table = tomllib.loads(printed.stdout)["labels"]
    assert table.keys() == catalogue.english().keys()
    assert table["references"] == "Obras citadas"  # the brief's own, over the built-in
    assert table["skip_to_content"] == catalogue.table("es")["skip_to_content"]
    first = {p.relative_to(root / "site"): p.read_bytes() for p in built(root).rglob("*") if p.is_file()}
    (root / "briefgen.toml").write_text('[site]\ntitle = "Brief"\nlanguage = "es"\n' + printed.stdout)
    assert [d.format() for d in check(root).diagnostics.items if d.location.path == "briefgen.toml"] == []
    again = {p.relative_to(root / "site"): p.read_bytes() for p in built(root).rglob("*") if p.is_file()}
    assert again == first
    german = briefgen("labels", "--language", "de", cwd=root)
    assert tomllib.loads(german.stdout)["labels"] == catalogue.table("de")
    assert briefgen("labels", "--language", "xx-nope", cwd=root).returncode == 2
    (root / "briefgen.toml").write_text('[site]\nlanguage = "es"\n[labels]\nreferencez = "Obras"\n')
    broken = briefgen("labels", cwd=root)
    assert broken.returncode == 1 and broken.stdout == ""
    assert broken.stderr.startswith("briefgen.toml:4:1: error: unknown label 'referencez'")


def test_a_missing_form_for_large_round_numbers_names_them():
    [(message, _)] = catalogue.form_problems("fr", "count_claim", {"one": "{n} a", "other": "{n} b"})
    assert message == ("label 'count_claim' has no form many: French uses it for 1000000, 2000000, 3000000…, "
                       "which are shown with 'other'")


def test_the_configuration_reference_says_where_labels_go(tmp_path):
    reference = briefgen("docs", "configuration", cwd=tmp_path)
    assert reference.returncode == 0 and "under a `[labels]` table" in reference.stdout
    assert "`briefgen labels` prints every one" in reference.stdout


def test_a_count_with_forms_its_language_never_uses_or_lacks_warns_at_its_line(make_project):
    russian = '[site]\nlanguage = "ru"\n[labels]\ncount_claim = { one = "{n} утверждение", other = "{n} утверждения", ' \
              'zero = "{n} утверждений" }\n'
    root = make_project(dict(MINI, **{"briefgen.toml": russian}))
    warnings = sorted(d.format().split("\n")[0] for d in check(root).diagnostics.items
                      if d.location.path == "briefgen.toml")
    assert warnings == [
        "briefgen.toml:4:1: warning: label 'count_claim' has no form few: Russian uses it for 2, 3, 4…, "
        "which are shown with 'other'",
        "briefgen.toml:4:1: warning: label 'count_claim' has no form many: Russian uses it for 0, 5, 6…, "
        "which are shown with 'other'",
        "briefgen.toml:4:1: warning: label 'count_claim' has the form zero, which Russian never uses: it is never shown"]
    english = '[labels]\ncount_claim = { one = "{n} claim", other = "{n} claims" }\n'
    assert check(make_project(dict(MINI, **{"briefgen.toml": english}))).diagnostics.items == []
    strict = check(make_project(dict(MINI, **{"briefgen.toml": english.replace(" }", ', few = "{n} claimz" }')})),
                   strict=True)
    assert [d.format().split("\n")[0] for d in strict.diagnostics.items] == [
        "briefgen.toml:2:1: error: label 'count_claim' has the form few, which English never uses: it is never shown"]


def test_a_setting_is_located_in_its_own_table_whatever_comes_first(make_project):
    root = make_project(dict(MINI, **{"briefgen.toml": '[labels]\nsearch = "Find"\n\n[site]\nsearch = "yes"\n'}))
    assert [d.format().split("\n")[0] for d in check(root).diagnostics.errors] == [
        "briefgen.toml:5:1: error: setting 'search' must be true or false"]


def test_turkish_small_letters_dot_their_i():
    assert catalogue.lower("İptal edildi", "tr") == "iptal edildi"
    assert catalogue.lower("IRMAK", "tr") == "ırmak"
    assert catalogue.lower("İptal", "en") == "i̇ptal"  # Python's reading, right outside Turkish and Azerbaijani


@pytest.mark.parametrize("call, message", [('label("nope")', "unknown label 'nope'"),
                                           ('3|plural("nope")', "unknown label 'nope'"),
                                           ('3|plural("references")', "label 'references' is no count")])
def test_an_unknown_label_in_a_template_is_a_located_template_error(make_project, call, message):
    root = make_project(dict(MINI, **{"templates/404.html": '{% extends "briefgen/404.html" %}\n'
                                                             f'{{% block main %}}\n{{{{ {call} }}}}\n{{% endblock %}}\n'}))
    errors = [d.format() for d in build(root, out=root / "site", search=False).diagnostics.errors]
    assert len(errors) == 1 and errors[0].startswith("templates/404.html:3:"), errors
    assert message in errors[0]


TIMELINE_SEED = "Meetings report\n" + "".join(f"On {day} March 2024 the ministers met in Astana.\n"
                                               for day in range(1, 6))


def test_the_scripts_count_and_speak_in_the_pages_language(make_project):
    meetings = "".join(f"""
        - id: meeting-{day}
          name: Meeting {day}
          date: 2024-03-0{day}
          countries: [{"kz" if day < 3 else "jp"}]
          claims:
            - text: The ministers met on {day} March 2024.
              cite:
                - source: meetings
                  quote: "On {day} March 2024 the ministers met in Astana."
        """ for day in range(1, 6))
    root = make_project(dict(ENGLISH, **settings("ru"), **{
        "seeds/meetings.txt": TIMELINE_SEED, "content/meetings.yaml": meetings,
        "content/sources.yaml": ENGLISH["content/sources.yaml"] + "        - id: meetings\n          title: Meetings report\n          language: en\n"}))
    site = built(root)
    words = catalogue.table("ru")
    entries = catalogue.count(words, "ru", "count_entry", 6)
    with serve_directory(site) as url, chromium_page() as page:
        page.goto(url + "timeline/?country=kz")
        assert page.inner_text("#timeline-count") == catalogue.fill(words["entries_shown"],
                                                                    {"shown": "3", "count": entries})
        page.click("button[type=reset]")
        page.wait_for_function("location.search === ''")
        assert page.inner_text("#timeline-count") == entries
        page.goto(url + "sources/meetings/")
        passages = catalogue.count(words, "ru", "count_cited_passage", 5)
        assert page.inner_text(".passage-at") == passages
        page.goto(url + "sources/meetings/#" + page.get_attribute("mark.quote[id]", "id"))
        # The same page: the bar is written on hashchange, which fires after goto returns; until then it
        # still counts the passages.
        page.wait_for_function("count => document.querySelector('.passage-at').textContent !== count", arg=passages,
                               timeout=5000)
        assert page.inner_text(".passage-at") == catalogue.fill(words["passage_of"], {"at": "1", "count": "5"})
        # Numbers as the page writes them, whatever the browser's own formatting.
        for language in ("ru", "es", "de-CH", "hi", "ar-EG"):
            page.evaluate("form => document.querySelector('script[data-labels]').setAttribute('data-labels', "
                          "JSON.stringify({number: form}))", cldr.number_format(language))
            written = page.evaluate("() => [1234, 1234567, 1000000001].map(n => "
                                    "window.briefgenLabels(document.querySelector('script[data-labels]')).number(n))")
            assert written == [cldr.written(n, language) for n in ("1234", "1234567", "1000000001")], language


@pytest.mark.parametrize("language", ["en", "es", "ja"])
def test_a_qualified_amount_says_its_qualifier_in_words(make_project, language):
    """"350+" would read as 350 or more, and "~40" could not tell "nearly 40" from "about 40"."""
    site = built(make_project(dict(RICH, **settings(language))))
    words = catalogue.table(language)
    # The unit stands with the number, inside the qualifier: "more than 350 companies", "350companies超".
    counted = catalogue.fill(words["amount_with_unit"], {"amount": "350", "unit": "companies"})
    shown = catalogue.fill(words["qualifier_more_than"], {"amount": counted})
    figures = (site / "figures/index.html").read_text(encoding="utf-8")
    assert f'<span class="value">{html.escape(shown)}</span>' in figures
    assert html.escape(shown) in (site / "events/astana-forum-2024/index.html").read_text(encoding="utf-8")
    # The data keep the qualifier as a value of its own, and say the amount as the page does.
    assert f",more-than,{shown}," in (site / "data/figure.csv").read_text(encoding="utf-8")


AMOUNTS_SEED = """Station report
The station will cost $7.5 million, the ministry said.
The builder put the cost at $8 million.
"""


@pytest.mark.parametrize("language, first, second", [("en", "$7.5 million", "$8 million"),
                                                     ("es", "7,5 millones\u00a0US$", "8 millones\u00a0US$")])
def test_a_disputed_amount_shows_each_value_whole_in_the_dispute_and_the_source_margin(make_project, language,
                                                                                       first, second):
    figures = """
        - id: station
          name: Station cost
          currency: USD
          amount:
            - value: 7500000
              cite:
                - source: station
                  quote: "The station will cost $7.5 million"
            - value: 8e6
              cite:
                - source: station
                  quote: "The builder put the cost at $8 million."
          claims:
            - text: The station will cost $7.5 million.
              cite:
                - source: station
                  quote: "The station will cost $7.5 million"
        """
    root = make_project(dict(ENGLISH, **settings(language), **{
        "seeds/station.txt": AMOUNTS_SEED, "content/figures.yaml": figures,
        "content/sources.yaml": ENGLISH["content/sources.yaml"] + "        - id: station\n"
                                "          title: Station report\n          language: en\n"}))
    site = built(root)
    box = (site / "figures/index.html").read_text(encoding="utf-8").split('class="dispute"')[1].split("</section>")[0]
    assert f"<li>{first} — <cite>" in box and f"<li>{second} — <cite>" in box
    margin = (site / "sources/station/index.html").read_text(encoding="utf-8")
    amount = catalogue.table(language)["field_amount"]
    assert f"{amount}: {second}" in margin and "8000000" not in margin
    # Each passage is listed once among those citing it, in the brief's words, not again as the dispute's.
    backlinks = margin.split('class="backlinks"')[1]
    assert backlinks.count(f"{amount}: {second}") == 1 and f'">{second}</a>' not in backlinks
    data = json.loads((site / "data/briefgen.json").read_text(encoding="utf-8"))
    [dispute] = data["disputes"]
    assert [p["text"] for p in dispute["positions"]] == ["$7.5 million", "$8 million"]


def test_a_source_title_takes_its_own_direction_in_a_right_to_left_brief(make_project):
    files = dict(RICH, **settings("ar"))
    files["seeds/wire.txt"] = WIRE.replace("Wire report", "Wire report: was it held?")
    files["content/sources.yaml"] = files["content/sources.yaml"].replace("title: Wire report",
                                                                          'title: "Wire report: was it held?"')
    site = built(make_project(files))
    page = (site / "sources/wire/index.html").read_text(encoding="utf-8")
    assert page.startswith('<!doctype html>\n<html lang="ar" dir="rtl">')
    # An English source's title, in its own language too (the source's, not the brief's).
    assert '<h1 lang="en" dir="auto">Wire report: was it held?</h1>' in page
    assert '<p class="source-bar-title" lang="en" dir="auto">Wire report: was it held?</p>' in page
    event = (site / "events/astana-forum-2024/index.html").read_text(encoding="utf-8")
    assert '<cite lang="en" dir="auto"><a href="../../sources/wire/">Wire report: was it held?</a></cite>' in event
    assert '— <bdi lang="en">Wire report: was it held?</bdi>، ¶' in event  # and Arabic's own comma


def test_every_list_and_aside_a_page_writes_takes_the_brief_s_own_comma(make_project):
    files = dict(RICH, **settings("ar"))
    files["content/sources.yaml"] = files["content/sources.yaml"].replace(
        "publisher_type: wire", 'publisher_type: wire\n          published: "2024-08-10"')
    site = built(make_project(files))
    source = (site / "sources/wire/index.html").read_text(encoding="utf-8")
    assert "</code>، " in source  # the file, and what it shows
    assert '<meta name="description" content="Wire Agency، ' in source  # the publisher, and when
    for path in site.rglob("*.html"):
        shown = shown_text(path.read_text(encoding="utf-8"))
        assert not re.search(r"[\u0600-\u06ff], [\u0600-\u06ff]", shown), path


def test_a_currency_sign_written_in_latin_letters_keeps_its_order_in_a_right_to_left_page(make_project):
    """CLDR's Arabic "US$": in a right-to-left line its "$" would take the
    line's direction and show as "$US"; it is isolated left to right."""
    site = built(make_project(dict(RICH, **settings("ar"))))
    assert "\u2066US$\u2069" in (site / "figures/index.html").read_text(encoding="utf-8")
    with serve_directory(site) as url, chromium_page() as page:
        page.goto(url + "figures/")
        # Where "U" and "$" of the first "US$" stand on screen: "U" leftmost, as written.
        u, dollar = page.evaluate("""() => {
            const walker = document.createTreeWalker(document.querySelector('table.figures'), NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                const at = node.data.indexOf('US$');
                if (at < 0) continue;
                const x = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                                 return r.getBoundingClientRect().left; };
                return [x(at), x(at + 2)];
            } }""")
        assert u < dollar


def test_a_right_to_left_page_is_no_wider_than_the_window_and_its_timeline_dots_clear_the_text(make_project):
    site = built(make_project(dict(RICH, **settings("ar"))))
    with serve_directory(site) as url, chromium_page() as page:
        for width in (1280, 360):
            page.set_viewport_size({"width": width, "height": 800})
            for path in ("", "timeline/", "figures/"):
                page.goto(url + path)
                assert page.evaluate("document.documentElement.scrollWidth") <= width, (path, width)
                assert page.evaluate("window.scrollTo(-10000, 0), window.scrollX") == 0, (path, width)
        page.goto(url + "timeline/")
        # The dot stands in the item's padding at its start (the right, here), not on its first letter.
        dot, text = page.evaluate("""() => {
            const li = document.querySelector('ol.timeline li');
            const dot = getComputedStyle(li, '::before');
            return [parseFloat(dot.width), parseFloat(getComputedStyle(li).paddingRight)]; }""")
        assert text >= dot
        page.keyboard.press("Tab")  # the skip link shows once focused
        assert page.evaluate("document.activeElement.className") == "skip"
        assert page.evaluate("document.activeElement.getBoundingClientRect().width") > 10


FRENCH_WORDING = {
    "seeds/more.txt": "More\nThe Japan agency opened an office.\nJapan and Kazakhstan signed a memorandum.\n"
                      "A target of 3 trillion yen, equivalent to about $19 billion, was set.\n",
    "content/sources.yaml": ENGLISH["content/sources.yaml"] + "        - id: more\n          title: More\n          language: en\n",
    "content/organisations.yaml": """
        - id: jica
          name: JICA
          type: agency
          claims:
            - text: The agency opened an office.
              cite:
                - source: more
                  quote: "The Japan agency opened an office."
        - id: lab
          name: Lab
          type: laboratoire
          claims:
            - text: The agency opened an office.
              cite:
                - source: more
                  quote: "The Japan agency opened an office."
        """,
    "content/agreements.yaml": """
        - id: memo
          name: Memorandum
          type: memorandum
          claims:
            - text: Japan and Kazakhstan signed a memorandum.
              cite:
                - source: more
                  quote: "Japan and Kazakhstan signed a memorandum."
        """,
    "content/figures.yaml": MINI["content/figures.yaml"] + """- id: target
          name: Target
          type: target
          amount: 3000000000000
          currency: JPY
          equivalent: {amount: 19000000000, currency: USD, qualifier: about}
          claims:
            - text: A target of 3 trillion yen, about $19 billion, was set.
              cite:
                - source: more
                  quote: "A target of 3 trillion yen, equivalent to about $19 billion, was set."
        """,
}


def test_french_pages_agree_in_gender_and_number_and_speak_no_english_type(make_project):
    site = built(make_project(dict(ENGLISH, **settings("fr"), **FRENCH_WORDING)))
    eyebrow = lambda path: re.search(r'<p class="eyebrow">(.*?)</p>', (site / path).read_text("utf-8")).group(1)
    assert eyebrow("organisations/jica/index.html") == "Organisation · agence"
    assert eyebrow("agreements/memo/index.html") == "Accord · mémorandum"
    assert eyebrow("organisations/lab/index.html") == "Organisation · laboratoire"  # the editor's own word
    figures = (site / "figures/index.html").read_text("utf-8")
    row = re.search(r'<tr id="target">(.*?)</tr>', figures, flags=re.S).group(1)
    assert "environ 19 milliards\u00a0$US, selon la conversion de la source" in html.unescape(row)
    assert "≈ environ" not in html.unescape(figures) and "≈ environ" not in html.unescape(
        (site / "index.html").read_text("utf-8"))
    date = re.search(r'<td data-label="Date"[^>]*>(.*?)</td>', row, flags=re.S).group(1)
    assert "non indiquée" in date
    words = catalogue.table("fr")
    shown = catalogue.fill(words["entries_shown"], {"shown": catalogue.count(words, "fr", "count_shown", 1),
                                                   "count": catalogue.count(words, "fr", "count_entry", 3)})
    assert shown == "1 affichée sur 3 entrées"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_type_briefgen_suggests_is_in_every_catalogue(language):
    """The types schema.py suggests for events, agreements and organisations each have a label."""
    from briefgen.schema import KINDS
    suggested = set()
    for _, fields in KINDS.values():
        for field in fields:
            if field.name == "type" and field.type == "text":
                suggested |= {w.strip("…").strip() for w in field.description.split(",")}
    assert {"agency", "memorandum", "dialogue", "joint-statement"} <= suggested
    words = catalogue.table(language)
    missing = [w for w in suggested if "type_" + w.replace("-", "_") not in words]
    assert not missing
