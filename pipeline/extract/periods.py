"""Temporal expressions in a sentence, normalised against the publication date (HeidelTime/SUTime style).

`find_time_expressions` returns one `TimeExpression` per piece of calendar wording in a
sentence, with its character span in the full text, its role and its resolution:

- role ``"period"``: the period a figure refers to ("in 2024", "over ten months of this
  year", "H1 2024", "by 2028", "since 2018", "as of the end of 2023", "currently" ...).
  ``actual`` is the resolution for an actual figure, ``planned`` for a planned one. They
  differ for "this year" (1 January .. publication date vs the whole year), for "over seven
  years" (the past seven vs the next seven) and for a bare month ("in March": the latest
  March vs the coming one). ``(None, None)`` means the text says there is no period
  ("currently", "so far", "since its launch", "Established in 2005"): the frame is
  explicitly cleared. ``None`` means the expression is relative and the publication date
  is unknown, so the period stays empty (FACTS.md, "Articles") and is not inherited either.
- role ``"comparison"``: the base of a change ("compared to 2023", "on the same period last
  year", "year-on-year", "up 2.3 times on 2015"); `resolve_comparison` turns it into dates
  once the figure's own period is known.
- role ``"date"``: calendar wording that is not a period ("on Dec. 10", "March 7, 2024",
  "Kazakhstan-2050", the ``date 2024-11-29`` prefix): no frame, but its numbers are not
  quantities; a day keeps its date, for a span it ends ("from 14 March to 10 April").

Every span covers the numbers of its wording ("ten months", "2024", "seven years' time",
"7 yrs"), together with the preposition that governs it ("in the first half of 2024",
"compared to 2023"), so a caller may treat any number inside a span as not a fact;
`is_period_wording` answers that directly. ``kind`` names the rule that matched.

Choices the contract leaves open (documented here, tested in tests/test_periods.py):
"as of <month>" without a day is a cleared frame (the contract does not say where such a
tally starts, so nothing is guessed); "since 2018" with no publication date keeps what the
text states, (2018-01-01, None); "at/by the end of the year" is the whole year, "as of the
end of 2023" the single day; "N years ago" is that calendar year.

Speed: the sentence is scanned with literal searches (``str.find`` and regexes that start
with a literal), then small anchored matches read around each hit; no regex alternation is
run over the whole sentence.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from pipeline.extract.sentences import capitalised_share
from pipeline.extract.tries import longest_first
from schemas.lexicon import ADJACENT_DURATION_CUES, DURATION_CUES
from schemas.time_lexicon import (
    ANNOUNCEMENT_VERBS,
    CHANGE_WORDS,
    CLEAR_WORDS,
    COMPARISON_TRIGGERS,
    EVENT_VERBS,
    INDEX_BASE_NOUNS,
    LAST_YEAR,
    LAST_YEAR_WORDS,
    MONTHS,
    NEXT_WORDS,
    NEXT_YEAR_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    PAST_WORDS,
    THIS_YEAR,
    THIS_YEAR_WORDS,
    UNDATED_STARTS,
    VAGUE_COUNTS,
    YEAR_NOUNS,
    YEAR_ON_YEAR,
    YEAR_TO_DATE,
)

Period = tuple[date | None, date | None]

PERIOD, COMPARISON, DATE = "period", "comparison", "date"
CLEARED: Period = (None, None)


@dataclass(frozen=True)
class TimeExpression:
    """One piece of calendar wording: span in the full text, role, and its resolutions (see module doc)."""

    start: int
    end: int
    role: str
    actual: Period | None
    planned: Period | None
    kind: str = ""
    # The base of the index level right before it ("112.5% of the figure for January-June 2022"), of no other figure.
    index_base: bool = False


# --- lexicon-derived tables and anchored regexes ---------------------------------------------


def _words(phrases: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of lower-case phrases, longest first; a space matches any blanks."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


_MONTHS_LOWER = {name.lower(): number for name, number in MONTHS.items()}
_SHORT_MONTHS = frozenset(m for m in MONTHS if len(m) <= 4 and m not in ("May", "June", "July"))
_YEAR = r"(?:19[5-9]\d|20\d\d)(?!\d)"
_THIS_PHRASES = tuple(p for p in THIS_YEAR)
_LAST_PHRASES = tuple(p for p in LAST_YEAR if p.endswith("year"))
_YREF = (
    rf"(?:(?P<y>{_YEAR})|(?P<this>{_words(_THIS_PHRASES)})(?![a-z])"
    rf"|(?P<last>{_words(_LAST_PHRASES)})(?![a-z])|(?P<the>the\s+year)(?![a-z]))"
)
_MONTH_RE = re.compile("|".join(sorted(MONTHS, key=len, reverse=True)))
_YEAR_RE = re.compile(r"(?:19[5-9]|20\d)\d")
_HQ_RE = re.compile(r"[HQ][1-4]")
_HQ_REVERSED_RE = re.compile(r"[1-4][HQ]")

_YREF_TAIL = re.compile(rf",?\s+(?:(?:of|in)\s+)?{_YREF}")
_YREF_OF_TAIL = re.compile(rf"\s+(?:of|in)\s+{_YREF}")
_YREF_AFTER_OF = re.compile(rf"\s+{_YREF}")
_TIME_TAIL = re.compile(r"['’]s?\s+time")
_AGO_TAIL = re.compile(r"\s+(?:ago|earlier|before)(?![a-z])")
_PERIOD_TAIL = re.compile(r"\s+period(?![a-z])")
_MONTH_NAMES_LOW = _words(list(_MONTHS_LOWER))
_RANGE_TAIL = re.compile(
    rf"(?:\s*[-–—]\s*|\s+(?:to|through|till|until|and|thru)\s+)(?P<m2>{_MONTH_NAMES_LOW})(?![a-z])\.?"
)
_DAY_TAIL = re.compile(rf"\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d]|[.,]\d)(?:,?\s+(?P<y>{_YEAR}))?")
_YEAR_AFTER = re.compile(rf",?\s+(?P<y>{_YEAR})")
_SHORT_YEAR_TAIL = re.compile(rf",?\s*(?:of\s+)?(?P<y>{_YEAR})")
# A two-digit second year only after a dash or slash ("2022-23"): "grew 7.3% in 2023 to 18.6 billion kWh" and "40% by
# 2025 and 50-55% by 2030" hold amounts, not years.
_YRANGE_TAIL = re.compile(
    rf"(?:\s*[-–—/]\s*|\s+(?:to|through|till|until|and|or)\s+)(?P<b>{_YEAR}|(?<![a-z]\s)\d\d(?![\d%]|[.,]\d))"
)
_ISO_TAIL = re.compile(r"-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
_NDATE_BEFORE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.$")
_NOUN_TAIL = re.compile(rf"\s+{_words(YEAR_NOUNS)}(?![a-z])")
_SAME_TAIL = re.compile(
    rf"\s+(?:of|in|during)\s+(?:(?P<y>{_YEAR})|(?:the\s+)?(?:previous|last|prior|preceding|past)\s+year)"
    r"|\s+(?:last|a)\s+year(?:\s+(?:earlier|ago|before))?|\s+(?:a|one)\s+year\s+(?:earlier|ago|before)"
)
_SINCE_TAIL = re.compile(rf"\s+(?:(?:its|their|the|his|her)\s+{_words(UNDATED_STARTS)}|then)(?![a-z])")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)")
_NAME_BEFORE_RE = re.compile(r"(?:-|\b[A-Z][A-Za-z]*[A-Za-z0-9]\s)$")

_YEAR_SUFFIXES = (
    ("-on-year", "yoy"),
    (" on year", "yoy"),
    ("-over-year", "yoy"),
    (" over year", "yoy"),
    ("-to-date", "ytd"),
    (" to date", "ytd"),
    ("-end", "eoy"),
    (" end", "eoy"),
)


def _by_key(phrases: list[str]) -> dict[str, list[tuple[str, int]]]:
    """Group fixed phrases under one searched word each ("so far" and "thus far" under "far").

    The key is a phrase's longest word, or a shorter key contained in it ("now" for "nowadays");
    each entry keeps the phrase and where the key sits in it, longest phrase first.
    """
    keys = sorted({max(p.split(), key=len) for p in phrases}, key=len)
    groups: dict[str, list[tuple[str, int]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        key = next(k for k in keys if k in phrase)
        groups.setdefault(key, []).append((phrase, phrase.index(key)))
    return groups


_FIXED: dict[str, list[tuple[str, int]]] = _by_key(sorted({p.lower() for p in CLEAR_WORDS}))
# (keys are searched with str.find: a dozen C-level searches beat one alternation regex here)
_FIXED_KIND = {p.lower(): "clear" for p in CLEAR_WORDS}
for _phrase in (p for p in YEAR_TO_DATE if "year" not in p):
    _FIXED_KIND[_phrase] = "ytd"
    _FIXED.setdefault(_phrase, []).append((_phrase, 0))
for _phrase in sorted({p.lower() for p in YEAR_ON_YEAR if "year" not in p.lower()}):
    _FIXED_KIND[_phrase] = "yoy"
    for _key, _entries in _by_key([_phrase]).items():
        _FIXED.setdefault(_key, []).append(_entries[0])
_FUNCTION_WORDS = frozenset({"as", "of", "at", "the", "to", "up", "in", "so", "thus", "until", "till", "o", "terms"})
# the content words of each key's phrases ("nowadays" for "now", "y" for "y/y"): a key is searched when one occurs
_KEY_WORDS = {
    key: frozenset(re.findall(r"[a-z]+", " ".join(p for p, _ in entries))) - _FUNCTION_WORDS
    for key, entries in _FIXED.items()
}
_EDGE_OF = ("beginning of", "start of", "outset of", "end of")
# "the end of December", "the beginning of March": the edge of a month is one day of it.
_MONTH_EDGE_BEFORE_RE = re.compile(
    rf"\b(?P<edge>{'|'.join(phrase.split()[0] for phrase in _EDGE_OF)})\s+of\s+(?:the\s+month\s+of\s+)?$"
)
_THIS_WORDS = frozenset(THIS_YEAR_WORDS)
_LAST_WORDS = frozenset(LAST_YEAR_WORDS)
_NEXT_WORDS = frozenset(NEXT_YEAR_WORDS)
_VAGUE = frozenset(w.split()[-1] for w in VAGUE_COUNTS)
_ORDINAL_WORDS = {k: v for k, v in ORDINALS.items() if v <= 4}
_BLANKS = " \t\n\r\xa0"
_OPENERS = "«“\"‘'("


# --- scanning: cores ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Core:
    """A recognised piece of calendar wording before its left context is read.

    `ref` is the year reference that follows it ("of 2024" → ("y", 2024), "of this year" →
    ("this",), "of last year" → ("last",), "of the year" → ("the",)); `first`/`last` are months,
    `n` a count, `flag` a detail of the form ("time", "ago", "noun", "vague", ...).
    """

    start: int
    end: int
    kind: str
    n: int | None = None
    ref: tuple | None = None
    first: int = 0
    last: int = 0
    day: int | None = None
    year: int | None = None
    flag: str = ""


def _prev_token(low: str, pos: int) -> tuple[int, str] | None:
    """The token ending just before `pos` (blanks skipped), as (start, text); None at the start. A hyphen
    right before `pos` joins a compound ("second-quarter output", "full-year guidance"): the word before it."""
    j = pos - 1 if pos > 1 and low[pos - 1] == "-" and low[pos - 2].isalpha() else pos
    while j > 0 and low[j - 1] in _BLANKS:
        j -= 1
    if j == 0:
        return None
    i = j
    while i > 0 and low[i - 1] not in _BLANKS:
        i -= 1
    while i < j - 1 and low[i] in _OPENERS:
        i += 1  # '"This year we plan ...': the quotation mark opens the token, it is not part of it
    return i, low[i:j]


def _word_at(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] is a whole word (no letter or digit glued on either side)."""
    return (start == 0 or not low[start - 1].isalnum()) and (end >= len(low) or not low[end].isalnum())


