"""The library API: `check()` and `build()` run the stages in order.

settings → sources + facts → validate → link → (stop on errors) → views →
render and write into a staging folder → link check → swap it in → report."""
from __future__ import annotations

import errno
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from . import anchors, buildstate, exports, inputs
from .config import Project, load_project
from .diagnostics import Diagnostics
from .library import load_library
from .linkcheck import LinkChecker, check_links
from .model import Library
from .pages import all_pages
from .pagewriter import write_pages
from .render import TemplateFailed, environment, report_template_error, static_files
from .routes import check_collisions
from .current import forget, working_on
from .diagnostics import Location
from .locks import OutputLocked, output_lock, project_lock
from .outguard import refusal, target_of
from .search import SearchIndexError, index_folder
from .views import Page, SiteViews
from .write import OutputRefused, Staging, WriteFailed


@dataclass(frozen=True)
class Result:
    diagnostics: Diagnostics
    library: Library | None
    pages: int = 0
    seconds: float = 0.0
    out: Path | None = None
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage, for benchmarks
    links: int = 0  # internal links checked
    # When the inputs are those of the last build and its site is untouched,
    # nothing is rebuilt: these are that build's counts.
    reused: dict[str, int] | None = None

    @property
    def ok(self) -> bool:
        return not self.diagnostics.errors

    @property
    def counts(self) -> dict[str, int]:
        if self.reused is not None:
            return self.reused
        lib = self.library
        if lib is None:
            return {"sources": 0, "records": 0, "claims": 0, "quotes": 0}
        return {"sources": len(lib.sources), "records": len(lib.records),
                "claims": sum(len(r.claims) for r in lib.records.values()), "quotes": len(lib.anchors)}

    @property
    def claims(self) -> int:
        return self.counts["claims"]

    @property
    def verified_quotes(self) -> int:
        return self.counts["quotes"]

    def summary(self) -> str:
        if not self.ok:
            errors, warnings = len(self.diagnostics.errors), len(self.diagnostics.warnings)
            return f"failed: {_count(errors, 'error')}, {_count(warnings, 'warning')}; nothing written"
        counts = self.counts
        if self.reused is not None:
            return (f"up to date: {_count(self.pages, 'page')} from {_count(counts['sources'], 'source')}, "
                    f"{_count(counts['claims'], 'claim')} verified ({_count(counts['quotes'], 'quoted passage')}) "
                    f"by the last build, whose inputs are unchanged; checked in {self.seconds:.2f}s")
        done = (f"built {_count(self.pages, 'page')} from {_count(counts['sources'], 'source')}"
                if self.out else f"checked {_count(counts['records'], 'record')} from {_count(counts['sources'], 'source')}")
        return (f"{done}, {_count(counts['claims'], 'claim')} verified ({_count(counts['quotes'], 'quoted passage')})"
                f" in {self.seconds:.2f}s")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


class StageTimer:
    """Times each stage, and tells a waiting editor which one is running."""

    def __init__(self, progress: Callable[[str], None] | None = None) -> None:
        self.stages: dict[str, float] = {}
        self._last = time.perf_counter()
        self._progress = progress or (lambda message: None)

    def lap(self, stage: str, next_step: str = "") -> None:
        now = time.perf_counter()
        self.stages[stage] = now - self._last
        self._last = now
        if next_step:
            self._progress(next_step)


def open_project(root: Path, diagnostics: Diagnostics, **options) -> Project:
    return load_project(root, diagnostics).with_options(**options)


def check(root: Path, strict: bool = False) -> Result:
    started = time.perf_counter()
    forget()
    diagnostics = Diagnostics(root.resolve())
    project = open_project(root, diagnostics)
    library = load_library(project, diagnostics)
    if strict:
        diagnostics.escalate_warnings()
    return Result(diagnostics, library if not diagnostics.errors else None, seconds=time.perf_counter() - started)


def build(root: Path, out: Path | None = None, base_url: str | None = None, strict: bool = False,
          progress: Callable[[str], None] | None = None, search: bool | None = None, clean: bool = False) -> Result:
    """Build the site. `search=False` skips the search index (default: the
    project's `search` setting); `clean=True` ignores the last build's state."""
    started = time.perf_counter()
    forget()
    diagnostics = Diagnostics(root.resolve())
    _check_environment(diagnostics)
    project = open_project(root, diagnostics, out=target_of(out) if out else None, base_url=base_url, clean=clean)
    refused = refusal(project.out, project.root)
    if refused is not None:
        diagnostics.environment_error(_output_location(project), refused.message, refused.hint)
        return Result(diagnostics, None, seconds=time.perf_counter() - started)
    if search is not None:
        project = project.with_options(search=search)
    with project_lock(project.cache, progress or (lambda message: None)):
        if diagnostics.errors:  # the settings themselves are wrong: the full build reports it
            return _build(project, diagnostics, strict, progress, started)
        options = {"out": str(project.out), "base_url": project.base_url, "strict": strict, "search": project.search}
        inputs_now = buildstate.fingerprint(project.root, options, project.cache)
        if not clean:
            prior = buildstate.previous(project.cache, inputs_now, project.out)
            if prior is not None:
                diagnostics.replay(prior.diagnostics)
                return Result(diagnostics, None, prior.counts["pages"], time.perf_counter() - started, project.out,
                              reused=prior.counts)
        result = _build(project, diagnostics, strict, progress, started)
        if result.ok and result.out is not None:
            buildstate.remember(project.cache, inputs_now, project.out, {**result.counts, "pages": result.pages},
                                diagnostics)
        return result


