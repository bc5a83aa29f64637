"""Putting the engine together: one article's text in, its header and rows out.

A running frame per paragraph (HeidelTime/SUTime style) carries the current period from sentence to
sentence; the subject of each number is the nearest governing named entity, with "the plant",
"the city" and the like already resolved by `entities.find_entity_mentions`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from pipeline.extract import fact_id
from pipeline.extract.attribution import (
    DECREASES,
    INCREASES,
    INDICATORS,
    NEW_PREDICATE_RE,
    PREPOSITIONS,
    QUALIFIER_GAP,
    TRADE_FLOW_WORD_RE,
    Reading,
    as_noun_adjunct,
    changed_thing_before,
    energy_source_before,
    gapped_part,
    generation_verb_start,
    is_a_level_moved_between,
    is_pay,
    level_moved_thing,
    link_verb_start,
    noun_phrase_before,
    part_verb_start,
    product_named_before,
    read_quantity,
    states_a_unit_price,
    states_an_ability_before,
    states_progress,
    unit_priced,
    with_its_flow,
)
from pipeline.extract.entities import (
    BETWEEN_BEFORE_RE,
    BRAND_WORD_AFTER_RE,
    BUYER_NAMED_AFTER_RE,
    EntityMention,
    backs,
    extract_entities,
    extract_people,
    find_entity_mentions,
    follows_lead,
    guarded_lead,
    is_partner_at,
    lead_pattern,
    names_a_lender,
    names_a_venue,
    receives_supplies_at,
)
from pipeline.extract.folding import GuardedPattern, holds_any, key_words, lowered
from pipeline.extract.header import Header, parse_header
from pipeline.extract.periods import TimeExpression, find_time_expressions, resolve_comparison
from pipeline.extract.quantities import BY_BEFORE_RE, PART_OF_THOSE_BEFORE_RE, Quantity, find_quantities
from pipeline.extract.sentences import Sentence, opens_sentence, split_sentences
from pipeline.extract.tries import longest_first
from schemas import lexicon
from schemas.gazetteer import CAPITAL_COUNTRIES, COUNTRIES, DEMONYMS, KZ_REGIONS, NATURAL_FEATURES, REPUBLICAN_CITIES
from schemas.lexicon import (
    AMBIGUOUS_CURRENCIES,
    AMBIGUOUS_DEFAULTS,
    AMOUNT_ANAPHOR_PATTERN,
    CHANGE_BETWEEN_VERBS,
    CHANGED_OBJECT_VERBS,
    COMPANY_INDICATORS,
    COMPARATIVE_THAN,
    COMPARISON_MARKERS,
    COORDINATED_PLAN_PATTERN,
    CURRENCY_WORDS,
    DECREASE_CUES,
    ENERGY_FLOW_WORDS,
    GENERIC_AMOUNT_NOUNS,
    INCREASE_CUES,
    LEND_VERBS,
    LENDER_AUXILIARIES,
    LENDER_VERBS,
    LOAN_FINANCING_VERBS,
    UNIT_PRODUCTS,
)
from schemas.roles import (
    AREA_NAME_WORDS,
    CENTRAL_BANK_INSTRUMENT_WORDS,
    CENTRAL_BANKS,
    CITY_AREA_HEADS,
    COMPANY_OFFICER_TITLES,
    FACILITY_HEADS,
    LIST_HEADS,
    MINISTRY_REPORTING_VERBS,
    NATIONAL_GOVERNMENT_WORDS,
    NATIONAL_INDICATORS,
    NATIONWIDE_WORDS,
    NATURAL_FEATURE_HEADS,
    NATURAL_FEATURE_PREFIXES,
    NOT_SUBJECT_LEADS,
    PLANT_UNIT_HEADS,
    PROGRAMME_HEADS,
    REGIONAL_PUBLIC_NOUNS,
    REPORTED_TYPES,
    REPORTING_BODY_WORDS,
    SPEECH_OCCASIONS,
    SPEECH_VERBS,
    SUBNATIONAL_LEVELS,
    TITLE_COMPANY_HEADS,
    UNNAMED_FIRM_HEADS,
    VENUE_BUSINESS_WORDS,
    VENUE_HEADS,
    WORKS_SITE_NOUNS,
)
from schemas.time_lexicon import (
    EARLIER_REPORT_CUES,
    EVENT_VERBS,
    EXISTING_VERBS,
    GROUP_NOUNS,
    HABITUAL_PRESENT_VERBS,
    HOLDING_VERBS,
    IRREGULAR_PAST_VERBS,
    OPERATING_EVENT_VERBS,
    PART_OF_TOTAL_VERBS,
    PLAN_AUXILIARY_NEXT_WORDS,
    PLANNED_EVENT_WORDS,
    PLANNED_THINGS_NOUNS,
    PRESENT_STATE_VERBS,
    PRESENT_WORDS,
    STAFFING_VERBS,
    STANDING_STATE_VERBS,
)
from schemas.vocab import CURRENCIES, MEASURES

# Measures that are usually about an enterprise or project rather than the place it stands in.
ENTERPRISE_MEASURES = frozenset({"production_capacity", "production", "localization_rate", "area", "project_value"})
ENTERPRISE_TYPES = frozenset({"enterprise", "project", "zone"})
# Who borrows: a company or a project, not the zone it stands in.
_BORROWER_TYPES = frozenset({"enterprise", "project"})
# An `other` figure is a change, with a base period, only when its item says so (FACTS.md: "increase in ...").
_CHANGE_ITEM_PREFIXES = ("increase in", "decrease in")
MACRO_MEASURES = frozenset({"growth_rate", "gross_product", "share"})
PLACE_TYPES = frozenset({"city", "region", "country"})

# Figures of a whole economy: with no name in their sentence, they are about a place.
PLACE_MEASURES = MACRO_MEASURES | {"investment", "output_value", "trade", "population"}
# "Over the same period, ...": the period named before. Not "than in the same period of 2020" (a base).
# "Over the same four months, ...", "in these months": the months named before, not the year's first ones.
# Every back reference holds one of the period words: a sentence without them is not searched for one (faster).
_BACK_REFERENCE_RE = GuardedPattern(
    re.compile(
        # ("for the half-year" is January to June: see the period reader.)
        r"\b(?<!than )(?:(?:over|during|in|for) (?:(?:this|that|the same) (?:period|quarter|half-year)"
        r"|the (?:period|quarter)"
        r"|(?:the same|these|those) (?:[a-z]+ )?months)"
        # "doubled output ... and invested USD 185 million over the year": the year the text speaks of.
        r"|(?:over|during) the year)\b"
        r"(?! of\b| last\b| a year\b| in \d)",
        re.IGNORECASE,
    ),
    ("period", "quarter", "half-year", "months", "year"),
)
DEFAULT_SUBJECT = ("Kazakhstan", "country")
_STANDING_STATE_RE = GuardedPattern(
    re.compile(r"\b(?:" + "|".join(map(re.escape, STANDING_STATE_VERBS)) + r")\b", re.IGNORECASE),
    key_words(STANDING_STATE_VERBS),
)
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|that)\s+(?:now\s+|still\s+)?$")
# "The projects", "They", "The total cost of these projects": the things the sentence before named.
_OPENS_WITH_PLANS_RE = re.compile(
    r"\W*(?:they|these|the\s+(?:" + "|".join(PLANNED_THINGS_NOUNS) + r"))\b", re.IGNORECASE
)
_THESE_PLANS_RE = re.compile(r"\b(?:these|such)\s+(?:" + "|".join(PLANNED_THINGS_NOUNS) + r")\b", re.IGNORECASE)
_SECTOR_MEASURES = frozenset({"other", "jobs", "count"})
_OPENS_WITH_A_SECTOR_RE = re.compile(
    r"\W*(?:(?:Today|Currently|Now|Meanwhile|Overall)\s*,?\s+)?(?:the\s+)?"
    r"(?:(?:country|region|city)['’]s\s+)?"
    r"(?P<name>(?!(?:the|in|of|its|this|that|for|to|and)\b)[a-z][a-z-]*\s+"
    r"(?:(?!(?:the|in|of|its|this|that|for|to)\b)[a-z][a-z-]*\s+){0,3}?(?:sector|industry))"
    r"\s+(?:currently\s+|now\s+|also\s+)?(?!of\b|in\b|and\b)[a-z]+\b",
    re.IGNORECASE,
)
# "The industry employs about 9,800 people": the sector the text named before.
_OPENS_WITH_THE_SECTOR_RE = re.compile(r"\W*The\s+(?:industry|sector)\s+(?!of\b|in\b|and\b)(?:[a-z]+\s+)?[a-z]+")
_NAMED_SECTOR_RE = re.compile(
    r"(?<![\w'’-])((?:(?!(?:the|in|of|its|this|that|for|to|a|an)\b)[a-z][a-z-]*\s+){1,3}(?:industry|sector))\b"
)


def _sector_pointed_back_to(text: str, sentence: Sentence) -> EntityMention | None:
    """The sector a sentence opening with "The industry" or "The sector" points back to: the last one the text named
    with its words ("pharmaceutical industry"), if any."""
    if not _OPENS_WITH_THE_SECTOR_RE.match(text, sentence.start):
        return None
    named = None
    for named in _NAMED_SECTOR_RE.finditer(text, 0, sentence.start):  # noqa: B007 - the last is the one
        pass
    if named is None:
        return None
    return EntityMention(named.start(1), named.end(1), " ".join(named[1].lower().split()), "sector", True)


_OPENS_WITH_A_GROUP_RE = re.compile(
    r"\W*(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}?(?:" + "|".join(GROUP_NOUNS) + r")\s+(?!of\b)", re.IGNORECASE
)
_ONE_OF_BEFORE_RE = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:about\s+|some\s+|around\s+)?$", re.IGNORECASE)
_POSSESSIVE_DETERMINER_BEFORE_RE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_DISTRICT_SUFFIXES = (" district", " districts", " District")
_POINTS_BACK_RE = re.compile(r"\W*(?:they|this|these|those)\b", re.IGNORECASE)
# A verb of how things stand, not a plan's auxiliary ("is to", "are expected") or the present perfect.
# Case-sensitive: the verbs stand inside a sentence, in lower case (several times faster than IGNORECASE).
# One word boundary first and the verbs as tries: `re` tries the look-behinds only where a word starts (x2 faster).
_PRESENT_STATE_RE = re.compile(
    r"\b(?:" + longest_first(PRESENT_STATE_VERBS) + r"\b(?!\s+(?:" + "|".join(PLAN_AUXILIARY_NEXT_WORDS) + r")\b)"
    r"|(?<!\bwill )(?<!\bto )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bshould )(?<!\bmust )"
    r"(?<!\bwill also )" + longest_first(HABITUAL_PRESENT_VERBS) + r"\b)"
)
_EXISTING_AFTER_RE = re.compile(r"\s+(?:" + "|".join(EXISTING_VERBS) + r")\b")
_HOLDS_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, HOLDING_VERBS)) + r")\s+(?:[\w,]+\s+){0,3}$", re.IGNORECASE)
_OPENS_WITH_THE_TOTAL_RE = re.compile(r"\W*(?:The|This|That)\s+(?:sum|amount|total|figure|volume)\b")
# "Of this sum, ...", "of which": the sentence goes on with the figures of the one before.
_CONTINUATION_RE = GuardedPattern(
    re.compile(
        r"\b(?:of|from) (?:this|that|these|those|the) (?:sum|amount|total|figure|volume)\b|\bof (?:them|which)\b",
        re.IGNORECASE,
    ),
    ("sum", "amount", "total", "figure", "volume", "of them", "of which"),
)
_AMOUNT_ANAPHOR_RE = GuardedPattern(re.compile(AMOUNT_ANAPHOR_PATTERN, re.IGNORECASE), ("amount", "figure", "sum"))


@dataclass
class Frame:
    """What a sentence inherits from the ones before it."""

    period: TimeExpression | None = None
    subject: EntityMention | None = None
    subject_paragraph: int = -1
    growth_item: str | None = None
    # The last growth item of the article, kept across paragraphs (`growth_item` is a paragraph's).
    article_growth_item: str | None = None
    # Sentences after `growth_item` was set that may name a new growth topic. Reading one takes two
    # searches, so they are read only when a growth rate without an item of its own needs the topic.
    unread_topics: list[Sentence] = field(default_factory=list)
    # The item of the last amount of money: "the amount", "this figure" refer back to it.
    money_item: str | None = None
    # The item of the last count: "Of these, 455 have been sold" counts part of it.
    count_item: str | None = None
    paragraph: int = -1
    paragraph_start: int = 0
    # The sentence read last: "Its" opening the next one points to what this one was about.
    previous_sentence: Sentence | None = None
    last_period: TimeExpression | None = None
    # Where the current period was stated: a later paragraph inherits it only while it talks of the same subject.
    period_paragraph: int = -1
    period_subject: str | None = None
    # The status of the figures the period was stated for: a plan's period does not date an actual figure.
    period_status: str | None = None
    # The last period that framed actual figures, and its paragraph: a plan's sentence right after it (in the
    # same paragraph or the next) does not end it.
    actual_period: TimeExpression | None = None
    actual_paragraph: int = -1
    # The deadline of the last sentence that set one ("are to be built by 2025") and where that sentence ends:
    # the next sentence's plan for the same things ("These projects will create 160 jobs") shares it.
    deadline: TimeExpression | None = None
    deadline_end: int = -1
    # The last dated period of each unit the article named ("in the third quarter of 2022"): "for the quarter"
    # points back to that quarter, whatever period came after it ("Over nine months, ...").
    last_of_unit: dict[str, TimeExpression] = field(default_factory=dict)


# The unit a back-reference names ("for the quarter") and the kinds of period wording of that unit.
# ("the year" is the year the text speaks of, the frame's: the year named last may be a plan's or a founding's.)
_UNIT_KINDS = {"quarter": ("quarter",), "half-year": ("half",)}
_UNIT_OF_KIND = {kind: unit for unit, kinds in _UNIT_KINDS.items() for kind in kinds}


_GENERIC_OUTPUT_ITEMS = frozenset({"output", "production"})
_MADE_MEASURES = frozenset({"production", "production_capacity"})


def _product_of(context: ArticleContext, subject: str) -> str | None:
    """The product of the subject's last production or capacity figure with a product named, if any."""
    for fact in reversed(context.facts):
        if (
            fact["subject"] == subject
            and fact["measure"] in _MADE_MEASURES
            and fact["item"]
            and fact["item"] not in _GENERIC_OUTPUT_ITEMS
            and fact["unit"] != "count"
        ):
            return fact["item"]
    return None


def _article_country(mentions: list[EntityMention], dateline: str | None) -> tuple[str, str]:
    """The country a figure with no named subject is of: the home country, unless the article is datelined in a
    neighbour's capital and names that country at least as often as the home country ("BISHKEK, Kyrgyzstan ... Gold
    miners paid 4.8 billion soms": Kyrgyzstan's, even where transfers from Kazakhstan are named once)."""
    country = CAPITAL_COUNTRIES.get((dateline or "").title())
    named = Counter(m.name for m in mentions if m.type == "country" and not m.is_alias)
    # "BISHKEK. KAZINFORM – Tien Shan Volfram has restarted a mine": a neighbour's capital with neither country
    # named is that neighbour's news too.
    if country is None or named[country] < named[DEFAULT_SUBJECT[0]]:
        return DEFAULT_SUBJECT
    return (country, "country")


@dataclass
class ArticleContext:
    """Per-article facts the sentence loop reads."""

    text: str
    article_id: str
    header: Header
    mentions: list[EntityMention]
    currency_context: dict[str, str]
    facts: list[dict] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    # Read once per sentence (every number of a sentence asks): its mentions, by the sentence's start, and
    # those that may govern its numbers, by the start and whether the measure is a rate.
    sentence_mentions: dict[int, list[EntityMention]] = field(default_factory=dict)
    governing_mentions: dict[tuple[int, bool, bool], list[EntityMention]] = field(default_factory=dict)
    topic_mentions: list[EntityMention] = field(default_factory=list)
    # `_topic_candidates` of `topic_mentions`, by whether the measure is a figure of a whole economy.
    topic_candidates: dict[bool, list[EntityMention]] = field(default_factory=dict)
    # Quotations and who spoke them: "we" and "our" inside one are the speaker's organisation.
    quotations: list[tuple[int, int, EntityMention]] = field(default_factory=list)
    # Named people with their organisations (the people finder's rows).
    people: list[dict] = field(default_factory=list)
    sentence_quantities: list[Quantity] = field(default_factory=list)
    # Starts of the sentence's periods that are the years of a programme's name ("programme for 2020-2025").
    programme_years: set[int] = field(default_factory=set)
    default_subject: tuple[str, str] = DEFAULT_SUBJECT
    # Whether the article reports a project launched, opened or commissioned (None until asked).
    finished_project: bool | None = None

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self.default_subject = _article_country(self.mentions, self.header.dateline)
        self.mention_starts = [m.start for m in self.mentions]
        # "Uzbekistan's Navoi region": the country only locates the region the text is about; "exports to
        # China": a country goods go to is not what the text is about, however often it is named; nor is a part
        # whose share of it the text gives ("Uzbekistan's share of the total").
        following = [*self.mentions[1:], None][: len(self.mentions)]
        pairs = zip(self.mentions, following, strict=True)
        listed = {id(m) for m in _places_listed_together(self.text, self.mentions)}
        topic_mentions = [
            m
            for m, nxt in pairs
            if id(m) not in listed
            and not _locates(self.text, m, nxt)
            and not _is_destination(self.text, m)
            and not _SHARE_OF_NAME_RE.match(self.text, m.end)
            and not (m.type == "country" and BUYER_NAMED_AFTER_RE.match(self.text, m.end))
        ]
        # "..., the National Bank of Kazakhstan (NBK) said": a body that speaks the figures is not what they are of.
        speakers = {
            m.name for m in self.mentions if m.type == "organization" and _SAID_AFTER_RE.match(self.text, m.end)
        }
        # ("The assets of the State Oil Fund ... reached $52.6 billion, the fund said": a body that reports its own
        # accounts is what they are of.)
        speakers -= {m.name for m in self.mentions if m.name in speakers and _keeps_accounts(self.text, m)}
        self.topic_mentions = [m for m in topic_mentions if m.name not in speakers]


_ACCOUNTS = longest_first(lexicon.OWN_ACCOUNT_NOUNS)
_ACCOUNTS_AFTER_RE = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?(?:{_ACCOUNTS})\b")
_ACCOUNTS_BEFORE_RE = re.compile(rf"\b(?:{_ACCOUNTS})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)


def _keeps_accounts(text: str, mention: EntityMention) -> bool:
    """Whether the text writes the mention as the owner of accounts ("the fund's expenditures", "the assets of the
    State Oil Fund")."""
    return bool(
        _ACCOUNTS_AFTER_RE.match(text, mention.end)
        or _ACCOUNTS_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start)
    )


# What joins the places of a list: "West Kazakhstan, Aktobe and Kostanay regions", "Almaty and Zhambyl regions".
_LIST_JOINT_RE = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")


