"""Article headers: title, publication date, dateline, publisher, and the spans that are not article text.

Pure functions over the article text (no file name is consulted: a date only in a
file name is not a publication date). Forms read (FACTS.md, "Articles"):

- ``" date 2024-11-29 ASTANA – body"``: the ``date`` prefix, a dateline and a dash
  (``–``, ``—``, ``-`` or none for a known place), or no dateline at all;
- a title line first (a short line without a final period, followed by a blank line,
  a date line or page furniture), then the body;
- agency datelines: ``NUR-SULTAN. KAZINFORM –``, ``ASTANA (Kazinform) -``,
  ``(MENAFN- Trend News Agency) BISHKEK, Kyrgyzstan, Oct. 5.``, ``BAKU, Azerbaijan, June 24``;
- date lines anywhere in the header or at the end: ``14 July 2022, 18:15``,
  ``21.04.2022, 16:24``, ``22 April 2023 21:10 (UTC+04:00)``, ``18:23, 16 April 2021``;
- page furniture: ``Go to the main site``, ``Photo: ...``, ``Author:`` and the name after
  it, ``Read also ...``, tag lines at the end.

A title's numbers are facts, so the title is never in ``excluded``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from schemas.time_lexicon import (
    AGENCIES,
    AGENCY_SUFFIXES,
    DATELINE_PLACES,
    FURNITURE_MID,
    FURNITURE_PREFIXES,
    FURNITURE_REST,
    FURNITURE_TAIL,
    FURNITURE_WITH_NEXT,
    MONTHS,
    WEEKDAYS,
)

Span = tuple[int, int]


@dataclass(frozen=True)
class Header:
    """What the header of one article says, and where its body starts.

    `excluded` are character spans of `text` that are not article text for facts
    (the ``date`` prefix, date lines, page furniture, datelines), sorted and disjoint.
    `body_start` is the offset of the first character of the body after any dateline;
    the title, when present, lies before it and is article text.
    """

    title: str | None
    published_date: datetime.date | None
    dateline: str | None
    publisher: str | None
    body_start: int
    excluded: tuple[Span, ...]


# --- regular expressions (compiled once) ---------------------------------------------------

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_TZ = r"(?:\s*\(?(?:UTC|GMT)\s*(?:[+\-−]\s*\d{1,2}(?::?\d{2})?)?\)?)?"
_LABEL = r"(?:(?:Published|Updated|Posted|Date)\s*:?\s*)?"
_TIME_BEFORE = rf"(?:{_TIME}\s*[,|/–-]?\s*)?"
_TIME_AFTER = rf"(?:\s*[,|/–-]?\s*(?:at\s+)?{_TIME}{_TZ})?"

_DATE_PREFIX_RE = re.compile(r"[ \t\ufeff]*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")
_WEEKDAY = r"(?:(?:" + "|".join(WEEKDAYS) + r")\.?,?\s+)?"
# "March 5, 2024 | The Astana Times": the outlet's name after the date.
_OUTLET_AFTER = r"(?:\s*[|•·]\s*[^|\n]{1,60})?"
_DATE_LINE_RE = re.compile(
    _LABEL
    + _WEEKDAY
    + _TIME_BEFORE
    + r"(?:"
    + rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    + rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    + r"|(?P<d3>\d{1,2})[./](?P<mo3>\d{1,2})[./](?P<y3>\d{4})"
    + r"|(?P<y4>\d{4})-(?P<mo4>\d{2})-(?P<d4>\d{2})"
    + r")"
    + _TIME_AFTER
    + r"\.?"
    + _OUTLET_AFTER
)

_CITY = r"[A-Z][A-Z’'\-]*[A-Z](?:[ \-][A-Z][A-Z’'\-]*[A-Z])*"
_DASH = r"(?:[–—]|--?)"
_DATELINE_RE = re.compile(
    r"(?:\(MENAFN\s*[-–]\s*(?P<menafn>[^)]{2,60})\)\s*)?"
    rf"(?P<city>{_CITY})(?:\s*[,/]\s*(?P<city2>{_CITY})(?=\s*[.(–—-]))?"
    r"(?:"
    rf"\s*\.\s*(?P<agency>[A-Z][A-Za-z.\-]*[A-Za-z0-9])\s*{_DASH}[ \t]*"
    rf"|\s*\((?P<pagency>[^)\n]{{2,40}})\)\s*(?:{_DASH}|:)?[ \t]*"
    rf"|,\s*(?P<oagency>[A-Za-z0-9][\w\-]*\.[a-z]{{2,4}})\s*{_DASH}[ \t]*"
    rf"|,\s*(?P<country>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)*)"
    rf"(?:,\s*(?P<mon>{_MONTH})\.?\s+\d{{1,2}}(?!\d))?(?:\s*\((?P<tagency>[^)\n]{{2,40}})\))?"
    rf"(?:\s*(?:{_DASH}|[.:]))?[ \t]*(?=\S|\n|$)"
    rf"|\s*\.\s*(?:{_MONTH})\.?\s+\d{{1,2}}\s*\((?P<magency>[^)\n]{{2,40}})\)\s*{_DASH}[ \t]*"
    r"|[ \t]*(?:[–—]|--?(?=[ \t]))[ \t]*"
    r"|[ \t]*:[ \t]+"
    r"|(?P<bare>\.?[ \t]+)(?=[A-Z])"
    r")"
)
# "Aktau, 15 March 2024 (Interfax-Kazakhstan) –": a place, the date, the agency in brackets or slashes or none;
# "Almaty. March 5 (Interfax-Kazakhstan) -", "ASTANA, March 5 (Reuters) -": the same without the year;
# "Astana, Kazakhstan, March 5 (Trend):": with the country; "Ulaanbaatar, June 11, 2024 /MONTSAME/.": a period after
# the agency.
_DATED_DATELINE_RE = re.compile(
    r"(?P<city>[A-Z][\w’'\-]+(?:[ \-][A-Z][\w’'\-]+){0,2})"
    r"(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,))?"
    rf"(?:,\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    rf"|\d{{1,2}}\s+(?:{_MONTH})\.?|(?:{_MONTH})\.?\s+\d{{1,2}}(?![\d,]))"
    rf"|\.\s+(?:{_MONTH})\.?\s+\d{{1,2}}(?=\s*\())"
    rf"\s*(?:(?:\((?P<pagency>[^)\n]{{2,40}})\)|/(?P<sagency>[^/\n]{{2,40}})/)\s*(?:{_DASH}|[:.])|{_DASH}|:)[ \t]*"
)
# "Aktau. 12 August. INTERFAX-KAZAKHSTAN –", "Almaty. March 5. INTERFAX -": the agency in capitals after the day.
_DOTTED_DATELINE_RE = re.compile(
    r"(?P<city>[A-Z][\w’'\-]+(?:[ \-][A-Z][\w’'\-]+){0,2})\.\s+"
    rf"(?:\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\.?\s+\d{{1,2}})\.?\s+"
    rf"(?P<pagency>[A-Z][A-Z.\-]*[A-Z])\s*{_DASH}[ \t]*"
)
_TITLE_END_RE = re.compile(r"""[.;:,]["'”»’)]*$""")
_FURNITURE = tuple(p.lower() for p in FURNITURE_PREFIXES)
_WITH_NEXT = tuple(p.lower() for p in FURNITURE_WITH_NEXT)
_WITH_NEXT_BARE = frozenset(p.rstrip(" :") for p in _WITH_NEXT)
_TAIL = tuple(p.lower() for p in FURNITURE_TAIL)
_REST = tuple(p.lower() for p in FURNITURE_REST)
# Furniture lines start with a capital: searching "Photo" and "PHOTO" spares lower-casing the article.
_MID_MARKERS = tuple(v for p in FURNITURE_MID for v in (p.capitalize(), p.upper()))
_SENTENCE_END = tuple('.!?»"”’)…:')
_BLANKS = " \t\r\ufeff\xa0"
_MAX_TITLE_CHARS = 220
_MAX_TITLE_WORDS = 30
_MAX_TAG_WORDS = 10
_MAX_TAG_LINES = 4
_TAIL_LINES = 12


