"""Claim permalinks: an editor's `id` is the anchor, the hash of the wording
only the fallback, and `check` says when a published permalink moved."""
import json
import re
import subprocess
import sys

from briefgen import build, check
from briefgen.anchors import claim_anchor

FORUM = """\
- id: astana-forum-2024
  name: Astana Forum
  date: 2024-08-09
  countries: [kz, jp]
  claims:
    - {id_line}text: {text}
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
    - text: More than 350 companies took part.
      cite:
        - source: article
          quote: "More than 350 companies took part."
"""


def forum(text="The forum met in Astana on 9 August 2024.", claim_id=None) -> str:
    return FORUM.format(text=text, id_line=f"id: {claim_id}\n      " if claim_id else "")


def page_of(root):
    return (root / "site" / "events" / "astana-forum-2024" / "index.html").read_text(encoding="utf-8")


def test_a_claim_id_is_its_anchor_and_goes_into_the_data(make_project):
    root = make_project({"content/forums.yaml": forum(claim_id="met-in-astana")})
    assert build(root, out=root / "site").ok
    html = page_of(root)
    assert '<li id="c-met-in-astana">The forum met in Astana' in html
    assert 'href="#c-met-in-astana"' in html
    data = json.loads((root / "site" / "data" / "briefgen.json").read_text(encoding="utf-8"))
    forum_data = next(r for r in data["records"] if r["id"] == "astana-forum-2024")
    assert [(c["id"], c["anchor"]) for c in forum_data["claims"]][0] == ("met-in-astana", "c-met-in-astana")
    second = forum_data["claims"][1]
    assert second["id"] is None and second["anchor"].startswith("c-") and len(second["anchor"]) == 10
    assert f'<li id="{second["anchor"]}">More than 350' in html


def test_without_an_id_the_anchor_is_a_hash_that_follows_the_wording(make_project):
    root = make_project({"content/forums.yaml": forum()})
    first = check(root).library.records["astana-forum-2024"]
    root = make_project({"content/forums.yaml": forum("The forum met in Astana on 9 August.")})
    second = check(root).library.records["astana-forum-2024"]
    assert claim_anchor(first, first.claims[0]) != claim_anchor(second, second.claims[0])


def test_an_id_survives_a_copy_edit(make_project):
    root = make_project({"content/forums.yaml": forum(claim_id="met")})
    assert build(root, out=root / "site").ok
    root = make_project({"content/forums.yaml": forum("The forum convened in Astana.", claim_id="met")})
    assert build(root, out=root / "site").ok
    assert '<li id="c-met">The forum convened in Astana.' in page_of(root)


def test_an_invalid_claim_id_is_an_error_at_its_place(make_project):
    root = make_project({"content/forums.yaml": forum(claim_id="'Met Here'")})
    errors = [d.format() for d in check(root).diagnostics.errors]
    assert errors[0].startswith("content/forums.yaml:6:11: error: 'id' value 'Met Here' is not a valid id")


def test_two_claims_with_one_id_on_a_page_are_an_error(make_project):
    text = forum(claim_id="met").replace("    - text: More than", "    - id: met\n      text: More than")
    root = make_project({"content/forums.yaml": text})
    errors = [d.format() for d in check(root).diagnostics.errors]
    assert len(errors) == 1
    assert "content/forums.yaml:11:7: error: claim id 'met' gives anchor #c-met, which forum 'astana-forum-2024'" \
           " already uses on events/astana-forum-2024/index.html" in errors[0]


def test_figures_share_one_page_so_their_claim_ids_must_differ(make_project):
    figures = """\
- id: companies
  name: Companies
  amount: 350
  unit: companies
  qualifier: more-than
  claims:
    - id: count
      text: More than 350 companies took part.
      cite:
        - source: report
          quote: "More than 350 companies took part."
- id: pledge
  name: Pledge
  amount: 1000000000
  currency: USD
  countries: [jp]
  claims:
    - id: count
      text: Japan pledged $1 billion.
      cite:
        - source: report
          quote: "Japan pledged $1 billion for an airport in Uzbekistan."
"""
    root = make_project({"content/figures.yaml": figures})
    errors = [d.format() for d in check(root).diagnostics.errors]
    assert len(errors) == 1 and "already uses on figures/index.html" in errors[0]


