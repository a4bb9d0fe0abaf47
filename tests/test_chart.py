"""The Chart tab as a user meets it: real clicks on bars, hover, keys, toggles, exports. Each test builds the
page alone over the bundled Store (make_page); what a bar click does to the other views is in test_linked.py."""

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocumentFragment

from app.ui.export import page_formats
from conftest import ROOT

REGIONAL_NORTH_TO_SOUTH = ["durres", "tirana", "peza", "elbasan", "korca", "berat", "vlora-gjirokastra"]


@pytest.fixture
def page(make_page):
    return make_page("chart")


@pytest.fixture
def chart(page, qtbot):
    c = page.ensure_built()
    qtbot.waitUntil(c.isVisible)
    assert c.objectName() == "delegateChart"
    return c


def click_bar(qtbot, chart, delegation_id):
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(
        chart.getPlotItem().getViewBox().mapViewToScene(chart.bar_rect(delegation_id).center())))


def test_bars_for_the_188_and_the_quotas_apart(chart, store):
    assert chart.bar_ids() == REGIONAL_NORTH_TO_SOUTH + ["not-broken-down", "youth-union", "womens-union"]
    heights = {i: chart.bar_rect(i).height() for i in chart.bar_ids()}
    assert heights == {"durres": 2, "tirana": 10, "peza": 3, "elbasan": 8, "korca": 25, "berat": 15,
                       "vlora-gjirokastra": 48, "not-broken-down": 77, "youth-union": 10, "womens-union": 5}
    # the remainder and the quotas stand apart from the regional bars, each after a gap
    xs = [chart.bar_rect(i).center().x() for i in chart.bar_ids()]
    assert xs[7] - xs[6] > 1.5 and xs[8] - xs[7] > 1.5
    assert chart.value_labels()[:8] == ["2", "10", "3", "8", "25", "15", "48", "77"]


