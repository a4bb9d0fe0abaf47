"""The delegate bar chart itself (pyqtgraph). Imported only when the Chart tab is first shown, so the first
window appears without paying for pyqtgraph and numpy (see chart_view.py)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPicture, QRegion
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsView, QWidget

from app.model import Store
from app.model.entities import Delegation
from app.ui import vocabulary
from app.ui.chart_bars import (KINDS, LABEL_LIMIT, Bar, BarItem, ValueLabel, bar_style, fill_legend, layout_bars,
                               ordered_regions)
from app.ui.chart_input import ChartInput
from app.ui.idle import collector_paused
from app.ui.labels import percent
from app.ui.selection import SelectionModel
from app.ui.text_fit import wrap
from app.ui.theme import accent

SETTLE_PAINTS = 4  # settle_steps: at most this many paints (the layout moves once or twice)
LAYOUT_PASSES = 8  # layout requests climb one level a pass (the plot's items, the plot, the view, the tab)


class DelegateChart(ChartInput, pg.PlotWidget):
    """Bars for the delegations (object name `delegateChart`). Clicks and keys select; hover explains (chart_input.py).

    The bars are built once per mode and order. A selection only moves one outline drawn over the selected
    bars (no bar is rebuilt), and while the chart is hidden it does nothing at all until it is shown again.
    """

    bar_hovered = Signal(str)

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent: QWidget | None = None,
                 percent_mode: bool = False, sort_by_size: bool = False, bars_later: bool = False) -> None:
        before = set(QApplication.topLevelWidgets())
        super().__init__(parent=parent, enableMenu=False)  # no menu (see setMenuEnabled below) made to be dropped
        # pyqtgraph makes its context menus and their control panels without a parent: give them one, so that
        # they go with the chart instead of living as long as the application (tests/conftest.py make_page)
        for widget in set(QApplication.topLevelWidgets()) - before:
            if widget.parent() is None and widget is not self:
                widget.setParent(self, widget.windowFlags())
        self.setObjectName("delegateChart")
        self._store = store
        self._selection = selection
        self._lang = lang
        self.percent_mode = percent_mode
        self.sort_by_size = sort_by_size
        self._bars: list[Bar] = []
        self._orders: dict[bool, list[Delegation]] = {}  # the regional delegations by sort_by_size
        self._legend_kinds: list[str] = []  # the kind of bar of each legend row
        self._bar_of: dict[str, Bar] = {}
        self._xs: list[float] = []
        self._focus_index: int | None = None
        self._items: list[QGraphicsItem] = []
        self._labels: list[ValueLabel] = []
        self._highlighted: list[str] = []  # the delegations the outline is drawn around now
        self._highlight_stale = False  # a selection arrived while the chart was hidden
        self.build_count = 0  # how often the bars were built (tests check a selection builds none)
        self._steps = None  # a first build's steps still to take (see build_step)
        self.setAntialiasing(True)
        # pyqtgraph keeps the background, one plain colour, as a picture of the whole view (1.8 MiB at 1280×800);
        # filled instead, it looks the same
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        plot = self.getPlotItem()
        plot.showGrid(x=False, y=True, alpha=0.25)
        axis = plot.getAxis("bottom")
        axis.setStyle(tickTextOffset=6, tickFont=self.font())
        for side in ("bottom", "left"):  # pyqtgraph's grey is too faint to read on white
            plot.getAxis(side).setTextPen(self._text_colour())
            # a highlight that moves repaints the area around it: the axes come from a cached picture
            plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # the legend sits under the axis, in the plot's own layout: it never covers a bar
        self.legend = pg.LegendItem(labelTextColor=self._text_colour())
        plot.layout.addItem(self.legend, 4, 1)
        self._highlight = QGraphicsPathItem()
        self._highlight.setZValue(10)
        self._focus_frame = QGraphicsRectItem()
        self._focus_frame.setZValue(11)
        self._focus_frame.hide()
        for item in (self._highlight, self._focus_frame):
            plot.addItem(item, ignoreBounds=True)
        self._restyle_overlays()
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_move)
        plot.getViewBox().sigResized.connect(self._update_ticks)
        selection.changed.connect(self._on_selection_changed)
        self._retranslate()
        self._steps = self._redraw_steps() if bars_later else None  # bars_later: the owner calls build_step()
        if not bars_later:
            self.redraw()

    # ------------------------------------------------------------------ drawing
    def _text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def _name(self, d: Delegation) -> str:
        return d.name_sq if self._lang == "sq" else d.name_en

    def _short_name(self, d: Delegation) -> str:
        if d.kind == "unattributed":
            return self.tr("not broken down by region")
        if d.kind == "quota":
            return {"youth-union": self.tr("Youth Union"), "womens-union": self.tr("Women's Union")}.get(d.id, self._name(d))
        return self._name(d)

    def _label(self, d: Delegation) -> str:
        if d.delegates is None:
            return self.tr("not recorded")
        return percent(self._store.share(d.delegates), self._lang) if self.percent_mode else str(d.delegates)

    def _legend_texts(self) -> list[str]:
        return [self.tr("regional delegation (sourced)"),
                self.tr("not broken down by region (computed: total − regional)"),
                self.tr("quota of the election resolution (within the total)")]

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Delegates by delegation"))
        self.setAccessibleDescription(self.tr("A bar for each delegation. Left and right move between bars, Enter selects."))

    def set_language(self, lang: str) -> None:
        """Names, legend and axis in the other language; the bars stay as they are."""
        self._lang = lang
        self._retranslate()
        texts = dict(zip(KINDS, self._legend_texts()))
        for (_, label), kind in zip(self.legend.items, self._legend_kinds):
            label.setText(texts[kind])
        for label, bar in zip(self._labels, self._bars):  # Albanian writes 13,3%
            label.set_text(self._label(bar.delegation))
        self._set_axis_label()
        self._update_ticks()

    def redraw(self) -> None:
        """Build the bars, their value labels and the legend for the current mode and order."""
        self._steps = None  # a build in steps that has not finished is dropped: this one replaces it
        for _ in self._redraw_steps():
            pass

    def build_step(self) -> bool:
        """One step of the first build asked for later (bars_later); False once there is none left. What it makes
        lives as long as the chart: made with the collector paused, then settled (a full pass took 50 ms at 1000×)."""
        try:
            with collector_paused():
                next(self._steps)
            return True
        except (StopIteration, TypeError):  # done, or never asked for (None)
            self._steps = None
            return False

    def _redraw_steps(self):
        """redraw() in steps, for a first build sliced over turns of the event loop: the bars' order (many bars),
        places, the items that draw them, then nothing (so that the first paint comes in a turn of its own)."""
        self.build_count += 1
        plot = self.getPlotItem()
        for item in self._items:
            plot.removeItem(item)
        self._items.clear()
        self._labels.clear()
        self.setBackground(self.palette().color(QPalette.ColorRole.Base))

        regions = self._orders.get(self.sort_by_size)
        if regions is None:  # worked out once: the percent toggle and the language keep the order
            regions = self._orders[self.sort_by_size] = ordered_regions(self._store, self.sort_by_size)
            if len(regions) > LABEL_LIMIT:
                yield  # sorting 6,000 regions (1000× the data) is a step of its own
        self._bars = layout_bars(self._store, self.percent_mode, regions)
        self.setAntialiasing(len(self._bars) <= LABEL_LIMIT)
        self._bar_of = {b.delegation.id: b for b in self._bars}
        self._xs = [b.x for b in self._bars]
        yield
        by_kind: dict[str, list[Bar]] = {kind: [] for kind in KINDS}
        for b in self._bars:
            by_kind[b.delegation.kind].append(b)
        styles = {kind: bar_style(kind, bars, self._text_colour()) for kind, bars in by_kind.items() if bars}
        for kind, (brushes, pen) in styles.items():
            # thousands of bars a pixel or less wide: no outlines (a third of the drawing time)
            item = BarItem(by_kind[kind], brushes, pen if len(self._bars) <= LABEL_LIMIT else QPen(Qt.PenStyle.NoPen))
            plot.addItem(item)
            self._items.append(item)
        self._make_legend(styles)

        if len(self._bars) <= LABEL_LIMIT:  # past that the numbers are unreadable, and cost seconds to draw
            for b in self._bars:
                label = ValueLabel(self._label(b.delegation), self._text_colour(), self.font())
                label.setPos(b.x, b.value)
                plot.addItem(label, ignoreBounds=True)
                self._items.append(label)
                self._labels.append(label)
        self._set_axis_label()
        top = max((b.value for b in self._bars), default=1)
        plot.setXRange(-0.9, (self._bars[-1].x if self._bars else 0) + 0.9, padding=0)
        plot.setYRange(0, top * 1.12, padding=0)
        self._update_ticks()
        self._show_focus()
        self._highlighted = []
        self._show_highlight()
        yield

    def _make_legend(self, styles: dict[str, tuple[list[QBrush], QPen]]) -> None:
        """A sample and its words for each kind of bar shown, made again only when the kinds or colours change
        (not for a new mode or order)."""
        key = tuple((kind, pen.color().rgba()) for kind, (_, pen) in styles.items())
        if key != getattr(self, "_legend_key", None):
            self._legend_key = key
            self._legend_kinds = fill_legend(self.legend, styles, dict(zip(KINDS, self._legend_texts())))

    def _set_axis_label(self) -> None:
        self.getPlotItem().setLabel("left", self.tr("% of the {n} delegates").format(n=self._store.total_delegates())
                                    if self.percent_mode else self.tr("Delegates"))

    # ------------------------------------------------------------------ names under the bars
    def _slot_width(self) -> float:
        """Pixels between two neighbouring bars."""
        vb = self.getPlotItem().getViewBox()
        (x0, x1), _ = vb.viewRange()
        return vb.width() / (x1 - x0) if x1 > x0 and vb.width() > 0 else 80.0

    def tick_layout(self) -> list[tuple[float, list[str], int]]:
        """Each bar's name as drawn: (x, lines, first line). Names are wrapped to the width of their bar's slot;
        if one still does not fit, every other name moves down below its neighbours and may use two slots."""
        if len(self._bars) > LABEL_LIMIT:
            return []
        metrics = QFontMetrics(self.font())
        slot = self._slot_width() - 6
        names = [self._short_name(b.delegation) for b in self._bars]
        wrapped = [wrap(name, slot, metrics) for name in names]
        if all(metrics.horizontalAdvance(line) <= slot for lines in wrapped for line in lines):
            return [(b.x, lines, 0) for b, lines in zip(self._bars, wrapped)]
        wrapped = [wrap(name, 2 * slot, metrics) for name in names]
        depth = max(len(lines) for lines in wrapped[::2])
        return [(b.x, lines, depth if n % 2 else 0) for n, (b, lines) in enumerate(zip(self._bars, wrapped))]

    def _update_ticks(self) -> None:
        layout = self.tick_layout()
        ticks = [(x, "\n".join([""] * first + lines)) for x, lines, first in layout]
        axis = self.getPlotItem().getAxis("bottom")
        rows = max((first + len(lines) for _, lines, first in layout), default=0)
        height = int(rows * QFontMetrics(self.font()).lineSpacing() + 16)
        if ticks != getattr(self, "_ticks", None):
            self._ticks = ticks
            axis.setTicks([ticks, []])
        if axis.height() != height:
            axis.setHeight(height)

    # ------------------------------------------------------------------ highlight and focus, drawn over the bars
    def _restyle_overlays(self) -> None:
        pen = QPen(accent(self), 3.5)
        pen.setCosmetic(True)
        self._highlight.setPen(pen)
        self._highlight.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        focus = QPen(accent(self), 1.5, Qt.PenStyle.DashLine)
        focus.setCosmetic(True)
        self._focus_frame.setPen(focus)

    def _show_highlight(self) -> None:
        wanted = [i for i in self._selected_ids() if i in self._bar_of]
        self._highlight_stale = False
        if wanted == self._highlighted:
            return
        path = QPainterPath()
        for delegation_id in wanted:
            path.addRect(self._bar_of[delegation_id].rect)
        self._highlight.setPath(path)
        self._highlighted = wanted

    def highlighted_bar_ids(self) -> list[str]:
        """The bars the outline is drawn around at this moment (stale while the chart is hidden)."""
        self._bars_now()
        return list(self._highlighted)

    # ------------------------------------------------------------------ public API
    def _bars_now(self) -> None:
        """Finish the bars now if the owner asked for them later (bars_later) and they are not done yet: who
        asks about the bars gets the chart as it will be drawn."""
        while self.build_step():
            pass

    def bar_ids(self) -> list[str]:
        self._bars_now()
        return [b.delegation.id for b in self._bars]

    def bar_rect(self, delegation_id: str) -> QRectF:
        self._bars_now()
        return self._bar_of[delegation_id].rect

    def widget_point(self, delegation_id: str) -> QPoint:
        """The bar's centre in this widget's coordinates (for clicks in tests and automation)."""
        scene_point = self.getPlotItem().getViewBox().mapViewToScene(self.bar_rect(delegation_id).center())
        return self.mapFromScene(scene_point)

    def value_labels(self) -> list[str]:
        self._bars_now()
        return [self._label(b.delegation) for b in self._bars]

    def set_percent_mode(self, on: bool) -> None:
        self.percent_mode = on
        self.redraw()

    def set_sort_by_size(self, on: bool) -> None:
        self.sort_by_size = on
        self._focus_index = None
        self.redraw()

    def tooltip_for(self, delegation_id: str) -> str:
        d = self._store.delegation(delegation_id)
        citations = self._store.citations("delegation", d.id)
        sources = "; ".join(dict.fromkeys(c.source.title for c in citations)) or self.tr("no source")
        count = self.tr("not recorded in the sources") if d.delegates is None else self.tr(
            "{n} delegates, {share} of {total}").format(n=d.delegates, share=percent(self._store.share(d.delegates), self._lang),
                                                        total=self._store.total_delegates())
        basis = vocabulary.basis(d.basis) if d.basis != "sourced" else None
        lines = [self._name(d), count] + ([basis] if basis else []) + [self.tr("Source: {s}").format(s=sources)]
        return "\n".join(lines)

    # ------------------------------------------------------------------ selection
    def _selected_ids(self) -> set[str]:
        current = self._selection.current()
        return {d.id for d in self._store.related_delegations(*current)} if current else set()

    def selected_bar_ids(self) -> list[str]:
        selected = self._selected_ids()
        return [b for b in self.bar_ids() if b in selected]

    def _on_selection_changed(self) -> None:
        if self.isVisible():
            self._show_highlight()
        else:
            self._highlight_stale = True  # nothing to do until the chart is looked at again

    def showEvent(self, event) -> None:
        if self._highlight_stale:
            self._show_highlight()
        self._keep_pixels(True)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._keep_pixels(False)
        super().hideEvent(event)

    def _keep_pixels(self, on: bool) -> None:
        """Qt keeps the axes and the bars as pixels while the chart is shown, so that a moving outline repaints
        quickly; hidden, the chart lets go of them (~2 MiB of the peak after every tab was visited: at 1280×800
        the left axis with its grid is the whole plot) and draws them once from their pictures when shown again."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        for item in self._cached_items():
            item.setCacheMode(mode)

    def settle_steps(self, place: QRect | None = None):
        """Lay the chart out now as its first paints would (a chart placed in a tab already shown, or about to be,
        in `place`), one paint a step (each yields True). pyqtgraph measures the axes' numbers when it paints them
        and then lays the plot out again for the room they take (the left axis's width, with it the bars' slots
        and the names wrapped under them): the chart is painted off screen and the layout requests that makes
        are handled, until nothing moves, so that its first picture is that of a chart built as its tab was
        shown."""
        if place is not None:
            self.setGeometry(place)
        plot = self.getPlotItem()

        def layout():
            return plot.getAxis("left").width(), plot.getAxis("bottom").height(), plot.getViewBox().size()
        for _ in range(SETTLE_PAINTS):
            before = layout()
            recording = QPicture()  # pyqtgraph measures the axes' text on a QPicture of its own: no pixels needed
            painter = QPainter(recording)
            QWidget.render(self, painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
            painter.end()
            for _ in range(LAYOUT_PASSES):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            if layout() == before:
                return
            yield True

    # ------------------------------------------------------------------ export
    def _cached_items(self) -> list[QGraphicsItem]:
        plot = self.getPlotItem()
        return [plot.getAxis("bottom"), plot.getAxis("left")] + \
            [i for i in self._items if isinstance(i, pg.BarGraphItem)]

    def render_to(self, painter: QPainter) -> None:
        """Draw the chart as vectors and text: the on-screen pixmap caches stay out of PNG, SVG and PDF."""
        self._bars_now()
        self._keep_pixels(False)
        view_cache = self.cacheMode()
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)  # no bitmap of the background either
        try:
            QWidget.render(self, painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        finally:
            self.setCacheMode(view_cache)
            self._keep_pixels(self.isVisible())
