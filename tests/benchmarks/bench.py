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
from app.ui.map_view import MapView  # noqa: E402
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
    report("map scene, bundled data (13 places)", ms(timed(lambda: MapView(bundled, selection).deleteLater(), 20)))
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


STARTUP = """
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
print((time.perf_counter() - t0) * 1000)
"""


def startup_ms(mode: str, runs: int = 7) -> list[float]:
    import subprocess
    root = Path(__file__).resolve().parents[2]
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"MODE = {mode!r}\n" + STARTUP], cwd=root, check=True,
                       capture_output=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        out.append((time.perf_counter() - t) * 1000)  # process start to first painted window, interpreter included
    return out


def bench_startup() -> None:
    bare = statistics.median(startup_ms("bare"))
    lazy = statistics.median(startup_ms("app"))
    eager = statistics.median(startup_ms("chart-eager"))
    report("start -> first painted window: bare QMainWindow+QTabWidget", f"median {bare:8.1f} ms  (1.00x)")
    report("start -> first painted window: Përmet Explorer (chart lazy)", f"median {lazy:8.1f} ms  ({lazy / bare:.2f}x)")
    report("start -> first painted window: chart built at start-up", f"median {eager:8.1f} ms  ({eager / bare:.2f}x)")
    report("time the lazy chart saves at start-up", f"{eager - lazy:8.1f} ms")


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'figure':<58} value")
        bench_startup()
        bench_map(app, Path(tmp))
        bench_click(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