def _count(token: str) -> tuple[int | None, bool]:
    """A count written as digits or words ("10", "ten", "twenty-five"); (None, True) for "several"/"few"."""
    token = token.strip(_OPENERS)
    if token.isdigit() and len(token) <= 2:
        return int(token), False
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token], False
    if "-" in token:
        parts = token.split("-")
        if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
            return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]], False
    if token in _VAGUE:
        return None, True
    return None, False


def _ref_of(m: re.Match[str]) -> tuple:
    """The year reference captured by a `_YREF` group."""
    if m["y"]:
        return ("y", int(m["y"]))
    if m["this"]:
        return ("this",)
    if m["last"]:
        return ("last",)
    return ("the",)


def _ref_after(tail: re.Pattern[str], low: str, pos: int) -> tuple[tuple | None, int]:
    """A year reference right after `pos` read with `tail`, and where it ends."""
    m = tail.match(low, pos)
    return (_ref_of(m), m.end()) if m else (None, pos)


def _with_the(low: str, start: int) -> int:
    """Move a start back over a preceding "the"."""
    prev = _prev_token(low, start)
    return prev[0] if prev and prev[1] == "the" else start


def _scan_month_names(text: str, low: str, cores: list[_Core]) -> None:
    """Month names: ranges ("January-May 2024"), days ("March 7, 2024", "7 March"), months ("December 2023")."""
    for m in _MONTH_RE.finditer(text):
        p, q = m.span()
        if (p and text[p - 1].isalpha()) or (q < len(text) and text[q].isalpha()):
            continue
        month = MONTHS[m.group()]
        if m.group() in _SHORT_MONTHS and low.startswith(".", q):
            q += 1
        if tail := _RANGE_TAIL.match(low, q):
            ref, end = _ref_after(_YREF_TAIL, low, tail.end())
            end = tail2.end() if (tail2 := _PERIOD_TAIL.match(low, end)) else end
            last = _MONTHS_LOWER[tail["m2"].rstrip(".")]
            cores.append(_Core(p, end, "mrange", first=month, last=last, ref=ref))
        elif tail := _DAY_TAIL.match(low, q):
            year = int(tail["y"]) if tail["y"] else None
            cores.append(_Core(p, tail.end(), "day", first=month, day=int(tail["d"]), year=year))
        elif (before := _day_before(low, p)) is not None:
            tail = _YEAR_AFTER.match(low, q)
            year = int(tail["y"]) if tail else None
            cores.append(_Core(before[0], tail.end() if tail else q, "day", first=month, day=before[1], year=year))
        else:
            ref, end = _ref_after(_YREF_TAIL, low, q)
            if edge := _MONTH_EDGE_BEFORE_RE.search(low, max(0, p - 24), p):
                flag = "end" if edge["edge"] == "end" else "beginning"
                cores.append(_Core(_with_the(low, edge.start()), end, "month_edge", first=month, ref=ref, flag=flag))
            else:
                cores.append(_Core(p, end, "month", first=month, ref=ref))


def _day_before(low: str, pos: int) -> tuple[int, int] | None:
    """A day number written before a month ("7 March", "1st of May"): (its start, the day)."""
    prev = _prev_token(low, pos)
    if prev and prev[1] == "of":
        prev = _prev_token(low, prev[0])
    if prev is None:
        return None
    token = prev[1].removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th")
    if token.isdigit() and len(token) <= 2 and 1 <= int(token) <= 31:
        return prev[0], int(token)
    return None


def _scan_month_counts(low: str, cores: list[_Core]) -> None:
    """ "ten months of this year", "for 9 months", "the first five months of 2021", "a 10-month period"."""
    i = low.find("month")
    while i >= 0:
        _month_count_at(low, i, cores)
        i = low.find("month", i + 5)


def _month_count_at(low: str, i: int, cores: list[_Core]) -> None:
    q = i + 6 if low.startswith("months", i) else i + 5
    if (i and low[i - 1].isalpha()) or (q < len(low) and low[q].isalpha()):
        return
    if i and low[i - 1] == "-":
        start = i - 1
        while start > 0 and low[start - 1] not in _BLANKS:
            start -= 1
        token = low[start : i - 1]
    else:
        prev = _prev_token(low, i)
        if prev is None:
            return
        start, token = prev
    n, vague = _count(token)
    if n is None and not vague:
        if token in _THIS_WORDS or token in _LAST_WORDS or token in _NEXT_WORDS:
            cores.append(_Core(start, q, "rel_month", flag=token))
        return
    flag = "vague" if vague else ""
    end = q
    if tail := _TIME_TAIL.match(low, end):
        end, flag = tail.end(), "time"
    if tail := _PERIOD_TAIL.match(low, end):
        end = tail.end()
    ref, end = _ref_after(_YREF_OF_TAIL, low, end)
    cores.append(_Core(start, end, "mcount", n=n, ref=ref, flag=flag))


def _scan_year_words(low: str, cores: list[_Core]) -> None:
    """Words built on "year"/"yrs": this/last/next year, N years, year-on-year, year-end, year-to-date."""
    i = low.find("year")
    while i >= 0:
        i = low.find("year", _year_word_at(low, i, cores))
    i = low.find("yr")
    while i >= 0:
        q = i + 3 if low.startswith("yrs", i) else i + 2
        if _word_at(low, i, q):
            _years_count_at(low, i, q, cores)
        i = low.find("yr", q)


