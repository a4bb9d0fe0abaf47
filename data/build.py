"""Build data/permet.sqlite from the reviewed inputs in data/sources/.

Deterministic: the same inputs give the same database content (rows are inserted in a fixed order and no
timestamps are stored), so a test can rebuild it and compare with the committed file.

    python data/build.py [OUTPUT]        (default: data/permet.sqlite next to this script)
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
DEFAULT_OUTPUT = HERE / "permet.sqlite"

# Keep in step with app/model/schema.py (a test checks the two agree).
SCHEMA_VERSION = 3
# The dataset's own edition, printed in the credit line of exported pictures and fact sheets.
# Raise both whenever data/sources/ changes in a way a reader could see.
DATASET_VERSION = "2026.11.27"
DATASET_DATE = "2026-11-27"
APPLICATION_ID = 0x5045524D  # "PERM": lets the app tell its own files from other SQLite files

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE source (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT, kind TEXT NOT NULL,
    reliability TEXT NOT NULL, language TEXT, note_en TEXT, note_sq TEXT, tradition TEXT REFERENCES tradition(id));
CREATE TABLE tradition (id TEXT PRIMARY KEY, note_en TEXT NOT NULL, note_sq TEXT);
CREATE TABLE citation (
    id INTEGER PRIMARY KEY, subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL, field TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id), quote TEXT NOT NULL, quote_language TEXT, value TEXT);
CREATE INDEX citation_subject ON citation(subject_kind, subject_id);
CREATE TABLE value_label (
    id TEXT PRIMARY KEY, subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL, field TEXT NOT NULL,
    value TEXT NOT NULL, label_en TEXT NOT NULL, label_sq TEXT);
CREATE TABLE place (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('country', 'region', 'locality')),
    name_sq TEXT NOT NULL, name_sq_definite TEXT NOT NULL, name_sq_gen TEXT NOT NULL, name_en TEXT NOT NULL,
    name_en_full TEXT,
    iso_3166_2 TEXT, prefecture_1944_namesake TEXT, geometry_geojson TEXT NOT NULL,
    label_lon REAL NOT NULL, label_lat REAL NOT NULL, note_en TEXT, note_sq TEXT);
CREATE TABLE delegation (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('region', 'unattributed', 'quota')),
    basis TEXT NOT NULL CHECK (basis IN ('sourced', 'computed', 'quota')),
    name_sq TEXT NOT NULL, name_sq_gen TEXT, name_en TEXT NOT NULL, delegates INTEGER, note_en TEXT, note_sq TEXT);
CREATE TABLE delegation_place (
    delegation_id TEXT NOT NULL REFERENCES delegation(id), place_id TEXT NOT NULL REFERENCES place(id),
    PRIMARY KEY (delegation_id, place_id));
CREATE TABLE person (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, alt_names TEXT, born TEXT, died TEXT, note_en TEXT, note_sq TEXT);
CREATE TABLE named_delegate (
    delegation_id TEXT NOT NULL REFERENCES delegation(id), person_id TEXT NOT NULL REFERENCES person(id),
    seq INTEGER NOT NULL, group_en TEXT, group_sq TEXT, PRIMARY KEY (delegation_id, person_id));
CREATE TABLE body (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, parent_id TEXT REFERENCES body(id), relation_en TEXT, relation_sq TEXT,
    abbrev TEXT, name_sq TEXT NOT NULL, name_sq_gen TEXT NOT NULL, name_en TEXT NOT NULL, seats INTEGER,
    description_en TEXT, description_sq TEXT);
CREATE TABLE seat (
    body_id TEXT NOT NULL REFERENCES body(id), seat_no INTEGER NOT NULL, person_id TEXT REFERENCES person(id),
    role_en TEXT NOT NULL, role_sq TEXT NOT NULL, portfolio_en TEXT, portfolio_sq TEXT, note_en TEXT, note_sq TEXT,
    PRIMARY KEY (body_id, seat_no));
CREATE TABLE decision (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('decision', 'viewpoint')),
    category TEXT, title_en TEXT NOT NULL, title_sq TEXT NOT NULL, summary_en TEXT NOT NULL, summary_sq TEXT,
    wording TEXT NOT NULL, confidence TEXT NOT NULL, note_en TEXT, note_sq TEXT);
CREATE TABLE decision_subject (
    decision_id TEXT NOT NULL REFERENCES decision(id), subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL,
    PRIMARY KEY (decision_id, subject_kind, subject_id));
CREATE TABLE event (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, title_en TEXT NOT NULL, title_sq TEXT, summary_en TEXT NOT NULL,
    summary_sq TEXT, date_from TEXT NOT NULL, date_to TEXT NOT NULL,
    precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
    disputed INTEGER NOT NULL CHECK (disputed IN (0, 1)), place_id TEXT REFERENCES place(id));
CREATE TABLE event_subject (
    event_id TEXT NOT NULL REFERENCES event(id), subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL,
    PRIMARY KEY (event_id, subject_kind, subject_id));
CREATE TABLE term (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, term_sq TEXT NOT NULL, term_en TEXT NOT NULL,
    definition_sq TEXT, definition_en TEXT NOT NULL);
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


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check_event(e: dict) -> None:
    """An event's dates are ISO days; a range is ordered; a disputed event carries each source's value."""
    if not (DATE.match(e["date_from"]) and DATE.match(e["date_to"]) and e["date_from"] <= e["date_to"]):
        raise SystemExit(f"event {e['id']}: dates must be YYYY-MM-DD with date_from <= date_to")
    if not e["citations"]:
        raise SystemExit(f"event {e['id']}: an event needs at least one citation")
    values = {c.get("value") for c in e["citations"] if c["field"] == "date" and c.get("value")}
    if e["disputed"] and len(values) < 2:
        raise SystemExit(f"event {e['id']}: disputed, but its citations do not give two dates")


def _apply_albanian(con: sqlite3.Connection) -> None:
    """Fill the `_sq` prose columns from data/albanian.py (written separately) when it is there."""
    module_path = HERE / "albanian.py"
    if not module_path.exists():
        return
    spec = importlib.util.spec_from_file_location("albanian", module_path)
    albanian = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(albanian)
    albanian.apply(con)


def build(output: Path, inputs: Path = SOURCES) -> None:
    sources = _load("sources.json", inputs)
    traditions = _load("traditions.json", inputs)
    labels = _load("value_labels.json", inputs)
    places = _load("places.geojson", inputs)
    delegations = _load("delegations.json", inputs)
    people = _load("people.json", inputs)
    bodies = _load("bodies.json", inputs)
    decisions = _load("decisions.json", inputs)
    events = _load("events.json", inputs)
    glossary = _load("glossary.json", inputs)

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
            "dataset_version": DATASET_VERSION,
            "dataset_date": DATASET_DATE,
            "title_en": "Congress of Përmet (May 1944)",
            "title_sq": "Kongresi i Përmetit (maj 1944)",
            "delegates_total": "188",
            "languages": "sq,en",
            "places_note_en": places["note_en"],
            "places_note_sq": places["note_sq"],
            "licence_geometry": places["license"],
            "licence_quotes": "Quotes are short verbatim excerpts from the cited sources, each under its own licence; "
                              "the English Wikipedia text is CC BY-SA.",
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executemany("INSERT INTO tradition VALUES (?, ?, ?)",
                        [(t["id"], t["note_en"], t.get("note_sq")) for t in sorted(traditions, key=lambda t: t["id"])])
        con.executemany(
            "INSERT INTO source VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(s["id"], s["title"], s["url"], s["kind"], s["reliability"], s["language"], s["note_en"], s.get("note_sq"),
              s.get("tradition")) for s in sorted(sources, key=lambda s: s["id"])])
        con.executemany(
            "INSERT INTO value_label VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(f"{v['subject_kind']}:{v['subject_id']}:{v['field']}:{v['value']}", v["subject_kind"], v["subject_id"],
              v["field"], v["value"], v["label_en"], v.get("label_sq")) for v in labels])

        for f in sorted(places["features"], key=lambda f: f["id"]):
            p = f["properties"]
            lon, lat = _label_point(f["geometry"])
            note_en, note_sq = (places["note_en"], places["note_sq"]) if p["kind"] == "region" else (None, None)
            con.execute(
                "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (p["id"], p["kind"], p["name_sq"], p["name_sq_definite"], p["name_sq_gen"], p["name_en"],
                 p["name_en_full"], p["iso_3166_2"], p["prefecture_1944_namesake"],
                 json.dumps(f["geometry"], separators=(",", ":")), lon, lat,
                 p.get("note_en", note_en), p.get("note_sq", note_sq)))
            cite("place", p["id"], p["citations"])
            if p["kind"] == "region" and "note_en" not in p:  # the map note, shown with every region
                cite("place", p["id"], places.get("note_citations", []))

        for p in sorted(people, key=lambda p: p["id"]):
            con.execute("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (p["id"], p["name"], p["alt_names"], p["born"], p["died"], p["note_en"], p.get("note_sq")))
            cite("person", p["id"], p.get("citations", []))

        for d in sorted(delegations, key=lambda d: d["seq"]):
            if d["kind"] == "region" and not d.get("name_sq_gen"):
                raise SystemExit(f"delegation {d['id']}: a delegation named for a place needs its genitive, name_sq_gen")
            con.execute("INSERT INTO delegation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (d["id"], d["seq"], d["kind"], d["basis"], d["name_sq"], d.get("name_sq_gen"), d["name_en"],
                         d["delegates"], d["note_en"], d.get("note_sq")))
            for place_id in d["places"]:
                con.execute("INSERT INTO delegation_place VALUES (?, ?)", (d["id"], place_id))
            cite("delegation", d["id"], d["citations"])
            for n, nd in enumerate(d["named_delegates"], start=1):
                con.execute("INSERT INTO named_delegate VALUES (?, ?, ?, ?, ?)",
                            (d["id"], nd["person"], n, nd["group_en"], nd["group_sq"]))
                cite("named_delegate", f"{d['id']}/{nd['person']}", nd["citations"])
            if d["delegates"] is not None and len(d["named_delegates"]) > d["delegates"]:
                raise SystemExit(f"{d['id']}: {len(d['named_delegates'])} named delegates for {d['delegates']}")

        # the title's "May 1944" and the map note are statements too: cite them like any other
        cite("meta", "title", [c for b in bodies if b["id"] == "congress" for c in b["citations"] if c["field"] == "opened"])
        cite("meta", "places_note", places.get("note_citations", []))

        for b in sorted(bodies, key=lambda b: b["seq"]):
            con.execute("INSERT INTO body VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (b["id"], b["seq"], b["parent"], b["relation_en"], b.get("relation_sq"), b["abbrev"],
                         b["name_sq"], b["name_sq_gen"], b["name_en"], b["seats"], b["description_en"],
                         b.get("description_sq")))
            cite("body", b["id"], b["citations"])
            if b["seats"] is not None and len(b["seat_list"]) != b["seats"]:
                raise SystemExit(f"{b['id']}: {len(b['seat_list'])} seat rows for {b['seats']} seats")
            for n, s in enumerate(b["seat_list"], start=1):
                if s["person"] and not s["citations"]:
                    raise SystemExit(f"{b['id']} seat {n}: a named holder needs a citation")
                con.execute("INSERT INTO seat VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (b["id"], n, s["person"], s["role_en"], s["role_sq"], s["portfolio_en"],
                             s.get("portfolio_sq"), s["note_en"], s.get("note_sq")))
                cite("seat", f"{b['id']}/{n}", s["citations"])

        for d in sorted(decisions, key=lambda d: d["seq"]):
            con.execute("INSERT INTO decision VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (d["id"], d["seq"], d["kind"], d["category"], d["title_en"], d["title_sq"], d["summary_en"],
                         d.get("summary_sq"), d["wording"], d["confidence"], d["note_en"], d.get("note_sq")))
            for kind, subject_id in d["concerns"]:
                con.execute("INSERT INTO decision_subject VALUES (?, ?, ?)", (d["id"], kind, subject_id))
            cite(d["kind"], d["id"], d["citations"])

        for e in sorted(events, key=lambda e: e["seq"]):
            _check_event(e)
            con.execute("INSERT INTO event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (e["id"], e["seq"], e["title_en"], e.get("title_sq"), e["summary_en"], e.get("summary_sq"),
                         e["date_from"], e["date_to"], e["precision"], int(e["disputed"]), e["place"]))
            for kind, subject_id in e["related"]:
                con.execute("INSERT INTO event_subject VALUES (?, ?, ?)", (e["id"], kind, subject_id))
            cite("event", e["id"], e["citations"])

        for t in sorted(glossary, key=lambda t: t["seq"]):
            if not t["citations"]:
                raise SystemExit(f"term {t['id']}: a glossary entry needs at least one citation")
            con.execute("INSERT INTO term VALUES (?, ?, ?, ?, ?, ?)",
                        (t["id"], t["seq"], t["term_sq"], t["term_en"], t.get("definition_sq"), t["definition_en"]))
            cite("term", t["id"], t["citations"])

        con.executemany(
            "INSERT INTO citation (subject_kind, subject_id, field, source_id, quote, quote_language, value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", citations)
        _apply_albanian(con)
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"dangling references: {problems}")
        con.commit()
        con.execute("VACUUM")
    except BaseException:
        con.close()
        os.unlink(tmp)  # a failed build leaves nothing behind
        raise
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
