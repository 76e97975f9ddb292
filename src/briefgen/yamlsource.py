"""Parse YAML while keeping the line and column of every value.

Values come back as plain Python data, except that mappings and sequences are
`LocatedMap` / `LocatedList`, which remember where each key and item starts so
that later stages can point an editor at the exact spot.
"""
from __future__ import annotations

import bisect
import copy
import operator
import re
import unicodedata
from array import array
from typing import NamedTuple

import yaml

from . import yamlplain
from .textfile import not_xml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.constructor.SafeConstructor()
MAX_DEPTH = 64  # real fact files never go deep; hostile ones must not crash the parser
_YAML_TAG = "tag:yaml.org,2002:"
# Far beyond any field's number (amounts stop at 10^18), and short enough that Python writes
# it back in decimal (it refuses ints of more than 4,300 digits, which a hex literal of a few
# thousand characters makes): a longer one is a mistake, refused where it stands.
MAX_NUMBER_LENGTH = 1000
# The tags a value is read by: YAML's own for text, numbers, lists and
# mappings, which the reader also gives untagged values. Any other ("!custom",
# "!!binary", "!!python/object") would be dropped without a word.
_READ_TAGS = {_YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
# Line breaks to YAML that editors and GitHub show within a line: counted,
# they would put every later diagnostic on the wrong line.
_UNSHOWN_BREAKS = re.compile("[\x85\u2028\u2029]")
_SHOWN_BREAK = re.compile("\r\n?|\n")  # a lone CR too, as YAML and editors both count it


class Mark(NamedTuple):  # a tuple: made by the hundred thousand when the parse cache is read
    line: int  # 1-based
    col: int  # 1-based


class LocatedMap(dict):
    """A mapping that knows where it starts and where each key and its
    value start: `marks` holds the key's line and column, then the value's,
    for each key in order; numbers, not a Mark each (a fact file of 10,000
    records held 230 MB of them, the peak of a build checking it afresh)."""
    __slots__ = ("mark", "marks")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.mark = Mark(1, 1)
        self.marks = array("q")

    def key_mark(self, key: str) -> Mark | None:
        return self._mark_of(key, 0)

    def value_mark(self, key: str) -> Mark | None:
        return self._mark_of(key, 2)

    def value_numbers(self, position: int) -> array:
        """The line and column of the value of the key at `position` (in
        order of the keys), as numbers: no Mark for a caller that keeps numbers."""
        return self.marks[4 * position + 2:4 * position + 4]

    def _mark_of(self, key: str, offset: int) -> Mark | None:
        if key not in self:
            return None
        at = 4 * operator.indexOf(self, key) + offset  # the key's place among the keys, found in C
        return Mark(self.marks[at], self.marks[at + 1]) if at + 1 < len(self.marks) else None


class LocatedList(list):
    """A list that knows where it starts and where each item starts (`marks`:
    the line and column of each in turn)."""
    __slots__ = ("mark", "marks")

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.mark = Mark(1, 1)
        self.marks = array("q")

    def item_mark(self, index: int) -> Mark | None:
        at = 2 * index
        return Mark(self.marks[at], self.marks[at + 1]) if 0 <= at and at + 1 < len(self.marks) else None

    def item_numbers(self, index: int) -> array:
        """The line and column of item `index`, as numbers."""
        return self.marks[2 * index:2 * index + 2]


class Refused:
    """What stands for a value briefgen refused to read (an ambiguous or
    tagged value, an escaped control character), which is reported where
    it stands: its field is there but holds nothing to check, so the file's
    other fields are checked in the same run, the record fails, and the
    value draws no second message ("must be a number")."""
    __slots__ = ()

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED = Refused()


class YamlError(Exception):
    def __init__(self, message: str, line: int, col: int, hint: str = "") -> None:
        super().__init__(message)
        self.message, self.line, self.col, self.hint = message, line, col, hint
        self.others: list[YamlError] = []  # further problems of the same file

    def all(self) -> list["YamlError"]:
        return [self, *self.others]


class _Lines:
    """Where a YAML mark is, as editors count lines: YAML also breaks lines
    at U+0085, U+2028 and U+2029, which editors show within a line."""
    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        # Most files hold none of them: YAML's own line numbers are then right.
        self._starts = [0, *(m.end() for m in _SHOWN_BREAK.finditer(text))] if _UNSHOWN_BREAKS.search(text) else None

    def of(self, mark) -> Mark:
        if self._starts is None:
            return Mark(mark.line + 1, mark.column + 1)
        line = bisect.bisect_right(self._starts, mark.index)
        return Mark(line, mark.index - self._starts[line - 1] + 1)

    def error(self, message: str, mark, hint: str = "") -> YamlError:
        return YamlError(message, *self.of(mark), hint)


def parse(text: str):
    """Return the located document, or None for an empty one. Raises
    YamlError, with every problem of the text."""
    document, problems = read(text)
    if problems:
        first, *others = problems
        first.others = others
        raise first
    return document


def read(text: str):
    """The located document (None for an empty one) and the problems of
    its values, each refused value standing as REFUSED, a repeated or
    unreadable key left out: the rest of the file can still be checked.
    Raises YamlError when the text cannot be read as YAML at all."""
    lines = _Lines(text)
    try:
        _check_depth(text, lines)
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _located(exc, text, lines) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise YamlError(f"invalid YAML: control character U+{exc.character:04X} is not allowed", line, col,
                        "remove it; YAML text may hold tabs and line breaks but no other control characters") from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", 1, 1) from None
    # Without aliases a file cannot hold more values than characters; with them
    # a few lines ("billion laughs") could expand to billions.
    if node is None:
        return None, []
    _place_aliases(node, text)
    converter = _Converter(2 * len(text) + 1000, lines, text)
    return converter.convert(node, 0), converter.problems


def _place_aliases(root: yaml.Node, text: str) -> None:
    """Put each value written as an alias ('- id: *forum') at its '*'. The reader hands
    back the anchored node itself, so what was wrong with the alias's record (a duplicate
    id, an empty list) was told at the anchor, where the editor finds nothing wrong
    ("duplicate id 'x'; first defined at 3:7", at 3:7), and a shared list's problem was
    told twice at one place. Each use after the first becomes a shallow copy placed at
    its alias: what it holds stays shared, and is told where it is written."""
    seen, uses = {id(root)}, []

    def walk(node: yaml.Node) -> None:  # document order, as the reader's events come
        if not isinstance(node, yaml.CollectionNode):
            return
        for index, item in enumerate(node.value):
            for part, child in enumerate(item if isinstance(item, tuple) else (item,)):
                if id(child) in seen:
                    uses.append((node, index, part))
                else:
                    seen.add(id(child))
                    walk(child)

    walk(root)  # no deeper than _check_depth allows
    if not uses:  # no alias: the file is not read twice
        return
    aliases = [event for event in yaml.parse(text, Loader=_Loader) if isinstance(event, yaml.AliasEvent)]
    if len(aliases) != len(uses):
        return
    for (node, index, part), alias in zip(uses, aliases):
        item = node.value[index]
        placed = copy.copy(item[part] if isinstance(item, tuple) else item)
        placed.start_mark, placed.end_mark = alias.start_mark, alias.end_mark
        node.value[index] = ((placed, item[1]) if part == 0 else (item[0], placed)) if isinstance(item, tuple) \
            else placed


# A quote, prefix, suffix or translation written without quotation marks whose line goes on with ' #': YAML
# reads all from the '#' as a comment, and the text is cut short without a word ("quote: Ranked #1 in Asia").
_COMMENT_AFTER_COPIED_TEXT = re.compile(
    r"^[ \t]*(?:-[ \t]+)*(?:quote|prefix|suffix|translation):[ \t]+[^\s'\"#][^\n]*?[ \t]#", re.M)
_COPIED_TEXT_KEYS = frozenset({"quote", "prefix", "suffix", "translation"})
_COMMENT = re.compile(r"[ \t]+#([^\r\n]*)")


class CutText(NamedTuple):
    key: str
    at: Mark  # where the value starts
    kept: str  # the value YAML reads
    comment: str  # the rest of its line, which YAML drops


def cut_by_comments(text: str) -> list[CutText]:
    """Each quote, prefix, suffix or translation, written without quotation
    marks, that a comment ends on its line. For a text YAML reads."""
    if not _COMMENT_AFTER_COPIED_TEXT.search(text):
        return []  # most files: no second scan
    lines = _Lines(text)
    cut = []
    key = colon = None  # the two tokens before the one scanned
    for token in yaml.scan(text, Loader=_Loader):
        if isinstance(token, yaml.ScalarToken) and token.plain and isinstance(colon, yaml.ValueToken) \
                and isinstance(key, yaml.ScalarToken) and key.value in _COPIED_TEXT_KEYS:
            comment = _COMMENT.match(text, token.end_mark.index)
            # One against a word (" #1") is refused as any value's is (_Converter._cut_by_comment): told once.
            if comment is not None and _COMMENT_AGAINST_A_WORD.match(text, token.end_mark.index) is None:
                cut.append(CutText(key.value, lines.of(token.start_mark), token.value, comment.group(1)))
        key, colon = colon, token
    return cut


def _check_depth(text: str, lines: _Lines) -> None:
    """libyaml composes nested collections recursively in C, so a deep enough
    file ('[[[[…') overflows the stack and kills the process; the event
    stream is flat and lets us refuse such a file first."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise lines.error("invalid YAML: nested too deeply", event.start_mark,
                                  "fact files nest a few levels; check the brackets")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _located(exc: yaml.MarkedYAMLError, text: str, lines: _Lines) -> YamlError:
    mark = exc.problem_mark or exc.context_mark
    line, col = lines.of(mark) if mark else (1, 1)
    problem = exc.problem or exc.context or "invalid YAML"
    if _char_at(text, mark) == "\t":
        return YamlError("invalid YAML: tab character used for indentation", line, col, _hint_for("tab"))
    if _unread_space(_char_at(text, mark)):
        # A no-break or ideographic space looks like a space, but YAML reads it as text, not as indentation.
        name = _named(_char_at(text, mark))
        return YamlError(f"invalid YAML: {name} used for indentation", line, col,
                         f"indent with plain spaces; YAML reads {name} as text, not as indentation")
    quoted = _quoted_just_before(text, exc.problem_mark)
    if quoted is not None:
        return _closed_too_soon(quoted, lines)
    context = exc.context_mark
    if context is None or not exc.context or (context.line + 1, context.column + 1) == (line, col):
        keyless = _keyless_item(text, exc.problem_mark) if "mapping values are not allowed" in problem else None
        if keyless is not None:
            return _key_without_colon(text, keyless, lines)
        opened = _opened_otherwise(text, mark, lines) if "cannot start any token" in problem else None
        return opened or YamlError(f"invalid YAML: {problem}", line, col, _hint_for(problem))
    if exc.context == "while scanning a simple key":
        # "place Riverton" without its ':' is noticed only on the line after it: name that line.
        return _key_without_colon(text, context, lines)
    if _never_closed(exc, text):
        # The parser notices only where it gives up, often the end of the file;
        # the editor needs the quote or bracket that was left open.
        opener = _char_at(text, context)
        what, closer = _OPENERS.get(opener, ("text", opener))
        hint = f"add the closing {closer}" + ("" if what == "quoted text" else ", or quote the value if it is text")
        return lines.error(f"invalid YAML: {what} starting here is never closed", context, hint)
    opened = _opened_otherwise(text, mark, lines)
    if opened is not None:
        return opened
    # "did not find expected key" is found far from the cause; name where it started.
    started = lines.of(context)
    hint = f"{exc.context} started at line {started.line}, column {started.col}; {_hint_for(problem)}"
    return YamlError(f"invalid YAML: {problem}", line, col, hint)


# What YAML reads a value opening with these as: "quote: > the vote was close", copied from an email's quotation,
# or "quote: [Varga] said", an editor's insertion.
_BLOCK = "a block of text that starts on the next line"
_OPENER_READINGS = {">": _BLOCK, "|": _BLOCK,
                    "*": "an alias (a repeat of a value marked '&')", "&": "an anchor (the mark an alias repeats)",
                    "!": "a tag", "@": "a reserved mark, not text", "`": "a reserved mark, not text",
                    "%": "a reserved mark, not text", "[": "a list ('[a, b]')", "{": "a mapping ('{key: value}')"}
_KEY_THEN_OPENER = re.compile(r"[ \t]*(?:-[ \t]+)*[^\s#'\"][^\n]*?:[ \t]+([>|*&!%@`\[{])")


def _opened_otherwise(text: str, mark, lines: _Lines) -> YamlError | None:
    """The error of a value, on the line where YAML gave up, that a mark YAML reads otherwise than text
    opens ('quote: *the vote was close*', 'quote: [Varga] said'); None when that line's value opens otherwise."""
    if mark is None:
        return None
    start = text.rfind("\n", 0, mark.index) + 1
    opened = _KEY_THEN_OPENER.match(text, start)
    if opened is None or opened.start(1) > mark.index:
        return None
    opener = opened.group(1)
    return YamlError(f"invalid YAML: YAML reads a value starting with '{opener}' as {_OPENER_READINGS[opener]}",
                     *lines.of(yaml.Mark(mark.name, opened.start(1), mark.line, opened.start(1) - start, None, None)),
                     "if the value is text, put it whole in double quotes (\"…\")")


def _quoted_just_before(text: str, problem):
    """The quoted value that ends just before where YAML gave up, on its line:
    text after a value's closing quote is never YAML, so that quote closed the
    value too soon ('"was "painful"."', 'Denmark's'), or closed another that
    was never closed. None if no quoted value ends there."""
    if problem is None:
        return None
    last = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.index >= problem.index:
                break
            last = token
    except yaml.MarkedYAMLError:
        pass
    if not (isinstance(last, yaml.ScalarToken) and last.style in ("'", '"')
            and last.end_mark.line == problem.line and not text[last.end_mark.index:problem.index].strip()):
        return None
    return last


def _closed_too_soon(quoted, lines: _Lines) -> YamlError:
    quote = quoted.style
    closing = lines.of(quoted.end_mark)
    if quoted.start_mark.line != quoted.end_mark.line:
        # A value left open runs on until the next quote, usually the next quoted value's opening one.
        return lines.error(f"invalid YAML: quoted text starting here runs on to the {quote} at line "
                           f"{closing.line}, column {closing.col - 1}", quoted.start_mark,
                           f"add the closing {quote} where this value ends")
    inner = ('a " inside "…" ends the value: write the value in single quotes (\'…"…"…\'), or each " inside '
             'it as \\"' if quote == '"' else
             "an apostrophe inside '…' ends the value: write it twice (e.g. 'it''s'), or write the value in "
             "double quotes")
    opened = lines.of(quoted.start_mark)
    return YamlError(f"invalid YAML: this {quote} ends the quoted value opened at column {opened.col}, and text "
                     "follows it", closing.line, closing.col - 1, inner)


def _key_without_colon(text: str, mark, lines: _Lines) -> YamlError:
    line = text[mark.index:].partition("\n")[0]
    colon = next((c for c in line.partition(":")[0] if c in _LOOKALIKE_COLONS), None)
    if colon is not None:
        # Typed with a Chinese or Japanese input method on: it looks like ':' but is text to YAML.
        key = line.partition(colon)[0].strip()
        return lines.error(f"invalid YAML: the key '{key}' is followed by a {_LOOKALIKE_COLONS[colon]} "
                           f"'{colon}' where YAML needs ':'", mark, f"write '{key}: …', with ':' and a space")
    return lines.error("invalid YAML: a key without ':' (or text where a 'key: value' belongs)",
                       mark, "write 'key: value', with ':' after the key")


_LOOKALIKE_COLONS = {"\uff1a": "full-width colon", "\ufe55": "small colon", "\ufe13": "vertical colon"}


def _unread_space(char: str) -> bool:
    """A space other than YAML's own (space, tab, line breaks): U+00A0, U+3000, U+2003…"""
    return char.isspace() and char not in " \t\r\n"


def _named(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'space').lower()}"


