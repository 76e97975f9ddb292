"""The library API: `check()` and `build()`.

A build first asks buildstate.py whether its inputs and output are those of
the last good build; only if not are the stages (stages.py) loaded and run."""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import buildstate
from .config import CONFIG_FILE, Project, load_project, no_brief
from .current import forget
from .diagnostics import Diagnostics, Location
from .epoch import source_date_epoch_problem
from .gcpause import collector_frozen
from .locks import project_lock
from .outguard import cache_refusal, output_location, refusal, target_of
from .result import Result, StageTimer
from .urls import base_url_problem

if TYPE_CHECKING:
    from .stages import Rendered

__all__ = ["Result", "build", "check", "open_project"]

# A notebook or script names folders as text as often as by Path.
PathArgument = str | os.PathLike[str]

# A build keeps what it works out in its modules (the current project, memos, the claims being
# judged, the collector's freeze), as serve's one build at a time does: two threads building or
# checking at once, even two projects, would read each other's (an AssertionError in overreach).
# Reentrant: a callback of a build that calls check() goes on rather than waiting for ever.
_one_at_a_time = threading.RLock()


def open_project(root: Path, diagnostics: Diagnostics, **options) -> Project:
    return load_project(root, diagnostics).with_options(**options)


def check(root: PathArgument, strict: bool = False) -> Result:
    """Check the brief at `root` as `briefgen check` does: every source,
    fact, quote and template, writing nothing but the cache. `strict=True`
    makes each warning an error. Bad input never raises: it is a diagnostic
    of the Result (`briefgen docs publishing`, "From Python")."""
    with _one_at_a_time:
        refused = _refused_paths(root=root)
        # A check writes no site, so its failure says nothing of one ("nothing written" is a build's).
        return replace(refused if refused is not None else _check(Path(root), strict), writes=False)


def _check(root: Path, strict: bool) -> Result:
    started = time.perf_counter()
    timer = StageTimer()  # `check --verbose` prints each stage's time, as a build's does
    forget()
    diagnostics = Diagnostics(root.resolve())
    if _check_environment(diagnostics):  # the date the checks of plans overtaken read, as a build's does
        return Result(diagnostics, None, seconds=time.perf_counter() - started)
    project = open_project(root, diagnostics)
    if not _in_a_project(project, diagnostics) or not _cache_usable(project, diagnostics):
        return Result(diagnostics, None, seconds=time.perf_counter() - started)
    from .library import load_library  # only when checking: see stages.py
    from .labels import table
    from .render import check_syntax, check_templates
    from .routes import check_collisions
    from .staticfolder import listed
    library = load_library(project, diagnostics)
    if library is not None:  # what a build would refuse before writing a page
        check_collisions(library, diagnostics)
    listed(project.root, diagnostics)
    timer.lap("load")
    refused = len(diagnostics.errors)
    check_templates(project.templates, project.root, diagnostics)
    if len(diagnostics.errors) == refused:  # no template is read through a link out of the project
        check_syntax(project.templates, project.language, table(project.language, project.labels), diagnostics)
    timer.lap("templates")
    if strict:
        diagnostics.escalate_warnings()
    return Result(diagnostics, library if not diagnostics.errors else None, seconds=time.perf_counter() - started,
                  stages=timer.stages)


def build(root: PathArgument, out: PathArgument | None = None, base_url: str | None = None, strict: bool = False,
          progress: Callable[[str], None] | None = None, search: bool | None = None, clean: bool = False,
          published: Callable[[], None] | None = None,
          preview: Callable[[Rendered], None] | None = None) -> Result:
    """Build the site. `search=False` skips the search index (default: the
    project's `search` setting); `clean=True` ignores the last build's state;
    `published()` is called as soon as the new site is in place, before the
    build saves what it knows for the next one (`serve` reloads pages then);
    `preview(rendered)`, once the brief has passed its checks and before any
    page is written: `rendered(paths)` is the HTML of those of the site's
    pages at `paths` (output paths), made as the build then writes them
    (`serve` shows the pages open in a browser at once)."""
    with _one_at_a_time:
        refused = _refused_paths(root=root, out=out)
        if refused is not None:
            return refused
        return _build(Path(root), Path(out) if out is not None else None, base_url, strict, progress, search, clean,
                      published, preview)


def _refused_paths(**paths: PathArgument | None) -> Result | None:
    """A Result refusing the folders named, before anything is read, or None. A NUL character, which no
    file name holds, made every call of the system raise ValueError (a command line cannot pass one)."""
    diagnostics = Diagnostics()
    for name, path in paths.items():
        text = os.fspath(path) if path is not None else None
        if text == "" and name == "out":  # as `--out ""`: an unset variable, never the current folder nor site/
            diagnostics.environment_error(Location(name), "'' is not an output folder",
                                          "name the output folder, e.g. out='site', or pass out=None for the "
                                          "project's site/")
        elif isinstance(text, str) and "\0" in text:
            diagnostics.environment_error(Location(name), f"{text!r} is not a folder's name: it holds a NUL character",
                                          "no file name can hold one: check how the path was made")
    return Result(diagnostics, None) if diagnostics else None


