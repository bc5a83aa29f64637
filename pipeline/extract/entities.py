"""Entities: the places, enterprises, projects and organisations an article names, and what refers back to them.

Text in, mentions and rows out; pure functions, every regex compiled once at import.

How a mention is found, in order:

1. runs of capitalised words are cut at role titles, months, person names and outlet names, then
   read as a place (gazetteer, "X region"), or as a name typed by its head noun ("Qarmet
   metallurgical plant", "Ministry of Energy"), legal form ("Samruk-Kazyna JSC") or by default as
   a company; a name runs across "and"/"of"/"&" when a known name spans the joiner ("Procter &
   Gamble") or the words after it end in an organisation head ("Navoi Mining and Metallurgical
   Combine"), never when either side is a place or a person ("Almaty and Karaganda regions");
   quoted names («…», “…”) and unnamed-but-described things ("the steel pipe plant in Aktobe",
   "the project to produce Belarus tractors", "department of … of Kostanay region") too;
2. lists typed by a plural noun ("West Kazakhstan and Atyrau regions", "the cities of Nur-Sultan
   and Almaty") retype their items; "Name (ABBR)" makes ABBR the same entity;
3. coreferent noun phrases ("the plant", "the company", "the project") take the most recent
   compatible named entity ("the plant" prefers an enterprise to a programme); "the region", "the
   city" and "the country" take the one the article is about so far (mentioned most, then last),
   since "Accounting for 36% of East Kazakhstan's total, the region's GRP ..." still means the
   article's region; a demonym ("Kazakh") points at its country without naming it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter, itemgetter

from pipeline.extract.folding import GuardedPattern, key_words, lexicon_key
from pipeline.extract.people import (
    UPPER,
    capital_runs,
    extract_people,
    find_person_mentions,
    find_role_spans,
    lexicon_positions,
    written_lowercase,
)
from pipeline.extract.sentences import capitalised_share, opens_sentence
from pipeline.extract.tries import longest_first
from schemas.gazetteer import (
    CAPITALS,
    CITIES,
    CITY_EPITHETS,
    COUNTRIES,
    DEMONYMS,
    FOREIGN_REGIONS,
    FOREIGN_REGIONS_SHARING_A_NAME,
    HOME_COUNTRY,
    KNOWN_NAMES,
    KZ_REGIONS,
    NATURAL_FEATURES,
    REGION_OF_CENTRE,
    REGION_WORDS,
    REGIONS_NAMED_AFTER_UNLISTED_CENTRES,
    WORLD_REGION_ADJECTIVES,
    WORLD_REGIONS,
)
from schemas.lexicon import (
    ATTRIBUTIVE_OPENERS,
    BUYER_NOUNS,
    BUYER_ROLE_NOUNS,
    BUYER_VERBS,
    CARRIAGE_WORDS,
    COUNT_VERBS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    CUSTOMER_SUPPLY_VERBS,
    MAKER_AND_SELLER_VERBS,
    MARKET_RANK_WORDS,
    MEASURED_NOUNS,
    NUMBER_WORDS,
    SCALES,
    SHARE_VERBS,
    STAKE_WORDS,
    WORKS_PROCESS_NOUNS,
)
from schemas.roles import (
    ALIAS_HEADS,
    AND_JOINED_PROJECT_HEADS,
    BRAND_PRODUCT_NOUNS,
    BUILDER_LEADS,
    BUILDER_ROLE_WORDS,
    CALENDAR_WORDS,
    CAPITAL_HEADS,
    CITY_AREA_HEADS,
    COMMODITY_WORDS,
    COMPANY_DESCRIPTORS,
    COMPANY_NOUNS,
    COMPANY_OFFICER_TITLES,
    COMPONENT_VERBS,
    CONNECTING_HEADS,
    CORPORATE_VERBS,
    DEPARTMENT_LEVELS,
    DEPARTMENT_NAME_END_VERBS,
    DESCRIBED_HEAD_TYPES,
    DESCRIBED_WORKS,
    DESCRIPTIVE_ADJECTIVES,
    DESCRIPTIVE_COMPOUND_ENDINGS,
    DESCRIPTIVE_COMPOUND_PREFIXES,
    DOMAIN_WORDS,
    ENTITY_HEADS,
    FACILITY_ABBREVIATIONS,
    FACILITY_HEADS,
    FACILITY_RUNNER_NOUNS,
    FACILITY_RUNNER_PARTICIPLES,
    FACILITY_SYNONYMS,
    FIELD_LISTING_HEADS,
    FIRM_ALIAS_HEADS,
    FIRM_DESCRIBING_HEADS,
    FIRM_KIND_ALIAS_HEADS,
    FIRM_KIND_NOUNS,
    FUNCTION_WORDS,
    FUNDING_ROUND_WORDS,
    GENERIC_ABBREVIATIONS,
    GENERIC_CAPITAL_HEADS,
    GENERIC_MODIFIERS,
    GRADED_PRODUCT_NOUNS,
    HEADS_HELD_IN_THE_NAME,
    INVESTOR_NAME_WORDS,
    LAW_HEADS,
    LEGAL_FORMS,
    LENDER_NAME_HEADS,
    LIST_HEADS,
    MEDIA_OUTLETS,
    MODEL_NOUNS,
    MODEL_TRIMS,
    NAME_ABBREVIATIONS,
    NAME_INNER_ABBREVIATIONS,
    NAME_INTRODUCING_WORDS,
    NAME_KEEPING_TYPES,
    NATURAL_FEATURE_HEADS,
    NON_ENTITY_WORDS,
    NOT_SUBJECT_LEADS,
    NUMBERED_WORKS_ABBREVIATIONS,
    ONE_OF_SEVERAL_WORDS,
    OPERATOR_VERBS,
    ORG_NAME_WORDS,
    PART_POSITION_WORDS,
    PARTNER_CUES,
    PLACE_NAMED_HEADS,
    PLACE_NAMED_WORKS,
    PLANT_UNIT_HEADS,
    PRODUCT_VERBS,
    PROGRAMME_HEADS,
    PROJECT_VERBS,
    PUBLIC_BANK_WORDS,
    REPORTED_TYPES,
    REPORTING_BODY_WORDS,
    ROLE_TITLES,
    ROUTE_HEAD_MODIFIERS,
    ROUTE_HEAD_TYPES,
    ROUTE_NOUNS,
    SEAT_PARTICIPLES,
    SECTOR_COMPLEXES,
    SECTOR_HEADS,
    SENTENCE_OPENERS,
    SETTLEMENT_HEADS,
    SETTLEMENT_OF_HEADS,
    SPEECH_VERBS,
    STANDARD_HEADS,
    TITLE_ADJECTIVES_IN_NAMES,
    TITLE_BODIES,
    UNDESCRIBED_HEADS,
    WEB_DOMAINS,
)
from schemas.time_lexicon import IRREGULAR_PAST_VERBS, OPERATING_EVENT_VERBS

__all__ = ["EntityMention", "extract_entities", "extract_people", "find_entity_mentions"]

Span = tuple[int, int]


@dataclass(frozen=True)
class EntityMention:
    """One mention of an entity: where it is, the entity's canonical name and type, and whether it is coreferent."""

    start: int
    end: int
    name: str
    type: str
    is_alias: bool


# --------------------------------------------------------------------------- lexicons compiled once

_PLACE_READINGS: dict[str, list[tuple[str, str]]] = {}


def _add_reading(surface: str, kind: str, canonical: str) -> None:
    readings = _PLACE_READINGS.setdefault(surface, [])
    if (kind, canonical) not in readings:
        readings.append((kind, canonical))


for _name, _variants in COUNTRIES.items():
    for _surface in (_name, *_variants):
        _add_reading(_surface, "country", _name)
for _name, _variants in KZ_REGIONS.items():
    for _surface in (_name, *_variants):
        _add_reading(_surface, "region", _name)
for _name, _variants in CITIES.items():
    for _surface in (_name, *_variants):
        _add_reading(_surface, "city", _name)
for _surface in WORLD_REGIONS:
    _add_reading(_surface, "world", _surface)


@dataclass(frozen=True)
class _PlaceInfo:
    """How a gazetteer spelling reads by default (a city before a region), and whether it can be a region."""

    kind: str
    canonical: str
    region: str | None
    world: bool
    readings: list[tuple[str, str]]
    key: str = ""  # "city:Astana": the identity of the default reading


def _place_info(readings: list[tuple[str, str]]) -> _PlaceInfo:
    kinds = [k for k, _ in readings]
    kind = "city" if "city" in kinds else kinds[0]
    canonical = next(c for k, c in readings if k == kind)
    region = next((c for k, c in readings if k == "region"), None)
    return _PlaceInfo(kind, canonical, region, "world" in kinds, readings, f"{kind}:{canonical}")


_PLACES: dict[str, _PlaceInfo] = {surface: _place_info(r) for surface, r in _PLACE_READINGS.items()}

TITLE_WORDS: frozenset[str] = frozenset(w for t in ROLE_TITLES for w in t.split() if w[0].isupper()) | {
    "Prime",
    "PM",
    "Deputy",
    "Vice",
    "Acting",
    "Akim",
    "Mayor",
}
# Capitalised words that end a name: titles, dates, words that are never entities, outlets.
BREAK_WORDS: frozenset[str] = (
    (TITLE_WORDS - {"Group", "Chief", "Executive", "Officer", "General", "Regional", "Managing", "Board"})
    | CALENDAR_WORDS
    | (NON_ENTITY_WORDS - {"Board", "Board of Directors", "Republic", "Kingdom", "State"})
    | {w for w in MEDIA_OUTLETS if " " not in w}
) - {"State"}  # "State Revenue Committee", "State Social Insurance Fund": a body's name opens with it
# Words of a title that are names' words elsewhere ("General", "Regional"): they end a name only next to a title.
SOFT_TITLE_WORDS: frozenset[str] = frozenset(
    {"Deputy", "Vice", "First", "Acting", "Executive", "Regional", "General", "Managing", "Senior", "Chief", "Officer"}
)
# Capitalised words that are never a name by themselves. (Runs of capitalised words come from
# `people.capital_runs`; word boundaries are checked in Python.)
SKIP_WORDS: frozenset[str] = BREAK_WORDS | FUNCTION_WORDS | NON_ENTITY_WORDS | DOMAIN_WORDS | SOFT_TITLE_WORDS
# A lone capitalised word that is none of the entities': skipped before any reading.
SINGLE_SKIP_WORDS: frozenset[str] = SKIP_WORDS | MEDIA_OUTLETS | WORLD_REGIONS | WORLD_REGION_ADJECTIVES
# Lower-case words a name may run across: "Bank of China", "Navoi Mining and Metallurgical Combine".
OF_JOINERS: frozenset[str] = frozenset({"of", "for", "of the", "for the", "de"})
AND_JOINERS: frozenset[str] = frozenset({"and", "&"})
# Capitalised last words of an organisation's or enterprise's name: a name ending in one runs across
# "and"/"of" ("Almaty Cable and Wire Plant"), and two names ending in one are two names.
ORG_HEAD_WORDS: frozenset[str] = frozenset(
    {w for w, t in CAPITAL_HEADS.items() if t in {"organization", "enterprise"}}
    | {h.capitalize() for h, (t, _) in ENTITY_HEADS.items() if " " not in h and t in {"organization", "enterprise"}}
    | AND_JOINED_PROJECT_HEADS
)
# Known names that hold a joiner, by first word: "Procter" -> ("Procter & Gamble",).
KNOWN_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {}
for _known in sorted(KNOWN_NAMES, key=len, reverse=True):
    KNOWN_BY_FIRST_WORD[_known.split()[0]] = (*KNOWN_BY_FIRST_WORD.get(_known.split()[0], ()), _known)
# "KZT4.6bn", "MNT412.5", "Q3", "COP29": an amount or a code glued to its digits ends a name; every currency code
# of the vocabulary counts.
_GLUED_CODES = sorted({code for code in CURRENCY_PREFIXES if code.isalpha()} | {"US", "Q", "H", "COP"}, key=len)
# "TMT48 Holding", "KGS2 Energy": letters and whole digits before a capitalised word are a name, not an amount.
_CODE_IN_A_NAME_RE = re.compile(r"[A-Z]{2,4}\d+[ \t]+[A-Z](?!illion|rillion|housand|ln\b|n\b)")
MONEY_TOKEN_RE = re.compile(rf"^(?:{'|'.join(reversed(_GLUED_CODES))})?\d|^[A-Z]{{2,4}}\d+[a-z]+$")

_HEADS_BY_LENGTH = sorted(ENTITY_HEADS, key=len, reverse=True)
HEAD_ALT = "|".join(re.escape(h) for h in _HEADS_BY_LENGTH)
# Lower-case modifiers between a name and its head: "Ashina KZ sewing factory", "Aktogai mining and processing combine".
_MOD_WORD = r"(?!(?:the|a|an|of|to|in|on|at|for|by|with|from|is|was|are|were|has|have|had|will|and the)\b)[a-z][a-z-]*"
# Greedy over modifiers so the last head wins ("Bright village program" is a programme, not a village).
# ("its Oz Uiim (My Home) programme": a translation in brackets may stand between the name and its head.)
HEAD_AFTER_RE = re.compile(
    r"(?:[ \t]+\([A-Z][a-z][^()\n]{0,30}\))?"
    rf"(?P<mods>(?:[ \t]+{_MOD_WORD}){{0,4}})[ \t]+(?P<head>{HEAD_ALT})(?![\w-])"
)
NUMBER_SUFFIX_RE = re.compile(r"[ ]+No\.[ ]?\d+$")
# "Line 1", "Unit 3": a unit's number right after its capitalised head.
_UNIT_NUMBER_AFTER_RE = re.compile(r"[ ]\d{1,2}\b(?![.,]?\d)(?![ \t]*%)")
# A city's name before lower-case words and a facility noun: "Aktau seaport", "Atyrau polypropylene plant".
# ", Kazakhstan's international technology park,", ", a bus maker,": an appositive and its head noun.
APPOSITIVE_HEAD_RE = re.compile(
    r",[ \t]+(?:an?[ \t]+|the[ \t]+|[A-Z][\w-]*(?:'s|’s)[ \t]+)(?:[\w-]+[ \t]+){0,4}?(?P<head>[a-z]+)"
    # ", a bus plant in Semey,", ", a fruit-processing plant in Talgar commissioned last year,", ", a joint venture of
    # Turkey's Erdemli Kagit and local company Shu Agroinvest,"
    r"(?:[ \t]+(?:in|near|of|on|at)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:['’]s)?(?:[ \t]+[\w-]+){0,8}"
    # ", the aluminium smelter on the northern edge of Pavlodar,", ", a meat plant near the village of Zatobolsk,",
    # ", a fish plant on the bank of the Ural river in Atyrau,"
    r"|[ \t]+(?:in|near|on|at|outside)[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:of|in)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*"
    r"(?:[ \t]+[\w-]+){0,6}"
    # ", a domestic maker of soap, detergents and cosmetics,": what the maker makes, listed in lower case
    r"|[ \t]+of[ \t]+[a-z][\w-]*(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)[a-z][\w-]*){0,8}(?=,[ \t]+[a-z]))?"
    # ", a plant for recycling spent lead-acid batteries,", ", a plant producing glued laminated timber and house
    # kits,", ", a plant making generic antibiotics,"
    r"(?:[ \t]+(?:for|producing|making|manufacturing|assembling)[ \t]+[\w-]+(?:[ \t]+[\w-]+){0,7}?(?=,))?"
    # ", a brick factory founded in 2012,", ", a greenhouse complex built with Dutch technology in the Ile district,"
    # (not a comma inside a number: "built in 2010 produced 30,000 tons")
    r"(?:[ \t]+(?:founded|established|opened|launched|commissioned|built)(?:[ \t]+[\w-]+){0,12})?,(?!\d)"
)
REGION_AFTER_RE = re.compile(r"[ \t]+(?P<word>" + "|".join(sorted(REGION_WORDS)) + r")(?![\w-])")
PARENTHESIS_AFTER_RE = re.compile(r"[ \t]*\((?P<inner>[^()\n]{1,60})\)")
POSSESSIVE_RE = re.compile(r"[’']s$")
_MOD_STOP = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "its", "their", "his", "her"}
    | {"is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should"}
    | {"which", "that", "who", "this", "these", "those", "also", "not", "as", "into", "than", "then", "or"}
    | {"visited", "toured", "said", "reviewed", "inspected", "opened", "launched", "built", "went", "is"}
)
# A lower-case word that may describe a facility ("polypropylene", "float glass"), not a verb or joiner.
_DESCRIBING_WORD = r"(?!(?:" + "|".join(sorted(_MOD_STOP | {"and"})) + r")\b)[a-z][a-z-]*"
# What may follow a town's name as the head of what the name names: "Pavlodar refinery", "Keles main canal".
_CITY_NAMED_HEADS = FACILITY_HEADS | COMPANY_DESCRIPTORS | frozenset(PLACE_NAMED_WORKS)
# "Pavlodar refinery", "Semey combined heat and power plant": describing words may be coordinated.
PLACE_FACILITY_RE = re.compile(
    rf"(?:[ \t]+{_DESCRIBING_WORD}(?:[ \t]+and[ \t]+{_DESCRIBING_WORD})?){{0,3}}?[ \t]+(?P<head>"
    + "|".join(sorted(_CITY_NAMED_HEADS))
    + r")(?![\w-])"
)

