"""The truth pass over the dataset: what the bundled Store must say, and refuse to say, about the sources."""

from __future__ import annotations

import re

import pytest

from app.model import Store
from app.model.entities import localized
from app.model.store import KINDS


@pytest.fixture(scope="module")
def store() -> Store:
    return Store.open()


def test_no_delegation_lists_more_named_people_than_its_count(store):
    for d in store.delegations():
        if d.delegates is not None:
            assert len(store.named_delegates(d.id)) <= d.delegates, d.id
    berat = {n.person_id for n in store.named_delegates("berat")}
    assert len(berat) == 10 and "ramiz-alia" not in berat
    apart = {n.person_id: n for n in store.named_delegates("not-broken-down")}
    assert "partisan units" in apart["ramiz-alia"].group_en


def test_berat_delegates_are_cited_to_the_sentences_that_name_them(store):
    for n in store.named_delegates("berat") + store.named_delegates("not-broken-down"):
        person = store.person(n.person_id)
        quotes = [c.quote for c in store.citations("named_delegate", f"{n.delegation_id}/{n.person_id}")]
        assert quotes and all(person.name in q for q in quotes), person.id


def test_every_event_has_a_date_or_a_disputed_range_and_a_citation(store):
    events = store.events()
    assert len(events) >= 7
    assert [e.date_from for e in events] == sorted(e.date_from for e in events)
    for e in events:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.date_from) and e.date_from <= e.date_to, e.id
        assert e.precision in ("day", "month", "year")
        assert store.citations("event", e.id), e.id
        dates = store.figures("event", e.id, "date")
        if e.disputed:
            assert len(dates) >= 2 and e.date_from < e.date_to, e.id
            assert all(f.citations for f in dates)
        for kind, item_id in e.related:
            assert store.exists(kind, item_id)


@pytest.mark.parametrize("event_id, values", [
    ("congress", {"1944-05-24", "1944-05-24/1944-05-28"}),
    ("berat-session", {"1944-10-20", "1944-10-22", "1944-10-20/1944-10-23"}),
    ("republic", {"1946-01-10", "1946-01-11"}),
])
def test_dates_the_sources_give_differently_are_kept_side_by_side(store, event_id, values):
    event = store.event(event_id)
    assert event.disputed
    figures = store.figures("event", event_id, "date")
    assert {f.value for f in figures} == values
    assert all(f.label("en") != f.value and f.label("sq") for f in figures)


def test_the_events_the_issue_asks_for_are_there(store):
    events = {e.id: e for e in store.events()}
    assert events["call-congress"].date_from == "1944-04-15"
    assert events["government-in-tirana"].date_from == "1944-11-28"
    assert events["constituent-elections"].date_from == "1945-12-02"
    assert "allies-non-recognition" in events
    assert events["congress"].place_id == "permet"
    assert ("body", "committee") in events["berat-session"].related
    assert store.ids("event") == list(events) and "event" in KINDS
    assert ("event", "berat-session") in {(k, i) for k, i, _ in store.search("berat")}
    assert store.item_citations("event", "republic") == store.citations("event", "republic")


def test_glossary_terms_have_both_languages_and_sources(store):
    terms = {t.id: t for t in store.glossary()}
    for wanted in ("kanc", "kpnc", "lnc", "qark", "komiteti", "kryesia", "front", "recognition"):
        assert wanted in terms
    for t in terms.values():
        assert t.term_sq and t.term_en and t.definition_en
        assert store.citations("term", t.id), t.id
    assert "Këshilli Antifashist Nacionalçlirimtar" in terms["kanc"].term_sq
    assert not store.exists("term", "kanc")  # a glossary entry is not something to select


def test_the_venue_is_a_cited_place(store):
    permet = store.place("permet")
    assert (permet.kind, permet.name_sq, permet.name_sq_definite) == ("locality", "Përmet", "Përmeti")
    lon, lat = permet.geometry()["coordinates"]
    assert (round(lat, 3), round(lon, 3)) == (40.233, 20.35)
    fields = {c.field for c in store.citations("place", "permet")}
    assert {"geometry", "venue"} <= fields


def test_copies_of_one_wording_count_as_one_voice(store):
    sizes = {f.value: f for f in store.figures("body", "council", "size")}
    assert (sizes["118"].sources, sizes["118"].traditions) == (5, 1)
    assert (sizes["121"].sources, sizes["121"].traditions) == (1, 1)
    tradition = store.tradition(sizes["118"].citations[0].source.tradition)
    assert "118" in tradition.note_en


def test_localized_falls_back_to_english_where_the_albanian_is_not_written(store):
    event = store.event("allies-non-recognition")
    assert event.title_sq is None and localized(event, "title", "sq") == event.title_en
    call = store.event("call-congress")
    assert localized(call, "title", "sq") == "Thirrja e Kongresit"
    assert localized(call, "title", "en") == "The congress is called"


def test_the_title_takes_no_side_on_the_closing_date(store):
    assert "24–28" not in store.meta("title_en") and "May 1944" in store.meta("title_en")
