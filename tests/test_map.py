"""The Map tab as a user meets it: real clicks on places and symbols, hover, keys, zoom, layers, export,
and labels that can be read (checked on the rendered image)."""

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QTextDocumentFragment
from PySide6.QtWidgets import (QApplication, QGraphicsSimpleTextItem, QGraphicsTextItem, QGraphicsView, QWidget)

from conftest import show_window
from app.ui.map.colours import contrast
from app.ui.map.items import RegionItem, SymbolItem
from app.ui.theme import dark_palette

REGIONS = "berat diber durres elbasan fier gjirokaster korce kukes lezhe shkoder tirane vlore".split()


@pytest.fixture
def map_view(window, qtbot):
    window.show_tab("map")
    view = window.findChild(QGraphicsView, "regionMap")
    qtbot.waitUntil(lambda: view.isVisible())
    return view


@pytest.fixture(params=["light", "dark"])
def palette_window(request, qtbot, store, settings):
    """A window in the light or the dark palette, 1024×640 (a small school laptop)."""
    app = QApplication.instance()
    before = app.palette()
    if request.param == "dark":
        app.setPalette(dark_palette())
    window = show_window(qtbot, store, settings, (1024, 640))
    window.show_tab("map")
    yield window
    app.setPalette(before)


def click_place(qtbot, view, place_id):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport_point(place_id))


def scene_texts(view) -> list[str]:
    out = []
    for item in view.scene().items():
        if item.isVisible() and isinstance(item, QGraphicsSimpleTextItem):
            out.append(item.text())
        elif item.isVisible() and isinstance(item, QGraphicsTextItem):
            out.append(item.toPlainText())
    return out


def placed_counts(store) -> Counter:
    return Counter(d.delegates for d in store.delegations() if d.place_ids and d.delegates is not None)


def viewport_rect(view, label) -> QRect:
    return label.deviceTransform(view.viewportTransform()).mapRect(label.plate_rect()).toAlignedRect()


def scene_rect(view, label):
    return view.mapToScene(viewport_rect(view, label).adjusted(1, 1, -1, -1)).boundingRect()


# ---------------------------------------------------------------------------------------------- what is drawn
def test_map_has_the_counties_and_localities(map_view, store):
    assert sorted(p for p in map_view.place_ids() if map_view.region_item(p).place.kind == "region") == REGIONS
    assert sorted(p for p in map_view.place_ids() if map_view.region_item(p).place.kind == "locality") == [
        "permet", "peze"]
    assert isinstance(map_view.region_item("korce"), RegionItem)
    assert map_view.region_item("peze").place.kind == "locality"
    # the default layer: one symbol per delegation that a place stands for
    assert map_view.layer() == "symbols"
    assert sorted(map_view.symbol_ids()) == sorted(d.id for d in store.delegations() if d.place_ids)


def test_projection_keeps_albania_upright_and_unstretched(map_view):
    outline = map_view.region_item("korce").sceneBoundingRect()
    for place_id in REGIONS:
        outline = outline.united(map_view.region_item(place_id).sceneBoundingRect())
    # Albania is about 148 km wide and 340 km tall; with cos(lat) scaling the drawing keeps roughly that ratio
    assert 0.40 < outline.width() / outline.height() < 0.55
    assert map_view.region_item("shkoder").label_point().y() < map_view.region_item("gjirokaster").label_point().y()


def test_symbol_area_is_proportional_to_delegates(map_view, store):
    areas = {d: map_view.symbol_item(d).radius ** 2 for d in map_view.symbol_ids()}
    for d in areas:
        ratio = areas[d] / areas["korca"]
        assert ratio == pytest.approx(store.delegation(d).delegates / 25)


