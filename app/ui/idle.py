"""Work done while the person looks at the window: the search index first, then each page's own idle work
(a page built later adds its own when it is built), one small step per turn of the event loop, so no step
stalls a click or a keystroke.

When the queue runs out, what exists is settled (gc.freeze): the pages built, their indexes and the dataset
live as long as the window, and the cyclic collector's full passes stop walking them (at 1000x the data those
passes grew to ~90 ms as tabs were built). Garbage made later is collected as before; what is let go of is
freed by its reference count, and a replaced dataset's cycles by `let_go`."""

from __future__ import annotations

import functools
import gc
from contextlib import contextmanager
from collections import deque
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer


@contextmanager
def collector_paused():
    """Make many objects that will live as long as the page (a tree of 80,000 rows at 1000x the data) without
    the cyclic collector walking them again and again while they are made (a third of the time); they are
    settled at once (see above), not walked by the first collection after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


class IdleWork(QObject):
    """`held_by`: a signal of the person doing something (a selection): the work waits HOLD_MS after it, so
    that what they did is shown without slices of background work in the same turns of the event loop."""

    HOLD_MS = 300

    def __init__(self, steps: Callable[[], Iterator[None]], parent: QObject, held_by=None) -> None:
        super().__init__(parent)
        self._first = steps
        self._started = False
        self._collect_first = False  # a dataset was let go of: collect its cycles before settling again
        self._queue: deque[tuple[int, Iterator[None]]] = deque()  # (id of the owner or 0, steps)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._hold = QTimer(self)  # a timer of our own: no lambda kept by Qt
        self._hold.setSingleShot(True)
        self._hold.setInterval(self.HOLD_MS)
        self._hold.timeout.connect(self._resume)
        if held_by is not None:
            held_by.connect(self.hold)

    def start_once(self) -> None:
        """Begin at the first show (the first steps before any added ones); later shows change nothing."""
        if not self._started:
            self._started = True
            self._queue.appendleft((0, self._first()))
            self._timer.start()

    def add(self, work: Iterator[None], owner: QObject | None = None) -> None:
        """More steps, after those queued (they wait for start_once when it has not come yet). Steps of an
        `owner` (a page) are dropped, unfinished, when it is destroyed: they would reach into deleted widgets."""
        key = id(owner) if owner is not None else 0
        if not self._collect_first:  # a page just built adds its work: it is settled now (see above)
            gc.freeze()
        if owner is not None:
            owner.destroyed.connect(functools.partial(self._forget, key))  # no lambda: it would keep the owner
        self._queue.append((key, work))
        if self._started and not self._timer.isActive() and not self._hold.isActive():
            self._timer.start()

    def let_go(self) -> None:
        """The dataset is being replaced: what was settled may soon be garbage (the old pages, the old Store)."""
        gc.unfreeze()
        self._collect_first = True

    def hold(self) -> None:
        """Wait HOLD_MS (again) before the next step."""
        if self._started and self._queue:
            self._timer.stop()
            self._hold.start()

    def _resume(self) -> None:
        if self._queue:
            self._timer.start()

    def done(self) -> bool:
        return self._started and not self._queue

    def _forget(self, key: int) -> None:
        self._queue = deque(entry for entry in self._queue if entry[0] != key)

    def _step(self) -> None:
        while self._queue:
            try:
                next(self._queue[0][1])
                return
            except StopIteration:
                self._queue.popleft()
        self._timer.stop()
        if self._collect_first:  # once after File → Open: by now the replaced pages have been deleted
            self._collect_first = False
            gc.unfreeze()  # pages built meanwhile (collector_paused) may have settled the old ones with theirs
            gc.collect()
        gc.freeze()
