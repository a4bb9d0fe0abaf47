"""Search that forgives missing diacritics and case: "keshilli" finds "Këshilli", "korca" finds "Korça"."""

import re
import unicodedata

_WORD = re.compile(r"\w+")


# The combining marks NFKD splits off letters (ë → e + U+0308): the Unicode blocks of combining diacritics.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics (ë→e, ç→c, é→e …) and collapse white space."""
    if not text:
        return ""
    text = text.casefold()
    if not text.isascii():  # the regular expression runs in C: folding stays fast on large datasets
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.split())


def words(text: str | None) -> list[str]:
    return _WORD.findall(fold(text))


def index_text(*texts: str | None) -> str:
    """The folded words of the texts, each after a space: " kongresi zgjodhi keshillin …". A query word
    starts a word of the texts exactly when " " + word occurs in it, so a search is one substring test
    per word (fast enough to run on every keystroke over tens of thousands of rows)."""
    return " " + " ".join(w for t in texts for w in words(t))


def matches_index(query_words: list[str], index: str) -> bool:
    return all(" " + w in index for w in query_words)


def matches(query: str, *texts: str | None) -> bool:
    """True when every word of the query starts a word of the texts (folded): "kthimi" finds "kthimit",
    "zog" finds "Zogu", but "ban" does not find "Albania"."""
    return matches_index(words(query), index_text(*texts))
