"""All local cores: an ordered, streaming, bounded process pool for documents.

Why not `Pool.imap`: its feeder thread pulls the whole input iterator as fast as it can, so a
WARC of 30,000 pages would be read, extracted and queued in memory before the first result is
written. Here the parent submits a document only when fewer than `window` (2 per worker by
default) are in flight, and yields results in input order; memory stays flat and an
interruption (Ctrl-C, kill -9) loses at most the documents in flight.

Language packs, the registry and lexicons are loaded once per process: in the parent before
the workers fork (they inherit the loaded tables), or by the worker initializer under `spawn`.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
from collections import deque
from itertools import chain, islice
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

#: documents in flight per worker: one being analysed, one waiting, so no worker idles while
#: the parent reads the next input; more only costs memory and lost work on interruption
IN_FLIGHT_PER_WORKER = 2

#: two short texts that touch every stage once (packs, registry, quantities, dates)
_WARM_TEXTS = (
    "Laut Pentagon sollen etwa 10.000 Soldaten in Russland sein, sagte Sprecherin Sabrina Singh "
    "am Montag.",
    "\"We expect about 10,000 troops,\" Pentagon spokeswoman Sabrina Singh told CNN on Monday.",
)
_warmed = False


def warm_up() -> None:
    """Load every lazily loaded table now (once per process), not inside the first document."""
    global _warmed
    if _warmed:
        return
    from ..pipeline import analyze

    for text in _WARM_TEXTS:
        try:
            analyze(text)
        except Exception:  # warming is an optimisation; a failure shows up on real documents
            log.debug("warm-up failed", exc_info=True)
    _warmed = True


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _die_with_parent() -> None:
    """Linux: the kernel sends this worker SIGTERM when its parent dies. Without it, `kill -9`
    of the parent leaves the workers waiting on their queue forever (seen in a test run)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM))  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the workers end when their queue breaks
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def _init_worker() -> None:
    _die_with_parent()
    # Ctrl-C goes to the whole process group: the parent alone decides what to do with it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def _context() -> Any:
    """fork where available (workers inherit the warmed tables), else spawn."""
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, workers: int,
                window: int | None = None,
                on_broken: Callable[[T, BaseException], R] | None = None) -> Iterator[R]:
    """`fn(item)` for every item in a process pool; results in input order, streaming.

    Args:
        fn: a module-level (picklable) function.
        items: any iterable; it is consumed only as fast as results are taken.
        workers: processes.
        window: items submitted but not yet yielded, at most (default 2 per worker).
        on_broken: result for an item whose worker died (segfault, OOM kill); without it the
            BrokenProcessPool error propagates. The pool is restarted and the other items in
            flight are submitted again.
    """
    window = max(1, window or IN_FLIGHT_PER_WORKER * workers)
    warm_up()
    ctx = _context()

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker)

    pool = new_pool()
    pending: deque[tuple[T, Future[R]]] = deque()

    def take() -> R:
        nonlocal pool
        item, fut = pending.popleft()
        try:
            return fut.result()
        except BrokenProcessPool as exc:
            if on_broken is None:
                raise
            log.warning("a worker process died; restarting the pool")
            pool.shutdown(wait=False, cancel_futures=True)
            pool = new_pool()
            again = [it for it, _ in pending]
            pending.clear()
            for it in again:
                submit(it)
            return on_broken(item, exc)

    def submit(item: T) -> None:
        try:
            fut = pool.submit(fn, item)
        except BrokenProcessPool as exc:  # a worker died since the last take(): let take() see it
            fut = Future()
            fut.set_exception(exc)
        pending.append((item, fut))

    try:
        for item in items:
            submit(item)
            while len(pending) >= window:
                yield take()
        while pending:
            yield take()
    finally:
        # on Ctrl-C or an abandoned generator: drop what was not started, do not wait for it
        pool.shutdown(wait=not pending, cancel_futures=True)


def analyze_items(items: Iterable[Any], *, workers: int = 1, lang: str | None = None,
                  window: int | None = None) -> Iterator[Any]:
    """Results of `pipeline.analyze_item` for already read Items, in input order.

    `workers` <= 0 means all cores; a single item is analysed here, without a pool."""
    from ..pipeline import Result, _worker, analyze_item

    if workers <= 0:
        workers = default_workers()
    it = iter(items)
    head = list(islice(it, 2))
    if workers <= 1 or len(head) < 2:  # one document: a pool would only add its start-up
        for item in chain(head, it):
            yield analyze_item(item, lang)
        return
    items = chain(head, it)

    def broken(args: tuple[Any, str | None], exc: BaseException) -> Result:
        name = args[0].name
        return Result(name, error=f"{name}: worker process died ({exc.__class__.__name__})")

    yield from ordered_map(_worker, ((it, lang) for it in items), workers=workers,
                           window=window, on_broken=broken)



