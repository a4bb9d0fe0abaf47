"""Opening a dataset file, bounded: whatever file a person (or a link, or a script) hands the app, opening it
ends within a time budget with either a loaded Store or one line of plain text saying why not.

- Only a regular file is opened (a FIFO or a device would block or never end); its size is limited.
- SQLite opens it read-only; a WAL-mode file is opened immutable, so no `-wal`/`-shm` file is ever created
  beside it (also on a read-only medium). A file another program is writing is refused as "in use".
- A progress handler stops SQLite when the time budget runs out or the person cancels.
- The schema is checked strictly: tables only — no views, triggers, virtual tables or generated columns,
  whose SQL could run for minutes — then the app's own tables and columns, then limits on counts.
- Every message is one line of plain text (`one_line`), whatever the file's names and ids hold.
"""

from __future__ import annotations

import errno
import fcntl
import gc
import os
import sqlite3
import stat
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from app.model.schema import APPLICATION_ID, REQUIRED_COLUMNS, SCHEMA_VERSION, SQLITE_HEADER, DatasetError

BUDGET_SECONDS = 8.0  # CPU seconds allowed for one open; the bundled dataset needs ~0.05 s, 1000x the data ~4 s
MAX_FILE_BYTES = 512 * 2**20  # the bundled dataset is 0.2 MiB; 1000x the data is ~60 MiB
MAX_ROWS = 2_000_000  # rows in one table
MAX_SCHEMA_OBJECTS = 500  # tables and indexes
PER_ITEM_LIMITS = {  # (table, grouping columns): most rows one item may have
    ("citation", ("subject_kind", "subject_id")): 1_000,
    ("seat", ("body_id",)): 5_000,
    ("named_delegate", ("delegation_id",)): 5_000,
    ("delegation_place", ("delegation_id",)): 1_000,
    ("decision_subject", ("decision_id",)): 1_000,
}
MAX_MESSAGE = 400  # characters of one message


class OpenCancelled(DatasetError):
    """The person cancelled the open (no dialog needed: they know)."""


# ---------------------------------------------------------------------------------------------- messages
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    code = ord(char)
    if char in _ESCAPES:
        return _ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _unsafe(char: str) -> bool:
    """Characters that could break a message over lines, reorder it, or hide in it."""
    return unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")


