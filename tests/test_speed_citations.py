"""The citation table is not read into Python at open: it is copied in SQLite into memory beside the reading and
checked by its distinct values (app/model/citations.py); an item's citations are read from that checked copy when
first asked for. Checked by counting (statements, citations made), never by timing: what is shown is the file's, in
its order, and a file the copy cannot vouch for is refused in the words reading the table always said."""

import random
import sqlite3

import pytest

from app.model import DatasetError, Store, checks
from app.model.entities import Citation
from hostile_builders import edit, loose
from test_speed_open import _edited, large, statements  # noqa: F401 (fixtures)


def _read_plainly(path) -> dict[tuple[str, str], list[tuple]]:
    """Every citation of the file as a plain reader sees it: (kind, id) -> [(source id, field, quote, language,
    value)] in id order."""
    con = sqlite3.connect(path)
    found: dict[tuple[str, str], list[tuple]] = {}
    for kind, subject, source, field, quote, language, value in con.execute(
            "SELECT subject_kind, subject_id, source_id, field, quote, quote_language, value FROM citation ORDER BY id"):
        found.setdefault((kind, subject), []).append((source, field, quote, language, value))
    con.close()
    return found


def _shown(store, kind, subject):
    return [(c.source.id, c.field, c.quote, c.quote_language, c.value) for c in store.citations(kind, subject)]


def test_opening_reads_no_citation_into_python_and_an_item_asked_for_is_one_query(large, statements, monkeypatch):
    from app.model import citations
    made = []
    monkeypatch.setattr(citations, "make_citation", lambda *fields: made.append(fields) or Citation(*fields))
    store = Store.open(large)
    assert not [s for s in statements if "FROM citation" in s and "quote" in s], \
        "the citation rows are read on the opening's connections"
    assert made == [] and store.summary()["citations"] == sum(map(len, _read_plainly(large).values()))
    asked = []
    store._citations._con.set_trace_callback(asked.append)
    first = store.citations("body", "congress-1")
    # one read from it on (and the whole of it again when it alone fills what that read takes)
    assert len(asked) <= 2 and "WHERE subject_kind = 'body' AND subject_id >= 'congress-1'" in asked[0]
    before = len(asked)
    assert store.citations("body", "congress-1") == first and len(asked) == before and len(made) == len(first)
    assert store.citations("person", "nobody") == [] == store.citations("person", "nobody")
    assert len(asked) == before + 1


@pytest.mark.parametrize("read_ahead", [256, 3])
def test_every_citation_shown_is_the_files_in_its_order_and_counted_without_being_made(large, monkeypatch,
                                                                                       read_ahead):
    """Asked in any order, with subjects that have none among them, and whatever the rows read ahead (3: an
    item's citations are cut short by the limit, and a subject has more than it)."""
    from app.model import citations
    monkeypatch.setattr(citations, "READ_AHEAD", read_ahead)
    plain = _read_plainly(large)
    store = Store.open(large)
    made = []
    monkeypatch.setattr(citations, "make_citation", lambda *fields: made.append(fields) or Citation(*fields))
    assert {key: store.citation_count(*key) for key in plain} == {key: len(rows) for key, rows in plain.items()}
    assert store.citation_count("person", "nobody") == 0 and made == []
    keys = list(plain) + [(kind, subject + suffix) for kind, subject in list(plain)[::7] for suffix in ("", "\x00", "0")]
    random.Random(read_ahead).shuffle(keys)
    assert {key: _shown(store, *key) for key in keys} == {key: plain.get(key, []) for key in keys}
    assert {key: _shown(store, *key) for key in plain} == plain and len(made) == sum(map(len, plain.values()))
    bundled = Store.open()
    assert {key: _shown(bundled, *key) for key in _read_plainly(bundled.path)} == _read_plainly(bundled.path)


def test_what_is_shown_is_the_checked_copy_whatever_becomes_of_the_file_after(tmp_path):
    path = _edited(Store.open().path, tmp_path)
    store = Store.open(path)
    before = _shown(store, "body", "congress")
    edit(path, "UPDATE citation SET quote = 'Kongresi\x1b[31m changed' WHERE subject_kind = 'body'")
    assert _shown(store, "body", "congress") == before and all("changed" not in q for _, _, q, _, _ in before)
    path.unlink()
    assert _shown(store, "body", "kpnc") and store.citation_count("body", "kpnc") == len(_shown(store, "body", "kpnc"))


