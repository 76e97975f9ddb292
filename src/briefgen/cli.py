"""Command line: argument parsing, output and exit codes only."""
from __future__ import annotations

import argparse
import os
import shlex
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from .interrupts import Stopped, ending_quietly, exit_status, hold_ending_signals

with ending_quietly():  # the command's modules: the longest part of a command that finds nothing to do
    from .build import build, check
    from .config import no_brief
    from .current import current
    from .diagnostics import Diagnostics, printable, printable_json
    from .urls import base_url
    from .write import sites_published

# The guides shipped inside the package (reference/<name>.md), for `briefgen docs` and diagnostic hints:
# an installed briefgen has no docs/ folder. Each with the line `briefgen docs --help` says of it.
REFERENCE = Path(__file__).resolve().parent / "reference"
REFERENCES = {"editing": "the editor's day: add a source, write facts, check, serve, read diagnostics",
              "content-format": "every fact file and field, citations, disputes, prose pages",
              "configuration": "briefgen.toml's settings and the [labels] table",
              "publishing": "the output folder, GitHub Pages, any static host, --strict, from Python",
              "reading": "what readers get: citations, references, previews, source pages, figures, data files",
              "theming": "override or extend the built-in theme, and the view data templates receive"}


EXIT_OK, EXIT_USAGE, EXIT_INTERNAL = 0, 2, 3  # 1, content errors: Diagnostics.exit_code
REPORT = "this is a bug in briefgen: please report it with this message and the command you ran"


def _common_options(root: str = "project folder (default: current folder)") -> argparse.ArgumentParser:
    """Options every command takes, before or after its name. SUPPRESS keeps
    a subcommand's unset option from hiding one given before the command.
    `root`: what --root is to the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", type=Path, default=argparse.SUPPRESS, help=root)
    loudness = common.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                          help="print only diagnostics, no summary")
    loudness.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                          help="also print the time each stage took")
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(prog="briefgen", parents=[common],
                                     description="Build a research brief whose every claim cites its source.")
    parser.add_argument("--version", action=_Version, nargs=0, help="show briefgen's version and exit")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help: str, options: argparse.ArgumentParser = common) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[options], help=help, description=help)

    # init makes no use of a project folder: DIR, when relative, is made inside --root (_init).
    init = command("init", "start a new brief that builds at once",
                   _common_options("folder to make DIR in (default: current folder)"))
    init.add_argument("dir", nargs="?", type=Path, default=Path("."),
                      help="new or empty folder, a .git aside (default: the --root folder, else the current one)")
    init.add_argument("--title", type=_title, help="the site's title (default: a placeholder in the brief's "
                                                    "language, 'My research brief' in English)")
    init.add_argument("--language", type=_language, default="en",
                      help="language of the brief, a BCP 47 tag such as es or pt-BR (default: en)")
    init.add_argument("--base-url", type=base_url, help="absolute http(s) URL the site will be published at")

    build = command("build", "build the site into site/")
    build.add_argument("--out", help="output folder (default: site/); only a folder briefgen built, an empty or a new one")
    build.add_argument("--base-url", type=base_url, help="absolute URL the site is published at, e.g. https://example.org/brief/")
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build.add_argument("--no-search", dest="search", action="store_false", default=None,
                       help="skip the search index (also: search = false in briefgen.toml)")
    build.add_argument("--clean", action="store_true",
                       help="build everything again, ignoring what the last build left in .briefgen-cache/")

    check = command("check", "load and validate only")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="what it prints, as compiler-style lines or as JSON for tools (default: text)")
    check.add_argument("--coverage", action="store_true", help="report which source paragraphs are cited")
    check.add_argument("--overreach", action="store_true",
                       help="report the words of each claim that none of its quotes supports")

    serve = command("serve", "build, serve on 127.0.0.1 and rebuild on change")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000); 0 for any free one")
    serve.add_argument("--bind", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1); others need --expose")
    serve.add_argument("--expose", action="store_true",
                       help="allow a --bind address other computers can reach")

    new = command("new", "add a source document")
    new.add_argument("what", choices=("source",), help="what to add: a source document into seeds/")
    new.add_argument("path", help="text file to add, or - for standard input")
    new.add_argument("--id", type=_source_id, help="the source's id (default: made from the file name, "
                                                   "or from the title of standard input)")

    command("schemas", "write the fact files' JSON Schemas into schemas/")
    labels = command("labels", "print the interface's labels as a [labels] table for briefgen.toml")
    labels.add_argument("--language", type=_language,
                        help="the labels in this language (default: the brief's, with its own [labels])")
    docs = commands.add_parser("docs", parents=[common], help="print a guide shipped with briefgen: "
                               + ", ".join(REFERENCES), description="print a guide shipped with briefgen",
                               epilog="guides:\n" + "".join(f"  {name:<16}{line}\n" for name, line in REFERENCES.items()),
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    docs.add_argument("topic", nargs="?", choices=REFERENCES, default="content-format", metavar="GUIDE",
                      help="which guide, of those below (default: content-format)")
    return parser


class _Version(argparse.Action):
    """argparse's own version action, with the version looked up only when asked for."""

    def __call__(self, parser, namespace, values, option_string=None):
        from .init import version
        print(f"briefgen {version()}")
        parser.exit()


