"""Pages are rendered straight into the staging folder, by forked worker
processes when the site is large: the site is byte-identical to the one a
single process writes, a failure is reported exactly as a single process
reports it, the previous site stays whole, and no worker outlives the build."""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jinja2
import pytest

from briefgen import build, exports, pagewriter
from briefgen.cli import main
from briefgen.outguard import MARKER, marker_listing
from conftest import published, write_project

MEETINGS = 40


def meetings_project(count: int = MEETINGS) -> dict[str, str]:
    """A brief of `count` sources, each cited by a meeting: enough pages for many small shares."""
    files = {"content/countries.yaml": "- id: kz\n  name: Kazakhstan\n  focus: true\n"}
    sources, meetings = [], []
    for i in range(count):
        files[f"seeds/log-{i}.txt"] = (f"Meeting log {i}\nMeeting number {i} took place in Astana on "
                                       f"{1 + i % 28} August 2024.\n")
        sources.append(f"- id: log-{i}\n  title: Meeting log {i}\n  publisher: Publisher {i % 3}\n")
        meetings.append(f"- id: meeting-{i}\n  name: Meeting {i}\n  date: 2024-08-{1 + i % 28:02d}\n"
                        f"  countries: [kz]\n  claims:\n    - text: Meeting {i} took place in Astana.\n"
                        f"      cite:\n        - source: log-{i}\n"
                        f"          quote: \"Meeting number {i} took place in Astana on {1 + i % 28} August 2024.\"\n")
    files["content/sources.yaml"] = "".join(sources)
    files["content/meetings.yaml"] = "".join(meetings)
    return files


def tree(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith((".site-new-", ".site-old-")))


def children() -> list[int]:
    """Processes this test process started that are still there."""
    found = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            found += [int(pid) for pid in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


@pytest.fixture
def workers(monkeypatch, tmp_path):
    """Force three workers taking one to three pages at a time, and record
    which processes rendered: the pids file proves the workers did the work."""
    pids = tmp_path / "rendered-by"
    real = pagewriter.render_page
    slow: set[str] = set()

    def recorded(env, page):
        with open(pids, "a", encoding="ascii") as handle:
            handle.write(f"{os.getpid()}\n")
        if page.path in slow:
            time.sleep(0.5)
        return real(env, page)

    def use(on: bool) -> None:
        monkeypatch.setattr(pagewriter, "worker_count", (lambda pages: 3) if on else (lambda pages: 1))
        monkeypatch.setattr(pagewriter, "SHARE_LEAST", 1)
        monkeypatch.setattr(pagewriter, "SHARE_MOST", 3)
        monkeypatch.setattr(pagewriter, "render_page", recorded)
        pids.unlink(missing_ok=True)

    def renderers() -> set[int]:
        return {int(line) for line in pids.read_text(encoding="ascii").split()} if pids.exists() else set()

    use.renderers = renderers
    use.slow = slow
    return use


def test_parallel_rendering_writes_the_very_site_serial_rendering_writes(tmp_path, workers):
    project = write_project(tmp_path / "project", meetings_project())
    workers(False)
    serial = build(project, out=tmp_path / "serial", search=False, clean=True)
    assert serial.ok, [d.format() for d in serial.diagnostics.items]
    assert workers.renderers() == {os.getpid()}
    workers(True)
    parallel = build(project, out=tmp_path / "parallel", search=False, clean=True)
    assert parallel.ok, [d.format() for d in parallel.diagnostics.items]
    rendered_by = workers.renderers()
    assert os.getpid() not in rendered_by and len(rendered_by) >= 2
    assert tree(tmp_path / "parallel") == tree(tmp_path / "serial")
    assert (parallel.pages, parallel.links) == (serial.pages, serial.links) and parallel.pages > 2 * MEETINGS
    assert [d.format() for d in parallel.diagnostics.items] == [d.format() for d in serial.diagnostics.items]
    assert children() == []


def test_a_render_worker_leaves_stopping_to_the_build_as_every_worker_does(tmp_path, workers, monkeypatch):
    """Ctrl-C, SIGTERM and SIGHUP reach the whole process group: the build
    alone unwinds and ends its workers, which ignore them (parsepool.worker_started)."""
    seen = tmp_path / "signals-in-workers"
    real = pagewriter.render_page

    def noting(env, page):
        with open(seen, "a", encoding="ascii") as handle:
            handle.write(" ".join(str(signal.getsignal(number) == signal.SIG_IGN)
                                  for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)) + "\n")
        return real(env, page)

    workers(True)
    monkeypatch.setattr(pagewriter, "render_page", noting)
    assert build(write_project(tmp_path / "project", meetings_project()), search=False).ok
    assert set(seen.read_text(encoding="ascii").splitlines()) == {"True True True"}
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the build's own, untouched


