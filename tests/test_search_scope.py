"""What search indexes: the pages whose text is the brief (records, sources,
the figures table, prose pages), never the pages that repeat it (home,
timeline, section lists) nor a record page's list of related records; and
Pagefind reads those pages where they are, refusing an index of pages that
changed while it read them.

The index is read as search.js reads it: Pagefind's fragment files, one per
indexed page, hold its URL and the text that can be found."""
import gzip
import hashlib
import json
import os
import sys
from pathlib import Path

import pagefind_bin_extended
import pytest

from briefgen import build
from briefgen import search
from briefgen.search import SearchIndexError, index_folder_into, indexed
from conftest import MINI, file_tree, write_project

PROJECT = MINI | {
    "pages/about.md": """
        # About this brief

        Written by the quizzical editors.
        """,
    "content/organisations.yaml": """
        - id: airline
          name: Example Airline
          country: jp
          claims:
            - text: Japan pledged $1 billion for an airport in Uzbekistan.
              cite:
                - source: article
                  quote: "Japan pledged $1 billion for an airport in Uzbekistan."
        """,
}

# Every page of PROJECT, and whether readers search it.
SEARCHED = ["events/astana-forum-2024/", "countries/kz/", "countries/jp/", "organisations/airline/",
            "sources/article/", "figures/", "about/"]
REPEATS = ["", "timeline/", "events/", "countries/", "agreements/", "organisations/", "sources/", "search/",
           "404.html"]


def fragments(bundle: Path) -> dict[str, dict]:
    """Each indexed page's fragment (URL, searchable content, anchors), by URL."""
    found = {}
    for path in (bundle / "fragment").iterdir():
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        fragment = json.loads(data[len(b"pagefind_dcd"):])
        found[fragment["url"].lstrip("/")] = fragment
    return found


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = write_project(tmp_path_factory.mktemp("scope") / "project", PROJECT)
    result = build(root)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    return root / "site"


def test_the_pages_that_hold_the_brief_are_indexed_and_those_that_repeat_it_are_not(site):
    built = {p.relative_to(site).as_posix() for p in site.rglob("*.html") if "pagefind" not in p.parts}
    assert {path.removesuffix("index.html") for path in built} == set(SEARCHED) | set(REPEATS)
    assert sorted(fragments(site / "pagefind")) == sorted(SEARCHED)
    assert sorted(path.removesuffix("index.html") for path in built if indexed(path)) == sorted(SEARCHED)


def test_a_record_is_found_on_its_own_page_not_on_the_pages_that_list_it(site):
    pages = fragments(site / "pagefind")
    # "Example Airline" is the organisation's name: the organisations list, the home
    # page and Japan's related records show it too, but only its page is indexed with it.
    assert [url for url, page in pages.items() if "Example Airline" in page["content"]] == ["organisations/airline/"]
    assert "Astana Forum" not in pages["countries/kz/"]["content"]  # kz lists the forum among its related records
    assert "quizzical" in pages["about/"]["content"]
    assert "More than 350 companies" in pages["figures/"]["content"]
    assert "Japan pledged $1 billion" in pages["sources/article/"]["content"]


def test_a_source_is_found_by_its_words_not_its_paragraph_numbers_or_its_sticky_bar(site):
    source = fragments(site / "pagefind")["sources/article/"]
    assert "¶" not in source["content"]
    assert source["content"].count("Example News") == 1  # in its facts, not again in the bar that repeats them
    assert "highlighted" not in source["content"]  # how the page marks passages, shown beside its file, is no text of it
    passages = {anchor["id"]: anchor["text"] for anchor in source["anchors"] if anchor["id"].startswith("p-")}
    assert passages["p-1"] == "Forum report"  # a result's passage is titled by its words


def test_a_claim_is_found_by_its_words_not_its_badge_or_permalink(site):
    claims = fragments(site / "pagefind")["organisations/airline/"]["content"]
    assert "Japan pledged $1 billion for an airport in Uzbekistan." in claims
    assert "single source" not in claims  # the badge beside the claim, shown but not searched
    assert "#" not in claims  # its permalink
    page = (site / "organisations" / "airline" / "index.html").read_text(encoding="utf-8")
    assert '<span class="badge single-source" data-pagefind-ignore>single source</span>' in page
    assert 'class="permalink" href="#' in page


def test_a_source_is_not_found_by_the_titles_of_the_sources_counted_with_it_nor_a_country_by_its_timeline_link(
        tmp_path):
    """A source's page names the sources counted as one with it (the same
    publisher), and a country's page links to its timeline entries: their
    words are found on their own pages, and a search for one of those titles
    found every source of the publisher."""
    root = write_project(tmp_path / "project", MINI | {"seeds/wire.md": """\
        ---
        title: Zephyrine pipeline talks
        publisher: Example News
        ---
        Zephyrine pipeline talks resumed.
        """})
    assert build(root).ok
    pages = fragments(root / "site" / "pagefind")
    page = (root / "site" / "sources" / "article" / "index.html").read_text(encoding="utf-8")
    assert ">Zephyrine pipeline talks</a>" in page  # shown beside the source counted with it
    assert [url for url, found in pages.items() if "Zephyrine" in found["content"]] == ["sources/wire/"]
    assert 'class="own-timeline"' in (root / "site" / "countries" / "kz" / "index.html").read_text(encoding="utf-8")
    assert not [url for url, found in pages.items() if "timeline" in found["content"]]