def _keyless_item(text: str, problem):
    """Where a list item's first key lacks its ':' ("- source x" above
    "  quote: …"), which YAML reads on into the next line and notices only
    at that line's ':'; None when the text before that ':' is a value's."""
    if problem is None:
        return None
    before = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.end_mark.index > problem.index:
                break
            if isinstance(token, yaml.ScalarToken) and token.plain and token.start_mark.line < problem.line \
                    and token.end_mark.index == problem.index and isinstance(before, yaml.BlockEntryToken):
                return token.start_mark
            before = token
    except yaml.MarkedYAMLError:
        pass
    return None


_OPENERS = {'"': ("quoted text", '"'), "'": ("quoted text", "'"), "[": ("list", "]"), "{": ("mapping", "}")}


def _never_closed(exc: yaml.MarkedYAMLError, text: str) -> bool:
    if exc.context == "while scanning a quoted scalar":
        return not text[exc.problem_mark.index:].strip()  # the quote ran to the end of the file
    return exc.context in ("while parsing a flow sequence", "while parsing a flow mapping") \
        and "expected ','" in (exc.problem or "")


def _char_at(text: str, mark) -> str:
    return text[mark.index] if mark is not None and 0 <= mark.index < len(text) else ""


def _hint_for(problem: str) -> str:
    if "tab" in problem:
        return "indent with spaces; YAML does not allow tabs for indentation"
    if "quoted scalar" in problem or "end of stream" in problem:
        return "a quoted string is not closed; add the missing quote"
    if "mapping values are not allowed" in problem:
        return ("a value containing ': ' must be quoted; or this line is indented further than the fields "
                "beside it")
    return "check the indentation and quoting around this position"


