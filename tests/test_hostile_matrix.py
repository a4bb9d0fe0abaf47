"""The bad-input matrix (issue 17): well over a hundred hostile datasets in the seven classes of the issue
(tests/hostile_cases.py), each handed to the app twice — on the command line (one line on stderr, exit code 2;
class 6 also with a hostile environment) and through File → Open (a plain-text dialog, the dataset that was open
stays whole) — and each left byte-identical, with nothing new beside it.

How long each refusal takes is measured, not asserted (a shared machine makes timing asserts flaky): `make fuzz`
prints the wall time per case over this matrix (tests/benchmarks/hostile_times.py) and BENCHMARKS.md keeps the
figures. What the tests hold is the structure that bounds the time (test_hostile_budget.py): nothing blocks, and
SQLite's work is stopped by a time budget or Cancel.

The files are built once; the command line runs in a subprocess per case, which stops before Qt is imported.
"""

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import hostile_cases
from conftest import ROOT

CASE_NAMES = list(hostile_cases.CASES)
HANG = 60  # seconds after which a run counts as hung (a refusal takes well under a second)


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    built = hostile_cases.build_all(tmp_path_factory.mktemp("hostile"))
    yield built
    hostile_cases.release_locks()


def assert_untouched(entry):
    path, _, before = entry
    assert hostile_cases.fingerprint(path) == before, "the file or its folder changed"


def test_the_matrix_covers_every_class():
    assert len(CASE_NAMES) >= 100
    per_class = {number: [n for n in CASE_NAMES if hostile_cases.CLASS_OF[n] == number] for number in hostile_cases.CLASSES}
    assert all(len(names) >= 5 for names in per_class.values()), {k: len(v) for k, v in per_class.items()}
    words = " ".join(CASE_NAMES)
    for word in ("pipe", "dev", "link", "name", "locked", "WAL", "view", "trigger", "generated", "virtual", "total",
                 "digits", "nested", "chain", "cycle", "id with", "combining", "NEL", "CSI", "million", "duplicate",
                 "label point", "add", "seat", "rich text", "file: link", "socket", "block device", "HOME", "locale",
                 "display", "Qt logging", "kind with a line break", "date"):
        assert word in words, word


def _refuse(name, path):
    """One command-line run, in the case's environment: (exit code, stdout, stderr)."""
    argv, env = hostile_cases.refusal_run(name, path, ROOT)
    out = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, timeout=HANG)
    return out.returncode, out.stdout, out.stderr.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def command_line_runs(bad_files):
    """Every case on the command line, a few at a time (each run is a small process that stops before Qt)."""
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {name: pool.submit(_refuse, name, entry[0]) for name, entry in bad_files.items()}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("case", CASE_NAMES)
def test_command_line_refuses_in_one_line(bad_files, command_line_runs, case):
    path, expected, _ = entry = bad_files[case]
    code, stdout, stderr = command_line_runs[case]
    assert code == 2, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("permet-explorer: error: "), stderr
    assert expected in lines[0]
    assert "Traceback" not in stderr and stdout == b""
    assert_untouched(entry)


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes as they are built, recorded instead of shown (Spyder's way: patch exec)."""
    shown = []

    def record(box):
        shown.append(box)
        return QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture(scope="module")
def shared_window(tmp_path_factory):
    """One window for the whole matrix: each case must leave it exactly as it was, which is the point."""
    from PySide6.QtCore import QSettings

    from app.model import Store
    from app.ui.main_window import MainWindow
    settings = QSettings(str(tmp_path_factory.mktemp("settings") / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Store.open(), settings=settings)
    window.show()
    yield window
    window.close()
    window.deleteLater()


@pytest.mark.parametrize("case", CASE_NAMES)
def test_file_open_refuses_with_a_plain_dialog_and_keeps_the_dataset(qtbot, shared_window, dialogs, bad_files, case):
    window = shared_window
    path, expected, _ = entry = bad_files[case]
    store = window.store
    window.show_tab("chart")
    window.selection.select("delegation", "berat")
    built = window.self_check()
    assert window.open_dataset(os.fsdecode(path)) is False
    assert len(dialogs) == 1
    box = dialogs[0]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.windowTitle() == "Cannot open dataset"
    assert expected in box.text() and "\n" not in box.text()
    assert window.store is store and window.selection.current() == ("delegation", "berat")
    assert window.current_tab_name() == "chart" and window.self_check() == built
    assert_untouched(entry)
