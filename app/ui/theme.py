"""Light and dark palettes. By default the app follows the system palette; `--palette dark|light` forces one
(Fusion style, so that every platform draws it the same)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionButton, QWidget

# The outline of an unchecked radio button's circle on dark palettes (≥ 3:1 on the window colour, WCAG 1.4.11).
DARK_RADIO_RING = "#9a9a9a"


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


class AppStyle(QProxyStyle):
    """Fusion, except one thing: Fusion outlines a radio button's circle in the window colour made darker, which
    on a dark window is nearly invisible (the map's layer switch). On dark palettes the circle is outlined in
    DARK_RADIO_RING instead; Fusion still draws it (the option's window colour is set so that Fusion's own
    `window.darker(150)` gives the ring), so size, focus and checked marks are Fusion's."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if (element == QStyle.PrimitiveElement.PE_IndicatorRadioButton and isinstance(option, QStyleOptionButton)
                and option.palette.color(QPalette.ColorRole.Base).lightness() < 128):
            option = QStyleOptionButton(option)
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Window, QColor(DARK_RADIO_RING).lighter(150))
            option.palette = palette
        super().drawPrimitive(element, option, painter, widget)


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
    app.setStyle(AppStyle())
    app.setPalette(dark_palette() if which == "dark" else light_palette(app))