def one_line(text: object, limit: int = MAX_MESSAGE) -> str:
    """Text as one line of plain, visible characters: line breaks, control, format (bidi) and unassigned
    characters are shown as escapes; a runaway text is cut."""
    text = str(text)
    if not text.isascii() or any(c < " " or c == "\x7f" for c in text):
        text = "".join(_escape(c) if _unsafe(c) else c for c in text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def shown_path(path: str | os.PathLike) -> str:
    """A path as a person can read it in a message, whatever bytes its name holds."""
    try:
        return one_line(os.fsdecode(path), limit=200)
    except (TypeError, ValueError):
        return one_line(repr(path), limit=200)


# ---------------------------------------------------------------------------------------------- the file
_OS_REASONS = {
    errno.ENOENT: "not found",
    errno.ENOTDIR: "not found (a part of the path is not a folder)",
    errno.ENAMETOOLONG: "a name in the path is longer than the file system allows",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "too many symbolic links",
    errno.EIO: "the disk could not be read",
}


def os_reason(exc: OSError) -> str:
    return _OS_REASONS.get(exc.errno, one_line(exc.strerror or exc, limit=80))


def check_file(path: Path) -> None:
    """A dataset is a regular, non-empty file of reasonable size that starts with SQLite's header."""
    shown = shown_path(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise DatasetError(f"Dataset not found: {shown}. Check the path, or leave out --db to use the "
                               "bundled dataset.") from None
        raise DatasetError(f"Cannot open {shown}: {os_reason(exc)}.") from None
    except ValueError:  # a NUL byte in the name
        raise DatasetError(f"Cannot open {shown}: the name holds a NUL character.") from None
    if stat.S_ISDIR(info.st_mode):
        raise DatasetError(f"{shown} is a folder, not a dataset file. Give the path of a .sqlite file.")
    if not stat.S_ISREG(info.st_mode):
        raise DatasetError(f"{shown} is not a regular file (it is a {_file_kind(info.st_mode)}). "
                           "Give the path of a .sqlite file.")
    if info.st_size == 0:
        raise DatasetError(f"{shown} is empty (0 bytes). It is not a Përmet Explorer dataset.")
    if info.st_size > MAX_FILE_BYTES:
        raise DatasetError(f"{shown} is {info.st_size / 2**20:,.0f} MiB; a Përmet Explorer dataset is at most "
                           f"{MAX_FILE_BYTES // 2**20} MiB.")
    header = _read_header(path, shown)
    if not header.startswith(SQLITE_HEADER):
        raise DatasetError(f"{shown} is not an SQLite database, so it cannot be a Përmet Explorer dataset.")


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "named pipe"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "special file"


def _read_header(path: Path, shown: str) -> bytes:
    """SQLite's 100-byte header; O_NONBLOCK so that a file swapped for a FIFO since the stat cannot block."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise DatasetError(f"Cannot open {shown}: {os_reason(exc)}.") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise DatasetError(f"{shown} is not a regular file. Give the path of a .sqlite file.")
        header = os.read(fd, 100)
        if _locked_for_writing(fd):
            raise DatasetError(f"{shown} is in use: another program is writing it. Close that program, or open "
                               "a copy of the file.")
        return header
    except OSError as exc:
        raise DatasetError(f"Cannot read {shown}: {os_reason(exc)}.") from None
    finally:
        os.close(fd)


# SQLite's lock bytes (os_unix.c): PENDING at 1 GiB, RESERVED after it, then the 510-byte SHARED range.
_PENDING_BYTE = 0x40000000


def _locked_for_writing(fd: int) -> bool:
    """True while another process holds SQLite's exclusive (write) lock on the file."""
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 512, _PENDING_BYTE)
    except OSError as exc:
        return exc.errno in (errno.EAGAIN, errno.EACCES)
    fcntl.lockf(fd, fcntl.LOCK_UN, 512, _PENDING_BYTE)
    return False


def is_wal(path: Path) -> bool:
    with open(path, "rb") as f:
        header = f.read(20)
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def check_sidecars(path: Path) -> None:
    """A `-wal` or `-journal` file beside the dataset holds changes not yet in it: another program is writing
    it, or did not close it. Reading around them would show old data (or make SQLite write)."""
    for suffix in ("-wal", "-journal"):
        side = Path(os.fsdecode(path) + suffix)
        try:
            size = os.lstat(side).st_size
        except OSError:
            continue
        if size > 0:
            raise DatasetError(f"{shown_path(path)} is in use, or was not closed properly: {shown_path(side.name)} "
                               "lies beside it. Close the program that writes it, or open a copy of the file.")


# ---------------------------------------------------------------------------------------------- SQLite
WALL_FACTOR = 4  # on a busy machine the wall clock runs ahead of the work: it may take this many times the budget


class Budget:
    """SQLite's progress handler: stops the statement when the time runs out or `cancel()` says so.

    The time is the opening thread's CPU time, what the file's work costs: on a laptop busy with other programs
    a large dataset that opens in 4 s of CPU can take 20 s of wall time, and must still open. A wall-clock limit
    of WALL_FACTOR times the budget stays as a backstop."""

    def __init__(self, seconds: float, cancel: Callable[[], bool] | None = None) -> None:
        self.seconds = seconds
        self.cpu_deadline = time.thread_time() + seconds
        self.deadline = time.monotonic() + seconds * WALL_FACTOR
        self.cancel = cancel
        self.reason: str | None = None

    def __call__(self) -> int:
        if self.cancel is not None and self.cancel():
            self.reason = "cancelled"
            return 1
        if time.thread_time() > self.cpu_deadline or time.monotonic() > self.deadline:
            self.reason = "timeout"
            return 1
        return 0


def read_only_uri(path: Path) -> str:
    """The URI SQLite opens the dataset by: read-only, and immutable when it is a WAL-mode file (so no `-wal` or
    `-shm` file is ever made beside it)."""
    location = quote(os.fsencode(path.absolute()))
    return f"file:{location}?mode=ro" + ("&immutable=1" if is_wal(path) else "")


def connect(path: Path, budget: Budget) -> sqlite3.Connection:
    """A read-only connection that never writes beside the file and gives up at once on a lock."""
    con = sqlite3.connect(read_only_uri(path), uri=True, timeout=0, check_same_thread=False)
    try:
        con.set_progress_handler(budget, 2_000)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA query_only = ON")
        con.execute("PRAGMA trusted_schema = OFF")
        con.execute("PRAGMA cell_size_check = ON")
    except BaseException:
        con.close()
        raise
    return con


def check_objects(con: sqlite3.Connection) -> list[str]:
    """Tables and indexes only: no view, trigger, virtual table or generated column. Returns the tables' names."""
    objects = con.execute(f"SELECT type, name, sql FROM sqlite_master LIMIT {MAX_SCHEMA_OBJECTS + 1}").fetchall()
    if len(objects) > MAX_SCHEMA_OBJECTS:
        raise DatasetError(f"it holds more than {MAX_SCHEMA_OBJECTS} tables and indexes.")
    for kind, name, sql in objects:
        if kind in ("view", "trigger"):
            raise DatasetError(f"it holds a {kind} ({one_line(name, 60)!r}); a dataset holds tables only.")
        if kind == "table" and (sql or "").lstrip()[:20].upper().replace("  ", " ").startswith("CREATE VIRTUAL"):
            raise DatasetError(f"table {one_line(name, 60)!r} is a virtual table; a dataset holds plain tables only.")
    tables = [name for kind, name, _ in objects if kind == "table" and not name.startswith("sqlite_")]
    for table in tables:
        for column in con.execute("SELECT name, hidden FROM pragma_table_xinfo(?)", (table,)):
            if column[1] in (2, 3):
                raise DatasetError(f"table {one_line(table, 60)!r}, column {one_line(column[0], 60)!r} is a generated "
                                   "column; a dataset stores its values.")
    return tables


def _check_integrity(con: sqlite3.Connection) -> None:
    result = con.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(result)


def _check_identity(con: sqlite3.Connection, tables: set[str]) -> None:
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    if "meta" not in tables:
        raise DatasetError("it is an SQLite database of another application (it has no 'meta' table).")
    if app_id != APPLICATION_ID:
        raise DatasetError("it is an SQLite database of another application (wrong application id).")
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if version is None:
        raise DatasetError("its 'meta' table has no schema_version.")
    if str(version[0]) != str(SCHEMA_VERSION):
        raise DatasetError(f"it has schema version {one_line(repr(version[0]), 24)}, and this app reads version "
                           f"{SCHEMA_VERSION}. Rebuild it with this version's data/build.py.")
    missing = sorted(set(REQUIRED_COLUMNS) - tables)
    if missing:
        raise DatasetError(f"table(s) missing: {', '.join(missing)}.")
    for table, columns in REQUIRED_COLUMNS.items():
        present = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
        lacking = [c for c in columns if c not in present]
        if lacking:
            raise DatasetError(f"table '{table}' lacks column(s) {', '.join(lacking)}.")


def check_limits(con: sqlite3.Connection) -> None:
    """Counts a real dataset stays far below, so that a runaway file is refused before it is read."""
    for table in REQUIRED_COLUMNS:
        count = con.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT {MAX_ROWS + 1})").fetchone()[0]
        if count > MAX_ROWS:
            raise DatasetError(f"table '{table}' has more than {MAX_ROWS:,} rows; the limit is {MAX_ROWS:,}.")


