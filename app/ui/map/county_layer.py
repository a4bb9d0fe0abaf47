"""Every county in its plain state, drawn as one graphics item.

At 1000x the data the map has 12,000 counties; drawn one item at a time, every repaint of the map (a selection, the
tab shown again) took 50-130 ms. Here their outlines are recorded once into pictures (QPicture: a replay of
drawing commands in C++, vector at any zoom) and Qt keeps the result as pixels on screen
(`DeviceCoordinateCache`): a repaint copies pixels, and only a zoom draws the outlines again. A county hovered,
focused or selected draws itself above this layer (see RegionItem); the others paint nothing themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPicture
from PySide6.QtWidgets import QGraphicsItem

from app.ui.map.items import RegionItem


class CountyLayer(QGraphicsItem):
    def __init__(self, rect: QRectF) -> None:
        """`rect`: where the counties are expected (the country's outline), so that the cached pixels keep their
        size while the slices of the build add counties: each slice then redraws only where it adds."""
        super().__init__()
        self._parts: list[tuple[QPicture, QRectF]] = []  # one picture per slice of the scene's build
        self._rect = QRectF(rect)
        self._counties = QRectF()  # where the counties added so far are
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)  # paint() gets what is exposed
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(0.5)  # under every county drawn on its own (z 1-3) and the country's outline (z 5)

    def add(self, regions: list[RegionItem]) -> None:
        """Record these counties as they look in their plain state, in the order given (later ones on top)."""
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
        if not self._rect.contains(rect):
            self.prepareGeometryChange()
            self._rect = self._rect.united(rect)
        self._parts.append((picture, rect))
        self.update(rect)

    def counties_rect(self) -> QRectF:
        return QRectF(self._counties)

    def part_count(self) -> int:
        return len(self._parts)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exposed = option.exposedRect
        for picture, rect in self._parts:
            if rect.intersects(exposed):
                painter.drawPicture(0, 0, picture)
