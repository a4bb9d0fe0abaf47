"""The timeline (object name `timeline`): the dataset's dated events in order, from the call of April 1944 to what
became of the bodies. One marker per event with its date and title under or over it; an event that lasted several
days is a bar; a date the sources disagree on is drawn as the range of the dates they give, dashed, with a "?" mark.

Labels never run out of the view: while the line is wider than its view, a label is moved sideways to stay
inside it, and the labels of an event whose marker is out of view are left out until it is scrolled in.

Events stand in order at equal steps (the five days of May and the years after would not both be readable on one
linear scale); each one's date is written beside it. A click selects ("event", id); ←/→ move along the line and
Enter selects.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QBrush, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsRectItem,
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView)

from app.model import Store
from app.ui.dates import format_range
from app.ui.selection import SelectionModel
from app.ui.theme import accent_for

from app.model.entities import localized

STEP = 170.0  # scene units between two events
AXIS_Y = 0.0
WRAP = 26  # characters per line of a title


@dataclass(frozen=True)
class EventSpec:
    """What the timeline draws for one event, without Qt: where it stands and whether it is a range or disputed."""
    id: str
    x: float
    start: str
    end: str | None
    ranged: bool
    disputed: bool
    above: bool


def event_specs(events) -> list[EventSpec]:
    """Events in dataset order (oldest first), one step apart, labels alternating below and above the line."""
    out = []
    for n, ev in enumerate(events):
        ranged = bool(ev.date_to) and ev.date_to != ev.date_from
        out.append(EventSpec(ev.id, n * STEP, ev.date_from, ev.date_to, ranged, bool(ev.disputed), n % 2 == 1))
    return out


class EventItem(QGraphicsRectItem):
    """One event: its marker (a dot, or a bar for a range), its date and its title. The labels are children, so a
    click on any of them finds the event by walking up the parents."""

    def __init__(self, spec: EventSpec, date_text: str, title: str, palette: QPalette) -> None:
        super().__init__()
        self.spec = spec
        self.selected = False
        self.focused = False
        self._palette = palette
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setPos(spec.x, AXIS_Y)
        half = STEP * 0.32 if spec.ranged or spec.disputed else 7
        self.setRect(QRectF(-half, -7, 2 * half, 14))
        self.marker = QGraphicsEllipseItem(-7, -7, 14, 14, self) if not (spec.ranged or spec.disputed) else None
        self.mark = None
        if spec.disputed:
            self.mark = QGraphicsSimpleTextItem("?", self)
            font = QFont(self.mark.font())
            font.setBold(True)
            self.mark.setFont(font)
            r = self.mark.boundingRect()
            self.mark.setPos(-r.width() / 2, -7 - r.height())
        self.date_label = QGraphicsSimpleTextItem(date_text, self)
        self.title_label = QGraphicsSimpleTextItem("\n".join(textwrap.wrap(title, WRAP)) or title, self)
        bold = QFont(self.date_label.font())
        bold.setBold(True)
        self.date_label.setFont(bold)
        d, t = self.date_label.boundingRect(), self.title_label.boundingRect()
        if spec.above:
            self.date_label.setPos(-d.width() / 2, -14 - d.height() - (18 if spec.disputed else 0))
            self.title_label.setPos(-t.width() / 2, self.date_label.pos().y() - t.height())
        else:
            self.date_label.setPos(-d.width() / 2, 14)
            self.title_label.setPos(-t.width() / 2, 14 + d.height())
        self.setToolTip(f"{date_text}\n{title}")
        self._home = {label: label.pos().x() for label in (self.date_label, self.title_label, self.mark) if label}
        self.restyle()

    def place_labels(self, visible: QRectF | None) -> None:
        """Labels centred on the marker; with `visible` (the part of the scene the view shows), moved sideways
        to stay inside it, or hidden while the marker itself is out of it."""
        x = self.spec.x
        shown = visible is None or visible.left() <= x <= visible.right()
        for label, home in self._home.items():
            label.setVisible(shown)
            left = home
            if visible is not None and shown:
                width = label.boundingRect().width()
                left = max(visible.left() + 2 - x, min(home, visible.right() - 2 - width - x))
            label.setX(left)

    def restyle(self) -> None:
        pal = self._palette
        accent = accent_for(pal)
        text = pal.color(QPalette.ColorRole.Text)
        colour = accent if self.selected else text
        width = 3.0 if self.selected or self.focused else 1.4
        style = Qt.PenStyle.DashLine if self.spec.disputed else Qt.PenStyle.SolidLine
        fill = QBrush(accent if self.selected else pal.color(QPalette.ColorRole.Base))
        if self.marker is None:
            self.setPen(QPen(colour, width, style))
            self.setBrush(fill)
        else:
            self.setPen(QPen(Qt.PenStyle.NoPen) if not self.focused else QPen(accent, 1.5, Qt.PenStyle.DotLine))
            self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            self.marker.setPen(QPen(colour, width))
            self.marker.setBrush(fill)
        for label in (self.date_label, self.title_label, self.mark):
            if label is not None:
                label.setBrush(accent if self.selected else text)
        font = QFont(self.title_label.font())
        font.setUnderline(self.focused)
        self.title_label.setFont(font)

    def marker_rect(self) -> QRectF:
        """The marker in scene coordinates."""
        return self.mapRectToScene(self.rect())


class Timeline(QGraphicsView):
    """The events on a line. `activate(id)` does what a click does; `event_point(id)` is where to click."""

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._store = store
        self._selection = selection
        self._lang = lang
        self.items: dict[str, EventItem] = {}
        self._order: list[str] = []
        self._focus: int | None = None
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumHeight(190)
        self._build()
        selection.changed.connect(self._on_selection_changed)
        self._on_selection_changed()

    # ------------------------------------------------------------------ building
    def _events(self) -> list:
        events = getattr(self._store, "events", None)
        return list(events()) if events is not None else []

    def _build(self) -> None:
        scene = self.scene()
        scene.clear()
        self.items.clear()
        pal = self.palette()
        events = {ev.id: ev for ev in self._events()}
        specs = event_specs(events.values())
        self._order = [s.id for s in specs]
        if specs:
            line = QGraphicsLineItem(-STEP / 2, AXIS_Y, specs[-1].x + STEP / 2, AXIS_Y)
            line.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 2))
            line.setZValue(-1)
            scene.addItem(line)
        for spec in specs:
            ev = events[spec.id]
            item = EventItem(spec, format_range(ev.date_from, ev.date_to, self._lang, ev.precision),
                             localized(ev, "title", self._lang) or ev.id, pal)
            scene.addItem(item)
            self.items[spec.id] = item
        self.setSceneRect(scene.itemsBoundingRect().adjusted(-12, -8, 12, 8))
        self._place_labels()
        self.retranslate()

    def _place_labels(self, whole: bool = False) -> None:
        visible = None if whole else self.mapToScene(self.viewport().rect()).boundingRect()
        for item in self.items.values():
            item.place_labels(visible)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_labels()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._place_labels()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._place_labels()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(self.tr("The dated events in order. Left and right move along the line; "
                                              "Enter selects. A dashed range with ? marks a date the sources disagree on."))

    def set_language(self, lang: str) -> None:
        """Redraw the labels in the language (the same view; only its scene items are new)."""
        self._lang = lang
        focus = self.focused_event_id()
        self._build()
        if focus in self._order:
            self._focus = self._order.index(focus)
        self._on_selection_changed()

    # ------------------------------------------------------------------ public API
    def event_ids(self) -> list[str]:
        return list(self._order)

    def date_text(self, event_id: str) -> str:
        return self.items[event_id].date_label.text()

    def title_text(self, event_id: str) -> str:
        return self.items[event_id].title_label.text().replace("\n", " ")

    def event_point(self, event_id: str) -> QPoint:
        """Where the event's marker is, in viewport coordinates (scrolled into view first)."""
        rect = self.items[event_id].marker_rect()
        self.ensureVisible(rect, 40, 10)
        return self.mapFromScene(rect.center())

    def activate(self, event_id: str) -> None:
        if event_id in self.items:
            self._focus = self._order.index(event_id)
            self._selection.select("event", event_id, origin=self)

    def selected_event_ids(self) -> list[str]:
        return [i for i in self._order if self.items[i].selected]

    def focused_event_id(self) -> str | None:
        return self._order[self._focus] if self._focus is not None and self._focus < len(self._order) else None

    # ------------------------------------------------------------------ selection
    def _on_selection_changed(self) -> None:
        current = self._selection.current()
        wanted = current[1] if current and current[0] == "event" else None
        focused = self.focused_event_id()
        for event_id, item in self.items.items():  # only the items whose state changes are restyled
            state = (event_id == wanted, event_id == focused)
            if (item.selected, item.focused) != state:
                item.selected, item.focused = state
                item.restyle()
        if wanted in self.items and self._selection.origin() is not self:
            self.ensureVisible(self.items[wanted].marker_rect(), 60, 10)

    # ------------------------------------------------------------------ mouse and keys
    def _event_at(self, pos: QPoint) -> str | None:
        item: QGraphicsItem | None = self.itemAt(pos)
        while item is not None and not isinstance(item, EventItem):
            item = item.parentItem()
        return item.spec.id if isinstance(item, EventItem) else None

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            event_id = self._event_at(event.position().toPoint())
            if event_id is not None:
                self.activate(event_id)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._order:
            step = 1 if key == Qt.Key.Key_Right else -1
            if self._focus is None:
                current = self._selection.current()
                start = self._order.index(current[1]) if current and current[0] == "event" and current[1] in self._order else None
                self._focus = (0 if step > 0 else len(self._order) - 1) if start is None else start
                if start is not None:
                    self._focus = max(0, min(len(self._order) - 1, start + step))
            else:
                self._focus = max(0, min(len(self._order) - 1, self._focus + step))
            focused = self.items[self._order[self._focus]]
            self.ensureVisible(focused.marker_rect(), 60, 10)
            self.setAccessibleDescription(focused.toolTip().replace("\n", ": "))
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
            self._on_selection_changed()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focus is not None:
            self.activate(self._order[self._focus])
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------------ export
    def export_size(self):
        return self.sceneRect().size().toSize()

    def render_to(self, painter: QPainter) -> None:
        """The whole line, whether or not it is scrolled into view."""
        size = self.export_size()
        self._place_labels(whole=True)
        try:
            self.scene().render(painter, QRectF(0, 0, size.width(), size.height()), self.sceneRect())
        finally:
            self._place_labels()

    def scene_point(self, event_id: str) -> QPointF:
        return self.items[event_id].marker_rect().center()