def _extract_task(args: tuple[Any, Any]) -> tuple[Any, str | None]:
    """Worker side of `read_items`: trafilatura on one WARC page (an error Item of the reader
    passes through unchanged)."""
    from ..ingest.warc import RawPage, page_item

    page, options = args
    return page_item(page, options) if isinstance(page, RawPage) else (page, None)


def _page_broken(args: tuple[Any, Any], exc: BaseException) -> tuple[Any, str | None]:
    from ..ingest import Item

    name = args[0].name
    return Item(name, error=f"{name}: worker process died ({exc.__class__.__name__})"), None


def read_items(paths: Iterable[str], *, workers: int, max_bytes: int | None = None
               ) -> Iterator[Any]:
    """`ingest.read_all(paths)`, but the HTML extraction of WARC pages runs in `workers`
    processes (results in order). Extraction is ~45 % of the work on a WARC: left in the
    parent, it caps the speed-up near 2x whatever the number of workers."""
    from ..ingest import WARC_SUFFIXES, expand, read
    from ..ingest.warc import count_page, current_options, read_warc_pages

    options, shared = current_options()
    for path in expand(paths):
        if not path.lower().endswith(WARC_SUFFIXES):
            yield from read(path, max_bytes=max_bytes)
            continue
        tasks = ((page, options) for page in read_warc_pages(path, options=options))
        for item, reason in ordered_map(_extract_task, tasks, workers=workers,
                                        on_broken=_page_broken):
            if shared is not None and not (item is not None and item.error):
                count_page(shared, reason)
            if item is not None:
                yield item


def lean(result: Any) -> Any:
    """Drop the segmentation a finished Document keeps (tokens, sentences, quotes: internal,
    not in the contract) before it is pickled back to the parent: it is half the pickle and
    pickling it cost ~30 % on top of the analysis (4.7 ms of 15 ms per article, measured)."""
    doc = getattr(result, "doc", None)
    if doc is not None:
        doc.tokens, doc.sentences, doc.quotes = [], [], []
    return result


def _page_task(args: tuple[Any, Any, str | None]) -> tuple[Any, str | None, bool]:
    """Worker side of `analyze_paths`: extraction (for a WARC page) and analysis in one trip,
    so a page crosses the process boundary once as HTML and once as a Result."""
    from ..ingest.warc import RawPage, page_item
    from ..pipeline import analyze_item

    obj, options, lang = args
    if not isinstance(obj, RawPage):
        return lean(analyze_item(obj, lang)), None, False
    item, reason = page_item(obj, options)
    return (None if item is None else lean(analyze_item(item, lang))), reason, True


def _task_broken(args: tuple[Any, Any, str | None], exc: BaseException) -> tuple[Any, None, bool]:
    from ..pipeline import Result

    name = args[0].name
    return Result(name, error=f"{name}: worker process died ({exc.__class__.__name__})"), None, False


def analyze_paths(paths: Iterable[str], *, workers: int, lang: str | None = None,
                  max_bytes: int | None = None, skip: Callable[[Any], bool] | None = None,
                  window: int | None = None) -> Iterator[Any]:
    """Results for files, folders and WARC files on `workers` processes, in input order.

    Without `skip`, a WARC page is extracted and analysed by the same worker (one trip). With
    `skip` (resume), the parent needs the content hash first, so pages are extracted in the pool,
    checked here, and only then submitted for analysis (`read_items`)."""
    from ..ingest import WARC_SUFFIXES, expand, read
    from ..ingest.warc import count_page, current_options, read_warc_pages

    options, shared = current_options()

    def tasks() -> Iterator[tuple[Any, Any, str | None]]:
        if skip is not None:
            for item in read_items(paths, workers=workers, max_bytes=max_bytes):
                if not skip(item):
                    yield item, None, lang
            return
        for path in expand(paths):
            if path.lower().endswith(WARC_SUFFIXES):
                for page in read_warc_pages(path, options=options):
                    yield page, options, lang
            else:
                for item in read(path, max_bytes=max_bytes):
                    yield item, None, lang

    for result, reason, was_page in ordered_map(_page_task, tasks(), workers=workers,
                                                window=window, on_broken=_task_broken):
        if was_page and shared is not None:
            count_page(shared, reason)
        if result is not None:
            yield result
