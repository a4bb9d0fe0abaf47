"""Each item's citations, as the Store keeps them, made into Citation objects only when that item's citations are
first asked for. At 1000x the bundled data the citation table holds 200,000 rows; making them all at open took a
quarter of the open's time, and reading them into Python another third, while a person looks at a few.

So the table is not read into Python at open: `CitationCopy`, a step of the checks beside (app/model/beside.py),
copies it in SQLite into a database in memory (in the table's order) and asks SQLite for each column's distinct
values, which Store._load checks as it would check the rows it reads (app/model/cells.py) and hands to
checks.check_values. An item's citations are then one indexed query of that copy: what is shown is what was
checked, whatever becomes of the file after. Where the copy cannot be made or a value fails a check, Store._load
reads the table itself, as it always did (`CitationIndex` with rows), and refuses the file in the same words.
"""

from __future__ import annotations

import bisect
import sqlite3
import threading
import weakref
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.model.entities import Citation, Source, maker

Key = tuple[str, str]  # (subject kind, subject id)
make_citation = maker(Citation)
COLUMNS = ("source_id", "subject_kind", "subject_id", "field", "quote", "quote_language", "value")
# VM steps of the copy between two looks at its budget: each look waits for Python's lock, which the reading thread
# holds (app/model/beside.py); stop() interrupts it at once whatever this says
PROGRESS_STEPS = 1_000_000
WALK = 200  # subjects of a kind asked one by one for a field's values before the kind's values are read at once
READ_AHEAD = 256  # the most rows read with an item's citations, of the items that follow it (CopiedCitations._read)
MANY_IDS = 500  # ids in one query of valued_many (SQLite allows 32,766 parameters; older builds 999)
FIRST_AHEAD = 16  # the fewest: while what was read ahead is not asked for (items asked out of id order)
PAGE_SIZE = 65_536  # the copy's pages: a third less work than SQLite's 4,096 to copy, index and ask


class CitationIndex(Mapping):
    """(subject kind, subject id) -> that subject's citations in dataset order, a list of Citation made on first
    use (and kept: the same objects each time). Rows are (source id, subject kind, subject id, field, quote,
    quote language, value), every source id one of `sources`. Walking the values (the careful look of
    checks.check_values) makes them all."""

    def __init__(self, sources: dict[str, Source], rows: list[tuple] = ()) -> None:
        self._sources = sources
        self._rows: dict[Key, list[tuple]] = defaultdict(list)
        for row in rows:
            self._rows[row[1], row[2]].append(row)
        self._rows.default_factory = None
        self._made: dict[Key, list[Citation]] = {}
        self._total = len(rows)

    def get(self, key: Key, default=None):
        made = self._made.get(key)
        if made is None:
            rows = self._rows.get(key)
            if rows is None:
                return default
            made = self._made[key] = _made(self._sources, rows)
        return made

    def __getitem__(self, key: Key) -> list[Citation]:
        made = self.get(key)
        if made is None:
            raise KeyError(key)
        return made

    def __iter__(self) -> Iterator[Key]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def total(self) -> int:
        """How many citations there are, without making any."""
        return self._total

    def count(self, key: Key) -> int:
        """How many citations one subject has, without making them."""
        return len(self._rows.get(key, ()))

    def valued(self, key: Key, field: str) -> list[Citation]:
        """The subject's citations that give a value for `field`, in dataset order."""
        return [c for c in self.get(key, ()) if c.field == field and c.value is not None]

    def valued_many(self, kind: str, subject_ids: list[str], field: str) -> dict[str, list[Citation]]:
        """`valued` of each of `subject_ids` (all of kind `kind`)."""
        return {i: self.valued((kind, i), field) for i in subject_ids}


def _made(sources: dict[str, Source], rows: list[tuple]) -> list[Citation]:
    """Citations of rows in COLUMNS' order."""
    make = make_citation
    return [make(kind, subject_id, field, sources[source_id], quote, language, value)
            for source_id, kind, subject_id, field, quote, language, value in rows]


