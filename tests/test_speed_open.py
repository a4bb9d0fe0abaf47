"""Store.open decides a large clean dataset a column at a time, in C, and looks at cells one by one only in a
table where something may be wrong: checked by counting (calls, SQL statements, rows asked), never by timing.
A bad value planted in the middle of the largest tables is still refused, in the words it always was."""

import dataclasses
import itertools
import shutil
import sqlite3
import threading

import pytest

from app.model import DatasetError, Store, cells, checks, opening
from app.model.entities import Citation, Person, Seat
from app.model.store import Place
from benchmarks.synthetic import make_dataset
from hostile_builders import edit, loose


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """20 times the bundled data: thousands of citations, people and seats."""
    return make_dataset(tmp_path_factory.mktemp("large") / "x20.sqlite", scale=20)


def _edited(source, tmp_path, *sql, params=()):
    path = tmp_path / "edited.sqlite"
    shutil.copyfile(source, path)
    return edit(path, *sql, params=params)


def _middle(path, table) -> int:
    con = sqlite3.connect(path)
    rowid = con.execute(f"SELECT rowid FROM {table} ORDER BY rowid LIMIT 1 OFFSET "
                        f"(SELECT count(*) / 2 FROM {table})").fetchone()[0]
    con.close()
    return rowid


@pytest.fixture
def cells_asked(monkeypatch):
    """(table, column) of every cell checked one by one."""
    asked = []
    for kind, check in list(cells.CELL.items()):
        def counted(value, column, table, optional=False, check=check):
            asked.append((table, column))
            return check(value, column, table, optional)
        monkeypatch.setitem(cells.CELL, kind, counted)
    return asked


@pytest.fixture
def statements(monkeypatch):
    """Every SQL statement Store.open runs."""
    run = []
    connect = opening.connect

    def traced(path, budget):
        con = connect(path, budget)
        con.set_trace_callback(run.append)
        return con
    monkeypatch.setattr(opening, "connect", traced)
    return run


def test_a_clean_large_dataset_is_read_with_no_cell_asked_alone_and_no_item_walked(large, cells_asked, monkeypatch):
    walked = []
    monkeypatch.setattr(checks, "_gathered", lambda store: walked.append(store))
    store = Store.open(large)
    assert store.summary()["citations"] > 2000 and len(store.ids("person")) > 500
    assert cells_asked == [] and walked == []


def test_opening_runs_as_many_sql_statements_for_20_times_the_data_as_for_the_bundled(large, statements):
    Store.open()
    bundled = list(statements)
    statements.clear()
    Store.open(large)
    assert len(statements) == len(bundled) and len(bundled) < 140


@pytest.mark.parametrize("table, column, value, said", [
    ("citation", "quote", "Kongresi\x1b[31m", "table 'citation', column 'quote': control character U+001B in "
                                              "'Kongresi\\x1b[31m'."),
    ("person", "name", "   ", "table 'person', column 'name': expected text, found '   '"),
    ("seat", "role_en", "x" * 20_001, "table 'seat', column 'role_en': a text of 20,001 characters; the limit is "
                                      "20,000."),
    ("seat", "seat_no", -4, "table 'seat', column 'seat_no': expected a whole number, found -4"),
    ("citation", "subject_id", b"\x00\xff", "table 'citation', column 'subject_id': expected text, found "
                                            "b'\\x00\\xff'"),
])
def test_a_bad_cell_in_the_middle_of_a_large_table_is_named_and_only_that_table_is_asked_cell_by_cell(
        large, tmp_path, cells_asked, table, column, value, said):
    path = _edited(large, tmp_path, f"UPDATE {table} SET {column} = ? WHERE rowid = {_middle(large, table)}",
                   params=(value,))
    with pytest.raises(DatasetError) as refused:
        Store.open(path)
    assert said in str(refused.value)
    assert cells_asked and {t for t, _ in cells_asked} == {table}


