"""Structure-aware fuzzing of the classes of issue 17: ids, the body hierarchy, numbers, text shapes and schema
objects, each mutated the way a hostile or broken file would be. Whatever comes out, opening it either works
(and every view is built) or is refused with one line; never another exception, never a hang, and the file is
left as it was.

`make test` runs HOSTILE_FUZZ_EXAMPLES=6 of each; `make fuzz` runs 200 of each with random seeds."""

import os
import sqlite3

from hypothesis import HealthCheck, given, settings, strategies as st

from app.paths import bundled_database
from test_fuzz import open_and_build

EXAMPLES = int(os.environ.get("HOSTILE_FUZZ_EXAMPLES", "6"))
ORIGINAL = bundled_database().read_bytes()

hostile_settings = settings(max_examples=EXAMPLES, deadline=None, database=None,
                            derandomize=os.environ.get("FUZZ_RANDOM") != "1",
                            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

ID_TABLES = ("person", "place", "delegation", "body", "decision", "source", "event", "term")
HOSTILE_CHARS = "\n\r\t\x00\x1b\x7f\x85\x9b\x80\u2028\u2029\u202e\u200b\ufeff\u00a0\u0301\ue000 :/<>&'\"ë"
COMBINING = "\u0300\u0301\u0308\u0327\u0336\u0483\u1dc0\u20d0\ufe20"

hostile_text = st.one_of(
    st.text(alphabet=st.sampled_from(HOSTILE_CHARS + "abcKorça"), max_size=24),
    st.text(max_size=24),
    st.sampled_from(["", " ", "korce", "korca", "berat", "council", "x" * 201]),
)


def mutate(tmp_path_factory, statements):
    """A copy of the bundled dataset with the statements applied (constraints off, as a hand-edited file)."""
    path = tmp_path_factory.mktemp("hostile-fuzz") / "fuzzed.sqlite"
    path.write_bytes(ORIGINAL)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("PRAGMA ignore_check_constraints = ON")
    for sql, params in statements:
        try:
            con.execute(sql, params)
        except sqlite3.Error:
            pass  # a constraint the file itself enforces, or SQL this SQLite refuses: the file stays as it was
    con.commit()
    con.close()
    return path


def check(path, qtbot):
    before = path.read_bytes()
    beside = sorted(os.listdir(path.parent))
    outcome = open_and_build(path, qtbot)
    assert path.read_bytes() == before and sorted(os.listdir(path.parent)) == beside
    return outcome


@hostile_settings
@given(edits=st.lists(st.tuples(st.sampled_from(ID_TABLES), st.integers(0, 200), hostile_text), min_size=1, max_size=3))
def test_ids(qtbot, tmp_path_factory, edits):
    statements = [(f"UPDATE {table} SET id = ? WHERE rowid = (SELECT rowid FROM {table} ORDER BY rowid LIMIT 1 OFFSET ?)",
                   (new_id, row)) for table, row, new_id in edits]
    statements += [(f"INSERT INTO person (id, name) VALUES (?, 'P')", (new_id,)) for _, _, new_id in edits[:1]]
    check(mutate(tmp_path_factory, statements), qtbot)


BODIES = ("kpnc", "congress", "council", "presidency", "committee")


@hostile_settings
@given(parents=st.lists(st.tuples(st.sampled_from(BODIES), st.one_of(st.none(), st.sampled_from(BODIES))), max_size=4),
       chain=st.integers(0, 60), cycle=st.booleans())
def test_hierarchy(qtbot, tmp_path_factory, parents, chain, cycle):
    statements = [("UPDATE body SET parent_id = ? WHERE id = ?", (parent, body)) for body, parent in parents]
    for i in range(chain):
        statements.append(("INSERT INTO body (id, seq, parent_id, name_sq, name_sq_gen, name_en) VALUES (?, ?, ?, 'B', 'B', 'B')",
                           (f"c{i}", 1000 + i, f"c{i - 1}" if i else ("c%d" % (chain - 1) if cycle else "council"))))
    check(mutate(tmp_path_factory, statements), qtbot)


DIGITS = "0123456789\u0660\u0661\u06f1\u0966\u09e7\uff11\u00b2\u00b9\u2078\u1d7ce"
numbers = st.one_of(st.integers(-10, 10**7), st.floats(allow_nan=True, allow_infinity=True),
                    st.text(alphabet=st.sampled_from(DIGITS + " -+.e\n"), max_size=8), st.none())


@hostile_settings
@given(total=numbers, counts=st.lists(st.tuples(st.integers(0, 9), numbers), max_size=4),
       points=st.lists(st.tuples(st.integers(0, 13), st.sampled_from(["label_lon", "label_lat"]), numbers), max_size=3),
       seats=st.lists(st.tuples(st.sampled_from(BODIES), numbers), max_size=2))
def test_numbers(qtbot, tmp_path_factory, total, counts, points, seats):
    statements = [("UPDATE meta SET value = ? WHERE key = 'delegates_total'", (total,))]
    statements += [("UPDATE delegation SET delegates = ? WHERE rowid = (SELECT rowid FROM delegation ORDER BY rowid "
                    "LIMIT 1 OFFSET ?)", (value, row)) for row, value in counts]
    statements += [(f"UPDATE place SET {column} = ? WHERE rowid = (SELECT rowid FROM place ORDER BY rowid LIMIT 1 "
                    "OFFSET ?)", (value, row)) for row, column, value in points]
    statements += [("UPDATE body SET seats = ? WHERE id = ?", (value, body)) for body, value in seats]
    check(mutate(tmp_path_factory, statements), qtbot)


shapes = st.one_of(
    st.tuples(st.text(max_size=3), st.text(alphabet=st.sampled_from(COMBINING), min_size=1, max_size=60)).map("".join),
    st.text(alphabet=st.sampled_from(HOSTILE_CHARS + COMBINING + "Korça "), max_size=200),
    st.integers(1, 25_000).map(lambda n: ("Korça " * n)[:n]),
    st.integers(1, 3_000).map(lambda n: "A" + "\u0301" * n),
    st.sampled_from(["<img src=file:///etc/passwd>", "<a href='file:///'>x</a>", "\u202eKorça", "&amp;&lt;"]),
)
TEXT_COLUMNS = [("person", "name"), ("person", "note_en"), ("delegation", "name_en"), ("place", "name_sq"),
                ("decision", "title_en"), ("source", "title"), ("citation", "quote"), ("body", "name_en")]


@hostile_settings
@given(edits=st.lists(st.tuples(st.sampled_from(TEXT_COLUMNS), st.integers(0, 50), shapes), min_size=1, max_size=3))
def test_text_shapes(qtbot, tmp_path_factory, edits):
    statements = [(f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT rowid FROM {table} ORDER BY rowid LIMIT 1 "
                   "OFFSET ?)", (text, row)) for (table, column), row, text in edits]
    check(mutate(tmp_path_factory, statements), qtbot)


SCHEMA_OBJECTS = [
    "CREATE VIEW v{n} AS SELECT * FROM {table}",
    "CREATE VIEW v{n} AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i FROM r",
    "CREATE TRIGGER t{n} AFTER UPDATE ON {table} BEGIN SELECT 1; END",
    "ALTER TABLE {table} ADD COLUMN g{n} TEXT GENERATED ALWAYS AS (1) VIRTUAL",
    "CREATE TABLE x{n} (a, b AS (a || a) STORED)",
    "CREATE VIRTUAL TABLE f{n} USING fts5(a)",
    "CREATE VIRTUAL TABLE r{n} USING rtree(id, a, b)",
    "CREATE INDEX i{n} ON {table} (rowid)",
    "CREATE INDEX e{n} ON {table} (length(rowid) + 1)",
    "CREATE TABLE extra{n} (a TEXT)",
    "DROP TABLE {table}",
    "ALTER TABLE {table} RENAME TO old{n}",
    "PRAGMA application_id = {n}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA user_version = {n}",
]


@hostile_settings
@given(objects=st.lists(st.tuples(st.sampled_from(SCHEMA_OBJECTS), st.sampled_from(ID_TABLES + ("meta", "seat"))),
                        min_size=1, max_size=3))
def test_schema_objects(qtbot, tmp_path_factory, objects):
    statements = [(template.format(n=n, table=table), ()) for n, (template, table) in enumerate(objects)]
    check(mutate(tmp_path_factory, statements), qtbot)
