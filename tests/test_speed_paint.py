"""What keeps a repaint in Qt's own code, checked by what is drawn and which style draws it, never by timing
(timings are `make bench`'s): the application's style runs no Python when it paints or measures, only the few
toggles that look different are drawn by a Python style, and they still look as they did."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QStyle, QWidget

from app.ui.theme import AppStyle, ToggleStyle, accent_for, apply_palette

# What a style does on every paint or size hint of every widget: none of it may run in Python.
PAINT_AND_MEASURE = {"drawPrimitive", "drawControl", "drawComplexControl", "drawItemText", "drawItemPixmap",
                     "sizeFromContents", "pixelMetric", "subElementRect", "subControlRect", "styleHint",
                     "hitTestComplexControl", "layoutSpacing", "standardIcon", "standardPixmap", "generatedIconPixmap"}


def python_overrides(style: QStyle) -> set[str]:
    """The paint and measure methods that `style`'s class (or a Python class it derives from) defines in Python."""
    return {name for cls in type(style).__mro__ if not cls.__module__.startswith(("PySide6", "Shiboken"))
            for name in vars(cls) if name in PAINT_AND_MEASURE}


def visit_every_view(window) -> None:
    for name in ("overview", "map", "chart", "org", "decisions"):
        window.show_tab(name)
        QApplication.processEvents()
    for view in ("chart", "people", "tree"):
        window.org_tab.show_view(view)
        QApplication.processEvents()


def commonest_colour(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height())).most_common(1)[0][0]


def test_no_widget_is_painted_through_python_but_the_toggles(qtbot, window):
    visit_every_view(window)
    app_style = QApplication.style()
    assert isinstance(app_style, AppStyle)
    assert python_overrides(app_style) == set()
    drawn_by_python = {w for w in window.findChildren(QWidget) if python_overrides(w.style())}
    toggles = {w for w in window.findChildren(QWidget)
               if (isinstance(w, QPushButton) and w.isCheckable()) or isinstance(w, QRadioButton)}
    assert drawn_by_python == toggles
    # the chart's and the organisation's view buttons, and the map's layer switch, are among them
    for button in (window.chart_tab.counts_button, window.chart_tab.percent_button, window.org_tab.tree_button,
                   window.org_tab.people_button, window.map_tab.counties_button):
        assert isinstance(button.style(), ToggleStyle), button.objectName()
    # a button that is not a toggle ("Cite this", "Expand all") is drawn by the application's style
    assert window.cite_button.style() is app_style and window.org_tab.expand_button.style() is app_style


def test_checked_toggles_are_still_filled_with_the_accent(qtbot, window):
    visit_every_view(window)
    tree, chart = window.org_tab.tree_button, window.org_tab.chart_button
    window.show_tab("org")
    window.org_tab.show_view("tree")
    QApplication.processEvents()
    fill = accent_for(tree.palette()).rgb()
    assert tree.isChecked() and commonest_colour(tree) == fill
    assert commonest_colour(chart) != fill
    window.show_tab("chart")
    counts, percent = window.chart_tab.counts_button, window.chart_tab.percent_button
    qtbot.mouseClick(percent, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert commonest_colour(percent) == fill and commonest_colour(counts) != fill
    qtbot.mouseClick(counts, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert commonest_colour(counts) == fill and commonest_colour(percent) != fill


@pytest.fixture
def dark_window(qtbot, store, settings):
    """A window made after `--palette dark` has replaced the application's style (restored afterwards)."""
    from conftest import shown_window

    app = QApplication.instance()
    palette, style = app.palette(), app.style().name()
    apply_palette(app, "dark")
    try:
        with shown_window(qtbot, store, settings) as window:
            yield window
    finally:
        app.setStyle(style)
        app.setPalette(palette)


def test_a_change_of_palette_keeps_the_toggles_style_and_the_rest_plain(qtbot, dark_window):
    dark_window.show_tab("map")
    QApplication.processEvents()
    assert isinstance(dark_window.map_tab.counties_button.style(), ToggleStyle)
    assert isinstance(QApplication.style(), AppStyle) and python_overrides(QApplication.style()) == set()
    assert dark_window.details.verticalScrollBar().style() is QApplication.style()


class PagePaints(QObject):
    """Counts the Paint events of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget, self.count = widget, 0

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def __enter__(self):
        self.widget.installEventFilter(self)
        return self

    def __exit__(self, *exc) -> None:
        self.widget.removeEventFilter(self)


def settle_fully() -> None:
    # the zero-timers a shown page starts (item views lay their rows out in one) fire on the turns after its paint
    for _ in range(10):
        QApplication.processEvents()
        QTest.qWait(2)


def test_a_tab_is_painted_once_when_first_shown_and_when_shown_after_a_language_switch(qtbot, window):
    """The Decisions tab: its list lays its rows out in a zero-timer after it is shown. (The map and the chart
    draw some of their parts a turn later by design, and the organisation tree adds its rows in slices.)"""
    tab = "decisions"
    page = window.pages[tab]
    assert not page.is_built()
    for _ in range(2):  # its first show, then a visit after the language changed while it was hidden
        with PagePaints(page) as paints:
            window.show_tab(tab)
            settle_fully()
        assert paints.count == 1
        window.show_tab("overview")
        settle_fully()
        window.set_language("sq" if window.lang == "en" else "en")
        settle_fully()


PAINT_AND_LIST_THREADS = r"""
import glob, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_NO_GUI_THREADPOOL", None)
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app import cli
args, store, selection = cli.prepare([])
window = cli.build_window(args, store, selection, persistent=False)
window.resize(1280, 800)
window.show()
for kind, item in (("body", "council"), ("place", "berat"), ("body", "congress")):
    for tab in ("overview", "map", "org"):
        window.show_tab(tab)
        window.selection.select(kind, item)
        for _ in range(3):
            QApplication.processEvents()
print(sorted(open(t + "/comm").read().strip() for t in glob.glob("/proc/self/task/*")))
os._exit(0)
"""


def test_the_window_paints_without_qts_gui_thread_pool():
    """Qt's raster engine hands big fills (a scroll bar's groove, a view's background) to a pool of threads, named
    "Thread (pooled)", and waits for them; on two busy cores the hand-off costs more than the fill. A fresh
    process that builds the window and repaints it at several clicks never starts such a thread."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", PAINT_AND_LIST_THREADS], cwd=root, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    threads = done.stdout.strip().splitlines()[-1]
    assert "python" in threads and "Thread (pooled)" not in threads