_NATURE_AFTER_A_PLACE = frozenset(head.capitalize() for head in CITY_AREA_HEADS if " " not in head) - {"Agglomeration"}
_CITY_AREA_RE = re.compile(r"[ \t]+(?:" + "|".join(CITY_AREA_HEADS).replace(" ", r"[ \t]+") + r")(?![\w-])")
_AUXILIARIES = frozenset({"has", "had", "have", "is", "was", "are", "were", "will", "would"})
# "Agency on Statistics under the President": a body's head runs on across "on" and a parent body.
ON_TAIL_RE = re.compile(
    rf"[ \t]+on[ \t]+[{UPPER}][a-z]+(?:[ \t]+(?:and[ \t]+)?[{UPPER}][a-z]+){{0,3}}"
    r"(?:[ \t]+under[ \t]+the[ \t]+(?:President|Government|Cabinet[ \t]+of[ \t]+Ministers)(?![\w-]))?"
)
# "to build a …", "construction of the …": the described thing is a project, not yet an enterprise.
BUILD_BEFORE_RE = re.compile(r"\b(?:to[ \t]+(?:build|construct|set[ \t]+up)|construction[ \t]+of)[ \t]+$")
QUOTED_RE = re.compile(r"[«“\"](?P<q>[^«»“”\"\n]{1,40})[»”\"]")
# "the steel pipe plant in Aktobe": found from its rare tail ("plant in <Capital>") and read backwards.
# "the new ice arena under construction in Petropavl": what is being done to it does not part it from its place.
DESCRIBED_TAIL_RE = re.compile(
    rf"(?P<head>[a-z]+)[ \t]+(?:(?:under[ \t]+construction|being[ \t]+built)[ \t]+)?(?P<prep>in|at|near)[ \t]+"
    rf"(?P<the>the[ \t]+)?(?=[{UPPER}])"
)
DESCRIBED_HEAD_RE = re.compile(
    r"\b(?P<det>the|a|an|its|their|The|A|An|Its|Their)[ \t]+(?:[\d.,]+[ \t]*(?:GW|MW|kW)[ \t]+|[\d.,]+-[a-z-]+[ \t]+)?"
    r"(?P<mods>(?:[a-z][a-z-]*[ \t]+){0,3})$"
)
# "the project to produce Belarus tractors": a verb after "to" ("presenting the project to the city council" names
# only whom it was shown to).
PROJECT_TO_RE = re.compile(r"(?P<name>project[ \t]+to[ \t]+(?!(?:the|a|an|its|their|this|these|those)\b)[a-z]+)[ \t]+")
PROJECT_DET_RE = re.compile(r"\b(?:the|a|The|A)[ \t]+$")
OBJECT_WORD_RE = re.compile(r"[\w’'-]+")
_OBJECT_STOP = frozenset(
    {"with", "is", "are", "was", "were", "will", "would", "should", "could", "can", "for", "worth", "which", "that"}
    | {"this", "next", "last", "by", "and", "to", "has", "have", "had", "costing", "valued", "totaling", "totalling"}
    | {"a", "an", "the", "its", "their", "his", "her", "be", "been", "at", "on", "from", "under", "as", "of"}
)
# "the regional department of entrepreneurship and investment reports", "the department of industry expects": the
# name ends before a verb of speech, an auxiliary or a verb of intent.
_DEPARTMENT_NAME_ENDS_BEFORE = "|".join(sorted(SPEECH_VERBS | DEPARTMENT_NAME_END_VERBS))
DEPARTMENT_RE = re.compile(
    r"[a-z]+[ \t]+of[ \t]+[a-z][^,.;:\n«»“”\"()]{3,140}?(?=[,.;:\n)]|$|[ \t]+(?:"
    + _DEPARTMENT_NAME_ENDS_BEFORE
    + r")\b)"
)
ITEM_GAP_RE = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*(?:,|,?[ \t]+and|[ \t]+and)[ \t]+(?:the[ \t]+)?")
LAST_GAP_RE = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]+")
LIST_INTRO_RE = re.compile(
    r"[ \t]*(?:are|were|include|included|including|namely|such as|like|of|–|—|-|:)[ \t]*(?:the[ \t]+)?"
)
# "the plant", "the new 16-hectare plant", "The metallurgical plant’s": found from the head noun, read backwards.
ALIAS_HEAD_RE = re.compile(r"(?P<head>[a-z]+)(?![\w-])(?P<poss>[’']s)?(?![ \t]+(?:of|to)\b)")
# The determiner nearest the head: "this year the region" is "the region" (a determiner is never a modifier).
# "the company", "this new plant", "the Chinese company" (a nationality describes the company it points back to),
# "this year's race".
ALIAS_DET_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|(?P<year>(?:[Tt]his|[Ll]ast|[Nn]ext)[ \t]+year['’]s))[ \t]+"
    # ("The 48 million-somoni plant", "the $300 million smelter": a cost or size before the head is a modifier too.)
    r"(?P<mods>(?:(?!(?:the|this)[ \t])(?:[a-z][a-z-]*|\d+-[a-z]+|"
    r"(?:US\$|\$|€)?\d[\d.,]*(?:[ \t]+(?:million|billion|trillion|mln|bln|bn))?(?:-[a-z]+)?|"
    + "|".join(sorted(DEMONYMS, key=len, reverse=True))
    + r")[ \t]+){0,2})$"
)
NESTED_PLACE_RE = re.compile(r"[ \t](?:in|at|of|near)[ \t]+(?:the[ \t]+)?$")
COORDINATION_RE = re.compile(r"[ \t]+and[ \t]+|,[ \t]*")
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
# "Established in 2005, ...", "founded in 1998", "operating since 2005": the cue words come from the
# word index, then the year is read right after them.
FOUNDED_YEAR_RE = re.compile(r"[ \t]+in[ \t]+(?P<year>(?:1[89]|20)\d\d)\b")
SINCE_YEAR_RE = re.compile(r"[ \t]+(?P<year>(?:1[89]|20)\d\d)\b")
SINCE_OPERATING_RE = re.compile(r"(?:operating|operated|in operation|existed|existing|working|operates|works)[ \t]+$")
_SECTOR_HEAD_ALT = "|".join(SECTOR_HEADS)
SECTOR_OPENER_RE = re.compile(rf"\bIn[ \t]+(?P<sector>[a-z][a-z -]{{2,40}}?(?:{_SECTOR_HEAD_ALT})),")
INDUSTRY_BEFORE_RE = re.compile(r"(?<![\w-])(?P<sector>(?:[a-z][a-z-]+[ \t]+){1,2})$")
PRODUCED_RE = re.compile(
    r"[ \t]+(?:in[ \t]+)?(?P<np>[a-z][a-z -]{2,60}?)"
    r"(?=[,.;:(]|[ \t]+(?:including|for|from|using|with|such|in|at|to|into|per|annually|a year)\b)"
)


def _word_positions(text: str, start: int, end: int, lexicon: str) -> list[tuple[int, str]]:
    """(position, word) for each whole-word occurrence of a word of `people.LEXICONS[lexicon]` in [start, end)."""
    found = lexicon_positions(text)[lexicon]
    if start or end < len(text):
        return found[bisect_left(found, (start,)) : bisect_left(found, (end,))]
    return found


@lru_cache(maxsize=4)
def _head_positions(text: str) -> tuple[int, ...]:
    """Where an entity head noun ("plant", "zone", "program") stands: a name can only take a head there."""
    return tuple(map(itemgetter(0), lexicon_positions(text)["head"]))


def _head_near(text: str, pos: int, limit: int) -> bool:
    heads = _head_positions(text)
    i = bisect_left(heads, pos)
    return i < len(heads) and heads[i] < min(limit, pos + 70)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "-_"


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding `pos` (after the last ". ", "! ", "? " or line break)."""
    best = text.rfind("\n", 0, pos) + 1
    for mark in (". ", "! ", "? ", ".» ", ".” "):
        found = text.rfind(mark, best, pos)
        if found >= 0:
            best = max(best, found + len(mark))
    return best


def _sentence_end(text: str, pos: int) -> int:
    """End of the sentence holding `pos` (just after the first ". ", "! ", "? " or line break from it)."""
    best, stop = -1, len(text)
    for mark in (". ", "\n", "! ", "? "):
        found = text.find(mark, pos, stop + len(mark) - 1)  # only marks that start before the best so far
        if found >= 0:
            best = stop = found
    return best + 1 if best >= 0 else len(text)


# Ranks that decide which mention gives an entity its type: a head noun beats a legal form beats a guess.
TYPE_FROM_GAZETTEER, TYPE_FROM_HEAD, TYPE_FROM_LEGAL, TYPE_GUESSED = 5, 4, 3, 1


@dataclass(slots=True)
class _Cand:
    """A mention candidate before grouping: where, what kind, and the key that identifies its entity."""

    start: int
    end: int
    key: str
    name: str
    type: str
    type_rank: int
    kind: str = "name"  # name | place | described | alias | demonym
    is_alias: bool = False
    head: str | None = None  # alias head ("plant", "country") for coreference
    nested: bool = False  # a place inside a described entity ("... plant in Aktobe")
    abbreviation: bool = False
    owned: bool = False  # "its plant in X": the name takes the owner's name
    one_of_several: bool = False  # "its third plant in X", "its new mill": one works of the owner's, not all
    place_facility: str | None = None  # "Pavlodar refinery": the facility head after a city's name
    place_kind: str | None = None
    readings: tuple[tuple[str, str], ...] | list[tuple[str, str]] = ()


# --------------------------------------------------------------------------- public API


def find_entity_mentions(
    text: str, spans: list[Span] | None = None, title_end: int = 0, dateline_country: str | None = None
) -> list[EntityMention]:
    """Every entity mention inside `spans` (the whole text when None), in text order, coreference resolved.

    In: the article text, optionally its body spans (header furniture excluded), where its title ends
    (0 when it has none: a headline's "Pavlodar refinery" stands for the company the body names first) and the
    country of its dateline's capital, if any ("the country" in a story from Bishkek that names Kyrgyzstan and
    Kazakhstan as often is Kyrgyzstan).
    Out: EntityMention list; coreferent mentions ("the plant") carry the name of the entity they refer to.
    """
    return list(_find_mentions(text, None if spans is None else tuple(spans), title_end, dateline_country))


# The engine asks for the mentions, and the people finder asks again to place roles: the last
# few articles are remembered so the work is done once.
@lru_cache(maxsize=4)
def _find_mentions(
    text: str, spans: tuple[Span, ...] | None, title_end: int = 0, dateline_country: str | None = None
) -> tuple[EntityMention, ...]:
    regions = [(0, len(text))] if spans is None else list(spans)
    persons = find_person_mentions(text, None if spans is None else list(spans))
    person_spans = [(p.start, p.end) for p in persons]
    person_tokens = _token_starts(text, person_spans)
    cands: list[_Cand] = []
    for start, end in regions:
        _scan_sequences(text, start, end, person_tokens, cands)
        _scan_quoted(text, start, end, cands)
        _scan_titled_programmes(text, start, end, cands)
        _scan_described(text, start, end, cands)
        _scan_aliases(text, start, end, cands)
    cands = _resolve_overlaps(text, cands, person_spans)
    if "–" in text or "-" in text:
        _join_route_names(text, cands)
    _join_dashed_zone_names(text, cands)
    _join_names_joined_before_a_project(text, cands)
    _type_towns_coordinated_with_places(text, cands)
    _type_towns_firms_stand_in(text, cands)
    _type_towns_placed_in_countries(text, cands)
    _type_towns_flown_to(text, cands)
    _type_bare_names_of_regions_named(text, cands)
    _join_bare_names_of_nature(text, cands)
    _type_nature_named_by_its_parts(text, cands)
    _join_facilities_built_by_firms(text, cands)
    _join_things_given_a_name(text, cands)
    if title_end and _in_title_case(text[:title_end]):
        cands = _names_the_body_confirms(cands, title_end)
    elif title_end:
        cands = _opening_names_the_body_confirms(text, cands, title_end)
    kinds = {c.kind for c in cands}
    if "weak" in kinds:
        _confirm_weak(text, cands)
    role_spans = find_role_spans(text, None if spans is None else list(spans))
    if role_spans:
        _drop_titles(text, cands, role_spans)
    if lexicon_positions(text)["list"]:
        _retype_lists(text, cands)
    if "district" in text:
        _name_districts(text, cands)
    if "(" in text:
        _link_parentheses(text, cands)
    if "described" in kinds:
        _drop_owned_projects(text, cands)
    if " as " in text or "ormerly " in text or "renamed " in text or " called " in text:
        cands = _drop_former_names(text, cands)
    return tuple(_resolve(text, cands, title_end, dateline_country))


# "Founded in 2003 as the Housing Construction Savings Bank, the bank ...", "The company, known until December as
# ArcelorMittal Temirtau, ...": an entity's old name, not another entity that "the bank" or a figure could mean.
_FORMER_NAME_BEFORE_RE = re.compile(
    r"\b(?:(?:[Ff]ounded|[Ee]stablished|[Ss]et\s+up|[Cc]reated|[Rr]egistered)(?:\s+in\s+\d{4})?\s+as"
    r"|[Ff]ormerly(?:\s+(?:known|called)(?:\s+as)?)?|(?:previously|then)\s+(?:known\s+as|called)"
    r"|known\s+(?:until|before)\s+[\w ]{1,24}?\s+as|renamed\s+from)\s+(?:the\s+)?\Z"
)


def _drop_former_names(text: str, cands: list[_Cand]) -> list[_Cand]:
    """The candidates less the names an entity bore before (see _FORMER_NAME_BEFORE_RE), where a firm or body was
    named before by another name (else the old name is the only one the text gives). A name with "'s" after it
    ("established as Samruk-Kazyna's unit") is an owner, kept."""
    kept: list[_Cand] = []
    for c in cands:
        if (
            not c.is_alias
            and c.kind in ("name", "weak")
            and _FORMER_NAME_BEFORE_RE.search(text, max(0, c.start - 50), c.start)
            and not text.startswith(("'s", "’s"), c.end)
            and any(k.kind == "name" and k.type in ("enterprise", "organization") and k.key != c.key for k in kept)
        ):
            continue
        kept.append(c)
    return kept


# "Tselinograd district", "in Mendykara, Auliekol and Karabalyk districts": a name a district word follows.
_DISTRICT_AFTER_RE = re.compile(r"[ \t]+district\b")
_DISTRICT_LIST_AFTER_RE = re.compile(r"(?:,[ \t]*[A-Z][\w’'-]+)*,?[ \t]+and[ \t]+[A-Z][\w’'-]+[ \t]+districts\b")
_DISTRICT_LIST_LINK_RE = re.compile(r",?[ \t]*(?:and[ \t]+)?")


def _name_districts(text: str, cands: list[_Cand]) -> None:
    """A one-word name or town with "district" after it, alone or in a list, names a district (type `other`)."""
    listed_until = -1
    for index, cand in enumerate(cands):
        if cand.is_alias or cand.kind not in ("name", "place") or " " in cand.name:
            continue
        single = _DISTRICT_AFTER_RE.match(text, cand.end)
        in_list = cand.start < listed_until or _DISTRICT_LIST_AFTER_RE.match(text, cand.end)
        if in_list and not single and cand.start >= listed_until:
            listed_until = text.find("districts", cand.end) + len("districts")
        if not (single or in_list):
            continue
        name = text[cand.start : cand.end] + " district"
        cand.name, cand.key, cand.type, cand.type_rank, cand.kind = name, _key(name), "other", TYPE_FROM_HEAD, "name"
        if single:
            cand.end = single.end()
        cands[index] = cand


# ", Azernews reports.", ", Kun.uz reported.": a one-word source that ends a sentence with its reporting verb.
_OUTLET_REPORTS_RE = re.compile(r"[ \t]+(?:reports|reported|writes|wrote)[ \t]*[.,]")


def _opening_names_the_body_confirms(text: str, cands: list[_Cand], title_end: int) -> list[_Cand]:
    """ "Mushroom farm near Almaty to triple output", "Idle Merke sugar plant restarts": a title's first word is
    capitalised wherever it stands, so a name that starts with it is no name when the body writes that word in lower
    case ("mushrooms", "stood idle") and never starts a name with it ("Qarmet to invest ..." stays)."""
    opening = len(text) - len(text.lstrip())
    first = _FIRST_WORD_RE.match(text, opening, title_end)
    if first is None:
        return cands
    word = first.group(0)
    if not re.search(r"\b" + re.escape(word.lower()) + r"(?:s|es)?\b", text[title_end:]):
        return cands
    body_starts = {c.name.split()[0] for c in cands if c.start >= title_end and c.name}
    return [c for c in cands if c.start != opening or c.kind != "name" or word in body_starts]


_FIRST_WORD_RE = re.compile(r"[A-Z][a-z]+\b")


def _in_title_case(title: str) -> bool:
    """ "Kazakhstan Picks Winners Of Wind And Solar Auctions": a headline whose every word is capitalised."""
    words = [w for w in title.split() if w[:1].isalpha()]
    if len(words) < 4 or FUNCTION_WORDS.isdisjoint(words[1:]):
        return False
    return capitalised_share(title) >= 0.8


def _names_the_body_confirms(cands: list[_Cand], title_end: int) -> list[_Cand]:
    """In a title-case headline capitals say nothing: keep its places and the names the body also writes."""
    body_keys = {c.key for c in cands if c.start >= title_end}
    return [c for c in cands if c.start >= title_end or c.kind != "name" or c.key in body_keys]


# "Khorgos – Eastern Gate", "the Zhezkazgan–Saryarka railway line": an en dash may touch the names.
_NAME_DASH_RE = re.compile(r"[ \t]*[–—][ \t]*|[ \t]+-[ \t]+")


_ROUTE_WORD = r"(?!(?:The|This|That|A|An|In|On|At|By|For|From|To|Of|And|With)\b)[A-Z][\w'’]*"
_ROUTE_PLACE = rf"{_ROUTE_WORD}(?:[ \t]+{_ROUTE_WORD})?"
_ROUTE_NAME_RE = re.compile(
    rf"(?P<names>{_ROUTE_PLACE}(?:[–—-]{_ROUTE_PLACE})+)(?:[ \t]+\((?P<abbr>[A-Z]{{2,6}})\))?"
    rf"[ \t]+(?P<head>(?:(?:{'|'.join(ROUTE_HEAD_MODIFIERS)})[ \t]+){{0,2}}(?P<kind>{'|'.join(ROUTE_HEAD_TYPES)}))\b"
    # ("the Kazakhstan–China road map", "the Kazakhstan–Uzbekistan line of credit": no works.)
    r"(?![ \t]+maps?\b)(?!(?<=\bline)[ \t]+of\b)"
)
_ROUTE_PART_SPLIT_RE = re.compile(r"[–—-]")


def _join_route_names(text: str, cands: list[_Cand]) -> None:
    """ "the Baku-Tbilisi-Kars (BTK) railway", "the 347 km Miskin–Nukus–Kungrad line": places joined by dashes and a
    route's head are one works (or route) named so, its short form in brackets the same, not its places."""
    for route in _ROUTE_NAME_RE.finditer(text):
        parts = _ROUTE_PART_SPLIT_RE.split(route["names"])
        if any(part in DEMONYMS or part == "Trans" for part in parts) or not any(_is_a_known_place(p) for p in parts):
            continue
        name = f"{route['names']} {route['head']}"
        end = route.end("names") if route["abbr"] else route.end()
        inside = [c for c in cands if c.start < route.end() and c.end > route.start()]
        for cand in inside:
            if route["abbr"] and cand.start == route.start("abbr"):
                continue  # the short form, linked to the route by _link_parentheses
            cands.remove(cand)
        cands.append(_Cand(route.start(), end, _key(name), name, ROUTE_HEAD_TYPES[route["kind"]], TYPE_FROM_HEAD))
    cands.sort(key=lambda c: c.start)


def _is_a_known_place(word: str) -> bool:
    return word in CITIES or word in COUNTRIES or word in KZ_REGIONS or word in CAPITALS


def _join_dashed_zone_names(text: str, cands: list[_Cand]) -> None:
    """ "the Khorgos – Eastern Gate special economic zone": a name, a dash and a zone's name are one name."""
    index = 1
    while index < len(cands):
        first, second = cands[index - 1], cands[index]
        if (
            second.type in ("project", "zone", "other")
            and not first.is_alias
            and _NAME_DASH_RE.fullmatch(text, first.end, second.start)
        ):
            name = text[first.start : second.start] + second.name
            second.start, second.name, second.key = first.start, name, _key(name)
            del cands[index - 1]
            continue
        index += 1


# "an agreement between Qazaq Green Power and Zhanatas Wind Farm Project", "trade between Azerbaijan and Kazakhstan":
# two parties, not one name nor a joint subject.
BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+(?:the\s+)?\Z", re.IGNORECASE)


def _join_names_joined_before_a_project(text: str, cands: list[_Cand]) -> None:
    """ "the Syrdarya Bridge and Road project": a name no gazetteer or legal form types, "and", and a project's name
    are one project's name, not a company and a project."""
    index = 1
    while index < len(cands):
        first, second = cands[index - 1], cands[index]
        if (
            second.type == "project"
            and second.type_rank == TYPE_FROM_HEAD
            and first.kind == "name"
            and first.type_rank == TYPE_GUESSED
            and not first.is_alias
            and text[first.end : second.start] == " and "
            and first.name.count(" ") <= 1
            and not BETWEEN_BEFORE_RE.search(text, max(0, first.start - 12), first.start)
        ):
            name = text[first.start : second.start] + second.name
            second.start, second.name, second.key = first.start, name, _key(name)
            del cands[index - 1]
            continue
        index += 1


def _token_starts(text: str, spans: list[Span]) -> frozenset[int]:
    """Offsets of every word inside the given spans (person names): such words are never entity names."""
    starts = set()
    for start, end in spans:
        pos = start
        for word in text[start:end].split(" "):
            starts.add(pos)
            pos += len(word) + 1
    return frozenset(starts)


def extract_entities(text: str, mentions: list[EntityMention]) -> list[dict]:
    """Entity rows, one per named entity, in order of first mention.

    In: the article text and its mentions from `find_entity_mentions`.
    Out: {"name", "type", "aliases", "founded_year", "sector"}; aliases are the other ways the text
    names the entity (coreferent phrases, longer and shorter forms); entities met only through
    coreference or a demonym are left out.
    """
    groups: dict[str, list[EntityMention]] = {}
    for m in mentions:
        groups.setdefault(m.name.casefold(), []).append(m)
    rows = []
    owners = _founding_owners(text, mentions)
    cues = None
    for group in groups.values():
        for named in group:
            if not named.is_alias:
                break
        else:
            continue  # met only through coreference
        sector = None
        if named.type in {"enterprise", "project"}:
            if cues is None:
                cues = (
                    _word_positions(text, 0, len(text), "production"),
                    _word_positions(text, 0, len(text), "industry"),
                )
            sector = _sector(text, group, mentions, *cues)
        rows.append(
            {
                "name": named.name,
                "type": REPORTED_TYPES.get(named.type, named.type),
                "aliases": _aliases(text, group),
                "founded_year": _founded_year(group, owners) if owners else None,
                "sector": sector,
            }
        )
    return rows


# --------------------------------------------------------------------------- capitalised sequences


_CAPITALISED_WORDS = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
# "the Ministry of Water Resources, Agriculture and Processing Industry": one name across its commas.
_FIELD_LISTING_NAME_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(FIELD_LISTING_HEADS))})\s+of\s+(?:the\s+)?{_CAPITALISED_WORDS}"
    rf"(?:,\s+{_CAPITALISED_WORDS})+,?\s+and\s+{_CAPITALISED_WORDS}"
)
_CAPITALISED_WORD_RE = re.compile(r"[A-Z][\w-]*")


_BASED_PLACE_RE = re.compile(r"([A-Z][\w-]*?)-based ")


_WORKS_PROCESS_OPENING_RE = re.compile(
    "(?:" + "|".join(sorted(noun.capitalize() for noun in WORKS_PROCESS_NOUNS)) + ") of (?:the )?"
)


def _scan_sequences(text: str, start: int, end: int, person_tokens: frozenset[int], cands: list[_Cand]) -> None:
    """Candidates from runs of capitalised words; a lone word (most runs) takes a short path."""
    listing = {m.start(): m.end() for m in _FIELD_LISTING_NAME_RE.finditer(text, start, end)} if ", " in text else {}
    listed_end = -1
    for first, last, group in capital_runs(text, start, end):
        if first < listed_end:
            continue  # a field of a body's name read whole below
        if first in listing:
            listed_end = listing[first]
            spans = [(m.start(), m.end()) for m in _CAPITALISED_WORD_RE.finditer(text, first, listed_end)]
            cands.extend(c for c in (_classify(text, spans, end),) if c is not None)
            continue
        if first:
            char = text[first - 1]
            if char.isalnum() or char in "-_":
                continue  # a capital inside a word
        opener, _, rest = group.partition(" ")
        if rest in _PLACES and opener in SENTENCE_OPENERS and opens_sentence(text, first):
            # "New Atyrau plant can turn out ...": an adjective opening a title before a place the gazetteer knows.
            first, group = first + len(opener) + 1, rest
        elif (process := _WORKS_PROCESS_OPENING_RE.match(group)) and opens_sentence(text, first):
            # "Construction of the Kerki-Shibergan transmission line will cost ...": the work done, then the name.
            first, group = first + process.end(), group[process.end() :]
        if " " not in group:
            if group in SINGLE_SKIP_WORDS or first in person_tokens or _outlet_address(group):
                continue  # "The", "According", "March", "President", a surname: most capitals are these
            if (not group.isalpha() or group == "US" or group == "No") and _is_break(
                text, (first, last), person_tokens
            ):
                continue
            compound_start, compound = _compound_at(text, first, last)
            dashed = compound_start == first and _SPLIT_DASHES_RE.search(compound) is not None
            route = _route(text, first, compound) if dashed else None
            if route is not None and _SPLIT_DASHES_RE.split(compound)[0] in _PLACES:
                cands.append(route)  # "the Taraz-Merke section": a route from a place, whether its end is known
                continue
            if _joins_places(compound):
                route = _route(text, compound_start, compound) if compound_start == first else None
                if route is not None:
                    cands.append(route)
                continue  # "Kazakhstan–China trade": a link between places, no name
            if group in DEMONYMS:
                country = DEMONYMS[group]
                cand: _Cand | None = _Cand(
                    first, last, "country:" + country, country, "country", TYPE_FROM_GAZETTEER, "demonym", True
                )
            elif group in _PLACES:
                cand = _place_cand(text, first, last, group, _PLACES[group], None, end)
            elif len(group) > 3 and group.isupper() and "." not in group and group.title() in _PLACES:
                continue  # "ALMATY. KAZINFORM –": a dateline in capitals
            elif group in PLANT_UNIT_HEADS and (numbered := _UNIT_NUMBER_AFTER_RE.match(text, last)):
                # "the extension of Line 1", "Unit 3 will cost ...": a numbered unit, named with its number.
                name = text[first : numbered.end()]
                cand = _Cand(first, numbered.end(), _key(name), name, "project", TYPE_FROM_HEAD)
            else:
                cand = _name_cand(text, [(first, last)], end, [group])
            if cand is not None:
                cands.append(cand)
            continue
        place_word, _, nature = group.rpartition(" ")
        if nature in _NATURE_AFTER_A_PLACE and place_word in _PLACES:
            # "Uzbekistan's Fergana Valley", "the Naryn River": nature named after a place, neither it nor a firm.
            cands.append(_Cand(first, last, _key(group), group, "other", TYPE_FROM_HEAD))
            continue
        if _SPLIT_DASHES_RE.search(group):
            # "the Western Europe-Western China corridor": a route between its ends, no firm.
            opener, _, rest = group.partition(" ")
            named = (first + len(opener) + 1, rest) if opener in FUNCTION_WORDS else (first, group)
            route = _route(text, *named)
            if route is not None:
                cands.append(route)
                continue
        if (based := _BASED_PLACE_RE.match(group)) and based[1] in _PLACES:
            # "Pavlodar-based Ertis Kabel": where the company is based is a place the text names too.
            place = _place_cand(text, first, first + len(based[1]), based[1], _PLACES[based[1]], None, end)
            if place is not None:
                cands.append(place)
        number = NUMBER_SUFFIX_RE.search(group) if "No." in group else None
        tokens, words, starts = [], [], []
        pos = first
        # The run's capitalised words, between spaces and lower-case joiners ("of", "&").
        pieces = (group[: number.start()] if number else group).split(" ")
        for piece in pieces:
            if piece and piece[0].isupper():
                tokens.append((pos, pos + len(piece)))
                words.append(piece)
                starts.append(pos)
            pos += len(piece) + 1
        if number:  # "Industrial Park No. 4": the number is part of the name
            tokens.append((first + number.start() + 1, last))
            words.append(text[first + number.start() + 1 : last])
        elif person_tokens.issuperset(starts):
            continue  # a person's name ("Beibut Atamkulov"): every word of it ends a name
        elif (
            len(words) == len(pieces)
            and BREAK_WORDS.isdisjoint(words)
            and person_tokens.isdisjoint(starts)
            and "".join(words).isalpha()
            and "US" not in words
            and "No" not in words
        ):
            # Plain capitalised words one space apart, none a title, date or person: one name.
            segment = _strip_function_words(text, tokens) if words[0] in _OPENING_STRIP_WORDS else tokens
            cand = _classify(text, segment, end) if segment else None
            if cand is not None:
                cands.append(cand)
            continue
        for segment in _segments(text, tokens, words, person_tokens):
            cand = _classify(text, segment, end)
            if cand is not None:
                cands.append(cand)


def _outlet_address(word: str) -> bool:
    """Whether `word` is a news outlet's web address ("Tengrinews.kz" for the outlet Tengrinews)."""
    base, dot, domain = word.rpartition(".")
    return bool(dot) and domain in WEB_DOMAINS and base in MEDIA_OUTLETS


_DASHES = "-–—"
_SPLIT_DASHES_RE = re.compile(f"[{_DASHES}]")


_ROUTE_AFTER_RE = re.compile(
    r"[ \t]+(?P<head>route|corridor|highway|motorway|road|railway line|railway|gas pipeline|pipeline"
    r"|transmission line|power line|section|stretch)\b"
)


def _compound_at(text: str, first: int, last: int) -> tuple[int, str]:
    """The word at text[first:last] with the words joined to it by dashes without spaces ("China–Europe–China"),
    and where that starts."""
    start, end = first, last
    while start > 1 and text[start - 1] in _DASHES and text[start - 2].isalpha():
        start -= 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    while end + 1 < len(text) and text[end] in _DASHES and text[end + 1].isalpha():
        end += 1
        while end < len(text) and text[end].isalpha():
            end += 1
    return start, text[start:end]


def _route(text: str, start: int, compound: str) -> _Cand | None:
    """ "the China–Europe–China route", "the Almaty–Konaev highway": places joined by dashes before a route's or a
    road's noun name it."""
    head = _ROUTE_AFTER_RE.match(text, start + len(compound))
    if head is None:
        return None
    name = f"{compound} {head['head']}"
    # "the Zhezkazgan–Saryarka railway line", "the Ekibastuz–Shu transmission line": works built, as named works are.
    type_ = PLACE_NAMED_WORKS.get(head["head"]) or PLACE_NAMED_WORKS.get(head["head"].split()[-1], "other")
    return _Cand(start, head.end(), _key(name), name, type_, TYPE_FROM_HEAD)


def _joins_places(word: str) -> bool:
    """Whether a dashed word joins known places ("China-Europe", "Almaty–Bishkek")."""
    parts = _SPLIT_DASHES_RE.split(word)
    return len(parts) > 1 and all(p in _PLACES or p in WORLD_REGIONS or p in DEMONYMS for p in parts)


def _is_break(text: str, tok: Span, person_tokens: frozenset[int]) -> bool:
    """Words that end a name: titles, dates, amounts, person names, outlets."""
    word = text[tok[0] : tok[1]]
    if word in BREAK_WORDS or tok[0] in person_tokens:
        return True
    if not word.isalpha():
        if MONEY_TOKEN_RE.match(word) and not _CODE_IN_A_NAME_RE.match(text, tok[0]):
            return True
        if "-" in word and any(part in CALENDAR_WORDS for part in word.split("-")):
            return True  # "January-November"
    following = text[tok[1] : tok[1] + 1]
    return (word == "US" and following == "$") or (word == "No" and following == ".")


