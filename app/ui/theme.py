"""Light and dark palettes. By default the app follows the system palette; `--palette dark|light` forces one
(Fusion style, so that every platform draws it the same)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def accent(widget: QWidget | None = None) -> QColor:
    """The colour of a selected region, bar or box: dark blue on light palettes, light blue on dark ones."""
    return accent_for(widget.palette() if widget is not None else QApplication.palette())


def accent_for(palette: QPalette) -> QColor:
    return QColor("#8ab4f8") if palette.color(QPalette.ColorRole.Base).lightness() < 128 else QColor("#1f4e9c")


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#25282c", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1c1e21", QPalette.ColorRole.AlternateBase: "#2a2d31",
        QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#2f3337",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9", QPalette.ColorRole.ToolTipBase: "#2f3337",
        QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Mid: "#5a5f66", QPalette.ColorRole.Dark: "#111315", QPalette.ColorRole.Light: "#3a3f45",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7f84"))
    return p


def light_palette(app: QApplication) -> QPalette:
    """Fusion's light palette, with a selection colour dark enough for white text (WCAG AA, 4.5:1)."""
    from app.ui.style import readable_on

    p = app.style().standardPalette()
    white = p.color(QPalette.ColorRole.HighlightedText)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Highlight, readable_on(p.color(group, QPalette.ColorRole.Highlight), white))
    return p


def apply_palette(app: QApplication, which: str) -> None:
    """'system' leaves the platform's palette alone; 'light' and 'dark' force one."""
    if which == "system":
        return
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if which == "dark" else light_palette(app))
