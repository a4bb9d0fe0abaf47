"""Every text of the dataset in both languages: the Albanian is complete and current, and the details panel
shows each item in the interface language (quotes and sources' own titles excepted)."""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3

import pytest

from app.model.store import KINDS
from app.paths import bundled_database
from app.ui import vocabulary
from conftest import ROOT

JSON_PATH = ROOT / "data" / "sources" / "albanian.json"


def _albanian_module():
    spec = importlib.util.spec_from_file_location("albanian", ROOT / "data" / "albanian.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


albanian = _albanian_module()


def bundled() -> sqlite3.Connection:
    return sqlite3.connect(f"file:{bundled_database()}?mode=ro", uri=True)


def prose_pairs(names: bool = False) -> list[tuple[str, str, str]]:
    """(key, English, Albanian) of every text pair in the bundled dataset; without `names`, only the prose
    (names of places, delegations, bodies and glossary terms may appear in either language)."""
    con = bundled()
    rows = [(key, en, sq) for key, _t, _c, _v, x, en, sq in albanian.texts(con) if names or x not in ("name", "term")]
    con.close()
    return rows


def test_every_dataset_text_has_albanian():
    missing = [f"{key}: {en}" for key, en, sq in prose_pairs() if not sq]
    assert missing == [], "translate these in data/sources/albanian.json (python data/albanian.py --add-missing)"


def test_albanian_json_is_in_its_one_readable_form():
    text = JSON_PATH.read_text(encoding="utf-8")
    entries = json.loads(text)
    assert text == json.dumps(entries, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert all(set(e) == {"en", "sq"} and e["en"] and e["sq"] for e in entries.values())


def test_every_entry_is_used():
    used = {key for key, _en, _sq in prose_pairs(names=True)}
    assert sorted(set(json.loads(JSON_PATH.read_text(encoding="utf-8"))) - used) == []


def test_a_stale_entry_stops_the_build_with_one_line(tmp_path):
    con = sqlite3.connect(":memory:")
    bundled().backup(con)
    key, table, key_columns, key_values, x, en, _sq = next(albanian.texts(con))
    where = " AND ".join(f'"{c}" = ?' for c in key_columns)
    con.execute(f'UPDATE "{table}" SET "{x}_sq" = NULL, "{x}_en" = ? WHERE {where}', ("Changed text.", *key_values))
    with pytest.raises(SystemExit) as stop:
        albanian.apply(con)
    message = str(stop.value)
    assert key in message and "\n" not in message and "stale" in message


def test_a_missing_entry_is_listed_and_left_empty(tmp_path):
    con = sqlite3.connect(":memory:")
    bundled().backup(con)
    key, table, key_columns, key_values, x, en, _sq = next(albanian.texts(con))
    where = " AND ".join(f'"{c}" = ?' for c in key_columns)
    con.execute(f'UPDATE "{table}" SET "{x}_sq" = NULL WHERE {where}', key_values)
    empty = tmp_path / "albanian.json"
    empty.write_text("{}", encoding="utf-8")
    assert key in albanian.apply(con, empty)
    assert con.execute(f'SELECT "{x}_sq" FROM "{table}" WHERE {where}', key_values).fetchone() == (None,)


# ------------------------------------------------------------------------------------ the details panel
def _pattern(text: str) -> re.Pattern:
    return re.compile(r"(?<![\w])" + re.escape(text) + r"(?![\w])")


def _shown_outside_evidence(window, store, kind, item_id) -> str:
    """The panel's text with the quotes and the sources' own titles taken out."""
    window.selection.select(kind, item_id)
    text = window.details.toPlainText()
    for c in sorted(store.item_citations(kind, item_id) + _place_delegation_citations(store, kind, item_id),
                    key=lambda c: -len(c.quote)):
        text = text.replace(c.quote, " ").replace(c.source.title, " ")
    return text


def _place_delegation_citations(store, kind, item_id):
    if kind != "place":
        return []
    return [c for d in store.delegations_for_place(item_id) for c in store.citations("delegation", d.id)]


def _every_item(store):
    return [(kind, item_id) for kind in KINDS for item_id in store.ids(kind)]


def _items_showing(window, store, texts) -> dict:
    """Every item whose details panel shows one of `texts` outside quotes and source titles, with those texts."""
    patterns = [(t, _pattern(t)) for t in texts]
    found = {}
    for kind, item_id in _every_item(store):
        shown = _shown_outside_evidence(window, store, kind, item_id)
        leaks = [t for t, p in patterns if p.search(shown)]
        if leaks:
            found[(kind, item_id)] = leaks
    return found


def test_albanian_panels_show_no_english_prose(window, store):
    window.set_language("sq")
    english = {en for _key, en, sq in prose_pairs() if sq and sq != en}
    english |= {t for table in (vocabulary.CONFIDENCE, vocabulary.RELIABILITY, vocabulary.CATEGORY)
                for t in table.values() if vocabulary.translate(t) != t}
    english |= {t.split(" {")[0] for t in vocabulary.RELATION.values()}  # "Executive organ of the", before the name
    english |= {vocabulary.NOT_RECORDED, vocabulary.NOT_NAMED}
    assert _items_showing(window, store, english) == {}


def test_english_panels_show_no_albanian_prose(window, store):
    window.set_language("en")
    albanian_prose = {sq for _key, en, sq in prose_pairs() if sq and sq != en}
    assert _items_showing(window, store, albanian_prose) == {}


def test_quotes_keep_their_language_and_name_it(window, store):
    window.set_language("sq")
    window.selection.select("decision", "elect-council")
    text = window.details.toPlainText()
    russian = next(c for c in store.item_citations("decision", "elect-council") if c.quote_language == "ru")
    assert f"«{russian.quote}»" in text and "[citat në rusisht]" in text
    assert "besueshmëri e lartë" in text and "[sovjetik]" in text
    window.set_language("en")
    text = window.details.toPlainText()
    assert f"“{russian.quote}”" in text and "[quote in Russian]" in text and "high confidence" in text


def test_cite_this_copies_the_citation_in_the_interface_language(window, store):
    from PySide6.QtWidgets import QApplication
    window.set_language("sq")
    window.selection.select("decision", "war-crimes-commission")
    window.copy_citation()
    text = QApplication.clipboard().text()
    assert text.startswith("Krijimi i një komisioni shtetëror për kriminelët e luftës (vendim i Kongresit të Përmetit")
    assert "\nBurimet:\n" in text and "Lloji i burimit: sovjetik." in text and "» [anglisht]" in text
    window.set_language("en")
    window.copy_citation()
    assert "Reliability: Soviet." in QApplication.clipboard().text()
