"""The Organisation tab as a user meets it: every seat a row, honest gaps, filter, drawn chart, CSV. Each test
builds the page alone over the bundled Store (make_page); what a row click shows in the details panel is
tested on the window in test_linked.py."""

import csv
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTreeView

from app.ui.export import page_formats
from app.ui.item_views import KEY_ROLE
from app.ui.org_view import UNNAMED_ROLE
from conftest import albanian_catalogue


@pytest.fixture
def org(make_page, qtbot):
    page = make_page("org")
    qtbot.waitUntil(page.tree.isVisible)
    return page


def children(model, parent):
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def body_index(tree: QTreeView, body_id: str) -> QModelIndex:
    stack = children(tree.model(), QModelIndex())
    while stack:
        index = stack.pop(0)
        if index.data(KEY_ROLE) == ("body", body_id) and tree.model().hasChildren(index):
            return index
        stack += children(tree.model(), index)
    raise AssertionError(body_id)


def seat_rows(tree, body_id):
    """The rows under a body that are seats (not its sub-bodies), the folded unnamed seats opened."""
    model = tree.model()
    rows = []
    for i in children(model, body_index(tree, body_id)):
        if i.data(UNNAMED_ROLE) and model.hasChildren(i):
            rows += children(model, i)
        elif not model.hasChildren(i):
            rows.append(i)
    return rows


def cell(index, column):
    return index.siblingAtColumn(column).data()


def test_tree_shape(org):
    tree = org.window().findChild(QTreeView, "orgTree")
    top = [cell(i, 0) for i in children(tree.model(), QModelIndex())]
    assert top == ["General National Liberation Council (before Përmet) (KPNÇ)", "Congress of Përmet"]
    council = body_index(tree, "council")
    assert "118 or 121 (sources disagree)" in cell(council, 1)
    subs = [cell(i, 0) for i in children(tree.model(), council) if tree.model().hasChildren(i)]
    assert subs == ["Presidency of the Council", "Anti-Fascist National Liberation Committee (provisional government) (Komiteti ANÇ)"]


def test_presidency_has_25_seats_with_nishani_in_the_chair(org):
    rows = seat_rows(org.tree, "presidency")
    assert len(rows) == 25
    assert (cell(rows[0], 0), cell(rows[0], 1)) == ("Omer Nishani", "chairman")
    assert (cell(rows[1], 0), cell(rows[1], 1)) == ("Baba Faja Martaneshi", "vice-chairman")
    assert cell(rows[6], 0) == "Seat 7 of 25 — not named in the sources"
    assert sum(1 for r in rows if r.data(UNNAMED_ROLE)) == 22  # Malëshova's "secretary" was another body's (audit E3)


def test_unnamed_seats_fold_into_one_row_per_body(org):
    model = org.tree.model()
    shown = children(model, body_index(org.tree, "presidency"))
    assert [cell(i, 0) for i in shown] == ["Omer Nishani", "Baba Faja Martaneshi", "Medar Shtylla",
                                           "Seats 4–25: 22 not named in the sources"]
    folded = shown[3]
    assert not org.tree.isExpanded(folded) and model.rowCount(folded) == 22  # closed, and opens to the 22 seats
    org.tree.expand(folded)
    assert cell(children(model, folded)[0], 0) == "Seat 4 of 25 — not named in the sources"
    committee = [cell(i, 0) for i in children(model, body_index(org.tree, "committee"))]
    assert committee[-1] == "not named in the sources" and len(committee) == 6  # the unnamed rest: 6 or 9


def test_committee_lays_out_named_seats_then_the_rest_and_shows_the_disagreement(org):
    rows = seat_rows(org.tree, "committee")
    assert len(rows) == 6  # 5 named, then one row for the unnamed rest: the layout takes neither 11 nor 14
    assert (cell(rows[0], 0), cell(rows[0], 1)) == ("Enver Hoxha", "chairman")
    assert cell(rows[4], 2) == "judicial affairs"
    assert (cell(rows[5], 0), cell(rows[5], 1)) == ("not named in the sources", "the other members (6 or 9)")
    assert "11 or 14 (sources disagree)" in cell(body_index(org.tree, "committee"), 1)