def check_item_limits(con: sqlite3.Connection) -> None:
    """The most rows one item may have (a person's page lists them all)."""
    for (table, columns), limit in PER_ITEM_LIMITS.items():
        if table not in REQUIRED_COLUMNS or not set(columns) <= set(REQUIRED_COLUMNS[table]):
            continue
        keys = ", ".join(columns)
        row = con.execute(f"SELECT {keys}, count(*) AS n FROM {table} GROUP BY {keys} ORDER BY n DESC LIMIT 1").fetchone()
        if row is not None and row["n"] > limit:
            item = "/".join(one_line(row[c], 60) for c in columns)
            raise DatasetError(f"table '{table}': {row['n']:,} rows for {item!r}; the limit is {limit:,} per item.")


# ---------------------------------------------------------------------------------------------- the whole open
def open_dataset(store_class, path: Path, budget: float | None = None, cancel: Callable[[], bool] | None = None):
    """Store.open's work: check the file, connect, check the schema, load, check the meaning; any failure is a
    DatasetError with one line that names the file.

    The checks are taken in this order, and a file with several faults is refused for the first: the objects in
    the schema; SQLite's integrity check; the app's tables and columns; the limits on rows, then on rows per
    item; the tables read and their cells checked (Store._load); the codes and unique ids (SQL); the rest of the
    meaning (app/model/checks.py). The integrity check, the limits per item, the codes and the unique ids run on
    a second connection while the tables are read (app/model/beside.py); their outcome is asked for where the
    order reaches them. (The limit on rows comes before any table is read: a runaway file is never loaded.)

    The citation table, the largest, is copied into memory on that second connection too, after its checks, and
    its cells asked of SQL's distinct values (app/model/citations.py); Store._load takes the copy where it would
    read the table, when every value in it passes that table's checks, and otherwise reads the table itself as
    always, which refuses a bad cell in the same words and in the same place in the order."""
    from app.model import checks
    from app.model.beside import ChecksBeside, Refused
    from app.model.citations import CitationCopy

    check_file(path)
    shown = shown_path(path)
    check_sidecars(path)
    timer = Budget(BUDGET_SECONDS if budget is None else budget, cancel)
    try:
        con = connect(path, timer)
    except sqlite3.Error as exc:
        raise DatasetError(one_line(f"Cannot open {shown}: {_sqlite_reason(exc)}.")) from None
    store = store_class(path)
    # what is loaded holds no reference cycles, yet the cyclic collector would walk the growing heap again and
    # again while millions of rows are read (a fifth of the open at 1000x the data): it waits until the end
    collecting = gc.isenabled()
    gc.disable()
    beside = copy = None
    try:
        tables = check_objects(con)
        copy = CitationCopy(path, timer.seconds)
        beside = ChecksBeside(path, timer.seconds, (_check_integrity, check_item_limits, checks.check_codes,
                                                    checks.check_unique, copy),
                              lambda exc, its_timer: refusal(shown, exc, its_timer))

        def copied():
            """The citation table's copy (None: read it), once every check beside has ended; the integrity
            check and the limits, which come before any table is read, are asked for first."""
            if not beside.ended(5, cancel):
                raise OpenCancelled(f"Opening {shown} was cancelled.")
            beside.raise_first(2)
            return copy.table

        before = 1  # of the checks beside, those that come before the step being taken
        try:
            _check_identity(con, set(tables))
            check_limits(con)
            before = 2
            loaded = store._load(con, copied)
        except Exception:
            if timer.reason != "cancelled":
                beside.raise_first(before, cancel)
            raise
        if not beside.raise_first(4, cancel):
            raise OpenCancelled(f"Opening {shown} was cancelled.")
        checks.check_meaning(store, loaded)
    except Refused as exc:
        raise exc.error from None
    except Exception as exc:  # noqa: BLE001 — the last line of defence: one line, never a traceback
        raise refusal(shown, exc, timer) from None
    finally:
        if copy is not None:
            copy.stop()
        if beside is not None:
            beside.stop()
        con.close()
        if collecting:
            gc.enable()
    return store


