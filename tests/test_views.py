"""View data is worked out once where it does not depend on the page: the
shared pieces must equal what each page would get on its own."""
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.build import check, open_project
from briefgen.diagnostics import Diagnostics
from briefgen.pages import all_pages, planned_alone
from briefgen.references import PageCitations
from briefgen.render import environment, render_page
from briefgen.routes import href, source_page
from briefgen import build
from briefgen.views import SiteViews
from conftest import MINI

ABOUT = """\
---
title: About this brief
---
The forum drew a crowd [[cite source="report" quote="More than 350 companies took part."]].
"""


def site_views(root) -> SiteViews:
    project = open_project(root, Diagnostics(root))
    library = check(root).library
    assert library is not None
    return SiteViews(library, project)


def own_nav(views: SiteViews, path: str) -> list[dict]:
    """The navigation worked out for one page alone."""
    return [{"label": label, "href": href(path, target), "current": target == path} for label, target in views.nav_items]


SEGMENTS = st.sampled_from(["events", "countries", "about", "x", "kz", "index.html", "other.html", "a.csv",
                            "", ".", ".."])


def test_shared_navigation_equals_each_pages_own(make_project):
    views = site_views(make_project({"pages/about.md": ABOUT}))
    assert ("About this brief", "about/index.html") in views.nav_items
    # Every nav target is current on its own page only, among pages that share its folders.
    paths = [target for _, target in views.nav_items] + [
        "events/astana-forum-2024/index.html", "events/other/index.html", "countries/kz/index.html",
        "about/x/index.html", "about/index.htm", "404.html", "feed.xml", "a/b/c/d/index.html"]
    for path in paths * 2:  # the second round is answered from what the first one kept
        assert views.nav(path) == own_nav(views, path), path
    # Worked out once for all the pages that see it alike: one list for every event page.
    assert views.nav("events/a/index.html") is views.nav("events/b/index.html")
    assert views.nav("events/a/index.html") is not views.nav("countries/a/index.html")

    @settings(max_examples=500, deadline=None)
    @given(st.lists(SEGMENTS, min_size=1, max_size=5).map("/".join))
    def generated(path):
        assert views.nav(path) == own_nav(views, path)
    generated()


def test_pages_with_the_same_search_filters_share_one_list_of_them(make_project):
    views = site_views(make_project({}))
    plans = {plan.path: plan for plan in all_pages(views)}
    forum, source = plans["events/astana-forum-2024/index.html"], plans["sources/article/index.html"]
    assert forum.facets == [("kind", "forum"), ("countries", "jp kz")]
    assert views.facets("forum", [views.lib.records["astana-forum-2024"]]) is forum.facets
    assert source.facets == [("kind", "source"), ("countries", "jp kz")] and source.facets is not forum.facets


def test_a_page_of_one_record_source_or_prose_page_is_planned_alone_as_the_site_plans_it(make_project):
    countries = textwrap.dedent(MINI["content/countries.yaml"]) + "- id: uz\n  name: Uzbekistan\n"
    views = site_views(make_project({"pages/about.md": ABOUT, "content/countries.yaml": countries}))
    env = environment(views.project.templates)
    site = {plan.path: plan for plan in all_pages(views)}
    asked = {*site, "countries/uz/index.html", "nowhere/index.html"}  # uz: a country with no page
    alone = planned_alone(views, asked)
    assert sorted(alone) == ["about/index.html", "countries/jp/index.html", "countries/kz/index.html",
                             "events/astana-forum-2024/index.html", "sources/article/index.html"]
    for path, plan in alone.items():
        planned = site[path]
        assert (plan.path, plan.template, plan.facets) == (planned.path, planned.template, planned.facets)
        assert (plan.make.func, plan.make.args, plan.make.keywords) == \
            (planned.make.func, planned.make.args, planned.make.keywords)
        assert render_page(env, plan.build()) == render_page(env, planned.build())
    # Pages listing many are planned with the site.
    assert planned_alone(views, {"index.html", "events/index.html", "timeline/index.html", "search/index.html"}) == {}


def test_a_citation_links_its_passage_from_its_own_page():
    ledger = PageCitations("events/x/index.html", {"s": {"title": "S"}})
    citation = ledger.cite("s", "abc123", "a quote", 2)
    assert citation.href == href("events/x/index.html", source_page("s"), "q-abc123") == "../../sources/s/#q-abc123"


def test_the_reference_list_follows_labels_asked_after_it_was_read():
    ledger = PageCitations("index.html", {"s": {"title": "S"}, "t": {"title": "T"}})
    first = ledger.cite("s", "k1", "one", 1)
    assert first.label == "1"
    assert [e["id"] for e in ledger.entries] == ["s"]
    assert ledger.entries is ledger.entries  # kept while nothing new is cited
    assert ledger.cite("t", "k2", "two", 4).label == "2"
    assert ledger.cite("s", "k3", "three", 3).label == "1"
    entries = ledger.entries
    assert [e["id"] for e in entries] == ["s", "t"]
    assert [p["label"] for p in entries[0]["passages"]] == ["¶1", "¶3"]
    assert ledger.cite("s", "k1", "one", 1).label == "1"  # a passage already listed changes nothing
    assert ledger.entries is entries


def test_links_to_sources_of_one_voice_are_those_each_page_would_make(make_project):
    """Source pages share the links to the others of their publisher; each must read as if made from it."""
    seeds = {f"seeds/wire{n}.txt": f"Wire story {n}\nThe forum met again, report {n} says.\n" for n in range(4)}
    listed = "".join(f"- id: wire{n}\n  title: Wire story {n}\n  publisher: Example News\n" for n in range(4))
    root = make_project({**seeds, "content/sources.yaml": textwrap.dedent(MINI["content/sources.yaml"]) + listed})
    views = site_views(root)
    for source_id in views.lib.sources:
        at = source_page(source_id)
        others = [o for o in views.lib.sources if o != source_id]  # the article is Example News too
        expected = [{"title": views.source_title(o), "href": href(at, source_page(o))} for o in others]
        assert views.voice_links(source_id) == (expected, 0), source_id
    assert views.voice_links("wire0")[0][-1] is views.voice_links("wire1")[0][-1]  # wire3's link, made once


def test_two_citations_in_a_row_are_apart(make_project):
    forums = MINI["content/forums.yaml"].replace(
        '                  quote: "On 9 August 2024, the forum met in Astana"',
        '                  quote: "On 9 August 2024, the forum met in Astana"\n'
        '                - source: article\n                  quote: "More than 350 companies took part."')
    root = make_project({"content/forums.yaml": forums})
    assert build(root, out=root / "site", search=False).ok
    page = (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")
    assert "</a> <a class=\"cite\"" in page and "</a><a class=\"cite\"" not in page
