"""The page registry and the page contract: one list of tabs that everything loops over, pages that never
import each other, state that round-trips, and a language switch that retranslates in place."""

from __future__ import annotations

import ast
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import cli
from app.ui import pages
from app.ui.pages import PAGES, Page
from conftest import ROOT

UI = ROOT / "app" / "ui"


def page_modules() -> dict[str, str]:
    """Module name -> page name, for every module that defines a registered page."""
    return {p.__module__: p.name for p in PAGES}


def imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def module_path(module: str):
    relative = module.replace(".", "/")
    return ROOT / f"{relative}.py" if (ROOT / f"{relative}.py").exists() else ROOT / relative / "__init__.py"


def package_of(module: str) -> str:
    """A page that has grown into a folder (app.ui.map.view) is that folder (app.ui.map)."""
    parts = module.split(".")
    return ".".join(parts[:3]) if len(parts) > 3 else module


def test_no_page_module_imports_another():
    packages = {package_of(m) for m in page_modules()}
    assert len(packages) == len(PAGES), "two pages share a module"
    offenders = []
    for package in packages:
        folder = ROOT / package.replace(".", "/")
        files = sorted(folder.rglob("*.py")) if folder.is_dir() else [module_path(package)]
        for path in files:
            for name in imported_modules(path):
                for other in packages - {package}:
                    if name == other or name.startswith(other + "."):
                        offenders.append(f"{path.relative_to(ROOT)} imports {other}")
    assert offenders == []


def test_the_views_inside_a_page_belong_to_that_page_only():
    """A view a page holds (the timeline in the Overview, the people list in Organisation: any *_view.py module
    that is not a page) is imported by that one page and by nothing else, and imports no other page."""
    packages = {package_of(m) for m in page_modules()}
    modules = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = imported_modules(path)

    def page_of(module: str) -> str | None:
        return next((p for p in packages if module == p or module.startswith(p + ".")), None)

    inner = [m for m in modules if m.startswith("app.ui.") and m.endswith("_view") and page_of(m) is None]
    assert {"app.ui.timeline_view", "app.ui.people_view"} <= set(inner)
    for view in inner:
        importers = {m for m, names in modules.items() if view in names}
        owners = {page_of(m) for m in importers}
        assert len(owners) == 1 and None not in owners, f"{view} is imported by {sorted(importers)}"
        others = packages - owners
        assert not [n for n in modules[view] if any(n == o or n.startswith(o + ".") for o in others)], view


def test_the_registry_imports_no_page_at_import_time():
    """pages.py names its pages as strings (loaded on first use), so page modules can import it freely."""
    imported = imported_modules(UI / "pages.py")
    assert not any(package_of(m) in imported or m in imported for m in page_modules())


def test_every_page_declares_the_contract():
    names = [p.name for p in PAGES]
    assert names[:5] == ["overview", "map", "chart", "org", "decisions"] and len(set(names)) == len(names)
    objects = {p.name: p.object_name for p in PAGES}
    assert objects["map"] == "mapTab" and objects["chart"] == "chartTab"
    assert objects["org"] == "orgTab" and objects["decisions"] == "decisionsTab"
    for p in PAGES:
        assert issubclass(p, Page) and p.title.replace("&", "") and p.kinds
        assert all(k in ("place", "delegation", "body", "person", "decision", "event") for k in p.kinds)


def test_the_window_the_menu_the_shortcuts_and_the_command_line_follow_the_registry(window):
    names = [p.name for p in PAGES]
    assert [window.tabs.widget(i).objectName() for i in range(window.tabs.count())] == [p.object_name for p in PAGES]
    assert [a.shortcut().toString() for a in window.tab_actions] == [f"Ctrl+{i + 1}" for i in range(len(PAGES))]
    assert [a.text() for a in window.view_menu.actions()[:len(PAGES)]] == [
        p.translated_title().replace("&", "") for p in PAGES]
    assert list(cli.build_parser()._option_string_actions["--tab"].choices) == names
    for kind in ("place", "delegation", "body", "person", "decision"):
        assert pages.tab_for_kind(kind) in names


