"""Render pages with Jinja2: autoescape everywhere, undefined names are errors."""
from __future__ import annotations

import os
import re
import traceback
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
import jinja2.compiler
import jinja2.sandbox
from jinja2.runtime import LoopContext
from markupsafe import Markup, escape

from . import inputs, labels
from .current import working_on
from .diagnostics import Diagnostics
from .inputs import editors_own, read_regular
from .references import Citation, PageCitations
from .views import Page

try:  # markupsafe 3 escapes a str to a str in C, without making Markup of it
    from markupsafe._speedups import _escape_inner as _escaped_text
except ImportError:
    def _escaped_text(text: str) -> str:
        return str(escape(text))

# The default theme ships inside the package, so an installed briefgen builds
# a project that has no templates/ of its own.
BUILTIN_THEME = Path(__file__).resolve().parent / "themes" / "default"
BUILTIN_PREFIX = "briefgen"


def counted(number: int, noun: str, plural: str = "") -> str:
    """"1 event", "2 events", "3 entries": a count with its noun in the right number."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


class _ProjectLoader(jinja2.FileSystemLoader):
    """The project's templates/, read only where briefgen reads project files:
    regular files inside the project (build.py reports the rest before
    rendering; this also covers hidden names a template may include)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.root = folder.parent.resolve()

    def get_source(self, environment, template):
        path = Path(self.searchpath[0], *jinja2.loaders.split_template_path(template))
        if os.path.lexists(path) and inputs.refusal(path, self.root) is not None:
            raise jinja2.TemplateNotFound(template)
        return super().get_source(environment, template)


# What `d.name` finds on a plain dict through getattr: its methods, and nothing else.
_DICT_ATTRIBUTES = frozenset(dir(dict))
# Objects of the view data whose every attribute not starting with "_" the
# sandbox lets a template read as it is: it refuses only those names on an
# object that is no function, method, type, code, frame or generator, and
# none of these has a str's `format` for it to wrap, nor items to look in.
_PLAIN_OBJECTS = frozenset({Citation, PageCitations, LoopContext})


def _written(value: Any) -> Any:
    """What `{{ value }}` writes: bidi_closed, then escaped, as Jinja's
    `escape(finalize(value))` writes it. Text, numbers and markup, most of
    what a page writes, are written as text, not made Markup again: the
    page joins them alike."""
    kind = type(value)
    if kind is str:
        return _escaped_text(value if value.isascii() else bidi_closed(value))
    if kind is Markup:  # a label or a macro's: markup already, with its values closed as they were filled
        return value
    if kind is int:  # digits only: nothing to escape or close
        return str(value)
    return escape(bidi_closed(value))


class _TextWriter(jinja2.compiler.CodeGenerator):
    """Compiles each `{{ … }}` of an autoescaped template to one call of
    _written, where Jinja's own code made Markup of every value it escaped
    and called finalize apart (a page writes hundreds)."""

    def _output_child_pre(self, node, frame, finalize) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape or finalize.src != "environment.finalize(":
            super()._output_child_pre(node, frame, finalize)
        else:
            self.write("environment.written((")


class TooLarge(jinja2.sandbox.SecurityError):
    """A template made, or was about to make, a value larger than any page needs."""


_LARGEST_MADE = 10_000_000  # items ('*' on text or a list): a page is a few hundred thousand characters
_LARGEST_POWER_BITS = 1 << 16  # bits of a number '**' makes: 10**4932, far past any count a page shows


