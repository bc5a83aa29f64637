"""Finding stated quantities in a sentence: number, scale, currency or unit, range, conversion.

Layered like Duckling: a number rule, then a scale word, then a currency or unit attached on the
left or right, then ranges, parenthetical conversions and units implied by a neighbour.  Every
quantity keeps the character offsets of its quote; nothing is re-found by searching the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from pipeline.extract.folding import GuardedPattern, holds_any, key_words, lexicon_key
from pipeline.extract.tries import longest_first, word_start_first
from schemas import lexicon
from schemas.gazetteer import CITIES, COUNTRIES, DEMONYMS, FOREIGN_REGIONS, KZ_REGIONS
from schemas.lexicon import (
    BARE_COUNT_NOUNS,
    CATTLE_HEADS,
    CHANGE_BETWEEN_VERBS,
    COUNT_VERBS,
    COUNTED_ABBREVIATIONS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    FOLD_VERB_CONTEXT,
    FOLD_WORDS,
    GENERIC_COUNT_HEADS,
    GLUED_ONLY_SCALES,
    IDENTIFIER_PREFIXES,
    IRREGULAR_PLURALS,
    MODEL_MACHINE_NOUNS,
    MONTH_WORDS,
    NUMBER_WORDS,
    REFERRING_COUNT_NOUNS,
    SCALES,
    SINGULAR_S_ENDINGS,
    SINGULARS_ENDING_IN_S,
    TIME_UNIT_WORDS,
    UNIT_WORDS,
)
from schemas.roles import CATTLE_BREEDS


class Quantity(NamedTuple):
    """One stated amount, before it is attributed to a subject and a measure.

    `kind` is one of: money, percent, fold (an "N times" change), physical, count, bare.
    `unit` is a canonical unit or currency code (None while `kind` is bare).
    `start`/`end` delimit the quote; `tail_end` also covers a parenthetical conversion.
    """

    start: int
    end: int
    value: float
    kind: str
    unit: str | None = None
    value_high: float | None = None
    item: str | None = None
    has_scale: bool = False
    scale: float = 1.0
    equivalent_value: float | None = None
    equivalent_unit: str | None = None
    signed: bool = False
    tail_end: int = 0
    currency_word: str | None = None
    # What the unit word multiplied the number by ("3 GW" is 3,000 MW; "100 grams" is 0.1 kg).
    unit_factor: float = 1.0


def _alternation(words) -> str:
    """A regex alternation of `words`, longest first so that "sq km" wins over "sq" (written as a trie: faster)."""
    return longest_first(words)


# Thousands separated by commas ("14,260") or by spaces ("14 260", also no-break spaces), else plain digits.
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SPACES = str.maketrans("", "", " \u00a0\u202f")
_NUMBER_WORD_ALT = _alternation([w for w in NUMBER_WORDS if " " not in w])
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# "two hundred", "eight hundred thousand" (with its scale after it), "three hundred and fifty", "a hundred twenty" (not
# "two hundred and three hundred": a range).
_HUNDREDS = (
    rf"(?:{_UNITS_WORDS}|a)\s+hundred"
    rf"(?:\s+(?:and\s+)?(?:(?:{_TENS})-(?:{_UNITS_WORDS})|{_NUMBER_WORD_ALT})(?!\s+hundred))?"
)
_PREFIX_ALT = _alternation(CURRENCY_PREFIXES)
_SCALE_ALT = _alternation(SCALES)
_CURRENCY_WORD_ALT = _alternation(CURRENCY_WORDS)
_UNIT_WORD_ALT = _alternation(UNIT_WORDS)
_FOLD_ALT = _alternation(FOLD_WORDS)
# Any qualifier word before a number ("about", "more than", "up to"), optional: patterns that end right before a
# number read past it (shared with the attribution module).
QUALIFIER_GAP = rf"(?:(?:{longest_first(lexicon.QUALIFIER_CUES)})\s+)?"

ANCHOR_RE = re.compile(
    rf"(?:(?P<prefix>{_PREFIX_ALT})\s?|(?<![\w.,\-−]))(?P<sign>(?<=\()[-−])?(?P<digits>{_DIGITS})"
    rf"|(?P<word>\b(?:{_HUNDREDS}|(?:{_TENS})-(?:{_UNITS_WORDS})|{_NUMBER_WORD_ALT})\b)"
    rf"|(?P<fold>\b(?:{_FOLD_ALT})\b)",
    re.IGNORECASE,
)
_SCALE_RE = re.compile(rf"(?P<sep>\s|-)?(?P<scale>{_SCALE_ALT})(?![\w])", re.IGNORECASE)
_PERCENT_RE = re.compile(
    r"\s?%|(?:\s|-)(?:" + longest_first([w for w in lexicon.PERCENT_WORDS if w != "%"]) + r")\b", re.IGNORECASE
)
_TIMES_RE = re.compile(r"\s?-?\s?fold\b|\s(?:times)\b", re.IGNORECASE)
_CURRENCY_WORD_RE = re.compile(rf"[\s-]?(?P<cur>(?:{_CURRENCY_WORD_ALT}))(?![\w])", re.IGNORECASE)
_UNIT_WORD_RE = re.compile(rf"(?:\s|-)?(?P<unit>{_UNIT_WORD_ALT})(?![\w²³])", re.IGNORECASE)
# The high end of a range may carry a glued scale ("KZT12-14bn"), read after it.
_RANGE_RE = re.compile(
    rf"\s?[-–—]\s?(?P<prefix>{_PREFIX_ALT})?(?P<digits>{_DIGITS})(?:(?![\w])|(?=(?:{_SCALE_ALT})(?![\w])))",
    re.IGNORECASE,
)
_CONVERSION_OPEN_RE = re.compile(r"\s?\(\s?(?:about |approximately |around |some |nearly |almost |or )?")
_CONVERSION_CLOSE_RE = re.compile(r"\s?\)")
# After a number: a date or time ("21.04", "10:30"), an ordinal ("3rd"), or a further hyphenated number
# ("2022-2026", the "7-20-25 programme": a name).
_DATE_OR_RANK_AFTER_RE = re.compile(r"[:./]\d|st\b|nd\b|rd\b|th\b|-\d")
_DATE_BEFORE_RE = re.compile(r"\d[./:]$")
_WORD_RE = re.compile(r"\s(?P<w>[A-Za-z][A-Za-z-]*)")
# A network generation or standard, a digit and a capital: "5G", "2G/3G". It describes what is counted ("214 5G
# base stations", "the number of 5G users"); it is no number.
NETWORK_CODE = r"\d[A-Z](?:/\d[A-Z])*"
_CODE_MODIFIER_RE = re.compile(rf"\s(?P<w>{NETWORK_CODE})(?=\s+[a-z])")
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
# A currency code is a word of its own: "the country 540 km" holds no Turkish lira.
_PREFIX_RE = re.compile(rf"(?<![A-Za-z])(?:{_PREFIX_ALT})\s?$", re.IGNORECASE)

# Words that end the noun phrase of a counted thing ("28 projects totaling ...", "1,800 people will ...").
NP_STOP = frozenset(
    [
        "of",
        "in",
        "to",
        "for",
        "with",
        "by",
        "from",
        "at",
        "on",
        "and",
        "or",
        "but",
        "as",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "were",
        "was",
        "are",
        "is",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "worth",
        "totaling",
        "totalling",
        "valued",
        "each",
        "per",
        "a",
        "an",
        "the",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "than",
        "more",
        "less",
        "compared",
        "under",
        "over",
        "into",
        "across",
        "among",
        "since",
        "during",
        "while",
        # Conjunctions that open a clause: "the staff will grow to 380 when the line reaches capacity".
        *("when", "where", "if", "because", "once", "unless", "though", "although", "whereas", "whether"),
        "including",
        "so",
        "it",
        "they",
        "we",
        "he",
        "she",
        "there",
        "here",
        "not",
        "also",
        "already",
        "only",
        "about",
        "around",
        "nearly",
        "almost",
        "some",
        "up",
        "down",
        "out",
        "off",
        "via",
        "between",
        "within",
        "without",
        "through",
        "after",
        "before",
        "against",
        "amid",
        "until",
        "toward",
        "towards",
        "respectively",
        "annually",
        "yearly",
        "monthly",
        "daily",
        "per-year",
        "had",
        "been",
        "this",
        "that",
    ]
)


def parse_number(digits: str) -> float:
    """'1,800' -> 1800; '14 260' -> 14260; '10,4' -> 10.4 (decimal comma); '2,903.54' -> 2903.54."""
    digits = digits.translate(_SPACES)
    if "," in digits and "." not in digits:
        head, _, tail = digits.rpartition(",")
        if len(tail) != 3 or (digits.count(",") == 1 and len(head) > 3):
            return float(digits.replace(",", "."))
    return float(digits.replace(",", ""))


def times(value: float, factor: float) -> float:
    """value x factor in decimal arithmetic: 8.2 billion is 8200000000, not 8199999999.999999."""
    if factor == 1:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def parse_number_word(word: str) -> float:
    """'seven' -> 7; 'twenty-five' -> 25; 'three hundred and fifty' -> 350."""
    word = " ".join(lexicon_key(word).split())
    if " hundred" in word and word not in NUMBER_WORDS:
        hundreds, _, rest = word.partition(" hundred")
        rest = rest.removeprefix(" and").strip()
        return (1 if hundreds == "a" else parse_number_word(hundreds)) * 100 + (parse_number_word(rest) if rest else 0)
    if "-" in word:
        tens, units = word.split("-")
        return float(NUMBER_WORDS[tens] + NUMBER_WORDS[units])
    return float(NUMBER_WORDS[word])


def find_quantities(
    text: str, start: int, end: int, blocked: list[tuple[int, int]], currency_context: dict[str, str]
) -> list[Quantity]:
    """All quantities stated in `text[start:end]` (one sentence), in text order.

    `blocked` are spans whose numbers are not quantities (dates, periods, header furniture);
    `currency_context` resolves ambiguous currency words ("som", "manat") for this article.
    """
    found: list[Quantity] = []
    pos = start
    for match in _anchors(text, start, end):
        if match.start() < pos or _is_blocked_between(match.start(), match.end(), blocked):
            continue  # an amount covers its anchor: one whose anchor is blocked is blocked too, so it is not read
        quantity = _read_quantity(text, match, end, currency_context)
        if quantity is not None and quantity.kind == "bare" and text[quantity.end : quantity.end + 1].isalpha():
            continue  # "5G base stations", "2G/3G networks": a number glued to a letter no unit reads is a code
        if quantity is not None and quantity.kind == "bare" and _NUMBER_OF_BEFORE_RE.search(text, start, match.start()):
            # "the number of taxpayers stood at 94,300": a bare number is the count the sentence names.
            quantity = quantity._replace(kind="count", unit="count")
        if quantity is None or _is_blocked(quantity, blocked) or _is_not_a_quantity(text, quantity, match, start):
            continue
        found.append(quantity)
        pos = max(quantity.tail_end, match.end())
    found += _fractions(text, start, end, found, blocked)
    if not found:
        return found  # a sentence with no amount (a quarter of them): nothing to order, join or share
    found.sort(key=lambda q: q.start)
    return _share_neighbour_units(text, _join_compound_numbers(text, found))


def _join_compound_numbers(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "4 trillion 912.4 billion tenge": a scaled number right before a smaller scaled amount is one amount."""
    out: list[Quantity] = []
    for q in quantities:
        first = out[-1] if out else None
        if (
            first is not None
            and first.kind in ("count", "bare")
            and first.item is None
            and first.has_scale
            and q.has_scale
            and q.scale < first.scale
            and text[first.end : q.start] == " "
        ):
            out[-1] = q._replace(start=first.start, value=first.value + q.value)
            continue
        out.append(q)
    return out


