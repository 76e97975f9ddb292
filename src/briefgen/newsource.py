"""`briefgen new source`: add a document to seeds/ under a front-matter skeleton.

The body is written exactly as given, byte for byte: citations quote it and
their offsets count in it."""
from __future__ import annotations

import codecs
import json
import os
import re
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import frontmatter
import yaml

from . import inputs, labels
from .config import CONFIG_FILE, load_project, no_brief
from .diagnostics import Diagnostics, Location, os_reason, printable
from .ids import suggested_id
from .schema import FIELDS_OF_KIND
from .sources import SOURCE_SUFFIXES, Source, read_source
from .textfile import decode_utf8
from . import yamlplain, yamlsource

STDIN = "<stdin>"
_FIELD = re.compile(r"([\w-]+):(?:\s|$)")  # "title: …", as front matter opens
_SOURCE_FIELDS = FIELDS_OF_KIND["source"]  # what a source's front matter holds: "title", "published", "url"…
MAX_ID_LENGTH = 60
EXAMPLE_QUOTE_WORDS = 8
EXAMPLE_QUOTE_CHARS = 60
# Where a clause ends in the scripts that write no space between words.
_CLAUSE_END = re.compile(r"[、，。；：！？]")
# A title wider than this (in columns: a Chinese or Japanese character takes two) is no headline but the
# document's first paragraph, as a wire story without a headline line opens.
TITLE_WIDTH = 100
# Where a sentence may end: '.', '!' or '?' before a space, or a full stop of the scripts without spaces.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？]")

# Commented out: the build rejects empty values, so a slot only counts once filled. Its words are
# the brief's labels (skeleton_*), in the brief's language; the field names are the fields'.
METADATA_SLOTS = """\
# {skeleton_fill_in}
# publisher:
# author:
# published: YYYY-MM-DD
# url: https://
# retrieved: YYYY-MM-DD
# publisher_type: {skeleton_publisher_types}
# reliability: {skeleton_reliability}
# assessment:
# {skeleton_language}
"""
_SKELETON_LABELS = ("skeleton_fill_in", "skeleton_publisher_types", "skeleton_reliability", "skeleton_language",
                    "skeleton_title_made")


def new_source(root: Path, argument: str, source_id: str | None = None, quiet: bool = False) -> int:
    """`source_id`: the id to give it (else one made from the file name, or
    from the title of standard input); `quiet`: say only what goes wrong."""
    diagnostics = Diagnostics(root)
    problem = no_brief(root)
    if problem is not None:  # run before `cd my-brief`, it would start a seeds/ of its own beside the brief
        diagnostics.environment_error(diagnostics.where(root / CONFIG_FILE), *problem)
        _failed(diagnostics)
        return diagnostics.exit_code
    project = load_project(root, diagnostics)
    if diagnostics.errors:
        return _failed(diagnostics)
    if os.path.lexists(project.seeds):  # never written through a link out of the project
        problem = inputs.refusal(project.seeds, project.root, folder_ok=True)
        if problem is not None:
            diagnostics.error(diagnostics.where(project.seeds), problem.message, problem.hint)
            return _failed(diagnostics)
    raw = _read_input(argument, project.max_source_bytes)
    if raw is None:
        return 2
    # A byte order mark is no text of the document: after the skeleton it would open ¶1.
    raw = raw.removeprefix(codecs.BOM_UTF8)
    name = STDIN if argument == "-" else argument
    checked = Diagnostics()  # names the input as it was typed
    if len(raw) > project.max_source_bytes:
        checked.error(checked.where(name), f"the document is over the limit of {project.max_source_bytes:,} bytes",
                      "split the document, or raise max_source_bytes in briefgen.toml")
        return _failed(checked)
    named = _title_and_id(raw, name, checked, source_id)
    if named is None:
        return _failed(checked)
    title, source_id, made = named

    target = project.seeds / (source_id + (".md" if _is_markdown(name) else ".txt"))
    shown_target = target.relative_to(project.root).as_posix()
    same_id = [project.seeds / f"{source_id}{suffix}" for suffix in SOURCE_SUFFIXES]
    existing = next((path for path in same_id if path.exists()), None)
    words = labels.table(project.language, project.labels)
    skeleton = _front_matter(title, project.language, words, made)
    if existing is None:
        try:
            if not _create(target, skeleton.encode() + raw):
                existing = target
        except OSError as exc:
            diagnostics.environment_error(diagnostics.where(target), f"cannot write the source: {os_reason(exc)}",
                                          "check that seeds/ is writable and that the disk has room")
            _failed(diagnostics)
            return diagnostics.exit_code
    if existing is not None:
        shown = existing.relative_to(project.root).as_posix()
        diagnostics.error(diagnostics.where(existing), f"source '{source_id}' already exists",
                          f"edit {shown} instead, or give the new document a file name of its own")
        return _failed(diagnostics)
    read = Diagnostics(root)
    source = read_source(target, project.max_source_bytes, read)
    if source is None or read.errors:
        target.unlink()  # what is wrong is the input's: reported where it is in the input, not in the file removed
        for item in read.items:
            line = item.location.line - skeleton.count("\n")
            checked.replay([replace(item, location=Location(item.location.path, 0, 0) if line < 1 or
                                    item.location.path != shown_target else Location(name, line, item.location.col))])
        return _failed(checked)
    if not quiet:
        # The example claim is the editor's text, so it is in the brief's language; the rest is briefgen's.
        _print_next_steps(source, target.relative_to(project.root).as_posix(), words["example_claim"], made)
    return 0


