"""The id rule: lowercase slugs, so no id can name a path outside the site."""
from __future__ import annotations

import re

SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*")


def slug_hint(value: str) -> str:
    suggestion = re.sub(r"[^a-z0-9_-]+", "-", value.lower()).strip("-_")
    if suggestion and SLUG.fullmatch(suggestion):
        return f"ids are lowercase letters, digits, '-' and '_'; e.g. '{suggestion}'"
    return "ids are lowercase letters, digits, '-' and '_', starting with a letter or digit"
