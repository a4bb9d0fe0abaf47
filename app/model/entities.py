"""The things the dataset holds, as frozen dataclasses. Optional fields are None where the sources are silent."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str | None
    kind: str
    reliability: str  # wiki, commemorative, soviet, academic, critical, encyclopedic, press, government, archive, geodata, estimate
    language: str | None
    note: str | None


@dataclass(frozen=True)
class Citation:
    subject_kind: str
    subject_id: str
    field: str
    source: Source
    quote: str
    quote_language: str | None
    value: str | None  # the value this source asserts for `field`, where it asserts one


@dataclass(frozen=True)
class Figure:
    """One value of a fact and the citations that assert it. Two figures for one field = sources disagree."""
    value: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
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
    note: str | None

    def geometry(self) -> dict:
        return json.loads(self.geometry_geojson)


@dataclass(frozen=True)
class Delegation:
    id: str
    seq: int
    kind: str  # region, unattributed, quota
    basis: str  # sourced, computed, quota
    name_sq: str
    name_en: str
    delegates: int | None
    note: str | None
    place_ids: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    alt_names: str | None
    born: str | None
    died: str | None
    note: str | None


@dataclass(frozen=True)
class NamedDelegate:
    delegation_id: str
    person_id: str
    seq: int
    group_en: str | None
    group_sq: str | None


@dataclass(frozen=True)
class Body:
    id: str
    seq: int
    parent_id: str | None
    relation_en: str | None
    abbrev: str | None
    name_sq: str
    name_en: str
    seats: int | None  # seat rows laid out; None where the sources give no single size
    description_en: str | None


@dataclass(frozen=True)
class Seat:
    body_id: str
    seat_no: int
    person_id: str | None  # None: no source names the holder
    role_en: str
    role_sq: str
    portfolio: str | None
    note: str | None

    @property
    def citation_id(self) -> str:
        return f"{self.body_id}/{self.seat_no}"


@dataclass(frozen=True)
class Decision:
    id: str
    seq: int
    kind: str  # decision, viewpoint
    category: str | None
    title_en: str
    title_sq: str
    summary_en: str
    wording: str  # paraphrase, verbatim
    confidence: str
    note: str | None
    subjects: tuple[tuple[str, str], ...]
