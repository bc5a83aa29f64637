"""Skipping case-insensitive searches that cannot match: a few `str.find` calls on the lowered text first.

An IGNORECASE pattern with no literal first character is tried at every position of its window. When
every match of it holds one of a few ASCII words, and the lowered text holds none of them there, the
search is skipped: the answer (no match) is the same, found several times faster. Where one of the
words is written, the pattern itself still decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.tries import longest_first

# Under re.IGNORECASE these match ASCII letters they do not lower to ("ı" matches "i", "ſ" matches "s", the
# Kelvin sign matches "k"), and "İ" lowers to two characters: with any of them in a text, its lowered copy
# does not show where an ASCII word matches.
_FOLD_BREAKERS = ("İ", "ı", "ſ", "\u212a")


@lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """`text.lower()`, when an ASCII word matches `text` case-insensitively exactly where the lowered text
    holds it (at the same offsets); else None. Computed once per article."""
    if any(char in text for char in _FOLD_BREAKERS):
        return None
    return text.lower()


_ASCII_LOOKALIKES = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "\u212a": "k"})


def lexicon_key(word: str) -> str:
    """The key to look up a word a case-insensitive pattern matched: lower case, with the letters that such a
    pattern takes for ASCII ones (_FOLD_BREAKERS: "bıllion" matches "billion") read as those letters."""
    return word.translate(_ASCII_LOOKALIKES).lower()


def holds_any(lower: str | None, start: int, end: int, words: tuple[str, ...]) -> bool:
    """False only when lower[start:end] holds none of `words` (ASCII, lower case); always True without `lower`."""
    if lower is None:
        return True
    for word in words:  # noqa: SIM110 - a loop: `any` over a generator costs more than the finds it saves
        if lower.find(word, start, end) >= 0:
            return True
    return False


_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as"})


def key_words(phrases: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Words one of which each of `phrases` holds, lower-cased: the word they all share, else each one's
    longest word other than a function word (the rarer), less those that hold another one chosen ("supported"
    holds "support")."""
    split = [phrase.lower().split() for phrase in phrases]
    shared = set(split[0]).intersection(*split[1:]) if split else set()
    if shared:
        return (max(shared, key=len),)
    longest = {max(words, key=lambda w: (w not in _FUNCTION_WORDS, len(w))) for words in split}
    return tuple(sorted(w for w in longest if not any(o != w and o in w for o in longest)))


_PLAIN_WORD_RE = re.compile(r"[a-z0-9%' -]+")
# Up to this many key words are looked for with `str.find`, one by one.
_FIND_AT_MOST = 2


class GuardedPattern:
    """A case-insensitive pattern searched like `re.Pattern.search(text, pos, endpos)`, skipped where none of
    `words` is written. Every match of the pattern must hold one of `words` (lower case)."""

    __slots__ = ("_finder", "pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        # Only plain ASCII words are sure to be written, as they are, where the pattern matches (a word with a
        # regex metacharacter may stand for other text); without them, the pattern is always searched.
        plain = bool(words) and all(_PLAIN_WORD_RE.fullmatch(w) for w in words)
        self.words = words if plain else None
        # Many words are looked for at once by a case-sensitive alternation, which `re` scans for their first
        # characters; a few, by `str.find`.
        self._finder = re.compile(longest_first(words)) if plain and len(words) > _FIND_AT_MOST else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        # Bounds clamped as `re` clamps them (`str.find` would count negative ones from the end); comparisons,
        # not `max`/`min` calls, as this runs a hundred times an article.
        end = len(text) if endpos is None or endpos > len(text) else endpos
        if pos < 0 or end < 0:
            pos, end = (0 if pos < 0 else pos), (0 if end < 0 else end)
        if self.words is not None:
            lower = lowered(text)
            if lower is not None:
                if self._finder is not None:
                    if self._finder.search(lower, pos, end) is None:
                        return None
                elif not holds_any(lower, pos, end, self.words):
                    return None
        return self.pattern.search(text, pos, end)
