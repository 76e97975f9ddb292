"""A deterministic synthetic brief, and the same texts as plain Markdown
pages for the peer generators (Hugo, Eleventy).

    python benchmarks/corpus.py 1000 /dev/shm/bench/1000

Each source is a ~1,000-word Markdown article with front matter. Five
records cite it (two forums, one meeting, one agreement, one figure), one
claim each, and every claim's words are its quote's words, so quotes,
dates and amounts verify and no claim says more than its source.
"""
from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

COUNTRIES = (("kz", "Kazakhstan"), ("kg", "Kyrgyzstan"), ("tj", "Tajikistan"), ("tm", "Turkmenistan"),
             ("uz", "Uzbekistan"), ("jp", "Japan"))
CITIES = ("Astana", "Bishkek", "Dushanbe", "Ashgabat", "Tashkent", "Tokyo", "Almaty", "Samarkand")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
TOPICS = ("energy", "logistics", "digital", "minerals", "water", "health", "education", "agriculture")
# Lowercase filler with no month, weekday, number or status word, so the
# only dates, amounts and statuses in an article are the cited ones.
FILLER = ("cooperation investment delegation ministry railway corridor programme partnership framework "
          "infrastructure industrial regional bilateral economic technical expertise financing strategy "
          "network platform exchange development initiative sustainable growth capacity transport "
          "market supply chain export import policy reform governance private sector companies "
          "officials experts analysts observers region states leaders ministers agencies projects "
          "resources climate connectivity security stability dialogue consultations representatives "
          "the a of and in for with on to by from across between among about toward within").split()

TEMPLATE_OVERRIDE = """{% extends "briefgen/base.html" %}
{% block footer %}{{ super() }}<p>Synthetic benchmark brief.</p>{% endblock %}
"""


def _date(rng: random.Random) -> tuple[str, str]:
    """An ISO date and the words an article uses for it."""
    year, month, day = rng.choice((2023, 2024, 2025)), rng.randrange(1, 13), rng.randrange(1, 29)
    return f"{year}-{month:02d}-{day:02d}", f"{day} {MONTHS[month - 1]} {year}"


def _filler(rng: random.Random, words: int) -> str:
    sentences, left = [], words
    while left > 0:
        length = min(left, rng.randrange(12, 22))
        sentence = " ".join(rng.choice(FILLER) for _ in range(length))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        left -= length
    return " ".join(sentences)


def _claim(n: int, sentence: str) -> str:
    return (f"  claims:\n    - text: \"{sentence}\"\n      cite:\n        - source: s{n:05d}\n"
            f"          quote: \"{sentence}\"\n")


def article(n: int) -> tuple[str, str, list[str]]:
    """(title, Markdown body, fact-file records) for source n."""
    rng = random.Random(n)
    title = f"Report {n} on {rng.choice(TOPICS)} ties"
    a, b = rng.sample(COUNTRIES[:5], 2)
    forum_dates = [_date(rng) for _ in range(2)]
    meeting_iso, meeting_words = _date(rng)
    agreement_iso, agreement_words = _date(rng)
    millions = rng.randrange(2, 900)
    topic = rng.choice(TOPICS)
    facts = [
        f"The Forum {n}-{k} was held in {rng.choice(CITIES)} on {words}." for k, (_, words) in enumerate(forum_dates)
    ] + [
        f"Ministers of {a[1]} and Japan met in {rng.choice(CITIES)} on {meeting_words} for Meeting {n}.",
        f"Memorandum {n} on {topic} cooperation was signed on {agreement_words}.",
        f"Japan pledged ${millions} million for Project {n} in {b[1]}.",
    ]
    paragraphs = [_filler(rng, 50) for _ in range(20)]
    for slot, fact in zip((2, 6, 10, 13, 16), facts):
        paragraphs[slot] = f"{_filler(rng, 20)} {fact} {_filler(rng, 20)}"
    paragraphs[8] = f"- {_filler(rng, 10)}\n- {_filler(rng, 10)}\n- **{_filler(rng, 6)}**"
    body = f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"
    countries = f"[{a[0]}, jp]"
    records = [
        f"- id: forum-{n}-{k}\n  name: Forum {n}-{k}\n  date: {iso}\n  countries: {countries}\n" + _claim(n, facts[k])
        for k, (iso, _) in enumerate(forum_dates)
    ] + [
        f"- id: meeting-{n}\n  name: Meeting {n}\n  date: {meeting_iso}\n  countries: {countries}\n" + _claim(n, facts[2]),
        f"- id: memorandum-{n}\n  name: Memorandum {n}\n  type: memorandum\n  date: {agreement_iso}\n"
        f"  countries: {countries}\n" + _claim(n, facts[3]),
        f"- id: pledge-{n}\n  name: Pledge for Project {n}\n  amount: {millions * 1_000_000}\n  currency: USD\n"
        f"  by: [jp]\n  to: [{b[0]}]\n  countries: [{b[0]}, jp]\n" + _claim(n, facts[4]),
    ]
    return title, body, records