def test_a_worker_of_their_own_makes_the_data_files_while_the_pages_are_planned(tmp_path, workers, monkeypatch):
    made_by = tmp_path / "data-files-made-by"
    real = exports.data_files

    def recorded(*args):
        made_by.write_text(str(os.getpid()), encoding="ascii")
        return real(*args)

    monkeypatch.setattr(exports, "data_files", recorded)
    project = write_project(tmp_path / "project", meetings_project())
    workers(True)
    assert build(project, search=False, clean=True).ok
    assert int(made_by.read_text(encoding="ascii")) not in (os.getpid(), *children())
    assert (project / "site" / "data" / "briefgen.json").is_file() and (project / "site" / "feed.xml").is_file()
    workers(False)
    assert build(project, out=tmp_path / "serial", search=False, clean=True).ok
    assert int(made_by.read_text(encoding="ascii")) == os.getpid()
    assert tree(project / "site") == tree(tmp_path / "serial")


def test_a_broken_feed_template_is_reported_as_in_serial_mode(tmp_path, workers, capsys):
    project = write_project(tmp_path / "project", meetings_project() | {
        "templates/feed.xml": "<feed>\n{{ title.nothing.here }}\n"})
    err, out, code = failing_both_ways(project, workers, capsys)
    assert code == 1
    assert err.startswith("templates/feed.xml:2:1: error: template error: ")


def test_a_page_failing_and_the_feed_failing_report_the_page_as_in_serial_mode(tmp_path, workers, capsys):
    """The data files are made first in a worker, but come after the pages in the serial order."""
    project = write_project(tmp_path / "project", meetings_project() | {
        "templates/feed.xml": "{{ title.nothing.here }}\n",
        "templates/source.html": '{% extends "briefgen/source.html" %}\n{% block main %}{{ page.nothing.here }}'
                                 "{% endblock %}\n"})
    err, _, code = failing_both_ways(project, workers, capsys)
    assert code == 1
    assert err.startswith("templates/source.html:2:1: error: template error:")


def test_workers_keep_the_unchanged_pages_of_the_last_build(tmp_path, workers):
    project = write_project(tmp_path / "project", meetings_project())
    workers(True)
    assert build(project, search=False).ok
    meetings = project / "content" / "meetings.yaml"
    meetings.write_text(meetings.read_text().replace("Meeting 7 took place", "Meeting 7 was held", 1))
    again = build(project, search=False)
    assert again.ok, [d.format() for d in again.diagnostics.items]
    assert 0 < again.kept < again.pages - 1  # the meeting's page and its source's page are rendered
    assert os.getpid() not in workers.renderers()
    workers(False)
    assert build(project, out=tmp_path / "clean", search=False, clean=True).ok
    assert tree(project / "site") == tree(tmp_path / "clean")
    assert children() == []


