"""A published site's files have the permissions the umask of the build
that publishes them gives a new file, whatever an earlier build left: a
site rsync'd to a web server after a build under umask 077 would otherwise
keep files the server cannot read, though this build ran under 022."""
import os
import stat
from contextlib import contextmanager
from pathlib import Path

from briefgen.build import build
from conftest import MINI, edit_file, write_project

FACT_EDIT = ("content/forums.yaml", "The forum met in Astana on 9 August 2024.",
             "On 9 August 2024 the forum met in Astana.")


@contextmanager
def umask(mask: int):
    before = os.umask(mask)
    try:
        yield
    finally:
        os.umask(before)


def file_modes(site: Path) -> dict[str, int]:
    """Each file below `site` (relative path) -> its permission bits, but for those that differ from 0o644."""
    modes = {p.relative_to(site).as_posix(): stat.S_IMODE(p.lstat().st_mode) for p in site.rglob("*") if p.is_file()}
    return {path: mode for path, mode in modes.items() if mode != 0o644}


def built_under(root: Path, mask: int, **options):
    with umask(mask):
        result = build(root, **options)
    assert result.ok, result.diagnostics.errors
    return result


def test_a_site_built_again_unchanged_under_another_umask_takes_its_permissions(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    built_under(root, 0o077, search=False)
    built_under(root, 0o022, search=False)
    assert file_modes(root / "site") == {}


def test_pages_kept_from_a_site_built_under_another_umask_take_this_builds_permissions(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    built_under(root, 0o077, search=False)
    edit_file(root, *FACT_EDIT)
    again = built_under(root, 0o022, search=False)
    assert again.kept > 0
    assert file_modes(root / "site") == {}


def test_a_search_index_cached_under_another_umask_is_published_with_this_builds_permissions(tmp_path):
    root = write_project(tmp_path / "project", MINI)
    built_under(root, 0o077, out=tmp_path / "private")
    assert (root / ".briefgen-cache" / "search").is_dir()
    built_under(root, 0o022, out=tmp_path / "public", clean=True)
    assert any((tmp_path / "public" / "pagefind").iterdir())
    assert file_modes(tmp_path / "public") == {}
