"""Soak: random UI actions, as a restless user would make them, with every Qt warning failing the run
(pytest-qt's qt_log_level_fail) and the memory growth measured.

`make test` runs SOAK_ACTIONS=500; `make soak` runs 10,000 and prints the figures."""

import gc
import os
import random

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

ACTIONS = int(os.environ.get("SOAK_ACTIONS", "500"))
WORDS = ["zog", "keshilli", "korca", "lleshi", "maleshova", "berat", "xyz", "", "komiteti", "188", "<b>", "ë"]


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def flush_deletions() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


def run_actions(qtbot, window, count, rng):
    def click_region():
        window.show_tab("map")
        view = window.map_tab.map
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport_point(rng.choice(view.place_ids())))

    def click_sea():
        window.show_tab("map")
        qtbot.mouseClick(window.map_tab.map.viewport(), Qt.MouseButton.LeftButton, pos=window.map_tab.map.rect().topLeft())

    def click_bar():
        window.show_tab("chart")
        chart = window.chart_tab.ensure_built()
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.widget_point(rng.choice(chart.bar_ids())))

    def click_tree_row():
        window.show_tab("org")
        tree = window.org_tab.tree
        model = tree.model()
        parent = model.index(1, 0)  # the congress and everything under it
        while model.rowCount(parent) and rng.random() < 0.7:
            parent = model.index(rng.randrange(model.rowCount(parent)), 0, parent)
        tree.scrollTo(parent)
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(parent).center())

    def search_decisions():
        window.show_tab("decisions")
        window.decisions_tab.search.setText(rng.choice(WORDS))

    def search_everything():
        window.search_box.setText("")
        qtbot.keyClicks(window.search_box, rng.choice([w for w in WORDS if w.isascii()]))  # QTest types ASCII only
        keys = window.search_box.hit_keys()
        if keys:
            window.search_box.choose(*rng.choice(keys))

    def switch_tab():
        window.tabs.setCurrentIndex(rng.randrange(4))

    def history():
        (window.back_action if rng.random() < 0.6 else window.forward_action).trigger()

    def language():
        window.set_language("sq" if window.lang == "en" else "en")

    def toggle_chart():
        window.show_tab("chart")
        tab = window.chart_tab
        rng.choice([tab.percent_button, tab.counts_button, tab.size_button, tab.geo_button]).click()

    weighted = [(click_region, 20), (click_sea, 3), (click_bar, 15), (click_tree_row, 15), (search_decisions, 10),
                (search_everything, 8), (switch_tab, 10), (history, 12), (toggle_chart, 5), (language, 2)]
    actions = [a for a, w in weighted for _ in range(w)]
    done = {}
    for n in range(count):
        action = rng.choice(actions)
        action()
        done[action.__name__] = done.get(action.__name__, 0) + 1
        if n % 50 == 0:
            flush_deletions()
    return done


def test_soak(qtbot, window):
    rng = random.Random(1944)
    run_actions(qtbot, window, min(200, ACTIONS), rng)  # warm-up: caches, lazy chart, first language switch
    flush_deletions()
    start = rss_mib()
    done = run_actions(qtbot, window, ACTIONS, rng)
    flush_deletions()
    growth = rss_mib() - start
    print(f"\nsoak: {ACTIONS} actions {done}; RSS {start:.1f} -> {start + growth:.1f} MiB ({growth:+.1f} MiB)")
    assert sum(done.values()) == ACTIONS
    # the window still works after it all
    window.selection.select("delegation", "korca")
    assert "25" in window.details.toPlainText()
    assert growth < 40 + ACTIONS * 0.004, f"RSS grew {growth:.1f} MiB over {ACTIONS} actions"
