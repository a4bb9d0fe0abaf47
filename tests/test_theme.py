"""The dark palette keeps its controls visible."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from app.ui.main_window import MainWindow
from app.ui.style import contrast_ratio
from app.ui.theme import apply_palette


def test_unchecked_layer_radio_circle_is_visible_in_dark(qtbot, store, settings):
    app = QApplication.instance()
    palette, style = app.palette(), app.style().name()
    apply_palette(app, "dark")
    try:
        window = MainWindow(store, settings=settings)
        qtbot.addWidget(window)
        window.show()
        window.show_tab("map")
        button = window.map_tab.counties_button
        qtbot.waitUntil(button.isVisible)
        assert not button.isChecked()
        option = QStyleOptionButton()
        option.initFrom(button)
        indicator = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button)
        image = button.grab().toImage()
        ratio = image.devicePixelRatio()
        background = button.palette().color(QPalette.ColorRole.Window)
        best = max(contrast_ratio(QColor(image.pixel(int(x * ratio), int(y * ratio))), background)
                   for x in range(indicator.left(), indicator.right() + 1)
                   for y in range(indicator.top(), indicator.bottom() + 1))
        assert best >= 3.0  # the circle's outline stands out from the window (WCAG 1.4.11)
        window.close()
    finally:
        app.setStyle(style)
        app.setPalette(palette)
