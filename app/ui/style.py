"""The shared look that pages import (never from each other): the delegates colour scale, contrast helpers
and the text scale. Palettes themselves are in theme.py.

The colour scale is the map's choropleth classes; the chart colours its bars with the same scale so that a
region and its bar match.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication

# Classes of delegates per delegation, and their fills (light to dark: more delegates, darker).
CLASSES = ((1, 4), (5, 9), (10, 19), (20, 39), (40, 99))
FILLS = ("#fff3c4", "#fdd27a", "#f59b47", "#d9531e", "#9e1f1a")
NOT_RECORDED_FILL = "#d9d9d9"

# WCAG AA for normal text.
MIN_CONTRAST = 4.5


def class_of(delegates: int) -> int:
    for n, (low, high) in enumerate(CLASSES):
        if low <= delegates <= high:
            return n
    return len(CLASSES) - 1


def relative_luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours, 1.0 … 21.0."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def text_colour_on(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with the fill (WCAG contrast ratio)."""
    lum = relative_luminance(fill)
    return QColor("#000000") if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else QColor("#ffffff")


def readable_on(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """`colour`, moved towards black or white just enough to reach `minimum` contrast on `background`
    (a muted grey stays a grey, but a readable one)."""
    if contrast_ratio(colour, background) >= minimum:
        return QColor(colour)
    target = text_colour_on(background)
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(colour.redF() + (target.redF() - colour.redF()) * t,
                                colour.greenF() + (target.greenF() - colour.greenF()) * t,
                                colour.blueF() + (target.blueF() - colour.blueF()) * t)
        if contrast_ratio(mixed, background) >= minimum:
            return mixed
    return target


# ---- text scale (Ctrl+= / Ctrl+− / Ctrl+0)
TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
_base_point_size: float | None = None


def apply_text_scale(scale: float) -> None:
    """Scale the application font (every widget that does not set its own size follows)."""
    global _base_point_size
    app = QGuiApplication.instance()
    font = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(round(_base_point_size * scale, 1))
    app.setFont(font)


def next_text_scale(current: float, step: int) -> float:
    """The scale one step larger (step=1) or smaller (step=-1) than `current`, within TEXT_SCALES."""
    i = min(range(len(TEXT_SCALES)), key=lambda n: abs(TEXT_SCALES[n] - current))
    return TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, i + step))]
