"""People: named persons, the role the article gives them, and the body the role belongs to.

Text in, rows out; pure functions, regexes compiled once at import. A person is a run of two
or three name-shaped words ("Olzhas Bektenov", "Kassym-Jomart Tokayev") that something marks
as a person: a role title right before it ("Deputy Mayor Yevgeniy Glotov"), a role in a comma
apposition after it ("Meirzhan Yusupov, board chairman of NC Kazakh Invest"), a byline
("Author: X"), a verb of speech ("X said"), or a post-Soviet surname ending ("-ov", "-yeva").
A later surname-only mention ("Bektenov visited") is the same person, never a new one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import itemgetter

from schemas.gazetteer import CITIES, COUNTRIES, DEMONYMS, KNOWN_NAMES, KZ_REGIONS, REGION_WORDS, WORLD_REGIONS
from schemas.roles import (
    ALIAS_HEADS,
    CALENDAR_WORDS,
    CAPITAL_HEADS,
    COMPANY_DESCRIPTORS,
    COMPANY_NOUNS,
    COMPANY_OFFICER_TITLES,
    DEPARTMENT_HEADS,
    DESCRIBED_HEADS,
    DESCRIBED_WORKS,
    DOMAIN_WORDS,
    ENTERPRISE_ROLE_PREFIXES,
    ENTITY_HEADS,
    FACILITY_HEADS,
    FOUNDING_WORDS,
    FUNCTION_WORDS,
    JOINED_OFFICES,
    LEGAL_FORMS,
    LIST_HEADS,
    LOCAL_GOVERNMENT_ROLES,
    MEDIA_OUTLETS,
    NAMES_THAT_ARE_TOWNS,
    NON_ENTITY_WORDS,
    ORG_NAME_WORDS,
    PRODUCTION_VERBS,
    ROLE_KEYWORDS,
    ROLE_MODIFIERS,
    ROLE_TITLES,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    SURNAME_SUFFIXES,
    TITLE_BODIES,
    TITLE_COMPANY_HEADS,
    WEB_DOMAINS,
)

Span = tuple[int, int]

# Letter classes built once from Unicode (Python's re has no \p{Lu}): Latin with diacritics
# ("İlker", "Güzel") and Cyrillic.
_LETTERS = [chr(c) for c in range(0x41, 0x530)]
UPPER = "".join(re.escape(c) for c in _LETTERS if c.isupper() and c.isalpha())
LOWER = "".join(re.escape(c) for c in _LETTERS if c.islower() and c.isalpha())

NAME_TOKEN = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)?"
# Opens with a character class so the engine skips ahead fast; word boundaries are checked in Python.
# Two or more name-shaped words: a lone capitalised word is never a person's full name.
NAME_RUN_RE = re.compile(rf"{NAME_TOKEN}(?:[ ]+{NAME_TOKEN})+")
# A capitalised word ("Qarmet", "Tau-Ken", "COP28", "U.S.") and a run of them, across the joiners of
# names ("Bank of China", "Procter & Gamble") and with a number ("Industrial Park No. 4"). The entity
# finder reads names from the runs; person names lie inside them, so people are looked for there.
# A capitalised word; an ampersand glued between capitals stays inside it ("Seongjin E&C", "AT&T", "R&D").
# An apostrophe inside a word is an Uzbek letter ("Mehnat Yo'li", "O'zbekiston"); one before "s" is a possessive.
# A web address is a brand's name too ("Kaspi.kz", "Kolesa.kz"): its domain stays on the word.
CAP = (
    rf"[{UPPER}](?:\.(?:[A-Z]\.)+|[\w]*(?:['’ʻ](?!s\b)[{LOWER}]+)?(?:[-‐][\w]+)*(?:&[{UPPER}][\w]*)?)"
    r"(?:\.(?:" + "|".join(WEB_DOMAINS) + r")\b)?"
)
SEQ_RE = re.compile(rf"{CAP}(?:[ ]+(?:(?:of|for|and|&|de|of the|for the)[ ]+)?(?!No\.){CAP})*(?:[ ]+No\.[ ]?\d+)?")
OF_RE = re.compile(r"[ \t]of[ \t]+")
ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+")
PARENTHESIS_RE = re.compile(r"\([^()]*\)")

_TITLES_BY_LENGTH = sorted(ROLE_TITLES, key=len, reverse=True)
TITLE_RE = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in _TITLES_BY_LENGTH) + r")\b", re.IGNORECASE)
# Role modifiers in lower case, as `_modifiers_start` compares them ("Deputy", "First Vice").
MODIFIER_WORDS: frozenset[str] = frozenset(m.lower() for m in ROLE_MODIFIERS)
# What may sit between a title and the name: "Akim (Mayor)", " of National Economy".
# After a title: a bracket, the region it serves ("Managing Director for Central Asia"), "of <body>", and a comma
# before an appositive name ("Its chief executive, Khalid Al Mansoori, said").
ROLE_TAIL_RE = re.compile(
    # "founder and producer Dinara Omarbekova": a second office joined to the title.
    r"(?:[ \t]+and[ \t]+(?:" + "|".join(sorted(map(re.escape, JOINED_OFFICES), key=len, reverse=True)) + r"))?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]+for[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})?"
    r"(?:[ \t]+of[ \t]+(?P<of>[^.;:!?\n«»“”\"]+?))?,?[ \t]+"
)
# Words that show an "of ..." run has left the role and entered the sentence.
_NOT_IN_ROLE = frozenset(
    {"said", "says", "that", "which", "who", "is", "was", "are", "were", "has", "have", "had", "will", "to", "with"}
    | {"at", "on", "by", "from", "into", "after", "during", "reported", "told", "noted", "met", "visited"}
)
APPOSITION_RE = re.compile(r",[ \t]+(?P<app>[^,.;:!?\n«»“”\"]{2,200}?)(?=[,.;:!?\n«»“”\"]|$)")
BYLINE_RE = re.compile(
    rf"[ \t]*(?:Authors?|By)[ \t]*:?[ \t]*\n*[ \t]*(?P<name>{NAME_TOKEN}(?:[ ]+{NAME_TOKEN}){{1,2}})"
)
_ROLE_WORDS = "|".join(sorted({"governor", "mayor", "akim", "head", "minister", "director", "chairman", "ambassador"}))
PLURAL_ROLE_RE = re.compile(
    rf"\b(?P<title>{_ROLE_WORDS})s[ \t]+of[ \t]+(?P<of>[^,.;\n]{{2,60}}),[ \t]*$", re.IGNORECASE
)
AND_OF_RE = re.compile(r",?[ \t]+and[ \t]+of[ \t]+(?P<of>[^,.;\n]{2,60}),[ \t]*$")
ACCORDING_RE = re.compile(r"\baccording to[ \t]+$", re.IGNORECASE)
POSSESSIVE_GAP_RE = re.compile(r"(?:[’']s)?[ \t]+")


def _split_multiword(names: list[str]) -> set[str]:
    return {word for name in names for word in name.split()}


_PLACE_WORDS = (
    set(COUNTRIES)
    | {v for vs in COUNTRIES.values() for v in vs}
    | set(KZ_REGIONS)
    | {v for vs in KZ_REGIONS.values() for v in vs}
    | set(CITIES)
    | {v for vs in CITIES.values() for v in vs}
)
COUNTRY_NAMES: frozenset[str] = frozenset(set(COUNTRIES) | {v for vs in COUNTRIES.values() for v in vs})
# Multi-word place names are tested whole; their single words block a name run.
MULTIWORD_PLACES: frozenset[str] = frozenset(p for p in _PLACE_WORDS | set(WORLD_REGIONS) if " " in p)
# Words that can never be part of a person's name: they end or split a run of name-shaped words.
BLOCKERS: frozenset[str] = frozenset(
    {w.capitalize() for title in ROLE_TITLES for w in title.split()}
    # Plurals of titles end a name too: "... of the Cabinet of Ministers Aliya Serikova".
    | {w.capitalize() + "s" for title in ROLE_TITLES for w in title.split() if len(w) > 3 and w[-1] not in "sy"}
    | {m.capitalize() for m in ROLE_MODIFIERS}
    | DOMAIN_WORDS
    | FUNCTION_WORDS
    | SENTENCE_OPENERS
    | CALENDAR_WORDS
    | NON_ENTITY_WORDS
    | _split_multiword(list(MEDIA_OUTLETS))
    | set(CAPITAL_HEADS)
    | set(REGION_WORDS)
    | set(LEGAL_FORMS)
    | set(DEMONYMS)
    | {p for p in _PLACE_WORDS if " " not in p}
    | ORG_NAME_WORDS
)


@dataclass(frozen=True)
class PersonMention:
    """One place in the text where a person is named: in full, or by surname alone."""

    start: int
    end: int
    name: str  # the person's full name
    is_surname: bool = False


@dataclass
class _Role:
    """A role as found in the text, before its organisation is resolved."""

    text: str
    start: int  # where the role text starts (an organisation may end right before it)
    end: int
    of_start: int | None = None  # "governor of <X>": where X starts
    of_end: int | None = None
    org_text: str | None = None  # an organisation already read as text (plural-role lists)


@dataclass
class _Person:
    name: str
    start: int
    end: int
    role: _Role | None = None
    mentions: list[PersonMention] = field(default_factory=list)


# --------------------------------------------------------------------------- finding names


def _regions(text: str, spans: Sequence[Span] | None) -> list[Span]:
    return [(0, len(text))] if spans is None else list(spans)


@lru_cache(maxsize=8)
def capital_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Runs of capitalised words in [start, end) as (start, end, text): one scan, for people and entities."""
    return [(m.start(), m.end(), m.group()) for m in SEQ_RE.finditer(text, start, end)]


