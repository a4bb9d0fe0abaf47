"""Build data/permet.sqlite from the reviewed inputs in data/sources/.

Deterministic: the same inputs give the same database content (rows are inserted in a fixed order and no
timestamps are stored), so a test can rebuild it and compare with the committed file.

    python data/build.py [OUTPUT]        (default: data/permet.sqlite next to this script)
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
DEFAULT_OUTPUT = HERE / "permet.sqlite"

# Keep in step with app/model/schema.py (a test checks the two agree).
SCHEMA_VERSION = 1
APPLICATION_ID = 0x5045524D  # "PERM": lets the app tell its own files from other SQLite files

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE source (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT, kind TEXT NOT NULL,
    reliability TEXT NOT NULL, language TEXT, note TEXT);
CREATE TABLE citation (
    id INTEGER PRIMARY KEY, subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL, field TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id), quote TEXT NOT NULL, quote_language TEXT, value TEXT);
CREATE INDEX citation_subject ON citation(subject_kind, subject_id);
CREATE TABLE place (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('country', 'region', 'locality')),
    name_sq TEXT NOT NULL, name_sq_definite TEXT NOT NULL, name_en TEXT NOT NULL, name_en_full TEXT,
    iso_3166_2 TEXT, prefecture_1944_namesake TEXT, geometry_geojson TEXT NOT NULL,
    label_lon REAL NOT NULL, label_lat REAL NOT NULL, note TEXT);
CREATE TABLE delegation (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('region', 'unattributed', 'quota')),
    basis TEXT NOT NULL CHECK (basis IN ('sourced', 'computed', 'quota')),
    name_sq TEXT NOT NULL, name_en TEXT NOT NULL, delegates INTEGER, note TEXT);
CREATE TABLE delegation_place (
    delegation_id TEXT NOT NULL REFERENCES delegation(id), place_id TEXT NOT NULL REFERENCES place(id),
    PRIMARY KEY (delegation_id, place_id));
CREATE TABLE person (id TEXT PRIMARY KEY, name TEXT NOT NULL, alt_names TEXT, born TEXT, died TEXT, note TEXT);
CREATE TABLE named_delegate (
    delegation_id TEXT NOT NULL REFERENCES delegation(id), person_id TEXT NOT NULL REFERENCES person(id),
    seq INTEGER NOT NULL, group_en TEXT, group_sq TEXT, PRIMARY KEY (delegation_id, person_id));
CREATE TABLE body (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, parent_id TEXT REFERENCES body(id), relation_en TEXT,
    abbrev TEXT, name_sq TEXT NOT NULL, name_en TEXT NOT NULL, seats INTEGER, description_en TEXT);
CREATE TABLE seat (
    body_id TEXT NOT NULL REFERENCES body(id), seat_no INTEGER NOT NULL, person_id TEXT REFERENCES person(id),
    role_en TEXT NOT NULL, role_sq TEXT NOT NULL, portfolio TEXT, note TEXT, PRIMARY KEY (body_id, seat_no));
CREATE TABLE decision (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('decision', 'viewpoint')),
    category TEXT, title_en TEXT NOT NULL, title_sq TEXT NOT NULL, summary_en TEXT NOT NULL,
    wording TEXT NOT NULL, confidence TEXT NOT NULL, note TEXT);
CREATE TABLE decision_subject (
    decision_id TEXT NOT NULL REFERENCES decision(id), subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL,
    PRIMARY KEY (decision_id, subject_kind, subject_id));
"""


def _load(name: str, sources: Path = SOURCES):
    with open(sources / name, encoding="utf-8") as f:
        return json.load(f)


def _label_point(geometry: dict) -> tuple[float, float]:
    """A point inside the shape for its label: the centre of the widest horizontal run through the
    middle latitude of the largest ring. Good enough for Albania's compact counties, and deterministic."""
    if geometry["type"] == "Point":
        return tuple(geometry["coordinates"])  # type: ignore[return-value]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    ring = max((p[0] for p in polygons), key=len)
    lats = [y for _, y in ring]
    best = None
    for frac in (0.5, 0.45, 0.55, 0.4, 0.6):
        lat = min(lats) + (max(lats) - min(lats)) * frac
        xs = []
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 <= lat < y2) or (y2 <= lat < y1):
                xs.append(x1 + (lat - y1) * (x2 - x1) / (y2 - y1))
        xs.sort()
        for a, b in zip(xs[::2], xs[1::2]):
            if best is None or b - a > best[0]:
                best = (b - a, (a + b) / 2, lat)
    assert best is not None
    return round(best[1], 5), round(best[2], 5)


