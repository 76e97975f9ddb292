"""A fork that publishes another brief: copy this repository, replace
content/ and seeds/ with a small brief in Spanish (dates and amounts in
Spanish, EUR and BRL), and run the publish workflow's gate exactly as the
workflow states it: every check step passes, the tests of the demo brief
skip themselves, and the site builds."""
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"
NESTED = "BRIEFGEN_FORK_GATE"  # set while the gate's test suite runs inside the fork
LEFT_OUT = shutil.ignore_patterns(".git", ".venv", "site", ".site*", ".briefgen-cache", "__pycache__", ".pytest_cache",
                                  ".hypothesis", "*.egg-info", "build", "node_modules")

BRIEF = {
    "briefgen.toml": """
        [site]
        title = "Cumbre UE–Mercosur"
        description = "Lo que se anunció en la cumbre de Asunción, con cada dato enlazado a su fuente."
        language = "es"
        groups = ["europa", "sudamerica"]
        """,
    "seeds/cronica-asuncion.txt": """
        Cumbre en Asunción
        La cumbre entre la Unión Europea y el Mercosur se celebró el 13 de mayo de 2026 en Asunción.
        La UE anunció 4.000 millones de euros para infraestructuras en la región.
        Brasil comprometió R$ 5 millones para el puerto de Santos.
        """,
    "seeds/nota-puerto.md": """
        ---
        title: El puerto de Santos recibe fondos
        publisher: Agencia de ejemplo
        published: 2026-05-14
        language: es
        ---
        # El puerto de Santos recibe fondos

        Brasil confirmó el 14 de mayo de 2026 que destinará R$ 5 millones al puerto de Santos.
        """,
    "content/sources.yaml": """
        # yaml-language-server: $schema=../schemas/sources.schema.json
        - id: cronica-asuncion
          title: Cumbre en Asunción
          publisher: Diario de ejemplo
          published: 2026-05-13
          language: es
        """,
    "content/countries.yaml": """
        # yaml-language-server: $schema=../schemas/countries.schema.json
        - id: br
          name: Brasil
          focus: true
          group: sudamerica
          claims:
            - text: Brasil comprometió fondos para el puerto de Santos.
              cite:
                - source: cronica-asuncion
                  quote: "Brasil comprometió R$ 5 millones para el puerto de Santos."
        - id: ue
          name: Unión Europea
          type: bloc
          group: europa
        """,
    "content/summits.yaml": """
        # yaml-language-server: $schema=../schemas/summits.schema.json
        - id: cumbre-ue-mercosur-2026
          name: Cumbre UE–Mercosur
          date: 2026-05-13
          place: Asunción
          countries: [br, ue]
          claims:
            - text: La cumbre se celebró en Asunción el 13 de mayo de 2026.
              cite:
                - source: cronica-asuncion
                  quote: "se celebró el 13 de mayo de 2026 en Asunción"
        """,
    "content/figures.yaml": """
        # yaml-language-server: $schema=../schemas/figures.schema.json
        - id: ue-infraestructuras
          name: Fondos de la UE para infraestructuras
          amount: 4e9
          currency: EUR
          by: [ue]
          event: cumbre-ue-mercosur-2026
          countries: [ue]
          claims:
            - text: La UE anunció 4.000 millones de euros para infraestructuras.
              cite:
                - source: cronica-asuncion
                  quote: "La UE anunció 4.000 millones de euros para infraestructuras"
        - id: brasil-puerto-santos
          name: Fondos de Brasil para el puerto de Santos
          amount: 5000000
          currency: BRL
          by: [br]
          event: cumbre-ue-mercosur-2026
          countries: [br]
          claims:
            - text: Brasil comprometió R$ 5 millones para el puerto de Santos.
              cite:
                - source: cronica-asuncion
                  quote: "Brasil comprometió R$ 5 millones para el puerto de Santos"
                - source: nota-puerto
                  quote: "destinará R$ 5 millones al puerto de Santos"
        """,
    "pages/acerca.md": """
        ---
        title: Acerca de este informe
        ---
        Este informe sigue la cumbre de Asunción
        [[cite source="cronica-asuncion" quote="se celebró el 13 de mayo de 2026 en Asunción"]].
        """,
}


def gate_steps() -> list[str]:
    """The workflow's steps for every pull request, minus installing Python
    packages and Chromium, which this machine already has."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    runs = [step["run"] for step in workflow["jobs"]["test"]["steps"] if "run" in step]
    return [run for run in runs if "pip install" not in run and "apt-get" not in run]


def command_of(step: str) -> list[str]:
    program, *arguments = step.split()
    if program == "briefgen":
        return [sys.executable, "-m", "briefgen", *arguments]
    if program == "python3":
        return [sys.executable, *arguments]
    return [shutil.which(program) or program, *arguments]


def fork_of_the_repository(target: Path) -> Path:
    shutil.copytree(REPO, target, ignore=LEFT_OUT)
    for folder in ("content", "seeds"):
        shutil.rmtree(target / folder)
    for relative, text in BRIEF.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return target


@pytest.mark.skipif(os.environ.get(NESTED) == "1", reason="this test runs the suite in a fork; inside that run it "
                                                           "would copy the fork again without end")
# It runs the whole engine suite, whose tests each have the usual limit: the suite as a whole needs more than one
# test's 600 s on a busy machine (it ran out there), and still far less than CI's 90 minutes.
@pytest.mark.timeout(2400)
def test_a_fork_with_a_spanish_brief_passes_the_workflow_gate_and_publishes(tmp_path):
    fork = fork_of_the_repository(tmp_path / "fork")
    # The fork's own code and tests, as its CI would run them; `briefgen` and
    # `python3` are this interpreter, which has briefgen's dependencies.
    env = dict(os.environ, PYTHONPATH=str(fork / "src"), **{NESTED: "1"})
    steps = gate_steps()
    gate = ["briefgen check", "python3 -m pytest -q", "briefgen build --strict"]
    assert [step for step in steps if step in gate] == gate
    outputs = {}
    for step in steps:
        done = subprocess.run(command_of(step), cwd=fork, env=env, capture_output=True, text=True)
        assert done.returncode == 0, (step, done.stdout[-3000:], done.stderr[-3000:])
        outputs[step] = done.stdout
    assert outputs["briefgen check"].startswith("checked 5 records from 2 sources")
    tests = outputs["python3 -m pytest -q"]
    assert " passed" in tests and " failed" not in tests and " error" not in tests
    assert "tests/demo/ tests the Japan–Central Asia demo brief" in tests  # skipped, saying why
    assert outputs["briefgen build --strict"].startswith("built ")
    site = fork / "site"
    summit = (site / "events" / "cumbre-ue-mercosur-2026" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in summit and '<time datetime="2026-05-13">13 may 2026</time>' in summit
    figures = (site / "figures" / "index.html").read_text(encoding="utf-8")
    assert "EUR" in figures or "€" in figures
    assert "BRL" in figures or "R$" in figures
    about = (site / "acerca" / "index.html").read_text(encoding="utf-8")
    assert 'class="cite" href="../sources/cronica-asuncion/#q-' in about
    assert not (site / "countries" / "kz").exists()
