"""Read content/*.yaml into located raw records, one list per file.

A file checked before is not parsed whole: its checked records, and those of
its changed items checked alone, come from factcheck.py (`take`), and are
resolved once the sources they cite are known. A file whose bytes were
parsed before is not parsed again: its located YAML comes from the parse
cache (parsecache.py). The others can be parsed ahead, in worker processes,
while the sources load (`parsing_ahead`)."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import checkedcache, inputs, locatedjson, parsed, parsepool, yamlsource
from .current import working_on
from .diagnostics import Diagnostic, Diagnostics
from .locatedjson import BadShape
from .parsecache import ParseCache
from .schema import KINDS
from .suggest import closest
from .textfile import decode_utf8, read_bytes

# Parsing YAML takes ~0.4 ms a kilobyte, forking a worker ~10 ms: fewer bytes
# to parse are parsed when their turn comes.
AHEAD_FROM = 256 * 1024
# A file's parse started ahead, by the digest of its bytes: its JSON text
# (parse_fact_file), or None when it must be parsed now.
Ahead = Callable[[bytes], str | None]
# A file's checked records (checkedcache.Chunk items) from its path and bytes,
# without parsing it whole; None when it must be read whole.
Take = Callable[[Path, bytes], list | None]
_PARSING = Path("-")  # parse_fact_file reports about no file in particular: its caller relocates


@dataclass(frozen=True)
class FactFile:
    stem: str
    path: Path
    records: list  # LocatedMap items, unchecked
    readable: bool = True  # False: unreadable or not YAML (already reported), so records is empty
    raw: bytes = b""  # the bytes read, when readable
    clean: bool = True  # reading and parsing reported nothing
    checked: list | None = None  # checked records (checkedcache.Chunk items), unresolved; records is then empty

    @property
    def count(self) -> int:
        """How many records the file holds."""
        return sum(len(c.items) for c in self.checked) if self.checked is not None else len(self.records)


@contextmanager
def parsing_ahead(content: Path, root: Path, cache: Path | None, reuse: bool = True) -> Iterator[Ahead]:
    """Start parsing, in worker processes, the fact files that
    fact_files(content, …, root, cache, reuse) will find neither parsed
    in the cache nor too small to be worth it, and give their outcomes to it.
    A file checked before is left out: its unchanged items need no parse
    (factcheck.py). Reads what it would read, and reports nothing: it does."""
    unreported = Diagnostics()
    todo: dict[bytes, tuple[bytes]] = {}
    if content.is_dir():
        readable = inputs.entries(content, root, unreported)
        with ParseCache(cache, "content", reuse) as store, checkedcache.store(cache, reuse) as checked:
            for path in _yaml_names(content):
                if path.stem not in KINDS or path not in readable:
                    continue
                if path.stem != "sources" and checkedcache.holds(checked, path.name):
                    continue
                raw = read_bytes(path, "fact file", unreported)
                if raw is not None and not store.holds(path.name, store.key(path.name, raw)):
                    todo[_digest(raw)] = (raw,)
    if sum(len(raw) for raw, in todo.values()) < AHEAD_FROM:
        todo = {}
    with parsepool.ahead(parse_fact_file, todo) as result:
        yield result


def _digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=24).digest()


@contextmanager
def fact_files(content: Path, diagnostics: Diagnostics, root: Path | None = None, cache: Path | None = None,
               reuse: bool = True, ahead: Ahead = lambda digest: None,
               take: Take = lambda path, raw: None) -> Iterator[tuple[list[FactFile], Iterator[FactFile]]]:
    """The fact files in `content`: sources.yaml (the files describing the
    sources), read at once, and the others, each read when the caller asks
    for it, so that a caller checking each before asking for the next holds
    one file's located YAML at a time (at 10,000 sources, all of them took
    more memory than the records checked). `root` is the project folder
    they must stay in. A file other than sources.yaml that `take` gives
    comes with its checked records instead of located ones. With `cache`
    (the project's cache folder), a file is parsed only when its bytes are
    not those of the last parse (`reuse=False`: parse all), or taken from
    `ahead` when parsed there (parsing_ahead)."""
    if not content.is_dir():
        diagnostics.error(diagnostics.where(content), "no content/ folder with fact files",
                          "create content/ with YAML files such as countries.yaml; run briefgen docs for the content format")
        yield [], iter(())
        return
    readable = inputs.entries(content, root or content.parent.resolve(), diagnostics)
    names = []
    # Fact files whose name is refused: their records are left out, so any id may be among them (as in a
    # file that cannot be read), and a reference to one is not told to add a record (one mistake, one message).
    left_out: list[FactFile] = []
    listed = _yaml_names(content)
    taken = {path.name for path in listed}
    for path in listed:
        if path.suffix not in (".yaml", ".yml"):
            if path in readable:
                # Records left out without a word are lost: a fact file's name mistyped is an error.
                stem = path.stem.lower() if path.stem.lower() in KINDS else path.stem
                report = diagnostics.error if stem in KINDS else diagnostics.warning
                report(diagnostics.where(path), f"ignored: '{path.name}' does not end in .yaml",
                       _renaming(path, stem, taken, "rename it to {}: a fact file's name is in lower case"))
                if stem in KINDS:
                    left_out.append(FactFile(stem, path, [], readable=False))
        elif path.stem in KINDS:
            names.append(path)
        elif path in readable:
            meant = _kind_split_off(path.stem) or closest(path.stem, sorted(KINDS))
            if meant:
                diagnostics.error(diagnostics.where(path), f"'{path.name}' is not a known fact file: its records are "
                                  "left out", _renaming(path, meant, taken, "did you mean '{}'? rename it"))
                left_out.append(FactFile(meant, path, [], readable=False))
            else:
                diagnostics.warning(diagnostics.where(path), f"ignored: '{path.name}' is not a known fact file",
                                    f"fact files are: {', '.join(f'{stem}.yaml' for stem in KINDS)}")
    erred = bool(diagnostics.errors)  # before the fact files: then a missing record is no news
    facts = 0  # records read, besides those of sources.yaml and disputes.yaml

    def load(path: Path) -> FactFile:
        nonlocal erred, facts
        before = len(diagnostics.errors)
        with working_on(path):
            file = _load(path, path in readable, diagnostics, store, ahead, take)
        erred |= len(diagnostics.errors) > before
        facts += file.count if file.stem not in ("sources", "disputes") else 0
        return file

    def others() -> Iterator[FactFile]:
        for path in names:
            if path.stem != "sources":
                yield load(path)  # held by no name here while the caller checks it
        yield from (file for file in left_out if file.stem != "sources")  # source ids are told apart

    with ParseCache(cache, "content", reuse) as store:
        yield [load(path) for path in names if path.stem == "sources"], others()
        store.keep_only({path.name for path in readable})  # a file that failed to parse keeps its outcome
    if not facts and not erred:
        diagnostics.error(diagnostics.where(content), "content/ has no fact records",
                          "add records to countries.yaml, forums.yaml… ; run briefgen docs for the content format")


def _renaming(path: Path, stem: str, taken: set[str], hint: str) -> str:
    """`hint` naming the file `path` is meant to be (`stem`.yaml); unless
    that name is taken, in content/ as it is: renaming onto it would lose
    that file, so its records are to be moved in."""
    there = next((f"{stem}{suffix}" for suffix in (".yaml", ".yml") if f"{stem}{suffix}" in taken), None)
    if there is None:
        return hint.format(f"{stem}.yaml")
    return f"move its records into {there}, then delete {path.name}: a kind's records are read from the file named after it"


def _kind_split_off(stem: str) -> str | None:
    """The kind a file's name gives as one of its words ('figures-poland',
    'old_meetings'): a kind's records split over two files."""
    words = stem.lower().replace("_", "-").replace(".", "-").split("-")
    return next((kind for kind in KINDS if len(words) > 1 and kind in words), None)


