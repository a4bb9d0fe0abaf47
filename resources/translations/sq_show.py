"""Albanian for the texts added by the show room (Chart tab, map): fill_sq.py reads every sq_*.py."""

SQ = {
    "Preparing the chart…": "Po përgatitet grafiku…",
}
