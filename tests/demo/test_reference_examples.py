"""The content format's examples of a claim cite the demo's sources: copied
into a brief, as an editor reading the reference would, they must pass the
checks the reference describes, or the reader learns to write a warning."""
import re
import shutil
from pathlib import Path

from briefgen import check

REPO = Path(__file__).resolve().parents[2]
CONTENT_FORMAT = REPO / "src" / "briefgen" / "reference" / "content-format.md"


def _example_claims() -> str:
    """The first YAML example of the reference that is a record's claims."""
    blocks = re.findall(r"```yaml\n(.*?)```", CONTENT_FORMAT.read_text(encoding="utf-8"), re.S)
    return next(block for block in blocks if block.startswith("claims:\n"))


def test_the_example_claim_of_the_content_format_passes_its_own_checks(tmp_path):
    """It claimed "companies from the five states and Japan" citing a quote
    cut after "Kazakhstan, Kyrgyzstan": a warning for `five` and `Japan`."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    record = "- id: example-organisation\n  name: Example organisation\n" + "".join(
        f"  {line}\n" for line in _example_claims().splitlines())
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "organisations.yaml").write_text(record, encoding="utf-8")
    result = check(tmp_path)
    problems = [d.format() for d in result.diagnostics.errors + result.diagnostics.warnings
                if "is not cited by any claim" not in d.message]
    assert problems == []
