"""A place's geometry, checked at open: GeoJSON of the kind its place needs, with well-formed finite coordinates.

A large dataset holds thousands of places; each was parsed and looked at alone (a fifth of a second at 1000x the
data). `quick_boxes` decides the usual shapes of them all at once and gives one box holding them all; whatever it
does not decide gets `check_geometry`, one place at a time, which names the bad one as it always did.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from itertools import chain

from app.model.entities import Place
from app.model.schema import DatasetError

Box = tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
_scan = json.JSONDecoder().scan_once  # what json.loads runs, without its layers of Python around it


def quick_boxes(places: Sequence[Place]) -> tuple[set[int], Box | None]:
    """The positions of the places whose geometry is plainly right (compact JSON that json.loads reads the same,
    of the type the place's kind needs, rings of four points or more, every point two finite numbers of at most
    360), and one box that holds every point of them. What it cannot decide is left for `check_geometry`,
    never refused here: the careful look names the first bad place, in order, in its own words."""
    decided: set[int] = set()
    flat: list = []
    for position, place in enumerate(places):
        text = place.geometry_geojson
        try:
            geometry, end = _scan(text, 0)
        except Exception:  # noqa: BLE001 — StopIteration, ValueError, RecursionError: the careful look says which
            continue
        if end != len(text) or type(geometry) is not dict:
            continue
        kind, coords = geometry.get("type"), geometry.get("coordinates")
        if (kind == "Point") != (place.kind == "locality") or kind not in ("Point", "Polygon", "MultiPolygon"):
            continue
        if kind == "Point":
            if type(coords) is not list or len(coords) != 2:
                continue
            flat += coords
        else:
            found = _rings_flat(coords if kind == "MultiPolygon" else [coords])
            if found is None:
                continue
            flat += found
        decided.add(position)
    if not decided:
        return decided, None
    try:
        if not set(map(type, flat)) <= _NUMBER or not all(map(math.isfinite, flat)) or max(map(abs, flat)) > 360:
            return set(), None
    except OverflowError:  # an integer too large for a float
        return set(), None
    lons, lats = flat[0::2], flat[1::2]
    return decided, (min(lons), min(lats), max(lons), max(lats))


def _rings_flat(polygons: object) -> list | None:
    """Every coordinate of well-formed polygons (lists of rings, each of four points or more, each point a pair),
    in order; None for anything else."""
    if type(polygons) is not list or not polygons:
        return None
    flat: list = []
    for polygon in polygons:
        if type(polygon) is not list or not polygon:
            return None
        for ring in polygon:
            if type(ring) is not list or len(ring) < 4 or set(map(type, ring)) != _LIST or \
                    set(map(len, ring)) != _PAIR:
                return None
            flat.extend(chain.from_iterable(ring))
    return flat


def check_geometry(place: Place) -> tuple[float, float, float, float] | None:
    """A place's GeoJSON is a Point (a locality) or a Polygon or MultiPolygon of finite coordinates; returns its
    bounding box (min lon, min lat, max lon, max lat), or None where only the careful look could accept it."""
    try:
        geometry = json.loads(place.geometry_geojson)
    except ValueError:
        raise DatasetError(f"place '{place.id}' has geometry that is not valid GeoJSON.") from None
    expected = {"locality": ("Point",)}.get(place.kind, ("Polygon", "MultiPolygon"))
    if not isinstance(geometry, dict) or geometry.get("type") not in expected:
        raise DatasetError(f"place '{place.id}' needs a {' or '.join(expected)} geometry.")
    box = _box(geometry["type"], geometry.get("coordinates"))
    if box is None and not _coordinates_ok(geometry["type"], geometry.get("coordinates")):
        raise DatasetError(f"place '{place.id}' has empty or malformed coordinates.")
    return box


def _box(kind: str, coords: object) -> tuple[float, float, float, float] | None:
    """The bounding box of well-formed coordinates (lists of lists, each ring at least four points, each point two
    finite numbers of at most 360), asked a ring at a time in C; None for anything else."""
    if kind == "Point":
        flat = coords
        if type(flat) is not list or len(flat) != 2:
            return None
    else:
        flat = _rings_flat(coords if kind == "MultiPolygon" else [coords])
        if flat is None:
            return None
    try:
        if not set(map(type, flat)) <= _NUMBER or not all(map(math.isfinite, flat)) or max(map(abs, flat)) > 360:
            return None
    except OverflowError:  # an integer too large for a float: the careful look says so as it always did
        return None
    lons, lats = flat[0::2], flat[1::2]
    return min(lons), min(lats), max(lons), max(lats)


_LIST, _PAIR, _NUMBER = {list}, {2}, {int, float}


def _coordinates_ok(kind: str, coords) -> bool:
    """The careful look, value by value, at coordinates `_box` would not decide."""
    def number(v) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and abs(v) <= 360

    try:
        if kind == "Point":
            return len(coords) == 2 and all(number(v) for v in coords)
        polygons = coords if kind == "MultiPolygon" else [coords]
        return bool(polygons) and all(polygons) and all(
            len(ring) >= 4 and all(len(pt) == 2 and all(number(v) for v in pt) for pt in ring)
            for polygon in polygons for ring in polygon)
    except TypeError:
        return False
