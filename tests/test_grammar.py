"""Albanian that can be checked mechanically (albanian-style.md §3, §5, §6): the sort order, definite forms
after the linking article, «qark» for the counties, and roles that are nouns, over every Albanian text of
the dataset, every Albanian string of the catalogue and everything the details panel generates."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET

from app.model.store import KINDS
from app.model.text import person_sort_key, sort_key
from app.paths import bundled_database
from conftest import ROOT

ARTICLE = r"(?<![\w-])(?:i|e|të|së)"


def albanian_dataset_texts() -> list[tuple[str, str]]:
    """(where, text) for every Albanian text of the bundled dataset: names, roles and the `_sq` prose."""
    con = sqlite3.connect(f"file:{bundled_database()}?mode=ro", uri=True)
    out = []
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        for column in columns:
            if column.endswith("_sq") or column == "name_sq_definite":
                out += [(f"{table}.{column}", v) for (v,) in con.execute(f'SELECT "{column}" FROM "{table}"') if v]
    out += [(f"meta.{k}", v) for k, v in con.execute("SELECT key, value FROM meta WHERE key LIKE '%\\_sq' ESCAPE '\\'")]
    con.close()
    return out


def catalogue_translations() -> list[tuple[str, str]]:
    path = ROOT / "resources" / "translations" / "app_sq.ts"
    return [(m.find("source").text or "", m.find("translation").text or "")
            for m in ET.parse(path).getroot().iter("message")]


def without_quotes(text: str) -> str:
    """Quoted words are someone else's (a document's title, a source's phrase): «…» and “…” are left out."""
    return re.sub(r"«[^»]*»|“[^”]*”", "", text)


# ---------------------------------------------------------------------------------------------- sort order
def test_albanian_alphabet_order():
    expected = ["Cana", "Çarçani", "Çitaku", "Dervishi", "Dishnica", "Dhimitër", "Goxhaj", "Gjinishi", "Lushnjë",
                "Llazi", "Lleshi", "Petraq", "Përmet", "Spahiu", "Shtëpani", "Shtylla", "Vlorë", "Xhevdet", "Ymer",
                "Zylyftar", "Zhuglini"]
    assert sorted(reversed(expected), key=lambda t: sort_key(t, "sq")) == expected


def test_albanian_order_ignores_case_first_then_puts_lower_case_first():
    assert sorted(["Ëndra", "Ema", "ema", "çela", "Cela"], key=lambda t: sort_key(t, "sq")) == \
        ["Cela", "çela", "ema", "Ema", "Ëndra"]


def test_english_order_puts_c_cedilla_with_c():
    names = ["Çitaku", "Cana", "Dhimitër", "Dishnica", "Lleshi", "Lushnjë"]
    assert sorted(names, key=lambda t: sort_key(t, "en")) == ["Cana", "Çitaku", "Dhimitër", "Dishnica", "Lleshi",
                                                              "Lushnjë"]


def test_people_sort_by_surname_in_albanian_order(store):
    people = sorted((p.name for p in store.people()), key=lambda n: person_sort_key(n, "sq"))
    surnames = [n.split()[-1] for n in people]
    assert people.index("Baba Faja Martaneshi") < people.index("Omer Nishani")  # under M, not B
    assert surnames.index("Çarçani") > surnames.index("Bozo")  # Ç after C, before D
    assert all(sort_key(a, "sq") <= sort_key(b, "sq") for a, b in zip(surnames, surnames[1:]))
    d_names = [s for s in surnames if s.startswith("D")]
    assert d_names == sorted(d_names, key=lambda t: sort_key(t, "sq"))


# ------------------------------------------------------------------------------- the dataset's Albanian
def test_no_krahina_for_the_counties():
    """A county is a «qark» (pl. «qarqe»); «krahinë» is a historical region such as Myzeqe or Skrapar."""
    bad = [(w, t) for w, t in albanian_dataset_texts() if re.search(r"krahin", without_quotes(t), re.IGNORECASE)]
    bad += [(s, t) for s, t in catalogue_translations() if re.search(r"krahin", t, re.IGNORECASE)]
    assert bad == []


def test_roles_are_nouns_not_bare_participles():
    """«anëtar i ngarkuar me …», never «i ngarkuar» alone; «nënkryetar», not the modern «zëvendëskryetar»."""
    con = sqlite3.connect(f"file:{bundled_database()}?mode=ro", uri=True)
    roles = {r for (r,) in con.execute("SELECT DISTINCT role_sq FROM seat")}
    con.close()
    assert roles, "no seat roles in the dataset"
    assert [r for r in roles if re.match(ARTICLE + r"\s", r)] == []
    assert [r for r in roles if "zëvendës" in r] == []
    assert all(r.startswith(("kryetar", "nënkryetar", "sekretar", "anëtar")) for r in roles), roles