def _name_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Runs of name-shaped words in [start, end) as (start, end, text), read inside the runs of capitalised
    words that hold them (as `NAME_RUN_RE` finds them).

    A run of name-shaped words is a run of capitalised words too, unless it ends in "No" before a full
    stop, where runs of capitalised words stop; such a text is scanned whole."""
    if text.find(" No.", start, end) >= 0:
        return [(m.start(), m.end(), m.group()) for m in NAME_RUN_RE.finditer(text, start, end)]
    runs: list[tuple[int, int, str]] = []
    for first, last, group in capital_runs(text, start, end):
        if " " not in group:
            continue
        words = group.split(" ")
        if not BLOCKERS.isdisjoint(words):
            # A person's name needs two words that are no blockers ("East Kazakhstan" has one).
            names = 0
            for word, following in zip(words, [*words[1:], ""], strict=True):
                if word[:1].isupper() and _may_be_a_name(word, following):
                    names += 1
            if names < 2:
                continue
        runs += [(m.start(), m.end(), m.group()) for m in NAME_RUN_RE.finditer(text, first, last)]
    return runs


_ORGANISATION_WORDS = frozenset(DOMAIN_WORDS | ORG_NAME_WORDS | set(CAPITAL_HEADS) | set(LEGAL_FORMS))


# "Park Min-jun": a Korean given name, hyphenated with a lower-case second part, makes the word before it a
# surname, even one that is an organisation's word elsewhere.
_KOREAN_GIVEN_NAME_RE = re.compile(rf"[{UPPER}][{LOWER}]+-[{LOWER}]+")


def _may_be_a_name(word: str, following: str) -> bool:
    if word in NAMES_THAT_ARE_TOWNS:
        return following not in BLOCKERS and following not in _ORGANISATION_WORDS
    return word not in BLOCKERS or _KOREAN_GIVEN_NAME_RE.fullmatch(following) is not None


def _candidate_names(text: str, start: int, end: int) -> list[Span]:
    """Runs of 2-3 name-shaped words with no blocker word among them, in [start, end)."""
    out = []
    size = len(text)
    for first, last, group in _name_runs(text, start, end):
        before = text[first - 1] if first else " "
        after = text[last] if last < size else " "
        if before.isalnum() or before == "-" or after.isalnum() or after == "-":
            continue  # inside a longer word
        words = group.split(" ")
        if BLOCKERS.isdisjoint(words) and "" not in words:
            if len(words) > 3:  # a long run of names: the last two words
                first = last - len(words[-1]) - len(words[-2]) - 1
            out.append((first, last))
            continue
        span: list[Span] = []
        pos = first
        for word, following in zip([*words, ""], [*words[1:], "", ""], strict=True):
            if word and _may_be_a_name(word, following):
                span.append((pos, pos + len(word)))
            elif word or span:
                # "Dala Grain Logistics", "Alma Steel Company", "Eco Rezina Aktobe": name-shaped words before an
                # organisation's word or a town's name are the organisation's name, not a person's.
                if len(span) >= 2 and word not in _ORGANISATION_WORDS and word not in _PLACE_WORDS:
                    span = span[-3:] if len(span) <= 3 else span[-2:]
                    out.append((span[0][0], span[-1][1]))
                span = []
            pos += len(word) + 1
    return [span for span in out if text[span[0] : span[1]] not in MULTIWORD_PLACES and not _in_known_name(text, span)]


# Words of organisations' names that read like a person's ("Kazakhstan Temir Zholy"), and the names.
KNOWN_NAMES_BY_WORD: dict[str, tuple[str, ...]] = {}
for _known in KNOWN_NAMES:
    for _word in set(_known.split()):
        KNOWN_NAMES_BY_WORD[_word] = (*KNOWN_NAMES_BY_WORD.get(_word, ()), _known)


def _in_known_name(text: str, span: Span) -> bool:
    """ "Temir Zholy" in "Kazakhstan Temir Zholy" is part of a company's name, not a person."""
    start, end = span
    word = text[start : text.find(" ", start, end)]
    for known in KNOWN_NAMES_BY_WORD.get(word, ()):
        found = text.find(known, max(0, start - len(known)), end + len(known))
        if 0 <= found < end and start < found + len(known):
            return True
    return False


