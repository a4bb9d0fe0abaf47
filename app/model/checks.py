"""What a loaded dataset must mean, checked once after loading so that no view ever shows it inconsistently:

- columns that hold a code hold one of the codes data/SCHEMA.md lists (a hand-edited file skips the CHECK
  constraints that data/build.py writes);
- ids are unique (a duplicate would show one figure on the map and another on the chart) and are plain
  one-line names: no line breaks, control (C0, C1), format (bidi) or unassigned characters;
- texts hold no C1 control characters and no pathological runs of combining marks (which freeze text layout);
- numbers in `meta` are plain ASCII digits and the congress's total is at least 1;
- the body hierarchy has no cycle and a bounded depth;
- coordinates lie within Albania's bounds, with a margin;
- sums add up: no count above the total, the counts that share the total not above it, seats within a body's size.

Each failure is one DatasetError naming the table, the id and the rule.
"""

from __future__ import annotations

import dataclasses
import json
import operator
import re
import sqlite3
import unicodedata
from collections.abc import Mapping
from itertools import filterfalse

from app.model.cells import is_id_name
from app.model.opening import one_line
from app.model.schema import REQUIRED_COLUMNS, DatasetError

# Albania spans 19.26–21.07 E, 39.64–42.66 N; the margin keeps room for places just across today's borders.
BOUNDS = (17.5, 38.0, 23.0, 44.5)  # min lon, min lat, max lon, max lat
MAX_DEPTH = 32  # levels of the body hierarchy (the bundled one has 3)
MAX_ID = 200  # characters of an id
MAX_COMBINING_RUN = 12  # combining marks on one letter (real scripts use a few)
MAX_TOTAL = 100_000  # delegates of one congress

# Key columns of each table; a table keyed by `id` needs no entry.
KEYS = {
    "meta": ("key",),
    "seat": ("body_id", "seat_no"),
    "delegation_place": ("delegation_id", "place_id"),
    "named_delegate": ("delegation_id", "person_id"),
    "decision_subject": ("decision_id", "subject_kind", "subject_id"),
}

# Columns that hold a code: the CHECK constraints of data/build.py's DDL and the codes data/SCHEMA.md lists.
CODES: dict[tuple[str, str], tuple] = {
    ("place", "kind"): ("country", "region", "locality"),
    ("delegation", "kind"): ("region", "unattributed", "quota"),
    ("delegation", "basis"): ("sourced", "computed", "quota"),
    ("decision", "kind"): ("decision", "viewpoint"),
    ("event", "precision"): ("day", "month", "year"),
    ("event", "disputed"): (0, 1),
    ("source", "reliability"): ("wiki", "commemorative", "soviet", "academic", "critical", "encyclopedic", "press",
                                "government", "archive", "geodata", "estimate"),
}

_C1 = re.compile("[\x80-\x9f]")
# every ASCII character an id may not hold: the C0 controls and DEL (category Cc; ASCII's whitespace other than
# " " is among them, and ASCII has no Cf, Zl, Zp, Cs, Co or Cn character)
_ASCII_CONTROL = re.compile("[\x00-\x1f\x7f]")
# ASCII ids joined by NUL: a control character other than the NUL between them (a leading or trailing space and an
# empty id are "\x00 ", " \x00" and "\x00\x00", found by str's own search, several times faster than one pattern)
_ASCII_CONTROL_NOT_NUL = re.compile("[\x01-\x1f\x7f]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_FROM_MARKS = re.compile("[\u0300-\uffff]")  # where the combining marks begin, to the end of the BMP


def _combining_class() -> re.Pattern:
    """A run of more than MAX_COMBINING_RUN combining marks of the Basic Multilingual Plane."""
    ranges, start = [], None
    for code in range(0x300, 0x10000):
        mark = unicodedata.category(chr(code))[0] == "M"
        if mark and start is None:
            start = code
        elif not mark and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]{{{MAX_COMBINING_RUN + 1},}}")


_COMBINING_RUN: re.Pattern | None = None


