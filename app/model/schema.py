"""What a Përmet Explorer dataset must contain, and the error raised when a file is not one."""

SCHEMA_VERSION = 3
APPLICATION_ID = 0x5045524D  # "PERM", set by data/build.py
SQLITE_HEADER = b"SQLite format 3\x00"

# table -> the columns the app reads (extra columns are allowed, missing ones are not).
# Prose shown to readers comes in pairs: `X_en` (always there) and `X_sq` (NULL until the Albanian is written;
# `entities.localized` falls back to the English).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "tradition": ("id", "note_en", "note_sq"),
    "source": ("id", "title", "url", "kind", "reliability", "language", "note_en", "note_sq", "tradition"),
    "citation": ("id", "subject_kind", "subject_id", "field", "source_id", "quote", "quote_language", "value"),
    "value_label": ("id", "subject_kind", "subject_id", "field", "value", "label_en", "label_sq"),
    "place": ("id", "kind", "name_sq", "name_sq_definite", "name_sq_gen", "name_en", "name_en_full", "iso_3166_2",
              "prefecture_1944_namesake", "geometry_geojson", "label_lon", "label_lat", "note_en", "note_sq"),
    "delegation": ("id", "seq", "kind", "basis", "name_sq", "name_sq_gen", "name_en", "delegates", "note_en", "note_sq"),
    "delegation_place": ("delegation_id", "place_id"),
    "person": ("id", "name", "alt_names", "born", "died", "note_en", "note_sq"),
    "named_delegate": ("delegation_id", "person_id", "seq", "group_en", "group_sq"),
    "body": ("id", "seq", "parent_id", "relation_en", "relation_sq", "abbrev", "name_sq", "name_sq_gen", "name_en", "seats",
             "description_en", "description_sq"),
    "seat": ("body_id", "seat_no", "person_id", "role_en", "role_sq", "portfolio_en", "portfolio_sq", "note_en",
             "note_sq"),
    "decision": ("id", "seq", "kind", "category", "title_en", "title_sq", "summary_en", "summary_sq", "wording",
                 "confidence", "note_en", "note_sq"),
    "decision_subject": ("decision_id", "subject_kind", "subject_id"),
    "event": ("id", "seq", "title_en", "title_sq", "summary_en", "summary_sq", "date_from", "date_to", "precision",
              "disputed", "place_id"),
    "event_subject": ("event_id", "subject_kind", "subject_id"),
    "term": ("id", "seq", "term_sq", "term_en", "definition_sq", "definition_en"),
}


class DatasetError(Exception):
    """The dataset cannot be used. The message says which file and what to do about it."""