def _role_before(text: str, start: int) -> _Role | None:
    """The role title (with modifiers and an "of ..." complement) that ends right before `start`."""
    floor = max(0, start - 160)
    line_start = max(text.rfind("\n", floor, start) + 1, floor)
    # Only a full stop ending after the line start can move the start of the prefix.
    full_stop = text.rfind(". ", max(0, line_start - 1), start)
    prefix_start = max(line_start, full_stop + 2 if full_stop >= 0 else 0)
    best = None
    title_end = -1
    titles = _title_positions(text)
    for index in range(bisect_left(titles, prefix_start), bisect_left(titles, start)):
        pos = titles[index]
        if pos < title_end:
            continue  # "Minister" inside "Prime Minister" is not a title of its own
        title = TITLE_RE.match(text, pos, start)
        if title is None:
            continue
        title_end = title.end()
        tail = ROLE_TAIL_RE.fullmatch(text, title_end, start)
        if tail is None:
            continue
        of = tail.group("of")
        if of and not _plausible_role_complement(of):
            continue
        if tail.group().rstrip().endswith(",") and not _POSSESSOR_BEFORE_RE.search(text, max(0, pos - 30), pos):
            continue  # an appositive name only after "Its chief executive," or "The company's CEO,"
        best = (pos, tail)
    if best is None:
        return None
    title_start, tail = best
    role_start = _modifiers_start(text, prefix_start, title_start)
    role_end = tail.end() - (len(tail.group()) - len(tail.group().rstrip(" \t,")))
    role = _Role(text[role_start:role_end], role_start, role_end)
    if tail.group("of"):
        role.of_start, role.of_end = tail.start("of"), tail.end("of")
    return role