@pytest.mark.parametrize("sql", [
    "UPDATE citation SET subject_id = 'congress\x1f1' WHERE id = 202",  # the separator the copy joins ids with
    "UPDATE citation SET quote = x'4b6f6e67' WHERE id = 202",  # bytes, not text
    "UPDATE citation SET value = x'00ff' WHERE id = 202",
    "UPDATE citation SET quote = NULL WHERE id = 202",
    "UPDATE citation SET source_id = 'nope' WHERE id = 202",
    "UPDATE citation SET field = ' ' WHERE id = 202",
    "UPDATE citation SET quote = 'Kongresi' || char(133) || ' i Përmetit' WHERE id = 202",
])
def test_a_citation_the_copy_cannot_vouch_for_is_refused_in_the_words_reading_the_table_says(tmp_path, monkeypatch,
                                                                                              sql):
    path = _edited(Store.open().path, tmp_path, *loose("citation"), sql)
    with pytest.raises(DatasetError) as copied:
        Store.open(path)
    from app.model import citations
    monkeypatch.setattr(citations.CitationCopy, "__call__", lambda self, con=None: None)  # no copy: read as before
    with pytest.raises(DatasetError) as read:
        Store.open(path)
    assert str(copied.value) == str(read.value) and "citation" in str(read.value)


def test_with_no_combining_mark_in_the_texts_their_class_is_not_compiled(monkeypatch, tmp_path):
    monkeypatch.setattr(checks, "_COMBINING_RUN", None)
    Store.open()
    assert checks._COMBINING_RUN is None
    path = _edited(Store.open().path, tmp_path, "UPDATE person SET note_en = 'Ke' || char(769) WHERE rowid = 3")
    Store.open(path)
    assert checks._COMBINING_RUN is not None


def test_the_overview_makes_the_citations_only_of_delegations_that_may_disagree(large, qtbot, monkeypatch):
    from app.model import citations
    from app.ui.overview_text import OverviewText
    store = Store.open(large)
    made = []
    monkeypatch.setattr(citations, "make_citation", lambda *fields: made.append(fields) or Citation(*fields))
    html = OverviewText(store).html()
    several = {d.id for d in store.delegations() if store.citation_count("delegation", d.id) > 1}
    assert "delegates took part" in html and len(store.delegations()) > 100
    assert {f[1] for f in made if f[0] == "delegation"} <= several


def test_a_subject_with_more_citations_than_are_read_ahead_is_read_whole_after_one_with_none(large, monkeypatch):
    from app.model import citations
    monkeypatch.setattr(citations, "READ_AHEAD", 2)
    plain = _read_plainly(large)
    big = next(key for key, rows in plain.items() if len(rows) > 2)
    store = Store.open(large)
    before = (big[0], big[1][:-1])  # an id just before it, with no citation
    assert before not in plain and store.citations(*before) == [] and store.citation_count(*before) == 0
    assert _shown(store, *big) == plain[big]


def test_a_subject_asked_for_by_something_other_than_text_has_no_citations():
    store = Store.open()
    assert store.citations("body", None) == [] and store.citation_count("body", None) == 0
    assert store.citations(None, "congress") == [] and store.figures("body", 7, "size") == []
    assert store.citations("body", "congress")


def test_a_fields_figures_for_every_item_of_a_kind_are_read_at_once_and_are_those_of_its_citations(large, monkeypatch):
    from app.model import citations
    monkeypatch.setattr(citations, "WALK", 8)  # (200: this file has 100 bodies)
    plain = _read_plainly(large)
    store = Store.open(large)
    made = []
    monkeypatch.setattr(citations, "make_citation", lambda *fields: made.append(fields) or Citation(*fields))
    asked = []
    store._citations._con.set_trace_callback(asked.append)
    bodies = [b.id for b in store.bodies()]
    shown = {b: [(f.value, [(c.source.id, c.quote) for c in f.citations]) for f in store.figures("body", b, "size")]
             for b in bodies}
    expected = {}
    for b in bodies:
        grouped: dict = {}
        for source, field, quote, _, value in plain.get(("body", b), []):
            if field == "size" and value is not None:
                grouped.setdefault(value, []).append((source, quote))
        expected[b] = list(grouped.items())
    assert {b: [(v, cs) for v, cs in f] for b, f in shown.items()} == expected and any(expected.values())
    assert len(asked) <= 2 * citations.WALK + 1 < len(bodies)  # then one query for the rest of the kind's sizes
    assert len(made) < sum(len(rows) for (kind, _), rows in plain.items() if kind == "body")
    first = bodies[0]
    assert [c for f in store.figures("body", first, "size") for c in f.citations] == \
        [c for c in store.citations("body", first) if c.field == "size"]
