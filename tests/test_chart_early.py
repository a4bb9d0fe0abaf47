"""The Chart tab opened soon after start, before pyqtgraph has been imported (it comes in on a worker thread, see
chart_import.py): the tab shows at once with a quiet placeholder, the import is not done by the window's thread,
and the chart that arrives is the one a later visit shows, laid out as it from its first frame. Checked by what
is shown and which thread imported, never by timing."""

import sys
import threading

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

import app.ui
from app.ui import chart_import, chart_view

CHART_MODULE = "app.ui.chart_plot"


class ImportWatch:
    """A finder that finds nothing: it notes which thread looked for the chart's module (Python asks the finders
    only when a module is not imported yet)."""

    def __init__(self) -> None:
        self.on_main_thread: list[bool] = []

    def find_spec(self, name, path=None, target=None):
        if name == CHART_MODULE:
            self.on_main_thread.append(threading.current_thread() is threading.main_thread())
        return None


@pytest.fixture
def not_imported_yet(monkeypatch):
    """This process as just after start: the chart's module not imported and its import not begun, and held back
    (chart_import.QuietImport.held_by) until the test sets the returned event. The module imported again by the
    test is put back as it was afterwards (other tests hold its classes)."""
    held = threading.Event()
    watch = ImportWatch()
    monkeypatch.setattr(chart_import.QuietImport, "held_by", held)
    monkeypatch.setattr(chart_view, "_preload", None)
    if CHART_MODULE in sys.modules:  # imported by an earlier test
        monkeypatch.setattr(app.ui, "chart_plot", sys.modules[CHART_MODULE])
        monkeypatch.delitem(sys.modules, CHART_MODULE)
    monkeypatch.setattr(sys, "meta_path", [watch] + sys.meta_path)
    yield held, watch
    held.set()
    if chart_view._preload is not None:  # the test's own import, ended before the module is put back
        chart_view._preload.worker().join(30)


@pytest.fixture
def other_window(qtbot, store, window, tmp_path):
    """A second window, its Chart tab not shown yet: the chart as a visit makes it once the import is done.
    Deleted with `window` (whose fixture sends the deferred deletions, this one's too)."""
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow
    w = MainWindow(store, settings=QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    w.deleteLater()


def normal_chart(qtbot, window):
    """`window`'s chart built on a visit (pyqtgraph imported by then), and left to settle."""
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    qtbot.waitUntil(chart.isVisible)
    for _ in range(5):
        QApplication.processEvents()
    return chart


class FirstPaint(QObject):
    """The chart's layout at the moment its plot is first painted (on screen)."""

    def __init__(self) -> None:
        super().__init__()
        self.layout: dict | None = None
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.layout is None and obj.parent() is not None \
                and obj.parent().objectName() == "delegateChart" and obj.isVisible():  # a grab is no paint on screen
            self.layout = layout_of(obj.parent())
            QApplication.instance().removeEventFilter(self)
        return False


def layout_of(chart) -> dict:
    """What the chart shows and where: bars, numbers, names under the bars as wrapped, the axes' room."""
    plot = chart.getPlotItem()
    return {"bars": chart.bar_ids(), "values": chart.value_labels(), "names": chart.tick_layout(),
            "ticks": chart._ticks, "axis label": plot.getAxis("left").labelText,
            "left axis": plot.getAxis("left").width(), "bottom axis": plot.getAxis("bottom").height(),
            "plot": plot.getViewBox().size().toTuple(), "size": chart.size().toTuple()}


def test_a_chart_tab_opened_before_the_import_shows_a_placeholder_then_the_same_chart(
        qtbot, window, other_window, not_imported_yet):
    held, watch = not_imported_yet
    window.selection.select("delegation", "berat", origin="test")
    window.show_tab("chart")
    tab = window.chart_tab
    qtbot.waitUntil(lambda: tab.placeholder.isVisible())
    for _ in range(5):  # the window goes on answering while the import is held back
        QApplication.processEvents()
    assert window.current_tab_name() == "chart" and tab.is_waiting_for_import()
    assert tab.placeholder.text() == "Preparing the chart…" and tab.caption.isVisible()
    assert tab.chart is None and window.findChild(QObject, "delegateChart") is None
    assert CHART_MODULE not in sys.modules and watch.on_main_thread == []  # nothing imported by the window

    first_paint = FirstPaint()
    held.set()
    qtbot.waitUntil(lambda: first_paint.layout is not None)
    late = tab.chart
    assert watch.on_main_thread == [False]  # imported once, on the worker thread
    assert not tab.placeholder.isVisible() and window.findChild(QObject, "delegateChart") is late
    assert late.selected_bar_ids() == ["berat"]
    for _ in range(5):
        QApplication.processEvents()
    arrived = layout_of(late)
    assert first_paint.layout == arrived  # laid out before it was first drawn, not moved after

    other_window.selection.select("delegation", "berat", origin="test")
    assert layout_of(normal_chart(qtbot, other_window)) == arrived  # the same as a chart made on a later visit
    assert arrived["bars"] == ["durres", "tirana", "peza", "elbasan", "korca", "berat", "vlora-gjirokastra",
                               "not-broken-down", "youth-union", "womens-union"]
    assert arrived["values"][:3] == ["2", "10", "3"] and arrived["names"][0] == (0.0, ["Durrës"], 0)


def test_an_export_while_the_placeholder_shows_gets_the_whole_chart_laid_out(
        qtbot, window, other_window, not_imported_yet):
    """File → Export, Print and --screenshot ask the page for its chart (drawable): they get it whole at once,
    laid out as it will be drawn, even while the tab still shows its placeholder."""
    held, watch = not_imported_yet
    window.show_tab("chart")
    tab = window.chart_tab
    qtbot.waitUntil(lambda: tab.placeholder.isVisible())
    held.set()
    chart = tab.drawable()  # the window's thread imports it now if the worker has not yet
    assert chart is tab.chart and not tab.placeholder.isVisible()
    drawn = layout_of(chart)
    assert layout_of(normal_chart(qtbot, other_window)) == drawn
    qtbot.waitUntil(chart.isVisible)
    assert layout_of(chart) == drawn


def test_the_placeholder_says_it_in_albanian(qtbot, window, not_imported_yet):
    window.set_language("sq")
    window.show_tab("chart")
    qtbot.waitUntil(lambda: window.chart_tab.placeholder.isVisible())
    assert window.chart_tab.placeholder.text() == "Po përgatitet grafiku…"