def _places_listed_together(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """Places the text lists together, joined by commas and an "and" or "or" ("West Kazakhstan, Aktobe and Kostanay
    regions were hit hardest"): none of them is what the article is about. Not a place and what locates it
    ("Aktau, Mangystau region, will ...") or describes it ("Shymkent, Kazakhstan's third-largest city")."""
    listed: list[EntityMention] = []
    run: list[EntityMention] = []
    joints: list[str] = []

    def close() -> None:
        if len(run) > 1 and any(_AND_OR_RE.search(joint) for joint in joints):
            listed.extend(run)

    for mention in mentions:
        joint = text[run[-1].end : mention.start] if run else ""
        if (
            run
            and mention.type in PLACE_TYPES
            and _LIST_JOINT_RE.fullmatch(joint)
            and not _POSSESSIVE_AFTER_RE.match(text, mention.end)
        ):
            run.append(mention)
            joints.append(joint)
            continue
        close()
        run, joints = ([mention], []) if mention.type in PLACE_TYPES else ([], [])
    close()
    return listed


_SAID_AFTER_RE = re.compile(r"(?:\s*\([^)]{1,12}\))?\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


# "Kazakhstan's Zhambyl region", "the region's 46 elevators": a possessive right before a mention or an amount.
_POSSESSIVE_BEFORE_RE = re.compile(r"['’]s\s+$")


def _locates(text: str, mention: EntityMention, following: EntityMention | None) -> bool:
    """True for a country written as the possessor of the place named right after it."""
    return (
        following is not None
        and mention.type == "country"
        and following.type in ("region", "city")
        and _POSSESSIVE_BEFORE_RE.fullmatch(text, mention.end, following.start) is not None
    )


def extract_rows(text: str, article_id: str) -> tuple[Header, list[dict], list[dict], list[dict]]:
    """Header, facts, entities and people of one article (rows keyed by the pandera columns)."""
    header = parse_header(text)
    body = _body_spans(text, header)
    dateline_country = CAPITAL_COUNTRIES.get((header.dateline or "").title())
    mentions = find_entity_mentions(text, body, header.body_start if header.title else 0, dateline_country)
    context = ArticleContext(text, article_id, header, mentions, _currency_context(text))
    people_rows = extract_people(text, body, mentions)
    context.quotations = _quotations(text, mentions, people_rows)
    context.people = people_rows
    frame = Frame()
    for sentence in _sentences(text, header):
        _read_sentence(context, sentence, frame)
    entities = [{"article_id": article_id, **row} for row in extract_entities(text, mentions)]
    people = [{"article_id": article_id, **row} for row in people_rows]
    return header, context.facts, _unique_by_name(entities), _unique_by_name(people)


_QUOTATION_RE = re.compile(r'«[^»]*»|“[^”]*”|"[^"\n]*"')
# How far after a quotation its speaker may be named (", said the director of the company").
_SPEAKER_REACH = 60
_SPEECH_VERB_RE = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n|$")
_WORD_RE = re.compile(r"[A-Z][\w-]+")
_WE_OR_OUR_RE = GuardedPattern(re.compile(r"\b(?:we|our)\b", re.IGNORECASE), ("we", "our"))
_FIRST_PERSON_RE = GuardedPattern(re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE), ("we", "our", "us"))


def _quotations(text: str, mentions: list[EntityMention], people: list[dict]) -> list[tuple[int, int, EntityMention]]:
    """Quotations whose speaker is named right after them with a verb of speech, with the speaker's entity
    ('..., " said the company's general director' -> the company; '..., " Sedykh said' -> Sedykh's company)."""
    found = []
    starts = [m.start for m in mentions]
    for quotation in _QUOTATION_RE.finditer(text):
        end = quotation.end()
        index = bisect.bisect_left(starts, end)
        # The speaker is named in the sentence that closes the quotation ('," Zhaksygaliyev said.'), not after it.
        sentence_end = _SENTENCE_END_RE.search(text, end)
        reach = min(end + _SPEAKER_REACH, sentence_end.end() if sentence_end else len(text))
        if index < len(mentions) and mentions[index].start <= reach:
            # '," said the company's director', '," director of Solty Sut Yerlan Sadvakasov said'.
            if _SPEECH_VERB_RE.search(text, end, reach):
                found.append((quotation.start(), end, mentions[index]))
            continue
        employer = _employer_of_speaker(text, end, reach, people, mentions[:index])
        before = mentions[: bisect.bisect_left(starts, quotation.start())]
        employer = employer or _officer_of_the_company_before(text, end, reach, before)
        if employer is not None:
            found.append((quotation.start(), end, employer))
    return found


# '..., " said director general Aizhan Kurmanova': an officer of a company, named without it.
_OFFICER_SPEAKS_RE = re.compile(
    r"\b(?:" + "|".join(sorted(COMPANY_OFFICER_TITLES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _officer_of_the_company_before(
    text: str, start: int, stop: int, before: list[EntityMention]
) -> EntityMention | None:
    """The enterprise named most before a quotation (the last of them on a tie) that a company officer, named
    without a company, speaks: the company the article is about, not a mine or river named since."""
    if not _SPEECH_VERB_RE.search(text, start, stop) or not _OFFICER_SPEAKS_RE.search(text, start, stop):
        return None
    enterprises = [m for m in before if m.type == "enterprise"]
    counts = Counter(m.name for m in enterprises)
    return max(reversed(enterprises), key=lambda m: counts[m.name], default=None)


def _employer_of_speaker(
    text: str, start: int, stop: int, people: list[dict], before: list[EntityMention]
) -> EntityMention | None:
    """The last mention before a quotation of the organisation of the person who, by surname, speaks it
    ('..., " Sedykh said.' where Viktor Sedykh is general director of Shygys Mys)."""
    if not _SPEECH_VERB_RE.search(text, start, stop):
        return None
    words = set(_WORD_RE.findall(text, start, stop))
    speaker = next((p for p in people if p.get("organization") and p["name"].split()[-1] in words), None)
    if speaker is None:
        return None
    return next((m for m in reversed(before) if m.name == speaker["organization"]), None)


_PERSON_OPENING_RE = re.compile(r"[\s\"«“]*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:also\s+)?(?P<verb>[a-z]+)")


def _company_of_the_person_opening(context: ArticleContext, sentence: Sentence) -> EntityMention | None:
    """The enterprise of a named person who opens the sentence as its subject ("Sultanbekova plans to open ...",
    "Ruslan Bekov expects ..."), when the people finder knows it and the text named it before."""
    opening = _PERSON_OPENING_RE.match(context.text, sentence.start, sentence.end)
    if opening is None or opening["verb"] in SPEECH_VERBS:
        return None  # "Omarov said cement output in Kazakhstan grew 8%": what a person says is not their company's
    words = opening["name"].split()
    person = next(
        (
            p
            for p in context.people
            if p.get("organization") and (p["name"] == opening["name"] or p["name"].split()[-1] == words[-1])
        ),
        None,
    )
    if person is None:
        return None
    index = bisect.bisect_left(context.mention_starts, sentence.start)
    return next(
        (
            m
            for m in reversed(context.mentions[:index])
            if m.name == person["organization"] and m.type in ENTERPRISE_TYPES
        ),
        None,
    )


def _speaker_of(context: ArticleContext, position: int) -> EntityMention | None:
    """The speaker's company for the quotation that holds `position`, if any (a department's "our goal" is
    its city's, which the frame already gives)."""
    who = next((who for start, end, who in context.quotations if start < position < end), None)
    return who if who is not None and who.type in ENTERPRISE_TYPES else None


def _body_spans(text: str, header: Header) -> list[tuple[int, int]]:
    """The text minus header furniture, as spans."""
    spans, cursor = [], 0
    for start, end in sorted(header.excluded):
        if start > cursor:
            spans.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return spans


def _sentences(text: str, header: Header) -> list[Sentence]:
    """Sentences of the article, with any leading header furniture cut off their start."""
    sentences = []
    for sentence in split_sentences(text, 0, len(text), header.excluded):
        start = sentence.start
        for ex_start, ex_end in header.excluded:
            if ex_start <= start < ex_end:
                start = ex_end
        while start < sentence.end and text[start] in " \t–—-:":
            start += 1
        if start < sentence.end:
            sentences.append(Sentence(start, sentence.end, sentence.paragraph))
    return sentences


# Currency words whose code depends on the article: only an article that writes one needs them resolved.
_AMBIGUOUS_CURRENCY_WORDS = tuple(word for word, code in CURRENCY_WORDS.items() if code is None)


# Each ambiguous currency word's countries, each with a pattern of its cues at the start of a word.
_AMBIGUOUS_CURRENCY_CUES: dict[str, list[tuple[re.Pattern[str], str]]] = {
    stem: [(re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + ")"), code) for cues, code in options]
    for stem, options in AMBIGUOUS_CURRENCIES.items()
}


def _currency_context(text: str) -> dict[str, str]:
    """Resolve ambiguous currency words ("som", "manat") by the country cues the article carries."""
    lower = lowered(text)
    if lower is not None and not any(word in lower for word in _AMBIGUOUS_CURRENCY_WORDS):
        return {}  # no word to resolve (one would be found, in any case, in the lowered text)
    lower = text.lower() if lower is None else lower
    resolved = {}
    for stem, options in _AMBIGUOUS_CURRENCY_CUES.items():
        # The country the article speaks of most: a Kyrgyz story that names Uzbekistan once still pays in KGS.
        counts = [(len(cues.findall(lower)), code) for cues, code in options]
        best, code = max(counts, key=lambda pair: pair[0])
        tied = sum(count == best for count, _ in counts) > 1
        resolved[stem] = code if best and not tied else AMBIGUOUS_DEFAULTS[stem]
    return resolved


def _read_sentence(context: ArticleContext, sentence: Sentence, frame: Frame) -> None:
    text = context.text
    if sentence.paragraph != frame.paragraph:
        frame.growth_item, frame.paragraph, frame.paragraph_start = None, sentence.paragraph, sentence.start
        frame.unread_topics.clear()
    published = context.header.published_date
    expressions = find_time_expressions(text[sentence.start : sentence.end], sentence.start, published)
    periods = [e for e in expressions if e.role == "period" and not _in_a_clause_aside(text, sentence, e)]
    context.programme_years = {e.start for e in periods if _names_a_programme(context, sentence, e)}
    comparisons = [e for e in expressions if e.role == "comparison"]
    blocked = [(e.start, e.end) for e in expressions] + list(context.header.excluded)
    quantities = find_quantities(text, sentence.start, sentence.end, blocked, context.currency_context)
    context.sentence_quantities = quantities
    inherited = frame.period
    reference = _BACK_REFERENCE_RE.search(text, sentence.start, sentence.end)
    back_reference = reference is not None
    if reference:
        # "Over the same period, the index stood at 104.8%": the period of the frame, not a base; "over the same
        # four months": nor the year's first four months.
        comparisons = [e for e in comparisons if e.end <= reference.start() or e.start >= reference.end()]
        periods = [e for e in periods if e.end <= reference.start() or e.start >= reference.end()]
    for e in periods:
        if e.kind in _UNIT_OF_KIND and not _undated(e):
            frame.last_of_unit[_UNIT_OF_KIND[e.kind]] = e
    if back_reference:
        inherited = frame.last_of_unit.get(_unit_named(reference)) or frame.last_period
    facts = []
    for index, q in enumerate(quantities):
        next_start = quantities[index + 1].start if index + 1 < len(quantities) else sentence.end
        fact = _fact(context, sentence, frame, q, next_start, quantities[:index], periods, inherited, comparisons)
        if _is_base_of_change(text, q, quantities[index + 1 :]):
            # "plans to expand capacity from 12,000 to 30,000 tons": the base is how things stand, undated.
            fact["period_start"] = fact["period_end"] = None
            fact["status"] = "actual"
        elif fact["status"] == "planned" and (
            _COMPARED_BASE_RE.search(text, max(sentence.start, q.start - 50), q.start)
            or _changed_from(text, q, quantities[:index])
        ):
            # "output is to reach 65,000 tonnes, against 41,800 tonnes last year", "to rise to 91% from 87.5%",
            # "raising ore production to 3 million tonnes a year from 1.8 million tonnes": the base a plan is
            # measured against is how things stood.
            fact["status"] = "actual"
        elif (
            back_reference
            and all(_undated(e) for e in periods)
            and not (fact["measure"] in ("count", "jobs") and _holds_now_before(text, sentence, q))
        ):
            # "Major projects carried out over this period": the period named before, whoever the subject is
            # ("established in 2009" in the same sentence dates the founding, not the figure).
            fact["period_start"], fact["period_end"] = _period_fields(inherited, fact["status"])
        facts.append(fact)
        context.facts.append(fact)
    _share_the_lists_measure(text, quantities, facts)
    _share_the_lists_rate(text, quantities, facts)
    if _RESPECTIVELY_RE.search(text, sentence.start, sentence.end):
        _distribute_respectively(facts)
    if not any(f["measure"] == "growth_rate" for f in facts):
        frame.unread_topics.append(sentence)
    if not quantities:
        _note_possessive_topic(context, sentence, frame)
    if periods:
        _open_frame(context, sentence, frame, periods, quantities, facts)
    frame.previous_sentence = sentence


def _unit_named(reference: re.Match[str] | None) -> str:
    """The unit a back-reference names: "for the quarter" -> "quarter" ("over the same period": none)."""
    return reference.group(0).lower().rsplit(None, 1)[-1] if reference else ""


_HOLDS_NOW_RE = re.compile(
    r"\b(" + "|".join(map(re.escape, (*HOLDING_VERBS, *STAFFING_VERBS))) + r")\s+(?:[\w,-]+\s+){0,3}$",
    re.IGNORECASE,
)
_ANOTHER_CLAUSE_RE = re.compile(r",|\band\b")
_PERFECT_PARTICIPLE_RE = re.compile(r"\s+(?:already\s+|also\s+|now\s+)?(?:[a-z]+ed|grown|been|made|built|sold|taken)\b")


def _holds_now(text: str, sentence: Sentence, q: Quantity, reading: Reading) -> bool:
    """Whether a count or workforce is what something has, runs or employs now, by the present verb before it."""
    return reading.measure in ("count", "jobs") and _holds_now_before(text, sentence, q)


def _holds_now_before(text: str, sentence: Sentence, q: Quantity) -> bool:
    """Whether a present verb of holding or staffing stands right before `q` ("which works two fields")."""
    verb = _HOLDS_NOW_RE.search(text, max(sentence.start, q.start - 40), q.start)
    # "has ordered 1,200 wagons", "has grown by 300 wagons": the present perfect reports what happened.
    return verb is not None and _PERFECT_PARTICIPLE_RE.match(text, verb.end(1)) is None


# "four solar stations with a combined capacity of 186 MW": the capacity of the things just counted.
# "18,700 mortgage loans in Almaty last year for a total of KZT 362 bln": the sum of the things just counted.
_COMBINED_CAPACITY_GAP_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?with\s+(?:a\s+)?(?:"
    + "|".join(lexicon.TOTAL_ADJECTIVES)
    + r")\s+(?:installed\s+|design\s+)?"
    r"capacity\s+of\s+"
    + QUALIFIER_GAP
    + r"|\s+(?:[\w-]+\s+){0,5}?(?:for\s+a\s+total\s+of|with\s+a\s+total\s+value\s+of|totall?ing"
    + r"|worth\s+a\s+total\s+of)\s+"
    + QUALIFIER_GAP,
    re.IGNORECASE,
)


def _total_of_the_count(context: ArticleContext, sentence: Sentence, q: Quantity) -> dict | None:
    """The count a combined capacity or a total sum belongs to, in its sentence: its subject is the total's."""
    before = context.facts[-1] if context.facts else None
    if before is None or before["sentence_start"] != sentence.start or before["measure"] != "count":
        return None
    return before if _COMBINED_CAPACITY_GAP_RE.fullmatch(context.text, before["char_end"], q.start) else None


_BUYER_NOUN_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(lexicon.BUYER_NOUNS)})\b")
_MORE_AFTER_RE = re.compile(r"\s+more\b(?!\s+than)")
_BARE_NUMBER_RE = re.compile(r"[\d.,\s]+")
_FLOW_ITEM_WORD_RE = re.compile(r"\b(?:exports|imports)\b")
# "China took 14.1 billion cubic metres", "Supplies to Uzbekistan grew to": a partner's part of the trade.
_PARTNER_FLOW_BEFORE_RE = re.compile(
    r"\b[A-Z][\w-]*\s+(?:alone\s+)?(?:took|bought|received)\b|\b(?:[Ss]upplies|[Dd]eliveries|[Ss]hipments)\s+to\s+[A-Z]"
)
_GENERIC_FLOW_ITEMS = frozenset({"shipments", "deliveries", "supplies"})


_BARE_FLOW_ITEMS = frozenset(lexicon.TRADE_FLOW_BY_STEM.values())
# "Overall, exports by rail reached 80 million tons", "exports through the Aktau port rose": a flow of all goods
# (by a route or in all), not of the goods weighed before.
_FLOW_OF_MANY_GOODS_RE = re.compile(
    r"\b(?:exports|imports)\s+(?:by|through|via)\b|\b(?:overall|in\s+all)\b", re.IGNORECASE
)
_GOODS_MEASURES = frozenset({"production", "production_capacity", "trade"})


def _goods_of_the_paragraph(context: ArticleContext, frame: Frame) -> str | None:
    """The goods the paragraph's last physical figure of output or trade names ("2.1 million tons of cement",
    "cement exports" -> "cement"), or None when that figure names none."""
    for fact in reversed(context.facts[-4:]):
        if fact["sentence_start"] < frame.paragraph_start:
            break
        if fact["measure"] in _GOODS_MEASURES and fact["unit"] in lexicon.PHYSICAL_GOODS_UNITS:
            words = (fact["item"] or "").split()
            goods = [w for w in words if w not in _BARE_FLOW_ITEMS]
            if not goods or goods != words[: len(goods)] or "of" in goods or "to" in goods or "from" in goods:
                return None  # no goods, or a flow with its partner ("exports to China"): nothing to carry over
            return " ".join(goods)
    return None


def _trade_item_before(context: ArticleContext, frame: Frame) -> str | None:
    """The item of the last trade figure of the paragraph, when it names the goods."""
    for fact in reversed(context.facts[-4:]):
        if fact["sentence_start"] < frame.paragraph_start:
            break
        if fact["measure"] == "trade" and fact["item"] and fact["item"] not in _GENERIC_FLOW_ITEMS:
            return fact["item"]
    return None


_OWNED_BY_AFTER_RE = re.compile(
    r"(?:[\s-]+owned\s+by|(?:\s+of\s+(?:the|its)\s+(?:shares|capital))?\s+(?:belongs?|belonged)\s+to|(?P<elided>\s+by))"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?\Z"
)
# "is 60% owned by Kalyon Enerji and 40% by ...", "owned 51% by X and 49% by Y": a stake whose "owned" stands
# before it, or a second one whose "owned" is left out.
_SECOND_STAKE_BEFORE_RE = re.compile(
    r"\bowned\s+(?:[\d.,]+\s*(?:%|percent)\s+by\b[^.;]*(?:,|\band|\bwhile)\s+(?:the\s+\w+\s+)?)?\Z"
    r"|\d\s*(?:%|percent)\s+owned\s+by\b[^.;]*(?:,|\band|\bwhile)\s+(?:the\s+\w+\s+)?\Z"
)
# "owned by China's Liyuan Solar": the country only says where the owner is from.
_LOCATING_POSSESSIVE_RE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[A-Z]")


def _owner_of_a_stake(context: ArticleContext, sentence: Sentence, q: Quantity) -> EntityMention | None:
    """The name a percent of a company is owned by ("is 51% owned by Ertis Atom Holding", "the remaining 30%
    belongs to Qazaq Sun", "... and 40% by Samruk Green" after "owned"), if any."""
    tail = context.text[q.tail_end : q.tail_end + 30]
    if "owned" not in tail and "belong" not in tail and not tail.startswith(" by "):
        return None
    for m in _sentence_mentions(context, sentence):
        if m.start < q.tail_end:
            continue
        gap = _OWNED_BY_AFTER_RE.fullmatch(context.text, q.tail_end, m.start)
        if gap is None:
            continue
        if gap.group("elided") and not _SECOND_STAKE_BEFORE_RE.search(context.text, sentence.start, q.start):
            return None  # "grew 5% by December", "privately owned X was boosted 20% by ...": no stake
        if context.text[m.start : m.end] in DEMONYMS:  # "owned by Kazakh investor Temir Capital"
            continue
        if m.type == "country" and _LOCATING_POSSESSIVE_RE.match(context.text, m.end):
            continue
        return m
    return None


def _trades_with_the_partner(subject: str, item: str) -> bool:
    """Whether a trade item's partner ("trade turnover with China") is another than the subject itself ("Zhetysu
    region" trades with no "Zhetysu region")."""
    partner = item.rsplit(" with ", 1)[1]
    return partner != subject and not subject.startswith(partner + " ")


# "62% of them from China", "of which 72 percent went to Uzbekistan", "12.6% came from Uzbekistan".
_PARTNER_AFTER_SHARE_RE = re.compile(
    r"\s*(?:of\s+(?:them|it|which|this|the\s+total)\s+)?"
    r"(?:(?:came|went|was|were|is|are|coming|going)\s+(?:(?:shipped|exported|imported|supplied|sold)\s+)?)?"
    r"(?:from|to)\s+(?:the\s+)?\Z"
)
# A partner named with others ("to Uzbekistan and Kyrgyzstan", "from China, Russia"): no one partner's share.
_ANOTHER_NAME_AFTER_RE = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?[A-Z]")


def _trade_partner_of_the_share(
    context: ArticleContext, sentence: Sentence, frame: Frame, q: Quantity
) -> tuple[tuple[str, str], str | None] | None:
    """The country a share of the trade just reported comes from or goes to, and the whole as the share's item:
    'Kazakhstan imported 4.3 million heating radiators, 62% of them from China' -> (('China', 'country'),
    "Kazakhstan's heating radiator imports"). None when no single country follows the share."""
    text = context.text
    partner = next((m for m in _sentence_mentions(context, sentence) if m.start >= q.tail_end), None)
    if (
        partner is None
        or partner.type != "country"
        or not _PARTNER_AFTER_SHARE_RE.fullmatch(text, q.tail_end, partner.start)
        or _ANOTHER_NAME_AFTER_RE.match(text, partner.end)
    ):
        return None
    whole = next(
        (
            f
            for f in reversed(context.facts[-3:])
            if f["measure"] == "trade" and f["sentence_start"] >= frame.paragraph_start
        ),
        None,
    )
    if whole is None or whole["subject"] == partner.name or whole["subject_type"] != "country":
        return None
    flow = TRADE_FLOW_WORD_RE.search(text, whole["sentence_start"], whole["char_end"])
    item = whole["item"] or (lexicon.TRADE_FLOW_BY_STEM[flow[1].lower()] if flow else None)
    return (partner.name, partner.type), f"{whole['subject']}'s {item}" if item else None


# ", or 55% of shipments": a share restating the figure right before it.
_RESTATED_SHARE_BEFORE_RE = re.compile(
    r",\s+or\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+over\s+)?\Z"
)


def _partner_of_a_restated_share(context: ArticleContext, sentence: Sentence, q: Quantity) -> EntityMention | None:
    """The buyer country whose figure a share restates ("Afghanistan remained the top buyer with 1.15 million tons,
    or 55% of shipments"): a named entity's share of the whole is its own (FACTS.md, Shares). (Keys split on a flow
    "to" a partner, "Shipments to Russia ... or 45% of the total": those keep the exporter.)"""
    text = context.text
    if not _RESTATED_SHARE_BEFORE_RE.search(text, max(sentence.start, q.start - 30), q.start):
        return None
    restated = _fact_just_before(context, sentence)
    if restated is None:
        return None
    partners = [
        m
        for m in _sentence_mentions(context, sentence)
        if m.type == "country"
        and m.end <= restated["char_start"]
        and m.name != restated["subject"]
        and _BUYER_AFTER_RE.match(text, m.end)
    ]
    return partners[0] if len(partners) == 1 else None


def _fact_just_before(context: ArticleContext, sentence: Sentence) -> dict | None:
    """The fact read last, when it stands in `sentence` too."""
    before = context.facts[-1] if context.facts else None
    return before if before is not None and before["sentence_start"] == sentence.start else None


def _count_just_before_if(
    context: ArticleContext, sentence: Sentence, q: Quantity, after: re.Pattern[str]
) -> dict | None:
    """The count read just before `q` in its sentence, when `after` matches right after `q`."""
    before = _fact_just_before(context, sentence)
    if before is None or before["unit"] != "count":
        return None
    return before if after.match(context.text, q.tail_end) else None


def _count_a_part_is_of(context: ArticleContext, sentence: Sentence, q: Quantity) -> dict | None:
    """The count just before a bare number "of them" or "of those" in its sentence ("21,500 jobs, 14,200 of them
    permanent"): the number is a part of it."""
    return _count_just_before_if(context, sentence, q, _OF_THOSE_AFTER_RE)


# "14,200 of them permanent", "150 of them hired for the new line": a part of the same kind (not "45 of them
# engineers", "260 of them were retrained": a group the count describes).
_OF_THOSE_AFTER_RE = re.compile(
    r"\s+of\s+(?:them|those|whom)(?=\s*(?:[,.;:)]|$)"
    rf"|\s+(?:{'|'.join(lexicon.SAME_KIND_PART_WORDS)})\b)"
)


def _count_a_share_is_of(context: ArticleContext, sentence: Sentence, q: Quantity) -> dict | None:
    """The count just before a share "of them" in its sentence ("employs 780 people, 98% of them Kazakh
    citizens"): the share is of the same subject's people, not of a country an adjective names."""
    return _count_just_before_if(context, sentence, q, _OF_THEM_AFTER_RE)


def _loan_a_term_is_of(context: ArticleContext, sentence: Sentence, q: Quantity) -> dict | None:
    """The loan just before a rate or a term in its sentence ("a KZT18.5bn loan at 3% for 10 years"): the rate and
    the term are the borrower's, as the loan is, not the lender's."""
    before = _fact_just_before(context, sentence)
    if before is None:
        return None
    loan = before["measure"] == "investment" or (before["measure"] == "other" and before["unit"] in ("percent", "year"))
    return before if loan and _LOAN_TERMS_GAP_RE.fullmatch(context.text, before["char_end"], q.start) else None


# " loan at ", " at an annual rate of ", " for ": what goes between a loan, its rate and its term.
_LOAN_TERMS_GAP_RE = re.compile(
    r"(?:\s+(?:[a-z-]+\s+){0,2}?(?:loans?|credits?|credit\s+lines?))?,?\s+(?:at|for|over)\s+"
    r"(?:an?\s+)?(?:(?:annual\s+)?(?:interest\s+)?rate\s+of\s+|term\s+of\s+|period\s+of\s+)?" + QUALIFIER_GAP
)
_OF_THEM_AFTER_RE = re.compile(r"\s+of\s+(?:them|whom)\b")


def _deadline_pointed_back_to(
    context: ArticleContext, sentence: Sentence, frame: Frame, q: Quantity
) -> TimeExpression | None:
    """The previous sentence's deadline, for a plan in a sentence that points back to what it named: "Four more
    elevators are to be built by 2025. The projects are worth 24.5 billion tenge and will create 160 jobs."."""
    if frame.deadline is None or frame.paragraph_start > frame.deadline_end:
        return None
    if context.text[frame.deadline_end : sentence.start].strip():
        return None  # not the sentence right before
    text = context.text
    pointer = _OPENS_WITH_PLANS_RE.match(text, sentence.start) or _THESE_PLANS_RE.search(
        text, sentence.start, min(q.start, sentence.start + 40)
    )
    return frame.deadline if pointer else None


def _note_possessive_topic(context: ArticleContext, sentence: Sentence, frame: Frame) -> None:
    """ "Work on forming its infrastructure has begun.": the paragraph goes on about the entity named last."""
    possessive = _POSSESSIVE_RE.search(context.text, sentence.start, sentence.end)
    if possessive is None or any(m.start < possessive.start() for m in _sentence_mentions(context, sentence)):
        return
    named_last = _last_mention_before(context, sentence.start)
    if named_last is not None and not (named_last.type == "organization" and _reports(named_last)):
        # (Not a body that reports: "head of the regional department of tourism, ... At its peak, the shore ...".)
        frame.subject, frame.subject_paragraph = named_last, sentence.paragraph


def _open_frame(
    context: ArticleContext,
    sentence: Sentence,
    frame: Frame,
    periods: list[TimeExpression],
    quantities: list[Quantity],
    facts: list[dict],
) -> None:
    """Let the sentence's last period that frames figures here frame the sentences after it.

    A period that dates figures of its sentence ("In 2023, output grew 5%", also when "the results of 2023"
    follows) or the last one in a sentence without figures ("The economy grew in 2023.") frames what
    follows. One that dates an event beside figures it does not date ("the plant, with an annual capacity
    of 600 units, opens this year") does not, nor does a deadline ("by 2027").
    """
    if not quantities and all(_undated(e) for e in periods):
        return  # "The largest contribution came from Tobyl Motors, established in 2019.": a founding, no frame
    if all(e.kind == _NOW_KIND for e in periods):
        return  # "The company is now building a kiln worth $48 million": "now" leaves the frame's period as it is
    if _PAST_PERFECT_RE.search(context.text, sentence.start, sentence.end):
        return  # "In the first quarter, turnover had grown by just 0.8%.": a look back, the frame goes on
    if all(_ALONE_AFTER_RE.match(context.text, e.end) for e in periods):
        return  # "In the third quarter alone, growth accelerated to 5.2%": a part singled out, the frame goes on
    own = [e for e in periods if not _is_year_earlier(context.text, e)]
    if not own:
        return  # "..., 1.3 times the figure a year earlier": the time of a comparison frames nothing
    dating = [e for e in own if not _undated(e)]
    pointed_to_before = frame.last_period
    if dating or not own:
        # "over the period" points back to a period a figure has, not to "established in 2009".
        frame.last_period = dating[-1] if dating else periods[-1]
    dated_all = [
        (_governing(context.text, periods, q, quantities), f, q)
        for f, q in zip(facts, quantities, strict=True)
        if f["period_start"] is not None or f["period_end"] is not None
    ]
    # "slowed to 16.8% in March from 21.3% in February": the base's month frames nothing after it; where only
    # bases are dated, the frame goes on.
    dated = [(g, f) for g, f, q in dated_all if not _is_a_base(context.text, q)]
    # "In the third quarter alone, output reached 32,100 tons, against 29,800 tons in the second quarter": a part
    # singled out frames nothing either, whatever its base.
    dated = [(g, f) for g, f in dated if g is None or not _ALONE_AFTER_RE.match(context.text, g.end)]
    if dated_all and all(g is None for g, _ in dated):
        return  # "Over the quarter, prices rose 4.4%, against 6.1% in January-March 2022": the frame goes on
    framing = [e for e in periods if any(g is e for g, _ in dated) and not _is_year_earlier(context.text, e)]
    period = framing[-1] if framing else periods[-1]
    framed = [f for g, f in dated if g is period]
    frame.period = period if framed or not quantities else None
    statuses = {f["status"] for f in framed}
    frame.period_status = statuses.pop() if len(statuses) == 1 else None
    # "In March, output grew 4%" is last March: a bare month or quarter is read ahead only for a plan.
    reading_as = "actual" if frame.period_status == "actual" else "planned"
    resolved = _resolve(period, reading_as)
    from_a_date = resolved is not None and resolved[0] is not None and resolved[1] is None
    # (A date things change from, "from July 1", frames the plans after it as a start, not as a deadline.)
    # ("by 2026" for a plan in an undated article is a deadline too: nothing but the end of the time is set.)
    deadline = frame.period_status == "planned" and resolved is not None and resolved[0] is None
    if not from_a_date and (deadline or _lies_ahead(resolved, context.header.published_date)):
        # A deadline ("by 2027") belongs to its own sentence; it does not frame the next ones, but for a plan of
        # the things the sentence named, pointed back to (see `_deadline_pointed_back_to`).
        frame.period = None
        frame.deadline, frame.deadline_end = period, sentence.end
        if frame.last_period is period:
            # "... will invest $520 million by 2026. Exports reached 1.6 Mt in the same period": the period reported
            # before, not the deadline.
            frame.last_period = pointed_to_before
    if frame.period_status == "actual":
        frame.actual_period, frame.actual_paragraph = frame.period, sentence.paragraph
    elif frame.period_status == "planned" and sentence.paragraph - frame.actual_paragraph > 1:
        frame.actual_period = None
    frame.period_paragraph = sentence.paragraph
    frame.period_subject = facts[-1]["subject"] if facts else frame.period_subject


_FLOW_ITEM_RE = re.compile(r"\b(?:exports?|imports?)\b", re.IGNORECASE)
# Words of making a sentence may state an amount with ("produced", "mined", "harvested", "output").
_MAKING_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            (cue for cue, made in lexicon.PHYSICAL_MEASURE_CUES.items() if made == "production"), key=len, reverse=True
        )
    )
    + r"|output|yield|grows|grew|generation)\b",
    re.IGNORECASE,
)


