"""Language packs: lexicon files (TSV with a comment header) plus a small rules module.

A pack is a folder `lang/<code>/` with `*.tsv` lexicons and `rules.py`; its `__init__.py`
builds a `LanguagePack`. The shared engine in `attribute.py` asks each pack for candidate
attributions in the paragraphs of its language. Adding a language = adding such a folder.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from ..errors import UnsupportedLanguage

LANG_DIR = Path(__file__).parent


def load_tsv(path: Path | str) -> list[dict[str, str]]:
    """Rows of a lexicon file: `#` lines are comments, the first other line is the header.

    Empty cells become "", so a rule can test `row["frame"]` without guarding.
    """
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
            if header is None:
                header = cells
                continue
            row = {k: (cells[i] if i < len(cells) else "") for i, k in enumerate(header)}
            rows.append(row)
    return rows


@dataclass
class LanguagePack:
    """Lexicons and rules for one language."""

    code: str
    folder: Path
    #: find(doc, paragraph_indices, pack) -> list[Attribution]
    find: Callable[..., list[Any]]
    #: other hooks a pack may offer (e.g. "pronouns", "quantity_words")
    hooks: dict[str, Any] = field(default_factory=dict)
    _cache: dict[str, list[dict[str, str]]] = field(default_factory=dict, repr=False)

    def lexicon(self, name: str) -> list[dict[str, str]]:
        """Rows of `<folder>/<name>.tsv`, loaded once."""
        if name not in self._cache:
            self._cache[name] = load_tsv(self.folder / f"{name}.tsv")
        return self._cache[name]


def available() -> list[str]:
    """Codes of the installed packs (folders with a rules module)."""
    return sorted(p.name for p in LANG_DIR.iterdir() if (p / "rules.py").exists())


@lru_cache(maxsize=None)
def get_pack(code: str) -> LanguagePack:
    """The pack for `code`, imported once per process."""
    if code not in available():
        raise UnsupportedLanguage(
            f"language '{code}' is not supported (packs: {', '.join(available())})"
        )
    module = importlib.import_module(f"claimgraph.lang.{code}")
    return module.PACK
