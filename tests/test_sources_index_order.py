"""The sources page lists a brief's documents by the date they were
published, oldest first as the events page lists events, those without a
date last, by title: not by their file names, which order nothing unless
the editor numbered them."""
import re

from briefgen import build


def source(title: str, published: str | None) -> str:
    date = f"published: {published}\n" if published else ""
    return f"---\ntitle: {title}\npublisher: Wire\n{date}---\n{title}\nThe talks went on.\n"


def test_sources_are_listed_by_date_published_then_undated_by_title(make_project):
    root = make_project({
        "seeds/a-brazil-talks-stall.md": source("Brazil talks stall", "2025-03-04"),
        "seeds/b-chile-lithium.md": source("Chile lithium pact", "2023-07"),
        "seeds/c-zambia-corridor.md": source("Zambia corridor", "2023-10-27"),
        "seeds/d-undated-note.md": source("Background note", None),
        "seeds/e-annual-review.md": source("Annual review", None),
        "content/meetings.yaml": "".join(f"""
            - id: talks-{n}
              name: Talks {n}
              claims:
                - text: The talks went on.
                  cite:
                    - source: {stem}
                      quote: "The talks went on."
            """ for n, stem in enumerate(["a-brazil-talks-stall", "b-chile-lithium", "c-zambia-corridor",
                                          "d-undated-note", "e-annual-review"])),
    }, base=None)
    result = build(root, out=root / "site", search=False)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    html = (root / "site" / "sources" / "index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<li><a href="([a-z-]+)/"', html)
    assert listed == ["b-chile-lithium", "c-zambia-corridor", "a-brazil-talks-stall", "e-annual-review",
                      "d-undated-note"]