# A person's name and the comma of the appositive that gives their role.
_ROLE_OF_THE_NAME_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+,[ \t]+(?:the[ \t]+)?\Z")
_POSSESSOR_BEFORE_RE = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir)|['’]s)\s+(?:[\w-]+\s+){0,2}\Z")


def _modifiers_start(text: str, floor: int, pos: int) -> int:
    """Where up to three role modifiers right before `pos` start ("Deputy", "First Vice"), not before `floor`."""
    start = pos
    for _ in range(3):
        end = start
        while end > floor and text[end - 1] in " \t":
            end -= 1
        word_start = end
        while word_start > floor and (text[word_start - 1].isalnum() or text[word_start - 1] == "_"):
            word_start -= 1
        if end == start or word_start == end or text[word_start:end].lower() not in MODIFIER_WORDS:
            break
        if word_start and (text[word_start - 1].isalnum() or text[word_start - 1] == "_"):
            break  # the modifier is the tail of a longer word
        start = word_start
    return start


def token_index(text: str, variants: dict[str, str], keys: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """Whole-word positions of lexicon words in the text.

    In: the text, a map from whitespace tokens that carry a lexicon word ("plant,", "Minister’s")
    to the word, and that map's keys as a frozenset. Out: word -> positions. Which words occur is
    read from one C-level set intersection; only those are located with str.find (a regex
    alternation over the whole text is several times slower).
    """
    present = {variants[token] for token in keys.intersection(text.split())}
    found: dict[str, list[int]] = {word: [] for word in present}
    size = len(text)
    for word in present:
        if word in _PREFIXES and not present.isdisjoint(_PREFIXES[word]):
            continue  # "regions" is found with "region"
        extensions = [w for w in _EXTENSIONS.get(word, ()) if w in present]
        length = len(word)
        pos = text.find(word)
        while pos >= 0:
            after = pos + length
            char = text[pos - 1] if pos else " "
            if not (char.isalnum() or char == "-"):
                char = text[after] if after < size else " "
                if not (char.isalnum() or char == "-"):
                    found[word].append(pos)
                else:
                    for ext in extensions:
                        end = pos + len(ext)
                        char = text[end] if end < size else " "
                        if text.startswith(ext, pos) and not (char.isalnum() or char == "-"):
                            found[ext].append(pos)
            pos = text.find(word, after)
    return {word: tuple(positions) for word, positions in found.items()}


def token_variants(words: frozenset[str]) -> dict[str, str]:
    """Whitespace tokens that may carry each word: "plant", "plant,", "(plant", "plant’s", …"""
    return {
        f"{pre}{word}{post}": word
        for word in words
        for pre in ("", "(", "«", "“", '"')
        for post in ("", ",", ".", ";", ":", ")", "’s", "'s", "’s,", "'s,", "’", "»", "”", '"', ".»", ".”")
    }


# First words of role titles in both cases: where a title may start.
TITLE_FIRST_WORDS: frozenset[str] = frozenset(
    form for t in ROLE_TITLES for form in (t.split()[0], t.split()[0].lower(), t.split()[0].capitalize())
)
# Last words of entity heads: a name may have a head noun only where one of these follows.
ENTITY_HEAD_WORDS: frozenset[str] = frozenset(h.split()[-1] for h in ENTITY_HEADS)
# Every lexicon word the engine looks up by position, for people and for entities: indexed once per article.
INDEXED_WORDS: frozenset[str] = (
    TITLE_FIRST_WORDS
    | ENTITY_HEAD_WORDS
    | frozenset(
        (
            *DESCRIBED_HEADS,
            *DESCRIBED_WORKS,
            *DEPARTMENT_HEADS,
            *ALIAS_HEADS,
            *LIST_HEADS,
            *PRODUCTION_VERBS,
            *FOUNDING_WORDS,
        )
    )
    | {"industry"}
)
_INDEX_VARIANTS = token_variants(INDEXED_WORDS)
# Indexed words that start other indexed words ("region": "regions", "regional"), and the other way round:
# a text is searched for the shorter word once, for both.
_EXTENSIONS: dict[str, tuple[str, ...]] = {
    word: tuple(w for w in INDEXED_WORDS if w != word and w.startswith(word))
    for word in INDEXED_WORDS
    if any(w != word and w.startswith(word) for w in INDEXED_WORDS)
}
_PREFIXES: dict[str, tuple[str, ...]] = {
    word: tuple(w for w in INDEXED_WORDS if w != word and word.startswith(w))
    for word in INDEXED_WORDS
    if any(w != word and word.startswith(w) for w in INDEXED_WORDS)
}
_INDEX_VARIANT_KEYS = frozenset(_INDEX_VARIANTS)


@lru_cache(maxsize=4)
def word_index(text: str) -> dict[str, tuple[int, ...]]:
    """Positions of the engine's lexicon words in one article (computed once, shared by people and entities)."""
    return token_index(text, _INDEX_VARIANTS, _INDEX_VARIANT_KEYS)


# The lexicons looked up by position, by name: the word index is sorted into them once per article.
LEXICONS: dict[str, frozenset[str]] = {
    "title": TITLE_FIRST_WORDS,
    "head": ENTITY_HEAD_WORDS,
    "described": frozenset((*DESCRIBED_HEADS, *DESCRIBED_WORKS)),
    "department": frozenset(DEPARTMENT_HEADS),
    "alias": frozenset(ALIAS_HEADS),
    "list": frozenset(LIST_HEADS),
    "production": frozenset(PRODUCTION_VERBS),
    "founding": frozenset(FOUNDING_WORDS),
    "industry": frozenset({"industry"}),
}
_WORD_LEXICONS: dict[str, tuple[str, ...]] = {
    word: tuple(name for name, words in LEXICONS.items() if word in words) for word in INDEXED_WORDS
}


@lru_cache(maxsize=4)
def lexicon_positions(text: str) -> dict[str, list[tuple[int, str]]]:
    """For each of `LEXICONS`, its words' whole-word positions in the article: sorted (position, word) pairs."""
    found: dict[str, list[tuple[int, str]]] = {name: [] for name in LEXICONS}
    for word, positions in word_index(text).items():
        for name in _WORD_LEXICONS[word]:
            found[name] += zip(positions, repeat(word))
    for pairs in found.values():
        pairs.sort()
    return found


@lru_cache(maxsize=4)
def _title_positions(text: str) -> tuple[int, ...]:
    """Sorted positions where a role title may start."""
    return tuple(map(itemgetter(0), lexicon_positions(text)["title"]))


def _plausible_role_complement(of: str) -> bool:
    """ "of National Economy", "of digital development, innovation and aerospace industry" — not a clause or a list."""
    words = of.lower().split()
    if not words or len(words) > 12 or _NOT_IN_ROLE & set(words):
        return False
    return not of.rstrip().endswith(",") and words[-1] not in {"and", "or", "the", "of", "in"}


_NAME_BEFORE_A_VERB_RE = re.compile(r"\b[A-Z][\w-]+[ \t]+[A-Z][\w-]+[ \t]+[a-z]+\Z")


def _role_after(text: str, end: int) -> _Role | None:
    """A comma apposition after the name that holds a role word ("X, governor of Y,")."""
    m = APPOSITION_RE.match(text, end)
    if m is None:
        return None
    app = m.group("app").strip()
    words = [w.strip("()’'").lower() for w in app.split()]
    if not words or not ROLE_KEYWORDS & set(words):
        return None
    if words[-1] in SPEECH_VERBS and _NAME_BEFORE_A_VERB_RE.search(app):
        # "... the sea route through the Suez Canal, TCCL general director Rashad Mammadov said": the role is of
        # the speaker the clause names, not of the name before the comma.
        return None
    first = words[0]
    if first.islower() and first not in {"the", "a", "an"} and not ROLE_KEYWORDS & set(words[:3]):
        return None
    start = m.start("app") + (len(m.group("app")) - len(m.group("app").lstrip()))
    role = _Role(app, start, start + len(app))
    of = list(OF_RE.finditer(app))
    if of:
        role.of_start, role.of_end = start + of[-1].end(), start + len(app)
    return role


def _plural_role(text: str, start: int, previous: _Person | None) -> _Role | None:
    """ "the governors of X region, NAME, and of Y region, NAME2": role and organisation for each."""
    prefix_start = max(0, start - 120)
    if text.find("s of ", prefix_start, start) < 0:
        return None
    m = PLURAL_ROLE_RE.search(text, prefix_start, start)
    if m:
        return _Role(m.group("title"), m.start("title"), m.end("title"), org_text=m.group("of").strip())
    m = AND_OF_RE.search(text, prefix_start, start)
    if m and previous is not None and previous.role is not None and previous.role.org_text is not None:
        return _Role(previous.role.text, previous.role.start, previous.role.end, org_text=m.group("of").strip())
    return None


def _has_surname_shape(name: str) -> bool:
    last = name.split()[-1].lower()
    return last.endswith(SURNAME_SUFFIXES) and len(last) > 4


def _speech_follows(text: str, end: int) -> bool:
    nxt = text[end : end + 14].split(None, 1)
    return bool(nxt) and nxt[0].strip(",.") in SPEECH_VERBS


def _accept(text: str, span: Span, previous: _Person | None) -> tuple[bool, _Role | None]:
    """Whether the name-shaped run at `span` is a person, and the role the text gives it."""
    start, end = span
    before = _role_before(text, start)
    role = before or _plural_role(text, start, previous) or _role_after(text, end)
    if role is not None and role is not before and _A_COMPANY_APPOSITIVE_RE.match(text, end):
        # "Navbahor Auto, a joint venture set up with a Chinese partner,": the appositive calls the name a company,
        # and the role word in it is the partner's.
        return False, None
    if (
        before is not None
        and before.of_start is not None
        and _ROLE_OF_THE_NAME_BEFORE_RE.search(text, max(0, before.start - 60), before.start)
    ):
        # "Yerlan Dzhaksybekov, director of Kostanay Zhylu Zheli": the role is the name's before it, and what
        # follows "of" is its employer, not a second person ("Zhylu Zheli").
        return False, None
    if role is not None:
        return True, role
    name = text[start:end]
    if _written_with_an_article(text, name):
        # "The Gök Zemin greenhouse complex ... with Gök Zemin accounting for": no one is named with an article.
        return False, None
    if _written_with_a_legal_form(text, name):
        return False, None  # "Kempirsai Chrome said" after "Kempirsai Chrome JSC": the company speaks
    if _called_a_company(text, name) or _introduced_as_a_company(text, name) or _has_officers(text, name):
        # "Ertis Alumin, the aluminium smelter in Pavlodar, produced ...", "the city's water utility, Elorda Su
        # Arnasy, ... Elorda Su Arnasy says": a company
        return False, None
    if written_lowercase(text, name.rsplit(None, 1)[-1].lower()):
        return False, None  # "According to Qoima Data" where the text speaks of "data centres": a firm's word
    if _has_surname_shape(name) or _speech_follows(text, end):
        return True, None
    return ACCORDING_RE.search(text, max(0, start - 14), start) is not None, None


def written_lowercase(text: str, lower: str) -> bool:
    """Whether `text` writes the lower-case word `lower` as a word of its own: a common noun ("data", "gold"),
    which a surname or a company's first word is not."""
    pos = text.find(lower)
    while pos >= 0:
        end = pos + len(lower)
        if (not pos or not _is_name_char(text[pos - 1])) and not _is_name_char(text[end : end + 1] or " "):
            return True
        pos = text.find(lower, end)
    return False


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "-_"


# ", the aluminium smelter", ", a bus maker": an appositive that calls the name a facility or a company.
_COMPANY_APPOSITIVE_RE = re.compile(
    r",[ \t]+(?:the|an?)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:"
    + "|".join(sorted({*DESCRIBED_HEADS, *COMPANY_DESCRIPTORS, *COMPANY_NOUNS}))
    + r")\b"
)


# ", a joint venture set up with ...", ", a dairy company": an appositive right after the name that calls it a
# company with an indefinite article (", the company's CEO" after a person says whose officer the person is).
_A_COMPANY_APPOSITIVE_RE = re.compile(
    r",[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:" + "|".join(sorted({*COMPANY_DESCRIPTORS, *COMPANY_NOUNS})) + r")\b"
)


def _called_a_company(text: str, name: str) -> bool:
    """Whether an appositive anywhere in the text calls `name` a facility or a company."""
    return _followed_anywhere_by(text, name, _COMPANY_APPOSITIVE_RE)


_COMPANY_NOUN_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(sorted({*TITLE_COMPANY_HEADS, *DESCRIBED_HEADS, *COMPANY_NOUNS})) + r"),?[ \t]+\Z"
)


def _introduced_as_a_company(text: str, name: str) -> bool:
    """Whether the text writes `name` anywhere right after a noun that calls it a company ("the water utility,
    Elorda Su Arnasy", "the operator Kun Energy Ayagoz")."""
    pos = text.find(name)
    while pos >= 0:
        if _COMPANY_NOUN_BEFORE_RE.search(text, max(0, pos - 20), pos):
            return True
        pos = text.find(name, pos + len(name))
    return False


# "Dala Shina director Aidos Bekmukhanbetov", "Qazaq Tyre CEO Marat Ospanov": an officer of the name, named next.
_OFFICER_NAMED_AFTER_RE = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(map(re.escape, COMPANY_OFFICER_TITLES), key=len, reverse=True)) + r")[ \t]+[A-Z]"
)


