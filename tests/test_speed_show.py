"""What keeps showing a tab again quick at 1000× the data, checked by counting and by looking at the pixels, never
by timing (timings are `make bench`'s): showing the map or the chart again rebuilds and refits nothing and reuses
the pixels Qt keeps; counties made while the map was hidden are drawn a few a turn once it is shown again (not all
in its first paint) and the map then looks as one drawn whole; the map's plain items carry no pen, so that Qt never
strokes 12,000 outlines to learn their bounds. The worker thread that imports pyqtgraph gives way while the main
thread works, never waits for a main thread that waits for it, and hurries when the Chart tab is shown."""

from __future__ import annotations

import numpy
import pytest
from PySide6.QtGui import QImage, QPen
from PySide6.QtWidgets import QApplication

from app.model import Store
from app.ui.map import MapView
from app.ui.map.county_layer import CountyLayer, SymbolLayer
from app.ui.map.items import RegionItem
from benchmarks.synthetic import make_dataset
from conftest import shown_window


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Store:
    """400 counties, half with a delegation: a map built in slices."""
    return Store.open(make_dataset(tmp_path_factory.mktemp("show") / "regions-400.sqlite", regions=400))


@pytest.fixture
def big_window(qtbot, big_store, settings):
    with shown_window(qtbot, big_store, settings) as w:
        yield w


def pixels(view: MapView):
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rows = numpy.frombuffer(bytes(image.constBits()), dtype=numpy.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :4 * image.width()].astype(int)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def layers_of(view: MapView) -> tuple[CountyLayer, SymbolLayer]:
    items = view.scene().items()
    return (next(i for i in items if isinstance(i, CountyLayer)), next(i for i in items if isinstance(i, SymbolLayer)))


class LayerPaints(list):
    """For each paint of a county layer once `on` is set: how many recorded counties it left undrawn then.
    Installed before the layers are made (PySide looks a Python override up once per object)."""

    def __init__(self, monkeypatch) -> None:
        super().__init__()
        self.on = False
        original = CountyLayer.paint

        def paint(layer, painter, option, widget=None):
            if self.on:
                self.append(layer.unshown())
            original(layer, painter, option, widget)
        monkeypatch.setattr(CountyLayer, "paint", paint)


def test_showing_the_map_again_neither_rebuilds_nor_refits_nor_redraws_its_layers(qtbot, monkeypatch, window):
    painted = LayerPaints(monkeypatch)
    window.show_tab("map")
    view = window.map_tab.map
    settle()
    assert painted == []  # (not counting yet)
    builds = []
    original = MapView._build_scene
    monkeypatch.setattr(MapView, "_build_scene", lambda self: (builds.append(self), original(self)))
    layer, transform = layers_of(view)[0], view.transform()
    painted.on = True
    for other in ("overview", "chart", "decisions"):
        window.show_tab(other)
        settle()
        window.show_tab("map")
        settle()
        assert view.transform() == transform and layers_of(view)[0] is layer
    assert builds == [] and painted == []  # the counties' pixels Qt kept were shown again as they were
    layer.update()
    settle()
    assert painted  # (what counts the paints does see one)


def test_counties_made_while_the_map_is_hidden_are_drawn_a_few_a_turn_once_it_is_shown_again(
        qtbot, monkeypatch, big_window):
    monkeypatch.setattr(MapView, "SLICE_ITEMS", 40)
    monkeypatch.setattr(MapView, "REVEAL_COUNTIES", 40)
    painted = LayerPaints(monkeypatch)
    big_window.show_tab("map")
    view = big_window.map_tab.map
    # a pass of the event loop at a time (a slice each): qtbot.waitUntil's 10 ms waits let a loaded machine run
    # many slices before it looks, and the map was then left with 80 counties to make, not the >100 asked below
    for _ in range(10_000):
        if view.scene() and any(isinstance(i, CountyLayer) and i.part_count() >= 2 for i in view.scene().items()):
            break
        QApplication.processEvents()
    settle()
    big_window.show_tab("overview")  # left while the slices still make counties
    qtbot.waitUntil(view.is_built, timeout=20000)
    settle()
    counties, symbols = layers_of(view)
    assert counties.unshown() > 100 and not symbols.isVisible()  # made meanwhile, recorded, not drawn yet
    painted.on = True
    big_window.show_tab("map")
    qtbot.waitUntil(lambda: counties.unshown() == 0 and symbols.isVisible())
    settle()
    assert painted and painted[0] > 0  # the first paint after showing did not draw every county at once
    assert len(painted) >= 2  # but a few parts a turn
    shown = pixels(view)
    counties.update()  # every county and symbol drawn again in one go: the same picture (a band drawn with
    symbols.update()  # its neighbours clipped away antialiases their shared edges a level or so otherwise)
    settle()
    assert numpy.abs(pixels(view) - shown).max() <= 4