_FRACTION_KEYS = tuple(fraction.split()[-1] for fraction in lexicon.FRACTION_WORDS)
_FRACTION_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(lexicon.FRACTION_WORDS)})(?![\w-])", re.IGNORECASE)
# A fraction is a figure only as a part ("half of the units") or a change ("by half"), not as period wording
# ("the first half", "half a million").
_FRACTION_PART_AFTER_RE = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:year|month|century|decade)\b)")
_FRACTION_CHANGE_BEFORE_RE = re.compile(r"\bby\s+\Z")
_FRACTION_PERIOD_BEFORE_RE = re.compile(r"\b(?:first|second|1st|2nd|last|next|past)\s+\Z", re.IGNORECASE)


def _fractions(
    text: str, start: int, end: int, found: list[Quantity], blocked: list[tuple[int, int]]
) -> list[Quantity]:
    """ "more than half of the coal-fired units", "net profit fell by a fifth": fractions as percents."""
    out: list[Quantity] = []
    if not holds_any(text, start, end, _FRACTION_KEYS):  # looked for as written: case-sensitive
        return out
    for match in _FRACTION_RE.finditer(text, start, end):
        if any(q.start <= match.start() < q.tail_end for q in found) or _is_blocked_span(match, blocked):
            continue
        if _FRACTION_PERIOD_BEFORE_RE.search(text, max(start, match.start() - 8), match.start()):
            continue
        part = _FRACTION_PART_AFTER_RE.match(text, match.end(), end)
        change = _FRACTION_CHANGE_BEFORE_RE.search(text, max(start, match.start() - 4), match.start())
        if part or change:
            value = lexicon.FRACTION_WORDS[lexicon_key(match.group(0))]
            out.append(Quantity(match.start(), match.end(), value, "percent", "percent", tail_end=match.end()))
    return out


def _is_blocked_span(match: re.Match, blocked: list[tuple[int, int]]) -> bool:
    return any(a <= match.start() < b for a, b in blocked)


# "the number of taxpayers", "passenger numbers", "Mangystau's population, now 760,000".
_NUMBER_OF_BEFORE_RE = GuardedPattern(
    re.compile(
        rf"\b(?:{'|'.join(BARE_COUNT_NOUNS)})\s+of\s+(?:[A-Za-z]|{NETWORK_CODE}\b)|\b[a-z]+\s+numbers\b|\bpopulation\b",
        re.IGNORECASE,
    ),
    key_words(BARE_COUNT_NOUNS),  # "numbers" holds "number"
)
# A digit with no digit, point or comma before it (the look-behind follows the digit so that `re` can
# skip to digits): where a number starts.
_NUMBER_START_RE = re.compile(r"\d(?<![\d.,]\d)")


def _trigger_words() -> list[str]:
    """The words ANCHOR_RE reads as numbers or folds, less the fold words it can never match.

    ANCHOR_RE tries number words before fold words, so "two-fold" always matches as "two" (a word
    boundary follows it at the hyphen); the other fold words cannot start with a number word that is
    followed by a boundary. Without those, the longest word at a position is the one ANCHOR_RE
    matches, and all the words can go in one trie.
    """
    numbers = [f"{t}-{u}" for t in _TENS.split("|") for u in _UNITS_WORDS.split("|")]
    numbers += [w for w in NUMBER_WORDS if " " not in w]
    folds = [
        fold
        for fold in FOLD_WORDS
        if not any(fold.startswith(n) and len(fold) > len(n) and not re.match(r"\w", fold[len(n)]) for n in numbers)
    ]
    return numbers + folds


