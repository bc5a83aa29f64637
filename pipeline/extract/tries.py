"""Regex alternations of literal words written as prefix trees, for speed.

Python's `re` tries the branches of an alternation one after the other at every position, so
`export|exports|exporter|...` costs a comparison per word wherever it is tried. Written as a trie
(`export(?:s|er)?`) it costs one comparison per distinct next character.

A trie tries longer words before shorter ones (each optional tail is greedy), so it matches
exactly what the same words sorted longest first would match, backtracking included: at every
position, the longest word that lets the rest of the pattern match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def _trie(words: Iterable[str]) -> dict:
    """The words as nested dicts, one level per character; `_END` marks where a word ends."""
    root: dict = {}
    for word in words:
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def longest_first(words: Iterable[str]) -> str:
    """Regex source equivalent to `"|".join(map(re.escape, sorted(words, key=len, reverse=True)))`.

    In: literal words (an empty word is not allowed). Out: a non-capturing group, or "(?!)" (never
    matches) when there are no words. Case-insensitive use needs the words in one case.
    """
    root = _trie(words)
    return _branches(root) if root else "(?!)"


def word_start_first(words: Iterable[str], word_chars: str) -> str:
    """Regex source for `(?<![{word_chars}])(?:words, longest first)`, with the look-behind moved after
    each word's first character so that `re` can skip to the positions where a first character stands.

    `word_chars` is the body of a character class ("\\w-"). The look-behind checks one character
    before the word, as the original does (none at the start of the string).
    """
    root = _trie(words)
    if not root:
        return "(?!)"
    alternatives = []
    for char in sorted(root):
        first = re.escape(char)
        alternatives.append(f"{first}(?<![{word_chars}]{first}){_tail(root[char])}")
    return "(?:" + "|".join(alternatives) + ")"


def _branches(node: dict) -> str:
    """The alternatives below `node` (which must have children), as one group."""
    alternatives = [re.escape(char) + _tail(child) for char, child in sorted(node.items()) if char != _END]
    return "(?:" + "|".join(alternatives) + ")"


def _tail(node: dict) -> str:
    """What may follow a character that led to `node`: nothing, or its children (optional when a word ends here)."""
    children = [char for char in node if char != _END]
    if not children:
        return ""
    body = _branches(node)
    return body + "?" if _END in node else body


# Every character that is not a letter, digit, "_" or "-" in ASCII, and all of non-ASCII: a class
# of plain ranges, which `re` tests far faster than a category such as [^\w-]. Written negated: the
# same characters as the ranges up to U+10FFFF, which `re` takes 3 ms to compile, in each of the
# 18 cue lists, every time the engine is imported.
_SEPARATOR_CANDIDATES = r"[^\-0-9A-Z_a-z]"


def separated_words(words: Iterable[str]) -> str:
    """Regex source for a character that is not [\\w-], then (in group 1) the longest of `words` that is
    followed by no [\\w-] character.

    Searched in " " + text, its group 1 matches exactly where `(?<![\\w-])(?:words)(?![\\w-])` matches
    in text (shifted by one), provided every word ends in a [\\w-] character (then no match of the
    original can start right where another ends, so consuming the separator loses none). `re` skips
    quickly to separator characters, where few words start, instead of trying the words at every letter.
    """
    return rf"{_SEPARATOR_CANDIDATES}(?<![\w-])({longest_first(words)})(?![\w-])"
