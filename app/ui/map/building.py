"""Building the map's scene: the country's outline at once, then the places and the symbols in slices on idle
turns of the event loop, so that a map of 12,000 counties (1000x the data) never holds the window for more than
a slice (each at most SLICE_ITEMS items and about SLICE_S seconds); the counties fill in as they are made.
A small map (the bundled data) is built at once. Asking for an item (`region_item`, ...) finishes the build."""

from __future__ import annotations

import time
from collections import deque
from operator import attrgetter

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem

from app.ui.map import layers
from app.ui.map.colours import colours as map_colours
from app.ui.map.county_layer import CountyLayer, SymbolLayer
from app.ui.map.items import LocalityItem, RegionItem, SymbolItem, _pen, place_path, project
from app.ui.map.layers import SYMBOLS
from app.ui.theme import accent, is_dark


class MapBuilding:
    """Mixin of MapView: makes the scene's items. Needs `self._store`, `self._layer`, `self._selection`."""

    SLICE_ITEMS = 300  # at most this many places or symbols made in one turn of the event loop
    SLICE_S = 0.012  # and a slice stops after this long (the event loop answers between two slices, and the other
    # idle work of the window may share the turn: at 1000x the data a slice then took ~30 ms of the 25 asked)
    REVEAL_COUNTIES = 1500  # made while the map was hidden: drawn about this many a turn once it is shown again
    REVEAL_SYMBOLS = 300  # and the symbols at once up to this many, else in a turn of their own
    HOLD_MS = 300  # after a selection the slices wait this long, as the window's idle work does (app/ui/idle.py)

    def _init_building(self) -> None:
        self._todo: deque = deque()
        self._slicer = QTimer(self)  # a timer of our own (no lambda kept by Qt): one slice per idle turn
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._build_slice)
        self._revealer = QTimer(self)  # draws what was made while the map was hidden, a part per turn
        self._revealer.setSingleShot(True)
        self._revealer.setInterval(0)
        self._revealer.timeout.connect(self._reveal_step)

    def is_built(self) -> bool:
        """Whether every place and symbol of the layer shown has its item (labels placed)."""
        return not self._todo and not self._slicer.isActive()

    def _hold_build(self) -> None:
        """The person selected something: the next slice waits, so that what they did is shown without one."""
        if self._slicer.isActive():
            self._slicer.start(self.HOLD_MS)

    def finish_build(self) -> None:
        """Make what is left of the scene now (for a caller that needs an item the slices have not made yet)."""
        if self._todo or self._slicer.isActive():
            self._slicer.stop()
            self._build_slice(everything=True)

    def _build_scene(self) -> None:
        self._retranslate()
        self._slicer.stop()
        self._revealer.stop()
        scene = self.scene()
        # Python references to the old items go first, while Qt still has them; then the scene deletes them
        self._items.clear()
        self._symbols.clear()
        self._labels.clear()
        self._localities = []
        self._all_labels = []
        self._delegation_labels = []  # a symbol's name (and count where it does not fit inside)
        self._selected: set[tuple[str, str]] = set()  # the items drawn as selected: ("place" | "symbol", id)
        self._unions: dict[str, QPainterPath] = {}
        self._dots = []  # where a joint symbol's lines end: labels keep clear of them
        self._cached = []  # items kept as pixels by Qt, besides the symbols (drawn as vectors for an export)
        scene.clear()
        self.colours, self._accent = map_colours(is_dark(self)), accent(self)
        scene.setBackgroundBrush(self.colours.sea)
        store = self._store
        self._land = None  # the country's outline: labels of symbols and localities stay on land
        for country in store.places("country"):
            self._land = place_path(country.geometry_geojson)
            self._add_line(self._land, _pen(self.colours.outline, 2.0), 5)
        self._country_rect = QRectF()
        self._set_country_rect()
        self._county_layer = CountyLayer(self._country_rect)
        self._symbol_layer = SymbolLayer()
        self._symbol_layer.setVisible(False)  # shown with all its symbols, when the build is done
        for layer in (self._county_layer, self._symbol_layer):
            self._cached.append(layer)
            scene.addItem(layer)
        self._venue = layers.has_venue(store)
        # what to make is worked out in the first slice (at 1000x the data, ordering 12,000 counties and working
        # out 6,000 symbols are slices of their own), not while the tab is being shown
        self._todo = deque([("plan", None)])
        if len(store.ids("place")) + len(store.ids("delegation")) <= self.SLICE_ITEMS:
            self._build_slice(everything=True)
        else:
            self._slicer.start(0)

    def _add_line(self, path: QPainterPath, pen, z: float) -> None:
        """A drawn line that answers no mouse (the country's outline, a joint delegation's ring), kept as pixels:
        stroking the outline's hundreds of points was most of the repaint after a click."""
        line = QGraphicsPathItem(path)
        line.setPen(pen)
        line.setBrush(Qt.BrushStyle.NoBrush)
        line.setZValue(z)
        line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        line.setAcceptHoverEvents(False)
        line.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._cached.append(line)
        self.scene().addItem(line)

    def _plan(self) -> None:
        store = self._store
        # north to south: a slice's counties lie together, so it redraws one band of the map
        regions = sorted(store.places("region"), key=attrgetter("label_lat", "label_lon"), reverse=True)
        self._todo.extend(("place", p) for p in regions + store.places("locality"))
        if self._layer == SYMBOLS:
            self._todo.append(("symbols", None))

    def _build_slice(self, everything: bool = False) -> None:
        start, made, regions, symbols = time.perf_counter(), 0, [], []
        while self._todo and (everything or (made < self.SLICE_ITEMS and time.perf_counter() - start < self.SLICE_S)):
            what, obj = self._todo.popleft()
            if what == "place":
                item = self._add_place(obj)
                if isinstance(item, RegionItem):
                    regions.append(item)
                made += 1
            elif what == "symbol":
                symbols.append(self._add_symbol(obj))
                made += 1
            else:  # each of these in a slice of its own
                if what == "plan":
                    self._plan()
                else:
                    self._todo.extend(("symbol", spec) for spec in layers.symbols(self._store))
                if not everything:
                    break
        if regions:
            self._county_layer.add(regions)
            self._show_made()
        self._symbol_layer.add(symbols)
        if self._todo:
            self._on_selection_changed()  # the items just made that are selected show it
            self._slicer.start(0)
        else:
            self._finish_scene()

    def _add_place(self, place) -> RegionItem | LocalityItem:
        store = self._store
        delegation = layers.delegation_of_place(store, place.id)
        delegates = delegation.delegates if delegation is not None else None
        if place.kind == "region":
            item = RegionItem(place, delegates, place_path(place.geometry_geojson))
        else:
            item = LocalityItem(place, delegates, self._venue and place.id == layers.VENUE_PLACE)
            self._localities.append(item)
        item.writer = self._writer
        item.setup(layers.target_of_place(store, place.id), None, self.colours, self._accent, self._layer)
        self.scene().addItem(item)
        self._items[place.id] = item
        return item

    def partly_delegates(self, place_id: str) -> int | None:
        """The delegates of the delegation a source says took in part of this county (Berat's for Fier), or None."""
        partly = [self._store.delegation(d).delegates for d in layers.partly(self._store, place_id)]
        return partly[0] if partly else None

    def _finish_scene(self) -> None:
        store, scene = self._store, self.scene()
        if self._drawing_as_made():
            self._symbol_layer.setVisible(True)
        if self._layer != SYMBOLS and len(self._items) <= self.LABEL_LIMIT:
            for spec in layers.symbols(store):
                if len(spec.place_ids) > 1:  # one delegation over several counties: one outline around them all
                    self._add_line(self._union(spec.place_ids), _pen(self.colours.outline, 2.0, Qt.PenStyle.DashLine), 4)
        if len(self._items) <= self.LABEL_LIMIT:
            self._add_labels()
        fitted = self._country_rect
        self._set_country_rect(with_counties=True)
        self._on_selection_changed()
        if self._focus_id is not None and self._focus_id in self._items:
            focus, self._focus_id = self._focus_id, None
            self.focus_place(focus)
        else:
            self._focus_id = None
        if self.isVisible():  # otherwise the labels are placed when the view is shown and fitted
            if self._country_rect != fitted and not self._user_zoomed:
                self._fit()
            else:
                self._layout_labels()

    # ------------------------------------------------------------------ drawing what the slices made
    # Shown, the map draws each slice's counties as they are made (a band of the map a turn). Hidden, it only
    # records them: Qt keeps the layers' pixels from the last paint and makes the missing ones at the next, so
    # showing again a map built meanwhile rendered every county and symbol in that one paint (at 1000x the data
    # ~80 ms, on top of the tab's own repaint). Now the parts made meanwhile are drawn a few per turn after the
    # map is shown again (`_reveal_step`), north to south, as a build draws them; a few are drawn at once.
    def _drawing_as_made(self) -> bool:
        return self.isVisible() and not self._revealer.isActive()

    def _show_made(self) -> None:
        if self._drawing_as_made():
            self._county_layer.show_parts()

    def _begin_reveal(self) -> None:
        """The map is shown (again): draw what was made while it was hidden, at once if it is little."""
        symbols_waiting = self._symbols_waiting()
        if self._county_layer.unshown() <= self.REVEAL_COUNTIES and \
                (not symbols_waiting or len(self._symbols) <= self.REVEAL_SYMBOLS):
            self._reveal_all()
        elif self._county_layer.unshown() or symbols_waiting:
            self._revealer.start()

    def _symbols_waiting(self) -> bool:
        return not self._todo and not self._slicer.isActive() and not self._symbol_layer.isVisible()

    def _reveal_step(self) -> None:
        if not self.isVisible():
            return  # hidden again: the rest waits for the next showing
        if self._county_layer.unshown():
            self._county_layer.show_parts(self.REVEAL_COUNTIES)
            self._revealer.start()  # the next part, or the symbols, in the next turn
        elif self._symbols_waiting():
            self._symbol_layer.setVisible(True)

    def _reveal_all(self) -> None:
        """Everything made drawn at the next paint (an export draws the whole map)."""
        self._revealer.stop()
        self._county_layer.show_parts()
        if self._symbols_waiting():
            self._symbol_layer.setVisible(True)

    def _set_country_rect(self, with_counties: bool = False) -> None:
        margin = 12
        land = self._land.boundingRect() if self._land is not None else QRectF()
        if with_counties:  # counties beyond the outline and its margin, or a dataset without one
            counties = self._county_layer.counties_rect()
            if self._country_rect.contains(counties):
                return  # as fitted when the build began: no new fit, no redrawing every county
            land = land.united(counties)
        self._country_rect = land.adjusted(-margin, -margin, margin, margin)
        # room around the country, so that zooming around the cursor and panning are never pinned to it
        w, h = self._country_rect.width(), self._country_rect.height()
        self.setSceneRect(self._country_rect.adjusted(-w, -h, w, h))
        # and the scene's own, given rather than grown: the scene grew it from every item's bounds after each
        # slice (a walk over all the items made so far), and each growth made its index re-file every item
        self.scene().setSceneRect(self.sceneRect())

    def _add_symbol(self, spec: layers.Symbol) -> SymbolItem:
        centre, acc = project(spec.lon, spec.lat), self._accent
        if len(spec.place_ids) > 1:
            # one symbol between the places it is named for, a thin line to each of them
            for pid in spec.place_ids:
                end = self._items[pid].label_point()
                # items made here and handed to the scene (addItem), so Qt owns them and Python only refers
                line = QGraphicsLineItem(centre.x(), centre.y(), end.x(), end.y())
                line.setPen(_pen(self.colours.symbol_edge, 1.4))
                line.setZValue(9)
                self.scene().addItem(line)
                dot = QGraphicsEllipseItem(-2.5, -2.5, 5, 5)
                dot.setPen(_pen(self.colours.symbol_edge, 1))
                dot.setBrush(self.colours.symbol)
                self.scene().addItem(dot)
                dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
                dot.setPos(end)
                dot.setZValue(9)
                dot.radius = 3.0
                self._dots.append(dot)
                for extra in (line, dot):
                    extra.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                    extra.setAcceptHoverEvents(False)
        item = SymbolItem(spec.delegation_id, spec.delegates, spec.place_ids, centre)
        item.writer = self._writer
        item.setup(("delegation", spec.delegation_id), None, self.colours, acc, SYMBOLS)
        self.scene().addItem(item)
        self._symbols[spec.delegation_id] = item
        return item

    def _union(self, place_ids) -> QPainterPath:
        key = ",".join(place_ids)
        if key not in self._unions:
            path = QPainterPath()
            for pid in place_ids:
                path = path.united(self._items[pid].path()) if isinstance(self._items[pid], RegionItem) else path
            self._unions[key] = path.simplified()
        return self._unions[key]