def _yaml_names(content: Path) -> list[Path]:
    """Every YAML name in content/, whether or not it may be read."""
    try:
        return sorted(path for path in content.iterdir() if path.suffix.lower() in (".yaml", ".yml")
                      and not path.name.startswith(".") and not path.is_dir())
    except OSError:  # reported when listing the folder
        return []


def _load(path: Path, readable: bool, diagnostics: Diagnostics, store: ParseCache, ahead: Ahead,
          take: Take) -> FactFile:
    raw = read_bytes(path, "fact file", diagnostics) if readable else None
    if raw is None:  # refused or unreadable, and reported: its records are unknown, not absent
        return FactFile(path.stem, path, [], readable=False)
    checked = take(path, raw) if path.stem != "sources" else None
    if checked is not None:
        return FactFile(path.stem, path, [], raw=raw, checked=checked)
    return located(path, raw, diagnostics, store, ahead)


def located(path: Path, raw: bytes, diagnostics: Diagnostics, store: ParseCache,
            ahead: Ahead = lambda digest: None) -> FactFile:
    """The fact file at `path`, read as `raw`, with its located records
    (none when it cannot be parsed: reported)."""
    key = store.key(path.name, raw)
    stored = store.get(path.name, key, parsed.largest(len(raw)))
    outcome = None
    if stored is not None:
        try:
            outcome = _outcome(stored)
        except BadShape:  # damaged, truncated or not ours: parse the file afresh
            pass
    if outcome is None:
        text = ahead(_digest(raw)) or parse_fact_file(raw)
        if text is None:  # too large to store: parse once more and use the objects directly
            reported = parsed.recorder()
            records = _parse(raw, reported)
            outcome = reported.items, records
        else:
            outcome = _outcome(text)
            store.put(path.name, key, text)
    problems, records = outcome
    parsed.relocate(problems, path, diagnostics)
    return FactFile(path.stem, path, records or [], readable=records is not None, raw=raw, clean=not problems)


