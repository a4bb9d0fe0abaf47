"""What keeps the app quick at 1000× the data, checked by counting, never by timing (timings are `make bench`'s):
a selection restyles only the map items and timeline events whose state changes, a person's seats and
delegations are looked up rather than found by walking every seat, and Store.open decides a clean dataset's
ids and texts in one pass per kind of check, naming the first bad value when there is one."""

import shutil
import sqlite3

import pytest

from app.model import DatasetError, Store, checks
from PySide6.QtWidgets import QApplication

from app.ui.item_views import KEY_ROLE
from app.ui.map.items import LocalityItem, RegionItem, SymbolItem
from app.ui.timeline_view import EventItem


def count_restyles(monkeypatch, classes) -> list:
    restyled = []
    for cls in classes:
        original = cls.restyle

        def restyle(self, original=original):
            restyled.append(self)
            original(self)
        monkeypatch.setattr(cls, "restyle", restyle)
    return restyled


def map_states(view) -> dict:
    items = {("place", p): view.region_item(p) for p in view.place_ids()}
    items.update({("symbol", d): view.symbol_item(d) for d in view.symbol_ids()})
    return {key: item.selected for key, item in items.items()}


def test_a_selection_restyles_only_the_map_items_whose_state_changes(qtbot, window, monkeypatch):
    window.show_tab("map")
    view = window.map_tab.map
    window.selection.select("delegation", "korca", origin="test")
    restyled = count_restyles(monkeypatch, (RegionItem, LocalityItem, SymbolItem))
    for kind, item_id in [("delegation", "vlora-gjirokastra"), ("place", "peze"), ("person", "enver-hoxha"),
                          ("decision", "ban-zog"), ("delegation", "berat")]:
        before = map_states(view)
        restyled.clear()
        window.selection.select(kind, item_id, origin="test")
        after = map_states(view)
        changed = {key for key in after if after[key] != before[key]}
        assert changed or kind in ("person", "decision")
        shown = {key: item for key, item in [(("place", p), view.region_item(p)) for p in view.place_ids()] +
                 [(("symbol", d), view.symbol_item(d)) for d in view.symbol_ids()]}
        assert {key for key, item in shown.items() if any(item is r for r in restyled)} == changed
    assert view.selected_place_ids() == ["berat"]


class Walked(dict):
    """A dict that counts the walks over it (a lookup by key is not one)."""
    walks = 0

    def __iter__(self):
        Walked.walks += 1
        return super().__iter__()

    def items(self):
        Walked.walks += 1
        return super().items()

    def values(self):
        Walked.walks += 1
        return super().values()


def test_a_map_selection_looks_its_items_up_without_walking_them(qtbot, window):
    window.show_tab("map")
    view = window.map_tab.map
    view._items, view._symbols = Walked(view._items), Walked(view._symbols)
    Walked.walks = 0
    for kind, item_id in [("delegation", "korca"), ("place", "peze"), ("person", "enver-hoxha"), ("decision", "ban-zog")]:
        window.selection.select(kind, item_id, origin="test")
    assert Walked.walks == 0
    assert view.region_item("korce").selected is False and view.region_item("peze").selected is False


def test_a_selection_restyles_only_the_timeline_events_whose_state_changes(qtbot, window, store, monkeypatch):
    window.show_tab("overview")
    timeline = window.overview_tab.timeline
    first, second = [e.id for e in store.events()][:2]
    restyled = count_restyles(monkeypatch, (EventItem,))
    window.selection.select("event", first, origin="test")
    assert [r.spec.id for r in restyled] == [first]
    restyled.clear()
    window.selection.select("event", second, origin="test")
    assert sorted(r.spec.id for r in restyled) == sorted([first, second])
    restyled.clear()
    window.selection.select("delegation", "korca", origin="test")
    assert [r.spec.id for r in restyled] == [second] and timeline.selected_event_ids() == []


def test_a_persons_seats_and_delegations_are_looked_up_not_searched():
    store = Store.open()
    people = store.ids("person")
    walked_roles = {p: [s for b in store.bodies() for s in store.seats(b.id) if s.person_id == p] for p in people}
    walked_named = {p: [n for d in store.delegations() for n in store.named_delegates(d.id) if n.person_id == p]
                    for p in people}
    assert any(walked_roles.values()) and any(walked_named.values())
    store._seats, store._named = {}, {}  # nothing left to walk: the answers come from the index made at load
    assert {p: store.roles(p) for p in people} == walked_roles
    assert {p: store.delegations_of_person(p) for p in people} == walked_named


