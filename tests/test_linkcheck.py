"""The build checks every internal link of the site it is about to write:
the file must be built, the #fragment must be an element id on it."""
import random

from briefgen import linkcheck
from briefgen.cli import main
from briefgen.diagnostics import Diagnostics
from briefgen.linkcheck import BrokenLink, LinkChecker, PageScan, check_links, summarise


def page(*links: str, ids: tuple[str, ...] = ()) -> bytes:
    anchors = "".join(f'<a href="{link}">x</a>' for link in links)
    targets = "".join(f'<p id="{i}">y</p>' for i in ids)
    return f"<!doctype html><html><body>{anchors}{targets}</body></html>".encode()


def broken(files: dict[str, bytes], base_url: str = "") -> list[BrokenLink]:
    return LinkChecker.of(files, base_url).broken_links(files)


def test_a_link_to_a_built_page_and_its_fragment_is_good():
    files = {"events/a/index.html": page("../../sources/s/#q-1"),
             "sources/s/index.html": page(ids=("q-1",))}
    checker = LinkChecker.of(files)
    assert checker.broken_links(files) == []
    assert checker.checked == 1


def test_pages_kept_from_the_last_build_bring_their_leads_as_numbers_in_its_table():
    files = {"events/a/index.html": page("../../nowhere/", "../b/"), "events/b/index.html": page("../a/"),
             "events/c/index.html": page("../b/")}
    last = LinkChecker()
    recorded = {path: last.adopt(path, summarise(path, files[path], "")) for path in list(files)[:2]}
    assert last.leads == ["=nowhere/index.html\0", "=events/b/index.html\0", "=events/a/index.html\0"]
    assert recorded["events/a/index.html"].leads == "0,1"
    # The table holds a lead twice (a damaged record): a page numbering the first copy is reported too.
    checker = LinkChecker("", last.leads + [last.leads[0]])
    assert checker.adopt("events/a/index.html", recorded["events/a/index.html"]).leads == "0,1"
    checker.adopt("events/b/index.html", recorded["events/b/index.html"])
    fresh = checker.adopt("events/c/index.html", summarise("events/c/index.html", files["events/c/index.html"], ""))
    assert fresh.leads == "1" and len(checker.leads) == 4  # a lead in the table is not added again
    assert checker.broken_links(files) == [
        BrokenLink("events/a/index.html", "../../nowhere/", "nothing is built at nowhere/index.html")]
    assert checker.checked == 4


def test_a_link_to_a_file_nothing_builds_is_broken():
    files = {"events/a/index.html": page("../../nowhere/")}
    assert broken(files) == [
        BrokenLink("events/a/index.html", "../../nowhere/", "nothing is built at nowhere/index.html")]


def test_a_fragment_missing_from_the_target_page_is_broken():
    files = {"events/a/index.html": page("../../sources/s/#q-2", "#here", "#gone", ids=("here",)),
             "sources/s/index.html": page(ids=("q-1",))}
    assert broken(files) == [
        BrokenLink("events/a/index.html", "../../sources/s/#q-2", "sources/s/index.html has no element with id 'q-2'"),
        BrokenLink("events/a/index.html", "#gone", "events/a/index.html has no element with id 'gone'"),
    ]


def test_pages_of_one_folder_share_what_their_links_lead_to_but_never_a_link_to_the_page_itself():
    """Where a link leads is worked out once per folder, except a link with
    no path (however it is written), which leads to the page it is on."""
    same_page = ("#top", "", "?q#top", " #top")
    files = {"events/a.html": page("b.html#top", *same_page, ids=("top",)),
             "events/b.html": page(*same_page),
             "events/c.html": page("b.html#top", *same_page, ids=("top",))}
    checker = LinkChecker.of(files)
    problem = "events/b.html has no element with id 'top'"
    assert checker.broken_links(files) == [
        BrokenLink("events/a.html", "b.html#top", problem),
        *(BrokenLink("events/b.html", link, problem) for link in ("#top", "?q#top", " #top")),
        BrokenLink("events/c.html", "b.html#top", problem)]
    assert checker.checked == 3 * len(same_page) + 2


