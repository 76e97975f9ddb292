"""The publish workflow: actionlint finds nothing, and its shape keeps the
promises the publishing guide (briefgen docs publishing) makes (tests on every pull request, deploy from
main only, least privilege, no racing deploys, the README's test command)."""
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"
PAGES_ACTIONS = ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages")


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def readme_test_command() -> str:
    """The second command of README.md's "Two commands" block, exactly as written."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^## Two commands\n.*?^```\w*\n(.*?)^```", readme, flags=re.S | re.M).group(1)
    return block.splitlines()[1]


def test_ci_runs_exactly_the_readme_test_command():
    ci_lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert readme_test_command() == "python3 -m pytest -q"
    assert ci_lines[-1] == readme_test_command()


def runs(job: dict) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def action(job: dict, name: str) -> dict:
    [step] = [s for s in job["steps"] if s.get("uses", "").split("@")[0] == name]
    return step


def test_actionlint_finds_nothing():
    actionlint = shutil.which("actionlint")
    assert actionlint, "actionlint is missing: pip install -e '.[test]' installs it"
    done = subprocess.run([actionlint, "-format", "{{json .}}", str(WORKFLOW)],
                          capture_output=True, text=True, cwd=REPO)
    assert json.loads(done.stdout) == [], done.stdout
    assert done.returncode == 0, done.stderr


def test_runs_on_pull_requests_and_pushes_to_main(workflow):
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"pull_request", "push"}
    assert triggers["push"] == {"branches": ["main"]}


def test_only_the_deploy_job_may_write_pages(workflow):
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert "permissions" not in jobs["test"]
    assert jobs["deploy"]["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_deploys_from_main_after_the_tests_pass_and_never_race(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "test"
    assert deploy["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert deploy["environment"] == {"name": "github-pages", "url": "${{ steps.deployment.outputs.page_url }}"}


def test_the_test_job_checks_tests_and_builds_strictly_in_order(workflow):
    commands = runs(workflow["jobs"]["test"])
    assert commands[0] == "python3 -m pip install -e '.[test]'"
    assert "apt-get install -y chromium" in commands[1]
    assert commands[2] == "npm ci --prefix tests/tools"  # the validators tests/validators.py runs
    assert commands[3:] == ["briefgen check", readme_test_command(), "briefgen build --strict"]


def test_python_311_with_pip_cache_in_every_job(workflow):
    for job in workflow["jobs"].values():
        assert action(job, "actions/setup-python")["with"] == {
            "python-version": "3.11", "cache": "pip", "cache-dependency-path": "pyproject.toml"}


def test_the_deploy_job_builds_for_the_pages_address_and_deploys_site(workflow):
    deploy = workflow["jobs"]["deploy"]
    names = [s.get("uses", "").split("@")[0] for s in deploy["steps"]]
    assert [n for n in names if n in PAGES_ACTIONS] == list(PAGES_ACTIONS)
    configure = action(deploy, "actions/configure-pages")
    [build] = [s for s in deploy["steps"] if s.get("run", "").startswith("briefgen build")]
    assert build["run"] == 'briefgen build --strict --base-url "$BASE_URL"'
    assert build["env"] == {"BASE_URL": "${{ steps.%s.outputs.base_url }}" % configure["id"]}
    assert names.index("actions/configure-pages") < deploy["steps"].index(build) < names.index(PAGES_ACTIONS[1])
    # Hidden files of static/ (.well-known/security.txt) are published: the action drops them unless asked.
    assert action(deploy, "actions/upload-pages-artifact")["with"] == {"path": "site", "include-hidden-files": True}
    assert action(deploy, "actions/deploy-pages")["id"] == "deployment"


def test_actions_are_pinned_to_a_major_version(workflow):
    uses = [s["uses"] for job in workflow["jobs"].values() for s in job["steps"] if "uses" in s]
    assert uses and all(re.fullmatch(r"actions/[a-z-]+@v\d+", u) for u in uses), uses


def test_checkouts_keep_no_token_on_disk(workflow):
    for job in workflow["jobs"].values():
        assert action(job, "actions/checkout")["with"] == {"persist-credentials": False}
