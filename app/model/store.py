"""The Store: opens a dataset read-only, checks it, and answers typed questions about it.

The whole dataset is small, so it is read and checked once in `open`: a bad file fails there with a
DatasetError a person can act on, never later in the middle of a view.
"""

from __future__ import annotations

import datetime
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.model import opening
from app.model.cells import Strings, distinct_clean, read_table
from app.model.citations import CitationIndex, CopiedCitations, CopiedTable
from app.model.entities import (Body, Decision, Delegation, Event, NamedDelegate, Person, Place,
                                Seat, Source, Term, Tradition, maker)
from app.model.geometry import check_geometry, quick_boxes
from app.model.schema import DatasetError
from app.model.questions import Questions
from app.model.search import SearchIndex

# the many items of a large dataset are made without the frozen __init__ (entities.maker)
make_place, make_delegation, make_person, make_named, make_body, make_seat, make_decision = map(
    maker, (Place, Delegation, Person, NamedDelegate, Body, Seat, Decision))
KINDS = ("place", "delegation", "body", "person", "decision", "event")
ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
ITEM_TABLES = {"tradition", "source", "place", "delegation_place", "delegation", "person", "named_delegate", "body",
               "seat", "decision_subject", "decision", "event_subject", "event", "term", "citation"}  # kept as items

# The columns each kind is read from, in the order its dataclass takes them: "x?" may be NULL, ":int" a whole
# number, ":real" a finite number, anything else text (app/model/cells.py).
TRADITION = ("id", "note_en", "note_sq?")
SOURCE = ("id", "title", "url?", "kind", "reliability", "language?", "note_en?", "note_sq?", "tradition?")
VALUE_LABEL = ("subject_kind", "subject_id", "field", "value", "label_en", "label_sq?")
PLACE = ("id", "kind", "name_sq", "name_sq_definite", "name_en", "name_en_full?", "iso_3166_2?",
         "prefecture_1944_namesake?", "geometry_geojson", "label_lon:real", "label_lat:real", "note_en?", "note_sq?",
         "name_sq_gen")
DELEGATION = ("id", "seq:int", "kind", "basis", "name_sq", "name_en", "delegates:int?", "note_en?", "note_sq?",
              "name_sq_gen?")  # the place ids go before name_sq_gen
PERSON = ("id", "name", "alt_names?", "born?", "died?", "note_en?", "note_sq?")
NAMED_DELEGATE = ("delegation_id", "person_id", "seq:int", "group_en?", "group_sq?")
BODY = ("id", "seq:int", "parent_id?", "relation_en?", "relation_sq?", "abbrev?", "name_sq", "name_en", "seats:int?",
        "description_en?", "description_sq?", "name_sq_gen")
SEAT = ("body_id", "seat_no:int", "person_id?", "role_en", "role_sq", "portfolio_en?", "portfolio_sq?", "note_en?",
        "note_sq?")
DECISION = ("id", "seq:int", "kind", "category?", "title_en", "title_sq", "summary_en", "summary_sq?", "wording",
            "confidence", "note_en?", "note_sq?")  # then the subjects
EVENT = ("date_from", "date_to", "precision", "place_id?", "id", "seq:int", "title_en", "title_sq?", "summary_en",
         "summary_sq?", "disputed:int")
TERM = ("id", "seq:int", "term_sq", "term_en", "definition_sq?", "definition_en")
CITATION = ("source_id", "subject_kind", "subject_id", "field", "quote", "quote_language?", "value?")


def _is_day(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _date(value: str, column: str, table: str) -> str:
    if not ISO_DAY.match(value) or not _is_day(value):
        raise DatasetError(f"table '{table}', column '{column}': expected a date YYYY-MM-DD, found {value!r:.30}")
    return value


@dataclass
class Loaded:
    """What reading the tables found out on the way, for checks.check_loaded (then dropped): the distinct strings
    read, and a box (min lon, min lat, max lon, max lat) that holds each place's geometry where it is well formed
    (its own, or one box of every place geometry.quick_boxes decided)."""
    strings: Strings = field(default_factory=Strings)
    boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)