@pytest.mark.parametrize("column, value, rule", [
    ("quote", "Kongresi\u0085 i Përmetit", "column 'quote': control character U\\+0085 \\(C1\\)"),
    ("quote", "A" + "\u0301" * 20, "more than 12 combining marks"),
    ("subject_id", "korca\u200e", "U\\+200E"),
])
def test_a_value_check_values_refuses_in_the_middle_of_the_citations_is_named(large, tmp_path, column, value, rule):
    path = _edited(large, tmp_path, f"UPDATE citation SET {column} = ? WHERE rowid = {_middle(large, 'citation')}",
                   params=(value,))
    with pytest.raises(DatasetError, match=rule):
        Store.open(path)


def test_odd_but_allowed_cells_open_as_they_are_decided_at_once(large, tmp_path, cells_asked):
    """An empty note, a line break and a tab in a text, whole numbers as coordinates: allowed, as ever."""
    rowid = _middle(large, "place")
    path = _edited(large, tmp_path, "UPDATE person SET note_en = '' WHERE rowid = 7",
                   "UPDATE person SET alt_names = 'Line one\nline\ttwo' WHERE rowid = 9",
                   f"UPDATE place SET label_lon = 20, label_lat = 40 WHERE rowid = {rowid}")
    store = Store.open(path)
    place = next(p for p in store.places() if p.label_lon == 20)
    assert type(place.label_lon) is float and type(place.label_lat) is float
    con = sqlite3.connect(path)
    seventh, ninth = (con.execute(f"SELECT id FROM person WHERE rowid = {n}").fetchone()[0] for n in (7, 9))
    con.close()
    assert store.person(seventh).note_en == "" and store.person(ninth).alt_names == "Line one\nline\ttwo"
    assert cells_asked == []


