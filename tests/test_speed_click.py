"""What keeps a click quick in the linked views, checked by what they do, never by timing (timings are
`make bench`'s): the organisation tree is drawn from its own model while no filter text is typed, a selection
changes no rows of the lists' models, a hidden tree waits until it is shown, and the details panel lays a long
item out once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from app.ui.item_views import KEY_ROLE, walk_rows


def expanded_keys(tree) -> set:
    model, out = tree.model(), set()

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.hasChildren(index) and tree.isExpanded(index):
                out.add((index.data(KEY_ROLE), index.data()))
                walk(index)
    walk(QModelIndex())
    return out


def test_the_org_tree_uses_its_own_model_until_filter_text_is_typed(qtbot, window):
    window.show_tab("org")
    org = window.org_tab
    tree = org.tree
    assert tree.model() is org.model
    window.selection.select("person", "enver-hoxha", origin="test")
    assert tree.currentIndex().data() == "Enver Hoxha"
    opened = expanded_keys(tree)
    assert opened

    qtbot.keyClicks(org.search, "hoxha")
    assert tree.model() is org.filter  # filtering goes through the proxy, as before
    names = org.visible_names()
    assert "Enver Hoxha" in names and "Omer Nishani" not in names
    assert tree.currentIndex().data() == "Enver Hoxha"  # the row stays current across the change of model
    qtbot.keyClicks(org.search, "z")  # no match: the tree is empty, still through the filter
    assert tree.model() is org.filter and org.visible_names() == []

    asked = []
    original = org.filter.filterAcceptsRow
    org.filter.filterAcceptsRow = lambda row, parent: (asked.append(row), original(row, parent))[1]
    qtbot.keyClicks(org.search, "\b")
    assert asked  # still filtering ("hoxha"): the rows are looked at again
    asked.clear()
    org.search.clear()
    assert tree.model() is org.model
    # no filter any more: only the rows it showed are looked at (to keep them open), not every row again
    # (seconds at 1000x the data)
    assert len(asked) <= sum(1 for _ in walk_rows(org.model)) // 4
    assert expanded_keys(tree) == opened  # every body open before the filter is open again
    assert "Omer Nishani" in org.visible_names()
    window.selection.select("person", "omer-nishani", origin="test")
    assert tree.currentIndex().data() == "Omer Nishani"
    assert tree.selectionModel().isSelected(tree.currentIndex())


def test_the_org_tree_filter_typed_and_cleared_keeps_the_columns(qtbot, window):
    window.show_tab("org")
    org = window.org_tab
    widths = [org.tree.columnWidth(c) for c in range(4)]
    qtbot.keyClicks(org.search, "maleshova")
    assert [org.tree.columnWidth(c) for c in range(4)] == widths
    org.search.clear()
    assert [org.tree.columnWidth(c) for c in range(4)] == widths


class ModelSignals:
    """What a model told its views: resets and layout changes, and the rows each dataChanged named."""

    def __init__(self, *models) -> None:
        self.resets, self.rows = [], []
        for model in models:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                           model.rowsMoved):
                signal.connect(lambda *_, m=model: self.resets.append(m))
            model.dataChanged.connect(lambda top, bottom, *_: self.rows.append(bottom.row() - top.row() + 1))


def test_a_selection_changes_no_rows_of_the_decisions_list_and_shows_its_row(qtbot, window, store):
    window.show_tab("decisions")
    tab = window.decisions_tab
    signals = ModelSignals(tab.model, tab.filter)
    decisions = [d.id for d in store.decisions()]
    for key in [("decision", decisions[0]), ("decision", decisions[-1]), ("person", "enver-hoxha"),
                ("decision", decisions[len(decisions) // 2])]:
        window.selection.select(*key, origin="test")
        QApplication.processEvents()
        assert sum(signals.rows) <= 2 and not signals.resets
        signals.rows.clear()
    assert tab.list.currentIndex().data(KEY_ROLE) == ("decision", decisions[len(decisions) // 2])


def test_the_people_list_finds_a_persons_row_by_lookup_and_changes_no_rows(qtbot, window, store):
    window.show_tab("org")
    window.org_tab.show_view("people")
    people = window.org_tab.people
    signals = ModelSignals(people.model, people.filter)
    ids = store.ids("person")
    assert len(ids) > 10
    for person_id in (ids[0], ids[-1], ids[len(ids) // 2]):
        before = people.link.lookups
        window.selection.select("person", person_id, origin="test")
        QApplication.processEvents()
        assert people.link.lookups - before == 1  # one lookup, not a walk over the rows
        assert people.list.currentIndex().siblingAtColumn(0).data(KEY_ROLE) == ("person", person_id)
        assert sum(signals.rows) <= 2 and not signals.resets
    window.selection.select("body", "council", origin="test")  # not a person: no row is current
    assert not people.list.selectionModel().hasSelection()


def test_a_hidden_org_tree_waits_and_shows_the_selection_when_shown(qtbot, window):
    window.show_tab("org")
    org = window.org_tab
    window.selection.select("person", "omer-nishani", origin="test")
    window.show_tab("map")
    QApplication.processEvents()
    asked = []
    original = org.model.cells
    org.model.cells = lambda node: (asked.append(node), original(node))[1]
    before = org.tree.currentIndex()
    for key in [("person", "enver-hoxha"), ("body", "committee"), ("person", "baba-faja-martaneshi")]:
        window.selection.select(*key, origin="test")
        QApplication.processEvents()
    assert org.tree.currentIndex() == before and asked == []  # hidden: no row looked at, none described
    window.show_tab("org")
    QApplication.processEvents()
    assert org.tree.currentIndex().data() == "Baba Faja Martaneshi"
    assert org.tree.selectionModel().isSelected(org.tree.currentIndex())


def test_a_long_details_page_is_laid_out_at_one_width_and_never_scrolls_sideways(qtbot, window, store):
    details = window.details
    widths = []
    details.document().documentLayout().documentSizeChanged.connect(lambda size: widths.append(size.width()))
    window.selection.select("person", "enver-hoxha", origin="test")
    QApplication.processEvents()
    widths.clear()
    window.selection.select("body", "congress", origin="test")  # many sources: taller than the panel
    QApplication.processEvents()
    assert details.verticalScrollBar().isVisible()
    assert len(set(widths)) == 1  # laid out once, not again when the scroll bar appeared
    assert details.document().pageSize().width() == details.viewport().width()
    assert "Congress of Përmet" in details.toPlainText()
    for kind in ("place", "delegation", "body", "person", "decision"):
        for item_id in store.ids(kind):
            window.selection.select(kind, item_id, origin="test")
            QApplication.processEvents()
            assert details.horizontalScrollBar().maximum() == 0, (kind, item_id)


def test_a_filter_keystroke_gives_the_tree_the_filtered_rows_afresh_not_row_by_row(qtbot, window):
    """Re-filtering under the view sent it every row removed and added (with thousands of rows open at 1000x
    the data, seconds a keystroke); the view is given the filter afresh instead, keeping what is open."""
    window.show_tab("org")
    org = window.org_tab
    qtbot.keyClicks(org.search, "m")
    moved = []
    for signal in (org.filter.rowsRemoved, org.filter.rowsInserted):
        signal.connect(lambda *_: moved.append(org.tree.model() is org.filter))
    shown = org.visible_names()
    qtbot.keyClicks(org.search, "ales")
    assert True not in moved  # no row removed or added under the view's eyes
    names = org.visible_names()
    assert "Sejfulla Malëshova" in names and len(names) < len(shown)
    assert org.tree.model() is org.filter


def test_the_org_trees_search_texts_are_folded_while_idle(qtbot, window):
    window.show_tab("org")
    org = window.org_tab
    qtbot.waitUntil(window.idle.done, timeout=10000)
    stack, unfolded = list(org.model.root.children), 0
    while stack:
        node = stack.pop()
        unfolded += node._search is None
        stack.extend(node.children)
    assert unfolded == 0  # the first keystroke in the filter folds none