class _Converter:
    def __init__(self, budget: int, lines: _Lines, text: str) -> None:
        self.remaining = budget  # values still allowed
        self.lines = lines
        self.text = text
        self.problems: list[YamlError] = []  # every value refused, not just the first

    def convert(self, node: yaml.Node, depth: int):
        self.remaining -= 1
        if self.remaining < 0:
            raise self.lines.error("invalid YAML: aliases expand to too much data", node.start_mark,
                                   "write the values out instead of repeating them with * aliases")
        if depth > MAX_DEPTH:  # an alias inside its own anchor ('&a [*a]') nests without end
            raise self.lines.error("invalid YAML: nested too deeply", node.start_mark)
        refused = self._unread_tag(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth)
        if isinstance(node, yaml.SequenceNode):
            result = LocatedList(self.convert(item, depth + 1) for item in node.value)
            result.mark = self.mark(node)
            for item in node.value:
                result.marks.extend(self.mark(item))
            return result
        return REFUSED if refused else self._scalar(node)

    def mark(self, node: yaml.Node) -> Mark:
        return self.lines.of(node.start_mark)

    def refuse(self, node: yaml.Node, message: str, hint: str = "") -> None:
        self.problems.append(self.lines.error(message, node.start_mark, hint))

    def _unread_tag(self, node: yaml.Node) -> bool:
        """Whether the node is tagged as briefgen does not read (reported)."""
        if node.tag == _YAML_TAG + "merge":  # "<<: *record": a key no editor tags, so not called a tag
            self.refuse(node, "invalid YAML: a merge key '<<' is not read by briefgen",
                        "write the fields out in this record instead")
        elif node.tag not in _READ_TAGS:
            tag = node.tag.replace(_YAML_TAG, "!!", 1)
            self.refuse(node, f"invalid YAML: tag '{tag}' is not read by briefgen",
                        "remove the tag: briefgen reads every value as written")
        else:
            return False
        return True

    def _mapping(self, node: yaml.MappingNode, depth: int) -> LocatedMap:
        result = LocatedMap()
        result.mark = self.mark(node)
        for key_node, value_node in node.value:
            key = self.convert(key_node, depth + 1)
            if key is REFUSED:  # reported; its field is not read, as a merge key's fields are not
                continue
            if not isinstance(key, (str, int, float, bool)) or key is None:
                self.refuse(key_node, "invalid YAML: mapping keys must be plain words")
                continue
            key = key if isinstance(key, str) else key_node.value  # as written: 'true', '0x10', not 'True', '16'
            if key in result:  # the first stays: the record is checked as far as it can be
                self.refuse(key_node, f"duplicate key '{key}'",
                            "each field may appear once per record; remove or merge the repeat")
                continue
            result[key] = self.convert(value_node, depth + 1)
            result.marks.extend((*self.mark(key_node), *self.mark(value_node)))
        return result

    def _scalar(self, node: yaml.ScalarNode):
        if not node.style:  # plain (C loader: "", Python loader: None): YAML 1.1 and 1.2 may differ
            problem = yamlplain.ambiguity(node.value)
            if problem is not None:
                self.refuse(node, f"ambiguous YAML: {problem.message}", problem.hint)
                return REFUSED
            if self._cut_by_comment(node):
                return REFUSED
            if node.tag.endswith(":str"):
                number = yamlplain.number_12(node.value)
                if number is not None:
                    return number
        if node.tag.endswith(":int") and len(node.value) > MAX_NUMBER_LENGTH:
            self.refuse(node, f"a number {len(node.value):,} characters long is too long to read",
                        "check the value: no field takes a number this long; quote it if it is text")
            return REFUSED
        # The YAML reader refuses raw control characters; an escape ("\x1b",
        # "\uFFFF") still writes one into the value.
        bad = not_xml(node.value)
        if bad is not None:
            self.refuse(node, f"{bad} is not allowed in text",
                        "remove the escape that writes it; feeds and other XML outputs cannot hold it")
            return REFUSED
        return _scalar(node)

    def _cut_by_comment(self, node: yaml.ScalarNode) -> bool:
        """Whether a '#' written against a word follows the plain value on its line
        (reported): YAML reads ' #' as a comment, so "name: Summit #2" or "text: …
        #ferrydeal" would lose the number or hashtag without a word. A comment
        as editors write one, "# note", starts with a space."""
        end = node.end_mark
        cut = _COMMENT_AGAINST_A_WORD.match(self.text, end.index) if node.value else None
        if cut is None:  # an empty value ("published: #TODO") has nothing to lose
            return False
        sign = cut.start("rest")
        at = yaml.Mark(end.name, sign, end.line, end.column + sign - end.index, None, None)
        rest = cut.group("rest").rstrip()
        self.problems.append(self.lines.error(
            f"ambiguous YAML: '{rest}' is read as a comment and cut from the value '{node.value}'",
            at, "quote the whole value to keep it" + (f': "{node.value} {rest}"' if '"' not in rest + node.value
                                                      and "\\" not in rest + node.value else "")
            + "; or, if it is a comment, put a space after its '#'"))
        return True


# A comment that starts against a word: " #2", " #ferrydeal".
_COMMENT_AGAINST_A_WORD = re.compile(r"[ \t]+(?P<rest>#[^\s#][^\n\r]*)")


def _scalar(node: yaml.ScalarNode):
    tag = node.tag.rsplit(":", 1)[-1]
    # Dates stay text: their precision (2024 vs 2024-08) is part of the fact.
    if tag in ("int", "float", "bool", "null"):
        try:
            return getattr(_constructor, f"construct_yaml_{tag}")(node)
        except (ValueError, LookupError, yaml.YAMLError):  # "!!bool maybe", "!!int" with no digits
            return node.value
    return node.value
