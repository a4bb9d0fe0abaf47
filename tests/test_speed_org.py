"""What keeps the Organisation tab quick at 1000× the data, checked by what it does, never by timing (timings are
`make bench`'s): a big tree is made in slices from the event loop, its top shown first, and once the slices are done
it is the tree made at once (rows, what is open, what is selected); whatever needs the whole tree finishes it first;
a selection describes only the rows it shows; the last rows of a big tree are added closed and opened over later
turns; a keystroke in the people filter, the decisions list's first show and its search ask no row one by one."""

from __future__ import annotations

import collections
import contextlib
import sys

import pytest
from conftest import show_window
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.model import Store
from app.ui.item_views import KEY_ROLE
from app.ui.org_view import OrgTab
from app.ui.selection import SelectionModel
from benchmarks.synthetic import make_dataset
from conftest import albanian_catalogue


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Store:
    """A synthetic dataset with 20 times the bundled bodies and seats (40 top bodies, ~1,000 rows)."""
    return Store.open(make_dataset(tmp_path_factory.mktemp("org") / "x20.sqlite", scale=20))


@pytest.fixture
def sliced(monkeypatch):
    """Slices as small as they get: the first a few top bodies, each later one a single top body."""
    monkeypatch.setattr(OrgTab, "FIRST_ROWS", 60)
    monkeypatch.setattr(OrgTab, "SLICE_S", 0.0)


def rows(tree) -> list[tuple]:
    """Every row the tree's model has, depth first: (key, the cells shown, whether it is open)."""
    model, out = tree.model(), []

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            cells = tuple(index.siblingAtColumn(c).data() for c in range(model.columnCount(index)))
            out.append((depth, index.data(KEY_ROLE), cells, tree.isExpanded(index)))
            walk(index, depth + 1)
    walk(QModelIndex(), 0)
    return out


def org_page(qtbot, store: Store, selection: SelectionModel | None = None, state: dict | None = None) -> OrgTab:
    page = OrgTab.unbuilt(store, selection or SelectionModel(), "en")
    if state:
        page.restore_state(state)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    return page


def until_built(page: OrgTab) -> None:
    """Turns of the event loop until the page's tree is whole, however long a loaded machine takes over them."""
    for _ in range(100_000):
        if page.is_tree_built():
            return
        QApplication.processEvents()
    assert page.is_tree_built()


def whole_tree(qtbot, store: Store, monkeypatch, state: dict | None = None) -> list[tuple]:
    """The rows of a page whose tree is made in one go."""
    with monkeypatch.context() as m:
        m.setattr(OrgTab, "FIRST_ROWS", 10 ** 9)
        page = org_page(qtbot, store, state=state)
        page.show()
        assert page.is_tree_built()
        return rows(page.tree)


def test_the_first_show_of_a_big_tree_returns_before_it_is_whole_and_then_it_is_the_whole_tree(
        qtbot, monkeypatch, big_store, sliced):
    page = org_page(qtbot, big_store)
    page.show()  # builds the page: the first slice, then back to the event loop
    tops = len(big_store.child_bodies(None))
    assert not page.is_tree_built()
    assert 0 < page.model.rowCount() < tops  # the top of the tree is there to be seen at once
    assert page.tree.isVisible() and page.tree.isExpanded(page.model.index(0, 0))
    turns = 0
    while not page.is_tree_built():
        QApplication.processEvents()
        turns += 1
    assert turns > 2  # one top body a slice here, then the rows are added in one go
    assert page.model.rowCount() == tops
    assert rows(page.tree) == whole_tree(qtbot, big_store, monkeypatch)
    seats = sum(len(big_store.seats(b.id)) for b in big_store.bodies())
    assert len(rows(page.tree)) >= seats  # every seat has a row (the unnamed ones folded under one)