def _segments(text: str, tokens: list[Span], words: list[str], person_tokens: frozenset[int]) -> list[list[Span]]:
    """Cut a capitalised run into candidate names: at titles, dates, people and loose connectors."""
    out: list[list[Span]] = []
    # "Aktau International Sea Commercial Port": a title's word right before an organisation's head is
    # part of the name ("Commercial Director Arman Seitov" still breaks).
    # "Financial Settlement Center": an adjective of titles before a word of no title is a name's word.
    breaks = [
        (
            w in BREAK_WORDS
            and not (i + 1 < len(words) and words[i + 1] in CAPITAL_HEADS and tokens[i + 1][0] not in person_tokens)
            and not (w in TITLE_ADJECTIVES_IN_NAMES and i + 1 < len(words) and words[i + 1] not in TITLE_WORDS)
            # "Syr Darya Munai Operating": one that ends a name is its last word, there being no title after it
            and not (w in TITLE_ADJECTIVES_IN_NAMES and 0 < i == len(words) - 1)
            and not _inner_abbreviation(words, i)
        )
        or tok[0] in person_tokens
        or (
            (not w.isalpha() or w == "US" or w == "No")
            and not _inner_abbreviation(words, i)
            and _is_break(text, tok, person_tokens)
        )
        for i, (w, tok) in enumerate(zip(words, tokens, strict=True))
    ]
    left = 0  # index of the first token of the name being built
    connected = False
    skip_to = -1
    for index, tok in enumerate(tokens):
        word = words[index]
        if index < skip_to:
            continue
        known = _known_at(text, tok[0], word) if word in KNOWN_BY_FIRST_WORD else None
        if known is not None and index + 1 < len(tokens) and tokens[index + 1][0] < known:
            # "Cabinet of Ministers": a known name holds words that end other names; it stands whole.
            skip_to = next((i for i in range(index, len(tokens)) if tokens[i][0] >= known), len(tokens))
            out.append(tokens[left:index])
            out.append(tokens[index:skip_to])
            left, connected = skip_to, False
            continue
        if breaks[index] or (
            word in SOFT_TITLE_WORDS
            and ((index and breaks[index - 1]) or (index + 1 < len(tokens) and breaks[index + 1]))
        ):
            end = index
            while end > left + 1 and not breaks[index] and words[end - 1] in SOFT_TITLE_WORDS:
                end -= 1  # "APC Chief Executive Daulet ...": the title's first words are no part of the name
            out.append(tokens[left:end])
            left, connected = index + 1, False
            continue
        if left < index:
            gap = text[tokens[index - 1][1] : tok[0]]
            if gap != " ":
                gap = gap.strip()
                if gap in OF_JOINERS:
                    if index == left + 1 and _opens_with_a_measured_noun(text, tokens[left], words[left]):
                        # "Revenue of Avtojol Operator reached ...": what is measured of the name, no part of it.
                        left, connected = index, False
                    elif words[left] in CONNECTING_HEADS or words[index - 1] in CONNECTING_HEADS:
                        connected = True
                    elif connected and gap == "of" and word in COUNTRIES:
                        pass  # "the Kazakh Ministry of Transport of Uzbekistan" (a head after the run's first word)
                    elif not _joins(text, tokens, words, breaks, left, index):
                        out.append(tokens[left:index])
                        left, connected = index, False
                elif (
                    gap in AND_JOINERS
                    and gap != "&"  # "Meridian Ports & Logistics": an ampersand joins a firm's name
                    and not (connected and word in DOMAIN_WORDS)
                    and not _joins(text, tokens, words, breaks, left, index)
                ):
                    out.append(tokens[left:index])
                    left, connected = index, False
    out.append(tokens[left:])
    return [
        _strip_function_words(text, seg) if text[seg[0][0] : seg[0][1]] in _OPENING_STRIP_WORDS else seg
        for seg in out
        if seg and not all(text[a:b] in SOFT_TITLE_WORDS for a, b in seg)  # "Chief" of "Chief Executive Arman"
    ]


def _inner_abbreviation(words: list[str], i: int) -> bool:
    """ "Altai IT Valley", "Steppe H2 Energy": an abbreviation between a name's words is one of them."""
    return words[i] in NAME_INNER_ABBREVIATIONS and 0 < i < len(words) - 1 and words[i + 1] not in BREAK_WORDS


def _known_at(text: str, pos: int, word: str) -> int | None:
    """End of the known name written at `pos` ("Cabinet of Ministers"), if one is."""
    for known in KNOWN_BY_FIRST_WORD[word]:
        end = pos + len(known)
        if text.startswith(known, pos) and not _is_word_char(text[end : end + 1] or " "):
            return end
    return None


def _opens_with_a_measured_noun(text: str, token: Span, word: str) -> bool:
    """Whether `word` is a measured noun ("Revenue", "Exports") capitalised only as its sentence's first word."""
    return word.lower() in MEASURED_NOUNS and opens_sentence(text, token[0])


def _joins(text: str, tokens: list[Span], words: list[str], breaks: list[bool], left: int, index: int) -> bool:
    """Whether the name in tokens[left:index] runs on across the joiner before tokens[index].

    It does when a known name spans the joiner ("Procter & Gamble"), or when the words after the joiner
    end in an organisation head ("Navoi Mining and Metallurgical Combine", "Almaty Cable and Wire Plant")
    and neither side is a place, a nationality or a headed name of its own ("Almaty and Karaganda",
    "Aksu Plant and Ekibastuz Plant", "Kazatomprom and Ulba Metallurgical Plant" stay apart).
    """
    joiner = tokens[index][0]
    for i in range(left, index):
        for known in KNOWN_BY_FIRST_WORD.get(words[i], ()):
            known_end = tokens[i][0] + len(known)
            if (
                known_end > joiner
                and text.startswith(known, tokens[i][0])
                and not _is_word_char(text[known_end : known_end + 1] or " ")
            ):
                return True
    last = index  # the words after the joiner, up to the next break or joiner
    while last + 1 < len(tokens) and not breaks[last + 1] and text[tokens[last][1] : tokens[last + 1][0]] == " ":
        last += 1
    while last > index and words[last] in LEGAL_FORMS:
        last -= 1
    if words[last] not in ORG_HEAD_WORDS or last - index > 2 or last == index:
        return False
    before = words[index - 1]
    first = left + 1 if words[left] == "The" else left
    if last - index == 2 and not _descriptive(words[index]) and not (index - 1 == first and _descriptive(before)):
        # "... and Ulba Metallurgical Plant": a name of its own; "Maritime and River Transport Agency": one body whose
        # field is named on both sides
        return False
    if before in ORG_HEAD_WORDS or before in LEGAL_FORMS or before in DEMONYMS:
        return False
    if text[tokens[left][0] : tokens[index - 1][1]] in _PLACES or words[index] in _PLACES or words[index] in DEMONYMS:
        return False
    return text[tokens[index][0] : tokens[index + 1][1]] not in _PLACES


def _descriptive(word: str) -> bool:
    """A word that says what a body does rather than names it: "Processing", "Metallurgical", "Energy"."""
    return word in DOMAIN_WORDS or word in ORG_NAME_WORDS or word.endswith(("ing", "al", "ic", "ical", "ics"))


def _strip_function_words(text: str, segment: list[Span]) -> list[Span]:
    while segment and text[segment[0][0] : segment[0][1]] in FUNCTION_WORDS:
        segment = segment[1:]
    # ("Three Turkish firms": a count opening the sentence, no part of a name; "Seven Rivers Hotel" is one.)
    if (
        segment
        and text[segment[0][0] : segment[0][1]] in _COUNT_WORDS
        and (len(segment) == 1 or text[segment[1][0] : segment[1][1]] in DEMONYMS)
    ):
        segment = segment[1:]
    while len(segment) > 1 and _COMMON_COMPOUND_RE.search(text, segment[0][0], segment[0][1]):
        segment = segment[1:]  # "the Kazakh-language Tobyl Tany", "the Soviet-era Ulba plant": no part of the name
    return segment


_COUNT_WORDS = frozenset(word.capitalize() for word in NUMBER_WORDS if " " not in word)
# Words a segment may open with that `_strip_function_words` may take off (checked before calling it: faster).
_OPENING_STRIP_WORDS = FUNCTION_WORDS | _COUNT_WORDS
_PLURAL_ABBREVIATION_RE = re.compile(r"[A-Z]{2,}s")


def _classify(text: str, segment: list[Span], limit: int) -> _Cand | None:
    """Read one cut segment as a place, a demonym, a typed name, or nothing."""
    if not segment:
        return None
    start, end = segment[0][0], segment[-1][1]
    surface = text[start:end]
    if surface in MEDIA_OUTLETS or surface in NON_ENTITY_WORDS or surface in WORLD_REGIONS:
        return None
    if surface in WORLD_REGION_ADJECTIVES:
        return None
    if len(surface) > 3 and surface.isupper() and "." not in surface and surface.title() in _PLACES:
        return None  # "ALMATY. KAZINFORM –": a dateline in capitals
    if surface in DEMONYMS:  # "Chinese", "South Korean"
        country = DEMONYMS[surface]
        return _Cand(start, end, "country:" + country, country, "country", TYPE_FROM_GAZETTEER, "demonym", True)
    place = _place(text, segment, limit)
    if place is not None or surface in _PLACES:
        return place
    return _name_cand(text, segment, limit)


def _place(text: str, segment: list[Span], limit: int) -> _Cand | None:
    """A gazetteer place, with a following "region"/"oblast" word taken in ("Abai region", "Almaty Region")."""
    start, end = segment[0][0], segment[-1][1]
    surface = text[start:end]
    region_word = None
    if len(segment) > 1 and text[segment[-1][0] : end] in REGION_WORDS:
        region_word, surface = text[segment[-1][0] : end], text[start : segment[-2][1]]
    info = _PLACES.get(surface)
    if info is None:
        if region_word is not None and surface[0].isupper() and surface not in SKIP_WORDS and len(segment) <= 3:
            # "Sughd Region": any short name + region word (not "Plan for the Development of Kyzylorda Region")
            return _region_cand(start, end, surface, text[start:end])
        return None
    return _place_cand(text, start, end, surface, info, region_word, limit)


# A neighbour's region by any of its spellings: "Navoiy" -> "Navoi" (identity only; the name stays as written).
_FOREIGN_REGION_KEYS: dict[str, str] = {v: name for name, vs in FOREIGN_REGIONS.items() for v in (name, *vs)}


def names_a_lender(name: str) -> bool:
    """Whether a name ends in a lender's head ("Halyk Bank"; not "Bank of China", whose head comes first)."""
    return name.rsplit(None, 1)[-1] in LENDER_NAME_HEADS and " of " not in name


def _region_cand(start: int, end: int, base: str, written: str) -> _Cand:
    """ "the Sughd region", "Tashkent region": a region named as written, whatever the base name reads as alone."""
    key = "region:" + _FOREIGN_REGION_KEYS.get(base, base)
    return _Cand(start, end, key, written, "region", TYPE_FROM_GAZETTEER, "place")


def _place_cand(
    text: str, start: int, end: int, surface: str, info: _PlaceInfo, region_word: str | None, limit: int
) -> _Cand | None:
    upper = surface.isupper()
    if info.world or (upper and len(surface) > 3 and "." not in surface):
        return None  # a world region, or "ASTANA –" (a dateline in capitals)
    if region_word is None and info.kind != "country":
        after = REGION_AFTER_RE.match(text, end, limit)
        if after:
            region_word, end = after.group("word"), after.end()
    if region_word is not None and info.kind != "country":
        # A city's name before "region" ("the Tashkent region") names the region around it.
        described = _place_facility(text, start, end, limit, COMPANY_DESCRIPTORS)
        return described or _region_cand(start, end, info.region or info.canonical, text[start:end])
    if info.kind == "city":
        # "The Aktau seaport handled ...", "Pavlodar refinery": the facility the city's name is the name of.
        described = _place_facility(text, start, end, limit, _CITY_NAMED_HEADS)
        if described is not None:
            return described
        if area := _CITY_AREA_RE.match(text, end, limit):
            written = text[start : area.end()]
            return _Cand(start, area.end(), _key(written), written, "other", TYPE_FROM_HEAD)
    name = surface + " region" if info.kind == "region" else surface
    cand = _Cand(start, end, info.key, name, info.kind, TYPE_FROM_GAZETTEER, "place")
    cand.readings = info.readings
    # "KZ", "the Emirates": a short form, which names the country only when no fuller one is written.
    cand.abbreviation = (
        info.kind == "country" and surface != info.canonical and (upper or _is_short_form(surface, info))
    )
    return cand


def _is_short_form(surface: str, info: _PlaceInfo) -> bool:
    """Whether `surface` is the last words of a fuller spelling of the same country ("Emirates")."""
    return any(v.endswith(" " + surface) for v in (info.canonical, *COUNTRIES.get(info.canonical, ())))


def _place_facility(text: str, start: int, end: int, limit: int, heads: frozenset[str]) -> _Cand | None:
    """ "Pavlodar refinery", "Almaty region bus maker": a place's name with a facility or company noun after it."""
    facility = PLACE_FACILITY_RE.match(text, end, limit)
    if facility is None or facility["head"] not in heads:
        return None
    written = text[start : facility.end()]
    type_ = PLACE_NAMED_WORKS.get(facility["head"], "enterprise")
    cand = _Cand(start, facility.end(), _key(written), written, type_, TYPE_FROM_HEAD)
    cand.place_facility = FACILITY_SYNONYMS.get(facility["head"], facility["head"])
    return cand


_PROGRAMME_YEAR_RE = re.compile(
    r"[ \t]+(?P<year>(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?)(?![\w-])"
    r"(?=[ \t]+(?P<head>programme|program|strategy|plan|concept|initiative)\b)?"
)


_SETTLEMENT_APPOSITIVE_RE = re.compile(
    r",[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?P<head>" + "|".join(SETTLEMENT_HEADS) + r")[ \t]+(?:in|of|near)\b"
)


def _name_cand(text: str, segment: list[Span], limit: int, words: list[str] | None = None) -> _Cand | None:
    """A name that is not a place: typed by head noun, capitalised head, legal form, or guessed a company.

    `words` are the segment's words when the caller has them."""
    if sum(ch.isdigit() for ch in text[segment[0][0] : segment[-1][1]]) >= 6:
        return None  # "MENAFN03052024000187011040ID1108172938": a wire's document id
    if words is None:
        words = [text[s:e] for s, e in segment]
    if len(words) == 1 and _PLURAL_ABBREVIATION_RE.fullmatch(words[0]) and words[0] not in GENERIC_ABBREVIATIONS:
        # "microfinance organizations (MFOs)", "241 MFOs": a kind of body, not one of them ("SEZs" stand for the
        # special economic zones as a group, which the text may speak of).
        return None
    if len(words) == 1 and _joins_places(words[0]):
        return _route(text, segment[0][0], words[0])  # "The China-Europe-China route": a route, or no name
    if len(words) == 1 and words[0] in _FOREIGN_REGION_KEYS and (area := _CITY_AREA_RE.match(text, segment[0][1])):
        # "the Chui valley", "the Sughd reservoir": nature or an area named after a neighbour's region, no firm.
        written = text[segment[0][0] : area.end()]
        return _Cand(segment[0][0], area.end(), _key(written), written, "other", TYPE_FROM_HEAD)
    if len(words) == 1 and words[0] in GENERIC_ABBREVIATIONS:
        # "SEZ residents are exempt ...": the zones in general.
        name = GENERIC_ABBREVIATIONS[words[0]]
        return _Cand(segment[0][0], segment[0][1], _key(name), name, "other", TYPE_FROM_HEAD)
    if len(words) == 1 and _NUMBERED_WORKS_RE.match(words[0]):
        return _Cand(segment[0][0], segment[0][1], _key(words[0]), words[0], "enterprise", TYPE_FROM_HEAD)
    if len(words) == 1 and (_PRODUCT_CODE_RE.match(words[0]) or _COMMON_COMPOUND_RE.search(words[0])):
        return None  # "AI-92 gasoline", "Euro-5 fuel": a product grade; "the Soviet-era plant": a description
    if _MODEL_CODE_RE.match(words[-1]) or (len(words) == 1 and len(words[0]) == 1):
        return None  # "three Airbus A320 aircraft", "Embraer E190-E2 jets": a model; "hepatitis B": a letter
    if (
        len(words) > 1
        and _SHORT_MODEL_CODE_RE.fullmatch(words[-1])
        and (
            _VEHICLE_AFTER_RE.match(text, segment[-1][1])
            or _MODELS_BEFORE_RE.search(text, max(0, segment[0][0] - 60), segment[0][0])
        )
    ):
        return None  # "the JAC S3 crossover", "Kia K5 sedans": a maker's model, no company ("Terminal T2" is a name)
    if _MODEL_NUMBER_AFTER_RE.match(text, segment[-1][1]):
        return None  # "two more ATR 72-600 aircraft", "Boeing 737-800 jets": a maker's model
    if (
        len(words) == 1
        and words[0] in MODEL_TRIMS
        and _MODEL_NUMBER_BEFORE_RE.search(text, max(0, segment[0][0] - 40), segment[0][0])
    ) or (_MODEL_TRIM_AFTER_RE.match(text, segment[-1][1])):
        return None  # "the Chery Tiggo 7 Pro", "Boeing 737 MAX": a numbered model and its trim, no firm
    standard = _WORD_AFTER_RE.match(text, segment[-1][1])
    if standard and standard.group(1).lower() in STANDARD_HEADS:
        return None  # "to obtain EU GMP certification": a standard
    participle = _PARTICIPLE_SUFFIX_RE.search(words[0]) if len(words) == 1 else None
    # "the Ust-Kamenogorsk-based copper producer": the place is all before the participle, hyphens and all.
    place = words[0][: participle.start()] if participle else None
    if place in _PLACES:
        # "the Kyzylorda-based refinery", "the Almaty-based research center": the place, not a company's name.
        start = segment[0][0]
        return _place_cand(text, start, start + len(place), place, _PLACES[place], None, limit)
    based = next((i for i, word in enumerate(words[:-1]) if _PARTICIPLE_SUFFIX_RE.search(word)), None)
    if based is not None:
        # "Temirtau-based Saryarka Steel Works", "Abu Dhabi-based Gulf Olefins": where or whose, the name follows.
        segment, words = segment[based + 1 :], words[based + 1 :]
    suffix = _PARTICIPLE_SUFFIX_RE.search(words[-1])
    if suffix and len(words) == 1 and words[0][: suffix.start()] in DEMONYMS:
        return None  # "Japanese-made milling lines", "a Turkish-built terminal": where a thing comes from
    if suffix:
        # "the Glencore-controlled zinc producer": the name is "Glencore".
        segment = [*segment[:-1], (segment[-1][0], segment[-1][0] + suffix.start())]
        words = [*words[:-1], words[-1][: suffix.start()]]
    year = _PROGRAMME_YEAR_RE.match(text, segment[-1][1], limit)
    if year is not None and (year.group("head") or words[-1] in PROGRAMME_HEADS):
        # "the Qolday 2025 programme", "the Energy Modernisation Programme 2023-2029": the year is in the name.
        segment, words = [*segment, year.span("year")], [*words, year.group("year")]
    span_start, span_end = segment[0][0], segment[-1][1]
    legal_type = None
    if words[0] in LEGAL_FORMS or words[-1] in LEGAL_FORMS:
        segment, legal_type = _strip_legal_forms(text, segment)
        if not segment:
            return None
        words = [text[s:e] for s, e in segment]
    start, end = segment[0][0], segment[-1][1]
    if (
        len(words) > 1
        and (
            words[0] in NAME_INTRODUCING_WORDS
            # ("Developer Group Almaty" is a name: what is left must not open with a head word.)
            or (words[0].lower() in FIRM_KIND_NOUNS and words[1] not in ORG_HEAD_WORDS | DOMAIN_WORDS)
        )
        and opens_sentence(text, start)
    ):
        # "Named Syr Kurish, the enterprise cost ...", "Dubbed Ilek-2, the expansion ...": the name follows; so it does
        # after a common noun that describes it ("Contractor Batys Energo Montazh has laid 31 km of pipes").
        segment, words = segment[1:], words[1:]
        start = span_start = segment[0][0]
    if (DOMAIN_WORDS.issuperset(words) and not legal_type) or words[0].startswith("No."):
        return None  # "Agriculture" of "Minister of Agriculture", "National Economy"; "shop No. 2"
    if len(words) == 2 and words[0] in FUNDING_ROUND_WORDS and len(words[1]) == 1:
        return None  # "a $12 million Series A round": a funding round, not a company
    if (len(words) > 1 and words[-1] in LAW_HEADS) or (
        len(words) == 1 and words[0] in COMMODITY_WORDS and opens_sentence(text, start)
    ):
        return None  # "within the limit set in the Budget Code"; "Copper, ferroalloys and grain dominated exports"
    if len(words) == 1 and (
        words[0] in NON_ENTITY_WORDS
        or (
            (words[0] in SENTENCE_OPENERS or words[0].endswith(ADJECTIVE_ENDINGS_OF_OPENERS))
            and opens_sentence(text, start)
        )
        or (words[0].endswith("ing") and opens_sentence(text, start) and _LOWER_WORD_AFTER_RE.match(text, span_end))
    ):
        # "Construction works rose", "Agricultural exports grew", "Connecting one village costs": a sentence's first
        # word (an adjective or a gerund).
        return None
    if not legal_type and span_end == end:
        after = REGION_AFTER_RE.match(text, end, limit)
        if after and len(words) <= 3 and not (set(words) & ORG_HEAD_WORDS):
            return _region_cand(start, after.end(), text[start:end], text[start : after.end()])  # "Sughd region"
    name = text[start:end]
    cand_end, type_, rank = span_end, "enterprise", TYPE_GUESSED
    if legal_type:
        type_, rank = legal_type, TYPE_FROM_LEGAL
    last = words[-2] if words[-1].startswith(("No.", "19", "20")) and len(words) > 1 else words[-1]
    capital_head: str | None
    if last in PLANT_UNIT_HEADS and words[-1].startswith("No."):
        capital_head = None
        type_, rank = "project", TYPE_FROM_HEAD  # "Kiln No. 2": a unit of a plant, a project when money goes to it
    elif last in CAPITAL_HEADS:
        capital_head = last
        opening = _head_before_joiner(text, segment, words) if len(words) > 2 else None
        if opening in CONNECTING_HEADS:
            capital_head = opening  # "Plan for the Development of Kyzylorda Region" is a plan, not a region
    elif len(words) > 2 or words[0] in CAPITAL_HEADS:
        capital_head = _head_before_joiner(text, segment, words)
    else:
        capital_head = None
    if capital_head is not None:
        type_, rank = CAPITAL_HEADS[capital_head], TYPE_FROM_HEAD
    if capital_head in LENDER_NAME_HEADS and names_a_lender(name) and PUBLIC_BANK_WORDS.isdisjoint(words):
        type_ = "enterprise"  # "Halyk Bank", "Otbasy Bank": a commercial lender
    if capital_head in GENERIC_CAPITAL_HEADS and last == words[-1] and len(segment) > 1:
        name = text[start : segment[-2][1]]  # "Saryarka SEZ": Saryarka, as "Saryarka special economic zone" is
        if name in CITIES:
            # "Pavlodar SEZ": the zone named after the city, not the city; by its full name when the text writes it.
            full = f"{name} {GENERIC_ABBREVIATIONS[capital_head + 's'].removesuffix('s')}"
            name = full if full.casefold() in text.casefold() else text[start : segment[-1][1]]
    head = HEAD_AFTER_RE.match(text, span_end, limit) if _head_near(text, span_end, limit) else None
    if head is not None and head["head"].endswith("ing") and _PARTICIPLE_OBJECT_AFTER_RE.match(text, head.end()):
        head = None  # "with the Caspian Reserve Fund holding 80 tonnes": a verb after the name, no holding company
    on_tail = ON_TAIL_RE.match(text, span_end, limit) if words[-1] in CONNECTING_HEADS and head is None else None
    if on_tail is not None and CALENDAR_WORDS.intersection(on_tail.group().split()):
        on_tail = None  # "the Central Communications Service on Thursday": a day, not a field of work
    plausible: bool | None
    if on_tail is not None:
        cand_end = end = on_tail.end()
        name, plausible = text[start:end], True
    elif head and _modifiers_ok(head.group("mods")):
        if len(words) == 1 and words[0] in _COUNT_WORDS:
            return None  # "Four international hotel chains operate ...": a count of things, no name
        if len(words) == 1 and opens_sentence(text, start) and written_lowercase(text, words[0].lower()):
            # "Meat processing plant worth KZT4.8 billion launched" where the text also says "meat": no name,
            # but in a title it describes the enterprise the body names (see _point_place_facilities).
            head_word = head.group("head").lower()
            if head_word not in FACILITY_HEADS:
                return None
            cand = _Cand(start, head.end(), "lead:" + text[start : head.end()].casefold(), "", "enterprise", 0)
            cand.place_facility, cand.kind = head_word, "lead"
            return cand
        mods, head_phrase = _head_parts(head.group("mods").split(), head.group("head"))
        head_type, strip = ENTITY_HEADS[head_phrase]
        if head_phrase in PLACE_NAMED_HEADS and len(words) > 1:
            strip = True
        elif head_phrase == "line" and mods:
            strip = True  # "the Astana LRT light rail line" is Astana LRT; "the Yunusabad line" keeps its head
        elif strip and len(words) == 1 and head.group("head") in FACILITY_HEADS and _names_a_place(text, words[0]):
            strip = False  # "the Shieli solar power plant", where the text also has "Shieli district": its place
        if rank < TYPE_FROM_HEAD or words[-1] not in CAPITAL_HEADS:
            type_, rank = head_type, TYPE_FROM_HEAD
        cand_end = head.end()
        # "Comfortable school program" is named "Comfortable school"; "Nurly Zher housing program" is Nurly Zher: a
        # name of two capitalised words or more is whole without the lower-case words after it.
        # "the Mirny wind power project" is Mirny: the words before "project" say what is built, not which.
        keeps_words = (
            head_type in NAME_KEEPING_TYPES
            and head_phrase not in FACILITY_HEADS
            and head_phrase != "project"
            and len(words) == 1
        )
        name = _headed_name(text, start, end, head.end(), mods, keeps_words, strip)
        capitalised = _capitalised_elsewhere(text, start, head.end())
        if capitalised is not None:
            # "Trans-Caspian container line shipments up 65%" in a title, where the body writes "Trans-Caspian
            # Container Line": the name the body capitalises, its head and all.
            # (Its type is the body's too: a guess, as for any bare name, that a head or legal form there outranks.)
            name, type_, rank = capitalised, "enterprise", TYPE_GUESSED
    else:
        # "Qazwire LLP produces ...": a legal form makes a name sure, even opening a sentence.
        plausible = True if legal_type else _plausible_bare_name(text, segment)
        if plausible is False:
            return None
    if text.find("to", max(0, start - 16), start) >= 0 and _after_product_verb(text, start):
        return None
    if len(words) == 1 and _OUTLET_REPORTS_RE.match(text, cand_end) and text.endswith(", ", 0, start):
        return None  # "..., Azernews reports.": a news outlet, by the way a wire ends its sentence
    if len(words) == 1 and ACRONYM_RE.match(name) and _abbreviates_a_term(text, name):
        return None  # "mineral extraction tax (MET)", "buy now, pay later (BNPL)": a term's short form, no name
    if len(words) == 1 and ACRONYM_RE.match(name) and _GRADED_PRODUCT_AFTER_RE.match(text, cand_end):
        return None  # "48,600 tons of NPK fertilizers": a grade of the goods, no maker
    if head is None and not legal_type and len(words) == 1 and _ADJECTIVE_BEFORE_NOUN_RE.match(text, start):
        return None  # "Moroccan and Italian locusts", "Islamic finance": an adjective of a people or a faith
    if name in KNOWN_NAMES:
        type_, rank = KNOWN_NAMES[name], TYPE_FROM_GAZETTEER
    elif name in NATURAL_FEATURES:
        type_, rank = "other", TYPE_FROM_GAZETTEER
    elif (
        head is None
        and (settlement := _SETTLEMENT_OF_RE.search(text, max(0, start - 25), start))
        and (len(words) == 1 or lexicon_key(settlement["head"]) in SETTLEMENT_HEADS)
    ):
        # "near the village of Kuryk", "the town of Kosshy": a settlement of that kind.
        type_, rank, plausible = SETTLEMENT_OF_HEADS[lexicon_key(settlement["head"])], TYPE_FROM_HEAD, True
    elif (
        head is None
        and not legal_type
        and (
            _BRAND_BEFORE_PRODUCT_RE.match(text, cand_end)
            # "packs tea under the Dala Shai brand" (not "Halyk Bank brand value reached ...").
            or (_UNDER_BEFORE_RE.search(text, max(0, start - 12), start) and BRAND_WORD_AFTER_RE.match(text, cand_end))
        )
    ):
        # "Sarybel pickups": a brand, unless another mention types the name ("Kokshe Agromash, the tractor plant").
        type_ = "other"
    elif head is None and len(words) == 1 and _SEAT_BEFORE_RE.search(text, max(0, start - 25), start):
        type_, rank, plausible = "city", TYPE_FROM_HEAD, True
    elif head is None and len(words) == 1 and _FACILITY_NAME_IN_BEFORE_RE.search(text, max(0, start - 25), start):
        # "The Issyk-Kul International Airport in Tamchy": where a named facility stands is a town.
        type_, rank, plausible = "city", TYPE_FROM_HEAD, True
    described = APPOSITIVE_HEAD_RE.match(text, cand_end) if head is None and rank < TYPE_FROM_HEAD else None
    settlement = (
        _SETTLEMENT_APPOSITIVE_RE.match(text, cand_end)
        if head is None and rank < TYPE_FROM_HEAD and not described
        else None
    )
    if described and described["head"] in SETTLEMENT_HEADS:
        # "Kosshy, a satellite town of Nur-Sultan, ...": what the appositive calls a town is one.
        type_, rank, plausible = SETTLEMENT_HEADS[described["head"]], TYPE_FROM_HEAD, True
    elif settlement is not None:
        # "in Chust, a town in Uzbekistan's Namangan region where ...": the same, to the end of the sentence.
        type_, rank, plausible = SETTLEMENT_HEADS[settlement["head"]], TYPE_FROM_HEAD, True
    cand = _Cand(span_start, cand_end, _key(name), name, type_, rank)
    if head is None and plausible is None:
        cand.kind = "weak"  # kept only if the name recurs as a sure name or is coordinated with one
    cand.abbreviation = len(words) == 1 and words[0].isupper() and bool(ACRONYM_RE.match(words[0]))
    return cand


