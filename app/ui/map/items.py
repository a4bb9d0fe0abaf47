"""The map's graphics items: counties, locality markers, proportional symbols and plated labels.

Scene units are projected degrees: longitude scaled by cos(41°) (the country's middle latitude) so Albania is
not stretched, y pointing south. Markers, symbols and labels keep their size in pixels when the map zooms.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsPolygonItem,
                               QGraphicsSimpleTextItem)

from app.model.entities import Place
from app.ui.labels import plain_tooltip
from app.ui.map.colours import FILLS, NOT_RECORDED_FILL, MapColours, class_of
from app.ui.map.layers import COUNTIES

MIDDLE_LAT = 41.0
SCALE = 100.0  # scene units per degree of latitude
SYMBOL_K = 3.8  # symbol radius in pixels = SYMBOL_K * sqrt(delegates): area ∝ delegates


def project(lon: float, lat: float) -> QPointF:
    return QPointF((lon - 20.0) * math.cos(math.radians(MIDDLE_LAT)) * SCALE, -(lat - MIDDLE_LAT) * SCALE)


def symbol_radius(delegates: int) -> float:
    return SYMBOL_K * math.sqrt(max(delegates, 0))


@lru_cache(maxsize=256)
def place_path(geometry_geojson: str) -> QPainterPath:
    """A place's outline in scene units, parsed once per geometry (rebuilds for a layer, language or palette
    switch reuse it)."""
    return geometry_path(json.loads(geometry_geojson))


def geometry_path(geometry: dict) -> QPainterPath:
    path = QPainterPath()
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    kx = math.cos(math.radians(MIDDLE_LAT)) * SCALE
    for polygon in polygons:
        for ring in polygon:
            path.addPolygon(QPolygonF([QPointF((lon - 20.0) * kx, (MIDDLE_LAT - lat) * SCALE) for lon, lat in ring]))
            path.closeSubpath()
    return path


def _pen(colour: QColor, width: float, style=Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen (its width in pixels at any zoom); one made per colour, width and style (12,000 counties
    share theirs: items copy the pen they are given)."""
    return QPen(_pens(colour.rgba(), width, style))


@lru_cache(maxsize=256)
def _pens(rgba: int, width: float, style) -> QPen:
    pen = QPen(QColor.fromRgba(rgba), width, style)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
NO_BRUSH = Qt.BrushStyle.NoBrush
NO_PEN = QPen(Qt.PenStyle.NoPen)


class Interactive:
    """What every clickable item shares: what it stands for, its tooltip text and its hover/selection state.

    The text (`info`, also the tooltip) is written when first asked for, by the view that `writer` refers to
    (weakly: no reference cycle between a view and its items); a language switch only forgets it. At 1000x the
    data, writing 24,000 texts up front took half a second at start and on every switch."""

    target: tuple[str, str]  # what a click selects, e.g. ("delegation", "korca")
    writer = None  # weakref to the view that writes `info` (it has `item_info(item)`)
    _info: str | None = None

    def setup(self, target: tuple[str, str], info: str | None, colours: MapColours, accent: QColor, mode: str) -> None:
        self.target, self.info = target, info
        self.colours, self.accent, self.mode = colours, accent, mode
        self.hovered = self.selected = self.focused = False
        self.setAcceptHoverEvents(True)  # (not focusable: the view moves the keyboard focus between its items)
        self.restyle()

    @property
    def info(self) -> str:
        if self._info is None:
            view = self.writer() if self.writer is not None else None
            if view is None:
                return ""
            self._info = view.item_info(self)
            self.setToolTip(plain_tooltip(self._info))
        return self._info

    @info.setter
    def info(self, text: str | None) -> None:
        self._info = text
        if text is not None:
            self.setToolTip(plain_tooltip(text))

    def toolTip(self) -> str:
        self.info  # written if it was not yet
        return super().toolTip()

    def state_pen(self, normal: QPen) -> QPen:
        if self.selected:
            return _pen(self.accent, 3.2)
        if self.focused:
            return _pen(self.accent, 2.2, Qt.PenStyle.DashLine)
        if self.hovered:
            return _pen(normal.color().darker(140) if normal.color().lightness() > 90 else QColor("#ffffff"), 1.8)
        return normal

    def plain(self) -> bool:
        """Neither hovered, focused nor selected: drawn by the view's layer of such items, not by itself."""
        return not (self.hovered or self.focused or self.selected)

    def restyle(self) -> None:
        raise NotImplementedError

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.restyle()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.restyle()
        super().hoverLeaveEvent(event)


class PlaceItem(Interactive):
    """A county or a locality: `place`, the delegation's count it is drawn with (None: not recorded)."""

    place: Place
    delegates: int | None

    def label_point(self) -> QPointF:
        return project(self.place.label_lon, self.place.label_lat)


