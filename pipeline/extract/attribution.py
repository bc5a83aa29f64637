"""Reading the words around a quantity: measure, item, qualifier, status, rate and sign.

Every cue list lives in `schemas.lexicon`; this module only decides which cue is nearest.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.extract.folding import GuardedPattern, key_words, lexicon_key
from pipeline.extract.quantities import BY_BEFORE_RE, NETWORK_CODE, NP_STOP, PER_SUFFIX_RE, QUALIFIER_GAP, Quantity
from pipeline.extract.sentences import opens_sentence
from pipeline.extract.tries import longest_first, separated_words, word_start_first
from schemas import lexicon
from schemas.gazetteer import CITIES, COUNTRIES, DEMONYMS, HOME_COUNTRY
from schemas.roles import ALIAS_HEADS, FACILITY_HEADS, GENERIC_MODIFIERS, LIST_HEADS, SPEECH_VERBS

_QUALIFIER_ALT = longest_first(lexicon.QUALIFIER_CUES)


_TITLE_WORD_BEFORE_RE = re.compile(r"[A-Z][a-z][\w-]*[ \t]+\Z")
_NAME_WORD_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]")
_TITLE_WORD_AFTER_RE = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][a-z]")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a capitalised word among capitalised words: a cue inside a proper name ("the
    Trans-Caspian International Transport Route", "Ministry of Trade") says nothing of the figure."""
    if not text[start : start + 1].isupper() or not text[start + 1 : start + 2].islower():
        return False
    if _TITLE_WORD_BEFORE_RE.search(text, max(0, start - 40), start):
        return True
    # A word opening its sentence is capitalised for that ("Imports of Chinese cars reached ..."): only a capital
    # right after it makes a name.
    opens = not text[max(0, start - 3) : start].strip(' \t"«“–—-') or text[max(0, start - 2) : start] in (". ", "\n")
    return bool((_NAME_WORD_AFTER_RE if opens else _TITLE_WORD_AFTER_RE).match(text, end))


class CueSet:
    """A compiled lexicon: finds its phrases (case-insensitive, whole words) in a text window.

    Windows are lower-cased before matching: a case-sensitive pattern over a short lower-cased
    slice is several times faster than an IGNORECASE pattern over the text.
    """

    def __init__(self, cues: dict[str, str] | tuple[str, ...]) -> None:
        self.values = {c.lower(): v for c, v in (cues.items() if isinstance(cues, dict) else ((c, c) for c in cues))}
        self._cues = tuple(self.values)
        # (?<![\w-])(?:cues, longest first)(?![\w-]), written as a trie (same matches, several times faster).
        self.pattern = re.compile(word_start_first(self.values, r"\w-") + r"(?![\w-])")
        # The same matches as group 1 in " " + window, found faster where `separated_words` applies.
        if all(_WORD_END_RE.search(cue) for cue in self.values):
            self._scanner = re.compile(separated_words(self.values))
        else:
            self._scanner = re.compile(rf"(?<![\w-])({longest_first(self.values)})(?![\w-])")

    def spans(self, window: str) -> list[tuple[int, int, str]]:
        """(start, end, cue) of every cue in `window` (lower-cased), as `pattern.finditer(window)` finds them
        (the faster scanner, searched in " " + window, finds the same cues one character further)."""
        return [(m.start(1) - 1, m.end(1) - 1, m.group(1)) for m in self._scanner.finditer(" " + window)]

    def nearest_before(self, text: str, start: int, stop: int) -> tuple[str, int] | None:
        """The cue ending closest to `stop` in text[start:stop], with its distance in characters."""
        window = " " + text[start:stop].lower()
        best = None
        for match in self._scanner.finditer(window):
            if not _inside_a_name(text, start + match.start(1) - 1, start + match.end(1) - 1):
                best = match  # the last match outside a name is the nearest
        if best is None:
            return None
        return self.values[best.group(1)], len(window) - best.end(1)

    def nearest_after(self, text: str, start: int, stop: int) -> tuple[str, int] | None:
        """The cue starting closest to `start` in text[start:stop], with its distance."""
        match = self._scanner.search(" " + text[start:stop].lower())
        if match is None:
            return None
        return self.values[match.group(1)], match.start(1) - 1

    def first_in(self, text: str, start: int, stop: int) -> re.Match | None:
        """The first cue in text[start:stop]; offsets of the match are relative to `start`."""
        window = text[start:stop].lower()
        found = self._scanner.search(" " + window)
        # The faster scanner says where the first cue is; the Match itself comes from `pattern`.
        return None if found is None else self.pattern.search(window, found.start(1) - 1)

    def ends(self, text: str, start: int, stop: int) -> str | None:
        """The cue that text[start:stop] ends with (ignoring spaces), or None."""
        window = " " + text[start:stop].rstrip().lower()
        if not window.endswith(self._cues):
            return None  # most windows end with no cue: one C-level test instead of a scan
        for match in self._scanner.finditer(window):
            if match.end(1) == len(window):
                return self.values[match.group(1)]
        return None


_WORD_END_RE = re.compile(r"[\w-]\Z")


MEASURE_CUES = {
    "money": CueSet(lexicon.MONEY_MEASURE_CUES),
    "percent": CueSet(lexicon.PERCENT_MEASURE_CUES),
    "physical": CueSet(lexicon.PHYSICAL_MEASURE_CUES),
    "count": CueSet(lexicon.COUNT_MEASURE_CUES),
}
QUALIFIERS = CueSet(lexicon.QUALIFIER_CUES)
PLANNED = CueSet(dict.fromkeys(lexicon.PLANNED_CUES, "planned") | dict.fromkeys(lexicon.REPORTED_STATE_CUES, "actual"))
COST_ESTIMATES = CueSet(lexicon.COST_ESTIMATE_CUES)
PERS = CueSet(lexicon.PER_CUES)
DECREASES = CueSet(lexicon.DECREASE_CUES)
DECREASES_AFTER = CueSet(lexicon.DECREASE_CUES + lexicon.DECREASE_AFTER_CUES)
INCREASES = CueSet(lexicon.INCREASE_CUES)
INDICATORS = CueSet(lexicon.INDICATOR_ITEMS)
MONEY_ITEMS = CueSet(lexicon.MONEY_ITEMS)
SHARE_VERBS = CueSet(lexicon.SHARE_VERBS)
INDEX_LEVELS = CueSet(lexicon.INDEX_LEVEL_CUES)
ABSOLUTE_CHANGES = CueSet(lexicon.ABSOLUTE_CHANGE_CUES)
TRANSPORT = CueSet(lexicon.TRANSPORT_CUES)
NOT_MADE = CueSet(lexicon.NOT_MADE_CUES)
JOB_CONTEXT = CueSet(lexicon.JOB_CONTEXT)
TRADE_NOUNS = CueSet(lexicon.TRADE_ITEM_NOUNS)

# How far around a number its cues are looked for (characters); right-hand cues count as farther.
LEFT_WINDOW = 90
RIGHT_WINDOW = 50
RIGHT_PENALTY = 1.5
# Measures for which "annually"/"per year" makes the number a rate.
RATE_MEASURES = frozenset(
    {"production_capacity", "production", "trade", "investment", "output_value", "other", "count"}
)
_CHANGE_IN_RE = re.compile(rf"\s+(?:{'|'.join(lexicon.CHANGE_NOUNS)})\s+in\s+", re.IGNORECASE)
_SOWN_VERBS = "|".join(lexicon.SOWING_VERBS)
_SOWN_AFTER_RE = re.compile(rf"(?:\s+of\s+them)?\s+(?:{_SOWN_VERBS})\s+(?:with|under|to)\s+([a-z][a-z -]*)")
_AREA_PREPOSITION = r"(?:on|over|across|in|from)\s+" + QUALIFIER_GAP
_FIELD_PASSIVE_RE = re.compile(
    r"\s+(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be)"
    rf"\s+(?:{'|'.join(lexicon.FIELD_PASSIVE_VERBS)})\s+{_AREA_PREPOSITION}\Z"
)
_FIELD_ACTIVE_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.FIELD_ACTIVE_VERBS)})\s+((?:[a-z][a-z-]*\s+){{1,4}}?){_AREA_PREPOSITION}\Z"
)
# "3.2 million hectares will go under wheat"
_UNDER_AFTER_RE = re.compile(r"\s+(?:will\s+go|went|go|goes|are|is|were|was|will\s+be)\s+under\s+([a-z][a-z -]*)")
_AREA_UNDER_RE = re.compile(r"\barea\s+under\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\b")
_PLANT_RE = re.compile(
    rf"\b((?:[a-z][a-z-]*\s+){{1,4}})(?:(?:{'|'.join(lexicon.PLANT_PROCESS_WORDS)})\s+)?"
    rf"(?:{'|'.join(lexicon.PLANT_HEADS)})\b"
)
_PURPOSE_RE = re.compile(
    rf"\s+(to\s+(?:{'|'.join(sorted(lexicon.PURPOSE_VERBS))})(?:\s+(?!(?:and|or|in|of|for|by|with|to|at|on|the|a|an)\b)"
    r"[a-z][a-z-]*){1,3})"
)
# "780 companies with Korean capital", "47 joint-stock companies with state participation": whose the companies are.
_OWNERSHIP_RE = re.compile(rf"\s+(with\s+(?:[A-Za-z-]+\s+){{0,2}}(?:{'|'.join(lexicon.OWNERSHIP_NOUNS)}))\b")
_SECTOR_RE = re.compile(rf"\s+(in\s+(?:[a-z][a-z-]*\s+){{0,2}}(?:{'|'.join(lexicon.SECTOR_HEADS)}))\b")
_SUBSET_PRONOUN_ALT = "|".join(lexicon.SUBSET_PRONOUNS)
_SUBSET_AFTER_RE = re.compile(rf"\s+of\s+(?:{_SUBSET_PRONOUN_ALT})\b")
_SUBSET_BEFORE_RE = re.compile(rf"\bof\s+(?:{_SUBSET_PRONOUN_ALT})\s+$")
_PASSIVE_RE = re.compile(r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+([a-z]+)\b(?=\s*[,.;]|\s*$)")
_ACTIVE_RE = re.compile(r"\s+([a-z]+ed)\b([a-z -]*)")
_COUNT_OF_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.COUNT_OF_NOUNS)})\s+of\s+((?:(?:[a-z][a-z-]*|{NETWORK_CODE})\s+){{1,6}})"
)
_DESTINATION_VERB_ALT = "|".join(v.replace(" ", r"\s+") for v in lexicon.DESTINATION_VERBS)
_DESTINATION_VERB_RE = re.compile(rf"\b(?:{_DESTINATION_VERB_ALT})\s+to\b")
_DESTINATION_RE_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+total|it|them|th(?:is|at)(?:\s+(?:amount|sum|volume))?))?"
    rf"\s+(?:(?P<verb>{_DESTINATION_VERB_ALT})\s+)?to\s+(?P<the>the\s+)?"
    r"(?P<phrase>[a-z][a-z-]*,?(?:\s+[a-z][a-z-]*,?){0,6})"
)
_SOURCE_RE = re.compile(rf"\s+(?:{'|'.join(lexicon.SOURCE_VERBS)})\s+")
_IN_PAYMENTS_RE = re.compile(r"\s+in\s+((?:[a-z][a-z-]*\s*){1,6})")
_OF_ITEM_RE = re.compile(r"\s+of\s+((?:[a-zà-öø-ÿ][a-zà-öø-ÿ-]*\s?){1,4})")  # "21.7 tons of gold doré"
_ITEM_BASIS_RE = re.compile(r"\s+(?:" + "|".join(lexicon.ITEM_BASIS_PHRASES) + r")\b")
_ITEM_STOP = frozenset({"and", "or", "in", "the", "a", "with", "per", "for", "from", "to", "which", "that"})


class Reading(NamedTuple):
    """What the words around one quantity say about it (a tuple: `_replace` is cheap)."""

    measure: str
    item: str | None
    qualifier: str
    status: str
    per: str | None
    value: float
    # True when no word around the number said what it is, and the measure is the default for its kind.
    guessed: bool = False


def read_quantity(
    text: str, sentence_start: int, sentence_end: int, q: Quantity, next_start: int, previous: list[Quantity]
) -> Reading:
    """Read measure, item, qualifier, status, per and the signed value of `q` from its sentence.

    `next_start` is where the next quantity of the sentence begins (cues after it belong to it);
    `previous` are the quantities before `q` in the same sentence (a count names the item of a capacity).
    """
    left = max(sentence_start, q.start - LEFT_WINDOW)
    right = min(sentence_end, q.tail_end + RIGHT_WINDOW, next_start)
    # "grew by 8.9% to KZT 1,1 trillion, and investment in fixed capital reached ...": a cue after a new clause
    # is that clause's.
    clause_break = _NEW_CLAUSE_AFTER_RE.search(text, q.tail_end, right)
    measure = _measure(text, q, left, clause_break.start() if clause_break else right, sentence_start)
    guessed = measure is None
    if (
        q.kind == "money"
        and measure == "other"
        and _INTO_A_WORKS_RE.search(text, q.tail_end, _clause_end(text, q.tail_end, min(sentence_end, next_start)))
    ):
        measure = "investment"  # "channel 4.9 billion somoni from the state budget into the Rogun hydropower plant"
    if measure is None and q.kind == "percent" and (_is_a_level(text, q, left) or _goes_to_a_part(text, q, right)):
        measure = "share"
    if measure is None and q.kind == "money":
        measure = "investment" if _FINANCING_WORD_RE.search(text, sentence_start, sentence_end) else "other"
    if measure is None:
        measure = _DEFAULT_MEASURES.get(q.kind, "other")
    # "the airport handled 5.9 million passengers": people are counted, not made.
    if measure == "production" and q.kind == "count" and _counts_people(q):
        measure = "count"
    elif (
        q.kind == "count"
        and measure != "production_capacity"
        and (q.item or "") in lexicon.HANDLED_OUTPUT_UNITS
        and (
            _HANDLED_BEFORE_RE.search(text, left, q.start)
            or (_CONTAINER_HANDLING_RE.search(text, sentence_start, q.start) and not _is_carried(text, q, left))
        )
    ):
        # "the dry port handled 312,000 TEU", "container throughput at the port rose 74% to 21,600 TEU" (not
        # "container transit on the route reached 213,000 TEU").
        measure = "production"
    if (
        measure == "production"
        and q.kind == "count"
        and (q.item or "").split(" ")[-1].lower() in lexicon.COUNTED_WORKS_AND_RUNS
    ):
        measure = "count"  # "drilled 42 new wells", "made 118 voyages": works done and runs made, no goods
    if q.kind == "percent" and text.endswith(("point", "points"), q.start, q.end):
        measure = "other"  # "by 13.5 percentage points": a difference of rates, not a change in percent
    elif q.kind == "percent" and _OF_THE_LEVEL_RE.match(text, q.tail_end):
        measure = "growth_rate"  # "or 96.8% of the level of the same period last year": an index, a change
    elif (
        measure == "growth_rate"
        and q.kind == "percent"
        and _TAKEN_BEFORE_RE.search(text, max(left, q.start - 40), q.start)
        and not _MORE_OR_LESS_AFTER_RE.match(text, q.tail_end)
    ):
        measure = "share"  # "Afghanistan and Uzbekistan took 11% and 9% respectively": the part each buyer took
    points = measure == "other" and q.kind == "percent" and text.endswith(("point", "points"), q.start, q.end)
    # "cut its base rate by 0.5 percentage points": a difference of rates is signed as a change is.
    value = _signed_value(text, q, "growth_rate" if points else measure, left, right)
    changed = _changed_by(text, left, q.start) if points else None
    if measure == "growth_rate" and q.kind == "percent" and _is_index_level(text, q, left):
        value = round(q.value - 100, 9)  # 98.7 - 100 is -1.3, not -1.2999999999999972
    elif measure == "growth_rate" and _is_a_rate_level(text, q, sentence_start):
        measure = "share"  # "Unemployment fell to 4.6% from 4.9%": the part of the workforce without work
    if q.kind == "physical":
        item = _physical_item(text, q, measure, sentence_start, right, previous)
        if measure == "production" and item:
            item = _product(item)
    elif q.kind in ("money", "percent"):
        # A destination may be a long list ("the energy, chemical and mining sectors"): read to the next number.
        part = _destination_part(text, q, sentence_start, min(sentence_end, next_start))
        item = part or _item(text, q, measure, sentence_start, right)
    else:
        item = _item(text, q, measure, sentence_start, right) or _part_of_a_count_before(text, q, previous, right)
    if q.kind == "money" and item is None and measure in ("investment", "other"):
        # "will allocate KZT4.2bn to dairy subsidies", "65 billion tenge for fertilizer subsidies": the subsidies.
        subsidies = _SUBSIDIES_AFTER_RE.match(text, q.tail_end)
        item = subsidies["what"] if subsidies else None
    if q.kind == "money" and measure in ("project_value", "other") and _LOAN_ITEM_RE.match(item or ""):
        measure = "investment"  # "worth KZT4.6bn, of which 1.9 billion tenge is a soft loan from ...": money lent
    if measure == "other" and q.kind == "money" and _is_a_change_of_a_sum(text, left, q):
        moved = _changed_by(text, left, q.start)
        item = "increase in " + (
            (moved and moved.group("what")) or item or _nearest_indicator(text, sentence_start, q.start) or "value"
        )
        fall, rise = DECREASES.nearest_before(text, left, q.start), INCREASES.nearest_before(text, left, q.start)
        if fall and (rise is None or fall[1] < rise[1]):
            # (The nearer word says which: "fell 2.4%, while food sales grew by KZT96bn" is an increase.)
            value, item = -abs(value), item.replace("increase", "decrease", 1)
    item = _trimmed_item(item)
    if measure in ("investment", "growth_rate") and item and not item.lower().startswith("invest"):
        item = _investment_in(text, max(sentence_start, q.start - 150), q.start, item) or item
    elif (measure == "investment" and item is None and q.kind == "money") or (
        measure == "growth_rate" and item in ("investment", "investments")
    ):
        item = _investment_subject(text, max(sentence_start, q.start - 150), q.start, measure == "investment") or item
    if measure == "gross_product" and item and _PER_CAPITA_BEFORE_RE.search(text, max(left, q.start - 60), q.start):
        item += " per capita"  # "GRP per capita amounted to KZT5.1mln": the product per resident
    if q.kind == "physical" and item and _CONSUMED_BEFORE_RE.search(text, left, q.start) and "consum" not in item:
        item += " consumption"  # "consumes about 550,000 tons of sugar a year": sugar consumption
    if changed is not None:
        # "cut its base rate by 0.5 percentage points": FACTS.md's "decrease in base rate".
        item = ("decrease in " if value < 0 else "increase in ") + changed.group("what")
    per_people = _PER_PEOPLE_AFTER_RE.match(text, q.tail_end) if q.kind == "count" and item else None
    if per_people is not None:
        # "9.8 hospital beds per 10,000 residents": a ratio to the people, not a count of beds.
        measure, item = "other", f"{item} {per_people['per']}"
    if measure == "population" and q.kind == "count" and item and item.split()[-1] not in lexicon.POPULATION_NOUNS:
        measure = "count"  # "registered residents rose to 1,146 companies", "home to ..., hosted 1.2 million visitors"
    qualifier = QUALIFIERS.ends(text, max(sentence_start, q.start - 30), q.start) or "exact"
    if qualifier == "lower_bound" and _NEGATED_MORE_THAN_RE.search(text, max(sentence_start, q.start - 40), q.start):
        qualifier = "upper_bound"  # "tariffs will not rise by more than 5%": at most 5%
    per = _per(text, q, measure, left, right)
    if per is None and q.kind == "money" and is_pay(item):
        per = "month"  # "the average salary is 485,000 tenge": wages are reported by the month
    if q.kind == "percent" and _INTEREST_RATE_RE.match(text, q.tail_end):
        # "Loans are issued at 6% per annum": an interest rate, a rate per year (keys: other, per year).
        measure, per, value = "other", "year", q.value
        item = item or "interest rate"
    elif q.kind == "percent" and (
        _LOANS_AT_RE.search(text, left, q.start) or _LOAN_AT_A_RATE_BEFORE_RE.search(text, left, q.start)
    ):
        # "can get loans at 2.5% a year", "a 1,5 billion tenge loan from the Damu fund at 6%": the loans' interest
        # rate ("a year" says per year, as _per reads it).
        measure, value, item = "other", q.value, item or "interest rate"
        per = "year" if _YEARLY_AFTER_RE.match(text, q.tail_end) else None
    elif q.kind == "percent" and (
        _YEARLY_AFTER_RE.match(text, q.tail_end) or _ANNUAL_RATE_BEFORE_RE.search(text, left, q.start)
    ):
        # "demand grows by 3-4% a year", "commercial banks charge 19-24% a year", "an annual coupon of 13.75%": a
        # rate per year (keys: per year); a rate charged or paid is a price of money, not a change.
        per = "year"
        if (
            measure == "growth_rate"
            and _CHARGED_AT_BEFORE_RE.search(text, max(left, q.start - 40), q.start)
            and not _GROWTH_AT_BEFORE_RE.search(text, max(left, q.start - 40), q.start)
        ):
            measure, value = "other", q.value
    supplies = measure == "other" and (
        (q.kind == "physical" and _SUPPLY_BEFORE_RE.search(text, left, q.start) is not None)
        # "raise the throughput of our section of the pipeline from 40 billion to 45 billion cubic metres a year".
        or _CAPACITY_RATE_NOUN_RE.search(text, left, q.start) is not None
    )
    if (
        (measure in ("production", "count") or supplies)
        and per
        and (
            qualifier == "upper_bound"
            or _ABLE_TO_MAKE_RE.search(text, left, q.start)
            or _CAPACITY_RATE_NOUN_RE.search(text, left, q.start)
            or _FACILITY_FOR_BEFORE_RE.search(text, max(left, q.start - 60), q.start)
        )
    ):
        # "will produce up to 240,000 tons a year", "can serve up to 40 vessels a year": the most it can make or
        # handle per period is its capacity (FACTS.md).
        measure = "production_capacity"
    return Reading(
        measure=measure,
        item=item,
        qualifier=qualifier,
        status=_status(text, q, sentence_start, sentence_end, next_start),
        per=per,
        value=value,
        guessed=guessed,
    )


_DEFAULT_MEASURES = {"percent": "growth_rate"}
# The flow of goods a trade figure is ("exported 356,000 tonnes of grain" -> grain exports), by the words that say it.
TRADE_FLOW_WORD_RE = re.compile(rf"\b({'|'.join(lexicon.TRADE_FLOW_BY_STEM)})[a-z]*\b", re.IGNORECASE)


def with_its_flow(text: str, q: Quantity, sentence_start: int, sentence_end: int, item: str) -> str:
    """'grain' -> 'grain exports' when the words before a physical trade figure (or right after it: "18,000 tonnes
    of potatoes were exported") say the goods were exported or imported; `item` unchanged when it names its flow
    already or no word says which (a shipment may be a sale at home)."""
    words = item.lower().split()
    if not lexicon.TRADE_FLOW_NOUNS.isdisjoint(words) or item.lower() in lexicon.GENERIC_COUNT_HEADS or "of" in words:
        return item  # "exports reached 41,200 units", "300 boxes of peaches": no goods to put before the flow
    flows = list(TRADE_FLOW_WORD_RE.finditer(text, max(sentence_start, q.start - 80), q.start))
    flow = flows[-1] if flows else TRADE_FLOW_WORD_RE.search(text, q.tail_end, min(sentence_end, q.tail_end + 40))
    if flow is None and (exported := _EXPORTED_AFTER_RE.match(text, q.tail_end)):
        # "186,000 tons of melons worth $27.5 million have been exported": the verb after the worth.
        flow = TRADE_FLOW_WORD_RE.search(text, exported.end() - 8, exported.end())
    if flow is None:
        return f"{as_noun_adjunct(item)} exports" if _ABROAD_AFTER_RE.match(text, q.tail_end) else item
    flow_noun = lexicon.TRADE_FLOW_BY_STEM[flow.group(1).lower()]
    return f"{as_noun_adjunct(item)} {flow_noun}{_one_destination(text, q, item) if flow_noun == 'exports' else ''}"