# --- lines ---------------------------------------------------------------------------------


def _strip_span(text: str, a: int, b: int) -> Span:
    """The span a..b without the blanks around it."""
    line = text[a:b]
    inner = line.strip(_BLANKS)
    if not inner:
        return a, a
    left = len(line) - len(line.lstrip(_BLANKS))
    return a + left, a + left + len(inner)


def _iter_lines(text: str, start: int, end: int) -> Iterator[Span]:
    """The lines of `text[start:end]`, each stripped of surrounding blanks (empty lines kept as empty spans)."""
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        if stop < 0:
            stop = end
        yield _strip_span(text, pos, stop)
        pos = stop + 1


def _last_lines(text: str, floor: int, count: int) -> list[Span]:
    """The last `count` non-empty lines of the text after `floor`, stripped, in text order."""
    lines: list[Span] = []
    end = len(text)
    for part in reversed(text.rsplit("\n", 3 * count)):
        begin = end - len(part)
        if begin < floor:
            begin = floor
        span = _strip_span(text, begin, end)
        if span[0] < span[1]:
            lines.append(span)
        if begin <= floor or len(lines) >= count:
            break
        end = begin - 1
    lines.reverse()
    return lines


def _date_of(line: str) -> datetime.date | None:
    """The date of a line that is nothing but a date (and time); None for any other line."""
    m = _DATE_LINE_RE.fullmatch(line)
    if m is None:
        return None
    g = m.groupdict()
    y: str
    mo: str | int
    d: str
    if g["y1"]:
        y, mo, d = g["y1"], MONTHS[g["m1"]], g["d1"]
    elif g["y2"]:
        y, mo, d = g["y2"], MONTHS[g["m2"]], g["d2"]
    elif g["y3"]:
        y, mo, d = g["y3"], g["mo3"], g["d3"]
        if "/" in line and _TWELVE_HOUR_RE.search(line) and _safe_date(int(y), int(d), int(mo)) is not None:
            mo, d = d, mo  # "5/3/2023 3:08:41 AM": a clock of twelve hours writes the month first, as in the US
    else:
        y, mo, d = g["y4"], g["mo4"], g["d4"]
    return _safe_date(int(y), int(mo), int(d))