def test_check_warns_when_a_published_permalink_moved_and_says_how_to_keep_it(make_project):
    root = make_project({"content/forums.yaml": forum()})
    assert build(root, out=root / "site").ok
    old = check(root).library.records["astana-forum-2024"]
    old_anchor = claim_anchor(old, old.claims[0])
    assert not check(root).diagnostics.warnings  # nothing moved yet
    (root / "content" / "forums.yaml").write_text(forum("The forum met in Astana."), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(root), "check"],
                         capture_output=True, text=True)
    assert run.returncode == 0
    assert (f"content/forums.yaml:6:7: warning: this claim's permalink changed from #{old_anchor} (last build)"
            in run.stderr + run.stdout)
    assert f"hint: add 'id: {old_anchor[2:]}' to the claim to keep the old link" in run.stderr + run.stdout
    # Following the hint brings the old link back, and the warning goes.
    (root / "content" / "forums.yaml").write_text(forum("The forum met in Astana.", claim_id=old_anchor[2:]),
                                                  encoding="utf-8")
    result = check(root)
    assert not result.diagnostics.warnings
    assert build(root, out=root / "site").ok
    assert f'<li id="{old_anchor}">The forum met in Astana.' in page_of(root)


def test_a_moved_permalink_is_warned_of_once_and_not_again_by_a_build_with_nothing_changed(make_project):
    """Once the build that moved it is published, the permalink is where the last build put it."""
    root = make_project({"content/forums.yaml": forum()})
    assert build(root, search=False).ok
    (root / "content" / "forums.yaml").write_text(forum("The forum met in Astana."), encoding="utf-8")
    moved = build(root, search=False)
    assert [d.message for d in moved.diagnostics.warnings if "permalink changed" in d.message]
    again = build(root, search=False)
    assert again.ok and again.reused  # up to date
    assert [d.message for d in again.diagnostics.warnings if "permalink changed" in d.message] == []


def test_a_build_into_another_folder_says_nothing_of_the_permalinks_site_published(make_project):
    root = make_project({"content/forums.yaml": forum()})
    forums = root / "content" / "forums.yaml"
    assert build(root, out=root / "site").ok
    published = first_anchor(root)
    forums.write_text(forum("The forum met in Astana."), encoding="utf-8")
    reworded = first_anchor(root)
    elsewhere = build(root, out=root.parent / "elsewhere")
    assert elsewhere.ok and not elsewhere.diagnostics.warnings  # nothing was published there before
    forums.write_text(forum(), encoding="utf-8")
    assert not build(root, out=root / "site").diagnostics.warnings  # site/ still holds these permalinks
    forums.write_text(forum("The forum met in Astana."), encoding="utf-8")
    assert [d.message.split(";")[0] for d in check(root).diagnostics.warnings] == [
        f"this claim's permalink changed from #{published} (last build) to #{reworded}"]


def first_anchor(root) -> str:
    record = check(root).library.records["astana-forum-2024"]
    return claim_anchor(record, record.claims[0])


def test_a_removed_claim_or_a_first_build_gives_no_permalink_warning(make_project):
    root = make_project({"content/forums.yaml": forum()})
    assert not check(root).diagnostics.warnings  # no build yet: nothing published
    assert build(root, out=root / "site").ok
    second_claim = ('    - text: More than 350 companies took part.\n      cite:\n        - source: article\n'
                    '          quote: "More than 350 companies took part."\n')
    assert second_claim in forum()
    (root / "content" / "forums.yaml").write_text(forum().replace(second_claim, ""), encoding="utf-8")
    result = check(root)
    assert result.ok, [d.format() for d in result.diagnostics.items]
    assert not result.diagnostics.warnings


