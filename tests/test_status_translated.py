"""A status cited from a source in a language whose words of status
briefgen does not read is read from the editor's translation of the quote,
in the brief's language (or English), as a figure's bound is; a quote whose
language is read is read itself, whatever its translation says."""
from pathlib import Path

from briefgen import build, check

EVENT = """\
- id: forum
  name: Forum
  date: 2026-03-02
  status: {status}
  claims:
    - text: "{claim}"
      cite:
        - source: article
          quote: "{quote}"
          translation: "{translation}"
"""

SWEDISH = "Toppmötet i Riverton hölls den 2 mars 2026."
HELD = "The summit in Riverton was held on 2 March 2026."


def brief(make_project, translation: str, status: str = "held", language: str = "sv-SE", quote: str = SWEDISH,
          brief_language: str = "en", name: str = "brief") -> Path:
    return make_project({
        "briefgen.toml": f'[site]\ntitle = "Brief"\nlanguage = "{brief_language}"\n',
        "seeds/article.txt": f"---\nlanguage: {language}\npublished: 2026-03-03\n---\nReport\n{quote}\n",
        "content/forums.yaml": EVENT.format(status=status, claim=translation, quote=quote, translation=translation),
        "content/figures.yaml": None,
    }, name=name)


def status_findings(root: Path) -> list[str]:
    return [d.format() for d in check(root).diagnostics.items if "status" in d.message]


def test_a_translation_that_states_the_status_supports_it(make_project, tmp_path):
    root = brief(make_project, HELD)
    assert status_findings(root) == []
    result = build(root, out=tmp_path / "site")
    assert result.ok
    page = (tmp_path / "site" / "events" / "forum" / "index.html").read_text(encoding="utf-8")
    assert "Held" in page and HELD in page  # the translation shown beside the quote it stands for


def test_a_translation_that_states_another_status_does_not(make_project):
    found = status_findings(brief(make_project, "The summit in Riverton was postponed to 2 March 2026."))
    assert len(found) == 1 and "error: status 'held' of forum 'forum' is not stated by any cited quote" in found[0]
    assert "the cited quotes say 'postponed' (postponed)" in found[0]


def test_a_status_only_a_hedged_translation_states_is_warned_of(make_project):
    found = status_findings(brief(make_project, "The summit in Riverton was reportedly held on 2 March 2026."))
    assert len(found) == 1 and "warning: status 'held' of forum 'forum' rests only on quotes that hedge it" in found[0]


def test_a_translation_is_read_in_the_briefs_language_where_briefgen_reads_it(make_project):
    french = "Le sommet de Riverton s'est tenu le 2 mars 2026."
    assert status_findings(brief(make_project, french, brief_language="fr")) == []
    # In an English brief the same French words state nothing: a translation is read in the brief's language.
    assert len(status_findings(brief(make_project, french, name="english"))) == 1


def test_a_quote_in_a_language_briefgen_reads_is_read_not_its_translation(make_project):
    dutch = "De top in Riverton werd afgelast."
    found = status_findings(brief(make_project, HELD, language="nl", quote=dutch))
    assert any("error: status 'held' of forum 'forum' is not stated by any cited quote" in d
               and "the cited quotes say 'afgelast' (cancelled)" in d for d in found)


def test_with_no_translation_the_hint_says_to_give_one(make_project):
    root = brief(make_project, HELD)
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text(encoding="utf-8").replace(f'          translation: "{HELD}"\n', ""),
                      encoding="utf-8")
    found = status_findings(root)
    assert len(found) == 1 and "give the quote a translation (English) that states it" in found[0]


def test_an_edited_translation_is_read_again_not_taken_from_the_last_check(make_project):
    root = brief(make_project, HELD)
    assert status_findings(root) == []  # the answer is kept in .briefgen-cache/support.json
    forums = root / "content" / "forums.yaml"
    forums.write_text(forums.read_text(encoding="utf-8").replace(f'translation: "{HELD}"',
                                                                 'translation: "The summit in Riverton was cancelled."'),
                      encoding="utf-8")
    found = status_findings(root)
    assert len(found) == 1 and "the cited quotes say 'cancelled' (cancelled)" in found[0]
