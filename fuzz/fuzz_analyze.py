"""atheris (libFuzzer) target: bytes -> ingest -> the whole pipeline.

Coverage-guided, so it finds inputs the hypothesis strategies do not think of. A crash is any
exception other than ClaimgraphError, or a span that does not point at its emitted string.

    pip install atheris
    python fuzz/fuzz_analyze.py -max_total_time=600 -max_len=4096 fuzz/corpus   # see README.md
"""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports(include=["claimgraph"]):
    from claimgraph.errors import ClaimgraphError
    from claimgraph.ingest import read_bytes
    from claimgraph.pipeline import run

KINDS = (None, "txt", "html", "jsonl", "warc")
LANGS = (None, "de", "en")


def check(doc) -> None:
    """The span contract of the output (same as tests/test_fuzz.py::check_spans)."""
    text, n = doc.text, len(doc.text)
    pairs = []
    for a in doc.attributions:
        pairs.append((a.content.text, a.content.span))
        if a.cue is not None:
            pairs.append((a.cue.text, a.cue.span))
        if a.source is not None and a.source.span is not None:
            pairs.append((a.source.text, a.source.span))
        for v in a.via:
            if v.span is not None and not 0 <= v.span.start <= v.span.end <= n:
                raise AssertionError(f"via span {v.span} outside text of {n}")
    pairs += [(q.text, q.span) for q in doc.quantities]
    pairs += [(m.text, m.span) for m in doc.mentions]
    for emitted, span in pairs:
        if not 0 <= span.start <= span.end <= n or text[span.start:span.end] != emitted:
            raise AssertionError(f"{emitted!r} is not text[{span.start}:{span.end}]")
    for e in doc.embeds:
        if not 0 <= e.span.start <= e.span.end <= n:
            raise AssertionError(f"embed span {e.span} outside text of {n}")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    kind = KINDS[fdp.ConsumeIntInRange(0, len(KINDS) - 1)]
    lang = LANGS[fdp.ConsumeIntInRange(0, len(LANGS) - 1)]
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    for item in read_bytes(body, "fuzz.txt", kind=kind, max_bytes=1_000_000):
        if item.doc is None:
            continue
        if lang:
            item.doc.lang = lang
        try:
            doc = run(item.doc)
        except ClaimgraphError:
            continue
        check(doc)


def main() -> None:
    # seed the corpus folder with a few team-written articles when it is empty
    corpus = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus and os.path.isdir(corpus) and not os.listdir(corpus):
        seeds = {
            "de.txt": "„Wir kommen voran“, sagte Olaf Scholz am Montag. Laut Pentagon sollen "
                      "10.000 Soldaten dort sein.",
            "en.txt": "\"We are not there yet,\" Sabrina Singh told reporters, citing about "
                      "3,000 troops, according to CNN.",
            "a.jsonl": '{"text": "Der Minister sagte, es gebe 1,5 Millionen Euro.", "lang": "de"}',
            "a.html": "<html><body><article><p>Er sagte: „Nein.“ Das teilte die Polizei mit."
                      "</p></article></body></html>",
        }
        for name, text in seeds.items():
            with open(os.path.join(corpus, name), "w", encoding="utf-8") as fh:
                fh.write("\x00\x00" + text)  # two leading bytes pick kind and language
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