def _progress():
    """Stage names on a terminal only, so logs and tests see just the summary."""
    if not sys.stderr.isatty():
        return None
    return lambda step: print(f"… {step}", file=sys.stderr, flush=True)


def _stop_on_sigterm() -> None:
    """SIGTERM (and SIGHUP, a closed terminal) unwind like Ctrl-C, so working
    folders are removed, Pagefind is stopped and the previous site stays in
    place; the exit status still names the signal (143, 129)."""
    def handler(signum, frame):
        raise Stopped(signum)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)


def command(argv: list[str] | None = None) -> NoReturn:
    """The `briefgen` command (and `python -m briefgen`). Only the process's
    own entry point changes how it takes signals: `main()` called from a
    program (a test runner, a pool's forked workers) leaves them as they were."""
    _stop_on_sigterm()
    end(main(argv))


def end(code: int) -> NoReturn:
    """The process ends at once with `code`, its output flushed. The
    interpreter's teardown would free every object the build made, one at a
    time (0.2 s at 4,000 sources), which the exit frees anyway; nothing else
    is left to it: every file, worker and child process is closed or waited
    for by then, and briefgen registers nothing to run at exit. A signal
    that comes now waits for the exit: the command's work, and what it said
    of it, is done (raised here, it printed a traceback)."""
    hold_ending_signals()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away (`briefgen build | head`), a closed stream
            pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    except KeyboardInterrupt as interrupt:
        return exit_status(interrupt)
    args.root = getattr(args, "root", Path("."))
    args.quiet, args.verbose = getattr(args, "quiet", False), getattr(args, "verbose", False)
    published = sites_published()
    try:
        return _run(args)
    except KeyboardInterrupt as interrupt:
        print(_interrupted(args.command, sites_published() > published), file=sys.stderr)
        return exit_status(interrupt)
    except BrokenPipeError:  # serve or new source: their work is done, only the reader left
        _discard_stdout()
        return EXIT_OK
    except Exception as exc:  # the last resort: never a traceback
        print(internal_error(exc, args.root), file=sys.stderr)
        return EXIT_INTERNAL


def _interrupted(command: str, published: bool) -> str:
    """What a stopped command left: a build, the previous site or the new one, whole (the swap is done whole
    or not at all: write.py); `check`, `init` or `new source`, no site to speak of."""
    if command not in ("build", "serve"):
        return "interrupted"
    if not published:
        return "interrupted; the previous site is unchanged"
    return "interrupted; the new site was published" if command == "build" else \
        "interrupted; the site is the last one this server published"