def _title_and_id(raw: bytes, name: str, diagnostics: Diagnostics,
                  given: str | None = None) -> tuple[str, str, bool] | None:
    """The title and source id the input gets, and whether the title was made from the opening of a
    first line too long for one (for the editor to check); or None with the reason reported."""
    text = decode_utf8(raw, name, "source", diagnostics)
    if text is None:
        return None
    field = _front_matter_field(text)
    if field is not None:
        diagnostics.error(diagnostics.where(name, 1, 1),
                          f"the input already starts with front matter: '{field}' is a field of a source",
                          "copy the file into seeds/ as it is, or remove its front matter first")
        return None
    title, line = _title(text, _is_markdown(name))
    made = _width(title) > TITLE_WIDTH
    if made:
        title = _opening(title)
    if not title:
        diagnostics.error(diagnostics.where(name), "source has no text", "give a file that holds the document's text")
        return None
    source_id = given or suggested_id(title if name == STDIN else Path(name).stem, MAX_ID_LENGTH)
    if not source_id:
        made_from, where = ((f"the title '{title}'", diagnostics.where(name, line, 1)) if name == STDIN
                            else (f"the file name '{Path(name).name}'", diagnostics.where(name)))
        diagnostics.error(where, f"cannot make a source id from {made_from}",
                          "give the id with --id, e.g. --id ministry-statement-2025 (lowercase letters, digits, "
                          "'-' and '_')")
        return None
    return title, source_id, made


def _front_matter_field(text: str) -> str | None:
    """The field of a source that the text's front matter opens with, if it
    opens with front matter: fields between two '---' lines, one of them a
    field briefgen knows. A '---' opening an article is its own rule (the
    skeleton written above it keeps it text): not closed, around prose, or
    around a headline with a colon ("EXCLUSIVE: Leaders meet"), it is no
    front matter."""
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return None
    try:
        head, _ = handler.split(text)
    except ValueError:  # never closed
        return None
    try:
        fields = yamlsource.read(head)[0]  # as sources read it, aliases bounded
    except yamlsource.YamlError:  # fields with a mistake, or prose that is no YAML: told by its first line
        first = _FIELD.match(head.lstrip())
        return first[1] if first and first[1] in _SOURCE_FIELDS else None
    if not isinstance(fields, yamlsource.LocatedMap):
        return None
    return next((key for key in fields if isinstance(key, str) and key in _SOURCE_FIELDS), None)


def _is_markdown(name: str) -> bool:
    return Path(name).suffix.lower() == ".md"