def _check_environment(diagnostics: Diagnostics) -> None:
    problem = exports.source_date_epoch_problem()
    if problem is not None:
        diagnostics.environment_error(Location("SOURCE_DATE_EPOCH"), *problem)


def _check_templates(project: Project, diagnostics: Diagnostics) -> None:
    """The project's templates and assets are read like its sources: regular
    files inside the project only."""
    if project.templates.is_dir() or project.templates.is_symlink():
        inputs.tree(project.templates, project.root, diagnostics)


def _output_location(project: Project) -> Location:
    """The output as typed relative to the project, never through a link it may be."""
    try:
        return Location(project.out.relative_to(project.root).as_posix())
    except ValueError:
        return Location(project.out.as_posix())


def _build(project: Project, diagnostics: Diagnostics, strict: bool, progress: Callable[[str], None] | None,
           started: float) -> Result:
    timer = StageTimer(progress)

    def failed() -> Result:
        return Result(diagnostics, None, seconds=time.perf_counter() - started)

    library = load_library(project, diagnostics)
    _check_templates(project, diagnostics)
    timer.lap("load", "rendering pages")
    if library is not None:
        check_collisions(library, diagnostics)
    if strict:
        diagnostics.escalate_warnings()
    if diagnostics.errors or library is None:
        return failed()
    env = environment(project.templates)
    with working_on("the page views"):
        pages = all_pages(SiteViews(library, project))
    timer.lap("views")
    where = _output_location(project)
    with ExitStack() as stack:
        try:
            stack.enter_context(working_on(project.out))
            stack.enter_context(output_lock(project.out))
            site = stack.enter_context(Staging(project.out))
        except (OutputRefused, OutputLocked, OSError) as exc:
            _output_failed(exc, where, diagnostics)
            return failed()
        links = LinkChecker(project.base_url)
        try:
            written = _write_files(site, links, env, pages, library, project, diagnostics, timer)
        except WriteFailed as exc:
            _output_failed(exc, where, diagnostics)
            return failed()
        if not written:
            return failed()
        with working_on("the link check"):
            checked = check_links(links, site.files, {page.path: page.template for page in pages}, project.out,
                                  diagnostics)
        timer.lap("links", "writing the site")
        if diagnostics.errors:
            return failed()
        try:
            site.publish()
        except (OutputRefused, OSError) as exc:
            _output_failed(exc, where, diagnostics)
            return failed()
        html = len(site.pages)
    timer.lap("write")
    # The permalinks just published, so the next check can tell when one moves.
    anchors.save(project.cache, dict(library.records))
    return Result(diagnostics, library, html, time.perf_counter() - started, project.out, timer.stages, checked)


def _write_files(site: Staging, links: LinkChecker, env: jinja2.Environment, pages: list[Page], library: Library,
                 project: Project, diagnostics: Diagnostics, timer: StageTimer) -> bool:
    """Every file of the site, into the staging folder as it is made, each
    HTML file summarised for the link check; False after a reported error."""
    try:
        write_pages(env, pages, site, links)
        for path, data in static_files(project.templates).items():
            _add(site, links, path, data)
        with working_on("the data files (data/, feed.xml, sitemap.xml)"):
            for path, data in exports.data_files(library, project, env, [page.path for page in pages]).items():
                _add(site, links, path, data)
    except (jinja2.TemplateError, TemplateFailed) as exc:  # a project's own template: the editor's to fix
        report_template_error(exc, project.templates, diagnostics)
        return False
    timer.lap("render", "indexing for search" if project.search else "checking links")
    if project.search:
        try:
            with working_on("the search index (.briefgen-cache/search)"):
                bundle = index_folder(site.folder, project.cache / "search", project.language)
            for path, data in bundle.items():
                _add(site, links, path, data)
            timer.lap("search", "checking links")
        except SearchIndexError as exc:
            diagnostics.environment_error(_output_location(project), f"search index failed: {exc}", exc.hint)
            return False
    return True


def _add(site: Staging, links: LinkChecker, path: str, data: bytes) -> None:
    site.write(path, data)
    if path.endswith(".html"):
        links.add(path, data)


def _output_failed(exc: Exception, where: Location, diagnostics: Diagnostics) -> None:
    if isinstance(exc, OutputRefused):
        diagnostics.environment_error(where, exc.refusal.message, exc.refusal.hint)
    elif isinstance(exc, OutputLocked):
        diagnostics.environment_error(where, str(exc), "wait for the other build to finish")
    elif isinstance(exc, WriteFailed) and exc.errno == errno.ENAMETOOLONG:
        shown = str(exc.filename)
        shown = shown if len(shown) <= 80 else shown[:79] + "…"
        diagnostics.environment_error(where, f"cannot write the site: {exc.strerror} ({shown})",
                                      "a page's path is too long for this file system: "
                                      "shorten the id of the record it shows")
    else:
        assert isinstance(exc, OSError)
        diagnostics.environment_error(where, f"cannot write the site: {exc.strerror or exc} ({exc.filename})",
                                      "check that the output folder's parent exists and is writable, "
                                      "and that the disk has room")
