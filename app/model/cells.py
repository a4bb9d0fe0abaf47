"""Reading a table's cells, checked column by column: every text is text of a plain length without control
characters, every whole number a whole number, every coordinate a finite number.

A whole column is decided at once, in C: its distinct values gathered in a set, joined into one string (which
fails on a value that is not text), their blankness and lengths asked of the set and control characters searched
in the join (at 1000x the bundled data, 2.4 million cells in a few tenths of a second, where asking each cell took
seconds). Only a table with a column that may break a rule is checked again cell by cell, row by row, in the
order the columns are listed, which names the first bad cell in the same words as ever (`text_cell`, `int_cell`,
`real_cell`). The distinct strings read are kept for `checks.check_values`, which asks its own questions of them
instead of walking every loaded item again.
"""

from __future__ import annotations

import math
import re
import sqlite3
from dataclasses import dataclass, field
from operator import itemgetter

from app.model.schema import DatasetError

MAX_TEXT = 20_000  # characters in one name, note or quote: far above any real one, far below a runaway value
MAX_GEOMETRY = 10_000_000  # characters of GeoJSON for one place
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NONE = type(None)


# ---------------------------------------------------------------------------------------------- one cell
def text_cell(value: object, column: str, table: str, optional: bool = False) -> str | None:
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


def int_cell(value: object, column: str, table: str, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise DatasetError(f"table '{table}', column '{column}': expected a whole number, found {value!r:.60}")
    return value


def real_cell(value: object, column: str, table: str, optional: bool = False) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        raise DatasetError(f"table '{table}', column '{column}': expected a finite number, found {value!r:.60}")
    return float(value)


CELL = {"text": text_cell, "int": int_cell, "real": real_cell}


# ---------------------------------------------------------------------------------------------- one column
def _texts_ok(distinct: set, optional: bool, limit: int) -> bool:
    """True when `text_cell` accepts every one of these values (False may be wrong: then each is asked)."""
    present = distinct - {None} if optional and None in distinct else distinct
    try:
        joined = "".join(present)  # a value that is not text (None, a number, bytes) stops the join
    except TypeError:
        return False
    if not optional and ("" in present or any(map(str.isspace, present))):
        return False
    if len(joined) > limit and max(map(len, present)) > limit:
        return False
    return CONTROL_CHARACTERS.search(joined) is None


def _numbers_ok(values: tuple, kind: str, optional: bool) -> bool:
    """True when `int_cell` / `real_cell` accepts every one of these values."""
    kinds = set(map(type, values))
    if optional and _NONE in kinds:
        kinds.discard(_NONE)
        values = [v for v in values if v is not None]
    if kind == "int":
        return kinds <= {int} and (not values or min(values) >= 0)
    return kinds <= {int, float} and all(map(math.isfinite, values))


@dataclass
class Strings:
    """The distinct strings read from the tables the Store keeps as items: ids and texts apart, as
    `checks.check_values` tells them apart (by the column's name)."""
    ids: set = field(default_factory=set)
    texts: set = field(default_factory=set)


def is_id_name(name: str) -> bool:
    return name == "id" or name.endswith(("_id", "_ids"))


# ---------------------------------------------------------------------------------------------- one table
def parse_spec(spec: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    """"name" is required text, "name?" optional text, "name:int" / "name:int?" a whole number, "name:real"
    a finite number: (name, kind, optional) each."""
    columns = []
    for item in spec:
        optional = item.endswith("?")
        name, _, kind = item.rstrip("?").partition(":")
        columns.append((name, kind or "text", optional))
    return columns


def read_table(con: sqlite3.Connection, table: str, order: str, spec: tuple[str, ...],
               strings: Strings | None = None) -> list[tuple]:
    """The table's rows as tuples of the `spec` columns, in that order, every cell checked; the distinct
    strings of its text columns are added to `strings`."""
    columns = parse_spec(spec)
    cursor = con.cursor()
    cursor.row_factory = None
    rows = cursor.execute(f"SELECT {', '.join(name for name, _, _ in columns)} FROM {table} "
                          f"ORDER BY {order}").fetchall()
    if not rows:
        return rows
    distinct: dict[int, set] = {}
    clean = True
    for i, (name, kind, optional) in enumerate(columns):
        if kind == "text":
            distinct[i] = set(map(itemgetter(i), rows))
            clean = _texts_ok(distinct[i], optional, MAX_GEOMETRY if name == "geometry_geojson" else MAX_TEXT)
        else:
            clean = _numbers_ok(list(map(itemgetter(i), rows)), kind, optional)
        if not clean:
            break
    if not clean:
        rows = cells_one_by_one(rows, columns, table)  # raises at the first bad cell
        distinct = {i: set(map(itemgetter(i), rows)) for i, (_, kind, _) in enumerate(columns) if kind == "text"}
    else:
        reals = [i for i, (_, kind, _) in enumerate(columns) if kind == "real"]
        if any(set(map(type, map(itemgetter(i), rows))) != {float} for i in reals):
            values = list(zip(*rows))
            for i in reals:
                values[i] = tuple(map(float, values[i]))
            rows = list(zip(*values))
    if strings is not None:
        for i, found in distinct.items():
            (strings.ids if is_id_name(columns[i][0]) else strings.texts).update(found)
    return rows


def distinct_clean(spec: tuple[str, ...], distinct: dict[str, set], strings: Strings | None = None) -> bool:
    """True when every cell of a table whose columns (`spec`, as for read_table) hold these distinct values
    passes read_table's checks; then the text columns' values are added to `strings`, as read_table adds them.
    False: read the table with read_table, which names the first bad cell."""
    columns = parse_spec(spec)
    for name, kind, optional in columns:
        values = distinct[name]
        if kind == "text":
            limit = MAX_GEOMETRY if name == "geometry_geojson" else MAX_TEXT
            if not _texts_ok(values, optional, limit):
                return False
        elif not _numbers_ok(tuple(values), kind, optional) or (kind == "real" and set(map(type, values)) != {float}):
            return False  # (whole numbers in a real column are made floats by read_table)
    if strings is not None:
        for name, kind, _ in columns:
            if kind == "text":
                (strings.ids if is_id_name(name) else strings.texts).update(distinct[name])
    return True


def cells_one_by_one(rows: list[tuple], columns: list[tuple[str, str, bool]], table: str) -> list[tuple]:
    """Every cell asked in turn, row by row: the first bad one raises its DatasetError."""
    checks = [(CELL[kind], name, optional) for name, kind, optional in columns]
    return [tuple(check(value, name, table, optional) for (check, name, optional), value in zip(checks, row))
            for row in rows]
