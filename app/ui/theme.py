"""Light and dark palettes, and the application style. By default the app follows the system palette and style;
`--palette dark|light` forces a palette (Fusion style, so that every platform draws it the same). Either way the
style is AppStyle over the platform's or Fusion, which gives the few toggles that look different (checked push
buttons in the accent colour, Fusion's radio buttons on dark palettes) their own ToggleStyle."""

from __future__ import annotations

import os

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QApplication, QProxyStyle, QPushButton, QRadioButton, QStyle, QStyleOptionButton,
                               QWidget)

from app.ui.style import text_colour_on

# The outline of an unchecked radio button's circle on dark palettes (≥ 3:1 on the window colour, WCAG 1.4.11).
DARK_RADIO_RING = "#9a9a9a"
# Padding inside a checked push button's 1 px border, left/right and top/bottom.
CHECKED_PADDING = (10, 4)


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
    """The application's style: the platform's (Fusion with `--palette dark|light`), drawn by Qt alone.

    Two kinds of widget look different, and only they are drawn through Python: when one is polished it is given
    ToggleStyle as its own style (see there). Every other widget's paint, size hint and metric goes from this
    proxy straight to the base style: this class overrides nothing that paints or measures (a Python override of
    drawControl or sizeFromContents would run for every frame, scroll bar and item of the window: ~0.7 ms of
    each full repaint, and every size hint of the details panel's scroll bar)."""

    def __init__(self, base: str = "Fusion") -> None:
        super().__init__(base)

    def polish(self, target) -> None:
        if isinstance(target, (QPushButton, QRadioButton)) and target.style() is self:
            toggles = toggle_style_for(self)
            if toggles is not None and toggles.draws(target):
                target.setStyle(toggles)  # Qt unpolishes it here and polishes it with its own style
                return
        super().polish(target)


class ToggleStyle(QProxyStyle):
    """The base style of AppStyle, except for two things, on the few widgets AppStyle gives it to.

    - A checked push button (Counts/Percent, Tree/Org chart…) is filled with the accent colour (dark blue on light
      palettes, light blue on dark ones) with black or white text on it: the fill stands 3:1 or more apart from an
      unchecked button and the text 4.5:1 or more from the fill. Fusion's own checked shade differs by about 1.2:1.
      (This was a style sheet on the main window; a style sheet puts every widget of the window under Qt's style
      sheet engine, which costs memory and time for one rule.)
    - Fusion outlines a radio button's circle in the window colour made darker, which on a dark window is nearly
      invisible (the map's layer switch). On dark palettes the circle is outlined in DARK_RADIO_RING instead;
      Fusion still draws it (the option's window colour is set so that Fusion's own `window.darker(150)` gives the
      ring), so size, focus and checked marks are Fusion's.
    """

    def __init__(self, base: str = "Fusion") -> None:
        super().__init__(base)
        self._fusion = base.lower() == "fusion"

    def draws(self, widget: QWidget) -> bool:
        """Whether `widget` is one this style draws differently: a checkable push button (checked at some time),
        or a radio button under Fusion."""
        if isinstance(widget, QPushButton):
            return widget.isCheckable()
        return self._fusion and isinstance(widget, QRadioButton)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand and _checked_push_button(option, widget):
            fill, _, border = checked_button_colours(option.palette)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(border, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.restore()
            return
        if (self._fusion and element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
                and isinstance(option, QStyleOptionButton)
                and option.palette.color(QPalette.ColorRole.Base).lightness() < 128):
            option = QStyleOptionButton(option)
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Window, QColor(DARK_RADIO_RING).lighter(150))
            option.palette = palette
        super().drawPrimitive(element, option, painter, widget)

    def sizeFromContents(self, kind, option, size, widget=None) -> QSize:
        # the size the style sheet gave a button that is checked when it is laid out: its text, 10 px of padding
        # left and right, 4 px above and below, and the 1 px border (not the style's 80 px minimum width)
        if kind == QStyle.ContentsType.CT_PushButton and _checked_push_button(option, widget):
            return QSize(size.width() + 2 * (CHECKED_PADDING[0] + 1), size.height() + 2 * (CHECKED_PADDING[1] + 1))
        return super().sizeFromContents(kind, option, size, widget)

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element == QStyle.ControlElement.CE_PushButtonLabel and _checked_push_button(option, widget):
            _, text, _ = checked_button_colours(option.palette)
            option = QStyleOptionButton(option)
            palette = QPalette(option.palette)
            for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
                palette.setColor(role, text)
            option.palette = palette
        super().drawControl(element, option, painter, widget)


def toggle_style_for(style: QStyle) -> ToggleStyle | None:
    """The application's one ToggleStyle over the base style of `style` (made when first asked for, kept by the
    application: a widget's own style is not owned by the widget, and must outlive every widget that uses it)."""
    app = QApplication.instance()
    base = style.baseStyle() if isinstance(style, QProxyStyle) else style
    if app is None or base is None:
        return None
    key = "toggleStyle:" + base.name().lower()
    toggles = app.property(key)
    if toggles is None:
        toggles = ToggleStyle(base.name())
        toggles.setParent(app)
        app.setProperty(key, toggles)
    return toggles


def _checked_push_button(option, widget) -> bool:
    return (isinstance(widget, QPushButton) and isinstance(option, QStyleOptionButton)
            and bool(option.state & QStyle.StateFlag.State_On))


def checked_button_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Fill, text and border of a checked push button on `palette`."""
    fill = accent_for(palette)
    return fill, text_colour_on(fill), fill.darker(130)


def install_app_style(app: QApplication | None = None) -> None:
    """Make the application's style AppStyle over whatever style it has (once): checked push buttons then draw
    as ToggleStyle does. Called before the window's first paint, which is also the time to ask Qt to paint on
    this thread alone (see paint_on_this_thread)."""
    paint_on_this_thread()
    app = app or QApplication.instance()
    if not isinstance(app.style(), AppStyle):
        app.setStyle(AppStyle(app.style().name()))


def paint_on_this_thread() -> None:
    """Ask Qt not to hand parts of a paint to its GUI thread pool.

    Qt's raster engine splits a fill over many scan lines (a scroll bar's groove, a view's background, a cached
    picture drawn into the window) into tasks for a private pool of threads and waits for them. On the small
    machines this app is for (two cores, often busy) the hand-off costs more than the fill: with the pool, a
    click on the bundled data had a p95 of 11.5-18.3 ms wall and 6.7-7.9 ms CPU across the tabs; without it
    9.0-13.8 ms wall and 6.1-7.2 ms CPU (same machine and load, five alternating runs of 200 clicks each). The
    pixels are the same. Qt has no public setting for that pool; QT_NO_GUI_THREADPOOL, read by Qt when the pool
    is first wanted (qthreadpool.cpp, Qt 6), turns it off. A value the person set is left as it is; a Qt without
    the variable simply ignores it."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


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