# A capitalised word with the ending of an adjective of a people, a faith or a region, then a lower-case word.
_ADJECTIVE_ENDING = r"[A-Z][a-z]+(?:ian|ean|can|ese|ic|ish)"
# ... but not before a verb or a preposition ("Panasonic plans to", "Meridian invested", "from Dalian to Almaty"); an
# "and" only joins another such adjective ("Moroccan and Italian locusts").
_NOT_AFTER_AN_ADJECTIVE = sorted(
    CORPORATE_VERBS
    | SPEECH_VERBS
    | {"are", "were", "can", "may", "also", "bought", "sold", "expects"}
    | {"to", "from", "in", "of", "for", "at", "on", "and", "or"}
)
_ADJECTIVE_BEFORE_NOUN_RE = re.compile(
    rf"{_ADJECTIVE_ENDING}(?:[ \t]+and[ \t]+{_ADJECTIVE_ENDING})?[ \t]+"
    rf"(?!(?:{'|'.join(_NOT_AFTER_AN_ADJECTIVE)})\b)[a-z]+\b(?<!ed)"
)
_TERM_WORD_RE = re.compile(r"[A-Za-z]+")
_GRADED_PRODUCT_AFTER_RE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(GRADED_PRODUCT_NOUNS))})\b")


def _abbreviates_a_term(text: str, acronym: str) -> bool:
    """Whether the text defines `acronym` in brackets after lower-case words whose initials spell it."""
    at = text.find(f"({acronym})")
    if at < 0:
        return False
    words = _TERM_WORD_RE.findall(text, max(0, at - 80), at)[-len(acronym) :]
    return (
        len(words) == len(acronym)
        and all(word[0].islower() for word in words)
        and "".join(word[0] for word in words).upper() == acronym
    )


# "Kyran crossovers", "Kyran and Sarybel vehicles", "Sarybel light pickups": a brand before what is sold under it.
# (Not "UzAuto Motors assembles cars": a maker or seller whose verb stands before the goods.)
_BRAND_BEFORE_PRODUCT_RE = re.compile(
    r"(?:[ \t]+and[ \t]+[A-Z][\w-]*)?[ \t]+(?:(?!(?:" + "|".join(MAKER_AND_SELLER_VERBS) + r")\b)[a-z][a-z-]*[ \t]+)?"
    rf"(?:{'|'.join(sorted(BRAND_PRODUCT_NOUNS))})\b"
)
_UNDER_BEFORE_RE = re.compile(r"\bunder\s+(?:the|its|their)\s+\Z")
# "the Dala Shai brand": the name before is a brand.
BRAND_WORD_AFTER_RE = re.compile(r"[ \t]+(?:brand|label|trademark)s?\b")
_SETTLEMENT_OF_RE = re.compile(rf"\b(?P<head>{'|'.join(SETTLEMENT_OF_HEADS)})\s+of\s+$", re.IGNORECASE)
# "Huaxin Energy Storage, headquartered in Hefei,": where a company sits is a town.
_SEAT_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(SEAT_PARTICIPLES)})\s+in\s+$")
_FACILITY_NAME_IN_BEFORE_RE = re.compile(
    rf"[A-Z][\w-]*\s+(?:{'|'.join(sorted(head.title() for head in FACILITY_HEADS))})\s+in\s+$"
)
_WORD_AFTER_RE = re.compile(r"[ \t]+([A-Za-z]+)")
# "AI-92", "K5", and chemical formulas ("U3O8", "H2S", "Al2O3"): grades and substances, not names.
# A maker's model: a letter or two and three or four digits ("A320", "A321neo", "B737", "T8000", "E190-E2").
_SHORT_MODEL_CODE_RE = re.compile(r"[A-Z]{1,2}\d{1,2}")
_MODELS_BEFORE_RE = re.compile(r"\b(?:models|brands)\b[^.;]*\Z")
_VEHICLE_AFTER_RE = re.compile(rf"[ \t]+(?:{longest_first(MODEL_NOUNS)})\b")
_MODEL_CODE_RE = re.compile(r"[A-Z]{1,2}\d{3,4}[a-z]*(?:-[A-Z]{0,2}\d{1,3})?\Z")
_PRODUCT_CODE_RE = re.compile(
    # ("Mi-8s", "An-2s": a model's plural is the model too.)
    r"[A-Z][A-Za-z]{0,4}-\d+s?\Z|[A-Z]{1,2}\d{1,2}\Z|(?=[A-Za-z]*\d)(?:[A-Z][a-z]?\d{0,2}){2,4}\Z"
)
_NUMBERED_WORKS_RE = re.compile(rf"(?:{'|'.join(sorted(NUMBERED_WORKS_ABBREVIATIONS))})-\d+\Z")
# "Soviet-era", "E-commerce": a compound whose part after the hyphen is a common word, not a name.
_COMMON_COMPOUND_RE = re.compile(
    rf"-(?:{'|'.join(DESCRIPTIVE_COMPOUND_ENDINGS)})\Z|\A[A-Z]-[a-z]+\Z"
    rf"|\A(?:{'|'.join(DESCRIPTIVE_COMPOUND_PREFIXES)})-[a-z]+\Z"  # "Non-food products accounted for 63.5%"
)
_PARTICIPLE_SUFFIX_RE = re.compile(
    r"-(?:controlled|owned|based|led|backed|run|funded|operated|made|built|designed|produced|manufactured|supplied"
    r"|assembled|developed|grown|refined|processed)$"
)


def _head_before_joiner(text: str, segment: list[Span], words: list[str]) -> str | None:
    """The capitalised head a name opens with or has before its first "of"/"for": "Ministry of Energy",
    "European Bank for Reconstruction and Development"."""
    if words[0] in CAPITAL_HEADS:
        return words[0]
    for index in range(1, len(segment) - 1):
        if text[segment[index][1] : segment[index + 1][0]].strip() in OF_JOINERS:
            return words[index] if words[index] in CAPITAL_HEADS else None
    return None


def _strip_legal_forms(text: str, segment: list[Span]) -> tuple[list[Span], str | None]:
    legal_type = None
    while segment and text[segment[0][0] : segment[0][1]] in LEGAL_FORMS and len(segment) > 1:
        legal_type = LEGAL_FORMS[text[segment[0][0] : segment[0][1]]]
        segment = segment[1:]
    while segment and text[segment[-1][0] : segment[-1][1]] in LEGAL_FORMS and len(segment) > 1:
        legal_type = LEGAL_FORMS[text[segment[-1][0] : segment[-1][1]]]
        segment = segment[:-1]
    if len(segment) == 1 and text[segment[0][0] : segment[0][1]] in LEGAL_FORMS:
        return [], None
    return segment, legal_type


def _modifiers_ok(mods: str) -> bool:
    """Modifiers of a head are plain descriptive words, not the rest of a clause."""
    words = mods.split()
    return all(w not in _MOD_STOP and not w.endswith(("ed", "ly")) for w in words) and (not words or words[0] != "and")


def _head_parts(mods: list[str], head: str) -> tuple[list[str], str]:
    """The longest head at the end of the words: "industrial" + "zone" is the head "industrial zone"."""
    for size in (2, 1):
        if len(mods) >= size and " ".join([*mods[-size:], head]) in ENTITY_HEADS:
            return mods[:-size], " ".join([*mods[-size:], head])
    return mods, head


def _names_a_place(text: str, word: str) -> bool:
    """Whether the text writes `word` as a settlement or district ("Shieli district", "the village of Kenen", "near
    Ayagoz,"): a facility named after it keeps its head, or its name would be the place's."""
    w = re.escape(word)
    heads = "|".join((*SETTLEMENT_HEADS, "district", "reservoir"))
    return (
        re.search(
            rf"\b{w}\s+(?:{heads})s?\b|\b(?:{heads})\s+of\s+{w}\b|\bnear\s+{w}(?=\s*[,.;]|\s+(?:in|and|on|to)\b)", text
        )
        is not None
    )


def _capitalised_elsewhere(text: str, start: int, end: int) -> str | None:
    """The same words written elsewhere with every word capitalised, when `text[start:end]` has a lower-case one."""
    phrase = text[start:end]
    if all(word[:1].isupper() for word in phrase.split()) or text.lower().count(phrase.lower()) < 2:
        return None
    pattern = re.compile(re.escape(phrase).replace(r"\ ", r"\s+"), re.IGNORECASE)
    for found in pattern.finditer(text):
        words = found.group().split()
        if found.start() != start and all(word[:1].isupper() for word in words):
            return " ".join(words)
    return None


def _headed_name(
    text: str, start: int, end: int, head_end: int, mods: list[str], keeps_words: bool, strip: bool
) -> str:
    """Canonical name of "<Name> <modifiers> <head>": the head goes when generic; a programme keeps its words, a
    facility does not ("Maktaaral Textile cotton cluster" is Maktaaral Textile)."""
    if not strip:
        return text[start:head_end]
    mods = [w for w in mods if w not in DESCRIPTIVE_ADJECTIVES]
    if keeps_words and mods:
        return text[start:end] + " " + " ".join(mods)
    return text[start:end]


def _plausible_bare_name(text: str, segment: list[Span]) -> bool | None:
    """A name with no head noun: anything mid-sentence; at a sentence start a name-shaped word or a company verb.

    None means "perhaps": a lone capitalised word opening a sentence, kept only if confirmed later.
    """
    start = segment[0][0]
    if (
        len(segment) == 1
        and _KIND_OF_A_THING_RE.search(text, max(0, start - 4), start)
        and _COMMON_NOUN_AFTER_RE.match(text, segment[0][1])
    ):
        # "will add a Waelz kiln", "an Inconel lining": a single capitalised word between "a" and a common noun names
        # a kind of the thing, not an entity.
        return False
    if len(segment) > 1 or not opens_sentence(text, start):
        return True
    word = text[start : segment[0][1]]
    if "-" in word and word.replace("-", "").isalpha() and word[1:].islower():
        return False  # "Coal-fired plants produced", "Export-oriented firms": an adjective compound
    if not word.isalpha() or not word[1:].islower():
        return True  # QazaqGaz, KamLitkz, ACWA, Tau-Ken
    if word in SENTENCE_OPENERS or word.endswith(("ing", "ed", "ly")) or written_lowercase(text, word.lower()):
        return False
    if _COORDINATED_FACILITY_AFTER_RE.match(text, segment[0][1]):
        return False  # "Brick and tile plant worth KZT9.4bn opens": what the plant makes, no name
    if _OFFICER_AFTER_RE.match(text, segment[0][1]):
        return True  # "Kazatomprom CEO Meirzhan ...": a company's officer is named after it
    described = APPOSITIVE_HEAD_RE.match(text, segment[0][1])
    if (
        described is not None
        and described["head"] in FIRM_DESCRIBING_HEADS
        and _INDEFINITE_APPOSITIVE_RE.match(text, segment[0][1])
    ):
        return True  # "Tazaline, a domestic maker of soap, detergents and cosmetics, plans": a firm, described
    short_form = _SHORT_FORM_AFTER_RE.match(text, segment[0][1])
    if short_form and short_form["short"][0] == word[0]:
        # "Tengizchevroil (TCO) produced ...": a short form is given for a name ("Inflation (CPI)" is a term's).
        return True
    following = text[segment[0][1] : segment[0][1] + 30].split(None, 2)
    if not following or following[0] not in CORPORATE_VERBS or following[0] in _AUXILIARIES:
        return None  # "Gold had the largest share": an auxiliary follows a commodity as well as a company
    if " ".join(following[:2]) in SHARE_VERBS:
        return None  # "Wheat makes up 78% of the harvest": a crop or a company may make up a share
    # "Flour exports amounted to 310,000 tons": "exports" is a noun there, and "Flour" no company.
    # "Trial runs began in August": a noun and a verb in the past follow a common word, not a company.
    return not (len(following) > 1 and (following[1] in _FINITE_VERBS or _is_past_verb(following[1])))


_INDEFINITE_APPOSITIVE_RE = re.compile(r",[ \t]+an?[ \t]")
_SHORT_FORM_AFTER_RE = re.compile(r"[ \t]*\([ \t]*(?P<short>[A-Z]{2,}[A-Za-z]{0,4})[ \t]*\)")
_COORDINATED_FACILITY_AFTER_RE = re.compile(
    r"[ \t]+and[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:" + "|".join(sorted(FACILITY_HEADS)) + r")\b"
)
_MODEL_NUMBER_AFTER_RE = re.compile(r"[ \t]\d{2,4}-\d{3}[A-Za-z]*(?![\w-])")
_MODEL_NUMBER_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][A-Za-z-]+[ \t]+\d{1,3}[ \t]+\Z")
_MODEL_TRIM_AFTER_RE = re.compile(rf"[ \t]+\d{{1,3}}[ \t]+(?:{'|'.join(sorted(MODEL_TRIMS))})(?![\w-])")
_KIND_OF_A_THING_RE = re.compile(r"(?<![\w-])an?[ \t]+\Z")
_COMMON_NOUN_AFTER_RE = re.compile(r"[ \t]+[a-z]{3,}\b(?![ \t]+(?:of|in|from|at)\b)")


# The titles of a company's officers, longest first ("chief executive officer" before "chief executive").
_OFFICER_TITLE_ALT = "|".join(sorted(map(re.escape, COMPANY_OFFICER_TITLES), key=len, reverse=True))
_OFFICER_AFTER_RE = re.compile(rf"\s+(?i:{_OFFICER_TITLE_ALT})\s+[A-Z][a-z]")


def _is_past_verb(word: str) -> bool:
    return (word.endswith("ed") and word.islower()) or word in IRREGULAR_PAST_VERBS


# Verbs that follow a noun phrase's head: a "company verb" before one of them is a noun ("Flour exports amounted").
_FINITE_VERBS = frozenset(COUNT_VERBS | {"was", "were", "is", "are", "increased", "decreased", "exceeded"})


# "Agricultural exports", "Pharmaceutical output": a lone adjective opening a sentence is not a company's name.
_LOWER_WORD_AFTER_RE = re.compile(r"[ \t]+[a-z]")
ADJECTIVE_ENDINGS_OF_OPENERS = ("ural", "ical", "cial", "tial", "nal", "ive", "ous", "ary")


def _after_product_verb(text: str, start: int) -> bool:
    """ "a project to make Chevrolet Onix": a product, not its maker."""
    words = text[max(0, start - 16) : start].split()
    return len(words) >= 2 and words[-2] == "to" and words[-1] in PRODUCT_VERBS


@lru_cache(maxsize=1024)
def _key(name: str) -> str:
    """Identity of a name: case, legal forms, abbreviations of name words and possessives ignored."""
    words = []
    for word in name.removesuffix("’s").removesuffix("'s").split():
        if word in LEGAL_FORMS:
            continue
        words.append(NAME_ABBREVIATIONS.get(word, word).casefold())
    return "name:" + " ".join(words)


# --------------------------------------------------------------------------- quoted and described entities


