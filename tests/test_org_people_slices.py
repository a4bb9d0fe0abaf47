"""The people list of a big dataset is made a slice a turn (tests/test_speed_org.py shows the slices add up to the
list made at once); a page closed on its own (as a test's teardown closes it before deleting it) makes no more of
its rows until it is shown again, as the organisation tree does. Checked by what the list holds, never by timing."""

from __future__ import annotations

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
