"""The bad-input matrix, for datasets: every bad file gets one DatasetError a person can act on, from
Store.open and from File → Open (a dialog; the app keeps the dataset it had), and the file is left
byte-identical. Odd but harmless text (markup, right-to-left) is accepted and shown as the characters it is."""

import os
import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.model import DatasetError, Store
from app.paths import bundled_database
from hostile_builders import edit


def _copy(tmp_path, name="copy.sqlite"):
    path = tmp_path / name
    shutil.copyfile(bundled_database(), path)
    return path


def _edited(tmp_path, *sql, params=()):
    return edit(_copy(tmp_path), *sql, params=params)


def _write(path, data):
    path.write_bytes(data)
    return path


def _loose(table):
    """Statements that copy a table without its NOT NULL constraints, so a NULL can be written into it."""
    return [f"CREATE TABLE t2 AS SELECT * FROM {table}", f"DROP TABLE {table}", f"ALTER TABLE t2 RENAME TO {table}"]


BAD = {
    "missing file": (lambda t: t / "nowhere.sqlite", "not found"),
    "a directory": (lambda t: t, "is a folder"),
    "empty file": (lambda t: _write(t / "empty.sqlite", b""), "is empty"),
    "random bytes": (lambda t: _write(t / "noise.sqlite", os.urandom(4096)), "not an SQLite database"),
    "a text file": (lambda t: _write(t / "notes.sqlite", "Korça 25\n".encode()), "not an SQLite database"),
    "truncated SQLite": (lambda t: _write(t / "cut.sqlite", bundled_database().read_bytes()[:40000]), "damaged or truncated"),
    "SQLite of another app": (lambda t: _foreign(t), "another application"),
    "wrong schema_version": (lambda t: _edited(t, "UPDATE meta SET value = '99' WHERE key = 'schema_version'"),
                             "schema version '99'"),
    "no schema_version": (lambda t: _edited(t, "DELETE FROM meta WHERE key = 'schema_version'"), "no schema_version"),
    # a dataset built before the stored Albanian genitives (schema 2): refused in one line that says to rebuild
    "schema 2, without the genitives": (lambda t: _edited(t, "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
                                                          "ALTER TABLE body DROP COLUMN name_sq_gen"),
                                        "schema version '2', and this app reads version 3. Rebuild it"),
    "missing table": (lambda t: _edited(t, "DROP TABLE seat"), "missing: seat"),
    "missing column": (lambda t: _edited(t, "ALTER TABLE person DROP COLUMN note_en"), "lacks column(s) note_en"),
    "NULL in a required column": (lambda t: _edited(t, *_loose("delegation"),
                                                    "UPDATE delegation SET name_en = NULL WHERE id = 'korca'"), "name_en"),
    "NULL place geometry": (lambda t: _edited(t, *_loose("place"), "UPDATE place SET geometry_geojson = NULL"),
                            "geometry_geojson"),
    "text where a count belongs": (lambda t: _edited(t, "UPDATE delegation SET delegates = 'twenty-five' WHERE id = 'korca'"),
                                   "whole number"),
    "negative count": (lambda t: _edited(t, "UPDATE delegation SET delegates = -3 WHERE id = 'korca'"), "whole number"),
    "blob in a text column": (lambda t: _edited(t, "UPDATE person SET name = ? WHERE id = 'enver-hoxha'",
                                                params=(b"\x00\x01",)), "expected text"),
    "total not a number": (lambda t: _edited(t, "UPDATE meta SET value = 'many' WHERE key = 'delegates_total'"),
                           "delegates_total"),
    "invalid GeoJSON": (lambda t: _edited(t, "UPDATE place SET geometry_geojson = '{not json' WHERE id = 'korce'"),
                        "not valid GeoJSON"),
    "empty GeoJSON object": (lambda t: _edited(t, "UPDATE place SET geometry_geojson = '{}' WHERE id = 'korce'"),
                             "needs a Polygon or MultiPolygon"),
    "polygon with no rings": (lambda t: _edited(
        t, """UPDATE place SET geometry_geojson = '{"type":"Polygon","coordinates":[]}' WHERE id = 'korce'"""), "malformed"),
    "NaN coordinates": (lambda t: _edited(
        t, """UPDATE place SET geometry_geojson = '{"type":"Point","coordinates":[NaN, 41]}' WHERE id = 'peze'"""),
        "malformed"),
    "infinite label point": (lambda t: _edited(t, "UPDATE place SET label_lon = 9e999 WHERE id = 'korce'"), "finite number"),
    "unknown place kind": (lambda t: _edited(t, "UPDATE place SET kind = 'planet' WHERE id = 'korce'"), "unknown kind"),
    "delegation at an unknown place": (lambda t: _edited(t, "INSERT INTO delegation_place VALUES ('korca', 'atlantis')"),
                                       "unknown place 'atlantis'"),
    "seat of an unknown person": (lambda t: _edited(t, "UPDATE seat SET person_id = 'nobody' WHERE body_id = 'committee' "
                                                       "AND seat_no = 6"), "unknown person 'nobody'"),
    "citation of an unknown source": (lambda t: _edited(t, "DELETE FROM source WHERE id = 'enwiki_permet'"),
                                      "unknown source 'enwiki_permet'"),
    "decision about an unknown body": (lambda t: _edited(t, "INSERT INTO decision_subject VALUES ('ban-zog', 'body', 'x')"),
                                       "unknown body 'x'"),
    "a 1 MB string": (lambda t: _edited(t, "UPDATE person SET note_en = ? WHERE id = 'enver-hoxha'", params=("x" * 2**20,)),
                      "the limit is 20,000"),
    "control characters": (lambda t: _edited(t, "UPDATE delegation SET name_en = ? WHERE id = 'korca'",
                                             params=("Korça\x1b[31m",)), "control character U+001B"),
}