def _quoted(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What `QUOTED_RE.finditer(text, start, end)` finds, tried only where a quotation mark is."""
    marks = []
    for mark in ("«", "“", '"'):
        pos = text.find(mark, start, end)
        while pos >= 0:
            marks.append(pos)
            pos = text.find(mark, pos + 1, end)
    found: list[re.Match[str]] = []
    after = start
    for pos in sorted(marks):
        if pos >= after:
            m = QUOTED_RE.match(text, pos, end)
            if m:
                found.append(m)
                after = m.end()
    return found


def _scan_quoted(text: str, start: int, end: int, cands: list[_Cand]) -> None:
    """Short quoted names: «Kazakhtelecom», the “5-9-5” program."""
    for m in _quoted(text, start, end):
        inner = m.group("q").strip()
        if (
            not inner
            or len(inner.split()) > 4
            or any(c in inner for c in ",.;:!?")
            or (not inner[0].isupper() and not inner[0].isdigit())
        ):
            continue
        type_, rank, cand_end = "enterprise", TYPE_GUESSED, m.end()
        head = HEAD_AFTER_RE.match(text, m.end(), end)
        if head and not head.group("mods").strip():
            type_, rank = ENTITY_HEADS[head.group("head")][0], TYPE_FROM_HEAD
            cand_end = head.end()
        elif inner[0].isdigit():
            continue
        cands.append(_Cand(m.start(), cand_end, _key(inner), inner, type_, rank))


# "under the With a Diploma to the Village programme": a programme's title, capitalised at both ends, with the
# small words of a phrase between its capitalised ones.
_SMALL_TITLE_WORDS = r"(?:a|an|the|to|for|in|on|with|of|and)"
_TITLED_PROGRAMME_RE = re.compile(
    r"(?:\bthe|[a-z]['’]s)"  # "the government's Financing of Agriculture programme" too
    rf"[ \t]+(?P<name>[A-Z][\w-]*(?:[ \t]+(?:{_SMALL_TITLE_WORDS}|[A-Z][\w-]*))*?[ \t]+{_SMALL_TITLE_WORDS}"
    r"[ \t]+(?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*)[ \t]+(?P<head>programme|program|initiative|scheme)\b"
)


def _scan_titled_programmes(text: str, start: int, end: int, cands: list[_Cand]) -> None:
    """Programmes whose titles hold small words ("the With a Diploma to the Village programme"), which a run of
    capitalised words would cut apart."""
    if (
        text.find("rogram", start, end) < 0
        and text.find("initiative", start, end) < 0
        and text.find("scheme", start, end) < 0
    ):
        return
    for m in _TITLED_PROGRAMME_RE.finditer(text, start, end):
        name = m.group("name")
        cands.append(_Cand(m.start("name"), m.end("name"), _key(name), name, "project", TYPE_FROM_HEAD))


def _scan_described(text: str, start: int, end: int, cands: list[_Cand]) -> None:
    """Unnamed things the text describes well enough to be subjects."""
    firms = [c.start for c in cands if c.kind == "name" and c.type == "enterprise"]
    for pos, head in _word_positions(text, start, end, "described"):
        if head in UNDESCRIBED_HEADS and firms and firms[0] < pos:
            continue  # "The enterprise will invest KZT4.6bn in a new painting shop": the firm's own part
        tail = DESCRIBED_TAIL_RE.match(text, pos, end)
        m = DESCRIBED_HEAD_RE.search(text, max(start, pos - 60), pos) if tail else None
        if tail is None:
            _scan_introduced(text, pos, head, start, cands)
            continue
        if m is None or (m.group("det")[0].isupper() and head not in DESCRIBED_WORKS):
            continue  # "A new plant in Shymkent" opening a sentence is the plant its company is named for
        words = [*m.group("mods").split(), tail.group("head")]
        desc = " ".join(w for w in words if w not in DESCRIPTIVE_ADJECTIVES)
        owned = m.group("det").lower() in {"its", "their"}  # "its third plant in Shymkent": named after its owner
        if (len(desc.split()) < 2 and not owned) or any(w in _MOD_STOP for w in desc.split()):
            continue
        type_ = DESCRIBED_HEAD_TYPES.get(head, "enterprise")
        cand = _Cand(m.start(), tail.end(), "described:" + desc, desc, type_, TYPE_FROM_HEAD, "described")
        cand.head = tail.group("prep") + " " + (tail.group("the") or "")
        cand.owned = owned
        cand.one_of_several = owned and not ONE_OF_SEVERAL_WORDS.isdisjoint(m.group("mods").split())
        if "project to" in text[max(0, m.start() - 30) : m.start()] or _PROJECT_VERB_RE.search(
            text, max(start, m.start() - 40), m.start()
        ):
            cand.type = "project"
        cands.append(cand)
    for m in PROJECT_TO_RE.finditer(text, start, end) if text.find("project", start, end) >= 0 else ():
        obj_end = _object_end(text, m.end(), end)
        if obj_end is None or not PROJECT_DET_RE.search(text, max(0, m.start() - 4), m.start()):
            continue
        name = m.group("name") + text[m.end("name") : obj_end]
        cands.append(
            _Cand(
                m.start("name"), obj_end, "described:" + name.casefold(), name, "project", TYPE_FROM_HEAD, "described"
            )
        )
    for pos, head in _word_positions(text, start, end, "department"):
        m = DEPARTMENT_RE.match(text, pos, end)
        if m is None:
            # "the regional statistics department said": the body named by the words before its head.
            before = _DEPARTMENT_BEFORE_RE.search(text, max(start, pos - 40), pos)
            if before is None or (pos + len(head) < len(text) and text[pos + len(head)].isalpha()):
                continue
            name = text[before.start() : pos + len(head)]
            cands.append(_Cand(before.start(), pos + len(head), _key(name), name, "organization", TYPE_FROM_HEAD))
            cands[-1].kind = "described"
            continue
        name = m.group().rstrip()
        end_of_name, key = m.start() + len(name), _key(name)
        level = _LEVEL_BEFORE_RE.search(text, max(start, pos - 12), pos)
        if level is not None:
            # "the regional department of agriculture": the level is part of the body's name (one body with or
            # without it; the mention still starts at its head, where "the city" is no alias of a city).
            name = level.group(1).lower() + " " + name
        cands.append(_Cand(m.start(), end_of_name, key, name, "organization", TYPE_FROM_HEAD, "described"))


_LEVEL_BEFORE_RE = re.compile(r"\b(" + "|".join(DEPARTMENT_LEVELS) + r")[ \t]+\Z", re.IGNORECASE)
_DEPARTMENT_BEFORE_RE = re.compile(r"\b(?:" + "|".join(DEPARTMENT_LEVELS) + r")(?:[ \t]+[a-z][a-z-]*){1,2}[ \t]+$")


def _scan_introduced(text: str, pos: int, head: str, start: int, cands: list[_Cand]) -> None:
    """ "has launched a new weaving factory worth $74 million": an unnamed facility the text introduces
    with an indefinite article and words that say what it is (FACTS.md: a short noun phrase)."""
    end = pos + len(head)
    if end < len(text) and (text[end].isalnum() or text[end] == "-"):
        return  # "plants", "plant-wide": not the head noun itself
    m = DESCRIBED_HEAD_RE.search(text, max(start, pos - 60), pos)
    if m is None or m.group("det") not in ("a", "an"):
        return
    if _COMPONENT_LIST_RE.search(text, max(start, m.start() - _COMPONENT_LIST_REACH), m.start()):
        return  # "The complex includes 24 poultry houses, a feed mill ...": a part of the thing, not a new one
    if _SUPPLIER_BEFORE_RE.search(text, max(start, m.start() - 40), m.start()):
        return  # "power, to be supplied partly by a 50 MW solar plant": a supplier named in passing, no topic
    describing = [w for w in m.group("mods").split() if w not in INTRODUCED_SKIP_WORDS]
    if any(w in _MOD_STOP for w in describing):
        return
    purpose = None if describing else _PURPOSE_AFTER_RE.match(text, end)
    if purpose is not None and not _MOD_STOP.isdisjoint(purpose.group("what").split()):
        purpose = None
    if not describing and purpose is None:
        return
    name = f"{head} for {purpose.group('what')}" if purpose is not None else " ".join([*describing, head])
    end = purpose.end() if purpose else end
    kind = "project" if _PROJECT_VERB_RE.search(text, max(start, m.start() - 40), m.start()) else "enterprise"
    kind = DESCRIBED_HEAD_TYPES.get(head, kind) if kind == "enterprise" else kind
    cands.append(_Cand(m.start(), end, "described:" + name, name, kind, TYPE_FROM_HEAD, "described"))


_SUPPLIER_BEFORE_RE = re.compile(
    r"\b[a-z]{3,}ed[ \t]+(?:(?:partly|partially|mainly|largely|fully|entirely)[ \t]+)?by[ \t]+\Z"
)
# "a new plant for lithium-ion battery materials,": what a facility is for describes it when nothing before does.
_PURPOSE_AFTER_RE = re.compile(
    r"[ \t]+for[ \t]+(?P<what>(?:[a-z][\w-]*[ \t]+){0,3}?[a-z][\w-]*)"
    r"(?=[ \t]*(?:[,.;]|$|[ \t](?:in|at|near|with|worth|that|which|and|is|was|will|to|costing)\b))"
)


def _object_end(text: str, pos: int, limit: int) -> int | None:
    """End of a bare object ("Belarus tractors", "sewage treatment facilities in Aktobe"); None if it has an article."""
    last = None
    words = list(OBJECT_WORD_RE.finditer(text, pos, min(limit, pos + 90)))
    for index, w in enumerate(words):
        if text[last if last is not None else pos : w.start()].strip():
            break  # punctuation between words ends the object
        word = w.group()
        if (
            word in {"in", "at"}
            and last is not None
            and index + 1 < len(words)
            and words[index + 1].group()[0].isupper()
        ):
            nxt = words[index + 1]
            if not text[w.end() : nxt.start()].strip() and not nxt.group()[0].isdigit():
                return nxt.end()
        if word.lower() in _OBJECT_STOP or word[0].isdigit():
            break
        last = w.end()
    return last


# --------------------------------------------------------------------------- coreferent phrases


_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]")


_PARTICIPLE_OBJECT_AFTER_RE = re.compile(
    r"[ \t]+(?:\d|(?:a|an|the|its|their|some|about|almost|nearly|over|more|stakes?|shares?)\b)"
)


def _scan_aliases(text: str, start: int, end: int, cands: list[_Cand]) -> None:
    for pos, head in _word_positions(text, start, end, "alias"):
        m = ALIAS_HEAD_RE.match(text, pos, end)
        if m is None:
            continue
        det = ALIAS_DET_RE.search(text, max(start, pos - 40), pos)
        if det is None or any(w in _MOD_STOP or w.endswith("ly") for w in det.group("mods").split()):
            continue
        if not GENERIC_MODIFIERS.isdisjoint(det.group("mods").lower().split()):
            continue  # "The average hotel occupancy rate": hotels in general, no hotel spoken of
        if head in ("centre", "center") and det.group("mods").strip() not in ("", "new"):
            continue  # "the regional centre": a region's capital, not a centre the text named
        if head == "complex" and text[max(start, pos - 30) : pos + len(head)].lower().endswith(SECTOR_COMPLEXES):
            continue  # "projects in the agro-industrial complex": a sector
        if head.endswith("ing") and _PARTICIPLE_OBJECT_AFTER_RE.match(text, m.end()):
            continue  # "with the fund holding 96.4 tonnes of the metal": "the fund", then a verb, no holding company
        if (
            text.startswith((" in ", " at "), m.end())
            and text[m.end() + 4 : m.end() + 5].isupper()
            and any(w not in DESCRIPTIVE_ADJECTIVES for w in det.group("mods").split())
        ):
            # "the steel pipe plant in Aktobe": a described entity, not a reference back ("The plant in Fergana
            # region has a capacity of ...", with no words of its own, still points back)
            continue
        if _NAME_AFTER_RE.match(text, m.end()) and not text.endswith("of ", 0, det.start()):
            # "the project company Zhel Kakpa Energy": what the name after it is, not a reference back ("director of
            # the refinery Serik Omarbekov" still refers back: a person's name follows the employer)
            continue
        city = CITY_EPITHETS.get(f"{det.group('mods').strip().lower()} {head}")
        if city is not None:
            # "the southern capital": Almaty, whichever capital the text named last.
            cand = _Cand(det.start(), pos + len(head), "city:" + city, city, "city", TYPE_FROM_GAZETTEER, "place", True)
        else:
            # "This year's race": the words of the event; "this year" stays the period's.
            begins = det.start("mods") if det.group("year") else det.start()
            cand = _Cand(begins, pos + len(head), "", "", "", 0, "alias", True)
            cand.head = head
        cands.append(cand)


# --------------------------------------------------------------------------- overlaps, lists, parentheses


_START, _END = attrgetter("start"), attrgetter("end")


def _resolve_overlaps(text: str, cands: list[_Cand], person_spans: list[Span]) -> list[_Cand]:
    """Keep the longest of overlapping candidates; a place after "in"/"at" inside a described entity stays too."""
    cands.sort(key=_END, reverse=True)  # by start, the longest first (two stable sorts)
    cands.sort(key=_START)
    kept: list[_Cand] = []
    described: list[_Cand] = []
    spans = sorted(person_spans)
    starts = [s for s, _ in spans]
    reach: list[int] = []  # the furthest end of the person spans up to each one
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    for cand in cands:
        i = bisect_left(starts, cand.end)  # the spans that start before the candidate ends
        if i and reach[i - 1] > cand.start:
            continue  # a person's name
        if kept and cand.start < kept[-1].end:
            outer = next((d for d in described if d.start <= cand.start and cand.end <= d.end), None)
            if outer is not None and cand.kind == "place" and NESTED_PLACE_RE.search(text, outer.start, cand.start):
                cand.nested = True
                kept.append(cand)
            continue
        if cand.kind == "described":
            described.append(cand)
        kept.append(cand)
    return _complete_described(text, kept)


def _complete_described(text: str, cands: list[_Cand]) -> list[_Cand]:
    """ "the steel pipe plant in" + the place after it -> "steel pipe plant in Aktobe"."""
    out: list[_Cand] = []
    for index, cand in enumerate(cands):
        if cand.kind == "described" and cand.head is None and cand.key.startswith("described:"):
            _locate_introduced(text, cand, cands[index + 1 : index + 4])
        if cand.kind == "described" and cand.head is not None:
            place = cands[index + 1] if index + 1 < len(cands) else None
            if place is not None and place.start - cand.end <= 1 and _unknown_town(text, cand, place):
                # "a copper smelter in Sainshand": a lone unknown name after "in" is the town it stands in.
                _make_town(place)
            # "a container terminal at the Aktau port": a facility named after its place locates it as a place does.
            located = place is not None and (
                place.kind == "place"
                or place.place_facility is not None
                or place.name.lower().endswith(tuple(" " + head for head in PLACE_NAMED_HEADS))
            )
            if place is None or not located or place.start - cand.end > 1:
                continue
            if BUILD_BEFORE_RE.search(text, max(0, cand.start - 40), cand.start):
                cand.type = "project"  # "to build a solar power plant in …": not yet an enterprise
            owner = _owner(text, out, cand) if cand.owned else None
            if cand.owned and owner is None:
                continue
            whole_works = owner is not None and not cand.one_of_several
            if whole_works and owner is not None:  # (owner is not None: for the type checker)
                # "UzMisMetall will expand its copper smelter in Almalyk": the company's own works, so its figures
                # and "the smelter" after it are the company's (as "its Temirtau facility" is). "CCI has launched
                # its third plant in Shymkent" names one plant of several: "CCI plant in Shymkent".
                cand.key, cand.is_alias, cand.type, cand.type_rank = owner.key, True, owner.type, owner.type_rank
            head_noun = cand.name.rsplit(None, 1)[-1]
            prefix = owner.name if owner is not None and not whole_works else ""
            cand.name = " ".join(f"{prefix} {cand.name} {cand.head}{place.name}".split())
            cand.key = "described:" + cand.name.casefold() if cand.owned and not whole_works else cand.key
            cand.place_kind = place.type
            cand.end = place.end
            place.nested = True
            cand.head = FACILITY_SYNONYMS.get(head_noun, head_noun) if whole_works else None
        out.append(cand)
    return out


# Between a facility introduced with "a" and the place it is said to stand in, in the same clause: "a multi-profile
# hospital for 630 beds in", "a jet fuel terminal worth $48 million at", "a hybrid seed plant for sunflower is being
# built in", "a new dry port terminal opened near".
_INTRODUCED_TO_PLACE_RE = re.compile(
    r"(?:[ \t]+(?:for|with|worth|costing|of)[ \t][^.;:,()\n]{0,60}?)?"
    r"(?:[ \t]+(?:is|was|will[ \t]+be|has[ \t]+been|are|were)[ \t]+(?:being[ \t]+)?"
    r"(?:built|constructed|opened|launched|located|commissioned)|[ \t]+(?:opened|launched))?"
    r"[ \t]+(?P<prep>in|at|near)[ \t]+(?P<the>the[ \t]+)?\Z"
)
_LOCATING_PLACE_TYPES = frozenset({"city", "region", "other"})


def _locate_introduced(text: str, cand: _Cand, following: list[_Cand]) -> None:
    """ "a multi-profile hospital for 630 beds in Ust-Kamenogorsk" -> "multi-profile hospital in Ust-Kamenogorsk":
    an unnamed facility takes the name of the place its clause puts it in (FACTS.md: a short noun phrase)."""
    place = next((c for c in following if c.kind == "place" or _is_place_named_facility(c)), None)
    if place is None or place.start - cand.end > 90:
        return
    if place.kind == "place" and place.type not in _LOCATING_PLACE_TYPES:
        return  # "a copper smelter in Kazakhstan": a country locates nothing a reader could find
    gap = _INTRODUCED_TO_PLACE_RE.fullmatch(text, cand.end, place.start)
    if gap is None:
        return
    cand.name = f"{cand.name} {gap['prep']} {gap['the'] or ''}{place.name}".replace("  ", " ")
    cand.key = "described:" + cand.name.casefold()


def _is_place_named_facility(cand: _Cand) -> bool:
    """ "Samarkand International Airport", "the Aktau port": a facility that locates what stands at it."""
    return cand.place_facility is not None or cand.name.lower().endswith(tuple(" " + h for h in PLACE_NAMED_HEADS))


# "between Balkhash town and Sary-Shagan", "in Aktau and Kuryk": joined to a place named before it.
_TOWN_COORDINATION_RE = re.compile(r"(?:[ \t]+(?:town|city|village|settlement))?(?:,[ \t]*|[ \t]+and[ \t]+)")


def _type_towns_coordinated_with_places(text: str, cands: list[_Cand]) -> None:
    """A lone unknown word joined to a town or city named before it ("between Balkhash town and Sary-Shagan") is a
    town too, not a company guessed from its capital letter."""
    for before, cand in pairwise(cands):
        if (
            before.kind == "place"
            and before.type == "city"
            and cand.kind in {"name", "weak"}
            and cand.type_rank == TYPE_GUESSED
            and " " not in cand.name
            and _TOWN_COORDINATION_RE.fullmatch(text, before.end, cand.start)
        ):
            _make_town(cand)


# "the Ural delta": a lower-case noun after the name, which only modifies it ("the Ural and the Caspian" does not).
_NOUN_MODIFIED_AFTER_RE = re.compile(r"[ \t]+[a-z]+\b(?<!\band)(?<!\bor)")
_FIRM_STANDS_IN_RE = re.compile(r"[ \t]+(?:in|near)[ \t]+")
# "The stake of Verny Capital in Sulpak", "invested by Kazakh Invest in Tekstil": a firm one holds or backs, no town.
_STAKE_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(STAKE_WORDS)})\b[^.;]*\Z")


def _type_towns_firms_stand_in(text: str, cands: list[_Cand]) -> None:
    """A lone unknown word right after a firm's name and "in" ("Pirgulu Wine House in Shamakhi shipped ...") is the
    town the firm stands in, not a second company guessed from its capital letter."""
    for before, cand in pairwise(cands):
        if (
            before.kind == "name"
            and before.type in {"enterprise", "organization"}
            and " " in before.name
            and _lone_guessed_word(cand)
            and _FIRM_STANDS_IN_RE.fullmatch(text, before.end, cand.start)
            and before.name.rsplit(None, 1)[-1] not in INVESTOR_NAME_WORDS
            and not _STAKE_BEFORE_RE.search(text, max(0, before.start - 40), before.start)
        ):
            _make_town(cand)


# "mostly to Alat in Azerbaijan", "from Turkmenbashi in Turkmenistan": a word a way leads to, placed in a country.
_WAY_BEFORE_RE = re.compile(r"\b(?:to|from|via|near)[ \t]+\Z")
_PLACED_IN_RE = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")
_CARRIAGE_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(CARRIAGE_WORDS)})\b[^.;]*\Z", re.IGNORECASE)


def _type_towns_flown_to(text: str, cands: list[_Cand]) -> None:
    """ "will fly to Antalya", "direct flights to Delhi": a lone unknown word a carrier flies to is a town,
    not a company guessed from its capital letter."""
    for cand in cands:
        window = max(0, cand.start - 40)
        if (
            _lone_guessed_word(cand)
            and _FLOWN_TO_BEFORE_RE.search(text, window, cand.start)
            and not _HANDED_OVER_BEFORE_RE.search(text, window, cand.start)
        ):
            _make_town(cand)


_FLOWN_TO_BEFORE_RE = re.compile(
    r"\b(?:fly|flies|flew|flying|flights)\s+(?:from\s+[A-Z][\w-]*\s+)?to\s+(?:[A-Z][\w-]*,\s+)*\Z"
)
# ("sold its flights to Sunkar", "handed its routes to Tabys": given to a firm.)
_HANDED_OVER_BEFORE_RE = re.compile(r"\b(?:sold|sells|handed|hands|transferred|transfers|gave|leased|passed)\b")


def _type_towns_placed_in_countries(text: str, cands: list[_Cand]) -> None:
    """A lone unknown word that goods go to or come from, placed "in" a country or region ("mostly to Alat in
    Azerbaijan and Turkmenbashi in Turkmenistan"), is a town, not a company guessed from its capital letter."""
    for cand, after in pairwise(cands):
        if (
            after.kind == "place"
            and after.type in ("country", "region")
            and _lone_guessed_word(cand)
            and _PLACED_IN_RE.fullmatch(text, cand.end, after.start)
            and _WAY_BEFORE_RE.search(text, max(0, cand.start - 8), cand.start)
            and _CARRIAGE_BEFORE_RE.search(text, max(0, cand.start - 150), cand.start)
        ):
            _make_town(cand)


def _join_bare_names_of_nature(text: str, cands: list[_Cand]) -> None:
    """ "the Ural river ... the lower reaches of the Ural": a lone word only guessed a company, which the text also
    writes before the head of a river or lake, is that feature, named as it stands alone (FACTS.md: no generic head
    when the name stands alone); the headed form is its alias. Not a word that only modifies ("the Ural delta")."""
    features = {
        cand.name.rsplit(None, 1)[0]: cand
        for cand in cands
        if cand.kind == "name" and cand.type == "other" and cand.name.rsplit(None, 1)[-1] in NATURAL_FEATURE_HEADS
    }
    for cand in cands:
        feature = features.get(cand.name)
        if feature is not None and _lone_guessed_word(cand) and not _NOUN_MODIFIED_AFTER_RE.match(text, cand.end):
            cand.key, cand.type, cand.type_rank = feature.key, feature.type, feature.type_rank
            feature.is_alias = True


# "The complex, to be called Qyran Arena,", "The refinery, named Ertis Aurum,": the name a thing spoken of is given.
_GIVEN_A_NAME_RE = re.compile(
    r",[ \t]+(?:to[ \t]+be[ \t]+|which[ \t]+(?:will[ \t]+be|is)[ \t]+)?(?:called|named|dubbed)[ \t]+"
)
_NAMED_THING_REACH = 400
# References to a works the text described before it was named ("The complex, to be called Qyran Arena").
_NAMED_WORKS_HEADS = FACILITY_HEADS | frozenset(DESCRIBED_WORKS) | {"project"}


def _join_things_given_a_name(text: str, cands: list[_Cand]) -> None:
    """ "A private investor will build an ice arena ... The complex, to be called Qyran Arena, will ...": the
    reference, and the unnamed thing it points back to, are the thing named so."""
    for index, (cand, after) in enumerate(pairwise(cands)):
        if (
            cand.kind != "alias"
            or after.kind != "name"
            or after.type not in ("enterprise", "project", "organization", "other")
            or not _GIVEN_A_NAME_RE.fullmatch(text, cand.end, after.start)
        ):
            continue
        cand.kind, cand.key, cand.type, cand.is_alias = "name", after.key, after.type, True
        if cand.head not in _NAMED_WORKS_HEADS:
            continue  # "The bank, named Taraz Credit,": no works described before is the bank
        described = next(
            (
                c
                for c in reversed(cands[:index])
                if c.kind == "described" and not c.is_alias and cand.start - c.end < _NAMED_THING_REACH
            ),
            None,
        )
        if described is not None:
            described.kind, described.key, described.type, described.is_alias = "name", after.key, after.type, True


# "a new processing plant built by Nurata Marmar", "a plant owned by X", "a mill run by X": its company after it.
_BUILT_BY_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:that|which)[ \t]+(?:is|was|has[ \t]+been)[ \t]+)?(?:built|owned|operated|run|launched|set[ \t]+up)"
    r"[ \t]+by[ \t]+"
)


def _join_facilities_built_by_firms(text: str, cands: list[_Cand]) -> None:
    """An unnamed facility the text introduces with the firm that built or runs it after it ("a new processing plant
    built by Nurata Marmar was launched") is that firm's own works, as one the firm "opened" is."""
    for index, (cand, after) in enumerate(pairwise(cands)):
        if (
            cand.kind == "described"
            and cand.type == "enterprise"
            and not cand.is_alias
            and after.kind == "name"
            and after.type == "enterprise"
            and _BUILT_BY_AFTER_RE.fullmatch(text, cand.end, after.start)
            and not _firm_named_before_in_its_sentence(text, cands[:index], cand)
        ):
            cand.kind, cand.key, cand.is_alias, cand.type_rank = "name", after.key, True, after.type_rank


def _firm_named_before_in_its_sentence(text: str, before: list[_Cand], cand: _Cand) -> bool:
    """Whether a firm is named earlier in the sentence of `cand` ("KazMunayGas launched a new plant built by Sinopec
    Engineering": the plant is the launcher's, its builder only a contractor)."""
    sentence_start = max(text.rfind(". ", 0, cand.start), text.rfind("\n", 0, cand.start))
    return any(c.kind == "name" and c.type == "enterprise" and c.start > sentence_start for c in before)


def _type_bare_names_of_regions_named(text: str, cands: list[_Cand]) -> None:
    """A neighbour's region the article names with its region word ("Uzbekistan's Khorezm region") is the same
    region where its name stands alone ("Khorezm farmers", "Issyk-Kul yurt camps"), when no city bears the name."""
    named = {c.key for c in cands if c.type == "region" and not c.is_alias}
    for cand in cands:
        region = _FOREIGN_REGION_KEYS.get(cand.name)
        if (
            region is not None
            and region not in _REGIONS_NAMED_AFTER_CITIES
            and (
                (region not in FOREIGN_REGIONS_SHARING_A_NAME and not _named_as_nature_or_a_town(text, cand.name))
                or "region:" + region in named
                or _named_with_a_region_word(text, cand.name)
            )
            and cand.kind in {"name", "weak"}
            and text.startswith(cand.name, cand.start)
            and (
                (cand.type_rank == TYPE_GUESSED and cand.end == cand.start + len(cand.name))
                # "Khorezm opens cold storage hub": a headline's place before its verb, no company's name.
                or _LOWER_WORD_AFTER_RE.match(text, cand.start + len(cand.name), cand.end) is not None
            )
        ):
            cand.kind, cand.type, cand.key, cand.type_rank = "place", "region", "region:" + region, 2
            cand.end = cand.start + len(cand.name)
            cand.name += " region"


def _named_as_nature_or_a_town(text: str, name: str) -> bool:
    """Whether the text writes `name` as a lake, river, range or town ("Lake Khuvsgul", "the Surkhandarya river",
    "the border town of Sukhbaatar"): alone, it may then be that, not the region."""
    word = re.escape(name)
    return (
        re.search(
            rf"\b(?:Lake|River|[Tt]own\s+of|[Cc]ity\s+of)\s+{word}\b|\b{word}\s+(?:[Rr]iver|[Ll]ake|[Mm]ountains|[Rr]ange)\b",
            text,
        )
        is not None
    )


def _named_with_a_region_word(text: str, name: str) -> bool:
    """Whether the text writes `name` with a region word anywhere, even inside a longer name ("a project to revive
    tea growing in Khatlon region")."""
    return re.search(rf"\b{re.escape(name)}(?:['’]s)?[ \t]+{_REGION_WORDS_ALT}\b", text) is not None


_REGION_WORDS_ALT = "(?:" + "|".join(sorted(REGION_WORDS)) + ")"
# Neighbours' regions that bear a city's name ("Fergana", "Osh"): alone, the name may be the city's.
_REGIONS_NAMED_AFTER_CITIES = REGIONS_NAMED_AFTER_UNLISTED_CENTRES | frozenset(
    region for region, spellings in FOREIGN_REGIONS.items() if any(s in CITIES for s in (region, *spellings))
)


def _type_nature_named_by_its_parts(text: str, cands: list[_Cand]) -> None:
    """ "in the foothills of the Kopetdag", "on the bank of the Karashyk": a lone unknown word a part of nature is of
    is that mountain range or river (type other), not a company guessed from its capital letter."""
    for cand in cands:
        if _lone_guessed_word(cand) and _PART_OF_NATURE_BEFORE_RE.search(text, max(0, cand.start - 30), cand.start):
            cand.type, cand.type_rank = "other", TYPE_FROM_HEAD


