"""What keeps the map quick with 12,000 counties (1000× the data), checked by counting and by looking at the
pixels, never by timing (timings are `make bench`'s): the counties are drawn by one cached layer and a county
draws itself only while it is highlighted (the symbols likewise, and each is still drawn at its place), a selection leaves that layer alone and the map looks as before once
the highlight goes, a big map is built in slices of a bounded size and still answers `region_item` for every
place, and an export draws the map as vectors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QGraphicsItem

from app.model import Store
from app.ui.map import MapView
from app.ui.map.county_layer import CountyLayer, SymbolLayer
from app.ui.map.items import RegionItem
from app.ui.selection import SelectionModel
from benchmarks.synthetic import make_dataset

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Store:
    """A synthetic dataset with 400 counties (half of them with a delegation): more than one slice."""
    return Store.open(make_dataset(tmp_path_factory.mktemp("map") / "regions-400.sqlite", regions=400))


def drawn_by_themselves(view: MapView) -> set[str]:
    return {pid for pid in view.place_ids() if isinstance(view.region_item(pid), RegionItem)
            and not view.region_item(pid).flags() & NO_CONTENTS}


def count_layer_paints(monkeypatch) -> list:
    painted = []
    original = CountyLayer.paint

    def paint(self, painter, option, widget=None):
        painted.append(self)
        original(self, painter, option, widget)
    monkeypatch.setattr(CountyLayer, "paint", paint)
    return painted


def shown_map(qtbot, store: Store, selection: SelectionModel) -> MapView:
    view = MapView(store, selection)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.is_built, timeout=20000)
    QApplication.processEvents()
    return view


@pytest.mark.parametrize("which", ["bundled", "synthetic"])
def test_a_selection_redraws_only_the_counties_it_highlights_not_the_layer(qtbot, monkeypatch, store, big_store,
                                                                            which):
    store = store if which == "bundled" else big_store
    selection = SelectionModel()
    # counted from before the layer is made: PySide looks a Python override up once per object (patched later, the
    # layer was not painted at all, and this test could not fail)
    painted = count_layer_paints(monkeypatch)
    view = shown_map(qtbot, store, selection)
    view.focus_place(None)  # (the county with the keyboard focus, drawn dashed, draws itself too)
    QApplication.processEvents()
    assert drawn_by_themselves(view) == set()  # every county is drawn by the one layer
    assert painted  # (the count sees the layer's paints)
    painted.clear()
    delegations = [d.id for d in store.delegations() if d.place_ids and d.delegates is not None][:3]
    for delegation_id in delegations:
        selection.select("delegation", delegation_id, origin="test")
        QApplication.processEvents()
        counties = {p for p in store.delegation(delegation_id).place_ids
                    if isinstance(view.region_item(p), RegionItem)}
        assert drawn_by_themselves(view) == counties
    selection.clear(origin="test")
    QApplication.processEvents()
    assert drawn_by_themselves(view) == set()
    assert painted == []  # the layer's pixels were reused for every one of these repaints


def test_the_map_looks_as_before_once_a_highlight_goes(qtbot, store):
    selection = SelectionModel()
    view = shown_map(qtbot, store, selection)
    view.focus_place(None)
    QApplication.processEvents()
    plain = view.viewport().grab().toImage()
    selection.select("place", "shkoder", origin="test")  # a county with no symbol on it: its border only
    QApplication.processEvents()
    selected = view.viewport().grab().toImage()
    assert selected != plain
    selection.clear(origin="test")
    qtbot.mouseMove(view.viewport(), view.viewport_point("kukes"))  # hovered: drawn darker by itself ...
    qtbot.waitUntil(lambda: view.region_item("kukes").hovered)
    assert view.viewport().grab().toImage() != plain
    qtbot.mouseMove(view.viewport(), QPoint(3, 3))  # ... and back to the layer's drawing when the pointer leaves
    qtbot.waitUntil(lambda: not view.region_item("kukes").hovered)
    QApplication.processEvents()
    assert view.viewport().grab().toImage() == plain


def test_a_big_map_is_built_in_slices_and_answers_for_every_place(qtbot, monkeypatch, big_store):
    monkeypatch.setattr(MapView, "SLICE_ITEMS", 50)
    slices, made = [], []
    for name in ("_add_place", "_add_symbol"):
        original = getattr(MapView, name)

        def counted(self, *args, original=original):
            made.append(1)
            return original(self, *args)
        monkeypatch.setattr(MapView, name, counted)
    build_slice = MapView._build_slice

    def one_slice(self, everything=False):
        before = len(made)
        build_slice(self, everything)
        slices.append((len(made) - before, everything))
    monkeypatch.setattr(MapView, "_build_slice", one_slice)

    selection = SelectionModel()
    selection.select("delegation", "syn-d398", origin="test")  # selected before its county is made
    view = MapView(big_store, selection)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    assert not view.is_built()  # the constructor made none of the 400 counties' items
    qtbot.waitUntil(view.is_built, timeout=20000)
    assert len(slices) > 8 and all(n <= 50 and not everything for n, everything in slices)
    places = [p.id for p in big_store.places() if p.kind != "country"]
    assert sorted(view.place_ids()) == sorted(places)
    assert all(view.region_item(p).place.id == p for p in places)
    assert view.selected_place_ids() == ["syn-398"] and view.symbol_item("syn-d398").selected
    layer = next(item for item in view.scene().items() if isinstance(item, CountyLayer))
    assert layer.part_count() >= 400 // 50  # the counties drawn a slice at a time, each slice one picture


def test_asking_for_a_place_before_the_slices_end_finishes_the_build(qtbot, monkeypatch, big_store):
    monkeypatch.setattr(MapView, "SLICE_ITEMS", 50)
    view = MapView(big_store, SelectionModel())
    qtbot.addWidget(view)
    assert not view.is_built()
    last = sorted(p.id for p in big_store.places("region"))[-1]
    assert view.region_item(last).place.id == last and view.is_built()
    view.select_place("syn-0")
    assert view.selected_place_ids() == ["syn-0"]


def test_a_click_where_no_county_is_made_yet_keeps_the_selection(qtbot, monkeypatch, big_store):
    monkeypatch.setattr(MapView, "SLICE_ITEMS", 1)
    selection = SelectionModel()
    selection.select("place", "syn-1", origin="test")
    view = MapView(big_store, selection)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    assert not view.is_built()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(350, 300))
    assert selection.current() == ("place", "syn-1")


def test_an_svg_export_draws_the_counties_as_vectors(qtbot, window, tmp_path):
    window.show_tab("map")
    window.map_tab.set_layer("counties")
    formats = {f.suffix: f for f in window.export_formats()}
    formats["svg"].write(str(tmp_path / "map.svg"))
    text = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "<image" not in text  # no pixels kept for the screen end up in the file
    assert text.count("<path") > 12  # the counties' outlines (and the rest of the map) as paths


@pytest.mark.parametrize("which", ["bundled", "synthetic"])
def test_every_symbol_is_drawn_by_the_layer_at_its_place(qtbot, monkeypatch, store, big_store, which):
    store = store if which == "bundled" else big_store
    if which == "synthetic":  # as many symbols as 1000x the data has: copied from one drawing per size
        monkeypatch.setattr(SymbolLayer, "STAMP_ABOVE", 10)
    view = shown_map(qtbot, store, SelectionModel())
    image = view.viewport().grab().toImage()
    colour = view.colours.symbol
    symbols = [view.symbol_item(d) for d in view.symbol_ids()]
    assert symbols and all(item.flags() & NO_CONTENTS for item in symbols)  # none draws itself: the layer does
    for item in symbols[:: max(1, len(symbols) // 40)]:
        centre = view.mapFromScene(item.pos())
        # below the centre, inside the circle: the symbol's colour (a count inside sits on a plate of that colour)
        pixel = image.pixelColor(centre.x(), centre.y() + int(item.radius * 0.6))
        assert max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
                   abs(pixel.blue() - colour.blue())) < 40, (item.delegation_id, pixel.name())
