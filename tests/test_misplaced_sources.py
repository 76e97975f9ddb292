"""A source file put in the wrong folder (content/, pages/, the project
folder, a folder of its own such as sources/, or a sub-folder of seeds/):
each citation of it is told where the file is and where it must go, not
only that sources are the file names in seeds/."""
import os

import pytest

from briefgen.build import check

from conftest import MINI

# MINI without its sources.yaml: the fact files cite 'article' by its file's name.
PLAIN = {**MINI, "content/sources.yaml": None,
         "content/figures.yaml": MINI["content/figures.yaml"].replace("source: report", "source: article")}
ARTICLE = MINI["seeds/article.txt"]


def _hints(result) -> set[tuple[str, str]]:
    return {(d.message, d.hint) for d in result.diagnostics.items if d.severity == "error"}


@pytest.mark.parametrize("place, told", [
    ("content/article.txt", "content/article.txt"),
    ("article.txt", "article.txt, in the project folder,"),
    ("sources/article.txt", "sources/article.txt"),
    ("seeds/2024/article.txt", "seeds/2024/article.txt"),
])
def test_a_citation_of_a_source_in_the_wrong_folder_is_told_where_it_is(make_project, place, told):
    root = make_project({**PLAIN, "seeds/article.txt": None, place: ARTICLE, "seeds/other.txt": "Other\nText.\n"})
    assert _hints(check(root)) == {
        ("unknown source 'article'", f"{told} is not in seeds/, the folder sources are read from: "
                                     "move it to seeds/article.txt")}


def test_a_markdown_source_in_pages_is_told_too(make_project):
    root = make_project({**PLAIN, "seeds/article.txt": None, "pages/article.md": "# Forum report\n\nOn 9 August "
                         "2024, the forum met in Astana. More than 350 companies took part.\n",
                         "seeds/other.txt": "Other\nText.\n"})
    assert ("unknown source 'article'", "pages/article.md is not in seeds/, the folder sources are read from: "
            "move it to seeds/article.md") in _hints(check(root))


def test_a_citation_of_a_source_kept_only_as_a_pdf_is_told_to_save_its_text(make_project):
    root = make_project({**PLAIN, "seeds/article.txt": None, "seeds/other.txt": "Other\nText.\n"})
    (root / "seeds" / "article.pdf").write_bytes(b"%PDF-1.4\n")
    assert ("unknown source 'article'", "seeds/article.pdf is not text: save its text as seeds/article.txt "
            "(plain text, UTF-8)") in _hints(check(root))


def test_a_file_of_another_kind_or_name_is_not_taken_for_the_source(make_project):
    root = make_project({**PLAIN, "seeds/article.txt": None, "content/article.pdf": "%PDF",
                         "sources/articles.txt": ARTICLE, "seeds/other.txt": "Other\nText.\n"})
    assert {hint for _, hint in _hints(check(root))} == {"sources are the file stems in seeds/ and their aliases"}


def test_a_linked_folder_is_not_looked_into(make_project, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "article.txt").write_text(ARTICLE)
    root = make_project({**PLAIN, "seeds/article.txt": None, "seeds/other.txt": "Other\nText.\n"})
    (root / "linked").symlink_to(outside, target_is_directory=True)
    assert {hint for _, hint in _hints(check(root))} == {"sources are the file stems in seeds/ and their aliases"}


def _citing(unknown: int) -> str:
    """MINI's figures, each of `unknown` claims citing a source no folder holds."""
    claims = "".join(f"""
            - text: More than 350 companies took part.
              cite:
                - source: missing-{n}
                  quote: "More than 350 companies took part."
""" for n in range(unknown))
    return PLAIN["content/figures.yaml"].rstrip() + claims


def test_the_project_folders_are_listed_once_however_many_citations_name_unknown_sources(
        make_project, monkeypatch):
    # 100,000 folders beside 200 such citations took minutes, each citation listing them all again.
    listed = []
    scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path=".": listed.append(path) or scandir(path))

    def listings(unknown: int) -> int:
        root = make_project({**PLAIN, "content/figures.yaml": _citing(unknown), "sources/other.md": "Other\n"})
        listed.clear()
        check(root)
        return sum(folder in (root, root / "sources", str(root), str(root / "sources")) for folder in listed)

    assert listings(5) == listings(1) > 0


def test_a_seeds_folder_linked_out_of_the_project_is_reported_and_never_walked(make_project, tmp_path):
    # seeds/ linked to / was reported, and then every .txt and .md file of the whole disk was walked to and
    # warned of as "not read: sources are the files directly in seeds/" (110,000 warnings).
    outside = tmp_path / "outside"
    (outside / "2024").mkdir(parents=True)
    (outside / "2024" / "article.txt").write_text(ARTICLE)
    (outside / "article.pdf").write_bytes(b"%PDF-1.4\n")
    root = make_project({**PLAIN, "seeds/article.txt": None})
    (root / "seeds").symlink_to(outside, target_is_directory=True)
    result = check(root)
    assert [(d.location.path, d.message) for d in result.diagnostics.items if d.severity == "warning"] == []
    assert "seeds: error: symbolic link leads outside the project, to " in "\n".join(
        d.format() for d in result.diagnostics.items)
    assert {hint for _, hint in _hints(result) if "seeds/" in hint} == {
        "sources are the file stems in seeds/ and their aliases"}
