"""WARC ingest: article pages kept, everything else skipped cheaply and counted; broken records
(truncated, garbage) are counted and never stop the file."""

from __future__ import annotations

import gzip as gzip_mod

import pytest

from claimgraph.ingest import read, read_all
from claimgraph.ingest.warc import WarcOptions, WarcStats, outlet_of, read_warc_bytes, warc_filters
from claimgraph.scale.warcgen import SAMPLE_ARTICLES, Page, html_page, sample_pages, warc_bytes

pytest.importorskip("fastwarc")
pytest.importorskip("warcio")

N_SAMPLES = len(SAMPLE_ARTICLES)


def _read(data: bytes, **opts) -> tuple[list, WarcStats]:
    stats = WarcStats()
    items = list(read_warc_bytes(data, "t.warc", options=WarcOptions(**opts), stats=stats))
    return items, stats


def _other_pages() -> list[Page]:
    """Records that are not articles, each for one skip reason."""
    article = html_page("Kurzmeldung", ["Ein Satz über nichts Besonderes."] * 20, "de").encode()
    return [
        Page("https://www.example.org/robots.txt", b"User-agent: *\nDisallow:\n" * 50,
             content_type="text/plain"),
        Page("https://www.example.org/feed/", b"<rss>" + b"x" * 2000 + b"</rss>",
             content_type="application/rss+xml"),
        Page("https://www.example.org/logo", b"\x89PNG" + b"\0" * 3000, content_type="image/png"),
        Page("https://www.example.org/moved", article, status="301 Moved Permanently"),
        Page("https://www.example.org/tiny", b"<html><body><p>404</p></body></html>"),
        Page("https://www.example.org/nav", ("<html><body><ul>" + "".join(
            f'<li><a href="/r{i}">Rubrik {i}</a></li>' for i in range(40)) + "</ul></body></html>"
        ).encode()),
        Page("https://www.example.org/teaser", html_page("Eilmeldung aus dem Bundestag", [
            "Mehr in Kürze.", "Wir aktualisieren diese Meldung fortlaufend."], "de").replace(
            "</head>", "<!--" + "Werbung " * 40 + "--></head>").encode()),
        Page("https://www.lemonde.fr/article", html_page("Le gouvernement", [
            "Le ministre a déclaré mardi que la réforme des retraites serait adoptée avant l'été.",
            "Les syndicats ont annoncé une nouvelle journée de grève pour la semaine prochaine.",
            "Selon le journal, le texte sera présenté au conseil des ministres en juin prochain.",
        ], "fr").encode()),
    ]


@pytest.mark.parametrize("gz", [True, False], ids=["gzip", "plain"])
def test_sample_articles_are_kept_with_url_date_outlet(gz):
    items, stats = _read(warc_bytes(sample_pages(), gzip=gz, requests=True))
    assert [it.doc.meta["url"] for it in items] == [a[0] for a in SAMPLE_ARTICLES]
    assert all(it.name.startswith("t.warc#") for it in items)
    assert {it.doc.meta["fetched"] for it in items} == {"2024-07-10T08:00:00Z"}
    assert [it.doc.meta["outlet"] for it in items] == [
        "Tagesschau", "Der Spiegel", "Die Zeit", "BBC", "Reuters"]
    assert (stats.records, stats.responses, stats.kept, stats.corrupt) == (
        1 + 2 * N_SAMPLES, N_SAMPLES, N_SAMPLES, 0)
    assert stats.skipped == {"not_response": 1 + N_SAMPLES}


def test_non_articles_are_skipped_by_reason():
    items, stats = _read(warc_bytes(_other_pages() + sample_pages()))
    assert len(items) == N_SAMPLES + 1  # the French page is an article too (no language filter)
    assert stats.skipped == {"not_response": 1, "not_article": 2, "not_html": 1, "status": 1,
                             "tiny": 1, "not_prose": 1, "short_text": 1}


@pytest.mark.parametrize("langs, kept_langs, skipped", [
    (("de",), ["de", "de", "de"], 3),             # French and two English pages
    (("en",), ["en", "en"], 5),                   # French, the German teaser, three German pages
    (("de", "en"), ["de", "de", "de", "en", "en"], 1),
])
def test_language_filter(langs, kept_langs, skipped):
    items, stats = _read(warc_bytes(_other_pages() + sample_pages()), langs=langs)
    assert [it.doc.lang for it in items] == kept_langs
    assert stats.skipped["lang"] == skipped


def test_language_filter_detects_when_the_page_does_not_say():
    pages = [Page(p.url, p.body.replace(b' lang="de"', b"").replace(b' lang="en"', b""))
             for p in sample_pages()]
    items, _ = _read(warc_bytes(pages), langs=("en",))
    assert [it.doc.meta["outlet"] for it in items] == ["BBC", "Reuters"]


@pytest.mark.parametrize("patterns, outlets", [
    (("*.spiegel.de",), ["Der Spiegel"]),
    (("https://www.reuters.com/*",), ["Reuters"]),
    (("re:/(politik|uk-politics)",), ["Der Spiegel", "BBC"]),
    (("*.zeit.de", "*.bbc.co.uk"), ["Die Zeit", "BBC"]),
])
def test_url_patterns(patterns, outlets):
    items, stats = _read(warc_bytes(sample_pages()), url_patterns=patterns)
    assert [it.doc.meta["outlet"] for it in items] == outlets
    assert stats.skipped["url"] == N_SAMPLES - len(outlets)