def test_a_damaged_permalink_store_is_ignored(make_project):
    root = make_project({"content/forums.yaml": forum()})
    assert build(root, out=root / "site").ok
    (root / ".briefgen-cache" / "claim-anchors.json").write_text("{not json", encoding="utf-8")
    (root / "content" / "forums.yaml").write_text(forum("The forum met in Astana."), encoding="utf-8")
    result = check(root)
    assert result.ok and not result.diagnostics.warnings


def test_a_wording_repeated_in_one_record_gets_numbered_anchors(make_project):
    repeated = forum("More than 350 companies took part.")
    root = make_project({"content/forums.yaml": repeated})
    assert build(root, out=root / "site").ok
    html = page_of(root)
    anchors = re.findall(r'<li id="(c-[0-9a-f]{8}(?:-2)?)">More than 350 companies took part.', html)
    assert len(anchors) == 2 and anchors[1] == anchors[0] + "-2"


def test_the_copies_of_each_wording_are_numbered_in_order_among_claims_with_ids(make_project):
    """Three wordings, one given three times, one twice and one also under an
    id: each copy without an id numbered by the copies before it."""
    claim = """
    - {id_line}text: {text}
      cite:
        - source: article
          quote: "On 9 August 2024, the forum met in Astana"
"""
    wordings = [("", "The forum met."), ("", "It met in Astana."), ("met", "The forum met."), ("", "The forum met."),
                ("", "It met on 9 August 2024."), ("", "It met in Astana."), ("", "The forum met.")]
    claims = "".join(claim.format(id_line=f"id: {i}\n      " if i else "", text=text) for i, text in wordings)
    root = make_project({"content/forums.yaml": FORUM.split("  claims:")[0] + "  claims:" + claims})
    result = check(root)
    assert result.ok
    record = result.library.records["astana-forum-2024"]
    hashed = [claim_anchor(record, c) for c in record.claims]
    plain = {text: hashed[wordings.index(("", text))] for _, text in wordings}
    assert hashed == [plain["The forum met."], plain["It met in Astana."], "c-met", plain["The forum met."] + "-2",
                      plain["It met on 9 August 2024."], plain["It met in Astana."] + "-2",
                      plain["The forum met."] + "-3"]


def test_a_cache_that_cannot_be_written_costs_only_the_warning(make_project):
    root = make_project({"content/forums.yaml": forum()})
    (root / ".briefgen-cache").mkdir()
    (root / ".briefgen-cache" / "claim-anchors.json").mkdir()  # cannot be replaced by a file
    result = build(root, out=root / "site")
    assert result.ok and not result.diagnostics.items
    assert not (root / ".briefgen-cache" / "claim-anchors.json.tmp").exists()


# The forum with its first claim only, then the claims given; and its second claim, as FORUM writes it.
BY_ARTICLE = "    - text: More than 350" + forum().split("    - text: More than 350")[1]
TWINS = forum().removesuffix(BY_ARTICLE) + "{claims}"
BY_REPORT = BY_ARTICLE.replace("source: article", "source: report").replace(
    '"More than 350 companies took part."', '"More than 350 companies took part"')


def test_a_claim_of_the_same_wording_put_before_another_warns_that_the_permalink_now_leads_elsewhere(make_project):
    """Numbered by order, a wording's second copy would silently take the
    first's anchor: the warning names the claim that lost it."""
    root = make_project({"content/forums.yaml": TWINS.format(claims=BY_ARTICLE)})
    assert build(root, out=root / "site").ok
    anchor = re.search(r'<li id="(c-[0-9a-f]{8})">More than 350', page_of(root)).group(1)
    (root / "content" / "forums.yaml").write_text(TWINS.format(claims=BY_REPORT + BY_ARTICLE), encoding="utf-8")
    result = check(root)
    assert [d.format() for d in result.diagnostics.warnings] == [
        f"content/forums.yaml:14:7: warning: this claim's permalink changed from #{anchor} (last build) to "
        f"#{anchor}-2; #{anchor} now leads to another claim of the same wording (line 10)\n"
        f"    hint: add 'id: {anchor[2:]}' to the claim to keep the old link, and give the claim at line 10 "
        "an 'id:' of its own"]