def parse_fact_file(raw: bytes) -> str | None:
    """What the bytes of a fact file give, as the JSON text of parsed.py:
    the located records, or the problems found. None when that would be too
    large to store. A pure function, cached."""
    reported = parsed.recorder()
    records = _parse(raw, reported)
    try:
        value = None if records is None else {"records": locatedjson.to_plain(records, parsed.largest(len(raw)))
                                              if records else None}
    except locatedjson.TooLarge:
        return None
    return parsed.dumps(value, reported, len(raw))


def _parse(raw: bytes, reported: Diagnostics) -> list | None:
    text = decode_utf8(raw, _PARSING, "fact file", reported)
    if text is None:
        return None
    try:
        data, refused = yamlsource.read(text)
    except yamlsource.YamlError as exc:
        _report(exc.all(), reported)
        return None
    _report(refused, reported)  # with the file's other problems, which checking its records finds: one run tells all
    for cut in yamlsource.cut_by_comments(text):
        reported.warning(reported.where(_PARSING, *cut.at),
                         f"the {cut.key} is read as '{cut.kept}': YAML takes ' #{cut.comment}' for a comment",
                         f"put the whole {cut.key} in double quotes (\"…\"), or the comment on a line of its own")
    if data is None:
        return []
    if data is yamlsource.REFUSED:
        return None
    if not isinstance(data, list):
        mark = getattr(data, "mark", None)
        reported.error(reported.where(_PARSING, mark.line if mark else 1, mark.col if mark else 1),
                       "a fact file must be a list of records",
                       "start each record with '- id: ...'")
        return None
    return data


def _report(problems: list[yamlsource.YamlError], reported: Diagnostics) -> None:
    for problem in problems:
        reported.error(reported.where(_PARSING, problem.line, problem.col), problem.message, problem.hint)


def _outcome(text: str) -> tuple[list[Diagnostic], list | None]:
    """The problems and records that parse_fact_file gave as `text`; raises
    BadShape for anything it cannot have written."""
    value, problems = parsed.loads(text)
    if value is None:
        if not parsed.has_error(problems):  # no records only for a reason
            raise BadShape("neither records nor errors")
        return problems, None
    if type(value) is not dict or value.keys() != {"records"}:
        raise BadShape("not parsed records")
    if value["records"] is None:
        return problems, []
    records = locatedjson.from_plain(value["records"], refusing=parsed.has_error(problems))
    if not isinstance(records, yamlsource.LocatedList) or not records:
        raise BadShape("records are not a list")
    return problems, records