def _has_officers(text: str, name: str) -> bool:
    """Whether the text writes `name` somewhere right before an officer's title and the officer's name: a
    company, even when its last word ends like a surname ("Dala Shina director Aidos Bekmukhanbetov")."""
    return _followed_anywhere_by(text, name, _OFFICER_NAMED_AFTER_RE)


def _followed_anywhere_by(text: str, name: str, after: re.Pattern[str]) -> bool:
    """Whether `after` matches right after some place where the text writes `name`."""
    pos = text.find(name)
    while pos >= 0:
        if after.match(text, pos + len(name)):
            return True
        pos = text.find(name, pos + len(name))
    return False


_LEGAL_FORM_AFTER_RE = re.compile(
    r"[ \t]+(?:" + "|".join(re.escape(form) for form in sorted(LEGAL_FORMS, key=len, reverse=True)) + r")(?!\w)"
)


def _written_with_an_article(text: str, name: str) -> bool:
    """Whether the text writes "the `name` <noun>" somewhere ("The Gök Zemin greenhouse complex", "the Samarqand Oltin
    brand"): a thing, as no one is named with an article before the noun of a works, a place or a body."""
    pos = text.find(name)
    while pos >= 0:
        if _ARTICLE_BEFORE_RE.search(text, max(0, pos - 4), pos) and _WORKS_AFTER_RE.match(text, pos + len(name)):
            return True
        pos = text.find(name, pos + len(name))
    return False


