"""The library API as a script, notebook or CI job calls it: `briefgen.build()`
and `briefgen.check()`, with folders named as text, twice, from threads."""
import threading
from pathlib import Path

import briefgen


def test_check_takes_the_project_folder_as_text(mini: Path) -> None:
    result = briefgen.check(str(mini))
    assert result.ok, result.diagnostics.to_json()
    assert result.counts["claims"] > 0


def test_build_takes_the_project_and_output_folders_as_text(mini: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = briefgen.build(mini.name, out="public")
    assert result.ok, result.diagnostics.to_json()
    assert result.out == tmp_path / "public"
    assert (tmp_path / "public" / "index.html").is_file()


def test_a_missing_project_named_as_text_is_a_diagnostic(tmp_path: Path) -> None:
    result = briefgen.build(str(tmp_path / "missing"))
    assert not result.ok
    assert result.diagnostics.exit_code == 2
    assert "no brief here" in result.diagnostics.errors[0].message


def test_an_up_to_date_build_counts_as_the_build_it_reuses(mini: Path) -> None:
    first = briefgen.build(mini, search=False)
    again = briefgen.build(mini, search=False)
    assert again.reused is not None
    assert again.counts == first.counts
    assert again.pages == first.pages


def test_results_key_a_dict_of_runs(make_project) -> None:
    one, two = make_project({}, name="one"), make_project({}, name="two")
    runs = {briefgen.check(one): one, briefgen.check(two): two}
    assert sorted(runs.values()) == [one, two]
    assert [result.ok for result in runs] == [True, True]


def test_two_threads_building_two_projects_each_get_their_own_build(make_project, tmp_path: Path) -> None:
    """A build keeps what it works out in its modules: a check begun by another
    thread while a build is under way waits for it, and each reports its own brief."""
    first, second = make_project({}, name="first"), make_project({}, name="second")
    alone = briefgen.check(second)
    rendering, go_on = threading.Event(), threading.Event()

    def paused(message: str) -> None:
        if message == "rendering pages":
            rendering.set()
            go_on.wait(30)

    results: dict[str, briefgen.Result] = {}
    builder = threading.Thread(target=lambda: results.update(built=briefgen.build(first, progress=paused)))
    checker = threading.Thread(target=lambda: results.update(checked=briefgen.check(second)))
    builder.start()
    assert rendering.wait(30)
    checker.start()
    checker.join(1)
    waited = checker.is_alive()
    go_on.set()
    builder.join(60)
    checker.join(60)
    assert waited, "the check ran in the middle of the other thread's build"
    assert results["built"].ok and results["built"].out == first / "site"
    assert results["checked"].counts == alone.counts
    assert results["checked"].diagnostics.items == alone.diagnostics.items


def test_a_published_callback_that_raises_leaves_no_site_moved_aside(mini: Path) -> None:
    """The caller's own exception reaches the caller; the last site, moved
    aside and put to `rm` when the new one was published, is gone all the same."""
    assert briefgen.build(mini, search=False).ok

    def boom() -> None:
        raise RuntimeError("the caller's own failure")

    try:
        briefgen.build(mini, search=False, clean=True, published=boom)
    except RuntimeError as exc:
        assert str(exc) == "the caller's own failure"
    else:
        raise AssertionError("the callback's exception was swallowed")
    assert sorted(p.name for p in mini.iterdir() if p.name.startswith(".site")) == []
    assert (mini / "site" / "index.html").is_file()