class RegionItem(PlaceItem, QGraphicsPathItem):
    """A modern county: faint context under the symbols, or shaded by its delegation in the county layer.

    In its plain state (not hovered, focused or selected) the county is drawn by the view's CountyLayer, with every
    other county, and paints nothing itself (`ItemHasNoContents`); it stays in the scene for clicks, hover,
    tooltips and `region_item`. In any other state it draws itself above the layer."""

    _hatch: QGraphicsPathItem | None = None
    _partly: int | None | bool = False  # False: not asked yet

    def __init__(self, place: Place, delegates: int | None, path: QPainterPath) -> None:
        QGraphicsPathItem.__init__(self, path)
        self.place, self.delegates = place, delegates

    @property
    def partly(self) -> int | None:
        """The delegates of the delegation a source says took in part of this county, else None; asked of the
        view when first needed (only a county with no delegation of its own needs it: asking for every county
        made all 48,000 citations of 1000x the data's counties, kept by the Store)."""
        if self._partly is False:
            view = self.writer() if self.writer is not None else None
            self._partly = view.partly_delegates(self.place.id) if view is not None else None
        return self._partly

    @property
    def hatch(self) -> QGraphicsPathItem:
        """The hatch on top of the fill (counties the sources say nothing about, or cover only in part): a child
        item, made when first needed (most counties never have one)."""
        if self._hatch is None:
            self._hatch = QGraphicsPathItem(self.path(), self)
            self._hatch.setPen(QPen(Qt.PenStyle.NoPen))
            self._hatch.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            self._hatch.setAcceptHoverEvents(False)
            self._hatch.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._hatch.setFlag(NO_CONTENTS, self.plain())
        return self._hatch

    def fill(self) -> QColor:
        if self.mode != COUNTIES:
            return QColor(self.colours.land)
        return QColor(FILLS[class_of(self.delegates)] if self.delegates is not None else NOT_RECORDED_FILL)

    def hatch_brush(self) -> QBrush:
        if self.mode != COUNTIES or self.delegates is not None:
            return QBrush(Qt.BrushStyle.NoBrush)
        if self.partly is not None:  # part of it sent delegates with another county's delegation
            return QBrush(QColor(FILLS[class_of(self.partly)]).darker(150), Qt.BrushStyle.FDiagPattern)
        return QBrush(self.colours.hatch, Qt.BrushStyle.BDiagPattern)

    def plain_pen(self) -> QPen:
        return _pen(self.colours.border if self.mode != COUNTIES else QColor("#5a5a5a"), 0.8)

    def restyle(self) -> None:
        fill, hatch, plain = self.fill(), self.hatch_brush(), self.plain()
        self.setBrush(fill.darker(108) if self.hovered else fill)
        if hatch.style() != NO_BRUSH or self._hatch is not None:
            self.hatch.setBrush(hatch)
            self.hatch.setFlag(NO_CONTENTS, plain)
        # plain, no pen either: Qt works out the bounds of an outlined path by stroking it (12,000 counties at
        # 1000x the data, each time they are filed in the scene's index) and tests a hover against that stroke
        self.setPen(NO_PEN if plain else self.state_pen(self.plain_pen()))
        self.setZValue(3 if self.selected else 2 if (self.hovered or self.focused) else 1)
        # its own drawing goes (the new pen and brush repaint where it was) and the layer underneath shows again
        self.setFlag(NO_CONTENTS, plain)


class LocalityItem(PlaceItem, QGraphicsEllipseItem):
    """A village or town given as a point: Pezë; Përmet, the venue, is drawn as a star."""

    RADIUS = 5.0  # pixels

    def __init__(self, place: Place, delegates: int | None, venue: bool) -> None:
        r = 8.0 if venue else self.RADIUS
        QGraphicsEllipseItem.__init__(self, -r, -r, 2 * r, 2 * r)
        self.place, self.delegates, self.venue, self.radius = place, delegates, venue, r
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setPos(self.label_point())
        if venue:
            star = QPolygonF([QPointF(r * math.sin(k * math.pi / 5) * (1 if k % 2 == 0 else 0.45),
                                      -r * math.cos(k * math.pi / 5) * (1 if k % 2 == 0 else 0.45)) for k in range(10)])
            self.star = QGraphicsPolygonItem(star, self)
            self.star.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.star.setAcceptHoverEvents(False)

    def fill(self) -> QColor:
        if self.venue:
            return QColor(self.colours.venue)
        if self.mode == COUNTIES and self.delegates is not None:
            return QColor(FILLS[class_of(self.delegates)])
        return QColor(self.colours.text)

    def restyle(self) -> None:
        fill = self.fill()
        if self.venue:  # the star is the marker; the circle around it only shows hover, focus and selection
            self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            self.star.setBrush(fill.lighter(120) if self.hovered else fill)
            edge = QColor(self.colours.plate)
            edge.setAlpha(255)
            self.star.setPen(_pen(edge, 1.2))
            self.setPen(self.state_pen(QPen(Qt.PenStyle.NoPen)))
        else:
            self.setBrush(fill.darker(115) if self.hovered else fill)
            edge = QColor(self.colours.plate)
            edge.setAlpha(255)
            self.setPen(self.state_pen(_pen(edge if self.mode != COUNTIES else QColor("#5a5a5a"), 1.2)))
        # a locality with its own delegation symbol lies under it in the symbol layer (the symbol is its marker)
        self.setZValue(14 if self.venue else 12 if self.mode == COUNTIES or self.delegates is None else 8)


