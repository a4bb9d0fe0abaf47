"""The dataset's own terms (confidence levels, source types, kinds, categories, fields, languages, and the
"not recorded in the sources" texts) in the interface language, in one place.

Each term is marked with QT_TRANSLATE_NOOP so that lupdate puts it in the catalogue under the context
"Vocabulary"; the functions below translate it at the moment it is shown, so a language switch needs
nothing more than a repaint. A value the vocabulary does not know is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"

CONFIDENCE = {
    "high": QT_TRANSLATE_NOOP("Vocabulary", "high confidence"),
    "medium-high": QT_TRANSLATE_NOOP("Vocabulary", "medium-high confidence"),
    "medium": QT_TRANSLATE_NOOP("Vocabulary", "medium confidence"),
    "low": QT_TRANSLATE_NOOP("Vocabulary", "low confidence"),
    "opinion": QT_TRANSLATE_NOOP("Vocabulary", "opinion"),
}

# A source's type, as the tag after its title: "[commemorative]". Albanian tags agree with «burim» (m.).
RELIABILITY = {
    "wiki": QT_TRANSLATE_NOOP("Vocabulary", "wiki"),
    "commemorative": QT_TRANSLATE_NOOP("Vocabulary", "commemorative"),
    "soviet": QT_TRANSLATE_NOOP("Vocabulary", "Soviet"),
    "academic": QT_TRANSLATE_NOOP("Vocabulary", "academic"),
    "critical": QT_TRANSLATE_NOOP("Vocabulary", "critical"),
    "encyclopedic": QT_TRANSLATE_NOOP("Vocabulary", "encyclopedic"),
    "press": QT_TRANSLATE_NOOP("Vocabulary", "press"),
    "government": QT_TRANSLATE_NOOP("Vocabulary", "government source"),
    "archive": QT_TRANSLATE_NOOP("Vocabulary", "archive"),
    "geodata": QT_TRANSLATE_NOOP("Vocabulary", "geodata"),
    "estimate": QT_TRANSLATE_NOOP("Vocabulary", "estimate"),
}

CATEGORY = {
    "government": QT_TRANSLATE_NOOP("Vocabulary", "government"),
    "sovereignty": QT_TRANSLATE_NOOP("Vocabulary", "sovereignty"),
    "foreign relations": QT_TRANSLATE_NOOP("Vocabulary", "foreign relations"),
    "justice": QT_TRANSLATE_NOOP("Vocabulary", "justice"),
    "army": QT_TRANSLATE_NOOP("Vocabulary", "army"),
    "constitution": QT_TRANSLATE_NOOP("Vocabulary", "constitution"),
}

# The kinds of selectable item, as a short tag ("Korçë — region"; Albanian «qark»).
KIND = {
    "place": QT_TRANSLATE_NOOP("Vocabulary", "region"),
    "delegation": QT_TRANSLATE_NOOP("Vocabulary", "delegation"),
    "body": QT_TRANSLATE_NOOP("Vocabulary", "body"),
    "person": QT_TRANSLATE_NOOP("Vocabulary", "person"),
    "decision": QT_TRANSLATE_NOOP("Vocabulary", "decision"),
    "viewpoint": QT_TRANSLATE_NOOP("Vocabulary", "viewpoint"),
    "event": QT_TRANSLATE_NOOP("Vocabulary", "event"),
    "term": QT_TRANSLATE_NOOP("Vocabulary", "term"),
}

# A delegation's kind and the basis of its figure, as the chart's CSV writes them.
DELEGATION_KIND = {
    "region": QT_TRANSLATE_NOOP("Vocabulary", "regional delegation"),
    "unattributed": QT_TRANSLATE_NOOP("Vocabulary", "not broken down by region"),
    "quota": QT_TRANSLATE_NOOP("Vocabulary", "quota"),
}

BASIS = {
    "sourced": QT_TRANSLATE_NOOP("Vocabulary", "sourced"),
    "computed": QT_TRANSLATE_NOOP("Vocabulary", "computed, not sourced"),
    "quota": QT_TRANSLATE_NOOP("Vocabulary", "a quota within the total, not extra delegates"),
}

# Whether a decision's title and summary are the original words or a paraphrase.
WORDING = {
    "paraphrase": QT_TRANSLATE_NOOP("Vocabulary", "paraphrase only"),
    "verbatim": QT_TRANSLATE_NOOP("Vocabulary", "original wording"),
}

PLACE_KIND = {
    "region": QT_TRANSLATE_NOOP("Vocabulary", "region"),
    "locality": QT_TRANSLATE_NOOP("Vocabulary", "locality"),
    "country": QT_TRANSLATE_NOOP("Vocabulary", "country"),
}

# How a body hangs from its parent: a whole phrase with the parent's name in it. «nga» takes the nominative
# ({parent}: «Zgjedhur nga Kongresi …»); after the linking article comes the stored genitive ({parent_gen}:
# «Organ ekzekutiv i Këshillit Antifashist Nacionalçlirimtar»), never a name glued after «i».
RELATION = {
    "elected by": QT_TRANSLATE_NOOP("Vocabulary", "Elected by {parent}"),
    "formed by": QT_TRANSLATE_NOOP("Vocabulary", "Formed by {parent}"),
    "executive organ of": QT_TRANSLATE_NOOP("Vocabulary", "Executive organ of the {parent_gen}"),
}

# A person's seat as one phrase: the role, then the body after the linking article in its stored genitive
# ({body_gen}: «anëtar i Këshillit Antifashist Nacionalçlirimtar»); a commissioner «anëtar i {body_gen} i
# ngarkuar me {portfolio}». The Albanian phrases are masculine: each is used only where the stored Albanian role
# is the masculine noun written beside it, so a feminine or unknown role keeps its label form.
ROLE_OF = {
    "chairman": ("kryetar", QT_TRANSLATE_NOOP("Vocabulary", "chairman of the {body_gen}")),
    "vice-chairman": ("nënkryetar", QT_TRANSLATE_NOOP("Vocabulary", "vice-chairman of the {body_gen}")),
    "member": ("anëtar", QT_TRANSLATE_NOOP("Vocabulary", "member of the {body_gen}")),
    "commissioner": ("anëtar i ngarkuar",
                     QT_TRANSLATE_NOOP("Vocabulary", "commissioner of the {body_gen} for {portfolio}")),
}
# The same in a narrow list column, with the body's abbreviation in brackets (never a built genitive of it).
COMMISSIONER_SHORT = QT_TRANSLATE_NOOP("Vocabulary", "commissioner for {portfolio} ({body})")

# A cited field, as the label before the value a source gives for it ("— delegates: 25").
FIELD = {
    "delegates": QT_TRANSLATE_NOOP("Vocabulary", "number of delegates"),
    "size": QT_TRANSLATE_NOOP("Vocabulary", "number of members"),
    "opened": QT_TRANSLATE_NOOP("Vocabulary", "opening date"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "closing date"),
    "date": QT_TRANSLATE_NOOP("Vocabulary", "date"),
    "geometry": QT_TRANSLATE_NOOP("Vocabulary", "geometry"),
    "holder": QT_TRANSLATE_NOOP("Vocabulary", "holder"),
    "member": QT_TRANSLATE_NOOP("Vocabulary", "member"),
    "prefecture_1944_namesake": QT_TRANSLATE_NOOP("Vocabulary", "1944 prefecture"),
    "called_congress": QT_TRANSLATE_NOOP("Vocabulary", "calling of the congress"),
    "model": QT_TRANSLATE_NOOP("Vocabulary", "model"),
    "venue": QT_TRANSLATE_NOOP("Vocabulary", "venue"),
    "created_by": QT_TRANSLATE_NOOP("Vocabulary", "created by"),
    "represented": QT_TRANSLATE_NOOP("Vocabulary", "represented"),
    "born": QT_TRANSLATE_NOOP("Vocabulary", "year of birth"),
    "died": QT_TRANSLATE_NOOP("Vocabulary", "year of death"),
    "office": QT_TRANSLATE_NOOP("Vocabulary", "office"),
    "partly_represented_by": QT_TRANSLATE_NOOP("Vocabulary", "partial representation"),
}

# The same fields as the object of "Sources disagree on …" (Albanian: accusative after «për»).
FIELD_OBJECT = {
    "delegates": QT_TRANSLATE_NOOP("Vocabulary", "the number of delegates"),
    "size": QT_TRANSLATE_NOOP("Vocabulary", "the number of members"),
    "opened": QT_TRANSLATE_NOOP("Vocabulary", "the opening date"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "the closing date"),
    "date": QT_TRANSLATE_NOOP("Vocabulary", "the date"),
    "created_by": QT_TRANSLATE_NOOP("Vocabulary", "who created it"),
    "represented": QT_TRANSLATE_NOOP("Vocabulary", "who was represented"),
    "born": QT_TRANSLATE_NOOP("Vocabulary", "the year of birth"),
    "died": QT_TRANSLATE_NOOP("Vocabulary", "the year of death"),
    "office": QT_TRANSLATE_NOOP("Vocabulary", "the office held"),
}

# The language of a quote, by ISO 639-1 code.
LANGUAGE = {
    "sq": QT_TRANSLATE_NOOP("Vocabulary", "Albanian"),
    "en": QT_TRANSLATE_NOOP("Vocabulary", "English"),
    "ru": QT_TRANSLATE_NOOP("Vocabulary", "Russian"),
    "de": QT_TRANSLATE_NOOP("Vocabulary", "German"),
    "it": QT_TRANSLATE_NOOP("Vocabulary", "Italian"),
    "hu": QT_TRANSLATE_NOOP("Vocabulary", "Hungarian"),
    "uk": QT_TRANSLATE_NOOP("Vocabulary", "Ukrainian"),
    "fr": QT_TRANSLATE_NOOP("Vocabulary", "French"),
    "sr": QT_TRANSLATE_NOOP("Vocabulary", "Serbian"),
    "el": QT_TRANSLATE_NOOP("Vocabulary", "Greek"),
}

NOT_RECORDED = QT_TRANSLATE_NOOP("Vocabulary", "not recorded in the sources")
NOT_NAMED = QT_TRANSLATE_NOOP("Vocabulary", "not named in the sources")
SOURCES_DISAGREE = QT_TRANSLATE_NOOP("Vocabulary", "sources disagree")


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _term(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    return translate(table[value]) if value in table else value


def confidence(value: str | None) -> str:
    """«besueshmëri e lartë» / "high confidence"; "opinion" for a viewpoint."""
    return _term(CONFIDENCE, value)


def reliability(value: str | None) -> str:
    return _term(RELIABILITY, value)


def category(value: str | None) -> str:
    return _term(CATEGORY, value)


def kind(value: str | None) -> str:
    return _term(KIND, value)


def place_kind(value: str | None) -> str:
    return _term(PLACE_KIND, value)


def delegation_kind(value: str | None) -> str:
    return _term(DELEGATION_KIND, value)


def basis(value: str | None) -> str:
    return _term(BASIS, value)


def wording(value: str | None) -> str:
    return _term(WORDING, value)


def relation(value: str | None, parent: str, parent_gen: str, escape=None) -> str:
    """The phrase that hangs a body from its parent, with the parent's name in the case the phrase needs.
    `escape` (e.g. html.escape) is applied to the phrase before the names go in (they may be links).
    A relation the vocabulary does not know is shown as it is, before the parent's name."""
    if value in RELATION:
        template = translate(RELATION[value])
    else:  # braces in the data are characters, not placeholders
        template = (value or "").replace("{", "{{").replace("}", "}}") + " {parent}"
    if escape is not None:
        template = escape(template)
    return template.format(parent=parent, parent_gen=parent_gen)