def test_a_worker_sends_back_only_the_new_file_of_a_page_kept_as_the_record_has_it(tmp_path, workers, monkeypatch):
    project = write_project(tmp_path / "project", meetings_project())
    workers(True)
    assert build(project, search=False).ok
    sent = []
    received = pagewriter._received

    def recording(pipe, process):
        answer = received(pipe, process)
        if isinstance(answer, pagewriter._Share):
            sent.extend(answer.made)
        return answer

    monkeypatch.setattr(pagewriter, "_received", recording)
    meetings = project / "content" / "meetings.yaml"
    text = meetings.read_text()
    meetings.write_text(text.replace("Meeting 7 took place", "Meeting 7 was held", 1))
    again = build(project, search=False)
    assert again.ok and 0 < again.kept < again.pages - 1
    as_recorded = [made for made in sent if made[0] is None]
    assert len(as_recorded) == again.kept  # no summary, no fingerprint, no read set: the parent has them
    assert all(kept and len(placed) == 3 and all(type(n) is int for n in placed) for _, placed, kept in as_recorded)
    # The record the parent made of them serves the next build as well as a serial one.
    meetings.write_text(text)
    third = build(project, search=False)
    assert third.ok and third.kept == again.kept
    workers(False)
    assert build(project, out=tmp_path / "clean", search=False, clean=True).ok
    assert tree(project / "site") == tree(tmp_path / "clean")


# Meeting 3's event page names what no template receives; every source page includes a missing template.
FAILING_TEMPLATES = {
    "templates/event.html": '{% extends "briefgen/event.html" %}\n{% block extra %}\n'
                            '{% if record.name == "Meeting 3" %}{{ page.editor.name }}{% endif %}\n'
                            "{% endblock %}\n",
    "templates/source.html": '{% extends "briefgen/source.html" %}\n{% block main %}\n'
                             "{% include 'sidebar.html' %}\n{% endblock %}\n"}


def handed_out(monkeypatch) -> list:
    """The shares each build cuts the pages into, in the order it hands them out: lists of page paths."""
    orders = []
    cut = pagewriter._shares

    def recording(pages, size, recorded_size):
        shares, order = cut(pages, size, recorded_size)
        orders.append([[page.path for page in pages[slice(*shares[index])]] for index in order])
        return shares, order

    monkeypatch.setattr(pagewriter, "_shares", recording)
    return orders


def test_the_largest_pages_of_the_last_build_go_out_first_each_alone(tmp_path, workers, monkeypatch):
    """The pages that list the brief take longest to make: each is a share
    of its own, handed out before the rest, largest first, so that no
    worker is left with them after the others have run out of pages."""
    project = write_project(tmp_path / "project", meetings_project())
    workers(True)
    assert build(project, search=False).ok
    sizes = {path.relative_to(project / "site").as_posix(): path.stat().st_size
             for path in (project / "site").rglob("*.html")}
    threshold = sorted(sizes.values())[-3]
    monkeypatch.setattr(pagewriter, "ALONE_FROM", threshold)
    orders = handed_out(monkeypatch)
    meetings = project / "content" / "meetings.yaml"
    meetings.write_text(meetings.read_text() + (
        "- id: meeting-extra\n  name: Meeting extra\n  date: 2024-08-01\n  countries: [kz]\n  claims:\n"
        "    - text: Meeting 0 took place in Astana.\n      cite:\n        - source: log-0\n"
        "          quote: \"Meeting number 0 took place in Astana on 1 August 2024.\"\n"))
    again = build(project, search=False)
    assert again.ok, [d.format() for d in again.diagnostics.items]
    [order] = orders
    large = {path for path, size in sizes.items() if size >= threshold}
    first = order[:len(large)]
    assert all(len(share) == 1 for share in first) and {path for [path] in first} == large
    assert [sizes[path] for [path] in first] == sorted((sizes[path] for [path] in first), reverse=True)
    paths = [path for share in order for path in share]
    assert len(paths) == len(set(paths)) and set(paths) == set(sizes) | {"events/meeting-extra/index.html"}
    workers(False)
    assert build(project, out=tmp_path / "clean", search=False, clean=True).ok
    assert tree(project / "site") == tree(tmp_path / "clean")
    assert children() == []


