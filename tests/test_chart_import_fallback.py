"""pyqtgraph's import gives way to the window where the system gives no thread the CPU clock of another (Windows,
macOS): the worker watches the main thread's Qt event loop instead (chart_import.EventLoopWatch). Here, on Linux,
that path is forced by taking the clock away; what the worker does is checked by what it has imported, never by
timing."""

import importlib
import time

import pytest

from app.ui import chart_import
from test_speed_show import busy_until, imported_parts, package  # noqa: F401  (package: a fixture)


@pytest.fixture
def no_clock(monkeypatch):
    """The main thread's CPU clock as on Windows and macOS: not given."""
    monkeypatch.setattr(chart_import, "main_thread_clock", lambda: None)


def test_without_the_clock_the_import_waits_while_the_main_thread_works_and_goes_on_when_its_loop_idles(
        qtbot, monkeypatch, no_clock, package):
    monkeypatch.setattr(chart_import, "FALLBACK_WAIT_S", 5.0)  # the event loop lets it go on long before
    name = package("loop_busy")
    worker = chart_import.QuietImport(name)
    worker.start()
    busy_until(worker.waiting)  # the main thread computes, outside its event loop
    assert worker.waiting()
    parts = imported_parts(name)
    end = time.monotonic() + 0.3  # a while longer: the worker still waits for the main thread
    busy_until(lambda: time.monotonic() > end)
    assert worker.waiting() and imported_parts(name) == parts < 40
    qtbot.waitUntil(lambda: not worker.is_alive())  # the event loop waits for events: the import goes on, to its end
    assert imported_parts(name) == 40 and worker.waits >= 1 and worker.gave_up == 0


def test_without_the_clock_the_main_thread_importing_what_the_worker_imports_does_not_wait_for_ever(
        qtbot, monkeypatch, no_clock, package):
    monkeypatch.setattr(chart_import, "FALLBACK_WAIT_S", 2.0)  # the main thread's import lets it go on before
    name = package("loop_shared")
    worker = chart_import.QuietImport(name)
    worker.start()
    busy_until(worker.waiting)  # the worker holds the package's lock
    assert worker.waiting()
    module = importlib.import_module(name)  # the main thread waits in importlib: the worker sees it and goes on
    assert module.m39.VALUE == 39 and imported_parts(name) == 40
    worker.join(10)
    assert not worker.is_alive() and worker.waits >= 1 and worker.gave_up == 0


def test_without_the_clock_a_main_thread_that_never_returns_to_its_loop_only_delays_the_import(
        monkeypatch, no_clock, package):
    monkeypatch.setattr(chart_import, "FALLBACK_WAIT_S", 0.01)
    name = package("loop_never")
    worker = chart_import.QuietImport(name)
    worker.start()
    busy_until(lambda: not worker.is_alive(), limit_s=60)  # computing all along, never in the event loop
    assert imported_parts(name) == 40 and worker.gave_up >= 1


def test_without_the_clock_a_hurried_import_does_not_give_way(qtbot, no_clock, package):
    name = package("loop_hurried")
    worker = chart_import.QuietImport(name)
    worker.hurry()
    worker.start()
    busy_until(lambda: not worker.is_alive(), limit_s=60)
    assert imported_parts(name) == 40 and worker.waits == 0
