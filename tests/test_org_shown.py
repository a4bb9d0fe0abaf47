"""How the Organisation tab's views show themselves. The people list of a big dataset is made a slice a turn
(tests/test_speed_org.py shows the slices add up to the list made at once): a page closed on its own (as a test's
teardown closes it before deleting it) makes no more of its rows until it is shown again, as the tree does. The tree
paints its rows once when first shown, with the pixels and column widths it always had. Checked by what is shown,
never by timing."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.item_views import KEY_ROLE
from app.ui.people_view import PeopleModel


def keys(view) -> list:
    model = view.model()
    return [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]


def test_a_closed_page_makes_no_more_of_its_people_list_until_shown_again(qtbot, monkeypatch, make_page, store):
    whole_page = make_page("org")
    whole_page.show_view("people")
    whole = keys(whole_page.people.list)
    monkeypatch.setattr(PeopleModel, "AT_ONCE", 5)  # the bundled ~40 people, as if they were 41,000
    monkeypatch.setattr(PeopleModel, "CHECK_EVERY", 3)  # and a slice ends every 3 people
    monkeypatch.setattr(PeopleModel, "SLICE_S", 0.0)
    page = make_page("org")
    page.show_view("people")
    model = page.people.model
    QApplication.processEvents()  # a slice or two
    assert not model.is_loaded()
    page.close()
    assert not model._slicer.isActive()
    for _ in range(50):  # more turns than the slices left: none runs
        QApplication.processEvents()
    assert not model.is_loaded() and page.people.list.model().rowCount() == 0
    page.show()
    qtbot.waitUntil(model.is_loaded)
    assert keys(page.people.list) == whole and len(whole) == len(store.people())


def test_a_people_list_hidden_behind_another_view_goes_on(qtbot, monkeypatch, make_page):
    monkeypatch.setattr(PeopleModel, "AT_ONCE", 5)
    monkeypatch.setattr(PeopleModel, "CHECK_EVERY", 3)
    monkeypatch.setattr(PeopleModel, "SLICE_S", 0.0)
    page = make_page("org")
    page.show_view("people")
    page.show_view("tree")  # the window still shows: the list is made meanwhile
    model = page.people.model
    assert not page.people.isVisible()
    qtbot.waitUntil(model.is_loaded)


class TreePaints(QObject):
    """Counts the paints of the rows of every organisation tree (the viewport of `orgTree`), from when it is made."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and obj.objectName() == "qt_scrollarea_viewport" \
                and obj.parent() is not None and obj.parent().objectName() == "orgTree":
            self.count += 1
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)


def settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


def test_the_tree_paints_its_rows_once_when_first_shown(qtbot, window):
    """Its columns are sized as it shows; the paint that shows it draws them at those sizes, and no second paint of
    every row follows on a later turn (at 1000x the data one costs 12-18 ms). It draws what it drew before, and a
    later resize shares the width as it always did."""
    paints = TreePaints()
    switch = QTimer()  # from a turn of the event loop, as a click on the tab is
    switch.setSingleShot(True)
    switch.timeout.connect(partial(window.show_tab, "org"))
    try:
        switch.start(0)
        qtbot.waitUntil(lambda: window.org_tab.isVisible())
        settle()
    finally:
        paints.stop()
    assert paints.count == 1
    tree = window.org_tab.tree
    shown, widths = tree.viewport().grab().toImage(), [tree.columnWidth(c) for c in range(4)]
    tree.viewport().repaint()  # drawn afresh, as the window would draw it
    assert tree.viewport().grab().toImage() == shown
    tree._shown = True  # as it always was: the columns sized with the header telling the tree
    window.show_tab("overview")
    window.resize(1100, 800)
    window.show_tab("org")
    settle()
    told = [tree.columnWidth(c) for c in range(4)]
    assert told != widths
    window.show_tab("overview")
    window.resize(1280, 800)
    window.show_tab("org")
    settle()
    assert [tree.columnWidth(c) for c in range(4)] == widths
    assert tree.viewport().grab().toImage() == shown
