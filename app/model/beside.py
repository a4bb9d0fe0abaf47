"""SQL checks that need only SQLite run on a second connection, in a thread of their own, while Store._load reads
the tables in Python: SQLite's own work runs without Python's lock, so at 1000x the data the integrity check and
the grouping that finds duplicated ids (a third of a second) come out of the time a person waits.

Nothing about the verdict changes: each check still has its place in the order Store.open always took, and the
opener asks for the outcome of the checks that come before a step when that step is reached or has failed
(`raise_first`): a file with two faults is refused for the one it always was, in the same words.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

# VM steps between two looks at the budget on the second connection: each look needs Python's lock, which the
# reading thread holds (handing it over costs that thread a wake-up), so it looks far less often than the first
# (2,000): about ten times at 1000x the data, still every few tens of milliseconds of SQLite's work. stop()
# interrupts SQLite at once whatever this says.
PROGRESS_STEPS = 1_000_000


class Refused(Exception):
    """A check beside failed: `error` is the DatasetError to raise, already worded."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


class ChecksBeside:
    """Runs `steps` (each `step(con)`) in order on a connection of its own, stopping at the first that fails;
    `refusal(exc, timer)` words a failure as the opener would have."""

    def __init__(self, path: Path, seconds: float, steps: Sequence[Callable[[sqlite3.Connection], object]],
                 refusal: Callable[[BaseException, object], Exception]) -> None:
        self._steps = list(steps)
        self._refusal = refusal
        self._done = threading.Condition()
        self._finished = 0  # steps ended, passed or failed
        self._failure: tuple[int, Exception] | None = None
        self._stopping = threading.Event()
        self._con: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._run, args=(path, seconds), name="open-checks", daemon=True)
        self._thread.start()

    def _run(self, path: Path, seconds: float) -> None:
        from app.model import opening

        step = 0
        timer = None
        try:
            # this thread's CPU time, so made here; the person's Cancel is asked on the opener's thread only (it
            # may show a dialog), which then stops this one
            timer = opening.Budget(seconds, self._stopping.is_set)
            self._con = con = opening.connect(path, timer)
            con.set_progress_handler(timer, PROGRESS_STEPS)
            try:
                for step, check in enumerate(self._steps):
                    check(con)
                    with self._done:
                        self._finished = step + 1
                        self._done.notify_all()
            finally:
                con.close()
        except BaseException as exc:  # noqa: BLE001 — handed to the opener, never lost in a thread
            with self._done:
                self._failure = (step, self._refusal(exc, timer))
                self._finished = len(self._steps)
                self._done.notify_all()

    def ended(self, steps: int, cancelled: Callable[[], bool] | None = None) -> bool:
        """Wait until the first `steps` checks have ended (or one failed, which ends the rest); False at once when
        `cancelled()` says so (asked every 50 ms)."""
        with self._done:
            while not self._done.wait_for(lambda: self._finished >= steps, timeout=0.05):
                if cancelled is not None and cancelled():
                    return False
        return True

    def raise_first(self, steps: int, cancelled: Callable[[], bool] | None = None) -> bool:
        """Wait until the first `steps` checks have ended; raise Refused for the first of them that failed.
        While waiting, `cancelled()` is asked every 50 ms: False at once when it says so."""
        if not self.ended(steps, cancelled):
            return False
        with self._done:
            failure = self._failure
        if failure is not None and failure[0] < steps:
            raise Refused(failure[1])
        return True

    def stop(self) -> None:
        """Stop what is still running (its outcome is not needed) and wait for the thread to end."""
        self._stopping.set()
        con = self._con
        if con is not None and self._thread.is_alive():
            try:
                con.interrupt()
            except sqlite3.Error:  # already closed
                pass
        self._thread.join()
