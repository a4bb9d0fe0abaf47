"""Each item's citations, as the Store keeps them: read and checked with everything else at open, but made into
Citation objects only when that item's citations are first asked for. At 1000x the bundled data the citation
table holds 200,000 rows; making them all at open took a quarter of the open's time, and a person looks at a few.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping

from app.model.entities import Citation, Source, maker

Key = tuple[str, str]
make_citation = maker(Citation)  # (subject kind, subject id)


class CitationIndex(Mapping):
    """(subject kind, subject id) -> that subject's citations in dataset order, a list of Citation made on first
    use (and kept: the same objects each time). Rows are (source id, subject kind, subject id, field, quote,
    quote language, value), every source id one of `sources`. Walking the values (the careful look of
    checks.check_values) makes them all."""

    def __init__(self, sources: dict[str, Source], rows: list[tuple] = ()) -> None:
        self._sources = sources
        self._rows: dict[Key, list[tuple]] = defaultdict(list)
        for row in rows:
            self._rows[row[1], row[2]].append(row)
        self._rows.default_factory = None
        self._made: dict[Key, list[Citation]] = {}
        self._total = len(rows)

    def get(self, key: Key, default=None):
        made = self._made.get(key)
        if made is None:
            rows = self._rows.get(key)
            if rows is None:
                return default
            sources = self._sources
            make = make_citation
            made = self._made[key] = [make(kind, subject_id, field, sources[source_id], quote, language, value)
                                      for source_id, kind, subject_id, field, quote, language, value in rows]
        return made

    def __getitem__(self, key: Key) -> list[Citation]:
        made = self.get(key)
        if made is None:
            raise KeyError(key)
        return made

    def __iter__(self) -> Iterator[Key]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def total(self) -> int:
        """How many citations there are, without making any."""
        return self._total
