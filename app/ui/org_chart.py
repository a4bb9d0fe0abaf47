"""The drawn org chart of the Organisation tab: a box per body, connectors, zoom (wheel, +/−, 0 to fit).

At fit the chart is scaled to the view but never so far down that its text reads under 9 pt: a chart
wider than that scrolls (drag it, or use the scroll bars).

A chart of many boxes (only synthetic data has them: 60 at 1000x the bundled data, ~45 ms of Python) is made over
a few turns of the event loop once it shows, a few boxes a turn, and placed in one go when they are all made; a
language switch while it shows keeps the old boxes until the new ones are placed. Whatever needs the whole chart
(an export, a test) calls `finish()`. A chart of a few boxes (every real dataset) is made at once.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem,
                               QGraphicsView)

from app.model import Store
from app.model.entities import Body, localized
from app.ui.labels import plain_tooltip
from app.ui.org_tree import size_text
from app.ui.selection import SelectionModel
from app.ui.text_fit import wrap
from app.ui.theme import accent_for

READABLE_PT = 9.0  # the smallest text size the chart is shown at when fitted
MAX_BOXES = 60  # bodies drawn; past that (synthetic data only) the tree lists the rest
HOLDERS_SHOWN = 6  # named office-holders listed in a box; the rest are counted
SLICED_PAST = 20  # boxes: a chart of more is made in slices once shown (see above); the bundled data has 5
SLICE_S = 0.008  # a slice stops after the box that takes it past this long


class BodyBox(QGraphicsRectItem):
    """One body in the drawn chart: its name, size and named office-holders. Sized to its text."""

    PADDING = 8
    MIN_WIDTH = 220
    MAX_WIDTH = 320

    def __init__(self, body: Body, lines: list[str], palette: QPalette, muted: bool = False) -> None:
        super().__init__()
        self.body = body
        self.selected = False
        self._palette = palette
        self._muted = muted
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain_tooltip(body.name_sq))
        y, width = self.PADDING, self.MIN_WIDTH
        for n, line in enumerate(lines):
            font = QFont()
            font.setBold(n == 0)
            for part in wrap(line, self.MAX_WIDTH - 2 * self.PADDING, QFontMetrics(font)) or [""]:
                text = QGraphicsSimpleTextItem(part, self)
                text.setFont(font)
                text.setBrush(palette.color(QPalette.ColorRole.Text))
                text.setPos(self.PADDING, y)
                y += text.boundingRect().height()
                width = max(width, text.boundingRect().width() + 2 * self.PADDING)
            y += 3 if n == 0 else 0
        self.setRect(QRectF(0, 0, width, y + self.PADDING))
        self.restyle()

    def restyle(self) -> None:
        base = self._palette.color(QPalette.ColorRole.Base)
        fill = base.darker(104) if not self._muted else base.darker(110)
        pen = QPen(accent_for(self._palette) if self.selected else self._palette.color(QPalette.ColorRole.Mid),
                   3 if self.selected else 1.2, Qt.PenStyle.DashLine if self._muted else Qt.PenStyle.SolidLine)
        self.setPen(pen)
        self.setBrush(fill)

    def frame(self) -> QRectF:
        """The box in scene coordinates."""
        return self.mapRectToScene(self.rect())

    def texts(self) -> list[str]:
        return [t.text() for t in self.childItems()]


class OrgChart(QGraphicsView):
    """The drawn org chart (object name `orgChart`): boxes and connectors; clicking a box selects the body.
    The wheel and + / − zoom, 0 fits; a selection restyles only the boxes it changes, and none while hidden.
    `later`: a chart of many boxes is made once it shows, in slices (see the module's docstring), not now."""

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None,
                 later: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("orgChart")
        self._lang = lang
        self._store = store
        self._selection = selection
        self.boxes: dict[str, BodyBox] = {}
        self._selected: set[str] = set()
        self._stale = False
        self._fitted = True  # follow the view's size until the user zooms
        self._steps = None  # the making of the boxes under way (see _build_steps), while there is one
        self._rebuild = False  # the boxes under way replace others (a language switch)
        self._slicer = QTimer(self)  # a timer of our own (no lambda kept by Qt): one slice a turn while shown
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._build_slice)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._retranslate()
        self._begin(at_once=not later)
        selection.changed.connect(self._on_selection_changed)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Org chart of the bodies"))
        self.setAccessibleDescription(self.tr("Boxes for the bodies with their sizes and named office-holders; "
                                              "click a box to select the body. The wheel and + and − zoom, 0 fits."))

    def set_language(self, lang: str) -> None:
        """Redraw the boxes in the other language (a few dozen items), keeping the zoom and the selection: at once,
        or, for many boxes, over the turns after the chart shows (the old boxes stay until then)."""
        self._lang = lang
        self._retranslate()
        self._rebuild = self._rebuild or bool(self.boxes)
        self._begin(at_once=False)

    # ------------------------------------------------------------------ making the boxes
    def is_built(self) -> bool:
        """Whether every box is made and placed (in the chart's language)."""
        return self._steps is None

    def finish(self) -> None:
        """Make and place now what is left of the boxes (for whatever needs the whole chart)."""
        if self._steps is not None:
            self._slicer.stop()
            for _ in self._steps:
                pass

    def _begin(self, at_once: bool) -> None:
        """Start making the boxes: now when `at_once` or when they are few, else in slices while shown."""
        self._steps = self._build_steps()
        if at_once or self._box_count() <= SLICED_PAST:
            self.finish()
        elif self.isVisible():
            self._slicer.start()

    def _box_count(self) -> int:
        return min(MAX_BOXES, len(self._store.bodies()))

    def _build_slice(self) -> None:
        """Boxes for about SLICE_S (the placing of them all is a step of its own)."""
        deadline = time.perf_counter() + SLICE_S
        for _ in self._steps or ():
            if time.perf_counter() > deadline:
                return
        self._slicer.stop()  # (the steps set _steps to None as they end)

    def _lines(self, body: Body, sizes: list | None = None) -> list[str]:
        s = self._store
        # in English the Albanian name follows (the name the sources and the reader will meet); an Albanian
        # screen shows no English
        first = body.name_sq if self._lang == "sq" else body.name_en
        name = f"{first} ({body.abbrev})" if body.abbrev else first
        lines = [name] if self._lang == "sq" else [name, body.name_sq]
        size = size_text(s, body, self.tr("{values} (sources disagree)"), self.tr("{n} delegates"), self.tr(" or "),
                         sizes)
        seats = s.seats(body.id)
        named = [x for x in seats if x.person_id]
        if body.seats is not None:
            lines.append(self.tr("{seats} seats, {named} named in the sources").format(seats=body.seats, named=len(named)))
        elif seats:
            lines.append(self.tr("{named} members named in the sources").format(named=len(named)))
        if size and (body.seats is None or size != str(body.seats)):
            lines.append(self.tr("Size: {size}").format(size=size))
        # every named holder is listed, officers first, or counted: the box never says more names than it shows
        shown = sorted(named, key=lambda x: x.role_en == "member")[:HOLDERS_SHOWN]
        for seat in shown:
            role = seat.role_sq if self._lang == "sq" else seat.role_en
            text = localized(seat, "portfolio", self._lang)
            portfolio = f" ({text})" if text else ""
            lines.append(f"{role}: {s.person(seat.person_id).name}{portfolio}")
        if len(named) > len(shown):
            lines.append(self.tr("and {n} more named (see the tree)").format(n=len(named) - len(shown)))
        if body.id == "kpnc":
            lines.append(self.tr("called the congress (15 April 1944)"))
        return lines

    def _build_steps(self):
        """Make the boxes, a step after each, then place them all (`_place`)."""
        pal = self.palette()
        s = self._store
        # Rows of the chart: the earlier council beside the congress, then each generation of bodies below.
        rows: list[list[Body]] = []
        level, drawn = s.child_bodies(None), 0
        while level and drawn < MAX_BOXES:
            level = level[:MAX_BOXES - drawn]
            rows.append(level)
            drawn += len(level)
            level = [c for b in level for c in s.child_bodies(b.id)]
        sizes = s.figures_of("body", [b.id for row in rows for b in row], "size")  # one query, not one a box
        made: list[list[BodyBox]] = []
        for row in rows:
            made.append([])
            for b in row:
                made[-1].append(BodyBox(b, self._lines(b, sizes[b.id]), pal,
                                        muted=b.parent_id is None and b.id != "congress"))
                yield
        self._steps = None
        self._place(made)

    def _place(self, rows: list[list[BodyBox]]) -> None:
        """The boxes made, in rows, in place of any drawn before; their connectors; the selection shown."""
        scene = self.scene()
        pal = self.palette()
        s = self._store
        gap = 40
        transform, rebuild, self._rebuild = self.transform(), self._rebuild, False
        scene.clear()
        self.boxes.clear()
        y = 0.0
        for boxes in rows:
            x = -(sum(box.rect().width() for box in boxes) + gap * (len(boxes) - 1)) / 2
            for box in boxes:
                box.setPos(x, y)
                scene.addItem(box)
                self.boxes[box.body.id] = box
                x += box.rect().width() + gap
            y += max(box.rect().height() for box in boxes) + 50
        pen = QPen(pal.color(QPalette.ColorRole.Text), 1.2)
        relations = {"elected by": self.tr("elected by"), "formed by": self.tr("formed by"),
                     "executive organ of": self.tr("executive organ of")}
        for body_id, box in self.boxes.items():
            body = box.body
            if body.parent_id and body.parent_id in self.boxes:
                a, b = self.boxes[body.parent_id].frame(), box.frame()
                mid = (a.bottom() + b.top()) / 2
                for x1, y1, x2, y2 in ((a.center().x(), a.bottom(), a.center().x(), mid),
                                       (a.center().x(), mid, b.center().x(), mid),
                                       (b.center().x(), mid, b.center().x(), b.top())):
                    line = QGraphicsLineItem(x1, y1, x2, y2)
                    line.setPen(pen)
                    scene.addItem(line)
                label = QGraphicsSimpleTextItem(relations.get(body.relation_en or "", body.relation_en or ""))
                label.setBrush(pal.color(QPalette.ColorRole.Text))
                label.setPos(b.center().x() + 6, mid + 2)
                scene.addItem(label)
        if "kpnc" in self.boxes and "congress" in self.boxes:
            a, b = self.boxes["kpnc"].frame(), self.boxes["congress"].frame()
            line = QGraphicsLineItem(a.right(), a.center().y(), b.left(), a.center().y())
            line.setPen(QPen(pal.color(QPalette.ColorRole.Text), 1.2, Qt.PenStyle.DashLine))
            scene.addItem(line)
        if len(s.bodies()) > len(self.boxes):
            note = QGraphicsSimpleTextItem(self.tr("The chart draws {n} of the {total} bodies; the tree lists them all.")
                                           .format(n=len(self.boxes), total=len(s.bodies())))
            note.setBrush(pal.color(QPalette.ColorRole.Text))
            note.setPos(scene.itemsBoundingRect().left(), y)
            scene.addItem(note)
        self.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._selected = set()
        self._show_selection()
        if self._fitted and (rebuild or self.isVisible()):
            self.fit()
        elif rebuild:
            self.setTransform(transform)

    def box_point(self, body_id: str) -> QPoint:
        return self.mapFromScene(self.boxes[body_id].frame().center())

    def selected_body_ids(self) -> list[str]:
        return [b for b, box in self.boxes.items() if box.selected]

    # ------------------------------------------------------------------ selection
    def _on_selection_changed(self) -> None:
        if self.isVisible():
            self._show_selection()
        else:
            self._stale = True

    def _show_selection(self) -> None:
        self._stale = False
        current = self._selection.current()
        wanted = set()
        if current and current[0] == "body":
            wanted = {current[1]}
        elif current and current[0] == "person" and self._store.exists(*current):
            wanted = {seat.body_id for seat in self._store.roles(current[1])}
        wanted &= self.boxes.keys()
        for body_id in wanted ^ self._selected:  # only the boxes whose state changes
            box = self.boxes[body_id]
            box.selected = body_id in wanted
            box.restyle()
        self._selected = wanted

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, BodyBox):
            item = item.parentItem()
        if isinstance(item, BodyBox):
            self._selection.select("body", item.body.id, origin=self)

    # ------------------------------------------------------------------ zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def text_point_size(self) -> float:
        """The size the boxes' text is shown at now, in points."""
        return QFont().pointSizeF() * self.zoom()

    def fit_scale(self) -> float:
        """The whole chart in the view, but never smaller than READABLE_PT text, never enlarged."""
        rect = self.sceneRect()
        view = self.viewport().size()
        if rect.isEmpty() or view.isEmpty():
            return 1.0
        whole = min(view.width() / rect.width(), view.height() / rect.height())
        readable = READABLE_PT / max(1.0, QFont().pointSizeF())
        return min(1.0, max(whole, readable))

    def set_zoom(self, scale: float) -> None:
        scale = max(0.2, min(4.0, scale))
        self.resetTransform()
        self.scale(scale, scale)

    def fit(self) -> None:
        self._fitted = True
        self.set_zoom(self.fit_scale())
        self.centerOn(self.sceneRect().center().x(), self.sceneRect().top())

    def zoom_by(self, factor: float) -> None:
        self._fitted = False
        scale = max(0.2, min(4.0, self.zoom() * factor))
        self.scale(scale / self.zoom(), scale / self.zoom())

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15 ** steps)
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / 1.25)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._steps is not None:
            self._slicer.start()
        if self._stale:
            self._show_selection()
        if self._fitted:
            self.fit()

    def hideEvent(self, event) -> None:
        self._slicer.stop()  # hidden (another view, another tab, a window closing): no slice until shown again
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    # ------------------------------------------------------------------ export
    def export_size(self):
        self.finish()
        return self.sceneRect().size().toSize()

    def render_to(self, painter: QPainter) -> None:
        """The whole chart, whether or not it is on screen."""
        size = self.export_size()  # (the chart whole first)
        self.scene().render(painter, QRectF(0, 0, size.width(), size.height()), self.sceneRect())
