"""The shared look: both forced palettes keep text at 4.5:1 or more, checked toggle buttons look checked, the
colour scale and contrast helpers are one module's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.style import FILLS, MIN_CONTRAST, contrast_ratio, readable_on, text_colour_on
from layout_harness import dominant, snapshot, strongest

R = QPalette.ColorRole
TEXT_PAIRS = [(R.Text, R.Base), (R.Text, R.AlternateBase), (R.WindowText, R.Window), (R.ButtonText, R.Button),
              (R.PlaceholderText, R.Base), (R.HighlightedText, R.Highlight), (R.Link, R.Base),
              (R.ToolTipText, R.ToolTipBase)]


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    from app.ui.theme import dark_palette, light_palette
    app = QApplication.instance()
    style, before = app.style().name(), app.palette()
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if request.param == "dark" else light_palette(app))
    yield request.param
    app.setStyle(style)
    app.setPalette(before)


def test_text_roles_reach_wcag_aa_in_both_palettes(palette):
    p = QApplication.palette()
    low = {(a.name, b.name): round(contrast_ratio(p.color(a), p.color(b)), 2) for a, b in TEXT_PAIRS
           if contrast_ratio(p.color(a), p.color(b)) < MIN_CONTRAST}
    assert low == {}


def test_checked_toggle_buttons_are_visible_in_both_palettes(qtbot, store, palette):
    from app.ui.main_window import MainWindow
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("chart")
    tab = window.chart_tab
    checked, unchecked = tab.counts_button, tab.percent_button
    assert checked.isChecked() and not unchecked.isChecked()
    on, off = snapshot(checked), snapshot(unchecked)
    on_fill, off_fill = dominant(on, on.rect()), dominant(off, off.rect())
    assert contrast_ratio(on_fill, off_fill) >= 3.0  # WCAG 1.4.11, state of a control (was 1.2:1 in dark)
    ink = strongest(on, on.rect().adjusted(2, 2, -2, -2), on_fill)
    assert contrast_ratio(ink, on_fill) >= MIN_CONTRAST
    qtbot.mouseClick(unchecked, Qt.MouseButton.LeftButton)  # the state follows a click
    qtbot.waitUntil(lambda: dominant(snapshot(unchecked), unchecked.rect()) == on_fill)
    assert contrast_ratio(dominant(snapshot(checked), checked.rect()), on_fill) >= 3.0


def test_contrast_helpers():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    for fill in FILLS:
        assert contrast_ratio(text_colour_on(QColor(fill)), QColor(fill)) >= MIN_CONTRAST
    muted = readable_on(QColor("#bbbbbb"), QColor("white"))
    assert contrast_ratio(muted, QColor("white")) >= MIN_CONTRAST and muted.red() == muted.blue()  # still a grey
    assert readable_on(QColor("black"), QColor("white")) == QColor("black")  # already readable: unchanged
