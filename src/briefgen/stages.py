"""The stages of a full build, in order:

sources + facts → validate → link → (stop on errors) → views → render and
write into a staging folder → search index → link check → swap it in.

Kept apart from build.py, which imports this module only when a build
runs: a rebuild of unchanged inputs then never loads Jinja, Markdown or
the checks (a third of a second, more than the rest of it)."""
from __future__ import annotations

import errno
import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from functools import cache, partial
from pathlib import Path

import jinja2

from . import anchors, exports, labels, pagereuse, pagewriter, parsepool, staticfolder
from .config import Project
from .current import working_on
from .diagnostics import Diagnostics, Location, os_reason
from .gcpause import collector_paused, settle
from .keptobjects import go_on, keeping
from .library import load_library
from .linkcheck import LinkChecker, PageSummary, check_links
from .locks import LockFileInTheWay, OutputLocked, output_lock
from .model import Library
from .outguard import MARKER, output_location
from .pages import all_pages, planned_alone
from .pageinputs import PageInputs
from .pagereuse import Fingerprints, LastPages, NewPages
from .pagewriter import Reuse, take_in, write_others, write_pages
from .render import TemplateFailed, check_templates, environment, render_page, report_template_error, static_files
from .urls import site_base
from .result import Result, StageTimer
from .routes import check_collisions
from .search import SEARCH_FOLDER, SearchIndexError, index_folder_into
from .views import PagePlan, SiteViews
from .write import OutputRefused, Staging, WriteFailed


# What `preview` is given: the HTML of those of the paths asked for that the new site has.
Rendered = Callable[[Iterable[str]], dict[str, bytes]]


def run(project: Project, diagnostics: Diagnostics, strict: bool, progress: Callable[[str], None] | None,
        started: float, published: Callable[[], None] | None = None,
        preview: Callable[[Rendered], None] | None = None) -> Result:
    # What the stages make lives to the end of the build (gcpause.settle, within build()'s frozen
    # block); collections walk it again only then. The overreach check's warnings may come while
    # the views are made (library.load_library).
    with ExitStack() as checking:
        return _run(project, diagnostics, strict, progress, started, published, preview, checking)