# Where ANCHOR_RE may match a number or fold word, searched in " " + the lowered sentence: a character that is
# not a word character, then the word. `re` skips quickly to the characters outside [0-9A-Z_a-z], far fewer than
# the letters that start a trigger word. A match starts one character before its word, so that in " " + lowered
# its start is where the word starts in lowered.
_WORD_TRIGGER_RE = re.compile(rf"[^0-9A-Z_a-z](?<!\w){longest_first(_trigger_words())}\b")
# In any case, for a sentence whose lowered copy does not keep its offsets: every trigger word starts with a
# letter, so its leading word boundary is checked after the first letter, which lets `re` skip to those letters.
_WORD_TRIGGER_ANYCASE_RE = re.compile(word_start_first(_trigger_words(), r"\w") + r"\b", re.IGNORECASE)
# How far before its first digit an amount may start: a sign and a currency prefix ("(-", "US$ ").
_MAX_PREFIX = 5


def _anchors(text: str, start: int, end: int) -> list[re.Match]:
    """ANCHOR_RE matches in text[start:end], in order.

    Searching the full alternation at every position is slow; digits and number words are found
    by cheap patterns first and the full pattern is only tried where they stand.
    """
    starts = _number_starts(text)
    digits = starts[bisect_left(starts, start) : bisect_left(starts, end)]
    matches = [m for m in (_anchor_at_digit(text, start, d) for d in digits) if m]
    lowered = text[start:end].lower()
    if len(lowered) == end - start:
        positions = [start + w.start() for w in _WORD_TRIGGER_RE.finditer(" " + lowered)]
    else:
        positions = [w.start() for w in _WORD_TRIGGER_ANYCASE_RE.finditer(text, start, end)]
    if not positions:
        return matches  # anchors at increasing digits start in order: a prefix never reaches back past a digit
    matches += [m for m in (ANCHOR_RE.match(text, p, end) for p in positions) if m]
    return sorted(matches, key=lambda m: m.start())


@lru_cache(maxsize=4)
def _number_starts(text: str) -> list[int]:
    """Offsets in the whole text where a number's digits start (found once per article, then bisected)."""
    return [m.start() for m in _NUMBER_START_RE.finditer(text)]


_PREFIX_CHARS = frozenset("$€£₸₽ (-−" + "".join({c for p in CURRENCY_PREFIXES for c in p}))
# Characters that may stand before an amount but never open one: no branch of ANCHOR_RE starts with them.
_NEVER_OPENS = frozenset(" (")


def _anchor_at_digit(text: str, start: int, digit: int) -> re.Match | None:
    """The anchor whose digits start at `digit`, trying only starts that a sign or currency can open."""
    first, reach = digit, max(start, digit - _MAX_PREFIX)
    while first > reach and text[first - 1] in _PREFIX_CHARS:
        first -= 1
    for candidate in range(first, digit + 1):
        if text[candidate] in _NEVER_OPENS:
            continue
        match = ANCHOR_RE.match(text, candidate)
        if match and match.group("digits") and match.start("digits") == digit:
            return match
    return None


def _is_blocked(quantity: Quantity, blocked: list[tuple[int, int]]) -> bool:
    return _is_blocked_between(quantity.start, quantity.end, blocked)


def _is_blocked_between(start: int, end: int, blocked: list[tuple[int, int]]) -> bool:
    for s, e in blocked:  # noqa: SIM110 - a loop: `any` over a generator costs more, twice per number
        if s < end and start < e:
            return True
    return False


_FREQUENCY_AFTER_RE = re.compile(r"\s+(?:a|per|each|every)\s+(?:week|month|day|year)\b", re.IGNORECASE)
# "twice as much", "twice the level of 2019", "about twice the current volume", "twice its capacity", "twice what it
# spent in 2022": a change against a base of time (not "twice the volume of the Aktau port", "twice the rate of
# inflation": another thing compared).
_BASE_NOUNS = "|".join(sorted(lexicon.GENERIC_AMOUNT_NOUNS | {"level", "size", "rate"}))
_BASE_TIME_WORDS = "current|present|previous|pre-pandemic"
_AS_MUCH_AFTER_RE = re.compile(
    r"\s+(?:as\s+(?:much|many|high|large|big|fast)|more|higher|larger|bigger|what\s+it"
    # "twice the capacity of the old equipment": the same thing before.
    rf"|the\s+(?:{_BASE_NOUNS})\s+of\s+(?:the\s+|its\s+)?(?:old|former|existing|{_BASE_TIME_WORDS})\b"
    rf"|(?:its|their|the\s+(?={_BASE_TIME_WORDS}))(?:(?:{_BASE_TIME_WORDS})\s+)?"
    rf"(?:{_BASE_NOUNS})\b(?!\s+of\s+(?!\d{{4}}|last|the\s+previous))"
    rf"|the\s+(?:{_BASE_NOUNS})\s+(?:of|in)\s+(?:\d{{4}}|last\s+year|a\s+year\s+(?:earlier|ago)))\b"
)


def _read_quantity(text: str, match: re.Match, limit: int, currency_context: dict[str, str]) -> Quantity | None:
    """Read the amount that starts at `match`: value, scale, unit, range and conversion."""
    fold, word, digits = match.group("fold", "word", "digits")
    if fold:
        fold = lexicon_key(fold)
        if fold in ("double", "triple") and not _FOLD_VERB_CONTEXT_RE.search(
            text, max(0, match.start() - 14), match.start()
        ):
            return None
        if fold == "twice" and _FREQUENCY_AFTER_RE.match(text, match.end(), limit):
            return Quantity(match.start(), match.end(), 2, "count", "count", tail_end=match.end())  # how often
        if fold == "twice" and not _AS_MUCH_AFTER_RE.match(text, match.end(), limit):
            return None  # "visited twice": no change
        change = (FOLD_WORDS[fold] - 1) * 100
        return Quantity(match.start(), match.end(), change, "fold", "percent", tail_end=match.end())
    if word:
        value, prefix, signed = parse_number_word(word), None, False
    else:
        prefix, sign = match.group("prefix", "sign")
        value, signed = parse_number(digits), bool(sign)
        if signed:
            value = -value
    start, pos = match.start(), match.end()
    if prefix is None and digits:
        left = _PREFIX_RE.search(text, max(0, start - 4), start)
        if left and (left.end() == start or text[left.end() : start].isspace()):
            prefix, start = left.group(0).strip(), left.start()
    value_high = None
    range_match = _RANGE_RE.match(text, pos, limit)
    if range_match and not _YEAR_RE.fullmatch(range_match.group("digits")):
        value_high, pos = parse_number(range_match.group("digits")), range_match.end()
    scale = 1.0
    scale_match = _SCALE_RE.match(text, pos, limit)
    if scale_match and _scale_applies(scale_match):
        scale, pos = SCALES[lexicon_key(scale_match.group("scale"))], scale_match.end()
    value = times(value, scale)
    value_high = times(value_high, scale) if value_high is not None else None
    kind, unit = ("money", CURRENCY_PREFIXES[_prefix_key(prefix)]) if prefix else ("bare", None)
    # Read up to `pos` so far: what is attached after it moves `end` and `tail_end` on.
    base = Quantity(
        start, pos, value, kind, unit, value_high, has_scale=scale != 1.0, scale=scale, signed=signed, tail_end=pos
    )
    quantity = _attach_unit(text, base, pos, limit, currency_context)
    if quantity is None:
        return None
    return _attach_conversion(text, quantity, limit, currency_context)


def _fold_change(times_as_much: float) -> float:
    """ "grew 2.4 times" is a change of (2.4 - 1) x 100 percent (FACTS.md, "Percent change")."""
    return round((times_as_much - 1) * 100, 9)  # 2.3 times is 130, not 129.99999999999997


