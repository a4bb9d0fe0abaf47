"""Albanian wording for the window, the page registry, search and export (helper "shell")."""

SQ = {
    "{app} {version} · dataset {name}, version {dataset} · figures from the {n} sources listed in Help → About, "
    "each cited with a quote":
        "{app} {version} · të dhënat {name}, versioni {dataset} · shifrat nga {n} burimet e renditura te "
        "Ndihmë → Rreth, secila e cituar me një citat",
    "CSV table (spreadsheet)": "Tabelë CSV (për fletëllogaritëse)",
    "PDF document": "Dokument PDF",
    "Picture copied to the clipboard": "Figura u kopjua",
    "Congress of Përmet, May 1944: {view}": "Kongresi i Përmetit, maj 1944: {view}",
    "event": "ngjarje",
    "&Print…": "&Shtyp…",
    "Copy picture of this view": "Kopjo figurën e kësaj pamjeje",
    "Larger text": "Tekst më i madh",
    "Smaller text": "Tekst më i vogël",
    "Normal text size": "Madhësia e zakonshme e tekstit",
    # Help → Keyboard shortcuts: the keys each tab's views answer to (context "Keys")
    "Everywhere": "Kudo",
    "Mouse wheel": "Rrota e miut",
    "Timeline: move from event to event": "Kronologjia: nga një ngjarje te tjetra",
    "Timeline: select the event": "Kronologjia: zgjidh ngjarjen",
    "Map: move to the next region that way": "Harta: kalo te qarku tjetër në atë drejtim",
    "Map: select the region": "Harta: zgjidh qarkun",
    "Map: zoom in, zoom out, whole map": "Harta: zmadho, zvogëlo, e gjithë harta",
    "Map: zoom": "Harta: zmadho ose zvogëlo",
    "Chart: move from bar to bar": "Grafiku: nga një shtyllë te tjetra",
    "Chart: select the delegation": "Grafiku: zgjidh delegacionin",
    "Org chart: zoom in, zoom out, fit": "Organigrama: zmadho, zvogëlo, përshtate",
    "Org chart: zoom": "Organigrama: zmadho ose zvogëlo",
    "Tree and people list: select the row": "Pema dhe lista e personave: zgjidh rreshtin",
    "Search field: go to the list": "Fusha e kërkimit: kalo te lista",
    "Search field: clear the search": "Fusha e kërkimit: fshi kërkimin",
    "List: select the decision": "Lista: zgjidh vendimin",
}