class _Environment(jinja2.sandbox.SandboxedEnvironment):
    """Jinja reads `a.b` as the attribute first, then the item; on the plain
    dicts of the view data the attribute lookup always fails, and raising
    and catching that AttributeError was the largest cost of rendering. A dict
    has no attributes but those of its type, so looking the key up first
    for every other name finds exactly what Jinja would (overriding
    getattr is how Jinja's own sandbox changes lookups); a missing key is
    the same StrictUndefined error."""

    code_generator_class = _TextWriter
    written = staticmethod(_written)
    # Text or a list multiplied, or a number raised, may be of any size: a template shared in a brief's pull
    # request ('{{ "a" * 10**10 }}') would take the memory of the machine that builds it.
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for times, made in ((left, right), (right, left)):
                if isinstance(times, int) and isinstance(made, (str, list, tuple)) and times * len(made) > _LARGEST_MADE:
                    raise TooLarge(f"'*' would make a value of {times * len(made):,} items, more "
                                                       f"than the {_LARGEST_MADE:,} a template may")
        elif isinstance(left, int) and isinstance(right, int) and right > 0 \
                and abs(left).bit_length() * right > _LARGEST_POWER_BITS:
            raise TooLarge(f"'**' would make a number of about {abs(left).bit_length() * right:,} "
                                               f"bits, more than the {_LARGEST_POWER_BITS:,} a template may")
        return super().call_binop(context, operator, left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:
        kind = type(obj)
        if kind is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        if kind in _PLAIN_OBJECTS and not attribute.startswith("_"):
            try:
                return getattr(obj, attribute)
            except AttributeError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """`label(…)` and the templates' own macros, called dozens of times on
        every page, straight: the sandbox finds both safe to call, and Jinja
        passes neither the context."""
        if type(__obj) not in _STRAIGHT_CALLS:
            return super().call(__context, __obj, *args, **kwargs)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:  # as Jinja's Context.call tells it
            return __self.undefined("value was undefined because a callable raised a StopIteration exception")


class _CompiledInThisProcess(jinja2.BytecodeCache):
    """Templates as this process compiled them, under their name and file,
    checked against their text by Jinja: a rebuild in the same process
    (serve) compiles only the templates that changed. Kept in memory only:
    compiled code is never read from the project's files. Every environment
    compiles alike (environment() makes them all), so they share it."""

    MOST = 1000  # templates kept: a theme has dozens; a long test run makes many projects

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, Any]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        kept = self._code.get(bucket.key)
        if kept is not None and kept[0] == bucket.checksum:
            bucket.code = kept[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if len(self._code) >= self.MOST:
            self.clear()
        self._code[bucket.key] = (bucket.checksum, bucket.code)

    def clear(self) -> None:
        self._code.clear()


_COMPILED = _CompiledInThisProcess()


def environment(project_templates: Path, language: str = "en", words: Mapping | None = None) -> jinja2.Environment:
    """A project's own templates/ overrides the built-in theme file by file.

    The built-ins stay reachable as "briefgen/<name>", so a project's
    base.html can `{% extends "briefgen/base.html" %}` and override blocks
    instead of extending itself. Every template, macros too, has the
    interface's words in the brief's `language` (`words`, labels.table):
    `label("references")`, `label("paragraph", n=3)`, `n|plural("count_claim")`."""
    words = labels.table(language) if words is None else words
    builtin = jinja2.FileSystemLoader(str(BUILTIN_THEME))
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({BUILTIN_PREFIX: builtin})]
    if project_templates.is_dir():
        loaders.append(_ProjectLoader(project_templates))
    loaders.append(builtin)
    env = _Environment(
        loader=jinja2.ChoiceLoader(loaders),
        # One environment per build: a template is read and compiled once,
        # not checked on disk again each time a page extends or imports it.
        auto_reload=False,
        bytecode_cache=_COMPILED,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=bidi_closed,
    )
    env.filters["counted"] = counted
    env.filters["join"] = _join_closed
    env.globals["label"] = _Labels(words)
    env.filters["plural"] = partial(_plural, words, language)
    return env


# Unicode's bidirectional embeddings and overrides (closed by PDF) and isolates (closed by PDI).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_EMBEDDING, _ISOLATE, _PDF, _PDI = "\u202a\u202b\u202d\u202e", "\u2066\u2067\u2068", "\u202c", "\u2069"


