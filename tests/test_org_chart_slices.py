"""The org chart of a big dataset (only synthetic data has one) is made over the turns after it shows, its box sizes
read in one query, and then shows every box as the chart made at once does: same boxes, same texts, same places,
same pixels. Whatever needs the whole chart (an export) gets it whole at once; a language switch while it shows
keeps the old boxes until the new ones are placed; a closed window makes no more of it. Checked by what the chart
shows, never by timing (timings are `make bench`'s)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from app.model import Store
from app.ui.org_chart import MAX_BOXES, SLICED_PAST, OrgChart
from app.ui.org_view import OrgTab
from app.ui.selection import SelectionModel
from benchmarks.synthetic import make_dataset
from conftest import albanian_catalogue


@pytest.fixture(scope="module")
def big_path(tmp_path_factory):
    """A synthetic dataset with 20 times the bundled bodies (100 bodies: the chart draws MAX_BOXES of them)."""
    return make_dataset(tmp_path_factory.mktemp("chart") / "x20.sqlite", scale=20)


@pytest.fixture
def big_store(big_path) -> Store:
    """A fresh Store each test: no citation read by an earlier one."""
    return Store.open(big_path)


def chart_page(qtbot, store: Store, selection: SelectionModel | None = None) -> OrgTab:
    page = OrgTab.unbuilt(store, selection or SelectionModel(), "en")
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def described(chart: OrgChart) -> list[tuple]:
    """Every box as drawn: its body, where it is, the lines it shows, whether it is selected."""
    return [(body_id, box.frame().getRect(), box.texts(), box.selected) for body_id, box in chart.boxes.items()]


def scene_picture(chart: OrgChart) -> QImage:
    image = QImage(chart.export_size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    chart.render_to(painter)
    painter.end()
    return image


def test_a_big_chart_is_made_after_it_shows_and_then_draws_what_the_chart_made_at_once_draws(qtbot, big_store):
    assert SLICED_PAST < min(MAX_BOXES, len(big_store.bodies()))  # the dataset is one the chart slices
    selection = SelectionModel()
    selection.select("body", big_store.child_bodies(None)[1].id, origin="test")
    page = chart_page(qtbot, big_store, selection)
    page.show_view("chart")
    chart = page._chart
    assert page.stack.currentWidget() is chart and chart.isVisible()
    assert not chart.is_built() and chart.boxes == {}  # the turn that shows it makes no box
    qtbot.waitUntil(chart.is_built)
    assert len(chart.boxes) == MAX_BOXES and chart.selected_body_ids() == [big_store.child_bodies(None)[1].id]

    # the chart made at once (as before), in a page the same size, showing the same selection
    whole = chart_page(qtbot, big_store, selection)
    drawn = whole.chart  # made now, whole, before it shows
    assert drawn.is_built()
    whole.show_view("chart")
    qtbot.waitUntil(lambda: drawn.isVisible())
    QApplication.processEvents()
    assert described(chart) == described(drawn)
    assert chart.zoom() == drawn.zoom() and chart.sceneRect() == drawn.sceneRect()
    assert scene_picture(chart) == scene_picture(drawn)
    assert chart.grab().toImage() == drawn.grab().toImage()  # the view too: same zoom, same scroll, same pixels


def test_the_box_sizes_are_read_in_one_query(qtbot, big_store):
    statements: list[str] = []
    big_store._citations._con.set_trace_callback(statements.append)
    try:
        chart = OrgChart(big_store, SelectionModel(), "en")  # made at once
    finally:
        big_store._citations._con.set_trace_callback(None)
    qtbot.addWidget(chart)
    assert len(chart.boxes) == MAX_BOXES
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1, statements
    # what one query read is what each box would have read for itself
    ids = list(chart.boxes)
    fresh = Store.open(big_store.path)
    assert big_store.figures_of("body", ids, "size") == {i: fresh.figures("body", i, "size") for i in ids}


def test_figures_read_together_are_the_figures_read_one_by_one(store):
    ids = [body.id for body in store.bodies()]
    for field in ("size", "opened", "closed"):
        assert store.figures_of("body", ids, field) == {i: store.figures("body", i, field) for i in ids}
    assert any(len(f) > 1 for f in store.figures_of("body", ids, "size").values())  # a disagreement kept whole


def test_an_export_asked_for_while_the_chart_is_being_made_gets_it_whole(qtbot, big_store):
    page = chart_page(qtbot, big_store)
    page.show_view("chart")
    assert not page._chart.is_built()
    drawable = page.drawable()
    assert drawable is page._chart and drawable.is_built() and len(drawable.boxes) == MAX_BOXES
    assert not drawable.sceneRect().isEmpty() and drawable.export_size().width() > 1000


def test_a_language_switch_while_the_chart_shows_keeps_the_old_boxes_until_the_new_are_placed(qtbot, big_store):
    page = chart_page(qtbot, big_store)
    page.show_view("chart")
    chart = page._chart
    qtbot.waitUntil(chart.is_built)
    english = described(chart)
    with albanian_catalogue():
        page.set_language("sq")
        assert not chart.is_built() and described(chart) == english  # the old boxes, whole, meanwhile
        qtbot.waitUntil(chart.is_built)
        albanian = described(chart)
        assert albanian != english and [b for b, *_ in albanian] == [b for b, *_ in english]
        assert chart.boxes["congress"].texts()[:2] == ["Kongresi Antifashist Nacionalçlirimtar i", "Përmetit"]
        made_at_once = OrgChart(big_store, SelectionModel(), "sq")
        qtbot.addWidget(made_at_once)
        assert [box.texts() for box in made_at_once.boxes.values()] == [box.texts() for box in chart.boxes.values()]


def test_a_chart_whose_window_is_closed_makes_no_more_of_itself_until_shown_again(qtbot, big_store):
    page = chart_page(qtbot, big_store)
    page.show_view("chart")
    chart = page._chart
    page.close()
    for _ in range(20):
        QApplication.processEvents()
    assert not chart.is_built() and chart.boxes == {}
    page.show()
    qtbot.waitUntil(chart.is_built)
    assert len(chart.boxes) == MAX_BOXES


def test_the_bundled_chart_is_made_at_once_when_it_shows(qtbot, make_page):
    page = make_page("org")
    page.show_view("chart")
    chart = page._chart
    assert chart.is_built() and set(chart.boxes) == {"kpnc", "congress", "council", "presidency", "committee"}
    assert QRectF(chart.sceneRect()).width() > 0
