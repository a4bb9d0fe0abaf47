"""Fitting text into a width: words wrapped into lines by measured pixel widths (chart and org chart)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics


def wrap(text: str, width: float, metrics: QFontMetrics) -> list[str]:
    """Words of `text` in lines no wider than `width` pixels where possible (a word longer than that keeps a
    line of its own). A dash between names ("Vlora–Gjirokastra") is a place to break too."""
    lines: list[str] = []
    for word in text.replace("–", "– ").split():
        joined = (lines[-1] + ("" if lines[-1].endswith("–") else " ") + word) if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines
