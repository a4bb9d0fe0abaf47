"""Albanian wording for the Chart, Organisation and Decisions tabs' new texts (see fill_sq.py)."""

SQ = {
    "not broken down by region": "pa ndarje sipas qarqeve",
    "Youth Union": "Bashkimi i Rinisë",
    "Women's Union": "Bashkimi i Grave",
    "Seats {numbers}: {n} not named in the sources": "Vendet {numbers}: {n} pa emër në burime",
    "and {n} more named (see the tree)": "dhe {n} të tjerë me emër (shihni pemën)",
    "The chart draws {n} of the {total} bodies; the tree lists them all.":
        "Skema vizaton {n} nga {total} organet; pema i rendit të gjitha.",
    "Boxes for the bodies with their sizes and named office-holders; click a box to select the body. The wheel and + and − zoom, 0 fits.":
        "Kutitë e organeve me madhësinë dhe drejtuesit e përmendur me emër; klikoni një kuti për të zgjedhur "
        "organin. Rrota dhe + e − zmadhojnë ose zvogëlojnë, 0 e përshtat.",
    "Up and down select a decision; the details panel shows it with its sources":
        "Lart dhe poshtë zgjedhin një vendim; paneli i hollësive e shfaq me burimet e tij",
    "All the titles and summaries are paraphrases, not the original wording.":
        "Të gjithë titujt dhe përmbledhjet janë parafrazime, jo fjalët origjinale.",
    "Searching…": "Po kërkohet…",
    # the Overview's long lists (only datasets far larger than the congress's have them)
    "and {n} more": "dhe {n} të tjera",
}
