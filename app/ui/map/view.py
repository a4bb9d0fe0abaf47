"""The clickable map (object name `regionMap`): builds the scene for the layer shown, maps clicks and the wheel to
what the items stand for, and writes the SelectionModel.

Its parts live beside it: the scene's build, in slices for a big dataset (building.py), the texts of the items
(texts.py), the labels and their placing (labelling.py), and keyboard use and focus (keyboard.py); the items
themselves are in items.py, the counties' shared drawing in county_layer.py.
"""

from __future__ import annotations

import weakref
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView

from app.model import Store
from app.ui.map import layers
from app.ui.map.building import MapBuilding
from app.ui.map.items import Interactive, MapLabel, PlaceItem, SymbolItem
from app.ui.map.keyboard import MapKeyboard
from app.ui.map.labelling import MapLabelling
from app.ui.map.layers import SYMBOLS
from app.ui.map.texts import MapTexts
from app.ui.selection import Selection, SelectionModel


class MapView(MapBuilding, MapTexts, MapLabelling, MapKeyboard, QGraphicsView):
    ZOOM_STEP = 1.25
    LABEL_LIMIT = 400  # above this many places (synthetic datasets) labels would be noise: none are drawn

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None,
                 layer: str = SYMBOLS) -> None:
        super().__init__(parent)
        self.setObjectName("regionMap")
        self._store, self._selection, self._lang = store, selection, lang
        self._writer = weakref.ref(self)  # the items ask the view for their texts through it
        self._layer = layer if layer in layers.LAYERS else SYMBOLS
        self._items: dict[str, PlaceItem] = {}
        self._symbols: dict[str, SymbolItem] = {}
        self._labels: dict[str, MapLabel] = {}  # the label naming a place
        self._all_labels: list[MapLabel] = []
        self._delegation_labels: list[MapLabel] = []  # a symbol's name, and its count where it has no room inside
        self._focus_id: str | None = None
        self._press_pos: QPoint | None = None
        self._user_zoomed = False

        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        self._init_building()
        self._build_scene()
        selection.changed.connect(self._on_selection_changed)
        selection.changed.connect(self._hold_build)

    # ------------------------------------------------------------------ scene (building.py)
    # ------------------------------------------------------------------ public API
    def layer(self) -> str:
        return self._layer

    def set_layer(self, layer: str) -> None:
        if layer in layers.LAYERS and layer != self._layer:
            self._layer = layer
            self._build_scene()

    def set_language(self, lang: str) -> None:
        """Retranslate in place: every item, label and tooltip stays the same object and gets its new text (a
        rebuild of the scene took seconds at 1000x the data); the labels are then placed again."""
        if lang == self._lang:
            return
        self._lang = lang
        self._retranslate()
        for item in list(self._items.values()) + list(self._symbols.values()):
            item.info = None  # written again, in the new language, when next asked for
        self._retranslate_labels()
        if self._focus_id in self._items:
            self.setAccessibleDescription(self._items[self._focus_id].info.replace("\n", "; "))
        if self.isVisible():
            self._layout_labels()

    def item_info(self, item: Interactive) -> str:
        """The text of a place or a symbol (its tooltip, and what a screen reader says when it has the focus)."""
        if isinstance(item, PlaceItem):
            return self._place_info(item.place)
        return self._symbol_info(layers.Symbol(item.delegation_id, item.delegates, item.place_ids, 0.0, 0.0))

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # the texts under the pointer, written before Qt looks for them
            for item in self.items(event.pos()):
                if isinstance(item, Interactive):
                    item.info  # noqa: B018
        return super().viewportEvent(event)

    @contextmanager
    def uncached(self):
        """Every item drawn as vectors while this lasts (an SVG or PDF export): no pixels kept by Qt."""
        self.finish_build()
        self._reveal_all()
        cached = self._cached + list(self._symbols.values())
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            yield
        finally:
            for item in cached:
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    # what the scene holds: asked before the slices have made it all, the build is finished first
    def place_ids(self) -> list[str]:
        self.finish_build()
        return list(self._items)

    def region_item(self, place_id: str) -> PlaceItem:
        if place_id not in self._items:
            self.finish_build()
        return self._items[place_id]

    def label_item(self, place_id: str) -> MapLabel:
        self.finish_build()
        return self._labels[place_id]

    def labels(self) -> list[MapLabel]:
        self.finish_build()
        return list(self._all_labels)

    def symbol_ids(self) -> list[str]:
        self.finish_build()
        return list(self._symbols)

    def symbol_item(self, delegation_id: str) -> SymbolItem:
        if delegation_id not in self._symbols:
            self.finish_build()
        return self._symbols[delegation_id]

    def viewport_point(self, place_id: str) -> QPoint:
        """Where a place's marker or label point is on screen (for clicks in tests and automation)."""
        return self.mapFromScene(self.region_item(place_id).label_point())

    def symbol_point(self, delegation_id: str) -> QPoint:
        return self.mapFromScene(self.symbol_item(delegation_id).pos())

    def select_place(self, place_id: str) -> None:
        """What a click on this place does: select the congress (the venue), its delegation, or the place."""
        self.region_item(place_id)  # the place's item exists before the focus goes to it
        self._selection.select(*layers.target_of_place(self._store, place_id), origin=self)
        self.focus_place(place_id)

    def selected_place_ids(self) -> list[str]:
        self.finish_build()
        return [pid for pid, item in self._items.items() if item.selected]

    def reset_zoom(self) -> None:
        self._user_zoomed = False
        self._fit()

    def _fit(self) -> None:
        self.fitInView(self._country_rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._layout_labels()

    def zoom(self, factor: float) -> None:
        self._user_zoomed = True
        self.scale(factor, factor)
        self._layout_labels()

    def state(self) -> dict:
        centre = self.mapToScene(self.viewport().rect().center())
        return {"layer": self._layer, "zoom": self.transform().m11() if self._user_zoomed else None,
                "centre": [round(centre.x(), 3), round(centre.y(), 3)]}

    def restore_state(self, state: dict) -> None:
        self.set_layer(state.get("layer", self._layer))
        zoom, centre = state.get("zoom"), state.get("centre")
        if isinstance(zoom, (int, float)) and zoom > 0:
            self._user_zoomed = True
            self.resetTransform()
            self.scale(zoom, zoom)
            if isinstance(centre, (list, tuple)) and len(centre) == 2:
                self.centerOn(QPointF(float(centre[0]), float(centre[1])))
            self._layout_labels()

    # ------------------------------------------------------------------ selection
    def _wanted(self, selection: Selection | None) -> tuple[set[str], set[str]]:
        if selection is None:
            return set(), set()
        kind, item_id = selection
        delegations = self._store.related_delegations(kind, item_id)
        places = {p for d in delegations for p in d.place_ids}
        if kind == "place":
            places.add(item_id)
        if (kind, item_id) == ("body", layers.VENUE_BODY):
            places.add(layers.VENUE_PLACE)
        return places, {d.id for d in delegations}

    def _on_selection_changed(self) -> None:
        """Restyle only the items whose state changes (those selected before and those selected now): a lookup
        per item, not a walk over every place (12,000 of them at 1000x the data)."""
        places, delegations = self._wanted(self._selection.current())
        now = {("place", p) for p in places if p in self._items}
        now |= {("symbol", d) for d in delegations if d in self._symbols}
        for table, key in self._selected ^ now:
            item = (self._items if table == "place" else self._symbols)[key]
            item.selected = (table, key) in now
            item.restyle()
        self._selected = now

    # ------------------------------------------------------------------ mouse
    def _target_at(self, pos: QPoint) -> Interactive | None:
        for item in self.items(pos):
            while item is not None:
                if isinstance(item, Interactive):
                    return item
                if isinstance(item, MapLabel):  # a label stands for what it names
                    if isinstance(item.owner, Interactive):
                        return item.owner
                    break
                item = item.parentItem()
        return None

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        event.accept()  # a click on the map is the map's, wherever it lands
        pos = event.position().toPoint()
        moved = (pos - self._press_pos).manhattanLength()
        self._press_pos = None
        if moved >= QApplication.startDragDistance():
            self._user_zoomed = True  # the user panned: keep their view on resize
            return
        item = self._target_at(pos)
        if item is None:
            if self.is_built():  # a click where a county is still to be drawn is not a click on the sea
                self._selection.clear(origin=self)
            return
        self._selection.select(*item.target, origin=self)
        if isinstance(item, PlaceItem):
            self.focus_place(item.place.id)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            # Zoom around the point under the cursor, from the wheel event itself (Qt's AnchorUnderMouse
            # uses the last mouse-move position, which a wheel without a move does not update).
            pos = event.position().toPoint()
            before = self.mapToScene(pos)
            anchor = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.zoom(self.ZOOM_STEP ** steps)
            self.setTransformationAnchor(anchor)
            centre = self.mapToScene(self.viewport().rect().center())
            self.centerOn(centre - (self.mapToScene(pos) - before))
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_zoomed:
            self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._user_zoomed:
            self._fit()
        self._begin_reveal()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._build_scene()  # the map's colours follow the palette