# "MENAFN07112023000187011040ID1107386512": the syndicator's id of the story opens with its day, month and year.
_SYNDICATION_ID_RE = re.compile(r"MENAFN(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4})\d*ID\d+")


def _syndication_id_date(line: str) -> datetime.date | None:
    """The date a syndicator's story id on a line of its own gives, or None."""
    m = _SYNDICATION_ID_RE.fullmatch(line.strip())
    return _safe_date(int(m["y"]), int(m["m"]), int(m["d"])) if m else None


_TWELVE_HOUR_RE = re.compile(r"\d\s*[AaPp]\.?[Mm]\.?\b")


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """A date, or None when the numbers do not make one."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


_BYLINE_RE = re.compile(r"(?:By|BY)[ \t]+[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,2}")
# "By Dana Omarova in Business on 3 October 2024", "By Aigerim Sadvakasova, 19.10.2023 | 11:40": an author line that
# also dates the article.
_DATED_BYLINE_RE = re.compile(
    _BYLINE_RE.pattern
    + r"(?:[ \t]+(?:in|for)[ \t]+[A-Z][\w &’'-]{0,40}?)?[ \t]*(?:[ \t]on|,|\||[–—-])[ \t]*(?P<date>.+)"
)


def _byline_date(line: str) -> datetime.date | None:
    """The date an author line gives, or None."""
    m = _DATED_BYLINE_RE.fullmatch(line)
    return _date_of(m["date"].strip()) if m else None


def _is_furniture(line: str) -> bool:
    """Whether a line is page furniture (photo credits, "Read also", "Author:", ...).

    The furniture word must stand alone: "Print" is furniture, "Printing grew 5%" is not.
    """
    if _BYLINE_RE.fullmatch(line):
        return True  # "By Nargiz Abbasova": an author line, not the first sentence ("By 2025, ...")
    lowered = line.lower()
    if lowered.startswith(_FURNITURE):
        for prefix in _FURNITURE:
            if lowered.startswith(prefix):
                rest = lowered[len(prefix) : len(prefix) + 1]
                if not rest or not prefix[-1].isalpha() or not rest.isalpha():
                    return True
    return lowered.rstrip(" :") in _WITH_NEXT_BARE


def _takes_next(line: str) -> bool:
    """Whether a furniture line alone makes the next line furniture too ("Author:" then the name)."""
    return line.lower().rstrip(" :") in _WITH_NEXT_BARE


def _looks_like_title(line: str) -> bool:
    """A headline: short, no final period, not opening with a dateline."""
    if not line or len(line) > _MAX_TITLE_CHARS or _TITLE_END_RE.search(line):
        return False
    if not (line[0].isupper() or line[0].isdigit()) or len(line.split()) > _MAX_TITLE_WORDS:
        return False
    return _match_dateline(line, 0) is None


# --- datelines and publishers --------------------------------------------------------------


def _match_dateline(text: str, pos: int) -> re.Match[str] | None:
    """A dateline at `pos`, or None. A place with no dash after it must be a known place."""
    m = _DATELINE_RE.match(text, pos)
    if m is None:
        return None
    if m["bare"] is not None and m["city"] not in DATELINE_PLACES:
        return None
    if m["country"] is not None and m["mon"] is None and not _ends_line_or_sentence(text, m):
        return None
    return m


def _ends_line_or_sentence(text: str, m: re.Match[str]) -> bool:
    """For ``CITY, Country`` without a date: accept only when a dash, period or line end follows."""
    tail = text[m.start("country") : m.end()].rstrip()
    return tail.endswith((".", ":", "–", "—", "-")) or m.end() >= len(text) or text[m.end()] == "\n"


def _publisher(m: re.Match[str]) -> str | None:
    """The agency named in a dateline match, in the name we report ("Kazinform", "Trend")."""
    return _publisher_named(m["menafn"] or m["agency"] or m["pagency"] or m["oagency"] or m["tagency"] or m["magency"])


def _publisher_named(raw: str | None) -> str | None:
    """The agency's name as we report it, from the words a dateline gives for it."""
    if raw is None:
        return None
    name = raw.strip()
    for suffix in AGENCY_SUFFIXES:
        if name.lower().endswith(" " + suffix.lower()):
            name = name[: -len(suffix)].strip()
            break
    return AGENCIES.get(name.upper()) or AGENCIES.get(raw.strip().upper()) or name