def bidi_closed(value: Any) -> Any:
    """Every text a template writes, with the bidirectional embeddings and
    isolates it leaves open closed at its end: what a name, claim or quote
    says about direction stays within it (an unclosed U+202E would write
    the page's own words after it backwards: "ecruos elgnis"). Markup is
    briefgen's own (a filled label closes each value it holds; JSON must
    stay as written)."""
    # Most values are plain ASCII: one C-level test each, where the search doubled the cost of writing them.
    if type(value) is not str or value.isascii() or _BIDI.search(value) is None:
        return value
    open_: list[str] = []
    for mark in _BIDI.findall(value):
        if mark in _EMBEDDING or mark in _ISOLATE:
            open_.append(mark)
        elif mark == _PDF and open_ and open_[-1] in _EMBEDDING:
            open_.pop()
        elif mark == _PDI and any(m in _ISOLATE for m in open_):
            while open_.pop() not in _ISOLATE:
                pass
    return value + "".join(_PDI if mark in _ISOLATE else _PDF for mark in reversed(open_))


@jinja2.pass_eval_context
def _join_closed(eval_ctx, value: Iterable, d: str = "", attribute: str | int | None = None) -> Any:
    """Jinja's `join`, each item bidi_closed: finalize closes only the joined
    text's end, so an unclosed U+202E in one person or topic would write
    every item after it backwards ("Minister A\u202e, Minister B")."""
    if attribute is not None:
        value = map(jinja2.filters.make_attrgetter(eval_ctx.environment, attribute), value)
    return jinja2.filters.do_join(eval_ctx, [bidi_closed(item) for item in value], d)


class _Labels:
    """`label(key, **values)` in templates: a label with its {placeholders}
    filled, each value escaped unless it is markup already."""

    def __init__(self, words: Mapping) -> None:
        self._words = words
        self._fill = labels.Filler(words, lambda value: escape(bidi_closed(value)))
        self._plain: dict[str, Markup] = {}  # a label with no values, as it is shown on every page

    def __call__(self, key: str, **values: Any) -> Markup:
        if not values:
            shown = self._plain.get(key)
            if shown is None:
                shown = self._plain[key] = self._filled(key)
            return shown
        return self._filled(key, **values)

    def _filled(self, key: str, **values: Any) -> Markup:
        if not isinstance(_known(self._words, key), str):
            raise jinja2.UndefinedError(f"label {key!r} is a count: write n|plural({key!r})")
        return self._fill(key, **values)  # Markup: each of its words and values went through escape


# What _Environment.call calls without the sandbox's and Context.call's checks.
_STRAIGHT_CALLS = frozenset({_Labels, jinja2.runtime.Macro})


def _plural(words: Mapping, language: str, number: int, key: str) -> str:
    if not isinstance(_known(words, key), Mapping):
        raise jinja2.UndefinedError(f"label {key!r} is no count: `plural` takes a count_… label")
    return labels.count(words, language, key, number)


def _known(words: Mapping, key: str):
    try:
        return words[key]
    except (KeyError, TypeError):
        raise jinja2.UndefinedError(f"unknown label {key!r}; `briefgen labels` prints every label") from None


def compile_templates(env: jinja2.Environment, names: Iterable[str]) -> None:
    """Compile the templates `names` for this process to keep (_COMPILED);
    one that fails is left for the page that uses it to report, in order."""
    for name in names:
        try:
            env.get_template(name)
        except jinja2.TemplateError:
            pass


def check_templates(project_templates: Path, root: Path, diagnostics: Diagnostics) -> None:
    """The project's templates and assets are read like its sources: regular
    files inside the project only."""
    if project_templates.is_dir() or project_templates.is_symlink():
        inputs.tree(project_templates, root, diagnostics)