def test_removing_the_first_of_two_claims_of_one_wording_warns_for_the_second(make_project):
    root = make_project({"content/forums.yaml": TWINS.format(claims=BY_REPORT + BY_ARTICLE)})
    assert build(root, out=root / "site").ok
    second = re.findall(r'<li id="(c-[0-9a-f]{8}(?:-2)?)">More than 350', page_of(root))[1]
    (root / "content" / "forums.yaml").write_text(TWINS.format(claims=BY_ARTICLE), encoding="utf-8")
    result = check(root)
    assert [d.format() for d in result.diagnostics.warnings] == [
        f"content/forums.yaml:10:7: warning: this claim's permalink changed from #{second} (last build) to "
        f"#{second[:-2]}; links shared to the old one now miss it\n"
        f"    hint: add 'id: {second[2:]}' to the claim to keep the old link"]


def rename_forum(root, forums_text: str) -> None:
    """Write the forum as `forums_text` under the id astana-forum, and the figure naming it with it."""
    (root / "content" / "forums.yaml").write_text(forums_text.replace("id: astana-forum-2024", "id: astana-forum"),
                                                  encoding="utf-8")
    figures = root / "content" / "figures.yaml"
    figures.write_text(figures.read_text(encoding="utf-8").replace("event: astana-forum-2024", "event: astana-forum"),
                       encoding="utf-8")


def test_a_reference_left_under_a_renamed_records_old_id_is_told_its_new_one(make_project):
    """The new id may be nothing like the old one (no spelling finds it); the
    last build's record with the same claims does."""
    root = make_project({"content/forums.yaml": forum()})
    assert build(root, search=False).ok
    forums = root / "content" / "forums.yaml"
    forums.write_text(forum().replace("id: astana-forum-2024", "id: kazakh-japan-business-meeting"), encoding="utf-8")
    assert [d.format() for d in check(root).diagnostics.errors] == [
        "content/figures.yaml:6:10: error: figure 'companies' field 'event' refers to unknown id 'astana-forum-2024'\n"
        "    hint: did you mean 'kazakh-japan-business-meeting'? the forum 'astana-forum-2024' of the last build is now "
        "'kazakh-japan-business-meeting'"]


def test_a_record_whose_id_is_renamed_warns_once_that_its_page_moved_and_says_how_to_keep_it(make_project):
    """Its page's address is made of its id: a new id with the same claims is
    the record renamed, and every link shared to its page now misses it."""
    root = make_project({"content/forums.yaml": forum()})
    assert build(root, search=False).ok
    rename_forum(root, forum())
    renamed = build(root, search=False)
    assert renamed.ok
    assert [d.format() for d in renamed.diagnostics.warnings if "page moved" in d.message] == [
        "content/forums.yaml:1:7: warning: this record's page moved from events/astana-forum-2024/ (last build) "
        "to events/astana-forum/: its id was 'astana-forum-2024'; links shared to the old page, and to its "
        "claims' permalinks, now miss them\n"
        "    hint: write 'id: astana-forum-2024' again to keep the old links (the name shown can change freely)"]
    again = build(root, search=False)
    assert again.ok and again.reused  # told once, as a moved permalink is
    assert [d.message for d in again.diagnostics.warnings if "page moved" in d.message] == []


def test_a_record_removed_or_renamed_with_its_claims_changed_is_no_page_moved(make_project):
    root = make_project({"content/forums.yaml": forum()})
    assert build(root, search=False).ok
    rename_forum(root, forum().replace('quote: "More than 350 companies took part."',
                                       'quote: "More than 350 companies"'))
    assert check(root).ok
    assert [d.message for d in check(root).diagnostics.warnings if "page moved" in d.message] == []
    rename_forum(root, forum().split("    - text: More")[0])
    assert check(root).ok
    assert [d.message for d in check(root).diagnostics.warnings if "page moved" in d.message] == []