def _one_destination(text: str, q: Quantity, goods: str) -> str:
    """ " to China" when the goods counted are said to go to one country ("exported 19,800 tons of beef to China"):
    the exports are the exports there (FACTS.md: item says which); "" for several countries or none."""
    at = text.find(goods, q.end, q.end + 80)
    found = _TO_ONE_COUNTRY_RE.match(text, at + len(goods)) if at >= 0 else None
    return f" to {found['country']}" if found and found["country"] in _COUNTRY_NAMES else ""


_TO_ONE_COUNTRY_RE = re.compile(
    r"\s+to\s+(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?![\w-])(?!\s*,\s*[A-Z]|\s+(?:and|or)\s)"
)


def as_noun_adjunct(goods: str) -> str:
    """The goods as they stand before "exports": 'tomatoes' -> 'tomato', 'seed potatoes' -> 'seed potato',
    'cherries' -> 'cherry'; mass nouns, words in -ss/-us/-is and plurals kept by usage ("building materials")
    unchanged."""
    *before, last = goods.split(" ")
    lower = last.lower()
    if lower in lexicon.PLURALS_KEPT_BEFORE_A_FLOW or len(lower) < 4 or not lower.endswith("s"):
        return goods
    if lower.endswith(("oes", "sses", "xes", "ches", "shes", "buses")):
        last = last[:-2]  # tomatoes, presses, boxes, peaches, dishes, buses
    elif lower.endswith("ies"):
        last = last[:-3] + "y"
    elif not lower.endswith(("ss", "us", "is")):
        last = last[:-1]
    return " ".join([*before, last])


_FINANCING_WORD_RE = re.compile(r"\b(?:" + "|".join(lexicon.FINANCING_WORDS) + r")\b", re.IGNORECASE)


_QUOTE_MARKS = "\"'“”«»‘’ "


def is_pay(item: str | None) -> bool:
    """Whether `item` is a wage or salary ("average monthly nominal wage", "salaries at resident companies")."""
    words = (item or "").lower().split()
    return bool(words) and (words[-1] in lexicon.PAY_NOUNS or words[0] in lexicon.PAY_NOUNS)


def _trimmed_item(item: str | None) -> str | None:
    """The item without a verb of change before it or an adverb or preposition after it."""
    if not item:
        return item
    words = item.strip(_QUOTE_MARKS).split()
    while len(words) > 1 and (words[0] in lexicon.ITEM_LEADING_VERBS or words[0] in ("and", "or")):
        words.pop(0)
    while len(words) > 1 and (words[-1] in lexicon.ITEM_TRAILING_WORDS or words[-1] in ("and", "or")):
        words.pop()
    trimmed = " ".join(words)
    return trimmed if trimmed != " ".join(item.split()) else item


_GOODS_SENT_WORTH_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.GOODS_SENT_FORMS)})\b(?P<what>[^.;:]{{0,80}}?)\b(?:worth|for|valued\s+at)\s+"
    + QUALIFIER_GAP
    + r"\Z",
    re.IGNORECASE,
)
_NOT_GOODS_RE = re.compile(rf"\b(?:{'|'.join(lexicon.NOT_GOODS_SOLD_WORDS)})\b", re.IGNORECASE)


def _is_the_value_of_goods_sent(text: str, q: Quantity, left: int) -> bool:
    """Whether a sum after "worth"/"for" is what goods shipped, sold or supplied were worth."""
    sent = _GOODS_SENT_WORTH_RE.search(text, max(left, q.start - 120), q.start)
    # ("diesel sells for 250 tenge": a price, with no goods between the verb and the sum.)
    return sent is not None and sent["what"].strip() != "" and not _NOT_GOODS_RE.search(sent["what"])


def _measure(text: str, q: Quantity, left: int, right: int, sentence_start: int) -> str | None:
    """The measure the words around `q` give, or None when none do."""
    measure = _measure_by_cues(text, q, left, right, sentence_start)
    if (measure == "investment" and _LENT_OUT_RE.search(text, left, q.start)) or (
        q.kind == "money"
        and measure in (None, "investment")
        and _LENT_BEFORE_RE.search(text, max(left, q.start - 30), q.start)
        and _TO_BORROWERS_AFTER_RE.match(text, q.tail_end)
    ):
        return "other"  # "issued 9,460 microloans worth ...", "a state programme lent 2.8 billion soms to farmers"
    if (
        q.kind == "physical"
        and measure in (None, "production")
        and (_is_carried(text, q, left) or _is_not_made(text, q, left))
    ):
        return "other"
    if q.kind == "physical" and measure in (None, "production") and _is_residue_given_off(text, q, left, right):
        return "other"
    if (
        q.kind == "physical"
        and measure in (None, "production", "production_capacity")
        and _STORE_SIZED_BEFORE_RE.search(text, max(left, q.start - 70), q.start)
    ):
        return "other"  # "two new storehouses for 12 thousand tonnes": what a store holds is no output
    if q.kind == "physical" and measure == "production" and _CONTRACTED_BEFORE_RE.search(text, left, q.start):
        return "other"  # "signed contracts to supply 40,000 tons of vegetables": volumes agreed, not output
    if q.kind == "physical" and measure == "production" and _PER_THING_AFTER_RE.match(text, q.tail_end):
        return "other"  # "yields of 29 tons per hectare", "12 kilograms of nutrients per hectare": a rate per thing
    if q.kind == "money" and measure == "project_value" and _is_the_value_of_goods_sent(text, q, left):
        return "trade"  # "shipped goods worth 212 million soms", "and 600 tons to Mongolia for 1.3 billion tugriks"
    if q.kind == "money" and measure in (None, "investment") and _is_lending_volume(text, q, left):
        return "other"  # "banks issued 612 billion tenge of mortgage loans": what lenders lent, no investment
    if (
        q.kind == "money"
        and measure in (None, "investment", "output_value")
        and _BUILT_FOR_RE.search(text, left, q.start)
    ):
        return "project_value"  # "the hotel, built by Turan Invest for 18.5 billion tenge": what it cost
    if q.kind == "money" and measure == "project_value" and _is_put_into_a_project(text, left, right):
        return "investment"  # "put KZT 41.5 bn into the project", "total investment in the project came to"
    if q.kind == "money" and measure in (None, "investment", "project_value") and _is_unit_price(text, q, left):
        return "other"  # "a square meter cost 612,000 tenge", "13,000 tenge for every ton": a price of one unit
    if q.kind == "money" and measure == "output_value" and _sells_for_a_price(text, q, left):
        return "other"  # "a season pass will be sold for 45,000 tenge": a price, not the value of goods sold
    if q.kind == "money" and measure in (None, "project_value") and _SHORT_TIME_RATE_AFTER_RE.match(text, q.tail_end):
        return "other"  # "a flat cost 187,000 tenge a month": a rent or fee by the month, not what a project costs
    if (
        q.kind == "money"
        and measure in (None, "output_value", "project_value")
        and _EXPORTED_AFTER_RE.match(text, q.tail_end)
    ):
        return "trade"  # "186,000 tons of melons worth $27.5 million have been exported": what the exports were worth
    if q.kind == "money" and measure == "project_value" and _FLOW_WORTH_BEFORE_RE.search(text, left, q.start):
        return "trade"  # "the shipments were worth US$356.9 million": what goods sent abroad were worth
    if q.kind == "percent" and measure in (None, "share") and _is_home_made_part(text, q, left, right):
        return "localization_rate"  # "local raw materials make up 55% of its inputs", "35% of it made in Kazakhstan"
    if (
        q.kind == "money"
        and _FACILITY_AFTER_RE.match(text, q.tail_end)
        and (measure is None or MEASURE_CUES["money"].nearest_before(text, left, q.start) is None)
    ):
        # "launches $38 million meat processing plant", "approved a $620 million expansion that will lift ore
        # production": the sum names what the plant or works are worth, whatever the words after them say.
        return "project_value"
    return measure


# "The shipments were worth", "the value of these shipments reached", "deliveries worth": goods sent across a border.
_FLOW_WORTH_BEFORE_RE = re.compile(
    r"\b(?:shipments|deliveries|exports|imports)\s+(?:(?:were|was|are|is)\s+)?(?:worth|valued\s+at)\s+"
    + QUALIFIER_GAP
    + r"\Z|\bvalue\s+of\s+(?:the|these|those|its|their)\s+(?:shipments|deliveries|exports|imports)\b[^.;]{0,30}\Z",
    re.IGNORECASE,
)
_HOME_MADE_INPUT_RE = re.compile(
    rf"\b(?:{longest_first(lexicon.HOME_MADE_ADJECTIVES)})\s+(?:{longest_first(lexicon.HOME_MADE_INPUTS)})\b",
    re.IGNORECASE,
)
_MADE_AT_HOME_AFTER_RE = re.compile(
    rf"[^.;]{{0,100}}?\b(?:is|are|was|were|will\s+be)\s+(?:now\s+)?(?:{longest_first(lexicon.HOME_MADE_VERBS)})\s+"
    rf"(?:in|from)\s+(?:{longest_first(lexicon.REGION_COUNTRIES)})\b"
    rf"|,?\s+(?:of\s+(?:it|them)\s+)?(?:{longest_first(lexicon.HOME_MADE_VERBS)})\s+(?:in|from)\s+"
    rf"(?:{longest_first(lexicon.REGION_COUNTRIES)})\b"
)


def _is_home_made_part(text: str, q: Quantity, left: int, right: int) -> bool:
    """Whether the percent is the part of a product's inputs made at home: 'local raw materials make up 55% of
    its inputs', 'the share of Kazakh content reached 64%', '70% of the components are made in Kazakhstan'."""
    clause_start = max(left, *(text.rfind(mark, left, q.start) + 1 for mark in ",;:"))
    if _WHOLE_IS_A_MARKET_RE.search(text, max(left, q.start - 80), min(right, q.tail_end + 60)):
        return False  # "Kazakh steel accounts for 30% of the Uzbek market", "60% of the flour consumed in ...": trade
    if _HOME_MADE_INPUT_RE.search(text, clause_start, q.start) or _HOME_MADE_INPUT_RE.search(text, q.tail_end, right):
        return True
    return _MADE_AT_HOME_AFTER_RE.match(text, q.tail_end) is not None


_WHOLE_IS_A_MARKET_RE = re.compile(r"\b(?:market|consumed|consumption|imported|imports|demand)\b", re.IGNORECASE)


_STORE_SIZED_BEFORE_RE = re.compile(
    rf"\b(?:{longest_first(lexicon.STORAGE_NOUNS)})\s+(?:for|holding|(?:that\s+)?can\s+hold|able\s+to\s+hold"
    r"|with\s+a\s+(?:total\s+|combined\s+)?(?:storage\s+)?capacity\s+of)\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)


def _is_put_into_a_project(text: str, left: int, right: int) -> bool:
    """Whether the project the clause text[left:right] names is where money goes ("spent on the project", "put
    into social projects", "a credit line for the project") and no word of worth or cost speaks of its value."""
    return bool(_PROJECT_AS_DESTINATION_RE.search(text, left, right)) and not _VALUE_WORD_RE.search(text, left, right)


_PROJECT_AS_DESTINATION_RE = re.compile(
    r"\b(?:in|into|on|for)\s+(?:(?:the|this|these|its|their|such|whole)\s+)*(?:[\w-]+\s+){0,3}?projects?\b",
    re.IGNORECASE,
)
_VALUE_WORD_RE = re.compile(
    r"\b"
    + longest_first(
        cue
        for cue, measure in lexicon.MONEY_MEASURE_CUES.items()
        if measure == "project_value" and cue not in ("project", "projects")
    )
    + r"\b",
    re.IGNORECASE,
)


# "has signed a contract to supply", "supply agreements with six drilling contractors for", "offtake agreements for".
_CONTRACTED_BEFORE_RE = re.compile(
    r"\b(?:contracts?|agreements?)\b[^.;]{0,40}?\b(?:to\s+supply|to\s+deliver|for)\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)


def _is_residue_given_off(text: str, q: Quantity, left: int, right: int) -> bool:
    """Whether `q` is an amount of waste or emissions generated or given off ("generates 420,000 tons of municipal
    solid waste", "330,000 tons of waste are generated", "having emitted 318,000 tonnes"), which is no output."""
    verb_before = _RESIDUE_VERB_BEFORE_RE.search(text, max(left, q.start - 40), q.start)
    residue_after = _RESIDUE_AFTER_RE.match(text, q.tail_end, right)
    if verb_before is not None:
        return residue_after is not None or verb_before["verb"].lower().startswith("emit")
    return residue_after is not None and _RESIDUE_VERB_AFTER_RE.match(text, residue_after.end(), right) is not None


_RESIDUE_VERB_ALT = "|".join(lexicon.RESIDUE_VERBS)
_RESIDUE_VERB_BEFORE_RE = re.compile(
    rf"\b(?P<verb>{_RESIDUE_VERB_ALT})\s+(?:[a-z]+\s+){{0,2}}?" + QUALIFIER_GAP + r"\Z", re.IGNORECASE
)
_RESIDUE_AFTER_RE = re.compile(rf"\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(lexicon.RESIDUE_NOUNS)})\b", re.IGNORECASE)
# "... of waste are generated", "... of waste is generated in the region".
_RESIDUE_VERB_AFTER_RE = re.compile(rf"\s+(?:is|are|was|were|will\s+be)\s+(?:[a-z]+\s+)?(?:{_RESIDUE_VERB_ALT})\b")


# "per hectare", "of nutrients per hectare", "per cow": per a thing, not per a stretch of time ("per year").
_PER_THING_AFTER_RE = re.compile(
    rf"\s+(?:of\s+(?:[\w-]+\s+){{1,3}}?)?per\s+(?!(?:{'|'.join(sorted(lexicon.TIME_UNIT_WORDS))}|annum|shift|season)\b)\w",
    re.IGNORECASE,
)
_SHORT_TIME_RATE_AFTER_RE = re.compile(r"\s+(?:a|per|each)\s+(?:month|week|day|night)\b", re.IGNORECASE)
_UNIT_NOUN = rf"(?:{'|'.join(lexicon.UNIT_PRICE_NOUNS)})"


def unit_priced(text: str, q: Quantity, item: str | None) -> str | None:
    """'wholesale tariff' + "KZT 412 per cubic meter" -> 'wholesale tariff per cubic meter': a price's item names
    the unit it is paid for; `item` unchanged otherwise."""
    if not item or q.kind != "money" or " per " in f" {item} ":
        return item
    per_unit = _PER_UNIT_AFTER_RE.match(text, q.tail_end)
    return f"{item} {' '.join(per_unit.group(1).split())}" if per_unit else item


_PER_UNIT_AFTER_RE = re.compile(rf"\s+(per\s+(?:{_UNIT_NOUN}|gigacalorie|kilomet(?:er|re)|hectare)s?)\b", re.IGNORECASE)
_UNIT_BEFORE_RE = re.compile(rf"\b(?:a|an|one|per|each|every)\s+{_UNIT_NOUN}\b[^,;]*\Z", re.IGNORECASE)
_UNIT_AFTER_RE = re.compile(rf"\s+(?:(?:for\s+(?:every|each)|per|a)\s+{_UNIT_NOUN}\b|apiece\b)", re.IGNORECASE)


def _is_unit_price(text: str, q: Quantity, left: int) -> bool:
    """Whether a sum is the price of one unit of something, named in its clause before it or right after it, or what
    goods sell for ("diesel sells for 250 tenge", "Tickets will cost 3,000-8,000 tenge")."""
    return bool(
        _UNIT_AFTER_RE.match(text, q.tail_end)
        or _UNIT_BEFORE_RE.search(text, left, q.start)
        or _COST_OF_ONE_RE.search(text, max(left, q.start - 100), q.start)
        or _sells_for_a_price(text, q, left)
    )


def _sells_for_a_price(text: str, q: Quantity, left: int) -> bool:
    """Whether a sum is what goods or a ticket sell for ("diesel sells for 250 tenge", "Tickets will cost")."""
    return bool(
        _SELLS_FOR_RE.search(text, max(left, q.start - 40), q.start)
        or _TICKETS_COST_RE.search(text, max(left, q.start - 60), q.start)
    )


# "diesel sells for 250 tenge", "titanium sponge trades at around $11,000": what goods fetch (not "sold the plant
# for", where the thing sold stands between).
_SELLS_FOR_RE = re.compile(
    r"\b(?:sells?|trades?|retails?)\s+(?:for|at)\s+" + QUALIFIER_GAP + r"(?:from\s+|between\s+)?\Z"
)
# "Tickets will cost 3,000-8,000 tenge", "tickets are sold for": what a ticket or a pass costs.
_TICKETS_COST_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.TICKET_NOUNS)})\b[^,;.]{{0,30}}?\b(?:cost|costs|priced\s+at|sold\s+for|sell\s+for)\s+"
    + QUALIFIER_GAP
    + r"(?:from\s+|between\s+)?\Z",
    re.IGNORECASE,
)


# What one of many things costs ("The average trip cost 1,850 tenge", "Each rescuer costs the state 7.9 million
# tenge"); "one of the plants will cost" and "25,000 cubic meters a day each and cost a combined" are projects'.
_COST_OF_ONE_RE = re.compile(
    r"\b(?:average|each|every|single|one(?!\s+of))\b[^.;,]{0,60}\bcost(?:s|ing)?\b(?:(?!combined|total)[^.;,]){0,40}\Z"
    # "A bed in a yurt with meals costs 38,000-55,000 tenge": what any one of a kind costs now.
    r"|(?:(?<=[.;:!?]\s)|(?<=\n)|(?<=,\sand\s)|(?<=,\swhile\s))(?:A|An)\s+[^.;,]{1,60}?\bcosts\s+"
    r"(?:about\s+|around\s+|from\s+)?(?:[A-Z]{3}\s?|\$)?\Z",
    re.IGNORECASE,
)