def test_a_failure_is_reported_in_page_order_whatever_order_the_shares_go_out_in(tmp_path, workers, capsys,
                                                                                monkeypatch):
    """Every page alone, the largest first: the source pages (larger than
    the event pages before them) fail at once, the event page slowly, and
    the event's error is still the one reported, as in serial mode."""
    project = write_project(tmp_path / "project", meetings_project())
    workers(True)
    assert build(project, search=False).ok
    monkeypatch.setattr(pagewriter, "ALONE_FROM", 1)
    orders = handed_out(monkeypatch)
    write_project(project, FAILING_TEMPLATES)
    workers.slow.add("events/meeting-3/index.html")
    capsys.readouterr()
    outcomes = []
    for parallel in (False, True):
        workers(parallel)
        outcomes.append((main(["--root", str(project), "build", "--no-search"]), capsys.readouterr()))
    [order] = orders
    first_source = min(i for i, [path] in enumerate(order) if path.startswith("sources/"))
    assert first_source < order.index(["events/meeting-3/index.html"])  # the later error met first
    (serial_code, serial), (parallel_code, parallel) = outcomes
    assert (parallel_code, parallel.out, parallel.err) == (serial_code, serial.out, serial.err)
    assert serial.err.startswith("templates/event.html:3:1: error: template error: 'dict object' has no attribute")
    assert children() == []


def test_the_digests_workers_work_out_are_kept_for_the_next_build(tmp_path, workers):
    """In a process that builds again, the workers send back the digests of
    the page inputs they worked out afresh, and this process keeps them."""
    from briefgen import pageinputs
    from briefgen.tracked import key_of
    project = write_project(tmp_path / "project", meetings_project())
    workers(True)
    assert build(project, search=False).ok
    pageinputs._KEPT.clear()
    meetings = project / "content" / "meetings.yaml"
    meetings.write_text(meetings.read_text().replace("Meeting 7 took place", "Meeting 7 was held", 1))
    again = build(project, search=False)
    assert again.ok, [d.format() for d in again.diagnostics.items]
    assert os.getpid() not in workers.renderers()
    records = {key_of("rec", record) for record in again.library.records}
    assert len(records) > MEETINGS and records <= set(pageinputs._KEPT)


def failing_both_ways(project: Path, workers, capsys) -> tuple[str, str, int]:
    """Build the project serially and in workers over a previous site; both
    must fail alike, leave the site and nothing else, and no process behind."""
    site = project / "site"
    (site / "events").mkdir(parents=True)
    (site / MARKER).write_bytes(marker_listing({MARKER, "events/index.html"}))
    (site / "events" / "index.html").write_text("the previous build", encoding="utf-8")
    before = tree(site)
    outcomes = []
    for parallel in (False, True):
        workers(parallel)
        code = main(["--root", str(project), "build", "--no-search"])
        outcomes.append((capsys.readouterr(), code))
        assert tree(site) == before
        assert leftovers(project) == []
        assert children() == []
    (serial, serial_code), (parallel, parallel_code) = outcomes
    assert (parallel.out, parallel.err, parallel_code) == (serial.out, serial.err, serial_code)
    assert workers.renderers() - {os.getpid()}, "the workers never ran"
    return serial.err, serial.out, serial_code


def with_event_template(tmp_path: Path, extra: str) -> Path:
    """The meetings project whose event pages add `extra` in their extra block."""
    return write_project(tmp_path / "project", meetings_project() | {
        "templates/event.html": f'{{% extends "briefgen/event.html" %}}\n{{% block extra %}}{extra}{{% endblock %}}\n'})


def test_a_broken_link_in_parallel_mode_is_reported_as_in_serial_mode(tmp_path, workers, capsys):
    project = with_event_template(tmp_path, '<a href="../../nowhere/">x</a>')
    err, out, code = failing_both_ways(project, workers, capsys)
    assert code == 1
    assert err.splitlines()[:2] == [
        "site/events/meeting-0/index.html: error: broken link ../../nowhere/ (from template event.html)",
        "    hint: nothing is built at nowhere/index.html; fix the link in event.html "
        "or a template it extends or imports"]
    assert out == f"failed: {MEETINGS} errors, 0 warnings; nothing written\n"


def test_the_first_template_error_in_page_order_is_reported_as_in_serial_mode(tmp_path, workers, capsys):
    """An event page fails slowly and every source page (after the events)
    fails at once: the workers meet the source error first, yet the error
    reported is the event's, as in serial mode."""
    project = write_project(tmp_path / "project", meetings_project() | FAILING_TEMPLATES)
    workers.slow.add("events/meeting-3/index.html")
    err, out, code = failing_both_ways(project, workers, capsys)
    assert code == 1
    assert err == ("templates/event.html:3:1: error: template error: 'dict object' has no attribute 'editor'\n"
                   "    hint: templates receive only the view data `briefgen docs theming` lists; "
                   "check the name's spelling\n")
    assert out == "failed: 1 error, 0 warnings; nothing written\n"


