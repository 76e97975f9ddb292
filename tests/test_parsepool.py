"""Work run in a forked worker beside the build (parsepool.beside): its
value comes back, a failure leaves the call to the build, and a build that
stops early ends the worker at once instead of waiting for it."""
import gc
import os
import time
from pathlib import Path

import pytest

from briefgen import parsepool

pytestmark = pytest.mark.skipif(not parsepool._can_fork(), reason="workers are forked only on Linux")

_LEFT: dict = {}  # what the worker reads: inherited, never sent


def _answer() -> dict:
    return {"pid": os.getpid(), "words": _LEFT["words"]}


def _fails() -> None:
    raise ValueError("a failing check")


def _unpicklable():
    return lambda: None


def _slow() -> None:
    folder = _LEFT["folder"]
    (folder / "pid").write_text(str(os.getpid()))
    time.sleep(20)
    (folder / "finished").write_text("yes")


def test_the_worker_inherits_what_it_reads_and_its_value_comes_back():
    _LEFT["words"] = ["inherited", "not sent"]
    with parsepool.beside(_answer) as result:
        _LEFT.clear()  # changed here after the fork: the worker still has its own copy
        value = result()
    assert value == {"pid": value["pid"], "words": ["inherited", "not sent"]} and value["pid"] != os.getpid()
    assert result() is value  # asked again: the same value, not another wait


def test_the_worker_leaves_what_it_inherits_out_of_its_collections():
    """A full collection in the worker would walk (and copy) everything the
    build holds; `serve` forks its search index worker between builds."""
    _LEFT["held"] = [[] for _ in range(1000)]
    try:
        with parsepool.beside(gc.get_freeze_count) as result:
            frozen = result()
    finally:
        _LEFT.clear()
    assert frozen >= 1000 and gc.get_freeze_count() == 0


@pytest.mark.parametrize("function", [_fails, _unpicklable])
def test_a_call_that_fails_in_the_worker_gives_none(function):
    with parsepool.beside(function) as result:
        assert result() is None


def test_nothing_is_forked_when_not_wanted(monkeypatch):
    monkeypatch.setattr(parsepool.multiprocessing, "get_context", lambda *_: pytest.fail("forked"))
    with parsepool.beside(_answer, wanted=False) as result:
        assert result() is None


def test_leaving_early_ends_the_worker_at_once(tmp_path: Path):
    _LEFT["folder"] = tmp_path
    with pytest.raises(KeyboardInterrupt):
        with parsepool.beside(_slow):
            while not (tmp_path / "pid").exists():
                time.sleep(0.01)
            raise KeyboardInterrupt
    pid = int((tmp_path / "pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, and reaped
    assert not (tmp_path / "finished").exists()


def test_a_result_no_longer_wanted_gives_none_and_the_worker_is_ended(tmp_path: Path):
    _LEFT["folder"] = tmp_path
    asked = []
    started = time.monotonic()
    with parsepool.beside(_slow) as result:
        while not (tmp_path / "pid").exists():
            time.sleep(0.01)
        assert result(until=lambda: asked.append(1) or len(asked) >= 3) is None
    assert len(asked) == 3 and time.monotonic() - started < 10  # given up when told, not after the call's 20 s
    with pytest.raises(ProcessLookupError):
        os.kill(int((tmp_path / "pid").read_text()), 0)
    assert not (tmp_path / "finished").exists()


def _answer_and_say_so() -> dict:
    value = _answer()
    (_LEFT["folder"] / "answered").touch()  # sent at once after: beside's first look waits UNTIL_POLL for it
    return value


def test_until_is_not_asked_once_the_value_is_there(tmp_path):
    _LEFT.update(words=["ready"], folder=tmp_path)
    with parsepool.beside(_answer_and_say_so) as result:
        # Not a fixed half second: a fork on a loaded machine took longer, and `until` was asked.
        deadline = time.monotonic() + 20
        while not (tmp_path / "answered").exists():
            assert time.monotonic() < deadline, "the worker never answered"
            time.sleep(0.01)
        assert result(until=lambda: pytest.fail("asked")) == {"pid": result()["pid"], "words": ["ready"]}