def _prefix_key(prefix: str) -> str:
    # (upper case: the ASCII letters a case-insensitive match may have taken "ı" or "ſ" for)
    return prefix if prefix in CURRENCY_PREFIXES else lexicon_key(prefix).upper()


def _scale_applies(match: re.Match) -> bool:
    """Single-letter abbreviations ("m", "b", "k") are scales only when glued ("$5m")."""
    return match.group("scale").lower() not in GLUED_ONLY_SCALES or not match.group("sep")


def _attach_unit(text: str, q: Quantity, pos: int, limit: int, currency_context: dict[str, str]) -> Quantity | None:
    """Attach what follows the number (`q`, read up to `pos`): %, times, a currency word, a unit word, or a counted
    noun."""
    if q.kind == "money":
        return q
    match = _PERCENT_RE.match(text, pos, limit)
    if match:
        return q._replace(end=match.end(), kind="percent", unit="percent", tail_end=match.end())
    match = _TIMES_RE.match(text, pos, limit)
    if match and _FREQUENCY_AFTER_RE.match(text, match.end(), limit):
        # "three times a week": how often something happens (a count of flights, of deliveries), not a change
        return q._replace(end=match.end(), kind="count", unit="count", tail_end=match.end())
    if match:
        # "grew 2.4 times" is a change of (2.4 - 1) x 100 percent (FACTS.md, "Percent change").
        change = _fold_change(q.value)
        high = _fold_change(q.value_high) if q.value_high is not None else None  # "3-4 times"
        return q._replace(
            end=match.end(), kind="fold", unit="percent", value=change, value_high=high, tail_end=match.end()
        )
    match = _CURRENCY_WORD_RE.match(text, pos, limit)
    if match:
        code = _currency_code(match.group("cur"), currency_context)
        return q._replace(end=match.end(), kind="money", unit=code, tail_end=match.end(), currency_word=code)
    match = _UNIT_WORD_RE.match(text, pos, limit)
    if match:
        unit, factor = UNIT_WORDS[lexicon_key(match.group("unit"))]
        per = PER_SUFFIX_RE.match(text, match.end(), limit)
        return _with_physical_unit(q, unit, factor, per.end() if per else match.end())
    match = _YEARS_RE.match(text, pos, limit)
    if match and _is_an_attribute_duration(text, q.start, match, limit):
        return q._replace(end=match.end(), kind="duration", unit="year", tail_end=match.end())
    return _attach_counted_noun(text, q, pos, limit)


_YEARS_RE = re.compile(r"(?:\s|-)years?\b", re.IGNORECASE)
_TERM_NOUN_AFTER_RE = re.compile(rf"(?:\s+[a-z][a-z-]*){{0,2}}?\s+(?:{'|'.join(lexicon.TERM_NOUNS)})\b", re.IGNORECASE)
_DURATION_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(lexicon.DURATION_AFTER_WORDS)})\b", re.IGNORECASE)
# Within a clause: no sentence end, but a decimal point inside a sum ("a loan of KZT26.5bn for 15 years") is no end.
_IN_CLAUSE = r"(?:[^.;!?]|\.(?=\d))"
_DURATION_CUE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.DURATION_CUES)})\b{_IN_CLAUSE}{{0,50}}\Z"
    rf"|\b(?:{'|'.join(sorted(lexicon.ADJACENT_DURATION_CUES))})\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_LOAN_FOR_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join((*lexicon.LOAN_NOUNS, *lexicon.LEND_VERBS))}|leasing|leases?)\b{_IN_CLAUSE}{{0,70}}"
    r"\bfor\s+(?:up\s+to\s+|over\s+|more\s+than\s+)?\Z",
    re.IGNORECASE,
)
# "in the first three years of operation": period wording, not an age.
_PERIOD_LEAD_BEFORE_RE = re.compile(r"\b(?:the\s+)?(?:first|next|past|last|coming)\s+\Z", re.IGNORECASE)


def _is_an_attribute_duration(text: str, start: int, years: re.Match, limit: int) -> bool:
    """A number of years that is a term, an age or a lifetime, not period wording (lexicon.TERM_NOUNS)."""
    if years.group(0).startswith("-"):
        return _TERM_NOUN_AFTER_RE.match(text, years.end(), limit) is not None  # "a 15-year loan"
    if _PERIOD_LEAD_BEFORE_RE.search(text, max(0, start - 16), start):
        return False  # "in the first three years of operation": when, not how long something lasts
    if _DURATION_AFTER_RE.match(text, years.end(), limit):
        return True  # "over 50 years old", "enough for 14 years of operation"
    window = max(0, start - 70)
    return bool(_DURATION_CUE_BEFORE_RE.search(text, window, start) or _LOAN_FOR_BEFORE_RE.search(text, window, start))


# "40 Gcal/h", "500 t/day": a rate glued to the unit belongs to the quote.
PER_SUFFIX_RE = re.compile(rf"/(?P<per>{longest_first(lexicon.PER_SUFFIXES)})(?![\w/])", re.IGNORECASE)


def _with_physical_unit(q: Quantity, unit: str, factor: float, end: int) -> Quantity:
    high = times(q.value_high, factor) if q.value_high is not None else None
    return q._replace(
        end=end,
        kind="physical",
        unit=unit,
        value=times(q.value, factor),
        value_high=high,
        tail_end=end,
        unit_factor=factor,
    )


def _currency_code(word: str, currency_context: dict[str, str]) -> str:
    code = CURRENCY_WORDS[lexicon_key(word)]
    if code is None:
        stem = "manat" if word.lower().startswith("manat") else "som"
        return currency_context[stem]
    return code


