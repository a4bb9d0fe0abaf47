"""The Map page (object name `mapTab`): the map, and beside it (never over it) the layer switch, the legend
and the notes. Its state is the layer shown, the zoom and the centre; exports paint map, legend and notes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QRegion
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QRadioButton, QScrollArea, QVBoxLayout,
                               QWidget)

from app.ui.map import layers
from app.ui.map.colours import FILLS, NOT_RECORDED_FILL, CLASSES, class_of
from app.ui.map.items import symbol_radius
from app.ui.map.layers import COUNTIES, SYMBOLS, localized
from app.ui.map.legend import MapLegend, Row
from app.ui.map.view import MapView
from app.ui.pages import Page

class MapTab(Page):
    name = "map"
    object_name = "mapTab"
    title = QT_TRANSLATE_NOOP("Pages", "&Map")
    kinds = ("place",)
    keys = (("← ↑ → ↓", QT_TRANSLATE_NOOP("Keys", "Map: move to the next region that way")),
            ("Enter", QT_TRANSLATE_NOOP("Keys", "Map: select the region")),
            ("+ / − / 0", QT_TRANSLATE_NOOP("Keys", "Map: zoom in, zoom out, whole map")),
            (QT_TRANSLATE_NOOP("Keys", "Mouse wheel"), QT_TRANSLATE_NOOP("Keys", "Map: zoom")))

    def build(self) -> None:
        self.map = MapView(self._store, self._selection, self._lang, self)

        # the column beside the map: it scrolls when the window is too short for legend and notes
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setObjectName("mapSideScroll")
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidgetResizable(True)
        self.side = QWidget()
        self.side.setObjectName("mapSide")
        width = self._side_width = max(230, self.fontMetrics().averageCharWidth() * 34)
        self.side_scroll.setFixedWidth(width + self.side_scroll.verticalScrollBar().sizeHint().width())
        column = QVBoxLayout(self.side)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        self.layer_box = QFrame(self.side)
        box = QVBoxLayout(self.layer_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.layer_title = QLabel(self.layer_box)
        self.symbols_button = QRadioButton(self.layer_box)
        self.symbols_button.setObjectName("mapSymbolsLayer")
        self.counties_button = QRadioButton(self.layer_box)
        self.counties_button.setObjectName("mapCountiesLayer")
        self.layer_group = QButtonGroup(self)
        box.addWidget(self.layer_title)
        for b in (self.symbols_button, self.counties_button):
            self.layer_group.addButton(b)
            box.addWidget(b)
        self.legend = MapLegend(self.side)
        self.note = QLabel(self.side)
        self.note.setObjectName("mapNote")
        self.caveat = QLabel(self.side)
        self.caveat.setObjectName("mapCaveat")
        for label in (self.note, self.caveat):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # dataset text: never rendered as markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        column.addWidget(self.layer_box)
        column.addWidget(self.legend)
        column.addWidget(self.note)
        column.addWidget(self.caveat)
        column.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.map, 1)
        self.side_scroll.setWidget(self.side)
        layout.addWidget(self.side_scroll)
        # bound methods, not lambdas holding `self`: no reference cycle keeps Python wrappers of the page's
        # graphics items alive after Qt has deleted them (their late release crashed the interpreter)
        self.layer_group.buttonToggled.connect(self._on_layer_toggled)

    def _on_layer_toggled(self, button, on: bool) -> None:
        layer = SYMBOLS if button is self.symbols_button else COUNTIES
        if on and layer != self.map.layer():  # (the side column checks the layer shown: nothing to redo then)
            self.set_layer(layer)

    # ------------------------------------------------------------------ page API
    def retranslate(self) -> None:
        """Retranslate in place: texts change, the widgets, the layer, the zoom and the selection stay."""
        self.map.set_language(self._lang)
        self.layer_title.setText(self.tr("Show"))
        self.symbols_button.setText(self.tr("Delegations (circles)"))
        self.counties_button.setText(self.tr("Modern counties, shaded"))
        self.symbols_button.setAccessibleDescription(self.tr(
            "One circle per delegation at the places it is named for; its area is proportional to its delegates"))
        self.counties_button.setAccessibleDescription(self.tr(
            "Today's counties shaded by the delegates of the delegation named for them"))
        self.layer_box.setAccessibleName(self.tr("Map layer"))
        self._refresh_side()

    def set_layer(self, layer: str) -> None:
        self.map.set_layer(layer)
        self._refresh_side()

    def layer(self) -> str:
        return self.map.layer()

    def state(self) -> dict:
        return self.map.state()

    def restore_state(self, state: dict) -> None:
        self.map.restore_state(state)
        self._refresh_side()

    def idle_work(self):
        """Nothing to fold; it lasts while the map's slices are made, so the window settles the whole scene (see
        app/ui/idle.py) once the last county is in."""
        while not self.map.is_built():
            yield

    def drawable(self) -> "MapTab":
        self.map.finish_build()  # whole, though a big map is still being made in slices
        return self

    # ------------------------------------------------------------------ side column
    def _refresh_side(self) -> None:
        layer = self.map.layer()
        for button, value in ((self.symbols_button, SYMBOLS), (self.counties_button, COUNTIES)):
            button.blockSignals(True)
            button.setChecked(layer == value)
            button.blockSignals(False)
        self.legend.set_rows(self._legend_rows(layer), self.tr("Map legend"))
        self.legend.setFixedHeight(self.legend.heightForWidth(self._side_width - 16))
        store = self._store
        self.note.setText(store.meta(f"places_note_{self._lang}") or store.meta("places_note_en") or "")
        caveats = []
        if layer == COUNTIES:
            for place in store.places("region"):
                figures = store.figures("place", place.id, layers.PARTLY_FIELD)
                if not figures:
                    continue
                c = figures[0].citations[0]
                note = localized(place, "note", self._lang)
                if not note or note == store.meta(f"places_note_{self._lang}"):  # no note of its own
                    note = self.tr("{county} is hatched: a source places part of it in another delegation: "
                                   "{delegation}.").format(county=localized(place, "name", self._lang),
                                                          delegation=localized(store.delegation(figures[0].value),
                                                                               "name", self._lang))
                caveats.append(f"{note}\n{c.source.title}: “{c.quote}”")
        self.caveat.setText("\n".join(caveats))
        self.caveat.setVisible(bool(caveats))

    def _legend_rows(self, layer: str) -> list[Row]:
        store, c = self._store, self.map.colours
        rows = [Row("title", self.tr("Delegates per delegation"))]
        if layer == SYMBOLS:
            for n in (5, 15, 45):
                rows.append(Row("circle", self.tr("{n} delegates").format(n=n), symbol_radius(n), c.symbol,
                                c.symbol_edge))
            rows.append(Row("swatch", self.tr("Modern county (for orientation)"), fill=c.land, edge=c.border))
        else:
            for fill, (low, high) in zip(FILLS, CLASSES):
                rows.append(Row("swatch", f"{low}–{high}" if high < 99 else f"{low}+", fill=QColor(fill)))
            rows.append(Row("swatch", self.tr("not recorded in the sources"), fill=QColor(NOT_RECORDED_FILL),
                            hatch=QBrush(c.hatch, Qt.BrushStyle.BDiagPattern)))
            partly = {d for p in store.places("region") for d in layers.partly(store, p.id)}
            for d_id in partly:
                hatch = QBrush(QColor(FILLS[class_of(store.delegation(d_id).delegates)]).darker(150),
                               Qt.BrushStyle.FDiagPattern)
                rows.append(Row("swatch", self.tr("in part represented by another delegation: {name} (see the note)").format(
                    name=localized(store.delegation(d_id), "name", self._lang)), fill=QColor(NOT_RECORDED_FILL),
                    hatch=hatch))
            if any(len(s.place_ids) > 1 for s in layers.symbols(store)):
                rows.append(Row("text", self.tr("Dashed outline: one delegation over two counties, counted once")))
        if layers.has_venue(store):
            rows.append(Row("star", self.tr("{place}: where the congress met").format(
                place=localized(store.place(layers.VENUE_PLACE), "name", self._lang)), fill=c.venue))
        total = store.total_delegates()
        rows.append(Row("text", self.tr("On the map: {placed} of {total} delegates").format(
            placed=layers.placed_total(store), total=total)))
        unplaced = layers.unplaced(store, self._lang)
        if unplaced:
            rows.append(Row("heading", self.tr("Not placeable on the map")))
            for u in unplaced:
                n = self.tr("not recorded") if u.delegates is None else str(u.delegates)
                rows.append(Row("text", self.tr("{name}: {n}").format(name=u.name, n=n)))
        return rows

    # ------------------------------------------------------------------ export
    def _export_parts(self) -> list[QWidget]:
        return [w for w in (self.legend, self.note, self.caveat) if w.isVisible() or not self.isVisible()
                if w is not self.caveat or bool(self.caveat.text())]

    def export_size(self) -> QSize:
        height = 8 + sum(w.height() + 8 for w in self._export_parts())
        return QSize(self.map.width() + self.side.width() + 8, max(self.map.height(), height))

    def render_to(self, painter: QPainter) -> None:
        """Paint the map as shown, with its legend and notes beside it (for PNG and SVG export)."""
        size = self.export_size()
        painter.fillRect(0, 0, size.width(), size.height(), self.palette().color(QPalette.ColorRole.Window))
        with self.map.uncached():  # vectors in an SVG or a PDF, not the pixels kept for the screen
            QWidget.render(self.map, painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
        y = 8
        for widget in self._export_parts():
            QWidget.render(widget, painter, QPoint(self.map.width() + 8, y), QRegion(),
                           QWidget.RenderFlag.DrawChildren)
            y += widget.height() + 8