def test_the_window_shows_the_whole_tree_once_its_slices_are_done(qtbot, monkeypatch, big_store, sliced, settings):
    window = show_window(qtbot, big_store, settings, (1024, 640))
    window.show_tab("org")
    org = window.org_tab
    assert not org.is_tree_built()
    until_built(org)
    assert org.model.rowCount() == len(big_store.child_bodies(None))
    assert rows(org.tree) == whole_tree(qtbot, big_store, monkeypatch)
    window.close()


def test_a_selection_made_before_its_row_exists_is_shown_when_it_is_made(qtbot, monkeypatch, big_store, sliced):
    selection = SelectionModel()
    page = org_page(qtbot, big_store, selection)
    page.show()
    last_top = big_store.child_bodies(None)[-1]
    under = [last_top] + big_store.child_bodies(last_top.id)
    person = next(seat.person_id for body in under for seat in big_store.seats(body.id) if seat.person_id)
    selection.select("body", last_top.id, origin="test")
    assert page.model.row_of(("body", last_top.id)) is None and not page.tree.currentIndex().isValid()
    until_built(page)
    current = page.tree.currentIndex()
    assert current.data(KEY_ROLE) == ("body", last_top.id) and current.row() == page.model.rowCount() - 1
    assert page.tree.selectionModel().isSelected(current)
    selection.select("person", person, origin="test")  # a person's first seat, as before
    assert page.tree.currentIndex().data(KEY_ROLE) == ("person", person)


@pytest.mark.parametrize("action", ["filter", "expand all", "state", "picture"])
def test_what_needs_the_whole_tree_finishes_it_first(qtbot, monkeypatch, big_store, sliced, action):
    page = org_page(qtbot, big_store)
    page.show()
    assert not page.is_tree_built()
    last_top = big_store.child_bodies(None)[-1]
    if action == "filter":
        qtbot.keyClicks(page.search, last_top.name_en.split()[0])
        assert page.is_tree_built()
        shown = {index.data(KEY_ROLE) for index in _indexes(page.tree.model())}
        assert ("body", last_top.id) in shown
    elif action == "expand all":
        page.expand_button.click()
        assert page.is_tree_built()
        assert all(page.tree.isExpanded(i) for i in _indexes(page.tree.model()) if page.model.hasChildren(i))
    elif action == "state":
        expanded = page.state()["expanded"]
        assert page.is_tree_built() and ["body", last_top.id] in expanded
    else:
        page.drawable()  # what --screenshot and File → Export ask for
        assert page.is_tree_built()


def settle() -> None:
    """Turns of the event loop until what they were asked to do (layouts, paints) is done; a slice of the tree's
    making held by `next_slice` waits for it."""
    for _ in range(5):
        QApplication.processEvents()


def next_slice(page: OrgTab, settled: bool = False) -> bool:
    """Run the next slice of the page's tree on its own (the slicer held, so that no load on the machine lets a
    turn run several, or none); whether another is due."""
    page._slicer.stop()
    if settled:
        settle()
    page._build_slice()
    due = page._slicer.isActive()
    page._slicer.stop()
    return due


