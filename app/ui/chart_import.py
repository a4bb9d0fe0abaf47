"""The chart's libraries (pyqtgraph, numpy: ~300 modules, ~0.5 s of CPU) imported on a worker thread that gives
way to the window.

Python runs one thread at a time (the GIL). A worker that imports for half a second shares the interpreter with
whatever the window does meanwhile, and each stretch of the window's work then takes up to twice as long, more
when it hands the interpreter over often (each time, it waits for the worker's turn to end): at 1000× the data
the first visit of Organisation took 284 ms for its 101 ms of CPU.

So the worker looks, each time one module imports another (an import hook), at the main thread's CPU time: if
the main thread was busy since it last looked (a click, a tab's first visit, a repaint, the window's idle work),
the worker waits, without the interpreter, until the main thread has been quiet for a moment (QUIET_S). A main
thread blocked (in an import that waits for the worker's lock, say) uses no CPU: the worker goes on. While the
window is idle the import runs at full speed. The one long stretch without an import, pyqtgraph.Qt copying every
name of QtCore, QtGui and QtWidgets into its own modules (PySide6 makes each of those ~700 classes when it is
first asked for: ~250 ms), is done beforehand by the main thread itself, a few classes a turn of its event loop
(ChartLibraries).

`hurry()`: someone waits for the import (the Chart tab is shown, an export asks for the chart): the worker does
not give way while they do.

Where the system gives no thread the CPU clock of another (Windows, macOS), the worker asks the main thread's Qt
event loop instead (EventLoopWatch): a loop that does not answer a queued call within QUIET_S is busy (with a
click, a tab's first visit, a paint), and the worker waits until it answers two in a row at once. It cannot tell
a main thread that computes from one that sleeps or waits outside its loop: a main thread waiting for a module
the worker is importing (its Python frame is in importlib) counts as quiet, and the worker waits at most
FALLBACK_WAIT_S at a time, so that a main thread that does not come back to its loop delays the import but never
stops it.
"""

from __future__ import annotations

import importlib
import sys
import threading
import time

from collections import deque

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, Qt, QTimer, Signal

BUSY_SHARE = 0.25  # the main thread used more than this of the last LOOK_S: it is busy, give way
LOOK_S = 0.003  # (while the worker runs, a main thread that wants the interpreter waits SWITCH_INTERVAL_S for it)
QUIET_SHARE = 0.1  # then wait until it uses less than this of a QUIET_S window
QUIET_S = 0.002
SWITCH_INTERVAL_S = 0.001  # while importing: how long the main thread waits for the interpreter when it wants it
TURN_S = 0.005  # the main thread makes Qt classes this long a turn of its event loop (see ChartLibraries)
FALLBACK_WAIT_S = 0.25  # without the main thread's clock: the longest the worker waits for its event loop at a time
HURRIED_TURN_S = 0.02  # and this long while someone waits for the chart (two turns may run back to back)
# pyqtgraph.Qt copies every public name of these (pyqtgraph/Qt/__init__.py, _copy_attrs); see the docstring
COPIED_BY_PYQTGRAPH = (QtCore, QtGui, QtWidgets)


def main_thread_clock() -> int | None:
    """The main thread's CPU-time clock, where the system gives one to another thread (Linux, the BSDs)."""
    try:
        return time.pthread_getcpuclockid(threading.main_thread().ident)
    except (AttributeError, OSError):
        return None


def main_thread_runs() -> bool:
    """The main thread is running or waiting for a processor (Linux): on a loaded machine a busy main thread may
    use little CPU time for a while, and would look quiet by its clock alone."""
    try:
        with open(f"/proc/self/task/{threading.main_thread().native_id}/stat", "rb") as stat:
            text = stat.read()
    except OSError:
        return False
    return text[text.rindex(b")") + 2:][:1] == b"R"


def main_thread_importing() -> bool:
    """The main thread is in Python's import machinery (waiting for a module another thread imports, say)."""
    frame = sys._current_frames().get(threading.main_thread().ident)
    for _ in range(3):  # a module lock's acquire, and the import functions around it
        if frame is None:
            return False
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


class EventLoopWatch(QObject):
    """The main thread's Qt event loop as another thread sees it: `answers_within(seconds)` posts a call to it and
    says whether the loop made it in time (it does so as soon as it is back between two events; a loop busy with
    a long event, or a main thread outside its loop, does not). Made on the main thread."""

    _ping = Signal(object)  # emitted on the worker, received on the main thread (a queued call)

    def __init__(self) -> None:
        super().__init__()
        self._ping.connect(self._answer, Qt.ConnectionType.QueuedConnection)  # run by the main thread's loop

    def answers_within(self, seconds: float, asked: threading.Event | None = None) -> threading.Event | None:
        """None when the loop answered within `seconds`; else the question still asked (pass it again to wait on
        for the same answer instead of asking again)."""
        if asked is None:
            asked = threading.Event()
            self._ping.emit(asked)
        return None if asked.wait(seconds) else asked

    def _answer(self, asked: threading.Event) -> None:
        asked.set()


