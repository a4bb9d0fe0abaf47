"""The truth pass over the dataset: what the bundled Store must say, and refuse to say, about the sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.model.entities import localized
from app.model.store import KINDS


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
    import dataclasses
    event = dataclasses.replace(store.event("allies-non-recognition"), title_sq=None)  # every text is translated now
    assert localized(event, "title", "sq") == event.title_en
    call = store.event("call-congress")
    assert localized(call, "title", "sq") == "Thirrja e Kongresit"
    assert localized(call, "title", "en") == "The congress is called"


def test_the_title_takes_no_side_on_the_closing_date(store):
    assert "24–28" not in store.meta("title_en") and "May 1944" in store.meta("title_en")


# ---------------------------------------------------------------- every shown statement has a source behind it
def _covered(store, kind, item_id, fields) -> bool:
    return any(c.field in fields for c in store.citations(kind, item_id))


@pytest.mark.parametrize("lang", ["en", "sq"])
def test_every_shown_prose_field_has_a_citation(store, lang):
    missing = []

    def need(ok, what):
        if not ok:
            missing.append(what)

    for p in store.people():
        for field in ("born", "died"):
            value = getattr(p, field)
            if value is not None:
                need(any(c.field == field and c.value == value for c in store.citations("person", p.id)), f"{p.id}.{field}")
        if p.alt_names:
            need(_covered(store, "person", p.id, {"alt_names"}), f"{p.id}.alt_names")
        if localized(p, "note", lang):
            need(store.citations("person", p.id), f"{p.id}.note")
        need(store.item_citations("person", p.id), f"{p.id} (no source names this person)")
    for b in store.bodies():
        if localized(b, "description", lang):
            need(_covered(store, "body", b.id, {"description", "role"}), f"{b.id}.description")
        if localized(b, "relation", lang):
            need(_covered(store, "body", b.id, {"relation"}), f"{b.id}.relation")
        for seat in store.seats(b.id):
            if localized(seat, "note", lang) or localized(seat, "portfolio", lang):
                backed = store.citations("seat", seat.citation_id) if seat.person_id else \
                    [c for c in store.citations("body", b.id) if c.field == "size"]
                need(backed, f"{b.id}/{seat.seat_no}.note")
    for d in store.delegations():
        if localized(d, "note", lang):
            need(store.citations("delegation", d.id), f"{d.id}.note")
        for n in store.named_delegates(d.id):
            need(store.citations("named_delegate", f"{d.id}/{n.person_id}"), f"{d.id}/{n.person_id}")
    for d in store.decisions():
        need(store.item_citations("decision", d.id), f"{d.id}.summary")
    for ev in store.events():
        need(store.citations("event", ev.id), f"{ev.id}.summary")
    for t in store.glossary():
        need(store.citations("term", t.id), f"{t.id}.definition")
    for pl in store.places():
        if localized(pl, "note", lang):
            need(_covered(store, "place", pl.id, {"note", "venue"}), f"{pl.id}.note")
        need(pl.prefecture_1944_namesake is None, f"{pl.id}: a 1944 prefecture with no 1944 source (audit E2)")
    need(store.citations("meta", "title"), "meta title")
    need(store.citations("meta", "places_note"), "meta places note")
    assert missing == []


def test_the_map_note_speaks_of_qarqe_not_prefectures(store):
    for lang in ("en", "sq"):
        note = store.meta(f"places_note_{lang}")
        assert "qark" in note and "prefect" not in note.lower() and "krahin" not in note.lower()


def test_people_dates_come_from_their_own_sources(store):
    maleshova = store.person("sejfulla-maleshova")
    assert maleshova.died == "1971" and maleshova.born is None  # 1900 or 1901: shown as a disagreement
    assert [f.value for f in store.figures("person", "sejfulla-maleshova", "born")] == ["1900", "1901"]
    assert (store.person("omer-nishani").born, store.person("omer-nishani").died) == ("1887", "1954")
    assert store.person("medar-shtylla").born is None and store.person("medar-shtylla").died == "1963"
    assert store.person("enver-hoxha").born is None  # his listed sources give no dates


def test_other_participants_are_kept_apart_from_the_delegations(store):
    for pid in ("liri-gega", "hysni-kapo", "spiro-moisiu", "mustafa-gjinishi"):
        assert store.delegations_of_person(pid) == [] and store.roles(pid) == []
        assert [c.field for c in store.citations("person", pid)] == ["participant"]


def test_who_was_not_represented_and_how_delegates_were_chosen_are_sourced(store):
    fields = {c.field for c in store.citations("body", "congress")}
    assert {"represented", "absent", "description"} <= fields
    quotes = " ".join(c.quote for c in store.citations("body", "congress"))
    assert "Mungonte tërësisht përfaqësimi i Veriut" in quotes and "Kosovës" in quotes
    assert "only sovereign representation" in " ".join(c.quote for c in store.citations("body", "council"))


# ---------------------------------------------------------------- every disagreement shows both sides in the details panel
DISAGREEMENTS = [
    ("body", "congress", "closed"),         # "on 24 May" against 24–28 May
    ("body", "committee", "created_by"),    # the congress, or the Council it elected
    ("body", "committee", "size"),          # 11 or 14
    ("body", "council", "size"),            # 118 (one wording) against 121
    ("body", "congress", "represented"),    # the North absent, or delegates from across Albania
    ("person", "sejfulla-maleshova", "office"),
    ("person", "manol-konomi", "died"),     # 2002 (two Wikipedias) or 1992 (QMKSH)
    ("event", "berat-session", "date"),     # 20, 20–23 or 22 October 1944
    ("event", "republic", "date"),
    ("delegation", "berat", "delegates"),
]


@pytest.mark.parametrize("kind, item_id, field", DISAGREEMENTS)
def test_each_disagreement_shows_every_value_and_its_sources(qtbot, window, store, kind, item_id, field):
    figures = store.figures(kind, item_id, field)
    assert len(figures) >= 2 and all(f.citations for f in figures)
    window.selection.select(kind, item_id)
    text = window.details.toPlainText()
    assert "Sources disagree on" in text
    for f in figures:
        assert f.label("en") in text, f.value
        assert any(c.source.title in text for c in f.citations)


def test_copies_of_one_wording_are_shown_as_one_voice(qtbot, window):
    window.selection.select("body", "council")
    assert "118 (one wording, repeated by 5 sources)" in window.details.toPlainText()


def test_the_readme_numbers_are_the_datasets(store):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    citations = [c for (kind, item_id) in _subjects(store) for c in store.citations(kind, item_id)]
    claims = {(c.subject_kind, c.subject_id, c.field) for c in citations}
    voices = {c.source.voice for c in citations}
    disagreements = sum(len(store.disagreements(k, i)) for k, i in _subjects(store))
    said = " ".join(readme.split())
    assert (f"{len(claims)} cited claims, {len(citations)} citations ({len({(c.source.id, c.quote) for c in citations})} "
            f"distinct quotes), {len(store.sources())} sources in {len(voices)} independent traditions") in said
    assert f"{disagreements} disagreements kept side by side, {len(store.events())} dated events" in said
    assert "118 in most sources" not in said


def _subjects(store) -> list[tuple[str, str]]:
    """Every (kind, id) that carries citations, read back through the Store's public questions."""
    out = [("meta", "title"), ("meta", "places_note")]
    out += [("place", p.id) for p in store.places()] + [("delegation", d.id) for d in store.delegations()]
    out += [("named_delegate", f"{d.id}/{n.person_id}") for d in store.delegations() for n in store.named_delegates(d.id)]
    out += [("body", b.id) for b in store.bodies()] + [("seat", x.citation_id) for b in store.bodies() for x in store.seats(b.id)]
    out += [("person", p.id) for p in store.people()] + [("event", e.id) for e in store.events()]
    out += [("term", t.id) for t in store.glossary()]
    out += [("viewpoint" if d.kind == "viewpoint" else "decision", d.id) for d in store.decisions()]
    return out