def _build(root: Path, out: Path | None, base_url: str | None, strict: bool, progress: Callable[[str], None] | None,
           search: bool | None, clean: bool, published: Callable[[], None] | None,
           preview: Callable[[Rendered], None] | None) -> Result:
    started = time.perf_counter()
    # What an earlier build in this process kept (`serve`), and what this one makes and keeps to its
    # end (gcpause.settle), is left out of collections from the first step: a full collection before
    # the stages walked all of it (2 s at 10,000 sources) while the editor waited for the page.
    with collector_frozen():
        forget()
        diagnostics = Diagnostics(root.resolve())
        _check_environment(diagnostics)
        _check_base_url(base_url, diagnostics)
        project = open_project(root, diagnostics, out=target_of(out) if out else None, base_url=base_url, clean=clean)
        if not _in_a_project(project, diagnostics):
            return Result(diagnostics, None, seconds=time.perf_counter() - started)
        refused = refusal(project.out, project.root)
        if refused is not None:
            diagnostics.environment_error(output_location(project.out, project.root), refused.message, refused.hint)
            return Result(diagnostics, None, seconds=time.perf_counter() - started)
        if not _cache_usable(project, diagnostics):
            return Result(diagnostics, None, seconds=time.perf_counter() - started)
        if search is not None:
            project = project.with_options(search=search)
        with project_lock(project.cache, progress or (lambda message: None)):
            return _build_locked(project, diagnostics, strict, progress, started, clean, published, preview)


def _build_locked(project: Project, diagnostics: Diagnostics, strict: bool, progress: Callable[[str], None] | None,
                  started: float, clean: bool, published: Callable[[], None] | None,
                  preview: Callable[[Rendered], None] | None) -> Result:
    if diagnostics.errors:  # the settings themselves are wrong: the full build reports it
        return _full_build(project, diagnostics, strict, progress, started, published, preview)
    from .write import new_file_mode  # loaded by every build (finish_removals)
    # The umask too: a site kept whole would keep the permissions the last one was built with.
    options = {"out": buildstate.out_key(project.out), "base_url": project.base_url, "strict": strict,
               "search": project.search, "file_mode": new_file_mode()}
    last = buildstate.last_state(project.cache)
    inputs_now = buildstate.fingerprint(project.root, options, last)
    prior = None if clean else buildstate.previous(last, inputs_now, project.out)
    last_files = last.get("files")
    del last  # not held through the build
    if prior is not None:
        from .write import sweep_leftovers  # 1 ms to load: a staging folder a killed build left goes now too
        sweep_leftovers(project.out)
        diagnostics.replay(prior.diagnostics)
        # Its pages are Result.pages: the counts name what a fresh build's do, for a caller comparing them.
        counts = {name: count for name, count in prior.counts.items() if name != "pages"}
        return Result(diagnostics, None, prior.counts["pages"], time.perf_counter() - started, project.out,
                      reused=counts)
    from .renamedseeds import moved_pages  # loaded by the full build
    moved_pages(last_files, inputs_now.files, project.seeds, diagnostics)
    del last_files
    try:  # the last site put to `rm` is gone when this returns, also when a caller's callback raised
        result = _full_build(project, diagnostics, strict, progress, started, published, preview)
        if result.ok and result.out is not None:
            from .anchors import tells_a_move  # loaded by the build already
            # Replayed by a build with nothing changed, when the site just published is the last build: no
            # permalink has moved since it.
            lasting = [d for d in diagnostics.items if not tells_a_move(d)]
            buildstate.remember(project.cache, inputs_now, project.out, {**result.counts, "pages": result.pages},
                                lasting, result.files)
    finally:
        from .write import finish_removals, left_behind  # loaded by the build: an unchanged build loads none of it
        finish_removals()  # the last site, removed (by `rm`) while the records were saved
        for folder in left_behind():
            diagnostics.warning(diagnostics.where(folder), "a site briefgen moved aside could not be removed",
                                "a file in it cannot be deleted (read-only, or immutable): make it writable, or "
                                "remove the folder by hand; the next build tries again")
    return result


def _full_build(project: Project, diagnostics: Diagnostics, strict: bool, progress: Callable[[str], None] | None,
                started: float, published: Callable[[], None] | None = None,
                preview: Callable[[Rendered], None] | None = None) -> Result:
    from . import stages  # loaded only when something is to be built (see its docstring)
    return stages.run(project, diagnostics, strict, progress, started, published, preview)


def _in_a_project(project: Project, diagnostics: Diagnostics) -> bool:
    """Nothing is written in a folder that is no project, not even a cache."""
    problem = no_brief(project.root)
    if problem is not None:
        diagnostics.environment_error(diagnostics.where(project.root / CONFIG_FILE), *problem)
    return problem is None


def _cache_usable(project: Project, diagnostics: Diagnostics) -> bool:
    refused = cache_refusal(project.cache)
    if refused is not None:
        diagnostics.environment_error(output_location(project.cache, project.root), refused.message, refused.hint)
    return refused is None


def _check_base_url(url: str | None, diagnostics: Diagnostics) -> None:
    """As `--base-url` and briefgen.toml's `base_url` are held (urls.py), for a caller of the API."""
    problem = base_url_problem(url) if url is not None else ""  # "" as `--base-url ""`: an unset variable
    if problem:
        diagnostics.environment_error(Location("base_url"), f"{url!r} is not a base URL: {problem}",
                                      "write the full address, e.g. https://example.org/brief/")


def _check_environment(diagnostics: Diagnostics) -> bool:
    """Whether the environment is wrong (told to `diagnostics`)."""
    problem = source_date_epoch_problem()
    if problem is not None:
        diagnostics.environment_error(Location("SOURCE_DATE_EPOCH"), *problem)
    return problem is not None