class ChartLibraries(QObject):
    """Import `module` once the classes of `prepare` are made: those on the main thread, a few a turn of its event
    loop (PySide6 makes a class when first asked for it, and two threads asking at once is nothing it promises to
    bear), then the import on a worker thread that gives way to the main thread (QuietImport). Made on the main
    thread; `is_alive` and `hurry` as QuietImport's."""

    def __init__(self, module: str, prepare=COPIED_BY_PYQTGRAPH) -> None:
        super().__init__()
        self._names = deque((part, name) for part in prepare for name in dir(part))
        self._worker = QuietImport(module)
        self._turns = QTimer(self)  # a timer of our own (no lambda kept by Qt): one batch of classes a turn
        self._turns.setInterval(0)
        self._turns.timeout.connect(self._make_some)
        self._turn_s = TURN_S

    def start(self) -> None:
        self._turns.start()

    def is_alive(self) -> bool:
        return self._turns.isActive() or self._worker.is_alive()

    def hurry(self, on: bool = True) -> None:
        self._turn_s = HURRIED_TURN_S if on else TURN_S
        self._worker.hurry(on)

    def worker(self) -> QuietImport:
        return self._worker

    def _make_some(self) -> None:
        end = time.perf_counter() + self._turn_s
        while self._names and time.perf_counter() < end:
            part, name = self._names.popleft()
            getattr(part, name, None)
        if not self._names:
            self._turns.stop()
            self._worker.start()


class QuietImport(threading.Thread):
    """Import `module` on a daemon thread that gives way to the main thread."""

    held_by: threading.Event | None = None
    """Tests: while this event is not set, the worker waits for it before it imports anything (a slow import)."""

    def __init__(self, module: str) -> None:
        super().__init__(name=f"import {module}", daemon=True)
        self.module = module
        self.waits = 0  # how often the worker gave way (tests)
        self.gave_up = 0  # how often it stopped waiting for an event loop that did not come back (tests)
        self._clock = main_thread_clock()
        # where there is no such clock: the main thread's event loop, watched from its own thread (made here, on it)
        self._loop = EventLoopWatch() if self._clock is None else None
        self._hurry = threading.Event()
        self._waiting = False
        self._looked = (0.0, 0.0)  # (wall time, main thread's CPU time) when the worker last looked

    def hurry(self, on: bool = True) -> None:
        """Import at full speed while someone waits for it (`on`), giving way again once they no longer do."""
        if on:
            self._hurry.set()
        else:
            self._hurry.clear()

    def waiting(self) -> bool:
        """True while the worker gives way to the main thread (tests)."""
        return self.is_alive() and self._waiting

    def run(self) -> None:
        if self.held_by is not None:
            self.held_by.wait()
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, SWITCH_INTERVAL_S))
        sys.meta_path.insert(0, self)  # find_spec below: called before each module is imported, by any thread
        if self._clock is not None:
            self._looked = self._look()
        try:
            importlib.import_module(self.module)  # if it fails, the main thread's import says why
        finally:
            sys.meta_path.remove(self)
            sys.setswitchinterval(interval)

    # the import hook: it finds nothing (the next finders do), it only gives way, on the worker thread
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is self:
            self._give_way()
        return None

    def _look(self) -> tuple[float, float]:
        return time.perf_counter(), time.clock_gettime(self._clock)

    def _give_way(self) -> None:
        """If the main thread was busy in the last LOOK_S, wait until it is quiet. (Blocked, in an import that waits
        for the worker's lock for instance, it uses no CPU: the worker goes on.)"""
        if self._hurry.is_set():
            return
        if self._clock is None:
            self._give_way_to_the_event_loop()
            return
        (wall, cpu), (wall_before, cpu_before) = self._look(), self._looked
        if wall - wall_before < LOOK_S:
            return
        self._looked = (wall, cpu)
        if cpu - cpu_before <= BUSY_SHARE * (wall - wall_before):
            return
        self.waits += 1
        self._waiting = True
        while not self._hurry.wait(QUIET_S):  # the interpreter is the main thread's meanwhile
            (wall, cpu), (wall_before, cpu_before) = self._look(), self._looked
            self._looked = (wall, cpu)
            if cpu - cpu_before <= QUIET_SHARE * (wall - wall_before) and not main_thread_runs():
                break
        self._waiting = False

    def _give_way_to_the_event_loop(self) -> None:
        """Without the main thread's clock (see the module's docstring): if its event loop does not answer at once
        (QUIET_S), wait until it answers twice in a row at once, for at most FALLBACK_WAIT_S."""
        if self._loop is None or main_thread_importing():
            return
        wall = time.perf_counter()
        if wall - self._looked[0] < LOOK_S:
            return
        self._looked = (wall, 0.0)
        asked = self._loop.answers_within(QUIET_S)
        if asked is None:
            return
        self.waits += 1
        self._waiting = True
        end = wall + FALLBACK_WAIT_S
        while not self._hurry.is_set():  # the interpreter is the main thread's meanwhile
            asked = self._loop.answers_within(QUIET_S, asked)
            if asked is None:  # the loop is back: quiet if it answers the next at once too
                asked = self._loop.answers_within(QUIET_S)
                if asked is None:
                    break
            if main_thread_importing():
                break
            if time.perf_counter() > end:
                self.gave_up += 1
                break
        self._waiting = False
