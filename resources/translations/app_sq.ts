<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sq_AL">
<context>
    <name />
    <message>
        <source>Fact sheet as PDF</source>
        <translation>Fleta informative si PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksportimi dështoi</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>U eksportua {path}</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>An offline atlas of the Congress of Përmet, May 1944.</source>
        <translation>Një atlas pa internet i Kongresit të Përmetit, maj 1944.</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Të dhënat:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencat</translation>
    </message>
    <message>
        <source>Program: MIT licence. Qt for Python (PySide6): LGPLv3. pyqtgraph: MIT.</source>
        <translation>Programi: licencë MIT. Qt for Python (PySide6): LGPLv3. pyqtgraph: MIT.</translation>
    </message>
    <message>
        <source>Sources ({n})</source>
        <translation>Burimet ({n})</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Programe të palëve të treta</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Përbërësi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Rreth {app}</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Counts</source>
        <translation>Numri</translation>
    </message>
    <message>
        <source>Percent of {n}</source>
        <translation>Përqindja ndaj {n}</translation>
    </message>
    <message>
        <source>North to south</source>
        <translation>Nga veriu në jug</translation>
    </message>
    <message>
        <source>By size</source>
        <translation>Sipas numrit të delegatëve</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Po përgatitet grafiku…</translation>
    </message>
    <message>
        <source>Bar heights are numbers of delegates</source>
        <translation>Lartësia e shtyllave tregon numrin e delegatëve</translation>
    </message>
    <message>
        <source>Bar heights are shares of all the delegates</source>
        <translation>Lartësia e shtyllave tregon përqindjen ndaj të gjithë delegatëve</translation>
    </message>
    <message>
        <source>Regional bars from the north to the south</source>
        <translation>Delegacionet e qarqeve nga veriu në jug</translation>
    </message>
    <message>
        <source>Regional bars from the largest to the smallest</source>
        <translation>Delegacionet e qarqeve nga më i madhi te më i vogli</translation>
    </message>
    <message>
        <source>{total} delegates. Regional delegations in the sources: {n}, with {regional} delegates; the other {rest} are not broken down by region.</source>
        <translation>{total} delegatë. Delegacione qarqesh në burime: {n}, me {regional} delegatë; {rest} të tjerët nuk ndahen sipas qarqeve.</translation>
    </message>
    <message>
        <source>Within the {total}: {quotas}.</source>
        <translation>Brenda këtyre {total}: {quotas}.</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Emri në anglisht</translation>
    </message>
    <message>
        <source>Name in Albanian</source>
        <translation>Emri në shqip</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Baza e shifrës</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegatë</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Burimet</translation>
    </message>
    <message>
        <source>Source addresses</source>
        <translation>Adresat e burimeve</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Renditja:</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>a decision of the Congress of Përmet, May 1944</source>
        <translation>vendim i Kongresit të Përmetit, maj 1944</translation>
    </message>
    <message>
        <source>a viewpoint on the Congress of Përmet, not a decision</source>
        <translation>pikëpamje për Kongresin e Përmetit, jo vendim</translation>
    </message>
    <message>
        <source>a region on the map</source>
        <translation>qark në hartë</translation>
    </message>
    <message>
        <source>a delegation to the Congress of Përmet</source>
        <translation>delegacion në Kongresin e Përmetit</translation>
    </message>
    <message>
        <source>a body of the Congress of Përmet</source>
        <translation>organ i Kongresit të Përmetit</translation>
    </message>
    <message>
        <source>a person in the bodies of the Congress of Përmet</source>
        <translation>person në organet e Kongresit të Përmetit</translation>
    </message>
    <message>
        <source>a dated event</source>
        <translation>ngjarje me datë</translation>
    </message>
    <message>
        <source>{app} {version}, dataset “{title}” (schema {schema}).</source>
        <translation>{app} {version}, të dhënat «{title}» (skema {schema}).</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Burimet:</translation>
    </message>
    <message>
        <source>Reliability: {tag}.</source>
        <translation>Lloji i burimit: {tag}.</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Decision</source>
        <translation>Vendimi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Sourcing</source>
        <translation>Burimet</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Search titles, summaries and quotes (e.g. zog, kthimi, keshilli)</source>
        <translation>Kërko në tituj, përmbledhje dhe citate (p.sh. zog, kthimi, keshilli)</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>Kërko vendime</translation>
    </message>
    <message>
        <source>Type to filter the decisions; case and diacritics are ignored</source>
        <translation>Shkruani për të filtruar vendimet; nuk dallohen shkronjat e mëdha nga të voglat, as ë nga e, as ç nga c</translation>
    </message>
    <message>
        <source>Show the decisions of one category, or the viewpoints</source>
        <translation>Shfaq vendimet e një kategorie ose pikëpamjet</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Të gjitha kategoritë</translation>
    </message>
    <message>
        <source>Viewpoints (not decisions)</source>
        <translation>Pikëpamje (jo vendime)</translation>
    </message>
    <message>
        <source>Decisions of the congress</source>
        <translation>Vendimet e kongresit</translation>
    </message>
    <message>
        <source>{n} sources</source>
        <translation>{n} burime</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>besueshmëri e ulët</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 burim</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Titulli në anglisht</translation>
    </message>
    <message>
        <source>Title in Albanian</source>
        <translation>Titulli në shqip</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Besueshmëria</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Përmbledhja</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Burimet</translation>
    </message>
    <message>
        <source>Source addresses</source>
        <translation>Adresat e burimeve</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citatet</translation>
    </message>
    <message>
        <source>, {c}</source>
        <translation>, {c}</translation>
    </message>
    <message>
        <source>viewpoint — not a decision</source>
        <translation>pikëpamje — jo vendim</translation>
    </message>
    <message>
        <source>original wording</source>
        <translation>teksti origjinal</translation>
    </message>
    <message>
        <source>paraphrase only</source>
        <translation>vetëm parafrazim</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Po kërkohet…</translation>
    </message>
    <message>
        <source>{shown} of {total} decisions</source>
        <translation>{shown} nga {total} vendime</translation>
    </message>
    <message>
        <source>No decision matches “{q}”. Try fewer letters, or another category.</source>
        <translation>Asnjë vendim nuk përputhet me «{q}». Provoni më pak shkronja ose një kategori tjetër.</translation>
    </message>
    <message>
        <source>Up and down select a decision; the details panel shows it with its sources</source>
        <translation>Lart dhe poshtë zgjedhin një vendim; paneli i hollësive e shfaq me burimet e tij</translation>
    </message>
    <message>
        <source>All the titles and summaries are paraphrases, not the original wording.</source>
        <translation>Të gjithë titujt dhe përmbledhjet janë parafrazime, jo fjalët origjinale.</translation>
    </message>
    <message>
        <source>No decision in this category.</source>
        <translation>Asnjë vendim në këtë kategori.</translation>
    </message>