def _attach_counted_noun(text: str, q: Quantity, pos: int, limit: int) -> Quantity | None:
    """'120 mainline diesel locomotives' -> count of 'mainline diesel locomotives' (`q` is read up to `pos`)."""
    hyphen = _HYPHEN_COUNT_RE.match(text, pos, limit)
    if hyphen is not None:
        # "a 220-room hotel": the number counts the noun joined to it.
        item = lexicon.HYPHEN_COUNT_NOUNS[lexicon_key(hyphen.group(1))]
        return q._replace(end=hyphen.end(), kind="count", unit="count", item=item, tail_end=hyphen.end())
    group = _PART_OF_GROUP_RE.match(text, pos, limit)
    if group is not None:
        # "Nine of them", "Five of the projects", "Three of the four furnaces": a count of part of a group.
        return q._replace(end=pos, kind="count", unit="count", item=group.group("noun"), tail_end=pos)
    words: list[tuple[str, int]] = []
    cursor = pos
    more = _MORE_RE.match(text, cursor, limit)
    if more:
        # "two more industrial zones": "more" belongs to the quote, not to what is counted.
        cursor = more.end()
    in_make = False
    makers = 0  # a maker's or a model's words do not use up the four words of the noun phrase
    while len(words) < 4 + makers:
        plural_model = _MODEL_PLURAL_RE.match(text, cursor, limit) if words else None
        if plural_model is not None:
            # "three ageing Mi-8s": a model's plural after its describing words is what is counted.
            words.append((plural_model.group("w"), plural_model.end()))
            break
        model = _MAKE_OR_MODEL_RE.match(text, cursor, limit) if in_make or not words else None
        if model is None and in_make:
            model = _MODEL_NUMBER_RE.match(text, cursor, limit)
        match = model or _WORD_RE.match(text, cursor, limit) or _CODE_MODIFIER_RE.match(text, cursor, limit)
        if not match:
            break
        word = match.group("w")
        lower = word.lower()
        if (
            not words
            and lower in lexicon.COUNTED_PART_VERBS | lexicon.ITEM_VERBS_AFTER
            and _VERB_COMPLEMENT_AFTER_RE.match(text, match.end())
        ):
            if _follows_its_whole(text, q):
                break  # "Of the residents, 23 work at the plant": the part's verb, not what is counted
            # "Some 12,000 come from Uzbekistan every year": a count of people the verb does not name.
            return q._replace(end=pos, kind="count", unit="count", item=None, tail_end=pos)
        if lower in NP_STOP or lower in TIME_UNIT_WORDS or lower in MONTH_WORDS or lower in lexicon.ITEM_END_WORDS:
            break  # "up from 870,000 last year": a time word is not what is counted
        if (
            word[0].isupper()
            and not _is_acronym_plural(word)
            and not _is_modifier_in_capitals(text, word, match.end())
            and not (in_make or (not words and _is_make_before_plural(text, match.end(), limit)))
        ):
            break
        in_make = word[0].isupper()
        makers += in_make
        words.append((word, match.end()))
        cursor = match.end()
        if _is_plural(lower) and not _plural_noun_follows(text, cursor, limit):
            break  # "11 poultry projects", "38 international sports events": the plural that follows is the head
    if words and words[-1][0].lower() in TIME_UNIT_WORDS:
        return None
    if not words:
        return q
    if not _is_plural(words[-1][0].lower()):
        # "254,300 small and medium-sized enterprises": adjectives coordinated before the noun. A noun already
        # counted ("20 settlements and worn-out systems were renovated") ends the quote.
        words += _coordinated_nouns(text, words[-1][1], limit)
    if words[-1][0].lower() in COUNT_VERBS:
        words.pop()
        if not words:
            return q
    end = words[-1][1]
    # As written, with its commas ("textile, garment and footwear companies").
    item = " ".join(text[words[0][1] - len(words[0][0]) : end].split())
    if words[-1][0].lower() in GENERIC_COUNT_HEADS:
        item = _extend_with_of_phrase(text, item, end, limit)
    if item.lower() in CATTLE_HEADS:
        # "1,200 head of cattle": the animals counted belong to the quote and the item.
        extended = _extend_with_of_phrase(text, item, end, limit)
        end = _end_of_words(text, end, extended[len(item) :].split())
        item = extended
    return q._replace(end=end, kind="count", unit="count", item=item, tail_end=end)


_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:\d|\$|(?:the|a|an|its|their|up|about|over|more|less|nearly|almost|around|some)\b)",
    re.IGNORECASE,
)


def _plural_noun_follows(text: str, pos: int, limit: int) -> bool:
    """Whether the word at `pos` is a lower-case plural noun a plural before it modifies ("sports" + "events")."""
    match = _WORD_RE.match(text, pos, limit)
    if match is None:
        return False
    word = match.group("w")
    if not (word.islower() and word.endswith("s") and _is_plural(word)):
        return False
    if word in _VERB_LIKE_PLURALS or _stops_a_noun_phrase(word):
        return False
    # "48 buildings exceeds 70%", "60 cells costs 500 tenge": a verb before its object.
    return _OBJECT_AFTER_RE.match(text, match.end(), limit) is None


def _end_of_words(text: str, pos: int, words: list[str]) -> int:
    """Where `words`, written one after another from `pos` with blanks between, end in `text`."""
    for word in words:
        pos = text.index(word, pos) + len(word)
    return pos


_HYPHEN_COUNT_RE = re.compile(rf"-({'|'.join(lexicon.HYPHEN_COUNT_NOUNS)})\b", re.IGNORECASE)
_PART_OF_GROUP_RE = re.compile(
    r"\s+of\s+(?:them|these|those|(?:its|their|our|the(?:\s+[a-z]+['’]s)?)\s+"
    r"(?:[\d,]+\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:[a-z][a-z-]*\s+){0,2}?(?P<noun>[a-z][a-z-]*s))\b"
)
_COORDINATED_RE = re.compile(r"\s(?:and|or)((?:\s[a-z][a-z-]*){1,3})\b")
# "146 textile, garment and footwear companies": more describing words listed before the "and".
_LISTED_WORD_RE = re.compile(r",\s([a-z][a-z-]*)(?=,|\s(?:and|or)\s)")


def _coordinated_nouns(text: str, end: int, limit: int) -> list[tuple[str, int]]:
    """ "254,300 small" + " and medium-sized enterprises", "146 textile" + ", garment and footwear companies": the
    coordinated words up to a plural noun, when no verb, number or stop word comes first."""
    listed = []
    while (item := _LISTED_WORD_RE.match(text, end, limit)) and not _stops_a_noun_phrase(item.group(1)):
        listed.append((item.group(1), item.end()))
        end = item.end()
    match = _COORDINATED_RE.match(text, end, limit)
    if match is None:
        return []
    words, cursor = listed, end + len(match.group(0)) - len(match.group(1))
    words.append((match.group(0)[: len(match.group(0)) - len(match.group(1))].strip(), cursor))
    for word in match.group(1).split():
        if _stops_a_noun_phrase(word):
            return []
        cursor = text.index(word, cursor) + len(word)
        words.append((word, cursor))
        if _is_plural(word.lower()):
            return [] if word.lower() in _VERB_LIKE_PLURALS else words
    return []


def _stops_a_noun_phrase(word: str) -> bool:
    """A word that cannot stand inside a counted noun phrase: a stop word, a verb, a time unit, a number."""
    lower = word.lower()
    verb_like = lower.endswith("ed") and "-" not in lower  # "medium-sized" is an adjective
    return lower in NP_STOP or lower in COUNT_VERBS or verb_like or lower in TIME_UNIT_WORDS or lower in NUMBER_WORDS


# Verbs that end in -s like a plural noun: "opened 5 plants and employs 300 people" coordinates no noun.
_VERB_LIKE_PLURALS = frozenset({"employs", "produces", "makes", "exports", "imports", "operates", "plans", "has"})


_FOLD_VERB_CONTEXT_RE = re.compile(FOLD_VERB_CONTEXT, re.IGNORECASE)
_MORE_RE = re.compile(r"\s(?:more|additional)(?=\s[A-Za-z])")
_OF_PHRASE_RE = re.compile(r"\s(of(?:\s[a-z][a-z-]*){1,5})")


def _extend_with_of_phrase(text: str, item: str, end: int, limit: int) -> str:
    """'items' + ' of clothing or textile goods' -> 'items of clothing or textile goods'."""
    match = _OF_PHRASE_RE.match(text, end, limit)
    if not match:
        return item
    words = match.group(1).split()
    kept = [words[0]]
    for word in words[1:]:
        if word in NP_STOP and word not in {"or", "and"}:
            break
        kept.append(word)
    while kept and kept[-1] in {"or", "and", "of"}:
        kept.pop()
    return item + " " + " ".join(kept) if len(kept) > 1 else item


def _is_plural(word: str) -> bool:
    """A lower-cased word that ends a counted noun phrase: 'projects', 'people'; not 'biogas', 'class'."""
    if word in IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and word not in SINGULARS_ENDING_IN_S and not word.endswith(SINGULAR_S_ENDINGS)


_LOWER_WORD_AFTER_RE = re.compile(r"\s[a-z]")


def _is_modifier_in_capitals(text: str, word: str, end: int) -> bool:
    """A nationality, a breed or an abbreviation before a lower-case noun ("three Chinese logistics operators",
    "1,200 Holstein heifers", "two LPG bottling plants"): part of what is counted, not a name."""
    return (
        word in DEMONYMS or word in CATTLE_BREEDS or (len(word) > 1 and word.isupper())
    ) and _LOWER_WORD_AFTER_RE.match(text, end) is not None


