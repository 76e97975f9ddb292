"""The search index is made of the pages, not of the order they were
written in: on tmpfs or btrfs a folder lists its entries in the order they
were made, and Pagefind indexes pages in the order it finds them, so a
build that kept most pages of the last site (writing the changed ones
after them) got another index than a --clean build of the same pages."""
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from briefgen.search import index_folder_into

SHM = Path("/dev/shm")


def _is_tmpfs(folder: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    return any(line.split()[1:3] == [str(folder), "tmpfs"] for line in mounts)


@pytest.fixture
def on_tmpfs():
    """A folder on tmpfs, whose folders list entries in the order they were made."""
    if not _is_tmpfs(SHM) or not os.access(SHM, os.W_OK):
        pytest.skip("needs /dev/shm on tmpfs")
    folder = Path(tempfile.mkdtemp(prefix="briefgen-test-", dir=SHM))
    yield folder
    shutil.rmtree(folder)


def page(number: int) -> str:
    return (f"<!doctype html><html lang='en'><head><title>Harbour {number}</title></head><body><main>"
            f"<h1>Dredging at harbour {number}</h1><p>The channel at berth {number} was deepened "
            f"by {number * 3} metres after the silt survey number {number}.</p></main></body></html>")


def site_written(folder: Path, order: list[int]) -> Path:
    for number in order:
        path = folder / "countries" / f"harbour-{number:02d}" / "index.html"
        path.parent.mkdir(parents=True)
        path.write_text(page(number))
    return folder


def index_files(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_pages_written_in_another_order_give_the_same_index(on_tmpfs):
    numbers = list(range(40))
    indexes = []
    for name, order in (("forward", numbers), ("backward", numbers[::-1])):
        site = site_written(on_tmpfs / name / "site", order)
        into = on_tmpfs / name / "index"
        into.mkdir()
        index_folder_into(site, None, "en", into)
        indexes.append(index_files(into))
    assert indexes[0] == indexes[1]