_ARTICLE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+\Z")
# (The nouns of works, places and bodies a name may stand before, and a brand's: "the Magzhan Zhumabayev district",
# "under the Samarqand Oltin brand".)
_THING_NOUNS = FACILITY_HEADS | {head.rsplit(" ", 1)[-1] for head in ENTITY_HEADS} | {"brand", "trademark"}
_WORKS_AFTER_RE = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:" + "|".join(sorted(_THING_NOUNS)) + r")\b")


def _written_with_a_legal_form(text: str, name: str) -> bool:
    """Whether the text writes `name` with a legal form after it somewhere ("Kempirsai Chrome JSC")."""
    return _followed_anywhere_by(text, name, _LEGAL_FORM_AFTER_RE)


def _bylines(text: str) -> list[tuple[Span, _Role]]:
    """ "Author: Adlet Seilkhanov": bylines are page furniture, so they are read from the whole text."""
    out: list[tuple[Span, _Role]] = []
    for cue in ("Author", "By"):
        pos = text.find(cue)
        while pos >= 0:
            line_start = text.rfind("\n", 0, pos) + 1
            m = BYLINE_RE.match(text, line_start) if not text[line_start:pos].strip() else None
            if m:
                out.append(((m.start("name"), m.end("name")), _Role("Author", m.start(), m.start())))
            pos = text.find(cue, pos + len(cue))
    return out


