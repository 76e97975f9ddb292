"""Read content/*.yaml into located raw records, one list per file."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import inputs, yamlsource
from .current import working_on
from .diagnostics import Diagnostics
from .schema import KINDS
from .textfile import read_utf8


@dataclass(frozen=True)
class FactFile:
    stem: str
    path: Path
    records: list  # LocatedMap items, unchecked
    readable: bool = True  # False: unreadable or not YAML (already reported), so records is empty


def load_fact_files(content: Path, diagnostics: Diagnostics, root: Path | None = None) -> list[FactFile]:
    """Every fact file in `content`; `root` is the project folder they must stay in."""
    if not content.is_dir():
        diagnostics.error(diagnostics.where(content), "no content/ folder with fact files",
                          "create content/ with YAML files such as countries.yaml; run briefgen docs for the content format")
        return []
    files: list[FactFile] = []
    readable = inputs.entries(content, root or content.parent.resolve(), diagnostics)
    for path in _yaml_names(content):
        if path.stem not in KINDS:
            if path in readable:
                diagnostics.warning(diagnostics.where(path), f"ignored: '{path.name}' is not a known fact file",
                                    f"fact files are: {', '.join(f'{stem}.yaml' for stem in KINDS)}")
            continue
        if path not in readable:  # refused, and reported: its records are unknown, not absent
            files.append(FactFile(path.stem, path, [], readable=False))
            continue
        with working_on(path):
            loaded = _read(path, diagnostics)
        files.append(FactFile(path.stem, path, loaded or [], readable=loaded is not None))
    if not any(f.records for f in files if f.stem not in ("sources", "disputes")) and not diagnostics.errors:
        diagnostics.error(diagnostics.where(content), "content/ has no fact records",
                          "add records to countries.yaml, forums.yaml… ; run briefgen docs for the content format")
    return files


def _yaml_names(content: Path) -> list[Path]:
    """Every YAML name in content/, whether or not it may be read."""
    try:
        return sorted(path for path in content.iterdir() if path.suffix in (".yaml", ".yml")
                      and not path.name.startswith(".") and not path.is_dir())
    except OSError:  # reported when listing the folder
        return []


def _read(path: Path, diagnostics: Diagnostics) -> list | None:
    text = read_utf8(path, "fact file", diagnostics)
    if text is None:
        return None
    try:
        data = yamlsource.parse(text)
    except yamlsource.YamlError as exc:
        for problem in exc.all():
            diagnostics.error(diagnostics.where(path, problem.line, problem.col), problem.message, problem.hint)
        return None
    if data is None:
        return []
    if not isinstance(data, list):
        mark = getattr(data, "mark", None)
        diagnostics.error(diagnostics.where(path, mark.line if mark else 1, mark.col if mark else 1),
                          "a fact file must be a list of records",
                          "start each record with '- id: ...'")
        return None
    return data