class Store(Questions, SearchIndex):
    """Read-only access to one dataset file. Build it with `Store.open(path)`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._meta: dict[str, str] = {}
        self._sources: dict[str, Source] = {}
        self._citations = CitationIndex(self._sources)
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

    def _read(self, con: sqlite3.Connection, table: str, order: str, spec: tuple[str, ...]) -> list[tuple]:
        return read_table(con, table, order, spec, self._loading.strings if table in ITEM_TABLES else None)

    def _load(self, con: sqlite3.Connection, copied: Callable[[], CopiedTable | None] | None = None) -> Loaded:
        """Every table read and checked (cells, references, kinds, geometry); returns what checks.check_loaded
        may use of what was found on the way. `copied()`, where given, is the citation table already copied into
        memory (app/model/citations.py), taken instead of reading the table when its values pass the same checks."""
        self._loading = loaded = Loaded()
        try:
            self._load_tables(con)
            self._load_citations(con, copied() if copied is not None else None)
        finally:
            del self._loading
        self._index_people()
        return loaded

    def _load_citations(self, con: sqlite3.Connection, copy: CopiedTable | None) -> None:
        """The last table: its copy where every distinct value passes the checks reading it would make (its cells,
        its sources known), else read as always, which refuses the first bad row in the same words."""
        if copy is not None and copy.distinct["source_id"] <= self._sources.keys() \
                and distinct_clean(CITATION, copy.distinct, self._loading.strings):
            self._citations = CopiedCitations(self._sources, copy)
            return
        if copy is not None:
            copy.con.close()
        rows = self._read(con, "citation", "id", CITATION)
        unknown = {row[0] for row in rows} - self._sources.keys()
        if unknown:
            self._require(next(row[0] for row in rows if row[0] in unknown), self._sources, "citation", "source")
        self._citations = CitationIndex(self._sources, rows)

    def _load_tables(self, con: sqlite3.Connection) -> None:
        for key, value in self._read(con, "meta", "key", ("key", "value?")):
            self._meta[key] = value or ""
        total = self._meta.get("delegates_total", "")
        if not total.isdigit():
            raise DatasetError(f"meta 'delegates_total' must be a whole number, found {total!r:.20}.")

        for row in self._read(con, "tradition", "id", TRADITION):
            self._traditions[row[0]] = Tradition(*row)
        for row in self._read(con, "source", "id", SOURCE):
            s = Source(*row)
            if s.tradition is not None:
                self._require(s.tradition, self._traditions, f"source '{s.id}'", "tradition")
            self._sources[s.id] = s
        for row in self._read(con, "value_label", "id", VALUE_LABEL):
            self._labels[row[:4]] = row[4:]

        boxes = self._loading.boxes
        places = [make_place(*row) for row in self._read(con, "place", "id", PLACE)]
        plain, plain_box = quick_boxes(places)
        for position, p in enumerate(places):
            if p.kind not in ("country", "region", "locality"):
                raise DatasetError(f"place '{p.id}' has unknown kind {p.kind!r:.30}.")
            box = plain_box if position in plain else check_geometry(p)
            if box is not None:
                boxes[p.id] = box
            self._places[p.id] = p

        places_of: dict[str, list[str]] = defaultdict(list)
        for d, p in self._read(con, "delegation_place", "delegation_id, place_id", ("delegation_id", "place_id")):
            if p not in self._places:
                raise DatasetError(f"delegation '{d}' points at unknown place '{p}'.")
            places_of[d].append(p)
        for row in self._read(con, "delegation", "seq, id", DELEGATION):
            d = make_delegation(*row[:9], tuple(places_of.get(row[0], ())), row[9])
            self._delegations[d.id] = d
            for place_id in d.place_ids:
                self._delegations_of_place[place_id].append(d)
        unknown = set(places_of) - set(self._delegations)
        if unknown:
            raise DatasetError(f"delegation_place names unknown delegation(s): {', '.join(sorted(unknown))}.")

        for row in self._read(con, "person", "id", PERSON):
            self._people[row[0]] = make_person(*row)

        for row in self._read(con, "named_delegate", "delegation_id, seq", NAMED_DELEGATE):
            n = make_named(*row)
            self._require(n.delegation_id, self._delegations, "named_delegate", "delegation")
            self._require(n.person_id, self._people, "named_delegate", "person")
            self._named[n.delegation_id].append(n)

        for row in self._read(con, "body", "seq, id", BODY):
            self._bodies[row[0]] = make_body(*row)
        for b in self._bodies.values():
            if b.parent_id is not None:
                self._require(b.parent_id, self._bodies, f"body '{b.id}'", "parent body")
            self._children[b.parent_id].append(b)

        bodies, people, seats = self._bodies, self._people, self._seats
        for row in self._read(con, "seat", "body_id, seat_no", SEAT):
            s = make_seat(*row)
            if s.body_id not in bodies:
                self._require(s.body_id, bodies, "seat", "body")
            if s.person_id is not None and s.person_id not in people:
                self._require(s.person_id, people, "seat", "person")
            seats[s.body_id].append(s)

        subjects = self._subjects(con, "decision")
        for row in self._read(con, "decision", "seq, id", DECISION):
            d = make_decision(*row, tuple(subjects.get(row[0], ())))
            if d.kind not in ("decision", "viewpoint"):
                raise DatasetError(f"decision '{d.id}' has unknown kind {d.kind!r:.30}.")
            self._decisions[d.id] = d
        self._check_subjects("decision", subjects, self._decisions)
        self._load_events(con)
        for row in self._read(con, "term", "seq, id", TERM):
            self._terms[row[0]] = Term(*row)

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
        t = "event"
        for date_from, date_to, precision, place_id, *rest in self._read(con, "event", "date_from, seq, id", EVENT):
            event_id = rest[0]
            _date(date_from, "date_from", t), _date(date_to, "date_to", t)
            if date_to < date_from or precision not in ("day", "month", "year"):
                raise DatasetError(f"event '{event_id}': dates out of order or unknown precision {precision!r:.20}.")
            if place_id is not None:
                self._require(place_id, self._places, f"event '{event_id}'", "place")
            ev = Event(*rest[:-1], date_from, date_to, precision, bool(rest[-1]), place_id,
                       tuple(related.get(event_id, ())))
            self._events[ev.id] = ev
        self._check_subjects("event", related, self._events)

    def _subjects(self, con: sqlite3.Connection, owner: str) -> dict[str, list[tuple[str, str]]]:
        """The `<owner>_subject` table (decision_subject, event_subject): owner id -> [(kind, id)] it concerns."""
        table, key = f"{owner}_subject", f"{owner}_id"
        subjects: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for owner_id, kind, subject_id in self._read(con, table, f"{key}, subject_kind, subject_id",
                                                     (key, "subject_kind", "subject_id")):
            subjects[owner_id].append((kind, subject_id))
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