def _find_people(text: str, spans: list[Span] | None) -> tuple[_Person, ...]:
    """Every person named in `spans` (and bylines anywhere), in order of first mention."""
    return _find_people_cached(text, None if spans is None else tuple(spans))


# The engine asks for people and for entities (which need the people) of the same article:
# remembering the last few articles saves doing the work twice.
@lru_cache(maxsize=4)
def _find_people_cached(text: str, spans: tuple[Span, ...] | None) -> tuple[_Person, ...]:
    people: dict[str, _Person] = {}
    previous: _Person | None = None
    for region_start, region_end in _regions(text, spans):
        for span in _candidate_names(text, region_start, region_end):
            ok, role = _accept(text, span, previous)
            if ok:
                previous = _add(people, text, span, role)
    for name in [n for n, p in people.items() if p.role is None and _opens_an_organisation_name(text, n)]:
        del people[name]
    for span, role in _bylines(text):
        _add(people, text, span, role)
    _add_surname_mentions(text, spans, people)
    for person in people.values():
        person.mentions.sort(key=lambda m: m.start)
    return tuple(sorted(people.values(), key=lambda p: p.start))


def _opens_an_organisation_name(text: str, name: str) -> bool:
    """Whether `name` is written elsewhere as the first words of a company's or a body's name, before a town's
    name or an organisation's word ("Eco Rezina" of "Eco Rezina Aktobe", "Alma Steel" of "Alma Steel Company")."""
    following = (m[1] for m in re.finditer(re.escape(name) + r" ([^\s,.;:’']+)", text))
    return any(word in _PLACE_WORDS or word in _ORGANISATION_WORDS for word in following)


def _add(people: dict[str, _Person], text: str, span: Span, role: _Role | None) -> _Person:
    name = text[span[0] : span[1]]
    person = people.get(name)
    if person is None:
        person = people[name] = _Person(name, span[0], span[1], role)
    elif person.role is None:
        person.role = role
    if all(m.start != span[0] for m in person.mentions):
        person.mentions.append(_person_mention(span[0], span[1], name, False))
    return person


def _add_surname_mentions(text: str, spans: Sequence[Span] | None, people: dict[str, _Person]) -> None:
    """ "Bektenov visited ...", "Minister Karashukeyev": surname-only mentions of known people."""
    full = [(m.start, m.end) for p in people.values() for m in p.mentions]
    regions = _regions(text, spans)
    for person in list(people.values()):
        surname = person.name.rsplit(" ", 1)[-1]
        pos = text.find(surname)
        while pos >= 0:
            end = pos + len(surname)
            if _is_word_at(text, pos, end) and _inside(regions, pos) and not _inside(full, pos):
                person.mentions.append(_person_mention(pos, end, person.name, True))
                if person.role is None:
                    person.role = _role_before(text, pos)
            pos = text.find(surname, end)


_new = object.__new__


def _person_mention(start: int, end: int, name: str, is_surname: bool) -> PersonMention:
    """PersonMention(start, end, name, is_surname), filled in without the frozen dataclass's slower __init__."""
    mention = _new(PersonMention)
    fields = mention.__dict__
    fields["start"], fields["end"], fields["name"], fields["is_surname"] = start, end, name, is_surname
    return mention


