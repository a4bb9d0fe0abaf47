"""Tabs are built when first shown (design.md §3): at start-up only the current tab exists, with its widgets; a tab
shown later is built then, showing the selection and the language of that moment; a language switch retranslates
the tabs in view at once and the others when they are next shown; state given before a tab is built (from the
settings) is applied when it is built; exports of a tab nobody has opened yet build it first."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView, QTableView, QTreeView

from app.ui import export
from app.ui.item_views import KEY_ROLE
from app.ui.main_window import TAB_NAMES, MainWindow


def built(window) -> set[str]:
    return {name for name, page in window.pages.items() if page.is_built()}


def test_at_start_only_the_current_tab_is_built(qtbot, window):
    assert window.current_tab_name() == "overview" and built(window) == {"overview"}
    assert window.overview_tab.text.isVisible()
    assert window.findChild(QGraphicsView, "regionMap") is None
    assert window.findChild(QTreeView, "orgTree") is None
    assert window.findChild(QTableView, "decisionsList") is None
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())  # the Map tab
    view = window.findChild(QGraphicsView, "regionMap")
    assert window.current_tab_name() == "map" and view is not None and view.isVisible()
    assert view.place_ids()  # drawn from the dataset
    assert built(window) == {"overview", "map"}


def test_the_tab_the_settings_name_is_built_before_the_first_paint(qtbot, store, settings):
    settings.setValue("settings_version", 1)
    settings.setValue("window/tab", "decisions")
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    assert built(w) == set()  # nothing until it is shown
    w.show()  # no event has been processed yet: nothing painted
    assert built(w) == {"decisions"}
    assert w.findChild(QTableView, "decisionsList").isVisible()
    assert w.decisions_tab.count.text() == "10 of 10 decisions"


def test_a_tab_shown_later_shows_the_selection_made_before(qtbot, window):
    window.selection.select("decision", "ban-zog", origin="test")
    window.show_tab("decisions")
    assert window.decisions_tab.list.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("decision", "ban-zog")
    window.selection.select("body", "kpnc", origin="test")
    window.show_tab("org")
    assert window.org_tab.tree.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("body", "kpnc")
    window.selection.select("delegation", "berat", origin="test")
    window.show_tab("chart")
    qtbot.waitUntil(lambda: window.chart_tab.chart is not None)
    assert window.chart_tab.chart.selected_bar_ids() == ["berat"]
    window.show_tab("map")
    assert window.map_tab.map.region_item("berat").selected


def test_a_language_switch_reaches_tabs_unbuilt_or_hidden_when_they_are_shown(qtbot, window):
    window.show_tab("map")  # built, then hidden
    window.show_tab("overview")
    window.set_language("sq")
    assert built(window) == {"overview", "map"}  # the switch built nothing
    assert window.map_tab.layer_title.text() == "Show"  # hidden: not retranslated yet
    window.show_tab("decisions")
    page = window.decisions_tab
    assert page.count.text() == "10 nga 10 vendime"
    headers = [page.list.model().headerData(c, Qt.Orientation.Horizontal) for c in range(page.list.model().columnCount())]
    assert "Vendimi" in headers and not {"Decision", "Category", "Sourcing", "Wording"} & set(headers)
    window.show_tab("map")
    assert window.map_tab.layer_title.text() == "Shfaq"
    assert window.map_tab.map.label_item("tirane").text().startswith("Tiranë")
    window.show_tab("overview")
    window.set_language("en")
    window.show_tab("decisions")
    assert window.decisions_tab.count.text() == "10 of 10 decisions"


def test_a_language_switch_makes_no_widget_in_built_tabs_shown_or_not(qtbot, window):
    for name in TAB_NAMES:
        window.show_tab(name)
    window.show_tab("map")
    widgets = set(QApplication.allWidgets())
    window.set_language("sq")
    for name in TAB_NAMES:  # the hidden ones retranslate now, in place
        window.show_tab(name)
    assert window.chart_tab.percent_button.text() == "Përqindja ndaj 188"
    assert set(QApplication.allWidgets()) == widgets


def test_state_from_the_settings_is_applied_when_the_tab_is_built(qtbot, store, settings):
    settings.setValue("settings_version", 1)
    settings.setValue("pages/chart/state", json.dumps({"percent": True, "by_size": True}))
    settings.setValue("pages/decisions/state", json.dumps({"search": "zog", "category": None}))
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    w.show()
    assert w.chart_tab.state() == {"percent": True, "by_size": True} and not w.chart_tab.is_built()
    w.show_tab("chart")
    assert w.chart_tab.percent_button.isChecked() and w.chart_tab.size_button.isChecked()
    assert w.chart_tab.ensure_built().bar_ids()[0] == "vlora-gjirokastra"  # by size: the largest first
    w.close()  # the decisions tab was never shown: its state is kept as it was
    assert json.loads(settings.value("pages/decisions/state"))["search"] == "zog"
    assert json.loads(settings.value("pages/chart/state")) == {"percent": True, "by_size": True}


def test_export_and_csv_of_a_tab_not_built_yet(qtbot, window, tmp_path):
    assert built(window) == {"overview"}
    picture = export.picture_of(window.chart_tab, window.store)
    assert picture is not None and len(window.chart_tab.chart.bar_ids()) == 10
    export.write_png(picture, tmp_path / "chart.png")
    assert (tmp_path / "chart.png").stat().st_size > 1000
    headers, rows = window.decisions_tab.table()
    assert headers[1] == "Title in English" and len(rows) == 10
    window.show_tab("map")
    assert "png" in [f.suffix for f in window.export_formats()]


def test_a_palette_change_rebuilds_only_the_tabs_that_were_built(qtbot, window):
    window.show_tab("map")
    old_map = window.map_tab
    dark = QPalette(QApplication.palette())
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, dark.color(QPalette.ColorRole.WindowText).darker(300))
    light = QApplication.palette()
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(lambda: window.map_tab is not old_map)
        assert window.map_tab.is_built() and window.map_tab.isVisible()  # the current one, again
        assert built(window) == {"map"}  # the overview: built again when it is shown; the others never were
        window.show_tab("org")
        assert built(window) == {"map", "org"}
    finally:
        QApplication.setPalette(light)
