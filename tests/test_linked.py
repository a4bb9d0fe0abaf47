"""One app, not four tabs: linked selection with history, search everything, cite, deep links,
accessibility, dark palettes."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QComboBox, QTabBar, QWidget

from app import cli
from app.ui.item_views import KEY_ROLE, walk_rows
from app.ui.labels import label
from app.ui.main_window import MainWindow
from app.ui.theme import dark_palette


def tree_index(tree, key):
    return next(i for i in walk_rows(tree.model()) if i.data(KEY_ROLE) == key)


def test_full_linked_round_trip(qtbot, window):
    # click a map region ...
    window.show_tab("map")
    view = window.map_tab.map
    qtbot.waitUntil(view.isVisible)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport_point("korce"))
    # ... the chart's bar, the details panel and the status bar agree
    assert window.chart_tab.ensure_built().selected_bar_ids() == ["korca"]
    assert "Korçë: 25 delegates, 13.3% of 188" in window.details.toPlainText()
    assert window.selection_label.text() == "delegation: Korçë — Korçë: 25 delegates"
    # select a person in the tree: the details panel shows their roles
    window.show_tab("org")
    tree = window.org_tab.tree
    qtbot.waitUntil(tree.isVisible)
    index = tree_index(tree, ("person", "haxhi-lleshi"))
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert "member of the Anti-Fascist National Liberation Committee" in window.details.toPlainText()
    assert view.selected_place_ids() == []
    # back returns to the region, forward to the person
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.selection.current() == ("delegation", "korca")
    assert view.selected_place_ids() == ["korce"] and "Korçë: 25 delegates" in window.selection_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.selection.current() == ("person", "haxhi-lleshi")
    assert window.details.toPlainText().startswith("Haxhi Lleshi")


def test_history_keeps_at_least_50_steps(window):
    people = [p.id for p in window.store.people()]
    for pid in people + people[:25]:
        window.selection.select("person", pid)
    steps = 0
    while window.back_action.isEnabled():
        window.back_action.trigger()
        steps += 1
    assert steps >= 50
    assert window.forward_action.isEnabled()


def test_a_view_never_reacts_to_its_own_echo(qtbot, window):
    calls = []
    view = window.map_tab.map
    original = view.focus_place
    view.focus_place = lambda pid: (calls.append(pid), original(pid))
    view.select_place("berat")
    assert calls == ["berat"]  # focused once, by the click itself; the echo did not move it again


def test_clear_selection_is_visible_and_esc(qtbot, window):
    window.selection.select("place", "fier")
    assert window.clear_action.isEnabled()
    assert window.clear_action in window.toolbar.actions()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.selection.current() is None and not window.clear_action.isEnabled()


@pytest.mark.parametrize("query, expected, tab", [
    ("korca", ("place", "korce"), "map"),
    ("lleshi", ("person", "haxhi-lleshi"), "org"),
    ("keshilli", ("body", "kpnc"), "org"),
    ("zog", ("decision", "ban-zog"), "decisions"),
    ("vlora", ("delegation", "vlora-gjirokastra"), "chart"),
])
def test_search_everything(qtbot, window, query, expected, tab):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, query)
    assert expected in window.search_box.hit_keys()
    window.search_box.choose(*expected)
    assert window.selection.current() == expected
    assert window.current_tab_name() == tab


def test_search_everything_enter_takes_the_first_hit(qtbot, window):
    window.focus_search_everything()
    qtbot.keyClicks(window.search_box, "Korca")
    assert window.search_box.hit_keys()[:2] == [("place", "korce"), ("delegation", "korca")]
    window.search_box.completer_.popup().hide()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.selection.current() == ("place", "korce") and window.current_tab_name() == "map"


def test_ctrl_f_goes_to_the_tab_search_or_to_search_everything(qtbot, window):
    window.show_tab("decisions")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.decisions_tab.search.hasFocus()
    window.show_tab("map")
    window.map_tab.map.setFocus()
    qtbot.keyClick(window.map_tab.map, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()


def test_cite_this_copies_a_citation(qtbot, window):
    assert not window.cite_button.isEnabled()
    window.selection.select("person", "omer-nishani")
    qtbot.mouseClick(window.cite_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == "Omer Nishani (a person in the bodies of the Congress of Përmet)."
    assert lines[1].startswith("Përmet Explorer 0.1.0, dataset “Congress of Përmet (May 1944)” (schema 3)")
    assert any("Great Soviet Encyclopedia" in line and "its presidium, chaired by O. Nishani" in line for line in lines)


def test_copy_link_gives_a_permet_explorer_link_to_the_view(qtbot, window, tmp_path):
    window.show_tab("chart")
    window.selection.select("delegation", "berat")
    window.copy_link_action.trigger()
    link = QApplication.clipboard().text()
    assert link == "permet-explorer:select=delegation:berat&tab=chart&lang=en"
    args, store, selection = cli.prepare([link])
    again = cli.build_window(args, store, selection, persistent=False)
    qtbot.addWidget(again)
    assert again.current_tab_name() == "chart" and again.selection.current() == ("delegation", "berat")


@pytest.mark.parametrize("select", ["place:fier", "delegation:peza", "body:kpnc", "person:ramiz-alia",
                                    "decision:critics-avnoj"])
def test_select_works_for_every_kind(qtbot, select):
    args, store, selection = cli.prepare(["--select", select])
    window = cli.build_window(args, store, selection, persistent=False)
    qtbot.addWidget(window)
    kind, item_id = select.split(":")
    assert window.selection.current() == (kind, item_id)
    heading = window.details.toPlainText().split("\n")[0]  # a delegation's: "Delegation of Pezë"
    assert label(store, kind, item_id).split(" (")[0] in heading


def our_controls(window):
    """The widgets a person can focus, leaving out Qt's own internals (viewports, combo popups, tab scrollers)."""
    viewports = {a.viewport() for a in window.findChildren(QAbstractScrollArea)}
    combo_parts = {c for combo in window.findChildren(QComboBox) for c in combo.findChildren(QWidget)}
    tab_parts = {c for bar in window.findChildren(QTabBar) for c in bar.findChildren(QWidget)}
    return [w for w in window.findChildren(QWidget)  # in the window itself, not in a popup menu never shown
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w not in viewports | combo_parts | tab_parts
            and w.window() is window]