# ---------------------------------------------------------------------------------------------- the copy
@dataclass
class CopiedTable:
    """The citation table copied into memory (`con`, table `citation`, its rowids in the dataset's order), with
    each column's distinct values (by name, as in COLUMNS) and the number of rows."""
    con: sqlite3.Connection
    distinct: dict[str, set]
    total: int


class CitationCopy:
    """The step of the checks beside that copies the citation table (`__call__(con)`, on that thread). It never
    fails: whatever stops it (a budget of `seconds` of its own, a stop(), an odd file), `table` stays None and
    Store._load reads the table as always, which names any fault in the file."""

    def __init__(self, path: Path, seconds: float) -> None:
        self.path = path
        self.seconds = seconds
        self.table: CopiedTable | None = None
        self._stopping = threading.Event()
        self._con: sqlite3.Connection | None = None

    def __call__(self, con: sqlite3.Connection | None = None) -> None:
        try:
            self.table = self._copy()
        except Exception:  # noqa: BLE001 — only time is lost: the table is then read as it always was
            self.table = None

    def _copy(self) -> CopiedTable | None:
        from app.model.opening import Budget, read_only_uri

        budget = Budget(self.seconds, self._stopping.is_set)
        # no declared types or collations: values are kept as they are and compared as Python compares them
        self._con = mem = sqlite3.connect("file::memory:", uri=True, check_same_thread=False, isolation_level=None)
        try:
            mem.set_progress_handler(budget, PROGRESS_STEPS)
            mem.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            mem.execute("PRAGMA temp_store = MEMORY")  # its sorts too: no file is ever written for the copy
            mem.execute("PRAGMA trusted_schema = OFF")
            mem.execute("PRAGMA cell_size_check = ON")
            mem.execute("ATTACH DATABASE ? AS dataset", (read_only_uri(self.path),))
            listed = ", ".join(COLUMNS)
            mem.execute(f"CREATE TABLE citation ({listed})")
            mem.execute(f"INSERT INTO citation SELECT {listed} FROM dataset.citation ORDER BY id")
            mem.execute("DETACH DATABASE dataset")
            mem.execute("CREATE INDEX citation_subject ON citation (subject_kind, subject_id)")
            distinct: dict[str, set] = {name: set() for name in COLUMNS}
            few = ("source_id", "subject_kind", "field", "quote_language", "value")  # few distinct values together
            for values in mem.execute(f"SELECT DISTINCT {', '.join(few)} FROM citation"):
                for name, value in zip(few, values):
                    distinct[name].add(value)
            for name, select in (("quote", "SELECT DISTINCT quote AS v FROM citation"),
                                 # the index holds every (kind, id): walked, not sorted again
                                 ("subject_id", "SELECT DISTINCT subject_kind, subject_id AS v FROM citation")):
                found = _texts(mem, select)
                if found is None:
                    mem.close()
                    return None
                distinct[name] = found
            total = mem.execute("SELECT count(*) FROM citation").fetchone()[0]
            mem.set_progress_handler(None, 0)  # the budget is the open's: later questions are not bounded by it
        except BaseException:
            mem.close()
            raise
        if self._stopping.is_set():
            mem.close()
            return None
        return CopiedTable(mem, distinct, total)

    def stop(self) -> None:
        """Stop the copy if it is still running (the open failed or was cancelled); the thread ends it."""
        self._stopping.set()
        con = self._con
        if con is not None:
            try:
                con.interrupt()
            except sqlite3.Error:  # already closed
                pass


SEPARATOR = "\x1f"  # a control character: no clean text holds one (app/model/cells.py)


def _texts(mem: sqlite3.Connection, select: str) -> set | None:
    """The distinct values `select` gives as column `v`, when each is text or NULL (None stands for NULL): joined
    into one string in SQLite, so that tens of thousands come into Python as one. None where a value is neither
    (then the table is read in Python, which names it) or holds the SEPARATOR (the parts would not add up)."""
    rows, values, texts, joined = mem.execute(f"SELECT count(*), count(v), total(typeof(v) = 'text'), "
                                              f"group_concat(v, char({ord(SEPARATOR)})) FROM ({select})").fetchone()
    parts = [] if joined is None else joined.split(SEPARATOR)
    if texts != values or len(parts) != values:
        return None
    return set(parts) | ({None} if rows > values else set())


