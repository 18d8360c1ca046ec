"""Corpus scale: many documents on all local cores (`parallel`), or on a Spark cluster (`spark`,
extra `[spark]`), with results loaded back into a store (`load_parquet`).

Heavy imports (pyspark, pyarrow) happen inside the functions that need them, so importing
`claimgraph.scale` costs nothing.
"""

from __future__ import annotations

from .parallel import analyze_items, ordered_map, warm_up

__all__ = ["analyze_items", "load_parquet", "ordered_map", "warm_up"]


def load_parquet(folder: str, store, **kwargs):  # noqa: ANN001 - see spark.load_parquet
    """Load the Parquet output of the Spark job into a store (see `spark.load_parquet`)."""
    from .spark import load_parquet as _load

    return _load(folder, store, **kwargs)