def _indexes(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _indexes(model, index)


def test_a_saved_state_opens_the_same_rows_whether_the_tree_is_made_at_once_or_in_slices(
        qtbot, monkeypatch, big_store, sliced):
    tops = big_store.child_bodies(None)
    wanted = [["body", tops[0].id], ["body", tops[-1].id], ["body", tops[-3].id]]
    wanted += [["unnamed", b.id] for b in big_store.child_bodies(tops[-1].id)]
    page = org_page(qtbot, big_store, state={"expanded": wanted, "view": "tree"})
    page.show()
    assert not page.is_tree_built()
    until_built(page)
    shown = rows(page.tree)
    assert shown == whole_tree(qtbot, big_store, monkeypatch, state={"expanded": wanted, "view": "tree"})
    assert shown != whole_tree(qtbot, big_store, monkeypatch)  # the state opened other rows than the default
    last = page.model.index(page.model.rowCount() - 1, 0)
    assert page.tree.isExpanded(last) and not page.tree.isExpanded(page.model.index(page.model.rowCount() - 2, 0))


def test_the_bundled_tree_is_made_at_once(qtbot, make_page):
    page = make_page("org")
    assert page.is_tree_built() and page.model.rowCount() == 2


def test_a_selection_describes_only_the_rows_it_shows_on_a_big_tree(qtbot, monkeypatch, big_store):
    selection = SelectionModel()
    page = org_page(qtbot, big_store, selection)
    page.show()
    until_built(page)
    QApplication.processEvents()
    described = []
    original = page.model.cells
    monkeypatch.setattr(page.model, "cells", lambda node: (described.append(id(node)), original(node))[1])
    changed = []
    page.model.dataChanged.connect(lambda *args: changed.append(args))
    page.model.layoutChanged.connect(lambda *args: changed.append(args))
    on_screen = page.tree.viewport().height() // page.tree.rowHeight(page.model.index(0, 0)) + 2
    for body in big_store.child_bodies(None)[::7]:
        described.clear()
        selection.select("body", body.id, origin="test")
        QApplication.processEvents()
        assert page.tree.currentIndex().data(KEY_ROLE) == ("body", body.id)
        assert 0 < len(set(described)) <= on_screen
    assert changed == []  # the model tells the view nothing: the view repaints the rows it shows


def test_a_language_switch_retitles_the_tree_without_laying_its_rows_out_again(qtbot, monkeypatch, big_store):
    from app.ui.org_tree import OrgTreeModel
    asked = []
    original = OrgTreeModel.hasChildren  # counted from the model's making on (PySide looks an override up once)
    monkeypatch.setattr(OrgTreeModel, "hasChildren",
                        lambda self, parent=QModelIndex(): (asked.append(1), original(self, parent))[1])
    page = org_page(qtbot, big_store)
    page.show()
    until_built(page)
    QApplication.processEvents()
    header = page.tree.header()
    before = header.grab().toImage()
    rows_shown = page.tree.viewport().height() // page.tree.rowHeight(page.model.index(0, 0)) + 2
    assert sum(1 for _ in _indexes(page.model)) > 10 * rows_shown  # a relayout would ask for every row
    asked.clear()
    with albanian_catalogue():
        page.set_language("sq")
        QApplication.processEvents()
        QApplication.processEvents()
    assert [header.model().headerData(c, header.orientation()) for c in range(4)] == ["Emri", "Detyra", "Resori", "Burimet"]
    assert header.grab().toImage() != before  # the header shows the new titles
    assert len(asked) <= rows_shown  # no relayout: it asks every row it shows (the rows on screen repaint)
    top = big_store.child_bodies(None)[0]
    assert page.model.index(0, 0).data() == (f"{top.name_sq} ({top.abbrev})" if top.abbrev else top.name_sq)


def test_the_people_list_sorts_by_a_header_click_and_keeps_the_current_person(qtbot, make_page, hub, store):
    page = make_page("org")
    page.show_view("people")
    view = page.people.list
    model = view.model()
    hub.select("person", "sejfulla-maleshova", origin="test")
    by_name = [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    delegations = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert delegations == sorted(delegations, key=str.casefold)
    assert [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())] != by_name
    assert view.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("person", "sejfulla-maleshova")
    assert view.selectionModel().isSelected(view.currentIndex())
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())] == by_name
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())] == by_name[::-1]
    assert view.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("person", "sejfulla-maleshova")