_PART_OF_NATURE_BEFORE_RE = re.compile(
    r"\b(?:foothills|slopes?|foot|banks?|shores?|coast|mouth|upper\s+reaches|lower\s+reaches|delta)\s+of\s+the\s+\Z"
)


def _make_town(cand: _Cand) -> None:
    """Retype a candidate only guessed a company as the town it is."""
    cand.kind, cand.type, cand.key, cand.type_rank = "place", "city", "city:" + cand.name, 2


def _lone_guessed_word(cand: _Cand) -> bool:
    """A name of one plain word whose type was only guessed from its capital letter."""
    return (
        cand.kind in {"name", "weak"}
        and cand.type_rank == TYPE_GUESSED
        and cand.name.isalpha()
        and cand.name[1:].islower()
        and cand.end == cand.start + len(cand.name)
    )


def _unknown_town(text: str, described: _Cand, cand: _Cand) -> bool:
    """A single unknown capitalised word right after a described thing's "in"/"near", read as a company by default."""
    return (described.head or "").startswith(("in", "near", "at")) and _lone_guessed_word(cand)


def _owner(text: str, before: list[_Cand], cand: _Cand) -> _Cand | None:
    """The company named last before "its plant …" in the same sentence ("CCI" in "… (CCI) has launched its …"),
    passing over a party the sentence names after "with", "from" or "by" ("ICSC has signed a loan agreement with
    Germany's Nordwest Exportbank to modernise its copper smelter": ICSC's smelter)."""
    owner = None
    for other in reversed(before):
        if other.kind == "name" and other.type in {"enterprise", "organization"}:
            between = text[other.end : cand.start]
            if ". " in between or len(between) >= 120:
                break
            owner = other
            if not _PARTY_BEFORE_RE.search(text, max(0, other.start - 40), other.start):
                break
    return owner


_PARTY_BEFORE_RE = re.compile(r"\b(?:with|from|by)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*['’]s[ \t]+)?\Z")


def _confirm_weak(text: str, cands: list[_Cand]) -> None:
    """Keep a sentence-opening lone word ("Kazatomprom and KazMunayGas signed") when the text confirms it:
    the same name appears elsewhere as a sure name, or it is coordinated with a name right after it."""
    sure = {c.key for c in cands if c.kind != "weak"}
    keep = []
    for index, cand in enumerate(cands):
        if cand.kind == "weak":
            nxt = cands[index + 1] if index + 1 < len(cands) else None
            coordinated = (
                nxt is not None and nxt.kind == "name" and COORDINATION_RE.fullmatch(text, cand.end, nxt.start)
            )
            if cand.key not in sure and not coordinated:
                continue
            cand.kind = "name"
        keep.append(cand)
    cands[:] = keep


def _drop_titles(text: str, cands: list[_Cand], role_spans: list[Span]) -> None:
    """A country in a role ("Consul General of Türkiye in Turkistan") is part of the title, not an entity."""

    def in_title(cand: _Cand) -> bool:
        for start, end in role_spans:
            if start <= cand.start and cand.end <= end:
                return cand.type == "country" or text[max(start, cand.start - 4) : cand.start] == " in "
        return False

    def portfolio(cand: _Cand) -> bool:
        # "Minister of Industry and Mineral Resources", "Chairman of the Cabinet of Ministers": the role's own words.
        for start, end in role_spans:
            if start <= cand.start and cand.end <= end:
                return cand.name in TITLE_BODIES or text[max(start, cand.start - 5) : cand.start] == " and "
        return False

    # "State Secretary of the Ministry of Finance Ganbold Tsolmon": a run of capitals that opens with the title is the
    # title, not a body.
    title_starts = {start for start, _ in role_spans}
    cands[:] = [
        c
        for c in cands
        if not (in_title(c) if c.kind in {"place", "demonym"} else c.kind in {"name", "weak"} and portfolio(c))
        and not (c.kind == "name" and c.start in title_starts)
    ]


def _retype_lists(text: str, cands: list[_Cand]) -> None:
    """ "West Kazakhstan (-48.7%) and Atyrau (-39.8%) regions", "two deposits – Millionnoye and X"."""
    for pos, word in _word_positions(text, 0, len(text), "list"):
        list_type = LIST_HEADS[word]
        _retype_backward(text, cands, pos, list_type)
        _retype_forward(text, cands, pos + len(word), list_type)


def _cand_ending_before(cands: list[_Cand], pos: int, gap_re: re.Pattern[str], text: str, stop: int) -> int | None:
    """The last of cands[:stop] that ends before `pos`, if only `gap_re` lies between them."""
    for index in range(stop - 1, -1, -1):
        cand = cands[index]
        if cand.end <= pos:
            return index if gap_re.fullmatch(text, cand.end, pos) and not cand.is_alias else None
    return None


def _retype_backward(text: str, cands: list[_Cand], pos: int, list_type: str) -> None:
    index = _cand_ending_before(cands, pos, LAST_GAP_RE, text, len(cands))
    while index is not None and _retype(cands[index], list_type):
        pos = cands[index].start
        index = _cand_ending_before(cands, pos, ITEM_GAP_RE, text, index)


def _retype_forward(text: str, cands: list[_Cand], pos: int, list_type: str) -> None:
    gap_re = LIST_INTRO_RE
    for index in range(bisect_left(cands, pos, key=lambda c: c.start), len(cands)):  # sorted by start
        cand = cands[index]
        if cand.start < pos:
            continue
        if cand.is_alias or not gap_re.fullmatch(text, pos, cand.start) or not _retype(cand, list_type):
            return
        pos, gap_re = cand.end, ITEM_GAP_RE


def _retype(cand: _Cand, list_type: str) -> bool:
    """Give a listed name the list's type when its readings allow it."""
    if cand.kind == "place":
        readings = cand.readings or []
        canonical = next((c for k, c in readings if k == list_type), None)
        if canonical is None and list_type == "region":
            # "in Batken and Talas regions": a neighbour's region named after its city.
            canonical = _FOREIGN_REGION_KEYS.get(cand.name)
        if cand.type == list_type:
            return True
        if canonical is None:
            return False
        cand.type, cand.key = list_type, f"{list_type}:{canonical}"
        cand.name = cand.name + " region" if list_type == "region" else cand.name.removesuffix(" region")
        return True
    if cand.kind == "name" and list_type not in {"region", "city", "country"}:
        cand.type, cand.type_rank = list_type, TYPE_FROM_HEAD
        return True
    if cand.kind in {"name", "weak"} and list_type == "region" and cand.name in _FOREIGN_REGION_KEYS:
        # "in Sughd and Khatlon regions", "Ahal and Balkan provinces": a neighbour's regions, read alone as no place.
        cand.kind, cand.type, cand.type_rank = "place", "region", TYPE_FROM_HEAD
        cand.key = "region:" + _FOREIGN_REGION_KEYS[cand.name]
        cand.name += " region"
        return True
    return False


def _link_parentheses(text: str, cands: list[_Cand]) -> None:
    """ "Coca-Cola İçecek (CCI)": CCI, wherever it appears, is the same entity; an orphan "(JDA)" is nothing."""
    links: dict[str, _Cand] = {}
    drop = set()
    for index, cand in enumerate(cands):
        if cand.kind not in {"name", "place"} or cand.is_alias:
            continue
        opening = text.rfind("(", max(0, cand.start - 2), cand.start)
        if opening < 0 or not text.startswith(")", cand.end):
            continue
        previous = cands[index - 1] if index else None
        if previous is not None and PARENTHESIS_AFTER_RE.fullmatch(text, previous.end, cand.end + 1):
            if _places_where(previous, cand):
                continue  # "Ekibastuz (Pavlodar region)": the region the town lies in, not another name of it
            if cand.key != previous.key and previous.kind != "demonym":
                links[cand.key] = previous
                if cand.type_rank > previous.type_rank:
                    previous.type, previous.type_rank = cand.type, cand.type_rank
        elif cand.abbreviation:
            drop.add(index)
    for cand in cands:
        target = links.get(cand.key)
        if target is not None and cand is not target:
            cand.key, cand.type, cand.type_rank = target.key, target.type, target.type_rank
            cand.abbreviation = True
    cands[:] = [c for i, c in enumerate(cands) if i not in drop]


_WHERE_PLACE_TYPES = frozenset({"city", "region", "country"})


def _places_where(named: _Cand, parenthesised: _Cand) -> bool:
    """A place of another kind in brackets after a place, written out, says where the first one lies."""
    return (
        not parenthesised.abbreviation
        and named.type in _WHERE_PLACE_TYPES
        and parenthesised.type in _WHERE_PLACE_TYPES
        and named.type != parenthesised.type
    )


def _drop_owned_projects(text: str, cands: list[_Cand]) -> None:
    """ "Saryarkaavtoprom plans to carry out a project to make …": the project is the company's, not an entity."""
    keep = []
    for index, cand in enumerate(cands):
        if cand.kind == "described" and cand.name.startswith("project to"):
            sentence_start = _sentence_start(text, cand.start)
            owners = [c for c in cands[:index] if c.start >= sentence_start and not c.is_alias]
            if any(c.type in {"enterprise", "organization"} and c.kind == "name" for c in owners):
                continue
        keep.append(cand)
    cands[:] = keep


# --------------------------------------------------------------------------- grouping and coreference


def lead_pattern(reason: str, kinds_of_company: bool = False) -> re.Pattern[str]:
    """The words of NOT_SUBJECT_LEADS[reason] ending a text, before an optional article or possessor (and, with
    `kinds_of_company`, words that say what kind of company the name is)."""
    # "set up in 2013 by": the year a thing was made may stand before "by".
    phrases = "|".join(
        p.replace(" by", r"(?:\s+in\s+\d{4})?\s+by").replace(" ", r"\s+")
        for p in sorted(NOT_SUBJECT_LEADS[reason], key=len, reverse=True)
    )
    # "according to the regional department of agriculture": a lower-case modifier may stand before the name, and
    # so may where it is based ("built by Almaty-based Zhasyl Dala Group") or its nationality ("carried out by Turkish
    # contractor Anka Yapi"), or what kind of company it is ("set up by the national mining company Tau-Ken Samruk").
    return re.compile(
        rf"\b(?:{phrases})\s+(?:(?:the|an?)\s+)?(?:(?:[A-Z][\w-]*\s+)?[\w-]+(?:'s|’s)\s+|[\w-]+-based\s+)?"
        r"(?-i:(?:[A-Z][a-z]+\s+)?(?!by\s)[a-z][a-z-]+\s+"
        + (
            rf"|(?:[A-Z][a-z]+\s+)?(?:[a-z][a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(COMPANY_NOUNS))})\s+"
            if kinds_of_company
            else ""
        )
        + r")?$",
        re.IGNORECASE,
    )


def guarded_lead(reason: str, kinds_of_company: bool = False) -> GuardedPattern:
    """`lead_pattern(reason)`, skipped where none of its phrases' key words is written (faster)."""
    return GuardedPattern(lead_pattern(reason, kinds_of_company), key_words(NOT_SUBJECT_LEADS[reason]))


_BACKER_RE = guarded_lead("backer")
_VENUE_RE = guarded_lead("venue")
_LESSOR_RE = guarded_lead("lessor")
_SOURCE_LEAD_RE = guarded_lead("source")
_NEWS_AGENCY_BEFORE_RE = re.compile(r"\b(?:news|press|information)\s+agency\s+\Z")
# Bodies of the state that report figures (an industry's association or union speaks for its members' figures).
_STATE_BODY_WORDS = REPORTING_BODY_WORDS - {"Association", "Union"}


def names_a_venue(text: str, span: Span) -> bool:
    """Whether the name at `span` is a state body's hall where something was said ("said at a briefing at the Central
    Communications Service"); not a company a briefing was held at ("a press conference at Kazatomprom")."""
    return not _STATE_BODY_WORDS.isdisjoint(text[span[0] : span[1]].split()) and follows_lead(text, span, _VENUE_RE)


# "The refinery, set up in 2013 by the national mining company Tau-Ken Samruk, ...": the maker of a named thing,
# whatever kind of company it is called, does not take "the plant" from it.
_AGENT_LEAD_RE = guarded_lead("agent", kinds_of_company=True)
# How close after a named facility its builder must be named to leave "the project" and "the plant" to it.
_BUILT_REACH = 160
# How far before a name the words of a lead may start ("with the support of the ...").
_LEAD_REACH = 64
# Between two names of one list: "the Damu Fund and the Agrarian Credit Corporation".
# ("by China's Huaxin Cement and the Tajik company Gayur": the next name may be said to be a company.)
_LIST_LINK_RE = re.compile(
    rf"\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:{'|'.join(sorted(COMPANY_NOUNS))})\s+)?"
)
_LIST_GOES_ON_RE = re.compile(r"\s*(?:,|\s+and\b)")


def follows_lead(
    text: str, span: Span, lead: re.Pattern[str] | GuardedPattern, previous_end: int | None = None
) -> bool:
    """Whether the name at `span` stands right after the words of `lead` ("loans by the ..."), or goes on the
    list of a name that did, which ends at `previous_end` ("... by the Damu Fund and the Agrarian Credit ...";
    after a comma only while the list goes on: "by A, B and C", not "Built by A, the plant ...")."""
    start, end = span
    if previous_end is not None:
        link = _LIST_LINK_RE.fullmatch(text, previous_end, start)
        if link and ("and" in link.group() or _LIST_GOES_ON_RE.match(text, end)):
            return True
    return lead.search(text, max(0, start - _LEAD_REACH), start) is not None


def backs(text: str, span: Span, previous_end: int | None = None) -> bool:
    """Whether the name at `span` lends to or backs what the text speaks of ("loans by the Agrarian Credit
    Corporation"); `previous_end` is where a backer named just before ends, when the name may go on its list."""
    if follows_lead(text, span, _BACKER_RE, previous_end):
        return True
    # "took out a loan of KZT11.7bn from the Agrarian Credit Corporation": the sum stands between.
    return text.find("from", max(0, span[0] - 12), span[0]) >= 0 and (
        _FUNDS_OF_A_SUM_FROM_RE.search(text, max(0, span[0] - 80), span[0]) is not None
    )


_FUNDS_OF_A_SUM_FROM_RE = re.compile(
    r"\b(?:loans?|credits?|financing|funding|grants?)\s+(?:of|worth|totall?ing)\s+(?:[^;.,]|[.,](?=\d)){1,40}?"
    r"\s+from\s+(?:the\s+)?\Z"
)


@dataclass
class _Group:
    key: str
    cands: list[_Cand] = field(default_factory=list)
    name: str = ""
    type: str = ""
    type_rank: int = 0
    last: int = -1
    count: int = 0
    named: int = 0  # mentions by its own name (no "the country", no "Chinese")
    runs: str | None = None  # the facility head it was named as the operator of ("the resort's operator X")
    facility: bool = False  # named as an owner's facility ("its Tamdy open pit"), never as a company


_ITS_BEFORE_RE = re.compile(r"\b(?:its|their)[ \t]+\Z")

# "QazVolt Motors, a joint venture of (or between) Saryarka Industrial Group and Lingxin New Energy, has completed ...,
# the company said": the owners named in the appositive are not what "the company" points back to.
OWNERS_APPOSITIVE_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:joint\s+venture|subsidiary|unit|division|daughter\s+company)\s+(?:of|between|set\s+up\s+by|owned\s+by)"
    r"|(?:a\s+)?part\s+of|owned\s+by|a\s+member\s+of)\b[^,;.]*(?:,|\.(?=\s))"
    # "Ulytau Rare Metals, in which the Korean company Hanbit Minerals holds a 49% stake, plans to ...".
    r"|,\s+in\s+which\s+[^,;.]*\b(?:holds?|owns?|has|acquired|bought)\b[^,;]*\bstake\b[^,;.]*,"
    # "Zhaiyk Azot is a joint venture of Orda Invest (51%) and China's Xinjiang Tianchi Chemical (49%).": the same
    # said by a sentence, whose owners run to its end.
    r"|\s+(?:is|was)\s+(?:(?:now|still|currently)\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:joint\s+venture|subsidiary|daughter\s+company)\s+"
    r"(?:of|between|set\s+up\s+by|owned\s+by)|(?:jointly\s+|fully\s+|wholly\s+)?owned\s+by)\b[^;.]*"
)


# "jointly with China's", "together with the German developer", "in partnership with": a partner's name follows.
_PARTNER_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(PARTNER_CUES) + r")\s+(?:(?:the|its|an?)\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}\Z"
)


def _is_partner(text: str, cand: _Cand) -> bool:
    """Whether a name follows a partner cue ("carried out jointly with China's Shenzhen Auto")."""
    return is_partner_at(text, cand.start)


def _stands_aside(text: str, cand: _Cand) -> bool:
    """Whether a name stands aside from what the sentence speaks of, so that "the plant" and "the company" after it
    still mean the company spoken of: a partner, a customer supplied, a state body's hall, a lessor, or a state body
    cited as a source ("according to the Ministry of Industry")."""
    span = (cand.start, cand.end)
    return (
        _is_partner(text, cand)
        or receives_supplies_at(text, cand.start)
        or names_a_venue(text, span)
        or follows_lead(text, span, _LESSOR_RE)
        or _HOLDS_A_STAKE_AFTER_RE.match(text, cand.end) is not None
        or _OWNS_THE_WORKS_AFTER_RE.match(text, cand.end) is not None
        or _holds_the_rest_of_the_stake(text, cand)
        # "..., the state news agency TDH reported": an outlet, never what "the company" after it means.
        or _NEWS_AGENCY_BEFORE_RE.search(text, max(0, cand.start - 30), cand.start) is not None
        or (
            cand.type == "organization"
            and not _STATE_BODY_WORDS.isdisjoint(cand.name.split())
            and follows_lead(text, span, _SOURCE_LEAD_RE)
        )
    )


# "Jinsheng Resources holds a 51% stake in the venture", "Angren Kimyo holds 40% of the venture": a shareholder, not
# what "the company" after it means (not "holds 25% of the car market", "has an interest in expanding").
_HOLDS_A_STAKE_AFTER_RE = re.compile(
    r",?\s+(?:will\s+)?(?:holds?|owns?|has|have|controls?|retains?|keeps?)\s+(?:an?\s+|the\s+)?(?:remaining\s+)?"
    r"(?:(?:[\d.,]+\s*(?:%|percent)\s+)?stake\s+in|[\d.,]+\s*(?:%|percent)\s+(?:share|interest)\s+in"
    r"|[\d.,]+\s*(?:%|percent)\s+of)\s+(?![^.,;]{0,40}\bmarket\b)(?:the\s+)?(?:joint\s+venture|venture|company|JV|project"
    r"|plant|enterprise|[A-Z])"
)


_WORKS_ALT = "|".join(sorted(FACILITY_HEADS))
# "from the plant's owner, Karaganda Energocenter,", "Saryarka Capital, which had owned the plant since 2009": the
# owner of the works spoken of.
_OWNER_OF_THE_WORKS_BEFORE_RE = re.compile(
    rf"\b(?:the|its)\s+(?:{_WORKS_ALT})['’]s\s+(?:new\s+|former\s+|current\s+|main\s+|majority\s+)?"
    r"(?:owner|parent\s+company|parent|shareholder)s?,?\s+\Z"
)
# (A shareholder aside: "the plant" and "the company" after it still mean the works; not "X, which owns the refinery
# in Atyrau", a works of its own brought in.)
_OWNS_THE_WORKS_AFTER_RE = re.compile(
    rf",\s+(?:which|that|who)\s+(?:has\s+|had\s+|also\s+)?(?:owned|owns)\s+the\s+(?:{_WORKS_ALT})\b"
    r"(?!\s+(?:in|at|near)\b)"
)


def _named_as_the_works_owner(text: str, cand: _Cand) -> bool:
    """Whether a company is named as the owner of the works "the plant" has pointed back to ("from the plant's owner,
    X,"): "the plant" after it still means the works (the company itself may still be "the company")."""
    return _OWNER_OF_THE_WORKS_BEFORE_RE.search(text, max(0, cand.start - 50), cand.start) is not None


# "QazaqGaz will hold a 51% stake in the company, and Zorlu Kimya 49%": the second shareholder, its verb left out.
_REST_OF_THE_STAKE_RE = re.compile(r"\s+(?:the\s+(?:remaining|other)\s+)?[\d.,]+\s*(?:%|percent)(?=\s*[.;)]|,\s)")
_AND_BEFORE_RE = re.compile(r"\band\s+(?:[A-Z][\w-]*['’]s\s+)?\Z")
_STAKE_WORD_RE = re.compile(r"\b(?:stake|holds?|owns?|shareholders?)\b")


# A name written as an object or a possessor ("built by X", "a contract with X", "X's"), no clause's subject.
_OBJECT_LEAD_WORDS = ("by", "with", "from", "of", "to", "for", "at", "in", "and", "between")


