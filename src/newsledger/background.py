"""Saving analysed articles, and reading the next inputs, on threads of their own while a
batch is parsed.

On CPU most of the parse runs in BLAS matrix products that release the GIL, so storing the
previous articles (SQLite and Python work) can run beside it on a second core instead of
after it. One thread takes the items in the order they were put, so the ledger and the
order of reports are exactly those of saving in line; what each save returns is handed to
`done` back on the caller's thread (at its next `put` and at the end), where a report may
print or touch state that is the caller's own. The queue is short: the analysis runs at most
that many articles ahead of the ledger.

Errors: an error on the saving thread is raised in the caller at its next `put` or at the
end. When the caller stops with an error (Ctrl-C included), what is already queued is still
saved before the error goes on, as it would have been saved in line; a second Ctrl-C while
waiting for that abandons the rest (each article is one transaction, so the ledger stays
whole).
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_END = object()
_POLL_S = 0.1


class Background(Generic[T, R]):
    """`handle` called for each `put` item, in order, on one thread, and `done` with each
    result, in the same order, on the caller's thread (a context manager)."""

    def __init__(self, handle: Callable[[T], R], done: Callable[[R], None], depth: int):
        self._handle, self._done = handle, done
        self._results: deque[R] = deque()
        self._queue: queue.Queue = queue.Queue(maxsize=max(1, depth))
        self._error: BaseException | None = None
        self._abandon = threading.Event()
        self._thread = threading.Thread(target=self._run, name="newsledger-saver", daemon=True)

    def __enter__(self) -> Background[T, R]:
        self._thread.start()
        return self

    def put(self, item: T) -> None:
        """Queue an item, waiting while the queue is full; raises the saving thread's error."""
        self._enqueue(item)
        self._deliver()

    def _deliver(self) -> None:
        while self._results:
            self._done(self._results.popleft())

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self._enqueue(_END, check=exc_type is None)
            while self._thread.is_alive():
                self._thread.join(_POLL_S)
                self._deliver()
            self._deliver()
        except BaseException:
            self._abandon.set()  # a second interrupt: stop after the article being saved
            raise
        if exc_type is None:
            self._raise()

    def _enqueue(self, item: object, check: bool = True) -> None:
        while True:
            if check:
                self._raise()
            if not self._thread.is_alive():
                return  # stopped by an error: nothing more will be taken
            try:
                self._queue.put(item, timeout=_POLL_S)
                return
            except queue.Full:
                continue

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self) -> None:
        while not self._abandon.is_set():
            item = self._queue.get()
            if item is _END:
                return
            try:
                self._results.append(self._handle(item))
            except BaseException as exc:  # handed to the caller's thread
                self._error = exc
                return


class _Failed:
    """An exception raised while reading ahead, handed to the consumer in its place."""

    def __init__(self, error: BaseException):
        self.error = error


def read_ahead(items: Iterable[T], depth: int) -> Iterator[T]:
    """The items of `items`, produced on a thread of their own up to `depth` ahead.

    Reading (decoding, furniture, language) then runs beside the parse as saving does. The
    items and any exception come out in the order the producer met them; when the consumer
    stops early, the producer stops at its next item and `items` is closed there.
    """
    ahead: queue.Queue = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def offer(thing: object) -> bool:
        while not stop.is_set():
            try:
                ahead.put(thing, timeout=_POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        source = iter(items)
        try:
            for item in source:
                if not offer(item):
                    break
            else:
                offer(_END)
        except BaseException as exc:  # handed to the consumer's thread
            offer(_Failed(exc))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=produce, name="newsledger-reader", daemon=True)
    thread.start()
    try:
        while True:
            try:
                item = ahead.get(timeout=_POLL_S)
            except queue.Empty:
                if not thread.is_alive() and ahead.empty():
                    return
                continue
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
