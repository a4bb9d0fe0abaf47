"""Map tab: Albania's regions as a clickable choropleth of the delegations that came from them.

The scene is in projected units: longitude scaled by cos(41°) (the country's middle latitude) so Albania is
not stretched, y pointing south. One graphics item per region or locality; the view maps clicks, hover and
keys to them and writes the SelectionModel. Legend and note are overlay widgets, so they stay put while the
map pans and zooms, and they are part of PNG/SVG exports.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QAccessible, QAccessibleEvent, QBrush, QColor, QFont, QKeySequence, QPainter,
                           QPainterPath, QPalette, QPen,
                           QRegion)
from PySide6.QtWidgets import (QApplication, QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem,
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QLabel, QVBoxLayout,
                               QWidget)

from app.model import Store
from app.model.entities import Place
from app.ui.labels import percent, plain_tooltip
from app.ui.pages import Page
from app.ui.selection import Selection, SelectionModel
from app.ui.style import CLASSES, FILLS, NOT_RECORDED_FILL, class_of, relative_luminance, text_colour_on  # noqa: F401
from app.ui.theme import accent, is_dark

MIDDLE_LAT = 41.0
SCALE = 100.0  # scene units per degree of latitude


def project(lon: float, lat: float) -> QPointF:
    return QPointF((lon - 20.0) * math.cos(math.radians(MIDDLE_LAT)) * SCALE, -(lat - MIDDLE_LAT) * SCALE)


def _path(geometry: dict) -> QPainterPath:
    path = QPainterPath()
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        for ring in polygon:
            path.moveTo(project(*ring[0]))
            for lon, lat in ring[1:]:
                path.lineTo(project(lon, lat))
            path.closeSubpath()
    return path


class PlaceItem:
    """What region and locality items share: the place they stand for, its delegation and its styling."""

    place: Place
    delegates: int | None

    def setup(self, place: Place, delegates: int | None, tooltip: str, accent: QColor) -> None:
        self.place = place
        self.accent = accent
        self.delegates = delegates
        self.hovered = self.selected = self.focused = False
        self.info = tooltip  # plain text: the tooltip and what a screen reader hears on keyboard focus
        self.setAcceptHoverEvents(True)
        self.setToolTip(plain_tooltip(tooltip))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.restyle()

    def fill(self) -> QColor:
        return QColor(FILLS[class_of(self.delegates)] if self.delegates is not None else NOT_RECORDED_FILL)

    def label_point(self) -> QPointF:
        return project(self.place.label_lon, self.place.label_lat)

    def restyle(self) -> None:
        fill = self.fill()
        if self.hovered:
            fill = fill.darker(112)
        brush = QBrush(fill)
        self.setBrush(brush)
        if self.delegates is None and isinstance(self, RegionItem):
            self.hatch.setBrush(QBrush(QColor(120, 120, 120), Qt.BrushStyle.BDiagPattern))
        if self.selected:
            pen = QPen(self.accent, 3.2)
        elif self.focused:
            pen = QPen(self.accent, 2.0, Qt.PenStyle.DashLine)
        elif self.hovered:
            pen = QPen(QColor("#333333"), 1.8)
        else:
            pen = QPen(QColor("#5a5a5a"), 0.8)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setPen(pen)
        self.setZValue(3 if self.selected else 2 if (self.hovered or self.focused) else 1)
        if isinstance(self, LocalityItem):
            self.setZValue(self.zValue() + 10)

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.restyle()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.restyle()
        super().hoverLeaveEvent(event)


class RegionItem(PlaceItem, QGraphicsPathItem):
    def __init__(self, place: Place, delegates: int | None, tooltip: str, accent: QColor) -> None:
        QGraphicsPathItem.__init__(self, _path(place.geometry()))
        # the hatch sits on top of the fill of a region the sources say nothing about
        self.hatch = QGraphicsPathItem(self.path(), self)
        self.hatch.setPen(QPen(Qt.PenStyle.NoPen))
        self.hatch.setAcceptHoverEvents(False)
        self.hatch.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setup(place, delegates, tooltip, accent)


class LocalityItem(PlaceItem, QGraphicsEllipseItem):
    RADIUS = 7.0  # device pixels: the marker keeps its size when zooming

    def __init__(self, place: Place, delegates: int | None, tooltip: str, accent: QColor) -> None:
        r = self.RADIUS
        QGraphicsEllipseItem.__init__(self, -r, -r, 2 * r, 2 * r)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setPos(project(place.label_lon, place.label_lat))
        self.setup(place, delegates, tooltip, accent)


class MapLegend(QWidget):
    """The choropleth's scale, the 'not recorded' style and the locality marker."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.rows: list[tuple[str, str]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title = self.tr("Delegates per delegation")
        self.rows = [(fill, f"{low}–{high}" if high < 99 else f"{low}+") for fill, (low, high) in zip(FILLS, CLASSES)]
        self.not_recorded = self.tr("not recorded in the sources")
        self.locality = self.tr("locality (Pezë)")
        self.setAccessibleName(self.tr("Map legend"))
        self.setAccessibleDescription(", ".join([self.title] + [t for _, t in self.rows] + [self.not_recorded]))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = max(fm.horizontalAdvance(t) for t in (self.title, self.not_recorded, self.locality)) + 40
        return QSize(width, fm.height() * (len(self.rows) + 4) + 16)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        bg = pal.color(QPalette.ColorRole.Base)
        bg.setAlpha(225)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(bg)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        fm = self.fontMetrics()
        line = fm.height()
        x, y = 10, 8
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(QRectF(x, y, self.width() - 2 * x, line), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        y += line + 4
        swatch = QRectF(x, 0, 18, line - 4)
        for fill, text in self.rows + [(None, self.not_recorded)]:
            box = swatch.translated(0, y + 2)
            p.setPen(QPen(QColor("#5a5a5a"), 0.8))
            p.setBrush(QColor(fill or NOT_RECORDED_FILL))
            p.drawRect(box)
            if fill is None:
                p.setBrush(QBrush(QColor(120, 120, 120), Qt.BrushStyle.BDiagPattern))
                p.drawRect(box)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.drawText(QPointF(x + 26, y + fm.ascent()), text)
            y += line
        p.setPen(QPen(QColor("#5a5a5a"), 0.8))
        p.setBrush(QColor(FILLS[0]))
        p.drawEllipse(QPointF(x + 9, y + line / 2), 5, 5)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(QPointF(x + 26, y + fm.ascent()), self.locality)


class MapView(QGraphicsView):
    """The clickable map (object name `regionMap`)."""

    place_activated = Signal(str)

    ZOOM_STEP = 1.25
    LABEL_LIMIT = 400

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("regionMap")
        self._store = store
        self._selection = selection
        self._lang = lang
        self._items: dict[str, PlaceItem] = {}
        self._labels: dict[str, QGraphicsSimpleTextItem] = {}
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
        self.setAccessibleName(self.tr("Map of Albania's regions"))
        self.setAccessibleDescription(self.tr("Regions shaded by the delegates they sent to the congress. "
                                              "Arrow keys or Tab move between regions, Enter selects, + and - zoom."))

        self.legend = MapLegend(self)
        self.note = QLabel(self)
        self.note.setObjectName("mapNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # dataset text: never rendered as markup
        self.note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        base, text = self.palette().color(QPalette.ColorRole.Base), self.palette().color(QPalette.ColorRole.Text)
        self.note.setStyleSheet(f"QLabel {{ background: rgba({base.red()},{base.green()},{base.blue()},215); "
                                f"color: {text.name()}; border-radius: 4px; padding: 2px 5px; }}")
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        self.note.setFont(small)
        self._build_scene()
        selection.changed.connect(self._on_selection_changed)
        self._on_selection_changed()

    # ------------------------------------------------------------------ scene
    def _tooltip(self, place: Place, delegates: int | None, delegation_name: str | None) -> str:
        names = f"{place.name_sq} / {place.name_en}"
        if delegates is None:
            return f"{names}\n" + self.tr("Delegation: not recorded in the sources")
        share = percent(self._store.share(delegates))
        delegation = self.tr("Delegation: {name}").format(name=delegation_name)
        count = self.tr("{n} delegates, {share} of {total}").format(n=delegates, share=share,
                                                                     total=self._store.total_delegates())
        return f"{names}\n{delegation}\n{count}"

    def _build_scene(self) -> None:
        scene = self.scene()
        scene.clear()
        self._items.clear()
        self._labels.clear()
        sea = self.palette().color(QPalette.ColorRole.Base)
        scene.setBackgroundBrush(QColor("#dfeaf2") if sea.lightness() > 128 else QColor("#1d2a33"))
        for country in self._store.places("country"):
            outline = QGraphicsPathItem(_path(country.geometry()))
            pen = QPen(QColor("#c9c9c9") if is_dark(self) else QColor("#3a3a3a"), 2.2)
            pen.setCosmetic(True)
            outline.setPen(pen)
            outline.setBrush(Qt.BrushStyle.NoBrush)
            outline.setZValue(5)
            outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            outline.setAcceptHoverEvents(False)
            scene.addItem(outline)
        for place in self._store.places("region") + self._store.places("locality"):
            delegations = [d for d in self._store.delegations_for_place(place.id) if d.delegates is not None]
            delegates = delegations[0].delegates if delegations else None
            name = delegations[0].name_sq if (delegations and self._lang == "sq") else delegations[0].name_en if delegations else None
            cls = RegionItem if place.kind == "region" else LocalityItem
            item = cls(place, delegates, self._tooltip(place, delegates, name), accent(self))
            scene.addItem(item)
            self._items[place.id] = item
        # Labels name the regions of an atlas page; on a map of thousands of units they would be noise
        # (and most of the build time), so they are drawn for up to LABEL_LIMIT places.
        if len(self._items) <= self.LABEL_LIMIT:
            for item in self._items.values():
                self._add_label(item)
        margin = 12
        self._country_rect = scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin)
        # room around the country, so that zooming around the cursor and panning are never pinned to it
        w, h = self._country_rect.width(), self._country_rect.height()
        self.setSceneRect(self._country_rect.adjusted(-w, -h, w, h))
        self.note.setText(self._store.meta(f"places_note_{self._lang}") or self._store.meta("places_note_en") or "")

    def _add_label(self, item: PlaceItem) -> None:
        place = item.place
        text = place.name_sq if self._lang == "sq" or place.kind == "locality" else place.name_en
        if item.delegates is not None and place.kind == "region":
            text += f"\n{item.delegates}"
        label = QGraphicsSimpleTextItem(text)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        font.setBold(place.kind == "region" and item.delegates is not None)
        label.setFont(font)
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        label.setAcceptHoverEvents(False)
        label.setZValue(20)
        fill = item.fill() if place.kind == "region" else self.scene().backgroundBrush().color()
        label.setBrush(text_colour_on(fill))
        bounds = label.boundingRect()
        if place.kind == "locality":  # beside the marker, not on it
            label.setPos(item.label_point())
            label.setTransform(label.transform().translate(LocalityItem.RADIUS + 3, -bounds.height() / 2))
        else:
            label.setPos(item.label_point())
            label.setTransform(label.transform().translate(-bounds.width() / 2, -bounds.height() / 2))
        self.scene().addItem(label)
        self._labels[place.id] = label

    # ------------------------------------------------------------------ public API
    def place_ids(self) -> list[str]:
        return list(self._items)

    def region_item(self, place_id: str) -> PlaceItem:
        return self._items[place_id]

    def label_item(self, place_id: str) -> QGraphicsSimpleTextItem:
        return self._labels[place_id]

    def viewport_point(self, place_id: str) -> QPoint:
        """Where a place's label point is on screen (for clicks in tests and automation)."""
        return self.mapFromScene(self._items[place_id].label_point())

    def select_place(self, place_id: str) -> None:
        """Select what a click on this place selects: its delegation, or the place if it has none."""
        delegations = [d for d in self._store.delegations_for_place(place_id) if d.delegates is not None]
        if delegations:
            self._selection.select("delegation", delegations[0].id, origin=self)
        else:
            self._selection.select("place", place_id, origin=self)
        self.focus_place(place_id)

    def selected_place_ids(self) -> list[str]:
        return [pid for pid, item in self._items.items() if item.selected]

    def set_language(self, lang: str) -> None:
        """Re-set labels, tooltips, legend and note in the language; zoom, pan, selection and focus stay."""
        self._lang = lang
        self.setAccessibleName(self.tr("Map of Albania's regions"))
        self.setAccessibleDescription(self.tr("Regions shaded by the delegates they sent to the congress. "
                                              "Arrow keys or Tab move between regions, Enter selects, + and - zoom."))
        self.legend.retranslate()
        transform, focus = self.transform(), self._focus_id
        h, v = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        self._build_scene()  # the same scene rect: the same transform and scroll values show the same spot
        self.setTransform(transform)
        self.horizontalScrollBar().setValue(h)
        self.verticalScrollBar().setValue(v)
        self._on_selection_changed()
        if focus is not None and focus in self._items:
            self.focus_place(focus)
        self._place_overlays()

    def zoom_state(self) -> dict:
        """Zoom and centre, if the user zoomed or panned (for the page's state)."""
        if not self._user_zoomed:
            return {}
        center = self.mapToScene(self.viewport().rect().center())
        return {"zoom": self.transform().m11(), "center": [center.x(), center.y()]}

    def restore_zoom(self, state: dict) -> None:
        zoom, center = state.get("zoom"), state.get("center")
        if isinstance(zoom, (int, float)) and zoom > 0 and isinstance(center, list) and len(center) == 2 \
                and all(isinstance(c, (int, float)) for c in center):
            self._user_zoomed = True
            self.resetTransform()
            self.scale(zoom, zoom)
            self.centerOn(QPointF(*center))

    def reset_zoom(self) -> None:
        self._user_zoomed = False
        self._fit()

    def _fit(self) -> None:
        """Fit the country, keeping the strip under the note free so the note hides no land."""
        rect = self._country_rect
        free = self.viewport().height() - self.note.height() - 20
        if free > 50:
            rect = rect.adjusted(0, 0, 0, rect.height() * (self.note.height() + 20) / free)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self._user_zoomed = True
        self.scale(factor, factor)

    # ------------------------------------------------------------------ selection
    def _places_for(self, selection: Selection | None) -> set[str]:
        if selection is None:
            return set()
        places = {p for d in self._store.related_delegations(*selection) for p in d.place_ids}
        return places | {selection[1]} if selection[0] == "place" else places

    def _on_selection_changed(self) -> None:
        wanted = self._places_for(self._selection.current())
        for place_id, item in self._items.items():
            if item.selected != (place_id in wanted):
                item.selected = place_id in wanted
                item.restyle()

    # ------------------------------------------------------------------ mouse
    def _place_at(self, pos: QPoint) -> str | None:
        for item in self.items(pos):
            while item is not None and not isinstance(item, PlaceItem):
                item = item.parentItem()
            if isinstance(item, PlaceItem):
                return item.place.id
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
        place_id = self._place_at(pos)
        if place_id is None:
            self._selection.clear(origin=self)
        else:
            self.select_place(place_id)

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
        self._place_overlays()
        if not self._user_zoomed:
            self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._place_overlays()
        if not self._user_zoomed:
            self._fit()

    def _place_overlays(self) -> None:
        hint = self.legend.sizeHint()
        self.legend.setGeometry(self.width() - hint.width() - 10, 10, hint.width(), hint.height())
        width = min(420, max(180, self.width() // 2))
        text_rect = self.note.fontMetrics().boundingRect(QRect(0, 0, width - 12, 1000), Qt.TextFlag.TextWordWrap,
                                                         self.note.text())
        self.note.setFixedSize(width, text_rect.height() + 6)
        self.note.move(10, self.height() - self.note.height() - 10)

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

    def focusNextPrevChild(self, next: bool) -> bool:
        ids = self._ordered_ids()
        if self.hasFocus():
            if self._focus_id is None:
                self.focus_place(ids[0] if next else ids[-1])
                return True
            i = ids.index(self._focus_id) + (1 if next else -1)
            if 0 <= i < len(ids):
                self.focus_place(ids[i])
                return True
            self.focus_place(None)
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self._focus_id is None and self._items:
            reason = event.reason()
            ids = self._ordered_ids()
            self.focus_place(ids[-1] if reason == Qt.FocusReason.BacktabFocusReason else ids[0])

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

    # ------------------------------------------------------------------ export
    def render_to(self, painter: QPainter) -> None:
        """Paint the map as shown, with its legend and note (for PNG and SVG export)."""
        QWidget.render(self, painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)


class MapTab(Page):
    name = "map"
    object_name = "mapTab"
    title = QT_TRANSLATE_NOOP("Pages", "&Map")
    kinds = ("place",)

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(store, selection, lang, parent)
        self.map = MapView(store, selection, lang, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.map)

    def drawable(self):
        return self.map

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        self.map.set_language(lang)

    def state(self) -> dict:
        return self.map.zoom_state()

    def restore_state(self, state: dict) -> None:
        self.map.restore_zoom(state)