def test_a_language_switch_leaves_the_hidden_chart_and_people_list_until_they_are_shown(qtbot, make_page, hub):
    page = make_page("org")
    page.show_view("people")
    page.show_view("chart")
    page.show_view("tree")
    chart, people = page._chart, page._people
    boxes = dict(chart.boxes)
    with albanian_catalogue():
        page.set_language("sq")
        assert chart.boxes == boxes  # not redrawn while hidden
        assert people.list.model().headerData(0, people.list.horizontalHeader().orientation()) == "Name"
        page.show_view("chart")
        assert chart.boxes != boxes and "Këshilli" in " ".join(" ".join(b.texts()) for b in chart.boxes.values())
        page.show_view("people")
        assert people.list.model().headerData(0, people.list.horizontalHeader().orientation()) == "Emri"
        page.show_view("tree")
        page.set_language("en")
        assert page.drawable() is chart and "Council" in " ".join(" ".join(b.texts()) for b in chart.boxes.values())


def people_keys(view) -> list:
    model = view.model()
    return [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]


def test_a_big_people_list_is_made_in_slices_and_then_lists_everyone_in_order(qtbot, monkeypatch, make_page, hub, store):
    from app.ui.people_view import PeopleModel
    at_once = make_page("org")
    at_once.show_view("people")
    whole = people_keys(at_once.people.list)
    monkeypatch.setattr(PeopleModel, "AT_ONCE", 5)  # the bundled ~40 people, as if they were 41,000
    monkeypatch.setattr(PeopleModel, "CHECK_EVERY", 7)  # and a slice ends every 7 people
    monkeypatch.setattr(PeopleModel, "SLICE_S", 0.0)
    page = make_page("org")
    hub.select("person", "sejfulla-maleshova", origin="test")
    page.show_view("people")
    view, model = page.people.list, page.people.model
    assert not model.is_loaded() and view.model().rowCount() == 0  # back to the event loop at once
    qtbot.waitUntil(model.is_loaded)
    assert people_keys(view) == whole and len(whole) == len(store.people())
    assert view.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("person", "sejfulla-maleshova")
    with albanian_catalogue():
        page.set_language("sq")
        assert not model.is_loaded() and view.model().headerData(0, Qt.Orientation.Horizontal) == "Name"
        assert view.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("person", "sejfulla-maleshova")
        qtbot.waitUntil(model.is_loaded)
        assert view.model().headerData(0, Qt.Orientation.Horizontal) == "Emri"
    assert view.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("person", "sejfulla-maleshova")
    assert view.selectionModel().isSelected(view.currentIndex())
    at_once.set_language("sq")
    at_once.people.model.finish_load()  # what needs every row at once can have them
    assert people_keys(view) == people_keys(at_once.people.list) != whole  # Albanian order (sh after s …)


def test_the_people_filter_matches_word_starts_as_before(qtbot, make_page, store):
    from app.model.text import matches
    page = make_page("org")
    page.show_view("people")
    view, model = page.people.list, page.people.model
    rows = range(model.rowCount())
    for query in ("male", "sh", "ko an", "kryet", "x", "", "chairman presidency"):
        page.people.search.setText(query)
        expected = []
        for r in rows:  # the name, its other spellings, the roles and the delegation shown on the row
            key, shown = model.index(r, 0).data(KEY_ROLE), [model.index(r, c).data() for c in range(3)]
            if matches(query, shown[0], store.person(key[1]).alt_names, *shown[1:]):
                expected.append(key)
        assert people_keys(view) == expected, query


@contextlib.contextmanager
def python_calls(*files: str):
    """Count the Python functions of `files` entered meanwhile (a comprehension counts as one): a filter that
    asks Python once per row shows as hundreds on the big store."""
    calls: collections.Counter = collections.Counter()

    def profile(frame, event, _arg) -> None:
        if event == "call" and frame.f_code.co_filename.endswith(files):
            calls[frame.f_code.co_name] += 1
    sys.setprofile(profile)
    try:
        yield calls
    finally:
        sys.setprofile(None)


def shown_people(view) -> list:
    return [view.model().index(r, 0).data(KEY_ROLE) for r in range(view.model().rowCount())]


