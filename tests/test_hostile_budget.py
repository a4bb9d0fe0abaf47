"""What bounds the time an open can take (issue 17, class 3), held structurally rather than by timing asserts:
SQLite's progress handler on the app's own read-only connection stops a query that would compute for minutes,
as soon as the time budget runs out or the person presses Cancel, and the open becomes one line.

(The wall time each refusal of the matrix takes is measured by `make fuzz`, not asserted here.)
"""

import shutil
import sqlite3
import threading

import pytest

from app.model import DatasetError, Store
from app.model.opening import Budget, connect
from app.paths import bundled_database

ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
# A view that is a cross join of a cross join: 10^15 rows to count, minutes of work for SQLite.
EXPENSIVE_VIEW = ("CREATE VIEW slow AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                  "SELECT a.i FROM n AS a, n AS b, n AS c")


def run_stopped(con, sql):
    """Runs `sql`, which only the connection's progress handler can end; a watchdog interrupts it after a minute
    so that a missing handler fails the test (with the budget's reason still None) instead of hanging it."""
    watchdog = threading.Timer(60, con.interrupt)
    watchdog.start()
    try:
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            con.execute(sql).fetchone()
    finally:
        watchdog.cancel()
        con.close()


def test_the_time_budget_stops_an_endless_recursive_query():
    budget = Budget(0.2)
    run_stopped(connect(bundled_database(), budget), ENDLESS)
    assert budget.reason == "timeout"


def test_the_time_budget_stops_an_expensive_view(tmp_path):
    """Store.open refuses any view before it is read; were one read, the budget would still stop it."""
    path = tmp_path / "slow.sqlite"
    shutil.copyfile(bundled_database(), path)
    con = sqlite3.connect(path)
    con.execute(EXPENSIVE_VIEW)
    con.commit()
    con.close()
    before = path.read_bytes()
    budget = Budget(0.2)
    run_stopped(connect(path, budget), "SELECT count(*) FROM slow")
    assert budget.reason == "timeout"
    with pytest.raises(DatasetError, match="holds a view"):
        Store.open(path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["slow.sqlite"]


def test_cancel_stops_a_query_without_waiting_for_the_budget():
    asked = []

    def cancel():
        asked.append(1)
        return len(asked) > 3
    budget = Budget(3600, cancel)
    run_stopped(connect(bundled_database(), budget), ENDLESS)
    assert budget.reason == "cancelled" and len(asked) == 4


def test_an_open_past_its_budget_is_one_line_and_leaves_the_file_alone(tmp_path):
    """The budget runs through the app's own reading, not only through stray queries."""
    path = tmp_path / "permet.sqlite"
    shutil.copyfile(bundled_database(), path)
    with pytest.raises(DatasetError) as refused:
        Store.open(path, budget=0)
    message = str(refused.value)
    assert "took longer than 0 s, so it was stopped" in message and "\n" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["permet.sqlite"]
    assert path.read_bytes() == bundled_database().read_bytes()