# A sum written as a modifier of a facility: "$210m float glass plant", "a $780 million plant of Seorin Chemical".
_NO_MODIFIER_ALT = "|".join((*lexicon.PHRASE_PREPOSITIONS, "the", "a", "an", "and", "or"))
_FACILITY_AFTER_RE = re.compile(
    rf"\s+(?:(?!(?:{_NO_MODIFIER_ALT})\s)[a-z][a-z-]*\s+){{0,3}}(?:"
    + "|".join(sorted(FACILITY_HEADS | lexicon.PROJECT_NOUNS))
    + r")\b"
)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause running from `start` ends (a comma, a semicolon or a full stop), at most `end`."""
    found = _CLAUSE_END_RE.search(text, start, end)
    return found.start() if found else end


# Money that goes into a works or a project is put into it, wherever it comes from ("from the budget into the plant").
_INTO_A_WORKS_RE = re.compile(
    r"\binto\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:"
    + "|".join(sorted(FACILITY_HEADS | lexicon.PROJECT_NOUNS))
    + r")s?\b"
)


# "built by Turan Invest Group for", "which Hua Feng is building for", "will build for about".
_BUILT_FOR_RE = re.compile(
    r"(?<![\w-])(?:built|build|builds|(?:is|are|was|were|been)\s+building|constructed|construct)\b[^.;,]{0,50}?"
    r"\bfor\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)


def _is_carried(text: str, q: Quantity, left: int) -> bool:
    """Whether the nearest word before `q` that says what happened to the goods is one of transport."""
    return _handled_rather_than_made(text, q, left, TRANSPORT)


def _is_not_made(text: str, q: Quantity, left: int) -> bool:
    """Whether the nearest word before `q` that says what happened to the goods says they were bought, received,
    given out, sold, loaded, stored or collected rather than made."""
    return _handled_rather_than_made(text, q, left, NOT_MADE)


def _handled_rather_than_made(text: str, q: Quantity, left: int, cues: CueSet) -> bool:
    """Whether one of `cues` stands before `q`, nearer than any word of making."""
    handled = cues.nearest_before(text, left, q.start)
    if handled is None:
        return False
    made = MEASURE_CUES["physical"].nearest_before(text, left, q.start)
    return made is None or handled[1] < made[1]


_PLURAL_LOANS = "|".join(noun for noun in lexicon.LOAN_NOUNS if noun.endswith("s"))
# "612.4 billion tenge of mortgage loans", "KZT 412.6 bln of SME loans".
_OF_LOANS_AFTER_RE = re.compile(rf"\s+(?:of|in)\s+(?:[\w-]+\s+){{0,3}}?(?:{_PLURAL_LOANS})\b", re.IGNORECASE)
# "6,870 loans for KZT 291.5 billion were issued".
_LOANS_FOR_BEFORE_RE = re.compile(
    rf"\b(?:{_PLURAL_LOANS})\s+(?:for|worth|totall?ing|amounting\s+to)\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE
)
_LOANS_GIVEN_FOR_BEFORE_RE = re.compile(
    rf"\b(?:{_PLURAL_LOANS})\s+(?:have|has|had)?\s*(?:been|were|was)\s+(?:issued|granted|disbursed|extended)\s+"
    r"(?:for|worth|totall?ing|amounting\s+to)\s+(?:a\s+total\s+of\s+)?" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_FINANCED_BEFORE_RE = re.compile(r"\b(?:" + "|".join(lexicon.FINANCING_VERBS) + r")\b", re.IGNORECASE)
_LOANS_GIVEN_RE = re.compile(r"\b(?:" + "|".join(lexicon.LOANS_GIVEN_VERBS) + r")\b", re.IGNORECASE)


def _is_lending_volume(text: str, q: Quantity, left: int) -> bool:
    """Whether a sum is an amount of loans a lender gave out ("banks issued 612 billion tenge of mortgage loans",
    "6,870 loans for KZT 291.5 billion were issued"), not money borrowers received or invest ("farmers received
    KZT47bn of preferential loans", "financed with KZT 5 billion of loans" stay investment)."""
    if _OF_LOANS_AFTER_RE.match(text, q.tail_end):
        given = _LOANS_GIVEN_RE.search(text, left, q.start) is not None
    elif _LOANS_FOR_BEFORE_RE.search(text, left, q.start):
        given = _LOANS_GIVEN_RE.search(text, q.tail_end, min(len(text), q.tail_end + 40)) is not None
    else:
        # "3,412 microloans have been issued for a total of 11.9 billion tenge"; else loans are seldom named: the
        # borrower's verbs are looked for only where they are.
        return _LOANS_GIVEN_FOR_BEFORE_RE.search(text, left, q.start) is not None
    return given and not _FINANCED_BEFORE_RE.search(text, left, q.start)


# What a lender lends out to many ("lent 2.8 billion soms to rural borrowers"), not a bank's part of one project's
# cost ("Of that sum, the Development Bank lent 45 billion tenge").
_TO_BORROWERS_AFTER_RE = re.compile(r"\s+to\s+(?:[\w-]+\s+){0,3}?[a-z]+s\b")
_LENT_BEFORE_RE = re.compile(r"\b(?:lent|loaned|lends)\s+(?:out\s+)?" + QUALIFIER_GAP + r"\Z", re.IGNORECASE)
# "issued 6,850 mortgage loans for", "guaranteed 214 loans worth"; not "entrepreneurs were issued loans".
_LENT_OUT_RE = GuardedPattern(
    re.compile(
        r"\b(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?:" + "|".join(lexicon.LENDING_VERBS) + r")\s+(?:[\w,.-]+\s+){0,3}?"
        r"(?:" + "|".join(lexicon.LOAN_NOUNS) + r")\b(?![^,;]*\b(?:was|were)\s+(?:issued|granted))",
        re.IGNORECASE,
    ),
    key_words(lexicon.LOAN_NOUNS),
)


# "148,600 square metres of PVC windows", "45 million square metres of fabric a year": goods sold by the square
# metre; the head noun after "of" says which ("of housing", "of Class A warehouses", "of office space" are floor).
_OF_GOODS_AFTER_RE = re.compile(
    r"\s+(?:a\s+year\s+|per\s+year\s+|annually\s+)?of\s+(?!(?:an?|the|that|this|its|their|which|it|them)\b)"
    r"(?P<np>[a-z][\w-]*(?:\s+(?!(?:in|at|for|from|to|by|on|a|per|or|with|which|that)\b)[a-z][\w-]*){0,4})",
)


def _square_metres_of_goods(text: str, q: Quantity) -> bool:
    of = _OF_GOODS_AFTER_RE.match(text, q.tail_end) if q.unit == "m2" else None
    return of is not None and lexicon.FLOOR_AND_LAND_NOUNS.isdisjoint(of["np"].split())


# "49% belongs to X", "25% of the shares belong to X", "30% is held by X": a stake held by someone.
_HELD_BY_AFTER_RE = re.compile(
    r"\s+(?:of\s+(?:the|its)\s+(?:shares|capital)\s+)?(?:belongs?|belonged|(?:is|are|was|were)\s+held)\s+(?:to|by)\b"
)


def _measure_by_cues(text: str, q: Quantity, left: int, right: int, sentence_start: int) -> str | None:
    if q.kind == "fold":
        return "growth_rate"
    if q.unit in lexicon.AREA_UNITS and not _square_metres_of_goods(text, q):
        return "area"
    if q.unit in lexicon.FIXED_MEASURE_UNITS:
        return lexicon.DEFAULT_MEASURE_BY_UNIT[q.unit]
    if q.kind == "money" and _is_a_change_of_a_sum(text, left, q):
        return "other"
    if q.kind == "count":
        return _count_measure(text, q, left, right)
    cues = MEASURE_CUES.get(q.kind)
    if cues is None:
        return "other"
    period_after = _PERIOD_OF_AFTER_RE.search(text, q.tail_end, right) if q.kind == "percent" else None
    if period_after is not None:
        right = period_after.start()  # "by 12% by the end of the year": "of the" there names no whole
    if (
        q.kind == "percent"
        and _GRADE_BEFORE_RE.search(text, max(left, q.start - 40), q.start)
        and not _CHANGE_AFTER_A_CONTENT_RE.match(text, q.tail_end)
    ):
        return "share"  # "ore grading 0.48% copper": the part of the ore that is the metal
    if q.kind == "percent" and _OWNERS_STAKE_BEFORE_RE.search(text, max(left, q.start - 160), q.start):
        return "share"  # "a joint venture of Orda Invest (51%) and Xinjiang Tianchi (49%)": each owner's stake
    if q.kind == "percent" and _HELD_BY_AFTER_RE.match(text, q.tail_end):
        return "share"  # "The remaining 49% belongs to Cengiz Holding": a stake
    if q.kind == "percent" and _FULFILLED_BY_RE.search(text, max(left, q.start - 80), q.start):
        return "other"  # "fulfilling its production plan by 104.6%": how far a plan was met, as "104.6% of the plan"
    if q.kind == "percent" and _OF_A_PLAN_RE.match(text, q.tail_end):
        return "other"  # "103,8% of the target", "91.6% of the ten-month plan": how far a plan was fulfilled
    if q.kind == "percent" and q.value <= 100 and _is_part_of_whole(text, q):
        # "30% of which was exported", "9% of Kyrgyzstan's generation", "of which 71% came from": a part.
        return _nearest(cues, text, q, left, right) if _is_localization(cues, text, q, left) else "share"
    level = _SHARE_LEVEL_RE.search(text, max(sentence_start, q.start - 120), q.start) if q.kind == "percent" else None
    if level is not None:
        # "the manufacturing industry's share rose to 47.2%", "the plant's localization level stood at 52%": the
        # level the share or rate reached.
        return lexicon.LEVEL_NOUNS[lexicon_key(level["noun"])]
    moved = level_moved_thing(text, sentence_start, q) if q.kind == "percent" else None
    named_level = _LEVEL_NOUN_RE.search(moved[1]) if moved else None
    if named_level is not None:
        # "lift the localization rate of its tractors from 38% to 50%": the level the verb moves.
        return lexicon.LEVEL_NOUNS[lexicon_key(named_level[0])]
    named = _measure_named_after(cues, text, q, right)
    if named:
        return named
    if q.kind == "physical" and _left_the_country(text, q, left):
        return "trade"
    if q.kind == "money" and _spent_on_running(text, q, left, right):
        return "other"
    if q.kind == "money" and (states_a_unit_price(text, q, left) or _PRICED_PER_UNIT_AFTER_RE.match(text, q.tail_end)):
        return "other"  # "A combine costs farmers about 98 million tenge", "3,000 tenge per hectare": a price
    if (
        q.kind == "money"
        and _EARNING_BEFORE_RE.search(text, max(left, q.start - 20), q.start)
        and TRADE_FLOW_WORD_RE.search(text, sentence_start, q.start)
    ):
        return "trade"  # "Kazakhstan exported 748,000 tons of sunflower oil in 2023, earning $720 million"
    if q.kind == "money" and (
        _AVERAGE_OR_LIMIT_BEFORE_RE.search(text, max(left, q.start - 80), q.start)
        or (
            _LOAN_CAP_BEFORE_RE.search(text, max(left, q.start - 40), q.start)
            and not _LOAN_RECEIVED_BEFORE_RE.search(text, left, q.start)
        )
    ):
        return "other"  # "The average loan amounted to 3.7 million tenge", "the maximum loan is 25 million tenge"
    found = _nearest(cues, text, q, left, right)
    if q.kind == "money" and found == "project_value" and lexicon.GENERIC_VALUE_CUES & _cue_words(text, left, q.start):
        # A comma followed by a blank ends a clause; one inside a number ("41,200 tonnes") does not.
        clause_start = max(left, text.rfind(", ", left, q.start) + 1)
        window = text[clause_start : q.start].lower()
        matches = cues.spans(window)
        heads = [m for m in matches if m[2] not in lexicon.GENERIC_VALUE_CUES]
        if heads and _COPULA_WORTH_RE.match(window, heads[-1][1]):
            # "their output was worth 1.6 trillion tenge": what is worth the sum is the copula's subject.
            return cues.values[heads[-1][2]]
        if (
            heads
            and _GENERIC_VALUE_RIGHT_AFTER_RE.match(window, heads[-1][1])
            # (a verb, "produced" or "turned out", is no noun in a complement)
            and (heads[-1][2].split()[0].endswith("ed") or not _COMPLEMENT_BEFORE_RE.search(window, 0, heads[-1][0]))
        ):
            # "312 loans worth KZT9.4bn", "exports totalling $2 billion", "produced goods worth": the noun the sum is
            # the value of, or the verb that made the goods (not a noun in a complement: "3 projects in poultry
            # production totaling 10.4 billion" are projects).
            return cues.values[heads[-1][2]]
        appositive = _appositive_head(cues, text, left, clause_start, window)
        if appositive is not None:
            return appositive
        governing = [cues.values[m[2]] for m in matches]
        governing = [m for m in governing if m in lexicon.GOVERNING_MONEY_MEASURES]
        if governing:
            return governing[-1]
    if found:
        return found
    if q.kind == "physical":
        return lexicon.DEFAULT_MEASURE_BY_UNIT.get(q.unit or "", "other")
    return None


_SPENT_BEFORE_RE = re.compile(
    r"(?:\b(?P<who>[a-z]+)\s+)?(?:have\s+|has\s+|had\s+|will\s+|to\s+be\s+|is\s+to\s+be\s+)?"
    r"\bspen[dt]s?\s+(?P<gap>(?:[a-z]+\s+){0,4}?)\Z",
    re.IGNORECASE,
)
_SPENT_ON_AFTER_RE = re.compile(r"(?:\s*\([^)]*\))?\s+on\s+(?:the\s+)?(?P<what>[a-z-]+(?:\s+[a-z]+)?)\b")
_AVERAGE_GAP_RE = re.compile(r"\b(?:average|estimated)\b")


def _spent_on_running(text: str, q: Quantity, left: int, right: int) -> bool:
    """Money spent by visitors or households, on average, or on fuel, upkeep or subsidies, is spending, not
    investment ("foreign visitors spent $3.1bn", "spent KZT6.4bn on coal"); "spent 94.7 billion on housing
    construction" is not."""
    if text.find("spen", max(left, q.start - 80), q.start) < 0:
        return False
    spent = _SPENT_BEFORE_RE.search(text, max(left, q.start - 80), q.start)
    if spent is None:
        return False
    if (spent["who"] or "").lower() in lexicon.SPENDER_NOUNS or _AVERAGE_GAP_RE.search(spent["gap"]):
        return True
    on = _SPENT_ON_AFTER_RE.match(text, q.tail_end, right)
    if on is None:
        return False
    # The head of what it was spent on: "on coal for ..." -> coal, "on waste removal" -> removal, "on gas
    # pipelines" -> pipelines (built, so invested).
    words = [w for w in on["what"].lower().split() if w not in NP_STOP]
    return bool(words) and words[-1] in lexicon.RUNNING_COST_NOUNS


def _investment_in(text: str, start: int, stop: int, item: str) -> str | None:
    """ "Investment in housing construction reached ..." -> 'investment in housing construction': the item is what
    the investment went into, named with the investment (FACTS.md's "private investments in the manufacturing
    industry"); None when no such phrase ends on the item."""
    if text.find("nvestment", start, stop) < 0:
        return None
    found = None
    for found in _INVESTMENT_IN_RE.finditer(text, start, stop):  # noqa: B007 - the last is the nearest
        pass
    if found is None:
        return None
    tail = text[found.end() : found.end() + len(item) + 1]
    if tail.lower().rstrip(" ,.;:") != item.lower() and not tail.lower().startswith(item.lower() + " "):
        return None
    phrase = text[found.start() : found.end() + len(item)]
    return phrase[0].lower() + phrase[1:]


# "investment in", "investments in fixed assets in the region's": what opens a phrase naming where money went.
_INVESTMENT_IN = r"\b[Ii]nvestments?\s+in\s+(?:fixed\s+(?:assets|capital)\s+in\s+)?(?:the\s+)?(?:[\w-]+['’]s\s+)?"
_INVESTMENT_IN_RE = re.compile(_INVESTMENT_IN)


# "Investment in housing construction in Almaty over ten months totaled": the investment a clause is about.
_INVESTMENT_SUBJECT_RE = re.compile(
    _INVESTMENT_IN + r"[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}?"
    r"(?=\s+(?:in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[a-z]+)?\s+|(?:over|in)\s+[\w\s-]{3,30}?\s+)?"
    r"(?:reached|amounted|grew|rose|totall?ed|increased|came|stood|exceeded|hit)\b)"
)


def _investment_subject(text: str, start: int, stop: int, own_clause: bool) -> str | None:
    """'investment in housing construction' when that phrase is what the clause before a sum is about (with
    `own_clause`, the sum's own clause: a change may follow the sum it changes, "reached X, up 14%")."""
    found = None
    for found in _INVESTMENT_SUBJECT_RE.finditer(text, start, stop):  # noqa: B007 - the last is the nearest
        pass
    if found is None or re.search(r"[,.;\d]" if own_clause else r"[;]", text[found.end() : stop]):
        return None
    phrase = found.group(0)
    words = phrase.lower().split()[2:]
    if (
        any(w in NP_STOP and w not in ("the", "and", "in") for w in words)
        or words[-1] in ALIAS_HEADS
        or words[-1] in FACILITY_HEADS
    ):
        return None  # "investment in the wind farm has reached": one project's cost, which the measure says
    return phrase[0].lower() + phrase[1:]


_PER_CAPITA_BEFORE_RE = re.compile(r"\bper\s+capita\b[^.;,\d]*\Z", re.IGNORECASE)
_CONSUMED_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(lexicon.CONSUMPTION_VERBS)})\s+" + QUALIFIER_GAP + r"\Z")
_LOANS_AT_RE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, lexicon.LOANS_AT_BEFORE)) + r")\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE
)
_PER_PEOPLE_AFTER_RE = re.compile(
    r"\s+(?P<per>per\s+(?:[\d,]+\s+)?(?:residents|inhabitants|people|population|capita|head|pupils|students))\b"
)
_LOAN_AT_A_RATE_BEFORE_RE = re.compile(
    # ("can borrow up to KZT150mln for up to seven years at 6%": what borrowing costs.)
    r"\b(?:loans?|borrow|borrows|borrowed)\b[^.;,]{0,80}?(?<!stood\s)(?<!stands\s)(?<!operates\s)(?<!operating\s)"
    r"(?<!runs\s)\bat\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
# "6% a year", "per annum", "annually"; not "a year earlier" or "a year ago", which date a comparison.
_YEARLY_AFTER_RE = re.compile(
    r"\s+(?:(?:a|per)\s+year\b(?![\s-]+(?:earlier|ago|before|on[\s-]+year\b|later|after))|per\s+annum\b|annually\b)",
    re.IGNORECASE,
)
# "an annual rate of 6%", "an annual coupon of 13,75%", "the annual renewal rate is just 3.5%".
_ANNUAL_RATE_BEFORE_RE = re.compile(
    r"\bannual\s+(?:(?:interest|coupon|renewal|lending)\s+)?(?:rate|coupon|yield|interest)\s+(?:of|is|was|stood\s+at|at)\s+"
    r"(?:[a-z]+\s+){0,2}?\Z",
    re.IGNORECASE,
)
# "to keep investment growth at no less than 10% a year": the growth is held at a rate, no price of money.
_GROWTH_AT_BEFORE_RE = re.compile(
    r"\b(?:growth|increase|rise|grow|grows|grew|growing|expand|expands|expanded|expanding)\s+at\s+"
    + QUALIFIER_GAP
    + r"\Z",
    re.IGNORECASE,
)
# "lends at 6%", "banks charge 18-19%", "loans that cost companies 18-19%", "borrowers pay 6-7%", "rates of 5-9%".
_CHARGED_AT_BEFORE_RE = re.compile(
    r"\b(?:at|charges?|charged|charging|costs?|pay|pays|paid|rates?\s+of|coupon\s+of|offers?\s+rates?\s+of)"
    r"(?:\s+(?:companies|businesses|borrowers|farmers|them|customers))?\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_INTEREST_RATE_RE = re.compile(
    r"\s*(?:" + "|".join(map(re.escape, lexicon.INTEREST_RATE_AFTER)) + r")\b", re.IGNORECASE
)
# "will not rise by more than 5%", "does not exceed 6%": at most.
_NEGATED_MORE_THAN_RE = re.compile(
    r"\b(?:not|no|never)(?:\s+[\w-]+){0,3}?\s+(?:more\s+than|exceed|exceeds|surpass|surpasses)\s*$", re.IGNORECASE
)
# ("received $2.21 billion in remittances", "paid KZT1.2bn in taxes": the noun after "in" too.)
_OF_AFTER_RE = re.compile(r"\s*(?:worth\s+)?(?:of|in)\s+", re.IGNORECASE)


# "312 loans worth", "produced medicines worth", "produced goods and services worth": the head right before the value
# word, or before what it names.
_GENERIC_VALUE_RIGHT_AFTER_RE = re.compile(
    # "sold 2.5 mln lamps worth": the goods may be counted between the verb and the sum's word.
    r"\s+(?:\d[\d.,]*\s+(?:mln\s+|million\s+|thousand\s+|bln\s+|billion\s+)?)?(?:[a-z][\w-]*\s+){0,3}?(?:"
    + "|".join(sorted(lexicon.GENERIC_VALUE_CUES, key=len, reverse=True))
    + r")\s*$"
)
# A participle that sets a sum beside the noun before its comma ("projects ..., to the tune of" stays with projects).
_APPOSITIVE_VALUE_RE = re.compile(r"\s*(?:estimated|valued)\s+at\s*")


def _appositive_head(cues: CueSet, text: str, left: int, clause_start: int, window: str) -> str | None:
    """ "the gross regional product, estimated at KZT 6.8 trln": the measure of the noun a participle of value
    follows, set off by a comma."""
    if clause_start <= left or not _APPOSITIVE_VALUE_RE.fullmatch(window):
        return None
    before = text[left : clause_start - 1].lower()
    spans = cues.spans(before)
    if spans and spans[-1][1] == len(before) and spans[-1][2] not in lexicon.GENERIC_VALUE_CUES:
        return cues.values[spans[-1][2]]
    return None


_COMPLEMENT_BEFORE_RE = re.compile(r"\b(?:in|of|for|on)\s+(?:[a-z-]+\s+){0,2}$")
# "their output was worth", "investment in the casting shop is estimated at": the head noun, with a phrase of place
# or purpose after it, is what the sum is.
_COPULA_WORTH_RE = re.compile(
    r"(?:\s+(?:in|for|on)\s+[^,;]{1,40}?)?\s+(?:(?:was|is|were|are)\s+(?:worth|valued\s+at|estimated\s+at)"
    # "with investment estimated at about KZT1.4 trln": the same without the verb.
    r"|(?:valued|estimated)\s+at)(?:\s+(?:about|around|some|nearly|almost|over|up\s+to|more\s+than))?\s*$"
)


_PERCENT_OF_RE = re.compile(r"\s+of\s+(?!the\s+(?:same|previous)\b)")
_PLAN_MET_ALT = longest_first(lexicon.PLAN_MET_VERBS)
_PLAN_MET_PARTICIPLE_ALT = "|".join(lexicon.PLAN_MET_PARTICIPLES)
_FULFILLED_BY_RE = re.compile(
    rf"\b(?:{_PLAN_MET_ALT})\s+(?:(?:its|the|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:plan|target)\s+(?:by|at)\s+"
    + QUALIFIER_GAP
    + rf"\Z|\bplan\s+(?:was|were|has\s+been)\s+(?:{_PLAN_MET_PARTICIPLE_ALT})\s+(?:by|at)\s+"
    + QUALIFIER_GAP
    + r"\Z",
    re.IGNORECASE,
)
_OF_A_PLAN_RE = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:target|plan|forecast)\b", re.IGNORECASE)


# "of which 560,000 tonnes", "of them about 40%": a part of the figure named before.
_PART_BEFORE_RE = re.compile(
    r"\bof\s+(?:which|whom|them|it|this|that)\s+(?:only\s+|just\s+)?" + QUALIFIER_GAP + r"\Z", re.IGNORECASE
)
_SHARE_LEVEL_RE = re.compile(
    rf"\b(?P<noun>{'|'.join(lexicon.LEVEL_NOUNS)})\b[^,;.%]{{0,90}}\b(?:(?:{'|'.join(lexicon.LEVEL_CHANGE_VERBS)})\s+"
    r"(?:from\s+[\d.,]+\s*(?:%|percent)\s+)?(?:to|from)|reached|reaches|has\s+reached|stood\s+at|stands?\s+at"
    r"|amounted\s+to|was|is"
    # "the share of renewables is to reach 40% by 2030", "... will exceed 10%": the level it is to reach.
    r"|(?:(?:is|are)\s+(?:expected\s+|set\s+|planned\s+|projected\s+)?to\s+|will\s+|to\s+)(?:reach|exceed|be))\s*$",
    re.IGNORECASE,
)


def _is_part_of_whole(text: str, q: Quantity) -> bool:
    return bool(_PERCENT_OF_RE.match(text, q.tail_end) or _PART_BEFORE_RE.search(text, max(0, q.start - 24), q.start))


def _is_localization(cues: CueSet, text: str, q: Quantity, left: int) -> bool:
    return _nearest(cues, text, q, left, q.start) == "localization_rate"


# "... were exported", "186,000 tons of melons worth $27.5 million have been exported": goods (or their worth) that
# crossed a border.
_EXPORTED_AFTER_RE = re.compile(
    r"(?:\s+of\s+(?:(?!(?:which|whom|them|these|those|it)\b)[\w-]+\s+){0,4}?(?!(?:which|whom|them|these|those|it)\b)"
    r"[\w-]+)?(?:\s+worth\s+[^\s,;]+(?:\s+[^\s,;]+){0,3}?)?"
    r"\s+(?:were|was|have\s+been|has\s+been|had\s+been|will\s+be|are|is)\s+(?:exported|imported)\b"
)
_ABROAD_AFTER_RE = re.compile(r"(?:\s+of\s+(?:[\w-]+,?\s+){1,5}?|\s+)abroad\b")
_SENT_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(lexicon.SENDING_VERBS) + r")\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE
)


# What one thing costs: "A combine costs farmers about", "a ticket costs from", "each unit sells for", "the cost of an
# electric bus is": a price (FACTS.md `other`), not what a project costs.
_UNIT_COST_BEFORE_RE = re.compile(
    r"\b(?:(?:(?<!\bat\s)(?:a|an|one|each|every)|entry|admission|access|tickets?)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:now\s+|still\s+|already\s+)?(?:costs|sells\s+for|retails\s+for|is\s+priced\s+at)"
    r"|(?:the\s+)?(?:average\s+)?cost\s+of\s+(?:a|an|one|each)\s+(?:[\w-]+\s+){0,4}?(?:is|was|stands\s+at|comes\s+to))"
    r"\s+(?:[a-z]+\s+){0,2}?" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)


# "..., earning $720 million": what goods exported brought in.
_EARNING_BEFORE_RE = re.compile(r"\bearn(?:ing|ed|s)?\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE)
# An average or a limit of many sums ("the average car loan stood at", "a maximum grant of", "the median wage was"): in
# every key such a sum is `other`, whatever its noun.
_AVERAGE_OR_LIMIT_BEFORE_RE = re.compile(
    r"\b(?:average|maximum|minimum|typical|median)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:amounted\s+to|stood\s+at|was|is|reached|came\s+to|of|were|are)\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
# "Microloans of up to KZT8mln are offered", "farmers can obtain loans of up to": the most one loan may be (not what a
# borrower "will receive loans of up to $500 million from the ADB").
_LOAN_CAP_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(lexicon.LOAN_NOUNS)})\s+of\s+up\s+to\s+\Z", re.IGNORECASE)
_LOAN_RECEIVED_BEFORE_RE = re.compile(
    rf"\b(?:will|to|has|have|had)\s+(?:{'|'.join(lexicon.LOAN_OBTAINING_VERBS)})\b"
    rf"|\b(?:{'|'.join(lexicon.LOAN_OBTAINED_VERBS)})\b",
    re.IGNORECASE,
)


def states_a_unit_price(text: str, q: Quantity, left: int) -> bool:
    """Whether a sum is what one thing costs ("A combine costs farmers about 98 million tenge", "each unit sells
    for"): a price as things stand, not what a project costs (an average price "per ton" over a period is the period's,
    so a unit after the sum alone does not make one)."""
    return _UNIT_COST_BEFORE_RE.search(text, max(left, q.start - 100), q.start) is not None


# "3,000-3,500 tenge per hectare", "60 soms an hour", "2,490 tenge a month": a price per unit or per spell of time
# shorter than a year (a sum "a year" may be a budget).
_PRICED_PER_UNIT_AFTER_RE = re.compile(
    rf"\s+(?:(?:per|a|an|each)\s+(?:{_UNIT_NOUN}|{'|'.join(lexicon.PRICE_SPELLS_AND_UNITS)})s?\b"
    # "a subsidy of 1,200 tenge per bee colony", "1.5 million tenge each", "40 tenge for each seedling" (a sum "per
    # year" or "per annum" is no price)
    r"|(?:per|for\s+(?:each|every))\s+(?!year\b|annum\b|cent\b)[a-z]|each\b)",
    re.IGNORECASE,
)


def _left_the_country(text: str, q: Quantity, left: int) -> bool:
    """ "28.3 million tons were exported", "plans to ship 12,000 tonnes of beef abroad", "Most of the produce, 9,800
    tons, went to Russia": goods that left."""
    sent_to = _SENT_TO_A_COUNTRY_AFTER_RE.match(text, q.tail_end)
    if sent_to is None and (
        _GAPPED_BEFORE_RE.search(text, max(left, q.start - 6), q.start)  # "went to Uzbekistan and 1.19 bln kWh to"
        or _SENT_BEFORE_RE.search(text, left, q.start)  # "sold 1.4 billion kWh to Uzbekistan"
    ):
        sent_to = _GAPPED_TO_A_COUNTRY_AFTER_RE.match(text, q.tail_end)
    if _BOUGHT_BEFORE_RE.search(text, left, q.start) and _ABROAD_AFTER_RE.match(text, q.tail_end):
        return True  # "the country bought 2.9 billion kWh of electricity abroad"
    sent = _SENT_BEFORE_RE.search(text, left, q.start) is not None
    return bool(
        _EXPORTED_AFTER_RE.match(text, q.tail_end)
        or (_ABROAD_AFTER_RE.match(text, q.tail_end) and sent)
        or (sent_to is not None and sent_to["country"] in _COUNTRY_NAMES and sent_to["country"] != HOME_COUNTRY)
        or (sent and _sent_to_foreign_buyers(text, q))
    )


