"""Work done while the person looks at the window: the search index first, then each page's own idle work
(a page built later adds its own when it is built), one small step per turn of the event loop, so no step
stalls a click or a keystroke."""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer


class IdleWork(QObject):
    def __init__(self, steps: Callable[[], Iterator[None]], parent: QObject) -> None:
        super().__init__(parent)
        self._first = steps
        self._started = False
        self._queue: deque[tuple[int, Iterator[None]]] = deque()  # (id of the owner or 0, steps)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

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
        if owner is not None:
            owner.destroyed.connect(functools.partial(self._forget, key))  # no lambda: it would keep the owner
        self._queue.append((key, work))
        if self._started and not self._timer.isActive():
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