def _foreign(tmp_path):
    path = tmp_path / "other-app.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('A', '1')")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("case", list(BAD))
def test_store_refuses_bad_file_clearly_and_leaves_it_untouched(tmp_path, case):
    make, expected = BAD[case]
    path = make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(DatasetError) as info:
        Store.open(path)
    message = str(info.value)
    assert expected in message
    assert str(path) in message  # says which file
    assert "\n" not in message and "Traceback" not in message and len(message) < 400
    if before is not None:
        assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(("-journal", "-wal", "-shm"))] == []


@pytest.mark.parametrize("case", list(BAD))
def test_file_open_shows_a_dialog_and_keeps_the_dataset(qtbot, window, tmp_path, monkeypatch, case):
    make, expected = BAD[case]
    path = make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    shown = []

    def record(box):  # as Spyder's tests do: the dialog is built for real, only its event loop is skipped
        shown.append((box.windowTitle(), box.text()))
        assert box.textFormat() == Qt.TextFormat.PlainText
        return QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "exec", record)
    store = window.store
    window.selection.select("delegation", "berat")
    assert window.open_dataset(str(path)) is False
    assert len(shown) == 1 and shown[0][0] == "Cannot open dataset" and expected in shown[0][1]
    assert window.store is store and window.selection.current() == ("delegation", "berat")
    assert window.self_check()["map places"] == 14  # still usable
    if before is not None:
        assert path.read_bytes() == before


ODD_BUT_FINE = {
    "markup": "<b>Bold</b><img src=x><a href='http://example.invalid'>link</a>",
    "right-to-left": "كورتشا ‮Korça",
    "tabs and newlines": "Korça\tdelegation\nsecond line",
}


@pytest.mark.parametrize("case", list(ODD_BUT_FINE))
def test_odd_text_is_accepted_and_shown_as_text(qtbot, tmp_path, settings, case):
    from app.ui.main_window import MainWindow
    text = ODD_BUT_FINE[case]
    path = _edited(tmp_path, "UPDATE delegation SET name_en = ? WHERE id = 'korca'", params=(text,))
    window = MainWindow(Store.open(path), settings=settings)
    qtbot.addWidget(window)
    window.selection.select("delegation", "korca")
    assert text.split("\n")[0].split("\t")[0] in window.details.toPlainText()


def test_good_copy_opens_read_only(tmp_path):
    path = _copy(tmp_path)
    path.chmod(0o444)
    store = Store.open(path)
    assert store.total_delegates() == 188
    assert store.path == path
