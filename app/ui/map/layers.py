"""What the map shows, worked out from the Store without Qt: which delegations can be drawn where, which
cannot be placed, where the congress met, which counties a delegation covers only in part.

Two layers draw this: `SYMBOLS` (the default: a circle per delegation, area ∝ delegates, at the places it is
named for, modern counties faint underneath) and `COUNTIES` (the modern counties shaded by their delegation).
Every delegation's count is drawn once in either layer.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from app.model import Store
from app.model.entities import localized  # noqa: F401  (the views read bilingual fields through it)

SYMBOLS, COUNTIES = "symbols", "counties"
LAYERS = (SYMBOLS, COUNTIES)

# The congress met at Përmet: the venue's place id and the body a click on it selects (both must be in the data).
VENUE_PLACE, VENUE_BODY = "permet", "congress"
# A county that a delegation covers only in part cites it with this field (value: the delegation id).
PARTLY_FIELD = "partly_represented_by"


@dataclass(frozen=True)
class Symbol:
    """One delegation drawn as one circle: at its place, or between the places it is named for."""
    delegation_id: str
    delegates: int
    place_ids: tuple[str, ...]
    lon: float
    lat: float


@dataclass(frozen=True)
class Unplaced:
    """A delegation no place stands for (the 77, the quotas): shown in the legend with its figure."""
    delegation_id: str
    name: str
    delegates: int | None
    kind: str


_SYMBOLS: "weakref.WeakKeyDictionary[Store, list[Symbol]]" = weakref.WeakKeyDictionary()


def symbols(store: Store) -> list[Symbol]:
    """Every delegation drawn as a symbol, worked out once per dataset (a Store never changes once open)."""
    if store not in _SYMBOLS:
        _SYMBOLS[store] = _symbols(store)
    return list(_SYMBOLS[store])


def _symbols(store: Store) -> list[Symbol]:
    known = {p.id: p for p in store.places()}  # one dict for the 6,000 delegations of 1000x the data
    out = []
    for d in store.delegations():
        if d.delegates is None:
            continue
        places = [known[p] for p in d.place_ids if p in known]
        if not places:
            continue
        if len(places) == 1:
            lon, lat = places[0].label_lon, places[0].label_lat
        else:
            lon = sum(p.label_lon for p in places) / len(places)
            lat = sum(p.label_lat for p in places) / len(places)
        out.append(Symbol(d.id, d.delegates, tuple(p.id for p in places), lon, lat))
    return sorted(out, key=lambda s: -s.delegates)  # big ones first, so the small ones are drawn on top


def unplaced(store: Store, lang: str) -> list[Unplaced]:
    return [Unplaced(d.id, localized(d, "name", lang) or d.id, d.delegates, d.kind)
            for d in store.delegations() if not d.place_ids]


_PLACED: "weakref.WeakKeyDictionary[Store, int]" = weakref.WeakKeyDictionary()


def placed_total(store: Store) -> int:
    """The delegates the map draws (every counted delegation with a place), summed once per dataset without
    making the symbols (the legend asks on every language switch)."""
    if store not in _PLACED:
        known = set(store.ids("place"))
        _PLACED[store] = sum(d.delegates for d in store.delegations()
                             if d.delegates is not None and any(p in known for p in d.place_ids))
    return _PLACED[store]


def delegation_of_place(store: Store, place_id: str):
    """The one delegation a place stands for (counted), or None."""
    counted = [d for d in store.delegations_for_place(place_id) if d.delegates is not None]
    return counted[0] if counted else None


def partly(store: Store, place_id: str) -> list[str]:
    """Delegations that a source says took in part of this county (e.g. Berat's, the occupied zone of Lushnjë)."""
    return [f.value for f in store.figures("place", place_id, PARTLY_FIELD) if store.exists("delegation", f.value)]


def has_venue(store: Store) -> bool:
    return store.exists("place", VENUE_PLACE) and store.exists("body", VENUE_BODY)


def target_of_place(store: Store, place_id: str) -> tuple[str, str]:
    """What a click on a place selects: the congress for its venue, the place's delegation, else the place."""
    if place_id == VENUE_PLACE and has_venue(store):
        return ("body", VENUE_BODY)
    d = delegation_of_place(store, place_id)
    return ("delegation", d.id) if d is not None else ("place", place_id)


def short_quote(quote: str, value: str | None, width: int = 70) -> str:
    """The words of a quote around the figure it gives (the whole quote when it is short)."""
    if len(quote) <= 2 * width + 20:
        return quote
    at = quote.find(value) if value else -1
    if at < 0:
        return quote[: 2 * width].rsplit(" ", 1)[0] + " …"
    start, end = max(0, at - width), min(len(quote), at + len(value) + width)
    if start > 0:
        start = quote.find(" ", start) + 1
    if end < len(quote):
        end = quote.rfind(" ", 0, end)
    return ("… " if start > 0 else "") + quote[start:end] + (" …" if end < len(quote) else "")
