"""The hostile-dataset matrix: every class of bad file (issue 17) as concrete cases, built once per test session.

Each case is (builder, expected words of the one-line refusal), in the section of its class. A builder
(tests/hostile_builders.py) gets an empty folder of its own and returns the path to hand the app; the folder's listing and the file's bytes are recorded after building, so a
test can prove that nothing was written to the file or beside it.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from app.paths import bundled_database
from hostile_builders import (COMBINING, LOCKERS, block_device, body_chain, duplicate, edited, fifo, foreign,  # noqa: F401
                               locked, loop, loose, many_rows, meta, nested_geometry, new_person, odd_name,
                               person_name, release_locks, socket_file, sparse, symlink, through_a_file, too_long,
                               truncate, wal, wal_link_to_zero, wal_then, with_sidecar, with_sidecar_file, written)

FIRST_SOURCE = "(SELECT id FROM source ORDER BY id LIMIT 1)"
FIRST_EVENT = "(SELECT rowid FROM event ORDER BY rowid LIMIT 1)"

CLASSES = {
    1: "tracebacks instead of one line",
    2: "dataset text rendered or acted on",
    3: "hangs",
    4: "WAL-mode files",
    5: "bad data accepted and shown inconsistently",
    6: "surroundings",
    7: "what fuzzing found (row mutations)",
}

SECTIONS: dict[int, dict[str, tuple]] = {}
SECTIONS[1] = {
    # the file itself: every OS error and every kind of non-dataset is one line
    "missing file": (lambda f: f / "nowhere.sqlite", "not found"),
    "a folder": (lambda f: f, "is a folder"),
    "empty file": (written(b""), "is empty"),
    "random bytes": (written(bytes(range(256)) * 16), "not an SQLite database"),
    "a text file": (written("Korça 25\n".encode()), "not an SQLite database"),
    "only the SQLite header": (written(b"SQLite format 3\x00"), "damaged"),
    "truncated SQLite": (lambda f: written(bundled_database().read_bytes()[:40960])(f), "damaged or truncated"),
    "scrambled pages": (lambda f: written(bundled_database().read_bytes()[:8192] + b"\xa5" * 8192
                                          + bundled_database().read_bytes()[16384:])(f), "damaged"),
    "a symbolic link loop": (loop, "too many symbolic links"),
    "a dangling link": (symlink("/nonexistent/permet.sqlite"), "not found"),
    "a path through a file": (through_a_file, "not found"),
    "a name too long": (too_long, "longer than the file system allows"),
    "a name that is not UTF-8": (odd_name(b"bad-\xff\xfe.sqlite"), "\\xff\\xfe"),
    # SQLite and its schema
    "SQLite of another app": (foreign, "another application"),
    "wrong application id": (edited("PRAGMA application_id = 1"), "wrong application id"),
    "schema version 99": (meta("schema_version", "99"), "schema version '99'"),
    "schema version empty": (meta("schema_version", ""), "schema version ''"),
    "schema version in Arabic digits": (meta("schema_version", "\u0662"), "schema version"),
    "schema version 2.0": (meta("schema_version", "2.0"), "schema version '2.0'"),
    "no schema version": (edited("DELETE FROM meta WHERE key = 'schema_version'"), "no schema_version"),
    "missing table": (edited("DROP TABLE seat"), "missing: seat"),
    "missing column": (edited("ALTER TABLE person DROP COLUMN note_en"), "lacks column(s) note_en"),
    # numbers in meta that pass str.isdigit() but are not plain ASCII digits, or are zero
    "total in superscript digits": (meta("delegates_total", "\u00b9\u2078\u2078"), "delegates_total"),
    "total in Arabic-Indic digits": (meta("delegates_total", "\u0661\u0668\u0668"), "delegates_total"),
    "total in full-width digits": (meta("delegates_total", "\uff11\uff18\uff18"), "delegates_total"),
    "total zero": (meta("delegates_total", "0"), "delegates_total"),
    "total 000": (meta("delegates_total", "000"), "delegates_total"),
    "total negative": (meta("delegates_total", "-5"), "delegates_total"),
    "total in exponent form": (meta("delegates_total", "1e3"), "delegates_total"),
    "total with a line break": (meta("delegates_total", "188\n"), "delegates_total"),
    "total absurdly large": (meta("delegates_total", "99999999999999999999"), "delegates_total"),
    "total with a space": (meta("delegates_total", " 188"), "delegates_total"),
    "total not a number": (meta("delegates_total", "many"), "delegates_total"),
    "Bengali digit in the title": (meta("title_en", "Congress of Përmet \u09e7\u09ef\u09ea\u09ea"), "digits other than 0-9"),
    # structures deep enough to hit Python's recursion limit
    "geometry nested 100,000 deep": (nested_geometry(100_000, wrapped=False), "nests deeper"),
    "polygon nested 5,000 deep": (nested_geometry(5_000, wrapped=True), "nests deeper"),
    "polygon nested 50 deep": (nested_geometry(50, wrapped=True), "malformed"),
    "a chain of 5,000 bodies": (body_chain(5_000), "deeper than 32 levels"),
    "a chain of 40 bodies": (body_chain(40), "deeper than 32 levels"),
    "invalid UTF-8 in a name": (edited("UPDATE person SET name = CAST(X'41C328' AS TEXT) WHERE id = 'adil-carcani'"),
                                "damaged"),
    "blob in a text column": (edited("UPDATE person SET name = ? WHERE id = 'adil-carcani'", params=(b"\x00\x01",)),
                              "expected text"),
}
SECTIONS[2] = {
    # names, ids and texts that would forge lines, reorder a message, or be rendered as rich text
    "a name with a line break": (odd_name(b"bad\nforged: error.sqlite"), "bad\\nforged"),
    "a name with a bidi override": (odd_name("bad\u202eetilqs.sqlite".encode()), "\\u202e"),
    "a name of rich text": (odd_name(b"<img src=x onerror=alert(1)>.sqlite"), "<img src=x onerror=alert(1)>"),
    "schema version with a line break": (meta("schema_version", "2\nforged"), "schema version '2\\nforged'"),
    "schema version as an image": (meta("schema_version", "<img src=file:///etc/passwd>"), "schema version '<img"),
    "total in bold": (meta("delegates_total", "<b>188</b>"), "delegates_total"),
    "a view named as a file: link": (edited("""CREATE VIEW "<a href='file:///etc/passwd'>x</a>" AS SELECT 1"""),
                                     "<a href='file:///etc/passwd'>x</a>"),
    "id of rich text with a line break": (new_person("<img src=file:///etc/passwd>\nforged"), "U+000A"),
    "a citation of an unknown <b> source": (edited("UPDATE citation SET source_id = '<b>nope</b>' WHERE id = 202"),
                                            "<b>nope</b>"),
    "id with a line break": (new_person("forged\nline"), "U+000A"),
    "id with a carriage return": (new_person("forged\rline"), "U+000D"),
    "id with a tab": (new_person("a\tb"), "U+0009"),
    "id with NEL (U+0085)": (new_person("a\u0085b"), "U+0085"),
    "id with CSI (U+009B)": (new_person("a\u009b31mb"), "U+009B"),
    "id with a line separator": (new_person("a\u2028b"), "U+2028"),
    "id with a paragraph separator": (new_person("a\u2029b"), "U+2029"),
    "id with a bidi override": (new_person("a\u202eb"), "U+202E"),
    "id with a zero-width space": (new_person("a\u200bb"), "U+200B"),
    "id with a BOM": (new_person("\ufeffab"), "U+FEFF"),
    "id with a private-use character": (new_person("a\ue000b"), "U+E000"),
    "id with an unassigned code point": (new_person("a\U000e0fffb"), "U+E0FFF"),
    "id with a no-break space": (new_person("a\u00a0b"), "U+00A0"),
    "id with a leading space": (new_person(" lead"), "leading or trailing"),
    "id of 300 characters": (new_person("x" * 300), "at most 200"),
    "source id with a line break": (edited(
        "INSERT INTO source (id, title, url, kind, reliability) VALUES ('s\nx', 'T', NULL, 'book', 'academic')"), "U+000A"),
    "place id with NEL in a reference": (edited("INSERT INTO delegation_place VALUES ('korca', 'korce\u0085')"),
                                         "unknown place"),
    "NEL in a name": (person_name("Adil\u0085Çarçani"), "U+0085"),
    "CSI in a name": (person_name("Adil \u009b31m Çarçani"), "U+009B"),
    "U+0080 in a title": (edited("UPDATE decision SET title_en = 'Ban\u0080' WHERE id = 'ban-zog'"), "U+0080"),
    "ESC in a name": (person_name("Adil\x1b[31m"), "U+001B"),
}
SECTIONS[3] = {
    # files that block, SQL that computes for minutes, text that freezes layout, counts that freeze the views
    "a named pipe": (fifo, "named pipe"),
    "a link to /dev/null": (symlink("/dev/null"), "character device"),
    "a link to /dev/zero": (symlink("/dev/zero"), "character device"),
    "a link to /dev/urandom": (symlink("/dev/urandom"), "character device"),
    "over the size limit (sparse)": (sparse, "at most 512 MiB"),
    "locked by another program": (locked, "in use"),
    "a view": (edited("CREATE VIEW v AS SELECT 1"), "holds a view"),
    "a table replaced by an endless view": (edited(
        "DROP TABLE term", "CREATE VIEW term AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i AS id, i AS seq, 'x' AS term_sq, 'x' AS term_en, NULL AS definition_sq, 'x' AS definition_en FROM n"),
        "holds a view"),
    "a trigger": (edited("CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM meta; END"), "holds a trigger"),
    "a virtual generated column": (edited("ALTER TABLE person ADD COLUMN g TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL"),
                                   "generated column"),
    "an expensive generated column": (edited(
        "ALTER TABLE term ADD COLUMN g INTEGER GENERATED ALWAYS AS (length(printf('%.*c', 200000000, 'x'))) VIRTUAL"),
        "generated column"),
    "a stored generated column elsewhere": (edited("CREATE TABLE x (a INTEGER, b INTEGER AS (a * 2) STORED)"),
                                            "generated column"),
    "a virtual table (fts5)": (edited("CREATE VIRTUAL TABLE search USING fts5(a)"), "virtual table"),
    "a virtual table (rtree)": (edited("CREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1)"), "virtual table"),
    "5,000 combining marks": (person_name("A" + COMBINING * 5_000), "combining marks"),
    "13 combining marks": (person_name("A" + COMBINING * 13), "combining marks"),
    "Zalgo over every letter": (person_name("".join(c + "\u0336\u0335\u0334" * 5 for c in "Adil")), "combining marks"),
    "astral combining marks": (person_name("A" + "\U0001d167" * 40), "combining marks"),
    "a 1 MB string": (edited("UPDATE person SET note_en = ? WHERE id = 'adil-carcani'", params=("x" * 2**20,)),
                      "the limit is 20,000"),
    "a million citations on one item": (many_rows(
        f"INSERT INTO citation (id, subject_kind, subject_id, field, source_id, quote) "
        f"SELECT 100000 + i, 'place', 'korce', 'x', {FIRST_SOURCE}, 'q' FROM n", 1_000_000), "1,000 per item"),
    "1,001 citations on one item": (many_rows(
        f"INSERT INTO citation (id, subject_kind, subject_id, field, source_id, quote) "
        f"SELECT 100000 + i, 'body', 'council', 'x', {FIRST_SOURCE}, 'q' FROM n", 1_001), "1,000 per item"),
    "6,000 seats in one body": (many_rows(
        "INSERT INTO seat (body_id, seat_no, role_en, role_sq) SELECT 'council', 1000 + i, 'member', 'anëtar' FROM n",
        6_000), "5,000 per item"),
    "1,200 subjects of one decision": (many_rows(
        "INSERT INTO decision_subject SELECT 'ban-zog', 'body', 'b' || i FROM n", 1_200), "1,000 per item"),
}
SECTIONS[4] = {
    # WAL-mode files: refused like any other, with no -wal or -shm ever created beside them
    "a WAL file with a -wal beside it": (with_sidecar("-wal", wal=True), "in use, or was not closed properly"),
    "a -journal beside it": (with_sidecar("-journal"), "in use, or was not closed properly"),
    "a WAL file with a -journal beside it": (wal_then(with_sidecar_file("-journal", b"\xd9\xd5\x05\xf9" + b"\0" * 60)),
                                             "in use, or was not closed properly"),
    "a WAL file whose -wal links to /dev/zero": (wal_then(wal_link_to_zero), "in use, or was not closed properly"),
    "a truncated WAL file": (wal_then(truncate), "damaged or truncated"),
    "a WAL file holding a view": (wal("CREATE VIEW v AS SELECT 1"), "holds a view"),
    "a WAL file of another application": (wal("PRAGMA application_id = 7"), "another application"),
    "a WAL file with a duplicate id": (wal(*["CREATE TABLE t2 AS SELECT * FROM place", "DROP TABLE place",
                                             "ALTER TABLE t2 RENAME TO place",
                                             "INSERT INTO place SELECT * FROM place WHERE id = 'korce'"]),
                                       "appears more than once"),
    "a WAL file with a body cycle": (wal("UPDATE body SET parent_id = 'presidency' WHERE id = 'council'"), "cycle"),
}
SECTIONS[5] = {
    "a cycle of two bodies": (edited("UPDATE body SET parent_id = 'presidency' WHERE id = 'council'"), "cycle"),
    "a body its own parent": (edited("UPDATE body SET parent_id = 'kpnc' WHERE id = 'kpnc'"), "cycle"),
    "duplicate place id": (duplicate("place", "id = 'korce'"), "appears more than once"),
    "duplicate delegation id": (duplicate("delegation", "id = 'berat'"), "appears more than once"),
    "duplicate person id": (duplicate("person", "id = 'adil-carcani'"), "appears more than once"),
    "duplicate body id": (duplicate("body", "id = 'committee'"), "appears more than once"),
    "duplicate decision id": (duplicate("decision", "id = 'ban-zog'"), "appears more than once"),
    "duplicate source id": (duplicate("source", f"id = {FIRST_SOURCE}"), "appears more than once"),
    "duplicate citation id": (duplicate("citation", "id = 202"), "appears more than once"),
    "duplicate seat": (duplicate("seat", "body_id = 'presidency' AND seat_no = 3"), "appears more than once"),
    "duplicate meta key": (duplicate("meta", "key = 'delegates_total'"), "appears more than once"),
    "label point on another continent": (edited("UPDATE place SET label_lon = 100 WHERE id = 'korce'"), "outside Albania"),
    "label point near the pole": (edited("UPDATE place SET label_lat = 89 WHERE id = 'berat'"), "outside Albania"),
    "a polygon vertex at 0,0": (edited(
        """UPDATE place SET geometry_geojson = '{"type":"Polygon","coordinates":[[[0,0],[20,41],[20,42],[0,0]]]}'
           WHERE id = 'korce'"""), "outside Albania"),
    "a locality in the Atlantic": (edited(
        """UPDATE place SET geometry_geojson = '{"type":"Point","coordinates":[-30,40]}' WHERE id = 'peze'"""),
        "outside Albania"),
    "one delegation above the total": (edited("UPDATE delegation SET delegates = 999999 WHERE id = 'korca'"),
                                       "more than the congress"),
    "delegations adding up above the total": (edited("UPDATE delegation SET delegates = 150 WHERE id = 'korca'"),
                                              "add up to"),
    "total below the delegations' sum": (meta("delegates_total", "100"), "add up to"),
    "quotas adding up above the total": (edited("UPDATE delegation SET delegates = 120 WHERE kind = 'quota'"),
                                         "quotas add up"),
    "a seat beyond the body's size": (edited(
        "INSERT INTO seat (body_id, seat_no, role_en, role_sq) VALUES ('presidency', 30, 'member', 'anëtar')"),
        "outside 1–25"),
}
SECTIONS[6] = {
    # other kinds of file a system holds, and (on the command line) hostile environments: see CLI_ENV
    "a socket": (socket_file, "socket"),
    "a link to a block device": (block_device, "block device"),
    "a pseudo-file of /proc (size 0)": (symlink("/proc/version"), "is empty"),
    "a link to /dev/full": (symlink("/dev/full"), "character device"),
    "with HOME unset": (lambda f: written(bundled_database().read_bytes()[:40960])(f), "damaged or truncated"),
    "with HOME and XDG folders nowhere": (meta("schema_version", "1"), "schema version '1'"),
    "under the C locale with ASCII output": (odd_name("Përmet-ë.sqlite".encode(), b"not a database"),
                                             "not an SQLite database"),
    "with no display": (edited("CREATE VIEW v AS SELECT 1"), "holds a view"),
    "with Qt logging switched on": (meta("delegates_total", "0"), "delegates_total"),
    "with TMPDIR missing": (duplicate("person", "id = 'adil-carcani'"), "appears more than once"),
}
SECTIONS[7] = {
    # row mutations of the kinds `make fuzz` makes, each once failing with a traceback or a message of two lines
    "a kind with a line break": (edited("UPDATE delegation SET kind = 'region\nforged' WHERE id = 'berat'"),
                                 "none of region, unattributed, quota"),
    "a place kind with CR LF": (edited("UPDATE place SET kind = 'locality\r\nforged' WHERE id = 'peze'"),
                                "unknown kind 'locality\\r\\nforged'"),
    "a reliability with a line break": (edited(f"UPDATE source SET reliability = 'academic\n' WHERE id = {FIRST_SOURCE}"),
                                        "column 'reliability' holds 'academic\\n'"),
    "disputed 2": (edited(f"UPDATE event SET disputed = 2 WHERE rowid = {FIRST_EVENT}"), "column 'disputed' holds 2"),
    "disputed as text": (edited(f"UPDATE event SET disputed = 'yes' WHERE rowid = {FIRST_EVENT}"), "disputed"),
    "a precision with a line break": (edited(f"UPDATE event SET precision = 'week\n' WHERE rowid = {FIRST_EVENT}"),
                                      "'week\\n'"),
    "a date with a line break": (edited(f"UPDATE event SET date_from = '1944-05-24\nx' WHERE rowid = {FIRST_EVENT}"),
                                 "'1944-05-24\\nx'"),
    "a date with a trailing line break": (edited(
        f"UPDATE event SET date_to = '1944-05-28\n' WHERE rowid = {FIRST_EVENT}"), "expected a date YYYY-MM-DD"),
    "a date not in the calendar": (edited(f"UPDATE event SET date_from = '1944-13-40' WHERE rowid = {FIRST_EVENT}"),
                                   "'1944-13-40'"),
    "a date in Arabic-Indic digits": (edited(
        f"UPDATE event SET date_from = '\u0661\u0669\u0664\u0664-05-24' WHERE rowid = {FIRST_EVENT}"),
        "expected a date YYYY-MM-DD"),
    "delegates 1.5": (edited("UPDATE delegation SET delegates = 1.5 WHERE id = 'berat'"), "expected a whole number"),
    "delegates of two lines": (edited("UPDATE delegation SET delegates = '1\n2' WHERE id = 'berat'"), "'1\\n2'"),
    "delegates negative": (edited("UPDATE delegation SET delegates = -3 WHERE id = 'berat'"), "expected a whole number"),
    "delegates the largest integer": (edited(
        "UPDATE delegation SET delegates = 9223372036854775807 WHERE id = 'berat'"), "more than the congress"),
    "a label point at infinity": (edited("UPDATE place SET label_lon = 1e999 WHERE id = 'korce'"), "found inf"),
    "a label point in words": (edited("UPDATE place SET label_lat = 'north' WHERE id = 'korce'"), "found 'north'"),
    "a seat number below 1": (edited("UPDATE seat SET seat_no = -1 WHERE body_id = 'presidency' AND seat_no = 3"),
                              "expected a whole number"),
    "geometry with NaN": (edited(
        """UPDATE place SET geometry_geojson = '{"type":"Point","coordinates":[NaN,41]}' WHERE id = 'peze'"""),
        "malformed coordinates"),
    "geometry of two lines": (edited("UPDATE place SET geometry_geojson = 'not json\nforged' WHERE id = 'peze'"),
                              "not valid GeoJSON"),
    "an id that is a blob": (edited("UPDATE person SET id = X'00FF' WHERE id = 'adil-carcani'"), "expected text"),
    "an empty id": (new_person(""), "expected text"),
    "a NULL id": (edited(*loose("person"), "UPDATE person SET id = NULL WHERE id = 'adil-carcani'"), "expected text"),
    "a NULL quote": (edited(*loose("citation"), "UPDATE citation SET quote = NULL WHERE id = 202"), "expected text"),
    "a seat of an unknown person, in two lines": (edited(
        "UPDATE seat SET person_id = 'nobody\nforged' WHERE body_id = 'presidency' AND seat_no = 3"),
        "unknown person 'nobody\\nforged'"),
}

CASES = {name: case for section in SECTIONS.values() for name, case in section.items()}
CLASS_OF = {name: number for number, section in SECTIONS.items() for name in section}

# Surroundings of the command-line run (class 6): the environment each case's process gets, on top of the
# test's own (None: drop the variable).
CLI_ENV: dict[str, dict[str, str | None]] = {
    "with HOME unset": {"HOME": None},
    "with HOME and XDG folders nowhere": {"HOME": "/nonexistent", "XDG_CONFIG_HOME": "/nonexistent/config",
                                          "XDG_RUNTIME_DIR": "/nonexistent/run"},
    "under the C locale with ASCII output": {"LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii",
                                             "PYTHONUTF8": "0"},
    "with no display": {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None},
    "with Qt logging switched on": {"QT_DEBUG_PLUGINS": "1", "QT_LOGGING_RULES": "*.debug=true"},
    "with TMPDIR missing": {"TMPDIR": "/nonexistent/tmp", "SQLITE_TMPDIR": "/nonexistent/tmp"},
}


def refusal_run(name: str, path: Path, root: Path) -> tuple[list, dict[str, str]]:
    """The command line that opens case `name`'s file (argv, environment), in the case's surroundings."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    for key, value in CLI_ENV.get(name, {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return [sys.executable, "-m", "app", "--db", os.fsencode(path), "--self-check"], env


def fingerprint(path: Path):
    """The file's bytes (a digest; size, time and the first MiB for a huge file) and its folder's listing."""
    folder = path.parent
    listing = sorted(os.listdir(folder)) if folder.is_dir() else None
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None, listing
    if not os.path.isfile(path):
        return ("special", info.st_mode), listing
    if info.st_size > 64 * 2**20:
        with open(path, "rb") as f:
            return (info.st_size, info.st_mtime_ns, hashlib.sha256(f.read(2**20)).hexdigest()), listing
    return hashlib.sha256(Path(path).read_bytes()).hexdigest(), listing


def build_all(root: Path) -> dict[str, tuple[Path, str, object]]:
    paths = {}
    for n, (name, (builder, expected)) in enumerate(CASES.items()):
        folder = root / f"case{n:03d}"
        folder.mkdir()
        paths[name] = (builder(folder), expected)
    return {name: (path, expected, fingerprint(path)) for name, (path, expected) in paths.items()}
