"""Documentation cannot fall behind: every setting, command, option and
fact-file field must be written up."""
import re
from pathlib import Path

import pytest
from babel import Locale

from briefgen.cli import _common_options, _parser
from briefgen.config import SETTINGS
from briefgen.init import TRANSLATED
from briefgen.schema import KINDS

DOCS = Path(__file__).resolve().parent.parent / "docs"
README = (DOCS.parent / "README.md").read_text(encoding="utf-8")
REFERENCE = DOCS.parent / "src" / "briefgen" / "reference"
CONTENT_FORMAT = REFERENCE / "content-format.md"


@pytest.mark.parametrize("setting", sorted(SETTINGS))
def test_every_setting_is_documented(setting):
    assert f"| `{setting}` |" in (REFERENCE / "configuration.md").read_text(encoding="utf-8")


COMMON = {option for action in _common_options()._actions for option in action.option_strings}


def _commands():
    commands = _parser()._subparsers._group_actions[0].choices
    for name, parser in commands.items():
        for action in parser._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help" and option not in COMMON:
                    yield name, option


@pytest.mark.parametrize("option", sorted(o for o in COMMON if o.startswith("--")) + ["--version"])
def test_every_common_option_is_in_the_readme(option):
    assert f"`{option}" in README or f"`briefgen {option}`" in README


@pytest.mark.parametrize("command, option", sorted(_commands()))
def test_every_command_option_is_in_the_readme(command, option):
    line = next(line for line in README.splitlines() if line.startswith(f"| `briefgen {command}"))
    assert option in line


def _arguments():
    commands = _parser()._subparsers._group_actions[0].choices
    for name, parser in commands.items():
        for action in parser._actions:
            yield name, (action.option_strings or [action.dest])[-1], action.help


@pytest.mark.parametrize("command, argument, help", sorted(_arguments()))
def test_every_argument_says_what_it_is_in_the_help(command, argument, help):
    """`briefgen serve --help` listed `--port PORT` with no word of its default
    (8000) or of 0, `check --help` a bare `--format {text,json}`, and `new` and
    `docs` their first argument with nothing beside it."""
    assert help


@pytest.mark.parametrize("stem, field", sorted((stem, f.name) for stem, (_, fields) in KINDS.items() for f in fields))
def test_every_fact_field_is_documented(stem, field):
    row = next(line for line in CONTENT_FORMAT.read_text(encoding="utf-8").splitlines()
               if line.startswith("|") and f"`{stem}.yaml`" in line)
    assert f"`{field}`" in row


@pytest.mark.parametrize("stem, field, required", sorted((stem, f.name, f.required)
                                                        for stem, (_, fields) in KINDS.items() for f in fields))
def test_a_fact_field_is_starred_as_required_exactly_when_it_is(stem, field, required):
    """`positions`* was starred, yet a dispute on a record's field the build
    found is acknowledged with no positions at all."""
    row = next(line for line in CONTENT_FORMAT.read_text(encoding="utf-8").splitlines()
               if line.startswith("|") and f"`{stem}.yaml`" in line)
    assert (f"`{field}`*" in row) == required


def _written_text() -> list[Path]:
    """The project's own text: what ships in the package, the docs, the benchmarks' and tests' files."""
    root = DOCS.parent
    suffixes = {".py", ".md", ".html", ".css", ".js", ".toml", ".yaml", ".txt", ".json"}
    return sorted(path for folder in ("src", "docs", "benchmarks", "tests", ".ci")
                  for path in (root / folder).rglob("*")
                  if path.suffix in suffixes and path.is_file() and "node_modules" not in path.parts) \
        + [root / "README.md", root / "pyproject.toml"]



@pytest.mark.parametrize("module", sorted(path.name for path in (DOCS.parent / "src" / "briefgen").glob("*.py")
                                          if not path.name.startswith("__")))
def test_the_architecture_names_every_module_and_its_job(module):
    """A module with no row in the table is one a newcomer cannot place."""
    assert re.search(rf"^\| [^|]*`{re.escape(module)}`", (DOCS / "architecture.md").read_text(encoding="utf-8"), re.M)

def test_no_text_holds_an_unresolved_merge():
    """A conflict merged by hand and committed with its markers shipped
    two versions of the content-format reference's amounts to every editor."""
    marked = [f"{path.relative_to(DOCS.parent)}:{number}" for path in _written_text()
              for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
              if line.startswith(("<<<<<<< ", ">>>>>>> ")) or line == "======="]
    assert marked == []


def _readme_paragraph(holding: str) -> str:
    """The README's paragraph that holds these words, on one line."""
    return next(joined for joined in (" ".join(paragraph.split()) for paragraph in README.split("\n\n"))
                if holding in joined)


@pytest.mark.parametrize("catalogue", sorted(path.name for path in TRANSLATED.iterdir()))
def test_the_readme_names_every_language_the_starter_example_is_written_in(catalogue):
    """It listed eleven, and said a brief in any other starts in English:
    Korean and Turkish briefs start with the example in their language."""
    language = Locale("en").languages[Locale.parse(catalogue, sep="-").language]
    assert language in _readme_paragraph("The example (source, claims")


