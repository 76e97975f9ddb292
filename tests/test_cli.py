import subprocess
import sys

from briefgen.cli import main


def test_build_prints_one_summary_line_and_exits_0(mini, capsys):
    assert main(["--root", str(mini), "build"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("built 14 pages from 1 source, 2 claims verified (2 quoted passages) in ")
    assert (mini / "site" / "events" / "astana-forum-2024" / "index.html").is_file()


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
