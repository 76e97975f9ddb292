"""The sources whose file in seeds/ was renamed since the last build: a
source's id is its file's name, so renaming `seeds/visit.md` to
`seeds/pm-visit.md` leaves every citation of 'visit' unknown, and each
error says only that sources are the file names in seeds/. Told of the
rename, the editor can cite the new name or keep the old one as an alias.

A rename is read off the last published build's record of its inputs
(buildstate.py): a source file gone since, whose bytes are those of a new
one, was renamed to it; when the bytes differ (renamed and edited), a file
gone and a file new, each the only one, may be. The hints read that record
only when a name is unknown; the warning that a source's page moved
compares it with the build's own record of its inputs, which the build
makes anyway, and tells only a rename whose bytes are unchanged."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath

from .buildstate import last_state
from .diagnostics import Diagnostics
from .sources import SOURCE_SUFFIXES, source_stems
from .strayseeds import StraySources
from .suggest import did_you_mean

OTHERWISE = "sources are the file stems in seeds/ and their aliases"


class Renames:
    """The source files renamed since the last build, worked out when first asked."""

    def __init__(self, files: Mapping[str, Path], seeds: Path, cache: Path) -> None:
        self._files, self.seeds, self._cache = files, seeds, cache  # files: each source's, by its id
        self._found: dict[str, Rename] | None = None
        self.strays = StraySources(seeds)  # one per build: its folders listed once

    def of(self, old: str) -> Rename | None:
        """How the source once called `old` was renamed, if it was."""
        if self._found is None:
            self._found = renamed_since_last_build(self._files, self.seeds, self._cache)
        return self._found.get(old)


@dataclass(frozen=True)
class Rename:
    old_file: str  # its name in seeds/ at the last build
    new_file: str
    same: bool  # whether its bytes are those of the last build: else a file gone and one new, each the only one

    @property
    def new(self) -> str:
        return PurePosixPath(self.new_file).stem

    def told(self) -> str:
        if self.same:
            return f"seeds/{self.old_file} was renamed seeds/{self.new_file} since the last build"
        return f"seeds/{self.old_file} is gone since the last build and seeds/{self.new_file} is new: if it was renamed"


class SourceIds(dict):
    """Every name a citation may give a source (its id, its alias) -> its
    id, knowing the sources renamed since the last build."""

    def __init__(self, names: Mapping[str, str], renames: Renames) -> None:
        super().__init__(names)
        self.renames = renames


def renames_of(source_ids: Mapping[str, str]) -> Renames | None:
    """The renames a mapping of source names knows: a SourceIds's; None for any other mapping (a test's)."""
    return source_ids.renames if isinstance(source_ids, SourceIds) else None


def unknown_source_hint(name: str, source_ids: Mapping[str, str]) -> str:
    """The hint for a citation naming a source `name` that seeds/ does not hold."""
    renames = renames_of(source_ids)
    found = renames.of(name) if renames is not None else None
    if found is None:
        stray = renames.strays.hint(name) if renames is not None else None
        return stray or did_you_mean(name, source_ids, OTHERWISE)
    return (f"{found.told()}: cite '{found.new}', or give it 'alias: {name}' in its front matter; "
            f"rename it back to keep the links to its page, sources/{name}/")


def renamed_hint(name: str, renames: Renames | None, field: str) -> str | None:
    """The hint for a `field` naming a source `name` that seeds/ no longer
    holds by that name (sources.yaml's `id`, `republishes`); None if it was not renamed."""
    found = renames.of(name) if renames is not None else None
    return None if found is None else f"{found.told()}: write '{field}: {found.new}'"


def renamed_since_last_build(files: Mapping[str, Path], seeds: Path, cache: Path) -> dict[str, Rename]:
    """Old id -> its Rename, for the source files renamed since the last
    build (see above); `files`: each source's now, by its id."""
    recorded = last_state(cache).get("files")
    if not isinstance(recorded, dict):
        return {}
    before = _seeds_of(recorded)
    present = source_stems(seeds) or set()  # an unreadable source is not gone
    gone = {stem: entry for stem, entry in before.items() if stem not in files and stem not in present}
    new = {stem: (path.name, partial(_digest, path)) for stem, path in files.items() if stem not in before}
    return _matched(gone, new, guess=True)


def moved_pages(last_files: object, files_now: Mapping[str, list], seeds: Path, diagnostics: Diagnostics) -> None:
    """Warn of each source whose file was renamed, its bytes unchanged,
    since the last build (`last_files`: that build's record of its inputs;
    `files_now`: this one's): its page, and every passage's permalink on it,
    moved, and the links shared to them now miss."""
    if not isinstance(last_files, dict):
        return
    before, now = _seeds_of(last_files), _seeds_of(files_now)
    gone = {stem: entry for stem, entry in before.items() if stem not in now}
    new = {stem: (name, lambda digest=digest: digest) for stem, (name, digest) in now.items() if stem not in before}
    for old, rename in sorted(_matched(gone, new, guess=False).items()):
        diagnostics.warning(diagnostics.where(seeds / rename.new_file),
                            f"{SOURCE_PAGE_MOVED}sources/{old}/ (last build) to sources/{rename.new}/, as its file "
                            "was renamed; links shared to the old page, and to its passages, now miss them",
                            f"rename it back to seeds/{rename.old_file} to keep the old links")


# How the warning of a source's page moved begins: a build with nothing changed since does not say it again.
SOURCE_PAGE_MOVED = "this source's page moved from "


def _seeds_of(files: Mapping[str, object]) -> dict[str, tuple[str, str]]:
    """The source files among a build state's inputs: id -> (file name, digest of its bytes)."""
    found = {}
    for name, entry in files.items():  # 20,000 at 4,000 sources, in every build: strings, not paths
        if name.startswith("seeds/") and not name.startswith("seeds/.") and name.count("/") == 1 \
                and name.endswith(SOURCE_SUFFIXES) \
                and isinstance(entry, list) and entry and isinstance(entry[-1], str):
            file = name[len("seeds/"):]
            found[file.rpartition(".")[0]] = (file, entry[-1])
    return found


def _matched(gone: dict[str, tuple[str, str]], new: dict[str, tuple[str, Callable[[], str | None]]],
             guess: bool) -> dict[str, Rename]:
    """Each file `gone` (id -> (name, digest)) whose bytes are those of one
    `new` (id -> (name, its digest when asked)), and no other's; with
    `guess`, when none is, the only one gone and the only one new."""
    if not gone or not new:
        return {}
    digests = {stem: digest() for stem, (_, digest) in new.items()}
    found: dict[str, Rename] = {}
    for old, (name, digest) in gone.items():
        same = [stem for stem in new if digests[stem] == digest]
        if len(same) == 1 and sum(1 for _, other in gone.values() if other == digest) == 1:
            found[old] = Rename(name, new[same[0]][0], True)
    if guess and not found and len(gone) == 1 and len(new) == 1:
        (old, (name, _)), (_, (new_name, _)) = next(iter(gone.items())), next(iter(new.items()))
        found[old] = Rename(name, new_name, False)
    return found


def _digest(path: Path) -> str | None:
    """The digest the build state records of a file's bytes (never read through a link)."""
    try:
        with open(path, "rb", opener=lambda name, flags: os.open(name, flags | os.O_NOFOLLOW)) as handle:
            return hashlib.blake2b(handle.read(), digest_size=20).hexdigest()
    except OSError:
        return None