def test_what_a_link_leads_to_is_the_same_worked_out_afresh_or_kept_from_other_folders(monkeypatch):
    """Links that climb to the site's top are kept once per depth of folder,
    the others once per folder: over folders of every depth and links that
    climb too far or not far enough, with dots written as escapes, with a
    query or a fragment, or with no path, a summary made with what other
    pages left equals one made from nothing."""
    rng = random.Random(5)
    pieces = ["../", "../../", "../../../", "./", "%2E%2E/", "..%2F", "countries/", "a0/", "b1", "index.html",
              "#top", "?q", "#", "/", "https://example.org/brief/", "..", ".", "a%20b/"]
    kept = {}  # what every page before left
    for _ in range(4000):
        folder = "/".join(rng.choice(["events", "a", "b", "sources", "x y", "a.b"]) + str(rng.randrange(2))
                          for _ in range(rng.randrange(4)))
        path = f"{folder}/index.html" if folder else "index.html"
        html = page(*("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 5))) for _ in range(4)),
                    ids=("top",))
        base = rng.choice(["", "https://example.org/brief/"])
        monkeypatch.setattr(linkcheck, "_LEADS", kept)
        after_others = summarise(path, html, base)
        monkeypatch.setattr(linkcheck, "_LEADS", {})
        assert after_others == summarise(path, html, base), (path, html)


def test_a_link_is_worked_out_once_for_the_folders_that_share_what_it_depends_on(monkeypatch):
    """A page has a folder of its own: under its whole folder, every link would be worked out on every page."""
    worked_out = []
    located = linkcheck._located_from
    monkeypatch.setattr(linkcheck, "_located_from",
                        lambda folder, link, base: worked_out.append(f"{link} from {folder}") or located(folder, link, base))
    monkeypatch.setattr(linkcheck, "_LEADS", {})
    for folder in ("events/a", "events/b", "sources/c", "events/a/d"):
        summarise(f"{folder}/index.html", page("../../countries/x/", "../sibling/", "../../../out/", "./", "#p-1"), "")
    assert sorted(worked_out) == [
        "#p-1 from events/a",  # the page it is on, from anywhere
        "../../../out/ from events/a",  # out of the site from every folder as deep
        "../../../out/ from events/a/d",
        "../../countries/x/ from events/a",  # the top, from every folder as deep
        "../../countries/x/ from events/a/d",  # events/, from events/*/
        "../sibling/ from events/a",  # events/sibling/, from events/*
        "../sibling/ from events/a/d",
        "../sibling/ from sources/c",
        "./ from events/a", "./ from events/a/d", "./ from events/b", "./ from sources/c"]


def test_a_link_to_the_page_itself_or_an_id_on_it_is_checked_at_once_and_leaves_no_lead():
    """Only what depends on other files is left for the check over the whole site."""
    files = {"events/a/index.html": page("#here", "./#here", "", "../a/", "index.html#here", "#gone", "../b/",
                                         ids=("here",)),
             "events/b/index.html": page()}
    summary = summarise("events/a/index.html", files["events/a/index.html"], "")
    assert summary.leads == ("=events/a/index.html\0gone", "=events/b/index.html\0")
    assert summary.checked == 7
    checker = LinkChecker.of(files)
    assert checker.broken_links(files) == [
        BrokenLink("events/a/index.html", "#gone", "events/a/index.html has no element with id 'gone'")]
    assert checker.checked == 7


def test_directory_links_lead_to_the_index_page():
    files = {"index.html": page("./", "events/", "events", "events/a/#top"),
             "events/index.html": page("../"),
             "events/a/index.html": page(ids=("top",))}
    assert broken(files) == []


def test_asset_links_from_any_element_are_checked():
    html = (b'<link rel="stylesheet" href="../assets/style.css"><script src="../assets/app.js"></script>'
            b'<img src="../assets/missing.png">')
    files = {"figures/index.html": html, "assets/style.css": b"", "assets/app.js": b""}
    checker = LinkChecker.of(files)
    assert checker.broken_links(files) == [
        BrokenLink("figures/index.html", "../assets/missing.png", "nothing is built at assets/missing.png")]
    assert checker.checked == 3


def test_links_that_leave_the_site_are_not_followed():
    files = {"index.html": page("https://example.org/x", "http://example.org/", "mailto:a@example.org",
                                "data:,", "//cdn.example.org/x.js",
                                # browsers (and urlsplit) drop leading spaces, tabs and line ends anywhere
                                " //cdn.example.org/y.js", "&#9;//cdn.example.org/", "/&#10;/cdn.example.org/")}
    checker = LinkChecker.of(files)
    assert checker.broken_links(files) == []
    assert checker.checked == 0


def test_links_that_only_work_at_the_server_root_or_climb_out_are_broken():
    files = {"events/index.html": page("/events/", "../../up/")}
    assert broken(files) == [
        BrokenLink("events/index.html", "/events/",
                   "a link from the server root breaks when the site is served under a sub-path"),
        BrokenLink("events/index.html", "../../up/", "it points outside the site"),
    ]


def test_absolute_links_under_the_base_url_are_checked_as_internal():
    base = "https://example.org/brief/"
    files = {"404.html": page(base, base + "events/", base + "gone/", "https://example.org/elsewhere/"),
             "index.html": page(), "events/index.html": page()}
    checker = LinkChecker.of(files, base)
    assert checker.broken_links(files) == [BrokenLink("404.html", base + "gone/", "nothing is built at gone/index.html")]
    assert checker.checked == 3


def test_a_broken_link_is_reported_once_per_page_naming_its_template(tmp_path):
    files = {"events/a/index.html": page("../../nowhere/", "../../nowhere/", "../../nowhere/#x"),
             "assets/help.html": page("gone.html")}
    diagnostics = Diagnostics(tmp_path)
    checked = check_links(LinkChecker.of(files), files, {"events/a/index.html": "event.html"}, tmp_path / "site",
                          diagnostics)
    assert checked == 4
    assert [d.format() for d in diagnostics.items] == [
        "site/assets/help.html: error: broken link gone.html (from templates/assets/help.html, copied as it is)\n"
        "    hint: nothing is built at assets/gone.html; fix the link in that file",
        "site/events/a/index.html: error: broken link ../../nowhere/ (from template event.html)\n"
        "    hint: nothing is built at nowhere/index.html; fix the link in event.html "
        "or a template it extends or imports",
        "site/events/a/index.html: error: broken link ../../nowhere/#x (from template event.html)\n"
        "    hint: nothing is built at nowhere/index.html; fix the link in event.html "
        "or a template it extends or imports",
    ]


BROKEN_EVENT_TEMPLATE = """
    {% extends "record.html" %}
    {% block extra %}<p><a href="../../nowhere/">More</a></p>{% endblock %}
    """


def test_a_project_template_with_a_broken_link_fails_the_build(make_project, capsys):
    root = make_project({"templates/event.html": BROKEN_EVENT_TEMPLATE})
    assert main(["--root", str(root), "build"]) == 1
    printed = capsys.readouterr()
    assert printed.err == (
        "site/events/astana-forum-2024/index.html: error: broken link ../../nowhere/ (from template event.html)\n"
        "    hint: nothing is built at nowhere/index.html; fix the link in event.html "
        "or a template it extends or imports\n")
    assert printed.out == "failed: 1 error, 0 warnings; nothing written\n"
    assert not (root / "site").exists()


def test_a_broken_link_a_prose_page_holds_is_reported_where_its_markdown_writes_it(make_project, capsys):
    about = ("---\ntitle: About\n---\nSee [the plan](../nowhere/) and [the forum][f].\n\n"
             "[f]: <../events/nope/>\n")
    root = make_project({"pages/about.md": about})
    assert main(["--root", str(root), "build", "--no-search"]) == 1
    assert capsys.readouterr().err == (
        "pages/about.md:4:16: error: broken link ../nowhere/\n"
        "    hint: nothing is built at nowhere/index.html; fix the link (it is relative to the page's own address, "
        "about/)\n"
        "pages/about.md:6:7: error: broken link ../events/nope/\n"
        "    hint: nothing is built at events/nope/index.html; fix the link (it is relative to the page's own "
        "address, about/)\n")
    assert not (root / "site").exists()


def test_a_prose_link_to_a_mistyped_or_renamed_record_suggests_the_nearest_page_of_its_section(make_project, capsys):
    about = "---\ntitle: About\n---\nSee [the forum](../events/astana-forum-2025/) and [this](../events/zzz/).\n"
    root = make_project({"pages/about.md": about})
    assert main(["--root", str(root), "build", "--no-search"]) == 1
    assert capsys.readouterr().err == (
        "pages/about.md:4:17: error: broken link ../events/astana-forum-2025/\n"
        "    hint: nothing is built at events/astana-forum-2025/index.html; did you mean '../events/astana-forum-2024/'? "
        "fix the link (it is relative to the page's own address, about/)\n"
        "pages/about.md:4:58: error: broken link ../events/zzz/\n"
        "    hint: nothing is built at events/zzz/index.html; fix the link (it is relative to the page's own "
        "address, about/)\n")


def test_a_broken_link_markdown_writes_with_a_backslash_escape_is_reported_where_it_is_written(make_project, capsys):
    notes = "---\ntitle: Notes\n---\nSee the [annual report](annual\\_report/) here.\n"
    root = make_project({"pages/notes.md": notes})
    assert main(["--root", str(root), "build", "--no-search"]) == 1
    assert capsys.readouterr().err.startswith("pages/notes.md:4:25: error: broken link annual_report/\n")


def test_only_real_attributes_are_links_never_text_that_looks_like_one():
    html = (b'<!doctype html><html><head><title>Brief src=x href="nowhere"</title>'
            b'<meta name="description" content="Brief src=x href=nowhere id=fake">'
            b'<meta property="og:title" content=\'a <img src="gone.png">\'></head>'
            b'<body><p>See src=x and <code>&lt;a href="missing/"&gt;</code>.</p><!-- <a href="commented/"> -->'
            b'<a href="#real" title="src=elsewhere.png">x</a><p id="real">y</p></body></html>')
    checker = LinkChecker.of({"index.html": html})
    assert checker.broken_links({"index.html": html}) == []
    assert checker.checked == 1
    scan = PageScan(html.decode())
    assert (scan.links, scan.ids) == (["#real"], {"real"})


def test_a_site_title_that_looks_like_markup_builds_without_false_broken_links(make_project, capsys):
    root = make_project({"briefgen.toml": '[site]\ntitle = "Brief src=x href=nowhere <img src=y>"\n'
                                          'description = "About src=x and href=../../gone"\n'})
    assert main(["--root", str(root), "build"]) == 0, capsys.readouterr().err
    assert capsys.readouterr().err == ""