@pytest.mark.parametrize("lang", ["en", "sq"])
@pytest.mark.parametrize("layer", ["symbols", "counties"])
def test_each_delegation_count_is_drawn_exactly_once(qtbot, window, store, lang, layer):
    window.set_language(lang)
    window.show_tab("map")
    window.map_tab.set_layer(layer)
    view = window.map_tab.map
    numbers = Counter(int(n) for text in scene_texts(view) for n in re.findall(r"\d+", text))
    # every count of a placed delegation once, 48 (Vlora–Gjirokastra) once though two counties share it,
    # and nothing else: no 77, no quota, no second 48
    assert numbers == placed_counts(store)
    assert numbers[48] == 1


def test_vlora_gjirokastra_is_one_symbol_linked_to_both_places(map_view):
    symbol = map_view.symbol_item("vlora-gjirokastra")
    assert sorted(symbol.place_ids) == ["gjirokaster", "vlore"]
    assert [s for s in map_view.scene().items() if isinstance(s, SymbolItem)].count(symbol) == 1
    assert "counted once" in symbol.info


def test_legend_lists_what_cannot_be_placed_with_its_figures(map_view, window, store):
    legend = window.map_tab.legend
    texts = legend.texts()
    assert "Not placeable on the map" in texts
    for d in store.delegations():
        if not d.place_ids:
            assert f"{d.name_en}: {d.delegates}" in texts
    assert "On the map: 111 of 188 delegates" in texts
    # beside the map, never over it
    top_left = legend.mapTo(window, QPoint(0, 0))
    legend_rect = QRect(top_left, legend.size())
    map_rect = QRect(map_view.mapTo(window, QPoint(0, 0)), map_view.size())
    assert legend.isVisible() and not legend_rect.intersects(map_rect)


def test_note_says_the_counties_are_modern(map_view, window):
    note = window.map_tab.note
    assert note.isVisible() and "modern counties" in note.text() and "1944" in note.text()


@pytest.mark.parametrize("layer", ["symbols", "counties"])
def test_permet_is_marked_labelled_and_opens_the_congress(qtbot, map_view, window, layer):
    window.map_tab.set_layer(layer)
    marker = map_view.region_item("permet")
    assert marker.isVisible() and marker.venue
    assert map_view.label_item("permet").isVisible() and map_view.label_item("permet").text() == "Përmet"
    map_view.zoom(0.5)  # on every view of the map, zoomed out too
    assert map_view.label_item("permet").isVisible()
    map_view.reset_zoom()
    click_place(qtbot, map_view, "permet")
    assert window.selection.current() == ("body", "congress")
    assert "Congress of Përmet" in window.details.toPlainText()
    assert map_view.selected_place_ids() == ["permet"]
    window.selection.clear()
    map_view.select_place("permet")
    assert window.selection.current() == ("body", "congress")
    assert "Where the congress met: Congress of Përmet" in marker.info


def test_fier_is_hatched_in_part_with_a_cited_note(qtbot, map_view, window):
    tab = window.map_tab
    assert not tab.caveat.isVisible()  # the caveat belongs to the county layer
    tab.set_layer("counties")
    fier = map_view.region_item("fier")
    assert fier.delegates is None and fier.partly == 15  # drawn with Berat's class, counted nowhere
    assert fier.hatch.brush().style() == Qt.BrushStyle.FDiagPattern
    assert map_view.region_item("kukes").hatch.brush().style() == Qt.BrushStyle.BDiagPattern
    assert "In part represented by another delegation: Berat" in fier.info
    assert tab.caveat.isVisible()
    assert "Lushnjë" in tab.caveat.text() and "zonat e okupuara të Beratit dhe të Lushnjes" in tab.caveat.text()
    assert "Hysen Tabaku" in tab.caveat.text()
    assert any("in part represented by another delegation: Berat" in t for t in tab.legend.texts())
    assert map_view.label_item("fier").text() == "Fier"  # no count of its own


# ---------------------------------------------------------------------------------------------- clicks and hover
def test_click_korce_selects_its_delegation(qtbot, map_view, window):
    click_place(qtbot, map_view, "korce")
    assert window.selection.current() == ("delegation", "korca")
    assert map_view.selected_place_ids() == ["korce"]
    assert map_view.symbol_item("korca").selected
    text = window.details.toPlainText()
    assert "Korçë: 25 delegates, 13.3% of 188" in text and "25 from Korça" in text