@pytest.mark.parametrize("url, outlet", [
    ("https://www.spiegel.de/a", "Der Spiegel"),
    ("https://m.faz.net/aktuell/x", "Frankfurter Allgemeine Zeitung"),
    ("https://www.bbc.co.uk/news/x", "BBC"),
    ("https://blog.example.co.uk/post", "example.co.uk"),
    ("https://news.example.org/x", "example.org"),
])
def test_outlet_from_domain(url, outlet):
    assert outlet_of(url) == outlet


def _offsets(data: bytes) -> list[int]:
    from fastwarc.warc import ArchiveIterator
    import io

    return [r.stream_pos for r in ArchiveIterator(io.BytesIO(data), parse_http=False)]


@pytest.mark.parametrize("gz", [True, False], ids=["gzip", "plain"])
@pytest.mark.parametrize("damage, lost, corrupt", [
    ("garbage_inside", 1, 1),      # the second article's record is overwritten in the middle
    ("garbage_before", 0, 1),      # junk bytes before the first record
    ("truncated_end", 1, 1),       # the file ends inside the last article
    ("headers_cut", 1, 1),         # the file ends inside the last record's WARC headers
    ("garbage_end", 0, 1),         # junk after the last record
    # junk between records hides no record: FastWARC reads past it (nothing lost)
    ("garbage_between", 0, 0),
])
def test_broken_records_are_counted_and_reading_goes_on(gz, damage, lost, corrupt):
    data = warc_bytes(sample_pages(), gzip=gz)
    offs = _offsets(data)  # warcinfo, then one response per article
    junk = b"\x00\x17not a warc record at all\r\n\r\n" * 7
    if damage == "garbage_inside":
        a, b = offs[2], offs[3]
        data = data[:a + (b - a) // 2] + junk + data[b:]
    elif damage == "garbage_before":
        data = junk + data
    elif damage == "garbage_between":
        data = data[:offs[3]] + junk + data[offs[3]:]
    elif damage == "truncated_end":
        data = data[:offs[-1] + (len(data) - offs[-1]) // 2]
    elif damage == "headers_cut":
        data = data[:offs[-1] + 60] if not gz else data[:offs[-1] + 40]
    elif damage == "garbage_end":
        data = data + junk
    items, stats = _read(data)
    assert len(items) == N_SAMPLES - lost
    assert stats.corrupt == corrupt
    assert stats.kept == N_SAMPLES - lost


def test_pure_garbage_is_one_corrupt_region_not_an_error():
    items, stats = _read(b"WARC/1.0\r\n" + b"\xff" * 5000)
    assert items == [] and stats.corrupt >= 1


def test_read_dispatches_warc_files_and_filters_apply(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(_other_pages() + sample_pages()))
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(gzip_mod.decompress(path.read_bytes()))
    assert len(list(read(str(path)))) == N_SAMPLES + 1
    with warc_filters(WarcOptions(langs=("de",))) as stats:
        items = list(read_all([str(path), str(plain)]))
    assert len(items) == 6 and stats.files == 2 and stats.kept == 6
    assert items[0].name == f"{path}#{items[0].doc.meta['warc_offset']}"


def test_unreadable_warc_is_one_error_item(tmp_path):
    missing = str(tmp_path / "missing.warc.gz")
    (item,) = list(read(missing))
    assert item.doc is None and missing in item.error


@pytest.mark.parametrize("args, outlets, status", [
    # without a filter the French page is analysed too, and fails: unsupported language
    ([], ["Tagesschau", "Der Spiegel", "Die Zeit", "BBC", "Reuters"], 1),
    (["--lang", "en"], ["BBC", "Reuters"], 0),
    (["--lang", "de,en"], ["Tagesschau", "Der Spiegel", "Die Zeit", "BBC", "Reuters"], 0),
    (["--url-pattern", "*.zeit.de", "--url-pattern", "re:reuters"], ["Die Zeit", "Reuters"], 0),
    (["--lang", "de", "--url-pattern", "*.bbc.co.uk"], [], 0),
])
def test_cli_analyze_warc_filters(tmp_path, args, outlets, status):
    import json

    from click.testing import CliRunner

    from claimgraph.cli import main

    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(sample_pages() + _other_pages()))
    res = CliRunner().invoke(main, ["analyze", "--format", "jsonl", "--workers", "1", *args, str(path)])
    assert res.exit_code == status, res.output
    assert ("lemonde.fr/article: language 'fr' is not supported" in res.output) == bool(status)
    docs = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert [d["meta"]["outlet"] for d in docs] == outlets
    # the filters end with the command: a plain read afterwards keeps every article
    assert len(list(read(str(path)))) == N_SAMPLES + 1


@pytest.mark.parametrize("value", ["fr", "de,xx", ","])
def test_cli_lang_names_a_bad_value(value):
    from click.testing import CliRunner

    from claimgraph.cli import main

    res = CliRunner().invoke(main, ["analyze", "--lang", value, "x.txt"])
    assert res.exit_code == 2 and "choose from de, en" in res.output


def test_cli_ingest_warc_resumes(tmp_path):
    from click.testing import CliRunner

    from claimgraph.cli import main

    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(sample_pages() + _other_pages()))
    db = str(tmp_path / "cg.db")
    args = ["ingest", str(path), "--db", db, "--lang", "de,en", "--no-compare", "--no-progress"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "5 stored, 0 skipped" in first.output
    again = CliRunner().invoke(main, args)
    assert "0 stored, 5 skipped" in again.output
