"""Albanian wording for the Chart, Organisation and Decisions tabs' new texts (see fill_sq.py)."""

SQ = {
    "not broken down by region": "pa ndarje sipas krahinave",
    "Youth Union": "Bashkimi i Rinisë",
    "Women's Union": "Bashkimi i Grave",
}
