"""What keeps a click's repaint small, checked by what Qt is asked to do, never by timing (timings are `make
bench`'s): a selection lays the details page out in one pass and repaints, outside the current tab, only the
details panel and the selection's line in the status bar; the window itself is neither laid out nor painted again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QWidget

# Long and short pages in every order: a long page after a long one, a long one after a short one (the scroll
# bar appears) and a short one after a long one (it goes).
CLICKS = [("body", "congress"), ("body", "committee"), ("place", "korce"), ("person", "manol-konomi"),
          ("decision", "regular-army"), ("body", "council"), ("delegation", "korca"), ("body", "congress")]


class Events(QObject):
    """Records the Paint events (widget, painted rectangle in the window's coordinates) and LayoutRequest events
    of every widget of one window."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.paints: list[tuple[QWidget, QRect]] = []
        self.layouts: list[QWidget] = []

    def painted(self) -> list[QWidget]:
        return [w for w, _ in self.paints]

    def eventFilter(self, obj, event) -> bool:
        if isinstance(obj, QWidget) and obj.window() is self.window:
            if event.type() == QEvent.Type.Paint:
                rect = event.region().boundingRect()
                self.paints.append((obj, QRect(obj.mapTo(self.window, rect.topLeft()), rect.size())))
            elif event.type() == QEvent.Type.LayoutRequest:
                self.layouts.append(obj)
        return False

    def __enter__(self):
        QApplication.instance().installEventFilter(self)
        return self

    def __exit__(self, *exc) -> None:
        QApplication.instance().removeEventFilter(self)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def inside(widget: QWidget, *parents: QWidget) -> bool:
    return any(widget is p or p.isAncestorOf(widget) for p in parents)


def area(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("tab", ["overview", "decisions"])
def test_a_click_repaints_only_the_details_the_selection_line_and_the_current_tab(qtbot, window, store, tab):
    window.show_tab(tab)
    # the first selection enables Cite this; the first long page lays the window out again as its scroll bar
    # first appears
    for key in [("body", "council"), ("person", "enver-hoxha")]:
        window.selection.select(*key, origin="test")
        settle()
    for key in CLICKS:
        assert store.exists(*key), key
        with Events(window) as seen:
            window.selection.select(*key, origin="test")
            settle()
        # what lies beneath the details panel is painted where its scroll bar comes or goes, nowhere else
        elsewhere = [(type(w).__name__ + ":" + w.objectName(), rect) for w, rect in seen.paints
                     if not inside(w, window.details, window.selection_label, window.current_page())
                     and not area(window.details).contains(rect)]
        assert elsewhere == [], key
        assert window.details.viewport() in seen.painted(), key  # the new page is shown …
        assert window.selection_label in seen.painted(), key  # … and its line in the status bar
        # the window, its status bar and the other labels in it are not laid out again
        assert not any(w is window or w is window.statusBar() for w in seen.layouts), key
        assert window.dataset_label not in seen.painted() and window.statusBar() not in seen.painted(), key


def test_a_selection_lays_the_details_page_out_in_one_pass(qtbot, window, store):
    details = window.details
    passes = []
    details.document().documentLayout().update.connect(lambda *_: passes.append(1))
    window.selection.select("person", "enver-hoxha", origin="test")
    settle()
    for key in CLICKS:
        passes.clear()
        window.selection.select(*key, origin="test")
        settle()
        assert len(passes) == 1, key  # setHtml alone: three or four (cleared, filled, again for the scroll bar)
        block = details.document().begin()
        while block.isValid():  # each paragraph keeps its shaped text: painting it does not shape it again
            assert block.layout().cacheEnabled(), key
            block = block.next()
    assert details.verticalScrollBar().isVisible()  # the congress is taller than the panel …
    assert details.horizontalScrollBar().maximum() == 0  # … and wraps at the panel's width
    assert details.toPlainText().startswith("Congress of Përmet\nKongresi Antifashist Nacionalçlirimtar i Përmetit")


def test_the_selection_line_shows_the_whole_text_and_follows_the_text_size(qtbot, window):
    label = window.selection_label
    window.selection.select("delegation", "not-broken-down", origin="test")
    settle()
    assert label.text().startswith("delegation: Not broken down by region")
    assert label.text().endswith(": 77 delegates")
    assert label.isVisible() and label.width() > 0
    assert label.width() <= window.statusBar().width()
    before = label.height()
    try:
        for _ in range(2):
            window.scale_text(+1)
            settle()
            assert label.height() >= label.sizeHint().height()  # a larger text makes the line taller, not cut
        assert label.height() > before
    finally:
        window.scale_text(0)  # the text size is the application's: the next tests get the usual one