def test_institutions_are_spelt_as_one_word_outside_quotes():
    bad = [(w, t) for w, t in albanian_dataset_texts()
           if re.search(r"Nacional[- ]Çlirimtar|\bNÇ\b", without_quotes(t))]
    assert bad == []


def place_forms(store) -> set[str]:
    """The forms that may not follow «i/e/të/së»: indefinite and definite nominatives of places and the
    delegations' Albanian names («Berati», «Korça»). After the article comes the genitive (Beratit, Korçës)."""
    forms = set()
    for p in store.places():
        forms |= {p.name_sq, p.name_sq_definite}
    for d in store.delegations("region"):
        forms |= set(re.split(r"[–-]", d.name_sq))
    for b in store.bodies():  # «Organ ekzekutiv i Këshilli …» is wrong: «i Këshillit …»
        forms.add(b.name_sq.split()[0])
    return {f for f in forms if f}


def nominatives_after_article(text: str, forms: set[str]) -> list[str]:
    pattern = ARTICLE + r" (" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")(?![\wë])"
    text = without_quotes(text).replace("Përmet Explorer", "")  # the program's name is not declined
    return [m.group(0) for m in re.finditer(pattern, text)]


def test_names_after_the_article_are_genitive_in_the_dataset_and_the_catalogue(store):
    forms = place_forms(store)
    bad = [(w, t) for w, t in albanian_dataset_texts() + catalogue_translations() if nominatives_after_article(t, forms)]
    assert bad == []


def test_no_catalogue_string_puts_a_nominative_placeholder_after_the_article():
    """A name after «i/e/të/së» must be a genitive: its placeholder says so ({place_gen}, {body_gen}).
    Numbers may follow the article («e {total} delegatëve»): the noun after them carries the case."""
    numbers = "n|total|share|regional|rest|seats|named|unnamed|shown"
    bad = [(s, t) for s, t in catalogue_translations()
           if re.search(ARTICLE + r" \{(?!\w*_gen\}|(?:" + numbers + r")\})\w+\}", t)
           or re.search(ARTICLE + r"$", t.strip())]
    assert bad == []


def albanian_panels(window, store) -> dict[tuple[str, str], str]:
    """The plain text of the details panel for every item of every kind, in Albanian."""
    window.set_language("sq")
    texts = {}
    for kind in KINDS:
        for item_id in store.ids(kind):
            window.selection.select(kind, item_id)
            texts[(kind, item_id)] = window.details.toPlainText()
    return texts


def test_generated_phrases_follow_the_grammar(window, store):
    """Definite (genitive) forms after «i/e/të/së»; no role left as a bare participle; «qark», not «krahinë»."""
    forms = place_forms(store)
    panels = albanian_panels(window, store)
    assert len(panels) == sum(len(store.ids(k)) for k in KINDS)
    bad = {k: nominatives_after_article(t, forms) for k, t in panels.items() if nominatives_after_article(t, forms)}
    assert bad == {}
    bad = {k: t for k, t in panels.items()
           if re.search(r"(?m)(^|: )" + ARTICLE + r" ngarkuar", t) or re.search(r"krahin", without_quotes(t), re.I)}
    assert bad == {}


def test_the_article_check_catches_a_nominative(store):
    forms = place_forms(store)
    assert nominatives_after_article("Delegat i Berati", forms) == ["i Berati"]
    assert nominatives_after_article("delegacioni i Korçë dhe i Vlora", forms) == ["i Korçë", "i Vlora"]
    assert nominatives_after_article("Organ ekzekutiv i Këshilli Antifashist", forms) == ["i Këshilli"]
    assert nominatives_after_article("Delegat i Beratit; në Helmës të Skraparit; «Qarku i Berati»", forms) == []


# ------------------------------------------------------- stored case forms, as the real widgets show them
# albanian-style.md §1 and §2: the genitive that follows «i/e/të/së». The test reads the guide's forms, not the
# dataset's, so a stored form that goes missing or wrong fails here.
GUIDE_PLACE_GEN = {"berat": "Beratit", "diber": "Dibrës", "durres": "Durrësit", "elbasan": "Elbasanit",
                   "fier": "Fierit", "gjirokaster": "Gjirokastrës", "korce": "Korçës", "kukes": "Kukësit",
                   "lezhe": "Lezhës", "shkoder": "Shkodrës", "tirane": "Tiranës", "vlore": "Vlorës", "peze": "Pezës",
                   "permet": "Përmetit", "albania": "Shqipërisë"}
GUIDE_DELEGATION_GEN = {"korca": "Korçës", "vlora-gjirokastra": "Vlorës dhe i Gjirokastrës", "berat": "Beratit",
                        "elbasan": "Elbasanit", "tirana": "Tiranës", "peza": "Pezës", "durres": "Durrësit"}