def test_every_control_has_an_accessible_name_and_description(window):
    window.chart_tab.ensure_built()
    missing = []
    for w in our_controls(window):
        name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
        if not name or not w.accessibleDescription():
            missing.append(f"{type(w).__name__} {w.objectName()!r}")
    assert missing == []


def test_keyboard_announces_the_focused_region_and_bar(qtbot, window):
    view = window.map_tab.map
    view.setFocus()
    view.focus_place("korce")
    assert view.accessibleDescription().startswith("Korçë / Korçë; Delegation of Korçë; 25 delegates")
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.accessibleDescription().startswith("Durrës; 2 delegates, 1.1% of 188")


def test_focus_order_reaches_the_views(qtbot, window):
    window.show_tab("map")
    order, w = [], window.search_box
    for _ in range(300):
        w = w.nextInFocusChain()
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window) and w.objectName():
            order.append(w.objectName())
    # the map, then the details panel and its "Cite this", then back to the search box
    assert order.index("regionMap") < order.index("detailsPanel") < order.index("citeThis")


def test_dark_palette_is_followed(qtbot, store, settings):
    app = QApplication.instance()
    light = app.palette()
    app.setPalette(dark_palette())
    try:
        window = MainWindow(store, settings=settings)
        qtbot.addWidget(window)
        window.show()
        sea = window.map_tab.map.scene().backgroundBrush().color()
        assert sea.lightness() < 80
        chart = window.chart_tab.ensure_built()
        assert chart.backgroundBrush().color().lightness() < 80
        for place_id in ("shkoder", "peze"):  # light text on a dark plate
            label = window.map_tab.map.label_item(place_id)
            assert label.brush().color().lightness() > 180 and label.plate.lightness() < 60
    finally:
        app.setPalette(light)


def test_search_indexes_are_built_while_idle(qtbot, window):
    window.show_tab("decisions")  # a page's own index (the decisions search) once it is built
    qtbot.waitUntil(window.search_ready, timeout=5000)
    assert window.store._index is not None
    assert len(window.decisions_tab.filter._index) == 10
    window.search_box.setText("")
    qtbot.keyClicks(window.search_box, "nishani")
    assert window.search_box.hit_keys() == [("person", "omer-nishani")]


# ---- what a click in one page shows in the details panel and the other pages (the pages' own tests build
# ---- each page alone: test_chart.py, test_org.py, test_decisions.py)
def click_bar(qtbot, chart, delegation_id):
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(
        chart.getPlotItem().getViewBox().mapViewToScene(chart.bar_rect(delegation_id).center())))


def shown_chart(qtbot, window):
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    qtbot.waitUntil(chart.isVisible)
    return chart


@pytest.mark.parametrize("delegation_id, expected", [
    ("korca", "Korçë: 25 delegates, 13.3% of 188"),
    ("durres", "Durrës: 2 delegates, 1.1% of 188"),
    ("not-broken-down", "Computed, not sourced"),
    ("youth-union", "A quota set by the election resolution"),
])
def test_a_bar_click_shows_its_delegation_in_the_details_panel(qtbot, window, delegation_id, expected):
    click_bar(qtbot, shown_chart(qtbot, window), delegation_id)
    assert window.selection.current() == ("delegation", delegation_id)
    assert expected in window.details.toPlainText()


def test_a_bar_click_reaches_the_map(qtbot, window):
    click_bar(qtbot, shown_chart(qtbot, window), "vlora-gjirokastra")
    assert sorted(window.map_tab.map.selected_place_ids()) == ["gjirokaster", "vlore"]