def bad_id_reason(value: str) -> str | None:
    """Why a string cannot be an id (or a KIND:ID's id), or None."""
    if len(value) > MAX_ID:
        return f"an id has at most {MAX_ID} characters"
    if value.isascii():  # the usual case, in C: ASCII's control characters (and its spaces other than " ")
        bad = _ASCII_CONTROL.search(value)
        if bad:
            return f"an id may not hold U+{ord(bad.group()):04X} (a line break, control or invisible character)"
    else:
        for char in value:
            if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn") or (char.isspace() and char != " "):
                return f"an id may not hold U+{ord(char):04X} (a line break, control or invisible character)"
    if not value or value != value.strip():
        return "an id must be non-empty, without leading or trailing spaces"
    return None


def bad_text_reason(value: str) -> str | None:
    global _COMBINING_RUN
    if value.isascii():
        return None
    c1 = _C1.search(value)
    if c1:
        return f"control character U+{ord(c1.group()):04X} (C1)"
    if _COMBINING_RUN is None:
        _COMBINING_RUN = _combining_class()
    if _COMBINING_RUN.search(value) or (_ASTRAL.search(value) and _astral_run(value)):
        return f"more than {MAX_COMBINING_RUN} combining marks on one letter"
    return None


def _astral_run(value: str) -> bool:
    run = 0
    for char in value:
        run = run + 1 if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Mc") else 0
        if run > MAX_COMBINING_RUN:
            return True
    return False


def _fail(table: str, item: object, rule: str) -> DatasetError:
    return DatasetError(f"table '{table}', id {one_line(repr(item), 80)}: {rule}.")


# ---------------------------------------------------------------------------------------------- the checks
def check_loaded(store, con: sqlite3.Connection, loaded=None) -> None:
    """Every check, in order; `loaded` (what Store._load found on the way: the distinct strings read, the places'
    bounding boxes) spares walking every item again."""
    check_codes(con)
    check_unique(con)
    check_meaning(store, loaded)


def check_meaning(store, loaded=None) -> None:
    """The checks of check_loaded that look at what was loaded, not at the file (Store.open runs the two that ask
    SQLite on a connection of their own, app/model/beside.py)."""
    check_meta(store)
    check_values(store, loaded.strings if loaded is not None else None)
    check_hierarchy(store)
    check_coordinates(store, loaded.boxes if loaded is not None else None)
    check_sums(store)


def check_codes(con: sqlite3.Connection) -> None:
    for (table, column), allowed in CODES.items():
        listed = ", ".join("?" * len(allowed))
        row = con.execute(f"SELECT rowid, * FROM {table} WHERE {column} IS NOT NULL AND ({column} NOT IN ({listed}) "
                          f"OR typeof({column}) != ?) LIMIT 1",
                          (*allowed, "text" if isinstance(allowed[0], str) else "integer")).fetchone()
        if row is not None:
            item = row["id"] if "id" in row.keys() else row["rowid"]
            raise _fail(table, item, f"column '{column}' holds {one_line(repr(row[column]), 40)}, which is none of "
                                     f"{', '.join(map(str, allowed))}")


def check_unique(con: sqlite3.Connection) -> None:
    for table, columns in REQUIRED_COLUMNS.items():
        keys = KEYS.get(table, ("id",) if "id" in columns else ())
        if not keys or not set(keys) <= set(columns) or is_rowid(con, table, keys):
            continue
        listed = ", ".join(keys)
        row = con.execute(f"SELECT {listed} FROM {table} GROUP BY {listed} HAVING count(*) > 1 LIMIT 1").fetchone()
        if row is not None:
            item = "/".join(str(row[k]) for k in keys)
            raise _fail(table, item, f"the id appears more than once (unique {listed})")


def is_rowid(con: sqlite3.Connection, table: str, keys: tuple[str, ...]) -> bool:
    """True when the key is the table's rowid (a column declared INTEGER PRIMARY KEY of a rowid table), which
    SQLite keeps unique itself (PRAGMA quick_check finds a b-tree whose keys are not in strictly rising order):
    then grouping every row by it to find a duplicate (a fifth of the SQL checks at 1000x the data) finds none.
    Asked of SQLite's query planner, which searches such a column as the rowid and any other as a column."""
    if len(keys) != 1:
        return False
    plan = con.execute(f"EXPLAIN QUERY PLAN SELECT 1 FROM {table} WHERE {keys[0]} = 1").fetchall()
    return len(plan) == 1 and plan[0][-1] == f"SEARCH {table} USING INTEGER PRIMARY KEY (rowid=?)"


