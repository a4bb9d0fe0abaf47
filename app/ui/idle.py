"""Work done while the person looks at the window: the search index first, then each page's own idle work,
one small step per turn of the event loop, so no step stalls a click or a keystroke."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer


class IdleWork(QObject):
    def __init__(self, steps: Callable[[], Iterator[None]], parent: QObject) -> None:
        super().__init__(parent)
        self._steps = steps
        self._work: Iterator[None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start_once(self) -> None:
        """Begin at the first show; later shows change nothing."""
        if self._work is None:
            self._work = self._steps()
            self._timer.start()

    def done(self) -> bool:
        return self._work is not None and not self._timer.isActive()

    def _step(self) -> None:
        try:
            next(self._work)
        except StopIteration:
            self._timer.stop()