def test_remainder_and_quotas_are_drawn_differently(chart):
    import pyqtgraph as pg
    bars = [i for i in chart.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    styles = [item.opts["brushes"][0].style() for item in bars]
    assert styles == [Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.NoBrush]
    labels = [label.text for _, label in chart.legend.items]
    assert any("not broken down by region" in t and "computed" in t for t in labels)
    assert any("quota" in t and "within the total" in t for t in labels)


@pytest.mark.parametrize("delegation_id", ["korca", "durres", "not-broken-down", "youth-union"])
def test_clicking_a_bar_selects_its_delegation(qtbot, chart, hub, delegation_id):
    with qtbot.waitSignal(hub.changed, timeout=1000):
        click_bar(qtbot, chart, delegation_id)
    assert hub.current() == ("delegation", delegation_id)
    assert chart.selected_bar_ids() == [delegation_id]


def test_selection_elsewhere_highlights_the_bar(chart, hub):
    hub.select("place", "korce", origin="map")
    assert chart.selected_bar_ids() == ["korca"]
    hub.select("person", "llazi-bozo", origin="tree")
    assert chart.selected_bar_ids() == ["berat"]
    hub.clear()
    assert chart.selected_bar_ids() == []


def test_hover_tooltip_names_the_source(qtbot, chart):
    pos = chart.mapFromScene(chart.getPlotItem().getViewBox().mapViewToScene(chart.bar_rect("berat").center()))
    qtbot.mouseMove(chart.viewport(), pos)
    qtbot.waitUntil(lambda: chart.toolTip() != "")
    shown = QTextDocumentFragment.fromHtml(chart.toolTip()).toPlainText()
    assert shown.startswith("Berat\n15 delegates, 8.0% of 188\nSource: Congress of Përmet (English Wikipedia)")


def test_keyboard_moves_between_bars_and_enter_selects(qtbot, chart, hub):
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.focused_bar_id() == "durres"
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.focused_bar_id() == "tirana"
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert hub.current() == ("delegation", "tirana")
    assert "Tirana" in chart.accessibleDescription()


def test_percent_toggle_and_sort(qtbot, chart, page):
    tab = page
    qtbot.mouseClick(tab.percent_button, Qt.MouseButton.LeftButton)
    assert chart.bar_rect("vlora-gjirokastra").height() == pytest.approx(100 * 48 / 188)
    assert chart.value_labels()[chart.bar_ids().index("korca")] == "13.3%"
    assert "% of the 188" in chart.getPlotItem().getAxis("left").labelText
    qtbot.mouseClick(tab.size_button, Qt.MouseButton.LeftButton)
    assert chart.bar_ids()[:7] == ["vlora-gjirokastra", "korca", "berat", "tirana", "elbasan", "peza", "durres"]
    assert chart.bar_ids()[7:] == ["not-broken-down", "youth-union", "womens-union"]
    qtbot.mouseClick(tab.counts_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.geo_button, Qt.MouseButton.LeftButton)
    assert chart.bar_ids()[:7] == REGIONAL_NORTH_TO_SOUTH and chart.bar_rect("korca").height() == 25


def test_exports(qtbot, chart, page, store, tmp_path):
    formats = {f.suffix: f for f in page_formats(page, store)}
    assert set(formats) == {"png", "svg", "pdf", "csv"}
    formats["png"].write(str(tmp_path / "c.png"))
    assert not QImage(str(tmp_path / "c.png")).isNull()
    formats["svg"].write(str(tmp_path / "c.svg"))
    ET.parse(tmp_path / "c.svg")  # well-formed XML
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    for label in ("Korçë", "Durrës", "77", "48"):
        assert label in svg
    formats["csv"].write(str(tmp_path / "c.csv"))
    rows = list(csv.reader((tmp_path / "c.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 1 + 10  # every bar the chart shows, the Youth and Women's Union quotas too
    assert rows[0][:6] == ["id", "Name in English", "Name in Albanian", "Kind", "Basis", "Delegates"]
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["korca"][5] == "25" and "Congress of Përmet (English Wikipedia)" in by_id["korca"][7]
    assert by_id["korca"][3:5] == ["regional delegation", "sourced"]  # kind and basis as words, not codes
    assert by_id["not-broken-down"][4] == "computed, not sourced" and by_id["not-broken-down"][5] == "77"
    assert sum(int(r[5]) for r in rows[1:] if r[3] != "quota") == 188  # the quotas are within the 188
    assert (by_id["youth-union"][3:6], by_id["womens-union"][5]) == (
        ["quota", "a quota within the total, not extra delegates", "10"], "5")


def test_pyqtgraph_is_not_loaded_until_the_chart_is_shown():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from app.model import Store; from app.ui.main_window import MainWindow\n"
            "w = MainWindow(Store.open()); w.show(); app.processEvents()\n"
            "before = 'pyqtgraph' in sys.modules or 'numpy' in sys.modules\n"
            "w.show_tab('chart'); app.processEvents()\n"  # shown at once; pyqtgraph comes in on the worker thread
            "import time; end = time.monotonic() + 60\n"
            "while w.chart_tab.chart is None and time.monotonic() < end: app.processEvents(); time.sleep(0.01)\n"
            "print(before, 'pyqtgraph' in sys.modules, len(w.chart_tab.chart.bar_ids()))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "True", "10"], out.stderr


def test_a_hidden_chart_does_no_work_and_catches_up_when_shown(qtbot, chart, page, hub):
    builds = chart.build_count
    hub.select("delegation", "berat", origin="test")
    assert chart.highlighted_bar_ids() == ["berat"] and chart.build_count == builds  # moved in place, no rebuild
    page.hide()  # as when another tab is shown
    qtbot.waitUntil(lambda: not chart.isVisible())
    for place in ("korce", "vlore", "tirane"):
        hub.select("place", place, origin="test")
    assert chart.highlighted_bar_ids() == ["berat"]  # hidden: not touched
    page.show()
    qtbot.waitUntil(chart.isVisible)
    assert chart.highlighted_bar_ids() == ["tirana"] and chart.build_count == builds


def test_language_switch_retranslates_the_chart_in_place(qtbot, chart, page):
    from PySide6.QtCore import QObject
    tab = page
    tab.percent_button.click()
    before = len(tab.findChildren(QObject))
    names = [lines for _, lines, _ in chart.tick_layout()]
    tab.set_language("sq")
    assert tab.chart is chart and len(tab.findChildren(QObject)) == before  # no widget made
    assert tab.state() == {"percent": True, "by_size": False}  # the mode stays
    assert [lines for _, lines, _ in chart.tick_layout()] != names
    assert any("Durrësi" in " ".join(lines) for _, lines, _ in chart.tick_layout())


@pytest.mark.parametrize("lang", ["en", "sq"])
# the page as it is in a 1024×640 and a 1920×1080 window, and smaller than any window gives it
@pytest.mark.parametrize("size", [(520, 420), (625, 543), (1174, 983)])
def test_names_under_the_bars_never_collide_and_the_legend_is_off_the_bars(qtbot, chart, page, lang, size):
    from PySide6.QtGui import QFontMetrics
    page.resize(*size)
    page.set_language(lang)
    qtbot.waitUntil(lambda: chart.tick_layout() and chart.getPlotItem().getViewBox().width() > 100)
    vb = chart.getPlotItem().getViewBox()
    metrics = QFontMetrics(chart.font())
    boxes = []  # (left, right, top row, bottom row) of each name, in pixels and lines
    for x, lines, first in chart.tick_layout():
        px = vb.mapFromView(pg_point(x)).x()
        half = max(metrics.horizontalAdvance(line) for line in lines) / 2
        boxes.append((px - half, px + half, first, first + len(lines)))
    for a, b in zip(boxes, boxes[1:]):
        same_rows = a[2] < b[3] and b[2] < a[3]
        assert not (same_rows and a[1] > b[0]), (a, b)
    for a, b in zip(boxes, boxes[2:]):
        assert not (a[2] < b[3] and b[2] < a[3] and a[1] > b[0]), (a, b)
    legend = chart.legend.sceneBoundingRect()
    assert not legend.intersects(vb.sceneBoundingRect())  # the legend is outside the plotting area


def pg_point(x):
    from PySide6.QtCore import QPointF
    return QPointF(x, 0)