# "to ship 140,000 radiators to our Russian distributors", "to supply 600 engines to a Mongolian dealer", "to ship
# 25,000 bicycles to five countries".
_TO_BUYERS_AFTER_RE = re.compile(
    r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s+to\s+(?:(?:the|a|an|our|its|their)\s+)?"
    r"(?:(?P<demonym>[A-Z][a-z]+)\s+[a-z]|(?:[a-z]+|\d+)\s+(?:other\s+|foreign\s+)?countries\b)"
)


def _sent_to_foreign_buyers(text: str, q: Quantity) -> bool:
    """Whether goods sent go to buyers a demonym makes foreign, or to a number of countries."""
    found = _TO_BUYERS_AFTER_RE.match(text, q.tail_end)
    if found is None:
        return False
    demonym = found["demonym"]
    return demonym is None or (demonym in DEMONYMS and DEMONYMS[demonym] != HOME_COUNTRY)


# "9,800 tons, went to Russia", "1.62 bln kWh went to Uzbekistan", "of which 40% was shipped to China".
_SENT_TO_A_COUNTRY_AFTER_RE = re.compile(
    r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?,?\s+(?:went|go|goes|(?:were|was)\s+(?:sent|shipped|delivered|supplied|sold))"
    r"\s+to\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)
_BOUGHT_BEFORE_RE = re.compile(r"\b(?:bought|buys|buy|purchased|purchases)\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE)
_GAPPED_BEFORE_RE = re.compile(r"(?:,|\band)\s+\Z")
_GAPPED_TO_A_COUNTRY_AFTER_RE = re.compile(
    r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s+to\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)
_COUNTRY_NAMES = frozenset(COUNTRIES) | frozenset(v for variants in COUNTRIES.values() for v in variants)


def _measure_named_after(cues: CueSet, text: str, q: Quantity, right: int) -> str | None:
    """ "38 billion tenge of investment", "$2 billion worth of exports": the noun after "of" says what it is."""
    of = _OF_AFTER_RE.match(text, q.tail_end, right)
    if of is None:
        return None
    if of.group(0).strip().endswith("in") and _INVESTED_BEFORE_RE.search(text, max(0, q.start - 30), q.start):
        return None  # "invested 1.2 trillion sum in modernisation": where the money went, not what it is
    cue = cues.nearest_after(text, of.end(), min(right, of.end() + 30))
    if cue is None:
        return None
    # "received MNT 2.9 trillion in mining royalties": one word may say which kind.
    return cue[0] if cue[1] == 0 or _ONE_WORD_RE.fullmatch(text, of.end(), of.end() + cue[1]) else None


_ONE_WORD_RE = re.compile(r"[a-z][a-z-]*\s+")


def _cue_words(text: str, start: int, stop: int) -> set[str]:
    window = text[max(start, stop - 25) : stop].lower()
    return {cue for cue in lexicon.GENERIC_VALUE_CUES if cue in window}


_COMPLEMENT_GAP_RE = re.compile(r"\s+(?:to|of)\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?")


def _head_cue_before(cues: CueSet, text: str, start: int, stop: int) -> tuple[str, int] | None:
    """The cue nearest before `stop`, unless it sits in the to/of-complement of the cue before it: then
    that head ("contribution to the country's GDP" is a contribution, not a GDP)."""
    window = text[start:stop].lower()
    matches = [m for m in cues.spans(window) if m[2] not in lexicon.AFTER_ONLY_CUES]
    if not matches:
        return None
    chosen = matches[-1]
    if len(matches) > 1 and _COMPLEMENT_GAP_RE.fullmatch(window, matches[-2][1], chosen[0]):
        chosen = matches[-2]
    return cues.values[chosen[2]], len(window) - chosen[1]


def _nearest(cues: CueSet, text: str, q: Quantity, left: int, right: int) -> str | None:
    before = _head_cue_before(cues, text, left, q.start)
    after = cues.nearest_after(text, q.end, right)
    candidates: list[tuple[float, str]] = []
    if before:
        candidates.append((before[1], before[0]))
    if after:
        candidates.append((after[1] * RIGHT_PENALTY, after[0]))
    return min(candidates)[1] if candidates else None


_EMPLOY_BEFORE_RE = GuardedPattern(
    re.compile(
        r"\b(?:" + "|".join(lexicon.EMPLOY_VERBS) + r")\s+"
        # "employs around 640 geologists", "plans to hire another 250 developers", "will employ up to 1,200".
        r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|over|more\s+than|another|a\s+further|an\s+additional"
        r"|additional|new)\s+){0,2}$",
        re.IGNORECASE,
    ),
    key_words(lexicon.EMPLOY_VERBS),
)


_ON_THE_PAYROLL_AFTER_RE = re.compile(r"\s+on\s+(?:its\s+|the\s+|their\s+|our\s+)?(?:payroll|staff)\b", re.IGNORECASE)


def _count_measure(text: str, q: Quantity, left: int, right: int) -> str:
    head = (q.item or "").split()[-1].lower() if q.item else ""
    if head in lexicon.JOB_NOUNS or (q.item or "").lower() in lexicon.JOB_NOUNS:
        return "jobs"
    if head in lexicon.WORKER_NOUNS and JOB_CONTEXT.nearest_after(text, left, right):
        return "jobs"
    if _EMPLOY_BEFORE_RE.search(text, max(left, q.start - 30), q.start):
        return "jobs"  # "will employ 380 local residents"
    if _ON_THE_PAYROLL_AFTER_RE.match(text, q.tail_end):
        return "jobs"  # "has over 18,000 people on its payroll", "340 people on staff"
    if (
        head in lexicon.POPULATION_NOUNS
        and (
            _PLACE_HOLDS_BEFORE_RE.search(text, max(left, q.start - 45), q.start)
            or _WITH_OPENING_RE.fullmatch(text, left, q.start)
            or (text.endswith("the ", max(left, q.start - 4), q.start) and _of_a_known_place(text, q.tail_end))
        )
        and not _ZONE_BEFORE_RE.search(text, max(left, q.start - 80), q.start)
    ):
        return "population"  # "the region's roughly 830,000 residents", "With 221,000 residents, Ulytau is ..."
    if LIST_HEADS.get(head) in _PLACE_TYPES:
        return "count"  # "projects for producing meat are due in 13 regions": places counted, not output
    if head in lexicon.NEVER_PRODUCED_NOUNS:
        return "count"  # "plans to build three new plants": plants and projects are counted, not made
    if _left_the_country(text, q, left):
        return "trade"  # "sold 29,600 vehicles abroad", "3,000 cars were exported"
    # Only cues before the count: "16 facilities with a capacity of 495 MW" counts facilities.
    before = MEASURE_CUES["count"].nearest_before(text, left, q.start)
    if before is not None and before[0] == "trade" and not _crosses_the_border(text, q, q.start - before[1]):
        return "count"
    return before[0] if before else "count"


def _crosses_the_border(text: str, q: Quantity, cue_end: int) -> bool:
    """Whether counted goods are what an export or import word before them moves ("exported 96 tractors",
    "exports to Kazakhstan reached 24,800 cars"), not things of another clause ("bring honey exports to 2,000
    tons and open five laboratories") or a bare number of a list ("15 are cleared to export beef, nine mutton")."""
    return (
        bool(q.item) and q.start - cue_end <= _BORDER_CUE_REACH and not _OTHER_CLAUSE_RE.search(text, cue_end, q.start)
    )


_BORDER_CUE_REACH = 60
# (Not "and" between two names: "exports to Uzbekistan and Russia amounted to 340 wagons".)
_OTHER_CLAUSE_RE = re.compile(r"\band\b(?!\s+[A-Z])|;|\b(?:has|have|had)\s+[a-z]+ed\b")


_PLACE_TYPES = frozenset({"region", "city", "country"})
# The people a place has: "the city's 185,000 residents", "The city currently has about 172,000 residents", "With
# 221,000 residents, Ulytau is ...".
_PLACE_WORDS = r"(?:region|city|town|country|district|village|oblast|capital)"
_ABOUT = r"(?:(?:about|some|roughly|around|nearly|almost|over|more\s+than)\s+)?"
_PLACE_HOLDS_BEFORE_RE = re.compile(
    rf"(?:\b{_PLACE_WORDS}['’]s\s+|\b{_PLACE_WORDS}\s+(?:currently\s+|now\s+)?has\s+){_ABOUT}\Z", re.IGNORECASE
)


# "the 690,000 residents of West Kazakhstan region": all the people of a place ("2,400 residents of Zhanaozen will be
# trained" are some of them).
def _of_a_known_place(text: str, pos: int) -> bool:
    """ "of West Kazakhstan region", "of Shymkent": a place the gazetteer knows or a place word (not "of the Astana
    Hub technopark")."""
    found = _OF_A_PLACE_AFTER_RE.match(text, pos)
    if found is None:
        return False
    name = found.group(0).strip().removeprefix("of").strip().removeprefix("the ").strip()
    return name in CITIES or name in COUNTRIES or re.search(rf"\b{_PLACE_WORDS}\Z", name) is not None


_OF_A_PLACE_AFTER_RE = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}(?:[A-Z][\w-]*|{_PLACE_WORDS})(?:\s+{_PLACE_WORDS})?\b(?!\s+(?:zone|park))"
)
# "The special economic zone in the Karagandy Region now has 48 residents": companies a zone hosts.
_ZONE_BEFORE_RE = re.compile(r"\b(?:zones?|parks?|SEZ|FEZ|hub)\b", re.IGNORECASE)
_WITH_OPENING_RE = re.compile(rf"[\s\"«“]*With\s+{_ABOUT}")


# How far before a rate its change verb may stand ("cut output of iron ore pellets by 6.5%"), and before a
# rate written "by N%" ("cut electricity consumption per ton of alloy by 12% and dust emissions by 40%").
_CHANGE_REACH = 45
_BY_CHANGE_REACH = 80


_HANDLED_BEFORE_RE = re.compile(r"\bhandl(?:ed|es|e|ing)\s+" + QUALIFIER_GAP + r"\Z")
# "can spin 18,000 tonnes of yarn a year", "is designed to produce 50-60 locomotives per year": what it is able
# to make in a period is its capacity (not what it can store or hold).
_ABLE_TO_MAKE_RE = re.compile(
    rf"\b(?:{longest_first(lexicon.CAPACITY_MODALS)})\s+(?!(?:{'|'.join(lexicon.STORAGE_VERBS)})\b)"
    r"(?:[a-z]+\s+){1,2}?" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_CAPACITY_RATE_NOUN_RE = re.compile(
    rf"\b(?:{longest_first(lexicon.CAPACITY_RATE_NOUNS)})\b[^,;]{{0,60}}?\b(?:to|of|at|from)\s+"
    + QUALIFIER_GAP
    + r"\Z",
    re.IGNORECASE,
)
# "a hatchery for 30 million eggs a year", "a line for 25,000 tons of oil a year": a facility sized by its rate.
_FACILITY_FOR_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(FACILITY_HEADS | lexicon.CAPACITY_FACILITY_NOUNS))})s?\s+for\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_CONTAINER_HANDLING_RE = re.compile(r"\bcontainer\s+(?:handling|throughput|traffic)\b", re.IGNORECASE)


def states_an_ability_before(text: str, q: Quantity) -> bool:
    """Whether the words right before `q` say what a facility can make or handle ("can turn out", "is designed
    to produce", "raise its throughput to")."""
    start = max(0, q.start - 80)
    return bool(_ABLE_TO_MAKE_RE.search(text, start, q.start) or _CAPACITY_RATE_NOUN_RE.search(text, start, q.start))


# "the pipeline delivers up to 110,000 cubic meters a day": the most a network can carry is its capacity.
_SUPPLY_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(lexicon.SUPPLY_VERBS)})\b[^,;.]*\Z", re.IGNORECASE)


def _counts_people(q: Quantity) -> bool:
    """True for a count of passengers, visitors, residents ..."""
    words = (q.item or "").lower().split()
    return bool(words) and words[-1] in lexicon.PEOPLE_NOUNS


def _signed_value(text: str, q: Quantity, measure: str, left: int, right: int) -> float:
    if measure != "growth_rate" or q.signed or q.value < 0:
        return q.value
    if q.kind == "percent" and _LEVEL_BEFORE_RE.search(text, max(left, q.start - 20), q.start):
        return q.value  # "inflation slowed to 9.8% from 11.2%": the levels it moved between, not the change
    after = DECREASES_AFTER.nearest_after(text, q.end, min(right, q.end + 12))
    if after and _CLAUSE_JOIN_RE.search(text, q.end, q.end + after[1]):
        after = None  # "raise capacity 2.5 times and cut flaring": the cut is another change
    if after or _decrease_before(text, q, left):
        if q.kind == "fold":
            # "to fall 4-fold" leaves a quarter: a change of (1/4 - 1) x 100 = -75 percent.
            return round((100 / (q.value + 100) - 1) * 100, 9)
        return -abs(q.value)
    return q.value


def _decrease_before(text: str, q: Quantity, left: int) -> bool:
    """Whether the nearest word of change shortly before `q` is one of decrease."""
    # "cut electricity consumption per ton of alloy by 12% and dust emissions by 40%": "by N%" reaches back
    # to its verb over a longer object.
    reach = _BY_CHANGE_REACH if BY_BEFORE_RE.search(text, max(left, q.start - 22), q.start) else _CHANGE_REACH
    start = max(left, q.start - reach)
    # "by up to 20%": the "up" of a bound is no rise.
    qualifier = _QUALIFIER_BEFORE_RE.search(text, max(left, q.start - 22), q.start)
    stop = qualifier.start() if qualifier and qualifier.group(0).strip() else q.start
    fall = DECREASES.nearest_before(text, start, stop)
    if fall is None:
        return False
    rise = INCREASES.nearest_before(text, start, stop)
    return rise is None or fall[1] < rise[1]


_QUALIFIER_BEFORE_RE = re.compile(QUALIFIER_GAP + r"\Z", re.IGNORECASE)


# "cut its base rate by", "raised the key rate by", "cut imports by": what a change written "by N" is of.
_CHANGED_BY_RE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, lexicon.INCREASE_CUES + lexicon.DECREASE_CUES)) + r")\s+"
    r"(?:(?:its|the|their|his|her)\s+)?(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+by\s+" + QUALIFIER_GAP + r"\Z"
)
_CLAUSE_JOIN_RE = re.compile(r",|\band\b|\bwhile\b")


def _changed_by(text: str, start: int, stop: int) -> re.Match[str] | None:
    """`_CHANGED_BY_RE` searched in text[start:stop]; skipped where no "by" is written (every match holds one)."""
    if text.find("by", start, stop) < 0:
        return None
    return _CHANGED_BY_RE.search(text, start, stop)


def _is_a_change_of_a_sum(text: str, left: int, q: Quantity) -> bool:
    """ "fell by $60 million", "or by $9 billion", "cut imports by about $60 million": a sum a thing changed by."""
    return bool(ABSOLUTE_CHANGES.ends(text, left, q.start) or _changed_by(text, left, q.start))


# "rose to 4.6%", "up from 87.6%": a level a rate moved to or from (not the bound "up to").
_LEVEL_BEFORE_RE = re.compile(r"(?<![\w-])(?:(?<!up\s)to|from)\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE)
# "Unemployment stood at 4.9%", "an unemployment rate of 5%": the level a rate is at.
_RATE_AT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:to|from|at|was|is|were|of|averaged|reached)\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE
)
# "or 96.8% of the level of the same period last year", "126.4% of the previous year's level".
_OF_THE_LEVEL_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:level|figure|volume)\s+(?:of|for|in|a\s+year)\b"
    r"|\s+of\s+(?:the\s+)?(?:(?:previous|last|preceding)\s+year['’]s|\d{4}|last\s+year['’]s)\s+(?:level|figure|volume)\b"
    # "rose to 112.6% of the same period of 2023", "102% of last year": the level against a base period.
    r"|\s+of\s+(?:the\s+)?(?:same|corresponding|like)\s+period\b|\s+of\s+(?:last|the\s+previous)\s+year\b(?!['’])"
)


_TAKEN_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.BUYER_VERBS)})\s+(?:[\d.,]+%\s*(?:,|and)\s*)*" + QUALIFIER_GAP + r"\Z"
)
_MORE_OR_LESS_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(lexicon.CHANGE_WORDS_AFTER_A_PERCENT)})\b")
# "rose to 110% of design capacity", "filled to 120% of capacity", "104.6% of the plan": a level against a norm.
_OF_A_CAPACITY_RE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+)?(?:(?:design|installed|rated|planned|annual)\s+)?(?:capacity|plan|target|norm)\b"
)
_CHANGED_TO_RE = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, lexicon.INCREASE_CUES + lexicon.DECREASE_CUES))
    + r")\s+to\s+"
    + QUALIFIER_GAP
    + r"$"
)
_INDEX_OF_RE = re.compile(r"\bindex\s+(?:of|at|was|is|stood\s+at|reached|amounted\s+to)\s+$")


def _is_index_level(text: str, q: Quantity, left: int) -> bool:
    """'the index stood at 107.9%' is a level: the change is 7.9. 'grew by 130%' is a change."""
    if _OF_THE_LEVEL_RE.match(text, q.tail_end):
        return True  # "or 96.8% of the level of the same period last year"
    # "The index of agricultural production stood at", "the index of metallurgical production in East Kazakhstan
    # region stood at"
    window = text[left : q.start].lower()
    if 50 <= q.value <= 100 and any(w in window for w in lexicon.INDEX_WORDS) and not re.search(r"\bby\s*$", window):
        return True  # "the industrial production index came in at 98.7%": a fall of 1.3
    if not 100 < q.value < 300:
        return False
    if _INDEX_OF_RE.search(window):
        return True  # "with a real growth index of 104.6%": the index names the level, whatever precedes it
    if _CHANGED_TO_RE.search(window) and not _OF_A_CAPACITY_RE.match(text, q.tail_end):
        return True  # "mining grew to 102.4%": the level it grew to, a change of 2.4
    return not (re.search(r"\bby\s*$", window) or INCREASES.nearest_before(text, max(left, q.start - 25), q.start))


# A rate a body moves or holds, and the level it is set at ("lowered its base rate to", "kept the rate unchanged at",
# a title's "keeps policy rate at").
_RATE_MOVED_TO_RE = re.compile(
    r"\b(?:lowered|lowers|raised|raises|cut|cuts|kept|keeps|left|leaves|set|sets|hiked|reduced|increased|lifted|held)"
    r"\s+(?:(?:its|the|their)\s+)?(?P<item>(?:[a-z-]+\s+){0,2}?(?:rate|tax|duty|tariff|levy))\s+(?:unchanged\s+)?(?:to|at)\s+"
    + QUALIFIER_GAP
    + r"\Z"
)


def _item(text: str, q: Quantity, measure: str, sentence_start: int, right: int) -> str | None:
    if measure == "jobs":
        return None
    if q.kind == "money" and (loan := _loan_from(text, q, sentence_start)):
        return loan
    if q.kind == "duration":
        return _duration_item(text, q, sentence_start)
    if measure == "population" and (q.item or "").lower() in lexicon.POPULATION_NOUNS:
        return None
    if q.kind == "count":
        return _counted_item(text, q, sentence_start, right)
    if measure == "share":
        return _share_part(text, q, sentence_start)
    if q.kind == "percent" and (moved := _RATE_MOVED_TO_RE.search(text, max(sentence_start, q.start - 80), q.start)):
        # "The National Bank lowered its base rate to 14.5%", "kept the VAT rate at 12%": the rate set.
        return moved["item"]
    if measure == "growth_rate" and (change := _CHANGE_IN_RE.match(text, q.end)):
        # "a 1.6% decrease in oil production": the indicator after the change noun is the one changing.
        named = _indicator_after(text, change.end(), right)
        if named:
            return named
    if measure == "growth_rate" and (multiplied := _object_multiplied(text, q)):
        return multiplied
    if measure in ("growth_rate", "gross_product"):
        # "produced 27.4 million rolls, up 8.1%, while imports reached $61 million": what the other clause names
        # is no indicator of this one.
        other_clause = _OTHER_CLAUSE_AFTER_RE.search(text, q.end, right)
        right = other_clause.start() if other_clause else right
        return _nearest_indicator(text, sentence_start, q.start) or _indicator_after(text, q.end, right)
    if measure in ("output_value", "trade", "other", "investment"):
        # "own funds and a loan of 32 billion tenge": the nearer funding noun names the sum.
        found = _funding_item(text, q, sentence_start) if q.kind == "money" else None
        found = found or _money_item(text, q, sentence_start, right) or _payment_kind(text, q, right)
        if measure == "investment" and found is None and q.kind == "money":
            found = _invested_in(text, q, sentence_start)
        if found or measure == "investment":
            return found
        found = _nearest_indicator(text, sentence_start, q.start)
        if found is None and measure == "output_value" and _EARNED_BEFORE_RE.search(text, sentence_start, q.start):
            return "revenue"  # "the lodge earned 290 million tenge": what a business took in
        if found is None and measure == "other":
            found = _linked_noun_phrase(text, q, sentence_start)
        return found
    if measure == "project_value" and q.kind == "money":
        return _part_worth(text, q, sentence_start)
    return None


def _linked_noun_phrase(text: str, q: Quantity, sentence_start: int) -> str | None:
    """What an amount is said to be, named by the noun phrase before a verb that links them ("The wholesale price of
    sugar is 68 soms" -> 'wholesale price of sugar', "outstanding mortgage loans amounted to" -> 'outstanding
    mortgage loans'); None when no such phrase opens the clause."""
    verb = link_verb_start(text, sentence_start, q.start)
    if verb is None:
        return None
    found = noun_phrase_before(text, sentence_start, verb)
    if found is None:
        return None
    words = found[1].split()
    if not words or (words[0][:1].isupper() and found[0] != sentence_start) or len(words) > 6:
        return None
    # ("non-cash payments in Kostanay region", "contributions to the fund": where, or whose, is no part of what.)
    phrase = _PLACE_OR_OWNER_TAIL_RE.sub("", " ".join(words))
    return phrase[0].lower() + phrase[1:] if phrase[:1].isupper() and not phrase.split()[0].isupper() else phrase


_PLACE_OR_OWNER_TAIL_RE = re.compile(
    r"\s+(?:(?:in|at|on)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+)*"
    rf"|(?:of|to|from|at|in)\s+(?:the|its|their)\s+(?:{'|'.join(sorted(ALIAS_HEADS))})"
    r"|of\s+[A-Z][\w-]*['’]s\b.*"
    r"|of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:region|district|city|oblast|province))$"
)


_EARNED_BEFORE_RE = re.compile(r"\bearn(?:ed|s)?\s+(?:[a-z]+\s+){0,2}?\Z")
_DETERMINERS = tuple(sorted(lexicon.ATTRIBUTIVE_OPENERS, key=len, reverse=True))
_NOT_A_DETERMINER = rf"(?!(?:{'|'.join(_DETERMINERS)})\b)"
# "a second line worth", "a new line for apple juice concentrate worth about", "the expansion, estimated at": the noun
# phrase a determiner opens right before the word of its cost; its words hold no other determiner, so the nearest one
# opens it.
_PART_WORTH_RE = re.compile(
    rf"\b(?i:{'|'.join(_DETERMINERS)})\s+(?P<part>[a-z][\w-]*(?:\s+{_NOT_A_DETERMINER}[a-z][\w-]*){{0,5}}?)"
    r"(?:\s+worth|\s*,?\s+(?:(?:is|was|are|were|will\s+be)\s+)?(?:estimated|valued)\s+at)\s+" + QUALIFIER_GAP + r"\Z"
)