def _read_input(argument: str, limit: int) -> bytes | None:
    """At most `limit` + 1 bytes: enough to tell the input is too long,
    however long it is (/dev/zero never ends)."""
    if argument == "-":
        return sys.stdin.buffer.read(limit + 1)
    try:
        with open(argument, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        print(f"{printable(argument)}: error: cannot read the document: {os_reason(exc)}", file=sys.stderr)
        print("    hint: give the path of a .txt or .md file, or - to read standard input", file=sys.stderr)
        return None


def _title(text: str, markdown: bool) -> tuple[str, int]:
    """The first line with a word (without Markdown's heading marks) and
    its line number; else the first non-empty line. A rule ('---', '* * *')
    opening a pasted article is no title, and would make no id."""
    first = "", 0
    # Lines as sources count them, at LF: a U+2028 inside the first is no end of the title (sources._line_paragraphs).
    for number, line in enumerate(text.split("\n"), start=1):
        title = " ".join((line.lstrip("#") if markdown else line).split())  # a U+2028 within is a space
        if _has_word(title):
            return title, number
        if title and not first[0]:
            first = title, number
    return first


def _opening(line: str) -> str:
    """A title made from a first line too wide for one: its first sentence, without the full stop,
    cut where a word (else a clause, else a letter with its marks) ends within TITLE_WIDTH, with '…'.
    Dots opening the line ('. . .', '…', a leader's run of them) open no title: the title starts after them."""
    line = line.lstrip(" .…") or line
    sentence = line[:_first_sentence_end(line)].rstrip(" .。")
    if _width(sentence) <= TITLE_WIDTH:
        return sentence
    end, width = 0, 1  # room for the '…'
    while width + _width(sentence[end]) <= TITLE_WIDTH:
        width += _width(sentence[end])
        end += 1
    cut = sentence[:end + 1]  # with the character after, which tells whether a word ends at `end`
    space = cut.rfind(" ")
    clause = max((m.end() for m in _CLAUSE_END.finditer(cut, 0, end)), default=0)
    end = space if space > 0 else clause or end
    while end > 1 and unicodedata.category(sentence[end]).startswith("M"):
        end -= 1  # a mark belongs with the letter before it: keep both or neither
    return sentence[:end].rstrip(" ,;:–—-、，；：") + "…"


def _first_sentence_end(line: str) -> int:
    """Where the line's first sentence ends. A '.' after an abbreviation ('U.S.', 'Mr.', 'Gen.'), after
    a day's number as German writes it ('5. September'), or before a small letter ends none."""
    # Each match looks only at the word before it and the letter after: a first line of a million
    # characters of '. . .' or 'A. A.' copied the line's text before and after each, and took minutes.
    first_word = next((at for at, character in enumerate(line) if character.isalnum()), len(line))
    for match in _SENTENCE_END.finditer(line, first_word + 1):  # '... ' or '!' opening the line: no sentence yet
        if match[0] == ".":
            word = _word_before(line, match.start())
            after = _NEXT_LETTER.match(line, match.end())[1]
            if ("." in word or (len(word) <= 3 and word[:1].isupper()) or (word.isdigit() and len(word) <= 2)
                    or after.islower()):
                continue
        return match.end()
    return len(line)


# The first character after a run of spaces, if any.
_NEXT_LETTER = re.compile(r"\s*(\S?)")


def _word_before(line: str, end: int) -> str:
    """The last word of line[:end], as line[:end].split()[-1] reads it, without copying line[:end]."""
    while end and line[end - 1].isspace():
        end -= 1
    start = end
    while start and not line[start - 1].isspace():
        start -= 1
    return line[start:end]


def _width(text: str) -> int:
    """Columns the text takes: two for each wide character (Chinese, Japanese, Korean)."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def _has_word(line: str) -> bool:
    """Whether a line holds a letter or digit of any script: a rule ('---', '* * *') holds none."""
    return any(character.isalnum() for character in line)


def _front_matter(title: str, language: str, words: dict, made: bool = False) -> str:
    """The skeleton: the document in the brief's language until the editor says otherwise; its comments
    in that language (`words`: the brief's labels). `made`: the title was made from the opening of the
    first paragraph, and a comment above it asks the editor to check it."""
    # safe_dump quotes whatever YAML would misread (': ', quotes, 'yes', '2024').
    title_field = yaml.safe_dump({"title": title}, allow_unicode=True, width=10**6)
    # A label of the brief's own that breaks its line would end the comment and start a field.
    comments = {key: " ".join(words[key].splitlines()) for key in _SKELETON_LABELS}
    check = f"# {comments['skeleton_title_made']}\n" if made else ""
    return f"---\n{check}{title_field}{METADATA_SLOTS.format(**comments)}language: {language}\n---\n"


def _create(target: Path, data: bytes) -> bool:
    """Write a new file; False if one is already there (never overwrite).
    The document is written whole under a hidden name first (which builds
    pass over) and then linked in: a write stopped half-way (a full disk,
    Ctrl-C, a kill no handler sees) leaves no source cut short, which the
    next build would read as the document and `new source` refuse as existing."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() or target.is_symlink():
        return False
    temporary = target.with_name(f".{target.name}.{os.getpid()}.new")
    try:
        with open(temporary, "xb") as handle:
            handle.write(data)
        try:
            os.link(temporary, target)  # never replaces what is there
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links
            if target.exists() or target.is_symlink():
                return False
            os.rename(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return True


def _failed(diagnostics: Diagnostics) -> int:
    diagnostics.print()
    print("no source added", file=sys.stderr)
    return 1


def _as_yaml_text(value: str) -> str:
    """`value` as YAML writes that text: quoted where, plain, it would read
    as something else ("no" is false in YAML 1.1, "2024" a number)."""
    plain = yamlplain.ambiguity(value) is None and isinstance(yaml.safe_load(f"value: {value}")["value"], str)
    return value if plain else json.dumps(value, ensure_ascii=False)


def _example_quote(paragraph: str) -> str:
    """The paragraph's opening words, within EXAMPLE_QUOTE_CHARS. A Japanese, Chinese or Thai paragraph
    writes no space between its words, so its opening 'words' were the whole paragraph, printed as a
    quote of hundreds of characters: a run of text that long ends at its first clause's end, else
    where a letter (with its marks) ends."""
    words = paragraph.split()[:EXAMPLE_QUOTE_WORDS]
    while len(words) > 1 and len(" ".join(words)) > EXAMPLE_QUOTE_CHARS:
        words.pop()
    quote = " ".join(words)
    if len(quote) <= EXAMPLE_QUOTE_CHARS:
        return quote
    clause = _CLAUSE_END.search(quote, 1, EXAMPLE_QUOTE_CHARS)
    end = clause.start() if clause else EXAMPLE_QUOTE_CHARS
    while end > 1 and unicodedata.category(quote[end]).startswith("M"):
        end -= 1  # a mark belongs with the letter before it: keep both or neither
    return quote[:end]


def _print_next_steps(source: Source, shown_path: str, claim: str, made: bool = False) -> None:
    # Quote the opening words of the first paragraph after the title (rules
    # are neither): a citation that the build will find, whatever the document says.
    # A title `made` from the first paragraph leaves that paragraph the first to quote.
    worded = [p for p in source.paragraphs if _has_word(source.text[p.start:p.end])] or list(source.paragraphs)
    paragraph = worded[1] if len(worded) > 1 and not made else worded[0]
    quote = _example_quote(source.text[paragraph.start:paragraph.end])
    title = ("check its title, made from the opening of its first paragraph, or write its headline there; "
             "then " if made else "")
    print(f"""added {shown_path} (source id: {source.id})
next steps:
  1. {title}fill in the commented fields of its front matter that the document states
  2. cite it from a record's claims in content/, for example:

    claims:
      - text: {json.dumps(claim, ensure_ascii=False)}
        cite:
          - source: {_as_yaml_text(source.id)}
            quote: {json.dumps(quote, ensure_ascii=False)}

  3. run briefgen build (or briefgen serve, which rebuilds as you save)""")
