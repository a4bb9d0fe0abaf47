"""Albanian wording for the dataset's vocabulary (app/ui/vocabulary.py) and the details panel. (The
corrections of albanian-style.md §5, "Wrong or awkward strings", are made in fill_sq.py itself.)"""

SQ = {
    # --- app/ui/vocabulary.py: confidence levels
    "high confidence": "besueshmëri e lartë",
    "medium-high confidence": "besueshmëri mesatare në të lartë",
    "medium confidence": "besueshmëri mesatare",
    "low confidence": "besueshmëri e ulët",
    "opinion": "mendim",
    # source types: tags that agree with «burim» (m.)
    "wiki": "wiki",
    "commemorative": "përkujtimor",
    "Soviet": "sovjetik",
    "academic": "akademik",
    "critical": "kritik",
    "encyclopedic": "enciklopedik",
    "press": "shtyp",
    "government source": "qeveritar",
    "archive": "arkivor",
    "geodata": "të dhëna gjeografike",
    "estimate": "vlerësim",
    # decision categories
    "government": "qeverisja",
    "sovereignty": "sovraniteti",
    "foreign relations": "marrëdhëniet me jashtë",
    "justice": "drejtësia",
    "army": "ushtria",
    "constitution": "kushtetuta",
    # kinds of item
    "delegation": "delegacion",
    "body": "organ",
    "person": "person",
    "decision": "vendim",
    "viewpoint": "pikëpamje",
    "event": "ngjarje",
    "term": "term",
    "locality": "vendbanim",
    "country": "vend",
    # relations between bodies (a caption: a bare participle is idiomatic there)
    "Elected by": "Zgjedhur nga",
    "Formed by": "Formuar nga",
    "Executive organ of": "Organ ekzekutiv i organit epror:",
    # the org chart's label on the line from the Council down to the Committee
    "executive organ of": "organ ekzekutiv",
    # cited fields
    "number of delegates": "numri i delegatëve",
    "number of members": "numri i anëtarëve",
    "opening date": "data e hapjes",
    "closing date": "data e mbylljes",
    "date": "data",
    "the date": "datën",
    "geometry": "gjeometria",
    "holder": "titullari",
    "member": "anëtari",
    "1944 prefecture": "prefektura e vitit 1944",
    "calling of the congress": "thirrja e kongresit",
    "model": "modeli",
    "venue": "vendi i mbledhjes",
    "the number of delegates": "numrin e delegatëve",
    "the number of members": "numrin e anëtarëve",
    "the opening date": "datën e hapjes",
    "the closing date": "datën e mbylljes",
    "who created it": "krijuesin",
    "who was represented": "se kush përfaqësohej",
    "the year of birth": "vitin e lindjes",
    "the year of death": "vitin e vdekjes",
    "the office held": "detyrën",
    "created by": "krijuar nga",
    "represented": "përfaqësonte",
    "year of birth": "viti i lindjes",
    "year of death": "viti i vdekjes",
    "office": "detyra",
    "one wording, repeated by {n} sources": "një formulim i vetëm, i përsëritur nga {n} burime",
    # languages of quotes
    "Albanian": "shqip",
    "English": "anglisht",
    "Russian": "rusisht",
    "German": "gjermanisht",
    "Italian": "italisht",
    "Hungarian": "hungarisht",
    "Ukrainian": "ukrainisht",
    "French": "frëngjisht",
    "Serbian": "serbisht",
    "Greek": "greqisht",
    "not recorded in the sources": "nuk shënohet në burime",
    "not named in the sources": "pa emër në burime",
    "sources disagree": "burimet nuk pajtohen",

    # --- app/ui/details.py
    "Details": "Hollësitë",
    "What is selected, its figures and the sources they come from":
        "Elementi i përzgjedhur, shifrat e tij dhe burimet nga të cilat vijnë",
    "Select a county, a delegation, a body, a person or a decision to see its figures and sources.":
        "Përzgjidhni një qark, një delegacion, një organ, një person ose një vendim për të parë shifrat "
        "dhe burimet përkatëse.",
    "{total} delegates. The sources give the delegations of the counties for {regional} of them; the other "
    "{rest} are not broken down by county.":
        "{total} delegatë. Për {regional} prej tyre burimet japin delegacionin e qarkut; {rest} të tjerët "
        "nuk ndahen sipas qarqeve.",
    "No citation.": "Pa citim.",
    "Sources": "Burimet",
    "quote in {language}": "citat në {language}",
    "Delegates: not recorded in the sources": "Delegatë: nuk shënohen në burime",
    "1 delegate, {share} of {total}": "1 delegat, {share} e {total} delegatëve",
    "One delegation over several counties:": "Një delegacion i përbashkët për disa qarqe:",
    "Sources for the delegation": "Burimet për delegacionin",
    "Sources for the region": "Burimet për qarkun",
    "Sources for the locality": "Burimet për vendbanimin",
    "No delegation from this county is recorded in the sources.":
        "Burimet nuk shënojnë asnjë delegacion nga ky qark.",
    "1944 prefecture of the same name: {name}": "Prefektura e vitit 1944 me të njëjtin emër: {name}",
    "Named delegates: not recorded in the sources": "Delegatë me emër: nuk shënohen në burime",
    "Named delegates ({n})": "Delegatë të përmendur me emër ({n})",
    "Computed, not sourced: the total minus the delegations of the counties.":
        "E llogaritur, jo nga burimet: totali minus delegacionet e qarqeve.",
    "A quota set by the election resolution, not a head-count; part of the total, not added to it.":
        "Kuotë e caktuar nga rezoluta për zgjedhjen e delegatëve, jo numërim i të pranishmëve; pjesë e totalit, "
        "jo e shtuar mbi të.",
    "Counties:": "Qarqet:",
    "Number of members:": "Numri i anëtarëve:",
    " or ": " ose ",
    "{seats} seats: {named} named in the sources, {unnamed} not named.":
        "{seats} vende: {named} me emër në burime, {unnamed} pa emër.",
    "{named} members named in the sources; the others are not named.":
        "{named} anëtarë me emër në burime; të tjerët nuk përmenden me emër.",
    "Bodies below:": "Organet vartëse:",
    "Also written:": "Shkruhet edhe:",
    "Roles": "Detyrat",
    "{role}, {body}": "{body}: {role}",
    "Delegation: {name}": "Delegacioni: {name}",
    "Born:": "Lindur:",
    "died:": "vdekur:",
    "Viewpoint, not a decision": "Pikëpamje, jo vendim",
    "Only paraphrases are known; no verbatim text of the resolution was found.":
        "Njihen vetëm parafrazime; teksti origjinal i rezolutës nuk është gjetur.",
    "Concerns:": "Ka të bëjë me:",
    "Place:": "Vendndodhja:",
    "Sources disagree on {field}:": "Burimet nuk pajtohen për {field}:",
    "Congress of Përmet (24–28 May 1944)": "Kongresi i Përmetit (24–28 maj 1944)",

}

# --- app/ui/citation.py: what "Cite this" copies
SQ.update({
    "a decision of the Congress of Përmet, May 1944": "vendim i Kongresit të Përmetit, maj 1944",
    "a viewpoint on the Congress of Përmet, not a decision": "pikëpamje për Kongresin e Përmetit, jo vendim",
    "a region on the map": "qark në hartë",
    "a delegation to the Congress of Përmet": "delegacion në Kongresin e Përmetit",
    "a body of the Congress of Përmet": "organ i Kongresit të Përmetit",
    "a person in the bodies of the Congress of Përmet": "person në organet e Kongresit të Përmetit",
    "a dated event": "ngjarje me datë",
    "{app} {version}, dataset “{title}” (schema {schema}).": "{app} {version}, të dhënat «{title}» (skema {schema}).",
    "Sources:": "Burimet:",
    "Reliability: {tag}.": "Lloji i burimit: {tag}.",
})
