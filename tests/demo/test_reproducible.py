"""The same inputs give the same site, byte for byte, wherever and whenever
they are built: no clock, time zone, locale, hash seed, file time or folder
name may leak into the output."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
INPUTS = ("seeds", "content", "templates", "briefgen.toml")


def copy_project(target: Path, mtime: float | None) -> Path:
    target.mkdir(parents=True)
    for name in INPUTS:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy2(source, target / name)
    if mtime is not None:
        for path in target.rglob("*"):
            os.utime(path, (mtime, mtime))
    return target


def build_in(root: Path, cwd: Path, **env: str) -> Path:
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"} | env
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(root), "build"], cwd=cwd,
                          env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return root / "site"


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_in_different_places_and_settings_are_byte_identical(tmp_path):
    first = copy_project(tmp_path / "one" / "brief", mtime=None)
    second = copy_project(tmp_path / "two" / "a-deeper" / "copy-of-brief", mtime=946_684_800)  # 2000-01-01
    site_one = build_in(first, cwd=first, TZ="UTC", LC_ALL="C.UTF-8", PYTHONHASHSEED="1")
    site_two = build_in(second, cwd=tmp_path, TZ="Pacific/Kiritimati", LC_ALL="C", LANG="", PYTHONHASHSEED="4242")
    one, two = tree(site_one), tree(site_two)
    assert sorted(one) == sorted(two)
    assert [path for path in one if one[path] != two[path]] == []
    assert len(one) > 100