def _run(project: Project, diagnostics: Diagnostics, strict: bool, progress: Callable[[str], None] | None,
         started: float, published: Callable[[], None] | None, preview: Callable[[Rendered], None] | None,
         checking: ExitStack) -> Result:
    timer = StageTimer(progress)

    def failed() -> Result:
        checking.close()  # every check's diagnostics in
        return Result(diagnostics, None, seconds=time.perf_counter() - started)

    library = load_library(project, diagnostics, later=checking)
    check_templates(project.templates, project.root, diagnostics)
    published_as_is = staticfolder.listed(project.root, diagnostics)
    timer.lap("load", "rendering pages")
    if library is not None:
        check_collisions(library, diagnostics)
    if strict:
        checking.close()  # a warning to come fails the build too
        diagnostics.escalate_warnings()
    if diagnostics.errors or library is None:
        return failed()
    env = environment(project.templates, project.language, labels.table(project.language, project.labels))
    where = output_location(project.out, project.root)
    with ExitStack() as stack:
        try:
            stack.enter_context(working_on(project.out))
            stack.enter_context(output_lock(project.out))
            site = stack.enter_context(Staging(project.out))
        except (OutputRefused, OutputLocked, LockFileInTheWay, OSError) as exc:
            _output_failed(exc, where, diagnostics)
            return failed()
        if not project.search:
            site.reserve(SEARCH_FOLDER)  # serve puts the index there once the site is in place
        data_files = partial(_data_files, library, project, env)

        def data_beside() -> Callable[[], list[tuple[str, PageSummary | None]] | None]:
            """The data files need only the library: a worker makes them meanwhile."""
            return stack.enter_context(parsepool.beside(
                partial(write_others, data_files, site, site_base(project.base_url)),
                wanted=pagewriter.worker_count(len(library.records) + len(library.sources)) > 1))

        # Started before the views are made; but after the pages shown early (serve), which the fork,
        # and the copies of memory it costs this process as it goes on, would delay (0.1 s at 1,000 sources).
        data_aside = data_beside() if preview is None else None
        with working_on("the page views"), collector_paused():
            views = SiteViews(library, project)
            settle()
        fingerprints = Fingerprints(env, library.source_meta)
        reuse = Reuse(fingerprints, LastPages(project.cache, project.out, not project.clean), NewPages(),
                      PageInputs(views, fingerprints))
        stack.callback(reuse.last.release)  # also when the build fails
        site_plans = cache(partial(_planned, views))
        if preview is not None:  # the brief passed its checks: pages can be shown before the site is written
            preview(partial(_rendered, env, views, site_plans, reuse))
        if data_aside is None:
            data_aside = data_beside()
        pages = site_plans()
        checking.close()
        timer.lap("views")
        links = LinkChecker(project.base_url, reuse.last.leads)  # numbered as the kept pages' leads are
        try:
            written = _write_files(site, links, env, pages, reuse, project, diagnostics, timer,
                                   lambda: data_aside() or write_others(data_files, site, links.base),
                                   published_as_is)
        except WriteFailed as exc:
            _output_failed(exc, where, diagnostics)
            return failed()
        if not written:
            return failed()
        reuse.last.release()
        # Every page is made: what made them goes before the search index and the link check
        # (the views, the pages' plans and the digests of what they read: 48 MB at 10,000 sources).
        templates = {page.path: page.template for page in pages}
        new_pages = reuse.new
        del views, pages, reuse, site_plans
        # A full collection would only walk the records of the pages (half a second at 4,000
        # sources), and little of what follows is garbage.
        stack.enter_context(collector_paused())
        if not keeping():  # a process that builds again keeps the record for its next build anyway
            # Written now and let go of, rather than held beside Pagefind and the link check.
            new_pages.write_ahead(project.cache, project.out, links.leads)
            stack.callback(new_pages.discard)  # a build that fails from here on
        if project.search and not _search_index(site, project, diagnostics, timer):
            return failed()
        with working_on("the link check"):
            checked = check_links(links, site.files, templates, project.out, diagnostics,
                                  {prose.output: prose.path for prose in library.pages})
        timer.lap("links", "writing the site")
        if diagnostics.errors:
            return failed()
        try:
            site.publish()
        except (OutputRefused, OSError) as exc:
            _output_failed(exc, where, diagnostics)
            return failed()
        if published is not None:
            published()
        html = len(site.pages)
        site_files = (MARKER, *site.files)
        new_pages.save(project.cache, project.out, links.leads)
        # The permalinks just published, so the next check can tell when one moves.
        anchors.save(project.cache, project.out, dict(library.records))
    timer.lap("write")
    return Result(diagnostics, library, html, time.perf_counter() - started, project.out, timer.stages, checked,
                  kept=new_pages.kept, files=site_files)


def read_ahead(project: Project) -> None:
    """What a rebuild in this process then takes at once, worked out as a
    build works it out, reporting nothing and writing no page (`serve`,
    while it waits for the first edit): the sources and fact files read and
    checked (the kept objects and the checks' memos keep what was found),
    the templates compiled and the last build's record of its pages decoded
    (pagereuse.read_ahead), and the digests of the records and sources the
    pages read (pageinputs.py). Raises keptobjects.Abandoned once the edit comes."""
    library = load_library(project, Diagnostics(project.root))
    go_on()
    env = environment(project.templates, project.language, labels.table(project.language, project.labels))
    pagereuse.read_ahead(env, project.cache, project.out)
    if library is None:
        return
    go_on()
    with collector_paused():
        views = SiteViews(library, project)
        settle()
    go_on()
    PageInputs(views, Fingerprints(env, library.source_meta)).prime()


def _write_files(site: Staging, links: LinkChecker, env: jinja2.Environment, pages: list[PagePlan], reuse: Reuse,
                 project: Project, diagnostics: Diagnostics, timer: StageTimer,
                 data_files: Callable[[], list[tuple[str, PageSummary | None]]],
                 published_as_is: dict[str, Path]) -> bool:
    """Every file of the site, into the staging folder as it is made, each
    HTML file summarised for the link check; False after a reported error.
    `data_files()` writes the data files, or gives them as a worker wrote
    them; a failure among them is reported after the pages', as in their order.
    The files of static/ (`published_as_is`) come last: one may not take the place of a made file."""
    try:
        write_pages(env, pages, site, links, reuse)
        take_in(data_files(), site, links)
        sitemap = partial(exports.sitemap, project, env, [page.path for page in pages])
        take_in(write_others(sitemap, site, links.base), site, links)
        for path, data in static_files(project.templates).items():
            _add(site, links, path, data)
        if not staticfolder.copy(published_as_is, site, diagnostics):
            return False
    except (jinja2.TemplateError, TemplateFailed) as exc:  # a project's own template: the editor's to fix
        report_template_error(exc, project.templates, diagnostics)
        return False
    timer.lap("render", "indexing for search" if project.search else "checking links")
    return True