def _year_word_at(low: str, i: int, cores: list[_Core]) -> int:
    """Read the calendar wording around one "year" at `i`; return where to search on."""
    q = i + 4
    plural = low.startswith("s", q)
    end = q + 1 if plural else q
    if (i and low[i - 1].isalpha()) or (end < len(low) and low[end].isalpha()):
        return end
    if plural:
        _years_count_at(low, i, end, cores)
        return end
    for suffix, kind in _YEAR_SUFFIXES:
        stop = q + len(suffix)
        if low.startswith(suffix, q) and (stop >= len(low) or not low[stop].isalpha()):
            return _year_suffix(low, i, stop, kind, cores)
    if low.startswith(("'s", "’s"), q):
        end = q + 2
    prev = _prev_token(low, i)
    if prev is None:
        return end
    start, token = prev
    if token == "the" and low.startswith(" before last", q):
        cores.append(_Core(start, q + 12, "blast"))
    elif token in _THIS_WORDS:
        cores.append(_Core(_with_the(low, start), end, "this"))
    elif token in _LAST_WORDS:
        cores.append(_Core(_with_the(low, start), end, "last"))
    elif token in _NEXT_WORDS:
        cores.append(_Core(_with_the(low, start), end, "next"))
    elif token in ("a", "one") and (tail := _AGO_TAIL.match(low, q)):
        cores.append(_Core(start, tail.end(), "agolast"))
    return end


def _year_suffix(low: str, i: int, stop: int, kind: str, cores: list[_Core]) -> int:
    """ "year-on-year", "year-to-date", "year-end (2023)"."""
    start = _with_the(low, i)
    if kind == "eoy":
        tail = _YEAR_AFTER.match(low, stop)
        cores.append(_Core(start, tail.end() if tail else stop, "eoy", ref=("y", int(tail["y"])) if tail else None))
    else:
        cores.append(_Core(start, stop, kind))
    return stop


def _years_count_at(low: str, i: int, end: int, cores: list[_Core]) -> None:
    """ "three years", "seven years' time", "5 years ago", "7 yrs", "recent years", "a few years"."""
    if i and low[i - 1] == "-":
        return
    prev = _prev_token(low, i)
    if prev is None:
        return
    start, token = prev
    n, vague = _count(token)
    if n is None and not vague:
        if token in ("recent", "coming", "the"):
            cores.append(_Core(_with_the(low, start), end, "clear"))
        return
    if vague and token == "few" and (before := _prev_token(low, start)) and before[1] == "a":
        start = before[0]
    flag = "vague" if vague else ""
    if tail := _TIME_TAIL.match(low, end):
        end, flag = tail.end(), "time"
    elif (tail := _AGO_TAIL.match(low, end)) and tail.group().strip() == "ago":
        end, flag = tail.end(), "ago"
    cores.append(_Core(start, end, "ycount", n=n, flag=flag))


def _scan_parts_of_year(low: str, cores: list[_Core]) -> None:
    """ "first half of 2024", "the first quarter", "first three quarters", "the same period last year"."""
    i = low.find("half")
    while i >= 0:
        _ordinal_part_at(low, i, 4, "half", cores)
        i = low.find("half", i + 4)
    i = low.find("quarter")
    while i >= 0:
        _ordinal_part_at(low, i, 7, "quarter", cores)
        i = low.find("quarter", i + 7)
    i = low.find("period")
    while i >= 0:
        _same_period_at(low, i, cores)
        i = low.find("period", i + 6)


_HALF_YEAR_TAIL_RE = re.compile(r"[- ]year(?![a-z])")


def _ordinal_part_at(low: str, i: int, size: int, kind: str, cores: list[_Core]) -> None:
    q = i + size
    plural = kind == "quarter" and low.startswith("s", q)
    end = q + 1 if plural else q
    if (i and low[i - 1].isalpha()) or (end < len(low) and low[end].isalpha()):
        return
    prev = _prev_token(low, i)
    if prev is None:
        return
    start, token = prev
    if plural:
        first = _prev_token(low, start)
        if token not in ("two", "three", "2", "3") or not first or first[1] != "first":
            return
        ref, end = _ref_after(_YREF_OF_TAIL, low, end)
        cores.append(_Core(first[0], end, "quarters", n=_count(token)[0], ref=ref))
        return
    if kind == "half" and token == "the" and _HALF_YEAR_TAIL_RE.match(low, end):
        # "for the half-year": the reporting half-year, January to June.
        ref, end = _ref_after(_YREF_OF_TAIL, low, end + 5)
        cores.append(_Core(start, end, kind, n=1, ref=ref, flag="first"))
        return
    if token in _ORDINAL_WORDS or (kind == "quarter" and token in ("last", "final")):
        if kind == "half" and low.startswith(("-year", " year"), end) and not low[end + 5 : end + 6].isalpha():
            end += 5
        ref, end = _ref_after(_YREF_OF_TAIL, low, end)
        cores.append(_Core(start, end, kind, n=_ORDINAL_WORDS.get(token, 4), ref=ref, flag=token))


def _same_period_at(low: str, i: int, cores: list[_Core]) -> None:
    prev = _prev_token(low, i)
    if not prev or prev[1] not in ("same", "corresponding") or not _word_at(low, i, i + 6):
        return
    tail = _SAME_TAIL.match(low, i + 6)
    year = int(tail["y"]) if tail and tail["y"] else None
    cores.append(_Core(_with_the(low, prev[0]), tail.end() if tail else i + 6, "same", year=year))


def _scan_edges(low: str, cores: list[_Core]) -> None:
    """ "the beginning of 2024", "the start of the year", "the end of 2023", "the end of last year"."""
    for phrase in _EDGE_OF:
        i = low.find(phrase)
        while i >= 0:
            stop = i + len(phrase)
            if (i == 0 or not low[i - 1].isalpha()) and (tail := _YREF_AFTER_OF.match(low, stop)):
                kind = "eoy" if phrase == "end of" else "boy"
                cores.append(_Core(_with_the(low, i), tail.end(), kind, ref=_ref_of(tail)))
            i = low.find(phrase, stop)


def _scan_fixed(low: str, hits: set[str], cores: list[_Core]) -> None:
    """ "currently", "so far", "to date", "already", "since its launch", "y-o-y" and other fixed words."""
    for key, entries in _FIXED.items():
        if hits.isdisjoint(_KEY_WORDS[key]):
            continue
        i = low.find(key)
        while i >= 0:
            _fixed_phrase_at(low, i, entries, cores)
            i = low.find(key, i + len(key))
    i = low.find("since") if "since" in hits else -1
    while i >= 0:
        if _word_at(low, i, i + 5) and (tail := _SINCE_TAIL.match(low, i + 5)):
            cores.append(_Core(i, tail.end(), "clear"))
        i = low.find("since", i + 5)


def _fixed_phrase_at(low: str, i: int, entries: list[tuple[str, int]], cores: list[_Core]) -> None:
    """The longest fixed phrase around a found key word, if it stands there as whole words."""
    for phrase, at in entries:
        start = i - at
        stop = start + len(phrase)
        if start >= 0 and low.startswith(phrase, start) and _word_at(low, start, stop):
            cores.append(_Core(start, stop, _FIXED_KIND[phrase]))
            return


