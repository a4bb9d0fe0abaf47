"""The Decisions tab as a user meets it: typed searches, categories, keys, clicks, CSV. Each test builds the
page alone over the bundled Store (make_page); what the details panel shows of a decision, Ctrl+F and
"Cite this" are tested on the window in test_linked.py."""

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from app.ui.export import page_formats
from conftest import albanian_catalogue


@pytest.fixture
def tab(make_page, qtbot):
    page = make_page("decisions")
    qtbot.waitUntil(page.list.isVisible)
    return page


def type_search(qtbot, tab, text):
    search = tab.window().findChild(QLineEdit, "decisionsSearch")
    search.clear()
    qtbot.keyClicks(search, text)
    return tab.visible_ids()


def test_all_rows_and_the_viewpoint_marked(tab):
    assert tab.count.text() == "10 of 10 decisions"
    list_view = tab.window().findChild(QTableView, "decisionsList")
    rows = {list_view.model().index(r, 0).data(): list_view.model().index(r, 1).data() for r in range(10)}
    assert rows["Critics: a copy of AVNOJ run by Yugoslav emissaries"] == "viewpoint — not a decision"
    sourcing = {tab.filter.index(r, 0).data(): tab.filter.index(r, 2).data() for r in range(10)}
    assert sourcing["Ban ex-King Zog from returning to Albania"] == "4 sources"
    assert sourcing["Prepare a first draft constitution"] == "1 source, low confidence"
    # "paraphrase only", the same on every row, is said once under the list instead of in a column
    assert all(tab.filter.index(r, 3).data() == "paraphrase only" for r in range(9))
    assert tab.list.isColumnHidden(3) and tab.wording_note.isVisible()
    assert "paraphrases" in tab.wording_note.text()


def test_one_place_shows_the_selected_decision(tab):
    from PySide6.QtWidgets import QAbstractButton, QTextBrowser
    assert tab.findChildren(QTextBrowser) == []  # no reading pane of its own: the details panel reads it
    assert not [b for b in tab.findChildren(QAbstractButton) if "cit" in b.text().lower()]
    header = tab.list.horizontalHeader()
    assert header.sectionSize(0) >= tab.list.viewport().width() // 2  # the titles get the room


@pytest.mark.parametrize("query", ["Zog", "zog", "ZOG"])
def test_search_zog_any_case(qtbot, tab, query):
    shown = type_search(qtbot, tab, query)
    assert {"ban-zog", "annul-treaties"} <= set(shown)
    assert "new-democratic-albania" not in shown
    assert tab.count.text() == f"{len(shown)} of 10 decisions"


def test_search_albanian_without_diacritics(qtbot, tab):
    assert type_search(qtbot, tab, "kthimi") == ["ban-zog"]  # "Ndalimi i kthimit …", the Albanian title
    assert "elect-council" in type_search(qtbot, tab, "keshillin")  # Albanian quote: "zgjodhi Këshillin"
    assert type_search(qtbot, tab, "shqiperi familjes") == ["ban-zog"]  # Shehu's quote, typed without ë


def test_search_with_no_match_says_so(qtbot, tab):
    assert type_search(qtbot, tab, "parliamentary elections 1945") == []
    assert tab.empty.isVisibleTo(tab) and not tab.list.isVisibleTo(tab)
    assert "No decision matches “parliamentary elections 1945”" in tab.empty.text()
    assert tab.count.text() == "0 of 10 decisions"


def test_category_filter(qtbot, tab):
    tab.category.setCurrentIndex(tab.category.findData("government"))
    assert tab.visible_ids() == ["elect-council", "form-committee"]
    tab.category.setCurrentIndex(tab.category.findData("viewpoint"))
    assert tab.visible_ids() == ["critics-avnoj"]
    type_search(qtbot, tab, "zog")
    assert tab.visible_ids() == []
    tab.category.setCurrentIndex(0)
    assert "ban-zog" in tab.visible_ids()