def test_click_the_joint_symbol_selects_vlora_gjirokastra(qtbot, map_view, window):
    qtbot.mouseClick(map_view.viewport(), Qt.MouseButton.LeftButton, pos=map_view.symbol_point("vlora-gjirokastra"))
    assert window.selection.current() == ("delegation", "vlora-gjirokastra")
    assert sorted(map_view.selected_place_ids()) == ["gjirokaster", "vlore"]
    text = window.details.toPlainText()
    assert "48 delegates, 25.5% of 188" in text and "Vlorë" in text and "Gjirokastër" in text


@pytest.mark.parametrize("place_id", ["vlore", "gjirokaster"])
def test_counties_layer_click_either_county_selects_the_one_delegation(qtbot, map_view, window, place_id):
    window.map_tab.set_layer("counties")
    click_place(qtbot, map_view, place_id)
    assert window.selection.current() == ("delegation", "vlora-gjirokastra")
    assert sorted(map_view.selected_place_ids()) == ["gjirokaster", "vlore"]
    assert map_view.region_item("vlore").fill() == map_view.region_item("gjirokaster").fill()


def test_click_peza_marker(qtbot, map_view, window):
    click_place(qtbot, map_view, "peze")
    assert window.selection.current() == ("delegation", "peza")
    assert "Pezë: 3 delegates, 1.6% of 188" in window.details.toPlainText()


def test_click_shkoder_says_not_recorded_never_zero(qtbot, map_view, window):
    window.map_tab.set_layer("counties")
    click_place(qtbot, map_view, "shkoder")
    assert window.selection.current() == ("place", "shkoder")
    assert "No delegation from this region is recorded in the sources." in window.details.toPlainText()
    item = map_view.region_item("shkoder")
    assert item.delegates is None and item.fill().name() == "#d9d9d9"
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


def test_hover_highlights_and_tooltip_tells_the_figure_and_its_source(qtbot, map_view):
    item = map_view.symbol_item("korca")
    before = item.brush().color()
    qtbot.mouseMove(map_view.viewport(), map_view.symbol_point("korca"))
    qtbot.waitUntil(lambda: item.hovered)
    assert item.brush().color() != before
    lines = item.info.split("\n")
    assert lines[:3] == ["Korçë / Korçë", "Delegation of Korçë", "25 delegates, 13.3% of 188"]
    assert lines[3].startswith("Source: Congress of Përmet (English Wikipedia), “") and "25 from Korça" in lines[3]
    assert QTextDocumentFragment.fromHtml(item.toolTip()).toPlainText() == item.info
    assert "not recorded in the sources" in map_view.region_item("kukes").info
    berat = map_view.symbol_item("berat").info  # two sources, two figures: both shown
    assert "15: Congress of Përmet" in berat and "Tabaku" in berat


def test_selection_made_elsewhere_shows_on_the_map(qtbot, map_view, window):
    window.selection.select("delegation", "berat", origin="chart")
    assert map_view.selected_place_ids() == ["berat"] and map_view.symbol_item("berat").selected
    window.selection.select("person", "llazi-bozo", origin="tree")  # a named Berat delegate
    assert map_view.selected_place_ids() == ["berat"]
    window.selection.select("decision", "ban-zog")
    assert map_view.selected_place_ids() == [] and not map_view.symbol_item("berat").selected


# ---------------------------------------------------------------------------------------------- keyboard
def test_keyboard_moves_between_places_and_enter_selects(qtbot, map_view, window):
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