KINDS = ("forums", "forums", "meetings", "agreements", "figures")


def source_file(n: int, title: str, body: str) -> str:
    published = f"2025-12-{1 + n % 28:02d}"
    return (f"---\ntitle: \"{title}\"\npublisher: Publisher {n % 40}\npublished: {published}\n---\n" + body)


def make_corpus(root: Path, sources: int) -> None:
    """Write a briefgen project in root/brief, and the same articles as
    Markdown pages in root/hugo and root/eleventy."""
    if root.exists():
        shutil.rmtree(root)
    brief, hugo, eleventy = root / "brief", root / "hugo", root / "eleventy"
    for folder in (brief / "seeds", brief / "content", brief / "templates", hugo / "content" / "articles",
                   hugo / "layouts" / "_default", eleventy / "src" / "articles", eleventy / "src" / "_includes"):
        folder.mkdir(parents=True)
    (brief / "briefgen.toml").write_text('[site]\ntitle = "Benchmark brief"\n')
    (brief / "templates" / "base.html").write_text(TEMPLATE_OVERRIDE)
    (brief / "content" / "countries.yaml").write_text(
        "".join(f"- id: {cid}\n  name: {name}\n  focus: true\n" for cid, name in COUNTRIES))
    by_kind: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for n in range(sources):
        title, body, records = article(n)
        (brief / "seeds" / f"s{n:05d}.md").write_text(source_file(n, title, body))
        page = f"---\ntitle: \"{title}\"\nlayout: article.njk\n---\n{body}"
        (hugo / "content" / "articles" / f"s{n:05d}.md").write_text(f"---\ntitle: \"{title}\"\n---\n{body}")
        (eleventy / "src" / "articles" / f"s{n:05d}.md").write_text(page)
        for kind, record in zip(KINDS, records):
            by_kind[kind].append(record)
    for kind, records in by_kind.items():
        (brief / "content" / f"{kind}.yaml").write_text("".join(records))
    _peer_layouts(hugo, eleventy)


def _peer_layouts(hugo: Path, eleventy: Path) -> None:
    """Each peer gets a base layout with a header and navigation, as briefgen's pages have."""
    (hugo / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "Benchmark"\n'
                                    'disableKinds = ["taxonomy", "term", "RSS"]\n')
    (hugo / "layouts" / "_default" / "baseof.html").write_text(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
        "<body><header><a href=\"/\">{{ site.Title }}</a></header><main>{{ block \"main\" . }}{{ end }}</main>"
        "</body></html>\n")
    (hugo / "layouts" / "_default" / "single.html").write_text(
        "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n")
    (hugo / "layouts" / "_default" / "list.html").write_text(
        "{{ define \"main\" }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>"
        "{{ end }}</ul>{{ end }}\n")
    (eleventy / "src" / "_includes" / "article.njk").write_text(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ title }}</title></head>"
        "<body><header><a href=\"/\">Benchmark</a></header><main><h1>{{ title }}</h1>{{ content | safe }}</main>"
        "</body></html>\n")


def add_source(brief: Path, n: int) -> None:
    """One more source and the records citing it (the "source added" edit)."""
    title, body, records = article(n)
    (brief / "seeds" / f"s{n:05d}.md").write_text(source_file(n, title, body))
    with (brief / "content" / "forums.yaml").open("a") as forums:
        forums.write(records[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", type=int)
    parser.add_argument("root", type=Path)
    args = parser.parse_args()
    make_corpus(args.root, args.sources)


if __name__ == "__main__":
    main()
