"""Albanian wording for the phrases that take a stored Albanian case form (helper "data-sq", issue #13): a
placeholder named `{…_gen}` receives the dataset's `name_sq_gen` («Korçës», «Këshillit Antifashist
Nacionalçlirimtar»), so the linking article before it is followed by a genitive. Read by fill_sq.py."""

SQ = {
    # app/ui/vocabulary.py: how a body hangs from its parent («nga» + nominative; «i» + genitive)
    "Elected by {parent}": "Zgjedhur nga {parent}",
    "Formed by {parent}": "Formuar nga {parent}",
    "Executive organ of the {parent_gen}": "Organ ekzekutiv i {parent_gen}",
    # details panel and map tooltips: a delegation named for a place
    "Delegation of {delegation_gen}": "Delegacioni i {delegation_gen}",
    # details panel: the sources of a county
    "Sources for the region of {place_gen}": "Burimet për qarkun e {place_gen}",
    # the Overview: a sentence per body («{body}» is a subject: nominative)
    "The {body} was the executive organ of the {parent_gen}.": "{body} ishte organi ekzekutiv i {parent_gen}.",
    # CSV headers (chart, decisions, seats): the first column, the item's key, stays "id"
    "Name in English": "Emri në anglisht",
    "Name in Albanian": "Emri në shqip",
    "Kind": "Lloji",
    "Basis": "Baza e shifrës",
    "Source addresses": "Adresat e burimeve",
    "Title in English": "Titulli në anglisht",
    "Title in Albanian": "Titulli në shqip",
    "Confidence": "Besueshmëria",
    "Summary": "Përmbledhja",
    "Quotes": "Citatet",
    "Body": "Organi",
    "Seat": "Vendi",
    "Holder": "Titullari",
    "Note": "Shënimi",
    # a cited field: a source puts part of a county in another county's delegation
    "partial representation": "përfaqësim i pjesshëm",
    # CSV code columns (app/ui/vocabulary.py): a delegation's kind and the basis of its figure
    "regional delegation": "delegacion qarku",
    "quota": "kuotë",
    "sourced": "nga burimet",
    # a person's seat as one phrase (app/ui/vocabulary.py): the role, then the body's stored genitive
    "chairman of the {body_gen}": "kryetar i {body_gen}",
    "vice-chairman of the {body_gen}": "nënkryetar i {body_gen}",
    "member of the {body_gen}": "anëtar i {body_gen}",
    "commissioner of the {body_gen} for {portfolio}": "anëtar i {body_gen} i ngarkuar me {portfolio}",
    # the same in the People list's narrow column, with the body's abbreviation in brackets
    "commissioner for {portfolio} ({body})": "anëtar i ngarkuar me {portfolio} ({body})",
}