# A maker's name or a model, which may be a number and its variant after the maker ("ATR 72-600").
# What follows a verb, not a noun: a preposition, an adverb of place or time, or the clause's end ("come from",
# "work at the plant", "live there"; not "work permits").
_VERB_COMPLEMENT_AFTER_RE = re.compile(
    r"\s*(?:[,.;:]|$)|\s+(?:from|to|in|at|on|for|with|abroad|here|there|home|every|each|annually|daily|back|out)\b"
)
_MODEL_PLURAL_RE = re.compile(r"\s(?P<w>[A-Z][A-Za-z]{0,4}-\d+s)(?![\w-])")
_MAKE_OR_MODEL_RE = re.compile(r"\s(?P<w>[A-Z][A-Za-z0-9-]*|\d{2,4}-\d{3}[A-Za-z]*)(?![\w-])")
# After a maker's name, a model's bare number ("Boeing 787", "Boeing 777-8").
_MODEL_NUMBER_RE = re.compile(r"\s(?P<w>\d{3,4}(?:-\d{1,2})?[A-Za-z]*)(?![\w.,-])")


def _is_make_before_plural(text: str, end: int, limit: int) -> bool:
    """A maker or a model right after the number, then a lower-case plural ("19 Airbus A320neo family aircraft",
    "120 Yutong electric buses"): what is counted, not a name that ends the phrase. `end` is after the first
    capitalised word."""
    for _ in range(2):
        model = _MAKE_OR_MODEL_RE.match(text, end, limit) or _MODEL_NUMBER_RE.match(text, end, limit)
        if model is None:
            break
        end = model.end()
    for _ in range(3):
        match = _WORD_RE.match(text, end, limit)
        if match is None or not match.group("w")[0].islower():
            return False
        lower = match.group("w").lower()
        if lower in NP_STOP or lower in TIME_UNIT_WORDS:
            return False
        if _is_plural(lower) or lower in lexicon.INVARIANT_PLURALS:
            return True
        end = match.end()
    return False


def _is_acronym_plural(word: str) -> bool:
    """'SMEs' and 'TEU' count as nouns, 'Astana' does not."""
    return word in COUNTED_ABBREVIATIONS or (len(word) > 2 and word.endswith("s") and word[:-1].isupper())


def _attach_conversion(text: str, q: Quantity, limit: int, currency_context: dict[str, str]) -> Quantity:
    """'1.3 trillion tenge ($2.5 billion)' -> one quantity with its stated equivalent."""
    opening = _CONVERSION_OPEN_RE.match(text, q.end, limit)
    if not opening or "(" not in opening.group(0):
        return q
    inner_match = ANCHOR_RE.match(text, opening.end(), limit)
    if not inner_match:
        return q
    inner = _read_quantity(text, inner_match, limit, currency_context)
    if inner is None or inner.kind != "money" or q.kind not in ("money", "bare"):
        return q
    close = _CONVERSION_CLOSE_RE.match(text, inner.tail_end, limit)
    if not close:
        return q
    tail = close.end()
    if q.kind == "bare":
        # "38.5 trillion ($3.3 billion) Uzbek soms": the unit follows the conversion.
        after = _CURRENCY_WORD_RE.match(text, tail, limit)
        if not after:
            return q
        code = _currency_code(after.group("cur"), currency_context)
        q = q._replace(kind="money", unit=code)
        tail = after.end()
    return q._replace(equivalent_value=inner.value, equivalent_unit=inner.unit, tail_end=tail)


# "Accommodation facilities now number 618": "number" as a verb after a plural or an adverb, no identifier.
_NUMBER_AS_VERB_RE = re.compile(r"\b(?:now|currently|already|today|together|which|[a-z]+s)\s+numbers?\s+\Z")


_RUN_WORDS = frozenset({"consecutive", "straight", "successive", "running"})
_DWELLING_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(lexicon.DWELLING_NOUNS)) + r")\b", re.IGNORECASE
)


def _is_not_a_quantity(text: str, q: Quantity, match: re.Match, sentence_start: int) -> bool:
    """Years, dates, times, ranks and names that contain numbers are not quantities."""
    before = text[max(sentence_start, q.start - 12) : q.start]
    after = text[q.end : q.end + 12]
    words_before = before.split()
    last_word = words_before[-1].lower() if words_before else ""
    if (
        last_word in IDENTIFIER_PREFIXES
        and q.kind not in _MEASURED_KINDS  # "a line 1,200 km long" is a length, "line 2" a name
        and not _NUMBER_AS_VERB_RE.search(text, max(0, q.start - 30), q.start)
    ):
        return True
    if last_word == "per":
        return True  # "KZT 18,500 per 1,000 cubic meters": the amount a price or rate is per, not a figure
    if q.kind == "count" and (q.item or "").lower() in _RUN_WORDS and _TIME_UNIT_AFTER_RE.match(text, q.end):
        return True  # "for three consecutive months": a span of time, not a count of anything
    if q.item == "rooms" and _DWELLING_AFTER_RE.match(text, q.end):
        return True  # "two-room flats rent for ...": a kind of flat, not a count of rooms
    digits = match.group("digits")
    if digits and q.kind in ("bare", "count") and _is_a_model_number(text, q, words_before, sentence_start):
        return True  # "two more ATR 72-600 aircraft", "Boeing 737-800 jets": a model's number, no count
    if digits:
        if q.kind in ("bare", "count") and not q.has_scale and _YEAR_RE.fullmatch(digits):
            return True
        if _DATE_OR_RANK_AFTER_RE.match(after) or _DATE_BEFORE_RE.search(before):
            return True
        # "on March 14", "14 March": a day. "Since January, 21 projects ...": a comma ends the date.
        if last_word.rstrip(".") in MONTH_WORDS or after.strip().split(" ")[0].strip(".,").lower() in MONTH_WORDS:
            return q.kind in ("bare", "count")
    if match.group("word"):
        if q.kind == "bare" and _WORD_RANGE_AFTER_RE.match(text, q.end):
            return False  # "three to four times", "four to five years": the low end of a range
        if q.kind == "bare" or (q.kind in ("count", "physical") and q.value == 1 and not q.has_scale):
            return True  # "one of the plants", "the cost of one square meter": a unit, not an amount
        if q.kind == "count" and last_word in ("the", "both") and (q.item or "").lower() in REFERRING_COUNT_NOUNS:
            return True  # "the two countries' combined trade": the parties referred back to
        if text.endswith(("top-", "Top-"), 0, q.start):
            return True  # "one of the world's top-three flour exporters": a rank
        word = match.group("word")
        if word[0].isupper() and q.start > sentence_start and text[q.start - 2 : q.start].strip() not in _OPENINGS:
            return True
    return q.kind == "bare" and not q.has_scale and q.value_high is None and not _bare_may_inherit(text, q)


def _is_a_model_number(text: str, q: Quantity, words_before: list[str], sentence_start: int) -> bool:
    """Whether a number written right after a capitalised maker's name is a model's ("ATR 72-600", "Boeing 737-800"):
    a variant after a hyphen follows it, or a vehicle or machine ("Boeing 757 jets"), or another model joined to it
    ("Boeing 757 and 767 jets")."""
    if not words_before or text[q.start - 1 : q.start] != " ":
        return False
    if _MODEL_JOINED_BEFORE_RE.search(
        text, max(sentence_start, q.start - 40), q.start
    ) and _MODEL_OF_A_MACHINE_RE.match(text, q.start):
        return True  # the 767 of "Boeing 757 and 767 jets"
    maker = words_before[-1]
    if (
        not maker[:1].isupper()
        or maker.rstrip(".").lower() in MONTH_WORDS
        or q.start - len(maker) - 1 <= sentence_start
    ):
        return False
    if _MODEL_VARIANT_RE.match(text, q.start) is not None:
        return True
    # "in Almaty 300 buses": a place before a count is no maker; "assembled 9,000 cars, and KAMAZ 600 trucks": a firm
    # after "and" with its own count, the verb gapped.
    if maker in _PLACE_NAMES or _GAPPED_FIRM_BEFORE_RE.search(text, max(sentence_start, q.start - 60), q.start):
        return False
    return _MODEL_OF_A_MACHINE_RE.match(text, q.start) is not None