def _is_key(key: object) -> bool:
    return type(key) is tuple and len(key) == 2 and type(key[0]) is str and type(key[1]) is str


class CopiedCitations(CitationIndex):
    """A CitationIndex over the checked copy of the citation table: a subject's citations are read from it when
    first asked for, then kept. Each read takes the subjects that follow it too (by id, FIRST_AHEAD rows, up to
    READ_AHEAD while what was read ahead is asked for), kept as rows until asked for: a view that walks every
    item of a kind (a search index, a list) asks SQLite once per few hundred citations, not once per item, and
    never reads a row twice. Counts are read a kind at a time, when first asked for."""

    def __init__(self, sources: dict[str, Source], table: CopiedTable) -> None:
        super().__init__(sources)
        self._con = table.con
        weakref.finalize(self, table.con.close)  # closed with the Store that holds it (not left to the collector)
        self._total = table.total
        # kind -> the ranges of ids [start, end) whose rows have been read (end None: to the last), in order
        self._starts: dict[str, list[str]] = {}
        self._ends: dict[str, list[str | None]] = {}
        self._counts: dict[str, dict[str, int]] = {}
        self._every: dict[Key, list[Citation]] | None = None
        self._ahead = FIRST_AHEAD  # rows the next read takes: grows while what is read ahead is asked for
        self._served = 0  # subjects given from rows read ahead since the last read
        self._asked: dict[tuple[str, str], int] = {}  # (kind, field) -> subjects whose values were asked one by one
        self._valued: dict[tuple[str, str], dict[str, list]] = {}  # (kind, field) -> subject id -> rows, then made

    def get(self, key: Key, default=None):
        made = self._made.get(key)
        if made is not None:
            return made
        rows = self._rows.pop(key, None)
        if rows is not None:
            self._served += 1
        else:
            if self._every is not None or not _is_key(key) or self._read(*key):
                return default  # read before (or not text, which no clean copy holds): it has none
            rows = self._rows.pop(key, None)
            if rows is None:
                return default
        made = self._made[key] = _made(self._sources, rows)
        return made

    def _read(self, kind: str, subject_id: str) -> bool:
        """Read the rows of (kind, subject_id) and of the subjects after it up to the next range already read
        (READ_AHEAD rows at most), keep them, and note the range; True, reading nothing, when the subject lies
        in a range already read."""
        starts, ends = self._starts.setdefault(kind, []), self._ends.setdefault(kind, [])
        at = bisect.bisect_right(starts, subject_id)
        if at and (ends[at - 1] is None or subject_id < ends[at - 1]):
            return True
        following = starts[at] if at < len(starts) else None
        self._ahead = limit = min(READ_AHEAD, self._ahead * 4 if self._served >= 2 else FIRST_AHEAD)
        self._served = 0
        rows = self._con.execute(f"SELECT {', '.join(COLUMNS)} FROM citation WHERE subject_kind = ? AND "
                                 f"subject_id >= ?{'' if following is None else ' AND subject_id < ?'} "
                                 f"ORDER BY subject_id, rowid LIMIT {limit}",
                                 (kind, subject_id) if following is None else (kind, subject_id, following)).fetchall()
        groups: dict[str, list[tuple]] = {}
        for row in rows:
            groups.setdefault(row[2], []).append(row)
        end = following
        if len(rows) == limit:  # the last subject read may be cut short: it is read again when asked for
            end, _ = groups.popitem()
            if end == subject_id:  # the asked subject alone has as many rows or more: all of them
                end = subject_id + "\x00"  # the next id after it
                groups[subject_id] = self._con.execute(
                    f"SELECT {', '.join(COLUMNS)} FROM citation WHERE subject_kind = ? AND subject_id = ? "
                    "ORDER BY rowid", (kind, subject_id)).fetchall()
        for found_id, found in groups.items():
            if (kind, found_id) not in self._made:
                self._rows[kind, found_id] = found
        # note [subject_id, end), joined to the ranges it touches
        if at and ends[at - 1] == subject_id:
            at -= 1
            subject_id = starts[at]
            del starts[at], ends[at]
        if end is not None and end == following:
            end = ends[at]
            del starts[at], ends[at]
        starts.insert(at, subject_id)
        ends.insert(at, end)
        return False

    def valued(self, key: Key, field: str) -> list[Citation]:
        """As CitationIndex.valued. A view that asks it of every item of a kind (the sizes of 5,000 bodies in the
        overview) would read and make every citation of each to keep a few: past the first WALK subjects asked
        one by one for a (kind, field), the values of that field for the whole kind are read at once, and only
        those citations made."""
        if key in self._made or not _is_key(key) or type(field) is not str or self._every is not None:
            return super().valued(key, field)
        wanted = (key[0], field)
        found = self._valued.get(wanted)
        if found is None:
            asked = self._asked[wanted] = self._asked.get(wanted, 0) + 1
            if asked <= WALK:
                return super().valued(key, field)
            found = self._valued[wanted] = {}
            for row in self._con.execute(f"SELECT {', '.join(COLUMNS)} FROM citation WHERE subject_kind = ? AND "
                                         "field = ? AND value IS NOT NULL ORDER BY rowid", wanted):
                found.setdefault(row[2], []).append(row)
        rows = found.get(key[1])
        if not rows:
            return []
        if type(rows[0]) is tuple:
            rows = found[key[1]] = _made(self._sources, rows)
        return list(rows)

    def valued_many(self, kind: str, subject_ids: list[str], field: str) -> dict[str, list[Citation]]:
        """As CitationIndex.valued_many, the subjects whose citations are not made yet read in one query (of up to
        MANY_IDS ids at a time), and only the citations that give the value made (they are not kept: the
        subject's others are read when asked for)."""
        if type(kind) is not str or type(field) is not str or self._every is not None or (kind, field) in self._valued:
            return super().valued_many(kind, subject_ids, field)
        asked = [i for i in dict.fromkeys(subject_ids) if type(i) is str and (kind, i) not in self._made]
        asked_set = set(asked)
        found: dict[str, list[tuple]] = {}
        for at in range(0, len(asked), MANY_IDS):
            part = asked[at:at + MANY_IDS]
            for row in self._con.execute(f"SELECT {', '.join(COLUMNS)} FROM citation WHERE subject_kind = ? AND "
                                         f"subject_id IN ({', '.join('?' * len(part))}) AND field = ? AND "
                                         "value IS NOT NULL ORDER BY rowid", (kind, *part, field)):
                found.setdefault(row[2], []).append(row)
        made = {i: _made(self._sources, rows) for i, rows in found.items()}
        return {i: list(made.get(i, ())) if i in asked_set else self.valued((kind, i), field) for i in subject_ids}

    def _all(self) -> dict[Key, list[Citation]]:
        """Every subject's citations, subjects in the order of their first citation (as CitationIndex keeps them):
        one query, for whoever walks them all (checks.check_values' careful look)."""
        if self._every is None:
            rows: dict[Key, list[tuple]] = defaultdict(list)
            for row in self._con.execute(f"SELECT {', '.join(COLUMNS)} FROM citation ORDER BY rowid"):
                rows[row[1], row[2]].append(row)
            for key, found in rows.items():
                if key not in self._made:
                    self._made[key] = _made(self._sources, found)
            self._every = {key: self._made[key] for key in rows}
        return self._every

    def __iter__(self) -> Iterator[Key]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def values(self):
        return self._all().values()

    def count(self, key: Key) -> int:
        if not _is_key(key):
            return 0
        kind, subject_id = key
        counts = self._counts.get(kind)
        if counts is None:
            counts = self._counts[kind] = dict(self._con.execute(
                "SELECT subject_id, count(*) FROM citation WHERE subject_kind = ? GROUP BY subject_id", (kind,)))
        return counts.get(subject_id, 0)