def _part_worth(text: str, q: Quantity, sentence_start: int) -> str | None:
    """The part, stage or deal a cost belongs to when it is not a facility: "plans to launch a second line worth
    $14 million" -> 'second line', "a modernisation programme worth" -> 'modernisation programme', "The expansion,
    estimated at $40 million" -> 'expansion'. None for a facility ("a cement plant worth": its cost is all the
    measure says) or no such phrase."""
    found = _PART_WORTH_RE.search(text, max(sentence_start, q.start - 80), q.start)
    if found is None:
        return None
    part = found["part"].strip()
    words = part.split(" for ")[0].split()
    if any(word in lexicon.PROJECT_PART_HEADS - lexicon.MODIFYING_PART_HEADS for word in words[:-1]):
        return None  # "At the current stage contracts worth $2 billion": two phrases, not one part
    return part if words[-1] in lexicon.PROJECT_PART_HEADS else None


_MULTIPLYING_VERB_RE = re.compile(r"(?:doubl|tripl|quadrupl)(?:e|es|ed|ing)", re.IGNORECASE)
# "to triple capacity", "double our export volumes by 2025", "triple the country's copper output", "double the
# number of bee colonies": the object a verb of times multiplies, up to where a preposition or a clause begins.
_OBJECT_MULTIPLIED_RE = re.compile(
    r"\s+(?:(?:its|their|our|his|her|the|this|that|these)\s+)?(?:(?:[a-z]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+)?"
    r"(?:number\s+of\s+)?(?P<what>[a-z][\w-]*(?:\s+(?!(?:"
    + "|".join(lexicon.MULTIPLIED_OBJECT_STOPS)
    + r")\b)[a-z][\w-]*){0,4})"
    r"(?=\s*(?:[,.;:»”\"]|$)|\s+(?:" + "|".join(lexicon.MULTIPLIED_OBJECT_STOPS) + r")\b)"
)


def _object_multiplied(text: str, q: Quantity) -> str | None:
    """What a verb of times multiplies, when it has an object: 'plans to triple capacity' -> 'capacity', 'double
    the number of bee colonies' -> 'bee colonies'. None for a verb with no object ('exports doubled to ...') or
    an object that only points back ('double this figure', 'double it')."""
    if not _MULTIPLYING_VERB_RE.fullmatch(text, q.start, q.end):
        return None
    found = _OBJECT_MULTIPLIED_RE.match(text, q.end)
    if found is None:
        return None
    what = found["what"]
    if what.split()[0] in lexicon.MULTIPLIED_OBJECT_STOPS or what.split()[-1] in lexicon.POINTING_BACK_OBJECTS:
        return None
    # Only a verb that takes an object has one: "plans to triple capacity", "the miner doubles its output", not
    # "exports doubled year-on-year" or "output doubled again".
    determined = found.start("what") > q.end + 1
    if not (determined or _TRANSITIVE_BEFORE_RE.search(text, max(0, q.start - 30), q.start) or _names_a_measure(what)):
        return None
    return what


_TRANSITIVE_BEFORE_RE = re.compile(r"\b(?:to|will|would|can|could|should)\s+\Z")


def _names_a_measure(words: str) -> bool:
    """Whether a phrase ends in a noun of an amount ("capacity", "output", "export volumes", "printing speed")."""
    return words.split()[-1] in lexicon.MULTIPLIED_OBJECT_HEADS or bool(INDICATORS.spans(words))


_OTHER_CLAUSE_AFTER_RE = re.compile(r",?\s+(?:while|whereas)\b|;")


def _invested_in(text: str, q: Quantity, sentence_start: int) -> str | None:
    """What a sum is invested in or spent on, when a bare noun phrase names it: "intends to invest $410 million in
    modernisation" -> 'modernisation', "invested 2.7 billion tenge in geophysical surveys" -> 'geophysical
    surveys', "plans to spend 212 billion tenge on roads" -> 'roads'. None for a thing introduced with an article, a
    possessive or "new" ("in a new mill", "in the project", "in new tanning drums": a facility or its equipment,
    whose cost the measure already says), a place or a time."""
    if _INVESTED_BEFORE_RE.search(text, max(sentence_start, q.start - 30), q.start) is None:
        return None
    found = _INVESTED_IN_AFTER_RE.match(text, q.tail_end)
    if found is None:
        return None
    words = found["what"].split()
    opener = words[0]
    if (
        opener in NP_STOP
        or opener in lexicon.NOT_A_PURPOSE_OPENERS
        or opener in lexicon.NUMBER_WORDS
        or opener.endswith("ing")
    ):
        return None
    if words[-1] in FACILITY_HEADS or words[-1] in lexicon.TIME_UNIT_WORDS or words[-1] in lexicon.NOT_A_PURPOSE_HEADS:
        return None
    return found["what"]


_INVESTED_BEFORE_RE = re.compile(
    r"\b(?:invest(?:s|ed|ing)?|spen[dt]s?|spending|allocat(?:es?|ed|ing)|put(?:s|ting)?)\s+(?:a\s+further\s+|another\s+)?"
    + QUALIFIER_GAP
    + r"\Z"
)
# A bare noun phrase of up to four words after "in", ending where a preposition, a clause or the sentence begins.
_INVESTED_IN_AFTER_RE = re.compile(
    r"\s+(?:in(?:to)?|on)\s+(?P<what>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|into|over|by|through|at|to|from|since|for|under|including|which|that|as|with|on"
    r"|this|next|last|each|every|per|annually|until|and\s+(?:will|is|are|was|were|has|have|plans|intends|expects|create|employ)\b)\b)"
)


# A lender's name as written: capitalised words, joined by "of", "for", "and" ("the European Bank for Reconstruction
# and Development"), after an optional possessive country ("Germany's Nordwest Exportbank").
_LENDER = (
    r"(?P<the>[Tt]he\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?P<lender>[A-Z][\w-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w-]*)*)"
)
_LOAN_WORDS = "|".join(lexicon.LOAN_NOUNS[:2])
# "a KZT 60 bln loan from the Development Bank of Kazakhstan", "KZT 7,2 billion came as a loan from ...", "25,4 billion
# tenge was provided as a loan by ...", "a $240 million loan agreement with Germany's Nordwest Exportbank".
_LOAN_BEFORE_LENDER = (
    r"\s+(?:(?:(?:was|were|is|are|will|is\s+to|are\s+to|is\s+being|are\s+being)\s+)?(?:be\s+)?"
    r"(?:(?:provided|granted|extended|raised|came|come|coming)\s+)?(?:as\s+)?(?:an?\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?"
    r"|in\s+(?:[a-z-]+\s+)?)"
    rf"(?P<loan>{_LOAN_WORDS})\s+(?:agreement\s+)?(?:from|by|with)\s+"
)
_LOAN_FROM_AFTER_RE = re.compile(_LOAN_BEFORE_LENDER + _LENDER)
# "was a loan from a second-tier bank", "as a loan from Chinese banks", "from the Damu entrepreneurship development
# fund": a lender described by common words, up to its head.
_LOAN_FROM_DESCRIBED_AFTER_RE = re.compile(
    _LOAN_BEFORE_LENDER + r"(?P<lender>(?:(?:an?|the)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w-]*(?=\s+[a-z]))\s+){0,4}?"
    r"(?:banks?|lenders|institutions|funds?|investors|agencies))\b"
)
# "6.5 billion tenge was lent by the Development Bank of Kazakhstan".
_LENT_BY_AFTER_RE = re.compile(r"\s+(?:was|were)\s+lent\s+by\s+" + _LENDER)
# "The Development Bank of Kazakhstan has provided a loan of 9.5 billion tenge".
_LENDER_AUXILIARIES = "|".join(a.replace(" ", r"\s+") for a in lexicon.LENDER_AUXILIARIES)
_LENDER_BEFORE_RE = re.compile(
    _LENDER + r"\s+"
    rf"(?:(?:{_LENDER_AUXILIARIES})\s+)?"
    rf"(?:{'|'.join(lexicon.LENDER_VERBS)})\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<loan>{_LOAN_WORDS})\s+of\s+" + QUALIFIER_GAP + r"\Z"
)


_SUBSIDIES_AFTER_RE = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:to|for|on)\s+(?P<what>(?!(?:such|these|those|the|this)\b)(?:[a-z][\w-]*\s+){0,3}?subsid(?:ies|y)"
    r"(?:\s+(?:for|to)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?)(?=\s*[,.;]|\s+(?:this|next|last|in|by|from|under|which|while)\b)"
)
_LENDER_REACH = 160
_LOAN_ITEM_RE = re.compile(rf"(?:{_LOAN_WORDS}) from ")


def _loan_from(text: str, q: Quantity, sentence_start: int) -> str | None:
    """'loan from the Development Bank of Kazakhstan' for a sum a named lender lends; None for any other sum."""
    # A lender's name may run past the window other cues are read in ("... the European Bank for Reconstruction and
    # Development").
    reach = min(len(text), q.tail_end + _LENDER_REACH)
    left = max(sentence_start, q.start - 120)
    if text.find("loan", left, reach) < 0 and text.find(" lent ", q.tail_end, reach) < 0:
        return None
    described = _LOAN_FROM_DESCRIBED_AFTER_RE.match(text, q.tail_end, reach)
    if described is not None:
        return f"{described['loan'].lower()} from {described['lender']}"
    after = _LOAN_FROM_AFTER_RE.match(text, q.tail_end, reach) or _LENT_BY_AFTER_RE.match(text, q.tail_end, reach)
    before = None if after else _LENDER_BEFORE_RE.search(text, left, q.start)
    found = after or before
    if found is None or not found["lender"][:1].isupper():
        return None
    loan = found.groupdict().get("loan") or "loan"
    the = "the " if found["the"] else ""
    return f"{loan.lower()} from {the}{found['lender']}"


def _counted_item(text: str, q: Quantity, sentence_start: int, right: int) -> str | None:
    """The counted noun with what defines it: '10 projects to build poultry farms', 'projects in
    dairy production', '46 of which received aid' (a subset), 'the number of SMEs reached 900'."""
    if q.item is None:
        return _count_of_noun(text, sentence_start, q.start)
    if q.item in lexicon.CATTLE_HEADS:
        # "the number of cattle reached 8.1 million head": what the heads are of is named before, in the clause.
        clause_start = max(sentence_start, text.rfind(", ", sentence_start, q.start))
        return _count_of_noun(text, clause_start, q.start) or q.item
    subset = _subset_predicate(text, q, right)
    if subset:
        return f"{q.item} {subset}"
    defining = (
        _PURPOSE_RE.match(text, q.end, right)
        or _SECTOR_RE.match(text, q.end, right)
        or _OWNERSHIP_RE.match(text, q.end, right)
    )
    if defining:
        return f"{q.item} {defining.group(1)}"
    kind = _kind_of_counted(text, q, right)
    return f"{q.item} {kind}" if kind else _with_coordinated_noun(text, q, right)


# "23 cases of illegal logging", "60 million bottles of infusion solutions", "46 varieties of wheat, barley and oats".
_KIND_OF_RE = re.compile(r"\s+of\s+((?:[a-z][\w'’-]*(?:,\s+|\s+))*[a-z][\w'’-]*)")
_KIND_OF_STOP = lexicon.ITEM_END_WORDS | frozenset(lexicon.NUMBER_WORDS)


def _kind_of_counted(text: str, q: Quantity, right: int) -> str | None:
    """The lower-case 'of' phrase that says what kind of the counted noun is meant ('cases' + 'of illegal logging'),
    as written up to a stop word; None for a place or owner ('residents of Kazakhstan'), a size ('turbines of
    4.5 MW each') or a vague spread ('cars of various brands')."""
    if not q.item or " of " in q.item:
        return None  # "units of agricultural machinery": read with the number already
    match = _KIND_OF_RE.match(text, q.end, right)
    if match is None:
        return None
    words: list[str] = []
    for word in match.group(1).split():
        bare = word.rstrip(",")
        if (bare in NP_STOP and bare not in ("and", "or")) or bare in _KIND_OF_STOP:
            break
        words.append(word)
    while words and words[-1].rstrip(",") in ("and", "or"):
        words.pop()
    if not words or words[0] in lexicon.VAGUE_SPREAD_WORDS:
        return None
    return "of " + " ".join(words).rstrip(",")


# "46 hotels and guest houses", "1.2 million bottles and jars": a second noun counted with the first.
_COORDINATED_NOUN_RE = re.compile(
    r"\s+and\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)"
    # not "17 cities and plans to ...": a verb after "and" starts a clause
    r"(?=\s*[,.;:)]|\s+(?:in|for|at|on|a|per|with|from|by|this|last|over|during|worth|totall?ing)\b)"
)


def _with_coordinated_noun(text: str, q: Quantity, right: int) -> str:
    """The counted noun with a plural noun coordinated after it, as written; the noun alone otherwise."""
    item = q.item or ""
    written = text[q.start : q.end]
    at = written.find(item)
    if at >= 0 and " and " in written[at:]:
        return " ".join(written[at:].split())  # "11 schools and kindergartens": the number counts both
    match = _COORDINATED_NOUN_RE.match(text, q.end, right)
    if match is None or _starts_a_clause(text, _WORD_SPAN_RE.match(text, match.start(1))):
        return item
    first = match.group(1).split()[0]
    if first in NP_STOP or first in _CLAUSE_VERBS or first.endswith("ed"):
        return item
    return f"{item} and {match.group(1)}"


def _subset_predicate(text: str, q: Quantity, right: int) -> str | None:
    """'of which 20 were commissioned' -> 'commissioned'; '46 of which received aid' -> 'that received aid'."""
    after = _SUBSET_AFTER_RE.match(text, q.end, right)
    if after is None and not _SUBSET_BEFORE_RE.search(text, max(0, q.start - 20), q.start):
        return None
    start = after.end() if after else q.end
    passive = _PASSIVE_RE.match(text, start, right)
    if passive and passive.group(1) not in NP_STOP:
        return passive.group(1)
    active = _ACTIVE_RE.match(text, start, right)
    if active and active.group(1) not in lexicon.COUNT_VERBS:
        objects = _noun_words(active.group(2))
        return f"that {active.group(1)} {objects}" if objects else f"that {active.group(1)}"
    return None


def _count_of_noun(text: str, sentence_start: int, stop: int) -> str | None:
    """'the count of entrepreneurship entities hit 211 thousand' -> 'entrepreneurship entities'."""
    best = None
    for best in _COUNT_OF_RE.finditer(text, sentence_start, stop):  # noqa: B007 - the last is the nearest
        pass
    if best is None:
        return None
    words: list[str] = []
    split = best.group(1).split()
    for index, word in enumerate(split):
        joins = word in ("and", "or") and words and index + 1 < len(split) and split[index + 1] not in NP_STOP
        if (word in NP_STOP and not joins) or word in lexicon.COUNT_VERBS:
            break  # "the number of operating small and medium-sized businesses": "and" joins adjectives
        words.append(word)
        if word.endswith("s") or word in lexicon.IRREGULAR_PLURALS:
            break
    return " ".join(words) or None


def _destination_part(text: str, q: Quantity, sentence_start: int, right: int) -> str | None:
    """Where a part of a total goes or comes from: '62 billion went to the textile industry' ->
    'private investments in the textile industry' (the whole named before, if any); '30 percent of it
    going to the social sphere' -> 'social sphere'; '51 billion came from the processing industry'."""
    source = _SOURCE_RE.match(text, q.tail_end, right)
    if source:
        return _indicator_after(text, source.end(), right)
    destination = _DESTINATION_RE_AFTER.match(text, q.tail_end, right)
    if destination is None:
        return None
    if destination.group("verb") is None and not _DESTINATION_VERB_RE.search(text, sentence_start, q.start):
        # A bare "to" is a destination only in a list whose first member had the verb ("..., and 9 billion to X").
        return None
    part = _listed_noun_phrase(destination.group("phrase"))
    if part is None or q.kind != "money":
        return part
    whole = _nearest_indicator(text, sentence_start, q.start, MONEY_ITEMS)
    return f"{whole} in {destination.group('the') or ''}{part}" if whole else part


def _goes_to_a_part(text: str, q: Quantity, right: int) -> bool:
    """ "with 41% going to education", "some 58% went to hospital care": a part of a total, said by where it goes."""
    destination = _DESTINATION_RE_AFTER.match(text, q.tail_end, right)
    return destination is not None and destination.group("verb") is not None


# "3,040 post offices, 2,150 of them in rural areas": a part of the things counted just before, and where it is.
_OF_THEM_AFTER_RE = re.compile(
    r"\s+of\s+(?:them|which|these)\b(?:\s+(?P<where>(?:in|at|on)\s+[a-z][\w\s-]{0,40}?))?(?=[,.;)]|$)"
)


def _part_of_a_count_before(text: str, q: Quantity, previous: list[Quantity], right: int) -> str | None:
    """The item of a bare count that is part of the count before it: 'post offices in rural areas'."""
    part = _OF_THEM_AFTER_RE.match(text, q.tail_end, right) if q.kind == "count" and previous else None
    whole = previous[-1] if previous else None
    if part is None or whole is None or whole.kind != "count" or not whole.item:
        return None
    return f"{whole.item} {part['where']}" if part["where"] else whole.item


def _listed_noun_phrase(phrase: str) -> str | None:
    """'energy, chemical and mining sectors and 9 more' -> 'energy, chemical and mining sectors'."""
    words: list[str] = []
    for word in phrase.split():
        bare = word.rstrip(",")
        if (bare in NP_STOP and bare not in ("and", "or")) or bare in lexicon.ITEM_END_WORDS:
            break
        words.append(word)
        if word.endswith(",") and len(words) > 4:
            break
    while words and words[-1].rstrip(",") in ("and", "or"):
        words.pop()
    return " ".join(words).rstrip(",") or None


_PAYMENT_BEFORE_RE = re.compile(
    rf"\b(?P<kind>{'|'.join(sorted(lexicon.PAYMENT_ITEM_HEADS))})\s+(?:totall?ing|of|amounting\s+to)\s+"
    r"(?:a\s+total\s+of\s+)?" + QUALIFIER_GAP + r"\Z"
)


def _payment_kind(text: str, q: Quantity, right: int) -> str | None:
    """'paid 259 billion tenge in taxes and other mandatory payments' -> 'taxes and other mandatory payments';
    'imposed fines totalling 96 million tenge' -> 'fines'."""
    before = _PAYMENT_BEFORE_RE.search(text, max(0, q.start - 60), q.start)
    if before is not None:
        return before["kind"]
    match = _IN_PAYMENTS_RE.match(text, q.tail_end, right)
    if match is None:
        return None
    words: list[str] = []
    for word in match.group(1).split():
        if word in NP_STOP and word not in ("and", "or"):
            break
        words.append(word)
    while words and words[-1] in ("and", "or"):
        words.pop()
    return " ".join(words) if words and words[-1] in lexicon.PAYMENT_ITEM_HEADS else None


_CLAUSE_MARK_RE = re.compile(r"[,;]")


def _money_item(text: str, q: Quantity, sentence_start: int, right: int) -> str | None:
    """What kind of money: 'private investments', 'own revenues', 'preferential financing'."""
    before = _nearest_indicator(text, max(sentence_start, q.start - 100), q.start, MONEY_ITEMS)
    # "revenue rose to KZT168.5bn, and capital expenditure amounted to ...": a comma ends the sum's own words.
    stop = min(right, q.tail_end + 30)
    if mark := _CLAUSE_MARK_RE.search(text, q.tail_end, stop):
        stop = mark.start()
    return before or _indicator_after(text, q.tail_end, stop, MONEY_ITEMS)


_FUNDING_ALT = "|".join(lexicon.FUNDING_NOUNS)
_FUNDING_BEFORE_RE = re.compile(
    rf"(?<![\w-])((?:[a-z][a-z-]*\s+)?(?:{_FUNDING_ALT}))\s+(?:of|totall?ing|worth|amounting\s+to)\s+"
    + QUALIFIER_GAP
    + r"\Z"
)
_FUNDING_AFTER_RE = re.compile(rf"\s+in\s+((?:[a-z][a-z-]*\s+)?(?:{_FUNDING_ALT}))\b")
# "a KZT 2.5 bn preferential loan", "a $600 million syndicated loan", "a 12-year loan": the sum is the loan's, and a
# word between them says which loan unless it gives its term.
_FUNDING_NAMED_BY_RE = re.compile(rf"\s+(?:[\w-]*\d[\w-]*\s+|(?P<kind>[a-z][a-z-]*)\s+)?(?P<noun>{_FUNDING_ALT})\b")


def _funding_item(text: str, q: Quantity, sentence_start: int) -> str | None:
    """'a loan of 6 billion tenge' -> 'loan'; 'microloans totalling 2.1 billion tenge' -> 'microloans';
    'received 3.8 billion tenge in subsidies' -> 'subsidies'."""
    found = _FUNDING_BEFORE_RE.search(text, max(sentence_start, q.start - 50), q.start)
    found = found or _FUNDING_AFTER_RE.match(text, q.tail_end)
    if found is None:
        named = _FUNDING_NAMED_BY_RE.match(text, q.tail_end)
        if named is None or named["kind"] in NP_STOP:
            return None
        return f"{named['kind']} {named['noun']}" if named["kind"] else named["noun"]
    words = found.group(1).split()
    if (
        len(words) > 1
        and words[0] not in lexicon.FUNDING_MODIFIERS
        and (words[0] in NP_STOP or words[0] in lexicon.LENDING_VERBS or words[0].endswith(("ed", "es")))
    ):
        words = words[1:]  # "a loan", "received loans", "issued microloans"; not "subsidized loans"
    lender = _LENDER_AFTER_RE.match(text, max(q.tail_end, found.end()))
    # "a loan of KZT12bn from the Development Bank of Kazakhstan": which loan it is.
    return " ".join(words) + (f" from {lender.group(1)}" if lender else "")


_LENDER_AFTER_RE = re.compile(r"\s+from\s+((?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)")


def _physical_item(
    text: str, q: Quantity, measure: str, sentence_start: int, right: int, previous: list[Quantity]
) -> str | None:
    """What a mass, volume, energy or area is of, from the nearest construction that names it:
    '336.7 tons of gold'; '59 wind farms with 1,409 MW'; 'coal exports rose to 39.8 million tonnes';
    'a cement plant with a capacity of 2 million tons'; '16 ha sown with wheat'."""
    if q.unit in lexicon.LENGTH_UNITS and (dimension := _length_dimension(text, q, right)):
        return dimension
    if q.unit in lexicon.UNIT_DIMENSIONS:
        return lexicon.UNIT_DIMENSIONS[q.unit]
    item = subset_named_after(text, sentence_start, q, right) or _of_item(text, q.end, right)
    if item and measure == "trade":
        return _with_trade_noun(text, q, item, sentence_start)
    if item or measure == "area":
        return item or _sown_crop(text, q, sentence_start, right)
    item = _item_of_counted_neighbour(q, previous)
    if item is None and measure in _FLOW_MEASURES:
        # "coal exports rose to 39.8 million tonnes": the flow named in the number's own clause.
        clause_start = max(sentence_start, text.rfind(", ", sentence_start, q.start) + 1)
        item = _nearest_indicator(text, clause_start, q.start)
    if item is None and measure == "production_capacity" and q.unit in lexicon.PRODUCT_UNITS:
        item = _item_of_same_unit_neighbour(text, q, previous) or _plant_product(text, sentence_start, q.start)
    return item


# "a 227-km railway", "the cable, about 380 km long": the number is the length of the thing it describes.
_LENGTH_ATTRIBUTE_RE = re.compile(r"\d-[a-z]+$")
_COMPASS = "|".join(lexicon.COMPASS_POINTS)
_LONG_AFTER_RE = re.compile(r"\s+(?:long|in\s+length)\b")
# "60 km north-east of Ayagoz", "18 km from Almaty": how far the place is from the one named.
_DISTANCE_FROM_RE = re.compile(
    rf"\s+(?:(?:{_COMPASS})(?:-?(?:{_COMPASS}))?(?:ern)?\s+of|away\s+from|from)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]+\s?){1,3})"
)


