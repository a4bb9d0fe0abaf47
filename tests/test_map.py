"""The Map tab as a user meets it: real clicks on regions, hover, keys, zoom, export."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QGraphicsView

from app.ui.map_view import FILLS, NOT_RECORDED_FILL, RegionItem, relative_luminance, text_colour_on


@pytest.fixture
def map_view(window, qtbot):
    window.show_tab("map")
    view = window.findChild(QGraphicsView, "regionMap")
    qtbot.waitUntil(lambda: view.isVisible())
    return view


def click_place(qtbot, view, place_id):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport_point(place_id))


def test_map_has_the_twelve_regions_and_peza(map_view):
    assert sorted(map_view.place_ids()) == sorted(
        "berat diber durres elbasan fier gjirokaster korce kukes lezhe shkoder tirane vlore peze permet".split())
    assert isinstance(map_view.region_item("korce"), RegionItem)
    assert map_view.region_item("peze").place.kind == "locality"


def test_projection_keeps_albania_upright_and_unstretched(map_view):
    rect = map_view.region_item("korce").sceneBoundingRect().united(map_view.region_item("shkoder").sceneBoundingRect())
    outline = map_view.scene().itemsBoundingRect()
    # Albania is about 148 km wide and 340 km tall; with cos(lat) scaling the drawing keeps roughly that ratio
    assert 0.40 < outline.width() / outline.height() < 0.55
    assert map_view.region_item("shkoder").label_point().y() < map_view.region_item("gjirokaster").label_point().y()
    assert rect.isValid()


def test_click_korce_selects_its_delegation(qtbot, map_view, window):
    click_place(qtbot, map_view, "korce")
    assert window.selection.current() == ("delegation", "korca")
    assert map_view.selected_place_ids() == ["korce"]
    text = window.details.toPlainText()
    assert "Korçë: 25 delegates, 13.3% of 188" in text and "25 from Korça" in text


@pytest.mark.parametrize("place_id", ["vlore", "gjirokaster"])
def test_click_either_half_of_vlora_gjirokastra_selects_both(qtbot, map_view, window, place_id):
    click_place(qtbot, map_view, place_id)
    assert window.selection.current() == ("delegation", "vlora-gjirokastra")
    assert sorted(map_view.selected_place_ids()) == ["gjirokaster", "vlore"]
    text = window.details.toPlainText()
    assert "48 delegates, 25.5% of 188" in text and "Vlorë" in text and "Gjirokastër" in text
    # one delegation over two regions: drawn in one colour, counted once
    assert map_view.region_item("vlore").fill() == map_view.region_item("gjirokaster").fill()


def test_click_peza_marker(qtbot, map_view, window):
    click_place(qtbot, map_view, "peze")
    assert window.selection.current() == ("delegation", "peza")
    assert "Pezë: 3 delegates, 1.6% of 188" in window.details.toPlainText()


def test_click_shkoder_says_not_recorded_never_zero(qtbot, map_view, window):
    click_place(qtbot, map_view, "shkoder")
    assert window.selection.current() == ("place", "shkoder")
    text = window.details.toPlainText()
    assert "No delegation from this region is recorded in the sources." in text
    item = map_view.region_item("shkoder")
    assert item.delegates is None and item.fill().name() == NOT_RECORDED_FILL
    assert item.hatch.brush().style() == Qt.BrushStyle.BDiagPattern
    assert map_view.label_item("shkoder").text() == "Shkodër"  # no count drawn


def test_click_on_the_sea_clears_the_selection(qtbot, map_view, window):
    click_place(qtbot, map_view, "korce")
    qtbot.mouseClick(map_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.selection.current() is None
    assert map_view.selected_place_ids() == []


def test_escape_clears(qtbot, map_view, window):
    click_place(qtbot, map_view, "berat")
    map_view.setFocus()
    qtbot.keyClick(map_view, Qt.Key.Key_Escape)
    assert window.selection.current() is None


def test_hover_highlights_and_tooltip_tells_the_numbers(qtbot, map_view):
    item = map_view.region_item("korce")
    before = item.brush().color()
    qtbot.mouseMove(map_view.viewport(), map_view.viewport_point("korce"))
    qtbot.waitUntil(lambda: item.hovered)
    assert item.brush().color() != before
    assert item.info == "Korçë / Korçë\nDelegation: Korçë\n25 delegates, 13.3% of 188"
    assert QTextDocumentFragment.fromHtml(item.toolTip()).toPlainText() == item.info
    assert "not recorded in the sources" in map_view.region_item("kukes").info


def test_keyboard_moves_between_regions_and_enter_selects(qtbot, map_view, window):
    map_view.setFocus()
    qtbot.waitUntil(map_view.hasFocus)
    assert map_view.focused_place_id() is not None
    map_view.focus_place("elbasan")
    qtbot.keyClick(map_view, Qt.Key.Key_Right)
    assert map_view.focused_place_id() == "korce"
    qtbot.keyClick(map_view, Qt.Key.Key_Return)
    assert window.selection.current() == ("delegation", "korca")
    qtbot.keyClick(map_view, Qt.Key.Key_Up)
    assert map_view.focused_place_id() in {"elbasan", "diber"}
    qtbot.keyClick(map_view, Qt.Key.Key_Tab)
    assert map_view.hasFocus()  # Tab moves between regions while there are more


def test_zoom_keys_and_reset(qtbot, map_view):
    map_view.setFocus()
    start = map_view.transform().m11()
    qtbot.keyClick(map_view, Qt.Key.Key_Plus)
    assert map_view.transform().m11() == pytest.approx(start * 1.25)
    qtbot.keyClick(map_view, Qt.Key.Key_Minus)
    qtbot.keyClick(map_view, Qt.Key.Key_Minus)
    assert map_view.transform().m11() < start
    qtbot.keyClick(map_view, Qt.Key.Key_0)
    assert map_view.transform().m11() == pytest.approx(start)


def test_selection_made_elsewhere_shows_on_the_map(qtbot, map_view, window):
    window.selection.select("delegation", "berat", origin="chart")
    assert map_view.selected_place_ids() == ["berat"]
    window.selection.select("person", "llazi-bozo", origin="tree")  # a named Berat delegate
    assert map_view.selected_place_ids() == ["berat"]
    window.selection.select("decision", "ban-zog")
    assert map_view.selected_place_ids() == []


def test_legend_and_note(map_view):
    assert map_view.legend.isVisible()
    assert "not recorded in the sources" in map_view.legend.accessibleDescription()
    assert "modern counties" in map_view.note.text() and "1944" in map_view.note.text()


def test_region_labels_are_readable_on_their_fills():
    from PySide6.QtGui import QColor
    for fill in FILLS + (NOT_RECORDED_FILL,):
        fg, bg = relative_luminance(text_colour_on(QColor(fill))), relative_luminance(QColor(fill))
        ratio = (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05)
        assert ratio >= 4.5, fill  # WCAG AA for normal text


def test_export_png_and_svg(qtbot, map_view, window, tmp_path):
    formats = {f.suffix: f for f in window.export_formats()}
    assert set(formats) == {"png", "svg", "pdf"}
    formats["png"].write(str(tmp_path / "map.png"))
    image = QImage(str(tmp_path / "map.png"))
    assert not image.isNull() and image.width() == map_view.width()
    formats["svg"].write(str(tmp_path / "map.svg"))
    root = ET.parse(tmp_path / "map.svg").getroot()
    assert root.tag.endswith("svg")
    text = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "Korçë" in text and "not recorded in the sources" in text
    with pytest.raises(OSError):
        formats["svg"].write(str(tmp_path / "missing" / "map.svg"))


def test_wheel_zooms_around_the_cursor_and_drag_pans(qtbot, map_view):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    start = map_view.transform().m11()
    pos = QPointF(map_view.viewport_point("korce"))
    before = map_view.mapToScene(pos.toPoint())
    event = QWheelEvent(pos, QPointF(map_view.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(map_view.viewport(), event)
    assert map_view.transform().m11() == pytest.approx(start * 1.25)
    after = map_view.mapToScene(pos.toPoint())
    assert abs(after.x() - before.x()) < 2 and abs(after.y() - before.y()) < 2  # the point under the cursor stays
    centre = map_view.mapToScene(map_view.viewport().rect().center())
    qtbot.mousePress(map_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    qtbot.mouseMove(map_view.viewport(), QPoint(260, 240))
    qtbot.mouseRelease(map_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(260, 240))
    assert map_view.mapToScene(map_view.viewport().rect().center()) != centre  # it panned ...
    assert map_view.selected_place_ids() == []  # ... and a drag is not a click


def test_view_fits_the_country_on_resize(qtbot, map_view, window):
    outline = map_view.scene().itemsBoundingRect()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: map_view.mapFromScene(outline).boundingRect().height() <= map_view.viewport().height())
    shown = map_view.mapFromScene(outline).boundingRect()
    assert shown.height() > map_view.viewport().height() * 0.6  # fits, and fills the height