def _fact(
    context: ArticleContext,
    sentence: Sentence,
    frame: Frame,
    q: Quantity,
    next_start: int,
    previous: list[Quantity],
    periods: list[TimeExpression],
    inherited: TimeExpression | None,
    comparisons: list[TimeExpression],
) -> dict:
    text = context.text
    reading = read_quantity(text, sentence.start, sentence.end, q, next_start, previous)
    if reading.item is None and q.kind in ("physical", "count"):
        # "Foreign visitors accounted for 212,000 of the total": a bare count takes its part's name too.
        reading = reading._replace(item=_item_named_by_clause(context, sentence, q, reading.measure))
    if reading.item is None and reading.measure in ("other", "share"):
        # "Losses in the networks stand at 28%": what the level is of.
        reading = reading._replace(item=_item_stated_by_a_link(context, sentence, q))
    if reading.measure == "other":
        reading = reading._replace(item=unit_priced(text, q, reading.item))
    change = _physical_change(context, sentence, q, reading) if q.kind == "physical" else None
    if change is not None:
        reading = change
    if reading.item is None and q.kind == "physical":
        reading = reading._replace(item=_item_of_the_amount_before(context, q))
    if q.unit in UNIT_PRODUCTS:
        reading = reading._replace(item=_energy_item(context, sentence, q, reading.measure, reading.item))
    if reading.status == "planned" and (
        _planned_only_after_and(text, sentence, q)
        or _PAST_RELATIVE_BEFORE_RE.search(text, sentence.start, q.start)
        or _STANDS_NOW_AFTER_RE.match(text, q.tail_end, sentence.end)
        or _PRESENT_LEVEL_BEFORE_RE.search(text, max(sentence.start, q.start - 40), q.start)
    ):
        reading = reading._replace(status="actual")
    if reading.status == "actual" and _is_headline_plan(context, sentence, q):
        reading = reading._replace(status="planned")
    unfinished_cue = _CUES_OF_AN_UNFINISHED_PROJECT.get(reading.measure)
    if (
        reading.status == "actual"
        and unfinished_cue is not None
        and unfinished_cue.search(text, max(sentence.start, q.start - 60), q.start)
        and not _reports_a_finished_project(context)
    ):
        # "The project is valued at 38.5 billion tenge", "The complex is designed to produce 420,000 tons a year" in
        # a story of no plant opened: what it will cost or do.
        reading = reading._replace(status="planned")
    if reading.guessed and q.kind == "money":
        reading = reading._replace(measure=_money_measure_before(context, frame, q) or reading.measure)
    worth_of = _goods_the_sum_is_worth(context, sentence, q)
    if worth_of is not None:
        # "exported 9,400 tons of meat worth USD34.6 million": the sum is of the goods just counted, by their item
        # ("meat exports"; "produced 3,100 tons of pasta worth ...": "pasta").
        goods_item = context.facts[-1]["item"]
        reading = reading._replace(measure=worth_of, item=reading.item or goods_item)
    elif reading.measure == "trade" and reading.item is None and q.kind == "money":
        goods = _GOODS_WORTH_BEFORE_RE.search(text, max(sentence.start, q.start - 80), q.start)
        if goods is not None and goods["goods"].lower() not in lexicon.GENERIC_COUNT_HEADS:
            # "Kazakhstan exported confectionery worth $118.4 million": the goods named before "worth".
            reading = reading._replace(item=with_its_flow(text, q, sentence.start, sentence.end, goods["goods"]))
    listed = _sum_listed_before(context, sentence, q)
    if listed is not None:
        # "Italy imported goods worth $6.3 billion, followed by the Netherlands ($2.8bn)": the list goes on.
        reading = reading._replace(measure=listed["measure"])
    share_before = None
    if reading.measure == "growth_rate":
        share_before = _share_listed_before(context, sentence, q, reading.guessed) or _level_raised_to(
            context, frame, q
        )
    if share_before is not None:
        # "taking 41% of rail shipments, followed by Afghanistan with 19%": the list goes on with shares.
        reading = reading._replace(
            measure=share_before["measure"], value=q.value, item=reading.item or share_before["item"]
        )
    if reading.measure == "growth_rate" and is_a_level_moved_between(text, q, sentence.start):
        # "lift the depth of refining to 92% from 86,5%": the levels of a rate no change or share names.
        # (A level a noun names, "raise local content to 71%", already has that noun's measure: `read_quantity`.)
        moved = level_moved_thing(text, sentence.start, q)
        reading = reading._replace(measure="other", item=reading.item or _common_noun_phrase(context, sentence, moved))
    if q.kind in ("physical", "count") and reading.measure in ("production", "count", "other"):
        raised = _capacity_raised_to(context, frame, q) or _capacity_coordinated_with(context, sentence, q, reading)
        if raised is not None:
            reading = reading._replace(measure="production_capacity", per=reading.per or raised["per"])
    if reading.measure == "production_capacity" and reading.per is None:
        reading = reading._replace(per=_rate_of_the_capacity_before(context, frame, q))
    if reading.measure == "growth_rate":
        # "assembled 1,860 tractors, 2.3 times more than a year earlier": what grew is the figure just named;
        # "Investments grew in 15 regions. The leaders are Turkestan (67.4%) ...": the item carries over.
        item = reading.item or _narrowed(
            _changed_thing(context, sentence, q),
            _item_of_the_figure_before(context, sentence, q) or _growth_topic(text, frame),
        )
        if item is None and _RANKS_PLACES_RE.search(text, sentence.start, q.start):
            # "Zhambyl region led with an index of 118.6%, followed by Turkistan region at 112.4%": places ranked by
            # the indicator the article reported last, in whatever paragraph.
            item = frame.article_growth_item
        reading = reading._replace(item=item)
        frame.growth_item = reading.item
        frame.article_growth_item = reading.item or frame.article_growth_item
        frame.unread_topics.clear()
    elif reading.item is None and q.kind != "count" and _is_a_base(text, q):
        # "60,000 tonnes of copper this year, against 41,800 tonnes last year": the base is of the same thing.
        reading = reading._replace(item=_item_of_the_figure_compared(context, sentence, q))
    compared_with = _figure_compared(context, sentence, q) if q.kind == "money" and _is_a_base(text, q) else None
    if compared_with is not None and reading.measure != compared_with["measure"]:
        # "612,000 tenge a square meter in February, against 541,000 tenge a year earlier": the base is the same
        # kind of sum as the figure it is compared with.
        reading = reading._replace(measure=compared_with["measure"])
    whole_measure = _measure_of_the_whole(context, sentence, q)
    if whole_measure is not None:
        reading = reading._replace(measure=whole_measure)
    if q.kind == "money":
        if reading.item is None and _AMOUNT_ANAPHOR_RE.search(text, sentence.start, q.start):
            reading = reading._replace(item=frame.money_item)
        pay = _pay_level_continued(context, sentence, reading)
        if pay is not None:
            reading = reading._replace(measure=pay["measure"], item=pay["item"], per=reading.per or pay["per"])
        frame.money_item = reading.item
    part_of = _count_a_part_is_of(context, sentence, q) if q.kind == "count" and not q.item else None
    if part_of is not None:
        # "plans to create 21,500 jobs, 14,200 of them permanent": a part of the count before is counted as it is.
        reading = reading._replace(measure=part_of["measure"], item=reading.item or part_of["item"])
    if q.kind == "count" and _BARE_NUMBER_RE.fullmatch(text, q.start, q.end) and _MORE_AFTER_RE.match(text, q.tail_end):
        # "14 schools with 16,200 seats were commissioned, and 17 more are under construction": more of the things
        # the sentence counted last.
        # (A count in a "with" phrase is the thing's attribute: "14 schools with 16,200 seats" -> more schools.)
        counted = [
            f
            for f in context.facts
            if f["sentence_start"] == sentence.start
            and f["unit"] == "count"
            and not text.endswith("with ", 0, f["char_start"])
        ]
        last = counted[-1] if counted else None
        if last is not None and last["item"]:
            reading = reading._replace(measure=last["measure"], item=last["item"])
    if q.kind == "count":
        if reading.item is None and PART_OF_THOSE_BEFORE_RE.search(text, max(sentence.start, q.start - 20), q.start):
            reading = reading._replace(item=frame.count_item)
        frame.count_item = reading.item or frame.count_item
    restated = _figure_restated(context, sentence, q) if reading.measure == "share" else None
    restated = restated or _total_of_the_count(context, sentence, q)
    if restated is None and reading.measure == "share":
        restated = _count_a_share_is_of(context, sentence, q)
    if restated is None and reading.measure == "other":
        restated = _loan_a_term_is_of(context, sentence, q)
    if restated is None and reading.measure == "growth_rate":
        restated = _figure_changed(context, sentence, q)
    if restated is not None:
        # "sown on 4.2 million hectares, or 26% of the country's acreage": the same thing's share of a whole.
        name, subject_type = restated["subject"], restated["subject_type"]
    else:
        subject = _subject(context, sentence, frame, q, reading.measure)
        name, subject_type = (subject.name, subject.type) if subject else context.default_subject
        if subject is not None:
            name = _coordinated_name(context, sentence, subject)
    owner = _owner_of_a_stake(context, sentence, q) if reading.measure == "share" else None
    if owner is not None:
        # "Zhaiyk Kali is 70% owned by Meridian Agro Minerals": the owner's stake in the company (FACTS.md: a named
        # entity's share of a larger whole).
        if name != owner.name and subject_type not in PLACE_TYPES:
            reading = reading._replace(item=f"stake in {name}")
        name, subject_type = owner.name, owner.type
    if reading.item and " with " in reading.item and not _trades_with_the_partner(name, reading.item):
        # "trade turnover between Zhetysu region and Kyrgyzstan", given to Kyrgyzstan: no trade with itself.
        reading = reading._replace(item=reading.item.rsplit(" with ", 1)[0])
    restating = _partner_of_a_restated_share(context, sentence, q) if reading.measure == "share" else None
    if restating is not None:
        name, subject_type = restating.name, restating.type
    partner = _trade_partner_of_the_share(context, sentence, frame, q) if reading.measure == "share" else None
    if partner is not None:
        # "Kazakhstan imported 4.3 million radiators, 62% of them from China": a named partner's share of the
        # trade is the partner's, of the whole trade.
        (name, subject_type), reading = partner[0], reading._replace(item=partner[1])
    if subject_type == "organization" and _reports_for_its_country(
        name, reading, q, named_here=any(m.name == name for m in _sentence_mentions(context, sentence))
    ):
        # "Money supply grew 21.4% year-on-year", in an article on the Bank of Mongolia: the country's money.
        name, subject_type = _country_of_the_bank(context, name)
    if (
        reading.measure == "other"
        and q.kind == "physical"
        and _FLOW_ITEM_WORD_RE.search(reading.item or "")
        and _PARTNER_FLOW_BEFORE_RE.search(text, sentence.start, q.start)
    ):
        # "China took 14.1 billion cubic metres" of the "natural gas exports" just reported: still trade.
        reading = reading._replace(measure="trade")
    if reading.item in _GENERIC_OUTPUT_ITEMS and reading.measure in _MADE_MEASURES:
        # "plans to raise output to 470,000 tons": the output of what the subject was said to produce before.
        reading = reading._replace(item=_product_of(context, name) or reading.item)
    if (
        reading.measure == "trade"
        and q.kind == "physical"
        and reading.item in _BARE_FLOW_ITEMS
        and not _FLOW_OF_MANY_GOODS_RE.search(text, sentence.start, sentence.end)
    ):
        # "Kyrgyzstan produced 2.1 million tons of cement, while imports fell to 52,000 tons": cement imports.
        weighed = _goods_of_the_paragraph(context, frame)
        reading = reading._replace(item=f"{as_noun_adjunct(weighed)} {reading.item}" if weighed else reading.item)
    if reading.measure == "trade" and reading.item in _GENERIC_FLOW_ITEMS:
        # "Kazakhstan exported 1.2 million tons of grain to Iran. The shipments were worth $356.9 million": the
        # shipments are the trade just reported.
        reading = reading._replace(item=_trade_item_before(context, frame) or reading.item)
    if reading.measure == "trade" and q.kind in ("physical", "count") and reading.item:
        reading = reading._replace(item=with_its_flow(text, q, sentence.start, sentence.end, reading.item))
    if reading.measure in _STAGED_MEASURES:
        reading = reading._replace(item=_stage_of(text, sentence, q, reading.item))
    if reading.measure == "investment" and reading.item is None and q.kind == "money":
        budget = _FROM_A_BUDGET_AFTER_RE.match(text, q.tail_end)
        if budget is not None:
            # "of which 142 billion tenge came from the republican budget": money a budget gives is its funds.
            reading = reading._replace(item=f"{budget['level'].lower()} budget funds")
    if reading.measure == "investment" and reading.item is None and q.kind == "money":
        sent_home = _REMITTANCES_NEAR_RE.search(text, max(0, sentence.start - 400), sentence.end)
        if sent_home is not None:
            # "Net inflows of remittances ... fell 19% to $1.84 billion", "In somoni terms the inflow amounted to
            # 16,6 billion somoni": money migrants send home is no investment.
            reading = reading._replace(measure="other", item=sent_home.group(1).lower())
    inherited_status = frame.period_status if inherited is frame.period else None
    inherited_paragraph = frame.period_paragraph
    if inherited_status == "planned" and reading.status == "actual" and frame.actual_period is not None:
        # "Output was 78 Mt in January-November. The plan for this year is 86 Mt.": a plan's sentence does not
        # end the frame of the actual figures around it.
        inherited, inherited_status, inherited_paragraph = frame.actual_period, "actual", frame.actual_paragraph
    new_frame = frame.period_subject != name and subject_type in ENTERPRISE_TYPES
    # A paragraph that turns to another plant or project opens a new frame ("the plant covers 7,500 m2"),
    # unless it reports the plant's part of the frame's total ("Tengiz accounted for 24.8 million tonnes", "The
    # largest contribution came from Tobyl Motors. The company doubled its output"). A paragraph on another
    # country goes on with the frame: a trading partner's sum is part of the frame's trade.
    if (
        inherited is not None
        and sentence.paragraph != inherited_paragraph
        and new_frame
        and not _PART_OF_TOTAL_RE.search(text, frame.paragraph_start, q.start)
        and not _SHARE_OF_THE_WHOLE_RE.search(text, frame.paragraph_start, sentence.end)
        and not (inherited_status == "actual" and _ON_THE_SAME_PERIOD_RE.search(text, sentence.start, sentence.end))
    ):
        inherited = None
    stated = _governing(text, periods, q, context.sentence_quantities)
    if stated is not None and stated.start in context.programme_years and reading.status == "actual":
        # "built under the Nurly Zher programme for 2020-2025": the years name the programme, not the period of
        # what was done under it (a plan of the programme's is for its years).
        stated = None
    if (
        stated is not None
        and _ANOTHER_CLAUSE_RE.search(text, q.tail_end, stated.start)
        and _holds_now(text, sentence, q, reading)
    ):
        # "The plant, which employs more than 4,800 people, paid KZT 96 billion in taxes in 2023": the year
        # dates the taxes; what the plant has or employs is how things stand.
        stated = inherited = None
    if q.kind == "duration":
        stated = inherited = None  # a loan's term or a fleet's age is no figure of a period
    if states_progress(text, q, sentence.start) and (
        stated is None or (stated.start > q.end and NEW_PREDICATE_RE.search(text, q.end, stated.start))
    ):
        # "is 78 percent complete and is expected to ship its first product in the fourth quarter": how far the
        # work has got now, not dated by what comes next.
        stated = inherited = None
    if _modifies_a_noun(text, q) and (stated is None or not _written_right_after(stated, q)):
        stated = inherited = None  # "commissioned a 50 MW solar plant in May": the size of the plant, undated
    if (
        stated is not None
        and reading.measure == "production_capacity"
        and _WITH_A_CAPACITY_BEFORE_RE.search(text, max(sentence.start, q.start - 60), q.start)
        and any(q.end < other.start and other.end <= stated.start for other in context.sentence_quantities)
    ):
        # "The plant, with an installed capacity of 1,200 MW, generated 4.3 billion kWh in January-October": the
        # period dates what the plant did, not what it can do, described in passing.
        stated = None
    if reading.measure == "count" and _POSSESSIVE_BEFORE_RE.search(text, max(0, q.start - 4), q.start):
        # "The region's 46 licensed elevators can hold ...": how many the subject has, not a figure of the frame.
        inherited = None
    if _is_capacity_rate(q, reading) and stated is not None and not _dates_the_rate(stated, q, reading):
        stated = None
    attribute = reading.measure in ATTRIBUTE_MEASURES and subject_type in ENTERPRISE_TYPES
    if attribute and reading.measure == "share" and _reports_the_past(text, sentence.start, q.start):
        # "Transit accounted for 62% of the total": a share reported in the past tense is of the period's flow.
        attribute = False
    if attribute:
        # "Costing KZT23bn, the project should create 400 jobs": what one plant or project is worth, holds or
        # employs is not a figure for the period of another sentence (a region's 400 jobs this year are).
        inherited = None
    if stated is not None and attribute and _dates_an_event(text, stated):
        # "Worth 3.5 billion tenge, the facility was put into operation in July": July is the opening's date,
        # not the period of one plant's value (a region's "214 projects commissioned since January" keeps it).
        stated = inherited = None
    if stated is None and not _continues_frame(text, sentence, inherited_status, q, reading):
        inherited = None
    if (
        stated is None
        and inherited is not None
        and (_is_a_base(text, q) or _INSTEAD_OF_BEFORE_RE.search(text, max(0, q.start - 12), q.start))
    ):
        inherited_period = _resolve(inherited, "planned")
        if inherited_period is not None and inherited_period[0] is not None and inherited_period[1] is None:
            inherited = None  # "will rise to 24,58 tenge from July 1, up from 21,67 tenge": the old level, not dated
    expression = stated or inherited
    if expression is None and reading.status == "planned":
        expression = _deadline_pointed_back_to(context, sentence, frame, q)
    period = _resolve(expression, reading.status)
    if stated is not None and _counts_months_back(text, stated):
        # "Over the winter season, from December to February, ... Services over the three months were worth ...":
        # the months counted are those of a figure before, not the year's first three.
        period = _months_reported_before(context, stated) or period
    if stated is not None and _is_year_earlier(text, stated):
        # "7.4 tons over the five months, up from 6.9 tons a year earlier": the same months a year before.
        reference = next((e for e in periods if e is not stated and not _is_year_earlier(text, e)), frame.period)
        period = _year_before(_resolve(reference, reading.status)) or period
    ahead = _lies_ahead(_resolve(stated, "actual"), context.header.published_date) or _set_for_an_unfinished_year(
        context, stated
    )
    if reading.status == "actual" and (ahead or (stated is not None and stated.kind in _FUTURE_KINDS)):
        # "207 projects until 2030", "in 2025", "over the next five years": a figure for time to come is a plan.
        reading = reading._replace(status="planned")
        period = _resolve(expression, "planned")
    elif stated is not None and _means_no_period(stated) and _written_right_after(stated, q):
        # "to 100 percent by 2025, from about 30 percent now": a figure for now is how things stand.
        reading = reading._replace(status="actual")
    compared = None
    base_of = next((e for e in comparisons if _written_right_after(e, q)), None) if _is_a_base(text, q) else None
    if base_of is not None:
        # "$2.4 billion, compared with $2.7 billion in the same period of 2022": the base is a figure of the
        # period it is compared for.
        period = resolve_comparison(base_of, period, context.header.published_date) or period
    elif _is_a_change(reading) and (bases := _bases_of(comparisons, q)):
        compared = resolve_comparison(_nearest(bases, q), period, context.header.published_date)
    if reading.status == "planned" and _runs_from_an_earlier_year_to_now(period, context.header.published_date):
        # "Tobol Brau, a brewery that has operated since 2008, will double its output": a span up to now dates what
        # has happened, never a plan.
        period = None
    if (
        reading.measure == "production"
        and reading.item
        and _FLOW_ITEM_RE.search(reading.item)
        and not _MAKING_BEFORE_RE.search(text, sentence.start, q.start)
    ):
        # "Tajikistan remained the largest supplier, delivering 1.31 billion kWh" of "electricity imports": with no
        # word of making before it, an amount of a flow across a border is trade.
        reading = reading._replace(measure="trade")
    value, value_high = _signed_range(reading.value, q)
    return {
        "fact_id": _fact_id(context.article_id, q.start, q.end),
        "article_id": context.article_id,
        "quote": text[q.start : q.end],
        "char_start": q.start,
        "char_end": q.end,
        "subject": name,
        "subject_type": REPORTED_TYPES.get(subject_type, subject_type),
        "measure": reading.measure,
        "item": reading.item,
        "value": float(value),
        "value_high": value_high,
        "unit": q.unit,
        "per": reading.per,
        "qualifier": reading.qualifier,
        "status": reading.status,
        "period_start": period[0] if period else None,
        "period_end": period[1] if period else None,
        "compared_to_start": compared[0] if compared else None,
        "compared_to_end": compared[1] if compared else None,
        "equivalent_value": float(q.equivalent_value) if q.equivalent_value is not None else None,
        "equivalent_unit": q.equivalent_unit,
        "sentence_start": sentence.start,
        "sentence_end": sentence.end,
    }


# "came from the republican budget", "($98 mln) is to be allocated from the local budget".
_FROM_A_BUDGET_AFTER_RE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:is|was|were|are|will|has|have|had|been|be|to|come|comes|came|coming|allocated"
    rf"|provided)\s+)*from\s+the\s+(?P<level>{'|'.join(lexicon.BUDGET_LEVELS)})\s+budget\b",
    re.IGNORECASE,
)
# What a project's stage or phase has: "The second stage, worth $75 million", "a second phase of 16 ha".
_STAGED_MEASURES = frozenset({"project_value", "investment", "area", "production_capacity"})
_STAGE_ORDINALS = "first|second|third|fourth|fifth|final"
_STAGE = rf"(?P<stage>(?:{_STAGE_ORDINALS})\s+(?:stage|phase))\b"
# "The first phase, worth 62 billion tenge", "The first phase will cost KZT21bn", "Its second stage, covering 120
# hectares,": the stage named in the clause before the figure, with no other figure between.
_STAGE_BEFORE_RE = re.compile(rf"\b{_STAGE}(?:\s+of\s+the\s+[a-z]+)?(?:,[^,;.\d]*|[^,;.\d]*)\Z", re.IGNORECASE)
# "to be invested in the second stage", "another KZT14bn on the second stage", "the 28,000 sq m first phase".
_STAGE_AFTER_RE = re.compile(rf"(?:\s+(?:[a-z]+\s+){{0,4}}?(?:in|on|for)\s+(?:the|its)\s+|\s+){_STAGE}", re.IGNORECASE)
# "a second phase of 16 ha", "the first 30 MW phase": a stage that the figure measures.
_STAGE_OF_RE = re.compile(rf"\b{_STAGE}\s+of\s+\Z", re.IGNORECASE)
_STAGE_AROUND_RE = re.compile(rf"\b(?P<ordinal>{_STAGE_ORDINALS})\s+\Z", re.IGNORECASE)
_STAGE_WORD_AFTER_RE = re.compile(r"\s+(?P<word>stage|phase)\b", re.IGNORECASE)


def _stage_of(text: str, sentence: Sentence, q: Quantity, item: str | None) -> str | None:
    """ "second stage" when the figure is what a project's stage is worth, covers or can make; `item` otherwise
    (an item the sentence names for the figure itself, "18 km of runs", stays)."""
    start = max(sentence.start, q.start - 120)
    around = _STAGE_AROUND_RE.search(text, max(start, q.start - 12), q.start)
    word = _STAGE_WORD_AFTER_RE.match(text, q.tail_end) if around else None
    if around and word:
        return f"{around['ordinal'].lower()} {word['word'].lower()}"  # "the first 30 MW phase"
    stage = _STAGE_OF_RE.search(text, max(start, q.start - 20), q.start) or (
        _STAGE_AFTER_RE.match(text, q.tail_end, min(sentence.end, q.tail_end + 50))
    )
    if stage is None and item is None:
        stage = _STAGE_BEFORE_RE.search(text, start, q.start)
    return stage["stage"].lower() if stage else item


def _signed_range(value: float, q: Quantity) -> tuple[float, float | None]:
    """The fact's value and high end: a decrease written as a range ("cut by 30-35%") runs from -35 to -30."""
    if q.value_high is None:
        return value, None
    if value < 0 <= q.value and q.value_high > q.value:
        return -float(q.value_high), -float(q.value)
    return value, float(q.value_high)


# "has been raised", "have, for the first time, been set up", "has grown": the present perfect.
_PRESENT_PERFECT_RE = GuardedPattern(
    re.compile(
        r"\b(?:has|have)\b(?:\s*,[^,]{1,40},)?\s+(?:(?:already|now|also|so far)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b",
        re.IGNORECASE,
    ),
    ("has", "have"),
)
# "Badam Cement shipped 780,000 tons abroad, up 33% on the same period last year": compared with the frame's period
# a year before, so in the frame's period.
_ON_THE_SAME_PERIOD_RE = re.compile(
    r"\bthe\s+same\s+period\s+(?:of\s+|in\s+)?(?:last|the\s+previous|\d{4})|\byear[\s-]+on[\s-]+year\b"
    r"|\b(?:than|from|against|compared\s+with)\s+a\s+year\s+(?:earlier|ago|before)\b",
    re.IGNORECASE,
)
# "Tulpar sold 9,120 cars, or 27% of the market": a company's part of the whole the frame reported.
_SHARE_OF_THE_WHOLE_RE = re.compile(
    r"%\s+of\s+(?:the\s+)?(?:market|total|sales|all\s+[a-z]+|national\s+[a-z]+|country's\s+[a-z]+)\b",
    re.IGNORECASE,
)
_PART_OF_TOTAL_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, PART_OF_TOTAL_VERBS)) + r")\b", re.IGNORECASE)
# A finite verb in the past tense (not "is intended", "to be exported", "will be planned").
# A regular verb counts only with its complement after it ("accounted for", "reached 5,390 tons"): "installed
# capacity" is an adjective.
_PAST_REPORT_RE = re.compile(
    r"\b(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwill )(?:[a-z]{2,}ed(?=\s+(?:for|to|at|by|about|around"
    r"|nearly|almost|over|some|\d))|" + "|".join(map(re.escape, IRREGULAR_PAST_VERBS)) + r")\b",
    re.IGNORECASE,
)
# Past participles of the events in a thing's life ("the HPP, commissioned in 1998, provides 4%"): not a report.
_EVENT_PARTICIPLES = frozenset(v for v in OPERATING_EVENT_VERBS + EVENT_VERBS if " " not in v)


# "... and to cut imports, which stood at 187,000 tonnes in 2021": a relative clause tells how things stood.
_PAST_RELATIVE_BEFORE_RE = re.compile(
    # (a comma inside a number, "245,000 tons worth", does not end the clause)
    r",\s+(?:which|that)\s+(?:stood|reached|amounted|totall?ed|was|were|came|rose|fell|grew)\b"
    r"(?:[^,;]|(?<=\d),(?=\d)){0,40}$",
    re.IGNORECASE,
)
# "reached 17% in 2020 and is to rise to 50% by 2025": a second predicate of plan after a past one.
_AND_PLAN_RE = re.compile(r"\s+and\s+(?:is|are)\s+(?:to|expected|due|planned|set)\b", re.IGNORECASE)
_PLAN_WORD_RE = re.compile(r"\b(?:will|to\s+be|is\s+to|are\s+to|expected|planned|due)\b", re.IGNORECASE)


def _planned_only_after_and(text: str, sentence: Sentence, q: Quantity) -> bool:
    """Whether the only plan of `q`'s sentence is a second predicate after the past one that states `q`."""
    plan = _AND_PLAN_RE.search(text, q.tail_end, sentence.end)
    if plan is None or _PLAN_WORD_RE.search(text, sentence.start, plan.start()):
        return False
    return _reports_the_past(text, sentence.start, q.end)


# "The project is valued at", "the expansion is worth", "which are estimated at": a cost stated as it stands.
_IS_VALUED_AT_BEFORE_RE = re.compile(
    r"\b(?:is|are)\s+(?:valued|worth|estimated)\s+(?:at\s+)?" + QUALIFIER_GAP + r"\Z", re.IGNORECASE
)
_DESIGNED_BEFORE_RE = re.compile(r"\b(?:is|are)\s+designed\s+to\b", re.IGNORECASE)
# By measure, the words before a figure that state a project's cost or capacity as it stands.
_CUES_OF_AN_UNFINISHED_PROJECT = {"project_value": _IS_VALUED_AT_BEFORE_RE, "production_capacity": _DESIGNED_BEFORE_RE}
_FINISHED_PROJECT_RE = re.compile(
    r"\b(?:ha(?:s|ve)\s+been|was|were)\s+(?:" + "|".join(lexicon.COMPLETION_PARTICIPLES) + r")\b"
    # "commissioned in May", "opened last year" (not "to be built in Kostanay", where "in" names a place).
    r"|(?<!\bbe\s)\b(?:"
    + "|".join(lexicon.COMPLETION_PARTICIPLES)
    + r")\s+(?:(?:on|in)\s+(?:\d+|the\s+first|the\s+second"
    r"|" + "|".join(sorted(lexicon.MONTH_WORDS, key=len, reverse=True)) + r")\b|last|this)\b"
    r"|\b(?:has|have)\s+(?:opened|launched|started\s+operat\w*|begun\s+operat\w*)|\b(?:began|started)\s+operat"
    # "the sewing factory, which annually produces 24,000 items": a plant at work is a finished one.
    r"|\b(?:annually\s+|now\s+|already\s+)?(?:produces|manufactures|processes|employs)\b",
    re.IGNORECASE,
)


def _reports_a_finished_project(context: ArticleContext) -> bool:
    """Whether the article reports a project launched, opened or commissioned (read once per article)."""
    if context.finished_project is None:
        context.finished_project = _FINISHED_PROJECT_RE.search(context.text) is not None
    return context.finished_project


def _reports_the_past(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] holds a finite past-tense verb other than an event's participle."""
    return any(m.group(0).lower() not in _EVENT_PARTICIPLES for m in _PAST_REPORT_RE.finditer(text, start, stop))


# What a thing is worth, holds, employs or covers: dated by a period of its own, not by an event of its life.
ATTRIBUTE_MEASURES = frozenset({"project_value", "production_capacity", "area", "jobs", "share"})
# "founded in Almaty in 2016", "commissioned last year": the year of a founding or an opening dates that event.
_FOUNDING_VERBS = tuple(verb for verb in EVENT_VERBS if verb not in ("built", "created"))
_EVENT_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, OPERATING_EVENT_VERBS + _FOUNDING_VERBS + PLANNED_EVENT_WORDS))
    + r")\b[^,;.]{0,40}?\s*$",
    re.IGNORECASE,
)
_EVENT_AFTER_RE = re.compile(
    r",?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:has\s+|have\s+|was\s+|were\s+)?(?:"
    + "|".join(map(re.escape, OPERATING_EVENT_VERBS))
    + r")\b",
    re.IGNORECASE,
)
# How far before a period its event verb may stand ("connected to the national grid in September").
_EVENT_REACH = 60
_EARLIER_REPORT_RE = GuardedPattern(
    re.compile(r"\b(?:" + "|".join(map(re.escape, EARLIER_REPORT_CUES)) + r")\b", re.IGNORECASE),
    key_words(EARLIER_REPORT_CUES),
)
# A period this close after a number, in its clause, is the number's own ("three zones Shymkent currently has").
_CLOSE_AFTER_CHARS = 15
# A comma inside a number ("1,046") ends no clause.
_PUNCTUATION_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:()–—]")
# Where one clause of a sentence ends and another begins.
# "... stood at 96.8 percent as output at the Karachaganak field declined": a clause of cause or time.
# "31 projects for KZT 218bn have been launched, among them ... workshops at Industrial Park No. 2": the parts
# listed after a total are not whose the total is.
_PARTS_LISTED_RE = re.compile(r",\s+(?:among\s+them|including|such\s+as|notably|in\s+particular)\b")
_CLAUSE_BREAK_RE = re.compile(
    # "..., so that small firms can meet the rules of the Eurasian Economic Union": a clause of purpose.
    r";|,\s+(?:and|but|while|whereas|where|so\s+that|so\s+as\s+to|in\s+order\s+to)\s"
    r"|\s(?:while|whereas|as|because|since|after|when)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:at|in|of|on)\b|\s(?:while|whereas)\s|"
    # "to 21,600 TEU as shippers looked for routes that bypass Russia": a clause of cause.
    r"(?<!such)\s(?:as|because)\s+(?:[\w'’-]+\s+){1,3}?[a-z]+ed\b|" + COORDINATED_PLAN_PATTERN
)
# "... to 21,600 TEU as Russian shippers rerouted freight": the subject of a clause of cause after the figure.
_CAUSE_BEFORE_RE = re.compile(r"\s(?:as|because|after|since|when)\s+(?:the\s+)?$")
_PAST_VERB_AFTER_RE = re.compile(r"(?:\s*[\w'’-]+){0,2}?\s+[a-z]+ed\b")


# "..., up 61%, as rail links to the border at Gashuunsukhait were expanded": a clause of cause after the figure,
# whose names are not the figure's (not "as well as", "as part of", "as a", "as much as").
_CLAUSE_OF_CAUSE_RE = re.compile(
    r",\s+(?:as|because|since)\s+(?!(?:well|part|of|an?|much|many|high|low|far|long|soon|to|for|per)\b)"
)


# "Ten new hotels with 1,150 beds opened, most of them in Cholpon-Ata and Karakol": where most of the things counted
# stand, not whose they are.
_WHERE_MOST_ARE_RE = re.compile(
    r"\b(?:(?:most|many|some|half|all|two-thirds|a\s+third)\s+of\s+them(?:\s+[a-z]+){0,4}?|mostly|mainly|largely|chiefly)"
    r"\s+in\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+|\s+and\s+))*\Z"  # and the names listed after
)


def _opens_a_clause_of_cause(text: str, figure_end: int, mention: EntityMention) -> bool:
    """Whether `mention` is the subject of an "as ..."/"because ..." clause after the figure."""
    return bool(
        _CAUSE_BEFORE_RE.search(text, figure_end, mention.start) and _PAST_VERB_AFTER_RE.match(text, mention.end)
    )


# The kind of period word that means the present ("now", "currently", "so far"): it dates no figure.
_NOW_KIND = "clear"
# Period kinds that look ahead of the publication date ("over the next five years").
_FUTURE_KINDS = frozenset({"next_years", "next_year"})
# "in 2022" this close after a number (" in", ", in") is that number's own period.
_RIGHT_AFTER_CHARS = 4
_DEADLINE_KIND = "by_year"
# At most this much text between a figure and the change that follows it ("..., up 18% year-on-year").
_CHANGE_GAP_CHARS = 60
# At most this much blank text between a sentence and the one before it.
_PREVIOUS_SENTENCE_GAP = 3
_PART_OF_RE = re.compile(
    r"\b(?:of|from) (?:this|that) (?:sum|amount|total|figure|volume)\b|\bof which\b|\bincluding\b", re.IGNORECASE
)
_PART_OF_WORDS = ("f this ", "f that ", "m this ", "m that ", "of which", "including")
# "Of the total cost, $40 million came as a loan": a sentence that opens on the whole named before it.
_OPENS_ON_THE_WHOLE_RE = re.compile(r"(?:of|from) the (?:total )?(?:cost|sum|amount),", re.IGNORECASE)


# Physical measures whose item a clause may name before the figure ("ferrochrome accounted for 148,500 tons").
_PART_MEASURES = frozenset({"production", "trade", "other", "count"})


def _item_named_by_clause(context: ArticleContext, sentence: Sentence, q: Quantity, measure: str) -> str | None:
    """What a mass or volume is of when its clause names it before the figure: the part a verb gives it
    ("ferrochrome accounted for 148,500 tons", "and ferrosilicon for 63,500 tons"), or for an amount
    produced the product of an output named earlier ("Oil production dipped by 2.3% to 17.8 million tons").
    A named entity before the verb ("Tengiz accounted for") is whose the figure is, not what it is of."""
    if measure not in _PART_MEASURES:
        return None
    text = context.text
    verb = part_verb_start(text, sentence.start, q.start)
    phrase = noun_phrase_before(text, sentence.start, verb) if verb is not None else None
    phrase = phrase or gapped_part(text, sentence.start, q.start)
    item = _common_noun_phrase(context, sentence, phrase)
    if item is not None and measure == "production":
        item = product_named_before(item, 0, len(item)) or item
    if item is None and measure == "production":
        item = product_named_before(text, sentence.start, q.start)
    return item


def _item_stated_by_a_link(context: ArticleContext, sentence: Sentence, q: Quantity) -> str | None:
    """What an otherwise unnamed amount is, when a linking verb gives it: "The average salary at the
    enterprise is 485,000 tenge" -> "average salary"; "Net profit came to KZT3.2bn" -> "net profit"; "The
    mine's explored reserves are put at 210 million tons" -> "explored reserves"."""
    verb = link_verb_start(context.text, sentence.start, q.start)
    if verb is None:
        return None
    phrase = _common_noun_phrase(context, sentence, noun_phrase_before(context.text, sentence.start, verb))
    if phrase is None or phrase.split()[-1].lower() in lexicon.PLAN_AND_REST_HEADS:
        return None  # "The main goal is 50%", "The rest is 40%": nothing measured is named
    return _OWN_PHRASE_END_RE.sub("", phrase)


# Where a noun phrase's own words end: a phrase of place or time ("at the enterprise", "for this year"), or a
# possessor's name ("the budget of Pavlodar region").
_OWN_PHRASE_END_RE = re.compile(
    r"\s+(?:(?:" + "|".join([p for p in PREPOSITIONS if p != "of"] + ["as"]) + r")\s|of\s+[A-Z]).*\Z"
)
_PREPOSITION_RE = re.compile(r"\s+(?:" + "|".join(PREPOSITIONS) + r")\s+")


def _common_noun_phrase(context: ArticleContext, sentence: Sentence, phrase: tuple[int, str] | None) -> str | None:
    """The phrase lower-cased, unless it names an entity, a capitalised name or only "the amount"."""
    if phrase is None:
        return None
    start, words = phrase
    # Only the words before a preposition say what the phrase is ("transit via the country’s railways").
    head = _PREPOSITION_RE.split(words, maxsplit=1)[0]
    end = start + len(head)
    if any(m.start < end and m.end > start for m in _sentence_mentions(context, sentence)):
        return None
    split = head.split()
    opening = not any(ch.isalnum() for ch in context.text[sentence.start : start])  # '“Water tariffs'
    if any(w[0].isupper() and not w.isupper() for w in split[1 if opening else 0 :]):
        return None  # a capitalised name; an abbreviation ("VAT collections") is a common noun
    if words.lower() in GENERIC_AMOUNT_NOUNS:
        return None
    return words[0].lower() + words[1:] if opening and not words[:2].isupper() else words


def _narrowed(named: str | None, carried: str | None) -> str | None:
    """What changed: the words the verb names, or the fuller phrase carried from before that ends in them ("Consumption
    grew faster, by 2.1%" after "electricity consumption" -> "electricity consumption")."""
    if named is None:
        return carried
    if carried is not None and len(carried) > len(named) and re.search(rf"\b{re.escape(named)}\Z", carried, re.I):
        return carried
    return named


def _changed_thing(context: ArticleContext, sentence: Sentence, q: Quantity) -> str | None:
    """What a change is of when the verb before it names it and it is no entity ("Container handling at
    the port rose 1.7 times" -> "Container handling"; "The volume of subsidized loans increased 1.6-fold"
    -> "subsidized loans")."""
    changed = changed_thing_before(context.text, sentence.start, q)
    phrase = _common_noun_phrase(context, sentence, changed[:2] if changed else None)
    if phrase is None:
        return None
    # The subject's phrases say where ("at the port", "to the city"); an object's belong to it.
    head = phrase if changed is not None and changed.is_object else _AFTER_PREPOSITION_RE.sub("", phrase)
    words = head.split(" of ", 1)
    if len(words) == 2 and words[0].lower() in GENERIC_AMOUNT_NOUNS:
        head = words[1]  # "the volume of subsidized loans": the loans
    return head


# A prepositional phrase other than "of" says where or for whom a change happened, not what changed.
_AFTER_PREPOSITION_RE = re.compile(r"\s+(?:" + "|".join(p for p in PREPOSITIONS if p != "of") + r")\s.*\Z")


def _physical_change(context: ArticleContext, sentence: Sentence, q: Quantity, reading: Reading) -> Reading | None:
    """An amount of goods or land by which something changed is `other`, "increase in …"/"decrease in …"
    (FACTS.md, absolute changes): "will cut CO2 emissions by 430,000 tons a year", "decreased by 16%, or by
    970,000 tons", "6,200 ha more than last year"."""
    text = context.text
    left = max(sentence.start, q.start - 90)
    after = _MORE_OR_LESS_THAN_RE.match(text, q.tail_end)
    if after is not None and not after.group("than"):
        after = None  # "repaired 140 km more": more of the same, no base to differ from
    if after is None and not (
        BY_BEFORE_RE.search(text, max(sentence.start, q.start - 24), q.start)
        and _CHANGE_VERB_BEFORE_RE.search(text, left, q.start)
    ):
        return None
    if after is not None:
        fewer = after.group(1).lower() in ("less", "fewer", "smaller")
    else:
        fall = DECREASES.nearest_before(text, left, q.start)
        rise = INCREASES.nearest_before(text, left, q.start)
        fewer = fall is not None and (rise is None or fall[1] < rise[1])
    changed = (
        _changed_thing(context, sentence, q)
        or _item_of_the_rate_before(context, sentence)
        or _area_or_product(context, q, reading)
    )
    # With nothing named, a change of hectares is one of area ("4,100 hectares more than in 2021"), else of volume.
    unnamed = "area" if q.unit in lexicon.AREA_UNITS else "volume"
    item = f"{'decrease' if fewer else 'increase'} in {changed or unnamed}"
    value = -abs(reading.value) if fewer else abs(reading.value)
    return reading._replace(measure="other", item=item, value=value, per=reading.per)


