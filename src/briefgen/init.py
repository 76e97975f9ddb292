"""`briefgen init [DIR]`: start a new brief that builds at once.

The starter project ships in `starter/` as ordinary files (an example source,
one cited record per kind); this module copies them into an empty folder and
adds what depends on the install: settings, schemas, the publish workflow,
the pinned requirement it installs and the versions of the libraries under it."""
from __future__ import annotations

import json
import os
import platform
import re
import urllib.parse
from importlib import metadata
from pathlib import Path

from . import cldr, labels
from .config import CONFIG_FILE
from .installed import installed_dependencies
from .jsonschemas import all_schemas, write_schemas

STARTER = Path(__file__).resolve().parent / "starter"
# The example in other languages: translated/<catalogue>/ holds the files that
# replace the English ones of the same path (the source, the records, the
# about page), named like the label catalogues briefgen has (fr, pt, zh-Hant).
TRANSLATED = STARTER / "translated"
# Dotfiles are stored without their dot: package-data globs skip hidden files.
RENAMED = {"gitignore": ".gitignore", "publish.yml": ".github/workflows/publish.yml"}
WORKFLOW = RENAMED["publish.yml"]


class InitError(Exception):
    """The folder cannot take a new project; nothing was written."""


def version() -> str:
    try:
        return metadata.version("briefgen")
    except metadata.PackageNotFoundError:  # running from a source tree without an install
        return "0+unknown"


def requirements_text() -> str:
    """What the publish workflow installs: this briefgen, named as pip says it
    was installed (PEP 610's direct_url.json) where the workflow can reach
    the same place (a Git repository, a file on a web server), else by its
    version on the package index. A place on this computer, or an address
    holding a user name or password, is never written into a file that is
    committed and published."""
    reachable, installed_from = _installed_from()
    lines = ["# What the publish workflow installs: the briefgen you build with."]
    if reachable:
        return "\n".join(lines + [reachable]) + "\n"
    if installed_from:
        lines.append(f"# This one was installed from {installed_from}, which the workflow cannot reach:")
        lines.append("# name where it can get the same briefgen, as pip does, in place of the last line:")
    else:
        lines.append("# Installed from a wheel or a Git repository rather than the package index? Name that")
        lines.append("# instead, as pip does:")
    lines += ["#   briefgen @ git+https://example.org/you/briefgen.git@v1.0", f"briefgen=={version()}"]
    return "\n".join(lines) + "\n"


def constraints_text() -> str:
    """The version of every library this briefgen runs on, as installed
    here, for the publish workflow to install (pip's PIP_CONSTRAINT):
    requirements.txt pins briefgen alone, and its dependencies' newest
    releases could otherwise publish a site other than the one previewed."""
    lines = ["# The libraries briefgen builds with, at the versions this brief was started with: the publish",
             "# workflow installs these, so the site it publishes is byte for byte the one you preview.",
             "# After upgrading briefgen in requirements.txt, write here the versions `python3 -m pip list` shows."]
    return "\n".join(lines + [f"{name}=={version}" for name, version in installed_dependencies().items()]) + "\n"


def workflow_text(starter: bytes) -> bytes:
    """The publish workflow, on the Python this briefgen runs on: the site
    is the one this Python previews, and constraints.txt pins what was
    installed for it (a wheel built for it, a release that needs it)."""
    major, minor, _ = platform.python_version_tuple()
    return starter.replace(b"@python@", f"{major}.{minor}".encode())


def _installed_from() -> tuple[str, str]:
    """(the requirement naming where this briefgen was installed from, when
    the workflow can reach it; else "", and that place when it is not an index)."""
    try:
        direct = json.loads(metadata.distribution("briefgen").read_text("direct_url.json") or "null")
    except (metadata.PackageNotFoundError, ValueError):
        return "", ""
    url = direct.get("url") if isinstance(direct, dict) else None
    if not isinstance(url, str) or not url.isprintable():
        return "", ""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("https", "http") or parts.username or parts.password:
        return "", "this computer" if parts.scheme == "file" else "an address with a user name or password"
    vcs = direct.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and re.fullmatch(r"[0-9a-f]{40,64}", str(vcs.get("commit_id"))):
        return f"briefgen @ git+{url}@{vcs['commit_id']}", url
    if isinstance(direct.get("archive_info"), dict) and " " not in url:
        return f"briefgen @ {url}", url
    return "", url


