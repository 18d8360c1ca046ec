"""Exports of a store: contract JSON lines, CSV tables, Parquet tables, a GraphML graph.

The table exports hold the relational rows (one file per table); the JSON export holds the
documents whole (contract v1), so it alone can be re-imported without re-analysis. GraphML is
written with the standard library and opens in Gephi, yEd, networkx and igraph.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any, Callable, TextIO
from xml.etree import ElementTree as ET

from ..errors import StoreError
from .query import TABLES

FORMATS = ("json", "csv", "parquet", "graphml")


def export_json(store: Any, out: TextIO) -> int:
    """Every stored document as one contract-v1 JSON object per line; returns the count."""
    n = 0
    for body in store.iter_bodies():
        out.write(json.dumps(body, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv_table(store: Any, table: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(store.table_columns(table))
    writer.writerows(store.iter_table(table))
    return buf.getvalue()


def export_csv(store: Any, out: Path) -> list[Path]:
    """One CSV per table into folder `out`, or into a zip archive when `out` ends in .zip."""
    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for table in TABLES:
                zf.writestr(f"{table}.csv", _csv_table(store, table))
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out / f"{table}.csv"
        path.write_text(_csv_table(store, table), encoding="utf-8", newline="")
        written.append(path)
    return written


#: columns typed by name, so an empty or all-NULL column keeps its type across exports
_FLOAT_COLUMNS = {"value", "low", "high", "score"}
_INT_COLUMNS = {"id", "version", "position", "n_attributions"}
_TEXT_ID_COLUMNS = {"local_id", "registry_id"}


def _arrow_type(column: str, values: list[Any]) -> Any:
    """Column type: by name for ids, spans and numbers, else from the values (string default)."""
    import pyarrow as pa

    if column in _FLOAT_COLUMNS:
        return pa.float64()
    if column in _INT_COLUMNS or (column.endswith(("_id", "_start", "_end"))
                                  and column not in _TEXT_ID_COLUMNS):
        return pa.int64()
    seen = {type(v) for v in values if v is not None}
    if seen <= {int, bool} and seen:
        return pa.int64()
    if seen <= {int, float} and seen:
        return pa.float64()
    return pa.string()


def export_parquet(store: Any, out: Path) -> list[Path]:
    """One Parquet file per table into folder `out` (needs pyarrow: extra `[parquet]`)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise StoreError("Parquet export needs pyarrow: pip install 'claimgraph[parquet]'") from exc
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        cols = store.table_columns(table)
        rows = list(store.iter_table(table))
        arrays = []
        for i in range(len(cols)):
            values = [r[i] for r in rows]
            typ = _arrow_type(cols[i], values)
            if typ == pa.string():
                values = [None if v is None else str(v) for v in values]
            arrays.append(pa.array(values, type=typ))
        path = out / f"{table}.parquet"
        pq.write_table(pa.Table.from_arrays(arrays, names=cols), path)
        written.append(path)
    return written


_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("label", "string"), ("type", "string"))
_EDGE_KEYS = (("label", "string"), ("weight", "double"), ("attributions", "string"))


def export_graphml(store: Any, out: Any) -> tuple[int, int]:
    """The source/relay graph as GraphML (`out`: a path or a binary file); returns (nodes, edges).

    Nodes: sources and relays (entity type as `type`), outlets and documents. Directed edges:
    `says` source -> document, `relays` outer relay -> inner relay or source, `cites`
    document -> outermost relay, `publishes` outlet -> document; `weight` counts attributions.
    """
    nodes, edges = store.graph()
    ET.register_namespace("", _GRAPHML_NS)
    root = ET.Element(f"{{{_GRAPHML_NS}}}graphml")
    for scope, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, typ in keys:
            ET.SubElement(root, f"{{{_GRAPHML_NS}}}key", {
                "id": f"{scope[0]}_{name}", "for": scope, "attr.name": name, "attr.type": typ})
    graph = ET.SubElement(root, f"{{{_GRAPHML_NS}}}graph", {"id": "claimgraph",
                                                             "edgedefault": "directed"})

    def data(parent: ET.Element, key: str, value: Any) -> None:
        if value is not None and value != "":
            ET.SubElement(parent, f"{{{_GRAPHML_NS}}}data", {"key": key}).text = str(value)

    for n in nodes:
        el = ET.SubElement(graph, f"{{{_GRAPHML_NS}}}node", {"id": n["id"]})
        data(el, "n_label", n["label"])
        data(el, "n_type", n["type"])
    for i, e in enumerate(edges):
        el = ET.SubElement(graph, f"{{{_GRAPHML_NS}}}edge", {
            "id": f"x{i}", "source": e["source"], "target": e["target"]})
        data(el, "e_label", e["label"])
        data(el, "e_weight", float(e["weight"]))
        data(el, "e_attributions", e["attributions"])
    tree = ET.ElementTree(root)
    ET.indent(tree)
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return len(nodes), len(edges)


def export(store: Any, fmt: str, out: str | None = None) -> str:
    """Export in `fmt` to `out` (stdout for json/graphml when None); returns a summary line."""
    if fmt not in FORMATS:
        raise StoreError(f"{fmt}: unknown export format (choose from {', '.join(FORMATS)})")
    if fmt == "json":
        if out is None:
            n = export_json(store, sys.stdout)
            return f"exported {n} documents as JSON lines"
        with open(out, "w", encoding="utf-8") as fh:
            n = export_json(store, fh)
        return f"exported {n} documents to {out}"
    if fmt == "graphml":
        target: Any = out if out is not None else sys.stdout.buffer
        n_nodes, n_edges = export_graphml(store, target)
        if out is None:
            sys.stdout.buffer.write(b"\n")
            sys.stdout.buffer.flush()
        return f"exported a graph of {n_nodes} nodes and {n_edges} edges" + (f" to {out}" if out else "")
    writer: Callable[[Any, Path], list[Path]] = export_csv if fmt == "csv" else export_parquet
    path = Path(out or f"claimgraph-{fmt}")
    writer(store, path)
    return f"exported {len(TABLES)} tables as {fmt} to {path}"