_CAPITALISED_BEFORE_RE = re.compile(r"\b([A-Z][a-z][\w-]*)[ \t]+\Z")
_CAPITALISED_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]")
# Capitalised words before "H1"/"Q3" that lead a period, not a name ("In H1 Kazakhstan ...").
_PERIOD_LEADS = frozenset({"In", "By", "For", "During", "Over", "Since", "Until", "Through", "The", "From", "Of"})


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether the short form at text[start:end] stands between two capitalised words of a name ("Steppe H2
    Energy", "Alatau Q3 Logistics"), which is no half-year or quarter."""
    before = _CAPITALISED_BEFORE_RE.search(text, max(0, start - 30), start)
    if not (before and before[1] not in _PERIOD_LEADS and _CAPITALISED_AFTER_RE.match(text, end)):
        return False
    # A headline in title case capitalises every word ("Kazatomprom H1 Production Rises 5%"): no name there.
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return capitalised_share(text[line_start : len(text) if line_end < 0 else line_end]) < 0.7


def _scan_short_forms(text: str, low: str, cores: list[_Core]) -> None:
    """ "H1 2024", "Q1", "1H", "4Q 2023"."""
    for pattern, letter_first in ((_HQ_RE, True), (_HQ_REVERSED_RE, False)):
        for m in pattern.finditer(text):
            p, q = m.span()
            if not _word_at(text, p, q) or _inside_a_name(text, p, q):
                continue
            letter, digit = (m.group()[0], m.group()[1]) if letter_first else (m.group()[1], m.group()[0])
            number = int(digit)
            if letter == "H" and number > 2:
                continue
            tail = _SHORT_YEAR_TAIL.match(low, q)
            ref = ("y", int(tail["y"])) if tail else None
            cores.append(_Core(p, tail.end() if tail else q, "half" if letter == "H" else "quarter", n=number, ref=ref))


def _scan_years(text: str, low: str, cores: list[_Core]) -> None:
    """Four-digit years: ISO dates, "01.01.2024", ranges "2021-2023", "mid-2025", "9M 2023", plain years."""
    for m in _YEAR_RE.finditer(text):
        p, q = m.span()
        if (p and text[p - 1].isdigit()) or (q < len(text) and text[q].isdigit()):
            continue
        year = int(m.group())
        if tail := _ISO_TAIL.match(low, q):
            cores.append(_Core(p, tail.end(), "day", first=int(tail["m"]), day=int(tail["d"]), year=year))
        elif p and text[p - 1] == "." and (before := _NDATE_BEFORE.search(low, max(0, p - 6), p)):
            cores.append(_Core(before.start(), q, "day", first=int(before["m"]), day=int(before["d"]), year=year))
        elif _glued(text, low, p):
            continue
        elif tail := _YRANGE_TAIL.match(low, q):
            cores.append(_Core(p, tail.end(), "yrange", year=year, n=_range_end(year, tail["b"])))
        else:
            cores.append(_year_core(low, p, q, year))


def _glued(text: str, low: str, p: int) -> bool:
    """Whether a year candidate at `p` is glued to a word or number before it ("KZT2024", "1.2024")."""
    if p == 0:
        return False
    before = text[p - 1]
    return (before.isalnum() and not low.endswith("fy", 0, p)) or before in ".,"


def _range_end(first: int, second: str) -> int:
    """The last year of a range: "2023" → 2023, "25" after 2024 → 2025."""
    return int(second) if len(second) == 4 else first // 100 * 100 + int(second)


def _year_core(low: str, p: int, q: int, year: int) -> _Core:
    """A single year with what is glued to it: "mid-2025", "end-2023", "9M 2023", "FY2023", "2023 figures"."""
    if low.endswith("mid-", 0, p):
        return _Core(p - 4, q, "mid", year=year)
    if low.endswith("end-", 0, p):
        return _Core(p - 4, q, "eoy", ref=("y", year))
    prev = _prev_token(low, p)
    if prev and len(prev[1]) <= 3 and prev[1].endswith("m") and prev[1][:-1].isdigit():
        return _Core(prev[0], q, "mcount", n=int(prev[1][:-1]), ref=("y", year), flag="short")
    start = p - 2 if low.endswith("fy", 0, p) else p
    if low.startswith(("'s", "’s"), q):
        return _Core(start, q + 2, "year", year=year, flag="noun")
    if tail := _NOUN_TAIL.match(low, q):
        return _Core(start, tail.end(), "year", year=year, flag="noun")
    return _Core(start, q, "year", year=year)


def _scan(text: str, low: str) -> list[_Core]:
    """All cores of a sentence, without overlaps (the earliest, then the longest, wins).

    The sentence's words are looked up once in `_KEYWORDS`; only the scanners whose words occur run.
    """
    cores: list[_Core] = []
    hits = set(_KEYWORD_RE.findall(" " + low))
    if hits:
        if not hits.isdisjoint(_MONTH_WORDS):
            _scan_month_names(text, low, cores)
        if "month" in hits or "months" in hits:
            _scan_month_counts(low, cores)
        if not hits.isdisjoint(_YEAR_WORDS):
            _scan_year_words(low, cores)
        if not hits.isdisjoint(_PART_WORDS):
            _scan_parts_of_year(low, cores)
        if not hits.isdisjoint(_EDGE_WORDS):
            _scan_edges(low, cores)
        if not hits.isdisjoint(_FIXED_WORDS):
            _scan_fixed(low, hits, cores)
        if not hits.isdisjoint(_SHORT_WORDS):
            _scan_short_forms(text, low, cores)
        if not hits.isdisjoint(_YEAR_TOKENS):
            _scan_years(text, low, cores)
    if len(cores) < 2:
        return cores
    cores.sort(key=_core_order)
    kept: list[_Core] = []
    for core in cores:
        if not kept or core.start >= kept[-1].end:
            kept.append(core)
    return kept


def _core_order(core: _Core) -> tuple[int, int]:
    return core.start, -core.end


_YEAR_TOKENS = frozenset(str(year) for year in range(1950, 2100))
_SHORT_WORDS = frozenset({"h1", "h2", "1h", "2h", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"})
_MONTH_WORDS = frozenset(_MONTHS_LOWER)
_YEAR_WORDS = frozenset({"year", "years", "yr", "yrs"})
_PART_WORDS = frozenset({"half", "quarter", "quarters", "period"})
_EDGE_WORDS = frozenset({"beginning", "start", "outset", "end"})
_FIXED_WORDS = frozenset().union(*_KEY_WORDS.values()) | {"since"}
_KEYWORDS = (
    _MONTH_WORDS
    | _YEAR_WORDS
    | _PART_WORDS
    | _EDGE_WORDS
    | _FIXED_WORDS
    | _YEAR_TOKENS
    | _SHORT_WORDS
    | {"month", "months"}
)
# The words of a sentence ([a-z0-9]+ runs) that are keywords: a character outside [a-z0-9], then a whole
# keyword (the sentence is searched with a space in front). Faster than listing every word.
_KEYWORD_RE = re.compile(rf"[^a-z0-9]({longest_first(_KEYWORDS)})(?![a-z0-9])")


# --- left context ----------------------------------------------------------------------------

_LEADS: dict[str, str] = {
    **{t: "cmp" for t in COMPARISON_TRIGGERS},
    "as compared to": "cmp",
    "as compared with": "cmp",
    "since": "since",
    "from": "since",
    "by": "by",
    "before": "by",
    "no later than": "by",
    "until": "until",
    "till": "until",
    "up until": "until",
    "up till": "until",
    "through": "until",
    "up to": "until",
    "as of": "asof",
    "as at": "asof",
    "at": "asof",
    "in": "prep",
    "during": "prep",
    "over": "prep",
    "throughout": "prep",
    "of": "prep",
    "across": "prep",
    "for": "dur",
    "for over": "dur",
    "for more than": "dur",
    "for about": "dur",
    "for nearly": "dur",
    "for almost": "dur",
    "within": "within",
    **{f"{verb} in": "event" for verb in (*EVENT_VERBS, *ANNOUNCEMENT_VERBS)},
    **{f"{verb} back in": "event" for verb in EVENT_VERBS},
}
_MODS: dict[str, str] = {
    **{w: "past" for w in PAST_WORDS},
    **{w: "next" for w in NEXT_WORDS},
    "first": "first",
    "early": "edge",
    "late": "edge",
    "mid": "edge",
    "this": "this",
}
_CHANGE = frozenset(CHANGE_WORDS)
_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "a", "an", "and", "or", "to", "from", "between"})
_LEFT_WINDOW = 48


class _Left(NamedTuple):
    """The words before a core: `lead` kind ("cmp", "since", "by", "prep", ...), the lead `word`,
    a modifier (`mod`: "past", "next", "first", "edge", "this") and where that wording `begins`."""

    lead: str | None
    word: str | None
    mod: str | None
    begins: int


def _left_context(low: str, start: int) -> _Left:
    """The lead word(s) and modifier just before `start` ("over the past" → lead prep, mod past)."""
    if start and low[start - 1] not in _BLANKS and low[start - 1] not in _OPENERS:
        return _Left(None, None, None, start)
    lo = max(0, start - _LEFT_WINDOW)
    raw = low[lo:start].split()
    if lo and raw:
        raw = raw[1:]
    words = [w.lstrip(_OPENERS) for w in raw[-6:]]
    k, mod, used = len(words), None, 0
    if k and words[k - 1] in _MODS:
        mod, k, used = _MODS[words[k - 1]], k - 1, 1
    if k and words[k - 1] == "the":
        k -= 1
        used += 1 if mod else 0
        the_skipped = 0 if mod else 1
    else:
        the_skipped = 0
    body = words[:k]
    lead, size = (None, 0) if not body or not body[-1] or _ends_clause(body[-1]) else _lead(body)
    if lead is None:
        return _Left(None, None, mod, _token_start(low, raw, start, used))
    if lead == "cmp" and mod in ("past", "next") and body[-1] in ("on", "over"):
        lead = "prep"
    return _Left(lead, " ".join(body[-size:]), mod, _token_start(low, raw, start, used + the_skipped + size))


def _token_start(low: str, raw: list[str], start: int, count: int) -> int:
    """Where the last `count` tokens before `start` begin (opening quotes left out)."""
    if count == 0:
        return start
    pos = start
    for token in reversed(raw[-count:]):
        pos = low.rfind(token, 0, pos)
    first = raw[-count]
    return pos + len(first) - len(first.lstrip(_OPENERS))


def _ends_clause(word: str) -> bool:
    """Whether a word ends with punctuation that closes a clause (then it is not a lead)."""
    return word[-1] in ",.;:!?)»”" and word != "vs."


def _lead(words: list[str]) -> tuple[str | None, int]:
    """The lead of the last words and its length: the longest known phrase, or a change word + on/over."""
    # ("up KZT10.8bn, or 1.3 times, on last year": a change closed by a comma still leads.)
    if len(words) >= 2 and words[-1] in ("on", "over", "from") and _is_change(words[-2].rstrip(",")):
        return "cmp", 1
    if len(words) >= 3 and words[-1] == "on" and any(_is_change(word) for word in words[-4:-2]):
        return "cmp", 1  # "up by KZT4.6bn on the first half of 2023": the sum the change is of stands between
    if _is_index_base(words):
        return "cmp", 4  # "112.5% of the figure for January-June 2022": the base of an index level
    for size in (3, 2, 1):
        if len(words) >= size:
            lead = _LEADS.get(" ".join(words[-size:]))
            if lead is not None:
                return lead, size
    return None, 0


def _is_index_base(words: list[str], whole: bool = False) -> bool:
    """Whether the words end "N% of the figure for" (or "level of", "indicator in"): the base of an index. With
    `whole`, the words are the lead alone ("of the figure for"), its percent already checked."""
    if whole:
        return (
            len(words) == 4 and words[:2] == ["of", "the"] and words[2] in INDEX_BASE_NOUNS and words[3] in _OF_FOR_IN
        )
    return len(words) >= 5 and _is_index_base(words[-4:], whole=True) and _is_percent(words[-5])


def _is_percent(word: str) -> bool:
    return word.endswith("%") or word in ("percent", "per cent")


def _is_change(word: str) -> bool:
    """A word that states a change: "7%", "times", "5fold", "increase", "up", ..."""
    return word in _CHANGE or word.endswith(("%", "fold"))


# --- dates and periods -----------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> Period:
    return date(year, first, 1), _month_end(year, last)


def _whole(year: int) -> Period:
    return date(year, 1, 1), date(year, 12, 31)


def _years(first: int, last: int) -> Period:
    return date(first, 1, 1), date(last, 12, 31)


def _shift_date(day: date, years: int) -> date:
    """The same calendar day `years` later; a month's last day stays its month's last day."""
    year = day.year + years
    if day == _month_end(day.year, day.month):
        return _month_end(year, day.month)
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _day(year: int | None, month: int, day: int | None) -> date | None:
    if year is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


class _YearRef(NamedTuple):
    """Which year a partial period belongs to: `year` (None when unknown), whether the text named it,
    and whether it is relative to the publication date."""

    year: int | None
    stated: bool
    relative: bool


def _year_ref(ref: tuple | None, published: date | None) -> _YearRef:
    """Resolve a core's year reference; with none, the publication year is implied."""
    pub_year = published.year if published else None
    if ref is None:
        return _YearRef(pub_year, False, True)
    if ref[0] == "y":
        return _YearRef(ref[1], True, False)
    if ref[0] == "last":
        return _YearRef(pub_year - 1 if pub_year else None, True, True)
    return _YearRef(pub_year, True, True)


def _partial(ref: _YearRef, first: int, last: int, published: date | None) -> tuple[Period | None, Period | None]:
    """Months first..last of the referenced year, as (actual, planned).

    With no year in the text, an actual figure whose months are not over by the publication
    date belongs to the previous year ("January-December" in a January article).
    """
    if ref.year is None:
        return None, None
    planned = _months(ref.year, first, last)
    actual = planned
    if not ref.stated and published is not None and planned[1] is not None and planned[1] >= published:
        actual = _months(ref.year - 1, first, last)
    return actual, planned


# --- the rules: a core and its left context → (role, kind, actual, planned) -------------------

Result = tuple[str, str, Period | None, Period | None]


def _same(role: str, kind: str, period: Period | None) -> Result:
    return role, kind, period, period


def _frame(kind: str, pair: tuple[Period | None, Period | None], left: _Left, published: date | None) -> Result:
    """Apply the lead to a span of months: comparison, since (.. publication), by/until (open start)."""
    actual, planned = pair
    if left.lead == "cmp":
        return COMPARISON, "cmp_explicit", actual, planned
    if left.lead == "since" and actual is not None and planned is not None:
        # "since January" always looks back: the start is the same for a plan as for a fact.
        return PERIOD, kind + "_since", (actual[0], published), (actual[0], published)
    if left.lead in ("by", "until") and actual is not None and planned is not None:
        return PERIOD, kind + "_until", (None, actual[1]), (None, planned[1])
    return PERIOD, kind, actual, planned


# "since its creation in 2011": an undated start (UNDATED_STARTS) that the year after it dates.
_SINCE_EVENT_RE = re.compile(
    # ("since the programme's launch in 2019", "since the first deliveries in 2009": words may stand between.)
    rf"\bsince\s+(?:its|their|the)\s+(?:[\w-]+(?:['’]s)?\s+){{0,3}}?{_words(UNDATED_STARTS)}\s+in\s+$"
    # "since it was commissioned in 2016", "since the plant was launched in 2019": a clause of since.
    r"|\bsince\s+(?:it|they|(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z]+)\s+(?:was|were|has\s+been|had\s+been)\s+[a-z]+\s+in\s+$"
    # "since the start of commercial production in 2010", "since the launch of the plant in 2019".
    r"|\bsince\s+(?:its|their|the)\s+(?:start|beginning|launch|opening|commissioning)\s+of\s+(?:[\w-]+\s+){1,4}?in\s+$"
    # "since construction started in 2021", "since the works began in 2019", "since construction resumed in 2016".
    r"|\bsince\s+(?:the\s+|its\s+|their\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
    r"(?:started|began|begun|commenced|opened|resumed|restarted)\s+in\s+$",
    re.IGNORECASE,
)


def _rule_year(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """A single year: "in 2024", "by 2028", "since 2018", "compared to 2023", "Established in 2005"."""
    assert c.year is not None  # the forms of this rule all write a year
    whole = _whole(c.year)
    lead = left.lead
    if lead in ("event", "prep") and _SINCE_EVENT_RE.search(text, max(0, c.start - 45), c.start):
        # "since its creation in 2011", "since it was commissioned in 2016": from that year to the publication date.
        return _same(PERIOD, "since_year", (whole[0], published))
    if lead == "event":
        return _same(PERIOD, "event_year", CLEARED)
    if lead == "cmp":
        return _same(COMPARISON, "cmp_year", whole)
    if lead == "prep" and left.word == "of" and _is_an_index_base_year(c, text):
        return _same(COMPARISON, "cmp_year", whole)  # "108.6% of the 2021 level"
    if lead == "since":
        # "since 2018": from that year to the publication date.
        return _same(PERIOD, "since_year", (whole[0], published))
    if lead in ("by", "until"):
        if left.word == "up to" and _NEXT_WORD_RE.match(text, c.end):
            return None
        return _same(PERIOD, "by_year", (None, whole[1]))
    if lead in ("prep", "dur", "asof", "within") or left.mod in ("edge", "this") or c.flag == "noun":
        return _same(PERIOD, "year", whole)
    return _bare_year(c, text, whole)


_OF_FOR_IN = ("for", "of", "in")
# "108.6% of the 2021 level", "104.1% of last year's level": what an index level is a percentage of.
_PERCENT_OF_RE = re.compile(r"(?:%|\bper\s?cent)\s+of\s+(?:the\s+)?\Z")


def _is_an_index_base_year(c: _Core, text: str) -> bool:
    """Whether a year with a noun ("2021 level") is the base an index level is a percentage of ("108.6% of the")."""
    noun = text[c.start : c.end].rsplit(None, 1)[-1].lower()
    return (
        c.flag == "noun"
        and noun in INDEX_BASE_NOUNS
        and _PERCENT_OF_RE.search(text, max(0, c.start - 20), c.start) is not None
    )


_BASE_NOUN_AFTER_RE = re.compile(rf"(?:['’]s)?\s+(?:{'|'.join(INDEX_BASE_NOUNS)})\b")


def _is_a_relative_index_base(text: str, start: int, end: int) -> bool:
    """Whether a period written "N% of last year's level" is the base of the index level before it."""
    return (
        _PERCENT_OF_RE.search(text, max(0, start - 12), start) is not None
        and _BASE_NOUN_AFTER_RE.match(text, end) is not None
    )


def _bare_year(c: _Core, text: str, whole: Period) -> Result | None:
    """A year with no preposition: a name ("Kazakhstan-2050", "EXPO 2017"), a period, or maybe a quantity."""
    name = _NAME_BEFORE_RE.search(text, max(0, c.start - 24), c.start)
    if name and name.group().strip().lower() not in _DETERMINERS and name.group().strip() not in MONTHS:
        return _same(DATE, "year_name", None)
    after = text[c.end : c.end + 2].lstrip()
    if not after or after[0] in ",.;:)–—-":
        return _same(PERIOD, "year", whole)
    return None


def _rule_yrange(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """Years from .. to: "in 2021-2023", "from 2021 to 2023", "2024-25"."""
    assert c.year is not None  # the first year
    if c.n is None or c.n <= c.year:
        return None
    word = _NEXT_WORD_RE.match(text, c.end) if left.lead is None else None
    if word and word[1] not in YEAR_NOUNS:
        return None
    period = _years(c.year, c.n)
    return _same(COMPARISON, "cmp_explicit", period) if left.lead == "cmp" else _same(PERIOD, "years", period)


def _rule_mcount(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """A count of months: "over ten months of this year", "for 9 months", "the first five months of 2021"."""
    n = c.n
    if left.lead == "cmp" and left.mod is None:
        return None
    if n is None or c.flag == "time" or left.lead == "within" or n > 12 or n < 1:
        return _same(PERIOD, "months_clear", CLEARED) if (left.lead or c.flag == "time") else None
    if left.mod == "past":
        return _same(PERIOD, "past_months", (_shift_months(published, -n), published) if published else None)
    if left.mod == "next":
        return _same(PERIOD, "next_months", (published, _shift_months(published, n)) if published else None)
    if left.lead == "event":
        return _same(PERIOD, "months_clear", CLEARED)
    if left.word == "in" and left.mod != "first" and c.ref is None:
        # "exports reach $1.5 billion in five months": a result for the months of this year already over
        # at publication; a plan "in six months" is a time span to come, not a period.
        return PERIOD, "months_so_far", _months_so_far(n, published), CLEARED
    return _frame("months", _partial(_year_ref(c.ref, published), 1, n, published), left, published)


def _months_so_far(n: int, published: date | None) -> Period:
    """The first `n` months of the publication year when they are over by then, else no period."""
    if published is None or n >= published.month:
        return CLEARED
    return _months(published.year, 1, n)


_AGE_AFTER_RE = re.compile(r"\s+old\b")
# "a loan term of seven years", "should pay for itself in six years", "to recoup the investment within 8 years".
_DURATION_CUE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(DURATION_CUES)})\s+(?:[^.;,]{{0,40}}?\b(?:in|within|after)\s+|of\s+)?"
    r"(?:(?:about|around|roughly|some|up\s+to|less\s+than|just)\s+)?\Z"
    rf"|\b(?:{'|'.join(sorted(ADJACENT_DURATION_CUES))})\s+(?:(?:about|around|roughly|some|up\s+to|just)\s+)?\Z",
    re.IGNORECASE,
)
_RECORD_BEFORE_RE = re.compile(
    r"\b(?:first|highest|lowest|largest|biggest|best|worst|strongest|weakest|fastest|slowest)\s+(?:in\s+)?\Z",
    re.IGNORECASE,
)


def _rule_ycount(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """A count of years: "over the past three years", "next five years", "in seven years' time", "over 7 yrs"."""
    n, lead, mod = c.n, left.lead, left.mod
    if lead in ("cmp", "dur", "event"):
        return None
    if n is None or n == 0:
        return _same(PERIOD, "years_clear", CLEARED) if (lead or mod) else None
    if not (lead or mod or c.flag):
        return None
    if _AGE_AFTER_RE.match(text, c.end):
        return None  # "units over 50 years old": an age, not the last fifty years
    if _RECORD_BEFORE_RE.search(text, max(0, c.start - 30), c.start):
        return None  # "a trade deficit, the first in six years": how rare the event is, not a period
    if _DURATION_CUE_BEFORE_RE.search(text, max(0, c.start - 30), c.start):
        return None  # "over a mine life of 14 years", "a loan term of seven years": a duration, not a period
    if published is None:
        return _same(PERIOD, "years", None)
    y = published.year
    if c.flag == "ago":
        return _same(PERIOD, "years_ago", _whole(y - n))
    past, future = (date(y - n + 1, 1, 1), published), _years(y, y + n - 1)
    if mod == "past":
        return _same(PERIOD, "past_years", past)
    if mod == "next" or c.flag == "time" or lead == "within":
        return _same(PERIOD, "next_years", future)
    if lead in ("prep", "since"):
        return PERIOD, "over_years", past, future
    return None


def _rule_mrange(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """A range of months: "January-October 2024", "in January–September", "from January through May 2021";
    "September-February" runs across the new year (a marketing year's months)."""
    if c.last < c.first:
        return _across_the_new_year(c, left, published)
    actual, planned = _partial(_year_ref(c.ref, published), c.first, c.last, published)
    role = COMPARISON if left.lead == "cmp" else PERIOD
    return role, "cmp_explicit" if role == COMPARISON else "month_range", actual, planned


def _across_the_new_year(c: _Core, left: _Left, published: date | None) -> Result | None:
    """ "in September-February" (published in March 2024): September 2023 to February 2024, the last months
    that are over; a stated year is the year the range ends in."""
    ref = _year_ref(c.ref, published)
    if ref.year is None:
        return _same(PERIOD, "month_range", None)
    end_year = ref.year
    if not ref.stated and published is not None and _month_end(end_year, c.last) >= published:
        end_year -= 1
    actual = (date(end_year - 1, c.first, 1), _month_end(end_year, c.last))
    planned = (date(ref.year - 1, c.first, 1), _month_end(ref.year, c.last))
    role = COMPARISON if left.lead == "cmp" else PERIOD
    return role, "cmp_explicit" if role == COMPARISON else "month_range", actual, planned


def _rule_month(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """A single month: "in March 2024", "this April", "since January", "by May"; "as of September" clears."""
    if left.lead in ("event", "prep") and _SINCE_EVENT_RE.search(text, max(0, c.start - 45), c.start):
        left = left._replace(lead="since")  # "since test runs began in March": since March
    ref = _year_ref(c.ref, published)
    if not ref.stated and left.lead is None and left.mod is None:
        return None
    if left.lead == "asof":
        return _same(PERIOD, "as_of_month", CLEARED)
    if left.lead == "event" and (left.word or "").split(" ")[0] in ANNOUNCEMENT_VERBS:
        return _same(PERIOD, "event_month", CLEARED)  # "the range announced in May": when it was said
    if ref.year is None:
        return _same(PERIOD, "month", None)
    month = c.first
    if ref.stated or left.mod == "this" or published is None:
        period = _months(ref.year, month, month)
        return _frame("month", (period, period), left, published)
    year = ref.year
    if left.mod == "past":
        period = _months(year - 1 if month >= published.month else year, month, month)
        pair = (period, period)
    elif left.mod == "next":
        period = _months(year + 1 if month <= published.month else year, month, month)
        pair = (period, period)
    else:
        # "until March" written in February looks ahead, whatever the verb's tense ("froze prices until the end of
        # March"); "by May, crews had laid 40 km" may look back.
        looks_ahead = left.lead in ("until", "deadline")
        actual = _months(year - 1 if month > published.month and not looks_ahead else year, month, month)
        planned = _months(year + 1 if month < published.month else year, month, month)
        pair = (actual, planned)
    return _frame("month", pair, left, published)


def _rule_rel_month(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """ "this month", "last month", "next month"."""
    if published is None:
        return _same(PERIOD, "month", None)
    offset = 0 if c.flag in _THIS_WORDS else (1 if c.flag in _NEXT_WORDS else -1)
    day = _shift_months(published.replace(day=1), offset)
    period = _months(day.year, day.month, day.month)
    if offset == 0:
        # "earlier this month the bank cut its rate": as with "this year", an actual figure runs to the
        # publication date, a plan to the month's end.
        return _frame("month", ((period[0], published), period), left, published)
    return _frame("month", (period, period), left, published)


def _rule_day(c: _Core, left: _Left, text: str, published: date | None) -> Result:
    """A calendar day: a date, unless led by "as of" (a point), "since" (day .. publication) or "by"/"until"."""
    year = c.year if c.year is not None else (published.year if published else None)
    day = _day(year, c.first, c.day)
    if day is not None and left.lead == "asof":
        return _same(PERIOD, "as_of_date", (day, day))
    if day is not None and left.lead == "since":
        if published is not None and day > published and c.year is None and left.word == "since":
            # "Since November 1" in a January article looks back to the November before.
            day = _day(day.year - 1, c.first, c.day) or day
        if published is not None and day > published:
            return _same(PERIOD, "from_date", (day, None))  # "from July 1" ahead of the article: open-ended
        return _same(PERIOD, "since_date", (day, published))
    if day is not None and left.lead in ("by", "until"):
        return _same(PERIOD, "by_date", (None, day))
    # A date frames nothing, but keeps its day for a span it ends ("from 14 March to 10 April").
    return _same(DATE, "date", (day, day) if day is not None else None)


def _rule_month_edge(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """ "at the end of December" (its last day), "as of the beginning of March" (its first), "by the end of
    October" (until that day), "since the start of June" (from that day to publication)."""
    month = _rule_month(c, left._replace(lead="deadline" if left.lead == "until" else "prep"), text, published)
    if month is None:
        return None
    actual, planned = (_month_edge_day(span, c.flag) for span in month[2:])
    if left.lead == "cmp":
        return COMPARISON, "cmp_explicit", actual, planned
    if left.lead == "since" and actual is not None:
        return _same(PERIOD, "since_date", (actual[0], published))
    if left.lead in ("by", "until"):
        return PERIOD, "by_date", _open_start(actual), _open_start(planned)
    return PERIOD, "month_edge", actual, planned


def _month_edge_day(span: Period | None, edge: str | None) -> Period | None:
    if span is None or span[0] is None:
        return span
    day = span[1] if edge == "end" else span[0]
    return day, day


def _open_start(span: Period | None) -> Period | None:
    return None if span is None else (None, span[1])


def _rule_half(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """ "the first half of 2024", "second half of the year", "H1 2024", "1H"."""
    if c.n not in (1, 2):
        return None
    pair = _partial(_year_ref(c.ref, published), 6 * c.n - 5, 6 * c.n, published)
    return _frame("half", pair, left, published)


def _rule_quarter(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """ "the first quarter of 2021", "Q3", "the last quarter" (the latest full quarter)."""
    ref = _year_ref(c.ref, published)
    if c.flag in ("last", "final") and not ref.stated:
        if published is None:
            return _same(PERIOD, "quarter", None)
        quarter = (published.month - 1) // 3 or 4
        year = published.year if published.month > 3 else published.year - 1
        period = _months(year, 3 * quarter - 2, 3 * quarter)
        return _frame("quarter", (period, period), left, published)
    assert c.n is not None  # a quarter other than "the last" is numbered
    return _frame("quarter", _partial(ref, 3 * c.n - 2, 3 * c.n, published), left, published)


def _rule_quarters(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """ "the first three quarters of 2023"."""
    return _frame("quarters", _partial(_year_ref(c.ref, published), 1, 3 * (c.n or 1), published), left, published)


def _rule_boy(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """ "as of the beginning of 2024" (a point), "since the beginning of the year" (year to date)."""
    ref = _year_ref(c.ref, published)
    if ref.year is None:
        return _same(PERIOD, "beginning", None)
    first = date(ref.year, 1, 1)
    if left.lead == "since":
        if ref.relative and c.ref != ("last",):
            return PERIOD, "year_to_date", (first, published), _whole(ref.year)
        return _same(PERIOD, "since_year", (first, published))
    if left.lead in ("by", "until"):
        return _same(PERIOD, "by_date", (None, first))
    if left.lead == "cmp":
        return _same(COMPARISON, "cmp_explicit", (first, first))
    return _same(PERIOD, "beginning", (first, first))


def _rule_eoy(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """ "by the end of the year" (whole year), "as of the end of 2023" (a point), "until the end of 2025"."""
    ref = _year_ref(c.ref, published)
    if ref.year is None:
        return _same(PERIOD, "end_of_year", None)
    whole, last = _whole(ref.year), date(ref.year, 12, 31)
    named = c.ref is not None and c.ref[0] in ("y", "last")
    if left.lead == "cmp":
        return _same(COMPARISON, "cmp_explicit", (last, last))
    if left.lead == "until":
        return _same(PERIOD, "by_year", (None, last))
    if left.lead == "since":
        return _same(PERIOD, "since_date", (last, published))
    if left.lead == "by" and named and published is not None and ref.year > published.year:
        # "by the end of 2024" written in 2023 is "by 2024": a deadline, open at the start (FACTS.md).
        return _same(PERIOD, "by_year", (None, last))
    if left.lead == "by" or not named:
        return _same(PERIOD, "end_of_year", whole)
    return _same(PERIOD, "end_of_year_point", (last, last))


def _rule_mid(c: _Core, left: _Left, text: str, published: date | None) -> Result | None:
    """ "by mid-2025" (until 30 June), "in mid-2025" (the year)."""
    assert c.year is not None  # the form writes its year
    if left.lead in ("by", "until"):
        return _same(PERIOD, "by_date", (None, date(c.year, 6, 30)))
    return _frame("year", (_whole(c.year), _whole(c.year)), left, published)


def _relative_year(offset: int, kind: str, left: _Left, published: date | None) -> Result:
    """Last / next / the year before last: a whole year relative to publication."""
    period = _whole(published.year + offset) if published else None
    if left.lead == "cmp":
        return _same(COMPARISON, "cmp_shift" if offset == -1 else "cmp_explicit", period)
    if left.lead in ("by", "until") and period:
        return _same(PERIOD, "by_year", (None, period[1]))
    return _same(PERIOD, kind, period)


# Nouns of what a year is to hold ("signed contracts for ... for this year", "a deficit target of 3% for this year").
_PLAN_NOUN_BEFORE_RE = re.compile(
    r"\b(?:contracts?|orders?|quotas?|targets?|plans?|forecasts?|limits?|budgets?)\b[^.;]*\Z", re.IGNORECASE
)


def _rule_this(c: _Core, left: _Left, text: str, published: date | None) -> Result:
    """ "this year": 1 January .. publication date for actual figures, the whole year for planned ones."""
    if published is None:
        return _same(COMPARISON if left.lead == "cmp" else PERIOD, "this_year", None)
    whole = _whole(published.year)
    if left.lead == "cmp":
        return _same(COMPARISON, "cmp_explicit", whole)
    if left.lead in ("by", "until"):
        return _same(PERIOD, "by_year", (None, whole[1]))
    if left.word == "for" and _PLAN_NOUN_BEFORE_RE.search(text, max(0, c.start - 90), c.start):
        # "contracts for 1,500 vehicles for this year", "a quota for this year": what the year as a whole is to hold
        # (not "exports for this year so far").
        return _same(PERIOD, "this_year", whole)
    return PERIOD, "this_year", (whole[0], published), whole


def _rule_last(c: _Core, left: _Left, text: str, published: date | None) -> Result:
    """ "last year", "the previous year", "over the past year", "a year earlier"."""
    return _relative_year(-1, "last_year", left, published)


def _rule_next(c: _Core, left: _Left, text: str, published: date | None) -> Result:
    """ "next year"."""
    return _relative_year(1, "next_year", left, published)


def _rule_blast(c: _Core, left: _Left, text: str, published: date | None) -> Result:
    """ "the year before last"."""
    return _relative_year(-2, "year_before_last", left, published)


def _rule_ytd(c: _Core, left: _Left, text: str, published: date | None) -> Result:
    """ "year-to-date": 1 January .. publication date."""
    if published is None:
        return _same(PERIOD, "year_to_date", None)
    return PERIOD, "year_to_date", (date(published.year, 1, 1), published), _whole(published.year)


def _rule_same(c: _Core, left: _Left, text: str, published: date | None) -> Result:
    """ "the same period of 2020" / "the same period last year": a base shifted from the figure's period."""
    if c.year is not None:
        return _same(COMPARISON, "cmp_same_period_year", _whole(c.year))
    return _same(COMPARISON, "cmp_shift", _whole(published.year - 1) if published else None)


def _rule_yoy(c: _Core, left: _Left, text: str, published: date | None) -> Result:
    """ "year-on-year": the figure's own period one year earlier."""
    return _same(COMPARISON, "cmp_yoy", None)


def _rule_clear(c: _Core, left: _Left, text: str, published: date | None) -> Result:
    """ "currently", "so far", "to date", "already", "since its launch", "in recent years": no period."""
    return _same(PERIOD, "clear", CLEARED)


_RULES = {
    "year": _rule_year,
    "yrange": _rule_yrange,
    "mcount": _rule_mcount,
    "ycount": _rule_ycount,
    "mrange": _rule_mrange,
    "month": _rule_month,
    "month_edge": _rule_month_edge,
    "rel_month": _rule_rel_month,
    "day": _rule_day,
    "half": _rule_half,
    "quarter": _rule_quarter,
    "quarters": _rule_quarters,
    "boy": _rule_boy,
    "eoy": _rule_eoy,
    "mid": _rule_mid,
    "this": _rule_this,
    "last": _rule_last,
    "agolast": _rule_last,
    "next": _rule_next,
    "blast": _rule_blast,
    "ytd": _rule_ytd,
    "same": _rule_same,
    "yoy": _rule_yoy,
    "clear": _rule_clear,
}
_NO_LEFT = frozenset({"yoy", "clear"})


# --- public API ------------------------------------------------------------------------------


def _lowered(sentence: str) -> str:
    """The sentence in lower case with the same length (a few letters grow when lowered: keep those)."""
    low = sentence.lower()
    if len(low) == len(sentence):
        return low
    low = sentence.replace("İ", "I").lower()
    if len(low) == len(sentence):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in sentence)


def find_time_expressions(sentence: str, offset: int, published: date | None) -> list[TimeExpression]:
    """All temporal expressions of `sentence` (which starts at `offset` in the article), in text order.

    `published` is the publication date; without it every relative expression resolves to None.
    A "clear" word directly next to an explicit period ("so far this year") yields to it.
    """
    low = _lowered(sentence)
    found: list[TimeExpression] = []
    for core in _scan(sentence, low):
        left = _Left(None, None, None, core.start) if core.kind in _NO_LEFT else _left_context(low, core.start)
        result = _RULES[core.kind](core, left, sentence, published)
        if left.lead == "cmp" and left.word == "over":
            result = _span_of_the_change(core, left, sentence, published) or result
        if result is not None:
            role, kind, actual, planned = result
            begins = core.start if role == DATE else min(left.begins, core.start)
            relative_base = role == PERIOD and _is_a_relative_index_base(sentence, core.start, core.end)
            if relative_base:
                role = COMPARISON  # "grew to 104.1% of last year's level"
            index_base = relative_base or (
                role == COMPARISON
                and (
                    (left.lead == "cmp" and _is_index_base((left.word or "").split(), whole=True))
                    or (left.word == "of" and core.kind == "year" and _is_an_index_base_year(core, sentence))
                )
            )
            if _is_a_record_since(low, begins, core.start):
                continue  # "its strongest first-quarter result since 2019": a record's reach, no period
            found.append(TimeExpression(offset + begins, offset + core.end, role, actual, planned, kind, index_base))
    if len(found) > 1:
        found = _join_month_spans(sentence, offset, _drop_shadowed_clears(found))
    return found


def _span_of_the_change(core: _Core, left: _Left, sentence: str, published: date | None) -> Result | None:
    """ "rose by 24.6% over ten months of this year", "up 4% over the first half": after a change, "over" a period
    of the publication year is the span the change took; a base is an earlier one ("up 7% over 2021")."""
    if published is None:
        return None
    span = _RULES[core.kind](core, left._replace(lead="prep"), sentence, published)
    if span is None or span[0] != PERIOD or span[2] is None:
        return None
    start, end = span[2]
    if start is None or end is None:
        return None
    return span if start.year == end.year == published.year else None


# "the strongest result since 2019", "the highest level since 2021", "for the first time since 2008".
_RECORD_SINCE_BEFORE_RE = re.compile(
    r"\b(?:strongest|weakest|highest|lowest|best|worst|fastest|slowest|largest|biggest|smallest|first\s+time)\b"
    r"[^.;,]{0,40}$"
)


def _is_a_record_since(low: str, begins: int, core_start: int) -> bool:
    """Whether a "since ..." expression only says how far back a record reaches."""
    return (
        "since" in low[begins:core_start]
        and _RECORD_SINCE_BEFORE_RE.search(low, max(0, begins - 60), begins) is not None
    )


_SPAN_GAP_RE = re.compile(r"\s*(?:[-–—]|\s(?:to|through|till|until)\s)\s*", re.IGNORECASE)


def _join_month_spans(sentence: str, offset: int, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "From September 2022 through May 2023", "September 2022-May 2023": two months with their years, one
    span from the first month's start to the second month's end."""
    out: list[TimeExpression] = []
    for expression in found:
        first = out[-1] if out else None
        if (
            first is not None
            and first.role == PERIOD == expression.role
            and first.kind in ("month", "month_since")
            and expression.kind in ("month", "month_until")
            and first.actual is not None
            and first.actual[0] is not None
            and expression.actual is not None
            and expression.actual[1] is not None
            and (
                _SPAN_GAP_RE.fullmatch(sentence, first.end - offset, expression.start - offset)
                # "through May 2023" holds its own lead word
                or (
                    expression.kind == "month_until"
                    and not sentence[first.end - offset : expression.start - offset].strip()
                )
            )
        ):
            span = (first.actual[0], expression.actual[1])
            out[-1] = TimeExpression(first.start, expression.end, PERIOD, span, span, "month_span")
            continue
        day_span = _day_span(sentence, offset, first, expression) if first is not None else None
        if first is not None and day_span is not None:
            out[-1] = TimeExpression(first.start, expression.end, PERIOD, day_span, day_span, "day_span")
            continue
        out.append(expression)
    return out


def _day_span(sentence: str, offset: int, first: TimeExpression, second: TimeExpression) -> Period | None:
    """ "from 14 March to 10 April": a day the text starts from and the date it runs to, one span (the second
    day in the next year when it comes before the first, "from 20 December to 10 January")."""
    if first.kind not in ("since_date", "from_date") or second.kind != "date" or second.actual is None:
        return None
    if first.actual is None or first.actual[0] is None or second.actual[0] is None:
        return None
    if not _SPAN_GAP_RE.fullmatch(sentence, first.end - offset, second.start - offset):
        return None
    start, end = first.actual[0], second.actual[0]
    if end < start:
        end = _shift_date(end, 1)
    return start, end


def _drop_shadowed_clears(found: list[TimeExpression]) -> list[TimeExpression]:
    """Drop "so far"/"already" when an explicit period stands right next to it ("so far this year")."""
    keep = []
    for index, expr in enumerate(found):
        if expr.kind == "clear":
            neighbours = found[max(0, index - 1) : index] + found[index + 1 : index + 2]
            if any(n.role == PERIOD and n.actual != CLEARED and _gap(expr, n) <= 3 for n in neighbours):
                continue
        keep.append(expr)
    return keep


def _gap(a: TimeExpression, b: TimeExpression) -> int:
    return max(a.start, b.start) - min(a.end, b.end)


def resolve_comparison(expr: TimeExpression | None, period: Period | None, published: date | None) -> Period | None:
    """The base period of a change, given the comparison expression and the figure's own period.

    - a base year ("compared to 2023"): the same months of that year when the figure's period is
      part of one year (ten months of 2024 → 2023-01-01..2023-10-31), else the whole base year;
    - "the same period of 2020": the figure's period moved to 2020 (None without a period);
    - "the same period last year", "year-on-year", "than last year": the figure's period one year
      earlier; with no period, the previous calendar year for "last year"-style bases, else None;
    - a year an index level is a percentage of ("104.1% of last year's level"): as a base year;
    - an explicit base ("compared to the first half of 2023"): that period as resolved.
    `published` is accepted for symmetry; the bases already carry what they need from it.
    """
    if expr is None or expr.role != COMPARISON:
        return None
    stated = period if period is not None and (period[0] is not None or period[1] is not None) else None
    base = expr.actual
    if expr.kind == "cmp_year":
        assert base is not None and base[0] is not None  # "than in 2023": a year
        return _move_to_year(stated, base[0].year) if stated else base
    if expr.kind == "cmp_same_period_year":
        assert base is not None and base[0] is not None
        return _move_to_year(stated, base[0].year, whole_if_multi=False) if stated else None
    if expr.kind in ("cmp_shift", "cmp_yoy"):
        return _shift(stated, -1) if stated else base
    if expr.index_base and stated and base and base[0] and base[1] and base == _whole(base[0].year):
        return _move_to_year(stated, base[0].year)  # "104.1% of last year's level" over nine months: nine months then
    return base


def _move_to_year(period: Period, year: int, whole_if_multi: bool = True) -> Period:
    """The figure's period moved into `year`; the whole year when the period is whole years, open or multi-year."""
    start, end = period
    if start is None or end is None:
        return _whole(year)
    whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if whole_years or (start.year != end.year and whole_if_multi):
        return _whole(year)
    return _shift(period, year - start.year)


def _shift(period: Period, years: int) -> Period:
    start, end = period
    return (_shift_date(start, years) if start else None, _shift_date(end, years) if end else None)


def is_period_wording(start: int, end: int, expressions: list[TimeExpression]) -> bool:
    """Whether the characters start..end (a number in the full text) lie inside one of the expressions."""
    return any(e.start <= start and end <= e.end for e in expressions)