def test_keyboard_search_down_enter_escape(qtbot, tab, hub):
    tab.list.setFocus()
    assert tab.focus_search()  # what Ctrl+F calls (test_linked.py presses it in the window)
    qtbot.waitUntil(tab.search.hasFocus)
    qtbot.keyClicks(tab.search, "zog")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.list.hasFocus()
    first = tab.visible_ids()[0]
    qtbot.keyClick(tab.list, Qt.Key.Key_Down)
    second = tab.visible_ids()[1]
    assert hub.current() == ("decision", second) and first != second  # up/down select
    hub.clear()
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)  # Enter selects the row the cursor is on
    assert hub.current() == ("decision", second)
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == "" and tab.count.text() == "10 of 10 decisions"
    assert hub.current() == ("decision", second)  # Esc cleared the search, not the selection


def test_a_click_on_a_row_selects_the_decision(qtbot, tab, hub):
    index = tab.filter.index(tab.visible_ids().index("ban-zog"), 0)
    with qtbot.waitSignal(hub.changed, timeout=1000):
        qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=tab.list.visualRect(index).center())
    assert hub.current() == ("decision", "ban-zog")
    assert tab.list.selectionModel().isRowSelected(index.row())


def test_a_selection_made_elsewhere_is_shown_on_its_row(tab, hub):
    hub.select("decision", "form-committee", origin="test")
    assert tab.list.currentIndex().data() == "Form the Committee as a provisional government"
    hub.select("body", "committee", origin="test")  # not a decision: no row stays selected
    assert not tab.list.selectionModel().hasSelection()


def test_csv_of_the_filtered_decisions(qtbot, tab, store, tmp_path):
    type_search(qtbot, tab, "zog")
    shown = tab.visible_ids()
    [fmt] = page_formats(tab, store)
    fmt.write(str(tmp_path / "d.csv"))
    rows = list(csv.reader((tmp_path / "d.csv").open(encoding="utf-8-sig")))
    assert [r[0] for r in rows[1:]] == shown
    ban = next(r for r in rows if r[0] == "ban-zog")
    assert "Kongresi i Përmetit në 75-vjetor" in ban[8] and "familjes së tij" in ban[10]


def test_selecting_a_decision_is_a_lookup_and_the_language_switch_keeps_the_list(qtbot, tab, hub):
    from PySide6.QtCore import QObject
    before = tab.link.lookups
    hub.select("decision", "draft-constitution", origin="test")
    assert tab.link.lookups - before == 1 and tab.list.currentIndex().data() == "Prepare a first draft constitution"
    type_search(qtbot, tab, "zog")
    objects = len(tab.findChildren(QObject))
    with albanian_catalogue():
        tab.set_language("sq")
        assert len(tab.findChildren(QObject)) == objects and tab.search.text() == "zog"
        assert "Ndalimi i kthimit në Shqipëri të ish-mbretit Zog" in tab.visible_titles()
        assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Vendimi"
    tab.set_language("en")



def test_a_search_typed_while_the_index_is_built_waits_for_it_without_stopping_the_window(qtbot, make_page,
                                                                                            monkeypatch):
    from app.ui.decisions_view import DecisionsTab
    monkeypatch.setattr(DecisionsTab, "FOLD_NOW_LIMIT", 0)  # as on a huge dataset in its first second
    tab = make_page("decisions")
    qtbot.keyClicks(tab.search, "zog")
    assert tab.count.text() == "Searching…" and tab.filter.unindexed() > 0  # nothing folded on the keystroke
    qtbot.waitUntil(lambda: tab.count.text() != "Searching…")
    assert tab.count.text() == f"{len(tab.visible_ids())} of 10 decisions", tab.count.text()
    assert {"ban-zog", "annul-treaties"} <= set(tab.visible_ids()) and "new-democratic-albania" not in tab.visible_ids()
