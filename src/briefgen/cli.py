"""Command line: argument parsing, output and exit codes only."""
from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from .build import build, check

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefgen", description="Build a research brief whose every claim cites its source.")
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build the site into site/")
    build.add_argument("--out", help="output folder (default: site/); only a folder briefgen built, an empty or a new one")
    build.add_argument("--base-url", help="absolute URL the site is published at, e.g. https://example.org/brief/")
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")

    check = commands.add_parser("check", help="load and validate only")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--coverage", action="store_true", help="report which source paragraphs are cited")

    serve = commands.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on change")
    serve.add_argument("--port", type=int, default=8000)

    new = commands.add_parser("new", help="add a source document")
    new.add_argument("what", choices=("source",))
    new.add_argument("path", help="text file to add, or - for standard input")
    return parser


def _progress():
    """Stage names on a terminal only, so logs and tests see just the summary."""
    if not sys.stderr.isatty():
        return None
    return lambda step: print(f"… {step}", file=sys.stderr, flush=True)


def _stop_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C, so the staging folder is cleaned up and
    the previous site stays in place."""
    def handler(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, handler)


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    _stop_on_sigterm()
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("interrupted; the previous site is unchanged", file=sys.stderr)
        return 130


def _run(args) -> int:
    root = args.root
    if args.command == "build":
        if args.out == "":  # an unset $OUT: never the current folder
            print("error: --out is empty\n    hint: name the output folder, e.g. --out site, or leave --out out",
                  file=sys.stderr)
            return EXIT_USAGE
        out = Path(args.out) if args.out is not None else None
        result = build(root, out=out, base_url=args.base_url, strict=args.strict, progress=_progress())
        result.diagnostics.print()
        print(result.summary())
        return result.diagnostics.exit_code
    if args.command == "check":
        result = check(root, strict=args.strict)
        if args.coverage and result.library is not None:
            from .coverage import print_coverage
            result.diagnostics.print()  # warnings still matter while reading coverage
            print_coverage(result.library, args.format)
            return EXIT_OK if result.ok else EXIT_CONTENT
        if args.format == "json":
            print(result.diagnostics.to_json())
        else:
            result.diagnostics.print()
            print(result.summary())
        return EXIT_OK if result.ok else EXIT_CONTENT
    if args.command == "serve":
        from .serve import serve
        return serve(root, port=args.port)
    from .newsource import new_source
    return new_source(root, args.path)


if __name__ == "__main__":
    sys.exit(main())