def check_syntax(project_templates: Path, language: str, words: Mapping, diagnostics: Diagnostics) -> None:
    """Each of the project's own templates compiled, a syntax error reported at its file and line as a build
    reports it where a page uses it: for `check`, which renders no page."""
    if not project_templates.is_dir():
        return
    env = environment(project_templates, language, words)
    for name in _ProjectLoader(project_templates).list_templates():
        parts = name.split("/")
        if parts[0] == "assets" or any(part.startswith(".") or editors_own(part) for part in parts):
            continue
        try:
            env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            report_template_error(exc, project_templates, diagnostics)
        except (jinja2.TemplateError, UnicodeDecodeError):
            # Not read (a link out, reported with the folder), an error only rendering tells, or a file of
            # another kind kept beside the templates, which no page reads unless named (then build reports it).
            continue


def every_template(env: jinja2.Environment) -> list[str]:
    """The names of the theme's and the project's templates, not their static assets."""
    return env.list_templates(filter_func=lambda name: "assets" not in name.split("/")[:2])


def theme_folders(project_templates: Path) -> list[Path]:
    """Template folders, built-in theme first, so later ones override."""
    return [BUILTIN_THEME] + ([project_templates] if project_templates.is_dir() else [])


# What a template's own expression can raise ({{ 1 / 0 }}, {{ x[99] }}, {{ "a" + 1 }}).
_EXPRESSION_ERRORS = (ArithmeticError, LookupError, TypeError, ValueError, AttributeError)
ENDLESS = "the template extends, includes or calls itself without end"


def render_page(env: jinja2.Environment, page: Page) -> str:
    """Raises jinja2.TemplateError for a mistake in a project's template,
    whether Jinja or the template's own Python expression finds it."""
    with working_on(f"page {page.path} (template {page.template})"):
        try:
            template = env.get_template(page.template)
            html = template.render(page.context)
            # A citation printed its passage as ¶4 before the page cited ¶4's second passage (¶4a, ¶4b):
            # a second render, with the whole page's letters known, prints what the reference list says.
            about = page.context.get("page")
            ledger = about.get("references") if isinstance(about, Mapping) else None
            if isinstance(ledger, PageCitations) and not ledger.settle():
                html = template.render(page.context)
            return html
        except jinja2.TemplateError:  # TemplateNotFound is a LookupError too
            raise
        except RecursionError as exc:
            raise _in_project_template(ENDLESS, exc) from None
        except _EXPRESSION_ERRORS as exc:
            raise _in_project_template(str(exc), exc) from None


def _in_project_template(message: str, exc: Exception) -> Exception:
    """A template error at the project template's line; raised inside the
    built-in theme, it is briefgen's own bug and stays as it is."""
    path, _ = _template_position(exc)
    if path is None or path.resolve().is_relative_to(BUILTIN_THEME):
        return exc
    return jinja2.TemplateRuntimeError(message).with_traceback(exc.__traceback__)


def static_files(project_templates: Path) -> dict[str, bytes]:
    """Files under assets/ of the theme and of the project's templates/ are
    copied as they are; the project's win."""
    files: dict[str, bytes] = {}
    for root in theme_folders(project_templates):
        assets = root / "assets"
        if assets.is_dir():
            for path in sorted(assets.rglob("*")):
                relative = path.relative_to(root)
                # Hidden files (.DS_Store, editors' swap files) are not published, nor an editor's backups (x~).
                if (path.is_file() and not any(part.startswith(".") for part in relative.parts)
                        and not editors_own(path.name)):
                    files[relative.as_posix()] = read_regular(path)
    return files


@dataclass(frozen=True)
class TemplateProblem:
    """A template error as the editor is told it: its place and words. Plain
    data, so a worker process can send it back."""
    path: Path | None
    line: int
    message: str
    hint: str


