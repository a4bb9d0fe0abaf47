"""Albanian wording for the dataset's vocabulary (app/ui/vocabulary.py), the details panel, and the
corrections of /work/shared/albanian-style.md §5 ("Wrong or awkward strings"). fill_sq.py reads this after
its own SQ, so an entry here replaces the older wording of the same source text."""

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

    # --- corrections of strings elsewhere (albanian-style.md §5, "Wrong or awkward strings")
    "region": "qark",
    "Regions:": "Qarqet:",
    "Map of Albania's regions": "Harta e qarqeve të Shqipërisë",
    "Regions shaded by the delegates they sent to the congress. Arrow keys or Tab move between regions, Enter "
    "selects, + and - zoom.":
        "Qarqet, të ngjyrosura sipas numrit të delegatëve që dërguan në kongres. Shigjetat ose Tab kalojnë nga "
        "një qark te tjetri; Enter përzgjedh; + dhe - zmadhojnë e zvogëlojnë.",
    "One delegation over several regions:": "Një delegacion i përbashkët për disa qarqe:",
    "No delegation from this region is recorded in the sources.": "Burimet nuk shënojnë asnjë delegacion nga ky qark.",
    "Select a region, a delegation, a body, a person or a decision to see its figures and sources.":
        "Përzgjidhni një qark, një delegacion, një organ, një person ose një vendim për të parë shifrat "
        "dhe burimet përkatëse.",
    "Finds regions, delegations, bodies, people and decisions": "Gjen qarqe, delegacione, organe, persona dhe vendime",
    "not broken\ndown by region": "pa ndarje\nsipas qarqeve",
    "not broken down by region (computed: total − regional)":
        "pa ndarje sipas qarqeve (e llogaritur: totali − delegatët e qarqeve)",
    "regional delegation (sourced)": "delegacion qarku (nga burimet)",
    "Computed, not sourced: the total minus the regional delegations.":
        "E llogaritur, jo nga burimet: totali minus delegacionet e qarqeve.",
    "Regional bars from the north to the south": "Delegacionet e qarqeve nga veriu në jug",
    "Regional bars from the largest to the smallest": "Delegacionet e qarqeve nga më i madhi te më i vogli",
    "{total} delegates. The sources give seven regional delegations ({regional} delegates); the other {rest} are not "
    "broken down by region. The Youth and Women's Unions had quotas within the {total}.":
        "{total} delegatë. Burimet japin shtatë delegacione të qarqeve ({regional} delegatë); {rest} të tjerët nuk "
        "ndahen sipas qarqeve. Bashkimi i Rinisë dhe Bashkimi i Grave kishin kuota brenda këtyre {total} delegatëve.",
    "{total} delegates. The sources give the regional delegations for {regional} of them; the other {rest} are not "
    "broken down by region.":
        "{total} delegatë. Për {regional} prej tyre burimet japin delegacionin e qarkut; {rest} të tjerët nuk ndahen "
        "sipas qarqeve.",
    "Back to the previous selection (Alt+Left)": "Kthehu te përzgjedhja e mëparshme (Alt+←)",
    "Forward to the next selection (Alt+Right)": "Shko te përzgjedhja pasuese (Alt+→)",
    "Clear selection": "Hiq përzgjedhjen",
    "Clear the selection (Esc)": "Hiq përzgjedhjen (Esc)",
    "Enter or a click selects the result": "Enter ose një klikim përzgjedh rezultatin",
    "Copy a citation of the selected item and its sources":
        "Kopjo një citim të elementit të përzgjedhur dhe të burimeve të tij",
    "Nothing selected — {n} delegates in all": "Nuk është përzgjedhur asgjë — gjithsej {n} delegatë",
    "Search titles, summaries and quotes (e.g. zog, kthimi, keshilli)":
        "Kërko në tituj, përmbledhje dhe citate (p.sh. zog, kthimi, keshilli)",
    "The decision, its sources and their quotes": "Vendimi, burimet dhe citatet e tyre",
    "Percent of {n}": "Përqindja ndaj {n}",
    "{n} delegates, {share} of {total}": "{n} delegatë, {share} e {total} delegatëve",
    "Every seat is a row; seats no source fills say so":
        "Çdo vend është një rresht; vendet pa emër në burime shënohen si të tilla",
    "Bar heights are numbers of delegates": "Lartësia e shtyllave tregon numrin e delegatëve",
    "Bar heights are shares of all the delegates": "Lartësia e shtyllave tregon përqindjen ndaj të gjithë delegatëve",
    "A bar for each delegation. Left and right move between bars, Enter selects.":
        "Një shtyllë për çdo delegacion. Shigjetat majtas e djathtas kalojnë nga një shtyllë te tjetra; "
        "Enter përzgjedh.",
    "Up and down show a decision in the reading pane; Enter selects it":
        "Shigjetat lart e poshtë shfaqin një vendim në panelin e leximit; Enter e përzgjedh",
    "Type part of a name, role or body; case and diacritics are ignored":
        "Shkruani një pjesë të emrit, detyrës ose organit; nuk dallohen shkronjat e mëdha nga të voglat, "
        "as ë nga e, as ç nga c",
    "Type to filter the decisions; case and diacritics are ignored":
        "Shkruani për të filtruar vendimet; nuk dallohen shkronjat e mëdha nga të voglat, as ë nga e, as ç nga c",
    "Cite this": "Citoje",
    "Org chart": "Organigrama",
    "Org chart of the bodies": "Organigrama e organeve",
    "Show the bodies as a drawn org chart": "Shfaq organet si organigramë",
    "Size:": "Numri i anëtarëve:",
    "Size: {size}": "Numri i anëtarëve: {size}",
    "size": "numri i anëtarëve",
    "the size": "numrin e anëtarëve",
    "Boxes for the bodies with their sizes and named office-holders; click a box to select the body":
        "Kutitë e organeve me numrin e anëtarëve dhe drejtuesit e përmendur me emër; klikoni një kuti për ta "
        "përzgjedhur organin",
    "called the congress": "thirrja e kongresit",
    "delegates": "numri i delegatëve",
    "confidence: {c}": "besueshmëria: {c}",
    "locality (Peza)": "vendbanim (Pezë)",
    "Sources for the place": "Burimet për qarkun",
    "Expand all": "Shpalos të gjitha",
    "Collapse all": "Palos të gjitha",
    "Delegates by delegation": "Delegatët sipas delegacioneve",
    "By size": "Sipas numrit të delegatëve",
    "Show the decisions of one category, or the viewpoints": "Shfaq vendimet e një kategorie ose pikëpamjet",
    "No decision matches “{q}”. Try fewer letters, or another category.":
        "Asnjë vendim nuk përputhet me «{q}». Provoni më pak shkronja ose një kategori tjetër.",
}
