"""What a Përmet Explorer dataset must contain, and the error raised when a file is not one."""

SCHEMA_VERSION = 1
APPLICATION_ID = 0x5045524D  # "PERM", set by data/build.py
SQLITE_HEADER = b"SQLite format 3\x00"

# table -> the columns the app reads (extra columns are allowed, missing ones are not)
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "source": ("id", "title", "url", "kind", "reliability", "language", "note"),
    "citation": ("id", "subject_kind", "subject_id", "field", "source_id", "quote", "quote_language", "value"),
    "place": ("id", "kind", "name_sq", "name_sq_definite", "name_en", "name_en_full", "iso_3166_2",
              "prefecture_1944_namesake", "geometry_geojson", "label_lon", "label_lat", "note"),
    "delegation": ("id", "seq", "kind", "basis", "name_sq", "name_en", "delegates", "note"),
    "delegation_place": ("delegation_id", "place_id"),
    "person": ("id", "name", "alt_names", "born", "died", "note"),
    "named_delegate": ("delegation_id", "person_id", "seq", "group_en", "group_sq"),
    "body": ("id", "seq", "parent_id", "relation_en", "abbrev", "name_sq", "name_en", "seats", "description_en"),
    "seat": ("body_id", "seat_no", "person_id", "role_en", "role_sq", "portfolio", "note"),
    "decision": ("id", "seq", "kind", "category", "title_en", "title_sq", "summary_en", "wording", "confidence", "note"),
    "decision_subject": ("decision_id", "subject_kind", "subject_id"),
}


class DatasetError(Exception):
    """The dataset cannot be used. The message says which file and what to do about it."""
