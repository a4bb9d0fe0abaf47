"""What the delegate chart draws: the bars' order, places and heights, the fill and outline of each kind of bar,
and the items that draw the bars and their numbers. chart_plot.py puts them in the plot and answers the person.
Imported with chart_plot.py only (pyqtgraph, numpy), never at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from app.model import Store
from app.model.entities import Delegation
from app.ui.style import FILLS, class_of

BAR_WIDTH = 0.7
GROUP_GAP = 0.8  # extra space between the regional bars, the remainder and the quotas
LABEL_LIMIT = 60  # bars; past that, value labels and names under the bars are left out (unreadable, slow)
KINDS = ("region", "unattributed", "quota")  # the groups, left to right, each with its own look


@dataclass
class Bar:
    delegation: Delegation
    x: float
    value: float  # count or percent, as drawn

    @property
    def rect(self) -> QRectF:
        return QRectF(self.x - BAR_WIDTH / 2, 0, BAR_WIDTH, self.value)


def ordered_regions(store: Store, by_size: bool) -> list[Delegation]:
    """The regional delegations from the largest down, or from the north to the south."""
    regions = store.delegations("region")
    if by_size:
        return sorted(regions, key=lambda d: (-(d.delegates or 0), d.seq))

    def north_to_south(d: Delegation):
        lats = [store.place(p).label_lat for p in d.place_ids]
        return (-max(lats) if lats else 0, d.seq)
    return sorted(regions, key=north_to_south)


def layout_bars(store: Store, percent: bool, regions: list[Delegation]) -> list[Bar]:
    """Every bar, left to right: the regional delegations (in the order given, see ordered_regions), the
    remainder, the quotas, a gap between groups."""
    groups = [regions, store.delegations("unattributed"), store.delegations("quota")]
    bars: list[Bar] = []
    total = store.total_delegates()
    x = 0.0
    for group in groups:
        if not group:
            continue
        if bars:
            x += GROUP_GAP
        for d in group:
            bars.append(Bar(d, x, (100 * (d.delegates or 0) / total) if percent else (d.delegates or 0)))
            x += 1.0
    return bars


def bar_style(kind: str, bars: list[Bar], text_colour: QColor) -> tuple[list[QBrush], QPen]:
    """The fills (one per bar) and the outline of one group: regional bars shaded by size as on the map, the
    computed remainder hatched, the quotas outlined only (they are within the total, not beside it)."""
    if kind == "region":  # one brush per size class, shared by its bars (fill_runs groups them by it)
        counts = [b.delegation.delegates or 1 for b in bars]
        fills = {c: QBrush(QColor(FILLS[c])) for c in {class_of(n) for n in set(counts)}}
        fill_of = {n: fills[class_of(n)] for n in set(counts)}
        brushes = [fill_of[n] for n in counts]
        pen = QPen(QColor("#5a5a5a"), 1)
    elif kind == "unattributed":
        brushes = [QBrush(QColor("#8c8c8c"), Qt.BrushStyle.BDiagPattern)] * len(bars)
        pen = QPen(text_colour, 1.5)
    else:
        brushes = [QBrush(Qt.BrushStyle.NoBrush)] * len(bars)
        pen = QPen(text_colour, 1.5, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return brushes, pen


def fill_legend(legend: pg.LegendItem, styles: dict[str, tuple[list[QBrush], QPen]], texts: dict[str, str]) -> list[str]:
    """A sample and its words for each kind of bar shown (`styles`: bar_style's answer by kind); the kinds."""
    legend.clear()
    for kind, (brushes, pen) in styles.items():
        # the legend draws its sample from one brush and pen, not from per-bar lists
        sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=QBrush(brushes[0]) if kind != "region"
                                 else QBrush(QColor(FILLS[3])), pen=QPen(pen))
        legend.addItem(sample, texts[kind])
    return list(styles)


def fill_runs(bars: list[Bar], brushes: list[QBrush]) -> list[tuple[QBrush, list[float], list[float]]]:
    """The bars grouped by their (shared) brush, as (brush, places, heights): each group is drawn at once."""
    runs: dict[int, tuple[QBrush, list[float], list[float]]] = {}
    for bar, brush in zip(bars, brushes):
        run = runs.get(id(brush))
        if run is None:
            run = runs[id(brush)] = (brush, [], [])
        run[1].append(bar.x)
        run[2].append(bar.value)
    return list(runs.values())


class ValueLabel(QGraphicsSimpleTextItem):
    """A bar's number, centred just above its top, upright and the same size at any zoom. Drawn by Qt alone:
    pyqtgraph's TextItem is a Python item around a rich-text item that is re-placed before every paint."""

    GAP = 3  # pixels between the bar's top and the text

    def __init__(self, text: str, colour: QColor, font: QFont) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setBrush(colour)
        self.setFont(font)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.setText(text)
        box = self.boundingRect()
        self.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() - self.GAP))


class BarItem(pg.BarGraphItem):
    """One kind of bar, in pyqtgraph's item (its options keep a brush a bar), drawn one fill at a time by a
    one-brush BarGraphItem kept off the scene: pyqtgraph draws those in one call from an array, where a brush a
    bar costs a Python call a bar recorded into a picture (6,000 bars: milliseconds instead of ~0.1 s)."""

    def __init__(self, bars: list[Bar], brushes: list[QBrush], pen: QPen) -> None:
        # made once: a new mode or order makes new items
        self._runs = [pg.BarGraphItem(x=xs, height=heights, width=BAR_WIDTH, brush=brush, pen=pen)
                      for brush, xs, heights in fill_runs(bars, brushes)]
        self._bounds: QRectF | None = None
        super().__init__(x=[b.x for b in bars], height=[b.value for b in bars], width=BAR_WIDTH, brushes=brushes,
                         pen=pen)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        # Qt asks for it several times a paint, and pyqtgraph works it out anew each time (the pen's width in
        # pixels, through the device transform): once for each size of the view is enough
        if self._bounds is None:
            self._bounds = super().boundingRect()
        return QRectF(self._bounds)

    def viewTransformChanged(self) -> None:
        self._bounds = None
        super().viewTransformChanged()

    def paint(self, painter: QPainter, *args) -> None:
        for run in self._runs:
            run.paint(painter)
