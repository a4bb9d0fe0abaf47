"""Synthetic datasets for benchmarks: the bundled inputs, multiplied.

`make_dataset(path, scale=k)` writes a valid dataset with k times the bundled places, delegations, people,
bodies (with their seats) and decisions; `regions=N` instead lays N square regions over Albania's bounding
box. Invented content, for measuring only: names say "synthetic" and nothing here is ever shipped.

    python tests/benchmarks/synthetic.py OUT.sqlite --scale 10
    python tests/benchmarks/synthetic.py OUT.sqlite --regions 10000
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import math
import sqlite3
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INPUTS = ROOT / "data" / "sources"


def build_module():
    """data/build.py as a module (it is a script, not part of the app package)."""
    spec = importlib.util.spec_from_file_location("permet_build", ROOT / "data" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load(name):
    return json.loads((INPUTS / name).read_text(encoding="utf-8"))


def _square(lon, lat, size):
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


def make_inputs(folder: Path, scale: int = 1, regions: int | None = None) -> None:
    sources, places, delegations = _load("sources.json"), _load("places.geojson"), _load("delegations.json")
    people, bodies, decisions = _load("people.json"), _load("bodies.json"), _load("decisions.json")
    cite = {"field": "synthetic", "source": sources[0]["id"], "quote": "synthetic", "lang": "en", "value": None}

    features = [f for f in places["features"] if f["properties"]["kind"] != "region"]
    region_count = regions if regions is not None else 12 * scale
    side = math.ceil(math.sqrt(region_count))
    size = 2.4 / side  # Albania spans roughly 19.3–21.1 E, 39.6–42.7 N
    new_delegations = []
    for n in range(region_count):
        pid = f"syn-{n}"
        lon, lat = 19.3 + (n % side) * size * 0.75, 39.6 + (n // side) * size * 1.3
        props = {"id": pid, "kind": "region", "name_sq": f"Krahina {n}", "name_sq_definite": f"Krahina {n}",
                 "name_sq_gen": f"Krahinës {n}",
                 "name_sq_official": None, "name_en": f"Synthetic region {n}", "name_en_full": None, "iso_3166_2": None,
                 "seat_sq": None, "wikidata": None, "prefecture_1944_namesake": None, "citations": [cite]}
        features.append({"type": "Feature", "id": pid, "properties": props, "geometry": _square(lon, lat, size * 0.7)})
        # every other region sent a delegation (the rest are "not recorded"), of 1 to 8 delegates: at 3000x the
        # congress's total stays under the Store's limit of 100,000 (app/model/checks.py)
        if n % 2 == 0:
            new_delegations.append({"id": f"syn-d{n}", "seq": 100 + n, "kind": "region", "basis": "sourced",
                                    "name_sq": f"Delegacioni {n}", "name_sq_gen": f"Krahinës {n}", "name_en": f"Delegation {n}",
                                    "delegates": 1 + n % 8,
                                    "places": [pid], "note_en": None, "citations": [cite], "named_delegates": []})
    places = dict(places, features=features)
    delegations = [d for d in delegations if d["kind"] != "region"] + new_delegations

    all_people, all_bodies, all_decisions = list(people), list(bodies), list(decisions)
    for k in range(1, scale):
        rename = {p["id"]: f"{p['id']}-{k}" for p in people}
        all_people += [dict(p, id=rename[p["id"]], name=f"{p['name']} {k}") for p in people]
        for b in bodies:
            b2 = copy.deepcopy(b)
            b2.update(id=f"{b['id']}-{k}", seq=b["seq"] + 10 * k,
                      parent=f"{b['parent']}-{k}" if b["parent"] else None)
            for seat in b2["seat_list"]:
                if seat["person"]:
                    seat["person"] = rename[seat["person"]]
            all_bodies.append(b2)
        for d in decisions:
            d2 = copy.deepcopy(d)
            d2.update(id=f"{d['id']}-{k}", seq=d["seq"] + 10 * k,
                      concerns=[[kind, f"{i}-{k}"] for kind, i in d["concerns"]])
            all_decisions.append(d2)
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (("sources.json", sources), ("places.geojson", places), ("delegations.json", delegations),
                       ("people.json", all_people), ("bodies.json", all_bodies), ("decisions.json", all_decisions)):
        (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for name in ("traditions.json", "value_labels.json", "glossary.json"):  # as bundled, not multiplied
        (folder / name).write_text((INPUTS / name).read_text(encoding="utf-8"), encoding="utf-8")
    known = {("place", f["id"]) for f in features} | {("delegation", d["id"]) for d in delegations} | \
        {("body", b["id"]) for b in all_bodies}
    events = [dict(e, place=e["place"] if ("place", e["place"]) in known else None,
                   related=[r for r in e["related"] if tuple(r) in known]) for e in _load("events.json")]
    (folder / "events.json").write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")


def make_dataset(path: Path, scale: int = 1, regions: int | None = None) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        make_inputs(Path(tmp), scale, regions)
        build_module().build(Path(path), Path(tmp))
    # The multiplied delegations add up to far more than 188, which the Store rightly refuses (app/model/checks.py):
    # the synthetic congress is as large as its delegations.
    con = sqlite3.connect(path)
    with con:
        total = con.execute("SELECT SUM(delegates) FROM delegation WHERE kind != 'quota'").fetchone()[0]
        con.execute("UPDATE meta SET value = ? WHERE key = 'delegates_total'", (str(max(total, 188)),))
    con.close()
    return Path(path)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--regions", type=int)
    args = parser.parse_args()
    print(make_dataset(Path(args.output), args.scale, args.regions))
