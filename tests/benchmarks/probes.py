"""The child processes of `make bench`: each measures one thing in a fresh interpreter and prints one JSON line.

    python probes.py startup bare|hello|app [DB]   process start -> first painted window (the parent times it),
                                                 then exits at once; prints the peak RSS at that moment
    python probes.py visited hello|app [DB]        peak RSS after every tab (and the org chart) has been shown
    python probes.py clicks DB N                   selections timed until the event queue is drained, with every
                                                 tab built and each tab current in turn
    python probes.py stalls DB                     the longest main-thread stall of each step a person takes
                                                 after the first paint (a 10 ms heartbeat timer)
    python probes.py language DB N                 View → Language, Albanian and back, N times each, with every
                                                 tab built and an item selected, timed until the queue is drained;
                                                 then each tab's first visit after a switch (it retranslates then)

Not tests: they assert nothing. `bench.py` runs them and prints the table.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TABS = ("overview", "map", "chart", "org", "decisions")


def peak_rss_mib() -> float:
    # VmHWM of this process (getrusage's ru_maxrss survives exec, so a child would report its parent's peak)
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024


def drain(app) -> None:
    """Run until the queue is empty: every update and repaint the action caused has happened."""
    for _ in range(3):
        app.processEvents()


def build(mode: str, db: str | None):
    """The window of `mode`: a bare QMainWindow with four tabs, pyqtgraph's hello window, or the app as the
    command line builds it."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    if mode == "bare":
        from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget
        window = QMainWindow()
        tabs = QTabWidget()
        for name in TABS:
            tabs.addTab(QLabel(name), name)
        window.setCentralWidget(tabs)
    elif mode == "hello":
        import pyqtgraph as pg
        from PySide6.QtWidgets import QMainWindow
        window = QMainWindow()
        plot = pg.PlotWidget()
        plot.addItem(pg.BarGraphItem(x=list(range(10)), height=list(range(1, 11)), width=0.7))
        window.setCentralWidget(plot)
    else:
        from app import cli
        # the bench's synthetic datasets may need more than Store.open's default budget (3000x: ~14 s of CPU)
        budget = os.environ.get("BENCH_OPEN_BUDGET")
        args, store, selection = cli.prepare(["--db", db] if db else [], budget=float(budget) if budget else None)
        window = cli.build_window(args, store, selection, persistent=False)
    window.resize(1280, 800)
    return app, window


