"""The validators the test suite runs over built sites: the Nu HTML Checker
(vnu.jar, run with the machine's java) and axe-core (injected into Debian's
Chromium with Playwright). Both come from npm, pinned by
tests/tools/package-lock.json; .ci/run installs them with `npm ci`."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

TOOLS = Path(__file__).resolve().parent / "tools"
VNU = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = TOOLS / "node_modules" / "axe-core" / "axe.min.js"
INSTALL = "run `npm ci` in tests/tools (.ci/run does)"


def java() -> str:
    found = shutil.which("java")
    assert found, "java is missing: install a JRE (.ci/run installs default-jre-headless)"
    return found


def vnu_errors(site: Path) -> list[str]:
    """Every error the Nu HTML Checker reports on the site's HTML pages, as
    'path:line: message'."""
    assert VNU.is_file(), f"{VNU} is missing: {INSTALL}"
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert pages
    done = subprocess.run([java(), "-jar", str(VNU), "--format", "json", "--errors-only", *pages],
                          capture_output=True, text=True)
    messages = json.loads(done.stderr or '{"messages": []}')["messages"]
    return [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m['message']}" for m in messages
            if m["type"] in ("error", "non-document-error")]


SERIOUS = ("serious", "critical")
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
}"""


def axe_violations(page, url: str, scheme: str, ready: str = "") -> list[dict]:
    """axe-core's serious and critical findings on `url` in the given colour scheme."""
    assert AXE.is_file(), f"{AXE} is missing: {INSTALL}"
    page.emulate_media(color_scheme=scheme)
    page.goto(url)
    if ready:
        page.wait_for_selector(ready, timeout=15000)
    page.add_script_tag(path=str(AXE))
    return [v for v in page.evaluate(AXE_RUN) if v["impact"] in SERIOUS]