def people_matching(model, store: Store, query: str) -> list:
    """The people whose name, other spellings, roles or delegation (as the rows show them) `query` finds."""
    from app.model.text import matches
    out = []
    for r in range(model.rowCount()):
        key, shown = model.index(r, 0).data(KEY_ROLE), [model.index(r, c).data() for c in range(3)]
        if matches(query, shown[0], store.person(key[1]).alt_names, *shown[1:]):
            out.append(key)
    return out


def test_a_keystroke_in_the_people_filter_shows_the_right_people_without_asking_each_row(qtbot, big_store):
    page = org_page(qtbot, big_store)
    page.show()
    page.show_view("people")
    people = page.people
    qtbot.waitUntil(people.model.is_loaded)
    QApplication.processEvents()
    assert people.model.rowCount() == len(big_store.people()) > 500
    people.search.setFocus()
    for key in "ma" + "\b" * 2 + "kesh" + "\b" * 4 + "m a":  # typing on narrows what the last key showed
        with python_calls("people_view.py", "shown_rows.py", "item_views.py") as calls:
            if key == "\b":
                qtbot.keyClick(people.search, Qt.Key.Key_Backspace)
            else:
                qtbot.keyClicks(people.search, key)
        assert sum(calls.values()) < 40, calls  # a few calls, not one (or more) for each of 820 rows
        QApplication.processEvents()  # drawn: the rows on screen only
        assert shown_people(people.list) == people_matching(people.model, big_store, people.search.text())
    assert 0 < people.list.model().rowCount() < people.model.rowCount()


def test_the_people_filter_typed_while_the_rows_are_made_applies_once_they_are(qtbot, monkeypatch, make_page, hub, store):
    from app.ui.people_view import PeopleModel
    monkeypatch.setattr(PeopleModel, "AT_ONCE", 5)  # the bundled ~40 people, as if they were 41,000
    monkeypatch.setattr(PeopleModel, "CHECK_EVERY", 7)
    monkeypatch.setattr(PeopleModel, "SLICE_S", 0.0)
    hub.select("person", "sejfulla-maleshova", origin="test")
    page = make_page("org")
    page.show_view("people")
    people = page.people
    assert not people.model.is_loaded()
    qtbot.keyClicks(people.search, "ma")  # while the rows are being made
    qtbot.waitUntil(people.model.is_loaded)
    expected = people_matching(people.model, store, "ma")
    assert shown_people(people.list) == expected and 0 < len(expected) < people.model.rowCount()
    assert people.list.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("person", "sejfulla-maleshova")
    qtbot.keyClicks(people.search, "l")  # the current person stays current while shown
    assert people.list.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("person", "sejfulla-maleshova")
    people.search.clear()
    assert shown_people(people.list) == [people.model.index(r, 0).data(KEY_ROLE) for r in range(people.model.rowCount())]


def test_the_decisions_lists_first_show_and_a_search_ask_no_row_one_by_one(qtbot, big_store, store):
    from app.model.text import matches
    from app.ui.decisions_view import DecisionsTab

    def shown(store: Store):
        page = DecisionsTab.unbuilt(store, SelectionModel(), "en")
        qtbot.addWidget(page)
        page.resize(1000, 700)
        with python_calls("decisions_model.py", "decisions_view.py", "shown_rows.py") as calls:
            page.show()  # built (a filter that asks each row would be asked for each of them here)
        return page, sum(calls.values())
    decisions = big_store.decisions()
    assert len(decisions) >= 10 * len(store.decisions())
    small, bundled = shown(store)
    small.hide()
    page, big = shown(big_store)
    assert big <= bundled + 10  # as many calls for ten times the rows
    with python_calls("decisions_view.py") as calls:
        QApplication.processEvents()  # laid out and drawn: the rows on screen only
    on_screen = page.list.viewport().height() // page.list.rowHeight(0) + 2
    assert 0 < calls["_describe"] <= on_screen < len(decisions)
    for _ in page.filter.build_index():  # what the window folds while idle
        pass
    for query in ("council", "co", "zzz", ""):
        with python_calls("decisions_model.py", "decisions_view.py", "shown_rows.py") as calls:
            page.search.setText(query)
        del calls["headerData"]  # the header reads its four titles again when the count beside it changes
        assert sum(calls.values()) < 40, calls
        QApplication.processEvents()
        expected = [d.id for d in decisions
                    if matches(query, d.title_en, d.title_sq, d.summary_en, d.summary_sq, d.category,
                               *[c.quote for c in page._citations(d)])]
        assert page.visible_ids() == expected, query
    page.category.setCurrentIndex(1)  # a category: the rows are picked in one pass too
    assert page.visible_ids() == [d.id for d in decisions if d.kind != "viewpoint" and d.category == page.category.currentData()]