def init_project(folder: Path, title: str | None, language: str, base_url: str) -> list[Path]:
    """Write the starter project into `folder`, which must be missing or
    empty but for a .git; return the files written, relative to it. `title`: None for the
    placeholder in the brief's language."""
    if folder.exists() and not folder.is_dir():
        raise InitError(f"{folder} exists and is not a folder")
    # A repository made first (git init, a clone of an empty one) holds only .git: no file init writes is in it.
    if folder.is_dir() and any(entry.name != ".git" for entry in folder.iterdir()):
        raise InitError(f"{folder} is not empty; briefgen init only writes into an empty or new folder")
    files = starter_files(language)
    files[CONFIG_FILE] = settings_text(title or placeholder_title(language), language, base_url).encode("utf-8")
    files["requirements.txt"] = requirements_text().encode("utf-8")
    files["constraints.txt"] = constraints_text().encode("utf-8")
    files[WORKFLOW] = workflow_text(files[WORKFLOW])
    made = [path for path in (folder, *folder.parents) if not path.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    created: list[Path] = []
    try:
        for relative, data in files.items():
            _create(folder / relative, data, created)
        schemas = write_schemas(folder / "schemas")
    except BaseException:  # a full disk, Ctrl-C: the folder is left as it was, ready for init again
        _undo(folder, created, made)
        raise
    return sorted([Path(relative) for relative in files] + [path.relative_to(folder) for path in schemas])


def _undo(folder: Path, created: list[Path], made: list[Path]) -> None:
    """Remove the files init created (the starter's, and the schemas it was
    writing into the schemas/ it made), then each folder it made that is
    empty again: never a file or folder that was there, or that appeared meanwhile."""
    schemas = [folder / "schemas" / f"{stem}.schema.json" for stem in all_schemas()]
    for path in created + schemas:
        try:
            path.unlink()
        except OSError:
            pass
    for path in sorted({parent for path in created + schemas for parent in path.parents
                        if parent.is_relative_to(folder) and parent != folder}, key=lambda p: -len(p.parts)) + made:
        try:
            path.rmdir()
        except OSError:
            pass


def starter_files(language: str) -> dict[str, bytes]:
    """The starter project's files, by the path they are written to: the
    English example, with the files of its translation into the brief's
    language in place of the English ones, if there is one (else English)."""
    files = {_target(relative): data for relative, data in _files_under(STARTER, skip=TRANSLATED).items()}
    overlay = starter_language(language)
    if overlay is not None:
        files.update((_target(relative), data) for relative, data in _files_under(TRANSLATED / overlay).items())
    return files


def starter_language(language: str) -> str | None:
    """Which translation of the example a brief in `language` starts with:
    the one of the catalogue that speaks it (pt for pt-BR, zh-Hant for
    zh-TW), or None, for English, when there is none."""
    catalogue = labels.built_in(language)
    if catalogue is None or catalogue == "en" or not (TRANSLATED / catalogue).is_dir():
        return None
    return catalogue


def _files_under(folder: Path, skip: Path | None = None) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file() and (skip is None or not path.is_relative_to(skip))}


def _target(relative: str) -> str:
    return RENAMED.get(relative, relative)


