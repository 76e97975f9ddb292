"""Source text as HTML: verbatim, escaped, with cited passages as nested marks."""
from __future__ import annotations

from typing import Callable, Iterable

from markupsafe import Markup, escape

from .model import Anchor
from .sources import Paragraph, Source


def paragraph_html(source: Source, paragraph: Paragraph, anchors: Iterable[Anchor],
                   claim_counts: dict[str, int], cited_by: Callable[[int], str]) -> Markup:
    """Marks nest (the validator rejects passages that cross), so a simple
    open/close walk over sorted boundaries yields well-formed HTML. A mark's
    title says how many claims cite it (`cited_by`: "cited by 2 claims")."""
    inside = sorted((a for a in anchors if paragraph.start <= a.start and a.end <= paragraph.end),
                    key=lambda a: (a.start, -a.end, a.key))
    # (offset, closes-before-opens, nesting order, html): at one offset the
    # innermost mark closes first and the outermost opens first.
    events: list[tuple[int, int, int, str]] = []
    for depth, a in enumerate(inside):
        count = claim_counts.get(a.key, 0)
        label = cited_by(count)
        opening = Markup(f'<mark id="q-{escape(a.key)}" class="quote" data-claims="{count}" title="{escape(label)}">')
        events.append((a.start, 1, depth, opening))
        events.append((a.end, 0, -depth, Markup("</mark>")))
    events.sort(key=lambda e: e[:3])
    html, cursor = Markup(""), paragraph.start
    for offset, _, _, tag in events:
        html += escape(source.text[cursor:offset]) + tag
        cursor = offset
    return html + escape(source.text[cursor:paragraph.end])
