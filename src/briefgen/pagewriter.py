"""Render every page straight into the staging folder, keeping of each only
the link check's summary, never its HTML; in worker processes when there are
enough pages to pay for them. A page the last build wrote with the same
fingerprint is kept instead (pagereuse.py).

Workers are forked once the pages are planned, so they inherit the plans,
the site's views and the Jinja environment rather than receiving copies;
each makes the view data of a share of the pages at a time, renders (or
keeps), writes and summarises them, and sends back only the summaries and
record entries. The outcome is the serial one: the same files, the same
summaries, and the first failure in the page order reported the same way.
The site's other files (its data files, made from the whole library) are
written by `write_others`, in whichever process the caller runs it
(stages.py: a worker of their own, while the pages are planned)."""
from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection, wait

import jinja2

from . import parsepool
from .current import current, working_on
from .gcpause import collector_frozen, collector_paused
from .linkcheck import LinkChecker, PageSummary, summarise
from .pageinputs import PageInputs
from .pagereuse import Fingerprints, LastPages, NewPages, written
from .render import TemplateFailed, TemplateProblem, render_page, template_problem
from .views import PagePlan
from .write import Staging

# Below this many pages, forking and feeding workers costs more than it saves.
PARALLEL_FROM = 1500
SHARE_MOST, SHARE_LEAST = 200, 25  # pages a worker takes at a time: small enough to balance the load
# A page whose last file was this large is a share of its own, handed out
# before the others, largest first. The pages that list the brief (the
# timeline, the country every record names) take a second or more each to
# make at 4,000 sources; in one share with the pages around them, they kept
# one worker busy for seconds after the other had run out of pages.
ALONE_FROM = 64 * 1024


@dataclass
class Reuse:
    """A build's page fingerprints, the last build's record of its pages,
    the record of this build's (pagereuse.py), and the digests of what pages
    read (pageinputs.py)."""
    fingerprints: Fingerprints
    last: LastPages
    new: NewPages
    inputs: PageInputs


# The site's files besides its pages: relative path -> bytes.
OtherFiles = Callable[[], dict[str, bytes]]


def write_pages(env: jinja2.Environment, pages: list[PagePlan], site: Staging, links: LinkChecker, reuse: Reuse,
                workers: int | None = None) -> None:
    """Render, write and summarise every page, or keep the last build's file
    of a page that would be the same. Raises jinja2.TemplateError (or
    TemplateFailed, from a worker) for the first page in order whose
    template fails, OSError for a file that cannot be written."""
    reuse.fingerprints.prepare(dict.fromkeys(page.template for page in pages))
    count = worker_count(len(pages)) if workers is None else workers
    if count > 1:
        _in_workers(env, pages, site, links, reuse, count)
        return
    for page in pages:
        summary, entry, kept = _make(env, page, site, links.base, reuse)
        reuse.new.add(page.path, entry, links.adopt(page.path, summary), kept)
        reuse.last.done(page.path)
    reuse.inputs.keep({})


def write_others(others: OtherFiles, site: Staging, base: str) -> list[tuple[str, PageSummary | None]]:
    """Each file `others()` makes, written, with its summary if it is a page
    (`base`: the link checker's): plain data, to send from a worker."""
    written_files = []
    for path, data in others().items():
        site.write(path, data)
        written_files.append((path, summarise(path, data.decode("utf-8"), base) if path.endswith(".html") else None))
    return written_files


def take_in(others: list[tuple[str, PageSummary | None]], site: Staging, links: LinkChecker) -> None:
    """The other files, as write_others gives them (here or in a worker), recorded."""
    for path, summary in others:
        site.adopt(path)
        if summary is not None:
            links.adopt(path, summary)


def _make(env: jinja2.Environment, plan: PagePlan, site: Staging, base: str,
          reuse: Reuse) -> tuple[PageSummary, list | None, bool]:
    """One page into the site: its link-check summary, its record entry, and
    whether it was kept from the last build rather than rendered. A page
    whose inputs are those of the last build is kept without being made; one
    whose view data is the same is kept without being rendered."""
    template = reuse.fingerprints.template(plan.template)
    if template is not None:
        kept = reuse.last.keep_unmade(plan.path, partial(reuse.inputs.of, plan, template), site)
        if kept is not None:
            return kept[0], kept[1], True
    # A large page's objects would set off full collections again and again (a dozen in one
    # worker at 4,000 sources); they are freed when it is written.
    with collector_paused():
        with working_on(f"the view data of page {plan.path}"), reuse.inputs.reading() as read:
            page = plan.build()
        inputs = reuse.inputs.recorded(plan, template, list(read))
        fingerprint = reuse.fingerprints.of(page)
        kept = reuse.last.keep(page.path, fingerprint, site, inputs)
        if kept is not None:
            return kept[0], kept[1], True
        html = render_page(env, page)
        site.write(page.path, html.encode("utf-8"))
        return summarise(page.path, html, base), written(site, page.path, fingerprint, inputs), False