# --- the parser ----------------------------------------------------------------------------


def parse_header(text: str) -> Header:
    """Read the header of an article: title, publication date, dateline, publisher, body start, furniture."""
    excluded: list[Span] = []
    published = None
    pos = 0
    prefix = _DATE_PREFIX_RE.match(text)
    if prefix:
        published = _safe_date(int(prefix[1]), int(prefix[2]), int(prefix[3]))
        excluded.append((prefix.start(), prefix.end()))
        pos = prefix.end()
    head = _read_head(text, pos, excluded)
    if published is None:
        published = head.date
    tail_date = _read_tail(text, head.body_start, excluded)
    _read_body_furniture(text, head.body_start, excluded)
    if published is None:
        published = tail_date
    return Header(
        title=head.title,
        published_date=published,
        dateline=head.dateline,
        publisher=head.publisher,
        body_start=head.body_start,
        excluded=_merge(excluded),
    )


@dataclass
class _Head:
    title: str | None = None
    date: datetime.date | None = None
    dateline: str | None = None
    publisher: str | None = None
    body_start: int = 0


def _read_head(text: str, pos: int, excluded: list[Span]) -> _Head:
    """Walk the first lines: furniture, date lines and a title, up to the first body line and its dateline."""
    head = _Head(body_start=pos)
    lines = _iter_lines(text, pos, len(text))
    skip_next = False
    for a, b in lines:
        line = text[a:b]
        if not line:
            continue
        if skip_next:
            excluded.append((a, b))
            skip_next = False
            continue
        prefix = _DATE_PREFIX_RE.match(line)
        if prefix:
            # "Title\n date 2024-03-05 CITY – body": the date prefix opens the body's first line.
            head.date = head.date or _safe_date(int(prefix[1]), int(prefix[2]), int(prefix[3]))
            excluded.append((a, a + prefix.end()))
            if a + prefix.end() < b:
                _read_dateline(text, a + prefix.end(), head, excluded)
                return head
            continue
        date = _date_of(line)
        if date is not None:
            head.date = head.date or date
            excluded.append((a, b))
            continue
        byline_date = _byline_date(line)
        if byline_date is not None:
            head.date = head.date or byline_date
            excluded.append((a, b))
            continue
        if _is_furniture(line):
            excluded.append((a, b))
            skip_next = _takes_next(line)
            continue
        if head.title is None and _looks_like_title(line) and _title_break_after(text, b):
            head.title = line
            continue
        if head.title is not None and not _TITLE_END_RE.search(line):
            # "Gas transit tariff to rise 18%\n\nTuran Gas Transport will charge more ...\n\nBy Dana Omarova\n
            # December 5, 2023": a standfirst under the title opens the body; the author and date lines after it
            # are furniture, and the date is the article's.
            head.date = head.date or _byline_and_date_after(text, b, excluded)
        _read_dateline(text, a, head, excluded)
        return head
    head.body_start = len(text)
    return head


def _byline_and_date_after(text: str, end: int, excluded: list[Span]) -> datetime.date | None:
    """Exclude the author and date lines right after `end` (a standfirst); return the date they give."""
    date = None
    for a, b in _iter_lines(text, end, min(len(text), end + 300)):
        line = text[a:b]
        if not line:
            continue
        found = _date_of(line) or _byline_date(line)
        if found is None and not _BYLINE_RE.fullmatch(line):
            break
        date = date or found
        excluded.append((a, b))
    return date


