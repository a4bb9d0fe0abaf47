"""The Albanian of the dataset's prose, kept beside the English it translates.

`data/build.py` calls `apply(con)` last. For every table and every column pair `X_en` / `X_sq` whose `X_sq`
is NULL, the entry `"<table>/<rowkey>/<X>"` of data/sources/albanian.json fills it:

    "decision/ban-zog/summary": {"en": "<the English, exactly>", "sq": "<the Albanian>"}

The row key is the row's `id`, or its primary-key columns joined by ":" (a seat: "council:3"; a named
delegate: "berat:ramiz-alia"). An entry whose `en` no longer equals the row's English is stale: the build
stops with one line naming it, so nobody ships a translation of a text that has since changed. A text with
no entry stays NULL (the app then falls back to the English) and tests/test_i18n_data.py lists it.

For the next person who adds English text:

    python data/albanian.py --missing        list what has no current Albanian (missing or stale, key, English)
    python data/albanian.py --add-missing    add or reset those keys in albanian.json with "sq": "" to fill in
                                             (prefilled where the same English is already translated)
    python data/albanian.py --unused         list entries that no row uses any more
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
JSON_PATH = HERE / "sources" / "albanian.json"


def load(path: Path = JSON_PATH) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def dump(entries: dict[str, dict[str, str]], path: Path = JSON_PATH) -> None:
    """The file's one form: sorted keys, two-space indent, Albanian letters as they are."""
    path.write_text(json.dumps(entries, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _row_key_columns(con: sqlite3.Connection, table: str) -> list[str]:
    info = con.execute(f'PRAGMA table_info("{table}")').fetchall()
    names = [row[1] for row in info]
    if "id" in names:
        return ["id"]
    return [row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5])]


def texts(con: sqlite3.Connection):
    """(key, table, key columns, key values, X, English, Albanian or None) for every prose pair in the file."""
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        pairs = [c[:-3] for c in columns if c.endswith("_en") and c[:-3] + "_sq" in columns]
        key_columns = _row_key_columns(con, table)
        if not pairs or not key_columns:
            continue
        selected = ", ".join(f'"{c}"' for c in key_columns + [f"{x}_{lang}" for x in pairs for lang in ("en", "sq")])
        order = ", ".join(f'"{c}"' for c in key_columns)
        for row in con.execute(f'SELECT {selected} FROM "{table}" ORDER BY {order}'):
            key_values = row[:len(key_columns)]
            row_key = ":".join(str(v) for v in key_values)
            for n, x in enumerate(pairs):
                en, sq = row[len(key_columns) + 2 * n], row[len(key_columns) + 2 * n + 1]
                if en is not None:
                    yield f"{table}/{row_key}/{x}", table, key_columns, key_values, x, en, sq


def apply(con: sqlite3.Connection, path: Path = JSON_PATH) -> list[str]:
    """Fill every NULL `X_sq` that has an entry; return the keys that have none. Stops on a stale entry."""
    entries = load(path) if path.exists() else {}
    missing, updates = [], []
    for key, table, key_columns, key_values, x, en, sq in list(texts(con)):
        if sq is not None:
            continue
        entry = entries.get(key)
        if entry is None or not entry.get("sq"):
            missing.append(key)
            continue
        if entry.get("en") != en:
            raise SystemExit(f"{path.name}: stale entry '{key}': its English is no longer the dataset's; "
                             "translate the new text (python data/albanian.py --missing)")
        where = " AND ".join(f'"{c}" = ?' for c in key_columns)
        updates.append((f'UPDATE "{table}" SET "{x}_sq" = ? WHERE {where}', (entry["sq"], *key_values)))
    for sql, args in updates:
        con.execute(sql, args)
    return missing


def _unfilled_dataset(tmp: Path) -> sqlite3.Connection:
    """Build the dataset from data/sources into `tmp` without this file's Albanian, and open it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("permet_build", HERE / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build._apply_albanian = lambda con: None
    out = tmp / "permet.sqlite"
    build.build(out)
    return sqlite3.connect(out)


def main(argv: list[str]) -> int:
    import tempfile

    command = argv[1] if len(argv) > 1 else "--missing"
    if command not in ("--missing", "--add-missing", "--unused"):
        print(__doc__.split("For the next person")[1].strip(), file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        con = _unfilled_dataset(Path(tmp))
        rows = [(key, en) for key, _t, _c, _v, _x, en, sq in texts(con) if sq is None]
        con.close()
    entries = load()
    if command == "--unused":
        used = {key for key, _en in rows}
        for key in sorted(set(entries) - used):
            print(key)
        return 0
    # Missing: no entry or no Albanian yet. Stale: the English has changed since it was translated.
    todo = [(key, en, "stale" if key in entries and entries[key].get("sq") and entries[key]["en"] != en else "missing")
            for key, en in rows if key not in entries or not entries[key].get("sq") or entries[key]["en"] != en]
    if command == "--missing":
        for key, en, why in todo:
            print(f"{why}\t{key}\t{en}")
        print(f"{len(todo)} text(s) without current Albanian", file=sys.stderr)
        return 1 if todo else 0
    memory = {e["en"]: e["sq"] for e in entries.values() if e.get("sq")}
    for key, en, _why in todo:
        entries[key] = {"en": en, "sq": memory.get(en, "")}
    dump(entries)
    print(f"added {len(todo)} key(s) to {JSON_PATH} (a stale one loses its old Albanian); fill every empty "
          "\"sq\" and rebuild", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
