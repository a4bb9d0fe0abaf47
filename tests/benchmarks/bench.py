"""`make bench`: figures for speed, printed as a table (medians over repeated runs).

Not a test: nothing here passes or fails; the numbers go into notes and issues.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="permet-bench-")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.model import Store  # noqa: E402
from app.ui.map import MapView  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.selection import SelectionModel  # noqa: E402
from synthetic import make_dataset  # noqa: E402

ROWS: list[tuple[str, str]] = []


def report(name: str, value: str) -> None:
    ROWS.append((name, value))
    print(f"{name:<58} {value}", flush=True)


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples):8.2f} ms  (n={len(samples)})"


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bench_map(app: QApplication, tmp: Path) -> None:
    bundled = Store.open()
    selection = SelectionModel()
    places = len(bundled.places()) - len(bundled.places("country"))
    from app.ui.map.items import place_path

    def cold() -> None:
        place_path.cache_clear()  # the first build: every outline parsed from GeoJSON
        MapView(bundled, selection).deleteLater()
    report(f"map scene, bundled data ({places} places, symbol layer, first build)", ms(timed(cold, 20)))
    report(f"map scene, bundled data ({places} places, symbol layer, rebuild)",
           ms(timed(lambda: MapView(bundled, selection).deleteLater(), 20)))
    report(f"map scene, bundled data ({places} places, county layer)",
           ms(timed(lambda: MapView(bundled, selection, layer="counties").deleteLater(), 20)))
    view = MapView(bundled, selection)
    view.resize(700, 600)
    view.show()
    app.processEvents()
    report("map labels placed at a zoom step (symbol layer)", ms(timed(lambda: view.zoom(1.0), 50)))
    view.deleteLater()
    big = Store.open(make_dataset(tmp / "regions-10000.sqlite", regions=10000))
    report("map scene, synthetic 10,000 polygons", ms(timed(lambda: MapView(big, selection).deleteLater(), 3)))
    app.processEvents()


def bench_click(app: QApplication) -> None:
    window = MainWindow(Store.open())
    window.resize(1280, 800)
    window.show()
    window.show_tab("map")
    app.processEvents()
    view = window.map_tab.map
    places = [p for p in view.place_ids()]
    samples = []
    for n in range(1000):
        pos = view.viewport_point(places[n % len(places)])
        t = time.perf_counter()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        samples.append((time.perf_counter() - t) * 1000)  # the selection chain is synchronous: all views updated
    report("click on a region -> all linked views + details updated",
           f"p50 {percentile(samples, 50):.2f} ms, p95 {percentile(samples, 95):.2f} ms (n={len(samples)})")
    window.close()


# Peak RSS of this process from /proc (VmHWM). getrusage's ru_maxrss would not do: on Linux it survives
# exec, so a child started by a big parent reports the parent's peak.
PEAK = """
def peak_rss_mib():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
"""

STARTUP = PEAK + """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
if MODE == "bare":
    from PySide6.QtWidgets import QMainWindow, QTabWidget
    w = QMainWindow(); w.setCentralWidget(QTabWidget()); w.resize(1280, 800)
else:
    from app.model import Store
    from app.ui.main_window import MainWindow
    w = MainWindow(Store.open())
    if MODE == "chart-eager":
        w.chart_tab.ensure_built()
w.show()
app.processEvents()
w.grab()  # the first frame is painted
print((time.perf_counter() - t0) * 1000, peak_rss_mib())
"""

DATASET = PEAK + """
import json, statistics, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.model import Store
from app.ui.main_window import MainWindow
t_open = time.perf_counter()
store = Store.open(PATH)
opened = time.perf_counter() - t_open
t_paint = time.perf_counter()
w = MainWindow(store)
w.show()
app.processEvents()
w.grab()
painted = time.perf_counter() - t_paint
t_index = time.perf_counter()
while not w.search_ready():  # the search indexes are folded while the window is idle
    app.processEvents()
indexed = time.perf_counter() - t_index
search = w.decisions_tab.search
keystrokes = []
for text in ("z", "zo", "zog", "zo", "z", "", "k", "ke", "kes", "kesh", "keshi", ""):
    t = time.perf_counter()
    search.setText(text)
    app.processEvents()
    keystrokes.append((time.perf_counter() - t) * 1000)
