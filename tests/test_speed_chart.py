"""What keeps the Chart tab quick with every tab built and at 1000× the data, checked by counting, never by
timing (timings are `make bench`'s): a selection moves the outline over the bars and makes no graphics item, a
hidden chart is not drawn on a selection and shows the right bar when it is shown again, a chart of thousands of
delegations is drawn with one item a kind of bar (not one a bar), a visit while pyqtgraph is still being imported
does not wait for it, and a language switch rewrites the bars' numbers in place."""

import threading

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from app.model import Store
from app.ui import chart_view
from app.ui.style import FILLS, class_of
from benchmarks.synthetic import make_dataset


class PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


class StandIn(threading.Thread):
    """Stands in for the worker that imports pyqtgraph (chart_import.QuietImport)."""

    def hurry(self, on: bool = True) -> None:
        pass


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def outline_ids(chart) -> list[str]:
    """The bars the drawn outline goes round, read from the outline itself."""
    path = chart._highlight.path()
    return [i for i in chart.bar_ids() if path.contains(chart.bar_rect(i).center())]


def test_a_selection_with_the_chart_shown_moves_the_outline_and_makes_no_item(qtbot, window):
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    settle()
    items, builds = len(chart.scene().items()), chart.build_count
    for kind, item_id, bars in [("delegation", "berat", ["berat"]), ("place", "korce", ["korca"]),
                                ("person", "llazi-bozo", ["berat"]), ("delegation", "youth-union", ["youth-union"]),
                                ("delegation", "not-broken-down", ["not-broken-down"])]:
        window.selection.select(kind, item_id, origin="test")
        settle()
        assert outline_ids(chart) == bars == chart.selected_bar_ids()
        assert chart._highlight.isVisible()
    window.selection.clear(origin="test")
    settle()
    assert outline_ids(chart) == []
    assert len(chart.scene().items()) == items and chart.build_count == builds  # nothing made, no bar rebuilt