def worker_count(pages: int) -> int:
    """The processes worth using: one per usable CPU, for a large enough site,
    where processes can be forked."""
    if pages < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    usable = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else range(os.cpu_count() or 1)
    return max(1, min(len(usable), pages // SHARE_LEAST))


@dataclass(frozen=True)
class _Share:
    """What a worker sends back for pages[start:stop]: what it made of each
    page it wrote, and why it stopped early, if it did."""
    # Per page: see _make; for a page kept as the last build recorded it, (None, its new file's
    # [size, mtime_ns, inode], True): the build's process has the rest (at 10,000 sources, 70 MB
    # of copies of what it holds).
    made: list[tuple[PageSummary | None, list | None, bool]]
    digests: dict[str, bytes]  # the entries' digests worked out afresh (PageInputs.made_afresh)
    problem: TemplateProblem | None = None  # a template error, as the editor is told it
    error: BaseException | None = None  # anything else (a full disk), raised again by the parent
    doing: object = None  # what the worker was working on then, for the report of an unforeseen error


# What a worker inherits when it is forked: (environment, pages, staging, link base, reuse).
_job: tuple[jinja2.Environment, list[PagePlan], Staging, str, Reuse] | None = None


def _in_workers(env: jinja2.Environment, pages: list[PagePlan], site: Staging, links: LinkChecker, reuse: Reuse,
                count: int) -> None:
    global _job
    size = max(SHARE_LEAST, min(SHARE_MOST, len(pages) // (count * 8)))
    shares, order = _shares(pages, size, reuse.last.recorded_size)
    # Not compiled here: a worker compiles the templates of the pages it renders (Jinja compiles on first
    # use), where a rebuild renders a page or two (0.2-0.4 s of compiling saved at 4,000 sources), and a
    # cold build's workers compile side by side what this process would compile before forking them.
    _job = (env, pages, site, links.base, reuse)
    try:
        with collector_frozen(), _crew(count) as pipes:  # workers leave what they inherit alone
            _share_entries(pipes)
            failures, digests = _run(pipes, shares, order, pages, site, links, reuse)
    finally:
        _job = None
    if failures:
        first = failures[min(failures)]
        if first.problem is not None:
            raise TemplateFailed(first.problem)
        with working_on(first.doing):
            raise first.error
    reuse.inputs.keep(digests)


def _shares(pages: list[PagePlan], size: int,
            recorded_size: Callable[[str], int]) -> tuple[list[tuple[int, int]], list[int]]:
    """The pages cut into shares of at most `size` pages, in page order, a
    page whose last file was large a share of its own (ALONE_FROM); and the
    order to hand the shares out in: those alone first, largest first, then
    the others in page order."""
    shares: list[tuple[int, int]] = []
    alone: list[tuple[int, int]] = []  # (minus its last size, its share)
    start = 0
    for index, page in enumerate(pages):
        last_size = recorded_size(page.path)
        if last_size >= ALONE_FROM:
            shares += [(first, min(first + size, index)) for first in range(start, index, size)]
            alone.append((-last_size, len(shares)))
            shares.append((index, index + 1))
            start = index + 1
    shares += [(first, min(first + size, len(pages))) for first in range(start, len(pages), size)]
    first = [share for _, share in sorted(alone)]
    return shares, first + sorted(set(range(len(shares))) - set(first))


def _share_entries(pipes: dict[Connection, multiprocessing.Process]) -> None:
    """Each worker works out its part of the entries many pages read (the
    pages that list the brief read every record), and takes in the others'
    parts: each entry is worked out once, not once in every worker."""
    for part, pipe in enumerate(pipes):
        pipe.send(("entries", part, len(pipes)))
    parts = [_received(pipe, pipes[pipe]) for pipe in pipes]
    for part, pipe in enumerate(pipes):
        pipe.send(("take in", parts[:part] + parts[part + 1:]))


def _received(pipe: Connection, process: multiprocessing.Process):
    """A worker's answer; RuntimeError if the worker is gone."""
    try:
        return pipe.recv()
    except (EOFError, OSError):
        process.join()
        raise RuntimeError(f"a worker process rendering pages ended unexpectedly "
                           f"(exit code {process.exitcode})") from None


def _run(pipes: dict[Connection, multiprocessing.Process], shares: list[tuple[int, int]], order: list[int],
         pages: list[PagePlan], site: Staging, links: LinkChecker,
         reuse: Reuse) -> tuple[dict[int, _Share], dict[str, bytes]]:
    """Hand out the shares in `order`, one per idle worker, and take in the
    summaries and the digests worked out afresh. After a failure, no share
    later in page order is handed out, and the earlier ones finish: the
    failure to report is the first in the serial order."""
    waiting = list(order)
    busy: dict[Connection, int] = {}
    failures: dict[int, _Share] = {}
    digests: dict[str, bytes] = {}

    def hand_out(pipe: Connection) -> None:
        wanted = next((index for index in waiting if not failures or index < min(failures)), None)
        if wanted is not None:
            waiting.remove(wanted)
            pipe.send(("share", *shares[wanted]))
            busy[pipe] = wanted

    for pipe in pipes:
        hand_out(pipe)
    while busy:
        sentinels = {pipes[pipe].sentinel: pipe for pipe in busy}
        for ready in wait([*busy, *sentinels]):
            pipe = sentinels.get(ready, ready)
            if pipe not in busy:
                continue  # its result and its end were both ready: taken already
            share: _Share = _received(pipe, pipes[pipe])
            index = busy.pop(pipe)
            if share.problem is not None or share.error is not None:
                failures[index] = share
            hand_out(pipe)  # before taking in this share's pages, so the worker is not kept waiting
            digests.update(share.digests)
            start, _ = shares[index]
            for offset, (summary, entry, kept) in enumerate(share.made):
                path = pages[start + offset].path
                if summary is None:
                    summary, entry = reuse.last.recorded(path, entry)
                site.adopt(path)
                reuse.new.add(path, entry, links.adopt(path, summary), kept)
                reuse.last.done(path)
    return failures, digests


@contextmanager
def _crew(count: int) -> Iterator[dict[Connection, multiprocessing.Process]]:
    """`count` forked workers, each behind its own pipe; on the way out, by
    any way, they are ended and waited for: none outlives the build."""
    context = multiprocessing.get_context("fork")
    pipes: dict[Connection, multiprocessing.Process] = {}
    finished = False
    try:
        for _ in range(count):
            ours, theirs = context.Pipe()
            process = context.Process(target=_work, args=(theirs, os.getpid()), daemon=True)
            parsepool.forked(process.start)
            theirs.close()
            pipes[ours] = process
        yield pipes
        for pipe in pipes:
            pipe.send(None)  # done: the worker returns
        finished = True
    finally:
        for pipe, process in pipes.items():
            if finished:
                process.join(timeout=10)
            if process.exitcode is None:
                process.kill()
                process.join()
            pipe.close()


def _work(pipe: Connection, parent: int) -> None:
    """A worker's life: shares in, summaries out, until told it is done."""
    parsepool.worker_started(parent)
    while True:
        try:
            message = pipe.recv()
        except EOFError:
            return
        if message is None:
            return
        verb, *arguments = message
        if verb == "entries":
            pipe.send(_shared_part(*arguments))
        elif verb == "take in":
            _take_in(*arguments)
        else:  # a share of the pages
            pipe.send(_render_share(*arguments))


def _shared_part(part: int, parts: int) -> dict[str, bytes]:
    """This worker's part of the shared entries; none if working them out
    fails (the pages that read them then work them out, and report it)."""
    assert _job is not None
    *_, reuse = _job
    try:
        return reuse.inputs.shared_part(part, parts)
    except Exception:
        return {}


def _take_in(parts: list[dict[str, bytes]]) -> None:
    assert _job is not None
    *_, reuse = _job
    for entries in parts:
        reuse.inputs.take_in(entries)


def _render_share(start: int, stop: int) -> _Share:
    assert _job is not None
    env, pages, site, base, reuse = _job
    made: list[tuple[PageSummary | None, list | None, bool]] = []
    try:
        for page in pages[start:stop]:
            summary, entry, kept = _make(env, page, site, base, reuse)
            placed = reuse.last.as_recorded(page.path, summary, entry) if kept else None
            made.append((summary, entry, kept) if placed is None else (None, placed, True))
    except jinja2.TemplateError as exc:
        return _Share(made, {}, problem=template_problem(exc))
    except Exception as exc:
        return _Share(made, {}, error=_sendable(exc), doing=_sendable(current()))
    return _Share(made, reuse.inputs.made_afresh())


def _sendable(value):
    """`value` if it survives the pipe, else its words."""
    try:
        pickle.dumps(value)
        return value
    except Exception:
        if isinstance(value, BaseException):
            return RuntimeError(f"{type(value).__name__}: {value}")
        return str(value)