def click_org_row(qtbot, window, key):
    window.show_tab("org")
    tree = window.org_tab.tree
    qtbot.waitUntil(tree.isVisible)
    index = tree_index(tree, key)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert window.selection.current() == key


def test_a_person_row_click_shows_their_offices_in_the_details_panel(qtbot, window):
    click_org_row(qtbot, window, ("person", "sejfulla-maleshova"))
    text = window.details.toPlainText()
    assert "secretary, Presidency of the Council" not in text  # audit E3: that was the Front's Presidency
    assert "commissioner of the Anti-Fascist National Liberation Committee (provisional government) for press, propaganda" in text
    assert "Sources disagree on the office held" in text and "18 November 1944" in text


def test_a_body_row_click_shows_its_figures_in_the_details_panel(qtbot, window):
    click_org_row(qtbot, window, ("body", "council"))
    text = window.details.toPlainText()
    assert "Size: 118 or 121 (sources disagree)" in text
    assert "16 members named in the sources" in text


def shown_decisions(qtbot, window):
    window.show_tab("decisions")
    tab = window.decisions_tab
    qtbot.waitUntil(tab.list.isVisible)
    return tab


def test_decisions_ctrl_f_then_keys_and_the_details_panel_reads_the_row(qtbot, window):
    tab = shown_decisions(qtbot, window)
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "zog")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    qtbot.keyClick(tab.list, Qt.Key.Key_Down)
    second = tab.visible_ids()[1]
    assert window.selection.current() == ("decision", second)
    assert window.details.toPlainText().startswith(tab.visible_titles()[1])  # the details panel reads it
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)  # the window's Esc clears the selection; not this one
    assert tab.search.text() == "" and window.selection.current() == ("decision", second)


def test_a_decision_row_click_shows_its_quotes_in_their_own_language(qtbot, window):
    tab = shown_decisions(qtbot, window)
    index = tab.filter.index(tab.visible_ids().index("ban-zog"), 0)
    qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=tab.list.visualRect(index).center())
    assert window.selection.current() == ("decision", "ban-zog")
    text = window.details.toPlainText()
    assert "i ndaloi hyrjen në atdhe Mbretit Zog" in text and "[quote in Albanian]" in text
    assert "banned the return to Albania for the royal family" in text and "[quote in English]" in text
    assert "[critical]" in text and "1944/Kongresi jugosllav i Përmetit (Kastriot Dervishi, historian)" in text
    html = window.details.toHtml()
    assert "http://limit.al/2018/05/24/1944-kongresi-jugosllav-i-permetit/" in html


def test_a_decisions_concerned_body_link_switches_the_selection(qtbot, window):
    from PySide6.QtCore import QUrl
    shown_decisions(qtbot, window)
    window.selection.select("decision", "form-committee")
    window.details.anchorClicked.emit(QUrl("select:body:committee"))
    assert window.selection.current() == ("body", "committee")


def test_cite_this_copies_a_decisions_citation(qtbot, window):
    shown_decisions(qtbot, window)
    window.selection.select("decision", "war-crimes-commission")
    qtbot.mouseClick(window.cite_button, Qt.MouseButton.LeftButton)  # one button for the job: "Cite this"
    text = QApplication.clipboard().text()
    assert text.startswith("Set up a state commission on war criminals (a decision of the Congress of Përmet")
    assert "Përmet Explorer 0.1.0" in text
    assert "[1] Antifascist National-Liberation Council of Albania (Great Soviet Encyclopedia, English translation)." in text
    assert "https://encyclopedia2.thefreedictionary.com/" in text and "Reliability: Soviet." in text


def test_a_people_list_click_shows_the_person_in_the_details_panel(qtbot, window):
    window.show_tab("org")
    qtbot.mouseClick(window.org_tab.people_button, Qt.MouseButton.LeftButton)
    view = window.org_tab.people.list
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Sejfulla Malëshova")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(row, 1)).center())
    assert window.selection.current() == ("person", "sejfulla-maleshova")
    assert "Sejfulla Malëshova" in window.details.toPlainText()


def test_each_persons_sources_list_every_quote_once(qtbot, window, store):
    """A quote that stands behind a person and one of their seats (Enver Hoxha's) is listed once, not twice."""
    window.show_tab("org")
    qtbot.mouseClick(window.org_tab.people_button, Qt.MouseButton.LeftButton)
    view = window.org_tab.people.list
    model = view.model()
    repeated = {}
    for row in range(model.rowCount()):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(row, 0)).center())
        kind, person_id = window.selection.current()
        text = window.details.toPlainText()
        for quote in {c.quote for c in store.item_citations(kind, person_id)}:
            if text.count("“" + quote[:60]) != 1:  # as a quote, not inside a title
                repeated[person_id] = quote[:60]
        view.scrollTo(model.index(min(row + 1, model.rowCount() - 1), 0))
    assert model.rowCount() == len(store.people())
    assert repeated == {}