def test_the_map_is_one_tab_stop(qtbot, map_view, window):
    map_view.setFocus()
    qtbot.waitUntil(map_view.hasFocus)
    qtbot.keyClick(map_view, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not map_view and not map_view.isAncestorOf(after)  # one Tab leaves the map ...
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert map_view.hasFocus()  # ... one Shift+Tab comes back
    qtbot.keyClick(map_view, Qt.Key.Key_Backtab)
    before = QApplication.focusWidget()
    assert before is not map_view
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert map_view.hasFocus()  # and one Tab enters it from the widget before it


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


def test_wheel_zooms_around_the_cursor_and_drag_pans(qtbot, map_view):
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
    outline = map_view.region_item("korce").sceneBoundingRect()
    for place_id in REGIONS:
        outline = outline.united(map_view.region_item(place_id).sceneBoundingRect())
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: map_view.mapFromScene(outline).boundingRect().height() <= map_view.viewport().height())
    shown = map_view.mapFromScene(outline).boundingRect()
    assert shown.height() > map_view.viewport().height() * 0.6  # fits, and fills the height


# ---------------------------------------------------------------------------------------------- layers and state
def test_layer_switch_is_a_click_and_part_of_the_page_state(qtbot, map_view, window, store):
    tab = window.map_tab
    qtbot.mouseClick(tab.counties_button, Qt.MouseButton.LeftButton)
    assert map_view.layer() == "counties" and map_view.symbol_ids() == []
    assert map_view.region_item("korce").fill().name() != map_view.region_item("kukes").fill().name()
    assert "not recorded in the sources" in tab.legend.texts()
    qtbot.keyClick(map_view, Qt.Key.Key_Plus)
    state = tab.state()
    assert state["layer"] == "counties" and state["zoom"] == pytest.approx(map_view.transform().m11())
    from app.ui.map import MapTab
    other = MapTab(store, window.selection)
    qtbot.addWidget(other)
    other.restore_state(state)
    assert other.layer() == "counties" and other.counties_button.isChecked()
    assert other.map.transform().m11() == pytest.approx(state["zoom"])


def test_language_switch_in_place_keeps_layer_zoom_and_widgets(qtbot, map_view, window):
    tab = window.map_tab
    tab.set_layer("counties")
    map_view.zoom(1.25)
    zoom, widgets = map_view.transform().m11(), len(tab.findChildren(QWidget))
    assert map_view.label_item("tirane").texts[0].startswith("Tirana")
    tab.set_language("sq")
    assert map_view.label_item("tirane").texts[0].startswith("Tiranë")
    assert tab.layer() == "counties" and map_view.transform().m11() == pytest.approx(zoom)
    assert len(tab.findChildren(QWidget)) == widgets  # retranslated, nothing rebuilt
    assert "Bashkimi i Grave (kuotë): 5" in tab.legend.texts()


def test_language_switch_retranslates_the_scene_without_rebuilding_it(qtbot, map_view, window):
    """The same items, labels and symbols before and after View → Language: only their texts change (rebuilding
    the scene took seconds at 1000× the data)."""
    places, symbols = map_view.place_ids(), map_view.symbol_ids()
    items = {pid: map_view.region_item(pid) for pid in places}
    labels = {pid: map_view.label_item(pid) for pid in places}
    marks = {d: map_view.symbol_item(d) for d in symbols}
    count = len(map_view.scene().items())
    tips = {pid: item.toolTip() for pid, item in items.items()}
    symbol_tip = marks["korca"].toolTip()
    assert labels["tirane"].text() == "Tirana" and "Delegation of Korçë" in tips["korce"]
    window.set_language("sq")
    assert len(map_view.scene().items()) == count
    assert all(map_view.region_item(pid) is items[pid] and map_view.label_item(pid) is labels[pid] for pid in places)
    assert all(map_view.symbol_item(d) is marks[d] for d in symbols)
    assert labels["tirane"].text() == "Tiranë"
    assert "Delegation of " not in items["korce"].toolTip() and items["korce"].toolTip() != tips["korce"]
    assert marks["korca"].toolTip() != symbol_tip and "Delegacioni i Korçës" in marks["korca"].toolTip()
    window.set_language("en")
    assert {pid: item.toolTip() for pid, item in items.items()} == tips and labels["tirane"].text() == "Tirana"


