"""The map's legend: a painted list of rows, set by the view for the layer shown. It sits beside the map (never
over it) and is painted into exports with the map."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

import math


@dataclass(frozen=True)
class Row:
    """kind: title, heading, text, circle (size = radius), swatch (fill, hatch), star, dot."""
    kind: str
    text: str
    size: float = 0.0
    fill: QColor | None = None
    edge: QColor | None = None
    hatch: QBrush | None = None


class MapLegend(QWidget):
    MIN_ICON = 30  # width of the column of icons, in pixels (wider when a legend circle needs it)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.rows: list[Row] = []
        self._heights: dict[int, list[float]] = {}  # width -> each row's height (measuring text is not cheap)
        self.ICON = self.MIN_ICON
        pol = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        pol.setHeightForWidth(True)
        self.setSizePolicy(pol)

    def set_rows(self, rows: list[Row], accessible_name: str) -> None:
        self.rows = rows
        self._heights.clear()
        self.ICON = max([self.MIN_ICON] + [2 * r.size + 8 for r in rows if r.kind == "circle"])
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription("; ".join(r.text for r in rows))
        self.updateGeometry()
        self.update()

    def texts(self) -> list[str]:
        return [r.text for r in self.rows]

    # ------------------------------------------------------------------ layout
    def _font(self, row: Row) -> QFont:
        font = QFont(self.font())
        font.setBold(row.kind in ("title", "heading"))
        return font

    def _row_height(self, row: Row, width: int) -> float:
        from PySide6.QtGui import QFontMetrics
        fm = QFontMetrics(self._font(row))
        indent = 0 if row.kind in ("title", "heading", "text") else self.ICON
        text = fm.boundingRect(0, 0, max(10, width - 20 - indent), 10000, Qt.TextFlag.TextWordWrap, row.text).height()
        icon = 2 * row.size + 4 if row.kind == "circle" else 0
        gap = 6 if row.kind == "heading" else 2
        return max(text, icon) + gap

    def _row_heights(self, width: int) -> list[float]:
        if width not in self._heights:
            self._heights[width] = [self._row_height(r, width) for r in self.rows]
        return self._heights[width]

    def heightForWidth(self, width: int) -> int:
        return int(sum(self._row_heights(width)) + 16)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.FontChange:
            self._heights.clear()
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = max(180, self.width())
        return QSize(width, self.heightForWidth(width))

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        text_colour = pal.color(QPalette.ColorRole.Text)
        x, y, width = 10.0, 8.0, self.width()
        for row, h in zip(self.rows, self._row_heights(width)):
            indent = 0 if row.kind in ("title", "heading", "text") else self.ICON
            if row.kind == "heading":
                y += 4
            cy = y + (h - (6 if row.kind == "heading" else 2)) / 2
            self._icon(p, row, QPointF(x + self.ICON / 2 - 4, cy))
            p.setFont(self._font(row))
            p.setPen(text_colour)
            p.drawText(QRectF(x + indent, y, width - 20 - indent, h), Qt.TextFlag.TextWordWrap |
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, row.text)
            y += h - (4 if row.kind == "heading" else 0)

    def _icon(self, p: QPainter, row: Row, c: QPointF) -> None:
        edge = QPen(row.edge or QColor("#5a5a5a"), 1)
        if row.kind == "circle":
            p.setPen(edge)
            p.setBrush(row.fill)
            p.drawEllipse(c, row.size, row.size)
        elif row.kind == "swatch":
            box = QRectF(c.x() - 9, c.y() - 6, 18, 12)
            p.setPen(edge)
            p.setBrush(row.fill)
            p.drawRect(box)
            if row.hatch is not None:
                p.setBrush(row.hatch)
                p.drawRect(box)
        elif row.kind == "star":
            r = 8.0
            star = QPolygonF([c + QPointF(r * math.sin(k * math.pi / 5) * (1 if k % 2 == 0 else 0.45),
                                          -r * math.cos(k * math.pi / 5) * (1 if k % 2 == 0 else 0.45))
                              for k in range(10)])
            p.setPen(edge)
            p.setBrush(row.fill)
            p.drawPolygon(star)
        elif row.kind == "dot":
            p.setPen(edge)
            p.setBrush(row.fill)
            p.drawEllipse(c, 5, 5)
