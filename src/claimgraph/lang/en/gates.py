"""Literal gates: words a regex cannot match without, checked with `in` before the regex runs.

Why: the look-alike check (`reading.is_lookalike`) ran all 51 patterns of lookalikes.tsv as one
alternation over a ~100-character window for every cue: Python's engine tries each of the 51
branches at each of the ~100 places (under IGNORECASE it cannot skip a branch by its first
letter), ~170 µs a cue and a third of the English rules' time on Wikinews articles. Most
patterns need a word that a given window lacks ("said and done" needs "done"), and finding that
out takes a few substring tests on the lower-cased window.

`required(pattern, flags)` reads the pattern with Python's own parser (`re._parser`) and returns
requirement sets: every match of the pattern, in any context, contains at least one string of
each set (lower-cased). Zero-width parts (`\\b`, lookarounds) join the strings around them, since
they consume nothing; an optional or repeated-from-zero part ends a string. A gate that cannot be
proved (a back reference, a cased non-ASCII letter in the pattern) is left out, never guessed:
the answer with gates is always the answer without them.

Case: `str.lower()` agrees with the engine's IGNORECASE on everything except three non-ASCII
letters that match ASCII ones (İ ı ſ); `foldable(window)` is false for windows holding one, and
such windows take the ungated path.
"""

from __future__ import annotations

from itertools import product
from re import _parser as sre  # the engine's own parser: the gate reads the pattern it compiles

#: non-ASCII characters that IGNORECASE matches to ASCII letters where str.lower() does not
#: (found by trying every code point; tests/test_en_speed_gates.py repeats the search)
UNFOLDABLE = frozenset("İıſ")  # dotted capital I lower-cases to two characters
_LIMIT = 64  # at most this many alternative strings per run (a product of branches grows fast)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
Requirement = frozenset[str]


class _Unprovable(Exception):
    """The pattern holds something the gate does not reason about: no gate for it."""


def _char(code: int) -> str:
    ch = chr(code)
    if not ch.isascii() and ch.lower() != ch.upper():
        raise _Unprovable(ch)  # a cased non-ASCII letter: IGNORECASE may fold it unlike lower()
    return ch.lower()


def _strings(items: list) -> set[str] | None:
    """The exact strings `items` can consume (lower-cased), or None if too many or unbounded."""
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the strings on both sides meet in the match
        if op is sre.LITERAL:
            alts = {_char(av)}
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            alts = {_char(a) for _, a in av}
        elif op is sre.SUBPATTERN:
            alts = _strings(list(av[3]))
        elif op is sre.ATOMIC_GROUP:
            alts = _strings(list(av))
        elif op is sre.BRANCH:
            parts = [_strings(list(alt)) for alt in av[1]]
            alts = None if any(p is None for p in parts) else set().union(*parts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[1] <= 2:
            body = _strings(list(av[2]))
            alts = None if body is None else {
                "".join(t) for n in range(av[0], av[1] + 1) for t in product(body, repeat=n)}
        else:
            return None
        if alts is None or len(out) * len(alts) > _LIMIT:
            return None
        out = {a + b for a in out for b in alts}
    return out


def _best(reqs: list[Requirement]) -> Requirement | None:
    """The most telling of several requirements: longest shortest string, then fewest strings."""
    return max(reqs, key=lambda r: (min(map(len, r)), -len(r)), default=None)


def _required(items: list) -> list[Requirement]:
    out: list[Requirement] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if "" not in run:
            out.append(frozenset(run))
        run = {""}

    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        alts = _strings([(op, av)])
        if alts is not None and len(run) * len(alts) <= _LIMIT:
            run = {a + b for a in run for b in alts}
            continue
        flush()
        if alts is not None:
            run = set(alts)
            continue
        if op is sre.SUBPATTERN:
            out.extend(_required(list(av[3])))
        elif op is sre.ATOMIC_GROUP:
            out.extend(_required(list(av)))
        elif op in _REPEATS and av[0] >= 1:
            out.extend(_required(list(av[2])))
        elif op is sre.BRANCH:
            best = [_best(_required(list(alt))) for alt in av[1]]
            if all(b is not None for b in best):
                out.append(frozenset().union(*best))  # type: ignore[arg-type]
        elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            raise _Unprovable("group reference")
    flush()
    return out


def required(pattern: str, flags: int = 0) -> tuple[Requirement, ...] | None:
    """Requirement sets of `pattern`: each match holds a string of each (lower-cased).

    None when nothing can be proved (then the pattern always runs).

    >>> sorted(map(sorted, required(r"\\bsaid\\s+and\\s+done\\b", re.I)))
    [['and'], ['done'], ['said']]
    >>> sorted(map(sorted, required(r"\\b(?:the|a)\\s+report(?:s|ed)?\\b", re.I)))
    [['a', 'the'], ['report']]
    """
    try:
        reqs = _required(list(sre.parse(pattern, flags)))
    except _Unprovable:
        return None
    return tuple(dict.fromkeys(reqs)) or None


def foldable(window: str) -> bool:
    """`window.lower()` finds every literal IGNORECASE would (no İ, ı or ſ in it)."""
    return window.isascii() or UNFOLDABLE.isdisjoint(window)