# ---------------------------------------------------------------------------------------------- readable labels
def label_contrasts(view) -> dict[str, float]:
    """Each shown label's contrast on the rendered map: its glyph pixels against its plate (the colour that
    fills most of the label's rectangle), as WCAG computes it."""
    image = view.viewport().grab().toImage()
    out = {}
    for label in view.labels():
        if not label.isVisible():
            continue
        rect = viewport_rect(view, label).adjusted(1, 1, -1, -1).intersected(image.rect())
        pixels = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right() + 1)
                         for y in range(rect.top(), rect.bottom() + 1))
        plate = QColor.fromRgb(pixels.most_common(1)[0][0])
        glyph = max((QColor.fromRgb(p) for p in pixels), key=lambda c: contrast(c, plate))
        out[label.text()] = contrast(glyph, plate)
    return out


def test_every_label_is_readable_inside_its_shape_and_apart_in_both_layers(qtbot, palette_window):
    for layer in ("symbols", "counties"):
        palette_window.map_tab.set_layer(layer)
        view = palette_window.map_tab.map
        ratios = label_contrasts(view)
        assert len(ratios) >= 8
        assert {text: r for text, r in ratios.items() if r < 4.5} == {}, layer  # WCAG AA for normal text
        shown = [label for label in view.labels() if label.isVisible()]
        for label in shown:  # never over the sea or across the county it names
            if label.home is not None:
                assert label.home.contains(scene_rect(view, label)), (layer, label.text())
        rects = [viewport_rect(view, label).adjusted(1, 1, -1, -1) for label in shown]
        for i, a in enumerate(rects):
            for j, b in enumerate(rects[:i]):
                assert not a.intersects(b), (layer, shown[i].text(), shown[j].text())


@pytest.mark.parametrize("lang", ["en", "sq"])
def test_every_placed_delegation_is_named_beside_its_symbol(qtbot, palette_window, store, lang):
    """In the default (delegations) view a reader can tell which circle is which without hovering: each placed
    delegation's name, as the legend, the chart and the details give it, is a visible text on the map, once, and
    clear of every other text."""
    palette_window.set_language(lang)
    view = palette_window.map_tab.map
    assert view.layer() == "symbols"
    shown = [item for item in view.scene().items() if item.isVisible() and isinstance(item, QGraphicsSimpleTextItem)]
    rects = {item: item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect()).toAlignedRect()
             for item in shown}
    placed = [d for d in store.delegations() if d.place_ids]
    assert len(placed) == 7
    for d in placed:
        name = d.name_sq if lang == "sq" else d.name_en
        naming = [item for item in shown if name in item.text()]
        assert len(naming) == 1, (lang, name, [item.text() for item in naming])
        rect = rects[naming[0]].adjusted(1, 1, -1, -1)
        assert view.viewport().rect().contains(rect), name
        others = [item.text() for item in shown if item is not naming[0] and rects[item].intersects(rect)]
        assert others == [], (lang, name, others)


# ---------------------------------------------------------------------------------------------- export
def test_export_png_and_svg(qtbot, map_view, window, tmp_path):
    formats = {f.suffix: f for f in window.export_formats()}
    assert set(formats) == {"png", "svg", "pdf"}
    formats["png"].write(str(tmp_path / "map.png"))
    image = QImage(str(tmp_path / "map.png"))
    size = window.map_tab.export_size()
    assert not image.isNull() and image.width() == size.width() > map_view.width()  # map and legend
    formats["svg"].write(str(tmp_path / "map.svg"))
    root = ET.parse(tmp_path / "map.svg").getroot()
    assert root.tag.endswith("svg")
    text = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "Shkodër" in text and "Not placeable on the map" in text
    assert "version 2026.11.27 (2026-11-27)" in text  # the credit line carries the dataset's edition and date
    with pytest.raises(OSError):
        formats["svg"].write(str(tmp_path / "missing" / "map.svg"))
