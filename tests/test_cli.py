"""CLI shell: exit codes, formats, one-line errors, help for every command."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

import claimgraph
from claimgraph.cli import main

GOOD_DE = ("Die Polizei sagte am Montag, der Verdächtige sei gefasst worden. "
           "«Wir sind erleichtert», erklärte der Bürgermeister.")


@pytest.fixture()
def runner():
    return CliRunner()


def test_version(runner):
    res = runner.invoke(main, ["--version"])
    assert res.exit_code == 0 and claimgraph.__version__ in res.output


def test_every_command_has_help(runner):
    for name, cmd in main.commands.items():
        assert cmd.help and cmd.help.strip(), f"command {name} has no help text"
        res = runner.invoke(main, [name, "--help"])
        assert res.exit_code == 0, name


def test_usage_error_exits_2(runner):
    assert runner.invoke(main, ["analyze"]).exit_code == 2
    assert runner.invoke(main, ["analyze", "--format", "xml", "x.txt"]).exit_code == 2


def test_json_output_is_contract(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD_DE, encoding="utf-8")
    res = runner.invoke(main, ["analyze", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["claimgraph"] == "1" and doc["lang"] == "de" and doc["id"].startswith("sha256:")
    for att in doc["attributions"]:
        s, e = att["content"]["span"]
        assert doc["text"][s:e] == att["content"]["text"]


def test_one_bad_input_does_not_stop_others(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_DE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(GOOD_DE + " Ende.", encoding="utf-8")
    res = runner.invoke(main, ["analyze", str(tmp_path), "--format", "jsonl"])
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert len(lines) == 2
    errors = [x for x in res.stderr.splitlines() if x.startswith("error:")]
    assert len(errors) == 1 and "b.txt" in errors[0]
    assert "Traceback" not in res.stderr


def test_unsupported_language_is_one_line(runner, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text("Le gouvernement a annoncé lundi que les écoles resteront fermées "
                    "jusqu'à la fin du mois, selon le ministre de l'éducation.", encoding="utf-8")
    res = runner.invoke(main, ["analyze", str(path)])
    assert res.exit_code == 1 and "not supported" in res.stderr and "fr.txt" in res.stderr


def test_stdin_and_table(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "claimgraph", "analyze", "-", "--format", "table"],
                          input=GOOD_DE.encode(), capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "attributions" in proc.stdout.decode()


def test_twenty_megabyte_file_is_refused(runner, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes((GOOD_DE + "\n").encode() * (20_000_000 // len(GOOD_DE)))
    res = runner.invoke(main, ["analyze", str(path)])
    assert res.exit_code == 1 and "limit" in res.stderr and "huge.txt" in res.stderr