# "6,200 ha more than last year", "4,000 ha less than in 2023": a difference from a base.
_MORE_OR_LESS_THAN_RE = re.compile(r"\s+(more|less|fewer|larger|smaller)\b(?P<than>\s+than\b)?", re.IGNORECASE)
_CHANGE_VERB_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted({w for w in (*INCREASE_CUES, *DECREASE_CUES, *CHANGED_OBJECT_VERBS) if " " not in w}))
    + r")\b[^.;]*\Z",
    re.IGNORECASE,
)


def _item_of_the_rate_before(context: ArticleContext, sentence: Sentence) -> str | None:
    """ "the gross harvest decreased by 16%, or by 970,000 tons": the same change, of the same thing."""
    before = context.facts[-1] if context.facts else None
    if before is None or before["sentence_start"] != sentence.start or before["measure"] != "growth_rate":
        return None
    return before["item"]


def _area_or_product(context: ArticleContext, q: Quantity, reading: Reading) -> str | None:
    """What an area or amount changed is of, from the figure just before it ("sown on 113,600 hectares,
    6,200 ha more" -> "cotton area")."""
    before = context.facts[-1] if context.facts else None
    if before is None or before["unit"] != q.unit:
        return reading.item
    item = before["item"] or reading.item
    if before["measure"] == "area":
        return f"{item} area" if item else "area"
    return item


_CONSUMES_BEFORE_RE = re.compile(r"\bconsum(?:es|e|ed|ing)\s+" + QUALIFIER_GAP + r"\Z")


def _energy_item(
    context: ArticleContext, sentence: Sentence, q: Quantity, measure: str, item: str | None
) -> str | None:
    """Energy made is electricity; from unnamed plants named as the subject, electricity from them
    ("renewable energy installations had generated 6.675 billion kWh" -> "electricity from renewable energy
    installations")."""
    assert q.unit is not None  # called only for units of energy
    product = UNIT_PRODUCTS[q.unit]
    if item in ENERGY_FLOW_WORDS:
        return f"{product} {item}"  # "consumption reached 117.1 billion kWh": electricity consumption
    if item is None and measure == "other" and _CONSUMES_BEFORE_RE.search(context.text, sentence.start, q.start):
        return f"{product} consumption"  # "the region consumes about 9.3 billion kWh a year"
    if item not in (None, product) or measure != "production":
        return item
    verb = generation_verb_start(context.text, sentence.start, q.start)
    source = energy_source_before(context.text, sentence.start, verb) if verb is not None else None
    if source is None or set(source.split()[:-1]) <= {"power"}:
        return product  # "the country's power plants generated": all of it, from no plants in particular
    return f"{product} from {source}"


# "will add 650 jobs to the 3,400 people the plant already employs", "adding to the 3,850 people the smelter
# employs today": what stands now, inside a sentence about a plan.
# "to triple juice exports, currently about 4,000 tonnes a year", "the localization level, which currently stands at
# 32%, is to reach 50%", "from the current 35,000": how things stand beside a plan.
_PRESENT_LEVEL_BEFORE_RE = re.compile(
    r"(?:\b(?:currently|at\s+present|presently|the\s+current)(?:\s+(?:stands?|is|are|amounts?|totals?|runs?|at))*"
    # "to the current workforce of 3,300", "currently estimated at 20 million m2": what is so now.
    r"|\b(?:the|its|our|their)\s+(?:current|existing|present)\s+(?:[a-z-]+\s+){1,3}?(?:of|is|stands\s+at|at)"
    r"|\bcurrently\s+(?:estimated|put|valued|set)\s+at)\s+" + QUALIFIER_GAP + r"$",
    re.IGNORECASE,
)
_STANDS_NOW_AFTER_RE = re.compile(
    r"(?:\s+[\w’'-]+){1,4}?\s+(?:already|currently|now|today)\b(?:\s+[a-z]+){0,4}?(?=\s*[,.;]|\s*$)"
)


def _figure_changed(context: ArticleContext, sentence: Sentence, q: Quantity) -> dict | None:
    """The figure a change right after it is of ("its refinery in Ust-Kamenogorsk turned out 13.8 tons of gold, 1.4
    times more than a year earlier"), with no name between them and not a reporting body's (a body's figure may
    report the economy's rate, as in `_may_govern`)."""
    before = _figure_just_before_a_change(context, sentence, q)
    if before is None or before["subject_type"] == "organization":
        return None
    if before["measure"] == "share" and _WHILE_BEFORE_RE.search(context.text, before["char_end"], q.start):
        return None  # "..., or 57% of shipments, while total exports rose 6%": a change of its own clause
    if any(before["char_end"] <= m.start < q.start for m in _sentence_mentions(context, sentence)):
        return None  # "..., while in Almaty it grew by 4%": a name of its own
    return before


_REMITTANCES_NEAR_RE = re.compile(
    r"\b(" + "|".join(w.replace(" ", r"\s+") for w in lexicon.REMITTANCE_WORDS) + r")\b", re.IGNORECASE
)
_WHILE_BEFORE_RE = re.compile(r",\s+(?:while|whereas|and)\s")


def _figure_just_before_a_change(context: ArticleContext, sentence: Sentence, q: Quantity) -> dict | None:
    """The figure right before a change in the same sentence, close and in the same clause ("1,860 tractors, 2.3
    times more"), unless it is a change itself."""
    before = context.facts[-1] if context.facts else None
    if before is None or before["sentence_start"] != sentence.start or before["measure"] == "growth_rate":
        return None
    gap = context.text[before["char_end"] : q.start]
    return None if len(gap) > _CHANGE_GAP_CHARS or ";" in gap else before


def _item_of_the_figure_before(context: ArticleContext, sentence: Sentence, q: Quantity) -> str | None:
    """The item of the figure right before a change in the same sentence ("1,860 tractors, 2.3 times more")."""
    before = _figure_just_before_a_change(context, sentence, q)
    # "a tariff of KZT 18.94 per kWh, down 7.6%": what changed is the tariff, not one kWh of it.
    return before["item"].split(" per ")[0] if before and before["item"] else None


_OR_BEFORE_RE = re.compile(r",\s+or\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$", re.IGNORECASE)


def _figure_restated(context: ArticleContext, sentence: Sentence, q: Quantity) -> dict | None:
    """The fact a share restates as a part of a whole (", or 26% of the country's acreage"), if any: the
    figure right before it in its sentence."""
    before = context.facts[-1] if context.facts else None
    if before is None or before["sentence_start"] != sentence.start or before["unit"] == "percent":
        return None
    return before if _OR_BEFORE_RE.search(context.text, max(sentence.start, q.start - 16), q.start) else None


def _is_a_change(reading: Reading) -> bool:
    """A rate of change, or an `other` figure whose item is an increase or decrease ("up by KZT23.5bn")."""
    if reading.measure == "other":
        return (reading.item or "").startswith(_CHANGE_ITEM_PREFIXES)
    return reading.measure == "growth_rate"


def _item_of_the_figure_compared(context: ArticleContext, sentence: Sentence, q: Quantity) -> str | None:
    """The item of the figure a base in the same unit is compared with, earlier in its sentence."""
    before = _figure_compared(context, sentence, q)
    return None if before is None else before["item"]


def _figure_compared(context: ArticleContext, sentence: Sentence, q: Quantity) -> dict | None:
    """The figure before a base in the same unit and sentence, which the base is compared with."""
    before = context.facts[-1] if context.facts else None
    if before is None or before["sentence_start"] != sentence.start or before["unit"] != q.unit:
        return None
    return before


_ALONE_AFTER_RE = re.compile(r"\s+alone\b", re.IGNORECASE)
_PAST_PERFECT_RE = GuardedPattern(
    re.compile(r"\bhad\s+(?:\w+\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b", re.IGNORECASE), ("had",)
)
_RESPECTIVELY_RE = GuardedPattern(re.compile(r"\brespectively\b", re.IGNORECASE), ("respectively",))
_JOINT_SPLIT_RE = re.compile(r", | and ")


def _distribute_respectively(facts: list[dict]) -> None:
    """ "Almaty and Astana accounted for 19.8% and 11.2% of GDP respectively": one joint subject's names go
    to the sentence's figures in order, when there are as many figures as names."""
    joint = [f for f in facts if " and " in f["subject"]]
    if not joint:
        return
    names = _JOINT_SPLIT_RE.split(joint[0]["subject"])
    same = [f for f in joint if f["subject"] == joint[0]["subject"]]
    if len(same) == len(names) > 1:
        for fact, name in zip(same, names, strict=True):
            fact["subject"] = name


_LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s+and)\s+")


def _share_the_lists_measure(text: str, quantities: list[Quantity], facts: list[dict]) -> None:
    """ "with 23.5%, 18.1% and 9.6% of its exports respectively": percents listed before a share are shares."""
    for index in range(len(facts) - 2, -1, -1):
        nxt, fact, q = facts[index + 1], facts[index], quantities[index]
        if (
            nxt["measure"] == "share"
            and fact["measure"] == "growth_rate"
            and q.kind == "percent"
            and _LIST_GAP_RE.fullmatch(text, q.end, quantities[index + 1].start)
        ):
            fact.update(measure="share", value=float(q.value), item=fact["item"] or nxt["item"])
            fact["compared_to_start"] = fact["compared_to_end"] = None


# Between amounts listed under one rate: "200,000 tons of sulfuric acid and 120,000 tons", "from 3,000 to 6,000".
_RATE_WORD_RE = re.compile(r"\b(?:annually|daily|monthly|yearly|a\s+(?:year|day|month)|per\s+\w+)\b", re.IGNORECASE)
_RATE_THEN_MORE_RE = re.compile(
    r"(?:\s+of\s+[A-Za-z][\w -]{0,40}?)?"
    r"\s+(?:a\s+year|per\s+year|annually|a\s+day|per\s+day|daily|a\s+month|per\s+month)"
    r",?\s+(?:or|as\s+well\s+as)\s+(?:up\s+to\s+|about\s+|some\s+)?"
)
_RATE_LIST_GAP_RE = re.compile(
    r"(?:\s+of\s+[A-Za-z][\w -]{0,40}?)?(?:\s*,|,?\s+and|\s+to|,?\s+or|,?\s+as\s+well\s+as)"
    r"\s+(?:up\s+to\s+|about\s+|some\s+)?"
)


def _share_the_lists_rate(text: str, quantities: list[Quantity], facts: list[dict]) -> None:
    """ "up to 1,200 head of cattle and 3,000 sheep per day", "an annual capacity of 200,000 tons of sulfuric acid
    and 120,000 tons of ammophos", "from 3,000 to 6,000 tons per day": amounts of one measure listed together
    share the rate written once for them, whatever their units ("30 million square metres of plasterboard and 180,000
    tons of dry mixes a year"), down a list of any length: right to left, then left to right."""
    pairs = list(range(len(facts) - 1))
    for index in [*reversed(pairs), *pairs]:
        first, second = facts[index], facts[index + 1]
        measures = {first["measure"], second["measure"]}
        if (first["per"] is None) == (second["per"] is None) or not (
            len(measures) == 1 or (measures <= _OUTPUT_MEASURES and "production_capacity" in measures)
        ):
            continue
        if {first["unit"], second["unit"]} & _UNITS_OF_NO_OUTPUT:
            continue
        gap = _RATE_LIST_GAP_RE.fullmatch(text, quantities[index].end, quantities[index + 1].start)
        if gap is None or _RATE_WORD_RE.search(gap.group()):
            # "1.1 mln tons of concentrate annually, and four mines": the rate is the first's own; it goes on only to a
            # restatement or a list that goes on ("500 million containers a year, or about 180,000 tonnes of glass").
            gap = _RATE_THEN_MORE_RE.fullmatch(text, quantities[index].end, quantities[index + 1].start)
        if gap:
            first["per"] = second["per"] = first["per"] or second["per"]
            if "production_capacity" in measures or (
                measures <= _OUTPUT_MEASURES
                and (first["qualifier"] == "upper_bound" or states_an_ability_before(text, quantities[index]))
            ):
                # "can slaughter up to 1,200 head of cattle and 3,000 sheep per day", "can turn out 60 million bottles
                # and 1.2 billion tablets per year": both are what it can do.
                first["measure"] = second["measure"] = "production_capacity"


_OUTPUT_MEASURES = frozenset({"production", "production_capacity", "count"})
# Units a rate written once for a list does not reach: sums, shares, terms, and power, a rate in itself ("541 MW of
# electricity and 1,370 Gcal of heat per hour").
_UNITS_OF_NO_OUTPUT = frozenset({*CURRENCIES, "percent", "year", "MW", "kW"})


# "exported confectionery worth", "imported medical equipment worth": goods sent or bought, then their worth.
_GOODS_WORTH_BEFORE_RE = re.compile(
    r"\b(?:exported|imported|shipped|sold|supplied|bought|purchased|exports|imports)\s+"
    r"(?P<goods>(?!(?:of|to|the|a|an|its|their)\b)[a-z][a-z-]*(?:,?\s+(?:and\s+)?[a-z][a-z-]*){0,4}?)\s+worth\s+"
    + QUALIFIER_GAP
    + r"\Z"
)
# "came to 1.6 million tonnes, worth $420 mln": the sum is what the goods just named are worth.
# "exported 58,700 tons of gypsum, bricks and other building materials to Afghanistan worth ...": where they went may
# stand between.
_WORTH_GAP_RE = re.compile(
    r"(?:\s+of\s+[\w ,-]{1,60}?)?(?:\s+(?:to|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|\s+abroad)?"
    # "rose to 410 tonnes last year, worth $2.9 million": a period may stand between; "shipped 1.1 mln bottles
    # abroad, worth 3.4 mln manat": so may "abroad".
    r"(?:\s+(?:last|this|in)\s+(?:year|month|season|\d{4}))?,?\s+(?:worth|valued\s+at)\s+"
    r"(?:about\s+|some\s+|over\s+)?"
)
_VALUE_OF_GOODS = {"trade": "trade", "production": "output_value"}


def _goods_the_sum_is_worth(context: ArticleContext, sentence: Sentence, q: Quantity) -> str | None:
    """The money measure of a sum stated as the worth of the goods counted right before it, if any."""
    before = context.facts[-1] if context.facts else None
    if q.kind != "money" or before is None or before["sentence_start"] != sentence.start:
        return None
    if before["measure"] not in _VALUE_OF_GOODS or not _WORTH_GAP_RE.fullmatch(
        context.text, before["char_end"], q.start
    ):
        return None
    return _VALUE_OF_GOODS[before["measure"]]


# ("The national average was 245,000 tenge": "average" alone, after a wage, is that wage's average.)
_RANKING_OR_PAY_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(map(re.escape, (*lexicon.RANKING_WORDS, *lexicon.PAY_NOUNS, "average")))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _pay_level_continued(context: ArticleContext, sentence: Sentence, reading: Reading) -> dict | None:
    """The wage the article's last sum was, for a sum of a sentence that ranks wages or names pay and has no item
    but pay of its own: "Average monthly wages came to KZT 338,940. The highest pay was in Atyrau region, at
    624,300 tenge, and the lowest in ..., at 245,100 tenge" (the item is the wage ranked: none if none is named)."""
    named_pay = reading.item is not None and is_pay(reading.item) and _RANKING_OR_PAY_RE.match(reading.item)
    if reading.item is not None and not named_pay and reading.item.split()[-1] != "average":
        return None  # "The national average was 245,000 tenge": an average of nothing named is the wage's
    last_sum = next((f for f in reversed(context.facts) if f["unit"] in CURRENCIES), None)
    if last_sum is None or last_sum["per"] is None or not is_pay(last_sum["item"]):
        return None
    if not _RANKING_OR_PAY_RE.search(context.text, sentence.start, sentence.end):
        return None
    found = None
    for fact in reversed(context.facts):
        if fact["unit"] not in CURRENCIES:
            continue
        if not is_pay(fact["item"]) or fact["per"] is None:
            break
        found = fact if found is None else found
        if not _RANKING_OR_PAY_RE.match(fact["item"]):
            return {**found, "item": fact["item"]}
    return found


def _money_measure_before(context: ArticleContext, frame: Frame, q: Quantity) -> str | None:
    """The measure of the last sum of money in the paragraph: "Processed exports came to $15 billion.
    Metallurgy led the way with $6.8bn, followed by chemicals with $1.9bn" breaks that total down. A sum a
    thousand times smaller is no part of it ("KZT 146,500 per patient" after billions spent)."""
    for fact in reversed(context.facts):
        if fact["sentence_start"] < frame.paragraph_start:
            return None
        if fact["unit"] in CURRENCIES and fact["measure"] in _BROKEN_DOWN_MEASURES:
            total = fact["value_high"] if fact["value_high"] is not None else fact["value"]
            return fact["measure"] if fact["unit"] != q.unit or abs(q.value) * 1000 >= abs(total) else None
    return None


_BROKEN_DOWN_MEASURES = frozenset({"trade", "output_value", "gross_product", "investment"})


def _item_of_the_amount_before(context: ArticleContext, q: Quantity) -> str | None:
    """The item of the article's last amount in the same unit, for an amount that names none: "2.9 million
    square meters of housing were commissioned ... The city expects to put into service 3.5 million square
    meters"; "refineries processed 13.2 Mt of crude oil. Atyrau's plant processed 4.1 Mt" speak of one thing."""
    if _MORE_OR_LESS_THAN_RE.match(context.text, q.tail_end):
        return None  # "6,200 ha more than last year": a difference, not more of the same
    for fact in reversed(context.facts):
        if fact["unit"] != q.unit or not fact["item"]:
            continue
        # (In its sentence, "23,2 tonnes per hectare, up from 19,6 tonnes" is the same rate.)
        between = context.text[fact["char_end"] : q.start]
        if ("\n" in between or ". " in between) and _PER_THING_ITEM_RE.search(fact["item"]):
            continue
        return fact["item"]
    return None


# A rate per thing ("average yield" of 23 tonnes per hectare, "load per truck"): no amount of the same goods.
_PER_THING_ITEM_RE = re.compile(r"\b(?:yield|yields|per|average|load)\b")


# "followed by Afghanistan with 19%", "followed by Afghanistan (21%)": the next item of a list of shares.
# Percents that are levels, whose listed or compared percents are levels of the same kind.
_LEVEL_MEASURES = frozenset({"share", "localization_rate"})
_WITH_BEFORE_RE = re.compile(r"(?:\bwith\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?|\w\s*\(\s*)$", re.IGNORECASE)


# Words that may be a list's verb or its preposition, which end a list of shares written without one.
_MAY_BE_A_VERB = "|".join(
    [
        "(?-i:[a-z]+ed)",  # lower case: "United Arab Emirates 27%" is no verb
        *map(re.escape, IRREGULAR_PAST_VERBS),
        "is",
        "are",
        "by",
        "to",
        "up",
        "down",
        "from",
        "in",
        "at",
        "on",
        "of",
    ]
)
# "industry accounted for 38.5%, trade for 14.2% and agriculture for 4.1%": the verb is not repeated;
# "or 5.1% of the total, up from 4.3% a year earlier": the base of a share is the share it was.
_SHARE_GOES_ON_RE = re.compile(
    r"(?:\s+of\s+[^,;%]{1,40}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w'’-]+\s+){1,6}?for\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+)?"
    # "coal-fired plants produced 65.9% of all electricity, gas-fired stations 21.4% and hydropower plants 8.2%":
    # nor is any verb (a word that could be one ends the list).
    r"|(?:\s+of\s+[^,;%]{1,40}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?:(?!(?:{_MAY_BE_A_VERB})\b)[\w'’-]+\s+){{1,4}}?"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+)?"
    r"|[^,;%]{0,50}?,?\s+(?:(?:up|down)\s+from|from|against|versus|compared\s+(?:to|with))\s+"
    # "reached 17% in 2020 and is to rise to 50% by 2025": the same share's next level.
    r"|[^,;%]{0,30}?\s+and\s+(?:(?:is|are)\s+(?:to|expected\s+to|set\s+to)\s+)?(?:rise|grow|increase|fall"
    r"|decrease|drop|decline|reach)\w*\s+to\s+",
    re.IGNORECASE,
)


# Between two sums of one list: "..., followed by the Netherlands (", "...) and Spain (", "..., and Russia with ".
_SUM_LIST_GAP_RE = re.compile(
    r"[\s,;)]*(?:followed\s+by|and|,)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,4}(?:\(\s*|with\s+|at\s+)"
)


def _sum_listed_before(context: ArticleContext, sentence: Sentence, q: Quantity) -> dict | None:
    """The sum of money a sum goes on listing in its sentence, named by whose it is ("followed by the
    Netherlands ($2.8bn) and Spain (US$1.6 billion)"), if any."""
    before = context.facts[-1] if context.facts else None
    if q.kind != "money" or before is None or before["sentence_start"] != sentence.start:
        return None
    if before["unit"] not in CURRENCIES:
        return None
    return before if _SUM_LIST_GAP_RE.fullmatch(context.text, before["char_end"], q.start) else None


def _share_listed_before(context: ArticleContext, sentence: Sentence, q: Quantity, guessed: bool) -> dict | None:
    """The share fact a percent goes on listing ("with N%", "trade for N%") or is compared with in its
    sentence, if any. A percent no word around calls anything (`guessed`) after a share of its sentence is
    a share too ("38% of the earnings, and those registered in Almaty 44%", "against a target of 30%")."""
    before = context.facts[-1] if context.facts else None
    if before is None or before["sentence_start"] != sentence.start or before["measure"] not in _LEVEL_MEASURES:
        return None
    if q.kind != "percent":
        return None
    if guessed and q.value <= 100:
        return before
    if _WITH_BEFORE_RE.search(context.text, max(sentence.start, q.start - 20), q.start):
        return before
    return before if _SHARE_GOES_ON_RE.fullmatch(context.text, before["char_end"], q.start) else None


# "expects to raise it to 50% by 2026", "aims to reach 65% by 2025": a level named just before, at its target.
_LEVEL_TARGET_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(lexicon.LEVEL_TARGET_VERBS) + r")\s+(?:it|this|this\s+figure|the\s+figure|the\s+level)\s+"
    r"to\s+(?:about\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+)?$"
    r"|\breach\s+(?:about\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)


# "plans to raise it to 300,000 tonnes", "will double this figure to 240,000 tons".
_CAPACITY_TARGET_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join((*lexicon.LEVEL_TARGET_VERBS, "double", "triple"))
    + r")\s+(?:it|this|this\s+figure|the\s+figure)"
    r"\s+(?:\w+\s+){0,2}?to\s+" + QUALIFIER_GAP + r"$",
    re.IGNORECASE,
)


def _level_raised_to(context: ArticleContext, frame: Frame, q: Quantity) -> dict | None:
    """The level (a share, a localization rate) of the paragraph's last figure, for a percent that is its
    target with no noun of its own ("The localization level is 38%; the company expects to raise it to 50%")."""
    before = context.facts[-1] if context.facts else None
    if q.kind != "percent" or before is None or before["measure"] not in _LEVEL_MEASURES:
        return None
    if before["sentence_start"] < frame.paragraph_start:
        return None
    return before if _LEVEL_TARGET_BEFORE_RE.search(context.text, max(0, q.start - 40), q.start) else None


def _capacity_coordinated_with(
    context: ArticleContext, sentence: Sentence, q: Quantity, reading: Reading
) -> dict | None:
    """The capacity just before an amount made that is joined to it ("At full capacity the farm will produce 6 tons of
    caviar and 120 tons of sturgeon meat a year", "can slaughter 300 head a day and process 15,000 tons of meat a
    year"): what the plant can make, as its sibling is."""
    before = context.facts[-1] if context.facts else None
    if reading.measure != "production" or before is None or before["measure"] != "production_capacity":
        return None
    if before["sentence_start"] != sentence.start:
        return None
    return before if _COORDINATED_AMOUNT_RE.fullmatch(context.text, before["char_end"], q.start) else None


# Between two amounts of one predicate: " of caviar and ", " a day and process ", " of modules a year, or roughly ".
# (A verb in the past after "and" starts a predicate of its own: "can grind 500 tons a day and produced 90,000 tons".)
_COORDINATED_AMOUNT_RE = re.compile(
    r"[^.;:\d]{0,60}?(?:,\s*)?\b(?:and|or)\s+"
    r"(?:(?:to\s+)?(?!(?:was|were|has|had|have|made|sold|took|grew|rose|fell)\b)(?![a-z]+ed\b)[a-z]+\s+){0,2}?"
    r"(?:up\s+to\s+|about\s+|roughly\s+)?"
)


def _rate_of_the_capacity_before(context: ArticleContext, frame: Frame, q: Quantity) -> str | None:
    """The rate of the paragraph's last capacity in the same unit, for a capacity stated without one ("The plant can
    process 15,000 tons of tyres a year. Capacity will then rise by 50%, to 22,500 tons")."""
    before = next((f for f in reversed(context.facts) if f["measure"] == "production_capacity"), None)
    if before is None or before["unit"] != q.unit or before["sentence_start"] < frame.paragraph_start:
        return None
    return before["per"]


def _capacity_raised_to(context: ArticleContext, frame: Frame, q: Quantity) -> dict | None:
    """The paragraph's last capacity, for an amount in its unit that is its target ("The smelter's design
    capacity stands at 250,000 tonnes a year. The company plans to raise it to 300,000 tonnes by 2027")."""
    before = context.facts[-1] if context.facts else None
    if before is None or before["measure"] != "production_capacity" or before["unit"] != q.unit:
        return None
    if before["sentence_start"] < frame.paragraph_start:
        return None
    return before if _CAPACITY_TARGET_BEFORE_RE.search(context.text, max(0, q.start - 40), q.start) else None


def _measure_of_the_whole(context: ArticleContext, sentence: Sentence, q: Quantity) -> str | None:
    """ "725 billion tenge of private investment, of which 62 billion went to manufacturing": a part of
    a whole is the same kind of quantity as the whole (the figure in the same unit before "of which")."""
    if q.kind == "percent":  # a percent of a whole is a share, whatever the whole is
        return None
    opening = _OPENS_ON_THE_WHOLE_RE.match(context.text, sentence.start, q.start)
    if not opening and not holds_any(lowered(context.text), sentence.start, q.start, _PART_OF_WORDS):
        return None  # every marker holds one of the words (a few finds are faster than the search)
    parts = ([opening] if opening else []) + list(_PART_OF_RE.finditer(context.text, sentence.start, q.start))
    if not parts:
        return None
    part_of = parts[-1]
    if NEW_PREDICATE_RE.search(context.text, part_of.end(), q.start):
        return None  # "46 medicines, including antibiotics, and has created 420 jobs": a new predicate, no part
    # The whole stands in this sentence or ends the one before ("... 295 billion tenge. Of this sum, ...").
    nearby = sentence.start - _PREVIOUS_SENTENCE_GAP
    wholes = [f for f in context.facts if nearby <= f["sentence_end"] and f["char_end"] <= part_of.start()]
    # "14 units of equipment, including 6 roadheaders, and a plant to process 600 tons": the whole is the figure
    # right before the marker (a change after it, "295 billion, 10% more", is about it); one in another unit is
    # not this part's whole.
    wholes = [f for f in wholes if f["measure"] != "growth_rate"]
    # "Of the total cost, $40 million came as a loan": the words name the whole a cost, wherever its sum stood.
    whole_measure = "project_value" if part_of is opening and "cost" in opening[0].lower() else None
    if whole_measure is None and wholes and wholes[-1]["unit"] == q.unit:
        whole_measure = wholes[-1]["measure"]
    if whole_measure == "project_value" and _is_put_in_by_a_source(context.text, q):
        # "cost 18.6 billion tenge, including KZT 6.2 bn in loans", "of which 17.9 billion tenge will come from the
        # republican budget": the money a source puts in to build it is invested.
        return "investment"
    return whole_measure


def _is_put_in_by_a_source(text: str, q: Quantity) -> bool:
    """Whether the words right after a part of a cost say who gives it or that it is spent ("in loans", "will come
    from the budget", "has already been invested")."""
    # "the rest, 565 billion soums ($46 million), will come from the state budget": past a conversion and a comma.
    after = _CONVERSION_AND_COMMA_RE.match(text, q.tail_end).end()  # type: ignore[union-attr]  # always matches
    return bool(
        _FUNDING_AFTER_RE.match(text, after)
        or _SOURCED_AFTER_RE.match(text, after)
        or _SPENT_AFTER_RE.match(text, after)
    )


_CONVERSION_AND_COMMA_RE = re.compile(r"(?:\s*\([^()]*\))?,?")


# "KZT 6.2 bn in loans from", "a KZT 58bn loan from", "2.7 billion tenge were provided as loans", "$12m of own funds",
# "1.9 billion tenge is a soft loan".
_FUNDING_AFTER_RE = re.compile(
    r"\s+(?:(?:in|of)\s+)?(?:(?:was|were)\s+(?:provided|allocated|granted)\s+as\s+(?:a\s+)?|(?:is|are|was|were)\s+an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:loans?|credits?|funds|financing|equity)\b",
    re.IGNORECASE,
)


# "will come from the republican budget", "is expected from", "and 3.5 billion tenge from the local budget".
_SOURCED_AFTER_RE = re.compile(
    r"\s+(?:(?:will|is\s+to|are\s+to|is\s+expected\s+to)\s+)?(?:come|comes|came|coming)\s+(?:from|as)\b"
    # "was provided by the Chinese partner", "has been provided as a loan by", "was lent by", "will be raised as a loan
    # from Chinese banks": a source named as the giver.
    r"|\s+(?:is|are|will\s+be|was|were|has\s+been|have\s+been)\s+"
    r"(?:expected|provided|allocated|lent|contributed|financed|raised|granted)\s+(?:as\s+(?:an?\s+)?[\w-]+\s+)?(?:from|by)\b"
    r"|\s+from\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:budget|budgets|fund|loan|loans|bank|banks)\b",
    re.IGNORECASE,
)


# "of which 8 billion tenge has already been invested", "KZT31.2bn has been spent so far": the part put in so far.
_SPENT_AFTER_RE = re.compile(
    r"\s+(?:has|have|had|was|were)\s+(?:already\s+|so\s+far\s+)?been\s+(?:already\s+)?(?:invested|spent|disbursed)\b",
    re.IGNORECASE,
)


# "a 15,000-tonne warehouse", "the 227-km railway": an amount joined to its unit by a hyphen, a noun after it.
_HYPHENED_MODIFIER_RE = re.compile(r"\d-[a-z]+")
_WORD_AFTER_RE = re.compile(r"\s+([A-Za-z][\w-]*)")
_OPENER_BEFORE_RE = re.compile(
    rf"(?:^|[\s(])(?:{'|'.join(lexicon.ATTRIBUTIVE_OPENERS)})\s+"
    rf"(?:(?:{'|'.join(lexicon.ATTRIBUTIVE_ADJECTIVES)})\s+)?(?:US)?\$?$",
    re.IGNORECASE,
)