def check_meta(store) -> None:
    meta = getattr(store, "_meta", {})
    for key, value in meta.items():
        if any(char.isdigit() and not "0" <= char <= "9" for char in str(value)):
            raise _fail("meta", key, "a number written with digits other than 0-9")
    total = meta.get("delegates_total", "")
    if not re.fullmatch(r"[0-9]{1,9}", total) or not 1 <= int(total) <= MAX_TOTAL:
        raise _fail("meta", "delegates_total", f"must be a whole number from 1 to {MAX_TOTAL:,} in digits 0-9")


def _items(store):
    """(table, item, dataclass) for everything the store loaded, whatever its kinds are called."""
    is_dataclass: dict[type, bool] = {}
    for value in vars(store).values():
        containers = [value]
        while containers:
            current = containers.pop()
            kind = type(current)
            dc = is_dataclass.get(kind)
            if dc is None:
                dc = is_dataclass[kind] = dataclasses.is_dataclass(current) and not isinstance(current, type)
            if dc:
                yield current
            elif kind is dict or isinstance(current, Mapping):  # a CitationIndex makes its citations
                containers.extend(current.values())
            elif isinstance(current, list) and current and not isinstance(current[0], (str, tuple)):
                containers.extend(current)


def check_values(store, strings=None) -> None:
    """Ids are plain one-line names; texts have no C1 controls and no runaway runs of combining marks.

    First all at once: every distinct string, ids and texts each joined into one string and searched by one
    regular expression, in C. `strings` (cells.Strings) are those Store._load read from the tables its items come
    from; without them every loaded item is walked to gather them. Only when that finds something suspect are the
    items checked one by one, which names the first bad one."""
    if not _values_clean(store, strings):
        _check_values_one_by_one(store)


def _gathered(store) -> tuple[set, set]:
    """The distinct id and text strings of every loaded item's fields (tuples of strings included)."""
    by_type: dict[type, dict[int, object]] = {}
    for obj in _items(store):
        by_type.setdefault(type(obj), {})[id(obj)] = obj
    ids: set[str] = set()
    texts: set[str] = set()
    for cls, objs in by_type.items():
        for field in dataclasses.fields(cls):
            values = list(map(operator.attrgetter(field.name), objs.values()))
            into = ids if is_id_name(field.name) else texts
            into.update(v for v in values if isinstance(v, str))
            for value in values:
                if isinstance(value, tuple):
                    into.update(v for v in value if isinstance(v, str))
    return ids, texts


def _values_clean(store, strings=None) -> bool:
    """False when some id or text may break a rule (then `_check_values_one_by_one` says which)."""
    global _COMBINING_RUN
    if strings is None:
        ids, texts = _gathered(store)
    else:
        ids, texts = strings.ids - {None}, strings.texts - {None}
    joined = "\x00".join(ids)
    if joined.isascii():  # the usual case, asked of the whole at once
        ascii_ids = ids
    else:
        ascii_ids = list(filter(str.isascii, ids))
        if any(map(bad_id_reason, filterfalse(str.isascii, ids))):
            return False
        joined = "\x00".join(ascii_ids)
    if ascii_ids and max(map(len, ascii_ids)) > MAX_ID:
        return False
    joined = "\x00" + joined + "\x00"
    if joined.count("\x00") != len(ascii_ids) + 1 or _ASCII_CONTROL_NOT_NUL.search(joined) or \
            "\x00 " in joined or " \x00" in joined or "\x00\x00" in joined:
        return False
    joined = "\x00".join(filterfalse(str.isascii, texts))
    if _C1.search(joined) or _ASTRAL.search(joined):
        return False
    if not _holds_a_mark(joined):  # no combining mark at all: no run of them (and no need to compile their class)
        return True
    if _COMBINING_RUN is None:
        _COMBINING_RUN = _combining_class()
    return not _COMBINING_RUN.search(joined)


