"""A source file renamed since the last build: its citations are told the
new name (a source's id is its file's name), and once they cite it, the
build warns that the source's page moved."""
from pathlib import Path

from briefgen.build import build, check

from conftest import MINI, digests, edit_file

# MINI without its sources.yaml: the forum cites 'article' by its file's name.
PLAIN = {**MINI, "content/sources.yaml": None,
         "content/figures.yaml": MINI["content/figures.yaml"].replace("source: report", "source: article")}


def _errors(result) -> list[tuple[str, str, str]]:
    return [(str(d.location), d.message, d.hint) for d in result.diagnostics.items if d.severity == "error"]


def test_citations_of_a_renamed_file_are_told_its_new_name(make_project):
    root = make_project(PLAIN)
    assert build(root, search=False).ok
    before = digests(root / "site")
    (root / "seeds" / "article.txt").rename(root / "seeds" / "forum-report.txt")
    result = build(root, search=False)
    assert not result.ok
    errors = _errors(result)
    assert [message for _, message, _ in errors] == ["unknown source 'article'"] * 2
    assert {hint for _, _, hint in errors} == {
        "seeds/article.txt was renamed seeds/forum-report.txt since the last build: cite 'forum-report', or give "
        "it 'alias: article' in its front matter; rename it back to keep the links to its page, sources/article/"}
    assert digests(root / "site") == before  # nothing written
    assert _errors(check(root)) == errors  # check reads the last build's record too


def test_an_entry_of_sources_yaml_is_told_the_new_id(mini):
    assert build(mini, search=False).ok
    (mini / "seeds" / "article.txt").rename(mini / "seeds" / "forum-report.txt")
    errors = _errors(build(mini, search=False))
    assert errors == [("content/sources.yaml:1:3", "sources.yaml describes 'article', but seeds/ has no such file",
                       "seeds/article.txt was renamed seeds/forum-report.txt since the last build: "
                       "write 'id: forum-report'")]


def test_a_file_renamed_and_edited_is_told_as_a_guess(make_project):
    root = make_project(PLAIN)
    assert build(root, search=False).ok
    (root / "seeds" / "article.txt").rename(root / "seeds" / "forum.txt")
    edit_file(root, "seeds/forum.txt", "Forum report", "Forum report, revised")
    hints = {hint for _, _, hint in _errors(build(root, search=False))}
    assert hints == {"seeds/article.txt is gone since the last build and seeds/forum.txt is new: if it was renamed: "
                     "cite 'forum', or give it 'alias: article' in its front matter; rename it back to keep the "
                     "links to its page, sources/article/"}


def test_no_rename_is_told_when_the_files_cannot_be_paired(make_project):
    root = make_project({**PLAIN, "seeds/other.txt": "Other report\nNothing happened.\n"})
    assert build(root, search=False).ok
    (root / "seeds" / "article.txt").unlink()
    (root / "seeds" / "other.txt").unlink()
    (root / "seeds" / "first.txt").write_text("First\nOne thing.\n")
    (root / "seeds" / "second.txt").write_text("Second\nAnother thing.\n")
    hints = {hint for _, _, hint in _errors(build(root, search=False))}
    assert hints == {"sources are the file stems in seeds/ and their aliases"}


def test_no_rename_is_told_without_a_last_build(make_project):
    root = make_project({**PLAIN, "seeds/article.txt": None, "seeds/forum-report.txt": PLAIN["seeds/article.txt"]})
    hints = {hint for _, _, hint in _errors(build(root, search=False))}
    assert hints == {"sources are the file stems in seeds/ and their aliases"}


def test_a_renamed_source_cited_anew_warns_once_that_its_page_moved(make_project):
    root = make_project(PLAIN)
    assert build(root, search=False).ok
    (root / "seeds" / "article.txt").rename(root / "seeds" / "forum-report.txt")
    for name in ("content/forums.yaml", "content/figures.yaml"):
        edit_file(root, name, "source: article", "source: forum-report")
    result = build(root, search=False)
    assert result.ok
    warnings = [(str(d.location), d.message, d.hint) for d in result.diagnostics.items]
    assert warnings == [("seeds/forum-report.txt", "this source's page moved from sources/article/ (last build) to "
                         "sources/forum-report/, as its file was renamed; links shared to the old page, and to its "
                         "passages, now miss them", "rename it back to seeds/article.txt to keep the old links")]
    assert (root / "site" / "sources" / "forum-report" / "index.html").is_file()
    again = build(root, search=False)
    assert again.reused and not again.diagnostics.items  # published: it no longer moves


def test_a_source_deleted_and_another_added_is_no_move(make_project):
    root = make_project({**PLAIN, "seeds/wire.txt": "Wire report\nThe forum in Astana met.\n"})
    assert build(root, search=False).ok
    (root / "seeds" / "wire.txt").unlink()
    (root / "seeds" / "agency.txt").write_text("Agency report\nThe forum in Astana met.\n")
    messages = [d.message for d in build(root, search=False).diagnostics.items]
    assert messages == ["source 'agency' is not cited by any claim"]


def test_a_source_republishing_a_renamed_one_is_told_its_new_name(mini):
    edit_file(mini, "content/sources.yaml", "  publisher: Example News\n",
              "  publisher: Example News\n- id: wire\n  republishes: article\n")
    (mini / "seeds" / "wire.txt").write_text(MINI["seeds/article.txt"])
    assert build(mini, search=False).ok
    (mini / "seeds" / "article.txt").rename(mini / "seeds" / "forum-report.txt")
    edit_file(mini, "content/sources.yaml", "- id: article", "- id: forum-report")
    errors = [e for e in _errors(build(mini, search=False)) if e[0].startswith("content/sources.yaml")]
    assert errors == [("content/sources.yaml:6:16", "source 'wire' republishes unknown source 'article'",
                       "seeds/article.txt was renamed seeds/forum-report.txt since the last build: "
                       "write 'republishes: forum-report'")]
