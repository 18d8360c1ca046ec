"""Ingest: decoding, normalisation and one-line errors for bad inputs."""

import json

import pytest

from claimgraph.ingest import read, read_all
from claimgraph.ingest.text import normalize


def test_normalize_keeps_visible_text():
    assert normalize("\ufeffA\u00a0B\r\nC\u00adD") == "A B\nCD"


@pytest.mark.parametrize("data, needle", [
    (b"", "empty"),
    (b"\x00\x01\x02\x03binary\x00", "binary"),
    (b"Caf\xe9 au lait und mehr", "invalid UTF-8"),
])
def test_bad_bytes_give_one_line_errors(tmp_path, data, needle):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (item,) = list(read(str(path)))
    assert item.doc is None and needle in item.error and str(path) in item.error
    assert "\n" not in item.error


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Wort " * 1000, encoding="utf-8")
    (item,) = list(read(str(path), max_bytes=100))
    assert item.doc is None and "limit" in item.error


def test_jsonl_lines_with_wrong_types(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [{"text": "Laut Polizei war es ruhig."}, {"text": 5}, "not json", {"text": "X", "title": 3}]
    path.write_text("\n".join(json.dumps(x) if not isinstance(x, str) else x for x in lines),
                    encoding="utf-8")
    items = list(read(str(path)))
    assert [i.doc is not None for i in items] == [True, False, False, False]
    assert all(f"a.jsonl:{n}" in i.name for n, i in zip(range(1, 5), items))


def test_html_main_text_and_title(tmp_path):
    html = ("<html><head><title>Hafen Rheinau</title></head><body><nav>Menü Start Kontakt</nav>"
            "<article><h1>Hafen Rheinau wird ausgebaut</h1><p>Die Stadt Rheinau will ihren Hafen "
            "ausbauen, sagte die Stadtpräsidentin am Montag vor den Medien in der Stadt.</p>"
            "<p>Laut Stadtrat sollen rund 400 Millionen Franken investiert werden, um den Verkehr "
            "von der Strasse auf das Wasser zu bringen.</p></article></body></html>")
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    (item,) = list(read(str(path)))
    assert item.doc is not None, item.error
    assert "400 Millionen Franken" in item.doc.text
    assert "Menü" not in item.doc.text


def test_directory_with_one_broken_file(tmp_path):
    (tmp_path / "a.txt").write_text("Laut Polizei war es ruhig.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x00")
    (tmp_path / "c.txt").write_text("Die Polizei sagte, es sei ruhig.", encoding="utf-8")
    items = list(read_all([str(tmp_path)]))
    assert [i.doc is not None for i in items] == [True, False, True]