def _object_lead_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A lead word before a name, then an optional article or possessor, ending a text."""
    return re.compile(rf"\b(?:{'|'.join(words)})\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?\Z")


_OBJECT_LEAD_RE = _object_lead_pattern(_OBJECT_LEAD_WORDS)


def _holds_the_rest_of_the_stake(text: str, cand: _Cand) -> bool:
    return (
        _REST_OF_THE_STAKE_RE.match(text, cand.end) is not None
        and _AND_BEFORE_RE.search(text, max(0, cand.start - 30), cand.start) is not None
        and _STAKE_WORD_RE.search(text, max(0, cand.start - 100), cand.start) is not None
    )


def receives_supplies_at(text: str, start: int) -> bool:
    """Whether the name starting at `start` is the one goods are supplied, sold or delivered to ("will supply 140
    coaches to the national carrier Passenger Transportation JSC"): a customer, not what "the plant" or "the company"
    after it points back to, nor the supplier's figures' subject."""
    window = max(0, start - 90)
    return text.find("to", window, start) >= 0 and _SUPPLIED_TO_BEFORE_RE.search(text, window, start) is not None


_SUPPLIED_TO_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(CUSTOMER_SUPPLY_VERBS)})\b[^.;]{{0,60}}?\bto\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}\Z"
)


def is_partner_at(text: str, start: int) -> bool:
    """Whether the name starting at `start` follows a partner cue ("jointly with", "together with")."""
    window = max(0, start - 60)
    # Every partner cue holds "with" ("jointly with", "with the participation of"): a cheap test first.
    return text.find("with", window, start) >= 0 and _PARTNER_BEFORE_RE.search(text, window, start) is not None


# "CEO of", "the general director of": an officer of the name that follows.
_COMPANY_ROLE_BEFORE_RE = re.compile(rf"\b(?:{_OFFICER_TITLE_ALT})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)


_LIST_JOINT_RE = re.compile(r",[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_LISTED_PLACE_TYPES = frozenset({"city"})
# A list goes on after a name: ", Dubai", " and Tashkent".
_NEXT_LISTED_NAME_RE = re.compile(r"(?:,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[A-Z]")
# "In Temirtau, Tau-Temir Ferroalloys plans ...": a place that opens the sentence, then its comma, is no list.
_FRONTED_PLACE_RE = re.compile(r"(?:\A|[.!?»”]\s+|\n\s*)(?:In|At|Near|Outside|From)\s+\Z")


def _places_listed_with_places(text: str, cands: list[_Cand]) -> None:
    """ "flights to Antalya, Dubai and Tashkent": a name only guessed a company, listed with cities, is a town the
    gazetteer does not know, not a company the next "the terminal" could point back to (the gazetteer knows every
    country, so a name listed with countries keeps its guess: "Kazatomprom and China")."""
    for order in (cands, cands[::-1]):
        for near, cand in pairwise(order):
            if cand.type_rank != TYPE_GUESSED or cand.kind != "name" or near.kind != "place":
                continue
            if near.type not in _LISTED_PLACE_TYPES:
                continue
            first, second = (near, cand) if near.start < cand.start else (cand, near)
            joint = _LIST_JOINT_RE.fullmatch(text, first.end, second.start)
            if joint and joint.group().strip() == "," and not _NEXT_LISTED_NAME_RE.match(text, second.end):
                continue  # "printing houses in Almaty, Tumar Print, has invested": a name set beside a place
            if joint and (" " in joint.group().strip() or not _FRONTED_PLACE_RE.search(text, 0, first.start)):
                cand.kind, cand.type, cand.type_rank = "place", near.type, TYPE_GUESSED + 1
                cand.key = f"{near.type}:{cand.name}"


_NEAR_BEFORE_RE = re.compile(
    r"\b(?:near|outside)[ \t]+$"
    # "a spinning mill in Atakent", "farms in Kosshy", "based in Sainshand": where a facility or a firm stands.
    rf"|\b(?:(?:{longest_first(FACILITY_HEADS)})s?|farms|located|based|situated)[ \t]+in[ \t]+$"
    # "a road between Chinaz and Sirdaryo": the two ends of a way.
    rf"|\b(?:{longest_first(ROUTE_NOUNS)})[ \t]+between[ \t]+(?:[A-Z][\w-]*[ \t]+and[ \t]+)?$"
)


def _places_things_are_near(text: str, cands: list[_Cand]) -> None:
    """ "a farm near Kosshy", "the border outside Altynkol", "a spinning mill in Atakent": a lone unknown word a thing
    is near or in is a settlement the gazetteer does not know, not a company (which one is near nothing)."""
    for cand in cands:
        if cand.type_rank != TYPE_GUESSED or cand.kind != "name":
            continue
        if not _NEAR_BEFORE_RE.search(text, max(0, cand.start - 40), cand.start):
            continue
        possessed = text.startswith(("'s", "’s"), cand.end)  # "the fifth plant in Kazzinc's structure": a firm's
        if " " not in cand.name and cand.name.isalpha() and cand.end == cand.start + len(cand.name) and not possessed:
            cand.kind, cand.type, cand.type_rank, cand.key = "place", "city", TYPE_GUESSED + 1, "city:" + cand.name


def _resolve(
    text: str, cands: list[_Cand], title_end: int = 0, dateline_country: str | None = None
) -> list[EntityMention]:
    """Group named candidates into entities, then point every coreferent phrase at one of them."""
    _join_short_names(text, cands)
    _join_numbered_works(cands)
    _join_capitalised_heads(text, cands)
    _places_listed_with_places(text, cands)
    _places_things_are_near(text, cands)
    _title_places_as_regions(cands, title_end)
    cands[:] = _point_place_facilities(text, cands, title_end)
    groups: dict[str, _Group] = {}
    for cand in cands:
        if cand.kind != "alias" and cand.kind != "demonym":
            group = groups.get(cand.key)
            if group is None:
                groups[cand.key] = _Group(cand.key, [cand])
            else:
                group.cands.append(cand)
    capitals = set()
    for group in groups.values():
        _name_group(group)
        if group.type == "city" and group.key.split(":", 1)[-1] in CAPITALS:
            capitals.add(group.key)
    runners = _facility_runners(text, cands)
    favoured = "country:" + dateline_country if dateline_country else None
    recent: dict[str, _Group] = {}  # type -> the entity of that type mentioned last
    pointed_back: set[str] = set()  # facility heads bound by a reference back ("the plant"), not by a name
    out = []
    company: _Cand | None = None  # the company named last
    backer_end: int | None = None  # where the backer named last ends, while its list may go on
    agent_end: int | None = None  # where the maker named last ends, while its list may go on
    appositive: tuple[int, _Group] | None = None  # where an appositive of a name ends, and the name's entity
    owners_end = -1  # where ", a joint venture of A and B," after a name ends: A and B are not "the company"
    for cand in cands:
        named_group = groups.get(cand.key) if cand.kind == "name" and not cand.is_alias else None
        if named_group is not None and named_group.type == "organization":
            _count_the_country_it_names(groups, named_group.name)
        if cand.type == "country" and _names_a_currency(text, cand):
            continue  # "9.3 billion U.S. dollars", "500 million Russian rubles": a currency, not the country
        if cand.kind == "name" and backs(text, (cand.start, cand.end), backer_end):
            # "with the support of the Damu Fund and the Agrarian Credit Corporation. The complex ...": a lender
            # is named, but "the complex" and "the company" do not point back to it.
            backer_end = cand.end
            group = groups[cand.key]
            group.last, group.count = cand.start, group.count + 1
            out.append(_mention(cand.start, cand.end, group.name, group.type, cand.is_alias))
            continue
        backer_end = None
        built = next((recent[t] for t in ("enterprise", "project") if t in recent), None)
        if (
            cand.kind == "name"
            and built is not None
            and not built.key.startswith("described:")
            and built.key != cand.key  # a title's "mill" already pointed to the builder named in the body
            and cand.start - built.last < _BUILT_REACH
            and follows_lead(text, (cand.start, cand.end), _AGENT_LEAD_RE, agent_end)
        ):
            agent_end = cand.end
            # "The Samal Kordai wind farm, built by Dala Energy Partners, ... The project cost $198 million":
            # "the project" and "the plant" still mean the thing built; "the company" may mean its builder.
            group = groups[cand.key]
            group.last, group.count = cand.start, group.count + 1
            if group.type == "enterprise" and cand.start >= owners_end:
                # ("The company is now owned by Tumen Holding. The company ...": the owner is no "company" after.)
                recent["company"] = group
            if group.type == "enterprise":
                # "built by Dalan Energy, a joint venture of A and B.": A and B do not own "the plant" either.
                owners = OWNERS_APPOSITIVE_RE.match(text, cand.end)
                owners_end = owners.end() if owners else owners_end
            out.append(_mention(cand.start, cand.end, group.name, group.type, cand.is_alias))
            continue
        if cand.kind != "demonym":  # "by A and the Tajik company B": a nationality does not end the list
            agent_end = None
        is_alias = cand.is_alias
        referent = _coreferent(text, cand, groups, recent, favoured) if cand.start in runners else None
        if cand.start in runners and (referent is None or referent.key.startswith("described:")):
            # "The farm, run by Qazaq Osetr LLP, keeps ...": the company's farm; "the farm" after it is the company
            # (a facility named before keeps its name: "Syr Kun-1 ... The project is being implemented by ...").
            group, is_alias = groups[runners[cand.start].key], True
            heads = {cand.head or "", referent.name.rsplit(None, 1)[-1] if referent is not None else ""} - {""}
            for head in heads:  # "a broiler poultry complex ... The project is being implemented by ...": both
                recent["facility:" + FACILITY_SYNONYMS.get(head, head)] = group
        elif cand.kind == "alias" and appositive is not None and cand.start < appositive[0]:
            # "Ertis Alumin, the aluminium smelter on the northern edge of Pavlodar, ...": the name, described.
            group, is_alias = appositive[1], True
        elif cand.kind == "alias" or cand.kind == "demonym":
            group = _coreferent(text, cand, groups, recent, favoured)
            unnamed = _unnamed_facility(text, cand, group)
            if unnamed is not None:
                group, is_alias = groups.setdefault(unnamed.key, unnamed), False
            if group is None:
                continue
            if cand.head in FACILITY_HEADS and group.type in ("enterprise", "project"):
                # "The plant, consisting of four units, ... QazaqGaz will hold 51%, and Zorlu Kimya 49% ... once the
                # plant is commissioned": the plant the text called so stays the one, past shareholders named since.
                named_as = "facility:" + FACILITY_SYNONYMS.get(cand.head, cand.head)
                if named_as not in recent:
                    recent[named_as] = group
                    pointed_back.add(named_as)
        elif company is not None and _operated_by(text, cand, company):
            # "Taraz Sut LLP opened a dairy plant in Taraz": the working plant is the company's own.
            group, is_alias = groups[company.key], True
            recent["facility:" + (_facility_head(text, cand) or "plant")] = group
        elif cand.kind == "described" and cand.is_alias and cand.head is not None:
            # "its copper smelter in Almalyk": the owner's works; "the smelter" after it is the owner too.
            group, is_alias = groups[cand.key], True
            recent["facility:" + cand.head] = group
        elif cand.kind == "described" and appositive is not None and cand.start < appositive[0]:
            # "Ertis Bus Motors, a bus assembly plant in Semey, ...": the appositive describes the name.
            group, is_alias = appositive[1], True
        else:
            group = groups[cand.key]
        if cand.kind == "name" and group.type == "enterprise":
            company = cand
        group.last, group.count = cand.start, group.count + 1
        if cand.start < owners_end or (cand.kind == "name" and _stands_aside(text, cand)):
            # A parent company in an appositive, or a partner ("carried out jointly with China's Shenzhen Auto"):
            # "the plant" and "the company" after it still mean the company the sentence is about (however often
            # it is named so).
            out.append(_mention(cand.start, cand.end, group.name, group.type, is_alias))
            continue
        if (
            pointed_back
            and cand.kind == "name"
            and group.type == "enterprise"
            and not _OBJECT_LEAD_RE.search(text, max(0, cand.start - 20), cand.start)
            and not _named_as_the_works_owner(text, cand)
        ):
            # "In Pavlodar, Dala Lokomotiv is building ... The plant will": a company named for itself, not as a
            # shareholder, may be whose plant "the plant" is now.
            for named_as in pointed_back:
                recent.pop(named_as, None)
            pointed_back.clear()
        if cand.kind not in ("alias", "demonym") and not is_alias and not _is_trading_partner(text, cand, group):
            group.named += 1
        if not (group.type == "enterprise" and names_a_lender(group.name)):
            # ("The rest is to come from Halyk Bank ... Last year the facility processed": a lender runs no works.)
            recent[group.type] = group
        if (
            cand.kind in ("name", "alias")
            and group.type == "enterprise"
            and (owners := OWNERS_APPOSITIVE_RE.match(text, cand.end))
        ):
            owners_end = owners.end()
        if group.type == "other" and not is_alias and cand.kind == "name":
            facility = _facility_head(text, cand)
            if facility:  # "the Nur Zholy road checkpoint ... the checkpoint"
                recent["facility:" + facility] = group
        if group.type in ("enterprise", "project") and not is_alias:
            # "the plant" and "the company" point back to names written as a plant / as a company.
            facility = cand.head if cand.is_alias else _facility_head(text, cand)
            if facility and cand.kind == "name" and _runs_a_facility_called(text, cand.start, facility):
                group.runs = facility
            if facility and facility == group.runs:
                facility = None  # "the resort's operator Altai Tau Resort": "the resort" is what it runs
            if facility:
                recent["facility:" + FACILITY_SYNONYMS.get(facility, facility)] = group
                # "The company mined 2.9 mln tonnes at its Tamdy open pit": the owner's works, not a company.
                group.facility = (
                    group.facility or _ITS_BEFORE_RE.search(text, max(0, cand.start - 8), cand.start) is not None
                )
            elif group.type == "enterprise" and cand.kind != "described":
                recent["company"] = group  # "a sewing shop" the text describes is no company "the company" means
            if (
                facility
                and cand.kind == "name"
                and _COMPANY_ROLE_BEFORE_RE.search(text, max(0, cand.start - 40), cand.start)
            ):
                # "Nurlan Seitkali, CEO of Batys Cargo Terminal, said the company ...": an officer's employer is a
                # company, whatever its name's head.
                recent["company"] = group
            elif cand.kind == "name" and text[cand.start : cand.end].casefold().endswith(" project"):
                recent["named project"] = group  # "the Kairos Polymer project": a facility still being built
        if cand.kind == "name" and not is_alias and group.type == "enterprise":
            operated = _OPERATES_RE.match(text, cand.end)
            if operated:
                # "Caspian Terminal Services, which operates the port's container hub, ...": "the hub" is its own.
                recent["facility:" + FACILITY_SYNONYMS.get(operated["head"], operated["head"])] = group
        if cand.kind == "name" and not is_alias:
            written_head = text[cand.start : cand.end].rsplit(None, 1)[-1].casefold()
            if written_head in _AREA_HEADS:
                # "the Kaitpas industrial zone ... Since the zone was established": the name keeps no head word.
                recent["facility:" + written_head] = group
            described = APPOSITIVE_HEAD_RE.match(text, cand.end)
            if described and described["head"].lower() in ALIAS_HEADS:
                # "Astana Hub, Kazakhstan's international technology park,": "the park" points back to it.
                head = described["head"].lower()
                recent["facility:" + FACILITY_SYNONYMS.get(head, head)] = group
                appositive = (described.end(), group)
            titled = _TITLE_HEAD_RE.search(text, max(0, cand.start - 40), cand.start)
            if (
                titled
                and titled["head"] in ALIAS_HEADS
                and titled["modifier"].lower() not in _NOT_TITLE_MODIFIERS
                and group.type in ("enterprise", "organization")
            ):
                # "Ride-hailing service Zhol Go ... the service handled 31.8 million trips": the word the name is
                # introduced with points back to it, as an appositive's does.
                head = titled["head"]
                recent["facility:" + FACILITY_SYNONYMS.get(head, head)] = group
        if group.key in capitals:
            recent["capital"] = group
        if (
            cand.kind == "name"
            and group.type == "project"
            and _WRITTEN_AS_A_PROGRAMME_RE.search(text, cand.start, cand.end)
        ):
            recent["programme"] = group  # "the Qadam programme ... the programme's portfolio"
        out.append(_mention(cand.start, cand.end, group.name, group.type, is_alias))
    return out


_PROGRAMME_WORDS = ("programme", "program")
_WRITTEN_AS_A_PROGRAMME_RE = re.compile(rf"\b(?:{'|'.join(_PROGRAMME_WORDS)})\Z", re.IGNORECASE)


_RUN_BY_RE = re.compile(
    r"(?:,\s*(?:which\s+is\s+)?|\s+(?:is|was|will\s+be|has\s+been)\s+(?:being\s+)?)(?:"
    + "|".join(p.replace(" ", r"\s+") for p in FACILITY_RUNNER_PARTICIPLES)
    + r")\s+by\s+(?:the\s+)?"
)


# "The centre, developed by Orta Mail Logistics": a centre is a facility too, and a project one being built.
_RUN_FACILITY_HEADS = FACILITY_HEADS | {"centre", "center", "project"}


def _facility_runners(text: str, cands: list[_Cand]) -> dict[int, _Cand]:
    """Unnamed facilities followed by the company that runs them ("The farm, run by Qazaq Osetr LLP,"): the
    facility's start -> the company's candidate."""
    names = {c.start: c for c in cands if c.kind == "name" and c.type in ("enterprise", "organization")}
    runners = {}
    for cand in cands:
        m = _RUN_BY_RE.match(text, cand.end) if cand.kind == "alias" and cand.head in _RUN_FACILITY_HEADS else None
        if m is not None and m.end() in names:
            runners[cand.start] = names[m.end()]
    return runners


# "the resort's operator ", "the mine's owner ": a company named as the one that runs a facility.
_RUNS_FACILITY_BEFORE_RE = re.compile(
    r"\bthe\s+(?P<head>[a-z]+)['’]s\s+(?:" + "|".join(sorted(FACILITY_RUNNER_NOUNS)) + r")\s+$"
)


def _runs_a_facility_called(text: str, start: int, facility: str) -> bool:
    """Whether the name at `start` follows "the <facility>'s operator" (or owner, developer...)."""
    m = _RUNS_FACILITY_BEFORE_RE.search(text, max(0, start - 40), start)
    return m is not None and FACILITY_SYNONYMS.get(m["head"], m["head"]) == facility


_new = object.__new__


def _mention(start: int, end: int, name: str, type_: str, is_alias: bool) -> EntityMention:
    """EntityMention(start, end, name, type_, is_alias), filled in without the frozen dataclass's slower __init__."""
    mention = _new(EntityMention)
    fields = mention.__dict__
    fields["start"], fields["end"], fields["name"], fields["type"], fields["is_alias"] = (
        start,
        end,
        name,
        type_,
        is_alias,
    )
    return mention


def _name_group(group: _Group) -> None:
    """The canonical name (the fullest proper form the text uses) and the best-supported type."""
    first = group.cands[0]
    best = first if len(group.cands) == 1 else max(group.cands, key=lambda c: c.type_rank)
    group.type, group.type_rank = best.type, best.type_rank
    if first.kind == "place":
        group.name = _place_name(group)
    elif first.kind == "described":
        ranked = sorted(group.cands, key=lambda c: c.place_kind in {"region", "city"}, reverse=True)
        group.name = ranked[0].name
    else:
        full = [c for c in group.cands if not c.abbreviation and not c.is_alias] or group.cands
        group.name = max(full, key=lambda c: len(c.name)).name


def _place_name(group: _Group) -> str:
    kind, canonical = group.key.split(":", 1)
    forms = [c.name for c in group.cands if not c.abbreviation]
    if not forms:
        return canonical
    if kind == "country":
        return min(forms, key=len)
    if kind == "region":
        # "Bayankhongor herders ... Herders in Bayankhongor aimag": the form the text writes with its region word,
        # before one made up for a bare name.
        as_written = [
            c.name
            for c in group.cands
            if not c.abbreviation and c.name.split()[-1] in REGION_WORDS and c.end - c.start == len(c.name)
        ]
        written = as_written or [f for f in forms if f.split()[-1] in REGION_WORDS]
        return written[0] if written else forms[0]
    return forms[0]


# Heads of areas that "the zone", "the park" point back to.
_AREA_HEADS = frozenset({"zone", "park"})
# The common noun a name is introduced with ("ride-hailing service Zhol Go", "carrier Air Astana").
# (After a word that describes it, not after a determiner or a preposition: "The mine Tau-Ken Samruk sold", "For the
# plant Samruk Energy borrowed", "At the forum Kazakh Invest signed" name no mine, plant or forum.)
_TITLE_HEAD_RE = re.compile(r"(?<![\w-])(?P<modifier>[\w-]+)[ \t]+(?P<head>[a-z]+)[ \t]+\Z")
_NOT_TITLE_MODIFIERS = {word.lower() for word in FUNCTION_WORDS} | ATTRIBUTIVE_OPENERS
# Coreferent heads that mean the place the article is about rather than the one named last.
SALIENT_HEADS: dict[str, str] = {"region": "region", "oblast": "region", "province": "region", "city": "city"}


def _region_of_the_centre(groups: dict[str, _Group]) -> _Group | None:
    """ "A cancer centre has opened in Taldykorgan ... patients from the region": with no region named, the region
    whose centre is the city named most."""
    cities = [g for g in groups.values() if g.type == "city" and g.count and g.name in REGION_OF_CENTRE]
    if not cities:
        return None
    region = REGION_OF_CENTRE[max(cities, key=lambda g: (g.count, g.last)).name]
    key = "region:" + region
    return groups.setdefault(key, _Group(key, name=region + " region", type="region", type_rank=5))


def _coreferent(
    text: str,
    cand: _Cand,
    groups: dict[str, _Group],
    recent: dict[str, _Group],
    favoured: str | None = None,
) -> _Group | None:
    """The entity a coreferent phrase or demonym points back to."""
    if cand.kind == "demonym":
        return groups.setdefault(cand.key, _Group(cand.key, name=cand.name, type="country", type_rank=5))
    if cand.head == "country":
        return _salient_country(groups, favoured)
    if cand.head == "capital":
        return recent.get("capital")
    if cand.head in _PROGRAMME_WORDS:
        return recent.get("programme")
    if cand.head in SALIENT_HEADS:
        # "the region", "the city": the one the article is about — mentioned most so far.
        kind = SALIENT_HEADS[cand.head]
        seen = [g for g in groups.values() if g.type == kind and g.count]
        if seen:
            return max(seen, key=lambda g: (g.count, g.last))
        # None named yet: the one the article names first later ("in the region ... akim of Aktobe region").
        later = [g for g in groups.values() if g.type == kind and g.cands]
        if later:
            return min(later, key=lambda g: g.cands[0].start)
        return _region_of_the_centre(groups) if kind == "region" else None
    if cand.head in _AREA_HEADS:
        # "the zone", "the park": the last named one ("Alat Free Economic Zone", "Sumgait Chemical Industrial Park"),
        # or one an appositive called so ("Astana Hub, Kazakhstan's international technology park").
        zones = [g for g in groups.values() if g.count and g.name.casefold().endswith(cand.head)]
        return max(zones, key=lambda g: g.last) if zones else recent.get("facility:" + cand.head)
    if cand.head in _HELD_WORD_RES:
        # "the centre", "the fund": the last named one that holds the word ("International Centre for ...").
        holders = [g for g in groups.values() if g.count and _HELD_WORD_RES[cand.head].search(g.name)]
        # "The centre was built by Dala Tech Service LLP ... The centre has created 185 jobs": else the one a
        # runner or an appositive called so.
        return max(holders, key=lambda g: g.last) if holders else recent.get("facility:" + cand.head)
    head = cand.head or ""
    named_as = "company" if head == "company" else "facility:" + FACILITY_SYNONYMS.get(head, head)
    if named_as == "company" and named_as in recent:
        salient = _salient_company(text, recent["company"], groups)
        if salient is not None:
            return salient
    if named_as in recent:
        return recent[named_as]
    if cand.head in FACILITY_HEADS:
        # "Maktaaral Textile Cluster LLP ... a spinning mill ... the cluster": the one whose name ends so.
        headed = [g for g in groups.values() if g.count and g.name.casefold().endswith(" " + cand.head)]
        if headed:
            return max(headed, key=lambda g: g.last)
    for tier in ALIAS_HEADS[cand.head or ""]:
        seen = [recent[t] for t in tier if t in recent]
        if seen:
            found = max(seen, key=lambda g: g.last)
            project = recent.get("named project")
            if cand.head in FACILITY_HEADS and project is not None and project.last > found.last:
                return project  # "the Kairos Polymer project is 87% complete. The complex ...": that project
            if cand.head == "project" and project is not None:
                # "The Shu Wind project is being carried out by Altyn Dala Energy LLP. The project won an
                # auction": the project named so, not the company that carries it out.
                return project
            if cand.head == "project" and found.type == "enterprise" and _named_in_passing(text, found):
                # "The line will be served by 28 trains assembled by CRRC Tangshan, and the project envisages":
                # a builder or supplier named as an object is not the project, which was named before it.
                projects = [g for g in groups.values() if g.type == "project" and g.count and g.last < cand.start]
                if projects:
                    return max(projects, key=lambda g: g.last)
            if found.key.startswith("described:") and cand.head in FIRM_ALIAS_HEADS:
                # "plan to spend $120 million on a processing plant ... The venture employs 1,120 people": a firm's
                # word never means a plant described without a name.
                named = [
                    g for g in groups.values() if g.type in tier and g.count and not g.key.startswith("described:")
                ]
                found = max(named, key=lambda g: g.last) if named else found
            if cand.head in FIRM_KIND_ALIAS_HEADS and not _called_so(text, found, cand.head):
                return _firm_called_so(text, groups, cand.head) or _salient_company(text, found, groups) or found
            return found
    return None


# The word a contractor or developer is introduced with ("Chinese contractor China Huaxi", "developer X").
_BUILDER_ROLE_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(BUILDER_ROLE_WORDS)})\s+(?:of\s+)?(?:the\s+)?\Z")


def _named_in_passing(text: str, group: _Group) -> bool:
    """Whether every mention of the firm by its name stands as an object or a builder's name ("assembled by X",
    "a loan from X", "contractor X"), never as a clause's subject."""
    named = [c for c in group.cands if not c.is_alias]
    return bool(named) and all(
        _PASSING_OBJECT_LEAD_RE.search(text, max(0, c.start - 40), c.start)
        or _BUILDER_ROLE_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
        or _CONSORTIUM_BEFORE_RE.search(text, max(0, c.start - 100), c.start)
        for c in named
    )


# An object's lead, less "and" ("KazMunayGas and Lukoil will develop ...": a co-subject).
_PASSING_OBJECT_LEAD_RE = _object_lead_pattern(tuple(w for w in _OBJECT_LEAD_WORDS if w != "and"))
# "a consortium of Kazakhstan's Turan Infra and China's Zhongtie Northern": every member a builder.
_CONSORTIUM_BEFORE_RE = re.compile(r"\bconsortium\s+of\b[^.;]*\Z")


def _firm_called_so(text: str, groups: dict[str, _Group], head: str) -> _Group | None:
    """The last firm named or described by the alias's word ("Khangai Airlines ... The airline", "Mongolian carrier
    Khangai Airlines ... the carrier"), rather than the article's main firm that is no airline."""
    called = [
        g
        for g in groups.values()
        if g.count
        and g.type == "enterprise"
        and not g.key.startswith("described:")
        and (g.name.rsplit(None, 1)[-1].casefold().startswith(head) or _called_so(text, g, head))
        # ("signed a codeshare deal with Turkish Airlines. The airline ...": a partner named as an object is not it.)
        and any(not _OBJECT_LEAD_RE.search(text, max(0, c.start - 20), c.start) for c in g.cands if not c.is_alias)
    ]
    return max(called, key=lambda g: g.last) if called else None


# A name opening its sentence, at most after a word or two of description ("Rival Steppe Telecom", "Singapore-based").
_OPENS_ITS_SENTENCE_RE = re.compile(r"(?:\A|[.!?»”\"]\s+|\n)(?:[A-Z][\w-]*\s+){0,2}\Z")


def _called_so(text: str, group: _Group, head: str) -> bool:
    """Whether the text calls the entity by the alias's word ("KEGOC, the national grid operator", "the airline
    FlyArystan"): "the operator" then means it, however salient another firm is."""
    called = re.compile(rf",\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}?{head}\b")
    return any(
        called.match(text, c.end) or text.endswith(head + " ", 0, c.start) for c in group.cands if not c.is_alias
    )


def _salient_company(text: str, latest: _Group, groups: dict[str, _Group]) -> _Group | None:
    """The company the article is about, when "the company" follows a company named once in passing.

    A contractor, lender or supplier named once as an object ("built by Hanmi Engineering", "a loan from
    Nordwest Exportbank") is not what a later "the company" means: the company named most by its own name is.
    A company that opened its own sentence is a new subject, and keeps "the company".
    """
    # "plans to process 2.4 million tons of ore at Karatash ... The company employs 1,900 people": a lone word only
    # guessed a company from its capital (a site, a range) is never what "the company" means when a company named as
    # one was named before it.
    guessed = _only_guessed(latest, text)
    if not guessed and (
        latest.named > 1
        or _OPENS_ITS_SENTENCE_RE.search(text, max(0, latest.last - 40), latest.last)
        # "said Daulet Sarsenbayev, commercial director of Dala Grain Logistics": a speaker's company is no passer-by.
        or _COMPANY_ROLE_BEFORE_RE.search(text, max(0, latest.last - 40), latest.last)
    ):
        return None
    named = [
        g
        for g in groups.values()
        if g.type == "enterprise"
        and g.count
        and not g.key.startswith("described:")
        and not g.facility
        and not _only_guessed(g, text)
    ]
    salient = max(named, key=lambda g: (g.named, g.last), default=None)
    if salient is not None and salient.named >= 2 and salient is not latest:
        return salient
    return max(named, key=lambda g: g.last, default=None) if guessed else None