GUIDE_BODY_GEN = {"kpnc": "Këshillit të Përgjithshëm Nacionalçlirimtar",
                  "congress": "Kongresit Antifashist Nacionalçlirimtar të Përmetit",
                  "council": "Këshillit Antifashist Nacionalçlirimtar",
                  "presidency": "Kryesisë së Këshillit Antifashist Nacionalçlirimtar",
                  "committee": "Komitetit Antifashist Nacionalçlirimtar"}


def test_the_stored_genitives_are_the_style_guides(store):
    assert {p.id: p.name_sq_gen for p in store.places()} == GUIDE_PLACE_GEN
    assert {d.id: d.name_sq_gen for d in store.delegations("region")} == GUIDE_DELEGATION_GEN
    assert all(d.name_sq_gen is None for d in store.delegations() if d.kind != "region")
    assert {b.id: b.name_sq_gen for b in store.bodies()} == GUIDE_BODY_GEN


def place_words(store) -> dict[str, str]:
    """Every Albanian form of every place and place-named delegation («Korçë», «Korça», «Korçës», «Vlora») ->
    the genitive that must stand in its place after the article."""
    words = {}
    for p in store.places():
        for form in (p.name_sq, p.name_sq_definite, GUIDE_PLACE_GEN[p.id]):
            words[form] = GUIDE_PLACE_GEN[p.id]
    for d in store.delegations("region"):
        for part, place_id in zip(re.split(r"[–-]", d.name_sq), d.place_ids if len(d.place_ids) > 1 else [None]):
            if place_id is None:
                place_id = d.place_ids[0]
            words[part] = GUIDE_PLACE_GEN[place_id]
    return words


def wrong_forms_after_article(text: str, words: dict[str, str]) -> list[str]:
    """«i Berati», «e Korçë»: a place after «i/e/të/së» in any form but its genitive."""
    pattern = ARTICLE + r" (" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?![\wë])"
    text = without_quotes(text).replace("Përmet Explorer", "")
    return [m.group(0) for m in re.finditer(pattern, text) if m.group(1) != words[m.group(1)]]


def widget_texts_in_albanian(window, store, qtbot) -> dict[str, str]:
    """What the real widgets show in Albanian: the details panel for every place, delegation and body, the map's
    tooltips (counties, localities, circles), the chart's bar labels and tooltips, the organisation tree's rows
    and the Overview."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QGraphicsView

    window.set_language("sq")
    texts = {}
    for kind in ("place", "delegation", "body"):
        for item_id in store.ids(kind):
            window.selection.select(kind, item_id)
            texts[f"details {kind}:{item_id}"] = window.details.toPlainText()
    window.selection.clear()
    window.show_tab("map")
    view = window.findChild(QGraphicsView, "regionMap")
    qtbot.waitUntil(view.isVisible)
    for place_id in view.place_ids():
        texts[f"map place:{place_id}"] = view.region_item(place_id).info
    for delegation_id in view.symbol_ids():
        texts[f"map circle:{delegation_id}"] = view.symbol_item(delegation_id).info
    window.show_tab("chart")
    chart = window.chart_tab.ensure_built()
    texts["chart labels"] = "\n".join(line for _x, lines, _first in chart.tick_layout() for line in lines)
    for delegation_id in chart.bar_ids():
        texts[f"chart tooltip:{delegation_id}"] = chart.tooltip_for(delegation_id)
    window.show_tab("org")
    model = window.org_tab.tree.model()

    def rows(parent: QModelIndex):
        for r in range(model.rowCount(parent)):
            yield " | ".join(str(model.index(r, c, parent).data(Qt.ItemDataRole.DisplayRole) or "")
                             for c in range(model.columnCount(parent)))
            yield from rows(model.index(r, 0, parent))
    texts["organisation tree"] = "\n".join(rows(QModelIndex()))
    window.show_tab("overview")
    texts["overview"] = window.overview_tab.text.toPlainText()
    return texts


def test_widgets_put_the_stored_genitive_after_the_article(window, store, qtbot):
    """After «i/e/të/së» a place or delegation name is its genitive, and the phrases that need one show the
    guide's genitive: «Delegacioni i Korçës», «Burimet për qarkun e Dibrës», «Organ ekzekutiv i Këshillit …»."""
    texts = widget_texts_in_albanian(window, store, qtbot)
    assert {k for k in texts if k.startswith("map circle:")} == {f"map circle:{d}" for d in GUIDE_DELEGATION_GEN}
    words = place_words(store)
    bad = {k: wrong_forms_after_article(t, words) for k, t in texts.items() if wrong_forms_after_article(t, words)}
    assert bad == {}
    forms = place_forms(store)  # nominatives of bodies too: «i Këshilli» is wrong
    assert {k: nominatives_after_article(t, forms) for k, t in texts.items() if nominatives_after_article(t, forms)} == {}
    for delegation_id, gen in GUIDE_DELEGATION_GEN.items():
        assert texts[f"details delegation:{delegation_id}"].startswith(f"Delegacioni i {gen}\n")
        assert f"\nDelegacioni i {gen}\n" in texts[f"map circle:{delegation_id}"]
    for place in store.places("region"):
        assert f"Burimet për qarkun e {GUIDE_PLACE_GEN[place.id]}" in texts[f"details place:{place.id}"]
    for body in store.bodies():
        if body.relation_en == "executive organ of":
            phrase = f"Organ ekzekutiv i {GUIDE_BODY_GEN[body.parent_id]}"
            assert phrase in texts[f"details body:{body.id}"] and phrase in texts["organisation tree"]
            assert f"ishte organi ekzekutiv i {GUIDE_BODY_GEN[body.parent_id]}." in texts["overview"]
    assert "organit epror" not in "\n".join(texts.values())


