import json
import os
import signal
import subprocess
import sys
import urllib.request
from importlib import metadata
from pathlib import Path

import pytest

from briefgen import build, check
from briefgen.cli import main
from briefgen.config import SETTINGS
from conftest import MINI, digests


def test_build_prints_one_summary_line_and_exits_0(mini, capsys):
    assert main(["--root", str(mini), "build"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("built 14 pages from 1 source, 2 claims verified (2 quoted passages) in ")
    assert (mini / "site" / "events" / "astana-forum-2024" / "index.html").is_file()


@pytest.mark.parametrize("broken", [False, True])
def test_the_command_ends_at_once_with_its_output_whole_and_main_s_exit_status(make_project, broken):
    """`briefgen` ends its process without the interpreter's teardown: what
    it printed into a pipe, which buffers it, still arrives whole."""
    root = make_project({"content/countries.yaml": "- id: kz\n  name: Kazakhstan\n  focus: yes please\n"}
                        if broken else {})
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(root), "check"], capture_output=True,
                          text=True, env=buffered)
    if broken:
        assert done.returncode == 1 and done.stdout.startswith("failed: ") and done.stdout.endswith("\n")
        assert "countries.yaml:3:10: error:" in done.stderr and done.stderr.endswith("\n")
    else:
        assert done.returncode == 0 and done.stderr == ""
        assert done.stdout.startswith("checked ") and done.stdout.endswith("\n")


def test_check_writes_nothing(mini, capsys):
    assert main(["--root", str(mini), "check"]) == 0
    assert capsys.readouterr().out.startswith("checked 4 records from 1 source, 2 claims verified")
    assert not (mini / "site").exists()