def test_a_map_shown_while_it_is_built_draws_each_slice_as_it_is_made(qtbot, monkeypatch, big_window):
    monkeypatch.setattr(MapView, "SLICE_ITEMS", 40)
    painted = LayerPaints(monkeypatch)
    painted.on = True
    big_window.show_tab("map")
    view = big_window.map_tab.map
    qtbot.waitUntil(view.is_built, timeout=20000)
    settle()
    counties, symbols = layers_of(view)
    assert counties.unshown() == 0 and symbols.isVisible() and counties.part_count() >= 5
    assert len(painted) >= 5  # a band at a time, as the slices made them


def test_plain_counties_and_symbols_carry_no_pen_and_a_highlighted_one_its_outline(qtbot, window):
    window.show_tab("map")
    view = window.map_tab.map
    view.focus_place(None)
    settle()
    no_pen = QPen().style().NoPen
    regions = [view.region_item(p) for p in view.place_ids() if isinstance(view.region_item(p), RegionItem)]
    symbols = [view.symbol_item(d) for d in view.symbol_ids()]
    assert regions and symbols
    assert all(item.pen().style() == no_pen for item in regions + symbols)
    window.selection.select("delegation", "korca", origin="test")
    settle()
    assert view.region_item("korce").pen().style() != no_pen and view.symbol_item("korca").pen().style() != no_pen
    window.selection.clear(origin="test")
    settle()
    assert view.region_item("korce").pen().style() == no_pen


def test_the_scene_is_given_its_rect_so_it_does_not_grow_it_item_by_item(qtbot, monkeypatch, big_window):
    monkeypatch.setattr(MapView, "SLICE_ITEMS", 40)
    big_window.show_tab("map")
    view = big_window.map_tab.map
    changes = []
    view.scene().sceneRectChanged.connect(changes.append)
    qtbot.waitUntil(view.is_built, timeout=20000)
    settle()
    assert changes == [] and view.scene().sceneRect() == view.sceneRect()


