"""Albanian wording for the Overview, the timeline, the people list, the fact sheet and Help (read by fill_sq.py).
Vocabulary per shared/albanian-style.md: Pasqyra, Kronologjia, Personat, Fjalorthi, qark (not krahinë),
përzgjedh (not zgjedh), Shtyp…, Eksporto…"""

SQ = {
    # tabs, menus and actions
    "&Overview": "&Pasqyra",
    "Overview": "Pasqyra",
    "Overview, map, chart, organisation and decisions": "Pasqyra, harta, grafiku, organizimi dhe vendimet",
    "&Export": "&Eksporto",
    "&Current view…": "&Pamjen e tanishme…",
    "&Fact sheet as PDF…": "&Fletën informative si PDF…",
    "&Print…": "&Shtyp…",
    "Export &fact sheet as PDF…": "Eksporto &fletën informative si PDF…",
    "Congress of Përmet: timeline of dated events": "Kongresi i Përmetit: kronologjia e ngjarjeve me datë",
    "&Guide": "&Udhëzuesi",
    "&Keyboard shortcuts": "&Shkurtoret e tastierës",
    "G&lossary": "&Fjalorthi",
    "Search in this tab": "Kërko në këtë skedë",
    "event": "ngjarje",
    "Fact sheet as PDF": "Fleta informative si PDF",
    "PDF document (*.pdf)": "Dokument PDF (*.pdf)",
    "Print fact sheet": "Shtyp fletën informative",
    "Guide": "Udhëzuesi",
    "Keyboard shortcuts": "Shkurtoret e tastierës",
    "Glossary": "Fjalorthi",
    # the Overview
    "Overview of the congress": "Pasqyra e kongresit",
    "Short paragraphs on the congress; every name and number is a link that selects it":
        "Paragrafë të shkurtër për kongresin; çdo emër dhe çdo numër është lidhje që e përzgjedh",
    "closed (the sources disagree)": "mbyllja (burimet nuk pajtohen)",
    "regional delegations": "delegacione të qarqeve",
    "members of the Council": "anëtarë të Këshillit",
    "members of the Presidency": "anëtarë të Kryesisë",
    "members of the Committee": "anëtarë të Komitetit",
    "decisions recorded": "vendime të shënuara",
    "people named": "persona me emër",
    "dated events": "ngjarje me datë",
    "What, where and when": "Çfarë, ku dhe kur",
    "Who came": "Kush erdhi",
    "What it elected": "Çfarë zgjodhi",
    "What it decided": "Çfarë vendosi",
    "What became of it": "Çfarë ndodhi më pas",
    "Every name and number is a link: click it to see its sources in the details panel.":
        "Çdo emër dhe çdo numër është lidhje: klikojeni për të parë burimet e tij në panelin e hollësive.",
    "The {congress} opened in Përmet on {date}.": "{congress} filloi punimet në Përmet më {date}.",
    "It was called on {date} by the presidency of the earlier council ({kpnc}).":
        "U thirr më {date} nga kryesia e këshillit të mëparshëm ({kpnc}).",
    "The sources disagree on when it closed: {dates}; each is shown with its sources.":
        "Burimet nuk pajtohen për datën e mbylljes: {dates}; secila tregohet me burimet e saj.",
    "It closed on {date}.": "I mbylli punimet më {date}.",
    "its dates (the sources disagree)": "datat (burimet nuk pajtohen)",
    "The sources disagree on how long it lasted: {dates}; each is shown with its sources.":
        "Burimet nuk pajtohen për kohëzgjatjen e tij: {dates}; secila datë tregohet me burimet e saj.",
    "Those that give a closing date give {date}.": "Ato që japin datë mbylljeje japin {date}.",
    "Its closing date is not recorded in the sources.": "Data e mbylljes nuk shënohet në burime.",
    "{n} delegates took part.": "Morën pjesë {n} delegatë.",
    "The sources give {k} regional delegations, {n} delegates in all: {list}.":
        "Burimet japin {k} delegacione të qarqeve, gjithsej {n} delegatë: {list}.",
    "The other {n} are not broken down by region in the sources.":
        "{n} të tjerët nuk ndahen sipas qarqeve në burime.",
    "The election resolution set quotas within this total, not added to it: {list}.":
        "Rezoluta për zgjedhjen e delegatëve caktoi kuota brenda këtij totali, jo mbi të: {list}.",
    "The sources disagree on a delegation — {name}: {values}.":
        "Burimet nuk pajtohen për një delegacion — {name}: {values}.",
    "{n} of the delegates are named in the sources; {people} people in all are named, as delegates or in the bodies.":
        "Burimet përmendin me emër {n} prej delegatëve; gjithsej përmenden me emër {people} persona, "
        "si delegatë ose në organe.",
    "The {body} was elected by the {parent}.": "{body} u zgjodh nga {parent}.",
    "The {body} was formed by the {parent}.": "{body} u formua nga {parent}.",
    "Members: {values} (the sources disagree).": "Numri i anëtarëve: {values} (burimet nuk pajtohen).",
    "Members: {n}.": "Numri i anëtarëve: {n}.",
    "Named in the sources: {named}.": "Me emër në burime: {named}.",
    "The sources record {n} decisions, all known only in paraphrase:":
        "Burimet shënojnë {n} vendime, të gjitha të njohura vetëm nga parafrazimet:",
    "The sources record {n} decisions:": "Burimet shënojnë {n} vendime:",
    "A viewpoint, not a decision: {title}.": "Pikëpamje, jo vendim: {title}.",
    # the timeline
    "Timeline": "Kronologjia",
    "The dated events in order. Left and right move along the line; Enter selects. "
    "A dashed range with ? marks a date the sources disagree on.":
        "Ngjarjet me datë sipas radhës. Shigjetat majtas e djathtas lëvizin përgjatë vijës; Enter përzgjedh. "
        "Një interval me vija të ndërprera dhe me ? shënon një datë për të cilën burimet nuk pajtohen.",
    # the people
    "People": "Personat",
    "Show every person in the dataset as a sortable list": "Shfaq çdo person të të dhënave në një listë që renditet",
    "Roles in the bodies": "Detyrat në organe",
    "Delegation": "Delegacioni",
    "Born–died": "Lindur–vdekur",
    "Filter people by name, role or delegation (e.g. maleshova)":
        "Filtro personat sipas emrit, detyrës ose delegacionit (p.sh. maleshova)",
    "Filter the people": "Filtro personat",
    "Every person in the dataset; Enter or a click selects the person":
        "Çdo person i të dhënave; Enter ose një klikim e përzgjedh personin",
    # the fact sheet
    "Përmet Explorer fact sheet": "Fletë informative e Përmet Explorer",
    "The current view: {view}": "Pamja e tanishme: {view}",
    "Dataset “{title}”": "Të dhënat «{title}»",
    "version {v}": "versioni {v}",
    "schema {v}": "skema {v}",
    "printed {date}": "shtypur më {date}",
    "{app} {version}. {dataset}; {printed}. Every figure is quoted from the sources listed; "
    "where they disagree, every value is shown.":
        "{app} {version}. {dataset}; {printed}. Çdo shifër citohet nga burimet e renditura; "
        "kur ato nuk pajtohen, tregohen të gjitha vlerat.",
    # Help
    "How to use Përmet Explorer": "Si përdoret Përmet Explorer",
    "Select anything — a region, a delegation, a body, a person, a decision or an event — and the details panel "
    "on the right shows its figures and the sources they come from, each with a short quote. The selection is "
    "shared by every tab.":
        "Përzgjidhni çfarëdo — një qark, një delegacion, një organ, një person, një vendim ose një ngjarje — dhe "
        "paneli i hollësive në të djathtë tregon shifrat e tij dhe burimet nga të cilat vijnë, secili me një citat "
        "të shkurtër. Përzgjedhja është e përbashkët për të gjitha skedat.",
    "The tabs": "Skedat",
    "What the congress was, when it met, who came, what it elected and decided and what became of it, with the "
    "key figures and a timeline of dated events. Every name and number is a link.":
        "Çfarë ishte kongresi, kur u mblodh, kush erdhi, çfarë zgjodhi dhe vendosi dhe çfarë ndodhi më pas, me "
        "shifrat kryesore dhe një kronologji të ngjarjeve me datë. Çdo emër dhe çdo numër është lidhje.",
    "Albania's regions shaded by the number of delegates the sources give for each. Click a region to select "
    "its delegation.":
        "Qarqet e Shqipërisë, të ngjyrosura sipas numrit të delegatëve që japin burimet për secilin. Klikoni një "
        "qark për të përzgjedhur delegacionin e tij.",
    "One bar per delegation; switch between counts and percent of the total.":
        "Një shtyllë për çdo delegacion; kaloni nga numri në përqindjen ndaj totalit.",
    "The bodies the congress elected, seat by seat, as a tree, a drawn org chart or a list of people.":
        "Organet që zgjodhi kongresi, vend pas vendi, si pemë, si organigramë ose si listë personash.",
    "What the congress decided, each decision with its sources and quotes.":
        "Çfarë vendosi kongresi, çdo vendim me burimet dhe citatet e tij.",
    "“Sources disagree”": "«Burimet nuk pajtohen»",
    "When two sources give different values for the same fact (the size of the Council, the closing date, the "
    "Berat delegation), the app keeps both and shows each with its sources. It does not choose between them: "
    "read the quotes and judge.":
        "Kur dy burime japin vlera të ndryshme për të njëjtin fakt (numrin e anëtarëve të Këshillit, datën e "
        "mbylljes, delegacionin e Beratit), programi i mban të dyja dhe i tregon secilën me burimet e saj. Ai nuk "
        "zgjedh mes tyre: lexoni citatet dhe gjykoni.",
    "“Not recorded in the sources”": "«Nuk shënohet në burime»",
    "Where no source gives a fact (a seat's holder, a person's life dates), the app says so and leaves it empty. "
    "It never fills a gap by guessing.":
        "Kur asnjë burim nuk e jep një fakt (titullarin e një vendi, datat e jetës së një personi), programi e "
        "thotë këtë dhe e lë bosh. Ai nuk e plotëson kurrë një boshllëk me hamendje.",
    "Moving around": "Lëvizja",
    "Alt+← and Alt+→ walk back and forward through what you selected; Esc clears the selection; Ctrl+K searches "
    "everything. Help → Keyboard shortcuts lists every key.":
        "Alt+← dhe Alt+→ ju çojnë prapa dhe përpara nëpër ato që keni përzgjedhur; Esc heq përzgjedhjen; Ctrl+K "
        "kërkon kudo. Ndihmë → Shkurtoret e tastierës i rendit të gjitha tastet.",
    "Citing and printing": "Citimi dhe shtypja",
    "“Cite this” copies the selected item with its sources. File → Print… and File → Export → Fact sheet as "
    "PDF… make a one- or two-page fact sheet of the selection.":
        "«Citoje» kopjon elementin e përzgjedhur me burimet e tij. Skedari → Shtyp… dhe Skedari → Eksporto → "
        "Fletën informative si PDF… krijojnë një fletë informative një- ose dyfaqëshe të përzgjedhjes.",
    "The dataset has no glossary.": "Të dhënat nuk kanë fjalorth.",
    # About
    "Third-party software": "Programe të palëve të treta",
    "Component": "Përbërësi",
    "Version": "Versioni",
    "Licence": "Licenca",
}
