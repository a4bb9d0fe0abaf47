"""The things the dataset holds, as frozen dataclasses. Optional fields are None where the sources are silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields, make_dataclass
from typing import TypeVar

T = TypeVar("T")


def maker(cls: type[T]) -> Callable[..., T]:
    """`make(*values)`, the same object as `cls(*values)` (every field given, in order), made in a third of
    the time: a frozen dataclass's __init__ sets each field through object.__setattr__, which at 1000x the data
    (130,000 items) was a sixth of the open. The values go into a plain twin with the same slots, which then
    becomes a `cls`: frozen from then on, like any other."""
    twin = make_dataclass(f"{cls.__name__}Values", [f.name for f in fields(cls)], slots=True, eq=False,
                          repr=False)

    def make(*values) -> T:
        made = twin(*values)
        made.__class__ = cls
        return made
    return make


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    url: str | None
    kind: str
    reliability: str  # wiki, commemorative, soviet, academic, critical, encyclopedic, press, government, archive, geodata, estimate
    language: str | None
    note_en: str | None
    note_sq: str | None
    tradition: str | None  # sources sharing a tradition repeat one wording: together they are one voice

    @property
    def voice(self) -> str:
        """The independent tradition this source speaks for: its tradition's id, or its own."""
        return self.tradition or self.id


@dataclass(frozen=True, slots=True)
class Tradition:
    """Sources that copy one wording. Counted once when sources are weighed against each other."""
    id: str
    note_en: str
    note_sq: str | None


@dataclass(frozen=True, slots=True)
class Citation:
    subject_kind: str
    subject_id: str
    field: str
    source: Source
    quote: str
    quote_language: str | None
    value: str | None  # the value this source asserts for `field`, where it asserts one


@dataclass(frozen=True, slots=True)
class Figure:
    """One value of a fact and the citations that assert it. Two figures for one field = sources disagree.
    `label_en`/`label_sq` say the value in words where it is not a bare number or date."""
    value: str
    citations: tuple[Citation, ...]
    label_en: str | None = None
    label_sq: str | None = None

    @property
    def sources(self) -> int:
        return len({c.source.id for c in self.citations})

    @property
    def traditions(self) -> int:
        """How many independent voices assert this value: sources of one tradition count once."""
        return len({c.source.voice for c in self.citations})

    def label(self, lang: str = "en") -> str:
        return (self.label_sq if lang == "sq" else None) or self.label_en or self.value


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    kind: str  # country, region, locality
    name_sq: str
    name_sq_definite: str
    name_en: str
    name_en_full: str | None
    iso_3166_2: str | None
    prefecture_1944_namesake: str | None
    geometry_geojson: str
    label_lon: float
    label_lat: float
    note_en: str | None
    note_sq: str | None
    # The Albanian genitive («Korçës», «Beratit»), stored, never built: what follows «i/e/të/së».
    name_sq_gen: str | None = None

    def geometry(self) -> dict:
        return json.loads(self.geometry_geojson)


@dataclass(frozen=True, slots=True)
class Delegation:
    id: str
    seq: int
    kind: str  # region, unattributed, quota
    basis: str  # sourced, computed, quota
    name_sq: str
    name_en: str
    delegates: int | None
    note_en: str | None
    note_sq: str | None
    place_ids: tuple[str, ...]
    # «Korçës»; «Vlorës dhe i Gjirokastrës» (its inner «i» agrees with a masculine head: delegacioni, delegat).
    # NULL for the delegations that are not named for a place: the app then shows the name as a label.
    name_sq_gen: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    alt_names: str | None
    born: str | None
    died: str | None
    note_en: str | None
    note_sq: str | None


@dataclass(frozen=True, slots=True)
class NamedDelegate:
    delegation_id: str
    person_id: str
    seq: int
    group_en: str | None
    group_sq: str | None


@dataclass(frozen=True, slots=True)
class Body:
    id: str
    seq: int
    parent_id: str | None
    relation_en: str | None
    relation_sq: str | None
    abbrev: str | None
    name_sq: str
    name_en: str
    seats: int | None  # seat rows laid out; None where the sources give no single size
    description_en: str | None
    description_sq: str | None
    name_sq_gen: str | None = None  # «Këshillit Antifashist Nacionalçlirimtar», «Kryesisë së Këshillit …»


@dataclass(frozen=True, slots=True)
class Seat:
    body_id: str
    seat_no: int
    person_id: str | None  # None: no source names the holder
    role_en: str
    role_sq: str
    portfolio_en: str | None
    portfolio_sq: str | None
    note_en: str | None
    note_sq: str | None

    @property
    def citation_id(self) -> str:
        return f"{self.body_id}/{self.seat_no}"


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    seq: int
    kind: str  # decision, viewpoint
    category: str | None
    title_en: str
    title_sq: str
    summary_en: str
    summary_sq: str | None
    wording: str  # paraphrase, verbatim
    confidence: str
    note_en: str | None
    note_sq: str | None
    subjects: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event: ISO days; a single day has date_to == date_from. `disputed`: sources give different
    dates, the range spans them and each source's date is a `date` citation value."""
    id: str
    seq: int
    title_en: str
    title_sq: str | None
    summary_en: str
    summary_sq: str | None
    date_from: str
    date_to: str
    precision: str  # day, month, year
    disputed: bool
    place_id: str | None
    related: tuple[tuple[str, str], ...]  # (kind, id) of what the event concerns, e.g. ("body", "committee")


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry: a word a reader meets, in both languages, with its definition."""
    id: str
    seq: int
    term_sq: str
    term_en: str
    definition_sq: str | None
    definition_en: str


def localized(obj: object, field: str, lang: str) -> str | None:
    """`obj.<field>_<lang>`, falling back to the English where the Albanian is not written (NULL)."""
    value = getattr(obj, f"{field}_{lang}", None)
    return value if value is not None else getattr(obj, f"{field}_en")