def test_no_seat_shows_a_name_without_a_citation(org, store):
    for body in store.bodies():
        for index in (seat_rows(org.tree, body.id) if store.seats(body.id) else []):
            named = not index.data(UNNAMED_ROLE)
            sources = int(cell(index, 3))
            if named:
                assert sources >= 1, cell(index, 0)
            else:
                assert "not named in the sources" in cell(index, 0) and sources == 0


def test_unnamed_seats_are_muted(org):
    from app.ui.org_tree import contrast
    unnamed = seat_rows(org.tree, "presidency")[10]
    named = seat_rows(org.tree, "presidency")[0]
    assert named.data(Qt.ItemDataRole.ForegroundRole) is None
    muted = unnamed.data(Qt.ItemDataRole.ForegroundRole).color()
    palette = org.tree.palette()
    for background in (palette.base().color(), palette.alternateBase().color()):  # readable: WCAG AA, 4.5 : 1
        assert 4.5 <= contrast(muted, background) < contrast(palette.text().color(), background)


@pytest.mark.parametrize("query, expected", [
    ("maleshova", "Sejfulla Malëshova"),
    ("keshilli", "Anti-Fascist National Liberation Council (KANÇ)"),
    ("MYSLYM", "Myslim Peza"),  # the other spelling the sources use
])
def test_filter_folds_diacritics_and_keeps_parents(qtbot, org, query, expected):
    qtbot.keyClicks(org.search, query)
    shown = org.visible_names()
    assert expected in shown
    assert "Congress of Përmet" in shown  # the parent of every match stays visible
    assert not any("not named in the sources" in n for n in shown) or query == "keshilli"
    org.search.clear()
    assert len(org.visible_names()) == 53  # 52 rows and the Presidency's folded group


def test_filter_with_no_match_shows_nothing(qtbot, org):
    qtbot.keyClicks(org.search, "zzzz")
    assert org.visible_names() == []


def test_clicking_a_person_row_selects_the_person(qtbot, org, hub):
    row = seat_rows(org.tree, "committee")[3]  # Malëshova
    org.tree.scrollTo(row)
    with qtbot.waitSignal(hub.changed, timeout=1000):
        qtbot.mouseClick(org.tree.viewport(), Qt.MouseButton.LeftButton, pos=org.tree.visualRect(row).center())
    assert hub.current() == ("person", "sejfulla-maleshova")
    assert org.tree.currentIndex().data() == "Sejfulla Malëshova"


def test_clicking_a_body_row_selects_the_body(qtbot, org, hub):
    row = body_index(org.tree, "council")
    qtbot.mouseClick(org.tree.viewport(), Qt.MouseButton.LeftButton, pos=org.tree.visualRect(row).center())
    assert hub.current() == ("body", "council")


def test_expand_and_collapse_all(qtbot, org):
    qtbot.mouseClick(org.collapse_button, Qt.MouseButton.LeftButton)
    assert not org.tree.isExpanded(body_index(org.tree, "congress"))
    qtbot.mouseClick(org.expand_button, Qt.MouseButton.LeftButton)
    assert org.tree.isExpanded(body_index(org.tree, "presidency"))


def test_drawn_chart_boxes_select_bodies(qtbot, org, hub):
    qtbot.mouseClick(org.chart_button, Qt.MouseButton.LeftButton)
    chart = org.chart
    qtbot.waitUntil(chart.isVisible)
    for body_id in ("committee", "presidency", "kpnc"):
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.box_point(body_id))
        assert hub.current() == ("body", body_id)
        assert chart.selected_body_ids() == [body_id]
    hub.select("person", "omer-nishani", origin="test")
    assert sorted(chart.selected_body_ids()) == ["council", "presidency"]
    texts = [t.text() for t in chart.boxes["committee"].childItems()]
    assert "chairman: Enver Hoxha" in texts and "5 members named in the sources" in texts
    qtbot.mouseClick(org.tree_button, Qt.MouseButton.LeftButton)
    assert org.tree.isVisible()


