"""The builders of the hostile-dataset matrix (tests/hostile_cases.py): each makes one kind of bad file in an
empty folder of its own and returns the path to hand the app."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from app.paths import bundled_database

COMBINING = "\u0301"


def copy(folder: Path, name: str = "bad.sqlite") -> Path:
    path = folder / name
    shutil.copyfile(bundled_database(), path)
    return path


def edit(path: Path, *sql: str, params: tuple = ()) -> Path:
    """Run `sql` on the dataset at `path` with its constraints off (so it can be made wrong); `params` go to
    the statements with a `?`."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("PRAGMA ignore_check_constraints = ON")
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA cache_size = -262144")
    for statement in sql:
        con.execute(statement, params if "?" in statement else ())
    con.commit()
    con.close()
    return path


def edited(*sql: str, params: tuple = (), name: str = "bad.sqlite"):
    def build(folder: Path) -> Path:
        return edit(copy(folder, name), *sql, params=params)
    return build


def loose(table: str) -> list[str]:
    """Copy a table without its constraints (PRIMARY KEY, NOT NULL), so duplicates and NULLs can be written."""
    return [f"CREATE TABLE t2 AS SELECT * FROM {table}", f"DROP TABLE {table}", f"ALTER TABLE t2 RENAME TO {table}"]


def written(data: bytes, name: str = "bad.sqlite"):
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path
    return build


def symlink(target: str, name: str = "bad.sqlite"):
    def build(folder: Path) -> Path:
        path = folder / name
        os.symlink(target, path)
        return path
    return build


def fifo(folder: Path) -> Path:
    path = folder / "pipe.sqlite"
    os.mkfifo(path)
    return path


def loop(folder: Path) -> Path:
    os.symlink(folder / "b.sqlite", folder / "a.sqlite")
    os.symlink(folder / "a.sqlite", folder / "b.sqlite")
    return folder / "a.sqlite"


def through_a_file(folder: Path) -> Path:
    (folder / "plain").write_text("x")
    return folder / "plain" / "bad.sqlite"


def too_long(folder: Path) -> Path:
    return folder / ("x" * 300 + ".sqlite")


def odd_name(name: bytes, data: bytes = b"Korca 25\n"):
    def build(folder: Path) -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name)))
        path.write_bytes(data)
        return path
    return build


def sparse(folder: Path) -> Path:
    path = folder / "huge.sqlite"
    with open(path, "wb") as f:
        f.write(bundled_database().read_bytes()[:4096])
        f.truncate(600 * 2**20)
    return path


def with_sidecar(suffix: str, wal: bool = False):
    def build(folder: Path) -> Path:
        path = copy(folder)
        if wal:
            con = sqlite3.connect(path)
            con.execute("PRAGMA journal_mode = WAL")
            con.close()
        Path(str(path) + suffix).write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 60)
        return path
    return build


LOCKERS: list[subprocess.Popen] = []


def locked(folder: Path) -> Path:
    """A copy held under SQLite's exclusive lock by another process for the rest of the session."""
    path = copy(folder)
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN EXCLUSIVE'); c.execute('UPDATE meta SET value = value'); print('locked', flush=True); "
            "sys.stdin.read()")
    locker = subprocess.Popen([sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    assert locker.stdout.readline().strip() == "locked"
    LOCKERS.append(locker)
    return path


def release_locks() -> None:
    while LOCKERS:
        locker = LOCKERS.pop()
        locker.stdin.close()
        locker.wait(timeout=10)


def foreign(folder: Path) -> Path:
    path = folder / "other-app.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.commit()
    con.close()
    return path


def body_chain(n: int):
    rows = ", ".join(f"('chain{i}', {100 + i}, {'NULL' if i == 0 else repr(f'chain{i - 1}')}, 'B{i}', 'B{i}', 'B{i}')"
                     for i in range(n))
    return edited(f"INSERT INTO body (id, seq, parent_id, name_sq, name_sq_gen, name_en) VALUES {rows}")


def nested_geometry(depth: int, wrapped: bool):
    inner = "[" * depth + "]" * depth
    text = f'{{"type":"Polygon","coordinates":{inner}}}' if wrapped else inner
    return edited("UPDATE place SET geometry_geojson = ? WHERE id = 'korce'", params=(text,))


def many_rows(sql_select: str, n: int):
    return edited(f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) {sql_select}")


def new_person(person_id: str):
    return edited("INSERT INTO person (id, name) VALUES (?, 'Synthetic person')", params=(person_id,))


def person_name(name: str):
    return edited("UPDATE person SET name = ? WHERE id = 'adil-carcani'", params=(name,))


def meta(key: str, value: str):
    return edited("UPDATE meta SET value = ? WHERE key = ?", params=(value, key))


def duplicate(table: str, where: str):
    return edited(*loose(table), f"INSERT INTO {table} SELECT * FROM {table} WHERE {where}")


def socket_file(folder: Path) -> Path:
    import socket
    path = folder / "socket.sqlite"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays, with nobody listening
    return path


def block_device(folder: Path) -> Path:
    """A link to a block device: one of /dev's if there is one, else one made here (root may: CAP_MKNOD)."""
    devices = sorted(e.path for e in os.scandir("/dev") if stat.S_ISBLK(e.stat(follow_symlinks=False).st_mode))
    path = folder / "disk.sqlite"
    if devices:
        os.symlink(devices[0], path)
    else:
        os.mknod(path, 0o600 | stat.S_IFBLK, os.makedev(7, 0))
    return path


def wal(*sql: str, params: tuple = ()):
    """A WAL-mode copy, edited, with nothing left beside it (SQLite removes -wal and -shm on a clean close)."""
    def build(folder: Path) -> Path:
        path = edited(*sql, params=params)(folder) if sql else copy(folder)
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        con.close()
        assert sorted(os.listdir(folder)) == [path.name]
        return path
    return build


def wal_then(change):
    def build(folder: Path) -> Path:
        return change(wal()(folder))
    return build


def truncate(path: Path) -> Path:
    path.write_bytes(path.read_bytes()[:40960])
    return path


def wal_link_to_zero(path: Path) -> Path:
    os.symlink("/dev/zero", str(path) + "-wal")
    return path


def with_sidecar_file(suffix: str, data: bytes):
    def change(path: Path) -> Path:
        Path(str(path) + suffix).write_bytes(data)
        return path
    return change
