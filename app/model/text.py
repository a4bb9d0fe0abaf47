"""Search that forgives missing diacritics and case: "keshilli" finds "Këshilli", "korca" finds "Korça"."""

import re
import unicodedata

_WORD = re.compile(r"\w+")


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics (ë→e, ç→c, é→e …) and collapse white space."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def words(text: str | None) -> list[str]:
    return _WORD.findall(fold(text))


def matches(query: str, *texts: str | None) -> bool:
    """True when every word of the query starts a word of the texts (folded): "kthimi" finds "kthimit",
    "zog" finds "Zogu", but "ban" does not find "Albania"."""
    wanted = words(query)
    if not wanted:
        return True
    have = {w for t in texts for w in words(t)}
    return all(any(h.startswith(w) for h in have) for w in wanted)
