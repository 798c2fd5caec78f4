"""`factcheck extract`: the JSON contract and the error paths, through a real process."""
from __future__ import annotations

import json
import subprocess

import pytest

from .conftest import PYTHON, ROOT

SAMPLE = ROOT / "factcheck" / "data" / "sample.txt"


def run(*args, **kw):
    return subprocess.run([PYTHON, "-m", "factcheck", *args], capture_output=True, text=True, cwd=ROOT, **kw)


def test_json_shape_and_offsets():
    p = run("extract", str(SAMPLE), "--published", "2017-05-02", "--lang", "de", "--format", "json")
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["article"]["published"] == "2017-05-02"
    text = SAMPLE.read_text(encoding="utf-8")
    for c in doc["claims"]:
        assert {"id", "type", "start", "end", "text", "sentence"} <= c.keys()
        assert c["type"] in ("date", "number", "attribution")
        assert text[c["start"]:c["end"]] == c["text"]
        assert c["text"] in text


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        ("Grüße aus Köln".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_input_is_one_line_error(tmp_path, content, message):
    f = tmp_path / "article.txt"
    if content is not None:
        f.write_bytes(content)
    p = run("extract", str(f))
    assert p.returncode != 0
    assert message in p.stderr
    assert "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_directory_is_an_error(tmp_path):
    p = run("extract", str(tmp_path))
    assert p.returncode != 0 and "directory" in p.stderr and "Traceback" not in p.stderr


@pytest.mark.parametrize("date", ["2017-13-01", "yesterday", "02.05.2017"])
def test_bad_published_date(date):
    p = run("extract", str(SAMPLE), "--published", date)
    assert p.returncode != 0
    assert "bad publication date" in p.stderr and "Traceback" not in p.stderr


def test_bad_lang_is_rejected_by_argparse():
    p = run("extract", str(SAMPLE), "--lang", "fr")
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_table_format():
    p = run("extract", str(SAMPLE), "--published", "2017-05-02", "--format", "table")
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[0].split()[:2] == ["ID", "TYPE"]
