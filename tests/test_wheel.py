"""The package as a user gets it: build the wheel, install it into a fresh
virtual environment that cannot see this repository, start a brief with
`briefgen init` in an empty folder and build it. Templates, assets, the
starter project and every guide `briefgen docs` prints must all be in the wheel."""
import functools
import http.server
import os
import shutil
import site
import subprocess
import socketserver
import sys
import threading
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run(*command, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, (command, done.stdout, done.stderr)
    return done


def build_wheel(work: Path) -> Path:
    """From a copy of the sources, so the checkout gains no build/ or egg-info.
    The path is absolute: pip reads a bare name as a package to download."""
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    shutil.copytree(REPO / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    # pip builds it as any user's pip would: in isolation, with the build
    # requirements pyproject.toml names.
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", work / "dist", source,
        cwd=work, env=os.environ.copy())
    [wheel] = (work / "dist").glob("briefgen-*.whl")
    return wheel


def dependency_folders() -> list[str]:
    """Where this interpreter finds briefgen's dependencies. They are listed
    in a .pth line, which adds the folders without running the .pth files
    inside them, such as an editable install's link back to this repository."""
    folders = site.getsitepackages() + [site.getusersitepackages()]
    folders += [p for p in sys.path if p.endswith("-packages")]
    return sorted({f for f in folders if Path(f).is_dir() and REPO not in Path(f).resolve().parents})


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict]:
    work = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(work)
    names = set(zipfile.ZipFile(wheel).namelist())
    for packaged in ("briefgen/themes/default/base.html", "briefgen/themes/default/assets/style.css",
                     "briefgen/starter/content/figures.yaml", "briefgen/starter/gitignore",
                     "briefgen/starter/publish.yml", "briefgen/reference/content-format.md",
                     "briefgen/reference/theming.md"):
        assert packaged in names, packaged
    return install(wheel, work / "venv")


def install(wheel: Path | str, venv: Path) -> tuple[Path, dict]:
    """A fresh virtual environment with briefgen installed from `wheel` (a path or an address) and the
    environment to run it in."""
    work = venv.parent
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work, env=os.environ.copy())
    python = venv / "bin" / "python"
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                       cwd=work, env=os.environ.copy()).stdout.strip())
    (purelib / "dependencies.pth").write_text("\n".join(dependency_folders()) + "\n", encoding="utf-8")
    run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel,
        cwd=work, env=os.environ.copy())
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return venv, env


def test_the_installed_package_cannot_see_the_repository(installed, tmp_path):
    venv, env = installed
    done = run(venv / "bin" / "python", "-c", "import briefgen, sys; print(briefgen.__file__); print(*sys.path, sep='\\n')",
               cwd=tmp_path, env=env)
    module, *path = done.stdout.splitlines()
    assert Path(module).is_relative_to(venv)
    assert [p for p in path if p and (Path(p).resolve() == REPO or REPO in Path(p).resolve().parents)] == []


def test_init_build_and_docs_from_the_wheel_in_an_empty_folder(installed, tmp_path):
    venv, env = installed
    briefgen = venv / "bin" / "briefgen"
    assert run(briefgen, "--version", cwd=tmp_path, env=env).stdout.startswith("briefgen ")
    done = run(briefgen, "init", "new-brief", "--title", "Wheel brief", cwd=tmp_path, env=env)
    assert "created a brief with" in done.stdout
    project = tmp_path / "new-brief"
    done = run(briefgen, "build", "--strict", cwd=project, env=env)
    assert done.stdout.startswith("built ") and done.stderr == ""
    site_folder = project / "site"
    home = (site_folder / "index.html").read_text(encoding="utf-8")
    assert "Wheel brief" in home and 'href="assets/style.css"' in home
    assert (site_folder / "assets" / "style.css").is_file()
    assert (site_folder / "pagefind" / "pagefind.js").is_file()
    event = (site_folder / "events" / "long-river-summit-2026" / "index.html").read_text(encoding="utf-8")
    assert 'class="cite" href="../../sources/long-river-summit/#q-' in event
    assert str(REPO) not in home + event
    # Installed from a file here, which the publish workflow cannot reach: the brief pins the version, and says so.
    requirements = (project / "requirements.txt").read_text(encoding="utf-8")
    assert "installed from this computer, which the workflow cannot reach" in requirements
    assert requirements.splitlines()[-1].startswith("briefgen==") and str(tmp_path.parent) not in requirements
    assert run(briefgen, "docs", cwd=tmp_path, env=env).stdout.startswith("# Content format")
    assert run(briefgen, "docs", "theming", cwd=tmp_path, env=env).stdout.startswith("# Theming")


def test_every_guide_the_readme_lists_prints_from_the_wheel(installed, tmp_path):
    """The README sent a user who installed the wheel to docs/editing.md, docs/publishing.md and
    docs/reading.md, which neither the wheel nor the sdist holds, and `briefgen docs` offered only
    content-format, configuration and theming: such a user had no guide to editing, publishing or
    reading a brief. Every guide the README lists, but the developers' architecture, is printed whole
    by `briefgen docs NAME`, and `briefgen docs --help` lists it with a line saying what it holds."""
    import re
    venv, env = installed
    briefgen = venv / "bin" / "briefgen"
    more = (REPO / "README.md").read_text(encoding="utf-8").split("\n## More", 1)[1]
    guides = [path for path in re.findall(r"^- `([\w/.-]+\.md)`", more, re.MULTILINE)
              if path != "docs/architecture.md"]
    assert len(guides) >= 6
    listed = run(briefgen, "docs", "--help", cwd=tmp_path, env=env).stdout
    for guide in guides:
        name = Path(guide).stem
        assert re.search(rf"^  {re.escape(name)} +\w", listed, re.MULTILINE), name
        printed = run(briefgen, "docs", name, cwd=tmp_path, env=env).stdout
        assert printed == (REPO / guide).read_text(encoding="utf-8")


def test_a_brief_started_by_a_briefgen_installed_from_an_address_installs_the_same_one_to_publish(
        installed, tmp_path):
    """requirements.txt names what pip installed, as pip recorded it (PEP 610), where the publish workflow
    can reach it too: no index needs to have a package of that name, nor may another's take its place."""
    venv, _ = installed
    dist = venv.parent / "dist"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(dist))
    with socketserver.TCPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            [wheel] = dist.glob("briefgen-*.whl")
            address = f"http://127.0.0.1:{server.server_address[1]}/{wheel.name}"
            other, env = install(address, tmp_path / "venv")
        finally:
            server.shutdown()
    run(other / "bin" / "briefgen", "init", "brief", cwd=tmp_path, env=env)
    lines = (tmp_path / "brief" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert lines[-1] == f"briefgen @ {address}" and not [line for line in lines[1:] if not line.startswith("#")][:-1]
