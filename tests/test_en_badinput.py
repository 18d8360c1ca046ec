"""English bad inputs through the CLI: one-line errors naming the input, exit 1, others printed.

Texts are invented for this test. Error lines must be single lines that start with
`error:` and name the input; no traceback may reach the user.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from claimgraph.cli import main

GOOD_EN = ("The harbour master said on Monday that the ferry had been overloaded. "
           '"We warned them twice," port director Lena Moss told the BBC.')
FRENCH = ("Le maire a déclaré lundi que le pont serait fermé pendant trois semaines. "
          "Selon la préfecture, les travaux commenceront dès la semaine prochaine dans le centre.")
SPANISH = ("El alcalde dijo el lunes que el puente estará cerrado durante tres semanas. "
           "Según la prefectura, las obras comenzarán la próxima semana en el centro de la ciudad.")


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def _check_one_error(res, name: str) -> None:
    assert res.exit_code == 1, res.output
    lines = _errors(res.stderr)
    assert len(lines) == 1, lines
    assert lines[0].startswith("error:") and name in lines[0]
    assert "Traceback" not in res.stderr


BAD = [
    ("empty", b"", "empty"),
    ("blank", b"   \n\n  \n", "empty"),
    ("binary", b"\x00\x01\x02PNG\x00\x00" * 50, "binary"),
    ("invalid-utf8", "The minister said the plan had failed.".encode() + b"\xff\xfe broken", "UTF-8"),
    ("french", FRENCH.encode(), "not supported"),
    ("spanish", SPANISH.encode(), "not supported"),
]


@pytest.mark.parametrize("name, data, reason", BAD, ids=[b[0] for b in BAD])
def test_bad_file_is_one_line_error(tmp_path, name, data, reason):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    res = CliRunner().invoke(main, ["analyze", str(path), "--format", "jsonl"])
    _check_one_error(res, f"{name}.txt")
    assert reason in res.stderr
    assert res.stdout.strip() == ""


def test_oversize_is_refused_with_max_bytes(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(GOOD_EN * 20, encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(path), "--max-bytes", "500"])
    _check_one_error(res, "long.txt")
    assert "500" in res.stderr


@pytest.mark.parametrize("broken, data", [
    ("b_empty.txt", b""),
    ("b_binary.txt", b"\x00" * 64),
    ("b_french.txt", FRENCH.encode()),
])
def test_directory_with_one_broken_file(tmp_path, broken, data):
    (tmp_path / "a_good.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / broken).write_bytes(data)
    (tmp_path / "c_good.txt").write_text(GOOD_EN + " The inquiry continues.", encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", "jsonl"])
    _check_one_error(res, broken)
    docs = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [d["path"].rsplit("/", 1)[-1] for d in docs] == ["a_good.txt", "c_good.txt"]
    assert all(d["lang"] == "en" and d["attributions"] for d in docs)


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"\xff\xfe\xfa not text", "UTF-8"),
    (FRENCH.encode(), "not supported"),
])
def test_stdin_bad_input(data, reason):
    proc = subprocess.run([sys.executable, "-m", "claimgraph", "analyze", "-"], input=data,
                          capture_output=True, timeout=120)
    assert proc.returncode == 1
    lines = _errors(proc.stderr.decode())
    assert len(lines) == 1 and "<stdin>" in lines[0] and reason in lines[0]
    assert b"Traceback" not in proc.stderr


def test_stdin_good_english():
    proc = subprocess.run([sys.executable, "-m", "claimgraph", "analyze", "-", "--format", "jsonl"],
                          input=GOOD_EN.encode(), capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["lang"] == "en"
    assert {a["source"]["name"] for a in doc["attributions"]} >= {"Lena Moss"}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("text", [
    '"We will win," said ' + "A" * 80 + " " + "b" * 80 + ".",
    "He said in an interview with " + "ABCDEFGHIJ" * 10 + " that it worked.",
    '"Yes," said ' + "x" * 5000 + ".",
    "According to " + "the " * 2000 + "report, it rained.",
], ids=["long-names", "capitals-run", "long-word", "long-according"])
def test_pathological_english_finishes(text):
    """Regexes must not backtrack exponentially (the timeout only guards against a hang)."""
    import claimgraph

    doc = claimgraph.analyze(text, lang="en")
    for att in doc.attributions:
        assert doc.text[att.content.span.start:att.content.span.end] == att.content.text
