import pytest

from briefgen.routes import href, root_of


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
