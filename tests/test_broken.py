"""Every kind of bad input: exactly its diagnostic, exit 1, no traceback, and
the previous site and every input file left byte for byte as they were.

Each folder under fixtures/broken/ is a small project broken in exactly one
way; expected.txt is what the editor must see."""
import hashlib
import shutil
from pathlib import Path

import pytest

from briefgen.cli import main
from conftest import a_built_site

BROKEN = Path(__file__).resolve().parent / "fixtures" / "broken"
CASES = sorted(path.name for path in BROKEN.iterdir() if path.is_dir())
PREVIOUS_SITE = a_built_site({
    "index.html": b"<!doctype html><title>previous build</title>\n",
    "sources/article/index.html": b"<p>previous source page</p>\n",
    "assets/logo.png": bytes(range(256)),
})


def copy_case(case: str, tmp_path: Path) -> Path:
    root = tmp_path / case
    shutil.copytree(BROKEN / case, root, ignore=shutil.ignore_patterns("expected.txt"))
    for relative, data in PREVIOUS_SITE.items():
        (root / "site" / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / "site" / relative).write_bytes(data)
    return root


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file but briefgen's own cache (its lock file comes and goes)."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*"))
            if path.is_file() and path.relative_to(folder).parts[0] != ".briefgen-cache"}


def expected(case: str) -> list[str]:
    return (BROKEN / case / "expected.txt").read_text(encoding="utf-8").splitlines()


def test_the_corpus_covers_every_class_of_bad_input():
    assert set(CASES) >= {
        "yaml-tab-indent", "yaml-unclosed-quote", "unknown-field", "missing-required-field", "wrong-type",
        "date-impossible-day", "date-not-iso", "duplicate-id", "unknown-reference", "quote-not-in-source",
        "source-not-utf8", "source-control-character", "empty-content", "missing-content", "front-matter-not-yaml", "id-parent-dir",
        "id-absolute-path", "id-too-long", "url-javascript-sources-yaml", "url-javascript-front-matter", "source-too-large",
        "source-same-id-two-suffixes", "alias-is-another-source-id-front-matter",
        "alias-is-another-source-id-sources-yaml", "text-control-character-escape", "front-matter-not-xml-character",
        "amount-infinite", "amount-not-a-number", "amount-too-large", "quote-number-29-digits",
        "markdown-nested-800-deep", "markdown-nested-list-markers", "settings-toml-syntax",
        "settings-max-source-bytes-true", "settings-max-source-bytes-negative", "settings-base-url-javascript",
        "settings-title-control-character", "settings-max-source-bytes-huge", "settings-toml-nested-too-deep",
    }


@pytest.mark.parametrize("case", CASES)
def test_build_reports_the_one_problem_and_keeps_the_previous_site(case, tmp_path, capsys):
    root = copy_case(case, tmp_path)
    before = fingerprint(root)  # the previous site and every input
    assert main(["--root", str(root), "build"]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == expected(case)
    # One mistake, one message: a broken record or file must not make every
    # reference to it an error too.
    assert out == "failed: 1 error, 0 warnings; nothing written\n"
    assert "Traceback" not in out + err
    assert fingerprint(root) == before
    assert sorted(path.name for path in root.iterdir() if path.name.startswith(".site-")) == []


@pytest.mark.parametrize("case", CASES)
def test_check_reports_the_same_diagnostics(case, tmp_path, capsys):
    root = copy_case(case, tmp_path)
    assert main(["--root", str(root), "check"]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == expected(case)
    assert "Traceback" not in out + err
