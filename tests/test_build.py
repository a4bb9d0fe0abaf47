"""data/build.py and the committed data/permet.sqlite can never drift apart."""

import sqlite3

from benchmarks.synthetic import build_module as _load_build
from conftest import ROOT

from app.model import Store, schema


def _dump(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(con.iterdump()), con.execute("PRAGMA application_id").fetchone(), con.execute("PRAGMA user_version").fetchone()
    finally:
        con.close()


def test_rebuild_equals_committed_database(tmp_path):
    build = _load_build()
    out = tmp_path / "rebuilt.sqlite"
    build.build(out)
    assert _dump(out) == _dump(ROOT / "data" / "permet.sqlite"), "run `make data` and commit data/permet.sqlite"


def test_build_and_app_agree_on_the_schema():
    build = _load_build()
    assert build.SCHEMA_VERSION == schema.SCHEMA_VERSION
    assert build.APPLICATION_ID == schema.APPLICATION_ID


def test_rebuilt_database_opens(tmp_path):
    out = tmp_path / "rebuilt.sqlite"
    _load_build().build(out)
    assert Store.open(out).summary() == Store.open().summary()