everything = []
for text in ("k", "ko", "kor", "korc", "korca", "l", "ll", "lle", "lles", "llesh", "lleshi"):
    t = time.perf_counter()
    w.search_box._update_hits(text)
    w.search_box.completer_.popup().hide()
    everything.append((time.perf_counter() - t) * 1000)
print(json.dumps({"open_ms": opened * 1000, "paint_ms": painted * 1000, "index_ms": indexed * 1000,
                  "decisions_key_ms": statistics.median(keystrokes), "decisions_key_max_ms": max(keystrokes),
                  "search_key_ms": statistics.median(everything), "search_key_max_ms": max(everything),
                  "rss_mib": peak_rss_mib()}))
"""


ROOT = Path(__file__).resolve().parents[2]


def startup(mode: str, runs: int = 7) -> tuple[list[float], list[float]]:
    import subprocess
    times, rss = [], []
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", f"MODE = {mode!r}\n" + STARTUP], cwd=ROOT, check=True,
                             capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        times.append((time.perf_counter() - t) * 1000)  # process start to first painted window, interpreter included
        rss.append(float(out.stdout.split()[-1]))
    return times, rss


def bench_startup() -> None:
    (bare, bare_rss), (lazy, lazy_rss), (eager, eager_rss) = (
        [statistics.median(x) for x in startup(mode)] for mode in ("bare", "app", "chart-eager"))
    report("start -> first painted window: bare QMainWindow+QTabWidget", f"median {bare:8.1f} ms  (1.00x)")
    report("start -> first painted window: Përmet Explorer (chart lazy)", f"median {lazy:8.1f} ms  ({lazy / bare:.2f}x)")
    report("start -> first painted window: chart built at start-up", f"median {eager:8.1f} ms  ({eager / bare:.2f}x)")
    report("time the lazy chart saves at start-up", f"{eager - lazy:8.1f} ms")
    report("peak RSS: bare window", f"{bare_rss:8.1f} MiB  (1.00x)")
    report("peak RSS: Përmet Explorer, first window", f"{lazy_rss:8.1f} MiB  ({lazy_rss / bare_rss:.2f}x)")
    report("peak RSS: with the chart built", f"{eager_rss:8.1f} MiB  ({eager_rss / bare_rss:.2f}x)")


def bench_scales(tmp: Path) -> None:
    """The bundled dataset and synthetic ones 10x, 100x and 1000x its size: what grows with the data."""
    import json
    import subprocess
    sizes = [("bundled (1x)", None)] + [(f"synthetic {k}x", k) for k in (10, 100, 1000)]
    base = None
    for name, scale in sizes:
        path = Store.open().path if scale is None else make_dataset(tmp / f"x{scale}.sqlite", scale=scale)
        runs = []
        for _ in range(3 if scale is None or scale < 1000 else 1):
            out = subprocess.run([sys.executable, "-c", f"PATH = {str(path)!r}\n" + DATASET], cwd=ROOT, check=True,
                                 capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        m = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        base = base or m
        counts = Store.open(path).summary()
        report(f"{name}: {counts['places']} places, {counts['people']} people, {counts['seats']} seats, "
               f"{counts['decisions']} decisions, {counts['citations']} citations", "")
        report("    open the dataset (Store.open)", f"{m['open_ms']:8.1f} ms  ({m['open_ms'] / base['open_ms']:.1f}x)")
        report("    build and paint the window", f"{m['paint_ms']:8.1f} ms  ({m['paint_ms'] / base['paint_ms']:.1f}x)")
        report("    search indexes folded while idle, after the paint", f"{m['index_ms']:8.1f} ms")
        report("    keystroke in the decisions search", f"median {m['decisions_key_ms']:6.2f} ms, max {m['decisions_key_max_ms']:6.2f} ms")
        report("    keystroke in search everything", f"median {m['search_key_ms']:6.2f} ms, max {m['search_key_max_ms']:6.2f} ms")
        report("    peak RSS", f"{m['rss_mib']:8.1f} MiB  ({m['rss_mib'] / base['rss_mib']:.2f}x)")


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'figure':<58} value")
        bench_startup()
        bench_map(app, Path(tmp))
        bench_click(app)
        if os.environ.get("BENCH_QUICK") != "1":
            bench_scales(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