class TemplateFailed(Exception):
    """A template error met in a worker process, sent back as its problem."""

    def __init__(self, problem: TemplateProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


# How Jinja words a filter or test it does not know, which it finds compiling the template.
_UNKNOWN_FILTER = re.compile(r"No (filter|test) named ")


def template_problem(exc: jinja2.TemplateError) -> TemplateProblem:
    """A template that does not parse, names an undefined value or a missing
    template is one problem at the template's file and line."""
    path, line = _template_position(exc)
    if _UNKNOWN_FILTER.match(exc.message or ""):
        # The tags are right: the name is what is wrong (a test in an `if` is looked up only rendering).
        kind = "syntax error" if isinstance(exc, jinja2.TemplateSyntaxError) else "error"
        message = f"template {kind}: {exc.message}"
        hint = ("a template may use Jinja's built-in filters and tests and briefgen's `plural` and `counted`; "
                "check the name's spelling")
    elif isinstance(exc, jinja2.TemplateSyntaxError):
        message, hint = f"template syntax error: {exc.message}", "check the {% %} and {{ }} tags around this line"
    elif isinstance(exc, jinja2.TemplateNotFound):
        names = ", ".join(getattr(exc, "templates", None) or [exc.name])
        message = f"template not found: {names}"
        hint = ("a project template may extend or include its own templates/ files, or the built-in ones "
                f"as {BUILTIN_PREFIX}/<name>; see `briefgen docs theming`")
    elif isinstance(exc, jinja2.UndefinedError):
        message = f"template error: {exc.message}"
        hint = "templates receive only the view data `briefgen docs theming` lists; check the name's spelling"
    elif isinstance(exc, TooLarge):
        message, hint = f"template error: {exc}", "check the numbers the template multiplies or raises at this line"
    elif isinstance(exc, jinja2.sandbox.SecurityError):
        message = f"template error: {str(exc).rstrip('.')}"
        hint = "templates run sandboxed: they may read the view data and call its methods, not Python's internals"
    elif str(exc) == ENDLESS:
        message, hint = f"template error: {exc}", ("a template may not extend, include or import itself, even through others, "
                                                    "and a macro must stop calling itself")
    else:
        message, hint = f"template error: {exc}", "fix the template"
    return TemplateProblem(path, line, message, hint)


def report_template_error(exc: jinja2.TemplateError | TemplateFailed, project_templates: Path,
                          diagnostics: Diagnostics) -> None:
    """One diagnostic at the template's file and line."""
    problem = exc.problem if isinstance(exc, TemplateFailed) else template_problem(exc)
    where = (diagnostics.where(problem.path, problem.line, 1) if problem.path
             else diagnostics.where(project_templates))
    diagnostics.error(where, problem.message, problem.hint)


def _template_position(exc: jinja2.TemplateError) -> tuple[Path | None, int]:
    """Jinja2 marks syntax errors with their file and line; for errors while
    rendering, the innermost frame that ran template code is the place."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return Path(exc.filename), exc.lineno or 0
    frames = [(Path(frame.filename), frame.lineno or 0, frame.line or "")
              for frame in traceback.extract_tb(exc.__traceback__)]
    frames = [frame for frame in frames if frame[0].suffix in (".html", ".xml", ".j2", ".txt") and frame[0].is_file()]
    if isinstance(exc, RecursionError) or str(exc) == ENDLESS:
        place = _where_it_loops(frames)
        if place is not None:
            return place
    return frames[-1][:2] if frames else (None, 0)


# A tag that renders another template: in a loop of templates, the place to change.
_LOADS_TEMPLATE = re.compile(r"{%-?\s*(include|import|from)\b")


def _where_it_loops(frames: list[tuple[Path, int, str]]) -> tuple[Path, int] | None:
    """The project template's line that starts the loop again: every frame of
    a loop repeats on the stack, most of them in templates the line merely
    passes through (the built-in ones a page extends), so the innermost
    frame, where the stack ran out, is as likely a built-in macro. Of the
    project's repeated lines the outermost that includes or imports a
    template is the one to fix, else (a macro calling itself) the outermost."""
    own = [(path, line) for path, line, _ in frames if not path.resolve().is_relative_to(BUILTIN_THEME)]
    times = Counter(own)
    repeated = [place for place in times if times[place] > 1]  # outermost first, as Counter keeps them
    loading = [(path, line) for path, line, text in frames if (path, line) in repeated and _LOADS_TEMPLATE.search(text)]
    return (loading or repeated or [None])[0]
