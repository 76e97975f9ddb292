"""A brief made by `briefgen init` publishes with the libraries it was
previewed with: requirements.txt pins briefgen alone, so without
constraints.txt the workflow took each dependency's newest release (a Babel
that words a date otherwise, a MarkupSafe that escapes otherwise) and
published a site other than the editor's."""
import sys
from importlib import metadata

import yaml

from briefgen.cli import main
from briefgen.installed import installed_dependencies


def _distribution(site, name: str, version: str, *requires: str) -> None:
    info = site / f"{name}-{version}.dist-info"
    info.mkdir()
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    (info / "METADATA").write_text("\n".join(lines + [f"Requires-Dist: {r}" for r in requires]) + "\n",
                                   encoding="utf-8")


def test_the_dependencies_are_followed_all_the_way_down_with_only_the_extras_asked_for(tmp_path, monkeypatch):
    _distribution(tmp_path, "root_pkg", "1.0", "Alpha>=1", "beta[fast]", "gamma; extra == 'test'",
                  "delta; python_version < '3'", "missing-here>=2")
    _distribution(tmp_path, "alpha", "1.2", "root-pkg")  # a cycle back to the root
    _distribution(tmp_path, "beta", "2.0", "epsilon; extra == \"fast\"", "zeta; extra == 'slow'")
    for name in ("gamma", "delta", "epsilon", "zeta"):
        _distribution(tmp_path, name, "3.0")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    assert installed_dependencies("root-pkg") == {"alpha": "1.2", "beta": "2.0", "epsilon": "3.0"}
    assert installed_dependencies("not-installed-anywhere") == {}


def test_init_pins_every_library_under_briefgen_and_the_workflow_installs_them(tmp_path):
    assert main(["init", str(tmp_path / "brief"), "-q"]) == 0
    lines = (tmp_path / "brief" / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pins = dict(line.split("==") for line in lines if not line.startswith("#"))
    # jinja2 is briefgen's own; markupsafe is jinja2's, and escapes every page's text
    for name in ("jinja2", "markupsafe", "babel", "pagefind-bin-extended"):
        assert pins[name] == metadata.version(name)
    assert "briefgen" not in pins and "pytest" not in pins  # briefgen is requirements.txt's; its test extra is not built with
    workflow = yaml.safe_load((tmp_path / "brief" / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    installs = [(job, step) for job in ("check", "deploy") for step in workflow["jobs"][job]["steps"]
                if "pip install" in step.get("run", "")]
    assert [job for job, _ in installs] == ["check", "deploy"]
    assert all(step["env"] == {"PIP_CONSTRAINT": "constraints.txt"} for _, step in installs)
    caches = [step["with"]["cache-dependency-path"].split() for job in ("check", "deploy")
              for step in workflow["jobs"][job]["steps"] if step.get("uses", "").startswith("actions/setup-python@")]
    assert caches == [["requirements.txt", "constraints.txt"]] * 2


def test_the_workflow_builds_on_the_python_the_brief_was_started_with(tmp_path, monkeypatch):
    """It said python-version "3.11" whatever the editor previewed with: constraints.txt, pinned on Python 3.13,
    may name a release or a wheel that 3.11 cannot install, and the site is the one 3.13 builds."""
    monkeypatch.setattr("platform.python_version_tuple", lambda: ("3", "13", "1"))
    assert main(["init", str(tmp_path / "brief"), "-q"]) == 0
    workflow = yaml.safe_load((tmp_path / "brief" / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    versions = [step["with"]["python-version"] for job in ("check", "deploy") for step in workflow["jobs"][job]["steps"]
                if step.get("uses", "").startswith("actions/setup-python@")]
    assert versions == ["3.13", "3.13"]
