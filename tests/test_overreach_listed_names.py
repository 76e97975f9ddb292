"""A claim may count the names its quote lists ("Japan met three countries" citing "Japan met Kazakhstan,
Kyrgyzstan and Uzbekistan"), and name the group the brief's country records put its linked countries in ("Central
Asian" for `group: central-asia`); a count the list does not give still warns."""
import pytest

from briefgen import check
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


@pytest.mark.parametrize("language, seed, claim, quote, wrong, unsupported", [
    ("en", "Japan met Kazakhstan and Uzbekistan in Tokyo.\n", "Japan met two Union states.",
     "Japan met Kazakhstan and Uzbekistan", "Japan met two Andean states.", "Andean"),
    # In German every noun is capitalised: the group's name is read as words, and still allowed.
    ("de", "Japan traf Kasachstan und Usbekistan in Tokio.\n", "Japan traf zwei Staaten der Steppenunion.",
     "Japan traf Kasachstan und Usbekistan", "Japan traf zwei Staaten der Andenunion.", "Andenunion"),
])
def test_a_claim_may_name_a_group_by_the_name_the_groups_table_gives_it(make_project, capsys, language, seed,
                                                                          claim, quote, wrong, unsupported):
    # The pages show `group: su` as the name `groups = { su = "…" }` gives it, so a claim may name it so: not by
    # its id alone ("su", which no page shows).
    from test_overreach import report
    name = {"en": "Union", "de": "Steppenunion"}[language]
    root = make_project({
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{language}"\ngroups = {{ su = "{name}" }}\n',
        "seeds/article.txt": f"---\ntitle: Article\npublisher: Agency\nlanguage: {language}\n---\n{seed}",
        "content/figures.yaml": None,
        "content/countries.yaml": """
- id: kz
  name: Kazakhstan
  group: su
- id: uz
  name: Uzbekistan
  group: su
""",
        "content/forums.yaml": f"""\
- id: tokyo-talks
  name: Tokyo talks
  countries: [kz, uz]
  claims:
    - text: "{claim}"
      cite:
        - source: article
          quote: "{quote}"
    - text: "{wrong}"
      cite:
        - source: article
          quote: "{quote}"
""",
    })
    if language == "en":
        assert [d.message for d in warnings(root)] == [
            f"claim 2 of forum 'tokyo-talks' states what none of its quotes does: names {unsupported}"]
    listed = report(root, capsys).splitlines()
    assert [name in line for line in listed if "claim 1" in line] == [False]  # its other words are listed
    assert [unsupported in line for line in listed if "claim 2" in line] == [True]


def test_a_name_a_quote_in_another_language_writes_asks_for_its_translation(make_project):
    # "Riyadh" is in the Russian quote as "Эр-Рияде": the editor can add its translation, which is read.
    seed = "---\ntitle: Статья\npublisher: Агентство\nlanguage: ru\n---\nЛидеры встретились в Эр-Рияде.\n"
    forum = """\
- id: riyadh-talks
  name: Riyadh talks
  claims:
    - text: "The leaders met in Riyadh."
      cite:
        - source: article
          quote: "Лидеры встретились в Эр-Рияде."{translation}
"""
    root = make_project({"seeds/article.txt": seed, "content/figures.yaml": None,
                         "content/forums.yaml": forum.format(translation="")})
    [warning] = [d for d in check(root).diagnostics.warnings if "none of its quotes" in d.message]
    assert warning.hint.startswith("the quote of 'article' is in another language: give it a `translation` into "
                                   "the brief's, or cite a passage that states them")
    root = make_project({"seeds/article.txt": seed, "content/figures.yaml": None, "content/forums.yaml": forum.format(
        translation='\n          translation: "The leaders met in Riyadh."')})
    assert warnings(root) == []