def test_a_template_that_does_not_compile_is_reported_as_in_serial_mode(tmp_path, workers, capsys):
    project = with_event_template(tmp_path, "\n{% if page %}\n")
    err, _, code = failing_both_ways(project, workers, capsys)
    assert code == 1
    assert err.startswith("templates/event.html:4:1: error: template syntax error: Encountered unknown tag")


def test_a_full_disk_met_by_a_worker_is_reported_as_in_serial_mode(tmp_path, workers, capsys, monkeypatch):
    project = write_project(tmp_path / "project", meetings_project())
    real = Path.write_bytes

    def disk_full_for_sources(path, data):
        if "/sources/" in str(path):
            raise OSError(28, "No space left on device", str(path))
        return real(path, data)

    monkeypatch.setattr(Path, "write_bytes", disk_full_for_sources)  # inherited by the forked workers
    err, _, code = failing_both_ways(project, workers, capsys)
    assert code == 2
    assert err.splitlines()[0].startswith("site: error: cannot write the site: No space left on device (site/sources/")


def test_an_unforeseen_error_in_a_worker_names_the_page_as_in_serial_mode(tmp_path, workers, capsys, monkeypatch):
    project = write_project(tmp_path / "project", meetings_project())
    real = jinja2.Template.render

    def crash_on_sources(self, *args, **kwargs):
        if self.name == "source.html":
            raise ZeroDivisionError("division by zero")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", crash_on_sources)
    err, _, code = failing_both_ways(project, workers, capsys)
    assert code == 3
    assert err.startswith("page sources/log-0/index.html (template source.html): internal error: "
                          "ZeroDivisionError: division by zero\n")


def test_an_error_working_out_what_a_page_read_names_the_page_as_in_serial_mode(tmp_path, workers, capsys,
                                                                                 monkeypatch):
    """The workers work out the entries many pages read before any page;
    one that fails there is worked out again by the first page reading it,
    which names the page as a single process does."""
    from briefgen import pageinputs
    project = write_project(tmp_path / "project", meetings_project())
    real = pageinputs._record_form

    def crash_on_meeting_7(record, *args):
        if record.id == "meeting-7":
            raise ZeroDivisionError("division by zero")
        return real(record, *args)

    monkeypatch.setattr(pageinputs, "_record_form", crash_on_meeting_7)
    err, _, code = failing_both_ways(project, workers, capsys)
    assert code == 3
    assert "internal error: ZeroDivisionError: division by zero\n" in err.splitlines(keepends=True)[0]


