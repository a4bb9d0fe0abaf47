"""The Decisions tab as a user meets it: typed searches, categories, keys, the reading pane, CSV, citation."""

import contextlib
import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView


@pytest.fixture
def tab(window, qtbot):
    window.show_tab("decisions")
    qtbot.waitUntil(lambda: window.decisions_tab.list.isVisible())
    return window.decisions_tab


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


def test_one_place_shows_the_selected_decision(tab, window):
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


def test_keyboard_ctrl_f_down_enter_escape(qtbot, tab, window):
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "zog")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.list.hasFocus()
    first = tab.visible_ids()[0]
    qtbot.keyClick(tab.list, Qt.Key.Key_Down)
    second = tab.visible_ids()[1]
    assert window.selection.current() == ("decision", second) and first != second  # up/down select ...
    assert window.details.toPlainText().startswith(tab.visible_titles()[1])  # ... and the details panel reads it
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    assert window.selection.current() == ("decision", second)
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == "" and tab.count.text() == "10 of 10 decisions"
    assert window.selection.current() == ("decision", second)  # Esc cleared the search, not the selection


def test_reading_pane_quotes_in_their_own_language(qtbot, tab, window):
    index = tab.filter.index(tab.visible_ids().index("ban-zog"), 0)
    qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=tab.list.visualRect(index).center())
    assert window.selection.current() == ("decision", "ban-zog")
    text = window.details.toPlainText()
    assert "i ndaloi hyrjen në atdhe Mbretit Zog" in text and "[quote in Albanian]" in text
    assert "banned the return to Albania for the royal family" in text and "[quote in English]" in text
    assert "[critical]" in text and "1944/Kongresi jugosllav i Përmetit (Kastriot Dervishi, historian)" in text
    html = window.details.toHtml()
    assert "http://limit.al/2018/05/24/1944-kongresi-jugosllav-i-permetit/" in html


def test_concerned_body_link_switches_the_selection(qtbot, tab, window):
    from PySide6.QtCore import QUrl
    window.selection.select("decision", "form-committee")
    window.details.anchorClicked.emit(QUrl("select:body:committee"))
    assert window.selection.current() == ("body", "committee")


def test_csv_of_the_filtered_decisions(qtbot, tab, window, tmp_path):
    type_search(qtbot, tab, "zog")
    shown = tab.visible_ids()
    [fmt] = window.export_formats()
    fmt.write(str(tmp_path / "d.csv"))
    rows = list(csv.reader((tmp_path / "d.csv").open(encoding="utf-8-sig")))
    assert [r[0] for r in rows[1:]] == shown
    ban = next(r for r in rows if r[0] == "ban-zog")
    assert "Kongresi i Përmetit në 75-vjetor" in ban[8] and "familjes së tij" in ban[10]


def test_copy_citation(qtbot, tab, window):
    window.selection.select("decision", "war-crimes-commission")
    qtbot.mouseClick(window.cite_button, Qt.MouseButton.LeftButton)  # one button for the job: "Cite this"
    text = QApplication.clipboard().text()
    assert text.startswith("Set up a state commission on war criminals (a decision of the Congress of Përmet")
    assert "Përmet Explorer 0.1.0" in text
    assert "[1] Antifascist National-Liberation Council of Albania (Great Soviet Encyclopedia, English translation)." in text
    assert "https://encyclopedia2.thefreedictionary.com/" in text and "Reliability: Soviet." in text


def test_selecting_a_decision_is_a_lookup_and_the_language_switch_keeps_the_list(qtbot, tab, window):
    from PySide6.QtCore import QObject
    before = tab.link.lookups
    window.selection.select("decision", "draft-constitution", origin="test")
    assert tab.link.lookups - before == 1 and tab.list.currentIndex().data() == "Prepare a first draft constitution"
    type_search(qtbot, tab, "zog")
    objects = len(tab.findChildren(QObject))
    with albanian_catalogue(window):
        tab.set_language("sq")
        assert len(tab.findChildren(QObject)) == objects and tab.search.text() == "zog"
        assert "Ndalimi i kthimit në Shqipëri të ish-mbretit Zog" in tab.visible_titles()
        assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Vendimi"
    tab.set_language("en")


@contextlib.contextmanager
def albanian_catalogue(window):
    """The Albanian catalogue installed, as a language switch installs it before it retranslates the tabs."""
    from PySide6.QtWidgets import QApplication
    from app.ui.main_window import load_translator
    translator = load_translator("sq", window)
    QApplication.instance().installTranslator(translator)
    try:
        yield
    finally:
        QApplication.instance().removeTranslator(translator)


def test_a_search_typed_while_the_index_is_built_waits_for_it_without_stopping_the_window(qtbot, window, monkeypatch):
    from app.ui.decisions_view import DecisionsTab
    monkeypatch.setattr(DecisionsTab, "FOLD_NOW_LIMIT", 0)  # as on a huge dataset in its first second
    tab = DecisionsTab(window.store, window.selection, "en")
    qtbot.addWidget(tab)
    tab.show()
    qtbot.keyClicks(tab.search, "zog")
    assert tab.count.text() == "Searching…" and tab.filter.unindexed() > 0  # nothing folded on the keystroke
    qtbot.waitUntil(lambda: tab.count.text() != "Searching…")
    assert tab.count.text() == f"{len(tab.visible_ids())} of 10 decisions", tab.count.text()
    assert {"ban-zog", "annul-treaties"} <= set(tab.visible_ids()) and "new-democratic-albania" not in tab.visible_ids()