def test_widgets_say_qark_and_never_leave_a_role_as_a_bare_participle(window, store, qtbot):
    texts = widget_texts_in_albanian(window, store, qtbot)
    assert {k: t for k, t in texts.items() if re.search(r"krahin", without_quotes(t), re.IGNORECASE)} == {}
    bare = r"(?m)(^|: |; |\| |\n)" + ARTICLE + r" ngarkuar\b"
    assert {k: t for k, t in texts.items() if re.search(bare, t)} == {}
    assert "anëtar i ngarkuar" in texts["organisation tree"]  # the commissioners are there, with their noun


def test_the_widget_check_catches_a_wrong_form(store):
    words = place_words(store)
    assert wrong_forms_after_article("Delegacioni i Korça", words) == ["i Korça"]
    assert wrong_forms_after_article("Burimet për qarkun e Dibër; delegacioni i Vlora", words) == ["e Dibër", "i Vlora"]
    assert wrong_forms_after_article("Delegacioni i Vlorës dhe i Gjirokastrës; «Qarku i Berat»", words) == []


def people_rows(window) -> dict[str, str]:
    """The People list's roles column, by person's name, as the real list shows it."""
    window.show_tab("org")
    window.org_tab.show_view("people")
    model = window.org_tab.people.list.model()
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def test_a_persons_roles_are_phrases_with_the_stored_body_genitive(window, store, qtbot):
    """albanian-style.md §3: role and body join with a genitive, not a colon or a comma: «anëtar i Këshillit
    Antifashist Nacionalçlirimtar», a commissioner «anëtar i Komitetit … i ngarkuar me punët e …». The People
    column keeps a short form only where it stays grammatical: «anëtar (KANÇ)», never a built «KANÇ-it»."""
    window.set_language("sq")
    forms = place_forms(store)
    holders = sorted({seat.person_id for b in store.bodies() for seat in store.seats(b.id) if seat.person_id})
    assert len(holders) > 10
    for person_id in holders:
        window.selection.select("person", person_id)
        text = window.details.toPlainText()
        for seat in store.roles(person_id):
            gen = GUIDE_BODY_GEN[seat.body_id]
            if seat.role_en == "commissioner":
                phrase = f"anëtar i {gen} i ngarkuar me {seat.portfolio_sq}"
            else:
                phrase = f"{seat.role_sq} i {gen}"
            assert phrase in text.splitlines(), (person_id, phrase)
            assert f"{store.body(seat.body_id).name_sq}: " not in text, person_id  # the old label form
        assert nominatives_after_article(text, forms) == [], person_id
    rows = people_rows(window)
    assert rows["Medar Shtylla"] == "anëtar (KANÇ); anëtar i Kryesisë së Këshillit Antifashist Nacionalçlirimtar"
    assert rows["Enver Hoxha"] == "kryetar (Komiteti ANÇ)"
    assert rows["Manol Konomi"] == "anëtar (KANÇ); anëtar i ngarkuar me punët e Drejtësisë (Komiteti ANÇ)"
    column = "\n".join(v for v in rows.values() if v)
    assert not re.search(r"(KANÇ|ANÇ): |-it\b|\bi ngarkuar \(", column), column
    assert nominatives_after_article(column, forms) == []
    window.set_language("en")
    window.selection.select("person", "medar-shtylla")
    lines = window.details.toPlainText().splitlines()
    assert "member of the Anti-Fascist National Liberation Council" in lines
    assert "member of the Presidency of the Council" in lines
    assert people_rows(window)["Sejfulla Malëshova"] == (
        "commissioner for press, propaganda, popular culture and education (Komiteti ANÇ)")
