"""The default theme ships in the package; a project overrides it file by
file or extends it by name."""
from pathlib import Path

from briefgen.build import build

from conftest import MINI, write_project


def _build(tmp_path: Path, extra: dict[str, str]) -> Path:
    root = write_project(tmp_path / "project", {**MINI, **extra})
    result = build(root, out=tmp_path / "site")
    assert result.ok, result.diagnostics.errors
    return tmp_path / "site"


def test_a_project_without_templates_uses_the_built_in_theme(tmp_path):
    site = _build(tmp_path, {})
    assert (site / "assets" / "style.css").is_file()
    assert '<footer class="site">' in (site / "index.html").read_text()


def test_a_project_extends_the_built_in_base_by_name(tmp_path):
    site = _build(tmp_path, {"templates/base.html": """
        {% extends "briefgen/base.html" %}
        {% block logo %}<a class="brand" href="{{ page.home }}">Our logo</a>{% endblock %}
        {% block footer %}{{ super() }}<p>Local footer note</p>{% endblock %}
        """})
    home = (site / "index.html").read_text()
    assert "Our logo" in home and "Local footer note" in home
    assert "Atom feed" in home  # the built-in footer is kept through super()


def test_a_project_file_overrides_one_built_in_file(tmp_path):
    site = _build(tmp_path, {"templates/assets/style.css": "body { color: black }\n"})
    assert (site / "assets" / "style.css").read_text() == "body { color: black }\n"
    assert (site / "assets" / "search.js").is_file()  # the other assets still come from the theme


def test_an_editors_backup_of_an_asset_is_not_published(tmp_path):
    """Emacs and vim leave style.css~ (and Emacs #style.css# while editing)
    beside the stylesheet: the old rules are no asset of the site."""
    site = _build(tmp_path, {"templates/assets/style.css": "body { color: black }\n",
                             "templates/assets/style.css~": "body { color: red }\n",
                             "templates/assets/#style.css#": "body { color: blue }\n"})
    assert (site / "assets" / "style.css").read_text() == "body { color: black }\n"
    assert not (site / "assets" / "style.css~").exists()
    assert not (site / "assets" / "#style.css#").exists()