def test_the_workers_work_out_each_record_s_entry_once_between_them(tmp_path, workers, monkeypatch):
    """Every page that lists the brief reads every record: the workers share
    the work of the records' digests instead of each doing all of it."""
    from briefgen import pageinputs
    project = write_project(tmp_path / "project", meetings_project())
    worked_out = tmp_path / "worked-out"
    real = pageinputs._record_form

    def noted(record, *args):
        with open(worked_out, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {record.id}\n")
        return real(record, *args)

    monkeypatch.setattr(pageinputs, "_record_form", noted)
    workers(True)
    built = build(project, search=False, clean=True)
    assert built.ok, [d.format() for d in built.diagnostics.items]
    lines = [line.split() for line in worked_out.read_text(encoding="utf-8").splitlines()]
    records = [record for _, record in lines]
    assert sorted(records) == sorted(built.library.records)  # each once
    assert len({pid for pid, _ in lines}) == 3 and os.getpid() not in {int(pid) for pid, _ in lines}


# --- Real processes, real signals -------------------------------------------

PARALLEL_BUILD = ("import sys; from briefgen import pagewriter; from briefgen.cli import command; "
                  "pagewriter.worker_count = lambda pages: 2; pagewriter.SHARE_MOST = 5; "
                  "command(sys.argv[1:])")


@pytest.fixture(scope="module")
def big_project(tmp_path_factory) -> Path:
    return write_project(tmp_path_factory.mktemp("parallel") / "big", meetings_project(300))


def processes_of(root: Path) -> list[int]:
    """Processes whose command line names the project: the build and its forked workers."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(root).encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            pass
    return found


def interrupted(root: Path, send) -> subprocess.CompletedProcess:
    """A parallel build, interrupted by `send(process)` once its staging folder holds pages."""
    for _ in range(5):
        site = root / "site"
        shutil.rmtree(site, ignore_errors=True)  # a run that finished first left its whole site
        site.mkdir()
        (site / MARKER).write_bytes(marker_listing({MARKER, "index.html"}))
        (site / "index.html").write_text("the previous build", encoding="utf-8")
        process = subprocess.Popen([sys.executable, "-c", PARALLEL_BUILD, "--root", str(root), "build",
                                    "--no-search", "--clean"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        sent = False
        while process.poll() is None:
            if any((staging / "sources").is_dir() for staging in root.glob(".site-new-*")):
                send(process)
                sent = True
                break
            time.sleep(0.002)
        out, err = process.communicate(timeout=120)
        if sent and not published(process.returncode, out, err):  # else the build won the race: again
            return subprocess.CompletedProcess(process.args, process.returncode, out, err)
    pytest.fail("the build never ran long enough to be interrupted while writing")


@pytest.mark.parametrize("how", ["SIGINT to the build", "Ctrl-C to the process group", "SIGTERM"])
def test_an_interrupted_parallel_build_keeps_the_previous_site_and_leaves_no_process(big_project, how):
    send = {"SIGINT to the build": lambda p: p.send_signal(signal.SIGINT),
            "Ctrl-C to the process group": lambda p: os.killpg(p.pid, signal.SIGINT),
            "SIGTERM": lambda p: p.send_signal(signal.SIGTERM)}[how]
    done = interrupted(big_project, send)
    assert done.returncode == (143 if how == "SIGTERM" else 130), done.stderr
    assert done.stderr == "interrupted; the previous site is unchanged\n"
    assert (big_project / "site" / "index.html").read_text(encoding="utf-8") == "the previous build"
    assert leftovers(big_project) == []
    assert processes_of(big_project) == []


def test_a_killed_parallel_build_takes_its_workers_with_it(big_project):
    done = interrupted(big_project, lambda p: p.send_signal(signal.SIGKILL))
    assert done.returncode == -signal.SIGKILL
    for _ in range(100):  # the kernel ends them at once, but asynchronously
        if not processes_of(big_project):
            break
        time.sleep(0.05)
    assert processes_of(big_project) == []
    assert (big_project / "site" / "index.html").read_text(encoding="utf-8") == "the previous build"
    assert build(big_project, search=False).ok  # and the next build removes the staging folder
    assert leftovers(big_project) == []


def test_a_rebuild_in_workers_compiles_only_the_templates_of_the_pages_it_renders(tmp_path, workers, monkeypatch):
    """Compiling every template of the theme took a rebuild 0.2-0.4 s at
    4,000 sources, where one claim edited renders two pages: the workers
    compile what they render, and this process nothing."""
    from briefgen.render import _COMPILED
    project = write_project(tmp_path / "project", meetings_project())
    workers(True)
    assert build(project, search=False).ok
    compiled = tmp_path / "compiled"
    compile_ = jinja2.Environment.compile

    def logged(self, source, name=None, *args, **kwargs):
        with open(compiled, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {name}\n")
        return compile_(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", logged)
    _COMPILED.clear()  # as in a new process
    meetings = project / "content" / "meetings.yaml"
    meetings.write_text(meetings.read_text().replace("Meeting 7 took place in Astana.", "Meeting 7 met in Astana."))
    again = build(project, search=False)
    assert again.ok and again.kept > 2 * MEETINGS
    lines = [line.split() for line in compiled.read_text(encoding="utf-8").splitlines()]
    assert lines and not [name for pid, name in lines if int(pid) == os.getpid() and name.endswith(".html")]
    assert {name for _, name in lines}.isdisjoint({"timeline.html", "figures.html", "sources.html", "home.html"})
