"""Every tab read as a person sees it (#16): at a small laptop's 1024×640 and at 1920×1080, in English and
Albanian, in the light and the dark palette. The layout harness (tests/layout_harness.py) fails on a label, button
or column header cut before its first word ends, text in a drawing that overlaps other text or runs out of its
view, text under 4.5:1 contrast as rendered, and a chart legend over a bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.pages import PAGES
from app.ui.theme import apply_palette
from layout_harness import widget_problems

SIZES = [(1024, 640), (1920, 1080)]


@pytest.fixture(params=["light", "dark"])
def palette(request):
    app = QApplication.instance()
    before_palette, before_style = app.palette(), app.style().name()
    apply_palette(app, request.param)
    yield request.param
    app.setStyle(before_style)
    app.setPalette(before_palette)


@pytest.mark.parametrize("lang", ["en", "sq"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_tab_reads_well(qtbot, store, settings, palette, lang, size):
    window = MainWindow(store, settings=settings, lang=lang)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    try:
        window.selection.select("body", "presidency")  # a selection: the org tree opens it, the details show it
        for page in PAGES:
            window.show_tab(page.name)
            for view in page.views or (None,):  # a page that switches between views: each one is read
                if view is not None:
                    window.pages[page.name].show_view(view)
                QApplication.processEvents()
                where = f"{page.name}{'/' + view if view else ''} {size[0]}x{size[1]} {lang} {palette}"
                problems += widget_problems(window, where)
    finally:
        window.close()
    assert problems == []
