"""The Store: opens a dataset read-only, checks it, and answers typed questions about it.

The whole dataset is small, so it is read and checked once in `open`: a bad file fails there with a
DatasetError a person can act on, never later in the middle of a view.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from app.model import opening
from app.model.entities import (Body, Citation, Decision, Delegation, Event, NamedDelegate, Person, Place,
                                Seat, Source, Term, Tradition)
from app.model.schema import REQUIRED_COLUMNS, DatasetError
from app.model.questions import Questions
from app.model.search import SearchIndex

KINDS = ("place", "delegation", "body", "person", "decision", "event")
MAX_TEXT = 20_000  # characters in one name, note or quote: far above any real one, far below a runaway value
MAX_GEOMETRY = 10_000_000  # characters of GeoJSON for one place
ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(row: sqlite3.Row, column: str, table: str, optional: bool = False) -> str | None:
    value = row[column]
    # the usual cell, decided in C: printable text (so no control character) of a plain length, not blank
    if type(value) is str and value.isprintable() and 0 < len(value) <= MAX_TEXT and (optional or not value.isspace()):
        return value
    if value is None and optional:
        return None
    if not isinstance(value, str) or (not optional and not value.strip()):
        raise DatasetError(f"table '{table}', column '{column}': expected text, found {value!r:.60}")
    limit = MAX_GEOMETRY if column == "geometry_geojson" else MAX_TEXT
    if len(value) > limit:
        raise DatasetError(f"table '{table}', column '{column}': a text of {len(value):,} characters; "
                           f"the limit is {limit:,}.")
    bad = CONTROL_CHARACTERS.search(value)
    if bad:
        raise DatasetError(f"table '{table}', column '{column}': control character U+{ord(bad.group()):04X} in "
                           f"{value[:40]!r}.")
    return value


def _int(row: sqlite3.Row, column: str, table: str, optional: bool = False) -> int | None:
    value = row[column]
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise DatasetError(f"table '{table}', column '{column}': expected a whole number, found {value!r:.60}")
    return value


def _real(row: sqlite3.Row, column: str, table: str) -> float:
    value = row[column]
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        raise DatasetError(f"table '{table}', column '{column}': expected a finite number, found {value!r:.60}")
    return float(value)


def _is_day(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _date(row: sqlite3.Row, column: str, table: str) -> str:
    value = _text(row, column, table)
    if not ISO_DAY.match(value) or not _is_day(value):
        raise DatasetError(f"table '{table}', column '{column}': expected a date YYYY-MM-DD, found {value!r:.30}")
    return value


class Store(Questions, SearchIndex):
    """Read-only access to one dataset file. Build it with `Store.open(path)`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._meta: dict[str, str] = {}
        self._sources: dict[str, Source] = {}
        self._citations: dict[tuple[str, str], list[Citation]] = defaultdict(list)
        self._places: dict[str, Place] = {}
        self._delegations: dict[str, Delegation] = {}
        self._delegations_of_place: dict[str, list[Delegation]] = defaultdict(list)
        self._people: dict[str, Person] = {}
        self._named: dict[str, list[NamedDelegate]] = defaultdict(list)
        self._bodies: dict[str, Body] = {}
        self._seats: dict[str, list[Seat]] = defaultdict(list)
        self._roles: dict[str, list[Seat]] = {}  # person id -> their seats, in body order (indexed at load)
        self._named_of_person: dict[str, list[NamedDelegate]] = {}  # person id -> the delegations naming them
        self._decisions: dict[str, Decision] = {}
        self._children: dict[str | None, list[Body]] = defaultdict(list)
        self._events: dict[str, Event] = {}
        self._terms: dict[str, Term] = {}
        self._traditions: dict[str, Tradition] = {}
        self._labels: dict[tuple[str, str, str, str], tuple[str, str | None]] = {}
        self._index: list[tuple[str, str, str, str, list[str]]] | None = None
        self._index_texts: list[str] = []

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, budget: float | None = None,
             cancel: Callable[[], bool] | None = None) -> "Store":
        """Open, check and load a dataset, bounded in time (`budget` seconds of SQLite work; `cancel()` returning
        True stops it): app/model/opening.py. Raises DatasetError with one line of plain text."""
        if path is None:
            from app.paths import bundled_database
            path = bundled_database()
        return opening.open_dataset(cls, Path(path), budget=budget, cancel=cancel)

    @staticmethod
    def _check_file(path: Path) -> None:
        opening.check_file(path)

    def _check_schema(self, con: sqlite3.Connection) -> None:
        opening.check_schema(con)

    def _rows(self, con: sqlite3.Connection, table: str, order: str) -> list[sqlite3.Row]:
        columns = ", ".join(REQUIRED_COLUMNS[table])
        return con.execute(f"SELECT {columns} FROM {table} ORDER BY {order}").fetchall()

    def _load(self, con: sqlite3.Connection) -> None:
        for r in self._rows(con, "meta", "key"):
            self._meta[_text(r, "key", "meta")] = _text(r, "value", "meta", optional=True) or ""
        total = self._meta.get("delegates_total", "")
        if not total.isdigit():
            raise DatasetError(f"meta 'delegates_total' must be a whole number, found {total!r:.20}.")

        for r in self._rows(con, "tradition", "id"):
            t = "tradition"
            tr = Tradition(_text(r, "id", t), _text(r, "note_en", t), _text(r, "note_sq", t, True))
            self._traditions[tr.id] = tr
        for r in self._rows(con, "source", "id"):
            t = "source"
            s = Source(_text(r, "id", t), _text(r, "title", t), _text(r, "url", t, True), _text(r, "kind", t),
                       _text(r, "reliability", t), _text(r, "language", t, True), _text(r, "note_en", t, True),
                       _text(r, "note_sq", t, True), _text(r, "tradition", t, True))
            if s.tradition is not None:
                self._require(s.tradition, self._traditions, f"source '{s.id}'", "tradition")
            self._sources[s.id] = s
        for r in self._rows(con, "value_label", "id"):
            t = "value_label"
            key = (_text(r, "subject_kind", t), _text(r, "subject_id", t), _text(r, "field", t), _text(r, "value", t))
            self._labels[key] = (_text(r, "label_en", t), _text(r, "label_sq", t, True))

        for r in self._rows(con, "place", "id"):
            t = "place"
            p = Place(_text(r, "id", t), _text(r, "kind", t), _text(r, "name_sq", t), _text(r, "name_sq_definite", t),
                      _text(r, "name_en", t), _text(r, "name_en_full", t, True), _text(r, "iso_3166_2", t, True),
                      _text(r, "prefecture_1944_namesake", t, True), _text(r, "geometry_geojson", t),
                      _real(r, "label_lon", t), _real(r, "label_lat", t), _text(r, "note_en", t, True),
                      _text(r, "note_sq", t, True), _text(r, "name_sq_gen", t))
            if p.kind not in ("country", "region", "locality"):
                raise DatasetError(f"place '{p.id}' has unknown kind {p.kind!r:.30}.")
            _check_geometry(p)
            self._places[p.id] = p

        places_of: dict[str, list[str]] = defaultdict(list)
        for r in self._rows(con, "delegation_place", "delegation_id, place_id"):
            d, p = _text(r, "delegation_id", "delegation_place"), _text(r, "place_id", "delegation_place")
            if p not in self._places:
                raise DatasetError(f"delegation '{d}' points at unknown place '{p}'.")
            places_of[d].append(p)
        for r in self._rows(con, "delegation", "seq, id"):
            t = "delegation"
            d = Delegation(_text(r, "id", t), _int(r, "seq", t), _text(r, "kind", t), _text(r, "basis", t),
                           _text(r, "name_sq", t), _text(r, "name_en", t), _int(r, "delegates", t, True),
                           _text(r, "note_en", t, True), _text(r, "note_sq", t, True), tuple(places_of.get(r["id"], ())),
                           _text(r, "name_sq_gen", t, True))
            self._delegations[d.id] = d
            for place_id in d.place_ids:
                self._delegations_of_place[place_id].append(d)
        unknown = set(places_of) - set(self._delegations)
        if unknown:
            raise DatasetError(f"delegation_place names unknown delegation(s): {', '.join(sorted(unknown))}.")

        for r in self._rows(con, "person", "id"):
            t = "person"
            p = Person(_text(r, "id", t), _text(r, "name", t), _text(r, "alt_names", t, True), _text(r, "born", t, True),
                       _text(r, "died", t, True), _text(r, "note_en", t, True), _text(r, "note_sq", t, True))
            self._people[p.id] = p

        for r in self._rows(con, "named_delegate", "delegation_id, seq"):
            t = "named_delegate"
            n = NamedDelegate(_text(r, "delegation_id", t), _text(r, "person_id", t), _int(r, "seq", t),
                              _text(r, "group_en", t, True), _text(r, "group_sq", t, True))
            self._require(n.delegation_id, self._delegations, "named_delegate", "delegation")
            self._require(n.person_id, self._people, "named_delegate", "person")
            self._named[n.delegation_id].append(n)

        for r in self._rows(con, "body", "seq, id"):
            t = "body"
            b = Body(_text(r, "id", t), _int(r, "seq", t), _text(r, "parent_id", t, True), _text(r, "relation_en", t, True),
                     _text(r, "relation_sq", t, True), _text(r, "abbrev", t, True), _text(r, "name_sq", t),
                     _text(r, "name_en", t), _int(r, "seats", t, True), _text(r, "description_en", t, True),
                     _text(r, "description_sq", t, True), _text(r, "name_sq_gen", t))
            self._bodies[b.id] = b
        for b in self._bodies.values():
            if b.parent_id is not None:
                self._require(b.parent_id, self._bodies, f"body '{b.id}'", "parent body")
            self._children[b.parent_id].append(b)

        for r in self._rows(con, "seat", "body_id, seat_no"):
            t = "seat"
            s = Seat(_text(r, "body_id", t), _int(r, "seat_no", t), _text(r, "person_id", t, True), _text(r, "role_en", t),
                     _text(r, "role_sq", t), _text(r, "portfolio_en", t, True), _text(r, "portfolio_sq", t, True),
                     _text(r, "note_en", t, True), _text(r, "note_sq", t, True))
            self._require(s.body_id, self._bodies, "seat", "body")
            if s.person_id is not None:
                self._require(s.person_id, self._people, "seat", "person")
            self._seats[s.body_id].append(s)

        subjects = self._subjects(con, "decision")
        for r in self._rows(con, "decision", "seq, id"):
            t = "decision"
            d = Decision(_text(r, "id", t), _int(r, "seq", t), _text(r, "kind", t), _text(r, "category", t, True),
                         _text(r, "title_en", t), _text(r, "title_sq", t), _text(r, "summary_en", t),
                         _text(r, "summary_sq", t, True), _text(r, "wording", t), _text(r, "confidence", t),
                         _text(r, "note_en", t, True), _text(r, "note_sq", t, True), tuple(subjects.get(r["id"], ())))
            if d.kind not in ("decision", "viewpoint"):
                raise DatasetError(f"decision '{d.id}' has unknown kind {d.kind!r:.30}.")
            self._decisions[d.id] = d
        self._check_subjects("decision", subjects, self._decisions)
        self._load_events(con)
        for r in self._rows(con, "term", "seq, id"):
            t = "term"
            term = Term(_text(r, "id", t), _int(r, "seq", t), _text(r, "term_sq", t), _text(r, "term_en", t),
                        _text(r, "definition_sq", t, True), _text(r, "definition_en", t))
            self._terms[term.id] = term

        for r in self._rows(con, "citation", "id"):
            t = "citation"
            source_id = _text(r, "source_id", t)
            self._require(source_id, self._sources, "citation", "source")
            c = Citation(_text(r, "subject_kind", t), _text(r, "subject_id", t), _text(r, "field", t),
                         self._sources[source_id], _text(r, "quote", t), _text(r, "quote_language", t, True),
                         _text(r, "value", t, True))
            self._citations[(c.subject_kind, c.subject_id)].append(c)
        self._index_people()

    def _index_people(self) -> None:
        """A person's seats and delegations, found once here: a click on a person is then a lookup, not a walk
        over every seat of every body (38 ms a click at 1000x the data)."""
        for body in self._bodies.values():
            for seat in self._seats.get(body.id, ()):
                if seat.person_id is not None:
                    self._roles.setdefault(seat.person_id, []).append(seat)
        for items in self._named.values():
            for n in items:
                self._named_of_person.setdefault(n.person_id, []).append(n)

    def _load_events(self, con: sqlite3.Connection) -> None:
        related = self._subjects(con, "event")
        for r in self._rows(con, "event", "date_from, seq, id"):
            t = "event"
            date_from, date_to = _date(r, "date_from", t), _date(r, "date_to", t)
            precision = _text(r, "precision", t)
            if date_to < date_from or precision not in ("day", "month", "year"):
                raise DatasetError(f"event '{r['id']}': dates out of order or unknown precision {precision!r:.20}.")
            place_id = _text(r, "place_id", t, True)
            if place_id is not None:
                self._require(place_id, self._places, f"event '{r['id']}'", "place")
            ev = Event(_text(r, "id", t), _int(r, "seq", t), _text(r, "title_en", t), _text(r, "title_sq", t, True),
                       _text(r, "summary_en", t), _text(r, "summary_sq", t, True), date_from, date_to, precision,
                       bool(_int(r, "disputed", t)), place_id, tuple(related.get(r["id"], ())))
            self._events[ev.id] = ev
        self._check_subjects("event", related, self._events)

    def _subjects(self, con: sqlite3.Connection, owner: str) -> dict[str, list[tuple[str, str]]]:
        """The `<owner>_subject` table (decision_subject, event_subject): owner id -> [(kind, id)] it concerns."""
        table, key = f"{owner}_subject", f"{owner}_id"
        subjects: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for r in self._rows(con, table, f"{key}, subject_kind, subject_id"):
            subjects[_text(r, key, table)].append((_text(r, "subject_kind", table), _text(r, "subject_id", table)))
        return subjects

    def _check_subjects(self, owner: str, subjects: dict[str, list[tuple[str, str]]], owners: dict) -> None:
        for owner_id, items in subjects.items():
            self._require(owner_id, owners, f"{owner}_subject", owner)
            for kind, subject_id in items:
                if not self.exists(kind, subject_id):
                    raise DatasetError(f"{owner} '{owner_id}' concerns unknown {kind} '{subject_id}'.")

    @staticmethod
    def _require(key: str, table: dict, where: str, what: str) -> None:
        if key not in table:
            raise DatasetError(f"{where} points at unknown {what} '{key}'.")


def _check_geometry(place: Place) -> None:
    try:
        geometry = json.loads(place.geometry_geojson)
    except ValueError:
        raise DatasetError(f"place '{place.id}' has geometry that is not valid GeoJSON.") from None
    expected = {"locality": ("Point",)}.get(place.kind, ("Polygon", "MultiPolygon"))
    if not isinstance(geometry, dict) or geometry.get("type") not in expected:
        raise DatasetError(f"place '{place.id}' needs a {' or '.join(expected)} geometry.")
    coords = geometry.get("coordinates")
    def number(v) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and abs(v) <= 360

    try:
        if geometry["type"] == "Point":
            ok = len(coords) == 2 and all(number(v) for v in coords)
        else:
            polygons = coords if geometry["type"] == "MultiPolygon" else [coords]
            ok = bool(polygons) and all(polygons) and all(
                len(ring) >= 4 and all(len(pt) == 2 and all(number(v) for v in pt) for pt in ring)
                for polygon in polygons for ring in polygon)
    except TypeError:
        ok = False
    if not ok:
        raise DatasetError(f"place '{place.id}' has empty or malformed coordinates.")
