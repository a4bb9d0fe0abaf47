"""Every item model a page shows passes Qt's model tester (QAbstractItemModelTester through pytest-qt), also
after a filter and a language switch, and the hub's signal is emitted once per change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtWidgets import QWidget

from app.ui.pages import PAGES


def models_of(page) -> list[QAbstractItemModel]:
    """The item models of the page's own views (not those of pyqtgraph's never-shown context menus)."""
    def owner(obj):
        while obj is not None and not isinstance(obj, QWidget):
            obj = QObject.parent(obj)  # not QAbstractItemModel.parent(index)
        return obj
    return [m for m in page.findChildren(QAbstractItemModel) if owner(m) is not None and owner(m).window() is page]


def pages_with_models(make_page) -> list[str]:
    return [p.name for p in PAGES if models_of(make_page(p.name, show=False))]


def test_the_pages_with_item_views_are_known(make_page):
    assert {"org", "decisions"} <= set(pages_with_models(make_page))


@pytest.mark.parametrize("name", [p.name for p in PAGES])
def test_every_item_model_of_a_page_passes_the_model_tester(qtmodeltester, make_page, name):
    page = make_page(name)
    for view in page.views[1:] + page.views[:1]:  # views built when first shown (the people list): build them
        page.show_view(view)
    models = models_of(page)
    if name in ("org", "decisions"):
        assert len(models) >= 2  # the model and its filter, at least
    if name == "org":
        assert {"OrgTreeModel", "SeatFilter", "PeopleModel", "PeopleFilter"} <= {type(m).__name__ for m in models}
    for model in models:
        qtmodeltester.check(model)
    page.set_language("sq")
    search = getattr(page, "search", None)
    if search is not None:
        search.setText("ko")  # a filter that keeps some rows
    for model in models_of(page):
        qtmodeltester.check(model)


def test_search_everything_hits_pass_the_model_tester(qtbot, qtmodeltester, window):
    qtbot.keyClicks(window.search_box, "kor")
    assert window.search_box.hits.rowCount() > 0
    qtmodeltester.check(window.search_box.hits)


def test_the_hub_says_changed_once_per_change_and_not_for_the_same_item(qtbot, make_page):
    page = make_page("decisions")
    hub = page.selection_model
    with qtbot.waitSignal(hub.changed, timeout=1000):
        hub.select("decision", "ban-zog")
    with qtbot.assertNotEmitted(hub.changed):
        hub.select("decision", "ban-zog")
    with qtbot.waitSignal(hub.history_changed, timeout=1000):
        hub.back()
    assert hub.current() is None and hub.can_go_forward()