def test_the_last_rows_of_a_big_tree_are_added_closed_and_opened_over_later_turns(qtbot, monkeypatch, big_store, sliced):
    from app.ui.org_building import OrgBuilding
    from app.ui.org_tree import OrgTreeModel
    asked = []
    original = OrgTreeModel.index  # counted from the model's making on (PySide looks an override up once)
    monkeypatch.setattr(OrgTreeModel, "index", lambda self, row, column, parent=QModelIndex():
                        (asked.append(1), original(self, row, column, parent))[1])
    opening = []
    open_slice = OrgBuilding._open_slice
    monkeypatch.setattr(OrgBuilding, "_open_slice", lambda self, *a: (opening.append(len(asked)), open_slice(self, *a))[1])
    page = org_page(qtbot, big_store)
    page.show()  # the first slice; the next ones are run here one at a time, each on a turn of its own
    tops = len(big_store.child_bodies(None))
    while page.model.rowCount() < tops:
        assert next_slice(page, settled=True)
    added_at = len(asked)
    assert not page.is_tree_built()  # every row is there; most bodies are not open yet
    while next_slice(page, settled=True):  # the turn after the addition lays the closed rows out and paints
        pass
    assert page.is_tree_built()
    whole = whole_tree(qtbot, big_store, monkeypatch)
    assert rows(page.tree) == whole  # the tree made at once, open as it is
    open_rows, closed_at = 0, None  # the rows the open tree shows: those with every row above them open
    for depth, _key, _cells, is_open in whole:
        if closed_at is not None and depth > closed_at:
            continue
        open_rows, closed_at = open_rows + 1, None if is_open else depth
    painted_at = len(asked)
    page.tree.viewport().repaint()  # a paint of the rows on screen, what the turn after the addition draws too
    paint = len(asked) - painted_at
    assert paint > 0
    # the turn that added the last rows (its layout and paint included) asked for the rows of the closed tree,
    # not for every row the open tree shows; the rows were then opened over several turns
    assert len(opening) > 1 and opening[0] - added_at - paint < open_rows // 3


def test_a_page_closed_while_its_tree_is_made_makes_no_more_of_it_until_shown_again(
        qtbot, monkeypatch, big_store, sliced):
    page = org_page(qtbot, big_store)
    page.show()
    first = rows(page.tree)
    tops = len(big_store.child_bodies(None))
    assert page.model.rowCount() < tops
    page.close()  # as a test's teardown does before the page is deleted: no slice may run on it after
    for _ in range(4 * tops):  # the turns that would make, add and start opening every other top body
        QApplication.processEvents()
    assert not page.is_tree_built() and rows(page.tree) == first
    page.show()
    until_built(page)
    assert rows(page.tree) == whole_tree(qtbot, big_store, monkeypatch)


def test_the_tree_is_made_on_behind_another_tab(qtbot, monkeypatch, big_store, sliced, settings):
    window = show_window(qtbot, big_store, settings, (1024, 640))
    window.show_tab("org")
    org = window.org_tab
    assert not org.is_tree_built()
    window.show_tab("decisions")
    assert not org.isVisible()
    until_built(org)
    assert rows(org.tree) == whole_tree(qtbot, big_store, monkeypatch)
    window.close()
