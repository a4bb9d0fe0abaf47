"""The people list in the Organisation tab: exactly the dataset's persons, filterable, in Albanian order, and a
click or Enter selects the person. Each test builds the Organisation page alone (make_page); what a click
shows in the details panel is tested on the window in test_linked.py."""

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from app.ui.item_views import KEY_ROLE
from app.ui.people_view import albanian_key, surname_first


@pytest.fixture
def org(make_page):
    return make_page("org")


def people_list(qtbot, org):
    qtbot.mouseClick(org.people_button, Qt.MouseButton.LeftButton)
    view = org.people.list
    assert isinstance(view, QAbstractItemView) and view.objectName() == "peopleList" and view.isVisible()
    return view


def keys(view):
    model = view.model()
    return [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]


def test_lists_exactly_the_datasets_people(qtbot, org, store):
    view = people_list(qtbot, org)
    assert org.findChild(QAbstractItemView, "peopleList") is view
    shown = keys(view)
    assert len(shown) == len(store.people()) >= 37
    assert sorted(shown) == sorted(("person", p.id) for p in store.people())
    names = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert sorted(names) == sorted(p.name for p in store.people())


def test_a_click_on_a_row_selects_the_person(qtbot, org, hub):
    view = people_list(qtbot, org)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Sejfulla Malëshova")
    rect = view.visualRect(model.index(row, 1))
    with qtbot.waitSignal(hub.changed, timeout=1000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert hub.current() == ("person", "sejfulla-maleshova")
    row_text = [model.index(row, c).data() for c in range(4)]
    assert "commissioner for press" in row_text[1]  # his seat in the Committee


def test_enter_on_a_row_selects_the_person(qtbot, org, hub):
    view = people_list(qtbot, org)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    expected = view.currentIndex().data(KEY_ROLE)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert hub.current() == expected


def test_a_selection_made_elsewhere_is_shown_on_its_row(qtbot, org, hub):
    view = people_list(qtbot, org)
    hub.select("person", "enver-hoxha", origin="test")
    assert view.currentIndex().data() == "Enver Hoxha"


def test_filter_forgives_missing_diacritics(qtbot, org):
    view = people_list(qtbot, org)
    box = org.people.search
    qtbot.keyClicks(box, "maleshova")
    assert [view.model().index(r, 0).data() for r in range(view.model().rowCount())] == ["Sejfulla Malëshova"]
    box.clear()
    qtbot.keyClicks(box, "kryetar")  # roles count too (the interface is English here: "chairman")
    assert view.model().rowCount() == 0
    box.clear()
    qtbot.keyClicks(box, "chairman")
    assert {"Omer Nishani", "Enver Hoxha"} <= {view.model().index(r, 0).data() for r in range(view.model().rowCount())}


def test_albanian_order_by_surname(qtbot, org):
    org.set_language("sq")
    view = people_list(qtbot, org)
    names = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    surnames = [surname_first(n)[0] for n in names]
    assert surnames == sorted(surnames, key=albanian_key)
    # sh is a letter after s: Spahiu before Shtëpani and Shtylla (English order puts them the other way round)
    assert surnames.index("Spahiu") < surnames.index("Shtëpani") < surnames.index("Shtylla")
    # ç is a letter after c, and dh after d
    assert albanian_key("Çarçani") > albanian_key("Cana") and albanian_key("Dhimitër") > albanian_key("Dishnica")
    assert surnames[-1] == "Zaloshnja"
    org.set_language("en")
    view = people_list(qtbot, org)
    names = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    surnames = [surname_first(n)[0] for n in names]
    assert surnames.index("Shtëpani") < surnames.index("Spahiu")


def test_people_model_passes_the_model_tester(qtmodeltester, store):
    from app.ui.people_view import PeopleModel
    qtmodeltester.check(PeopleModel(store, "sq"))