def _length_dimension(text: str, q: Quantity, right: int) -> str | None:
    """'length' for a length that describes a thing, 'distance from X' for one that places it; None otherwise."""
    if _LENGTH_ATTRIBUTE_RE.search(text, q.start, q.end) or _LONG_AFTER_RE.match(text, q.end, right):
        return "length"
    away = _DISTANCE_FROM_RE.match(text, q.end, right)
    return f"distance from {away.group(1).strip()}" if away else None


_PRODUCT_OF_RE = re.compile(r"^(?:output|production)\s+of\s+|\s+(?:output|production)$")


def _product(item: str) -> str:
    """What a production figure is of: 'gas production' -> 'gas', 'output of ferrochrome' -> 'ferrochrome'."""
    words = item.split()
    while len(words) > 1 and words[0] in lexicon.ITEM_LEADING_VERBS:
        words.pop(0)  # "raise output": the verb is no product
    item = " ".join(words)
    product = _PRODUCT_OF_RE.sub("", item)
    return product or item


# Physical measures that are flows of goods (a capacity is of a plant, not of an indicator).
_FLOW_MEASURES = frozenset({"production", "trade", "other"})


def _of_item(text: str, end: int, right: int) -> str | None:
    """'336.7 tons of gold' -> 'gold'; stops before a pronoun, a time word or a coordinated verb."""
    match = _OF_ITEM_RE.match(text, end, right)
    if not match:
        return None
    words: list[str] = []
    candidates = list(_WORD_SPAN_RE.finditer(text, match.start(1), match.end(1)))
    for index, candidate in enumerate(candidates):
        word = candidate.group(0)
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        joins = word in ("and", "or") and words and not _starts_a_clause(text, following)
        adverb = word.endswith("ly") and not (following and following.group(0).endswith("ed"))  # "newly irrigated"
        if not joins and (word in _ITEM_STOP or word in NP_STOP or word in lexicon.PER_CUES or adverb):
            break
        if word in lexicon.ITEM_END_WORDS:
            break
        words.append(word)
    while words and words[-1] in ("and", "or"):
        words.pop()
    basis = _ITEM_BASIS_RE.match(text, candidates[len(words) - 1].end()) if words else None
    if basis:
        words.append(" ".join(basis.group(0).split()))  # "copper in concentrate", "meat in live weight"
    return " ".join(words) or None


def _starts_a_clause(text: str, word: re.Match | None) -> bool:
    """'... of coal and produce 5 million tons': a verb after 'and' (a known one, or one followed by a
    number) starts a new clause, not a second item."""
    if word is None:
        return False
    return word.group(0) in _CLAUSE_VERBS or _NUMBER_NEXT_RE.match(text, word.end()) is not None


# (A sum counts: "of steel and spent $44.7 million", "and paid KZT 41bn".)
_NUMBER_NEXT_RE = re.compile(
    r"\s+(?:(?:US)?\$\s?\d|(?:KZT|USD|EUR|RUB|CNY)\s?\d|\d|(?:" + "|".join(lexicon.NUMBER_WORDS) + r")\b)"
)
_CLAUSE_VERBS = frozenset(lexicon.COUNT_VERBS | {w for w in lexicon.PHYSICAL_MEASURE_CUES if " " not in w})


def _with_trade_noun(text: str, q: Quantity, goods: str, sentence_start: int) -> str:
    """'exports of 12 million tons of grain' -> 'grain exports': the item says which trade flow."""
    cue = TRADE_NOUNS.nearest_before(text, max(sentence_start, q.start - 40), q.start)
    if cue is None and _GOODS_ABROAD_RE.match(text, q.end) and goods in text[q.end : q.end + 80]:
        return f"{as_noun_adjunct(goods)} exports"  # "shipped 71,000 tons of sunflower oil abroad"
    if cue is None:
        return goods
    return f"{as_noun_adjunct(goods)} {cue[0]}{_one_destination(text, q, goods) if cue[0] == 'exports' else ''}"


_GOODS_ABROAD_RE = re.compile(r"\s+of\s+[^,;.]{1,60}?\s+abroad\b")


def _sown_crop(text: str, q: Quantity, sentence_start: int, right: int) -> str | None:
    """'wheat was sown on 12,000 ha' / '12,000 ha sown with wheat' -> 'wheat'; 'Oilseeds were harvested from',
    'grows tomatoes and cucumbers on 58 hectares', 'the area under greenhouses has grown to 412 hectares'."""
    after = _SOWN_AFTER_RE.match(text, q.end, right) or _UNDER_AFTER_RE.match(text, q.end, right)
    if after:
        return _noun_words(after.group(1))
    window_start = max(sentence_start, q.start - 120)
    passive = _FIELD_PASSIVE_RE.search(text, window_start, q.start)
    crop = noun_phrase_before(text, sentence_start, passive.start()) if passive else None
    if crop is not None:
        return _noun_words(crop[1])
    active = _FIELD_ACTIVE_RE.search(text, window_start, q.start)
    if active and (crops := _coordinated_noun_words(active.group(1))):
        return crops
    # "The area under greenhouses has grown to 412 hectares", in the number's own clause.
    clause_start = max(window_start, text.rfind(", ", window_start, q.start) + 1)
    under = _AREA_UNDER_RE.search(text, clause_start, q.start)
    return _coordinated_noun_words(under.group(1)) if under else None


def _coordinated_noun_words(phrase: str) -> str | None:
    """Like `_noun_words`, but nouns joined by "and"/"or" stay together ('tomatoes and cucumbers')."""
    words = phrase.lower().split()
    joined = [w for w in words if w not in ("and", "or")]
    if words and words[-1] not in ("and", "or") and _noun_words(" ".join(joined)) == " ".join(joined):
        return " ".join(words)
    return _noun_words(phrase)


def _noun_words(phrase: str) -> str | None:
    """The leading words of `phrase` up to the first stop word, lower-cased."""
    words: list[str] = []
    for word in phrase.lower().split():
        if word in NP_STOP or word in _ITEM_STOP or word in lexicon.ITEM_END_WORDS or word.endswith("ly"):
            break
        words.append(word)
    return " ".join(words) or None


def _plant_product(text: str, sentence_start: int, stop: int) -> str | None:
    """'a gas processing plant whose capacity is ...' -> 'gas': a plant's capacity is of what it makes."""
    best = None
    for best in _PLANT_RE.finditer(text, sentence_start, stop):  # noqa: B007 - the last plant is the nearest
        pass
    if best is None:
        return None
    written = best.group(1).split()
    while written and (written[-1] in ("and", "or") or written[-1] in lexicon.PLANT_PROCESS_WORDS):
        written.pop()  # "a honey processing and packaging plant": the product before the coordinated processes
    words: list[str] = []
    for word in reversed(written):
        if word in NP_STOP or word in lexicon.PLANT_ADJECTIVES or word.endswith(lexicon.ADJECTIVE_ENDINGS):
            break
        words.insert(0, word)
    return " ".join(words) or None


def _item_of_counted_neighbour(q: Quantity, previous: list[Quantity]) -> str | None:
    """'59 wind farms with a capacity of 1,409 MW': the capacity is of the wind farms."""
    for other in reversed(previous):
        if other.kind == "count" and q.start - other.tail_end < 60:
            return other.item
    return None


def _item_of_same_unit_neighbour(text: str, q: Quantity, previous: list[Quantity]) -> str | None:
    """'produced 41 tonnes of zinc, exceeding its capacity of 38 tonnes': the capacity is of zinc too."""
    for other in reversed(previous):
        if other.kind == "physical" and other.unit == q.unit:
            return _of_item(text, other.end, q.start)
    return None


def _nearest_indicator(text: str, start: int, stop: int, cues: CueSet = INDICATORS) -> str | None:
    """The indicator named last in text[start:stop], with the words that narrow it.

    An indicator where money goes ("into the economy") is skipped, and one inside an earlier
    indicator's of-phrase ("services" in "exports of goods and services") gives way to that one.
    """
    found = cues.spans(text[start:stop].lower())
    matches = [(start + cue_start, start + cue_end, cues.values[cue]) for cue_start, cue_end, cue in found]
    matches = [
        m
        for m in matches
        if not _is_destination(text, m[0])
        and not _names_a_body(text, m[0], m[1])
        and not _inside_a_name(text, m[0], m[1])
    ]
    if not matches:
        return None
    named, _ = _indicator_span(text, *matches[-1])
    for earlier in matches[:-1]:
        phrase, end = _indicator_span(text, *earlier)
        # "output of metal products": the of-phrase is itself the indicator, which names it best.
        if end >= matches[-1][1] and not phrase.endswith(" of " + named):
            return phrase
    return named


# "the regional agriculture department", "the Ministry of Agriculture": a body named after what it oversees.
_BODY_AFTER_RE = re.compile(
    r"\s+(?:department|ministry|committee|office|administration|directorate|inspectorate|chamber|association)\b",
    re.IGNORECASE,
)
_BODY_BEFORE_RE = re.compile(
    r"\b(?:ministry|minister|department|committee)\s+(?:of\s+|for\s+)(?:the\s+)?\Z", re.IGNORECASE
)


def _names_a_body(text: str, start: int, end: int) -> bool:
    """Whether the indicator at text[start:end] is part of a body's name ("the regional agriculture department")."""
    return bool(_BODY_AFTER_RE.match(text, end) or _BODY_BEFORE_RE.search(text, max(0, start - 20), start))


def _indicator_after(text: str, start: int, stop: int, cues: CueSet = INDICATORS) -> str | None:
    """The indicator named first in text[start:stop], with the words that narrow it."""
    match = cues.pattern.search(text[start:stop].lower())
    if match is None:
        return None
    return _indicator_phrase(text, start + match.start(), start + match.end(), cues.values[match.group(0)])


_DESTINATION_RE = re.compile(lexicon.DESTINATION_BEFORE_PATTERN, re.IGNORECASE)


def _is_destination(text: str, start: int) -> bool:
    """'attracted into the country's economy': the economy receives the money, it is not measured."""
    return _DESTINATION_RE.search(text, max(0, start - 30), start) is not None


_MODIFIER_RE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]*|[A-Z]{2,4}s?)[ \t]+$")
# "the ministry expects oil production", "Atyrau polypropylene plant exports": a verb of plan, change or speech, or
# the head noun of the subject, ends the words that narrow an indicator.
_NOT_NARROWING_WORDS = frozenset(
    {cue for cue in lexicon.PLANNED_CUES + lexicon.INCREASE_CUES + lexicon.DECREASE_CUES if " " not in cue}
    | FACILITY_HEADS
    # "the ministry says exports grew": a verb of speech ends the subject, and the indicator begins after it.
    | SPEECH_VERBS
    | {"reports", "notes", "expects", "estimates", "predicts", "forecasts"}
)
# ("exports of the region's ferrous metals", "exports of PVC and caustic soda": whose goods they are is the subject's
# business; an abbreviation names goods as well as a word does.)
_OF_GOODS_RE = re.compile(
    r"\s+of\s+(?P<owner>(?:the\s+)?[\w-]+['’]s\s+(?!products\b))?"
    r"(?P<goods>(?:[a-z][a-z-]*|[A-Z]{2,5}(?![\w$-]|\s*[\d$€]|\s+[A-Z]))(?:\s+[a-z][a-z-]*){0,4})"
)
_OF_TAKING_INDICATORS = frozenset(
    {"exports", "imports", "output", "production", "shipments", "sales", "revenue", "revenues"}
)
# "exports to China", "trade turnover with the European Union", "imports from the Republic of Korea": the partner
# named after a trade indicator narrows it.
_TRADE_PARTNER_RE = re.compile(
    r"\s+((to|from|with)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*(?:\s+countries)?)"
)
_COORDINATE_RE = re.compile(r"\s+(and|or)\s+([a-z]+)\b")
_HEAD_WORD_RE = re.compile(r"\s+([a-z]+)\b")
# Words that end a list of goods: verbs of the clause, change words, rates and time words.
_GOODS_STOP = (
    lexicon.COUNT_VERBS
    | frozenset(lexicon.INCREASE_CUES + lexicon.DECREASE_CUES)
    | frozenset(lexicon.PER_CUES)
    | lexicon.ITEM_END_WORDS
)


def _indicator_phrase(text: str, start: int, end: int, canonical: str) -> str:
    """The indicator with the words that narrow it: 'non-oil exports', 'local budget revenues',
    'exports of goods and services'. Abbreviations keep their expansion ('GRP')."""
    return _indicator_span(text, start, end, canonical)[0]


def _indicator_span(text: str, start: int, end: int, canonical: str) -> tuple[str, int]:
    """`_indicator_phrase` and where the phrase ends in the text."""
    if text[start:end].lower() != canonical:
        return canonical, end
    phrase = " ".join([*_narrowing_words(text, start), canonical])
    head = _HEAD_WORD_RE.match(text, end)
    if head and head.group(1) in lexicon.INDICATOR_HEAD_WORDS:
        # "retail trade turnover", "production capacity": the head noun is part of the indicator.
        phrase, end = phrase + " " + head.group(1), head.end()
    coordinate = _COORDINATE_RE.match(text, end)
    if coordinate and coordinate.group(2) in lexicon.MONEY_ITEM_COORDINATES:
        # "foreign investment and loans" is one kind of money.
        phrase, end = phrase + coordinate.group(0).rstrip().replace("  ", " "), coordinate.end()
    if canonical in _OF_TAKING_INDICATORS:
        goods = _of_goods(text, end)
        if goods:
            phrase, end = phrase + " of " + goods[0], goods[1]
    partner = _TRADE_PARTNER_RE.match(text, end) if canonical in lexicon.TRADE_PARTNER_PREPOSITIONS else None
    if partner and partner.group(2) == lexicon.TRADE_PARTNER_PREPOSITIONS[canonical]:
        phrase, end = phrase + " " + partner.group(1), partner.end()
    elif lexicon.TRADE_PARTNER_PREPOSITIONS.get(canonical) == "with" and (pair := _TRADE_PAIR_RE.match(text, end)):
        # "trade turnover between Kazakhstan and China": the first is the subject, trading with the second.
        phrase, end = phrase + " with " + pair.group(1), pair.end()
    return phrase, end


# "between Kazakhstan and China", "between Zhetysu region and Kyrgyzstan": the two sides of a trade.
_TRADE_PAIR_RE = re.compile(
    r"\s+between\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+region)?\s+and\s+"
    r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*(?:\s+region)?)"
)


def _narrowing_words(text: str, start: int) -> list[str]:
    """Up to three modifiers written before an indicator ('non-oil', 'local budget', 'average monthly nominal'),
    not 'overall'/'total'."""
    words: list[str] = []
    cursor = start
    # A third word only after a frequency ("average monthly nominal wage"); beyond two, words are mostly a
    # headline's verb and subject ("Kazatomprom lifts uranium output").
    while len(words) < (3 if any(w in lexicon.LY_ADJECTIVES for w in words) else 2):
        match = _MODIFIER_RE.search(text, max(0, cursor - 25), cursor)
        if match and match.group(1) in lexicon.ACRONYM_MODIFIERS:
            words.insert(0, match.group(1))
            cursor = match.start()
            continue
        if match and match.group(1).rstrip("s").isupper():
            break  # "KPI output": another abbreviation is a name
        if match and match.group(1)[0].isupper() and not opens_sentence(text, match.start(1)):
            break  # "the Almaty retail trade": a name does not narrow an indicator
        if match and match.group(1) in DEMONYMS:
            break  # "Kazakh exports": whose the exports are is the subject
        if match is None:
            break
        word = match.group(1).lower()
        if word == "and" and len(words) == 1:
            # "mining and quarrying output", "oil and gas exports": two modifiers joined narrow it together.
            joined = _MODIFIER_RE.search(text, max(0, match.start() - 25), match.start())
            if joined is not None and _narrows_with_and(text, joined):
                words[:0] = [joined.group(1).lower(), "and"]
                cursor = joined.start()
            break
        if not _narrows(word):
            break
        words.insert(0, word)
        cursor = match.start()
    return words


_AFTER_A_FIGURE_RE = re.compile(r"[\d%]\s*\Z")


def _narrows_with_and(text: str, joined: re.Match[str]) -> bool:
    """Whether the word before "and" in "<word> and <modifier> <indicator>" is a second modifier ("mining and
    quarrying output"), not an indicator ("exports and output") or a unit after a figure ("23,000 tonnes and")."""
    word = joined.group(1)
    if not (word.islower() or opens_sentence(text, joined.start(1))):
        return False
    lower = word.lower()
    if lower in INDICATORS.values or lower in lexicon.UNIT_WORDS or lower in lexicon.SCALES or lower == "percent":
        return False
    if lower.endswith("s") and not lower.endswith(("ss", "ics", "ions")):
        return False  # "modernised its mills and flour exports rose": a plural is the object of the clause before
    return _narrows(lower) and not _AFTER_A_FIGURE_RE.search(text, max(0, joined.start() - 3), joined.start())


def _narrows(word: str) -> bool:
    """Whether a lower-case word written before an indicator may narrow it: not a verb's participle, a function
    word or a word of total or change."""
    # "machine-building output": a compound's last part says whether it is a noun ("building") or a verb.
    last_part = word.rsplit("-", 1)[-1]
    participle = (
        word.endswith("ed")
        or (word.endswith("ly") and word not in lexicon.LY_ADJECTIVES)
        or (word.endswith("ing") and last_part not in lexicon.ING_NOUN_MODIFIERS)
    )
    stop = word in NP_STOP and word not in lexicon.LY_ADJECTIVES  # "average monthly wage"
    if not word or stop or word in lexicon.NOT_INDICATOR_MODIFIERS or participle:
        return False
    return word not in lexicon.NON_NARROWING_MODIFIERS and word not in _NOT_NARROWING_WORDS


def _of_goods(text: str, end: int) -> tuple[str, int] | None:
    """'exports' + ' of cotton fiber reached' -> ('cotton fiber', end of 'fiber'); coordinated goods kept."""
    match = _OF_GOODS_RE.match(text, end)
    if not match:
        return None
    words: list[str] = []
    for word in match["goods"].split():
        if word in ("and", "or") and words:
            words.append(word)
            continue
        if word in NP_STOP or word in _GOODS_STOP or word.endswith("ly"):
            break
        words.append(word)
    while words and words[-1] in ("and", "or"):
        words.pop()
    if not words or (match["owner"] and _names_producers(words[-1]) and not _REVENUE_BEFORE_RE.search(text, 0, end)):
        return None  # "output of Kazakhstan's oil refineries": who makes it, not what is made
    return " ".join(words), _end_of_words(text, match.start("goods"), len(words))


# ("revenues of the region's hotels": whose revenue it is, the kind of business, narrows a revenue.)
_REVENUE_BEFORE_RE = re.compile(r"\brevenues?\Z", re.IGNORECASE)


def _names_producers(word: str) -> bool:
    """Whether a plural noun names works or firms ("refineries", "plants", "companies") rather than goods."""
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return singular in FACILITY_HEADS or singular in lexicon.PRODUCER_NOUNS


def _end_of_words(text: str, start: int, count: int) -> int:
    """Where the first `count` whitespace-separated words from `start` end."""
    end = start
    for _, word in zip(range(count), _WORD_SPAN_RE.finditer(text, start), strict=False):
        end = word.end()
    return end


_WORD_SPAN_RE = re.compile(r"\S+")


def _share_part(text: str, q: Quantity, sentence_start: int) -> str | None:
    """'Small and medium-sized businesses accounted for 72%' -> 'small and medium-sized businesses'."""
    window_start = max(sentence_start, q.start - 60)
    verb = SHARE_VERBS.first_in(text, window_start, q.start)
    # "..., accounting for 71%": a participle after a comma speaks of the whole clause, not of a part.
    if verb and not text[sentence_start : window_start + verb.start()].rstrip().endswith(","):
        part = _part_before_verb(text, sentence_start, window_start + verb.start())
        if part and _is_named_part(text, sentence_start, window_start + verb.start()):
            # "Aktobe region accounts for 90% of Kazakhstan's chromium ore output": a named part is the share's
            # subject, and the whole it is a share of is its item (FACTS.md).
            return _named_whole_after(text, q) or part
        return part
    if _EXPORTS_A_SHARE_BEFORE_RE.search(text, max(sentence_start, q.start - 40), q.start):
        return "exports"  # "plans to export up to 30% of its output to Uzbekistan": the part exported
    return (
        _grade_of(text, q, sentence_start)
        or _possessor_of_the_share(text, sentence_start, q.start)
        or _stake_after(text, q)
        or _members_named_after(text, q)
        or _share_of_phrase(text, sentence_start, q.start)
        or _nearest_indicator(text, sentence_start, q.start)
        or _whole_after(text, q)
        or _of_item(text, q.end, q.end + 60)
        or _named_whole_after(text, q)
    )


# "a zinc content of 4.8%", "an average grade of 0.41% copper", "ore grading 0.48% copper".
_GRADE_NOUNS = "|".join(lexicon.ORE_GRADE_NOUNS)
_CONTENT_OF_BEFORE_RE = re.compile(rf"\b([a-z]+)\s+(?:{_GRADE_NOUNS})\s+of\s+" + QUALIFIER_GAP + r"\Z")
# A period named by a part of a year, whose "of the" is no part of a whole ("in the second half of the year").
_PERIOD_OF_AFTER_RE = re.compile(r"\b(?:half|end|beginning|start|middle|rest)\s+of\s+(?:the|this|last|next)\b")
# An owner's name and a bracket opened after it, in a clause that says who owns what.
_OWNERS_STAKE_BEFORE_RE = re.compile(
    r"\b(?:joint\s+venture\s+(?:of|between)|owned\s+by|shareholders|owners|founders)\b[^.;]*\(\Z", re.IGNORECASE
)
_GRADE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.ORE_GRADE_VERBS)}|(?:{_GRADE_NOUNS})\s+of)\s+" + QUALIFIER_GAP + r"\Z"
)
_METAL_AFTER_RE = re.compile(r"\s+([a-z]+(?:\s+oxide)?)\b")
# "The programme contains 15% growth in spending", "contains 12% more funding": a change, no content.
_CHANGE_AFTER_A_CONTENT_RE = re.compile(
    rf"\s+(?:{'|'.join(lexicon.CHANGE_WORDS_AFTER_A_PERCENT)}|growth|increase|rise|decrease|decline|reduction|cut)\b"
)


# A proper name right before the share verb ("Aktobe region accounts for", "Kazakhstan Temir Zholy accounted for").
_NAMED_PART_RE = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+(?:region|district|city))?\s*\Z")


_EXPORTS_A_SHARE_BEFORE_RE = re.compile(r"\bexport(?:s|ed|ing)?\s+" + QUALIFIER_GAP + r"\Z")


def _is_named_part(text: str, sentence_start: int, verb_start: int) -> bool:
    """Whether a proper name ends right before a share verb: a place the gazetteer knows or a name of two words
    or more ("Aktobe region", "Kazakhstan Temir Zholy"); a lone capital opening the sentence is any noun
    ("Metallurgy accounts for")."""
    named = _NAMED_PART_RE.search(text, sentence_start, verb_start)
    if named is None or text.endswith("of ", sentence_start, named.start()):
        return False  # "government securities of Kazakhstan make up": the name owns the part, it is not it
    name = named.group(0).strip()
    return " " in name or name in COUNTRIES or name in CITIES or named.start() > sentence_start


def _grade_of(text: str, q: Quantity, sentence_start: int) -> str | None:
    """'copper content' for the part of an ore or concentrate a metal is ('a copper content of 24%', 'ore grading
    0.48% copper'); None for any other share."""
    window_start = max(sentence_start, q.start - 40)
    content = _CONTENT_OF_BEFORE_RE.search(text, window_start, q.start)
    if content and content.group(1) not in NP_STOP and content.group(1) not in GENERIC_MODIFIERS:
        return f"{content.group(1)} content"
    graded = _GRADE_BEFORE_RE.search(text, window_start, q.start) and not _CHANGE_AFTER_A_CONTENT_RE.match(text, q.end)
    metal = _METAL_AFTER_RE.match(text, q.end) if graded else None
    return f"{metal.group(1)} content" if metal and metal.group(1) not in NP_STOP else None


