"""The timeline on the Overview: every dated event is drawn with its date, a click selects it (and the details
panel shows its sources), ←/→ move along it and Enter selects; disputed dates are ranges with a mark. What needs
only the timeline builds the Overview page alone (make_page); the details panel, history, search and the command
line are tested on the window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from app.ui.dates import format_range


@pytest.fixture
def overview(make_page):
    return make_page("overview")


def test_every_event_is_drawn_with_its_date_and_title(overview, store):
    timeline = overview.timeline
    assert timeline.objectName() == "timeline"
    events = store.events()
    assert timeline.event_ids() == [ev.id for ev in events] and len(events) >= 10
    for ev in events:
        assert timeline.date_text(ev.id) == format_range(ev.date_from, ev.date_to, "en", ev.precision)
        assert timeline.title_text(ev.id) == ev.title_en
    labels = [i for i in timeline.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert {"15 April 1944", "24–28 May 1944", "28 November 1944"} <= {i.text() for i in labels}


def test_every_event_is_clickable_and_shows_a_date_and_a_source(qtbot, window, store):
    timeline = window.overview_tab.timeline
    for ev in store.events():
        qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=timeline.event_point(ev.id))
        assert window.selection.current() == ("event", ev.id)
        assert timeline.selected_event_ids() == [ev.id]
        text = window.details.toPlainText()
        assert ev.title_en in text
        assert store.item_citations("event", ev.id), ev.id
        assert any(c.source.title in text for c in store.item_citations("event", ev.id)), ev.id
        assert ev.date_from[:4] in text


def test_disputed_dates_are_ranges_with_a_mark(overview, store):
    timeline = overview.timeline
    congress = timeline.items["congress"]
    assert store.event("congress").disputed
    assert congress.mark is not None and congress.mark.text() == "?"
    assert congress.rect().width() > 20  # a range, not a dot
    assert congress.pen().style() == Qt.PenStyle.DashLine
    called = timeline.items["call-congress"]
    assert called.mark is None and called.marker is not None


def test_arrow_keys_walk_the_line_and_enter_selects(qtbot, overview):
    timeline = overview.timeline
    timeline.setFocus()
    ids = timeline.event_ids()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.focused_event_id() == ids[0]
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.focused_event_id() == ids[1]
    with qtbot.waitSignal(overview.selection_model.changed, timeout=1000):
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert overview.selection_model.current() == ("event", ids[1])
    assert timeline.selected_event_ids() == [ids[1]]


def test_back_search_and_cite_work_for_events(qtbot, window, store):
    timeline = window.overview_tab.timeline
    timeline.activate("berat-session")
    timeline.activate("republic")
    window.back_action.trigger()
    assert window.selection.current() == ("event", "berat-session")
    assert timeline.selected_event_ids() == ["berat-session"]
    window.cite_action.trigger()
    from PySide6.QtGui import QGuiApplication
    assert "Second session of the Council at Berat" in QGuiApplication.clipboard().text()
    window.show_tab("map")
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "tirana liberated")
    assert ("event", "tirana-liberated") in window.search_box.hit_keys()
    window.search_box.choose("event", "tirana-liberated")
    assert window.current_tab_name() == "overview"
    assert timeline.selected_event_ids() == ["tirana-liberated"]


def test_select_event_on_the_command_line(qtbot):
    from app import cli
    args, store, selection = cli.prepare(["--select", "event:congress", "--tab", "overview"])
    window = cli.build_window(args, store, selection, persistent=False)
    qtbot.addWidget(window)
    assert window.selection.current() == ("event", "congress")
    assert window.overview_tab.timeline.selected_event_ids() == ["congress"]


def test_timeline_in_albanian(overview):
    timeline = overview.timeline
    overview.set_language("sq")
    assert overview.timeline is timeline  # the same view, relabelled
    assert timeline.date_text("call-congress") == "15 prill 1944"
    assert timeline.date_text("congress") == "24–28 maj 1944"