# "72-600", "737-800", "A320-200", "777-8": a model and its variant, no thousands separator.
_MODEL_VARIANT_RE = re.compile(r"(?:\d{2,4}-\d{3}|\d{3,4}-\d{1,2})(?:[a-zA-Z]+)?(?![\d.,])")
# "757 jets", "757 and 767 jets": a model number, no separator, before a machine or another model.
_MACHINE_NOUN_ALT = "|".join(MODEL_MACHINE_NOUNS)
_MODEL_OF_A_MACHINE_RE = re.compile(rf"\d{{2,4}}(?:\s+and\s+\d{{2,4}})?\s+(?:{_MACHINE_NOUN_ALT})\b")
_GAPPED_FIRM_BEFORE_RE = re.compile(r"(?:\band|,)\s+(?:[A-Z][\w-]*\s+){1,3}\Z")
_PLACE_NAMES = frozenset((*COUNTRIES, *CITIES, *KZ_REGIONS, *FOREIGN_REGIONS))
_MODEL_JOINED_BEFORE_RE = re.compile(r"\b[A-Z][\w-]*\s+\d{2,4}\s+and\s+\Z")


_MEASURED_KINDS = frozenset({"physical", "money", "percent"})
_WORD_RANGE_AFTER_RE = re.compile(rf"\s+to\s+(?:{_NUMBER_WORD_ALT})\b", re.IGNORECASE)
_INHERIT_BEFORE_RE = re.compile(
    # "followed by Turkistan region with 540": a list that goes on with the unit of its first amount.
    r"(?:\bto|\bfrom|\bbetween|\bor|\bfor|\bwith|\bagainst|\bversus|\banother|\bof which|\bof whom|\bincluding"
    r"|\bnumber(?:s|ed)?|\bworkforce of|\ba\s+further|\btarget\s+of)\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_INHERIT_AFTER_RE = re.compile(r"\s(?:to\b|more\b|of which|of whom|of them|of these|of the total)", re.IGNORECASE)
# A bare number that counts with no unit to share: "accounted for 212,000 of the total", "now number 618".
_NUMBER_VERB_BEFORE_RE = re.compile(r"\bnumber(?:s|ed)?\s*\Z", re.IGNORECASE)
# "the workforce will grow to 600", "bringing its staff to about 900": a bare number a workforce reaches is a count of
# people.
_WORKFORCE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.WORKFORCE_NOUNS)})\b(?:\s+[\w-]+){{0,4}}?\s+(?:to|of)\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_OF_THE_TOTAL_AFTER_RE = re.compile(r"\s+of\s+the\s+total\b", re.IGNORECASE)
# "Of these, 455 have been sold": a part of things counted in the sentence before, which is a count too.
PART_OF_THOSE_BEFORE_RE = re.compile(r"\b[Oo]f\s+(?:these|them|those)\s*,?\s+\Z")


# What may stand right before a number word that opens a sentence ("“Three more component makers ...").
_OPENINGS = frozenset({".", "", "“", '"', "«", "'", "‘", "(", "–", "—"})


# "from China (4,310 people), Türkiye (3,280) and India (1,150)": a figure set in brackets after a name, as the list's
# first one is.
_BRACKETED_AFTER_A_NAME_RE = re.compile(r"[A-Z][\w’'-]*\s+\(\Z")


def _bare_may_inherit(text: str, q: Quantity) -> bool:
    """A bare number may take its unit from a neighbour ('from KZT184 to 898bn', '46 of which'); not one that counts
    time ('for up to 12 years')."""
    if _TIME_UNIT_AFTER_RE.match(text, q.end):
        return False
    return (
        bool(_INHERIT_BEFORE_RE.search(text[max(0, q.start - 20) : q.start]))
        or (_BRACKETED_AFTER_A_NAME_RE.search(text, max(0, q.start - 30), q.start) and text.startswith(")", q.end))
        or bool(_INHERIT_AFTER_RE.match(text, q.end))
        or _follows_its_whole(text, q)
        or bool(_WORKFORCE_BEFORE_RE.search(text, max(0, q.start - 60), q.start))
        or _another_part_of_the_same_whole(text, q)
    )


# "137 were mainline locomotives and 77 were shunting engines", "..., while 23 were serviced for operators abroad":
# parts of one whole, each counted before "were", the first as a part of the whole named before it.
_PART_JOINED_BEFORE_RE = re.compile(r"(?:\band|\bwhile|\bwhereas|,)\s+\Z")
_PART_VERB_AFTER_RE = re.compile(r"\s+(?:were|are)\s+[a-z]")
_EARLIER_PART_RE = re.compile(r"\d\s+(?:were|are)\s+[a-z]")


def _another_part_of_the_same_whole(text: str, q: Quantity) -> bool:
    """Whether a bare number counts one more part of a whole whose parts the text counts just before."""
    return bool(
        _PART_VERB_AFTER_RE.match(text, q.end)
        and _PART_JOINED_BEFORE_RE.search(text, max(0, q.start - 12), q.start)
        and _EARLIER_PART_RE.search(text, max(0, q.start - 200), q.start)
    )


# "Of the 61 residents, 38 are already operating": a part of the whole counted just before.
# "Of the residents, 23 are startups", "Of the 14 companies offering loans, six are banks": a sentence that opens
# with the whole counts its parts.
_OF_THE_WHOLE_BEFORE_RE = re.compile(
    r"(?:\b[Oo]f\s+(?:the|these|those|its|their)\s+[\d,.]+\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,\s+"
    # "Of the 690,000 students enrolled at the country’s universities, roughly 180,000 come from ...".
    r"|(?:^|[.!?–—]\s+)Of\s+(?:the|these|those|its|their)\s+(?:[\d,.]+\s+)?[a-z][\w ’'-]{0,60}?,\s+)"
    + QUALIFIER_GAP
    + r"\Z",
    re.MULTILINE,
)
# How far before a part its whole may open the sentence ("Of the 14 companies offering BNPL, six").
_WHOLE_REACH = 80


def _follows_its_whole(text: str, q: Quantity) -> bool:
    """Whether a bare number counts a part of the whole named just before it ("Of these, 455 ...", "Of the
    residents, 23 ...")."""
    return (
        PART_OF_THOSE_BEFORE_RE.search(text, max(0, q.start - 20), q.start) is not None
        or _OF_THE_WHOLE_BEFORE_RE.search(text, max(0, q.start - _WHOLE_REACH), q.start) is not None
    )


_TIME_UNIT_AFTER_RE = re.compile(rf"[\s-]+(?:{'|'.join(sorted(TIME_UNIT_WORDS))})\b", re.IGNORECASE)


