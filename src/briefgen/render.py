"""Render pages with Jinja2: autoescape everywhere, undefined names are errors."""
from __future__ import annotations

from pathlib import Path

import jinja2

from .views import Page

BUILTIN_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def environment(project_templates: Path) -> jinja2.Environment:
    # A project's own templates/ overrides the built-in ones file by file.
    search = [p for p in (project_templates, BUILTIN_TEMPLATES) if p.is_dir()]
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in dict.fromkeys(search)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_pages(env: jinja2.Environment, pages: list[Page]) -> dict[str, bytes]:
    return {page.path: env.get_template(page.template).render(page.context).encode("utf-8") for page in pages}


def static_files(env: jinja2.Environment) -> dict[str, bytes]:
    """Files under templates/assets/ are copied as they are."""
    files: dict[str, bytes] = {}
    for root in reversed(env.loader.searchpath):  # built-ins first, project overrides
        assets = Path(root) / "assets"
        if assets.is_dir():
            for path in sorted(assets.rglob("*")):
                if path.is_file():
                    files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files
