"""The main window as a user meets it: tabs, the details panel, linked selection, menus, bad input."""

import csv
import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView, QTabWidget, QTreeView, QWidget

from app.ui.item_views import KEY_ROLE, keys_shown, walk_rows
from app.ui.main_window import MainWindow


def click_row_in_tree(qtbot, tree, key):
    for index in walk_rows(tree.model()):
        if index.data(KEY_ROLE) == key:
            tree.scrollTo(index)
            qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
            return
    raise AssertionError(f"no row for {key}")


def test_tabs_and_object_names(window):
    tabs = window.findChild(QTabWidget, "tabs")
    assert tabs is window.tabs
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == ["overviewTab", "mapTab", "chartTab", "orgTab", "decisionsTab"]
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == ["Overview", "Map", "Chart", "Organisation", "Decisions"]
    assert window.findChild(QWidget, "detailsPanel") is window.details
    for name in ("org", "decisions"):  # a tab's named widgets exist once it has been shown (design.md §3)
        window.show_tab(name)
    assert window.findChild(QTreeView, "orgTree") is not None
    assert window.findChild(QTableView, "decisionsList") is not None
    assert "Përmet Explorer" in window.windowTitle()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "View", "Go", "Help"]


def test_no_tab_is_an_empty_placeholder(window):
    counts = window.self_check()
    assert counts == {"map places": 14, "chart bars": 10, "org rows": 53, "decision rows": 10}  # 52 seats and bodies, 1 folded group


def test_details_panel_starts_with_the_overview(window):
    text = window.details.toPlainText()
    assert "188 delegates" in text and "111" in text and "77" in text


def test_selecting_a_place_shows_its_delegation_and_sources(qtbot, window):
    window.selection.select("place", "korce")
    text = window.details.toPlainText()
    assert "Korçë: 25 delegates, 13.3% of 188" in text
    assert "25 from Korça" in text  # the verbatim quote
    assert "Congress of Përmet (English Wikipedia)" in text
    assert "Korçë: 25 delegates" in window.selection_label.text()


def test_region_without_delegation_says_so(qtbot, window):
    window.selection.select("place", "shkoder")
    assert "No delegation from this region is recorded in the sources." in window.details.toPlainText()
    assert "0 delegates" not in window.details.toPlainText()


def test_selection_is_linked_across_tabs(qtbot, window):
    window.show_tab("decisions")
    window.selection.select("decision", "ban-zog", origin="test")
    window.show_tab("org")
    click_row_in_tree(qtbot, window.org_tab.tree, ("person", "haxhi-lleshi"))
    assert window.selection.current() == ("person", "haxhi-lleshi")
    window.show_tab("decisions")  # a hidden view catches up when it is shown
    assert window.decisions_tab.list.selectionModel().selectedRows() == []  # the decision row lets go
    window.selection.select("delegation", "vlora-gjirokastra", origin="chart")
    assert window.selection.current() == ("delegation", "vlora-gjirokastra")
    # the map follows: both of the delegation's regions are drawn selected
    assert sorted(window.map_tab.map.selected_place_ids()) == ["gjirokaster", "vlore"]
    text = window.details.toPlainText()
    assert "48 delegates, 25.5% of 188" in text and "Vlorë" in text and "Gjirokastër" in text


def test_disagreement_is_shown_with_both_values(qtbot, window):
    window.selection.select("delegation", "berat")
    text = window.details.toPlainText()
    assert "Sources disagree on the number of delegates" in text
    assert "15" in text and "10 sent from the Berat qark" in text
    assert "Llazi Bozo" in text and "Ramiz Alia" not in text  # named delegates, within the count


def test_remainder_is_labelled_computed(qtbot, window):
    window.selection.select("delegation", "not-broken-down")
    text = window.details.toPlainText()
    assert "77 delegates" in text and "Computed, not sourced" in text


def test_org_tree_seats_and_person_details(qtbot, window):
    window.show_tab("org")
    tree = window.org_tab.tree
    keys = keys_shown(tree)
    model = tree.model()
    texts = []

    def walk(parent):
        for r in range(model.rowCount(parent)):
            i = model.index(r, 0, parent)
            texts.append(i.data())
            walk(i)
    from PySide6.QtCore import QModelIndex
    walk(QModelIndex())
    assert "Seat 7 of 25 — not named in the sources" in texts
    assert "not named in the sources" in texts  # the Committee's unnamed rest (6 or 9)
    assert keys.count(("person", "omer-nishani")) == 2  # Presidency chairman and Council head: one person, two rows
    # click Enver Hoxha's row
    for i in walk_rows(model):
        if i.data(KEY_ROLE) == ("person", "enver-hoxha"):
            tree.scrollTo(i)
            qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(i).center())
            break
    assert window.selection.current() == ("person", "enver-hoxha")
    text = window.details.toPlainText()
    assert "chairman of the Anti-Fascist National Liberation Committee" in text
    assert "Born: not recorded in the sources" in text


