"""Splitting an article body into paragraphs and sentences, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas.lexicon import MONTH_WORDS

# Abbreviations after which a period does not end a sentence. Month abbreviations come from the lexicon;
# full month names ("in May.") do end one.
_MONTH_ABBREVIATIONS = frozenset(w for w in MONTH_WORDS if len(w) <= 4 and w not in ("may", "june", "july"))
_ABBREVIATIONS = _MONTH_ABBREVIATIONS | frozenset(
    """mr mrs ms dr prof no nos st vs etc inc ltd co corp jsc llp gov sen rep gen col lt approx est fig
    mln bln bn trln tln thous sq km u.s u.k e.g i.e""".split()  # noqa: SIM905 - a word list reads best as text
)
# Scales and units that end a figure: their period ends the sentence before a capitalised word ("about 1,7 trln.
# Almaty, Astana and ..."), though not before a currency code ("12 bln. KZT").
_FIGURE_END_ABBREVIATIONS = frozenset("mln bln bn trln tln thous km".split())  # noqa: SIM905
_CURRENCY_CODE_AFTER_RE = re.compile(r"\s*[A-Z]{3}\b")
_PARAGRAPH_RE = re.compile(r"[^\n]+")
# A sentence-final mark, then the boundary itself (group 1): quotes closing and spaces before a new sentence.
# Matching the mark instead of looking behind for it lets `re` skip to marks.
_BOUNDARY_RE = re.compile(r"[.!?…]([»”\"']?\s+(?=[«“\"'(]?[A-Z0-9]))")


# " date 2024-09-12 " at the start of a line: the stamp some articles open with, before their title.
_DATE_STAMP_RE = re.compile(r"(?:^|\n)[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\Z")


def opens_sentence(text: str, pos: int) -> bool:
    """True when `pos` opens a sentence, a line, a quotation or a title (a capital there proves nothing)."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] in '.!?:\n«“"‘–—':
        return True  # a dash ends a dateline ("KAZINFORM – Farmers of Turkistan region ...")
    if _DATE_STAMP_RE.search(text, max(0, j - 16), j + 1):
        return True  # " date 2024-09-12 Container traffic ...": a title after the date stamp
    return text[j] in "”»’'" and j > 0 and text[j - 1] in ".!?"


@dataclass(frozen=True)
class Sentence:
    """A sentence: text[start:end]; `paragraph` counts paragraphs from 0."""

    start: int
    end: int
    paragraph: int


def split_sentences(text: str, start: int, end: int, excluded: tuple[tuple[int, int], ...] = ()) -> list[Sentence]:
    """Sentences of `text[start:end]`, one paragraph per line, skipping lines inside `excluded` spans."""
    sentences: list[Sentence] = []
    paragraph = 0
    for line in _PARAGRAPH_RE.finditer(text, start, end):
        line_start, line_end = _strip(text, line.start(), line.end())
        if line_start >= line_end or _covered(line_start, line_end, excluded):
            continue
        for s, e in _split_line(text, line_start, line_end):
            sentences.append(Sentence(s, e, paragraph))
        paragraph += 1
    return sentences


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _covered(start: int, end: int, excluded: tuple[tuple[int, int], ...]) -> bool:
    for s, e in excluded:  # noqa: SIM110 - a loop: `any` over a generator costs more, once per line
        if s <= start and end <= e:
            return True
    return False


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    # From one character early: a mark just before `start` may open a boundary at it. (A boundary ends in
    # a space and a mark cannot be one, so consuming the mark never hides a boundary.)
    for boundary in _BOUNDARY_RE.finditer(text, max(start - 1, 0), end):
        if _ends_with_abbreviation(text, cursor, boundary.start(1)) and not _ends_a_figure(text, boundary):
            continue
        piece_end = boundary.start(1) + len(boundary.group(1).rstrip())
        pieces.append((cursor, piece_end))
        cursor = boundary.end()
    pieces.append((cursor, end))
    stripped = [_strip(text, s, e) for s, e in pieces]
    return [(s, e) for s, e in stripped if s < e]


def _ends_with_abbreviation(text: str, start: int, stop: int) -> bool:
    """True when the period at `stop - 1` closes an abbreviation or an initial ("Nov.", "U.S.", "A.")."""
    if text[stop - 1] != ".":
        return False
    word = text[start:stop].rsplit(None, 1)[-1].rstrip(".").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _ends_a_figure(text: str, boundary: re.Match) -> bool:
    """True when the abbreviation before a boundary is a scale or unit a sentence may end with, and no currency
    code follows it."""
    word = text[max(0, boundary.start() - 8) : boundary.start()].rsplit(None, 1)[-1].lower()
    word = re.sub(r"^[\d.,]+", "", word)
    return word in _FIGURE_END_ABBREVIATIONS and not _CURRENCY_CODE_AFTER_RE.match(text, boundary.end(1) - 1)


def capitalised_share(text: str) -> float:
    """The share of `text`'s words that open with a letter which open with a capital (1.0 for a title-case headline
    such as "Kazatomprom H1 Production Rises 5%"); 0.0 when no word opens with a letter."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return sum(word[0].isupper() for word in words) / len(words) if words else 0.0