def test_a_hidden_chart_is_not_drawn_on_a_selection_and_shows_the_right_bar_again(qtbot, window):
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    window.selection.select("delegation", "durres", origin="test")
    settle()
    window.show_tab("map")
    settle()
    counter = PaintCounter(chart.viewport())
    for kind, item_id in [("place", "korce"), ("person", "enver-hoxha"), ("decision", "ban-zog"),
                          ("delegation", "vlora-gjirokastra")]:
        window.selection.select(kind, item_id, origin="test")
        settle()
    assert counter.paints == 0 and outline_ids(chart) == ["durres"]  # untouched while hidden
    window.show_tab("chart")
    qtbot.waitUntil(lambda: counter.paints > 0)
    assert outline_ids(chart) == ["vlora-gjirokastra"]


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_bars_are_drawn_in_the_fill_of_their_size(qtbot, window, store, size):
    import pyqtgraph as pg
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    settle()
    window.resize(*size)
    qtbot.waitUntil(lambda: chart.getPlotItem().getViewBox().width() > 100)
    settle()
    bars = [i for i in chart.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    # the bounds kept from the last paint are those pyqtgraph works out for the view as it is now
    assert [b.boundingRect() for b in bars] == [pg.BarGraphItem.boundingRect(b) for b in bars]
    image = chart.viewport().grab().toImage()
    box = chart.getPlotItem().getViewBox()
    scale = image.width() / chart.viewport().width()  # device pixels
    for d in store.delegations("region"):
        rect = chart.bar_rect(d.id)
        fill = QColor(FILLS[class_of(d.delegates)])
        samples = []  # up the bar, beside its tick mark (a faint grid line may cross one of them)
        for share in (0.3, 0.4, 0.5, 0.6, 0.7):
            inside = chart.mapFromScene(box.mapViewToScene(QPointF(rect.center().x() + rect.width() / 4,
                                                                   rect.height() * share)))
            samples.append(image.pixelColor(int(inside.x() * scale), int(inside.y() * scale)) == fill)
        assert sum(samples) >= 3, d.id


@pytest.fixture(scope="module")
def large_stores(tmp_path_factory):
    """Two synthetic congresses, of 80 and 200 regional delegations (invented, for counting only)."""
    folder = tmp_path_factory.mktemp("large")
    return [Store.open(make_dataset(folder / f"r{n}.sqlite", regions=n)) for n in (160, 400)]


def test_a_chart_of_hundreds_of_delegations_is_drawn_with_one_item_a_kind_of_bar(qtbot, make_page, hub, large_stores):
    from app.ui.chart_plot import DelegateChart
    counts = []
    for store in large_stores:
        chart = DelegateChart(store, hub)
        qtbot.addWidget(chart)
        chart.resize(900, 600)
        chart.show()
        qtbot.waitExposed(chart)
        regional = len(store.delegations("region"))
        assert len(chart.bar_ids()) == regional + 3 and chart.value_labels()[0]  # the numbers are still told
        counts.append(len(chart.scene().items()))
        hub.select("delegation", store.delegations("region")[regional // 2].id, origin="test")
        assert outline_ids(chart) == [store.delegations("region")[regional // 2].id]
    assert counts[0] == counts[1]  # 2.5 times the bars, not one more item


def test_a_visit_while_pyqtgraph_is_imported_does_not_wait_for_it(qtbot, window, monkeypatch):
    importing = threading.Event()
    worker = StandIn(target=importing.wait, args=(30,), daemon=True)  # the slow import
    worker.start()
    monkeypatch.setattr(chart_view, "_preload", worker)
    window.show_tab("chart")
    settle()
    assert window.current_tab_name() == "chart" and window.chart_tab.isVisible() and window.chart_tab.chart is None
    importing.set()
    qtbot.waitUntil(lambda: window.chart_tab.chart is not None and window.chart_tab.chart.isVisible())
    assert window.findChild(QObject, "delegateChart") is window.chart_tab.chart
    window.selection.select("delegation", "korca", origin="test")
    assert outline_ids(window.chart_tab.chart) == ["korca"]


def test_a_language_switch_rewrites_the_numbers_on_the_bars_in_place(qtbot, window):
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    window.chart_tab.percent_button.click()
    settle()
    items, builds = len(chart.scene().items()), chart.build_count
    korca = chart.bar_ids().index("korca")

    def drawn() -> list[str]:
        return [label.text() for label in chart._labels]
    assert drawn()[korca] == "13.3%"
    window.set_language("sq")
    settle()
    assert drawn()[korca] == "13,3%" and drawn() == chart.value_labels()
    assert len(chart.scene().items()) == items and chart.build_count == builds and window.chart_tab.chart is chart


@pytest.fixture
def imported(monkeypatch):
    """pyqtgraph imported, and the worker thread that would import it done (a visit then never waits)."""
    import app.ui.chart_plot  # noqa: F401
    done = StandIn(target=lambda: None)
    done.start()
    done.join()
    monkeypatch.setattr(chart_view, "_preload", done)


def test_a_first_visit_of_a_few_bars_makes_the_chart_at_once(qtbot, window, imported):
    window.selection.select("delegation", "berat", origin="test")
    window.chart_tab.size_button.click()  # a mode chosen before the first visit goes into the first build
    window.show_tab("chart")  # no event processed after it: a screenshot taken now has the bars
    chart = window.findChild(QObject, "delegateChart")
    assert chart is window.chart_tab.chart and chart.build_count == 1
    assert chart.bar_ids()[0] == "vlora-gjirokastra" and outline_ids(chart) == ["berat"]
    qtbot.waitUntil(chart.isVisible)  # shown by its layout in the next turn of the event loop


def test_a_first_visit_of_many_bars_makes_the_plot_then_its_bars_and_never_draws_it_bare(
        qtbot, settings, large_stores, imported):
    from app.ui.main_window import MainWindow
    store = large_stores[0]
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    chosen = store.delegations("region")[5].id
    window.selection.select("delegation", chosen, origin="test")
    window.show_tab("chart")
    assert window.chart_tab.chart is None  # the turn that shows the tab draws it: the plot comes in the next one
    qtbot.waitUntil(lambda: window.chart_tab.chart is not None)
    chart = window.findChild(QObject, "delegateChart")
    assert chart is window.chart_tab.chart and not chart.isVisible()
    bare_paints = []

    class Watch(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                bare_paints.append(chart._steps is not None or chart.build_count == 0)
            return False
    watch = Watch(chart)
    chart.viewport().installEventFilter(watch)
    qtbot.waitUntil(lambda: chart.isVisible() and len(bare_paints) > 0)
    assert not any(bare_paints) and chart.build_count == 1  # built once, never drawn half made
    assert len(chart.bar_ids()) == len(store.delegations()) and outline_ids(chart) == [chosen]
    window.close()


def test_pyqtgraph_is_imported_while_the_chart_tab_is_not_yet_built():
    """The window makes its tabs unbuilt: the chart's library still comes in on the worker thread once the
    window is up, so that the first visit of the tab does not wait for it."""
    import subprocess
    import sys

    from conftest import ROOT
    code = ("import os, sys, time; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from app.model import Store; from app.ui.main_window import MainWindow; from app.ui import chart_view\n"
            "w = MainWindow(Store.open()); w.show(); app.processEvents()\n"
            "before = 'pyqtgraph' in sys.modules\n"
            "end = time.monotonic() + 60\n"
            "while time.monotonic() < end and (chart_view._preload is None or chart_view._preload.is_alive()):\n"
            "    app.processEvents(); time.sleep(0.01)\n"
            "print(before, 'pyqtgraph' in sys.modules, w.chart_tab.is_built())")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "True", "False"], out.stderr