def _holds_a_mark(text: str) -> bool:
    """True when the text holds a combining mark (of the Basic Multilingual Plane, as _combining_class): only its
    distinct characters from U+0300 on are asked (Albanian needs none: its letters are below U+0300)."""
    return any(unicodedata.category(char)[0] == "M" for char in set(_FROM_MARKS.findall(text)))


def _check_values_one_by_one(store) -> None:
    seen: set[int] = set()
    for obj in _items(store):
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        table = type(obj).__name__.lower()
        item = getattr(obj, "id", None)
        for field in dataclasses.fields(obj):
            value = getattr(obj, field.name)
            is_id = is_id_name(field.name)
            for text in (value if isinstance(value, tuple) else (value,)):
                if not isinstance(text, str):
                    continue
                reason = bad_id_reason(text) if is_id else bad_text_reason(text)
                if reason:
                    raise _fail(table, item if item is not None else text, f"column '{field.name}': {reason}")


def check_hierarchy(store) -> None:
    """No cycle, and at most MAX_DEPTH levels (views build the tree recursively)."""
    parents = {b.id: b.parent_id for b in store.bodies()}
    depth: dict[str, int] = {}
    for start in parents:
        chain, current = [], start
        while current is not None and current not in depth:
            if current in chain:
                raise _fail("body", current, "its parent chain comes back to itself (a cycle)")
            chain.append(current)
            current = parents.get(current)
        level = 0 if current is None else depth[current]
        for body_id in reversed(chain):
            level += 1
            depth[body_id] = level
            if level > MAX_DEPTH:
                raise _fail("body", body_id, f"the hierarchy above it is deeper than {MAX_DEPTH} levels")


def _points(coordinates):
    stack = [coordinates]
    while stack:
        value = stack.pop()
        if isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
            yield value
        elif isinstance(value, list):
            stack.extend(value)


def check_coordinates(store, boxes: dict | None = None) -> None:
    """Every point of every place within BOUNDS. `boxes` (place id -> bounding box of its geometry, as
    Store._load found them) decide most places at once; the others' points are looked at one by one."""
    min_lon, min_lat, max_lon, max_lat = BOUNDS
    boxes = boxes or {}
    for place in store.places():
        box = boxes.get(place.id)
        if (box is not None and min_lon <= place.label_lon <= max_lon and min_lat <= place.label_lat <= max_lat
                and min_lon <= box[0] and box[2] <= max_lon and min_lat <= box[1] and box[3] <= max_lat):
            continue
        points = [(place.label_lon, place.label_lat)]
        geometry = json.loads(place.geometry_geojson)
        points += _points(geometry.get("coordinates") if isinstance(geometry, dict) else None)
        for lon, lat in points:
            if not (min_lon <= lon <= max_lon and min_lat <= lat <= max_lat):
                raise _fail("place", place.id, f"a point ({lon:g}, {lat:g}) lies outside Albania's bounds "
                                               f"({min_lon}–{max_lon} E, {min_lat}–{max_lat} N)")


def check_sums(store) -> None:
    total = store.total_delegates()
    shared = 0
    quotas = 0
    for d in store.delegations():
        if d.delegates is None:
            continue
        if d.delegates > total:
            raise _fail("delegation", d.id, f"{d.delegates:,} delegates, more than the congress's {total:,}")
        if d.kind == "quota":
            quotas += d.delegates
        else:
            shared += d.delegates
    if shared > total:
        raise _fail("delegation", "*", f"the delegations' counts add up to {shared:,}, more than the congress's "
                                       f"{total:,}")
    if quotas > total:
        raise _fail("delegation", "*", f"the quotas add up to {quotas:,}, more than the congress's {total:,}")
    for body in store.bodies():
        if body.seats is None:
            continue
        for seat in store.seats(body.id):
            if not 1 <= seat.seat_no <= body.seats:
                raise _fail("seat", f"{body.id}/{seat.seat_no}", f"seat number outside 1–{body.seats}, the "
                                                                  "body's size")
