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
}
