"""The library API as a script or notebook calls it: `briefgen.build()` and
`briefgen.check()` with the project and output folders named as text."""
from pathlib import Path

import briefgen


def test_check_takes_the_project_folder_as_text(mini: Path) -> None:
    result = briefgen.check(str(mini))
    assert result.ok, result.diagnostics.to_json()
    assert result.counts["claims"] > 0


def test_build_takes_the_project_and_output_folders_as_text(mini: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = briefgen.build(mini.name, out="public")
    assert result.ok, result.diagnostics.to_json()
    assert result.out == tmp_path / "public"
    assert (tmp_path / "public" / "index.html").is_file()


def test_a_missing_project_named_as_text_is_a_diagnostic(tmp_path: Path) -> None:
    result = briefgen.build(str(tmp_path / "missing"))
    assert not result.ok
    assert result.diagnostics.exit_code == 2
    assert "no brief here" in result.diagnostics.errors[0].message


def test_an_up_to_date_build_counts_as_the_build_it_reuses(mini: Path) -> None:
    first = briefgen.build(mini, search=False)
    again = briefgen.build(mini, search=False)
    assert again.reused is not None
    assert again.counts == first.counts
    assert again.pages == first.pages