def test_the_map_makes_no_slice_for_a_while_after_a_selection(qtbot, monkeypatch, big_window):
    monkeypatch.setattr(MapView, "SLICE_ITEMS", 20)
    slices = []
    original = MapView._build_slice

    def counted(self, everything=False):
        slices.append(everything)
        original(self, everything)
    monkeypatch.setattr(MapView, "_build_slice", counted)
    big_window.show_tab("map")
    view = big_window.map_tab.map
    qtbot.waitUntil(lambda: len(slices) >= 2)
    assert not view.is_built()
    big_window.selection.select("delegation", big_window.store.delegations()[3].id, origin="test")
    made = len(slices)
    qtbot.wait(MapView.HOLD_MS // 2)  # the selection is shown without slices of the build beside it
    assert len(slices) == made and not view.is_built()
    qtbot.waitUntil(view.is_built, timeout=20000)  # then the build goes on
    assert len(slices) > made


def test_showing_the_chart_again_rebuilds_no_bar_and_makes_no_item(qtbot, window):
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    settle()
    items, builds = len(chart.scene().items()), chart.build_count
    assert chart.getPlotItem().getViewBox().menu is None  # no context menu made (and dropped) with the plot
    for other in ("map", "overview", "org"):
        window.show_tab(other)
        settle()
        window.selection.select("delegation", "berat", origin="test")
        window.show_tab("chart")
        settle()
        assert window.chart_tab.chart is chart and chart.build_count == builds
        assert len(chart.scene().items()) == items and chart.selected_bar_ids() == ["berat"]
        window.selection.clear(origin="test")


def test_the_chart_lays_out_its_bars_with_the_collector_paused(qtbot, monkeypatch, window):
    import gc

    import app.ui.chart_plot as chart_plot
    seen = []
    original = chart_plot.layout_bars

    def layout_bars(*args):
        seen.append(gc.isenabled())  # a full collection pass would walk every bar made so far, in this turn
        return original(*args)
    monkeypatch.setattr(chart_plot, "layout_bars", layout_bars)
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    assert seen == [False] and gc.isenabled()
    window.chart_tab.percent_button.click()  # a redraw for a mode is not settled: it lets old bars go
    assert seen == [False, True] and chart.build_count == 2


# ---------------------------------------------------------------- pyqtgraph's import gives way to the window
@pytest.fixture
def package(tmp_path, monkeypatch):
    """A package of many small modules, made for the test under a name of its own: `make(name)` -> its name;
    importing the package imports each module in turn (each import is a place where the worker can stop)."""
    import sys
    monkeypatch.syspath_prepend(str(tmp_path))
    made = []

    def make(name: str, then: str = "") -> str:
        folder = tmp_path / name
        folder.mkdir()
        (folder / "__init__.py").write_text("".join(f"from . import m{i}\n" for i in range(40)) + then)
        for i in range(40):
            (folder / f"m{i}.py").write_text(f"VALUE = {i}\n")
        made.append(name)
        return name
    yield make
    for name in made:
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]


def imported_parts(name: str) -> int:
    import sys
    return sum(f"{name}.m{i}" in sys.modules for i in range(40))


def busy_until(condition, limit_s: float = 20.0) -> None:
    """Keep the main thread computing (not in the event loop) until `condition` holds (or the limit passes)."""
    import time
    end = time.monotonic() + limit_s
    while not condition() and time.monotonic() < end:
        sum(range(2000))


def test_the_chart_import_waits_while_the_main_thread_works_and_goes_on_once_it_is_idle(
        qtbot, monkeypatch, package):
    import time

    from app.ui import chart_import
    monkeypatch.setattr(chart_import, "BUSY_SHARE", 0.02)  # a main thread computing on a loaded machine is busy
    monkeypatch.setattr(chart_import, "LOOK_S", 0.0)  # the worker looks at every import (40 take a few ms)
    name = package("quiet_busy")
    worker = chart_import.QuietImport(name)
    worker.start()
    busy_until(worker.waiting)
    assert worker.waiting()
    parts = imported_parts(name)
    end = time.monotonic() + 0.3
    busy_until(lambda: time.monotonic() > end)  # a while longer: the worker still waits for the main thread
    assert worker.waiting() and imported_parts(name) < 40
    qtbot.waitUntil(lambda: not worker.is_alive())  # the event loop idles: the import goes on, to its end
    assert imported_parts(name) == 40 and worker.waits >= 1 and parts < 40


def test_the_main_thread_importing_what_the_worker_is_importing_does_not_wait_for_it_for_ever(
        qtbot, monkeypatch, package):
    import importlib

    from app.ui import chart_import
    monkeypatch.setattr(chart_import, "BUSY_SHARE", 0.02)
    monkeypatch.setattr(chart_import, "LOOK_S", 0.0)
    name = package("quiet_shared")
    worker = chart_import.QuietImport(name)
    worker.start()
    busy_until(worker.waiting)  # the worker holds the package's lock (Python takes it before looking for it)
    assert worker.waiting()
    module = importlib.import_module(name)  # waits for the worker's import: a blocked thread is a quiet one
    assert module.m39.VALUE == 39 and imported_parts(name) == 40
    worker.join(10)
    assert not worker.is_alive()


