"""`make fuzz`, last step: how long each refusal of the hostile matrix (tests/hostile_cases.py) takes, as a person
meets it — wall time of the whole command-line run (a fresh process, start-up included, one at a time) and of
File → Open in a window that has every tab built. Issue 17 asks for "within 2 s, or cancellable with progress".

Not a test: nothing here passes or fails (timing asserts would be flaky on a shared machine); the figures go into
BENCHMARKS.md. Printed: cases per class, then median, p95 and max per path, the slowest cases, the load average.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="permet-hostile-times-")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import hostile_cases  # noqa: E402

TARGET = 2.0  # seconds


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def command_line(name: str, path: Path) -> float:
    argv, env = hostile_cases.refusal_run(name, path, ROOT)
    start = time.perf_counter()
    out = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, timeout=120)
    took = time.perf_counter() - start
    if out.returncode != 2:
        print(f"  ! {name}: exit code {out.returncode}")
    return took


def file_open(window, path: Path) -> float:
    start = time.perf_counter()
    refused = window.open_dataset(os.fsdecode(path)) is False
    took = time.perf_counter() - start
    if not refused:
        print(f"  ! {path}: opened")
    return took


def summary(label: str, times: dict[str, float]) -> None:
    values = list(times.values())
    over = [n for n, t in times.items() if t > TARGET]
    print(f"{label}: {len(values)} cases; median {statistics.median(values):.2f} s, p95 {p95(values):.2f} s, "
          f"max {max(values):.2f} s; over {TARGET:g} s: {len(over)}")
    for name, took in sorted(times.items(), key=lambda kv: -kv[1])[:5]:
        print(f"    {took:6.2f} s  [{hostile_cases.CLASS_OF[name]}] {name}")


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.model import Store
    from app.ui.main_window import MainWindow

    load = os.getloadavg()
    print(f"hostile matrix: {len(hostile_cases.CASES)} cases; load average {load[0]:.1f} at the start")
    for number, title in hostile_cases.CLASSES.items():
        print(f"  class {number} ({title}): {len(hostile_cases.SECTIONS[number])}")
    root = Path(tempfile.mkdtemp(prefix="permet-hostile-"))
    built = hostile_cases.build_all(root)
    try:
        cli = {name: command_line(name, entry[0]) for name, entry in built.items()}
        app = QApplication.instance() or QApplication([])
        QMessageBox.exec = lambda box: QMessageBox.StandardButton.Ok  # the dialogs are built, not shown
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Store.open(), settings=settings)
        window.show()
        window.self_check()
        app.processEvents()
        gui = {name: file_open(window, entry[0]) for name, entry in built.items()}
        window.close()
    finally:
        hostile_cases.release_locks()
        shutil.rmtree(root, ignore_errors=True)
    summary("command line (whole process, wall)", cli)
    summary("File → Open (wall)", gui)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
