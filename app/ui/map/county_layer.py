"""Every county in its plain state, drawn as one graphics item; every delegation symbol likewise.

At 1000x the data the map has 12,000 counties; drawn one item at a time, every repaint of the map (a selection, the
tab shown again) took 50-130 ms. Here their outlines are recorded once into pictures (QPicture: a replay of
drawing commands in C++, vector at any zoom) and Qt keeps the result as pixels on screen
(`DeviceCoordinateCache`): a repaint copies pixels, and only a zoom draws the outlines again. A county hovered,
focused or selected draws itself above this layer (see RegionItem); the others paint nothing themselves.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEngine, QPen, QPicture, QPixmap
from PySide6.QtWidgets import QGraphicsItem

from app.ui.map.items import RegionItem, SymbolItem


class CountyLayer(QGraphicsItem):
    def __init__(self, rect: QRectF) -> None:
        """`rect`: where the counties are expected (the country's outline), so that the cached pixels keep their
        size while the slices of the build add counties: each slice then redraws only where it adds."""
        super().__init__()
        self._parts: list[tuple[QPicture, QRectF, int]] = []  # one picture per slice of the build, its counties
        self._shown = 0  # the first so many parts are drawn; the others wait for `show_parts` (see below)
        self._rect = QRectF(rect)
        self._counties = QRectF()  # where the counties added so far are
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)  # paint() gets what is exposed
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(0.5)  # under every county drawn on its own (z 1-3) and the country's outline (z 5)

    def add(self, regions: list[RegionItem]) -> None:
        """Record these counties as they look in their plain state, in the order given (later ones on top). They
        are drawn once `show_parts` reaches them: the view shows them at once while it is shown, and those made
        while it is hidden a few at a time after it is shown again, so that no repaint renders them all at once
        into Qt's pixels (at 1000x the data, ~50 ms of drawing, and the cache of a hidden view is only made at
        its next paint)."""
        picture, rect = QPicture(), QRectF()
        painter = QPainter(picture)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing)
        no_pen = QPen(Qt.PenStyle.NoPen)
        for item in regions:
            path = item.path()
            painter.setPen(item.plain_pen())
            painter.setBrush(item.fill())
            painter.drawPath(path)
            hatch = item.hatch_brush()
            if hatch.style() != Qt.BrushStyle.NoBrush:
                painter.setPen(no_pen)
                painter.setBrush(hatch)
                painter.drawPath(path)
            rect = rect.united(path.controlPointRect())
        painter.end()
        self._counties = self._counties.united(rect)
        rect.adjust(-1, -1, 1, 1)  # the border pen (cosmetic: a pixel or so at any zoom)
        self._parts.append((picture, rect, len(regions)))

    def unshown(self) -> int:
        """How many counties are recorded and not drawn yet."""
        return sum(n for _, _, n in self._parts[self._shown:])

    def show_parts(self, counties: int | None = None) -> bool:
        """Draw the next parts not drawn yet, about `counties` counties' worth (every one when None); each is
        drawn into Qt's pixels at the next paint, where it lies. True when some are still not drawn."""
        exposed, n = QRectF(), 0
        while self._shown < len(self._parts) and (counties is None or n < counties):
            _, rect, count = self._parts[self._shown]
            exposed, n = exposed.united(rect), n + count
            self._shown += 1
        if not exposed.isEmpty():
            if not self._rect.contains(exposed):
                self.prepareGeometryChange()
                self._rect = self._rect.united(exposed)
            self.update(exposed)
        return self._shown < len(self._parts)

    def counties_rect(self) -> QRectF:
        return QRectF(self._counties)

    def part_count(self) -> int:
        return len(self._parts)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exposed = option.exposedRect
        for picture, rect, _ in self._parts[:self._shown]:
            if rect.intersects(exposed):
                painter.drawPicture(0, 0, picture)


class SymbolLayer(QGraphicsItem):
    """Every delegation symbol in its plain state (not hovered or selected), drawn by one item that Qt keeps as
    pixels: at 1000x the data a repaint copied 6,000 symbols one by one (over half of a full repaint). The symbols
    keep their size in pixels: each is drawn around its centre mapped to the device. A symbol in any other state
    draws itself above this layer."""

    MARGIN = 40.0  # scene units around the symbols' centres: room for their radius in pixels down to a small zoom
    STAMP_ABOVE = 200  # symbols: above this many, copied from one drawing per size

    def __init__(self) -> None:
        super().__init__()
        self._symbols: list[SymbolItem] = []  # in drawing order: the big ones first, the small ones on top
        self._centres: list[tuple[float, float, float]] = []  # each one's centre in the scene and radius in pixels
        self._rect = QRectF()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(10)  # as a symbol; one drawn by itself (selected, 11; hovered) comes after it

    def add(self, symbols: list[SymbolItem]) -> None:
        """Add these symbols, drawn after (above) those added before. The view shows the layer once the last
        symbol is in (`setVisible`): drawn while its symbols arrive, it would be drawn again for every slice."""
        if not symbols:
            return
        self._symbols.extend(symbols)
        self._centres.extend((item.pos().x(), item.pos().y(), item.radius) for item in symbols)
        xs, ys = [c[0] for c in self._centres], [c[1] for c in self._centres]
        m = self.MARGIN
        self.prepareGeometryChange()
        self._rect = QRectF(QPointF(min(xs) - m, min(ys) - m), QPointF(max(xs) + m, max(ys) + m))

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self._symbols:
            return
        t = painter.worldTransform()  # scene -> device: a scale and a translation (the map never rotates)
        sx, sy, dx, dy = t.m11(), t.m22(), t.dx(), t.dy()
        exposed = t.mapRect(option.exposedRect)
        left, top, right, bottom = exposed.left(), exposed.top(), exposed.right(), exposed.bottom()
        painter.resetTransform()  # pixels from here on: a symbol's size does not follow the zoom
        # on screen, many symbols: each size of circle is drawn once and copied to the nearest pixel (drawing
        # 6,000 antialiased circles took 50-100 ms at every zoom step); a few, or an SVG or a PDF: each drawn
        stamps = {} if len(self._centres) > self.STAMP_ABOVE and \
            painter.paintEngine().type() == QPaintEngine.Type.Raster else None
        first = self._symbols[0]
        pen, brush = first.plain_pen(), first.fill()
        painter.setPen(pen)
        painter.setBrush(brush)
        for x, y, r in self._centres:
            x, y = x * sx + dx, y * sy + dy
            if not (left - r <= x <= right + r and top - r <= y <= bottom + r):
                continue
            if stamps is None:
                painter.drawEllipse(QPointF(x, y), r, r)
                continue
            stamp = stamps.get(r)
            if stamp is None:
                stamp = stamps[r] = _stamp(r, pen, brush, painter.device().devicePixelRatio())
            half = stamp.deviceIndependentSize().width() / 2
            painter.drawPixmap(QPointF(round(x - half), round(y - half)), stamp)
        painter.setTransform(t)


def _stamp(r: float, pen: QPen, brush, ratio: float) -> QPixmap:
    """One circle of radius r pixels (and its edge), centred in a transparent square pixmap."""
    side = math.ceil(2 * r + pen.widthF() + 4)
    pixmap = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawEllipse(QPointF(side / 2, side / 2), r, r)
    painter.end()
    return pixmap