def role_phrase(role_en: str, role_sq: str, portfolio: str | None, body_gen: str | None, escape=None) -> str | None:
    """«anëtar i Këshillit Antifashist Nacionalçlirimtar» / "member of the Anti-Fascist National Liberation
    Council", or None where no phrase fits (no stored genitive, a role the table does not know, a feminine role,
    a commissioner without a portfolio): the caller then shows its label form. `escape` (e.g. html.escape) is
    applied to the template before the names go in (they may be links)."""
    entry = ROLE_OF.get(role_en)
    if entry is None or role_sq != entry[0] or not body_gen or ("{portfolio}" in entry[1] and not portfolio):
        return None
    template = translate(entry[1])
    if escape is not None:
        template = escape(template)
    return template.format(body_gen=body_gen, portfolio=portfolio or "")


def role_short(role_en: str, role_sq: str, role: str, portfolio: str | None, abbrev: str | None) -> str | None:
    """A seat for a narrow column: «anëtar (KANÇ)», «anëtar i ngarkuar me punët e Drejtësisë (Komiteti ANÇ)»;
    None for a body without an abbreviation (the caller then writes the whole phrase)."""
    if not abbrev:
        return None
    if role_en == "commissioner" and role_sq == ROLE_OF["commissioner"][0] and portfolio:
        return translate(COMMISSIONER_SHORT).format(portfolio=portfolio, body=abbrev)
    return f"{role} ({abbrev})"


def field(value: str | None) -> str:
    return _term(FIELD, value)


def field_object(value: str | None) -> str:
    return _term(FIELD_OBJECT, value)


def language(code: str | None) -> str:
    return _term(LANGUAGE, code)


def not_recorded() -> str:
    return translate(NOT_RECORDED)


def not_named() -> str:
    return translate(NOT_NAMED)


def sources_disagree() -> str:
    return translate(SOURCES_DISAGREE)
