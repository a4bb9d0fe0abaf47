"""Search over every selectable item's names, ignoring case and diacritics: a part of the Store."""

from __future__ import annotations

import heapq
import time

from app.model.text import fold, index_text, words


class SearchIndex:
    """Mixed into the Store: builds the folded word index once (or while the GUI is idle) and answers queries."""

    _index: list[tuple[str, str, str, str, list[str]]] | None
    _index_texts: list[str]
    _builder = None  # the build in progress, shared by whoever drives it (search_index_step)

    def search_ready(self) -> bool:
        """True once the search index is built: a search is then a few milliseconds, whatever the data's size."""
        return self._index is not None

    def search_index_step(self) -> bool:
        """Build one slice (about 4 ms) of the search index; True once it is built. The window's idle work and a
        search typed before it is done drive the same build, so no slice is done twice."""
        if self._index is not None:
            return True
        if self._builder is None:
            self._builder = self.build_search_index()
        try:
            next(self._builder)
        except StopIteration:
            self._builder = None
        return self._index is not None

    def search(self, query: str, limit: int = 30) -> list[tuple[str, str, str]]:
        """Places, delegations, bodies, people, decisions and events whose names match the query, ignoring case and
        diacritics ("korca" finds Korça). Returns (kind, id, name), names that start with the query first."""
        wanted = fold(query)
        if not wanted:
            return []
        entries = self._search_index()
        texts = self._index_texts
        # one substring test per row and word, in list comprehensions: ~60,000 rows in a few milliseconds
        rows = range(len(texts))
        for word in words(query):
            needle = " " + word
            rows = [i for i in rows if needle in texts[i]]
        hits = ((0 if any(f.startswith(wanted) for f in entries[i][4]) else 1, i) for i in rows)
        # a one-letter query matches tens of thousands of rows in a large dataset: keep the best, sort no more
        return [entries[i][:3] for _, i in heapq.nsmallest(limit, hits)]

    def _search_index(self) -> list[tuple[str, str, str, str, list[str]]]:
        """(kind, id, name, folded word index, folded names) of everything searchable, built once."""
        if self._index is None:
            for _ in self.build_search_index():
                pass
        return self._index

    def build_search_index(self, budget_s: float = 0.004):
        """Build the search index in slices of about `budget_s` seconds, yielding between them, so that a GUI can
        do it while idle instead of on the first keystroke (at 1000x the bundled data it takes about half a
        second in all; no slice holds the window up for longer than a frame)."""
        if self._index is not None:
            return
        index = []
        deadline = time.perf_counter() + budget_s
        for kind, item_id, name, texts in self._search_candidates():
            index.append((kind, item_id, name, index_text(*texts), [fold(t) for t in texts if t]))
            if time.perf_counter() > deadline:
                yield
                if self._index is not None:  # finished meanwhile (a search could not wait)
                    return
                deadline = time.perf_counter() + budget_s
        self._index_texts = [entry[3] for entry in index]
        self._index = index

    def _search_candidates(self):
        """(kind, id, name, texts) of everything searchable, one at a time (no list of them all up front)."""
        for p in self.places():
            if p.kind != "country":
                yield "place", p.id, p.name_sq, [p.name_sq, p.name_sq_definite, p.name_en, p.name_en_full]
        for d in self._delegations.values():
            yield "delegation", d.id, d.name_en, [d.name_en, d.name_sq]
        for b in self._bodies.values():
            yield "body", b.id, b.name_en, [b.name_en, b.name_sq, b.abbrev]
        for p in self._people.values():
            yield "person", p.id, p.name, [p.name, p.alt_names]
        for d in self._decisions.values():
            yield "decision", d.id, d.title_en, [d.title_en, d.title_sq]
        for ev in self._events.values():
            yield "event", ev.id, ev.title_en, [ev.title_en, ev.title_sq]