def on_first_paint(window, then) -> None:
    """Call `then` once the window's first frame has been painted (children included)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from PySide6.QtWidgets import QApplication, QWidget

    class Watcher(QObject):
        done = False

        def eventFilter(self, obj, event):
            # the first paint of any part of the window; the queued call runs after the whole frame is painted
            if event.type() == QEvent.Type.Paint and not self.done and isinstance(obj, QWidget) \
                    and obj.window() is window:
                self.done = True
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False
    watcher = Watcher(window)
    QApplication.instance().installEventFilter(watcher)


def visit_every_tab(app, window) -> None:
    if hasattr(window, "show_tab"):
        for name in TABS:
            window.show_tab(name)
            drain(app)
            if name == "map":  # a big dataset's map is built in slices on idle turns: looked at until it is whole
                view = window.map_tab.map
                while not getattr(view, "is_built", lambda: True)():
                    app.processEvents()
            if name == "chart":  # opened before pyqtgraph's import is done, the chart comes once it is: looked at
                while window.chart_tab.chart is None or not window.chart_tab.chart.isVisible():  # until it is there
                    app.processEvents()
        window.show_tab("org")
        window.org_tab.show_view("chart")
        drain(app)
        window.org_tab.show_view("tree")
        drain(app)


def startup(mode: str, db: str | None, visited: bool) -> None:
    app, window = build(mode, db)

    def done() -> None:
        if visited:
            visit_every_tab(app, window)
        print(json.dumps({"rss_mib": peak_rss_mib()}), flush=True)
        os._exit(0)  # no teardown: the parent's clock stops at the first paint
    on_first_paint(window, done)
    window.show()
    app.exec()


def items(store) -> list[tuple[str, str]]:
    out = []
    for kind in ("place", "delegation", "body", "person", "decision"):
        out += [(kind, i) for i in store.ids(kind)]
    return out


def clicks(db: str, n: int) -> None:
    """Every tab built; then, with each tab current in turn, n selections of random items of every kind."""
    app, window = build("app", db)
    window.show()
    drain(app)
    visit_every_tab(app, window)
    rng = random.Random(7)
    pool = items(window.store)
    out = {}
    for name in TABS:
        window.show_tab(name)
        drain(app)
        samples, cpu = [], []
        for _ in range(n):
            key = rng.choice(pool)
            t, c = time.perf_counter(), time.thread_time()
            window.selection.select(*key, origin="bench")
            drain(app)
            samples.append((time.perf_counter() - t) * 1000)
            cpu.append((time.thread_time() - c) * 1000)
        out[name] = {"p50": statistics.median(samples), "p95": percentile(samples, 95), "max": max(samples),
                     "cpu_p95": percentile(cpu, 95)}
    out["rss_mib"] = peak_rss_mib()
    print(json.dumps(out), flush=True)
    os._exit(0)


def language(db: str, n: int) -> None:
    """Every tab built, a person selected (the details panel full), the map current; then the language switched
    2n times, each switch timed until the event queue is drained (every tab retranslated and repainted)."""
    app, window = build("app", db)
    window.show()
    drain(app)
    visit_every_tab(app, window)
    window.show_tab("map")
    people = window.store.ids("person")
    window.selection.select("person", people[len(people) // 2], origin="bench")
    drain(app)
    samples, cpu = [], []
    for i in range(2 * n):
        t, c = time.perf_counter(), time.thread_time()
        window.set_language("sq" if i % 2 == 0 else "en")
        drain(app)
        samples.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    # the tabs hidden at the switch retranslate when next shown: each first visit after one more switch
    window.set_language("sq" if window.lang == "en" else "en")
    drain(app)
    visits = {}
    for name in TABS:
        t = time.perf_counter()
        window.show_tab(name)
        drain(app)
        visits[name] = (time.perf_counter() - t) * 1000
    print(json.dumps({"p50": statistics.median(samples), "max": max(samples), "cpu_p50": statistics.median(cpu),
                      "cpu_max": max(cpu), "visit_after_switch_ms": visits}), flush=True)
    os._exit(0)


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def stalls(db: str) -> None:
    """Steps a person takes after the first paint, each from the event loop; a 10 ms heartbeat measures how
    long the main thread was unable to answer during and after each step."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    app, window = build("app", db)
    rng = random.Random(3)
    state = {"phase": "before first paint", "last": time.perf_counter(), "cpu": time.thread_time()}
    worst: dict[str, float] = {}
    worst_cpu: dict[str, float] = {}  # main-thread CPU time between two beats: what the load cannot inflate
    t0 = time.perf_counter()

    def beat() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap, gap_cpu = (now - state["last"]) * 1000, (cpu - state["cpu"]) * 1000
        state["last"], state["cpu"] = now, cpu
        worst[state["phase"]] = max(worst.get(state["phase"], 0.0), gap)
        worst_cpu[state["phase"]] = max(worst_cpu.get(state["phase"], 0.0), gap_cpu)

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)

    def key(widget, text: str):  # the widget is looked up when the key is typed: tabs may have been rebuilt
        return lambda: QTest.keyClicks(widget(), text)

    pool = items(window.store)
    steps = [("typing in the decisions search while indexing", key(lambda: window.decisions_tab.search, c)) for c in "zog"]
    steps += [("typing in search everything while indexing", key(lambda: window.search_box, c)) for c in "kor"]
    steps += [("first visit: " + name, lambda name=name: window.show_tab(name)) for name in TABS[1:] + TABS[:1]]
    steps += [("first visit: org chart", lambda: (window.show_tab("org"), window.org_tab.show_view("chart")))]
    steps += [("a click, org chart current", lambda: window.selection.select(*rng.choice(pool), origin="bench"))] * 5
    for name in TABS:
        steps += [(f"a click, {name} current", lambda name=name: window.show_tab(name))]
        steps += [(f"a click, {name} current", lambda: window.selection.select(*rng.choice(pool), origin="bench"))] * 5
    steps += [("language switch", lambda: window.set_language("sq"))]
    # a tab hidden at the switch retranslates when it is next shown: that visit is timed too
    steps += [("a visit after a language switch", lambda name=name: window.show_tab(name)) for name in TABS]
    steps += [("language switch", lambda: window.set_language("en"))]
    steps += [("typing in the decisions search", key(lambda: window.decisions_tab.search, c)) for c in "\b\b\bkesh"]
    # the people list (Organisation → People): its first show, typing while its 41,000 rows are made, then after
    people = lambda: window.org_tab.people  # noqa: E731
    steps += [("first visit: people list", lambda: (window.show_tab("org"), window.org_tab.show_view("people")))]
    steps += [("typing in the people filter while loading", key(lambda: people().search, c)) for c in "mal"]
    steps += [("the people list loading", lambda: None)] * 30  # ~1.8 s: its rows are made a slice a turn
    steps += [("typing in the people filter", key(lambda: people().search, c)) for c in "\b\b\bkesh\b\b"]
    steps += [("language switch, people list current", lambda: window.set_language("sq"))]
    steps += [("the people list loading", lambda: None)] * 30

    def run(n: int = 0) -> None:
        if n == len(steps):
            state["phase"] = "end"
            print(json.dumps({"worst_ms": worst, "worst_cpu_ms": worst_cpu, "total_s": time.perf_counter() - t0, "rss_mib": peak_rss_mib()}),
                  flush=True)
            os._exit(0)
        state["phase"], action = steps[n]
        action()
        QTimer.singleShot(60, lambda: run(n + 1))

    def first_paint() -> None:
        state["phase"], state["last"], state["cpu"] = "after the first paint", time.perf_counter(), time.thread_time()
        heartbeat.start()
        window.activateWindow()
        QTimer.singleShot(0, run)
    on_first_paint(window, first_paint)
    window.show()
    app.exec()


if __name__ == "__main__":
    what = sys.argv[1]
    if what in ("startup", "visited"):
        startup(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None, visited=what == "visited")
    elif what == "clicks":
        clicks(sys.argv[2], int(sys.argv[3]))
    elif what == "stalls":
        stalls(sys.argv[2])
    elif what == "language":
        language(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)