def _planned(views: SiteViews) -> list[PagePlan]:
    with working_on("the page views"), collector_paused():
        pages = all_pages(views)
        settle()
    return pages


def _rendered(env: jinja2.Environment, views: SiteViews, site_plans: Callable[[], list[PagePlan]], reuse: Reuse,
              paths: Iterable[str]) -> dict[str, bytes]:
    """Those of the pages at `paths` that the site has and whose inputs
    changed since the last build, each made and rendered as write_pages
    makes it; none whose template fails (the build reports it). A page
    showing one record or source is planned alone; the site is planned
    (`site_plans()`, which the build then takes) only for a page listing many."""
    wanted = set(paths)
    made: dict[str, bytes] = {}
    if not wanted:  # no page open: nothing to plan
        return made
    with collector_paused():
        plans = planned_alone(views, wanted)
        if len(plans) < len(wanted):
            plans = {plan.path: plan for plan in site_plans() if plan.path in wanted} | plans
        for path in sorted(wanted):
            plan = plans.get(path)
            if plan is None or _inputs_unchanged(plan, reuse):
                continue
            try:
                made[path] = render_page(env, plan.build()).encode("utf-8")
            except Exception:  # reported where the build renders it
                continue
    return made


def _inputs_unchanged(plan: PagePlan, reuse: Reuse) -> bool:
    """Whether the page read nothing that changed since the last build (as write_pages tells)."""
    template = reuse.fingerprints.template(plan.template)
    return template is not None and reuse.last.inputs_unchanged(plan.path, partial(reuse.inputs.of, plan, template))


def _search_index(site: Staging, project: Project, diagnostics: Diagnostics, timer: StageTimer) -> bool:
    """The search index into the staging folder; False after a reported error."""
    try:
        with working_on("the search index (.briefgen-cache/search)"):
            for path in index_folder_into(site.folder, project.cache / "search", project.language, site.folder):
                site.adopt(path)  # scripts, styles and index files: no page among them
        timer.lap("search", "checking links")
    except SearchIndexError as exc:
        diagnostics.environment_error(output_location(project.out, project.root), f"search index failed: {exc}", exc.hint)
        return False
    return True


def _data_files(library: Library, project: Project, env: jinja2.Environment) -> dict[str, bytes]:
    with working_on("the data files (data/, feed.xml)"), collector_paused():
        return exports.data_files(library, project, env)


def _add(site: Staging, links: LinkChecker, path: str, data: bytes) -> None:
    site.write(path, data)
    if path.endswith(".html"):
        links.add(path, data)


def _output_failed(exc: Exception, where: Location, diagnostics: Diagnostics) -> None:
    if isinstance(exc, OutputRefused):
        diagnostics.environment_error(where, exc.refusal.message, exc.refusal.hint)
    elif isinstance(exc, OutputLocked):
        diagnostics.environment_error(where, str(exc), "wait for the other build to finish")
    elif isinstance(exc, LockFileInTheWay):
        diagnostics.environment_error(where, f"cannot lock the output folder: {exc.path} is a link or a folder",
                                      f"move it away: briefgen makes {exc.path.name} beside the output folder "
                                      "as a file of its own while it writes there")
    elif isinstance(exc, WriteFailed) and exc.errno == errno.ENAMETOOLONG:
        shown = str(exc.filename)
        shown = shown if len(shown) <= 80 else shown[:79] + "…"
        diagnostics.environment_error(where, f"cannot write the site: {os_reason(exc)} ({shown})",
                                      "a page's path is too long for this file system: "
                                      "shorten the id of the record it shows")
    else:
        assert isinstance(exc, OSError)
        diagnostics.environment_error(where, f"cannot write the site: {os_reason(exc, with_file=True)}",
                                      "check that the output folder's parent exists and is writable, "
                                      "and that the disk has room")
