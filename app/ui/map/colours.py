"""The map's colours for each palette; the class scale and the contrast arithmetic come from app.ui.style."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from app.ui.style import (CLASSES, FILLS, NOT_RECORDED_FILL, class_of, contrast_ratio,  # noqa: F401
                          relative_luminance)


def contrast(a: QColor, b: QColor) -> float:
    return contrast_ratio(a, b)


def text_colour_on(fill: QColor) -> QColor:
    """Near-black or white, whichever contrasts more with the fill."""
    dark, light = QColor("#111111"), QColor("#ffffff")
    return dark if contrast(dark, fill) >= contrast(light, fill) else light


@dataclass(frozen=True)
class MapColours:
    """Everything the map paints, for one palette. Label text and plate pairs are ≥ 7 : 1."""
    sea: QColor
    land: QColor  # a county in the symbol view: context, not data
    border: QColor  # county borders
    outline: QColor  # the country's outline
    symbol: QColor  # proportional symbols: one colour, the size tells the number
    symbol_edge: QColor
    plate: QColor  # behind every label that is not on a symbol
    text: QColor  # the text of labels that name a place with a delegation
    context_text: QColor  # county names in the symbol view
    hatch: QColor
    venue: QColor  # the Përmet marker


LIGHT = MapColours(sea=QColor("#dfeaf2"), land=QColor("#f3f0e8"), border=QColor("#8f8f8f"),
                   outline=QColor("#3a3a3a"), symbol=QColor("#b8372b"), symbol_edge=QColor("#5c1410"),
                   plate=QColor(255, 255, 255, 235), text=QColor("#161616"), context_text=QColor("#474747"),
                   hatch=QColor(110, 110, 110), venue=QColor("#1f4e9c"))
DARK = MapColours(sea=QColor("#15212a"), land=QColor("#2c3035"), border=QColor("#7b8088"),
                  outline=QColor("#c9c9c9"), symbol=QColor("#e0654f"), symbol_edge=QColor("#ffd9cf"),
                  plate=QColor(24, 26, 29, 235), text=QColor("#f2f2f2"), context_text=QColor("#d0d0d0"),
                  hatch=QColor(150, 150, 150), venue=QColor("#8ab4f8"))


def colours(dark: bool) -> MapColours:
    return DARK if dark else LIGHT