def _title_break_after(text: str, end: int) -> bool:
    """Whether the line after a title candidate (ending at `end`) is blank, a date line or furniture."""
    start = text.find("\n", end)
    if start < 0:
        return False
    stop = text.find("\n", start + 1)
    a, b = _strip_span(text, start + 1, len(text) if stop < 0 else stop)
    nxt = text[a:b]
    return not nxt or _DATE_PREFIX_RE.match(nxt) is not None or _date_of(nxt) is not None or _is_furniture(nxt)


def _read_dateline(text: str, start: int, head: _Head, excluded: list[Span]) -> None:
    """Read a dateline at the start of the first body line; set dateline, publisher and body start."""
    head.body_start = start
    m = _match_dateline(text, start)
    if m is None:
        m = _DATED_DATELINE_RE.match(text, start) or _DOTTED_DATELINE_RE.match(text, start)
        if m is None:
            return
        if m.re is _DATED_DATELINE_RE and (m["y1"] or m["y2"]):
            month, day = (m["m1"], m["d1"]) if m["y1"] else (m["m2"], m["d2"])
            head.date = head.date or _safe_date(int(m["y1"] or m["y2"]), MONTHS[month], int(day))
        agency = m["pagency"] or m.groupdict().get("sagency")
        head.dateline, head.publisher = m["city"].upper(), _publisher_named(agency)
    else:
        head.dateline, head.publisher = m["city"], _publisher(m)
    end = m.end()
    excluded.append((start, end))
    while end < len(text) and text[end].isspace():
        end += 1
    head.body_start = end


def _read_tail(text: str, body_start: int, excluded: list[Span]) -> datetime.date | None:
    """Exclude the furniture at the end (date lines, author block, tag lines); return a date found there."""
    lines = _last_lines(text, body_start, _TAIL_LINES)
    date = None
    cut = _author_block(text, lines)
    if cut is not None:
        excluded.append((lines[cut][0], lines[-1][1]))
        # "Tags: energy" then "12.03.2023": a date may close the block.
        date = next((d for d in (_date_of(text[a:b]) for a, b in lines[cut:]) if d is not None), None)
        lines = lines[:cut]
    tags: list[Span] = []
    for a, b in reversed(lines):
        line = text[a:b]
        found = _date_of(line) or _syndication_id_date(line)
        if found is not None:
            date = found
        elif not _is_furniture(line):
            if _is_tag_line(line) and len(tags) < _MAX_TAG_LINES:
                tags.append((a, b))
                continue
            if line.endswith(_SENTENCE_END):
                excluded.extend(tags)
            break
        excluded.append((a, b))
    return date


def _read_body_furniture(text: str, start: int, excluded: list[Span]) -> None:
    """Exclude furniture lines inside the body ("Read also" and the headline after it, photo credits)."""
    for marker in _MID_MARKERS:
        index = text.find(marker, start)
        while index >= 0:
            _exclude_line_at(text, index, excluded)
            index = text.find(marker, index + len(marker))


def _exclude_line_at(text: str, index: int, excluded: list[Span]) -> None:
    """If the line holding `index` starts there and is furniture, exclude it (and its next line if it says so)."""
    line_start = text.rfind("\n", 0, index) + 1
    if text[line_start:index].strip():
        return
    lines = _iter_lines(text, index, len(text))
    a, b = next(lines)
    line = text[a:b]
    if not _is_furniture(line):
        return
    excluded.append((a, b))
    if _takes_next(line):
        following = next(((c, d) for c, d in lines if c < d), None)
        if following:
            excluded.append(following)


def _author_block(text: str, lines: list[Span]) -> int | None:
    """Index of an "Author:" / "Tags:" line among the last lines, after which all is furniture.

    An author line with prose after it (a short article that names its author above the body) starts no block.
    """
    for index, (a, b) in enumerate(lines):
        lowered = text[a:b].lower()
        if lowered.startswith(_REST):
            return index
        short_tail_line = lowered.startswith(_TAIL) and len(lowered.split()) <= 4
        if short_tail_line and not any(_is_prose(text[c:d]) for c, d in lines[index + 1 :]):
            return index
    return None


def _is_prose(line: str) -> bool:
    """A line of running text: longer than a tag list and ending a sentence."""
    return line.endswith(_SENTENCE_END) and len(line.split()) > _MAX_TAG_WORDS


def _is_tag_line(line: str) -> bool:
    """A short line of names with no sentence ending and no numbers: a tag list."""
    if line.endswith(_SENTENCE_END) or len(line.split()) > _MAX_TAG_WORDS:
        return False
    return not any(ch.isdigit() for ch in line)


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    """Sorted, disjoint spans; touching or overlapping spans are joined, empty ones dropped."""
    out: list[list[int]] = []
    for a, b in sorted(s for s in spans if s[0] < s[1]):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)