def _only_guessed(group: _Group, text: str) -> bool:
    """A one-word name typed a company only from its capital letter, and written only where a place would be
    ("at Karatash", "in the Kalba range"), never as a sentence's or clause's own subject."""
    return (
        group.type_rank == TYPE_GUESSED
        and " " not in group.name
        and all(_PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, c.start - 12), c.start) for c in group.cands)
    )


# (Not a bare "in", "of", "to": "Investment in Arnur", "Sales of Tabys", "The contract went to Tabys" name firms; "of
# the Kaindy prospect" names a site.)
_PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:at|near)\s+(?:the\s+)?\Z|\b(?:in|from|of|to)\s+the\s+\Z")


_HELD_WORD_RES = {head: re.compile(rf"\b(?:{'|'.join(words)})\b") for head, words in HEADS_HELD_IN_THE_NAME.items()}
_CURRENCY_AFTER_RE = re.compile(
    r"\s+(?:" + "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)


# An amount before the country word, or a rate's "per"/"against" ("1.7 manat per US dollar", "weakened against the
# US dollar").
_AMOUNT_BEFORE_RE = re.compile(
    r"(?:\d|\b(?:thousand|million|billion|trillion|mln|bn|bln|per|against|versus|to\s+the|against\s+the))\s*$",
    re.IGNORECASE,
)


def _names_a_currency(text: str, cand: _Cand) -> bool:
    """True for a country word between an amount (or a rate's "per") and a currency word ("9.3 billion U.S. dollars",
    "1.7 manat per US dollar")."""
    return bool(
        _CURRENCY_AFTER_RE.match(text, cand.end) and _AMOUNT_BEFORE_RE.search(text, max(0, cand.start - 12), cand.start)
    )


def _expanded(written: str) -> str:
    """A name with its facility abbreviations spelled out ("Naryn-Tash HPP" -> "Naryn-Tash hydropower plant")."""
    return " ".join(FACILITY_ABBREVIATIONS.get(word.casefold(), word) for word in written.split())


_OPENED_BY_RE = re.compile(
    # "X opened a dairy plant", "X, which operates the oil refinery in Pavlodar,", "X (XRC), which operates ...",
    # "X, a private company that quarries marble in Ahal velayat, has opened a stone-cutting plant"
    r"^(?:\)?,?\s+(?:which|that)|,\s+an?\s[^,;.()]{3,120},)?\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|also\s+|now\s+)?(?:"
    + "|".join(re.escape(verb).replace(r"\ ", r"\s+") for verb in (*OPERATING_EVENT_VERBS, *OPERATOR_VERBS))
    + r")\s+$"
)


_COMPANY_BUILDING_RE = re.compile(r",\s+(?:the|a)\s+company\s+(?:building|constructing|developing|behind)\s+$")


# A company and the facility it runs, in its sentence: "X, established in 2019, which operates the port's hub".
_OPERATES_RE = re.compile(
    r"(?:,[^,;.]{0,40})?,?\s+(?:which\s+|that\s+)?(?:"
    + "|".join(OPERATOR_VERBS)
    + r")\s+(?:the\s+|its\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?(?P<head>"
    + "|".join(sorted(FACILITY_HEADS, key=len, reverse=True))
    + r")\b(?!['’]s)"  # "which runs the port's container hub": the hub, not the port
)


def _operated_by(text: str, cand: _Cand, company: _Cand | None) -> bool:
    """True for a working facility the company named right before opened ("X opened a dairy plant in Taraz")."""
    if company is None or cand.kind != "described":
        return False
    between = text[company.end : cand.start]
    if cand.type == "enterprise" and _OPENED_BY_RE.match(between):
        return True
    # "Zhaiyk Azot, the company building a gas chemical complex near Aksai,": the complex, built or not, is its own.
    return cand.type in ("enterprise", "project") and _COMPANY_BUILDING_RE.match(between) is not None


def _unnamed_facility(text: str, cand: _Cand, referent: _Group | None) -> _Group | None:
    """ "the vegetable oil plant" after "Bakyrchinsk mining combine": a facility the text describes but
    does not name, when its describing words fit nothing named before (FACTS.md: a short noun phrase)."""
    if cand.kind != "alias" or cand.head not in FACILITY_HEADS or not ALIAS_HEADS.get(cand.head, True):
        return None  # "the spring field works": a field or deposit is only ever the one named so
    words = text[cand.start : cand.end].split()[1:-1]  # without the determiner and the head
    # "the new 16-hectare plant" is described by size and age only: still the plant named before.
    # "the enlarged smelter", "the modernized plant": a participle says what happened to it, not which it is.
    # ("the $3.4 million facility": a cost is no describing word.)
    describing = [
        w
        for w in words
        if w.casefold() not in DESCRIPTIVE_ADJECTIVES
        and w.isalpha()
        and not w.endswith("ed")
        and w.casefold() not in SCALES
    ]
    if not describing or not PART_POSITION_WORDS.isdisjoint(w.casefold() for w in describing):
        return None  # "the upper station" of a cable car: a part of the works, not a facility of its own
    if referent is not None:
        written = " ".join(_expanded(text[c.start : c.end]) for c in referent.cands).casefold()
        if any(w.casefold() in written for w in describing):
            return None
        if referent.name.casefold().endswith(" " + (cand.head or "")) and referent.type == "enterprise":
            return None  # "Caspian Gateway Terminal ... The container terminal": the terminal named so
    name = " ".join([*describing, cand.head])
    return _Group("described:" + name.casefold(), [], name=name, type="enterprise", type_rank=TYPE_FROM_HEAD)


# A list of the parts a facility has, open up to the facility after it (a decimal point ends no sentence: "24
# poultry houses for 1.1 million birds, a hatchery ...").
_COMPONENT_LIST_RE = re.compile(
    r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in COMPONENT_VERBS) + r")\b(?:[^.;]|\.(?=\d))*$"
)
_COMPONENT_LIST_REACH = 160
_PROJECT_VERB_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, PROJECT_VERBS)) + r")\b[^,;.]*$")
# Words that say nothing about which facility it is ("a new plant").
INTRODUCED_SKIP_WORDS = frozenset({"new", "modern", "large", "big", "small", "major"})
# "a solar power plant in the Issyk-Kul region", "a plant for battery materials": the head comes before these.
_HEAD_COMPLEMENT_RE = re.compile(r"\s+(?:in|at|near|for)\s+")


def _title_places_as_regions(cands: list[_Cand], title_end: int) -> None:
    """ "Kostanay entrepreneurs get KZT64bn" over "Businesses of Kostanay region received ...": a title's city
    that also names a region is the region when the body first names it as the region."""
    for cand in cands:
        if cand.end > title_end or cand.kind != "place" or cand.type != "city":
            continue
        same_place = ":" + cand.key.split(":", 1)[-1]
        body = (c for c in cands if c.start >= title_end and c.kind == "place" and c.key.endswith(same_place))
        first = next(body, None)
        if first is not None and first.type == "region":
            cand.key, cand.type = first.key, first.type


def _join_short_names(text: str, cands: list[_Cand]) -> None:
    """ "Kumtor plans to extract ..." after "Kumtor Gold Company", a title's "Zhaiyk Chemical" before
    "Zhaiyk Chemical Company": a company name whose words begin exactly one longer company name in the
    article is that company. A facility's name ("the Zhel Kakpa wind farm" beside its project company Zhel Kakpa
    Energy) names the facility."""
    companies = [c for c in cands if c.kind == "name" and c.type in ("enterprise", "organization")]
    longer: dict[tuple[str, ...], set[str]] = {}
    for cand in companies:
        words = tuple(cand.key.removeprefix("name:").split())
        for size in range(1, len(words)):
            longer.setdefault(words[:size], set()).add(cand.key)
    ends = {c.end: c.key for c in companies}
    for cand in companies:
        words = tuple(cand.key.removeprefix("name:").split())
        if len(longer.get(words, ())) != 1:
            continue
        key = next(iter(longer[words]))
        facility = _facility_head(text, cand)
        # "the Saryarka dry port" is Saryarka Dry Port; "Kokzhiek Mining owns the Kokzhiek plant": the company's own.
        if facility is None or facility in key.split() or _owned_by(text, cand, key, ends):
            cand.key = key


def _join_numbered_works(cands: list[_Cand]) -> None:
    """ "TPP-4" after "Karaganda TPP-4": a numbered works written alone is the one longer name it ends."""
    companies = [c for c in cands if c.kind == "name" and c.type in ("enterprise", "project")]
    for cand in companies:
        if not _NUMBERED_WORKS_RE.match(cand.name):
            continue
        tail = " " + cand.key.removeprefix("name:")
        longer = {c.key for c in companies if c.key != cand.key and c.key.endswith(tail)}
        if len(longer) == 1:
            cand.key = longer.pop()


_OWNED_NAME_GAP_RE = re.compile(
    r",?\s+(?:which\s+|that\s+)?(?:" + "|".join(OPERATOR_VERBS) + r")\s+(?:the\s+|its\s+)?$"
)


def _owned_by(text: str, cand: _Cand, key: str, ends: dict[int, str]) -> bool:
    """Whether the company `key` is named right before `cand` with a verb of running it ("X owns the Y plant")."""
    gap = _OWNED_NAME_GAP_RE.search(text, max(0, cand.start - 40), cand.start)
    return gap is not None and ends.get(gap.start()) == key


_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+\Z")


def _join_capitalised_heads(text: str, cands: list[_Cand]) -> None:
    """ "the Fund" after "the National Fund of the Republic of Kazakhstan", "the Bank" after "the Eurasian Development
    Bank": a capitalised head word written alone after "the" is the one longer body or company named before with it."""
    companies = [c for c in cands if c.kind == "name" and c.type in ("enterprise", "organization")]
    for index, cand in enumerate(companies):
        words = cand.key.removeprefix("name:").split()
        if len(words) != 1 or not _THE_BEFORE_RE.search(text, max(0, cand.start - 4), cand.start):
            continue
        named = {c.key for c in companies[:index] if words[0] in c.key.removeprefix("name:").split()[1:]}
        if len(named) == 1:
            cand.key, cand.is_alias = named.pop(), True


def _point_place_facilities(text: str, cands: list[_Cand], title_end: int) -> list[_Cand]:
    """A city's facility ("Pavlodar refinery plans ...", "Atyrau polypropylene plant exports ...") is the
    enterprise the text names as that facility: in a title, the first the body names; elsewhere, the same
    words capitalised ("Aktobe Ferroalloy Smelter"), a name with the same head ("Ertis Petrochemical
    Refinery"), or the company whose facility it is ("the polypropylene plant of Caspian Polymer
    Industries"). With none, it is a name of its own ("The Aktau seaport handled ...": "Aktau seaport").
    A title's unnamed facility ("Meat processing plant worth KZT4.8 billion launched") is kept only when the
    body names an enterprise for it. Returns the candidates to keep."""
    named = [c for c in cands if c.kind == "name" and c.type == "enterprise" and c.place_facility is None]
    # "its third plant in Shymkent" ... "the new Shymkent plant": a facility the text described before.
    described_ones = [c for c in cands if c.kind == "described" and c.type in ("enterprise", "project")]
    for cand in cands:
        if cand.place_facility is None or not (named or described_ones):
            continue
        described = text[cand.start : cand.end].split(None, 1)[-1].casefold()  # "polypropylene plant"
        if cand.end <= title_end or cand.place_facility in COMPANY_DESCRIPTORS:
            # "Ekibastuz wagon plant to double output" over "Ertis Vagon Zauyty ... plans": a headline, or
            # "Almaty region bus maker", describes the company the article goes on to name.
            target = next((c for c in named if c.start >= max(cand.end, title_end) and not _is_builder(text, c)), None)
            if target is not None:
                cand.key, cand.is_alias = target.key, True
            continue
        # "the Aktobe shoe factory Qadam Aiaq Kiim has stepped up production": the facility, then its name.
        owner = next((c for c in named if c.start - cand.end == 1 and text[cand.end] == " "), None)
        if owner is None and _OWNED_BEFORE_RE.search(text, max(0, cand.start - 8), cand.start):
            # "The company has invested $64 million in its Temirtau facility": the company's own.
            owner = next((c for c in reversed(named) if c.end <= cand.start), None)
        target = (
            owner
            or next((c for c in named if c.key == cand.key), None)
            or next((c for c in named + described_ones if _facility_head(text, c) == cand.place_facility), None)
            or next((c for c in named if _facility_of(text, c, described)), None)
        )
        if target is not None:
            cand.key, cand.is_alias = target.key, True
    kept = [c for c in cands if c.kind != "lead" or (c.is_alias and c.end <= title_end)]
    return _title_facilities(text, kept, named, title_end) if title_end and named else kept


_OWNED_BEFORE_RE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_TITLE_FACILITY_RE = re.compile(
    rf"(?<![\w$.,])(?:{_DESCRIBING_WORD}[ \t]+){{0,3}}(?:" + "|".join(sorted(FACILITY_HEADS)) + r")(?![\w-])"
)


_BUILDER_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in BUILDER_LEADS) + r")\s*,?\s+(?:the\s+)?\Z", re.IGNORECASE
)


def _is_builder(text: str, cand: _Cand) -> bool:
    """Whether the name is introduced as the one who built the facility ("The contractor, Ertis Kurylys Group")."""
    return _BUILDER_BEFORE_RE.search(text, max(0, cand.start - 30), cand.start) is not None


def _title_facilities(text: str, cands: list[_Cand], named: list[_Cand], title_end: int) -> list[_Cand]:
    """ "Kyzylorda region launches $210m float glass plant": a facility a title names in lower case is the
    enterprise the body names first (added as a mention of it)."""
    target = next((c for c in named if c.start >= title_end), None)
    if target is None:
        return cands
    added = []
    for m in _TITLE_FACILITY_RE.finditer(text, 0, title_end):
        if not any(c.start < m.end() and m.start() < c.end for c in cands):
            cand = _Cand(m.start(), m.end(), target.key, "", "enterprise", 0, "lead", True)
            added.append(cand)
    return sorted([*cands, *added], key=lambda c: c.start) if added else cands


def _facility_of(text: str, company: _Cand, described: str) -> bool:
    """Whether the text calls `described` ("polypropylene plant") the facility "of" the company."""
    before = text[max(0, company.start - len(described) - 8) : company.start].casefold()
    return before.rstrip().endswith(described + " of")


def _facility_head(text: str, cand: _Cand) -> str | None:
    """The facility noun a name as written ends on ("... coal washing plant" -> "plant") or that follows it in
    lower case ("Khorgos dry port" -> "port"), if any."""
    written = _HEAD_COMPLEMENT_RE.split(text[cand.start : cand.end], maxsplit=1)[0]
    words = written.rsplit(None, 1)
    head = words[-1].casefold() if words and not cand.is_alias else None
    head = FACILITY_ABBREVIATIONS.get(head, head).rsplit(None, 1)[-1] if head else None
    if head not in FACILITY_HEADS and not cand.is_alias:
        after = _FACILITY_HEAD_AFTER_RE.match(text, cand.end)
        head = after["head"] if after else None
    return FACILITY_SYNONYMS.get(head, head) if head in FACILITY_HEADS else None


# "Khorgos dry port", "Kumkol oil field processing plant": a name, up to two describing words, a facility noun;
# "the Alakol and Burabay resorts": names listed before one plural noun.
_FACILITY_HEAD_AFTER_RE = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]*)?(?:\s+[a-z][a-z-]*){0,2}?\s+"
    r"(?P<head>" + "|".join(sorted(FACILITY_HEADS, key=len, reverse=True)) + r")s?\b"
)


# "cars brought in from Armenia and Kyrgyzstan", "exports to China and Russia": a country goods come from or go to,
# alone or in a list, is not the country the article speaks of as "the country".
_BUYERS_IN_RE = r"(?:" + "|".join(BUYER_NOUNS) + r")\s+(?:in|from)\s+"
_TRADING_PARTNER_RE = re.compile(
    r"\b(?:(?:" + "|".join(NOT_SUBJECT_LEADS["destination"]) + r"|via)\s+(?:the\s+)?(?:" + _BUYERS_IN_RE + r")?"
    r"(?:(?:[\w-]+\s+)?(?:countries|markets|destinations),?\s+(?:including|such\s+as|among\s+them)\s+)?"
    r"|"
    + _BUYERS_IN_RE
    + r"|\bmarkets\s+of\s+(?:the\s+)?)"  # "to buyers in Uzbekistan and Afghanistan", "contracted by buyers in China",
    # "shipped to five countries, including Kazakhstan and Tajikistan", "enter the markets of Russia"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*,\s*|\s+and\s+)(?:the\s+)?)*\Z"
)


# What a buyer verb takes: an amount or the bulk of it ("took 58%", "bought the bulk of"), not "took measures".
BOUGHT_AMOUNT = r"(?=(?:about\s+|some\s+|over\s+|nearly\s+|almost\s+|around\s+)?[\d$€]|the\s+bulk|most\b|half\b)"
# "China bought 81 percent of the volume", "Chinese buyers returned", "Russia remained the main buyer" (or "source":
# "accounting for 96.2 percent of all transfers"): a country named as a partner of the trade the text reports.
BUYER_NAMED_AFTER_RE = re.compile(
    rf"\s+(?:(?:alone|also)\s+)?(?:{'|'.join(BUYER_VERBS)})\s+{BOUGHT_AMOUNT}"
    rf"|\s+(?:{'|'.join(BUYER_NOUNS)})\b"
    rf"|\s+(?:remained|was|is|became|stayed)\s+the\s+(?:{'|'.join(MARKET_RANK_WORDS)})\s+"
    rf"(?:{'|'.join(BUYER_ROLE_NOUNS)}|source)s?\b"
)


def _is_trading_partner(text: str, cand: _Cand, group: _Group) -> bool:
    """A country named as where goods go or who buys them ("exports to China", "China bought 81%"): not the
    country "the country" points back to."""
    return group.type == "country" and (
        _TRADING_PARTNER_RE.search(text, max(0, cand.start - 60), cand.start) is not None
        or BUYER_NAMED_AFTER_RE.match(text, cand.end) is not None
    )


_COUNTRY_IN_A_NAME_RE = re.compile(r"\b(" + "|".join(sorted(COUNTRIES, key=len, reverse=True)) + r")\b")


def _count_the_country_it_names(groups: dict[str, _Group], name: str) -> None:
    """ "According to Uzbekistan's Statistics Agency, the country produced ...": a national body's name names its
    country as much as the country's own name does (for "the country")."""
    for found in _COUNTRY_IN_A_NAME_RE.finditer(name):
        key = "country:" + found.group(1)
        groups.setdefault(key, _Group(key, name=found.group(1), type="country", type_rank=5)).named += 1


def _salient_country(groups: dict[str, _Group], favoured: str | None) -> _Group:
    """ "the country": the country named most so far by its name (the home country when none is); "Chinese"
    investors and earlier "the country" do not make China the country spoken of. A tie (none named, too) goes to the
    country of the dateline (`favoured`: "TASHKENT ... Uzbekistan's cable industry ... exports to Kazakhstan ... in
    the country"), then to the home country."""
    key = "country:" + HOME_COUNTRY
    seen = [g for g in groups.values() if g.type == "country" and g.named]
    if seen:
        return max(seen, key=lambda g: (g.named, g.key == favoured, g.key == key, g.last))
    # No country named: the dateline's ("BISHKEK. KAZINFORM – ... the country's reserves"), else the home country.
    key = favoured or key
    return groups.setdefault(key, _Group(key, name=key.split(":", 1)[1], type="country", type_rank=5))


# --------------------------------------------------------------------------- row attributes


def _clean_surface(written: str) -> str:
    """A mention as an alias: single spaces, no possessive, a leading "The"/"This" in lower case."""
    surface = " ".join(written.split())
    if surface.endswith("s"):
        surface = POSSESSIVE_RE.sub("", surface)
    if surface.startswith(("The ", "This ")):
        surface = surface[0].lower() + surface[1:]
    return surface


def _aliases(text: str, group: list[EntityMention]) -> list[str]:
    seen: list[str] = []
    folded = {group[0].name.casefold()}
    # A surface written again changes nothing.
    written_names: set[str] = set()
    written_aliases: set[str] = set()
    for m in group:
        written = text[m.start : m.end]
        done = written_aliases if m.is_alias else written_names
        if written in done:
            continue
        done.add(written)
        surface = _clean_surface(written)
        if m.is_alias and surface in DEMONYMS:
            continue  # "Kazakh" points at the country but is not one of its names
        key = surface.casefold()
        if key not in folded:
            folded.add(key)
            seen.append(surface)
    return seen


def _sentence_bounds(text: str, pos: int) -> Span:
    return _sentence_start(text, pos), _sentence_end(text, pos)


def _founding_phrases(text: str) -> list[tuple[int, int]]:
    """(position, year) of every founding phrase: "Established in 2005", "operating since 1998"."""
    found = []
    for pos, word in _word_positions(text, 0, len(text), "founding"):
        if word == "since":
            m = SINCE_YEAR_RE.match(text, pos + 5) if SINCE_OPERATING_RE.search(text, max(0, pos - 20), pos) else None
        else:
            m = FOUNDED_YEAR_RE.match(text, pos + len(word))
        if m:
            found.append((pos, int(m.group("year"))))
    return found


# What can be "established in 2005": a firm, a body, a project or a zone, not a place.
_FOUNDED_TYPES = frozenset({"enterprise", "organization", "project", "zone"})


def _founded_year(group: list[EntityMention], owners: list[tuple[int, str | None]]) -> int | None:
    """ "Established in 2005, the plant ...": the year goes to the entity nearest the phrase in its sentence.

    `owners` are the article's founding years with the name of the entity nearest each phrase."""
    if group[0].type not in _FOUNDED_TYPES:
        return None
    for year, name in owners:
        if name == group[0].name:
            return year
    return None


def _founding_owners(text: str, mentions: list[EntityMention]) -> list[tuple[int, str | None]]:
    """(year, name of the enterprise, organisation or project nearest the phrase in its sentence) per phrase."""
    owners = []
    for pos, year in _founding_phrases(text):
        start, end = _sentence_bounds(text, pos)
        near = [x for x in mentions if start <= x.start < end and x.type in _FOUNDED_TYPES]
        owners.append((year, min(near, key=lambda x: abs(x.start - pos)).name if near else None))
    return owners


def _sector(
    text: str,
    group: list[EntityMention],
    mentions: list[EntityMention],
    verbs: list[tuple[int, str]],
    industries: list[tuple[int, str]],
) -> str | None:
    """What an enterprise works in: a sentence opener, what it produces, an industry phrase, its head's modifiers.

    `verbs` and `industries` are the article's production verbs and "industry" words with their positions."""
    openers = "In" in text
    for m in group:
        if not (openers or verbs or industries):
            break
        start = _sentence_start(text, m.start)
        # An opener ends at a comma before any full stop: the sentence's end need not be known.
        opener = SECTOR_OPENER_RE.match(text, start) if openers and text.startswith("In", start) else None
        if opener:
            return opener.group("sector")
        if not (verbs or industries):
            continue
        end = _sentence_end(text, m.start)
        for pos, verb in verbs:
            produced = PRODUCED_RE.match(text, pos + len(verb), end) if m.end <= pos < end else None
            if produced and _nearest_before(mentions, pos, start) is m:
                return produced.group("np").strip()
        for pos, _ in industries:
            before = INDUSTRY_BEFORE_RE.search(text, max(start, pos - 40), pos) if start <= pos < end else None
            if before and before.group("sector").split()[0] not in _MOD_STOP:
                return before.group("sector") + "industry"
    return _sector_from_modifiers(text, group)


def _sector_from_modifiers(text: str, group: list[EntityMention]) -> str | None:
    """ "Aktogai mining and processing combine" -> "mining and processing"."""
    for m in group:
        surface = text[m.start : m.end]
        if not m.is_alias and surface.startswith(m.name) and len(surface) > len(m.name):
            *mods, head = surface[len(m.name) :].split() or [""]
            mods = [w for w in mods if w not in LEGAL_FORMS]
            words = [w for w in _head_parts(mods, head)[0] if w not in DESCRIPTIVE_ADJECTIVES]
            if words:
                return " ".join(words)
    return None


def _nearest_before(mentions: list[EntityMention], pos: int, floor: int) -> EntityMention | None:
    found = None
    for m in mentions:
        if m.start >= pos:
            break
        if m.start >= floor and m.type in {"enterprise", "project"}:
            found = m
    return found