def test_decisions_search_folds_diacritics(qtbot, window):
    window.show_tab("decisions")
    tab = window.decisions_tab
    qtbot.keyClicks(tab.search, "zog")
    shown = tab.visible_ids()
    # titles, summaries and quotes are searched: the Dervishi and GSE quotes name Zog beside other decisions
    assert {"ban-zog", "annul-treaties"} <= set(shown)
    assert "new-democratic-albania" not in shown and "draft-constitution" not in shown
    assert tab.count.text() == f"{len(shown)} of 10 decisions"
    tab.search.clear()
    qtbot.keyClicks(tab.search, "Zog ban")
    assert tab.visible_ids() == ["ban-zog"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "keshillin")  # Albanian quote text, typed without ë
    assert "elect-council" in tab.visible_ids()
    tab.search.clear()
    qtbot.keyClicks(tab.search, "qwertyuiop")
    assert tab.visible_ids() == [] and tab.empty.isVisibleTo(tab)
    assert tab.count.text() == "0 of 10 decisions"


def test_viewpoint_is_marked_as_not_a_decision(qtbot, window):
    window.selection.select("decision", "critics-avnoj")
    assert "Viewpoint, not a decision" in window.details.toPlainText()


def test_details_link_switches_selection(qtbot, window):
    window.selection.select("delegation", "korca")
    window.details.anchorClicked.emit(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("select:place:korce"))
    assert window.selection.current() == ("place", "korce")


def test_back_forward_and_escape(qtbot, window):
    window.selection.select("place", "korce")
    window.selection.select("person", "enver-hoxha")
    window.back_action.trigger()
    assert window.selection.current() == ("place", "korce")
    window.forward_action.trigger()
    assert window.selection.current() == ("person", "enver-hoxha")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.selection.current() is None
    assert "188 delegates" in window.details.toPlainText()


def test_markup_in_data_is_shown_as_text(qtbot, store, tmp_path, settings, monkeypatch):
    import sqlite3
    from app.model import Store
    from app.paths import bundled_database
    path = tmp_path / "markup.sqlite"
    shutil.copyfile(bundled_database(), path)
    con = sqlite3.connect(path)
    con.execute("UPDATE delegation SET name_en = '<b>Bold</b><img src=x>' WHERE id = 'korca'")
    con.commit()
    con.close()
    w = MainWindow(Store.open(path), settings=settings)
    qtbot.addWidget(w)
    w.selection.select("delegation", "korca")
    assert "<b>Bold</b><img src=x>" in w.details.toPlainText()


def test_open_bad_dataset_keeps_the_current_one(qtbot, window, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append((box.windowTitle(), box.text())))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all")
    before = window.store
    assert window.open_dataset(str(bad)) is False
    assert window.store is before
    assert warnings and "not an SQLite database" in warnings[0][1]
    assert bad.read_bytes() == b"not a database at all"
    assert window.self_check()["map places"] == 14


def test_open_good_dataset_rebuilds_the_views(qtbot, window, tmp_path):
    from app.paths import bundled_database
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(bundled_database(), copy)
    window.selection.select("place", "korce")
    assert window.open_dataset(str(copy)) is True
    assert window.store.path == copy
    assert window.selection.current() is None
    assert window.self_check()["chart bars"] == 10
    assert window.dataset_label.text() == "copy.sqlite"


def test_export_current_tab_as_csv(qtbot, window, tmp_path):
    window.show_tab("decisions")
    [fmt] = window.export_formats()
    assert fmt.suffix == "csv"
    out = tmp_path / "decisions.csv"
    fmt.write(str(out))
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["id", "Title in English", "Title in Albanian"]
    assert len(rows) == 1 + 10


def test_about_lists_sources_and_licences(window, store):
    html = window.about_html()
    assert "Natural Earth" in html and "CC BY-SA" in html and "0.1.0" in html
    from html import escape
    assert all(escape(s.title) in html for s in store.sources())


def test_window_geometry_is_remembered(qtbot, store, settings):
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.resize(760, 560)
    w.close()
    w2 = MainWindow(store, settings=settings)
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (760, 560)
