import posixpath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.routes import href, root_of, url_path


@pytest.mark.parametrize("page, target, fragment, expected", [
    ("events/x/index.html", "sources/s/index.html", "q-1", "../../sources/s/#q-1"),
    ("index.html", "sources/s/index.html", "", "sources/s/"),
    ("index.html", "index.html", "", "./"),
    ("countries/kz/index.html", "index.html", "", "../../"),
    ("figures/index.html", "figures/index.html", "f1", "./#f1"),
    ("timeline/index.html", "assets/style.css", "", "../assets/style.css"),
    ("sources/a/index.html", "data/briefgen.json", "", "../../data/briefgen.json"),
])
def test_links_are_relative_and_directory_style(page, target, fragment, expected):
    assert href(page, target, fragment) == expected


@pytest.mark.parametrize("page, expected", [("index.html", ""), ("figures/index.html", "../"),
                                            ("events/x/index.html", "../../")])
def test_root_of(page, expected):
    assert root_of(page) == expected


def relpath_href(page: str, target: str, fragment: str = "") -> str:
    """The reference: how links were made with os.path.relpath before routes.py did it by string work."""
    path = url_path(target)
    link = posixpath.relpath(path or ".", posixpath.dirname(page) or ".")
    if path.endswith("/") or not path:
        link = "./" if link == "." else link + "/"
    return link + (f"#{fragment}" if fragment else "")


# The pages and files of a site: root pages, section indexes, record and
# source pages, prose pages, data files, assets, and deeper folders sharing
# some or all of their prefix.
SITE_PATHS = ["index.html", "404.html", "feed.xml", "sitemap.xml", "about.html", "events/index.html",
              "events/x/index.html", "events/y/index.html", "events/x/notes.html", "events/xy/index.html",
              "countries/kz/index.html", "figures/index.html", "sources/s-1/index.html", "sources/index.html",
              "data/briefgen.json", "data/figure.csv", "assets/style.css", "search/index.html",
              "a/b/c/index.html", "a/b/c/d.html", "a/b/index.html", "a/bc/index.html", "a/index.html",
              "about/index.html", "index.htm", "xindex.html"]


def test_string_links_equal_relpath_on_every_pair_of_site_paths():
    for page in SITE_PATHS:
        for target in SITE_PATHS + [""]:
            for fragment in ("", "q-1f2e", "c-x"):
                assert href(page, target, fragment) == relpath_href(page, target, fragment), (page, target)


SEGMENTS = st.sampled_from(["a", "b", "events", "x", "data", "index.html", "x.csv", "feed.xml",
                            ".", "..", "", ".hidden", "a.b", "..x"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(SEGMENTS, max_size=5).map("/".join), st.lists(SEGMENTS, max_size=5).map("/".join),
       st.sampled_from(["", "f", "q-1"]), st.booleans(), st.booleans())
def test_string_links_equal_relpath_on_generated_paths(page, target, fragment, page_absolute, target_absolute):
    """Also odd paths ('.', '..', empty segments, absolute), which take relpath's own road."""
    page, target = "/" * page_absolute + page, "/" * target_absolute + target
    assert href(page, target, fragment) == relpath_href(page, target, fragment)
