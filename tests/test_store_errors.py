"""A bad dataset file gets a DatasetError a person can act on, and the file is left byte-identical."""

import os
import shutil
import sqlite3

import pytest

from app.model import DatasetError, Store
from app.paths import bundled_database


def _copy(tmp_path, name="copy.sqlite"):
    path = tmp_path / name
    shutil.copyfile(bundled_database(), path)
    return path


def _edited(tmp_path, *sql):
    path = _copy(tmp_path)
    con = sqlite3.connect(path)
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()
    return path


def missing(tmp_path):
    return tmp_path / "nowhere.sqlite", "not found"


def directory(tmp_path):
    return tmp_path, "is a folder"


def empty(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    return path, "is empty"


def random_bytes(tmp_path):
    path = tmp_path / "noise.sqlite"
    path.write_bytes(os.urandom(4096))
    return path, "not an SQLite database"


def text_file(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Korça 25, Berat 15\n", encoding="utf-8")
    return path, "not an SQLite database"


def truncated(tmp_path):
    path = _copy(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path, "damaged or truncated"


def foreign_sqlite(tmp_path):
    path = tmp_path / "other-app.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('A', '1')")
    con.commit()
    con.close()
    return path, "another application"


def wrong_schema_version(tmp_path):
    return _edited(tmp_path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'"), "schema version '99'"


def missing_table(tmp_path):
    return _edited(tmp_path, "DROP TABLE seat"), "missing: seat"


def null_in_required_column(tmp_path):
    return _edited(tmp_path, "PRAGMA ignore_check_constraints = ON",
                   "CREATE TABLE d2 AS SELECT * FROM delegation", "DROP TABLE delegation",
                   "ALTER TABLE d2 RENAME TO delegation", "UPDATE delegation SET name_en = NULL WHERE id = 'korca'"), "name_en"


def wrong_type(tmp_path):
    return _edited(tmp_path, "UPDATE delegation SET delegates = 'twenty-five' WHERE id = 'korca'"), "whole number"


def invalid_geojson(tmp_path):
    return _edited(tmp_path, "UPDATE place SET geometry_geojson = '{not json' WHERE id = 'korce'"), "not valid GeoJSON"


def empty_geometry(tmp_path):
    return _edited(tmp_path, """UPDATE place SET geometry_geojson = '{"type":"Polygon","coordinates":[]}' WHERE id = 'korce'"""), "malformed"


def unknown_place(tmp_path):
    return _edited(tmp_path, "PRAGMA foreign_keys = OFF",
                   "INSERT INTO delegation_place VALUES ('korca', 'atlantis')"), "unknown place 'atlantis'"


def dangling_source(tmp_path):
    return _edited(tmp_path, "DELETE FROM source WHERE id = 'enwiki_permet'"), "unknown source 'enwiki_permet'"


CASES = [missing, directory, empty, random_bytes, text_file, truncated, foreign_sqlite, wrong_schema_version,
         missing_table, null_in_required_column, wrong_type, invalid_geojson, empty_geometry, unknown_place, dangling_source]


@pytest.mark.parametrize("make_bad_file", CASES, ids=[c.__name__ for c in CASES])
def test_bad_file_is_refused_clearly_and_left_untouched(tmp_path, make_bad_file):
    path, expected = make_bad_file(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(DatasetError) as info:
        Store.open(path)
    message = str(info.value)
    assert expected in message
    assert str(path) in message  # says which file
    assert "\n" not in message and "Traceback" not in message
    if before is not None:
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(("-journal", "-wal", "-shm"))) == []


def test_good_copy_opens_read_only(tmp_path):
    path = _copy(tmp_path)
    path.chmod(0o444)
    store = Store.open(path)
    assert store.total_delegates() == 188
    assert store.path == path