def test_a_chart_tab_shown_while_the_import_waits_hurries_it_and_the_chart_appears(
        qtbot, monkeypatch, package, window):
    from app.ui import chart_import, chart_view
    monkeypatch.setattr(chart_import, "QUIET_SHARE", -1.0)  # never quiet enough: the import waits until hurried
    monkeypatch.setattr(chart_import, "BUSY_SHARE", -1.0)
    name = package("quiet_chart", then="import app.ui.chart_plot\n")
    worker = chart_import.QuietImport(name)
    monkeypatch.setattr(chart_view, "_preload", worker)
    worker.start()
    qtbot.waitUntil(worker.waiting)
    window.show_tab("overview")
    settle()
    assert worker.waiting() and window.chart_tab.chart is None  # nobody waits for the chart yet
    window.show_tab("chart")
    qtbot.waitUntil(lambda: window.chart_tab.chart is not None and window.chart_tab.chart.isVisible())
    assert not worker.is_alive() and imported_parts(name) == 40
    assert window.chart_tab.chart.bar_ids()[0] == "durres"


def test_the_qt_classes_pyqtgraph_copies_are_made_on_the_main_thread_a_few_a_turn_before_the_import(
        qtbot, monkeypatch, package):
    import threading

    from app.ui import chart_import

    class Classes:
        """Stands in for QtCore: which thread asks for each class, and in which turn of the event loop."""

        def __init__(self) -> None:
            self.asked: list[tuple[bool, int]] = []
            self.turn = 0

        def __dir__(self):
            return [f"Q{i}" for i in range(30)]

        def __getattr__(self, name: str):
            self.asked.append((threading.current_thread() is threading.main_thread(), self.turn))
            if len(self.asked) % 10 == 0:
                time.sleep(chart_import.TURN_S)  # ten classes fill a turn
            return name
    import time
    classes = Classes()
    name = package("quiet_classes")
    libraries = chart_import.ChartLibraries(name, prepare=(classes,))
    libraries.start()
    assert libraries.is_alive() and classes.asked == []  # nothing is made before the event loop turns
    while classes.turn < 1000 and len(classes.asked) < 30:
        classes.turn += 1
        QApplication.processEvents()
    qtbot.waitUntil(lambda: not libraries.is_alive())
    assert len(classes.asked) == 30 and all(main for main, _ in classes.asked)
    first_turn = [turn for _, turn in classes.asked if turn == classes.asked[0][1]]
    assert len(first_turn) <= 10 and imported_parts(name) == 40  # a turn's worth, not every class at once
    assert libraries.worker().ident != threading.main_thread().ident


def test_pyqtgraph_still_copies_every_name_the_worker_makes_beforehand():
    """The worker makes every class of QtCore, QtGui and QtWidgets a few at a time because pyqtgraph.Qt would
    make them all at once when it copies them: were it to stop copying, that step would only cost memory."""
    import pyqtgraph.Qt as pg_qt

    from app.ui.chart_import import COPIED_BY_PYQTGRAPH
    for module in COPIED_BY_PYQTGRAPH:
        copy = getattr(pg_qt, module.__name__.rsplit(".", 1)[1])
        assert all(hasattr(copy, name) for name in dir(module) if not name.startswith("__")), module.__name__


def test_a_hidden_chart_lets_go_of_the_pixels_qt_kept_and_looks_the_same_when_shown_again(qtbot, window):
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsView
    kept, none = QGraphicsItem.CacheMode.DeviceCoordinateCache, QGraphicsItem.CacheMode.NoCache
    window.selection.select("delegation", "korca", origin="test")
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    qtbot.waitUntil(chart.isVisible)
    settle()
    cached = chart._cached_items()
    assert len(cached) >= 3 and all(item.cacheMode() == kept for item in cached)
    assert chart.cacheMode() == QGraphicsView.CacheModeFlag.CacheNone  # the plain background is filled, not kept
    shown = chart.grab().toImage()
    window.show_tab("map")
    settle()
    assert all(item.cacheMode() == none for item in cached)
    window.show_tab("chart")
    settle()
    assert all(item.cacheMode() == kept for item in chart._cached_items())
    assert chart.grab().toImage() == shown