_SHARE_OF_RE = re.compile(
    r"\bshare\s+of\s+((?:[a-z][a-z-]*\s+){0,5}?[a-z][a-z-]*)(?=\s+(?:to|from|in|at|is|was|should|will|would|"
    r"rose|reached|grew|increased|fell|stood|has|had|must|could|can|amounted|came)\b)"
)
_MEMBERS_AFTER_RE = re.compile(
    r"\s+of\s+them\s+(?:(?:are|were|being)\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s*[,.;]|\s+(?:and|while|who|with)\b)"
)
_LIST_COMMA_BEFORE_RE = re.compile(r",\s+" + QUALIFIER_GAP + r"\Z")
# "of Kazakhstan's gasoline demand", "of the world's uranium resources", "of the region's grain acreage".
_NAMED_WHOLE_RE = re.compile(
    r"\s+of\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s|(?<=of\s)the\s+[a-z]+['’]s)"
    r"\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)"
)


# "a 51 percent stake in the venture and has contributed": the stake's words end before a clause goes on.
_STAKE_WORD = r"(?!(?:and|or|but|which|that|has|have|had|will|would|is|are|was|were)\b)[a-z][a-z-]*"
_STAKE_AFTER_RE = re.compile(
    r"\s+(stakes?(?:\s+in\s+(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
    rf"|(?:the\s+)?(?:{_STAKE_WORD}\s+){{0,2}}{_STAKE_WORD}))?)"
)


def _stake_after(text: str, q: Quantity) -> str | None:
    """'a 49% stake in the joint venture' -> 'stake in joint venture'... as written: 'stake in the joint venture'."""
    match = _STAKE_AFTER_RE.match(text, q.tail_end)
    return match.group(1) if match else None


# "SMEs’ share of Kazakhstan’s GDP reached 36.5%", "to raise the SME share of GDP to 40%", "tourism's share in".
_SHARE_OF_POSSESSOR_RE = re.compile(r"(?:['’]s|(?<=s)['’]|(?<=[A-Z]))\s+share\s+(?:of|in)\b")
_ACRONYM_RE = re.compile(r"[A-Z]{2,}s?")
# Heads that refer back to what the text named before ("the region's share", "the industry's share").
_REFERRING_HEADS = lexicon.GENERIC_PART_HEADS | frozenset(ALIAS_HEADS) | lexicon.REFERRING_NOUNS


def _possessor_of_the_share(text: str, sentence_start: int, stop: int) -> str | None:
    """The part a share is of when the text names it as the share's possessor ('SMEs’ share of GDP' -> 'SMEs',
    'the tourism industry's share in GRP' -> 'tourism industry'); a place that has a share ('Almaty's share of
    national output') is the subject, not the part, and gives None."""
    found = None
    for found in _SHARE_OF_POSSESSOR_RE.finditer(text, max(sentence_start, stop - 120), stop):  # noqa: B007
        pass
    if found is None or _CLAUSE_END_RE.search(text, found.end(), stop):
        return None
    phrase = noun_phrase_before(text, sentence_start, found.start())
    if phrase is None:
        return None
    start, words = phrase
    split = words.split()
    while len(split) > 1 and split[0].lower() in lexicon.ITEM_LEADING_VERBS | lexicon.SHARE_MOVING_VERBS:
        split.pop(0)  # "lifting e-commerce's share"
    words = " ".join(split)
    if split[-1].lower() in _REFERRING_HEADS:
        return None  # "the city's share", "the sector's share": an entity or sector named before, not a part
    named = [w for w in split if w[:1].isupper() and not _ACRONYM_RE.fullmatch(w)]
    opening = named == words.split()[:1] and opens_sentence(text, start) and words.lower() in INDICATORS.values
    if named and not opening:
        return None
    return words


def _share_of_phrase(text: str, sentence_start: int, stop: int) -> str | None:
    """'raise the share of processed cotton fibre to 55%' -> 'processed cotton fibre'."""
    best = None
    for best in _SHARE_OF_RE.finditer(text, max(sentence_start, stop - 120), stop):  # noqa: B007 - the nearest
        pass
    if best is None:
        return None
    return best.group(1).removeprefix("the ") or None


def _members_named_after(text: str, q: Quantity) -> str | None:
    """'employs 3,500 people, 98% of them citizens of Kyrgyzstan' -> 'citizens of Kyrgyzstan'."""
    if not _LIST_COMMA_BEFORE_RE.search(text, max(0, q.start - 12), q.start):
        return None  # "shipped 63% of them abroad": the object of a verb, not a part set beside a whole
    match = _MEMBERS_AFTER_RE.match(text, q.tail_end, q.tail_end + 60)
    if match is None or match.group(1).split()[0].lower() in NP_STOP:
        return None  # "30% of them from abroad"
    return match.group(1)


_WHOLE_OPENING_RE = re.compile(r"\s+of\s+(?P<det>the|its|their|our|this|that|all)\s+")
_WHOLE_TOKEN_RE = re.compile(r"[\w’'-]+|[^\w\s]")
# "of the fibre is processed", "of the output will be exported", "of the dam body has been completed".
_FATE_AUX_RE = re.compile(
    r"(?:is|are|was|were|will|would|has|have|had)(?:\s+(?:to|been|be|being|now|already|still|planned|expected|due))*"
    r"\s+(?=[a-z]+ed\b)"
)
_DESTINATION_VERB_WORDS = frozenset(verb.split()[0] for verb in lexicon.DESTINATION_VERBS)
_PLACE_TAIL_RE = re.compile(r"\s+(?:[a-z]+ed\s+|made\s+|grown\s+|sold\s+)?(?:in|within)\s+(?:the\s+)?[A-Z][\w-]*")
_SHARE_DESTINATION_RE = re.compile(
    rf"(?:will\s+)?(?:{_DESTINATION_VERB_ALT})\s+(?:to|into)\s+(?P<dest>[a-z][^.;«»\"“”]*?)"
    r"(?=\s*(?:[.;«»\"“”]|,\s+(?:while|and\s+the|with|mainly|including)\b|\s+(?:in|by|last|this|mainly)\s+[\w-]*\d|$))"
)


def _whole_after(text: str, q: Quantity) -> str | None:
    """The whole a share is of, or what the text says became of the part: '34% of the national crop' ->
    'national crop'; '40% of the fibre is processed locally' -> 'fibre processed locally'; '60% of the funds went
    to manufacturing' -> 'manufacturing'. None for a whole that names nothing ('of the total')."""
    opening = _WHOLE_OPENING_RE.match(text, q.tail_end)
    if opening is None:
        return None
    words, end = _whole_words(text, opening.end())
    if not words:
        return None
    rest = text[end : end + 160].lstrip()
    if destination := _SHARE_DESTINATION_RE.match(rest):
        return destination["dest"].rstrip(" ,")
    phrase = " ".join(words)
    if opening["det"] == "all":
        phrase = f"all {phrase}"
    if fate := _FATE_AUX_RE.match(rest):
        return _with_fate(phrase, rest[fate.end() :])
    if words[-1] in lexicon.SHARE_PLACEHOLDER_WHOLES:
        return None
    if place := _PLACE_TAIL_RE.match(text, end):
        return phrase + _place_words(text, place.start(), place.end())
    if rest[:1].isalpha() and not rest.startswith("and "):
        return None  # "of the graduates found jobs": a clause the part is the subject of
    return phrase


def _whole_words(text: str, start: int) -> tuple[list[str], int]:
    """The lower-case noun words from `start` up to a stop word or a punctuation mark, and where they end."""
    words: list[str] = []
    end = start
    for token in _WHOLE_TOKEN_RE.finditer(text, start, start + 80):
        word = token.group(0)
        ended = words and (word.endswith("ed") or word in _DESTINATION_VERB_WORDS)
        if not word[0].islower() or word in NP_STOP or word in _ITEM_STOP or word in _TIME_WORDS or ended:
            break
        words.append(word)
        end = token.end()
    return words, end


def _with_fate(phrase: str, rest: str) -> str:
    """'fibre' + 'processed locally ...' -> 'fibre processed locally'."""
    verb, adverb = [*_WHOLE_TOKEN_RE.findall(rest, 0, 40), "", ""][:2]
    return f"{phrase} {verb} {adverb}" if adverb in lexicon.SHARE_FATE_ADVERBS else f"{phrase} {verb}"


def _place_words(text: str, start: int, end: int) -> str:
    """' made in Kazakhstan' and the capitalised words after it: ' in East Kazakhstan region'."""
    for token in _WHOLE_TOKEN_RE.finditer(text, end, end + 60):
        word = token.group(0)
        if not (word[0].isupper() or word in ("region", "district", "regions")):
            break
        end = token.end()
    return text[start:end].replace("\n", " ")


def _named_whole_after(text: str, q: Quantity) -> str | None:
    """'supplies 35% of Kazakhstan's gasoline demand' -> "Kazakhstan's gasoline demand": the whole a named
    entity's share is of (FACTS.md, shares)."""
    match = _NAMED_WHOLE_RE.match(text, q.tail_end, q.tail_end + 80)
    if match is None:
        return None
    words = _noun_words(match.group(2))
    return f"{match.group(1).removeprefix('the ')} {words}" if words else None


_MADE_WHERE_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+ed|bought|made|built|grown|sold)\s+(?:in|from|by|at)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:(?:,\s+|\s+(?:and|or)\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*\Z"
)


def _part_before_verb(text: str, sentence_start: int, verb_start: int) -> str | None:
    """The noun phrase just before a share verb, without a possessor ('the region's')."""
    phrase = re.sub(r",?\s*(?:which|that)\s*$", "", text[sentence_start:verb_start].strip(" ,"))
    # "Equipment bought in Germany and Italy makes up 70%": the part is the thing, not where it comes from.
    phrase = _MADE_WHERE_AFTER_RE.sub("", phrase)
    words: list[str] = []
    stop = ""
    for word in reversed(phrase.split()[-6:]):
        lower = word.lower()
        digits = any(ch.isdigit() for ch in word)  # "grew 11.7% and now accounts for 14%"
        if lower == "of" and words and all(w[:1].isupper() for w in words):
            # "government securities of Kazakhstan make up 44.3%": the name is whose the part is, not the part.
            words.insert(0, word)
            continue
        if (
            digits
            or (lower in NP_STOP and lower not in ("and", "or"))
            or lower in lexicon.COUNT_VERBS
            or lower in SPEECH_VERBS  # "the bank said government securities make up 44.3%"
            or word.endswith((",", ":", ";"))  # "Tazhibayev noted: overdue debt accounts for 1.7%"
        ):
            stop = lower
            break
        words.insert(0, word)
    if words and re.search(r"['’]s$", words[0]):
        words = words[1:]
    while words and (words[0].lower() in ("and", "or") or words[-1].lower() in lexicon.ITEM_TRAILING_WORDS):
        words = words[1:] if words[0].lower() in ("and", "or") else words[:-1]
    of_at = next((i for i, w in enumerate(words) if w.lower() == "of"), None)
    named_after_of = of_at is not None and all(w[:1].isupper() for w in words[of_at + 1 :])
    keep_from = of_at + 1 if of_at is not None and named_after_of else len(words)
    part = " ".join(w if i >= keep_from else w.lower() for i, w in enumerate(words)) or None
    if part in lexicon.GENERIC_PART_HEADS and stop in ("a", "an", "the", "this"):
        # "manufacturing, a sector that makes up 10%": the sector is the indicator named before.
        return _nearest_indicator(text, sentence_start, verb_start) or part
    return part


_PLANNED_AFTER_RE = re.compile(lexicon.PLANNED_AFTER_PATTERN, re.IGNORECASE)
_PLANNED_CLAUSE_RE = re.compile(lexicon.PLANNED_CLAUSE_PATTERN, re.IGNORECASE)
# A participle of plan right after the figure's noun, not after an of-phrase ("73% of the amount planned"), another
# figure ("31.5 km out of 38 km planned") or a comparison ("20% more than planned", "as planned").
_PLANNED_PARTICIPLE_AFTER_RE = re.compile(
    r"(?:\s+(?!of\b|out\b|than\b|as\b)[a-z-]+){0,3}?\s+(?<!than )(?<!as )(?:planned|scheduled)\s+"
    r"(?:for|this|next|in|by|until)\b"
)
# "a contract for 30,000 pairs worth 1.9 million somoni, to be delivered by March": what the thing counted is yet to
# undergo, in a participle clause right after its noun phrase.
_TO_BE_DONE_AFTER_RE = re.compile(
    r"(?:\s+(?:[^,;.()]|(?<=\d)[,.](?=\d)){1,40}?)?,\s+to\s+be\s+"
    # a participle ("delivered", "spent", "generated"), not "to be exact" or "to be followed by another 20,000"
    r"(?!(?:followed|joined)\b)(?:[a-z]+(?:ed|en)|built|spent|sent|sold|paid|put|set|held|made|laid)\b"
)
# "bought 120 buses last year, to be used on city routes": what a past purchase is for, no plan of the figure.
_PAST_TIME_BEFORE_RE = re.compile(r"\b(?:last\s+(?:year|month|week|season)|ago|in\s+(?:19|20)\d\d)\b[^.;]*\Z")
_DUE_AFTER_RE = re.compile(
    r"\s+(?:(?:is|are)\s+)?due\s+(?:this|next|in(?!\s+(?:large\s+)?part\b)|by|before|on|within)\b", re.IGNORECASE
)
_CLAUSE_END_RE = re.compile(r",(?!\d)|\.(?!\d)|[;:!?»“”()]")
# (Also a clause of cause: "fell 18% to $31.2 million as the cost of scrap went up".)
_NEW_CLAUSE_AFTER_RE = re.compile(r",\s+(?:and|while|whereas|but)\s|;|\s(?:as|because|since)\s+(?:the|its|their)\s")


def states_progress(text: str, q: Quantity, sentence_start: int) -> bool:
    """Whether a percent says how far a work has got by now ("the plant is 62% complete"), not by a date to come
    ("will be 80% complete by December")."""
    return (
        q.kind == "percent"
        and _PROGRESS_AFTER_RE.match(text, q.tail_end) is not None
        and not _FUTURE_BE_BEFORE_RE.search(text, max(sentence_start, q.start - 40), q.start)
    )


def _status(text: str, q: Quantity, sentence_start: int, sentence_end: int, next_start: int) -> str:
    """Planned when a planning cue precedes the number in its sentence, or a future construction ends its clause;
    actual for progress made so far ("is 62% complete")."""
    if states_progress(text, q, sentence_start):
        return "actual"
    cue = PLANNED.nearest_before(text, sentence_start, q.start)
    if cue and not _cue_speaks_of(text, q, sentence_start, q.start - cue[1]):
        cue = None
    if cue and _names_a_fulfilled_plan(text, sentence_start, q.start - cue[1]):
        cue = None  # "fulfilling its production plan by 104.6%": the plan is met, the figure is what happened
    if cue and cue[0] == "planned":
        return "planned"
    if q.kind == "money" and _BUDGET_SET_AT_RE.search(text, max(sentence_start, q.start - 50), q.start):
        return "planned"  # "the regional budget has been approved at KZT412.7bn": a budget is the year's plan
    if q.kind == "money" and _WORKS_UNDER_WAY_BEFORE_RE.search(text, max(sentence_start, q.start - 80), q.start):
        return "planned"  # "is also installing a second line worth $4.8 million": the cost of works still under way
    if q.kind == "fold" and _INFINITIVE_BEFORE_RE.search(text, max(sentence_start, q.start - 4), q.start):
        return "planned"  # "Coal miner to double output": a fold verb in the infinitive is what is to come
    estimate = COST_ESTIMATES.nearest_before(text, sentence_start, q.start) if q.kind == "money" else None
    if estimate and (cue is None or estimate[1] < cue[1]):
        return "planned"  # "the project, estimated at $1.9 billion": what a thing will cost
    # "holds a 40% stake in the venture and will transfer technologies": a plan of the next predicate, not the figure's.
    # What a thing is worth or made to do stays the plan the next predicate speaks of ("The project is valued at
    # 96 billion tenge and will create 420 jobs", "is designed to produce 60 locomotives a year and will ...").
    next_predicate = _FUTURE_PREDICATE_RE.search(text, q.tail_end, sentence_end)
    if next_predicate and _WORTH_OR_DESIGN_BEFORE_RE.search(text, sentence_start, q.start):
        next_predicate = None
    own_end = next_predicate.start() if next_predicate else sentence_end
    relative = _RELATIVE_CLAUSE_AFTER_RE.search(text, q.tail_end, own_end)
    if relative is not None and _DONE_BEFORE_RE.search(text, sentence_start, q.start):
        # "contracts have been signed with 1460 farmers, who will sow beet this season": what those counted will do.
        own_end = relative.start()
    if _PLANNED_AFTER_RE.search(text, q.tail_end, _sentence_part_end(text, q.tail_end, own_end)):
        return "planned"
    clause_end = _CLAUSE_END_RE.search(text, q.tail_end, own_end)
    if _PLANNED_CLAUSE_RE.search(text, q.tail_end, clause_end.start() if clause_end else own_end):
        return "planned"
    if _PLANNED_PARTICIPLE_AFTER_RE.match(text, q.tail_end):
        return "planned"  # "with 400 more terminals planned this year": what is yet to come
    if _DUE_AFTER_RE.match(text, q.tail_end):
        return "planned"  # "with payments of $2.4 billion due this year": a sum still to be paid
    to_be_done = _TO_BE_DONE_AFTER_RE.match(text, q.tail_end)
    if to_be_done and not _PAST_TIME_BEFORE_RE.search(text, sentence_start, to_be_done.start(0) + len(to_be_done[0])):
        return "planned"  # "30,000 pairs worth 1.9 million somoni, to be delivered by March"
    return "actual"


# "The company is also installing a second line worth", "We are also investing $75 million", "is modernising the
# converter shop at an estimated cost of": works under way, whose cost is still to be spent.
_WORKS_UNDER_WAY_BEFORE_RE = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?:"
    + "|".join(lexicon.WORKS_UNDER_WAY_VERBS)
    + r")\b[^.;:,]*\Z"
)
# "fulfilling its production plan", "fulfilment of the plan", "the plan was fulfilled": a plan met.
_FULFILLED_PLAN_RE = re.compile(
    rf"\b(?:{_PLAN_MET_ALT}|(?:over)?fulfil+ment\s+of|execution\s+of)\s+"
    r"(?:(?:its|the|their|this\s+year's|the\s+annual)\s+)?(?:[\w-]+\s+){0,2}?plans?\Z",
    re.IGNORECASE,
)
_PLAN_FULFILLED_AFTER_RE = re.compile(
    rf"\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:{_PLAN_MET_PARTICIPLE_ALT})\b", re.IGNORECASE
)


def _names_a_fulfilled_plan(text: str, sentence_start: int, cue_end: int) -> bool:
    """Whether the plan cue ending at `cue_end` is a plan said to be met ("fulfilling its production plan by"), not
    the plan the figure is ("exceeded its annual plan of 1.2 million square meters": the target)."""
    if _PLAN_OF_AFTER_RE.match(text, cue_end):
        return False
    return bool(
        _FULFILLED_PLAN_RE.search(text, max(sentence_start, cue_end - 60), cue_end)
        or _PLAN_FULFILLED_AFTER_RE.match(text, cue_end)
    )


_PLAN_OF_AFTER_RE = re.compile(r"\s+(?:of|for)\b")


