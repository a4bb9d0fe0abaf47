"""Fuzzing: mutated copies of the bundled dataset (bytes and rows). Store.open plus building every view
either works or raises DatasetError — never another exception, never a hang (SIGALRM after 10 s; no
per-example deadline, which a shared machine would turn into flaky failures).

`make test` runs a small sample; `make fuzz` runs FUZZ_EXAMPLES (2,000) of each kind."""

import os
import signal
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from app.model import DatasetError, Store
from app.model.schema import REQUIRED_COLUMNS
from app.paths import bundled_database

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
ORIGINAL = bundled_database().read_bytes()
TABLES = sorted(REQUIRED_COLUMNS)

fuzz_settings = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=os.environ.get("FUZZ_RANDOM") != "1",
                         suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

values = st.one_of(
    st.none(), st.integers(min_value=-2**63, max_value=2**63 - 1), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), st.binary(max_size=40), st.sampled_from(["", " ", "{}", "[]", "korce", "Korça", "<b>x</b>",
                                                                  '{"type":"Point","coordinates":[1e308,1e308]}',
                                                                  '{"type":"Polygon","coordinates":[[[0,0]]]}']),
)


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang("a fuzzed dataset took more than 10 s")


def open_and_build(path, qtbot):
    """What the app does with a dataset: open it, build every view, select something of each kind."""
    from app.ui.main_window import MainWindow
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(10)
    try:
        try:
            store = Store.open(path)
        except DatasetError as exc:
            assert str(exc) and "\n" not in str(exc)
            return "refused"
        window = MainWindow(store)
        try:
            window.self_check()
            for kind in ("place", "delegation", "body", "person", "decision"):
                ids = store.ids(kind)
                if ids:
                    window.selection.select(kind, ids[0])
        finally:
            # freed now: hypothesis runs every example inside one test, so qtbot.addWidget would keep them all
            window.close()
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return "opened"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@fuzz_settings
@given(changes=st.lists(st.tuples(st.integers(min_value=0, max_value=len(ORIGINAL) - 1), st.integers(0, 255)),
                        min_size=1, max_size=24))
def test_byte_mutations(qtbot, tmp_path_factory, changes):
    data = bytearray(ORIGINAL)
    for offset, value in changes:
        data[offset] = value
    path = tmp_path_factory.mktemp("fuzz") / "mutated.sqlite"
    path.write_bytes(bytes(data))
    open_and_build(path, qtbot)
    assert path.read_bytes() == bytes(data)


@fuzz_settings
@given(edits=st.lists(st.tuples(st.sampled_from(TABLES), st.integers(0, 30), st.integers(0, 10_000), values),
                      min_size=1, max_size=4))
def test_row_mutations(qtbot, tmp_path_factory, edits):
    path = tmp_path_factory.mktemp("fuzz") / "mutated.sqlite"
    path.write_bytes(ORIGINAL)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("PRAGMA ignore_check_constraints = ON")
    for table, column_no, row_no, value in edits:
        columns = REQUIRED_COLUMNS[table]
        column = columns[column_no % len(columns)]
        rowids = [r[0] for r in con.execute(f"SELECT rowid FROM {table}")]
        if not rowids:
            continue
        try:
            con.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowids[row_no % len(rowids)]))
        except sqlite3.IntegrityError:
            pass  # a NOT NULL or UNIQUE constraint the file itself enforces
    con.commit()
    con.close()
    before = path.read_bytes()
    open_and_build(path, qtbot)
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["bytes", "rows"])
def test_the_fuzzers_see_both_outcomes(qtbot, tmp_path, kind):
    """A sanity check on the harness itself: an untouched copy opens, a scrambled header is refused."""
    path = tmp_path / "x.sqlite"
    path.write_bytes(ORIGINAL if kind == "rows" else b"\0" * 100 + ORIGINAL[100:])
    assert open_and_build(path, qtbot) == ("opened" if kind == "rows" else "refused")
