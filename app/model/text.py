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


# The Albanian alphabet, 36 letters; the nine digraphs are single letters (CLDR's Albanian collation).
ALBANIAN_ALPHABET = ("a", "b", "c", "ç", "d", "dh", "e", "ë", "f", "g", "gj", "h", "i", "j", "k", "l", "ll", "m", "n",
                     "nj", "o", "p", "q", "r", "rr", "s", "sh", "t", "th", "u", "v", "x", "xh", "y", "z", "zh")
_LETTER_INDEX = {letter: n for n, letter in enumerate(ALBANIAN_ALPHABET)}
# Longest match first: "dh" before "d", "xh" before "x".
_ALBANIAN_LETTER = re.compile("|".join(sorted(ALBANIAN_ALPHABET, key=len, reverse=True)) + "|.", re.DOTALL)


def _albanian_weights(text: str) -> tuple:
    """Primary weights letter by letter: separators, then digits, then the 36 letters in their order,
    then any other character by code point. ë and ç are letters of their own, never folded."""
    weights = []
    for letter in _ALBANIAN_LETTER.findall(unicodedata.normalize("NFC", text.casefold())):
        if letter in _LETTER_INDEX:
            weights.append((2, _LETTER_INDEX[letter]))
        elif letter.isspace() or not letter.isalnum():
            weights.append((0, ord(letter)))
        elif letter.isdigit():
            weights.append((1, ord(letter)))
        else:
            weights.append((3, ord(letter)))
    return tuple(weights)


def sort_key(text: str | None, lang: str = "sq") -> tuple:
    """A key that sorts names as a reader of `lang` expects. Albanian: the 36-letter alphabet (c < ç < d <
    dh < e < ë, "Llazi" after "Lushnjë"); English: diacritics ignored (Ç with C). Case is compared only
    when all else is equal, lower case first."""
    text = text or ""
    primary = _albanian_weights(text) if lang == "sq" else fold(text)
    return primary, tuple(c.isupper() for c in text), text


def flat_sort_key(text: str | None, lang: str = "sq") -> tuple[str, str, str]:
    """sort_key with its parts written as strings, which sort alike and compare much faster (41,000 people at
    1000x the data): a weight (class, n) as two characters, none of them NUL, so that "\0" may join keys; the
    case flags as 0 or 1."""
    primary, case, text = sort_key(text, lang)
    if not isinstance(primary, str):
        primary = "".join(chr(c + 1) + chr(n + 1 if c == 2 else n) for c, n in primary)
    return primary, "".join("1" if upper else "0" for upper in case), text


def person_sort_key(name: str | None, lang: str = "sq") -> tuple:
    """People sort by surname (the last word), then given names: Baba Faja Martaneshi under M."""
    parts = (name or "").split()
    return sort_key(parts[-1] if parts else "", lang), sort_key(" ".join(parts[:-1]), lang)