</context>
<context>
    <name>DelegateChart</name>
    <message>
        <source>Delegates by delegation</source>
        <translation>Delegatët sipas delegacioneve</translation>
    </message>
    <message>
        <source>A bar for each delegation. Left and right move between bars, Enter selects.</source>
        <translation>Një shtyllë për çdo delegacion. Shigjetat majtas e djathtas kalojnë nga një shtyllë te tjetra; Enter përzgjedh.</translation>
    </message>
    <message>
        <source>not broken down by region</source>
        <translation>pa ndarje sipas qarqeve</translation>
    </message>
    <message>
        <source>Youth Union</source>
        <translation>Bashkimi i Rinisë</translation>
    </message>
    <message>
        <source>Women's Union</source>
        <translation>Bashkimi i Grave</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nuk shënohet</translation>
    </message>
    <message>
        <source>regional delegation (sourced)</source>
        <translation>delegacion qarku (nga burimet)</translation>
    </message>
    <message>
        <source>not broken down by region (computed: total − regional)</source>
        <translation>pa ndarje sipas qarqeve (e llogaritur: totali − delegatët e qarqeve)</translation>
    </message>
    <message>
        <source>quota of the election resolution (within the total)</source>
        <translation>kuotë e rezolutës për zgjedhjen e delegatëve (brenda totalit)</translation>
    </message>
    <message>
        <source>% of the {n} delegates</source>
        <translation>% e {n} delegatëve</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegatë</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>pa burim</translation>
    </message>
    <message>
        <source>not recorded in the sources</source>
        <translation>nuk shënohet në burime</translation>
    </message>
    <message>
        <source>{n} delegates, {share} of {total}</source>
        <translation>{n} delegatë, {share} e {total} delegatëve</translation>
    </message>
    <message>
        <source>Source: {s}</source>
        <translation>Burimi: {s}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Hollësitë</translation>
    </message>
    <message>
        <source>What is selected, its figures and the sources they come from</source>
        <translation>Elementi i përzgjedhur, shifrat e tij dhe burimet nga të cilat vijnë</translation>
    </message>
    <message>
        <source>{total} delegates. The sources give the regional delegations for {regional} of them; the other {rest} are not broken down by region.</source>
        <translation>{total} delegatë. Për {regional} prej tyre burimet japin delegacionin e qarkut; {rest} të tjerët nuk ndahen sipas qarqeve.</translation>
    </message>
    <message>
        <source>Select a region, a delegation, a body, a person or a decision to see its figures and sources.</source>
        <translation>Përzgjidhni një qark, një delegacion, një organ, një person ose një vendim për të parë shifrat dhe burimet përkatëse.</translation>
    </message>
    <message>
        <source>Congress of Përmet (May 1944)</source>
        <translation>Kongresi i Përmetit (maj 1944)</translation>
    </message>
    <message>
        <source>No citation.</source>
        <translation>Pa citim.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Burimet</translation>
    </message>
    <message>
        <source>one wording, repeated by {n} sources</source>
        <translation>një formulim i vetëm, i përsëritur nga {n} burime</translation>
    </message>
    <message>
        <source>Sources disagree on {field}:</source>
        <translation>Burimet nuk pajtohen për {field}:</translation>
    </message>
    <message>
        <source>Delegates: not recorded in the sources</source>
        <translation>Delegatë: nuk shënohen në burime</translation>
    </message>
    <message>
        <source>1 delegate, {share} of {total}</source>
        <translation>1 delegat, {share} e {total} delegatëve</translation>
    </message>
    <message>
        <source>{n} delegates, {share} of {total}</source>
        <translation>{n} delegatë, {share} e {total} delegatëve</translation>
    </message>
    <message>
        <source>One delegation over several regions:</source>
        <translation>Një delegacion i përbashkët për disa qarqe:</translation>
    </message>
    <message>
        <source>Sources for the delegation</source>
        <translation>Burimet për delegacionin</translation>
    </message>
    <message>
        <source>No delegation from this region is recorded in the sources.</source>
        <translation>Burimet nuk shënojnë asnjë delegacion nga ky qark.</translation>
    </message>
    <message>
        <source>1944 prefecture of the same name: {name}</source>
        <translation>Prefektura e vitit 1944 me të njëjtin emër: {name}</translation>
    </message>
    <message>
        <source>Sources for the region of {place_gen}</source>
        <translation>Burimet për qarkun e {place_gen}</translation>
    </message>
    <message>
        <source>Delegation of {delegation_gen}</source>
        <translation>Delegacioni i {delegation_gen}</translation>
    </message>
    <message>
        <source>Seats {numbers}: {n} not named in the sources</source>
        <translation>Vendet {numbers}: {n} pa emër në burime</translation>
    </message>
    <message>
        <source>{role}, {body}</source>
        <translation>{body}: {role}</translation>
    </message>
    <message>
        <source>Delegation: {name}</source>
        <translation>Delegacioni: {name}</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Vendndodhja:</translation>
    </message>
    <message>
        <source>Named delegates: not recorded in the sources</source>
        <translation>Delegatë me emër: nuk shënohen në burime</translation>
    </message>
    <message>
        <source>Named delegates ({n})</source>
        <translation>Delegatë të përmendur me emër ({n})</translation>
    </message>
    <message>
        <source>Computed, not sourced: the total minus the regional delegations.</source>
        <translation>E llogaritur, jo nga burimet: totali minus delegacionet e qarqeve.</translation>
    </message>
    <message>
        <source>A quota set by the election resolution, not a head-count; part of the total, not added to it.</source>
        <translation>Kuotë e caktuar nga rezoluta për zgjedhjen e delegatëve, jo numërim i të pranishmëve; pjesë e totalit, jo e shtuar mbi të.</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Qarqet:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Numri i anëtarëve:</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ose </translation>
    </message>
    <message>
        <source>quote in {language}</source>
        <translation>citat në {language}</translation>
    </message>
    <message>
        <source>Sources for the locality</source>
        <translation>Burimet për vendbanimin</translation>
    </message>
    <message>
        <source>{seats} seats: {named} named in the sources, {unnamed} not named.</source>
        <translation>{seats} vende: {named} me emër në burime, {unnamed} pa emër.</translation>
    </message>
    <message>
        <source>{named} members named in the sources; the others are not named.</source>
        <translation>{named} anëtarë me emër në burime; të tjerët nuk përmenden me emër.</translation>
    </message>
    <message>
        <source>Bodies below:</source>
        <translation>Organet vartëse:</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>Shkruhet edhe:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Detyrat</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Lindur:</translation>
    </message>
    <message>
        <source>died:</source>
        <translation>vdekur:</translation>
    </message>
    <message>
        <source>Viewpoint, not a decision</source>
        <translation>Pikëpamje, jo vendim</translation>
    </message>
    <message>
        <source>Only paraphrases are known; no verbatim text of the resolution was found.</source>
        <translation>Njihen vetëm parafrazime; teksti origjinal i rezolutës nuk është gjetur.</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Ka të bëjë me:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Open in your web browser?</source>
        <translation>Të hapet në shfletues?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Të hapet kjo adresë në shfletuesin tuaj?</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Diçka shkoi keq</translation>
    </message>
    <message>
        <source>Something went wrong, and the app carries on: {error}</source>
        <translation>Diçka shkoi keq, por programi vazhdon: {error}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Po hapet {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{app} {version} · dataset {name}, version {dataset} · figures from the {n} sources listed in Help → About, each cited with a quote</source>
        <translation>{app} {version} · të dhënat {name}, versioni {dataset} · shifrat nga {n} burimet e renditura te Ndihmë → Rreth, secila e cituar me një citat</translation>
    </message>
    <message>
        <source>CSV table (spreadsheet)</source>
        <translation>Tabelë CSV (për fletëllogaritëse)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Figurë PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Vizatim SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporto</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksportimi dështoi</translation>
    </message>
</context>
<context>
    <name>FactSheet</name>
    <message>
        <source>Dataset “{title}”</source>
        <translation>Të dhënat «{title}»</translation>
    </message>
    <message>
        <source>version {v}</source>
        <translation>versioni {v}</translation>
    </message>
    <message>
        <source>schema {v}</source>
        <translation>skema {v}</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>shtypur më {date}</translation>
    </message>
    <message>
        <source>{app} {version}. {dataset}; {printed}. Every figure is quoted from the sources listed; where they disagree, every value is shown.</source>
        <translation>{app} {version}. {dataset}; {printed}. Çdo shifër citohet nga burimet e renditura; kur ato nuk pajtohen, tregohen të gjitha vlerat.</translation>
    </message>
    <message>
        <source>Përmet Explorer fact sheet</source>
        <translation>Fletë informative e Përmet Explorer</translation>
    </message>
    <message>
        <source>The current view: {view}</source>
        <translation>Pamja e tanishme: {view}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Burimet</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>Overview</source>
        <translation>Pasqyra</translation>
    </message>
    <message>
        <source>What the congress was, when it met, who came, what it elected and decided and what became of it, with the key figures and a timeline of dated events. Every name and number is a link.</source>
        <translation>Çfarë ishte kongresi, kur u mblodh, kush erdhi, çfarë zgjodhi dhe vendosi dhe çfarë ndodhi më pas, me shifrat kryesore dhe një kronologji të ngjarjeve me datë. Çdo emër dhe çdo numër është lidhje.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Harta</translation>
    </message>
    <message>
        <source>Albania's regions shaded by the number of delegates the sources give for each. Click a region to select its delegation.</source>
        <translation>Qarqet e Shqipërisë, të ngjyrosura sipas numrit të delegatëve që japin burimet për secilin. Klikoni një qark për të përzgjedhur delegacionin e tij.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiku</translation>
    </message>
    <message>
        <source>One bar per delegation; switch between counts and percent of the total.</source>
        <translation>Një shtyllë për çdo delegacion; kaloni nga numri në përqindjen ndaj totalit.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizimi</translation>
    </message>
    <message>
        <source>The bodies the congress elected, seat by seat, as a tree, a drawn org chart or a list of people.</source>
        <translation>Organet që zgjodhi kongresi, vend pas vendi, si pemë, si organigramë ose si listë personash.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Vendimet</translation>
    </message>
    <message>
        <source>What the congress decided, each decision with its sources and quotes.</source>
        <translation>Çfarë vendosi kongresi, çdo vendim me burimet dhe citatet e tij.</translation>
    </message>
    <message>
        <source>How to use Përmet Explorer</source>
        <translation>Si përdoret Përmet Explorer</translation>
    </message>
    <message>
        <source>Select anything — a region, a delegation, a body, a person, a decision or an event — and the details panel on the right shows its figures and the sources they come from, each with a short quote. The selection is shared by every tab.</source>
        <translation>Përzgjidhni çfarëdo — një qark, një delegacion, një organ, një person, një vendim ose një ngjarje — dhe paneli i hollësive në të djathtë tregon shifrat e tij dhe burimet nga të cilat vijnë, secili me një citat të shkurtër. Përzgjedhja është e përbashkët për të gjitha skedat.</translation>
    </message>
    <message>
        <source>The tabs</source>
        <translation>Skedat</translation>
    </message>
    <message>
        <source>“Sources disagree”</source>
        <translation>«Burimet nuk pajtohen»</translation>
    </message>
    <message>
        <source>When two sources give different values for the same fact (the size of the Council, the closing date, the Berat delegation), the app keeps both and shows each with its sources. It does not choose between them: read the quotes and judge.</source>
        <translation>Kur dy burime japin vlera të ndryshme për të njëjtin fakt (numrin e anëtarëve të Këshillit, datën e mbylljes, delegacionin e Beratit), programi i mban të dyja dhe i tregon secilën me burimet e saj. Ai nuk zgjedh mes tyre: lexoni citatet dhe gjykoni.</translation>
    </message>
    <message>
        <source>“Not recorded in the sources”</source>
        <translation>«Nuk shënohet në burime»</translation>
    </message>
    <message>
        <source>Where no source gives a fact (a seat's holder, a person's life dates), the app says so and leaves it empty. It never fills a gap by guessing.</source>
        <translation>Kur asnjë burim nuk e jep një fakt (titullarin e një vendi, datat e jetës së një personi), programi e thotë këtë dhe e lë bosh. Ai nuk e plotëson kurrë një boshllëk me hamendje.</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Lëvizja</translation>
    </message>
    <message>
        <source>Alt+← and Alt+→ walk back and forward through what you selected; Esc clears the selection; Ctrl+K searches everything. Help → Keyboard shortcuts lists every key.</source>
        <translation>Alt+← dhe Alt+→ ju çojnë prapa dhe përpara nëpër ato që keni përzgjedhur; Esc heq përzgjedhjen; Ctrl+K kërkon kudo. Ndihmë → Shkurtoret e tastierës i rendit të gjitha tastet.</translation>
    </message>
    <message>
        <source>Citing and printing</source>
        <translation>Citimi dhe shtypja</translation>
    </message>
    <message>
        <source>“Cite this” copies the selected item with its sources. File → Print… and File → Export → Fact sheet as PDF… make a one- or two-page fact sheet of the selection.</source>
        <translation>«Citoje» kopjon elementin e përzgjedhur me burimet e tij. Skedari → Shtyp… dhe Skedari → Eksporto → Fletën informative si PDF… krijojnë një fletë informative një- ose dyfaqëshe të përzgjedhjes.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Kudo</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Fjalorthi</translation>
    </message>
    <message>
        <source>The dataset has no glossary.</source>
        <translation>Të dhënat nuk kanë fjalorth.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Chart: move from bar to bar</source>
        <translation>Grafiku: nga një shtyllë te tjetra</translation>
    </message>
    <message>
        <source>Chart: select the delegation</source>
        <translation>Grafiku: zgjidh delegacionin</translation>
    </message>
    <message>
        <source>Search field: go to the list</source>
        <translation>Fusha e kërkimit: kalo te lista</translation>
    </message>
    <message>
        <source>Search field: clear the search</source>
        <translation>Fusha e kërkimit: fshi kërkimin</translation>
    </message>
    <message>
        <source>List: select the decision</source>
        <translation>Lista: zgjidh vendimin</translation>
    </message>
    <message>
        <source>Map: move to the next region that way</source>
        <translation>Harta: kalo te qarku tjetër në atë drejtim</translation>
    </message>
    <message>
        <source>Map: select the region</source>
        <translation>Harta: zgjidh qarkun</translation>
    </message>
    <message>
        <source>Map: zoom in, zoom out, whole map</source>
        <translation>Harta: zmadho, zvogëlo, e gjithë harta</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Rrota e miut</translation>
    </message>
    <message>
        <source>Map: zoom</source>
        <translation>Harta: zmadho ose zvogëlo</translation>
    </message>
    <message>
        <source>Org chart: zoom in, zoom out, fit</source>
        <translation>Organigrama: zmadho, zvogëlo, përshtate</translation>
    </message>
    <message>
        <source>Org chart: zoom</source>
        <translation>Organigrama: zmadho ose zvogëlo</translation>
    </message>
    <message>
        <source>Tree and people list: select the row</source>
        <translation>Pema dhe lista e personave: zgjidh rreshtin</translation>
    </message>
    <message>
        <source>Timeline: move from event to event</source>
        <translation>Kronologjia: nga një ngjarje te tjetra</translation>
    </message>
    <message>
        <source>Timeline: select the event</source>
        <translation>Kronologjia: zgjidh ngjarjen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open dataset</source>
        <translation>Të dhënat nuk mund të hapen</translation>
    </message>
    <message>
        <source>{path} could not be shown ({error}); the dataset you had stays open.</source>
        <translation>{path} nuk mund të shfaqej ({error}); mbeten të hapura të dhënat që kishit.</translation>
    </message>
</context>
<context>
    <name>MapLabelling</name>
    <message>
        <source>{place}: {n}</source>
        <translation>{place}: {n}</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Show</source>
        <translation>Shfaq</translation>
    </message>
    <message>
        <source>Delegations (circles)</source>
        <translation>Delegacionet (rrathë)</translation>
    </message>
    <message>
        <source>Modern counties, shaded</source>
        <translation>Qarqet e sotme, të ngjyrosura</translation>
    </message>
    <message>
        <source>One circle per delegation at the places it is named for; its area is proportional to its delegates</source>
        <translation>Një rreth për çdo delegacion, te vendet që i japin emrin; sipërfaqja e rrethit është në përpjesëtim me numrin e delegatëve</translation>
    </message>
    <message>
        <source>Today's counties shaded by the delegates of the delegation named for them</source>
        <translation>Qarqet e sotme, të ngjyrosura sipas delegatëve të delegacionit që mban emrin e tyre</translation>
    </message>
    <message>
        <source>Map layer</source>
        <translation>Shtresa e hartës</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Legjenda e hartës</translation>
    </message>
    <message>
        <source>{county} is hatched: a source places part of it in another delegation: {delegation}.</source>
        <translation>{county} është me viza: një burim e vendos një pjesë të tij në një delegacion tjetër: {delegation}.</translation>
    </message>
    <message>
        <source>Delegates per delegation</source>
        <translation>Delegatë për delegacion</translation>
    </message>
    <message>
        <source>{n} delegates</source>
        <translation>{n} delegatë</translation>
    </message>
    <message>
        <source>Modern county (for orientation)</source>
        <translation>Qark i sotëm (për orientim)</translation>
    </message>
    <message>
        <source>not recorded in the sources</source>
        <translation>nuk shënohet në burime</translation>
    </message>
    <message>
        <source>in part represented by another delegation: {name} (see the note)</source>
        <translation>pjesërisht i përfaqësuar nga një delegacion tjetër: {name} (shihni shënimin)</translation>
    </message>
    <message>
        <source>Dashed outline: one delegation over two counties, counted once</source>
        <translation>Vija me ndërprerje: një delegacion mbi dy qarqe, i numëruar një herë</translation>
    </message>
    <message>
        <source>{place}: where the congress met</source>
        <translation>{place}: vendi ku u mblodh kongresi</translation>
    </message>
    <message>
        <source>On the map: {placed} of {total} delegates</source>
        <translation>Në hartë: {placed} nga {total} delegatë</translation>
    </message>
    <message>
        <source>Not placeable on the map</source>
        <translation>Pa vend në hartë</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nuk shënohet</translation>
    </message>
    <message>
        <source>{name}: {n}</source>
        <translation>{name}: {n}</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message>
        <source>Map of the delegations to the Congress of Përmet</source>
        <translation>Harta e delegacioneve në Kongresin e Përmetit</translation>
    </message>
    <message>
        <source>Arrow keys move between places, Enter selects, + and - zoom, 0 fits the map.</source>
        <translation>Shigjetat kalojnë nga një vend te tjetri, Enter zgjedh, + dhe - zmadhojnë e zvogëlojnë, 0 e përshtat hartën.</translation>
    </message>
    <message>
        <source>{value}: {source}, “{quote}”</source>
        <translation>{value}: {source}, «{quote}»</translation>
    </message>
    <message>
        <source>Source: {source}, “{quote}”</source>
        <translation>Burimi: {source}, «{quote}»</translation>
    </message>
    <message>
        <source>Delegation of {delegation_gen}</source>
        <translation>Delegacioni i {delegation_gen}</translation>
    </message>
    <message>
        <source>Delegation: {name}</source>
        <translation>Delegacioni: {name}</translation>
    </message>
    <message>
        <source>{n} delegates, {share} of {total}</source>
        <translation>{n} delegatë, {share} e {total} delegatëve</translation>
    </message>
    <message>
        <source>Where the congress met: {body}</source>
        <translation>Vendi ku u mblodh kongresi: {body}</translation>
    </message>
    <message>
        <source>Delegation: not recorded in the sources</source>
        <translation>Delegacioni: nuk shënohet në burime</translation>
    </message>
    <message>
        <source>In part represented by another delegation: {name}</source>
        <translation>Pjesërisht i përfaqësuar nga një delegacion tjetër: {name}</translation>
    </message>
    <message>
        <source>Location: {value} ({source})</source>
        <translation>Vendndodhja: {value} ({source})</translation>
    </message>
    <message>
        <source>One delegation named for {n} places, counted once</source>
        <translation>Një delegacion me emrin e {n} vendeve, i numëruar një herë</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <source>Org chart of the bodies</source>
        <translation>Organigrama e organeve</translation>
    </message>
    <message>
        <source>Boxes for the bodies with their sizes and named office-holders; click a box to select the body. The wheel and + and − zoom, 0 fits.</source>
        <translation>Kutitë e organeve me madhësinë dhe drejtuesit e përmendur me emër; klikoni një kuti për të zgjedhur organin. Rrota dhe + e − zmadhojnë ose zvogëlojnë, 0 e përshtat.</translation>
    </message>
    <message>
        <source>{values} (sources disagree)</source>
        <translation>{values} (burimet nuk pajtohen)</translation>
    </message>
    <message>
        <source>{n} delegates</source>
        <translation>{n} delegatë</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ose </translation>
    </message>
    <message>
        <source>{seats} seats, {named} named in the sources</source>
        <translation>{seats} vende, {named} me emër në burime</translation>
    </message>
    <message>
        <source>{named} members named in the sources</source>
        <translation>{named} anëtarë me emër në burime</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>Numri i anëtarëve: {size}</translation>
    </message>
    <message>
        <source>and {n} more named (see the tree)</source>
        <translation>dhe {n} të tjerë me emër (shihni pemën)</translation>
    </message>
    <message>
        <source>called the congress (15 April 1944)</source>
        <translation>thirri kongresin (15 prill 1944)</translation>
    </message>
    <message>
        <source>elected by</source>
        <translation>zgjedhur nga</translation>
    </message>
    <message>
        <source>formed by</source>
        <translation>formuar nga</translation>
    </message>
    <message>
        <source>executive organ of</source>
        <translation>organ ekzekutiv</translation>
    </message>
    <message>
        <source>The chart draws {n} of the {total} bodies; the tree lists them all.</source>
        <translation>Skema vizaton {n} nga {total} organet; pema i rendit të gjitha.</translation>
    </message>
</context>
<context>
    <name>OrgTab</name>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Detyra</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Resori</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Burimet</translation>
    </message>
    <message>
        <source>Bodies elected by the congress and their seats</source>
        <translation>Organet e zgjedhura nga kongresi dhe vendet e tyre</translation>
    </message>
    <message>
        <source>Every seat is a row; seats no source fills say so</source>
        <translation>Çdo vend është një rresht; vendet pa emër në burime shënohen si të tilla</translation>
    </message>
    <message>
        <source>Filter names, roles, bodies (e.g. maleshova, keshilli)</source>
        <translation>Filtro emra, detyra, organe (p.sh. maleshova, keshilli)</translation>
    </message>
    <message>
        <source>Filter the organisation tree</source>
        <translation>Filtro pemën e organizimit</translation>
    </message>
    <message>
        <source>Type part of a name, role or body; case and diacritics are ignored</source>
        <translation>Shkruani një pjesë të emrit, detyrës ose organit; nuk dallohen shkronjat e mëdha nga të voglat, as ë nga e, as ç nga c</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Shpalos të gjitha</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Palos të gjitha</translation>
    </message>
    <message>
        <source>Show every seat of every body</source>
        <translation>Shfaq çdo vend të çdo organi</translation>
    </message>
    <message>
        <source>Show only the top of the tree</source>
        <translation>Shfaq vetëm majën e pemës</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Pema</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Organigrama</translation>
    </message>
    <message>
        <source>Show the bodies and their seats as a tree</source>
        <translation>Shfaq organet dhe vendet e tyre si pemë</translation>
    </message>
    <message>
        <source>Show the bodies as a drawn org chart</source>
        <translation>Shfaq organet si organigramë</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personat</translation>
    </message>
    <message>
        <source>Show every person in the dataset as a sortable list</source>
        <translation>Shfaq çdo person të të dhënave në një listë që renditet</translation>
    </message>
    <message>
        <source>{values} (sources disagree)</source>
        <translation>{values} (burimet nuk pajtohen)</translation>
    </message>
    <message>
        <source>{n} delegates</source>
        <translation>{n} delegatë</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ose </translation>
    </message>
    <message>
        <source>Seats {numbers}: {n} not named in the sources</source>
        <translation>Vendet {numbers}: {n} pa emër në burime</translation>
    </message>
    <message>
        <source>not named in the sources</source>
        <translation>pa emër në burime</translation>
    </message>
    <message>
        <source>Seat {n} of {total} — not named in the sources</source>
        <translation>Vendi {n} nga {total} — pa emër në burime</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organi</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titullari</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Shënimi</translation>
    </message>
    <message>
        <source>Source addresses</source>
        <translation>Adresat e burimeve</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citatet</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview of the congress</source>
        <translation>Pasqyra e kongresit</translation>
    </message>
    <message>
        <source>Short paragraphs on the congress; every name and number is a link that selects it</source>
        <translation>Paragrafë të shkurtër për kongresin; çdo emër dhe çdo numër është lidhje që e përzgjedh</translation>
    </message>
    <message>
        <source>Congress of Përmet: timeline of dated events</source>
        <translation>Kongresi i Përmetit: kronologjia e ngjarjeve me datë</translation>
    </message>
</context>
<context>
    <name>OverviewText</name>
    <message>
        <source>and {n} more</source>
        <translation>dhe {n} të tjera</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ose </translation>
    </message>
    <message>
        <source>delegates</source>
        <translation>numri i delegatëve</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>hapja</translation>
    </message>
    <message>
        <source>its dates (the sources disagree)</source>
        <translation>datat (burimet nuk pajtohen)</translation>
    </message>
    <message>
        <source>closed (the sources disagree)</source>
        <translation>mbyllja (burimet nuk pajtohen)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>mbyllja</translation>
    </message>
    <message>
        <source>regional delegations</source>
        <translation>delegacione të qarqeve</translation>
    </message>
    <message>
        <source>members of the Council</source>
        <translation>anëtarë të Këshillit</translation>
    </message>
    <message>
        <source>members of the Presidency</source>
        <translation>anëtarë të Kryesisë</translation>
    </message>
    <message>
        <source>members of the Committee</source>
        <translation>anëtarë të Komitetit</translation>
    </message>
    <message>
        <source>decisions recorded</source>
        <translation>vendime të shënuara</translation>
    </message>
    <message>
        <source>people named</source>
        <translation>persona me emër</translation>
    </message>
    <message>
        <source>dated events</source>
        <translation>ngjarje me datë</translation>
    </message>
    <message>
        <source>What, where and when</source>
        <translation>Çfarë, ku dhe kur</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Kush erdhi</translation>
    </message>
    <message>
        <source>What it elected</source>
        <translation>Çfarë zgjodhi</translation>
    </message>
    <message>
        <source>What it decided</source>
        <translation>Çfarë vendosi</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Çfarë ndodhi më pas</translation>
    </message>
    <message>
        <source>Every name and number is a link: click it to see its sources in the details panel.</source>
        <translation>Çdo emër dhe çdo numër është lidhje: klikojeni për të parë burimet e tij në panelin e hollësive.</translation>
    </message>
    <message>
        <source>The {congress} opened in Përmet on {date}.</source>
        <translation>{congress} filloi punimet në Përmet më {date}.</translation>
    </message>
    <message>
        <source>It was called on {date} by the presidency of the earlier council ({kpnc}).</source>
        <translation>U thirr më {date} nga kryesia e këshillit të mëparshëm ({kpnc}).</translation>
    </message>
    <message>
        <source>The sources disagree on how long it lasted: {dates}; each is shown with its sources.</source>
        <translation>Burimet nuk pajtohen për kohëzgjatjen e tij: {dates}; secila datë tregohet me burimet e saj.</translation>
    </message>
    <message>
        <source>Those that give a closing date give {date}.</source>
        <translation>Ato që japin datë mbylljeje japin {date}.</translation>
    </message>
    <message>
        <source>The sources disagree on when it closed: {dates}; each is shown with its sources.</source>
        <translation>Burimet nuk pajtohen për datën e mbylljes: {dates}; secila tregohet me burimet e saj.</translation>
    </message>
    <message>
        <source>It closed on {date}.</source>
        <translation>I mbylli punimet më {date}.</translation>
    </message>
    <message>
        <source>Its closing date is not recorded in the sources.</source>
        <translation>Data e mbylljes nuk shënohet në burime.</translation>
    </message>
    <message>
        <source>{n} delegates took part.</source>
        <translation>Morën pjesë {n} delegatë.</translation>
    </message>
    <message>
        <source>The sources give {k} regional delegations, {n} delegates in all: {list}.</source>
        <translation>Burimet japin {k} delegacione të qarqeve, gjithsej {n} delegatë: {list}.</translation>
    </message>
    <message>
        <source>The other {n} are not broken down by region in the sources.</source>
        <translation>{n} të tjerët nuk ndahen sipas qarqeve në burime.</translation>
    </message>
    <message>
        <source>The election resolution set quotas within this total, not added to it: {list}.</source>
        <translation>Rezoluta për zgjedhjen e delegatëve caktoi kuota brenda këtij totali, jo mbi të: {list}.</translation>
    </message>
    <message>
        <source>The sources disagree on a delegation — {name}: {values}.</source>
        <translation>Burimet nuk pajtohen për një delegacion — {name}: {values}.</translation>
    </message>
    <message>
        <source>{n} of the delegates are named in the sources; {people} people in all are named, as delegates or in the bodies.</source>
        <translation>Burimet përmendin me emër {n} prej delegatëve; gjithsej përmenden me emër {people} persona, si delegatë ose në organe.</translation>
    </message>
    <message>
        <source>The {body} was elected by the {parent}.</source>
        <translation>{body} u zgjodh nga {parent}.</translation>
    </message>
    <message>
        <source>The {body} was formed by the {parent}.</source>
        <translation>{body} u formua nga {parent}.</translation>
    </message>
    <message>
        <source>The {body} was the executive organ of the {parent_gen}.</source>
        <translation>{body} ishte organi ekzekutiv i {parent_gen}.</translation>
    </message>
    <message>
        <source>Members: {values} (the sources disagree).</source>
        <translation>Numri i anëtarëve: {values} (burimet nuk pajtohen).</translation>
    </message>
    <message>
        <source>Members: {n}.</source>
        <translation>Numri i anëtarëve: {n}.</translation>
    </message>
    <message>
        <source>Named in the sources: {named}.</source>
        <translation>Me emër në burime: {named}.</translation>
    </message>
    <message>
        <source>The sources record {n} decisions, all known only in paraphrase:</source>
        <translation>Burimet shënojnë {n} vendime, të gjitha të njohura vetëm nga parafrazimet:</translation>
    </message>
    <message>
        <source>The sources record {n} decisions:</source>
        <translation>Burimet shënojnë {n} vendime:</translation>
    </message>
    <message>
        <source>A viewpoint, not a decision: {title}.</source>
        <translation>Pikëpamje, jo vendim: {title}.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Grafiku</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Vendimet</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Harta</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizimi</translation>
    </message>
    <message>
        <source>Congress of Përmet, May 1944: {view}</source>
        <translation>Kongresi i Përmetit, maj 1944: {view}</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Pasqyra</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>not recorded in the sources</source>
        <translation>nuk shënohet në burime</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Roles in the bodies</source>
        <translation>Detyrat në organe</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegacioni</translation>
    </message>
    <message>
        <source>Born–died</source>
        <translation>Lindur–vdekur</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Filter people by name, role or delegation (e.g. maleshova)</source>
        <translation>Filtro personat sipas emrit, detyrës ose delegacionit (p.sh. maleshova)</translation>
    </message>
    <message>
        <source>Filter the people</source>
        <translation>Filtro personat</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personat</translation>
    </message>
    <message>
        <source>Every person in the dataset; Enter or a click selects the person</source>
        <translation>Çdo person i të dhënave; Enter ose një klikim e përzgjedh personin</translation>
    </message>
</context>
<context>
    <name>SearchEverything</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Kërko kudo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Kërko kudo</translation>
    </message>
    <message>
        <source>Finds regions, delegations, bodies, people and decisions</source>
        <translation>Gjen qarqe, delegacione, organe, persona dhe vendime</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rezultatet e kërkimit</translation>
    </message>
    <message>
        <source>Enter or a click selects the result</source>
        <translation>Enter ose një klikim përzgjedh rezultatin</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation>Kronologjia</translation>
    </message>
    <message>
        <source>The dated events in order. Left and right move along the line; Enter selects. A dashed range with ? marks a date the sources disagree on.</source>
        <translation>Ngjarjet me datë sipas radhës. Shigjetat majtas e djathtas lëvizin përgjatë vijës; Enter përzgjedh. Një interval me vija të ndërprera dhe me ? shënon një datë për të cilën burimet nuk pajtohen.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>high confidence</source>
        <translation>besueshmëri e lartë</translation>
    </message>
    <message>
        <source>medium-high confidence</source>
        <translation>besueshmëri mesatare në të lartë</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>besueshmëri mesatare</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>besueshmëri e ulët</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>mendim</translation>
    </message>
    <message>
        <source>wiki</source>
        <translation>wiki</translation>
    </message>
    <message>
        <source>commemorative</source>
        <translation>përkujtimor</translation>
    </message>
    <message>
        <source>Soviet</source>
        <translation>sovjetik</translation>
    </message>
    <message>
        <source>academic</source>
        <translation>akademik</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritik</translation>
    </message>
    <message>
        <source>encyclopedic</source>
        <translation>enciklopedik</translation>
    </message>
    <message>
        <source>press</source>
        <translation>shtyp</translation>
    </message>
    <message>
        <source>government source</source>
        <translation>qeveritar</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arkivor</translation>
    </message>
    <message>
        <source>geodata</source>
        <translation>të dhëna gjeografike</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>vlerësim</translation>
    </message>
    <message>
        <source>government</source>
        <translation>qeverisja</translation>
    </message>
    <message>
        <source>sovereignty</source>
        <translation>sovraniteti</translation>
    </message>
    <message>
        <source>foreign relations</source>
        <translation>marrëdhëniet me jashtë</translation>
    </message>
    <message>
        <source>justice</source>
        <translation>drejtësia</translation>
    </message>
    <message>
        <source>army</source>
        <translation>ushtria</translation>
    </message>
    <message>
        <source>constitution</source>
        <translation>kushtetuta</translation>
    </message>
    <message>
        <source>region</source>
        <translation>qark</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegacion</translation>
    </message>
    <message>
        <source>body</source>
        <translation>organ</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>vendim</translation>
    </message>
    <message>
        <source>viewpoint</source>
        <translation>pikëpamje</translation>
    </message>
    <message>
        <source>event</source>
        <translation>ngjarje</translation>
    </message>
    <message>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <source>regional delegation</source>
        <translation>delegacion qarku</translation>
    </message>
    <message>
        <source>not broken down by region</source>
        <translation>pa ndarje sipas qarqeve</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>kuotë</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>nga burimet</translation>
    </message>
    <message>
        <source>computed, not sourced</source>
        <translation>e llogaritur, jo nga burimet</translation>
    </message>
    <message>
        <source>a quota within the total, not extra delegates</source>
        <translation>kuotë brenda totalit, jo delegatë shtesë</translation>
    </message>
    <message>
        <source>paraphrase only</source>
        <translation>vetëm parafrazim</translation>
    </message>
    <message>
        <source>original wording</source>
        <translation>teksti origjinal</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>vendbanim</translation>
    </message>
    <message>
        <source>country</source>
        <translation>vend</translation>
    </message>
    <message>
        <source>Elected by {parent}</source>
        <translation>Zgjedhur nga {parent}</translation>
    </message>
    <message>
        <source>Formed by {parent}</source>
        <translation>Formuar nga {parent}</translation>
    </message>
    <message>
        <source>Executive organ of the {parent_gen}</source>
        <translation>Organ ekzekutiv i {parent_gen}</translation>
    </message>
    <message>
        <source>chairman of the {body_gen}</source>
        <translation>kryetar i {body_gen}</translation>
    </message>
    <message>
        <source>vice-chairman of the {body_gen}</source>
        <translation>nënkryetar i {body_gen}</translation>
    </message>
    <message>
        <source>member of the {body_gen}</source>
        <translation>anëtar i {body_gen}</translation>
    </message>
    <message>
        <source>commissioner of the {body_gen} for {portfolio}</source>
        <translation>anëtar i {body_gen} i ngarkuar me {portfolio}</translation>
    </message>
    <message>
        <source>commissioner for {portfolio} ({body})</source>
        <translation>anëtar i ngarkuar me {portfolio} ({body})</translation>
    </message>
    <message>
        <source>number of delegates</source>
        <translation>numri i delegatëve</translation>
    </message>
    <message>
        <source>number of members</source>
        <translation>numri i anëtarëve</translation>
    </message>
    <message>
        <source>opening date</source>
        <translation>data e hapjes</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>data e mbylljes</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>geometry</source>
        <translation>gjeometria</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>titullari</translation>
    </message>
    <message>
        <source>member</source>
        <translation>anëtari</translation>
    </message>
    <message>
        <source>1944 prefecture</source>
        <translation>prefektura e vitit 1944</translation>
    </message>
    <message>
        <source>calling of the congress</source>
        <translation>thirrja e kongresit</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modeli</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>vendi i mbledhjes</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>krijuar nga</translation>
    </message>
    <message>
        <source>represented</source>
        <translation>përfaqësonte</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>viti i lindjes</translation>
    </message>
    <message>
        <source>year of death</source>
        <translation>viti i vdekjes</translation>
    </message>
    <message>
        <source>office</source>
        <translation>detyra</translation>
    </message>
    <message>
        <source>partial representation</source>
        <translation>përfaqësim i pjesshëm</translation>
    </message>
    <message>
        <source>the number of delegates</source>
        <translation>numrin e delegatëve</translation>
    </message>
    <message>
        <source>the number of members</source>
        <translation>numrin e anëtarëve</translation>
    </message>
    <message>
        <source>the opening date</source>
        <translation>datën e hapjes</translation>
    </message>
    <message>
        <source>the closing date</source>
        <translation>datën e mbylljes</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>datën</translation>
    </message>
    <message>
        <source>who created it</source>
        <translation>krijuesin</translation>
    </message>
    <message>
        <source>who was represented</source>
        <translation>se kush përfaqësohej</translation>
    </message>
    <message>
        <source>the year of birth</source>
        <translation>vitin e lindjes</translation>
    </message>
    <message>
        <source>the year of death</source>
        <translation>vitin e vdekjes</translation>
    </message>
    <message>
        <source>the office held</source>
        <translation>detyrën</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>shqip</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglisht</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rusisht</translation>
    </message>
    <message>
        <source>German</source>
        <translation>gjermanisht</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italisht</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>hungarisht</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainisht</translation>
    </message>
    <message>
        <source>French</source>
        <translation>frëngjisht</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbisht</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>greqisht</translation>
    </message>
    <message>
        <source>not recorded in the sources</source>
        <translation>nuk shënohet në burime</translation>
    </message>
    <message>
        <source>not named in the sources</source>
        <translation>pa emër në burime</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>burimet nuk pajtohen</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Nothing selected — {n} delegates in all</source>
        <translation>Nuk është përzgjedhur asgjë — gjithsej {n} delegatë</translation>
    </message>
    <message>
        <source> — {name}: {n} delegates</source>
        <translation> — {name}: {n} delegatë</translation>
    </message>
    <message>
        <source>Congress of Përmet (May 1944)</source>
        <translation>Kongresi i Përmetit (maj 1944)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skedari</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pamja</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Shko</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Gjuha</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>&amp;Hap të dhënat…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporto…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Shtyp…</translation>
    </message>
    <message>
        <source>Export &amp;fact sheet as PDF…</source>
        <translation>Eksporto &amp;fletën informative si PDF…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Udhëzuesi</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Fjalorthi</translation>
    </message>
    <message>
        <source>Search in this tab</source>
        <translation>Kërko në këtë skedë</translation>
    </message>
    <message>
        <source>Copy picture of this view</source>
        <translation>Kopjo figurën e kësaj pamjeje</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Tekst më i madh</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Tekst më i vogël</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Madhësia e zakonshme e tekstit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Prapa</translation>
    </message>
    <message>
        <source>Back to the previous selection (Alt+Left)</source>
        <translation>Kthehu te përzgjedhja e mëparshme (Alt+←)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Përpara</translation>
    </message>
    <message>
        <source>Forward to the next selection (Alt+Right)</source>
        <translation>Shko te përzgjedhja pasuese (Alt+→)</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Hiq përzgjedhjen</translation>
    </message>
    <message>
        <source>Clear the selection (Esc)</source>
        <translation>Hiq përzgjedhjen (Esc)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Kërko kudo</translation>
    </message>
    <message>
        <source>Copy link to this view</source>
        <translation>Kopjo lidhjen e kësaj pamjeje</translation>
    </message>
    <message>
        <source>Cite this</source>
        <translation>Citoje</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Rreth {app}</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Lundrimi</translation>
    </message>
    <message>
        <source>Copy a citation of the selected item and its sources</source>
        <translation>Kopjo një citim të elementit të përzgjedhur dhe të burimeve të tij</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Pamjet</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Hap të dhënat</translation>
    </message>
    <message>
        <source>Përmet Explorer datasets (*.sqlite *.db);;All files (*)</source>
        <translation>Të dhëna të Përmet Explorer (*.sqlite *.db);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Copied: {link}</source>
        <translation>U kopjua: {link}</translation>
    </message>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation>Citimi u kopjua</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>U eksportua {path}</translation>
    </message>
    <message>
        <source>Picture copied to the clipboard</source>
        <translation>Figura u kopjua</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <source>Print fact sheet</source>
        <translation>Shtyp fletën informative</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Guide</source>
        <translation>Udhëzuesi</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Fjalorthi</translation>
    </message>
</context>
</TS>