def build(output: Path, inputs: Path = SOURCES) -> None:
    sources = _load("sources.json", inputs)
    places = _load("places.geojson", inputs)
    delegations = _load("delegations.json", inputs)
    people = _load("people.json", inputs)
    bodies = _load("bodies.json", inputs)
    decisions = _load("decisions.json", inputs)

    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".sqlite", dir=output.parent)
    os.close(fd)
    con = sqlite3.connect(tmp)
    try:
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        con.executescript(DDL)
        citations: list[tuple] = []

        def cite(kind: str, subject_id: str, items: list[dict]) -> None:
            for c in items:
                citations.append((kind, subject_id, c["field"], c["source"], c["quote"], c.get("lang"), c.get("value")))

        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "title": "Congress of Përmet (24–28 May 1944)",
            "delegates_total": "188",
            "languages": "sq,en",
            "places_note_en": places["note_en"],
            "places_note_sq": places["note_sq"],
            "licence_geometry": places["license"],
            "licence_quotes": "Quotes are short verbatim excerpts from the cited sources, each under its own licence; "
                              "the English Wikipedia text is CC BY-SA.",
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executemany(
            "INSERT INTO source VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(s["id"], s["title"], s["url"], s["kind"], s["reliability"], s["language"], s["note"])
             for s in sorted(sources, key=lambda s: s["id"])])

        for f in sorted(places["features"], key=lambda f: f["id"]):
            p = f["properties"]
            lon, lat = _label_point(f["geometry"])
            con.execute(
                "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (p["id"], p["kind"], p["name_sq"], p["name_sq_definite"], p["name_en"], p["name_en_full"],
                 p["iso_3166_2"], p["prefecture_1944_namesake"],
                 json.dumps(f["geometry"], separators=(",", ":")), lon, lat,
                 places["note_en"] if p["kind"] == "region" else None))
            cite("place", p["id"], p["citations"])

        for p in sorted(people, key=lambda p: p["id"]):
            con.execute("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?)",
                        (p["id"], p["name"], p["alt_names"], p["born"], p["died"], p["note"]))

        for d in sorted(delegations, key=lambda d: d["seq"]):
            con.execute("INSERT INTO delegation VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (d["id"], d["seq"], d["kind"], d["basis"], d["name_sq"], d["name_en"], d["delegates"], d["note"]))
            for place_id in d["places"]:
                con.execute("INSERT INTO delegation_place VALUES (?, ?)", (d["id"], place_id))
            cite("delegation", d["id"], d["citations"])
            for n, nd in enumerate(d["named_delegates"], start=1):
                con.execute("INSERT INTO named_delegate VALUES (?, ?, ?, ?, ?)",
                            (d["id"], nd["person"], n, nd["group_en"], nd["group_sq"]))
                cite("named_delegate", f"{d['id']}/{nd['person']}", nd["citations"])

        for b in sorted(bodies, key=lambda b: b["seq"]):
            con.execute("INSERT INTO body VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (b["id"], b["seq"], b["parent"], b["relation_en"], b["abbrev"], b["name_sq"], b["name_en"],
                         b["seats"], b["description_en"]))
            cite("body", b["id"], b["citations"])
            if b["seats"] is not None and len(b["seat_list"]) != b["seats"]:
                raise SystemExit(f"{b['id']}: {len(b['seat_list'])} seat rows for {b['seats']} seats")
            for n, s in enumerate(b["seat_list"], start=1):
                if s["person"] and not s["citations"]:
                    raise SystemExit(f"{b['id']} seat {n}: a named holder needs a citation")
                con.execute("INSERT INTO seat VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (b["id"], n, s["person"], s["role_en"], s["role_sq"], s["portfolio"], s["note"]))
                cite("seat", f"{b['id']}/{n}", s["citations"])

        for d in sorted(decisions, key=lambda d: d["seq"]):
            con.execute("INSERT INTO decision VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (d["id"], d["seq"], d["kind"], d["category"], d["title_en"], d["title_sq"], d["summary_en"],
                         d["wording"], d["confidence"], d["note"]))
            for kind, subject_id in d["concerns"]:
                con.execute("INSERT INTO decision_subject VALUES (?, ?, ?)", (d["id"], kind, subject_id))
            cite(d["kind"], d["id"], d["citations"])

        con.executemany(
            "INSERT INTO citation (subject_kind, subject_id, field, source_id, quote, quote_language, value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", citations)
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"dangling references: {problems}")
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.chmod(tmp, 0o644)  # mkstemp makes the file private; the dataset is meant to be read by anyone
    os.replace(tmp, output)


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    build(output)
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