def _modifies_a_noun(text: str, q: Quantity) -> bool:
    """Whether a measured amount stands before a noun as its modifier: "a 15,000-tonne warehouse", "a 50 MW solar
    plant", "its second 500 MW unit" (not "the 30,000 tonnes of grain", "a 5 MW increase in")."""
    if q.kind not in ("physical", "count"):
        return False
    after = _WORD_AFTER_RE.match(text, q.end)
    if after is None or after[1].lower() in lexicon.NOT_MODIFIED_WORDS:
        return False
    if _HYPHENED_MODIFIER_RE.search(text, q.start, q.end) and text[q.end - 1].isalpha():
        return True
    return q.kind == "physical" and _OPENER_BEFORE_RE.search(text, max(0, q.start - 24), q.start) is not None


_WITH_A_CAPACITY_BEFORE_RE = re.compile(
    r"\bwith\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,2}capacity\s+of\s+(?:up\s+to\s+|about\s+|some\s+|nearly\s+)?\Z"
)


def _dates_the_rate(stated: TimeExpression, q: Quantity, reading: Reading) -> bool:
    """ "This year, the firm will open a plant making 600 units a year": a rate is not a figure for the period
    of its sentence, only for one written right after it, or the deadline of a planned rate ("to bring output
    to 600,000 tons a year by 2027", "By 2026, a second stage is to raise capacity to 30,000 tons a year")."""
    if _written_right_after(stated, q):
        return True
    return reading.status == "planned" and stated.kind in (_DEADLINE_KIND, "next_years")


def _is_capacity_rate(q: Quantity, reading: Reading) -> bool:
    """A rate of what something makes or can make ("30,000 cars a year"), not a count of a flow in a period
    ("1,150 wagons a day in September", "3 million tourists a year by 2030") nor a sum of money by the month
    or year, which is paid in the period of its sentence ("In 2023, the average monthly wage rose to …")."""
    return reading.per is not None and reading.measure != "count" and q.kind != "money"


def _continues_frame(text: str, sentence: Sentence, frame_status: str | None, q: Quantity, reading: Reading) -> bool:
    """Whether a figure with no period of its own takes the period of a frame whose figures had `frame_status`."""
    if _is_capacity_rate(q, reading):
        # "an annual capacity of 25 tons", "turn out 30,000 cars a year": a rate, not a figure for the period.
        return False
    if frame_status is not None and reading.status != frame_status:
        # "Output grew 5% this year. Exports of 2 million tons are planned.": a plan is not dated by the past.
        return False
    if _CONTINUATION_RE.search(text, sentence.start, q.start):
        return True
    if _OPENS_WITH_THE_TOTAL_RE.match(text, sentence.start):
        return True  # "The total includes 31,480 apartments": the parts of the figure before, in its period
    if _EARLIER_REPORT_RE.search(text, sentence.start, q.start):
        # "Kazinform reported earlier that the region was to see projects worth 820 billion tenge".
        return False
    if reading.measure != "growth_rate" and _PRESENT_PERFECT_RE.search(text, sentence.start, sentence.end):
        # "53 cooperatives have been set up", "has been channeled": up to now, i.e. "so far" (FACTS.md: null);
        # a rate of change ("output has grown 4%") still compares the frame's period.
        return False
    # "Manufacturing accounts for 88% of output": the simple present states how things stand now (a share or a
    # workforce; "vegetables account for 2.6 million tons of the harvest" is still the frame's).
    holds = reading.measure in ("count", "jobs") or (reading.measure == "other" and q.kind == "physical")
    if holds and _HOLDS_RE.search(text, max(sentence.start, q.start - 30), q.start):
        return False  # "The city has 46 bazaars", "includes a 12-km pipeline": what a place holds now
    if reading.measure == "count" and _EXISTING_AFTER_RE.match(text, q.tail_end):
        return False  # "Some 190 flour mills operate in the country"
    if reading.measure == "other" and q.kind == "money" and states_a_unit_price(text, q, sentence.start):
        return False  # "A combine costs farmers about 98 million tenge": a price as it stands
    if (
        reading.measure != "growth_rate"
        and _PRESENT_STATE_RE.search(text, sentence.start, sentence.end)
        and not _reports_the_past(text, sentence.start, sentence.end)
        and not _POINTS_BACK_RE.match(text, sentence.start)
    ):
        # "the region has 62 flour mills and 14 oil extraction plants": how things stand now ("They are worth 30
        # billion tenge" still speaks of the figures before).
        return False
    if reading.measure not in ("share", "jobs"):
        return True
    standing = _STANDING_STATE_RE.search(text, sentence.start, q.start)
    if standing and _RELATIVE_BEFORE_RE.search(text, max(sentence.start, standing.start() - 12), standing.start()):
        # "Manufacturing, which makes up 61% of industry, grew 4.5%": an aside in a sentence that reports the
        # period is of the period too; "industry, which accounts for 24.6%" beside a present verb is not.
        return _reports_the_past(text, sentence.start, sentence.end)
    return not standing


def _subject(
    context: ArticleContext, sentence: Sentence, frame: Frame, q: Quantity, measure: str
) -> EntityMention | None:
    """The nearest governing named entity: before the number in its sentence, else after it, else the frame.

    Enterprise-like measures (capacity, production, area…) prefer an enterprise or project; a localization rate is
    never a place's ("the share of Kazakh content will reach 90%" is the plant's, not Kazakhstan's).
    """
    chosen = _governing_subject(context, sentence, frame, q, measure)
    if measure == "population" and (chosen is None or chosen.type not in PLACE_TYPES):
        # "supplies the 690,000 residents of West Kazakhstan region": the people are the place's.
        chosen = next(
            (
                m
                for m in _sentence_mentions(context, sentence)
                if m.type in PLACE_TYPES and _OF_THE_PLACE_RE.fullmatch(context.text, q.tail_end, m.start)
            ),
            chosen,
        )
    if measure == "localization_rate" and (chosen is None or chosen.type in PLACE_TYPES):
        return _last_mention_before(context, q.start, _BORROWER_TYPES) or chosen
    return chosen


_OF_THE_PLACE_RE = re.compile(r"\s+of\s+(?:the\s+)?")


def _governing_subject(
    context: ArticleContext, sentence: Sentence, frame: Frame, q: Quantity, measure: str
) -> EntityMention | None:
    """`_subject` before the localization rule: the mention the sentence and its frame give."""
    in_sentence = _governing_mentions_once(context, sentence, measure)
    counted_type = _counted_place_type(q) if measure == "count" else None
    if counted_type:
        # "two regions – Kyzylorda and Almaty – lag behind": the regions counted are not what the count is of.
        # ("Uzbek melons went to 19 countries": a nationality is no counted country.)
        in_sentence = [m for m in in_sentence if m.type != counted_type or context.text[m.start : m.end] in DEMONYMS]
    in_sentence = _in_same_part(context.text, sentence, q, in_sentence)
    # "the largest aggregator in Almaty, with a 27% share of the city's market": the market's place, however named,
    # when the sentence names who holds the share or says "its share" ("Small businesses' share of Almaty's retail
    # market" is still Almaty's).
    markets = {m.name for m in in_sentence if _owns_the_market_shared(context.text, m)}
    if markets and not (
        any(m.type not in PLACE_TYPES for m in _sentence_mentions(context, sentence))
        or _ITS_SHARE_RE.search(context.text, sentence.start, sentence.end)
    ):
        markets = set()
    in_sentence = [
        m
        for m in in_sentence
        if not _is_a_clients_nationality(context.text, m)
        and m.name not in markets
        and not _where_its_works_stand(context.text, sentence, m)
        and not _where_a_firms_figure_was_made(context, sentence, m)
        # ("Revenue rose to 1.86 billion somoni, helped by high prices on the London Metal Exchange": prices on the
        # venue are its own, "Cement prices on the Uzbek Commodity Exchange dropped to 780,000 soums".)
        and not (
            m.start >= q.end
            and _is_a_venue(context.text, m)
            and not _VENUE_BUSINESS_RE.search(context.text, sentence.start, q.start)
        )
        # ("Imports fell to $168 million, with Russia accounting for 81%": the clause after "with" is Russia's.)
        and not (m.start >= q.end and _opens_a_with_clause(context.text, m))
    ]
    before = [m for m in in_sentence if m.end <= q.start]
    if any(
        context.text[m.start : m.end] in DEMONYMS and _BUYER_NOUN_AFTER_RE.match(context.text, m.end) for m in before
    ) and _FIRST_PERSON_RE.search(context.text, max(sentence.start, q.start - 30), min(sentence.end, q.end + 20)):
        speaker = _speaker_of(context, q.start)
        if speaker is not None:
            # '"Chinese buyers pay us $6.8 per kilogram," the chairman said': the speaker's own price, not China's.
            return speaker
    # "The index was 103.6%, against 104.3% for Kazakhstan as a whole": a name in the comparison is the base's.
    # "... 5.8% of Almaty's GRP, while the figure for Kazakhstan is 3.2%": nor is a name in another clause.
    after = [
        m
        for m in in_sentence
        if m.start >= q.end
        and not _COMPARISON_MARK_RE.search(context.text, q.end, m.start)
        and not _CLAUSE_BREAK_RE.search(context.text, q.end, m.start)
        and not _PARTS_LISTED_RE.search(context.text, q.end, m.start)
        and not _opens_a_clause_of_cause(context.text, q.end, m)
        and not _CLAUSE_OF_CAUSE_RE.search(context.text, q.end, m.start)
        and not _WHERE_MOST_ARE_RE.search(context.text, max(q.end, m.start - 80), m.start)
    ]
    if before:
        before = _outside_the_openers_aside(context.text, sentence, q, before)
    borrower = None
    if measure == "investment" and any(_lends(context.text, m, q) for m in before):
        # "The Development Bank of Kazakhstan has provided a loan of 14 billion tenge": the loan is the borrower's,
        # the enterprise or project spoken of before.
        before = [m for m in before if not _lends(context.text, m, q)]
        borrower = _last_mention_before(context, sentence.start, _BORROWER_TYPES)
    lent_to = _borrower_lent_to(context.text, sentence, q, in_sentence)
    if lent_to is not None:
        # "The EBRD will lend up to $150 million to Saryarka Mys": the money is the borrower's.
        before, borrower = [], lent_to
    titled = _company_a_title_describes(context, sentence)
    if titled is not None:
        return titled
    average = _average_of_a_whole(context, sentence, q)
    if average is not None:
        return average
    bracketed = _name_before_the_bracket(context, sentence, q) or _owner_of_the_antecedent(context, sentence, q)
    if bracketed is not None:
        return bracketed
    if not before and (
        _OPENS_WITH_THE_REGIONS_BODY_RE.match(context.text, sentence.start)
        or (
            _THE_REGIONAL_RE.search(context.text, sentence.start, q.start)
            and not _A_FIRMS_PRONOUN_RE.search(context.text, sentence.start, q.start)
        )
    ):
        # "The regional akimat plans to attract 12 billion tenge", "This year, the regional budget will provide ...":
        # the region's own figure, not the firm the paragraph spoke of.
        region = _salient([m for m in context.mentions if m.type == "region"], sentence.start)
        if region is not None:
            return region
    if not before:
        actor = _company_of_the_person_opening(context, sentence)
        if actor is not None:
            # "Sultanbekova plans to open 12 more kindergartens in the Alatau district": the company she heads.
            return actor
    chosen: EntityMention | None = (
        _named_by_the_figure(context.text, q, after, in_sentence)
        or _named_antecedent(context, sentence, q)
        or (_owner_of_the_thing_changed(context, sentence, q) if measure == "growth_rate" else None)
    )
    if chosen is None and measure == "count" and _ONE_OF_BEFORE_RE.search(context.text, sentence.start, q.start):
        # "Eskeldi Sugar, one of four sugar refineries in Zhetysu region": the refineries are the region's.
        places_after = [m for m in _sentence_mentions(context, sentence) if m.start >= q.end and _is_an_area(m)]
        chosen = next(iter(places_after), None) or _salient(
            [m for m in context.mentions if m.type in PLACE_TYPES], sentence.start
        )
    if chosen is None and measure == "investment":
        chosen = _destination_of_generic_investors(context.text, q, before, after)
    if chosen is None and not before and borrower is not None:
        chosen = borrower
    if chosen is None and measure in ENTERPRISE_MEASURES:
        # "the plant sits in the X special economic zone and has a design capacity of ...": a zone it stands in is
        # where it is, not what the figure is of (a zone the sentence opens with, "In the X zone, 12 plants ...",
        # still is).
        chosen = next(
            (
                m
                for m in reversed(before)
                if m.type in ENTERPRISE_TYPES
                and not (m.type == "zone" and _after_in(context.text, m) and m is not before[0])
            ),
            None,
        )
        if chosen is not None:
            # "a wind farm near Ekibastuz, which Hua Feng is building for $140 million", "the Shagala wind farm,
            # a 150 MW project of Aral Energy Partners worth $210 mln": the facility, not its builder or owner.
            chosen = _facility_described_before(context.text, chosen, before) or chosen
    if chosen is None and before:
        chosen = before[-1]
        if len(before) > 1 and _is_where_it_stands(context.text, before[-2], chosen):
            # "Altyn Orda Technical University in Karaganda will receive 3.9 bln tenge": where it stands.
            chosen = before[-2]
        elif _opener_is_the_firm_and_places_are_adverbial(context.text, sentence, before):
            # "The factory employs 340 weavers, most of them women from Ganja ..., as well as 45 designers": places
            # the firm's figures are in or come from, not whose they are.
            chosen = before[0]
        if context.text[chosen.start : chosen.end] in DEMONYMS and len(before) > 1:
            # "Kazakhstan bought cars made at Uzbek plants worth $251.3 million": an adjective of nationality in
            # the object does not take the figure from the name the sentence opens with.
            opener = before[0]
            if opener.type in PLACE_TYPES and not context.text[sentence.start : opener.start].strip(" \n\"«“'"):
                chosen = opener
    if chosen is not None and chosen in before[1:]:
        work = before[before.index(chosen) - 1]
        if _is_a_work_on_a_whole(context.text, work, chosen):
            # "The Alatau extension of Line 1 will cost ...", "The Tejen–Mary section of the motorway": the work's.
            chosen = work
    if chosen is not None and _names_the_regions_people(context.text, chosen):
        # "Kostanay farmers threshed 398,000 tonnes", "Kyzylorda exporters shipped ...": the region's, which bears the
        # name of its centre (not Almaty's or Shymkent's, cities of no region).
        chosen = EntityMention(chosen.start, chosen.end, chosen.name + " region", "region", True)
    if chosen is not None and measure == "share" and _names_an_origin(context.text, chosen):
        # "Kazakh companies will supply 30% of the equipment": the origin of a part, not whose whole it is; the
        # plant or project the paragraph speaks of, when it speaks of one.
        spoken_of = _spoken_of(frame, sentence)
        if spoken_of is not None and spoken_of.type in ENTERPRISE_TYPES:
            chosen = spoken_of
    if (chosen is None or chosen.type in PLACE_TYPES) and _OPENS_WITH_ITS_RE.match(context.text, sentence.start):
        # "Qazlift Engineering supplies the lifts. Its plant in Saran assembles up to 1,200 lifts a year", "Its
        # revenue in Kazakhstan reached ...": the possessor is what the sentence before was about; where the thing
        # stands or earns, or where it goes after the figure, aside.
        possessor = _subject_of_the_sentence_before(context, frame) or _spoken_of(frame, sentence)
        if possessor is not None and (chosen is None or _after_in(context.text, chosen) or chosen.start > q.end):
            chosen = possessor
    if chosen is None or chosen.type not in ENTERPRISE_TYPES:
        # "A dairy plant able to process 200 tons a day has opened in Kyzylzhar district. It was built by Solty Sut
        # LLP": an unnamed plant a sentence opens with is the company's the text names next.
        chosen = _company_of_an_unnamed_facility(context, sentence, q, measure) or chosen
    possessive = _POSSESSIVE_RE.search(context.text, sentence.start, q.start)
    if possessive is not None and _OWN_SUBJECT_BEFORE_RE.match(context.text, sentence.start, possessive.start()):
        # "Small and medium-sized businesses produced goods worth 2.3 trillion tenge, and their share ...": the
        # possessor is the sentence's own subject, no entity named before it.
        possessive = None
    if chosen is None and possessive is not None:
        # "Its sales totaled 2.9 million tons": the entity the text was just speaking of.
        spoken_of = _spoken_of(frame, sentence)
        # "..., the Bureau of National Statistics said. Manufacturing rose 5.8%, its share reaching 45.1%": a rate
        # is not the reporting body's (as in `_may_govern`).
        owners = _OWNER_TYPES if measure in RATE_MEASURES else None
        # ("Grain went mainly to Afghanistan and Uzbekistan. Their share ...": a share may be the destinations'.)
        shares = context.text.startswith(" share", possessive.end())
        chosen = spoken_of or _last_mention_before(context, sentence.start, owners, shares) or frame.subject
        if chosen is not None and chosen.type == "organization" and _reports(chosen):
            chosen = None  # "..., head of the regional department of tourism. At its peak, the shore hosted ..."
    if chosen is None and _IT_RE.match(context.text, sentence.start, sentence.end):
        # "Built for 72 billion tenge, it comprises 1,450 apartments": the plant or project the paragraph speaks
        # of ("The Kerwen Palace hotel, built by Turan Invest, has 240 rooms. It occupies 3.2 ha"), else the one
        # just named; never one of an earlier paragraph ("The government expects 6.5%. It plans ...").
        spoken_of = _spoken_of(frame, sentence)
        named = _last_mention_before(context, sentence.start, ENTERPRISE_TYPES)
        if spoken_of is not None and spoken_of.type in ENTERPRISE_TYPES:
            chosen = spoken_of
        elif named is not None and named.start >= frame.paragraph_start:
            chosen = named
    if chosen is None and _OPENS_WITH_THE_WORKS_RE.match(context.text, sentence.start):
        # "The upgrade cut dust emissions by 40%", "The expansion cost 14.2 billion tenge": the works of the
        # enterprise or project the text spoke of last, in whatever paragraph.
        chosen = _last_mention_before(context, sentence.start, ENTERPRISE_TYPES)
    if chosen is None and _WE_OR_OUR_RE.search(context.text, sentence.start, min(sentence.end, q.end + 20)):
        # '"About 40% of our sand comes from outside Abai region," Dosanov said': the speaker's own, before a
        # place named after the figure.
        chosen = _speaker_of(context, q.start)
    if (
        chosen is None
        and measure == "share"
        and (not after or (after[0].is_alias and after[0].type not in PLACE_TYPES))
    ):
        # "Tourism accounts for 5.8% of Almaty's gross regional product": with no named part, the share is
        # of the place whose whole it is, not of "the plant" the sentence points back to later ("95% of
        # Kazakhstan's cotton is grown in the region" is the region's part).
        chosen = _owner_of_the_whole(context, sentence, q)
    if chosen is None and after:
        chosen = after[0]
    if chosen is None and measure == "share":
        if _OF_THE_TOTAL_RE.match(context.text, q.tail_end):
            # "Transit containers made up 64 percent of the total": the total just reported, and whose it was.
            chosen = _owner_of_the_total(context) or frame.subject
        if chosen is None and _OF_ITS_RE.match(context.text, q.tail_end):
            # "Over 60% of its equipment was supplied by ...": a share of what the entity spoken of owns.
            chosen = _spoken_of(frame, sentence) or _last_mention_before(context, sentence.start)
    if chosen is None and _FIRST_PERSON_RE.search(context.text, sentence.start, sentence.end):
        # '"This year we plan to extract 15 million tonnes," said the company's director': the speaker's own.
        chosen = _speaker_of(context, q.start)
    nationwide = _NATIONWIDE_RE.search(context.text, sentence.start, q.start) if chosen is None else None
    government = (
        _NATIONAL_GOVERNMENT_RE.search(context.text, sentence.start, sentence.end)
        if chosen is None and nationwide is None
        else None
    )
    if nationwide is not None:
        # "Nationally, the government aims to raise the share ... to 50%": the figure of the article's country
        # (not of China, named as a buyer more often).
        name, subject_type = context.default_subject
        chosen = EntityMention(nationwide.start(), nationwide.end(), name, subject_type, True)
    of_a_company = _COMPANY_INDICATOR_RE.search(context.text, sentence.start, q.start) is not None
    if of_a_company and chosen is None and frame.subject is not None and frame.subject.type in ENTERPRISE_TYPES:
        # "Revenue rose 1.3 times to $112.4 mln": a company's figure is of the company spoken of, not its plant.
        chosen = _company_named_before(context, sentence.start) or frame.subject
    if chosen is None and measure in _SECTOR_MEASURES:
        sector = _OPENS_WITH_A_SECTOR_RE.match(context.text, sentence.start)
        if sector is not None:
            # "The oil and gas sector paid 4.2 trillion tenge in taxes", "The textile industry employs 450,000
            # people": a sector the sentence is about, named by no name (FACTS.md: a short noun phrase).
            return EntityMention(sector.start("name"), sector.end("name"), sector["name"].lower(), "sector", False)
        named_before = _sector_pointed_back_to(context.text, sentence)
        if named_before is not None:
            return named_before
    if chosen is None and _OPENS_WITH_A_GROUP_RE.match(context.text, sentence.start):
        # "The plants turned out 3.9 million tonnes of gasoline", "Local plants assembled 4,120 tractors": many
        # firms together are the place's industry, not the one firm spoken of before.
        chosen = _salient([m for m in context.mentions if m.type in PLACE_TYPES], sentence.start)
    if chosen is not None:
        government = None  # named in the sentence or pointed to: not the government's
    if chosen is None:
        chosen = _opener_of_a_figureless_sentence_before(context, frame, sentence)
    if chosen is None and frame.subject_paragraph == sentence.paragraph:
        chosen = frame.subject
        if chosen is not None and _another_partner_named(context, sentence, chosen):
            # "Russia took 41.5% of the supplies, followed by Kyrgyzstan (13.8%). Deliveries to China rose 3.4-fold":
            # a flow to one partner is not the partner named last, but the exporter's the article is about.
            chosen = None
        elif chosen is not None and measure in MACRO_MEASURES and _not_an_economy(chosen, measure):
            # "Economic growth reached 6%" after a paragraph on a mine: the economy is the place's (but in a company's
            # report, "The average price of rebar fell 9%" is still the company's: `_topic`).
            chosen = _topic(context, sentence, measure) or chosen
    if chosen is None:
        # A paragraph that names nobody speaks of what the article is about.
        chosen = _topic(context, sentence, measure) or frame.subject
    elif not (
        measure == "share"
        and (
            _SHARE_OF_NAME_RE.match(context.text, chosen.end)
            or (chosen.type == "country" and chosen.name != context.default_subject[0])
        )
    ):
        # "Uzbekistan's share of the total came to 68%", "Russia accounted for 92.4% of the transfers": a part the
        # sentence measures, not what the paragraph goes on to speak of ("Exports to Kyrgyzstan amounted to 410,000
        # tons" are still the exporter's).
        frame.subject, frame.subject_paragraph = chosen, sentence.paragraph
    if government is not None and (chosen is None or chosen.type == "enterprise"):
        # "The government plans to lay 1,300 km of new railways", "..., the vice minister said": not the company
        # spoken of before, but the country whose government it is.
        name, subject_type = _governed_country(context)
        country = EntityMention(government.start(), government.end(), name, subject_type, True)
        # "The government expects growth of 6.5%. It plans to invest ...": the paragraph goes on about the country.
        frame.subject, frame.subject_paragraph = country, sentence.paragraph
        return country
    return chosen


_SHARE_OF_NAME_RE = re.compile(r"['’]s\s+share\b")
# "against a national average of 72%", "well above the regional average of 338,000 tenge".
_AVERAGE_OF_A_WHOLE_RE = re.compile(
    r"\b(?:(?P<national>national|nationwide|country['’]s)|regional|region['’]s)\s+average\s+(?:of\s+|at\s+)?"
    + QUALIFIER_GAP
    + r"\Z",
    re.IGNORECASE,
)


def _names_the_regions_people(text: str, mention: EntityMention) -> bool:
    """Whether a regional centre's name stands before the people of a trade ("Kostanay farmers")."""
    return (
        mention.type == "city"
        and mention.name in KZ_REGIONS
        and mention.name not in REPUBLICAN_CITIES
        and _TRADE_PEOPLE_AFTER_RE.match(text, mention.end) is not None
    )


_TRADE_PEOPLE_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(lexicon.TRADE_PEOPLE)})\b")


def _opener_is_the_firm_and_places_are_adverbial(text: str, sentence: Sentence, before: list[EntityMention]) -> bool:
    """Whether the sentence opens with a firm or works and every other name before the figure is a place after a
    preposition ("from Ganja", "in Samarkand")."""
    opener = before[0]
    if (
        len(before) < 2
        or opener.type not in ENTERPRISE_TYPES
        or _OPENS_WITH_THE_NAME_RE.fullmatch(text, sentence.start, opener.start) is None
        or _CLAUSE_END_RE.search(text, opener.end, before[-1].start)
        # "Freedom Finance estimates that the GDP of Kazakhstan will reach ...": a clause of what the firm reports.
        or _REPORTED_CLAUSE_RE.search(text, opener.end, before[-1].start)
    ):
        return False
    previous_is_place = False
    for mention in before[1:]:
        adverbial = (
            mention.type in PLACE_TYPES
            and not text.startswith(("'s", "’s"), mention.end)
            # "cargo shipments from Kostanay region", "the population of Rudny": what the place has.
            and _MEASURED_NOUN_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start) is None
        )
        window = max(0, mention.start - 12)
        if _PLACE_PREPOSITION_RE.search(text, window, mention.start):
            previous_is_place = adverbial
        else:
            # "from Ganja, Goygol and Samukh": the list goes on after a place.
            listed = _LIST_LINK_RE.search(text, window, mention.start) is not None
            previous_is_place = adverbial and previous_is_place and listed
        if not previous_is_place:
            return False
    return True


# Only quotes, blanks and an article before the opening name ("The factory", "«Kapaz Khalcha").
# (After "Founded in 2008, ": the year the firm was set up is no subject.)
_OPENS_WITH_THE_NAME_RE = re.compile(
    r"[\s«“\"']*(?:(?:"
    + "|".join(verb.capitalize().replace(" ", r"\s+") for verb in (*EVENT_VERBS, *OPERATING_EVENT_VERBS))
    + r")\s+in\s+\d{4},\s+)?(?:The\s+)?"
)
_CLAUSE_END_RE = re.compile(r"[:;]")
_REPORTED_CLAUSE_RE = re.compile(rf"\bthat\b|\b(?:{'|'.join(sorted(SPEECH_VERBS))})\b")
_MEASURED_NOUN_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(lexicon.MEASURED_NOUNS))})\s+(?:of|from|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?\Z",
    re.IGNORECASE,
)
_PLACE_PREPOSITION_RE = re.compile(r"\b(?:in|from|near|around|at|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?\Z")
_LIST_LINK_RE = re.compile(r"(?:,|\band)\s+(?:the\s+)?(?:[\w-]+\s+)?\Z")


def _is_a_clients_nationality(text: str, mention: EntityMention) -> bool:
    """ "four tankers ... for a Kazakh oil shipping company": the nationality of whom things are made for."""
    return (
        text[mention.start : mention.end] in DEMONYMS
        and _FOR_A_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start) is not None
    )


_FOR_A_BEFORE_RE = re.compile(r"\bfor\s+(?:an?|the)\s+\Z")


def _owns_the_market_shared(text: str, mention: EntityMention) -> bool:
    """'Its share of Kazakhstan's parcel market', 'a 27% share of the city's market': the place whose market it is,
    not the one holding the share."""
    return (
        mention.type in PLACE_TYPES
        and _SHARE_OF_BEFORE_RE.search(text, max(0, mention.start - 16), mention.start) is not None
        and _MARKET_AFTER_RE.match(text, mention.end) is not None
    )


def _where_its_works_stand(text: str, sentence: Sentence, mention: EntityMention) -> bool:
    """'has invested KZT4.6bn in a second line at its plant in Industrial Park No. 2', 'Tastings at its cellar in
    Samarkand drew 38,000 visitors': where the possessor's works stand, not whose the figure is (but 'its plant in
    Zhambyl region, home to 1.2 million people' goes on about the place itself)."""
    return (
        mention.type in _WHERE_TYPES
        and _WHERE_ITS_WORKS_STAND_RE.search(text, max(sentence.start, mention.start - 50), mention.start) is not None
        and not _CLAUSE_ON_THE_PLACE_RE.match(text, mention.end)
    )


# "NCOC extracted 8.6 mln tonnes at the offshore Kashagan field", "produced 120,000 tonnes of zinc at the Ridder mine":
# the works right after a firm's figure is where the figure was made.
_AT_THE_WORKS_AFTER_A_FIGURE_RE = re.compile(r"\s+(?:of\s+[\w-]+\s+){0,1}at\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?\Z")


def _where_a_firms_figure_was_made(context: ArticleContext, sentence: Sentence, mention: EntityMention) -> bool:
    """Whether a works or field named after a firm's figure is only where it was produced ("NCOC extracted 8.6 mln
    tonnes at the Kashagan field, down 17%": the fall is NCOC's too)."""
    before = [q for q in context.sentence_quantities if q.end <= mention.start]
    if mention.type not in ("enterprise", "other") or not before:
        return False
    figure = before[-1]
    if not _AT_THE_WORKS_AFTER_A_FIGURE_RE.match(context.text, figure.tail_end, mention.start):
        return False
    return any(
        m.type in ENTERPRISE_TYPES and m.end <= figure.start and m.name != mention.name
        for m in _sentence_mentions(context, sentence)
    )


# A sentence whose subject is the region's own body or budget, after at most a short time phrase.
_OPENS_WITH_THE_REGIONS_BODY_RE = re.compile(
    r"[\s\"«“]*(?:(?:[A-Z][\w-]*\s+){1,3}[\w-]*,\s+)?[Tt]he\s+regional\s+(?:akimat|administration|budget|authorities|khokimiyat)\b"
)
# "The regional fishing quota for 2023 amounts to", "Under a regional programme, 24 museums will be renovated": a
# region's own public thing, before any name (not a firm's "regional office", nor "a regional market for Central
# Asia").
# (Not "According to the regional department of ..., 9,870 tons were caught in Lake Balkhash", a source; nor "it
# delivered", "its share of the regional market": a firm spoken of.)
_THE_REGIONAL_RE = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+regional\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted((noun.replace(" ", r"\s+") for noun in REGIONAL_PUBLIC_NOUNS), key=len, reverse=True))
    + r")\b"
)
_A_FIRMS_PRONOUN_RE = re.compile(r"\b(?:[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir)\b")
_WHERE_TYPES = PLACE_TYPES | {"zone", "other"}
_CLAUSE_ON_THE_PLACE_RE = re.compile(
    r",\s+(?:home\s+to|which|where|whose|an?\s+(?:city|town|region|village|district))\b"
)
_WHERE_ITS_WORKS_STAND_RE = re.compile(
    rf"\b(?:its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(sorted(WORKS_SITE_NOUNS))})\s+(?:in|at|near)\s+(?:the\s+)?\Z"
)
_ITS_SHARE_RE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?share\b")
_SHARE_OF_BEFORE_RE = re.compile(r"\bshare\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
_MARKET_AFTER_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}market\b")