def test_a_clean_dataset_is_decided_in_one_pass_and_a_bad_value_is_still_named(tmp_path):
    store = Store.open()
    assert checks._values_clean(store)  # the bundled data never needs the one-by-one pass
    for table, column, value, rule in [("person", "name", "Hysen\u0085 Zaloshnja", "C1"),
                                       ("person", "name", "A" + "\u0301" * 20, "combining marks"),
                                       ("term", "id", "kanc ", "without leading or trailing spaces"),
                                       ("seat", "person_id", "hysen-zaloshnja\u200e", "U\\+200E")]:
        path = tmp_path / f"{table}-{column}-{len(value)}.sqlite"
        shutil.copy(store.path, path)
        con = sqlite3.connect(path)
        with con:
            con.execute("PRAGMA foreign_keys = OFF")
            if table == "seat":  # a person id with an invisible mark, in the person and in their seats alike
                con.execute("UPDATE person SET id = ? WHERE id = 'hysen-zaloshnja'", (value,))
                con.execute("UPDATE named_delegate SET person_id = ? WHERE person_id = 'hysen-zaloshnja'", (value,))
            con.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT min(rowid) FROM {table} "
                        f"WHERE {column} IS NOT NULL)", (value,))
        con.close()
        with pytest.raises(DatasetError, match=rule):
            Store.open(path)


def test_search_everything_typed_before_the_index_is_built_waits_for_it_in_slices(qtbot, monkeypatch):
    from app.ui.search_everything import SearchEverything
    from app.ui.selection import SelectionModel
    store = Store.open()  # its search index not built yet, as in a huge dataset's first second
    monkeypatch.setattr(SearchEverything, "WAIT_S", 0.0)  # no time to build it on the keystroke
    whole = store.build_search_index
    monkeypatch.setattr(store, "build_search_index", lambda: whole(budget_s=0.0))  # one item a slice
    box = SearchEverything(store, SelectionModel(), "en")
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "korc")
    assert not store.search_ready() and box.hit_keys() == []  # the keystroke did not build the index
    qtbot.waitUntil(store.search_ready, timeout=10000)
    qtbot.waitUntil(lambda: ("delegation", "korca") in box.hit_keys(), timeout=2000)


def test_the_overview_names_the_first_items_of_a_long_list_and_counts_the_rest(qtbot, window, store, monkeypatch):
    from app.ui.overview_text import OverviewText
    monkeypatch.setattr(OverviewText, "LIST_LIMIT", 3)  # as a dataset with thousands of decisions meets it
    window.show_tab("overview")
    window.set_language("sq")
    window.set_language("en")
    links = window.overview_tab.links()
    decisions = store.decisions("decision")
    listed = [d.id for d in decisions if (f"select:decision:{d.id}", label_of(store, d.id)) in links]
    assert listed == [d.id for d in decisions[:3]]
    assert ("show:decisions", f"and {len(decisions) - 3} more") in links
    regional = [d for d in store.delegations("region") if d.delegates is not None]
    assert f"and {len(regional) - 3} more" in window.overview_tab.text.toPlainText()


def label_of(store, decision_id: str) -> str:
    from app.ui.labels import label
    return label(store, "decision", decision_id, "en")


def test_map_texts_are_written_when_asked_for_and_a_tooltip_shows_the_new_language(qtbot, window):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip
    window.show_tab("map")
    view = window.map_tab.map
    window.set_language("sq")
    items = [view.region_item(p) for p in view.place_ids()] + [view.symbol_item(d) for d in view.symbol_ids()]
    assert all(item._info is None for item in items)  # the switch wrote none of the 30-odd texts
    point = view.symbol_point("korca")
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point,
                                                       view.viewport().mapToGlobal(point)))
    written = [item for item in items if item._info is not None]
    assert 0 < len(written) < len(items) and view.symbol_item("korca") in written
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "Delegacioni i " in QToolTip.text() and "Delegation of " not in QToolTip.text()
    QToolTip.hideText()
    assert "Delegacioni i Beratit" in view.symbol_item("berat").info and view.symbol_item("berat").toolTip()


def test_a_selection_with_the_org_tree_current_asks_only_for_the_rows_on_screen(qtbot, window, store):
    """Showing a selection in the organisation tree scrolls to its row and repaints what is on screen: the
    model describes those rows only, never a walk over every seat of every body."""
    window.resize(1024, 640)  # a small laptop, every seat shown: the tree is longer than the screen
    window.show_tab("org")
    tree, model = window.org_tab.tree, window.org_tab.model
    window.org_tab.expand_button.click()
    qtbot.waitUntil(lambda: tree.isVisible() and tree.verticalScrollBar().maximum() > 0)
    asked = []
    original = model.cells
    model.cells = lambda node: (asked.append(node), original(node))[1]
    row_height = tree.rowHeight(tree.model().index(0, 0))
    on_screen = tree.viewport().height() // row_height + 2
    people = [p for p in store.ids("person") if model.row_of(("person", p)) is not None]
    assert len(people) > 10
    for kind, item_id in [("person", people[0]), ("person", people[-1]), ("body", store.ids("body")[0]),
                          ("person", people[len(people) // 2])]:
        asked.clear()
        window.selection.select(kind, item_id, origin="test")
        QApplication.processEvents()
        QApplication.processEvents()
        current = tree.currentIndex()
        assert current.isValid() and current.siblingAtColumn(0).data(KEY_ROLE) in (
            (kind, item_id), model.row_of((kind, item_id)).data(KEY_ROLE))
        assert 0 < len({id(node) for node in asked}) <= on_screen
