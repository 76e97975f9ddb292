"""The id rule: lowercase slugs, so no id can name a path outside the site."""
from __future__ import annotations

import re
import unicodedata

SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*")
# A record's id names its page's folder, and file systems allow 255 bytes a name.
LONGEST_ID = 150


def slugify(text: str, max_length: int | None = None) -> str:
    """The id a title or file name suggests: ASCII, lowercase, words joined
    by '-', cut at a word boundary; "" when nothing usable is left."""
    if SLUG.fullmatch(text) and (max_length is None or len(text) <= max_length):
        return text  # already an id, like 000_6b63e09ce1224b78
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_text.lower()).strip("-_")
    if max_length is not None and len(slug) > max_length:
        cut = slug[:max_length + 1]
        slug = cut[:cut.rfind("-")] if "-" in cut else cut[:max_length]
    return slug


def slug_hint(value: str) -> str:
    suggestion = slugify(value)
    if suggestion and SLUG.fullmatch(suggestion):
        return f"ids are lowercase letters, digits, '-' and '_'; e.g. '{suggestion}'"
    return "ids are lowercase letters, digits, '-' and '_', starting with a letter or digit"