_INFINITIVE_BEFORE_RE = re.compile(r"\bto\s+$", re.IGNORECASE)
_WORTH_OR_DESIGN_BEFORE_RE = re.compile(r"\b(?:valued|worth|designed|estimated|cost|costs|capacity)\b")
_RELATIVE_CLAUSE_AFTER_RE = re.compile(r",\s+(?:who|which|whose)\s")
# A perfect of what has been done: "have been signed", "has built", "had commissioned".
_DONE_BEFORE_RE = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|ne|wn|lt|ght)\b")
_FUTURE_PREDICATE_RE = re.compile(r"\s+and\s+(?:also\s+)?(?:will|would|should)\s+(?!be\b)[a-z]+")
# "budget of", "budget has been approved at", "budget is set at", right before the sum.
_BUDGET_SET_AT_RE = re.compile(
    r"\bbudget\s+(?:of|(?:(?:has\s+been|was|is|were)\s+)?(?:approved|set|fixed)\s+at)\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)


def _cue_speaks_of(text: str, q: Quantity, sentence_start: int, cue_end: int) -> bool:
    """Whether a plan or state cue ending at `cue_end` speaks of the figure `q`: not when a clause set against or
    beside the cue's lies between them ("It will employ 420 people; some 1,500 workers were involved"), when the cue
    is what something "helped to" do ("the loans have helped to create 2,940 jobs"), or when the plan is what a result
    is measured against ("exceeding the target by KZT 6.3 bn"; "the target of $300 million" is the plan's own)."""
    if _CONTRASTED_CLAUSE_RE.search(text, cue_end, q.start):
        return False
    if _DONE_WITH_HELP_BEFORE_RE.search(text, max(sentence_start, cue_end - 50), cue_end):
        return False
    return not (
        _MEASURED_AGAINST_A_PLAN_RE.search(text, max(sentence_start, cue_end - 40), cue_end)
        and not _PLAN_AMOUNT_GAP_RE.fullmatch(text, cue_end, q.start)
    )


# "have helped to create", "helped to launch", "allowed us to add": an infinitive of what was done.
_DONE_WITH_HELP_BEFORE_RE = re.compile(
    r"\b(?:helped|allowed|enabled)\s+(?:[a-z]+\s+)?to\s+(?:[a-z]+\s+and\s+)?[a-z]+\Z", re.IGNORECASE
)
# A plan named as what a result is measured against: "exceeding the target", "against the plan", "of the forecast".
_MEASURED_AGAINST_A_PLAN_RE = re.compile(
    r"\b(?:against|above|below|exceeding|exceeded|exceeds|over|under|of|missed|beat|beating)\s+(?:the|its|their)\s+"
    r"(?:[a-z-]+\s+)?(?:plan|target|forecast)\Z",
    re.IGNORECASE,
)
# "of the annual plan of 510,000 square meters", "beat the target of $300 million": the amount is the plan's own.
_PLAN_AMOUNT_GAP_RE = re.compile(r"\s+(?:of|at)\s+" + QUALIFIER_GAP)
# A clause set against or beside the one before it: "...; some 1,500 workers were involved", "..., while 1,500
# builders worked", "..., whose buildings are more than 70% worn out", "1.4 times more than last year, when 457 km
# were repaired".
_CONTRASTED_CLAUSE_RE = re.compile(
    r";|,\s+(?:while|whereas|but|which|who|whose|where)\s|\blast\s+(?:year|month|season),\s+when\s"
)
_PROGRESS_AFTER_RE = re.compile(rf"\s+(?:{longest_first(lexicon.PROGRESS_WORDS)})\b")
# "will be 80% complete by December", "is expected to be fully ready": progress still to come.
_FUTURE_BE_BEFORE_RE = re.compile(
    r"\b(?:will|shall|should|would|to)\s+be\s+(?:(?:about|almost|nearly|over|at\s+least|some)\s+)?$", re.IGNORECASE
)
_SENTENCE_PART_END_RE = re.compile(
    r";|, (?:and|but|while|whereas|whose|which|where|so) |\. |" + lexicon.COORDINATED_PLAN_PATTERN
)


def _sentence_part_end(text: str, start: int, sentence_end: int) -> int:
    """Where the part of the sentence that holds `start` ends (a semicolon or a coordinated clause)."""
    match = _SENTENCE_PART_END_RE.search(text, start, sentence_end)
    return match.start() if match else sentence_end


# "…, and has created 420 jobs", "per day and laying a 68-km line": "and" opening a new predicate.
NEW_PREDICATE_RE = re.compile(r"\band\s+(?:has|have|had|will|is|are|was|were|[a-z]+ing|[a-z]+ed)\b")


def _per(text: str, q: Quantity, measure: str, left: int, right: int) -> str | None:
    if measure not in RATE_MEASURES or q.kind in ("percent", "fold", "duration"):
        return None
    glued = PER_SUFFIX_RE.search(text, q.start, q.end)
    if glued:
        return lexicon.PER_SUFFIXES[glued["per"].lower()]
    clause_end = _CLAUSE_END_RE.search(text, q.tail_end, min(right, q.tail_end + 60))
    # "200,000 tonnes of granular fertilizers annually": the rate word may follow the whole noun phrase.
    after = PERS.nearest_after(text, q.end, clause_end.start() if clause_end else min(right, q.tail_end + 45))
    if after:
        return after[0] or None
    before = PERS.nearest_before(text, max(left, q.start - 60), q.start)
    if before and (
        _CLAUSE_END_RE.search(text, q.start - before[1] - 1, q.start)
        or NEW_PREDICATE_RE.search(text, q.start - before[1] - 1, q.start)
    ):
        # "50,000 cubic meters per day, built for 58 billion tenge", "25,000 tonnes of ore per day and laying a
        # 68-km power line": another figure's rate
        return None
    return (before[0] or None) if before else None


# --------------------------------------------------------------------------- what a clause says a figure is of

_PART_VERB_TAIL_RE = re.compile(
    rf"(?<![\w-])(?:has\s+|have\s+|had\s+)?(?:so\s+far\s+|also\s+|already\s+|alone\s+)?"
    rf"(?:{longest_first(lexicon.PART_VERBS)})\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_GENERATION_TAIL_RE = re.compile(
    rf"(?<![\w-])(?:has\s+|have\s+|had\s+|will\s+|would\s+|are\s+expected\s+to\s+|is\s+expected\s+to\s+)?"
    rf"(?:{longest_first(lexicon.GENERATION_VERBS)})\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
# "and ferrosilicon for 63,500 tons": the verb of the part before it goes without saying.
_GAPPED_PART_TAIL_RE = re.compile(r",?\s+and\s+(?=[a-z])((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+for\s+\Z")
_NP_TOKEN_RE = re.compile(r"[A-Za-z][\w’'-]*|\S")
_NP_BREAK_WORDS = frozenset(
    {
        "while",
        "whereas",
        "but",
        "which",
        "that",
        "who",
        "whose",
        "when",
        "where",
        "as",
        "than",
        "so",
        "to",
        "be",
        "been",
    }
    | {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was", "were"}
    | {"has", "have", "had", "did", "does", "do"}
    # "The ministry said it will rise by 15%": what rose is what "it" points back to, not the speaker.
    | SPEECH_VERBS
    | {"it", "they"}
)
_NP_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"})
_NP_JOINS = frozenset({"and", "or", "of"})
# "Last year consumption reached": a time word before the phrase is not part of it.
_TIME_WORDS = lexicon.TIME_UNIT_WORDS | lexicon.MONTH_WORDS | lexicon.ITEM_END_WORDS
PREPOSITIONS: tuple[str, ...] = lexicon.PHRASE_PREPOSITIONS
_NP_PREPOSITIONS = frozenset(PREPOSITIONS)
_POSSESSIVE_END_RE = re.compile(r"['’]s?\Z")


def noun_phrase_before(text: str, sentence_start: int, stop: int) -> tuple[int, str] | None:
    """The noun phrase that ends at `stop` (start offset, words as written), read back to a determiner, a
    possessive, a punctuation mark or a word that opens a clause: 'while dry cargo' -> 'dry cargo'. A
    prepositional phrase belongs to it: 'transit via the country’s railways'.

    None when there is no such phrase or it holds a number or more than nine words.
    """
    tokens = list(_NP_TOKEN_RE.finditer(text, max(sentence_start, stop - 100), stop))
    first = len(tokens)
    index = len(tokens) - 1
    while index >= 0:
        word = tokens[index].group(0)
        lower = word.lower()
        if not word[0].isalpha() or lower in _NP_BREAK_WORDS or lower in _TIME_WORDS:
            break
        if lower in _NP_DETERMINERS or (_POSSESSIVE_END_RE.search(word) and first < len(tokens)):
            # "Kazakhstan’s renewable energy installations": the possessor is not part of what is made.
            preposition = _preposition_before(tokens, index)
            if preposition is None:
                break
            index = preposition  # "via the country’s": the object of a preposition inside the phrase
        first = index
        index -= 1
        if len(tokens) - first > 9:
            return None
    words = tokens[first:]
    while words and words[0].group(0).lower() in _NP_JOINS | _NP_PREPOSITIONS:
        words.pop(0)
    if not words or words[-1].group(0).lower() in _NP_JOINS:
        return None
    start = words[0].start()
    return start, text[start : words[-1].end()]


def _preposition_before(tokens: list[re.Match], index: int) -> int | None:
    """The index of the preposition right before the determiners and possessors ending at tokens[index]."""
    while index >= 0:
        word = tokens[index].group(0).lower()
        if word in _NP_DETERMINERS or _POSSESSIVE_END_RE.search(word):
            index -= 1
            continue
        return index if word in _NP_PREPOSITIONS else None
    return None


def part_verb_start(text: str, sentence_start: int, q_start: int) -> int | None:
    """Where a verb that gives a part its amount ends the text before `q` ("coal accounted for about"), or None."""
    match = _PART_VERB_TAIL_RE.search(text, max(sentence_start, q_start - 40), q_start)
    return None if match is None else match.start()


_LINK_TAIL_RE = re.compile(
    r"(?<![\w-])(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+(?:estimated|put|approved|set|forecast|projected|valued|expected|planned)\s+at)?"
    r"|stood\s+at|stands?\s+at|came\s+to|amounted\s+to|totall?ed|(?:has\s+|have\s+|had\s+)?reached|totals"
    r"|amounts?\s+to|covers|covered"
    # "petrol consumption will reach", "funding will total": the level a plan names.
    r"|(?:will|to)\s+(?:reach|total|amount\s+to|cover)"
    # "the average wage rose to", "rose 26.4% to": a level a change ended at says what the thing is.
    r"|(?:has\s+|have\s+)?(?:rose|risen|grew|grown|increased|climbed|fell|fallen|declined|decreased|dropped)"
    r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|times|-fold))?\s+to)"
    # "stood at a record $4.3 billion"
    r"(?:\s+an?\s+(?:record|new\s+high|all-time\s+high))?"
    r"\s+" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)


def link_verb_start(text: str, sentence_start: int, q_start: int) -> int | None:
    """Where a verb that says what an amount is ends the text before `q` ("the average salary is",
    "reserves are put at"), or None."""
    match = _LINK_TAIL_RE.search(text, max(sentence_start, q_start - 50), q_start)
    return None if match is None else match.start()


def generation_verb_start(text: str, sentence_start: int, q_start: int) -> int | None:
    """Where a verb of making energy ends the text before `q` ("the plants generated"), or None."""
    match = _GENERATION_TAIL_RE.search(text, max(sentence_start, q_start - 40), q_start)
    return None if match is None else match.start()


def gapped_part(text: str, sentence_start: int, q_start: int) -> tuple[int, str] | None:
    """'..., and ferrosilicon for 63,500 tons': the part named without its verb (start offset, words)."""
    match = _GAPPED_PART_TAIL_RE.search(text, max(sentence_start, q_start - 40), q_start)
    return None if match is None else (match.start(1), match.group(1))


_PRODUCT_FLOW_RE = re.compile(
    rf"(?<![\w'’-])([a-z][a-z-]*(?:\s+(?:and|or)\s+[a-z][a-z-]*)?)\s+(?:{'|'.join(lexicon.PRODUCT_FLOW_NOUNS)})\b",
    re.IGNORECASE,
)


def product_named_before(text: str, sentence_start: int, stop: int) -> str | None:
    """The product of the last '<product> output/production/harvest' in text[sentence_start:stop]
    ('Zinc output at smelters ... reaching 78,300 tons' -> 'zinc'); not 'industrial output'."""
    best = None
    for match in _PRODUCT_FLOW_RE.finditer(text, sentence_start, stop):
        if match.group(0)[0].isupper() and match.group(0).split()[-1][0].isupper():
            continue  # "Tas Mining plans ...": a company's name, not tas being mined
        words = match.group(1).lower().split()
        content = [w for w in words if w not in _NP_JOINS]
        if content and not any(_is_not_a_product(w) for w in content):  # "plans of mining companies": no product
            best = " ".join(words)
    return best


def _is_not_a_product(word: str) -> bool:
    """'gross', 'industrial', 'processing', 'refined' say how, not what; 'coal' and 'metal' are products."""
    if word in lexicon.NOT_PRODUCT_WORDS or word in NP_STOP:
        return True
    return word.endswith(lexicon.NOT_PRODUCT_ENDINGS) or (word.endswith(("al", "ic")) and len(word) >= 7)


_ENERGY_SOURCE_RE = re.compile(
    rf"(?<![\w'’-])((?:[a-z][a-z-]*\s+){{0,3}}(?:{'|'.join(lexicon.ENERGY_SOURCE_HEADS)}))"
    r"(?:\s+(?:in|of|at|across)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s*\Z"
)


def energy_source_before(text: str, sentence_start: int, verb_start: int) -> str | None:
    """The unnamed plants a verb of making energy has for subject ('wind and solar plants in the country
    produced') -> 'wind and solar plants'; None for a named one or none."""
    match = _ENERGY_SOURCE_RE.search(text, max(sentence_start, verb_start - 80), verb_start)
    if match is None:
        return None
    words = match.group(1).split()
    while words and (words[0] in _NP_DETERMINERS or words[0] in _NP_JOINS or words[0] in _TIME_WORDS):
        words.pop(0)
    return " ".join(words)


# "Of the total, 566,000 sq m are individual houses and 521,400 sq m are apartment buildings."
_OF_THE_TOTAL_RE = re.compile(r"\W*of\s+(?:the|this|that)\s+(?:total|amount|figure|area|volume)\b", re.IGNORECASE)
_SUBSET_IS_RE = re.compile(r"\s+(?:was|were|is|are|will\s+be|would\s+be)\s+([a-z][a-z -]*)")


def subset_named_after(text: str, sentence_start: int, q: Quantity, stop: int) -> str | None:
    """'..., of which 560,000 tonnes was beef' -> 'beef': a part of the figure before, named after it."""
    if (
        _PART_BEFORE_RE.search(text, max(sentence_start, q.start - 30), q.start) is None
        and _OF_THE_TOTAL_RE.match(text, sentence_start, q.start) is None
    ):
        return None
    match = _SUBSET_IS_RE.match(text, q.tail_end, stop)
    return _noun_words(match.group(1)) if match else None


# "container handling rose 1.7 times", "payouts grew more slowly, by 11.6%", "salaries were raised by 30%", "cement,
# up 21.3%": the verb (or "up"/"down") whose subject is what changed.
_CHANGED_SUBJECT_TAIL_RE = re.compile(
    r"(?<![\w-])(?:"
    r"(?:(?:has|have|had|will|would|could|may|might|should|is\s+to|are\s+to)\s+)?(?:not\s+|also\s+)?"
    rf"(?:{longest_first(lexicon.CHANGED_SUBJECT_VERBS)})"
    r"|(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    rf"(?:{longest_first(lexicon.CHANGED_OBJECT_VERBS)})"
    r")(?:\s+(?:by\s+)?|(?:\s+(?!(?:in|on|at|for|to|from|of|with)\b)[a-z-]+){1,2},?\s+by\s+)" + QUALIFIER_GAP + r"\Z"
    r"|,?\s+(?:up|down)\s+(?:by\s+)?" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_PARTICIPLE_PHRASE_RE = re.compile(
    rf"(?:[a-z]+ed|{'|'.join(lexicon.IRREGULAR_PARTICIPLES)})\s+(?:{'|'.join(PREPOSITIONS)})\s+(?=\w)"
)
# "The cattle herd was 3.1% larger than ...": what the comparison is of is the subject of "was".
_COMPARED_STATE_TAIL_RE = re.compile(r"(?<![\w-])(?:is|are|was|were)\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE)
_COMPARATIVE_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(lexicon.COMPARATIVE_WORDS)})\s+than\b")
_CHANGED_OBJECT_TAIL_RE = re.compile(
    rf"(?<![\w-])(?:{longest_first(lexicon.CHANGED_OBJECT_VERBS)})\s+((?:[\w’'-]+\s+){{1,7}}?)(?P<by>by\s+)?"
    + QUALIFIER_GAP
    + r"\Z",
    re.IGNORECASE,
)
_QUALIFIER_TAIL_RE = re.compile(rf"(?:(?<![\w-])(?:{_QUALIFIER_ALT})\s+)?\Z", re.IGNORECASE)
_FOLD_VERB_QUOTE_RE = re.compile(r"(?:more\s+than\s+|nearly\s+|almost\s+)?\w+(?:led|bled|ed)\Z", re.IGNORECASE)


class ChangedThing(NamedTuple):
    """The words a change is of, where they start, and whether they are the verb's object (whose phrases
    belong to it: "the load on the pipeline") or its subject (whose phrases say where: "at the port")."""

    start: int
    words: str
    is_object: bool


def _object_phrase(text: str, verb_object: re.Match[str]) -> tuple[int, str] | None:
    """The object a verb pattern captured in its first group, without determiners or a possessor ("the unit's
    specific coal consumption" -> "specific coal consumption"), with where it starts; None when no word is left or
    a word is not one."""
    words = verb_object.group(1).split()
    while words and (words[0].lower() in _NP_DETERMINERS or _POSSESSIVE_END_RE.search(words[0])):
        words.pop(0)
    if not words or any(not w[0].isalpha() for w in words):
        return None
    phrase = " ".join(words)
    return text.find(phrase, verb_object.start(1)), phrase


def changed_thing_before(text: str, sentence_start: int, q: Quantity) -> ChangedThing | None:
    """What a change is of, named by the verb before it: its object ('cut the unit's specific coal
    consumption by 8%' -> 'specific coal consumption') or its subject ('container handling rose 1.7 times',
    'container traffic at the port more than doubled')."""
    window_start = max(sentence_start, q.start - 100)
    changed = _CHANGED_OBJECT_TAIL_RE.search(text, window_start, q.start)
    if changed is not None and (changed.group("by") or q.kind == "fold"):  # "raise capacity 2.5 times"
        found = _object_phrase(text, changed)
        return None if found is None else ChangedThing(*found, True)
    subject = None
    if q.kind == "fold" and _FOLD_VERB_QUOTE_RE.fullmatch(text, q.start, q.end):
        # "container traffic more than doubled" (the qualifier is not part of the quote)
        qualifier = _QUALIFIER_TAIL_RE.search(text, max(sentence_start, q.start - 20), q.start)
        subject = noun_phrase_before(text, sentence_start, qualifier.start() if qualifier else q.start)
    elif verb := _CHANGED_SUBJECT_TAIL_RE.search(text, max(sentence_start, q.start - 50), q.start):
        subject = noun_phrase_before(text, sentence_start, verb.start())
        if subject is not None and text[max(0, subject[0] - 2) : subject[0]].strip()[-1:].isdigit():
            subject = None  # "furniture worth 14.6 billion tenge, up 21%": the words are the amount's unit
        elif subject is not None and (participle := _PARTICIPLE_PHRASE_RE.match(subject[1])):
            # "was recorded for cement, up 21.3%": what the verb was done for is what changed
            subject = (subject[0] + participle.end(), subject[1][participle.end() :])
    elif _COMPARATIVE_AFTER_RE.match(text, q.tail_end) and (
        state := _COMPARED_STATE_TAIL_RE.search(text, max(sentence_start, q.start - 30), q.start)
    ):
        subject = noun_phrase_before(text, sentence_start, state.start())
    return None if subject is None else ChangedThing(*subject, False)


# "lift the depth of refining to 92% from", "raise the refining depth from 74% to": the object moved to a level.
_LEVEL_TAIL = r"(?:from\s+[\d.,]+\s*(?:%|percent)\s+)?(?:to|from)\s+" + QUALIFIER_GAP + r"\Z"
_LEVEL_OBJECT_TAIL_RE = re.compile(
    rf"(?<![\w-])(?:{longest_first(lexicon.CHANGED_OBJECT_VERBS)})\s+((?:[\w’'-]+\s+){{1,7}}?)" + _LEVEL_TAIL,
    re.IGNORECASE,
)
# "The recovery rate is expected to rise to 91%", "Sulphur capture will increase to 98.5%".
_LEVEL_SUBJECT_TAIL_RE = re.compile(
    r"(?<![\w-])(?:(?:has|have|had|will|would|could|may|might|should|is|are)\s+)?(?:expected\s+to\s+|set\s+to\s+)?"
    rf"(?:{longest_first((*lexicon.CHANGED_SUBJECT_VERBS, 'increase', 'increases'))})\s+" + _LEVEL_TAIL,
    re.IGNORECASE,
)


def level_moved_thing(text: str, sentence_start: int, q: Quantity) -> tuple[int, str] | None:
    """What a percent is the level of, named by the verb that moved it: its object ("lift the depth of refining to
    92%" -> "depth of refining") or its subject ("the recovery rate is expected to rise to 91%"), with its start."""
    window_start = max(sentence_start, q.start - 100)
    moved = _LEVEL_OBJECT_TAIL_RE.search(text, window_start, q.start)
    if moved is not None:
        return _object_phrase(text, moved)
    verb = _LEVEL_SUBJECT_TAIL_RE.search(text, window_start, q.start)
    return None if verb is None else noun_phrase_before(text, sentence_start, verb.start())


_TERM_PHRASE_AFTER_RE = re.compile(rf"-years?\s+((?:[a-z][a-z-]*\s+){{0,2}}?(?:{'|'.join(lexicon.TERM_NOUNS)}))\b")
_AGE_AFTER_RE = re.compile(r"\s+old\b")
_OPERATION_AFTER_RE = re.compile(r"\s+(of\s+(?:operation|service|work))\b")
_DURATION_CUE_RE = re.compile(
    rf"\b((?:[a-z][a-z-]*\s+)?(?P<cue>{'|'.join((*lexicon.DURATION_CUES, *sorted(lexicon.ADJACENT_DURATION_CUES)))}))\b"
    r"(?:\s+of\s+the\s+([a-z][a-z-]*))?"
)
_PART_OF_WHOLE_RE = re.compile(r"^(?:half|most|many|some|all|part|majority|share|\d\S*)\s+of\s+(?:the\s+)?")


def _duration_item(text: str, q: Quantity, sentence_start: int) -> str | None:
    """What a number of years is: 'a 15-year loan' -> 'loan term', 'over 50 years old' -> 'age of <things>',
    'enough for 14 years of operation' -> 'years of operation', 'the payback period is 7 years' -> 'payback period'."""
    term = _TERM_PHRASE_AFTER_RE.match(text, q.start + len(text[q.start : q.end].rsplit("-", 1)[0]))
    if term:
        noun = term.group(1)
        return noun if noun.endswith("term") else f"{noun} term"
    if _AGE_AFTER_RE.match(text, q.tail_end):
        verb = link_verb_start(text, sentence_start, q.start)
        things = noun_phrase_before(text, sentence_start, verb) if verb is not None else None
        return f"age of {_PART_OF_WHOLE_RE.sub('', things[1])}" if things else "age"
    operation = _OPERATION_AFTER_RE.match(text, q.tail_end)
    if operation:
        return f"years {operation.group(1)}"
    cue = None
    for cue in _DURATION_CUE_RE.finditer(text, max(sentence_start, q.start - 70), q.start):  # noqa: B007 - nearest
        pass
    if cue is None:
        return "loan term"  # "loans ... for up to seven years"
    if named := lexicon.DURATION_CUE_ITEMS.get(cue["cue"].lower()):
        return named  # "should pay back in six years": the payback period
    words = [w for w in cue.group(1).split() if w not in NP_STOP]
    return " ".join(words) + (f" of the {cue.group(3)}" if cue.group(3) else "")


# What changes itself: a level it moves to is still a change ("inflation slowed to 8.4%", "growth rose to 5%").
_RATE_OF_CHANGE_RE = re.compile(r"\b(?:growth|inflation|index|indices|prices|change|dynamics)\b", re.IGNORECASE)
# A percent written earlier in the window, and whether "from" opens it ("from 74% to 92%").
_EARLIER_PERCENT_RE = re.compile(r"(?P<from>\bfrom\s+)?[\d.,]+\s*(?:%|percent)")


_LEVEL_NOUN_RE = re.compile(r"\b(?:" + "|".join(lexicon.LEVEL_NOUNS) + r")\b", re.IGNORECASE)


def is_a_level_moved_between(text: str, q: Quantity, sentence_start: int) -> bool:
    """Whether a percent is a level a rate was raised or lowered to or from ("lift the depth of refining to 92% from
    86,5%", "recovery will rise to 91%"), not a change: no rate of change is named before it, and no change in
    percent comes just before it ("grew 5.1%, up from 3.2%")."""
    if q.kind != "percent" or not _LEVEL_BEFORE_RE.search(text, max(sentence_start, q.start - 20), q.start):
        return False
    if (_OF_THE_LEVEL_RE.match(text, q.tail_end) or q.value > 100) and not _OF_A_CAPACITY_RE.match(text, q.tail_end):
        # "rose to 112.6% of the same period of 2023", "Mining grew to 102.4%": an index against its base, a change
        # (a rate's level stays within 100%).
        return False
    window_start = max(sentence_start, q.start - 80)
    if _RATE_OF_CHANGE_RE.search(text, window_start, q.start):
        return False
    earlier = list(_EARLIER_PERCENT_RE.finditer(text, window_start, q.start))
    return (
        not earlier
        or earlier[-1]["from"] is not None
        or bool(_LEVEL_BEFORE_RE.search(text, window_start, earlier[-1].start()))
    )


_RATE_LEVEL_ITEMS_RE = re.compile(rf"\b(?:{'|'.join(lexicon.RATE_LEVEL_ITEMS)})\b", re.IGNORECASE)


# "losses stand at 28%", "coverage has reached 91.4%", "assets in foreign currency account for 31.5%", "3.8 million, or
# 84%", "74% and 68% respectively have exceeded": a level, where no word of change is near.
_STATED_LEVEL_BEFORE_RE = re.compile(
    rf"(?:\b(?:{longest_first(lexicon.LEVEL_STATING_VERBS)})"
    r"|,\s+or|\bOf\s+(?:these|them|this|which)\s*,(?:\s*\d[\d.,]*%\s*(?:,|and))*)\s+" + QUALIFIER_GAP + r"\Z"
)
_CHANGE_WORD_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(lexicon.CHANGE_WORDS_AFTER_A_PERCENT)})\b")
_STATED_LEVEL_AFTER_RE = re.compile(
    rf"\s+(?:{longest_first(lexicon.LEVEL_AFTER_WORDS)}"
    rf"|(?:{'|'.join(lexicon.PERCENT_AS_SUBJECT_VERBS)})\b(?!\s+(?:{'|'.join(lexicon.PLANNED_PERCENT_WORDS)})\b))\b"
)


def _is_a_level(text: str, q: Quantity, left: int) -> bool:
    """A percent that states a level, a part of a whole ("losses stand at 28%"); asked only when no measure cue,
    so no word of change, is near it."""
    if q.value > 100 or _CHANGE_WORD_AFTER_RE.match(text, q.tail_end):
        return False  # "The cattle herd was 3.1% larger": a change
    return bool(
        _STATED_LEVEL_BEFORE_RE.search(text, max(left, q.start - 60), q.start)
        or _STATED_LEVEL_AFTER_RE.match(text, q.tail_end)
    )


def _is_a_rate_level(text: str, q: Quantity, sentence_start: int) -> bool:
    """A percent a rate moved to or from, where the rate is a part of a whole (lexicon.RATE_LEVEL_ITEMS)."""
    if q.kind != "percent" or not _RATE_AT_BEFORE_RE.search(text, max(sentence_start, q.start - 20), q.start):
        return False
    return _RATE_LEVEL_ITEMS_RE.search(text, max(sentence_start, q.start - 60), q.start) is not None