def test_a_vertex_outside_albania_in_the_middle_of_a_ring_is_named(large, tmp_path):
    con = sqlite3.connect(large)
    place_id, geometry = con.execute("SELECT id, geometry_geojson FROM place WHERE kind = 'region' AND "
                                     "geometry_geojson LIKE '%\"Polygon\"%' LIMIT 1").fetchone()
    con.close()
    import json
    shape = json.loads(geometry)
    ring = shape["coordinates"][0]
    ring[len(ring) // 2] = [25.5, 41.0]
    path = _edited(large, tmp_path, "UPDATE place SET geometry_geojson = ? WHERE id = ?",
                   params=(json.dumps(shape), place_id))
    with pytest.raises(DatasetError, match=rf"id '{place_id}': a point \(25.5, 41\) lies outside Albania's bounds"):
        Store.open(path)


def test_the_strings_read_for_check_values_hold_every_string_of_every_loaded_item(large, monkeypatch):
    """check_values asks its questions of what Store._load read; a field filled some other way must be read too."""
    given = []
    check_values = checks.check_values
    monkeypatch.setattr(checks, "check_values", lambda store, strings=None: (given.append(strings),
                                                                              check_values(store, strings)))
    for path in (None, large):
        store = Store.open(path)
        ids, texts = checks._gathered(store)
        assert ids and texts and ids <= given[-1].ids and texts <= given[-1].texts


@pytest.mark.parametrize("coordinates", ["[[[20, 41], [21, 41], [20, 41]]]",
                                         "[[[20, 41], [21, 41], [21, true], [20, 41]]]",
                                         "[[[20, 41], [21, 41], [21, 42, 3], [20, 41]]]", "[[]]", "[]",
                                         "[[[20, 41], [21, 41], [21, 1e999], [20, 41]]]", '[["20, 41, 21, 41"]]'])
def test_coordinates_the_quick_look_does_not_decide_get_the_careful_one(coordinates):
    from app.model.geometry import check_geometry
    good = Place("p", "locality", "P", "P", "P", None, None, None, '{"type": "Point", "coordinates": [20, 41.5]}',
                 20.0, 41.5, None, None, "P")
    assert check_geometry(good) == (20, 41.5, 20, 41.5)
    bad = Place("r", "region", "R", "R", "R", None, None, None, f'{{"type": "Polygon", "coordinates": {coordinates}}}',
                20.0, 41.5, None, None, "R")
    with pytest.raises(DatasetError, match="place 'r' has empty or malformed coordinates"):
        check_geometry(bad)


def test_an_items_citations_are_made_when_first_asked_for_and_are_the_same_objects_after(large, monkeypatch):
    from app.model import citations
    made = []
    monkeypatch.setattr(citations, "make_citation", lambda *fields: made.append(fields) or Citation(*fields))
    store = Store.open(large)
    assert made == [] and store.summary()["citations"] > 2000
    first = store.citations("body", "congress-1")
    assert first and len(made) == len(first) and all(c.subject_id == "congress-1" for c in first)
    assert store.citations("body", "congress-1") == first and all(
        a is b for a, b in zip(store.citations("body", "congress-1"), first))
    assert len(made) == len(first) and store.citations("delegation", "nowhere") == []


# ---------------------------------------------------------------------------------------------- second pass
def test_a_citation_id_sqlite_keeps_unique_is_not_grouped_yet_a_duplicate_in_a_loose_copy_is_refused(
        tmp_path, statements):
    Store.open()
    grouped = [s for s in statements if "GROUP BY" in s and "HAVING count(*) > 1" in s]
    assert any("FROM person" in s for s in grouped) and not any("FROM citation" in s for s in grouped)
    path = _edited(Store.open().path, tmp_path, *loose("citation"), "INSERT INTO citation SELECT * FROM citation "
                                                                      "WHERE id = 202")
    with pytest.raises(DatasetError, match=r"table 'citation', id '202': the id appears more than once \(unique id\)"):
        Store.open(path)


def test_items_are_their_frozen_classes_equal_to_ones_made_by_hand():
    store = Store.open()
    person, seat = store.person("omer-nishani"), store.roles("omer-nishani")[0]
    assert type(person) is Person and type(seat) is Seat
    assert person == Person(*(getattr(person, f.name) for f in dataclasses.fields(Person)))
    assert hash(seat) == hash(Seat(*(getattr(seat, f.name) for f in dataclasses.fields(Seat))))
    with pytest.raises(dataclasses.FrozenInstanceError):
        person.name = "Someone else"
    with pytest.raises((TypeError, AttributeError)):  # none can be added (3.11 raises TypeError for a slotted one)
        seat.extra = 1
    assert dataclasses.replace(person, name="X").name == "X" and person.name != "X"
    citation = store.citations("body", "congress")[0]
    assert type(citation) is Citation and any(citation.source is source for source in store.sources())
    with pytest.raises(dataclasses.FrozenInstanceError):
        citation.quote = ""


def test_usual_shapes_are_decided_together_and_only_the_odd_one_is_looked_at_alone(large, tmp_path, monkeypatch):
    from app.model import store as store_module
    looked = []
    careful = store_module.check_geometry
    monkeypatch.setattr(store_module, "check_geometry", lambda place: looked.append(place.id) or careful(place))
    Store.open(large)
    assert looked == []
    con = sqlite3.connect(large)
    odd, shape = con.execute("SELECT id, geometry_geojson FROM place WHERE kind = 'region' LIMIT 1 OFFSET 50").fetchone()
    con.close()
    path = _edited(large, tmp_path, "UPDATE place SET geometry_geojson = ? WHERE id = ?",
                   params=(" " + shape.replace('{"type"', '{"bbox": [], "type"'), odd))
    Store.open(path)
    assert looked == [odd]


def test_of_two_bad_places_the_first_in_order_is_named_whatever_its_fault(large, tmp_path):
    con = sqlite3.connect(large)
    first, second = (row[0] for row in con.execute("SELECT id FROM place WHERE kind = 'region' ORDER BY id "
                                                   "LIMIT 2 OFFSET 100"))
    con.close()
    three_points = '{"type": "Polygon", "coordinates": [[[20, 41], [21, 41], [20, 41]]]}'
    path = _edited(large, tmp_path, f"UPDATE place SET geometry_geojson = '{three_points}' WHERE id = '{first}'",
                   f"UPDATE place SET kind = 'planet' WHERE id = '{second}'")
    with pytest.raises(DatasetError, match=f"place '{first}' has empty or malformed coordinates"):
        Store.open(path)
    path = _edited(large, tmp_path, f"UPDATE place SET kind = 'planet' WHERE id = '{first}'",
                   f"UPDATE place SET geometry_geojson = '{three_points}' WHERE id = '{second}'")
    with pytest.raises(DatasetError, match=f"place '{first}' has unknown kind 'planet'"):
        Store.open(path)


@pytest.fixture
def connections(monkeypatch):
    """(connection number, statement) of every SQL statement Store.open runs, and which connection ran it."""
    run = []
    connect, numbers = opening.connect, itertools.count(1)

    def traced(path, budget):
        con, number = connect(path, budget), next(numbers)
        con.set_trace_callback(lambda statement: run.append((number, statement)))
        return con
    monkeypatch.setattr(opening, "connect", traced)
    return run


def test_integrity_item_limits_codes_and_unique_ids_are_asked_on_a_second_connection_while_tables_are_read(
        large, connections):
    Store.open(large)
    reading = {n for n, s in connections if s.startswith("SELECT id, name, alt_names")}  # the people read
    beside = {n for n, s in connections if s == "PRAGMA quick_check" or "HAVING count(*) > 1" in s or "NOT IN (" in s
              or "ORDER BY n DESC" in s}
    assert len(reading) == 1 and len(beside) == 1 and reading != beside
    assert not [t for t in threading.enumerate() if t.name == "open-checks"]


@pytest.mark.parametrize("faults, said", [
    # a duplicated id (asked beside) and a bad cell (found reading): the reading comes first
    (("INSERT INTO person SELECT * FROM person WHERE rowid = 3", "UPDATE seat SET seat_no = -4 WHERE rowid = 5"),
     "column 'seat_no': expected a whole number, found -4"),
    # a code and a duplicated id, both asked beside: the codes come first
    (("INSERT INTO person SELECT * FROM person WHERE rowid = 3",
      "UPDATE source SET reliability = 'rumour' WHERE rowid = 1"), "which is none of wiki"),
    # a duplicated id (beside) and a meta value (looked at after): the id comes first
    (("INSERT INTO person SELECT * FROM person WHERE rowid = 3",
      "UPDATE meta SET value = '٣' WHERE key = 'delegates_total'"), "the id appears more than once"),
    # too many citations for one item (beside) and a bad cell (found reading): the limit comes first
    (("INSERT INTO citation (subject_kind, subject_id, field, source_id, quote) SELECT 'body', 'congress-1', "
      "field, source_id, quote FROM citation LIMIT 1001", "UPDATE seat SET seat_no = -4 WHERE rowid = 5"),
     r"table 'citation': 1,0\d\d rows for 'body/congress-1'; the limit is 1,000 per item"),
])
def test_a_file_with_two_faults_is_refused_for_the_one_it_always_was(large, tmp_path, faults, said):
    path = _edited(large, tmp_path, *loose("person"), *faults)
    with pytest.raises(DatasetError, match=said):
        Store.open(path)
    assert not [t for t in threading.enumerate() if t.name == "open-checks"]


def test_a_cancel_while_the_tables_are_read_stops_both_connections(large):
    asked = []

    def cancel():
        asked.append(1)
        return len(asked) > 10  # a whole open of this file asks about 35 times
    with pytest.raises(opening.OpenCancelled, match="was cancelled"):
        Store.open(large, cancel=cancel)
    assert not [t for t in threading.enumerate() if t.name == "open-checks"]


def test_a_check_beside_that_runs_past_the_budget_is_stopped_and_the_file_refused_as_too_slow(monkeypatch):
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    monkeypatch.setattr(checks, "check_unique", lambda con: con.execute(endless).fetchone())
    with pytest.raises(DatasetError, match=r"opening it took longer than 0.5 s, so it was stopped"):
        Store.open(budget=0.5)
    assert not [t for t in threading.enumerate() if t.name == "open-checks"]


@pytest.mark.parametrize("bad", ["", " lead", "trail ", "tab\there", "nul\x00in", "del\x7f", "x" * 201, "ë\u200e"])
def test_every_id_a_rule_refuses_is_found_by_the_quick_look_among_thousands_of_plain_ones(bad):
    ids = {f"item-{n}" for n in range(5000)}
    store = Store.open()
    assert checks._values_clean(store, cells.Strings(ids=ids | {"korçë"}, texts={"Korça"}))
    assert not checks._values_clean(store, cells.Strings(ids=ids | {bad}, texts={"Korça"}))