def _share_neighbour_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Give bare numbers the unit of their neighbour; drop those that find none."""
    out = list(quantities)
    # Indexes of first numbers of ranges, merged into the second; kept in the list until the loop ends so that
    # indexes hold (a later number meets the range's second number first).
    merged: set[int] = set()
    for i, q in enumerate(out):
        if q.kind != "bare":
            continue
        neighbour = _neighbour_with_unit(text, out, i)
        if neighbour is None:
            if (
                _NUMBER_VERB_BEFORE_RE.search(text, max(0, q.start - 10), q.start)
                or _OF_THE_TOTAL_AFTER_RE.match(text, q.end)
                or _follows_its_whole(text, q)
            ):
                out[i] = q._replace(kind="count", unit="count")
            elif _WORKFORCE_BEFORE_RE.search(text, max(0, q.start - 60), q.start):
                out[i] = q._replace(kind="count", unit="count", item="people")
            continue
        scale = q.scale
        if (
            not q.has_scale
            and neighbour.has_scale
            and neighbour is out[min(i + 1, len(out) - 1)]
            and q.value * neighbour.scale * neighbour.unit_factor <= neighbour.value
        ):
            # "from 150 to 200 billion": the first takes the scale, unless that would make it the larger ("between
            # 700,000 and 1.2 million tenge").
            scale = neighbour.scale
        factor = scale / q.scale * neighbour.unit_factor  # "from 5 to 100 grams": 0.005 to 0.1 kg
        value = _fold_change(q.value) if neighbour.kind == "fold" else times(q.value, factor)
        out[i] = q._replace(
            kind=neighbour.kind,
            unit=neighbour.unit,
            unit_factor=neighbour.unit_factor,
            value=value,
            item=neighbour.item,
            scale=scale,
            has_scale=q.has_scale or scale != q.scale,
        )
        if _is_range_to(text, q, neighbour):
            out[i + 1] = neighbour._replace(start=q.start, value=value, value_high=neighbour.value)
            merged.add(i)
    if merged:
        out = [q for i, q in enumerate(out) if i not in merged]
    # "from KZT184 to 898bn": the first amount takes the second's scale; the second, the first's currency.
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.kind == "money" and not first.has_scale and second.has_scale:
            between = text[first.tail_end : second.start].strip().lower()
            if _TO_NEXT_AMOUNT_RE.fullmatch(between):
                out[i] = first._replace(value=times(first.value, second.scale), has_scale=True, scale=second.scale)
    out = _merge_spanned_ranges(text, out)
    # "reached 211 thousand": a scaled number with nothing counted is still a count.
    return [
        q._replace(kind="count", unit="count") if q.kind == "bare" and q.has_scale else q
        for q in out
        if q.kind != "bare" or q.has_scale
    ]


# "ranges from 38% to 52%", "(vary) between $1 million and $2 million", "offered at $255 to $270": one range. A bare
# "from X to Y" is left alone: without a range verb it is a change from one amount to the other.
_RANGE_OPENER_BEFORE_RE = re.compile(
    rf"(?:\b(?:{'|'.join(lexicon.RANGE_VERBS)})\s+(?P<spanned>from|between)|\b(?P<opener>between|at))\s+"
    + QUALIFIER_GAP
    + r"\Z",
    re.IGNORECASE,
)
_RANGE_JOINERS = {"from": "to", "between": "and", "at": "to"}


def _merge_spanned_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Merge two amounts of one unit that a range opener spans ("range from $255 to $270") into one range."""
    out: list[Quantity] = []
    for q in quantities:
        low = out[-1] if out else None
        if (
            low is not None
            and low.value_high is None
            and low.kind == q.kind
            and low.unit == q.unit
            and (opener := _RANGE_OPENER_BEFORE_RE.search(text, max(0, low.start - 40), low.start))
            and text[low.tail_end : q.start].strip().lower()
            == _RANGE_JOINERS[(opener["spanned"] or opener["opener"]).lower()]
        ):
            out[-1] = q._replace(start=low.start, value=low.value, value_high=q.value)
            continue
        out.append(q)
    return out


_CHANGE_BETWEEN_RE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, CHANGE_BETWEEN_VERBS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_FROM_RE = re.compile(r"\bfrom\s*$", re.IGNORECASE)


# "from KZT184 to 898bn", "from KZT 784 in 2021 to 965bn": the first amount takes the second's scale.
_TO_NEXT_AMOUNT_RE = re.compile(r"(?:in\s+\d{4}\s+)?to")
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)


def _is_range_to(text: str, q: Quantity, neighbour: Quantity) -> bool:
    """ "from 150 to 200 billion tenge", "capacities of 100 to 120 MW": one range, unless a change verb makes
    the first amount the base of a change ("grew from 100 to 120 tons")."""
    joiner = text[q.end : neighbour.start].strip().lower()
    if neighbour.start < q.end or not (
        joiner == "to" or (joiner == "and" and _BETWEEN_BEFORE_RE.search(text, 0, q.start))
    ):
        return False  # "from 150 to 200", "between 700,000 and 1.2 million tenge"
    # Blank after the mark: a comma or point inside a number ("1,500", "2.5") ends no clause.
    if neighbour.kind == "fold":
        return True  # "grew 3 to 4 times": no change runs from three times to four
    clause_start = max(text.rfind(", ", 0, q.start), text.rfind(". ", 0, q.start), q.start - 60)
    if _FROM_RE.fullmatch(text, clause_start + 1, q.start) or text[clause_start + 1 : q.start].strip() == "from":
        # "plans to expand its plant near Derkul, on the outskirts of Uralsk, from 2 billion to 4 billion": a clause
        # that is only "from" goes on with the verb before the aside.
        clause_start = max(text.rfind(". ", 0, q.start), q.start - 160)
    # "to raise tourists to 50,000 a year and to attract from 150 to 200 million": a verb before "and" changes
    # another amount.
    clause_start = max(clause_start, text.rfind(" and ", max(0, clause_start), q.start))
    return not _CHANGE_BETWEEN_RE.search(text, max(0, clause_start), q.start)


# How far back a bare number looks for the amount whose unit it shares.
_NEIGHBOUR_REACH = 100
_PERCENT_REACH = 15
BY_BEFORE_RE = re.compile(r"\bby\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE)  # "by 12%", "by up to 20%"


_TO_NEXT_RE = re.compile(
    r"\s*(?:to|-|–|and|or)\s*(?:(?:" + longest_first(lexicon.QUALIFIER_CUES) + r")\s+)?", re.IGNORECASE
)


def _neighbour_with_unit(text: str, quantities: list[Quantity], i: int) -> Quantity | None:
    q = quantities[i]
    # A scaled bare number is the high end's amount too: "estimates range from 1.2 to 1.5 million".
    if i + 1 < len(quantities) and (quantities[i + 1].kind != "bare" or quantities[i + 1].has_scale):
        nxt = quantities[i + 1]
        if _TO_NEXT_RE.fullmatch(text, q.end, nxt.start):
            return nxt  # "from 430 to around 700 people", "5 to 7%", "12 or 13 plants"
    for j in range(i - 1, -1, -1):
        prev = quantities[j]
        # A percent lends its unit only to a number right after it ("5% to 7%"), not to "SMEs grew to 51,300".
        reach = _PERCENT_REACH if prev.kind == "percent" else _NEIGHBOUR_REACH
        if prev.kind == "percent" and BY_BEFORE_RE.search(text, max(0, prev.start - 20), prev.start):
            return None  # "rose by 18% to 264,000": the level reached is no percent
        if prev.kind == "fold":
            return None  # "Arrivals from China more than doubled to 384,000": a change in times lends no unit
        if prev.kind != "bare" and q.start - prev.tail_end < reach:
            if prev.kind == "money" and prev.has_scale and not q.has_scale:
                # "52 projects worth $21 billion, of which 28 have been completed": a part of a scaled sum would
                # carry the scale; an unscaled number counts what was counted before the sum.
                counted = _count_before(text, quantities, j, q)
                if counted is not None:
                    return counted
            return prev
    return None


def _count_before(text: str, quantities: list[Quantity], j: int, q: Quantity) -> Quantity | None:
    """The count right before the sum at `j`, within reach of `q`."""
    if j > 0 and quantities[j - 1].kind == "count" and q.start - quantities[j - 1].tail_end < 2 * _NEIGHBOUR_REACH:
        return quantities[j - 1]
    return None