def _create(path: Path, data: bytes, created: list[Path]) -> None:
    """Create a new file, added to `created`; never replace one (a file appearing meanwhile is an error)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    created.append(path)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def settings_text(title: str, language: str, base_url: str) -> str:
    # A JSON string is a valid TOML basic string.
    url = f"base_url = {json.dumps(base_url, ensure_ascii=False)}" if base_url else \
        '# base_url = "https://example.org/my-brief/"'
    return (
        "# Settings of this brief; `briefgen docs configuration` lists them all.\n"
        "[site]\n"
        f"title = {json.dumps(title, ensure_ascii=False)}\n"
        f"{_description(language)}\n"
        f"language = {json.dumps(language, ensure_ascii=False)}\n"
        "# The address the site is published at, for canonical links, the feed and\n"
        "# the sitemap (the publish workflow passes GitHub Pages' address itself):\n"
        f"{url}\n" + _labels_to_translate(language))


# The placeholder title and description, in each language briefgen has labels in: every page shows the
# title, the home page the description.
_PLACEHOLDERS = {
    "en": ("My research brief", "What this brief covers, in one paragraph."),
    "es": ("Mi informe de investigación", "De qué trata este informe, en un párrafo."),
    "fr": ("Mon dossier de recherche", "Ce que couvre ce dossier, en un paragraphe."),
    "de": ("Mein Recherchedossier", "Worum es in diesem Dossier geht, in einem Absatz."),
    "it": ("Il mio dossier di ricerca", "Di che cosa tratta questo dossier, in un paragrafo."),
    "pt": ("Meu dossiê de pesquisa", "Do que trata este dossiê, em um parágrafo."),
    "ru": ("Мой аналитический обзор", "О чём этот обзор, в одном абзаце."),
    "tr": ("Araştırma raporum", "Bu raporun konusu, tek bir paragrafta."),
    "kk": ("Менің зерттеу шолуым", "Бұл шолу неге арналған, бір абзацпен."),
    "uz": ("Mening tadqiqot maʼlumotnomam", "Ushbu maʼlumotnoma nima haqida, bir xatboshida."),
    "ja": ("私のリサーチブリーフ", "このブリーフが扱う内容を一段落で。"),
    "zh": ("我的研究简报", "用一段话说明本简报涵盖的内容。"),
    "zh-Hant": ("我的研究簡報", "用一段話說明本簡報涵蓋的內容。"),
    "ko": ("나의 리서치 브리프", "이 브리프가 다루는 내용을 한 단락으로."),
    "ar": ("موجزي البحثي", "ما يتناوله هذا الموجز، في فقرة واحدة."),
}


def placeholder_title(language: str) -> str:
    """The title a brief in `language` starts with when none is given: in its language where briefgen has
    labels in it, else in English (a title cannot be left out to write later)."""
    return _PLACEHOLDERS.get(labels.built_in(language) or "en", _PLACEHOLDERS["en"])[0]


def _description(language: str) -> str:
    """The description line: a placeholder in the brief's language, or, in a
    language briefgen has no words in, the English one left as a comment to
    write (the home page would show it in English)."""
    catalogue = labels.built_in(language)
    if catalogue in _PLACEHOLDERS:
        return f"description = {json.dumps(_PLACEHOLDERS[catalogue][1], ensure_ascii=False)}"
    return f"# description = {json.dumps(_PLACEHOLDERS['en'][1])}  # in the brief's language"


def untranslated_note(language: str) -> str | None:
    """What `init` tells the editor of a brief in a language briefgen has no words in: the site they
    open is in English, which the summary line alone left them to find out, and to undo."""
    if labels.built_in(language) is not None:
        return None
    return (f"briefgen has no words in {cldr.english_name(language)} ({language}): the example is in English, "
            "and so are the site's labels, written into briefgen.toml's [labels] to translate")


def _labels_to_translate(language: str) -> str:
    """For a language briefgen has no labels in, every label in English, to
    translate: the site's own words are then the editor's from the start."""
    if labels.built_in(language) is not None:
        return ""
    return ("\n# The interface's own words: briefgen has none in this language, so here they are\n"
            "# in English, to translate (keep each {placeholder}; see `briefgen docs configuration`).\n"
            "[labels]\n" + labels.as_table(labels.english(), language))