def test_csv_has_one_row_per_seat_and_exports_draw(org, store, tmp_path):
    formats = {f.suffix: f for f in page_formats(org, store)}
    formats["csv"].write(str(tmp_path / "seats.csv"))
    rows = list(csv.reader((tmp_path / "seats.csv").open(encoding="utf-8-sig")))
    assert len(rows) - 1 == sum(len(store.seats(b.id)) for b in store.bodies()) == 47
    hoxha = next(r for r in rows if r[5] == "Enver Hoxha")
    assert hoxha[:4] == ["committee", "Anti-Fascist National Liberation Committee (provisional government)", "1", "chairman"]
    assert "Area Handbook for Albania" in hoxha[7]
    assert sum(1 for r in rows[1:] if r[5] == "not named in the sources") == 23  # 22 in the Presidency, the Committee's rest
    formats["png"].write(str(tmp_path / "org.png"))  # drawn while the tree is the visible view
    assert QImage(str(tmp_path / "org.png")).width() > 400
    formats["svg"].write(str(tmp_path / "org.svg"))
    ET.parse(tmp_path / "org.svg")
    assert "Enver Hoxha" in (tmp_path / "org.svg").read_text(encoding="utf-8")


def test_selecting_looks_up_one_row_and_a_hidden_tree_waits(qtbot, org, hub):
    link = org.link
    before = link.lookups
    hub.select("person", "enver-hoxha", origin="test")
    assert link.lookups - before == 1  # a lookup, not a walk over the rows
    assert org.tree.currentIndex().data() == "Enver Hoxha"
    org.hide()  # as when another tab is shown
    qtbot.waitUntil(lambda: not org.tree.isVisible())
    before = link.lookups
    hub.select("person", "sejfulla-maleshova", origin="test")
    hub.select("body", "presidency", origin="test")
    assert link.lookups == before  # hidden: no work
    org.show()
    qtbot.waitUntil(org.tree.isVisible)
    assert link.lookups == before + 1 and org.tree.currentIndex().data() == "Presidency of the Council"


def test_language_switch_keeps_the_tree_and_makes_no_widget(qtbot, org):
    from PySide6.QtCore import QObject
    qtbot.keyClicks(org.search, "hoxha")
    before = len(org.findChildren(QObject))
    with albanian_catalogue():
        org.set_language("sq")
        assert len(org.findChildren(QObject)) == before
        assert org.search.text() == "hoxha" and "Enver Hoxha" in org.visible_names()
        assert "Komiteti Antifashist Nacionalçlirimtar (Komiteti ANÇ)" in org.visible_names()
        assert org.tree.model().headerData(0, Qt.Orientation.Horizontal) == "Emri"
    org.set_language("en")
    assert org.state()["filter"] == "hoxha"


def test_org_chart_zooms_and_reads_at_fit(qtbot, org, store):
    org.resize(625, 543)  # the page in a 1024×640 window
    qtbot.mouseClick(org.chart_button, Qt.MouseButton.LeftButton)
    chart = org.chart
    qtbot.waitUntil(chart.isVisible)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_0)
    assert chart.text_point_size() >= 9  # readable at fit
    fitted = chart.zoom()
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    assert chart.zoom() > fitted
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert chart.zoom() < fitted
    qtbot.keyClick(chart, Qt.Key.Key_0)
    assert chart.zoom() == pytest.approx(fitted)
    # every box says as many names as it shows
    for body_id, box in chart.boxes.items():
        named = [s for s in store.seats(body_id) if s.person_id]
        listed = [t for t in box.texts() if ": " in t and not t.startswith("Size")]
        more = next((int(t.split()[1]) for t in box.texts() if t.startswith("and ")), 0)
        assert len(listed) + more == len(named), (body_id, box.texts())


def test_details_fold_the_seats_no_source_names_into_one_line(qtbot, window):
    """The Presidency's 22 unnamed seats are one line in the details panel, as in the tree, in both languages."""
    window.selection.select("body", "presidency")
    text = window.details.toPlainText()
    assert "Seats 4–25: 22 not named in the sources (member)" in text
    assert text.count("not named in the sources") == 1  # one line, not 22
    window.set_language("sq")
    text = window.details.toPlainText()
    assert "Vendet 4–25: 22 pa emër në burime (anëtar)" in text
    assert "Medar Shtylla" in text  # the named seats stay, each on its own line


def test_the_people_list_shows_one_filter_box_its_own(qtbot, make_page):
    page = make_page("org")
    page.show()
    qtbot.mouseClick(page.people_button, Qt.MouseButton.LeftButton)
    assert not page.search.isVisible() and not page.expand_button.isVisible()
    assert page.people.isVisible()
    qtbot.mouseClick(page.tree_button, Qt.MouseButton.LeftButton)
    assert page.search.isVisible() and page.expand_button.isVisible()
