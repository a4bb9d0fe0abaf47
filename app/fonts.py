"""Whether the system has a font that draws Albanian. Without one, Qt still starts and every ë and ç (and every
other letter, when there is no font at all) is an empty box: `--self-check` must not call that a success."""

from __future__ import annotations

LETTERS = "ëç"


def albanian_font_problem() -> str:
    """'' when an installed font can draw ë and ç; otherwise one line saying so (needs a QGuiApplication)."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    for family in QFontDatabase.families():
        metrics = QFontMetrics(QFont(family))
        if all(metrics.inFontUcs4(ord(letter)) for letter in LETTERS):  # inFont(str) misreads non-ASCII
            return ""
    return (f"no installed font can draw {' and '.join(LETTERS)} "
            "(install one, for example: sudo apt-get install fonts-dejavu-core)")