def test_the_index_of_a_built_site_read_in_place_is_the_builds_index(site, tmp_path):
    """serve indexes its site where it lies; the index is the one the build
    made from the same pages (the same cache key, so here straight from the cache)."""
    cache = tmp_path / "cache"
    placed = index_folder_into(site, cache, "en", tmp_path / "first")
    built = {f"pagefind/{path}": digest for path, digest in tree(site / "pagefind").items()}
    assert sorted(placed) == sorted(built) and tree(tmp_path / "first") == built
    # A caller's digests of the pages it wrote give the same key.
    pages = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}
    digests = {path: hashlib.sha256(data).hexdigest() for path, data in pages.items()}
    [entry] = [name for name in os.listdir(cache) if not name.startswith(".")]
    again = index_folder_into(site, cache, "en", tmp_path / "again", digests)
    assert sorted(again) == sorted(placed) and tree(tmp_path / "again") == built
    assert [name for name in os.listdir(cache) if not name.startswith(".")] == [entry]


def test_the_index_put_into_a_folder_is_the_cache_entrys_files_checked_where_they_land(site, tmp_path, monkeypatch):
    """A build puts the index into its site as links to the cache entry's
    files (nothing read into memory but to check each against the entry's
    manifest), and what it checks is what it publishes: a file of the entry
    replaced between the manifest's check and its placing is found out
    where it landed, nothing of the entry is kept, and Pagefind indexes afresh."""
    cache = tmp_path / "cache"
    index_folder_into(site, cache, "en", tmp_path / "first")
    bundle = file_tree(tmp_path / "first")
    [entry] = [cache / name for name in os.listdir(cache) if not name.startswith(".")]
    into = tmp_path / "into"
    placed = index_folder_into(site, cache, "en", into)
    assert sorted(placed) == sorted(bundle) and {path: (into / path).read_bytes() for path in placed} == bundle
    assert all((into / path).stat().st_ino == (entry / path).stat().st_ino for path in placed)  # linked, not copied
    victim = sorted(bundle)[len(bundle) // 2]
    link, replaced = os.link, []

    def replaced_first(source, target, **options):
        if str(source) == str(entry / victim) and not replaced:
            replaced.append(source)
            Path(source).unlink()
            Path(source).write_bytes(b"planted")
        return link(source, target, **options)

    monkeypatch.setattr(search.os, "link", replaced_first)
    again = tmp_path / "again"
    placed = index_folder_into(site, cache, "en", again)
    assert {path: (again / path).read_bytes() for path in placed} == bundle  # made afresh by Pagefind
    assert sorted(path.relative_to(again).as_posix() for path in again.rglob("*") if path.is_file()) == sorted(bundle)
    assert replaced and b"planted" not in (again / victim).read_bytes()


REWRITES_A_PAGE = f"""#!{sys.executable}
import subprocess, sys
from pathlib import Path
site = Path(sys.argv[sys.argv.index("--site") + 1])
page = site / "events" / "astana-forum-2024" / "index.html"
page.write_bytes(page.read_bytes().replace(b"Astana Forum", b"Astana Summit"))
sys.exit(subprocess.run([{str(pagefind_bin_extended.get_executable())!r}] + sys.argv[1:]).returncode)
"""


def test_a_page_rewritten_while_pagefind_reads_the_site_fails_the_index_and_caches_nothing(tmp_path, monkeypatch):
    root = write_project(tmp_path / "project", PROJECT)
    assert build(root, search=False).ok
    stand_in = tmp_path / "pagefind"
    stand_in.write_text(REWRITES_A_PAGE, encoding="utf-8")
    stand_in.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(stand_in))
    cache = tmp_path / "cache"
    with pytest.raises(SearchIndexError, match="the pages changed while pagefind read them"):
        index_folder_into(root / "site", cache, "en", tmp_path / "into")
    assert os.listdir(cache) == []  # no entry, no working folder
    assert [path for path in (tmp_path / "into").rglob("*") if path.is_file()] == []
    assert "Astana Summit" in (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text()


CUTS_A_FRAGMENT = f"""#!{sys.executable}
import subprocess, sys
from pathlib import Path
done = subprocess.run([{str(pagefind_bin_extended.get_executable())!r}] + sys.argv[1:]).returncode
output = Path(sys.argv[sys.argv.index("--output-path") + 1])
fragment = sorted((output / "fragment").iterdir())[0]
fragment.write_bytes(fragment.read_bytes()[:-4])  # its gzip trailer's length, gone
sys.exit(done)
"""


def test_an_index_made_afresh_is_put_into_the_folder_checked_there_and_stored_as_it_stands(site, tmp_path,
                                                                                        monkeypatch):
    """Pagefind's new index is linked into the folder and checked where it
    landed: the files there are the cache entry's, and the entry's manifest
    names what they hold; a file Pagefind cut short fails the index, with
    nothing left in the folder and nothing cached."""
    cache, into = tmp_path / "cache", tmp_path / "into"
    placed = index_folder_into(site, cache, "en", into)
    [entry] = [cache / name for name in os.listdir(cache) if not name.startswith(".")]
    manifest = json.loads((entry / search.MANIFEST).read_bytes())["files"]
    built = {f"pagefind/{path}": digest for path, digest in tree(site / "pagefind").items()}
    assert sorted(placed) == sorted(manifest) and tree(into) == manifest == built  # the build's own index
    assert all((into / path).stat().st_ino == (entry / path).stat().st_ino for path in placed)  # linked, not copied

    stand_in = tmp_path / "pagefind"
    stand_in.write_text(CUTS_A_FRAGMENT, encoding="utf-8")
    stand_in.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(stand_in))  # another binary: another key, so made afresh
    again, other_cache = tmp_path / "again", tmp_path / "other-cache"
    with pytest.raises(SearchIndexError, match=r"pagefind wrote an incomplete index \(pagefind/fragment/.+ is cut short\)"):
        index_folder_into(site, other_cache, "en", again)
    assert [path for path in again.rglob("*") if path.is_file()] == []
    assert os.listdir(other_cache) == []