def _outside_the_openers_aside(
    text: str, sentence: Sentence, q: Quantity, before: list[EntityMention]
) -> list[EntityMention]:
    """`before` without the names in an aside that follows the thing the sentence opens with, when the figure is
    in the main clause after it: "The project, carried out with Turkish company X, is worth 87 billion tenge" is
    the project's, not X's."""
    opener = before[0]
    relative = _COMMON_OPENER_RELATIVE_RE.match(text, sentence.start, q.start)
    if relative is not None and relative.end("noun") < opener.start:
        # "The line, which will link Tajikistan and Kyrgyzstan with Afghanistan, is designed to carry 1,300 MW": the
        # places of a relative clause on the thing the sentence opens with are none of the figure's.
        aside_end = text.rfind(",", relative.end(), q.start)
        if aside_end > 0:
            # ("The roaster, which also packs tea under the Dala Shai brand, has invested": nor a brand or product.)
            return [
                m
                for m in before
                if not (
                    relative.end("noun") < m.start < aside_end
                    and (m.type in PLACE_TYPES or (m.type == "other" and BRAND_WORD_AFTER_RE.match(text, m.end)))
                )
            ]
    if not (opener.is_alias and opener.type in ENTERPRISE_TYPES) or text[opener.end : opener.end + 1] != ",":
        return before
    if _OPENER_ARTICLE_RE.fullmatch(text, sentence.start, opener.start) is None:
        return before
    aside_end = text.rfind(",", opener.end + 1, q.start)
    if aside_end < 0 or _DESCRIBING_ASIDE_RE.match(text, opener.end + 1) is None:
        return before
    return [m for m in before if not opener.end < m.start < aside_end]


# A sentence that opens with a common noun and a relative clause on it: "The line, which will link ...".
_COMMON_OPENER_RELATIVE_RE = re.compile(
    r"[\s\"«“]*(?:The|This|Its)\s+(?:[A-Za-z][\w-]*\s+){0,3}(?P<noun>[a-z][\w-]*),\s+(?:which|that|who)\b"
)
# An aside that says something of the opener, not who it is ("The refinery, named Ertis Aurum," "The contractor,
# the Turkish company X,"): it opens with a lower-case word other than an article or a naming verb.
_DESCRIBING_ASIDE_RE = re.compile(r"\s+(?!(?:the|a|an|its|named|called|known|dubbed|operated|owned|run)\b)[a-z]")
# What may stand before the alias a sentence opens with: nothing, or "The new" before "plant".
_OPENER_ARTICLE_RE = re.compile(r"[\s\"«“]*(?:(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,3})?")


def _average_of_a_whole(context: ArticleContext, sentence: Sentence, q: Quantity) -> EntityMention | None:
    """The whole a figure is the average of, when the text calls it the national or regional average: the article's
    country, or the region it names most."""
    average = _AVERAGE_OF_A_WHOLE_RE.search(context.text, max(sentence.start, q.start - 40), q.start)
    if average is None:
        return None
    if average["national"]:
        name, subject_type = context.default_subject
        return EntityMention(average.start(), average.end(), name, subject_type, True)
    return _salient([m for m in context.mentions if m.type == "region"], sentence.end)


_OPENING_BRACKET_RE = re.compile(r"\s*\(\s*")
_CLOSING_BRACKET_AFTER_RE = re.compile(r"[^()]{0,25}\)")


# "..., 58% of Kazakhstan's total beef exports, which amounted to 34.1 thousand tons": a figure of a relative
# clause whose antecedent a name owns.
_OWNED_ANTECEDENT_BEFORE_RE = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s+which\s+(?:[a-z]+\s+){1,3}" + QUALIFIER_GAP + r"\Z"
)


def _owner_of_the_antecedent(context: ArticleContext, sentence: Sentence, q: Quantity) -> EntityMention | None:
    """The name owning the noun a 'which' clause holding the figure is about ("Kazakhstan's total beef exports,
    which amounted to 34.1 thousand tons" -> Kazakhstan)."""
    clause = _OWNED_ANTECEDENT_BEFORE_RE.search(context.text, max(sentence.start, q.start - 120), q.start)
    if clause is None:
        return None
    return next((m for m in _sentence_mentions(context, sentence) if m.end == clause.start() and not m.is_alias), None)


# "... passes through Kaspi Astyk Terminal, which handled 286,000 tonnes": a figure of a relative clause on a name.
# (Not a lender, builder or buyer: "a loan from the Development Bank, which will cover 62% of the cost".)
_PARTY_BEFORE_RE = re.compile(r"\b(?:by|from|to)\s+(?:the\s+)?\Z")
_RELATIVE_CLAUSE_BEFORE_RE = re.compile(r",\s+(?:which|that)\s+(?:[a-z]+\s+){1,3}" + QUALIFIER_GAP + r"\Z")


def _named_antecedent(context: ArticleContext, sentence: Sentence, q: Quantity) -> EntityMention | None:
    """The firm, body or work a 'which' clause holding the figure is about, named right before its comma ("Kaspi
    Astyk Terminal, which handled 286,000 tonnes"). Not a place: in "a plant in Shymkent, which employs 300
    people" the clause is the plant's."""
    clause = _RELATIVE_CLAUSE_BEFORE_RE.search(context.text, max(sentence.start, q.start - 80), q.start)
    if clause is None:
        return None
    return next(
        (
            m
            for m in _sentence_mentions(context, sentence)
            if m.end == clause.start()
            and not _is_a_location(m)
            and m.type != "zone"
            and not m.is_alias
            and not _PARTY_BEFORE_RE.search(context.text, max(0, m.start - 12), m.start)
        ),
        None,
    )


# "The new facility will double the country's ammonia capacity": what the verb changes belongs to the possessor.
_POSSESSED_AFTER_RE = re.compile(r"['’]s\s+[a-z]")


def _owner_of_the_thing_changed(context: ArticleContext, sentence: Sentence, q: Quantity) -> EntityMention | None:
    """The place written as the possessor of what a fold verb changes, right after it ("will double the country's
    ammonia production capacity" -> the country)."""
    if q.kind != "fold":
        return None
    for mention in _sentence_mentions(context, sentence):
        if mention.start < q.end:
            continue
        gap = context.text[q.end : mention.start]
        if gap.strip() in ("", "the") and mention.type in PLACE_TYPES:
            return mention if _POSSESSED_AFTER_RE.match(context.text, mention.end) else None
        break
    return None


def _name_before_the_bracket(context: ArticleContext, sentence: Sentence, q: Quantity) -> EntityMention | None:
    """The name a figure is set in brackets after ("China (4,310 people), Türkiye (3,280) and India (1,150)",
    "Uzbekistan (22%)"): each figure is its name's, wherever the list goes to or comes from."""
    if "(" not in context.text[max(sentence.start, q.start - 3) : q.start]:
        return None
    if not _CLOSING_BRACKET_AFTER_RE.match(context.text, q.end):
        return None
    return next(
        (
            m
            for m in _sentence_mentions(context, sentence)
            if m.end <= q.start and _OPENING_BRACKET_RE.fullmatch(context.text, m.end, q.start)
        ),
        None,
    )


def _another_partner_named(context: ArticleContext, sentence: Sentence, subject: EntityMention) -> bool:
    """Whether `subject` is a partner country (not the article's own) and the sentence names another country as
    where goods go or come from."""
    if subject.type != "country" or subject.name == context.default_subject[0]:
        return False  # "Kazakhstan imports 70% of its tiles ... mainly from China": the article's country
    return any(
        m.type == "country" and m.name != subject.name and _is_destination(context.text, m)
        for m in _sentence_mentions(context, sentence)
    )


_IN_PLACE_GAP_RE = re.compile(r"\s+(?:in|near|outside)\s+(?:the\s+)?")


_OF_THE_GAP_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def _is_a_work_on_a_whole(text: str, work: EntityMention, whole: EntityMention) -> bool:
    """Whether `work` is a project named as a part of `whole` right after it ("the Alatau extension of Line 1")."""
    return (
        work.type == "project"
        and not work.is_alias
        and work.name.split(None, 1)[0] not in PLANT_UNIT_HEADS  # "Unit 3 of Ekibastuz GRES-2": the plant's unit
        and _OF_THE_GAP_RE.fullmatch(text, work.end, whole.start) is not None
    )


def _is_where_it_stands(text: str, named: EntityMention, place: EntityMention) -> bool:
    """Whether `place` is where `named` stands: "Altyn Orda University in Karaganda", or a place inside the
    described thing's own name ("a meat processing plant in Kentau ... creating 150 jobs")."""
    if place.type not in PLACE_TYPES or named.type in PLACE_TYPES:
        return False
    return _IN_PLACE_GAP_RE.fullmatch(text, named.end, place.start) is not None or (
        named.start < place.start
        and place.end <= named.end
        # ("a plant in Kentau, whose 2023 budget was 8 billion tenge": a clause of the place's own.)
        and not _CLAUSE_OF_THE_PLACE_RE.match(text, place.end)
    )


_CLAUSE_OF_THE_PLACE_RE = re.compile(r",\s+(?:where|whose|which|home\s+to)\b")


_LENDS_BEFORE_ITS_LOAN_RE = re.compile(
    r"\s+(?:(?:has|have|had|will|would|also|is\s+to|are\s+to|is\s+expected\s+to|plans\s+to|agreed\s+to)\s+)*"
    r"(?:" + "|".join((*LENDER_VERBS, *LOAN_FINANCING_VERBS)) + r")\s+"
    # "financed the mill's modernisation with a 24 billion tenge loan": what it financed, then the loan.
    r"(?:[^.;,]{0,50}?\s+with\s+)?(?:an?\s+|another\s+|a\s+further\s+)?" + QUALIFIER_GAP
)
_LOAN_NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:loans?|credits?|credit\s+lines?)\b")
_LENDS_RE = re.compile(
    r"(?:\s*,[^,;.]{1,60},)?\s+(?:(?:"
    + "|".join(a.replace(" ", r"\s+") for a in LENDER_AUXILIARIES)
    + r")\s+)*(?:(?:"
    + "|".join(LENDER_VERBS)
    + r")\b[^.;]{0,40}?\b(?:loans?|credits?|credit\s+lines?|financing|facility)\b"
    # "The Development Bank of Kazakhstan will lend 55 billion tenge for 15 years".
    + r"|(?:"
    + "|".join(LEND_VERBS)
    + r")\b)"
)


_LEND_BEFORE_RE = re.compile(r"\b(?:" + "|".join(LEND_VERBS) + r")\s+" + QUALIFIER_GAP + r"\Z", re.IGNORECASE)
_TO_BORROWER_RE = re.compile(r"\s+to\s+(?:the\s+)?")


def _borrower_lent_to(
    text: str, sentence: Sentence, q: Quantity, mentions: list[EntityMention]
) -> EntityMention | None:
    """The name a sum is lent to, written right after it ("will lend up to $150 million to Saryarka Mys")."""
    if not _LEND_BEFORE_RE.search(text, max(sentence.start, q.start - 30), q.start):
        return None
    return next(
        (m for m in mentions if m.start >= q.tail_end and _TO_BORROWER_RE.fullmatch(text, q.tail_end, m.start)), None
    )


def _lends(text: str, mention: EntityMention, q: Quantity) -> bool:
    """True for a lender named as the subject of its loan's verb, before the amount ("X has approved a loan of")."""
    if mention.end > q.start:
        return False
    if _LENDS_RE.match(text, mention.end, q.start) is not None:
        return True
    # "The Industrial Development Fund is to provide a KZT18.5bn loan": the loan's noun after its sum.
    return _LENDS_BEFORE_ITS_LOAN_RE.fullmatch(text, mention.end, q.start) is not None and (
        _LOAN_NOUN_AFTER_RE.match(text, q.tail_end) is not None
    )


# A sentence that opens with a common noun phrase and a verb before its possessive ("SMEs produced ..., and
# their share"): the possessive points back to that phrase.
_OWN_SUBJECT_BEFORE_RE = re.compile(
    r"[A-Z][a-z-]+(?:\s+(?:and\s+)?[a-z][a-z-]*){0,4},?\s+(?:[a-z]+ed|grew|rose|fell)\b"
)


def _owner_of_the_total(context: ArticleContext) -> EntityMention | None:
    """Whose the last total is: the subject of the last amount reported that is not itself a part of one
    ("Kosshy alone accounted for 64,500 sq m" is a part of the region's 182,400 sq m), nor a rate."""
    for fact in reversed(context.facts):
        if fact["unit"] == "percent":
            continue
        if _PART_OF_TOTAL_RE.search(context.text, fact["sentence_start"], fact["char_start"]):
            continue
        return next((m for m in context.mentions if m.name == fact["subject"]), None)
    return None


_COMMON_NOUN_AFTER_RE = re.compile(r"\s+[a-z]")


def _names_an_origin(text: str, mention: EntityMention) -> bool:
    """Whether a country is named only as where a part comes from: an adjective of nationality before a common noun
    ("Kazakh companies", "Kazakh content")."""
    return text[mention.start : mention.end] in DEMONYMS and _COMMON_NOUN_AFTER_RE.match(text, mention.end) is not None


def _opener_of_a_figureless_sentence_before(
    context: ArticleContext, frame: Frame, sentence: Sentence
) -> EntityMention | None:
    """The place or company a sentence just before in the paragraph opens with, when that sentence states no
    figure: "Kazakhstan imports almost all farm tyres. Last year imports reached 1.2 million units" are
    Kazakhstan's, whatever the paragraph before was about. An opener that points back counts too, unless to a place
    or a body ("The programme is run by Syr Orkendeu. Villagers can borrow up to 8 million tenge": the programme's)."""
    before = frame.previous_sentence
    if before is None or before.paragraph != sentence.paragraph:
        return None
    if context.facts and context.facts[-1]["sentence_start"] == before.start:
        return None
    opener = next(iter(_sentence_mentions(context, before)), None)
    if opener is None or (opener.is_alias and opener.type in (*PLACE_TYPES, "organization")):
        return None
    if context.text[before.start : opener.start].strip(' \t"«“'):
        return None
    if opener.type == "country" and opener.name != context.default_subject[0]:
        return None  # "Uzbekistan remained the main buyer.": a partner, not whose the figures after are
    return opener


def _subject_of_the_sentence_before(context: ArticleContext, frame: Frame) -> EntityMention | None:
    """What the sentence before was about: the first entity its last clause names outside a place phrase ("in
    Aktobe"), a reporting body aside ("The region has 14 museums, and the most visited of them, X, received ...")."""
    before = frame.previous_sentence
    if before is None:
        return None
    mentions, governed_end = [], -1
    for m in _sentence_mentions(context, before):
        if _OBJECT_OF_PREPOSITION_RE.search(context.text, max(0, m.start - 24), m.start) or (
            governed_end >= 0 and _COORDINATION_RE.fullmatch(context.text, governed_end, m.start)
        ):
            governed_end = m.end  # "mainly to Türkiye, the Netherlands and China": the list goes on
        elif not (m.type == "organization" and _reports(m)):
            mentions.append(m)
    clauses = list(_LAST_CLAUSE_RE.finditer(context.text, before.start, before.end))
    last_clause = clauses[-1].end() if clauses else before.start
    return next((m for m in mentions if m.start >= last_clause), None) or next(iter(mentions), None)


# "shipped 187,000 tonnes abroad, mainly to Türkiye": a name a preposition governs is not what a clause is about.
_OBJECT_OF_PREPOSITION_RE = re.compile(
    r"\b(?:in|to|from|at|near|into|across|via|on)\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE
)
_LAST_CLAUSE_RE = re.compile(r",\s+(?:and|while|but)\s+|;\s+")


def _spoken_of(frame: Frame, sentence: Sentence) -> EntityMention | None:
    """The entity the sentence's paragraph has been speaking of (the last subject chosen in it), if any."""
    return frame.subject if frame.subject_paragraph == sentence.paragraph else None


_COORDINATION_RE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$|^\s*(?:,|,?\s+and|,?\s+or)\s*(?:the\s+)?$")


_AND_OR_RE = re.compile(r"\b(?:and|or)\b")


def _coordinated_name(context: ArticleContext, sentence: Sentence, subject: EntityMention) -> str:
    """'In Almaty and Karaganda regions, ...' -> 'Almaty region and Karaganda region' (FACTS.md's joint subject)."""
    if subject.is_alias:
        return subject.name
    named = subject.name[:1].isupper()  # a described plant ("a foundry plant") does not join a name in a list
    peers = [
        m
        for m in _sentence_mentions(context, sentence)
        if m.type == subject.type and not m.is_alias and m.name[:1].isupper() == named
    ]
    index = next((i for i, m in enumerate(peers) if m.start == subject.start), None)
    if index is None:
        return subject.name
    first = last = index
    while first > 0 and _COORDINATION_RE.match(context.text[peers[first - 1].end : peers[first].start]):
        first -= 1
    while last + 1 < len(peers) and _COORDINATION_RE.match(context.text[peers[last].end : peers[last + 1].start]):
        last += 1
    joiners = [context.text[a.end : b.start] for a, b in pairwise(peers[first : last + 1])]
    in_title = sentence.start < context.header.body_start
    if (
        subject.type not in PLACE_TYPES
        and not in_title
        and joiners
        and not any(_AND_OR_RE.search(joiner) for joiner in joiners)
    ):
        # "Built by Kokshe Wellness Group, the Samal Burabay sanatorium": commas list no firms in the body (a
        # headline's commas stand for "and": "Air Astana, FlyArystan carried 9 million passengers").
        return subject.name
    names = list(dict.fromkeys(m.name for m in peers[first : last + 1]))
    if BETWEEN_BEFORE_RE.search(context.text, max(0, peers[first].start - 12), peers[first].start):
        return names[0]  # "trade between Azerbaijan and Kazakhstan": the first named's, not a joint subject
    if len(names) == 1:
        return subject.name
    return ", ".join(names[:-1]) + " and " + names[-1]


# "the Nurly Zher state programme for 2020-2025", "the Concept for the Development of ... for 2021-2030": the years
# after a programme's name are part of the name.
_PROGRAMME_YEARS_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(PROGRAMME_HEADS)) + r")\s+(?:for\s+(?:the\s+)?(?:years\s+|period\s+)?)?\Z",
    re.IGNORECASE,
)
_FOR_THE_YEARS_RE = re.compile(r"\s+for\s+(?:the\s+)?(?:years\s+|period\s+)?\Z")


def _names_a_programme(context: ArticleContext, sentence: Sentence, expression: TimeExpression) -> bool:
    """Whether the period is the span of years in a programme's name ("the Energy Sector Modernization Plan
    2021-2025", "the state programme for 2020-2025"): a name dates no figure."""
    text = context.text
    if _PROGRAMME_YEARS_BEFORE_RE.search(text, max(sentence.start, expression.start - 40), expression.start):
        return True
    for mention in _sentence_mentions(context, sentence):
        if mention.start <= expression.start < mention.end:
            return True  # the name's own years
        follows = mention.end == expression.start or _FOR_THE_YEARS_RE.match(text, mention.end - 1, expression.start)
        if mention.end <= expression.start and follows and _is_programme(mention):
            return True
    return False


def _sentence_mentions(context: ArticleContext, sentence: Sentence) -> list[EntityMention]:
    """The entity mentions inside `sentence` (mentions are in text order: found by bisection)."""
    found = context.sentence_mentions.get(sentence.start)
    if found is None:
        starts = context.mention_starts
        first = bisect.bisect_left(starts, sentence.start)
        last = bisect.bisect_left(starts, sentence.end)
        found = [m for m in context.mentions[first:last] if m.end <= sentence.end]
        context.sentence_mentions[sentence.start] = found
    return list(found)


def _governing_mentions_once(context: ArticleContext, sentence: Sentence, measure: str) -> list[EntityMention]:
    """`_governing_mentions`, remembered per sentence: of the measure it reads only whether it is a rate, and a
    share (a country after "with" may hold one)."""
    key = (sentence.start, measure in RATE_MEASURES, measure == "share")
    found = context.governing_mentions.get(key)
    if found is None:
        found = context.governing_mentions[key] = _governing_mentions(context, sentence, measure)
    return list(found)


_DESTINATION_RE = lead_pattern("destination")
_WITH_THE_BEFORE_RE = re.compile(r",\s+with\s+(?:the\s+)?\Z")
_PARTICIPLE_AFTER_RE = re.compile(r"\s+(?:now\s+|still\s+|also\s+|alone\s+)?[a-z]{3,}ing\b")
# "paid the national utility Barqi Tojik 31.9 million somoni", "owes Samruk Energy KZT 2bn": the one paid, named
# between the verb and the sum.
# (Not "pay" or "owe": "Average monthly pay in Atyrau region 540,000 tenge" is a noun.)
_PAYEE_BEFORE_RE = re.compile(r"\b(?:paid|pays|paying|owes|owed)\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,3}\Z")
_SUM_AFTER_RE = re.compile(r"\s+(?:about\s+|around\s+|some\s+|over\s+)?(?:[A-Z]{3}\s?|US\$|\$|€)?\d")
_ROUTE_RE = lead_pattern("route")
_ORIGIN_RE = lead_pattern("origin")
# "Zhambyl region led with an index of 118.6%, followed by ...", "the highest growth was in ...".
_RANKS_PLACES_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, (*lexicon.RANKING_WORDS, "index of"))) + r")(?![\w-])", re.IGNORECASE
)
_OPENS_WITH_THE_WORKS_RE = re.compile(
    r"(?:the|its|this)\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(lexicon.PROJECT_NOUNS - {"project"})) + r")\b",
    re.IGNORECASE,
)
_OPENS_WITH_ITS_RE = re.compile(r"[\s\"«“]*(?:Its|Their)\s")
_POSSESSIVE_RE = GuardedPattern(re.compile(r"\b(?:its|their)\b", re.IGNORECASE), ("its", "their"))
_NATIONWIDE_RE = re.compile(r"\b(?:" + "|".join((*NATIONWIDE_WORDS, *NATIONAL_INDICATORS)) + r")\b", re.IGNORECASE)
_NATIONAL_GOVERNMENT_RE = re.compile(
    r"\b"
    + "".join(f"(?<!{level} )" for level in SUBNATIONAL_LEVELS)
    + r"(?:"
    + "|".join(NATIONAL_GOVERNMENT_WORDS)
    + r")\b",
    re.IGNORECASE,
)
_COMPANY_INDICATOR_RE = re.compile(r"\b(?:" + "|".join(COMPANY_INDICATORS) + r")\b", re.IGNORECASE)
# "It comprises ...", "Built for 72 billion tenge, it comprises ...": "it" as a clause's subject, matched from
# the sentence's start (in a search, `^` would only match at the text's start).
_IT_RE = re.compile(r"(?:.*?,\s+)?it\s+(?!is\s+(?:expected|planned|said|reported|noted))", re.IGNORECASE)
# How many mentions back "its" / "it" may look for what it points to.
_RECENT_MENTIONS = 4
# "53% of all investment in East Kazakhstan", "36% of East Kazakhstan's total": the whole, not the part.
_WHOLE_OF_SHARE_RE = GuardedPattern(
    re.compile(r"(?:%|\bpercent)\s+of\s+(?:[\w-]+\s+){0,4}?(?:in\s+|of\s+)?(?:the\s+)?$", re.IGNORECASE),
    ("%", "percent"),
)


_POSSESSOR_RE = re.compile(r"['’]s\b")
_PARTNER_OF_POSSESSOR_RE = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(lexicon.PARTNER_ROLE_NOUNS)})\b")
_IN_BEFORE_RE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
# A copula between the sentence's subject and a possessor ("X is the country’s main ..."): the possessor only
# places what X is.
# A copula of what something is or stays: "is", "remained", "has become".
_COPULA = r"(?:is|was|remains|remained|became|has\s+become)"
_COPULA_TO_A_POSSESSOR_RE = re.compile(r"\s+" + _COPULA + r"\s+(?:now\s+|also\s+|still\s+|again\s+)?(?:the\s+)?$")


def _is_the_possessor_of_a_predicate(text: str, subject: EntityMention, mention: EntityMention) -> bool:
    """'Kyzylorda region is the country’s main rice-growing area': `mention` (the country) owns the predicate
    noun that says what `subject` is, so it does not govern the sentence's figures."""
    return (
        _POSSESSOR_RE.match(text, mention.end) is not None
        and _COPULA_TO_A_POSSESSOR_RE.fullmatch(text, subject.end, mention.start) is not None
    )


def _after_in(text: str, mention: EntityMention) -> bool:
    return _IN_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start) is not None


# An aside right after a name, between commas: ", which operates ...,", ", the company's third abroad,",
# ", established in 2019 as a joint venture of ...,". Names inside it do not govern the sentence's figures.
# (An abbreviation in brackets may close before the aside: "Caspian Refining Company (CRC), which operates ...".)
_ASIDE_RE = re.compile(
    r"\)?(?:,\s+(?:which|who|whose|one\s+of|its|their|home\s+to|established|founded|based|located|built|owned|operated"
    r"|commissioned|opened|launched|set\s+up"
    r"|part\s+of|the\s+[\w-]+(?:'s|’s))\b[^,;]*(?=,))+,",  # asides may follow each other
    re.IGNORECASE,
)


# A country named as the buyer of the article's goods: its amounts are the seller's sales to it (its share of the
# whole is its own, FACTS.md "Shares").
_NAMES_A_BUYER_RE = re.compile(
    r"\s+" + _COPULA + r"\s+(?:now\s+|also\s+|still\s+|again\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:buyer|importer|customer|market|destination)\b"
)
# A counted group a sentence opens with, its members between dashes: "Three operators – A, B and C – ...".
_COUNTED_GROUP_LISTED_RE = re.compile(
    r"\W*(?:[A-Z][a-z]+|\d[\d,]*)\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s+[–—]\s+(?P<names>[^–—.;]{1,160}?)\s+[–—]\s"
)
# Places set between dashes after a preposition: "three refineries – in Atyrau, Pavlodar and Shymkent – processed".
_DASHED_PLACE_ASIDE_RE = re.compile(r"\s[–—]\s+(?:in|at|near|on)\s+(?P<places>[^–—.;]{1,80}?)\s+[–—]\s")


def _governing_mentions(context: ArticleContext, sentence: Sentence, measure: str) -> list[EntityMention]:
    """The sentence's mentions that may govern its numbers: `_may_govern`, and not a list that continues
    a destination ("exported to Azerbaijan, China and Georgia")."""
    kept: list[EntityMention] = []
    previous, destination, owner, aside_end, backer_end, agent_end = None, False, False, -1, None, None
    located = False  # the mention before is the place a facility named before it stands in
    dashed_places = [
        m.span("places") for m in _DASHED_PLACE_ASIDE_RE.finditer(context.text, sentence.start, sentence.end)
    ]
    buyers = False  # a country named as the buyer, and the countries after it (", followed by Russia with ...")
    counted = _COUNTED_GROUP_LISTED_RE.match(context.text, sentence.start, sentence.end)
    if counted is not None:
        # "Three operators – Samal Go, TezRide and Zhel Scoot – keep 11,500 scooters": the names only say which
        # the counted ones are; the figures are of all of them together, the place's.
        dashed_places.append(counted.span("names"))
    for mention in _sentence_mentions(context, sentence):
        if mention.start < aside_end:
            previous = mention
            continue  # "The company, which operates a deposit in Umnugovi province, paid ...": an aside
        if mention.type == "country" and measure != "share":
            buyers = buyers or _NAMES_A_BUYER_RE.match(context.text, mention.end) is not None
        if buyers and mention.type == "country":
            previous = mention
            continue  # "Kazakhstan remained the main buyer, taking 41,200 tons, followed by Russia with 28,500 tons"
        if any(start <= mention.start < end for start, end in dashed_places):
            previous = mention
            continue  # "Kazakhstan's three large refineries – in Atyrau, Pavlodar and Shymkent – processed": where
        if kept and _PARTNER_OF_POSSESSOR_RE.match(context.text, mention.end):
            previous = mention
            continue  # "The EU remained Kazakhstan’s largest trading partner, accounting for 29.5%": whose partner
        if kept and _is_the_possessor_of_a_predicate(context.text, kept[-1], mention):
            previous = mention
            continue  # "Kyzylorda region is the country’s main rice-growing area, accounting for 87%": whose area
        if previous is not None and previous not in kept and _abbreviates(context.text, previous, mention):
            continue  # "via the Caspian Pipeline Consortium (CPC)": the abbreviation is the same dropped name
        aside = _ASIDE_RE.match(context.text, mention.end, sentence.end)
        if aside is None and (mention.type not in PLACE_TYPES or not _after_in(context.text, mention)):
            # "Alatau Bus Company, a bus maker in ... Konayev, plans", "Kosshy, a satellite town of Nur-Sultan,
            # accounted for": an appositive of the name ("In Arkalyk, a project to make rollers, ..." is the
            # sentence's subject after a place it opens with, not an appositive).
            aside = _APPOSITIVE_RE.match(context.text, mention.end, sentence.end)
        aside_end = aside.end() if aside else aside_end
        continues = (
            previous is not None
            and (previous.type == mention.type or {previous.type, mention.type} <= _DESTINATION_TYPES)
            and _COORDINATION_RE.match(context.text[previous.end : mention.start])
        )
        # A destination list goes on through its commas ("to Azerbaijan, China and Georgia"); nothing else does.
        destination = _is_destination(context.text, mention, measure) or bool(destination and continues)
        # "2.7 billion were provided as loans by the Agrarian Credit Corporation": the lender is not the subject.
        span = (mention.start, mention.end)
        backer_end = mention.end if backs(context.text, span, backer_end) else None
        # "supplied by Italian and Danish manufacturers": who made or did it, and the rest of the list.
        agent_end = mention.end if follows_lead(context.text, span, _AGENT_RE, agent_end) else None
        dropped = destination or backer_end is not None or agent_end is not None
        # "Yesil Vagon will supply 140 coaches to the national carrier Passenger Transportation JSC": the customer.
        dropped = dropped or (mention.type in ENTERPRISE_TYPES and receives_supplies_at(context.text, mention.start))
        dropped = dropped or names_a_venue(context.text, span)  # "said at a briefing at the ... Service"
        dropped = dropped or not _may_govern(context.text, mention, measure)
        # "the company's investments in the Kazakh economy": the place is where the owner's money went.
        where_owned = owner and _is_a_location(mention) and _after_in(context.text, mention)
        dropped = dropped or where_owned
        # "Construction of Uba HPP-2 in East Kazakhstan is 42% complete": the place is where the plant stands.
        # "the Khorgos dry port in Kazakhstan's Zhetysu region", "a plant in Ekibastuz, Pavlodar region": the place
        # that locates it further.
        locates = _locates_the_facility(context.text, previous, mention) or (
            located
            and previous is not None
            and _is_a_location(mention)
            and _PLACE_IN_PLACE_RE.fullmatch(context.text, previous.end, mention.start)
        )
        located = bool(locates or where_owned)
        dropped = dropped or located
        # "The company supplies coal to the steelworks in Temirtau": a company that opens its sentence is what the
        # sentence speaks of, like one written as a possessor.
        owner = owner or (
            mention.type in ENTERPRISE_TYPES
            and bool(_POSSESSOR_RE.match(context.text, mention.end) or _opens_clause(context.text, sentence, mention))
        )
        if not dropped:
            kept.append(mention)
        previous = mention
    return kept


