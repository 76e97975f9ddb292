"""A section of the navigation leads to records: a brief with none of a
section's kind (no agreements, no organisations) links no empty page from
every page, and its first record of that kind brings the link back."""
import re
from pathlib import Path

from conftest import MINI, write_project

from briefgen import build

ORGANISATION = """
- id: forum-office
  name: Forum Office
  country: kz
  claims:
    - text: The forum met in Astana on 9 August 2024.
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
"""


def nav_targets(page: Path) -> list[str]:
    nav = re.search(r"<nav aria-label=[^>]*>(.*?)</nav>", page.read_text(encoding="utf-8"), re.S)[1]
    return re.findall(r'href="([^"]*)"', nav)


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_section_of_no_records_is_left_out_of_the_navigation_and_its_page_still_answers(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    assert build(root, search=False).ok
    site = root / "site"
    assert nav_targets(site / "index.html") == ["./", "countries/", "events/", "figures/", "timeline/", "sources/",
                                                "search/"]
    assert nav_targets(site / "events" / "astana-forum-2024" / "index.html")[3] == "../../figures/"
    # An address kept of the section still answers, as DESIGN.md's URL contract has it.
    assert (site / "agreements" / "index.html").is_file() and (site / "organisations" / "index.html").is_file()


def test_the_first_record_of_a_section_brings_its_link_to_every_page_as_a_clean_build_makes_it(tmp_path):
    root = write_project(tmp_path / "brief", MINI)
    assert build(root, search=False).ok
    (root / "content" / "organisations.yaml").write_text(ORGANISATION, encoding="utf-8")
    assert build(root, search=False).ok
    site = root / "site"
    assert "organisations/" in nav_targets(site / "index.html")
    assert "../../organisations/" in nav_targets(site / "events" / "astana-forum-2024" / "index.html")
    assert build(root, out=tmp_path / "clean", search=False).ok
    assert files(site) == files(tmp_path / "clean")