def internal_error(exc: BaseException, root: Path) -> str:
    """One located line and a request to report it, for an error nobody foresaw."""
    detail = _printable(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    return f"{_where(current(), root)}: internal error: {detail}\n    hint: {REPORT}"


def _where(what: object, root: Path) -> str:
    if what is None:
        return "briefgen"
    if isinstance(what, Path):
        try:
            return what.resolve().relative_to(root.resolve()).as_posix() or "."
        except (ValueError, OSError):
            return _printable(what.as_posix())
    return _printable(str(what))


def _printable(text: str, limit: int = 300) -> str:
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


@contextmanager
def _reader_may_leave():
    """`briefgen check --format json | head`: the reader had enough. Stop
    printing quietly; the exit code still tells what was found."""
    try:
        yield
    except BrokenPipeError:
        _discard_stdout()


def _discard_stdout() -> None:
    """Python would otherwise complain when it flushes stdout on exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(args) -> int:
    root = args.root
    if args.command not in ("init", "docs") and not root.is_dir():
        # Every command would otherwise report the project's folders missing one by one.
        diagnostics = Diagnostics()
        diagnostics.environment_error(diagnostics.where(root), "no project folder here",
                                      "run briefgen in the folder that holds seeds/ and content/, "
                                      "or give it as --root DIR")
        if args.command == "check" and args.format == "json":  # as every other refusal of check --format json
            print(diagnostics.to_json())
        else:
            diagnostics.print()
        return diagnostics.exit_code
    if args.command == "build":
        if args.out == "":  # an unset $OUT: never the current folder
            print("error: --out is empty\n    hint: name the output folder, e.g. --out site, or leave --out out",
                  file=sys.stderr)
            return EXIT_USAGE
        out = Path(args.out) if args.out is not None else None
        result = build(root, out=out, base_url=args.base_url, strict=args.strict,
                       progress=None if args.quiet else _progress(), search=args.search, clean=args.clean)
        with _reader_may_leave():
            result.diagnostics.print()
            _report(args, result)
        return result.diagnostics.exit_code
    if args.command == "check":
        result = check(root, strict=args.strict)
        with _reader_may_leave():
            if (args.coverage or args.overreach) and result.library is not None:
                result.diagnostics.print()  # warnings still matter while reading a report
                _print_reports(result.library, args.coverage, args.overreach, args.format)
                _print_stage_times(args, result)
            elif args.format == "json":
                print(result.diagnostics.to_json())
                _print_stage_times(args, result)
            else:
                result.diagnostics.print()
                _report(args, result)
        return result.diagnostics.exit_code
    if args.command == "serve":
        from .serve import serve
        return serve(root, port=args.port, bind=args.bind, expose=args.expose)
    if args.command == "init":
        return _init(args)
    if args.command == "schemas":
        return _schemas(root, args.quiet)
    if args.command == "labels":
        return _labels(root, args.language)
    if args.command == "docs":
        print((REFERENCE / f"{args.topic}.md").read_text(encoding="utf-8"), end="")
        return EXIT_OK
    from .newsource import new_source
    return new_source(root, args.path, args.id, args.quiet)


def _print_reports(library, coverage: bool, overreach: bool, fmt: str) -> None:
    """Each report asked for, in turn; as JSON, the one report's object, or
    both under their names."""
    from . import coverage as coverage_module, overreach as overreach_module
    reports = ([("coverage", coverage_module.report(library, fmt))] if coverage else []) + \
              ([("overreach", overreach_module.report(library, fmt))] if overreach else [])
    if fmt == "json":
        print(printable_json(dict(reports) if len(reports) > 1 else reports[0][1]))
    else:
        # Each line as a diagnostic shows text: a claim's U+202E would print the rest of its line backwards.
        print("\n\n".join("\n".join(printable(line) for line in text.split("\n")) for _, text in reports))


def _report(args, result) -> None:
    if not args.quiet:
        print(result.summary())
    _print_stage_times(args, result)


def _print_stage_times(args, result) -> None:
    """To stderr, apart from what a script reads: a report, JSON or the summary."""
    if args.verbose:
        for stage, seconds in result.stages.items():
            print(f"  {stage}: {seconds:.3f}s", file=sys.stderr)


def _language(tag: str) -> str:
    """argparse type: a language CLDR knows, as briefgen.toml must name it,
    rather than a project that does not build."""
    from .cldr import canonical, language_problem
    problem = language_problem(tag)
    if problem:
        message, hint = problem
        raise argparse.ArgumentTypeError(f"{message}; {hint}")
    return canonical(tag)


def _source_id(text: str) -> str:
    """argparse type: an id as sources take them."""
    from .ids import SLUG
    from .newsource import MAX_ID_LENGTH
    if not SLUG.fullmatch(text) or len(text) > MAX_ID_LENGTH:
        raise argparse.ArgumentTypeError(f"'{text}' is no source id: write lowercase letters, digits, '-' and '_', "
                                         f"at most {MAX_ID_LENGTH}, e.g. tsmc-dresden")
    return text


def _title(title: str) -> str:
    if not title.strip():
        raise argparse.ArgumentTypeError("a title needs words: every page's <title> shows it")
    from .textfile import not_xml
    if not_xml(title) is not None:  # the brief would not build: its feed cannot hold it
        raise argparse.ArgumentTypeError(f"the title contains the {not_xml(title)}; remove it")
    return title


def _init(args) -> int:
    from .diagnostics import os_reason
    from .init import InitError, init_project, untranslated_note
    folder = args.dir if args.dir.is_absolute() else args.root / args.dir
    try:
        written = init_project(folder, args.title, args.language, args.base_url or "")
    except (InitError, OSError) as exc:
        said = exc if isinstance(exc, InitError) else f"cannot make {folder}: {os_reason(exc)}"
        print(f"error: {said}", file=sys.stderr)
        print("    hint: give a new folder, e.g. briefgen init my-brief", file=sys.stderr)
        return EXIT_USAGE
    if args.verbose:
        for path in written:
            print(f"  {path.as_posix()}")
    if not args.quiet:
        # The folder as made, --root and all: that is where the next commands must run.
        where = "" if folder.resolve() == Path.cwd() else f"cd {shlex.quote(str(folder))} && "
        print(f"created a brief with {len(written)} files in {folder}")
        if note := untranslated_note(args.language):
            print(note)
        print(f"next: {where}briefgen build && briefgen serve")
    return EXIT_OK


def _labels(root: Path, language: str | None) -> int:
    """The labels as TOML to paste and translate: in `language`, else as the brief shows them."""
    from . import labels
    from .config import load_project
    from .diagnostics import Diagnostics
    overrides = ()
    if language is None:
        diagnostics = Diagnostics(root)
        project = load_project(root, diagnostics)
        if diagnostics.errors:  # the labels of a brief whose settings do not read would not be its own
            diagnostics.print()
            return diagnostics.exit_code
        language, overrides = project.language, project.labels
    print(f"# The interface's labels in '{language}', as briefgen.toml's [labels] table takes them.")
    print("[labels]")
    print(labels.as_table(labels.table(language, overrides), language), end="")
    return EXIT_OK


def _schemas(root: Path, quiet: bool) -> int:
    from .diagnostics import os_reason
    from .jsonschemas import write_schemas
    problem = no_brief(root)
    if problem is not None:  # a schemas/ of its own in whatever folder it was run from
        print("error: {}\n    hint: {}".format(*problem), file=sys.stderr)
        return EXIT_USAGE
    try:
        written = write_schemas(root / "schemas")
    except OSError as exc:
        print(f"error: cannot write schemas: {os_reason(exc, with_file=True)}", file=sys.stderr)
        return EXIT_USAGE
    if not quiet:
        print(f"wrote {len(written)} JSON Schemas into {root / 'schemas'}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