_OF_ITS_RE = re.compile(r"\s+of\s+(?:its|their)\b", re.IGNORECASE)
_OF_THE_TOTAL_RE = re.compile(r"\s+of\s+(?:the|this|that)\s+(?:total|sum|amount|volume|figure)\b", re.IGNORECASE)
_CLAUSE_OPENING_RE = re.compile(r"(?:the\s+)?", re.IGNORECASE)


def _opens_clause(text: str, sentence: Sentence, mention: EntityMention) -> bool:
    """Whether `mention` is the first words of its sentence (after an optional "The")."""
    return _CLAUSE_OPENING_RE.fullmatch(text, sentence.start, mention.start) is not None


_PARENTHESIS_OPEN_RE = re.compile(r"\s*\($")
# Between a place and the place it lies in: "Kazakhstan's Zhetysu region", "Ekibastuz, Pavlodar region",
# "the Katon-Karagay district of East Kazakhstan region", "Ekibastuz (Pavlodar region)".
_PLACE_IN_PLACE_RE = re.compile(r"['’]s\s+|,\s+|\s+of\s+(?:the\s+)?|\s*\(")


def _abbreviates(text: str, named: EntityMention, mention: EntityMention) -> bool:
    """Whether `mention` is the bracketed short form written right after `named` ("... Consortium (CPC)")."""
    return mention.name == named.name and _PARENTHESIS_OPEN_RE.match(text[named.end : mention.start]) is not None


# ", a bus maker in ...,", ", Kazakhstan's international technology park,": an appositive of a name.
# ", a bus maker in Konayev,", ", a brick factory founded in 2012,"; not ", Kazakhstan's output totaled 1.2
# trillion tenge last year,": no figures but years.
_APPOSITIVE_RE = re.compile(
    r"\)?,\s+(?:an?\s+|the\s+(?=[a-z])|[A-Z][\w-]*(?:'s|’s)\s+)(?:[^,;\d]|(?<!\d)(?:19|20)\d\d(?!\d))*,"
    # "..., the ferroalloy producer based in Aksu, Pavlodar region, exported": the town's region ends it
    r"(?:\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:region|district|province|oblast),)?"
)
# (Its size may stand between: "the Ak Bulak dairy complex for 1,200 cows in North Kazakhstan's Taiynsha district".)
_LOCATIVE_GAP_RE = re.compile(
    r"(?:\s+[a-z][a-z-]*){0,3}(?:\s+(?:for|with)\s+[\d.,]+\s+[a-z]+)?\s+(?:in|at|near)\s+(?:the\s+)?"
)


def _locates_the_facility(text: str, previous: EntityMention | None, mention: EntityMention) -> bool:
    """Whether `mention` is the place an enterprise or project named right before stands in: a place, a
    district ("in the Katon-Karagay district") or an industrial park or zone ("plant in Industrial Park No. 2")."""
    return (
        previous is not None
        and (previous.type in ENTERPRISE_TYPES or previous.type == "other")  # "at the Karachaganak field in ..."
        and _is_a_location(mention)
        and _LOCATIVE_GAP_RE.fullmatch(text, previous.end, mention.start) is not None
    )


def _is_a_location(mention: EntityMention) -> bool:
    """A place, or a named area things stand in (a district, an industrial park, a special economic zone)."""
    return mention.type in PLACE_TYPES or not AREA_NAME_WORDS.isdisjoint(mention.name.split())


# Rates of a whole economy are about a place, not about the body that reports them.
RATE_MEASURES = frozenset({"growth_rate", "share"})
# What may own a rate: anything but an organisation (a ministry, a statistics bureau).
_OWNER_TYPES = ENTERPRISE_TYPES | PLACE_TYPES | {"other"}


_SOURCE_RE = guarded_lead("source")
_AGENT_RE = guarded_lead("agent")
_BACKER_RE = guarded_lead("backer")
_EXCLUDED_RE = guarded_lead("excluded")
_LOCATION_RE = guarded_lead("location")
_FRAMING_RE = lead_pattern("framing")


# What goods may go to: a list of them may mix kinds ("to Central Asia, Afghanistan and China").
_DESTINATION_TYPES = frozenset({"country", "region", "organization", "other"})


# The names of a list written so far, each with its comma or "and": "Istanbul, Jeddah, Dubai and ".
# ("to Alat in Azerbaijan and Turkmenbashi in ...": a name of the list may be placed in a country.)
_LISTED_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
_NAMES_LISTED_SO_FAR = rf"(?:{_LISTED_NAME}(?:\s+in\s+{_LISTED_NAME})?(?:\s*,\s*|\s+and\s+)(?:the\s+)?)"
# "to" or "towards" of a destination, not of "according to", "thanks to", "due to" ("According to the National
# Statistical Committee, Kyrgyzstan produced": a source, no destination).
_DESTINATION_TO = r"\b(?<!ccording\s)(?<!thanks\s)(?<!due\s)(?:to|towards)"
_DESTINATION_LIST_RE = re.compile(rf"{_DESTINATION_TO}\s+(?:the\s+)?{_NAMES_LISTED_SO_FAR}+$")
# "to 17 countries, including Türkiye, Germany, the United Arab Emirates and": the countries goods went to.
_DESTINATIONS_INCLUDING_RE = re.compile(
    rf"{_DESTINATION_TO}\s+[^.;]{{0,30}}?\b(?:countries|markets|states)\b,?\s+"
    rf"(?:including|such\s+as|mainly|mostly|among\s+them)\s+(?:the\s+)?{_NAMES_LISTED_SO_FAR}*$"
)
# "new flights to Istanbul, Jeddah, Dubai and", "routes from Aktau to".
_SERVICE_TO_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.SERVICE_NOUNS)})\s+(?:from\s+[A-Z][\w-]*\s+)?to\s+(?:the\s+)?{_NAMES_LISTED_SO_FAR}*$"
)
# "purchased in Russia and": where inputs come from, and the rest of the list.
_ORIGIN_LIST_RE = re.compile(
    r"\b(?:"
    + "|".join(p.replace(" ", r"\s+") for p in NOT_SUBJECT_LEADS["origin"])
    + r")\s+(?:the\s+)?"
    + _NAMES_LISTED_SO_FAR
    + "+$"
)
# "shipped to steelmakers in Russia and Uzbekistan", "goes to the heat and power plants in Semey": where the buyers
# the goods go to are.
_BUYERS_IN_BEFORE_RE = re.compile(
    rf"{_DESTINATION_TO}\s+(?:(?:the\s+)?(?:[a-z-]+\s+){{0,4}}?[a-z-]+(?<!s)s|an?\s+(?:[a-z-]+\s+){{0,3}}?[a-z-]+)"
    rf"\s+in\s+(?:the\s+)?{_NAMES_LISTED_SO_FAR}*$"
    # "offtake agreements signed with buyers in China, South Korea and Japan": where the buyers are.
    rf"|\b(?:{'|'.join(lexicon.BUYER_NOUNS)})\s+in\s+(?:the\s+)?{_NAMES_LISTED_SO_FAR}*$"
)
# "a distributor in Kyrgyzstan’s Batken region bought oil worth 31 million soms": where one buyer sits, when it buys.
_TRADER_IN_BEFORE_RE = re.compile(
    rf"\b(?:an?|one)\s+(?:[a-z-]+\s+)?(?:{'|'.join(lexicon.TRADER_NOUNS)})\s+in\s+(?:the\s+)?"
    rf"(?:[A-Z][\w-]*['’]s\s+)?{_NAMES_LISTED_SO_FAR}*$"
)
_BOUGHT_AFTER_RE = re.compile(
    r"(?:['’]s)?(?:\s+[A-Za-z][\w-]*){0,3}?\s+(?:" + "|".join((*lexicon.BUYER_VERBS, "ordered", "imported")) + r")\b"
)
# "shipped its first 40 tons to Urumqi", "sold to Tashkent and": a city the goods went to.
_GOODS_SENT_TO_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.GOODS_SENT_VERBS)})\b[^.;]{{0,60}}?{_DESTINATION_TO}\s+(?:the\s+)?"
    rf"(?:[A-Z][\w-]*['’]s\s+)?{_NAMES_LISTED_SO_FAR}*"  # "went to Russia’s Omsk and Kurgan regions"
    rf"(?:{_LISTED_NAME}\s+in\s+)?$"  # "carried 38,600 trucks to Alat in Azerbaijan": its country too
)


# "the third-largest trading partner after China and Russia": the ones ranked ahead are not what the figure is of.
_RANKED_AFTER_RE = re.compile(
    rf"\b(?:{'|'.join(lexicon.RANKING_SUPERLATIVES)})\b[^.;,]{{0,40}}?\bafter\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s*(?:,|and)?\s*)*\Z"
)


# Buyers named after "to ... markets,": "to export markets, mainly", "to foreign buyers, including".
_MARKETS_NAMED_BEFORE_RE = re.compile(
    r"\bto\s+(?:[\w-]+\s+){0,3}?(?:markets?|buyers|customers|consumers|destinations),?\s+"
    r"(?:mainly|mostly|primarily|chiefly|notably|including|such\s+as|led\s+by)\s+(?:the\s+)?\Z"
)


def _after_a_destination_word(text: str, mention: EntityMention, measure: str | None = None) -> bool:
    """Whether "to", "with", "from" ... leads the mention in ("exports to Russia", "a deal with Rosatom"); not "with"
    opening a clause the mention does (`_opens_a_with_clause`), but for a country only the share it takes: "with
    Uzbekistan buying 4 million tonnes" are still the exporter's."""
    before = text[max(0, mention.start - 16) : mention.start]
    if not _DESTINATION_RE.search(before):
        return False
    return not (_opens_a_with_clause(text, mention) and (mention.type != "country" or measure == "share"))


def _opens_a_with_clause(text: str, mention: EntityMention) -> bool:
    """Whether the mention opens a clause after "with" that it does ("..., with the fund holding 96.4 tonnes of the
    metal", "with China accounting for 58%"): what the clause states is the mention's, nothing before it."""
    return bool(
        _WITH_THE_BEFORE_RE.search(text, max(0, mention.start - 12), mention.start)
        and _PARTICIPLE_AFTER_RE.match(text, mention.end)
    )


def _is_destination(text: str, mention: EntityMention, measure: str | None = None) -> bool:
    """A country or bloc that goods go to or partners come from ("exports to Russia", "with a Japanese firm",
    "to Central Asia, Afghanistan and China"), or a city a service goes to ("new flights to Istanbul, Jeddah and
    Dubai")."""
    if mention.type == "city":
        return _SERVICE_TO_RE.search(text, max(0, mention.start - 80), mention.start) is not None
    if mention.type not in ("country", "organization"):
        return False
    if _SOURCE_RE.search(text, max(0, mention.start - 30), mention.start):
        return False  # "According to the Ministry of Energy, Pavlodar region produced ...": a source, no list to go on
    if _after_a_destination_word(text, mention, measure):
        return True
    if _RANKED_AFTER_RE.search(text, max(0, mention.start - 70), mention.start):
        return True  # "the third-largest buyer of Kazakh grain after Uzbekistan and Afghanistan": the ones ahead
    if _MARKETS_NAMED_BEFORE_RE.search(text, max(0, mention.start - 60), mention.start):
        return True  # "Sales to export markets, mainly Uzbekistan, Kyrgyzstan and Afghanistan": the markets named
    return _DESTINATION_LIST_RE.search(text, max(0, mention.start - 60), mention.start) is not None


# "the Aktau Marina City waterfront project worth": a value stated of the name right before it.
_VALUED_RIGHT_AFTER_RE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:worth|valued\s+at|costing|estimated\s+at)\s")


def _is_programme(mention: EntityMention) -> bool:
    """A project, or a plan whose name holds a place ("Comprehensive Plan for the Development of Kyzylorda Region")."""
    return mention.type == "project" or not PROGRAMME_HEADS.isdisjoint(mention.name.split()[:3])


# A party and where it comes from: "an operator from Omsk", "the largest exporter, Zhetysu Bal Invest from Tekeli".
_ORIGIN_OF_A_NAMED_RE = re.compile(
    r"(?:\ban?\s+(?:[a-z-]+\s+){0,2}[a-z]+(?<!ed)|,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)\s+from\s+(?:the\s+)?\Z"
)

_SPOKEN_IN_BEFORE_RE = re.compile(r"\b(?:" + "|".join(SPEECH_OCCASIONS) + r")\s+in\s+\Z")


_MONEY_SPENT_MEASURES = frozenset({"investment", "project_value"})
_SUCH_AS_BEFORE_RE = re.compile(r"\bsuch\s+as\s+(?:the\s+)?\Z", re.IGNORECASE)
_ON_A_VENUE_BEFORE_RE = re.compile(r"\b(?:on|at|via|through)\s+(?:the\s+)?\Z")


# "Trading volume reached KZT 30 trillion on the Kazakhstan Stock Exchange": the venue's own business.
_VENUE_BUSINESS_RE = re.compile(rf"\b(?:{longest_first(VENUE_BUSINESS_WORDS)})\b", re.IGNORECASE)


def _is_a_venue(text: str, mention: EntityMention) -> bool:
    """A trading venue named as where trade happens ("helped by high prices on the London Metal Exchange", "a bond
    issue of 15 billion tenge on the Astana International Exchange"): it owns no figure named before it but its own
    business ("Turnover reached KZT 2 trillion on the exchange")."""
    return mention.name.rsplit(None, 1)[-1] in VENUE_HEADS and bool(
        _ON_A_VENUE_BEFORE_RE.search(text, max(0, mention.start - 12), mention.start)
    )


# (Only after a distance: "in the east of Taraz", "in the south-west of Almaty region" are parts of the place.)
_DIRECTION_OF_BEFORE_RE = re.compile(
    r"\d\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:to\s+the\s+)?"
    rf"(?:{'|'.join(lexicon.COMPASS_POINTS)})(?:-?(?:east|west))?(?:ern)?"
    r"\s+of\s+\Z",
    re.IGNORECASE,
)


def _may_govern(text: str, mention: EntityMention, measure: str) -> bool:
    """Countries that goods go *to*, programmes things are done *under*, and bodies reporting a rate
    are not what the number is about (builders and suppliers: `follows_lead` with `_AGENT_RE`)."""
    if _SUCH_AS_BEFORE_RE.search(text, max(0, mention.start - 14), mention.start):
        return False  # "stands for wide-body freighters such as the Boeing 747-8F, at a cost of": an example
    if mention.type == "organization" and mention.name[:1].islower():
        return False  # "head of the regional agriculture department": a body named by what it does reports figures
    if (
        mention.type == "other"
        # "The Small Aral Sea covers 3,300 square kilometres": nature opening its sentence is what it speaks of.
        and not opens_sentence(text, mention.start - (4 if text.endswith(("the ", "The "), 0, mention.start) else 0))
        and (mention.name in NATURAL_FEATURES or mention.name.rsplit(None, 1)[-1] in NATURAL_FEATURE_HEADS)
    ):
        return False  # "a new bridge across the Ili River": a river is where the bridge stands
    if (
        mention.type == "other"
        and mention.name.split(None, 1)[0] in NATURAL_FEATURE_PREFIXES
        and mention.name.count(" ") == 1  # "Lake Shchuchye", not "Lake Balkhash Resort"
        and measure in _MONEY_SPENT_MEASURES
    ):
        # "a resort worth 18.6 billion tenge on the shore of Lake Shchuchye": a lake spends nothing (its fish
        # catch is its own).
        return False
    if (
        mention.type == "other"
        and mention.name.endswith(_DISTRICT_SUFFIXES)
        and not opens_sentence(text, mention.start - (4 if text.endswith(("the ", "The "), 0, mention.start) else 0))
    ):
        # "three new elevators were put into operation in Mendykara district": the region's figure ("Sarkand
        # district led with 214 loans": the district's, the subject of its sentence).
        return False
    if mention.type in PLACE_TYPES and _DIRECTION_OF_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start):
        return False  # "The site, 540 km south of Ulaanbaatar, covers 240 hectares": a place to measure from
    if mention.type in PLACE_TYPES and text.startswith("-based", mention.end):
        return False  # "The Kyzylorda-based refinery processed 2.27 million tons": where it is based
    if mention.type in PLACE_TYPES and _POSSESSIVE_DETERMINER_BEFORE_RE.search(
        text, max(0, mention.start - 8), mention.start
    ):
        return False  # "the bank said its Shymkent loan portfolio grew": whose portfolio is the possessor's
    if mention.type in ("country", "organization") and _after_a_destination_word(text, mention, measure):
        return False
    if (
        mention.type in PLACE_TYPES
        and not mention.is_alias  # "paid to seven investors in the city": the city the article is about
        and _BUYERS_IN_BEFORE_RE.search(text, max(0, mention.start - 70), mention.start)
    ):
        return False
    if (
        mention.type in PLACE_TYPES
        and _TRADER_IN_BEFORE_RE.search(text, max(0, mention.start - 70), mention.start)
        and _BOUGHT_AFTER_RE.match(text, mention.end)
    ):
        return False  # "a distributor in Kyrgyzstan’s Batken region bought oil worth ...": where the buyer sits
    if mention.type in PLACE_TYPES and _DESTINATIONS_INCLUDING_RE.search(
        text, max(0, mention.start - 120), mention.start
    ):
        return False  # "exported to 17 countries, including Türkiye, Germany and China": where the goods went
    if mention.type in PLACE_TYPES and _GOODS_SENT_TO_RE.search(text, max(0, mention.start - 100), mention.start):
        return False
    if mention.type in ("city", "region") and _ORIGIN_OF_A_NAMED_RE.search(
        text, max(0, mention.start - 50), mention.start
    ):
        return False  # "an operator from Omsk", "Zhetysu Bal Invest from Tekeli": where someone comes from
    if mention.type == "city" and _SPOKEN_IN_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start):
        return False  # "the minister told a briefing in Astana": where the figures were announced
    if _ROUTE_RE.search(text, max(0, mention.start - 30), mention.start):
        return False  # "52.6 million tonnes went via the Caspian Pipeline Consortium": the way, not the subject
    if _ORIGIN_RE.search(text, max(0, mention.start - 30), mention.start) or _ORIGIN_LIST_RE.search(
        text, max(0, mention.start - 60), mention.start
    ):
        return False  # "kraftliner still purchased in Russia and Finland": where the inputs come from
    if _LOCATION_RE.search(text, max(0, mention.start - 30), mention.start):
        return False  # "The complex will be located in the National Industrial Petrochemical Technopark"
    if _PAYEE_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start) and _SUM_AFTER_RE.match(
        text, mention.end
    ):
        return False  # "paid the national utility Barqi Tojik 31.9 million somoni": who was paid, not who paid
    if _EXCLUDED_RE.search(text, max(0, mention.start - 30), mention.start):
        return False  # "Excluding the Kara-Tash gold mine, growth stood at 9.3%": left out, not the subject
    if _SOURCE_RE.search(text, max(0, mention.start - 30), mention.start):
        return False  # "according to the Ministry of Economy": who reports the figure, not what it is about
    if mention.type == "enterprise" and measure != "share" and is_partner_at(text, mention.start):
        return False  # "The project of Alatau Motors, carried out jointly with China's Greenway Auto, cost ..."
    if (
        _is_programme(mention)
        and _FRAMING_RE.search(text, max(0, mention.start - 30), mention.start)
        and not _VALUED_RIGHT_AFTER_RE.match(text, mention.end)
    ):
        # "under the Nurly Zhol programme, 1,200 km of roads were built" (but "as part of the Aktau Marina City
        # project worth 96 billion tenge": what the project is worth is the project's).
        return False
    if _WHOLE_OF_SHARE_RE.search(text, max(0, mention.start - 60), mention.start) and not _gapped_item(text, mention):
        return False  # "8% of Kazakhstan's exports" (not "Afghanistan took 61% of the volume and Uzbekistan 34%")
    if (
        mention.type == "organization"
        and (_reports(mention) or mention.name in CENTRAL_BANKS)
        and _REPORTS_AFTER_RE.match(text, mention.end)
    ):
        # "The Ministry of Industry expects 17.5 million square meters", "the National Statistical Committee put
        # the flock at 6.1 million head": the country's, the body reports it.
        return False
    if mention.type == "country" and measure != "share" and _gapped_buyer(text, mention):
        return False  # "Kazakhstan took 18,9 thousand tonnes and Russia 7,1 thousand tonnes": the verb is gapped
    if mention.type == "country" and measure != "share" and _BUYER_AFTER_RE.match(text, mention.end):
        # "Uzbekistan came second with 398 thousand tonnes": a market the exports went to ("China remained the main
        # buyer, taking 95 percent of the coal" is China's share of them).
        return False
    if (
        mention.type in ("enterprise", "organization")
        and measure in RATE_MEASURES
        and _FORECAST_AFTER_RE.match(text, mention.end)
    ):
        # "Orda Bank's analysts expect inflation to slow to 8%", "the IMF's latest forecast is 4.6%": what a firm's
        # analysts or a body forecast.
        return False
    # "The Bureau of National Statistics reported 5% growth": a body that reports a rate; a bank or insurer that
    # holds a share of its market has it ("Qazpay Bank processed 71% of all QR transactions").
    return not (
        mention.type == "organization"
        and measure in RATE_MEASURES
        and (measure != "share" or _reports(mention))
        # "Tenir Bank's net profit rose 12%": a body that is no reporter owns what it is written as owning (not "the
        # IMF's latest forecast is 4.6%").
        and (
            _reports(mention)
            or not _POSSESSOR_RE.match(text, mention.end)
            or _FORECAST_AFTER_RE.match(text, mention.end) is not None
        )
    )


_FORECAST_AFTER_RE = re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(sorted(lexicon.FORECAST_NOUNS))})\b")


# "The National Bank expects full-year inflows of $2.9-3.1 billion": a central bank forecasting its country's figure.
# A ministry that says, expects or forecasts a figure of its country ("The Ministry of Energy said that ...").
_REPORTS_AFTER_RE = re.compile(
    r"(?:\s*\([A-Z]{2,6}\))?\s+(?:(?:also|earlier|now)\s+)?(?:" + "|".join(MINISTRY_REPORTING_VERBS) + r")\b",
    re.IGNORECASE,
)
_GAPPED_FIGURE_AFTER_RE = re.compile(r"\s+(?:about\s+|some\s+)?\d")
_GAPPED_BEFORE_RE = re.compile(r"(?:,|\band)\s+(?:the\s+)?\Z")


def _gapped_item(text: str, mention: EntityMention) -> bool:
    """A name a list gives with its own figure after it, its verb written once before ("..., and Uzbekistan 34%")."""
    return (
        _GAPPED_FIGURE_AFTER_RE.match(text, mention.end) is not None
        and _GAPPED_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start) is not None
    )


def _gapped_buyer(text: str, mention: EntityMention) -> bool:
    """A country a list names with its figure after a buyer verb written once before it ("China took 58%, Japan
    8%", "Kazakhstan took 18,9 thousand tonnes and Russia 7,1 thousand tonnes")."""
    if not _gapped_item(text, mention):
        return False
    clause_start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    return _BUYER_VERB_RE.search(text, clause_start, mention.start) is not None


_BUYER_VERB_RE = re.compile(rf"\b(?:{'|'.join(lexicon.BUYER_VERBS)})\b")
# A country written as a buyer of the exports the text reports ("remained the largest buyer", "came second with",
# "bought 176,400 tonnes"), not one that bought "from" a seller it names.
_BUYER_AFTER_RE = re.compile(
    rf"\s+(?:(?:remained|was|is|became|stayed)\s+(?:the\s+)?(?:{'|'.join(lexicon.MARKET_RANK_WORDS)})"
    rf"(?:[\s-]+largest)?\s+(?:{'|'.join(lexicon.BUYER_ROLE_NOUNS)})s?\b"
    rf"|came\s+(?:second|third|fourth|next)\b|(?:alone\s+|together\s+)?(?:{'|'.join(lexicon.BUYER_VERBS)})\b"
    r"(?![^.;]*\bfrom\b))"
    # "Uzbekistan, Kyrgyzstan and Tajikistan together bought": each country of a list of buyers.
    rf"|(?-i:(?:(?:,\s*|\s+and\s+)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?){{1,4}}\s+(?:together\s+)?(?:{'|'.join(lexicon.BUYER_VERBS)}))\b"
    r"(?![^.;]*\bfrom\b)",
    re.IGNORECASE,
)


_NOTING_THAT_RE = re.compile(
    r",\s+(?:noting|adding|saying|stressing|explaining|pointing\s+out|emphasising|emphasizing|recalling)\s+that\s+"
)


def _in_same_part(text: str, sentence: Sentence, q: Quantity, mentions: list[EntityMention]) -> list[EntityMention]:
    """The mentions in the part of the sentence that holds `q` (parts end at semicolons and before a reported clause),
    if it has any ("12 wind farms in Akmola region; and two solar plants in Turkestan region": the second count is
    Turkestan's)."""
    part_start = text.rfind(";", sentence.start, q.start) + 1 or sentence.start
    part_end = text.find(";", q.end, sentence.end)
    part_end = sentence.end if part_end < 0 else part_end
    # '..., Toktogulov said, noting that Kyrgyzstan's installed capacity now stands at 3,900 MW': a reported clause
    # is a part of its own.
    for reported in _NOTING_THAT_RE.finditer(text, part_start, part_end):
        if reported.end() <= q.start:
            part_start = reported.end()
        elif reported.start() >= q.end:
            part_end = min(part_end, reported.start())
    in_part = [m for m in mentions if part_start <= m.start and m.end <= part_end]
    return in_part or mentions


def _is_an_area(mention: EntityMention) -> bool:
    """A place, a zone, or an area named after its city ("the Konayev industrial zone")."""
    return mention.type in PLACE_TYPES or mention.type == "zone" or mention.name.endswith(CITY_AREA_HEADS)


def _counted_place_type(q: Quantity) -> str | None:
    """The place type a count counts ("15 regions" -> "region"), if it counts places."""
    head = q.item.rsplit(None, 1)[-1].casefold() if q.item else ""
    place_type = LIST_HEADS.get(head)
    return place_type if place_type in PLACE_TYPES else None


def _owner_of_the_whole(context: ArticleContext, sentence: Sentence, q: Quantity) -> EntityMention | None:
    """The place named as the whole right after a share ("5.8% of Almaty's GRP"), if any."""
    text = context.text
    for mention in _sentence_mentions(context, sentence):
        if mention.start < q.end or _CLAUSE_BREAK_RE.search(text, q.end, mention.start):
            continue
        if _is_destination(text, mention):
            continue  # "60% of shipments went to China": where the part went, not whose whole it is
        if mention.type in PLACE_TYPES and _WHOLE_OF_SHARE_RE.search(text, max(0, mention.start - 60), mention.start):
            return mention
        break
    return None


def _named_by_the_figure(
    text: str, q: Quantity, after: list[EntityMention], mentions: list[EntityMention]
) -> EntityMention | None:
    """ "the 300 MW Nurli Quyosh solar station", "a 450 MW solar power plant in the Issyk-Kul region": a figure
    that modifies the name right after it, or is part of the phrase that names the thing, is that thing's."""
    around = [m for m in mentions if m.start <= q.start and q.end <= m.end and m.type in ENTERPRISE_TYPES]
    if around:
        return around[-1]
    if after and after[0].type in ENTERPRISE_TYPES and not text[q.end : after[0].start].strip():
        return after[0]
    return None


# "... to invest $300 million in Kazakhstan", "put $11.2 billion into Kazakhstan's economy".
_INVESTED_IN_RE = re.compile(r"(?:\s*\([^)]*\))?\s+(?:in|into)\s+(?:the\s+)?$")


def _destination_of_generic_investors(
    text: str, q: Quantity, before: list[EntityMention], after: list[EntityMention]
) -> EntityMention | None:
    """Where money from investors named by no name goes: "Uzbek companies intend to invest $300 million in
    Kazakhstan" is Kazakhstan's investment (a named investor keeps its own: "Torgai Gold will invest ...")."""
    if not after or not _INVESTED_IN_RE.match(text, q.tail_end, after[0].start):
        return None
    if after[0].type in ENTERPRISE_TYPES and after[0].type != "zone":
        return after[0]  # "will invest KZT18bn in a coal washing plant": the plant's investment, whoever pays
    investor = before[-1] if before else None
    if investor is not None and text[investor.start : investor.end] not in DEMONYMS:
        return None
    return after[0]


# "A beekeeping cooperative in ... has shipped 46 tonnes", "A heap-leach gold project in ... has stacked": so does an
# unnamed firm or project.
_OPENS_WITH_A_FACILITY_RE = re.compile(
    r"\W*(?:A|An)\s+(?:[\w$.,-]+\s+){0,5}?(?:" + "|".join(sorted(FACILITY_HEADS | UNNAMED_FIRM_HEADS)) + r")\b"
)
# Figures of the unnamed facility itself ("A dairy complex for 2,400 head of cattle ...").
_UNNAMED_FACILITY_MEASURES = frozenset(MEASURES) - {"gross_product", "growth_rate", "population"}
# How far after its sentence the company of an unnamed facility may be named.
_COMPANY_REACH = 300


def _company_of_an_unnamed_facility(
    context: ArticleContext, sentence: Sentence, q: Quantity, measure: str
) -> EntityMention | None:
    """The enterprise named first after a sentence that opens with an unnamed facility ("A meat processing plant
    with a capacity of 12,000 tons has opened in Terekti district"), for the facility's own figures."""
    if measure not in _UNNAMED_FACILITY_MEASURES or not _OPENS_WITH_A_FACILITY_RE.match(context.text, sentence.start):
        return None
    index = bisect.bisect_left(context.mention_starts, q.end)
    builder = None
    for mention in context.mentions[index : index + _RECENT_MENTIONS]:
        if mention.start > sentence.end + _COMPANY_REACH:
            break
        if mention.type != "enterprise" or mention.is_alias:
            continue
        if names_a_lender(mention.name) or backs(context.text, (mention.start, mention.end), None):
            continue  # "A new cement plant will cost KZT 90 billion, financed by Halyk Bank": a lender owns no plant
        if not follows_lead(context.text, (mention.start, mention.end), _AGENT_RE):
            return mention
        # "Built by Ertis Agro Holding, the Semey Et plant cost ...": the plant's name, else its builder's.
        builder = builder or mention
    return builder


# ", which X is building for", ", a 150 MW project of X worth": X builds or owns the facility named before.
_BUILDER_OF_BEFORE_RE = re.compile(
    r",?\s+(?:which|that)\s*$|,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:project|facility|plant|investment)\s+(?:of|by)\s*$",
    re.IGNORECASE,
)


def _facility_described_before(text: str, chosen: EntityMention, before: list[EntityMention]) -> EntityMention | None:
    """The facility named right before the company `chosen`, when the company is its builder or owner in a
    relative clause or an appositive."""
    index = next((i for i, m in enumerate(before) if m is chosen), None)
    if not index:
        return None
    facility = before[index - 1]
    if facility.type not in ENTERPRISE_TYPES or facility.name == chosen.name:
        return None
    return facility if _BUILDER_OF_BEFORE_RE.fullmatch(text, facility.end, chosen.start) else None


