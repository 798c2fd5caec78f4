"""Project-level contracts: claims.json in step with the extractor, one-way imports."""
from __future__ import annotations

import json
import subprocess

from .conftest import PYTHON, ROOT

SAMPLE_ARG = "factcheck/data/sample.txt"
CLAIMS_CMD = ["-m", "factcheck", "extract", SAMPLE_ARG, "--published", "2017-05-02", "--lang", "de", "--format", "json"]


def test_claims_json_matches_the_extractor():
    """claims.json is what `factcheck extract` prints for the bundled sample.

    Regenerate with: python -m factcheck extract factcheck/data/sample.txt --published 2017-05-02
    --lang de --format json > claims.json
    """
    p = subprocess.run([PYTHON, *CLAIMS_CMD], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    stored = json.loads((ROOT / "claims.json").read_text(encoding="utf-8"))
    assert stored == json.loads(p.stdout), "claims.json is stale: regenerate it (see this test's docstring)"


def test_claims_json_covers_the_sample():
    """The sample's headline claims are in claims.json with the values the issue names."""
    doc = json.loads((ROOT / "claims.json").read_text(encoding="utf-8"))
    by_text = {(c["type"], c["text"]): c for c in doc["claims"]}
    text = (ROOT / SAMPLE_ARG).read_text(encoding="utf-8")
    assert all(text[c["start"]:c["end"]] == c["text"] for c in doc["claims"])
    dates = {c["value"] for c in doc["claims"] if c["type"] == "date"}
    assert "2017-07-07/2017-07-08" in dates
    assert "2017-05-02" in dates
    numbers = [c["value"] for c in doc["claims"] if c["type"] == "number"]
    assert 2 in numbers
    assert {"min": 200000} in numbers
    sources = {c.get("source") for c in doc["claims"] if c["type"] == "attribution"}
    assert any(s and "Weiße Haus" in s for s in sources)
    assert by_text  # not empty


def assert_python_ok(code: str) -> None:
    """Run code in a fresh interpreter (so sys.modules shows only what it imported)."""
    p = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr


def test_core_does_not_import_textual():
    """Arrows run one way: only factcheck.tui may import Textual."""
    code = (
        "import sys, factcheck.cli, factcheck.extract, factcheck.store, factcheck.fetch, factcheck.report, "
        "factcheck.model, factcheck.config, factcheck.sources\n"
        "import factcheck.cli.extract_cmd, factcheck.cli.workspace_cmd, factcheck.cli.report_cmd, factcheck.cli.links_cmd\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "assert not bad, bad\n"
    )
    assert_python_ok(code)


def test_extract_does_not_import_io_layers():
    code = (
        "import sys, factcheck.extract\n"
        "from factcheck.extract import extract\n"
        "from factcheck.sources import sample_text\n"
        "extract(sample_text(), '2017-05-02', 'de')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tinydb', 'httpx'))\n"
        "assert not bad, bad\n"
    )
    assert_python_ok(code)
