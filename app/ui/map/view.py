"""The clickable map (object name `regionMap`): builds the scene for the layer shown, places the labels, maps
clicks, hover and keys to what the items stand for, and writes the SelectionModel.

It is one Tab stop: inside it the arrow keys move between places, Enter selects, + / − zoom and 0 fits.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (QAccessible, QAccessibleEvent, QColor, QFont, QFontMetricsF, QKeySequence, QPainter,
                           QPainterPath)
from PySide6.QtWidgets import (QApplication, QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem,
                               QGraphicsScene, QGraphicsView)

from app.model import Store
from app.ui.labels import percent, plain_tooltip
from app.ui.map import layers
from app.ui.map.colours import text_colour_on
from app.ui.map.items import (Interactive, LocalityItem, MapLabel, PlaceItem, RegionItem, SymbolItem, around,
                              centred, place_path, project, _pen)
from app.ui.map.layers import COUNTIES, SYMBOLS, localized
from app.ui.map.colours import colours as map_colours
from app.ui.selection import Selection, SelectionModel
from app.ui.theme import accent, is_dark


def _hits_circle(rect: QRectF, centre: QPointF, radius: float) -> bool:
    """Whether a rectangle overlaps a circle (the nearest point of the rectangle is inside it)."""
    x = min(max(centre.x(), rect.left()), rect.right())
    y = min(max(centre.y(), rect.top()), rect.bottom())
    return (x - centre.x()) ** 2 + (y - centre.y()) ** 2 < radius ** 2


class MapView(QGraphicsView):
    ZOOM_STEP = 1.25
    LABEL_LIMIT = 400  # above this many places (synthetic datasets) labels would be noise: none are drawn

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None,
                 layer: str = SYMBOLS) -> None:
        super().__init__(parent)
        self.setObjectName("regionMap")
        self._store, self._selection, self._lang = store, selection, lang
        self._layer = layer if layer in layers.LAYERS else SYMBOLS
        self._items: dict[str, PlaceItem] = {}
        self._symbols: dict[str, SymbolItem] = {}
        self._labels: dict[str, MapLabel] = {}  # the label naming a place
        self._all_labels: list[MapLabel] = []
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
        self._build_scene()
        selection.changed.connect(self._on_selection_changed)

    # ------------------------------------------------------------------ texts
    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Map of the delegations to the Congress of Përmet"))
        self._describe = self.tr("Arrow keys move between places, Enter selects, + and - zoom, 0 fits the map.")
        self.setAccessibleDescription(self._describe)

    def _name(self, obj) -> str:
        return localized(obj, "name", self._lang) or obj.id

    def _source_lines(self, kind: str, item_id: str, field: str) -> list[str]:
        figures = self._store.figures(kind, item_id, field)
        lines = []
        for f in figures:
            c = f.citations[0]
            quote = layers.short_quote(c.quote, f.value)
            if len(figures) > 1:
                lines.append(self.tr("{value}: {source}, “{quote}”").format(value=f.value, source=c.source.title,
                                                                             quote=quote))
            else:
                lines.append(self.tr("Source: {source}, “{quote}”").format(source=c.source.title, quote=quote))
        return lines

    def _delegation_lines(self, delegation) -> list[str]:
        share = percent(self._store.share(delegation.delegates))
        return [self.tr("Delegation: {name}").format(name=self._name(delegation)),
                self.tr("{n} delegates, {share} of {total}").format(n=delegation.delegates, share=share,
                                                                     total=self._store.total_delegates()),
                *self._source_lines("delegation", delegation.id, "delegates")]

    def _place_info(self, place) -> str:
        lines = [f"{place.name_sq} / {place.name_en}"]
        if place.id == layers.VENUE_PLACE and layers.has_venue(self._store):
            lines.append(self.tr("Where the congress met: {body}").format(
                body=self._name(self._store.body(layers.VENUE_BODY))))
        delegation = layers.delegation_of_place(self._store, place.id)
        if delegation is not None:
            lines += self._delegation_lines(delegation)
        elif place.kind == "region":
            lines.append(self.tr("Delegation: not recorded in the sources"))
            for d_id in layers.partly(self._store, place.id):
                lines.append(self.tr("In part represented by another delegation: {name}").format(
                    name=self._name(self._store.delegation(d_id))))
                lines += self._source_lines("place", place.id, layers.PARTLY_FIELD)
        if place.kind == "locality":
            for c in self._store.citations("place", place.id):
                if c.field == "geometry":
                    lines.append(self.tr("Location: {value} ({source})").format(value=c.value or "",
                                                                                source=c.source.title))
        return "\n".join(lines)

    def _symbol_info(self, symbol: layers.Symbol) -> str:
        delegation = self._store.delegation(symbol.delegation_id)
        names = [self._store.place(p) for p in symbol.place_ids]
        lines = [" – ".join(f"{p.name_sq} / {p.name_en}" for p in names)] + self._delegation_lines(delegation)
        if len(names) > 1:
            lines.append(self.tr("One delegation named for {n} places, counted once").format(n=len(names)))
        return "\n".join(lines)

    # ------------------------------------------------------------------ scene
    def _build_scene(self) -> None:
        self._retranslate()
        scene = self.scene()
        # Python references to the old items go first, while Qt still has them; then the scene deletes them
        self._items.clear()
        self._symbols.clear()
        self._labels.clear()
        self._all_labels = []
        self._unions: dict[str, QPainterPath] = {}
        self._dots = []  # where a joint symbol's lines end: labels keep clear of them
        scene.clear()
        dark = is_dark(self)
        self.colours, acc = map_colours(dark), accent(self)
        scene.setBackgroundBrush(self.colours.sea)
        store, mode = self._store, self._layer
        self._land = None  # the country's outline: labels of symbols and localities stay on land
        for country in store.places("country"):
            outline = QGraphicsPathItem(place_path(country.geometry_geojson))
            self._land = outline.path()
            outline.setPen(_pen(self.colours.outline, 2.0))
            outline.setBrush(Qt.BrushStyle.NoBrush)
            outline.setZValue(5)
            outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            outline.setAcceptHoverEvents(False)
            scene.addItem(outline)
        venue = layers.has_venue(store)
        for place in store.places("region") + store.places("locality"):
            delegation = layers.delegation_of_place(store, place.id)
            delegates = delegation.delegates if delegation is not None else None
            if place.kind == "region":
                partly = [store.delegation(d).delegates for d in layers.partly(store, place.id)]
                item = RegionItem(place, delegates, partly[0] if partly else None)
            else:
                item = LocalityItem(place, delegates, venue and place.id == layers.VENUE_PLACE)
            item.setup(layers.target_of_place(store, place.id), self._place_info(place), self.colours, acc, mode)
            item.setToolTip(plain_tooltip(item.info))
            scene.addItem(item)
            self._items[place.id] = item
        if mode == SYMBOLS:
            for spec in layers.symbols(store):
                self._add_symbol(spec, acc)
        elif len(self._items) <= self.LABEL_LIMIT:
            for spec in layers.symbols(store):
                if len(spec.place_ids) > 1:  # one delegation over several counties: one outline around them all
                    ring = QGraphicsPathItem(self._union(spec.place_ids))
                    ring.setPen(_pen(self.colours.outline, 2.0, Qt.PenStyle.DashLine))
                    ring.setZValue(4)
                    ring.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                    ring.setAcceptHoverEvents(False)
                    scene.addItem(ring)
        if len(self._items) <= self.LABEL_LIMIT:
            self._add_labels()
        margin = 12
        land = self._land.boundingRect() if self._land is not None else QRectF()
        for item in self._items.values():  # datasets without a country outline
            if isinstance(item, RegionItem) and not land.contains(item.path().boundingRect()):
                land = land.united(item.path().boundingRect())
        self._country_rect = land.adjusted(-margin, -margin, margin, margin)
        # room around the country, so that zooming around the cursor and panning are never pinned to it
        w, h = self._country_rect.width(), self._country_rect.height()
        self.setSceneRect(self._country_rect.adjusted(-w, -h, w, h))
        self._on_selection_changed()
        if self._focus_id is not None and self._focus_id in self._items:
            focus, self._focus_id = self._focus_id, None
            self.focus_place(focus)
        else:
            self._focus_id = None
        if self.isVisible():  # otherwise the labels are placed when the view is shown and fitted
            self._layout_labels()

    def _add_symbol(self, spec: layers.Symbol, acc: QColor) -> None:
        centre = project(spec.lon, spec.lat)
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
        item.setup(("delegation", spec.delegation_id), self._symbol_info(spec), self.colours, acc, SYMBOLS)
        item.setToolTip(plain_tooltip(item.info))
        self.scene().addItem(item)
        self._symbols[spec.delegation_id] = item

    def _union(self, place_ids) -> QPainterPath:
        key = ",".join(place_ids)
        if key not in self._unions:
            path = QPainterPath()
            for pid in place_ids:
                path = path.united(self._items[pid].path()) if isinstance(self._items[pid], RegionItem) else path
            self._unions[key] = path.simplified()
        return self._unions[key]

    def _county_at(self, point: QPointF) -> QPainterPath | None:
        for item in self._items.values():
            if isinstance(item, RegionItem) and item.path().contains(point):
                return item.path()
        return None

    def _font(self, bold: bool, factor: float = 1.0) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * factor))
        font.setBold(bold)
        return font

    def _label(self, text: str, owner, anchor: QPointF, home, offsets_for, required: bool, *, bold=False,
               on: QColor | None = None, context=False) -> MapLabel:
        c = self.colours
        plate = on if on is not None else c.plate
        fg = text_colour_on(on) if on is not None else (c.context_text if context else c.text)
        label = MapLabel(text, self._font(bold, 0.92 if context else 1.0), fg, plate, owner, anchor, home, [],
                         required)
        label.offsets_for = offsets_for
        label.offsets = offsets_for(*label.plate_size())
        label.inside = on is not None
        label.context = context
        self.scene().addItem(label)
        self._all_labels.append(label)
        return label

    def _add_labels(self) -> None:
        store, mode, c = self._store, self._layer, self.colours
        placed_here = {}  # locality id -> its delegation's symbol (the locality's label carries the count)
        if mode == SYMBOLS:
            for d_id, sym in self._symbols.items():
                pid = sym.place_ids[0]
                if len(sym.place_ids) == 1 and self._items[pid].place.kind == "locality":
                    placed_here[pid] = sym
                    continue
                text = str(sym.delegates)
                inner = QFontMetricsF(self._font(True)).boundingRect(text)
                if inner.width() <= 2 * sym.radius * 0.95 and inner.height() <= 2 * sym.radius * 0.8:
                    self._label(text, sym, sym.pos(), None, lambda w, h: [centred(w, h)], True, bold=True, on=c.symbol)
                else:  # beside the symbol, on land
                    self._label(text, sym, sym.pos(), self._land, lambda w, h, r=sym.radius: around(w, h, r), True,
                                bold=True)
        else:
            for spec in layers.symbols(store):
                if len(spec.place_ids) > 1:
                    anchor = project(spec.lon, spec.lat)
                    self._label(str(spec.delegates), None, anchor, self._union(spec.place_ids),
                                lambda w, h: [centred(w, h)] + around(w, h, 4), True, bold=True)
        joint = {p for s in layers.symbols(store) if len(s.place_ids) > 1 for p in s.place_ids}
        for pid, item in self._items.items():
            name = self._name(item.place)
            if item.place.kind == "locality":
                venue = getattr(item, "venue", False)
                sym = placed_here.get(pid)
                text = name
                if item.delegates is not None and (mode == COUNTIES or sym is not None):
                    text = self.tr("{place}: {n}").format(place=name, n=item.delegates)
                gap = max(item.radius, sym.radius if sym is not None else 0)
                home = self._land
                self._labels[pid] = self._label(text, item, item.label_point(), home,
                                                lambda w, h, g=gap: around(w, h, g), True, bold=venue or
                                                sym is not None)
            else:
                text = name
                counted = mode == COUNTIES and item.delegates is not None and pid not in joint
                if counted:
                    text += f"\n{item.delegates}"
                label = self._label(text, item, item.label_point(), item.path(), self._county_offsets,
                                    counted, bold=counted, context=mode == SYMBOLS)
                if counted:  # a county too small for its name at this zoom still shows its count
                    label.texts.append(str(item.delegates))
                self._labels[pid] = label

    @staticmethod
    def _county_offsets(w: float, h: float) -> list[tuple[float, float]]:
        x, y = centred(w, h)
        # from the county's label point outwards: up and down first, then sideways
        return [(x + w * i / 3, y + h * j * 0.9) for j in (0, -1, 1, -2, 2, -3, 3, -4, 4) for i in (0, -1, 1, -2, 2)]

    def _layout_labels(self) -> None:
        """Place every label where it fits its shape and clears the others; a county name that fits nowhere
        at this zoom is hidden (counts and the venue never are)."""
        s = self.transform().m11() or 1.0
        obstacles = []
        for item in list(self._symbols.values()) + self._dots + [i for i in self._items.values()
                                                                if isinstance(i, LocalityItem)]:
            obstacles.append((item, item.pos(), item.radius / s))
        placed: list[QRectF] = []

        def priority(label: MapLabel) -> int:
            if label.inside:
                return 0
            if isinstance(label.owner, LocalityItem):
                return 1 if label.owner.venue else 2
            return 4 if label.context or not label.required else 3

        def fits(label: MapLabel, rect: QRectF) -> bool:
            if label.home is not None and not label.home.contains(rect):
                return False
            if any(rect.intersects(o) for o in placed):
                return False
            return not any(_hits_circle(rect, centre, r) for owner, centre, r in obstacles if owner is not label.owner)

        for label in sorted(self._all_labels, key=priority):
            chosen = None
            for text in label.texts:
                label.use_text(text)
                for dx, dy in label.offsets:
                    rect = label.rect_at(dx, dy, s)
                    if label.inside or fits(label, rect):
                        chosen = label.put(dx, dy, s)
                        break
                if chosen is not None:
                    break
            if chosen is None and label.required:
                chosen = label.put(*label.offsets[0], s)
            label.setVisible(chosen is not None)
            if chosen is not None:
                placed.append(chosen)

    # ------------------------------------------------------------------ public API
    def layer(self) -> str:
        return self._layer

    def set_layer(self, layer: str) -> None:
        if layer in layers.LAYERS and layer != self._layer:
            self._layer = layer
            self._build_scene()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._build_scene()

    def place_ids(self) -> list[str]:
        return list(self._items)

    def region_item(self, place_id: str) -> PlaceItem:
        return self._items[place_id]

    def label_item(self, place_id: str) -> MapLabel:
        return self._labels[place_id]

    def labels(self) -> list[MapLabel]:
        return list(self._all_labels)

    def symbol_ids(self) -> list[str]:
        return list(self._symbols)

    def symbol_item(self, delegation_id: str) -> SymbolItem:
        return self._symbols[delegation_id]

    def viewport_point(self, place_id: str) -> QPoint:
        """Where a place's marker or label point is on screen (for clicks in tests and automation)."""
        return self.mapFromScene(self._items[place_id].label_point())

    def symbol_point(self, delegation_id: str) -> QPoint:
        return self.mapFromScene(self._symbols[delegation_id].pos())

    def select_place(self, place_id: str) -> None:
        """What a click on this place does: select the congress (the venue), its delegation, or the place."""
        self._selection.select(*layers.target_of_place(self._store, place_id), origin=self)
        self.focus_place(place_id)

    def selected_place_ids(self) -> list[str]:
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
        places, delegations = self._wanted(self._selection.current())
        for item_id, item in list(self._items.items()) + list(self._symbols.items()):
            wanted = item_id in (places if isinstance(item, PlaceItem) else delegations)
            if item.selected != wanted:
                item.selected = wanted
                item.restyle()

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
        pos = event.position().toPoint()
        moved = (pos - self._press_pos).manhattanLength()
        self._press_pos = None
        if moved >= QApplication.startDragDistance():
            self._user_zoomed = True  # the user panned: keep their view on resize
            return
        item = self._target_at(pos)
        if item is None:
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

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._build_scene()  # the map's colours follow the palette

    # ------------------------------------------------------------------ keyboard
    def _ordered_ids(self) -> list[str]:
        """Keyboard order: north to south, then west to east."""
        return sorted(self._items, key=lambda pid: (-round(self._items[pid].place.label_lat, 1),
                                                    self._items[pid].place.label_lon))

    def focus_place(self, place_id: str | None) -> None:
        if self._focus_id in self._items:
            self._items[self._focus_id].focused = False
            self._items[self._focus_id].restyle()
        self._focus_id = place_id
        if place_id is not None:
            item = self._items[place_id]
            item.focused = True
            item.restyle()
            self.setToolTip("")
            self.setAccessibleDescription(item.info.replace("\n", "; "))
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def focused_place_id(self) -> str | None:
        return self._focus_id

    def _move_focus(self, dx: int, dy: int) -> None:
        ids = self._ordered_ids()
        if self._focus_id is None:
            self.focus_place(ids[0])
            return
        origin = self._items[self._focus_id].label_point()
        best, best_score = None, math.inf
        for pid in ids:
            if pid == self._focus_id:
                continue
            v = self._items[pid].label_point() - origin
            along = v.x() * dx + v.y() * dy
            if along <= 0:
                continue
            across = abs(v.x() * dy - v.y() * dx)
            if across > along * 2:  # more than ~63° off the arrow's direction
                continue
            score = along + 2 * across
            if score < best_score:
                best, best_score = pid, score
        if best is not None:
            self.focus_place(best)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self._focus_id is None and self._items:
            self.focus_place(self._ordered_ids()[0])

    def keyPressEvent(self, event) -> None:
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows:
            self._move_focus(*arrows[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._focus_id is not None:
                self.select_place(self._focus_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) or event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom(self.ZOOM_STEP)
        elif key == Qt.Key.Key_Minus or event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom(1 / self.ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.reset_zoom()
        else:
            super().keyPressEvent(event)  # Esc goes on to the window's "Clear selection"