def _not_an_economy(mention: EntityMention, measure: str) -> bool:
    """Whether a figure of a whole economy cannot be `mention`'s: a company's or project's, or a body's growth
    rate ("The National Bank cut the base rate ... and expects inflation to slow to 8%"); a fund's share of a
    loan it covers is its own."""
    return mention.type in ENTERPRISE_TYPES or (mention.type == "organization" and measure != "share")


def _company_named_before(context: ArticleContext, position: int) -> EntityMention | None:
    """The last enterprise named before `position` as a company, not as a facility ("Kokzhal processing plant")."""
    index = bisect.bisect_left(context.mention_starts, position)
    for mention in reversed(context.mentions[max(0, index - 2 * _RECENT_MENTIONS) : index]):
        written = context.text[mention.start : mention.end].rsplit(None, 1)[-1].casefold()
        if mention.type == "enterprise" and written not in FACILITY_HEADS:
            return mention
    return None


def _last_mention_before(
    context: ArticleContext, position: int, types: frozenset[str] | None = None, destinations: bool = False
) -> EntityMention | None:
    """The mention named last before `position` (of one of `types`, if given), not counting a builder, backer or
    partner ("The Shu Wind project is carried out by Altyn Dala Energy together with the developer Nordwind
    Renewables. Its cost ..." is the project's)."""
    index = bisect.bisect_left(context.mention_starts, position)
    for mention in reversed(context.mentions[max(0, index - _RECENT_MENTIONS) : index]):
        if (types is None or mention.type in types) and not _is_a_helper(context.text, mention, destinations):
            return mention
    return None


_TOGETHER_WITH_RE = re.compile(r"\b(?:together|jointly|in\s+partnership)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}\Z")


def _is_a_helper(text: str, mention: EntityMention, destinations: bool = False) -> bool:
    """A name written after "built by", "with the support of", "together with the German developer", or a country
    the goods went to (unless `destinations`: "Their share" may be theirs)."""
    window = max(0, mention.start - 45)
    return bool(
        _AGENT_RE.search(text, window, mention.start)
        or _BACKER_RE.search(text, window, mention.start)
        or _TOGETHER_WITH_RE.search(text, window, mention.start)
        # ("Coal exports rose 25%, with China taking 70% of the shipments. Exports to Russia fell 5%": the clause
        # after "with" was China's, the paragraph is not.)
        or _opens_a_with_clause(text, mention)
        # "..., of which 980,000 tonnes went to Afghanistan. Flour exports rose, while their value grew": where
        # goods went owns nothing.
        or (not destinations and mention.type == "country" and _is_destination(text, mention))
    )


# Figures only a place has, whatever the article is about.
_PLACE_ONLY_MEASURES = frozenset({"gross_product", "population"})


_ECONOMY_INDICATOR_RE = re.compile(r"\b(?:" + "|".join(lexicon.ECONOMY_INDICATORS) + r")\b", re.IGNORECASE)


def _topic(context: ArticleContext, sentence: Sentence, measure: str) -> EntityMention | None:
    """What the article is about, for a figure in a paragraph that names nobody: the entity named most often
    so far; for a figure of a whole economy, the place named most often, unless a company is named at least as
    often ("Revenue for the quarter totalled $214 mln" in a company's report is its own; measured over 153 keyed sets,
    "at least as often" moved 86 subjects right and 34 wrong against "twice as often"), and but for an indicator only
    an economy has ("economic growth reached 5%")."""
    body_start, before = context.header.body_start, sentence.start
    places = _salient(_topic_candidates_once(context, measure), before, body_start)
    if measure not in PLACE_MEASURES or measure in _PLACE_ONLY_MEASURES:
        return places
    indicator = _ECONOMY_INDICATOR_RE.search(context.text, sentence.start, sentence.end)
    of_the_economy = measure in _ECONOMY_RATE_MEASURES or (
        measure == "share" and _OF_GDP_RE.search(context.text, sentence.start, sentence.end) is not None
    )
    if indicator is not None and places is None and of_the_economy:
        # "Inflation eased to 10.8%" in an article that names no place: the economy of the country a body's name
        # holds ("the National Bank of Tajikistan"), else of the article's country (not the bank named most).
        name, subject_type = _country_a_body_names(context) or context.default_subject
        return EntityMention(indicator.start(), indicator.end(), name, subject_type, True)
    if indicator is not None:
        return places
    anyone = _topic_candidates_once(context, "other")
    overall = _salient(anyone, before, body_start)
    if overall is None or places is None or overall.type in PLACE_TYPES:
        return places
    counts = Counter(m.name for m in anyone if m.start < before)
    return overall if counts[overall.name] >= counts[places.name] else places


# Rates of a whole economy (not "Retail trade accounted for 92% of the chain's revenue": a share of a firm's).
_ECONOMY_RATE_MEASURES = frozenset({"growth_rate", "gross_product"})
# "The budget deficit is expected at 2.9% of GDP": a share of a whole economy.
_OF_GDP_RE = re.compile(r"\bof\s+(?:the\s+country['’]s\s+)?(?:GDP|GRP|gross\s+(?:domestic|regional)\s+product)\b")
_BODY_OF_A_COUNTRY_RE = re.compile(
    r"\bof\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\Z"
)


def _country_a_body_names(context: ArticleContext) -> tuple[str, str] | None:
    """The country in the name of the first body the article names ("National Bank of Tajikistan"), if any."""
    for mention in context.mentions:
        if mention.type != "organization":
            continue
        found = _BODY_OF_A_COUNTRY_RE.search(mention.name)
        if found is not None and found["country"] in COUNTRIES:
            return found["country"], "country"
    return None


def _topic_candidates_once(context: ArticleContext, measure: str) -> list[EntityMention]:
    """`_topic_candidates` of the article's topic mentions, remembered per article: of the measure it reads
    only whether it is a figure of a whole economy."""
    key = measure in PLACE_MEASURES
    found = context.topic_candidates.get(key)
    if found is None:
        found = context.topic_candidates[key] = _topic_candidates(context.topic_mentions, measure)
    return found


def _topic_candidates(mentions: list[EntityMention], measure: str) -> list[EntityMention]:
    """Mentions that may be the unnamed topic of a figure: never the body that reports it (a ministry, an
    agency), and only a place for a figure of a whole economy ("economic growth reached 6%")."""
    if measure in PLACE_MEASURES:
        return [m for m in mentions if m.type in PLACE_TYPES]
    return [m for m in mentions if not _reports(m)]


# "East Kazakhstan gold miner raises output by 18%", "Akmola pasta maker doubles capacity": a title that describes a
# company by its place and trade, which the body then names.
_TITLE_COMPANY_RE = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}(?:"
    + "|".join(sorted(TITLE_COMPANY_HEADS, key=len, reverse=True))
    + r")\s+(?!in\b|of\b|at\b|for\b)[a-z]"
)


# "Turkestan region gets 24-hectare greenhouse complex", "Shymkent launches plant recycling 36,000 tons": a place
# that gets works a company builds, which the body names.
_TITLE_PLACE_GETS_WORKS_RE = re.compile(
    r"\s+(?:gets|opens|launches|to\s+get|to\s+open|to\s+build|builds|will\s+get)\s+(?:\S+\s+){0,3}?(?:"
    + "|".join(sorted(TITLE_COMPANY_HEADS | FACILITY_HEADS, key=len, reverse=True))
    + r")\b"
)


def _company_a_title_describes(context: ArticleContext, sentence: Sentence) -> EntityMention | None:
    """The company the body names first when the title's subject is a place's company ("Akmola pasta maker"), for a
    figure of the title; None otherwise."""
    header = context.header
    if not header.title or sentence.start >= header.body_start:
        return None
    place = next((m for m in _sentence_mentions(context, sentence)), None)
    if place is None or place.type not in PLACE_TYPES or context.text[sentence.start : place.start].strip():
        return None  # the title opens with the place whose company it is
    if not (
        _TITLE_COMPANY_RE.match(context.text, place.end, sentence.end)
        or _TITLE_PLACE_GETS_WORKS_RE.match(context.text, place.end, sentence.end)
    ):
        return None
    return next(
        (m for m in context.mentions if m.start >= header.body_start and m.type == "enterprise" and not m.is_alias),
        None,
    )


def _reports(mention: EntityMention) -> bool:
    """Whether the mention names a body that reports figures (a ministry, a bureau, a press service), also
    written in lower case ("the regional department of entrepreneurship")."""
    return not REPORTING_BODY_WORDS.isdisjoint(word.capitalize() for word in mention.name.split())


def _governed_country(context: ArticleContext) -> tuple[str, str]:
    """The country whose government acts in an article: the home country where it is named (its trade with China
    is still its own), else the country the article names most, else the article's country."""
    counts = Counter(m.name for m in context.mentions if m.type == "country")
    if not counts or DEFAULT_SUBJECT[0] in counts:
        return context.default_subject
    return (max(counts, key=counts.__getitem__), "country")


def _salient(mentions: list[EntityMention], before: int, body_start: int = 0) -> EntityMention | None:
    """The entity named most often before `before`; a tie goes to the one the body (from `body_start`) names
    first ("Kyzylorda farmers complete harvest" titles a story on Kyzylorda region, which the body names)."""
    counts: dict[str, int] = {}
    first: dict[str, EntityMention] = {}
    for mention in mentions:
        if mention.start >= before:
            break
        counts[mention.name] = counts.get(mention.name, 0) + 1
        known = first.get(mention.name)
        if known is None or known.start < body_start <= mention.start:
            first[mention.name] = mention
    if not counts:
        return None

    def rank(name: str) -> tuple[int, bool, int]:
        return counts[name], first[name].start >= body_start, -first[name].start

    return first[max(counts, key=rank)]


_FROM_RIGHT_BEFORE_RE = re.compile(r"\bfrom\s*$", re.IGNORECASE)


def _is_base_of_change(text: str, q: Quantity, following: list[Quantity]) -> bool:
    """'grew from KZT184 to 898bn in 2021': the first amount is the unstated base, not a 2021 figure; so is a
    level that stands now before the target it should reach ("stands at 28% and should reach 50% by 2025")."""
    if not following:
        return False
    if text.find(" and ", q.tail_end, following[0].start) >= 0 and _STANDS_NOW_BEFORE_RE.search(
        text, max(0, q.start - 30), q.start
    ):
        return _TARGET_NEXT_RE.fullmatch(text, q.tail_end, following[0].start) is not None
    if not _FROM_RIGHT_BEFORE_RE.search(text, max(0, q.start - 8), q.start):
        return False
    return text[q.tail_end : following[0].start].strip().lower() == "to"


_STANDS_NOW_BEFORE_RE = re.compile(
    r"\b(?:stands|currently\s+stands|now\s+stands|is|are)\s+(?:now\s+|currently\s+)?(?:at\s+)?" + QUALIFIER_GAP + r"\Z",
    re.IGNORECASE,
)
_TARGET_NEXT_RE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s*,?\s+and\s+(?:should|is\s+to|will|is\s+expected\s+to|is\s+set\s+to|must|is\s+planned\s+to)\s+"
    r"(?:" + "|".join(verb.replace(" ", r"\s+") for verb in lexicon.TARGET_VERBS) + r")\s+" + QUALIFIER_GAP,
    re.IGNORECASE,
)


def _growth_topic(text: str, frame: Frame) -> str | None:
    """The growth topic in force: that of the last unread sentence naming one, else `frame.growth_item`."""
    for sentence in reversed(frame.unread_topics):
        topic = _sentence_growth_topic(text, sentence)
        if topic is not None:
            frame.growth_item = topic
            break
    frame.unread_topics.clear()
    return frame.growth_item


def _sentence_growth_topic(text: str, sentence: Sentence) -> str | None:
    """'Investments in fixed assets showed positive growth rates.': later rates are of that indicator.

    Out: the indicator named before the sentence's first change word, or None."""
    change = INCREASES.first_in(text, sentence.start, sentence.end) or DECREASES.first_in(
        text, sentence.start, sentence.end
    )
    if change is None:
        return None
    indicator = INDICATORS.nearest_before(text, sentence.start, sentence.start + change.start())
    return indicator[0] if indicator else None


_FOR_BEFORE_RE = re.compile(r"\bfor\s+(?:the\s+)?\Z")


def _set_for_an_unfinished_year(context: ArticleContext, stated: TimeExpression | None) -> bool:
    """ "The budget for 2023 was approved at KZT311bn" in March 2023: a figure set for a year not yet over is a plan."""
    if stated is None or stated.kind not in ("year", "years") or context.header.published_date is None:
        return False
    if not (
        context.text.startswith("for ", stated.start)
        or _FOR_BEFORE_RE.search(context.text, max(0, stated.start - 10), stated.start)
    ):
        return False
    period = _resolve(stated, "planned")
    return period is not None and period[1] is not None and period[1] > context.header.published_date


def _lies_ahead(period, published) -> bool:
    """True when a period starts after the publication date, or is a deadline ("by 2030") still ahead."""
    if period is None or published is None:
        return False
    start, end = period
    if start is not None:
        return start > published
    return end is not None and end > published


# "Deliveries to China, which started only last year, rose 3.4-fold": a clause set aside by commas.
# "The station building, erected in 1959, has been expanded to 9,400 square metres": when it was built.
_ASIDE_PARTICIPLES = (
    *("built", "erected", "constructed", "reconstructed", "commissioned", "opened", "launched", "founded"),
    *("established", "completed", "renovated", "modernised", "modernized"),
)
_CLAUSE_ASIDE_RE = re.compile(rf",\s+(?:which|who|{'|'.join(_ASIDE_PARTICIPLES)})\s+[^,;.]*,")
_CLAUSE_ASIDE_OPENERS = (", wh", *(", " + participle for participle in _ASIDE_PARTICIPLES))
_DIGIT_RE = re.compile(r"\d")


def _in_a_clause_aside(text: str, sentence: Sentence, expression: TimeExpression) -> bool:
    """Whether a time expression stands in a relative clause set aside by commas that states no figure: it dates what
    the clause tells, not the sentence's figures."""
    if not holds_any(text, sentence.start, expression.start, _CLAUSE_ASIDE_OPENERS):
        return False
    for aside in _CLAUSE_ASIDE_RE.finditer(text, sentence.start, sentence.end):
        if aside.start() < expression.start and expression.end <= aside.end():
            if _DURING_OPENER_RE.fullmatch(text, sentence.start, aside.start()):
                return (
                    False  # "During the shutdown, which ran from 14 March to 10 April, crews replaced ...": the frame
                )
            rest = text[aside.start() : expression.start] + text[expression.end : aside.end()]
            return _DIGIT_RE.search(rest) is None
    return False


# "During the shutdown", "Over the campaign": an event the sentence is framed by, which an aside may date.
_DURING_OPENER_RE = re.compile(r"[\s\"«“]*(?:During|Over|Throughout)\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+")


def _period_fields(expression: TimeExpression | None, status: str) -> tuple:
    resolved = _resolve(expression, status)
    return resolved if resolved else (None, None)


# "Karaganda EV plant to roll out 600 electric buses", "Almaty to spend KZT 137 bln on new buses": a title's
# "<subject> to <verb>" is "is to": what is planned. Not "lifts exports to record 1.12 mln tons", "loans to small
# businesses", "Go to the main site" (a finite verb or a word that is no verb after "to").
_HEADLINE_PLAN_RE = re.compile(
    rf"[^,;:]*?(?<!\bup)(?<!\bfrom)\s+to\s+(?!(?:{'|'.join(lexicon.NOT_HEADLINE_VERBS)})\b)[a-z]+\b"
)
_FINITE_VERB_RE = re.compile(rf"\b(?:{'|'.join(lexicon.HEADLINE_FINITE_VERBS)})\b", re.IGNORECASE)


def _is_headline_plan(context: ArticleContext, sentence: Sentence, q: Quantity) -> bool:
    """Whether the figure stands after "<subject> to <verb>" in the article's title."""
    header = context.header
    if not header.title or sentence.start >= header.body_start:
        return False
    plan = _HEADLINE_PLAN_RE.match(context.text, sentence.start, q.start)
    return plan is not None and not _FINITE_VERB_RE.search(context.text, sentence.start, plan.end())


_EVENT_YEAR_KIND = "event_year"


def _dates_an_event(text: str, expression: TimeExpression) -> bool:
    """True when the period follows an event verb ("was commissioned in 2023") or opens the event's clause
    ("In December the company started up a new unit"); "Founded in 2004, ..." is an event's year by its wording."""
    if expression.kind == _EVENT_YEAR_KIND:
        return True
    if _EVENT_BEFORE_RE.search(text, max(0, expression.start - _EVENT_REACH), expression.start) is not None:
        return True
    if _OPENING_EVENT_CLAUSE_RE.search(text, max(0, expression.start - 120), expression.start) is not None:
        return True  # "Built by Chinese and Tajik investors for $165 million in 2019, it employs 620 people."
    return _EVENT_AFTER_RE.match(text, expression.end) is not None


# A sentence opening with the participle of an event, up to the period: "Built by ... in 2019, it employs ...".
_OPENING_EVENT_CLAUSE_RE = re.compile(
    r"(?:\A|[.!?]\s+|\n|\s[–—]\s+)\W*(?:"
    + "|".join(p.capitalize() for p in ("built", "constructed", *_FOUNDING_VERBS) if " " not in p)
    + r")\b[^,;.]*\Z"
)


def _close_in_clause(text: str, q: Quantity, expression: TimeExpression) -> bool:
    """ "three zones Shymkent currently has": an undated word a few words after the number, no comma between."""
    gap = text[q.tail_end : expression.start]
    return _undated(expression) and len(gap) <= _CLOSE_AFTER_CHARS and not _PUNCTUATION_RE.search(gap)


def _undated_elsewhere(text: str, expression: TimeExpression, q: Quantity) -> bool:
    """An undated word in another clause than the figure's; one that opens the sentence ("At present, ...")
    frames the whole sentence."""
    if not _undated(expression) or opens_sentence(text, expression.start):
        return False
    # "currently unites 1,038 companies, including 196 from 31 countries": the parts of a total stand as it does.
    gap = _PARTS_LISTED_RE.sub(" ", text[expression.end : q.start])
    return _PUNCTUATION_RE.search(gap) is not None


def _means_no_period(expression: TimeExpression) -> bool:
    """ "now", "currently", "so far" themselves, not wording the article's missing date leaves unresolved ("this
    year" in an undated article)."""
    return expression.actual == _NO_PERIOD and expression.planned == _NO_PERIOD


_NO_PERIOD = (None, None)


def _undated(expression: TimeExpression) -> bool:
    """ "currently", "so far", "since its launch": wording that leaves a figure without a period."""
    return _resolve(expression, "actual") is None and _resolve(expression, "planned") is None


_YEAR_EARLIER_RE = re.compile(r"a\s+year\s+(?:earlier|ago|before)", re.IGNORECASE)


def _is_year_earlier(text: str, expression: TimeExpression) -> bool:
    return _YEAR_EARLIER_RE.fullmatch(text, expression.start, expression.end) is not None


def _year_before(period):
    """The same dates a year earlier (29 February becomes the 28th)."""
    if period is None or period[0] is None or period[1] is None:
        return None
    return tuple(d.replace(year=d.year - 1, day=min(d.day, 28 if d.month == 2 else d.day)) for d in period)


def _bases_of(comparisons: list[TimeExpression], q: Quantity) -> list[TimeExpression]:
    """The comparisons a change may be measured against: an index level's base ("60% of the figure for 2022") only
    for that level."""
    return [e for e in comparisons if not e.index_base or _written_right_after(e, q)]


_INSTRUMENT_RE = re.compile(rf"\b(?:{'|'.join(CENTRAL_BANK_INSTRUMENT_WORDS)})\b", re.IGNORECASE)


def _reports_for_its_country(name: str, reading: Reading, q: Quantity, named_here: bool) -> bool:
    """Whether a figure given to a central bank is one it reports for its country (remittances, deposits, prices,
    money supply), not one of its own instruments (its policy rate, reserves, gold purchases). A figure with no item
    is the country's when the sentence does not name the bank ("Transfers from Russia reached $1.01 billion")."""
    if name not in CENTRAL_BANKS:
        return False
    if reading.item is None:
        # (A bare rate stays the bank's: "is expected to stay at 13.5-14%" is its policy rate.)
        return not named_here and not (q.kind == "percent" and reading.measure == "other")
    return not _INSTRUMENT_RE.search(reading.item)


def _country_of_the_bank(context: ArticleContext, name: str) -> tuple[str, str]:
    country = CENTRAL_BANKS[name]
    return (country, "country") if country else context.default_subject


def _written_right_after(expression: TimeExpression, q: Quantity) -> bool:
    return q.tail_end <= expression.start <= q.tail_end + _RIGHT_AFTER_CHARS


def _governing(
    text: str, expressions: list[TimeExpression], q: Quantity, others: Sequence[Quantity] = ()
) -> TimeExpression | None:
    """The period written right after the number, else the one stated before it in its sentence (the
    frame it opens), else the first after it in the same clause that is not another number's own."""
    # "beat last year's 478.3 thousand tonnes": a period in the possessive dates only the amount it qualifies.
    expressions = [e for e in expressions if not _dates_another_amount(text, e, q, others)]
    after = next((e for e in expressions if e.start >= q.end), None)
    if after is not None and (_written_right_after(after, q) or _close_in_clause(text, q, after)):
        # "from KZT310bn in 2022 to 352bn this year": a period written right after the number is its own.
        return after
    # "at the zones the city currently has, creating 274 jobs": an undated word in another clause is that clause's.
    # "... a year earlier, while 2.1 million tons were shipped": a comparison's time is no figure's before it.
    before = [
        e
        for e in expressions
        if e.end <= q.start
        and not _undated_elsewhere(text, e, q)
        and not _is_year_earlier(text, e)
        and not _dates_a_base_before(text, e, q, others)
    ]
    if before and after is not None and _dates_an_event(text, before[-1]) and _in_one_clause(text, q, after):
        # "The plant, launched in 2019, increased its output by 17% in January-October": 2019 dates the launch.
        return after
    if before and after is not None and _dates_the_clause_before(text, before[-1], q, after):
        # "handed over 14 buildings in 2023 and plans to invest 150 billion tenge in new projects over the next
        # three years": 2023 dates the first clause; the figure's own clause states its period after it.
        return after
    present = _present_of_own_clause(text, q, before, after)
    if present is not None:
        return present
    dated = [e for e in before if not _undated(e)]
    if dated and _undated(before[-1]):
        if _dates_an_event(text, dated[-1]) and not opens_sentence(text, dated[-1].start):
            # "The hub, opened in 2021, now has 137 residents", "The first stage, commissioned in 2022, has already
            # received $112 million": the launch's year, not the figure's ("In January, we already commissioned
            # four projects" opens the sentence with the figure's own date).
            return before[-1]
        # "Since the beginning of the year, investors have already put ...": "already" does not undo a date.
        return dated[-1]
    if before:
        return before[-1]
    if after is None or not _in_one_clause(text, q, after):
        # "Output rose 4%, while investment in January-June came to $175 million": another clause's period.
        return None
    if any(
        o.start >= q.end and _written_right_after(after, o) and _is_a_base_of_another(text, o, others) for o in others
    ):
        # "revenue reached KZT61.7bn, up from KZT48.3bn in 2020": 2020 is the base's, not the revenue's (but in
        # "threshed 512,000 tonnes of rice from 94,800 hectares this year" the hectares are no base of the tonnes).
        return None
    if _is_year_earlier(text, after):
        return None  # "213,000 TEU, 1.3 times the figure a year earlier": the comparison's time, not the figure's
    return after


_MARKERS = "|".join(m.replace(" ", r"\s+") for m in COMPARISON_MARKERS)
# Every comparison holds one of these words.
_COMPARISON_WORDS = (*key_words(COMPARISON_MARKERS), COMPARATIVE_THAN)
_COMPARISON_MARK_RE = GuardedPattern(
    re.compile(rf"\b(?:{_MARKERS}|{COMPARATIVE_THAN})\b", re.IGNORECASE), _COMPARISON_WORDS
)
# The base a change or plan is measured against: "against 41,800 tonnes", "to rise to 91% from 87.5%".
_COMPARED_BASE_RE = GuardedPattern(
    re.compile(
        rf"\b(?:{_MARKERS}|(?:{'|'.join(map(re.escape, CHANGE_BETWEEN_VERBS))})\b[^,.;]{{0,30}}\bfrom)\s+$",
        re.IGNORECASE,
    ),
    (*key_words(COMPARISON_MARKERS), "from"),
)
# "down 15.3% from the record $28.2 billion", "up from a revised KZT 48.3bn": a word that grades the base may stand
# between the marker and the amount.
_BASE_BEFORE_RE = GuardedPattern(
    re.compile(
        rf"\b(?:from|{COMPARATIVE_THAN}|{_MARKERS})\s*(?:(?:the|a)\s+(?:{'|'.join(lexicon.BASE_GRADES)})\s+)?$",
        re.IGNORECASE,
    ),
    ("from", *_COMPARISON_WORDS),
)


# What may stand between a possessive period and the amount it dates: "last year's record 478.3 thousand tonnes".
_POSSESSED_GAP_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?\Z")


def _is_possessive(text: str, expression: TimeExpression) -> bool:
    return text.endswith(("'s", "’s"), expression.start, expression.end)


def _dates_another_amount(text: str, expression: TimeExpression, q: Quantity, others: Sequence[Quantity]) -> bool:
    """Whether the period is a possessive that qualifies an amount other than `q` ("would beat last year's 478.3
    thousand tonnes"); "This year's harvest is 5.2 mln tonnes" dates the harvest, and so its figure."""
    if not _is_possessive(text, expression):
        return False
    return any(o is not q and _qualifies(text, expression, o) for o in others)


def _qualifies(text: str, expression: TimeExpression, q: Quantity) -> bool:
    """Whether a period in the possessive ("last year's") qualifies the amount `q` written right after it."""
    return q.start >= expression.end and _POSSESSED_GAP_RE.match(text, expression.end, q.start) is not None


_AND_THEN_RE = re.compile(r"\s(?:and|but)\s")


def _present_of_own_clause(
    text: str, q: Quantity, before: list[TimeExpression], after: TimeExpression | None
) -> TimeExpression | None:
    """A word of the present in the figure's own clause, after a date in the clause before: how things stand now
    ("grew 2.9% in 2022 and now exceeds 770,000 people", "invested $2.8 billion over five years, and more than 740
    companies now operate"). None where there is no such word or no such date."""
    dated = [e for e in before if not _undated(e)]
    if not dated:
        return None
    if before[-1] is not dated[-1]:
        own, clause_break = before[-1], _AND_THEN_RE.search(text, dated[-1].end, before[-1].start)
    elif after is not None and _in_one_clause(text, q, after):
        own, clause_break = after, _CLAUSE_BREAK_RE.search(text, dated[-1].end, q.start)
    else:
        return None
    if clause_break is None or text[own.start : own.end].lower() not in PRESENT_WORDS:
        return None
    return own


def _dates_the_clause_before(text: str, before: TimeExpression, q: Quantity, after: TimeExpression) -> bool:
    """Whether the period before a figure ends a clause of its own (a clause break between them, the period not
    opening the sentence, where it would frame all of it) while the figure's clause states a dated period after it."""
    if opens_sentence(text, before.start) or _undated(after) or _is_year_earlier(text, after):
        return False
    return _CLAUSE_BREAK_RE.search(text, before.end, q.start) is not None and _in_one_clause(text, q, after)


def _in_one_clause(text: str, q: Quantity, expression: TimeExpression) -> bool:
    """Whether no clause break stands between a figure and a period written after it."""
    return _CLAUSE_BREAK_RE.search(text, q.tail_end, expression.start) is None


def _dates_a_base_before(text: str, expression: TimeExpression, q: Quantity, others: Sequence[Quantity]) -> bool:
    """ "to mine 3 Mt this year, up from 2.5 Mt in 2023, and to produce 4 t of gold": a period written right after a
    base between the frame and `q` dates only the base."""
    return any(
        o.end <= expression.start
        and o.start < q.start
        and _written_right_after(expression, o)
        and _is_a_base_of_another(text, o, others)
        for o in others
    )


def _is_a_base_of_another(text: str, q: Quantity, others: Sequence[Quantity]) -> bool:
    """Whether `q` is the base of a figure before it in the same unit ("21.7 tons ..., up from 19.9 tons")."""
    return _is_a_base(text, q) and any(o.end <= q.start and o.unit == q.unit for o in others)


_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:the\s+current\s+|the\s+|a\s+)?$", re.IGNORECASE)


def _changed_from(text: str, q: Quantity, before: Sequence[Quantity]) -> bool:
    """Whether `q` is what a figure before it in the same unit changes from ("to 3 million tonnes a year from 1.8
    million tonnes"; not "more than 2,000", a bound)."""
    return _FROM_BEFORE_RE.search(text, max(0, q.start - 20), q.start) is not None and any(
        o.unit == q.unit for o in before
    )


_INSTEAD_OF_BEFORE_RE = re.compile(r"\binstead\s+of\s+\Z")


def _is_a_base(text: str, q: Quantity) -> bool:
    """ "up from KZT48.3bn", "than 6 tons": an amount stated as the base of a comparison."""
    return _BASE_BEFORE_RE.search(text, max(0, q.start - 30), q.start) is not None


def _nearest(expressions: list[TimeExpression], q: Quantity) -> TimeExpression | None:
    if not expressions:
        return None
    return min(expressions, key=lambda e: min(abs(e.start - q.end), abs(q.start - e.end)))


def _counts_months_back(text: str, stated: TimeExpression) -> bool:
    """Whether `stated` is "the N months", no "first" and no year: months the text spoke of before."""
    return stated.kind == "months" and _THE_MONTHS_RE.fullmatch(text, stated.start, stated.end) is not None


def _months_reported_before(context: ArticleContext, stated: TimeExpression) -> tuple | None:
    """The period of the last figure before that spans as many months as `stated` counts, when it does not open a
    year (those the year's first N months `stated` reads as already are), if any."""
    wanted = _month_count(stated.actual) if stated.actual else None
    for fact in reversed(context.facts):
        period = (fact["period_start"], fact["period_end"])
        if wanted is not None and _month_count(period) == wanted:
            return period if period[0].month != 1 else None
    return None


_THE_MONTHS_RE = re.compile(r"(?:\w+\s+)?the\s+[\w-]+\s+months", re.IGNORECASE)


def _month_count(period: tuple) -> int | None:
    start, end = period
    if start is None or end is None:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _runs_from_an_earlier_year_to_now(period: tuple | None, published: date | None) -> bool:
    return (
        period is not None
        and published is not None
        and period[1] == published
        and period[0] is not None
        and period[0].year < published.year
    )


def _resolve(expression: TimeExpression | None, status: str):
    if expression is None:
        return None
    resolved = expression.planned if status == "planned" else expression.actual
    if resolved is None or (resolved[0] is None and resolved[1] is None):
        return None
    if resolved[0] is not None and resolved[1] is not None and resolved[0] > resolved[1]:
        return None  # "from the 2024 summer season" read as a span up to an earlier publication: no period
    return resolved


def _fact_id(article_id: str, start: int, end: int) -> str:
    return fact_id(article_id, start, end)


def _unique_by_name(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        key = row["name"].lower()
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out