def test_ctrl_number_opens_the_tab(qtbot, window):
    for i, p in enumerate(PAGES):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{i + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_tab_name() == p.name


@pytest.mark.parametrize("name", [p.name for p in PAGES])
def test_a_page_builds_on_its_own_and_its_state_is_json(make_page, name):
    page = make_page(name)
    state = page.state()
    assert json.loads(json.dumps(state)) == state
    page.restore_state({"unknown key": 1})  # a key from another version: ignored
    assert page.state() == state


def test_a_broken_page_state_in_the_settings_does_not_stop_the_window(qtbot, store, settings):
    from app.ui.main_window import MainWindow
    settings.setValue("settings_version", 1)
    for p in PAGES:
        settings.setValue(f"pages/{p.name}/state", json.dumps({"search": 3, "filter": [1], "expanded": 7,
                                                                "current": {"x": 1}, "zoom": "big"}))
    settings.setValue("pages/map/state", "not json")
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    w.show()
    assert w.self_check()["decision rows"] == 10


@pytest.mark.parametrize("name", [p.name for p in PAGES])
def test_a_page_exports_a_drawing_or_a_table(make_page, name):
    page = make_page(name)
    assert page.drawable() is not None or page.table() is not None
    table = page.table()
    if table is not None:
        headers, rows = table
        assert rows and all(len(r) == len(headers) for r in rows)


def test_chart_state_round_trips(make_page):
    page = make_page("chart", state={"percent": True, "by_size": True})
    assert page.percent_button.isChecked() and page.size_button.isChecked()
    assert page.ensure_built().bar_ids()[0] == "vlora-gjirokastra"  # the largest first
    assert page.state() == {"percent": True, "by_size": True}


def test_org_state_round_trips(qtbot, make_page):
    page = make_page("org", state={"filter": "maleshova", "view": "tree"})
    assert page.search.text() == "maleshova"
    assert any("Malëshova" in n for n in page.visible_names())
    assert page.state()["filter"] == "maleshova"


def test_decisions_state_round_trips(make_page):
    page = make_page("decisions", state={"search": "zog", "category": None, "current": "ban-zog", "scroll": 0})
    assert page.search.text() == "zog" and "ban-zog" in page.visible_ids()
    assert page.state()["current"] == "ban-zog"


def test_page_states_are_saved_and_restored_with_a_settings_version(qtbot, store, settings):
    from app.ui.main_window import MainWindow
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.chart_tab.percent_button.click()
    w.org_tab.search.setText("maleshova")
    w.decisions_tab.search.setText("zog")
    w.show_tab("decisions")
    w.close()
    assert int(settings.value("settings_version")) >= 1
    assert json.loads(settings.value("pages/chart/state"))["percent"] is True
    assert settings.value("window/splitter") is not None
    w2 = MainWindow(store, settings=settings)
    qtbot.addWidget(w2)
    assert w2.chart_tab.percent_button.isChecked()
    assert w2.org_tab.search.text() == "maleshova" and w2.decisions_tab.search.text() == "zog"
    assert w2.current_tab_name() == "decisions"


def test_a_newer_settings_file_is_left_alone(qtbot, store, settings):
    from app.ui.main_window import MainWindow
    settings.setValue("settings_version", 999)
    settings.setValue("pages/chart/state", json.dumps({"percent": True}))
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    assert not w.chart_tab.percent_button.isChecked()
    w.close()
    assert int(settings.value("settings_version")) == 999


def test_search_everything_asks_for_the_tab_with_a_signal(qtbot, window):
    with qtbot.waitSignal(window.search_box.tab_requested) as blocker:
        window.search_box.choose("decision", "ban-zog")
    assert blocker.args == ["decisions"] and window.current_tab_name() == "decisions"
    assert window.selection.current() == ("decision", "ban-zog")


def test_text_size_keys_scale_the_text_and_are_remembered(qtbot, window, store, settings):
    from app.ui.main_window import MainWindow
    from app.ui.style import apply_text_scale
    base = QApplication.font().pointSizeF()
    try:
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        larger = QApplication.font().pointSizeF()
        assert larger > base
        qtbot.waitUntil(lambda: window.details.font().pointSizeF() == larger)  # the widgets follow
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.font().pointSizeF() < base
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.font().pointSizeF() == larger
        window.close()
        assert float(settings.value("window/text_scale")) > 1.0
        apply_text_scale(1.0)
        w2 = MainWindow(store, settings=settings)  # the next start keeps the size
        qtbot.addWidget(w2)
        assert QApplication.font().pointSizeF() == larger
        w2.reset_text_action.trigger()
        assert QApplication.font().pointSizeF() == base
    finally:
        apply_text_scale(1.0)


def test_the_window_fits_the_screen_on_first_start(qtbot, store, settings):
    from app.ui.main_window import MainWindow
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    screen = w.screen().availableGeometry()
    assert w.width() <= screen.width() and w.height() <= screen.height()


# ---- a language switch, page by page: every page (and the views inside it: the timeline, the people list, the
# ---- org chart) keeps what the person did to it, and no widget is made. A new page must say what to set up.
def _focus(qtbot, widget):
    qtbot.waitUntil(widget.isVisible)
    qtbot.waitUntil(lambda: widget.setFocus() or widget.hasFocus())  # a widget just laid out may refuse it once


def _overview(qtbot, page):
    page.resize(700, 360)  # short: the story scrolls
    page.text.verticalScrollBar().setValue(page.text.verticalScrollBar().maximum() // 2)
    _focus(qtbot, page.timeline)
    for _ in range(3):
        qtbot.keyClick(page.timeline, Qt.Key.Key_Right)
    return page.timeline, lambda: (page.timeline.focused_event_id(), page.text.verticalScrollBar().value())


def _map(qtbot, page):
    page.set_layer("counties")
    page.map.zoom(1.6)
    _focus(qtbot, page.map)
    return page.map, lambda: page.map.transform().m11()


def _chart(qtbot, page):
    qtbot.mouseClick(page.percent_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.size_button, Qt.MouseButton.LeftButton)
    chart = page.ensure_built()
    _focus(qtbot, chart)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    return chart, lambda: (chart.focused_bar_id(), chart.percent_mode, chart.sort_by_size)


def _org(qtbot, page):
    qtbot.keyClicks(page.search, "maleshova")
    qtbot.mouseClick(page.people_button, Qt.MouseButton.LeftButton)
    people = page.people
    qtbot.keyClicks(people.search, "sh")
    _focus(qtbot, people.list)
    qtbot.keyClick(people.list, Qt.Key.Key_Down)
    qtbot.keyClick(people.list, Qt.Key.Key_Down)
    from app.ui.item_views import KEY_ROLE
    return people.list, lambda: (people.search.text(), people.list.currentIndex().data(KEY_ROLE))


def _decisions(qtbot, page):
    qtbot.keyClicks(page.search, "k")
    page.category.setCurrentIndex(page.category.findData(None))
    _focus(qtbot, page.list)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    from app.ui.item_views import KEY_ROLE
    return page.list, lambda: (page.list.currentIndex().siblingAtColumn(0).data(KEY_ROLE),
                               page.list.verticalScrollBar().value())


SET_UP = {"overview": _overview, "map": _map, "chart": _chart, "org": _org, "decisions": _decisions}


def test_every_page_says_how_its_state_is_set_up_for_the_language_test():
    assert set(SET_UP) == {p.name for p in PAGES}


@pytest.mark.parametrize("name", [p.name for p in PAGES])
def test_a_language_switch_makes_no_widget_and_keeps_the_pages_state(qtbot, make_page, name):
    from conftest import albanian_catalogue
    page = make_page(name)
    focused, extra = SET_UP[name](qtbot, page)
    state, kept, widgets = page.state(), extra(), set(QApplication.allWidgets())
    assert all(v is not None for v in (kept if isinstance(kept, tuple) else (kept,)))  # something to keep
    with albanian_catalogue():
        page.set_language("sq")
        assert set(QApplication.allWidgets()) == widgets  # no widget made, none thrown away
        assert page.state() == state and extra() == kept
        assert focused.hasFocus()
        page.set_language("en")
    assert page.state() == state and extra() == kept


def test_the_window_only_wires_and_no_module_grows_past_its_size():
    """MainWindow stays a place for wiring (≤ 250 lines); any module past ~400 lines is split by meaning."""
    from pathlib import Path
    app_dir = Path(__file__).resolve().parents[1] / "app"
    lines = {p.relative_to(app_dir).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in app_dir.rglob("*.py")}
    assert lines["ui/main_window.py"] <= 250
    assert {name: n for name, n in lines.items() if n > 420} == {}


def test_the_registry_says_of_each_tab_what_its_page_class_says():
    """The window's shell reads the registry, not the classes (no page module before it is needed): the two agree."""
    assert [info.load() for info in pages.REGISTRY] == list(PAGES)
    for info, page in zip(pages.REGISTRY, PAGES):
        assert (info.name, info.object_name, info.title, info.kinds, info.views) == (
            page.name, page.object_name, page.title, page.kinds, page.views)
        assert info.translated_title() == page.translated_title()
        assert pages.page_class(info.name) is page and pages.page_info(info.name) is info


# Run in a fresh interpreter (modules stay imported for the rest of a test session): the app as the command line
# starts it, and at its first paint the names of the page modules (and the window's lazily imported ones) loaded.
FIRST_PAINT = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from app import cli
from app.ui.pages import REGISTRY
args, store, selection = cli.prepare(sys.argv[1:])
app = QApplication([])
window = cli.build_window(args, store, selection, persistent=False)
watched = [info.target.partition(":")[0] for info in REGISTRY]
watched += ["app.ui.export", "app.ui.factsheet", "app.ui.help", "app.ui.about", "app.ui.chart_plot", "pyqtgraph"]

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is window:
            print(json.dumps({"imported": [m for m in watched if m in sys.modules],
                              "current": window.tabs.currentWidget().objectName(),
                              "painted": type(obj).__name__}), flush=True)
            os._exit(0)
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
window.show()
app.exec()
"""


@pytest.mark.parametrize("tab", ["overview", "org"])
def test_before_the_first_paint_only_the_module_of_the_tab_shown_is_imported(tab):
    import os
    import subprocess
    import sys
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT, "--tab", tab], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["imported"] == [pages.page_info(tab).target.partition(":")[0]]
    assert seen["current"] == pages.page_info(tab).object_name


def test_a_tab_clicked_before_its_page_is_made_shows_the_page_built_in_its_place(qtbot, store, settings):
    from PySide6.QtWidgets import QTreeView, QWidget

    from app.ui.main_window import MainWindow
    from app.ui.page_slots import PageSlot
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    w.show()  # nothing painted yet: the other pages are not made
    assert list(w.pages.made()) == ["overview"]
    slots = [w.tabs.widget(i) for i in range(w.tabs.count())]
    assert [type(s) is PageSlot for s in slots] == [False, True, True, True, True]
    assert [s.objectName() for s in slots] == [info.object_name for info in pages.REGISTRY]
    titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    bar = w.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())  # Organisation
    assert w.tabs.currentWidget() is w.org_tab and w.current_tab_name() == "org"
    assert w.org_tab.is_built() and w.findChild(QTreeView, "orgTree").isVisible()
    assert w.findChild(QWidget, "orgTab") is w.org_tab
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == titles and bar.currentIndex() == 3
    qtbot.keyClick(w.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # the next tab, by key
    assert w.tabs.currentWidget() is w.decisions_tab and w.decisions_tab.list.isVisible()
    # after the first paint the pages nobody asked for are made, unbuilt, one a turn, and wait out of the tab
    # widget (a tab inserted into a shown one repaints the current page) until they are needed
    qtbot.waitUntil(lambda: list(w.pages.made()) == [info.name for info in pages.REGISTRY])
    assert [isinstance(w.tabs.widget(i), PageSlot) for i in range(w.tabs.count())] == [False, True, True, False, False]
    made = w.pages.made()
    assert {name for name, page in made.items() if page.is_built()} == {"overview", "org", "decisions"}
    assert not made["map"].isVisible() and w.tabs.indexOf(made["map"]) == -1
    w.show_tab("map")
    assert w.tabs.widget(1) is made["map"] is w.map_tab and w.map_tab.map.isVisible()
    assert w.findChild(QWidget, "chartTab") is w.pages.made()["chart"]  # the page, not its slot
    w.tabs.setCurrentIndex(2)
    assert w.tabs.widget(2) is w.chart_tab and w.chart_tab.isVisible() and w.tabs.count() == len(pages.REGISTRY)


def test_a_click_on_a_tab_whose_page_is_not_made_yet_paints_the_page_once(qtbot, store, settings):
    """The slot is swapped for the page inside the click: what the swap asks of the layout is done before the
    page's first paint, not after it with a second paint of the whole page."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest

    from app.ui.main_window import MainWindow
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w._make_rest.stop()  # the page stays unmade until the click

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj.objectName() == "decisionsTab" and obj is w.tabs.widget(4):
                self.count += 1
            return False
    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        bar = w.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(4).center())
        for _ in range(10):
            QApplication.processEvents()
            QTest.qWait(2)
    finally:
        QApplication.instance().removeEventFilter(paints)
    assert w.current_tab_name() == "decisions" and w.decisions_tab.list.isVisible()
    assert paints.count == 1