def _inside(spans: list[Span], pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def _is_word_at(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "-" or after.isalnum() or after == "-")


def find_person_mentions(text: str, spans: list[Span] | None = None) -> list[PersonMention]:
    """Every mention of a person (full name or surname alone) inside `spans`, in text order.

    In: the article text and optionally its body spans. Out: PersonMention list; the entity
    finder uses it to keep person names out of organisation names.
    """
    mentions = [m for p in _find_people(text, spans) for m in p.mentions]
    return sorted(mentions, key=lambda m: m.start)


def find_role_spans(text: str, spans: list[Span] | None = None) -> list[Span]:
    """Where the roles of the article's people are written ("Consul General of Türkiye in Turkistan").

    In: the article text and optionally its body spans. Out: (start, end) spans; a country named
    inside a role is part of the title, not an entity the article describes.
    """
    return [(p.role.start, p.role.end) for p in _find_people(text, spans) if p.role is not None]


# --------------------------------------------------------------------------- roles and organisations


def extract_people(text: str, spans: list[Span] | None = None, mentions: list | None = None) -> list[dict]:
    """People rows: {"name", "role", "organization"}, one per person, in order of first mention.

    In: the article text, optionally its body spans and its entity mentions (computed when not
    given). Out: role as written ("Deputy Mayor"); organisation the canonical name of the city,
    region, company or body the role belongs to, or None for national offices.
    """
    people = _find_people(text, spans)
    if not people:
        return []
    if mentions is None:
        # Imported here: the entity finder itself imports this module to keep person names out.
        from pipeline.extract.entities import find_entity_mentions

        mentions = find_entity_mentions(text, spans)
    return [_row(text, person, mentions) for person in people]


def _row(text: str, person: _Person, mentions: list) -> dict:
    role = person.role
    if role is None:
        return {"name": person.name, "role": None, "organization": None}
    role_text, organization = _resolve_role(text, role, person, mentions)
    return {"name": person.name, "role": role_text, "organization": organization}


def _resolve_role(text: str, role: _Role, person: _Person, mentions: list) -> tuple[str, str | None]:
    """Split a role into its title and the organisation it belongs to."""
    role_text = role.text
    if role.org_text is not None:
        return role_text, _name_of_text(role.org_text, mentions)
    organization = None
    leading = _leading_mention(text, role, mentions)
    if leading is not None:
        role_text = text[leading[1] : role.end].lstrip("’'s \t")
        organization = leading[0]
    if role.of_start is not None:
        role_text, of_org = _split_of(text, role, role_text, mentions)
        organization = of_org or organization
    role_text = _drop_trailing_country(role_text)
    role_text = ARTICLE_RE.sub("", role_text)
    if organization is None:
        organization = _implied_organization(text, role_text, person, mentions)
    return role_text, organization


def _leading_mention(text: str, role: _Role, mentions: list) -> tuple[str, int] | None:
    """An entity named right before the title ("Shymkent akim", "the company’s CEO", "CCI Regional Director")."""
    first = bisect_left(mentions, role.start - 60, key=lambda m: m.start)
    for m in mentions[first:]:
        if m.start >= role.end:
            break
        if m.type == "country":
            continue
        inside = role.start <= m.start < role.end and text[role.start : m.start].strip() in {"", "the", "The"}
        if inside and m.end < role.end:
            return m.name, m.end
        if m.end <= role.start and POSSESSIVE_GAP_RE.fullmatch(text, m.end, role.start):
            return m.name, role.start
    return None


def _split_of(text: str, role: _Role, role_text: str, mentions: list) -> tuple[str, str | None]:
    """ "governor of Almaty region" -> ("governor", "Almaty region"); a country stays in the role."""
    assert role.of_start is not None and role.of_end is not None  # called for "<role> of <X>" only
    start = role.of_start
    while text.startswith("the ", start) or text.startswith("The ", start):
        start += 4
    first = bisect_left(mentions, start, key=lambda m: m.start)
    for m in mentions[first:]:
        if m.start != start:
            break
        if m.is_alias or m.type == "country" or m.name in TITLE_BODIES:
            continue
        rest = text[m.end : role.of_end].strip()
        if rest and not PARENTHESIS_RE.fullmatch(rest):
            continue
        cut = text.rfind(" of ", role.start, role.of_start + 1)
        title = text[role.start : cut] if cut >= 0 else role_text
        if role_text != text[role.start : role.end]:
            title = title[len(text[role.start : role.end]) - len(role_text) :]
        return title.strip(), m.name
    return role_text, None


def _drop_trailing_country(role_text: str) -> str:
    """ "Minister of Agriculture of the Republic of Kazakhstan" -> "Minister of Agriculture"."""
    if role_text.count(" of ") < 2:
        return role_text
    head, _, tail = role_text.rpartition(" of ")
    tail = tail.removeprefix("the ")
    if tail in COUNTRY_NAMES:
        head, _, _ = head.rpartition(" of ") if head.endswith(" of the Republic") else (head, "", "")
        return head
    return role_text


def _implied_organization(text: str, role_text: str, person: _Person, mentions: list) -> str | None:
    """The body a role belongs to when the text does not say it next to the role."""
    lower = role_text.lower()
    if lower.startswith("minister of "):
        ministry = "ministry of " + lower.removeprefix("minister of ")
        return next((m.name for m in mentions if m.name.lower() == ministry), None)
    first, last = lower.split()[0], lower.split()[-1]
    if lower in LOCAL_GOVERNMENT_ROLES or last.split("(")[0].strip() in LOCAL_GOVERNMENT_ROLES or first == "akim":
        return _latest(mentions, person.start, ("city", "region"))
    if first in ENTERPRISE_ROLE_PREFIXES:
        return _latest(mentions, person.start, ("enterprise", "project"))
    if lower in _OFFICER_TITLES:
        # "Oyu Dekor ... is installing a second line, director Arman Zhakupbekov told journalists": an officer
        # named without a company is an officer of the company the text named last.
        return _company_of_the_sentence(text, mentions, person.start)
    return None


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s|\n)[^.!?\n]*\Z")
_QUOTE_MARKS = '"“”«»'


def _company_of_the_sentence(text: str, mentions: list, position: int) -> str | None:
    """The one enterprise named before `position` in its sentence, outside a quotation: 'Oyu Dekor ... is
    installing a line, director Arman Zhakupbekov told journalists' -> 'Oyu Dekor'; None when the sentence names
    several (whose officer the person is, it does not say)."""
    opening = _SENTENCE_START_RE.search(text, max(0, position - 400), position)
    start = opening.start() if opening else 0
    named = {
        m.name
        for m in mentions
        if start <= m.start < position
        and m.type == "enterprise"
        and not any(mark in text[m.end : position] for mark in _QUOTE_MARKS)
    }
    return named.pop() if len(named) == 1 else None


_OFFICER_TITLES = frozenset(title.lower() for title in COMPANY_OFFICER_TITLES) - {"president"}


def _latest(mentions: list, before: int, types: tuple[str, ...]) -> str | None:
    found = None
    for m in mentions:
        if m.start >= before:
            break
        if m.type in types:
            found = m.name
    return found


def _name_of_text(org_text: str, mentions: list) -> str:
    """Canonical name for an organisation read as text ("Turkestan region")."""
    key = org_text.lower().removeprefix("the ")
    for m in mentions:
        if m.name.lower() == key:
            return m.name
    return org_text.removeprefix("the ")
