"""Search that forgives missing diacritics and case: "keshilli" finds "Këshilli", "korca" finds "Korça"."""

import unicodedata


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics (ë→e, ç→c, é→e …) and collapse white space."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def matches(query: str, *texts: str | None) -> bool:
    """True when every word of the query occurs in one of the texts (folded)."""
    words = fold(query).split()
    if not words:
        return True
    haystack = " \n ".join(fold(t) for t in texts)
    return all(word in haystack for word in words)