class SymbolItem(Interactive, QGraphicsEllipseItem):
    """A delegation's proportional symbol: area ∝ delegates, in pixels (it keeps its size when zooming)."""

    def __init__(self, delegation_id: str, delegates: int, place_ids: tuple[str, ...], centre: QPointF) -> None:
        r = symbol_radius(delegates)
        QGraphicsEllipseItem.__init__(self, -r, -r, 2 * r, 2 * r)
        self.delegation_id, self.delegates, self.place_ids, self.radius = delegation_id, delegates, place_ids, r
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setPos(centre)
        # kept as pixels while it draws itself (its size never changes with the zoom)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def fill(self) -> QColor:
        return QColor(self.colours.symbol)

    def plain_pen(self) -> QPen:
        return _pen(self.colours.symbol_edge, 1.2)

    def restyle(self) -> None:
        fill, plain = self.fill(), self.plain()
        self.setBrush(fill.lighter(112) if self.hovered else fill)
        # plain, it is drawn by the view's SymbolLayer (with the other 6,000 of 1000x the data), not by itself, and
        # has no pen: Qt works out the bounds of an outlined ellipse by stroking it, and asks for every symbol's
        # bounds (they keep their size in pixels) at the first paint after they are made (~70 ms at 1000x)
        self.setPen(NO_PEN if plain else self.state_pen(self.plain_pen()))
        self.setZValue(11 if self.selected else 10)
        self.setFlag(NO_CONTENTS, plain)


class MapLabel(QGraphicsSimpleTextItem):
    """One label: text on an opaque plate (a child item behind it), a fixed size in pixels, placed by the view so
    that it stays inside its shape (`home`), clear of the other labels and symbols. `owner` is the item it names.
    Both items are plain Qt items (no Python paint or boundingRect), so hit tests and the scene index stay fast."""

    PAD_X, PAD_Y = 3.0, 1.0

    def __init__(self, text: str, font: QFont, text_colour: QColor, plate: QColor, owner, anchor: QPointF,
                 home: QPainterPath | None, offsets: list[tuple[float, float]], required: bool) -> None:
        super().__init__(text)
        self.setFont(font)
        self.setBrush(text_colour)
        self.plate, self.owner, self.anchor, self.home = plate, owner, anchor, home
        self.offsets, self.required = offsets, required
        self.texts = [text]  # what to try, in order: a county's name and count, then its count alone
        self.offsets_for = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(20)
        self.plate_item = QGraphicsPathItem(self)
        self.plate_item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
        self.plate_item.setPen(QPen(Qt.PenStyle.NoPen))
        self.plate_item.setBrush(plate)
        self.plate_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.plate_item.setAcceptHoverEvents(False)
        self._fit_plate()

    def _fit_plate(self) -> None:
        r = self.boundingRect().adjusted(-self.PAD_X, -self.PAD_Y, self.PAD_X, self.PAD_Y)
        path = QPainterPath()
        path.addRoundedRect(r, 3, 3)
        self.plate_item.setPath(path)
        self._size = (r.width(), r.height())

    def text_rect(self) -> QRectF:
        return self.boundingRect()

    def plate_rect(self) -> QRectF:
        """The plate in the label's own (pixel) coordinates."""
        return self.plate_item.path().boundingRect()

    def plate_size(self) -> tuple[float, float]:
        return self._size

    def use_text(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
            self._fit_plate()
            if self.offsets_for is not None:
                self.offsets = self.offsets_for(*self.plate_size())

    def rect_at(self, dx: float, dy: float, scale: float) -> QRectF:
        """The plate's rectangle in the scene with its top-left corner (dx, dy) pixels from the anchor."""
        w, h = self._size
        return QRectF(self.anchor.x() + dx / scale, self.anchor.y() + dy / scale, w / scale, h / scale)

    def put(self, dx: float, dy: float, scale: float) -> QRectF:
        """Put the plate's top-left corner (dx, dy) pixels from the anchor; return its rectangle in the scene."""
        rect = self.rect_at(dx, dy, scale)
        self.setPos(rect.x() + self.PAD_X / scale, rect.y() + self.PAD_Y / scale)
        return rect


def centred(w: float, h: float) -> tuple[float, float]:
    return (-w / 2, -h / 2)


def around(w: float, h: float, gap: float) -> list[tuple[float, float]]:
    """Offsets that put a w×h plate beside a marker of radius `gap`: right, left, above, below, diagonals."""
    return [(gap + 2, -h / 2), (-gap - 2 - w, -h / 2), (-w / 2, -gap - 2 - h), (-w / 2, gap + 2),
            (gap, -gap - h), (gap, gap), (-gap - w, -gap - h), (-gap - w, gap)]