def test_content_error_exits_1_with_compiler_style_diagnostic(make_project, capsys):
    root = make_project({"content/countries.yaml": "- id: kz\n  name: Kazakhstan\n  focus: yes please\n"})
    assert main(["--root", str(root), "check"]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines()[:2] == [
        "content/countries.yaml:3:10: error: 'focus' must be true or false, not text",
        "    hint: write focus as true or false",
    ]
    assert out.startswith("failed: ")


def test_json_diagnostics_for_tools(make_project, capsys):
    root = make_project({"content/countries.yaml": "- id: kz\n  name: Kazakhstan\n  focus: maybe\n"})
    assert main(["--root", str(root), "check", "--format", "json"]) == 1
    assert '"path": "content/countries.yaml"' in capsys.readouterr().out


@pytest.mark.parametrize("options", [[], ["--coverage"]])
def test_json_check_of_a_missing_project_folder_prints_its_refusal_as_json(tmp_path, capsys, options):
    """A script reads stdout as JSON: a --root that is no folder printed nothing there, as no other refusal did."""
    assert main(["--root", str(tmp_path / "missing"), "check", "--format", "json", *options]) == 2
    out, err = capsys.readouterr()
    assert err == ""
    [problem] = json.loads(out)
    assert (problem["severity"], problem["message"]) == ("error", "no project folder here")


def test_usage_errors_exit_2(capsys):
    assert main([]) == 2
    assert main(["publish"]) == 2
    assert main(["build", "--no-such-flag"]) == 2


def test_python_dash_m_runs_the_same_cli(mini):
    done = subprocess.run([sys.executable, "-m", "briefgen", "--root", str(mini), "check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("checked ")


def test_an_unwritable_output_is_a_diagnostic_not_a_traceback(mini, capsys):
    blocker = mini / "not-a-folder"
    blocker.write_text("a file where the output's parent should be", encoding="utf-8")
    assert main(["--root", str(mini), "build", "--out", str(blocker / "site")]) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert err.splitlines() == ["not-a-folder/site: error: cannot use this output folder: Not a directory",
                                "    hint: check that the output folder's parent is a folder and readable"]


def test_main_called_from_a_program_leaves_its_signal_handlers_as_they_were(mini):
    """The command's own process unwinds on SIGTERM; a program calling main()
    (a test runner whose forked pool workers are ended by SIGTERM) keeps its own."""
    before = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)}
    assert main(["--root", str(mini), "build"]) == 0
    assert {number: signal.getsignal(number) for number in before} == before


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"briefgen {metadata.version('briefgen')}\n"


@pytest.mark.parametrize("argv", [["--root", "{root}", "check"], ["check", "--root", "{root}"]])
def test_root_before_or_after_the_command(mini, capsys, argv):
    assert main([a.format(root=mini) for a in argv]) == 0
    assert capsys.readouterr().out.startswith("checked 4 records")


def test_quiet_prints_only_diagnostics(make_project, mini, capsys):
    assert main(["build", "--root", str(mini), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    root = make_project({"content/countries.yaml": "- id: kz\n  name: Kazakhstan\n  focus: maybe\n"})
    assert main(["-q", "--root", str(root), "check"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("content/countries.yaml:3:10: error:")


def test_verbose_adds_the_time_of_each_stage(mini, capsys):
    assert main(["build", "--root", str(mini), "--verbose"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("built ")
    assert [line.split(":")[0].strip() for line in err.splitlines()] == [
        "load", "views", "render", "search", "links", "write"]


@pytest.mark.parametrize("options", [[], ["--format", "json"], ["--coverage"], ["--overreach", "--format", "json"]])
def test_verbose_check_adds_the_time_of_its_stages_apart_from_what_it_prints(mini, capsys, options):
    """`--verbose` is documented for every command; `check -v` printed no stage at all."""
    assert main(["check", "--root", str(mini), "--verbose", *options]) == 0
    out, err = capsys.readouterr()
    assert [line.split(":")[0].strip() for line in err.splitlines()] == ["load", "templates"]
    assert "load:" not in out


def test_quiet_and_verbose_exclude_each_other(mini, capsys):
    assert main(["build", "--root", str(mini), "-q", "-v"]) == 2
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize("url, problem", [
    ("example.org/brief/", "it must start with https:// or http://"),
    ("ftp://example.org/", "it must start with https:// or http://"),
    ("https:///brief/", "it names no host"),
    ("https://example.org/?x=1", "it may not carry a ?query or #fragment"),
    ("https://example.org/a b/", "it contains a space or a control character"),
    ("https://user:secret@example.org/", "it carries a user name or password, which every page would publish"),
    ("https://example.org:99999/", "its port is not a number from 0 to 65535"),
    ("", "it must start with https:// or http://"),  # an unset $BASE_URL in CI: never a site without its address
    ("https://example.org/team/brief/..", "it has a '.' or '..' segment, which browsers resolve to another address"),
    ("https://example.org/team/./brief/", "it has a '.' or '..' segment, which browsers resolve to another address"),
    ("https://example.org/team/%2E%2e/brief/", "it has a '.' or '..' segment, which browsers resolve to another address"),
    ("https://example.org/team/brief/index.html", "it names a page, index.html, not the folder the site is published in"),
])
def test_a_bad_base_url_is_a_usage_error_naming_the_problem(mini, capsys, url, problem):
    assert main(["build", "--root", str(mini), "--base-url", url]) == 2
    assert f"is not a base URL: {problem}" in capsys.readouterr().err
    assert not (mini / "site").exists()



def test_the_api_holds_a_base_url_to_the_same_rule(mini):
    """`build(base_url=…)` skips the command line's check: a script's
    'javascript:' address would otherwise be every page's canonical link."""
    result = build(mini, base_url="javascript:alert(1)//")
    assert not result.ok and [d.format() for d in result.diagnostics.errors] == [
        "base_url: error: 'javascript:alert(1)//' is not a base URL: it must start with https:// or http://\n"
        "    hint: write the full address, e.g. https://example.org/brief/"]
    assert not (mini / "site").exists()


def test_the_api_refuses_an_empty_base_url_as_the_command_line_does(mini):
    """`build(base_url=os.environ.get("BASE_URL", ""))` in a CI script whose variable is unset: not a site
    published without its address (briefgen.toml's base_url dropped for canonical links and the sitemap)."""
    result = build(mini, base_url="")
    assert not result.ok and result.diagnostics.exit_code == 2
    assert [d.format() for d in result.diagnostics.errors] == [
        "base_url: error: '' is not a base URL: it must start with https:// or http://\n"
        "    hint: write the full address, e.g. https://example.org/brief/"]
    assert not (mini / "site").exists()


def test_the_api_refuses_an_empty_output_folder_as_the_command_line_does(mini, tmp_path, monkeypatch):
    """`build(root, out="")`, an unset variable of the caller's, builds neither into site/ nor the current folder."""
    monkeypatch.chdir(tmp_path)
    result = build(mini, out="")
    assert not result.ok and result.diagnostics.exit_code == 2 and result.out is None
    assert [d.format() for d in result.diagnostics.errors] == [
        "out: error: '' is not an output folder\n"
        "    hint: name the output folder, e.g. out='site', or pass out=None for the project's site/"]
    assert result.summary() == "failed: 1 error, 0 warnings; nothing written"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["mini"]
    assert sorted(path.name for path in mini.iterdir()) == sorted({name.split("/")[0] for name in MINI})


@pytest.mark.parametrize("call", ["check", "build", "build out"])
def test_the_api_reports_a_path_holding_a_nul_character_rather_than_raising(mini, tmp_path, call):
    """Only a script can pass one (a command line cannot): ValueError 'embedded null byte' reached it."""
    if call == "check":
        result, named = check(str(mini) + "\0x"), "root"
    elif call == "build":
        result, named = build(str(mini) + "\0x"), "root"
    else:
        result, named = build(mini, out=tmp_path / "site\0x"), "out"
    assert not result.ok and result.diagnostics.exit_code == 2
    [error] = result.diagnostics.errors
    assert error.location.path == named and error.message.endswith("is not a folder's name: it holds a NUL character")
    assert error.hint == "no file name can hold one: check how the path was made"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["mini"]


def test_a_base_url_is_published_in_ascii_however_it_was_written(mini, tmp_path):
    """An address pasted as a browser shows it is written as the sitemap's
    format requires: the host in IDNA, the path percent-encoded."""
    written = {}
    for name, url in (("pasted", "https://bücher.example/café/"), ("encoded", "https://xn--bcher-kva.example/caf%C3%A9")):
        assert main(["build", "--root", str(mini), "--out", str(tmp_path / name), "-q", "--base-url", url]) == 0
        written[name] = {path.relative_to(tmp_path / name): path.read_bytes()
                         for path in sorted((tmp_path / name).rglob("*")) if path.is_file()}
    assert written["pasted"] == written["encoded"]
    sitemap = written["pasted"][Path("sitemap.xml")].decode()
    assert "<loc>https://xn--bcher-kva.example/caf%C3%A9/</loc>" in sitemap and sitemap.isascii()


@pytest.mark.parametrize("url", ["https://ü..example/", "https://" + "ü" * 70 + ".example/"])
def test_a_host_idna_cannot_write_is_refused(mini, capsys, url):
    assert main(["build", "--root", str(mini), "--base-url", url]) == 2
    assert "is not a base URL: its host is not a name IDNA can write in ASCII" in capsys.readouterr().err

@pytest.mark.parametrize("argv, message", [
    (["--bind", "0.0.0.0"], "error: --bind 0.0.0.0 would let other computers reach the preview server"),
    (["--bind", "192.168.1.5"], "error: --bind 192.168.1.5 would let other computers reach the preview server"),
    (["--bind", "localhost"], "error: --bind needs an IP address, not 'localhost'"),
])
def test_serve_refuses_an_address_others_can_reach_without_expose(mini, capsys, argv, message):
    assert main(["serve", "--root", str(mini), *argv]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0] == message
    assert not (mini / "site").exists()


def test_serve_binds_where_it_is_told(mini):
    from briefgen.serve import Server
    server = Server(mini, port=0, host="127.0.0.2")
    server.start()
    try:
        assert server.url.startswith("http://127.0.0.2:")
        with urllib.request.urlopen(server.url, timeout=10) as response:
            assert response.status == 200
    finally:
        server.stop()


def test_docs_prints_the_shipped_references(capsys):
    assert main(["docs"]) == 0
    assert capsys.readouterr().out.startswith("# Content format\n")
    assert main(["docs", "configuration"]) == 0
    out = capsys.readouterr().out
    assert all(f"| `{name}` |" in out for name in SETTINGS)
    assert main(["docs", "theming"]) == 0  # where template errors' hints send the editor
    assert capsys.readouterr().out.startswith("# Theming\n")


# Sends Ctrl-C to itself as a module deep in briefgen's own starts loading, then loads the command.
INTERRUPTED_WHILE_LOADING = """
import os, signal, sys
class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == "briefgen.buildstate":
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, Interrupt())
from briefgen.cli import command
command(["--version"])
"""


# Sends itself the signal argv[1] names as the build renders its first page.
SIGNALLED_WHILE_BUILDING = """
import os, signal, sys
from briefgen import pagewriter
rendering = pagewriter.render_page
def render_page(env, page):
    os.kill(os.getpid(), int(sys.argv[1]))
    return rendering(env, page)
pagewriter.render_page = render_page
from briefgen.cli import command
command(sys.argv[2:])
"""


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=["SIGINT", "SIGTERM", "SIGHUP"])
def test_a_build_a_signal_stops_exits_128_plus_its_number_and_keeps_the_previous_site(mini, signum):
    assert main(["--root", str(mini), "build", "--no-search"]) == 0
    before = digests(mini / "site")
    done = subprocess.run([sys.executable, "-c", SIGNALLED_WHILE_BUILDING, str(int(signum)),
                           "--root", str(mini), "build", "--no-search", "--clean"],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (128 + signum, "",
                                                           "interrupted; the previous site is unchanged\n")
    assert digests(mini / "site") == before
    assert sorted(path.name for path in mini.iterdir() if path.name.startswith(".site-")) == []


# Sends itself SIGTERM as `check` loads the brief.
SIGNALLED_WHILE_CHECKING = """
import os, signal, sys
from briefgen import library
loading = library.load_library
def load_library(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGTERM)
    return loading(*args, **kwargs)
library.load_library = load_library
from briefgen.cli import command
command(sys.argv[1:])
"""


def test_a_check_a_signal_stops_says_only_that_it_was_interrupted(mini):
    """No site is built or replaced by `check`: nothing to say about one."""
    done = subprocess.run([sys.executable, "-c", SIGNALLED_WHILE_CHECKING, "--root", str(mini), "check"],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (128 + signal.SIGTERM, "", "interrupted\n")


def test_ctrl_c_while_the_command_loads_ends_it_quietly():
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_WHILE_LOADING], capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "interrupted\n")


# Sends itself the signal while the finished command flushes what it printed, on its way out.
SIGNALLED_ON_THE_WAY_OUT = """
import os, signal, sys
class Signalling:
    def __init__(self, stream):
        self.stream = stream
    def write(self, text):
        return self.stream.write(text)
    def flush(self):
        os.kill(os.getpid(), int(sys.argv[1]))
        self.stream.flush()
sys.stdout = Signalling(sys.stdout)
from briefgen.cli import command
command(sys.argv[2:])
"""


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_after_the_build_is_done_leaves_its_summary_and_exit_status_and_no_traceback(mini, signum):
    done = subprocess.run([sys.executable, "-c", SIGNALLED_ON_THE_WAY_OUT, str(int(signum)),
                           "--root", str(mini), "build", "--no-search"],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("built 14 pages from 1 source")


def test_a_build_stopped_after_its_site_is_swapped_in_says_the_new_site_was_published(mini, monkeypatch, capsys):
    """The swap is done whole or not at all; stopped after it, a build must not say the previous site is there."""
    from briefgen import anchors
    assert main(["--root", str(mini), "build", "--no-search"]) == 0
    (mini / "briefgen.toml").write_text('[site]\ntitle = "New title"\n', encoding="utf-8")
    capsys.readouterr()

    def stopped(*_args, **_kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(anchors, "save", stopped)  # the permalinks are saved after the site is swapped in
    assert main(["--root", str(mini), "build", "--no-search"]) == 130
    assert capsys.readouterr().err == "interrupted; the new site was published\n"
    assert "New title" in (mini / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("command, summary", [
    ("check", "failed: 1 error, 0 warnings\n"),
    ("build", "failed: 1 error, 0 warnings; nothing written\n"),
])
def test_a_failed_check_says_nothing_of_writing_as_a_failed_build_does(make_project, command, summary):
    """`briefgen check` on a brief quoting words its source lacks ended 'failed: 1 error, 0 warnings;
    nothing written', as if a check could have written something: it never writes a site. A failed
    build still says its site was not written; the API's Results say what the commands print."""
    root = make_project({"content/forums.yaml": MINI["content/forums.yaml"].replace("met in Astana\"",
                                                                                     "met in Almaty\"")})
    done = subprocess.run([sys.executable, "-m", "briefgen", command], cwd=root, capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (1, summary), done.stderr
    assert "quote not found" in done.stderr
    assert (check(root) if command == "check" else build(root)).summary() + "\n" == summary