def refusal(shown: str, exc: BaseException, timer: Budget) -> DatasetError:
    """The one line that refuses the file `shown` for what opening it raised (`timer`: the budget of the
    connection that raised it)."""
    if isinstance(exc, OpenCancelled):
        return exc
    if isinstance(exc, DatasetError):
        return DatasetError(one_line(f"{shown} is not a usable Përmet Explorer dataset: {exc}"))
    if isinstance(exc, sqlite3.Error):
        return _sqlite_error(shown, exc, timer)
    if isinstance(exc, RecursionError):
        return DatasetError(one_line(f"{shown} is not a usable Përmet Explorer dataset: a structure in it (a place's "
                                     "geometry, a chain of parents) nests deeper than any real one."))
    if isinstance(exc, MemoryError):
        return DatasetError(f"{shown} is too large to load into memory.")
    if isinstance(exc, (ValueError, UnicodeError)):
        return DatasetError(one_line(f"{shown} is damaged or truncated ({exc}). Use the bundled dataset, or "
                                     "rebuild it with `make data`."))
    return DatasetError(one_line(f"{shown} could not be read: {type(exc).__name__}: {exc}"))


def _sqlite_reason(exc: sqlite3.Error) -> str:
    return one_line(" ".join(str(exc).split()), limit=160)


def _sqlite_error(shown: str, exc: sqlite3.Error, timer: Budget) -> DatasetError:
    said = _sqlite_reason(exc)
    if timer.reason == "cancelled":
        return OpenCancelled(f"Opening {shown} was cancelled.")
    if timer.reason == "timeout":
        return DatasetError(f"{shown}: opening it took longer than {timer.seconds:g} s, so it was stopped. It is "
                            "too large or too complex to be a Përmet Explorer dataset.")
    code = getattr(exc, "sqlite_errorcode", None)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in said:
        return DatasetError(f"{shown} is in use: another program is writing it. Close that program, or open a copy "
                            "of the file.")
    if any(word in said for word in ("no such collation", "no such function", "no such module", "unsafe use")):
        return DatasetError(f"{shown} is not a usable Përmet Explorer dataset: it relies on an SQLite feature this "
                            f"app does not allow (SQLite said: {said}).")
    return DatasetError(f"{shown} is damaged or truncated (SQLite said: {said}). Use the bundled dataset, or "
                        "rebuild it with `make data`.")