@pytest.mark.parametrize("reference", sorted(p.name for p in (CONTENT_FORMAT.parent).glob("*.md")))
def test_a_shipped_reference_sends_its_reader_to_no_file_an_installed_briefgen_lacks(reference):
    """`briefgen docs theming` told an installed briefgen's user the theme was
    in `src/briefgen/themes/default/` and the labels in docs/configuration.md,
    and `briefgen docs` sent them to docs/publishing.md: none of which a wheel holds."""
    text = (CONTENT_FORMAT.parent / reference).read_text(encoding="utf-8")
    assert re.findall(r"\b(?:docs|src)/[\w./-]+", text) == []
    package = CONTENT_FORMAT.parent.parent
    named = re.findall(r"`(?:briefgen/)?([\w/]+\.py)`", text)
    assert [module for module in named if not (package / module).is_file()] == []


def test_reading_lists_the_figure_csv_columns_as_the_build_writes_them():
    """A column added to data/figure.csv must be named where readers are told what it holds."""
    from briefgen.figuretable import CSV_COLUMNS
    text = " ".join((REFERENCE / "reading.md").read_text(encoding="utf-8").split())
    listed = re.search(r"`data/figure\.csv` is that table: `([^`]+)`", text).group(1)
    assert tuple(column.strip() for column in listed.split(",")) == CSV_COLUMNS


def test_reading_lists_the_kind_csv_columns_as_the_build_writes_them():
    """data/<kind>.csv's columns were named nowhere a reader looks; a column added must be named there."""
    from briefgen.exports import CSV_COLUMNS
    text = " ".join((REFERENCE / "reading.md").read_text(encoding="utf-8").split())
    listed = re.search(r"`data/<kind>\.csv` \(.*?\) lists each kind's records in a row: `([^`]+)`", text).group(1)
    assert tuple(column.strip() for column in listed.split(",")) == CSV_COLUMNS


def _documented_names(cell: str) -> set[str]:
    """The names a cell of the theming reference's tables lists, not those in its parentheses."""
    return set(re.findall(r"`([\w.]+)`", re.sub(r"\([^)]*\)", "", cell)))


def test_the_theming_reference_lists_the_names_every_template_receives(tmp_path, monkeypatch):
    """The hint of an undefined name says templates receive the view data `briefgen docs theming`
    lists, and the reference listed none (it said "see views.py"); each page's template, `page`
    and `site` must receive exactly the names the reference lists for it."""
    from briefgen import pagewriter
    from briefgen.build import build
    from briefgen.cli import main

    received: dict[str, set[str]] = {}
    real = pagewriter.render_page

    def recorded(env, page):
        received.setdefault(page.template, set()).update(page.context)
        received.setdefault("page", set()).update(page.context["page"])
        received.setdefault("site", set()).update(page.context["site"])
        return real(env, page)

    monkeypatch.setattr(pagewriter, "worker_count", lambda pages: 1)
    monkeypatch.setattr(pagewriter, "render_page", recorded)
    assert main(["init", str(tmp_path / "brief"), "-q"]) == 0
    assert build(tmp_path / "brief", out=tmp_path / "site", search=False, clean=True).ok
    text = (CONTENT_FORMAT.parent / "theming.md").read_text(encoding="utf-8")
    assert "## What each template receives" in text
    section = text.split("## What each template receives", 1)[1].split("\n## ", 1)[0]
    documented: dict[str, set[str]] = {}
    for row in re.findall(r"^\| (`.+`) \| (.+) \|$", section, re.MULTILINE):
        for name in re.findall(r"`([\w.]+)`", row[0]):
            documented[name] = _documented_names(row[1]) | ({"page", "site"} if name.endswith(".html") else set())
    assert received == documented


def test_the_readmes_first_source_and_fact_build_in_a_brief_init_made(tmp_path):
    """A newcomer follows "Adding a source and a fact" in the brief `briefgen init` just made:
    `briefgen new source article.txt` made the id 'article' where the record cites 'my-article',
    the record went to no file the README named, and its `countries: [kz, jp]` were ids only the
    demo brief has, so the build failed with three errors. Each YAML block goes to the last fact
    file named before it; the article holds every quote the blocks cite."""
    import textwrap
    from briefgen.build import build
    from briefgen.cli import main

    section = README.split("## Adding a source and a fact", 1)[1].split("\n## ", 1)[0]
    root = tmp_path / "brief"
    assert main(["init", str(root), "-q"]) == 0
    blocks = re.findall(r"^( *)```yaml\n(.*?)^ *```", section, re.MULTILINE | re.DOTALL)
    assert blocks
    quotes = []
    for indent, block in blocks:
        before = section[:section.index(block)]
        target = root / re.findall(r"`(content/\w+\.yaml)`", before)[-1]
        text = textwrap.dedent(block)
        quotes += re.findall(r'quote: "([^"]+)"', text)
        target.write_text(target.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")
    article = re.search(r"`briefgen new source ([\w.-]+)`", section).group(1)
    (root / "seeds" / article).write_text("".join(f"The forum {quote}.\n" for quote in quotes), encoding="utf-8")
    result = build(root, out=tmp_path / "site", strict=True, search=False)
    assert [d.format() for d in result.diagnostics.items] == []


def test_the_editors_guide_names_everything_init_writes(tmp_path):
    """The editing guide's "Start a new brief" listed what the new folder holds and left out `pages/`,
    where the about page a newcomer finds on the site lives."""
    from briefgen.cli import main

    assert main(["init", str(tmp_path / "brief"), "-q"]) == 0
    section = (REFERENCE / "editing.md").read_text(encoding="utf-8").split("## 0. Start a new brief", 1)[1]
    section = " ".join(section.split("\n## ", 1)[0].split())
    written = [path.name + ("/" if path.is_dir() else "") for path in sorted((tmp_path / "brief").iterdir())]
    assert [name for name in written if f"`{name}" not in section] == []
