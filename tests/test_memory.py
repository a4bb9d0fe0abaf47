"""What the app keeps in memory, checked by structure, never by measuring (the peak RSS figures are `make bench`'s):
PySide6's import hook no longer leaves the source text of every module in linecache, a traceback still shows its
source lines, and a person who has looked at every tab has not loaded modules only printing, exporting or the
network would need."""

from __future__ import annotations

import json
import linecache
import os
import subprocess
import sys
import traceback
from pathlib import Path

from app.pyside_sources import forget_module_sources

ROOT = Path(__file__).resolve().parent.parent

# Modules that viewing the bundled data does not need: the print and PDF paths (File → Print…, --pdf), the network,
# other GUI toolkits, pyqtgraph's exporters and 3-D. None is imported by pyqtgraph's own hello window either.
NOT_FOR_VIEWING = (
    "PySide6.QtPrintSupport", "PySide6.QtPdf", "PySide6.QtSvgWidgets", "PySide6.QtNetwork", "PySide6.QtQml",
    "PySide6.QtQuick", "PySide6.QtDBus", "PySide6.QtWebEngineCore", "email", "http.client", "urllib.request", "ssl",
    "asyncio", "importlib.metadata", "xml.dom.minidom", "unittest", "tkinter", "pyqtgraph.opengl",
    "pyqtgraph.exporters", "scipy", "matplotlib",
)

# A child process: the window as the command line builds it, every tab shown once (the org chart drawn), then
# what is left in memory. A subprocess, so that the test process's own imports and caches do not count.
VISIT_EVERY_TAB = """
import json, linecache, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app import cli
from app.ui.pages import page_names
args, store, selection = cli.prepare([])
window = cli.build_window(args, store, selection, persistent=False)
window.resize(1280, 800)
window.show()
def drain():
    for _ in range(3):
        app.processEvents()
drain()
for name in page_names():
    window.show_tab(name)
    drain()
    while name == "chart" and window.chart_tab.chart is None:  # it comes once pyqtgraph's import is done
        app.processEvents()
window.show_tab("org")
window.org_tab.show_view("chart")
drain()
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({
    "modules": sorted(sys.modules),
    "cached": sorted(linecache.cache),
    "feature": {name: feature.get(name) for name in ("app.ui.main_window", "app.ui.chart_plot", "pyqtgraph.Qt",
                                                     "numpy", "json", "app.model.store")},
}))
"""


def visit_every_tab() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", VISIT_EVERY_TAB], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_after_every_tab_no_module_source_is_kept_and_nothing_only_printing_needs_is_loaded():
    seen = visit_every_tab()
    modules = set(seen["modules"])
    assert {"pyqtgraph", "numpy", "app.ui.chart_plot", "app.ui.org_chart"} <= modules  # every tab was built
    assert sorted(modules & set(NOT_FOR_VIEWING)) == []
    # before: every module imported after PySide6 (500 files, 13 MiB of lines) stayed in linecache for good
    kept = [path for path in seen["cached"] if "site-packages" in path or f"{os.sep}app{os.sep}" in path]
    assert kept == []
    # PySide6's own bookkeeping is unchanged: the modules that use PySide6 are told apart from those that do not
    assert seen["feature"]["app.ui.main_window"] == 0 and seen["feature"]["app.ui.chart_plot"] == 0
    assert seen["feature"]["pyqtgraph.Qt"] == 0
    assert seen["feature"]["numpy"] == seen["feature"]["json"] == seen["feature"]["app.model.store"] == -1


def test_a_module_imported_after_qt_is_classified_as_before_but_not_kept(tmp_path, monkeypatch):
    import PySide6.QtCore  # noqa: F401

    assert forget_module_sources()  # in place (app.ui is imported by the test session) and idempotent
    (tmp_path / "memory_probe_qt.py").write_text("# drawn with PySide6\nVALUE = 1\n", encoding="utf-8")
    (tmp_path / "memory_probe_plain.py").write_text("VALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("memory_probe_qt", "memory_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    qt_module = __import__("memory_probe_qt")  # through builtins.__import__, which PySide6's hook wraps
    plain_module = __import__("memory_probe_plain")
    feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert (feature["memory_probe_qt"], feature["memory_probe_plain"]) == (0, -1)
    assert qt_module.__file__ not in linecache.cache and plain_module.__file__ not in linecache.cache


def test_a_traceback_still_shows_the_line_that_failed():
    from app.links import LinkError, parse_link

    try:
        parse_link("permet-explorer:tab=nowhere", ("overview", "map"))
    except LinkError as exc:
        frames = traceback.extract_tb(exc.__traceback__)
    else:
        raise AssertionError("an unknown tab in a link must be refused")
    # the app's frames show their source lines: linecache reads a file again when a traceback needs it
    ours = [f for f in frames if f.filename.endswith(os.path.join("app", "links.py"))]
    assert ours
    source = Path(ours[-1].filename).read_text(encoding="utf-8").splitlines()
    assert ours[-1].line and ours[-1].line == source[ours[-1].lineno - 1].strip()


def test_the_window_has_no_style_sheet_and_a_checked_toggle_keeps_its_size(qtbot, window):
    """A style sheet on the window put every widget under Qt's style sheet engine (1.6 MiB and time, for one rule);
    the checked look is now the application style's, at the size the style sheet gave it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.theme import CHECKED_PADDING, AppStyle

    assert window.styleSheet() == "" and QApplication.instance().styleSheet() == ""
    assert isinstance(QApplication.style(), AppStyle)
    window.show_tab("chart")
    counts, percent = window.chart_tab.counts_button, window.chart_tab.percent_button
    assert counts.isChecked() and not percent.isChecked()
    text = counts.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, counts.text())
    # checked when laid out: its text, the padding and a 1 px border (not the style's 80 px minimum)
    assert counts.sizeHint().width() == text.width() + 2 * (CHECKED_PADDING[0] + 1)
    qtbot.mouseClick(percent, Qt.MouseButton.LeftButton)
    assert percent.isChecked() and not counts.isChecked()
