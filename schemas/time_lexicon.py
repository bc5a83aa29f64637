"""Word lists for reading article headers and temporal expressions, kept as data.

Used by `pipeline.extract.header` (date lines, datelines, agencies, page furniture)
and `pipeline.extract.periods` (months, number words, period phrases). Adding a word
here is enough for the engine to know it; the regexes are built from these lists.
"""

from __future__ import annotations

from schemas.lexicon import NUMBER_WORDS as _QUANTITY_NUMBER_WORDS

# ---------------------------------------------------------------------------
# Calendar

# Month names and the abbreviations news agencies use, capitalised as written
# (matching is case-sensitive so that the verb "may" / "march" is not a month).
MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}

# Cardinal number words used in durations ("ten months", "seven years' time"): the single words of the
# quantity lexicon, which is where number words are kept.
NUMBER_WORDS: dict[str, int] = {
    word: value
    for word, value in _QUANTITY_NUMBER_WORDS.items()
    if " " not in word and word not in ("hundred", "dozen")
}

# Ordinals naming a half or a quarter of a year ("first half", "3rd quarter").
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

# Vague amounts of years/months: the span is period wording, the period is unknown.
VAGUE_COUNTS: tuple[str, ...] = ("several", "a few", "few", "many", "recent", "coming")

# ---------------------------------------------------------------------------
# Period phrases (regular-expression fragments, matched case-sensitively; the
# first letter of each is also accepted capitalised).

# "this year": actual = 1 January .. publication date, planned = the whole year.
THIS_YEAR: tuple[str, ...] = ("this year", "the current year", "the present year", "current year")
# The previous calendar year.
LAST_YEAR: tuple[str, ...] = (
    "last year",
    "the previous year",
    "the past year",
    "the last year",
    "the preceding year",
    "the prior year",
    "previous year",
    "a year earlier",
    "a year ago",
    "one year ago",
    "a year before",
)
# The word before "year" that makes it this / last / next year ("the current year", "the prior year").
# "For the full year, the department expects ...": the publication year as a whole, as "this year" is.
THIS_YEAR_WORDS: tuple[str, ...] = ("this", "current", "present", "full", "whole", "entire")
LAST_YEAR_WORDS: tuple[str, ...] = ("last", "previous", "past", "preceding", "prior")
NEXT_YEAR_WORDS: tuple[str, ...] = ("next", "coming", "upcoming")
# 1 January of the publication year .. publication date.
YEAR_TO_DATE: tuple[str, ...] = ("year-to-date", "year to date", "ytd")
# Direction words before "N years": past (ending at publication) or next (starting then).
PAST_WORDS: tuple[str, ...] = ("past", "last", "previous", "preceding", "recent")
NEXT_WORDS: tuple[str, ...] = ("next", "coming", "upcoming", "following")

# Words that explicitly leave a figure without a period (FACTS.md, Settled conventions).
CLEAR_WORDS: tuple[str, ...] = (
    "currently",
    "so far",
    "to date",
    "already",
    "at present",
    "presently",
    "nowadays",
    "today",
    "at the moment",
    "thus far",
    "up to now",
    "until now",
    "till now",
    "as of today",
    "as of now",
    "lately",
    "recently",
    "now",
)
# The clear words that speak of the present, not of a span up to it ("so far", "to date"): a figure a clause
# states with one is how things stand now, whatever date the clause before gives ("grew 2.9% in 2022 and now
# exceeds 770,000 people").
PRESENT_WORDS: frozenset[str] = frozenset(
    {"now", "currently", "at present", "presently", "nowadays", "today", "at the moment", "as of today", "as of now"}
)
# Verbs of an event in a thing's life: a period right after one ("put into operation in July", "is to be
# completed in 2025") dates that event, not what the thing is worth, holds or employs.
OPERATING_EVENT_VERBS: tuple[str, ...] = (
    "commissioned",
    "put into operation",
    "put into service",
    "put into commission",
    "launched",
    "opened",
    "inaugurated",
    "completed",
    "connected to the national grid",
    "connected to the grid",
    "connected",
    "started operating",
    "began operating",
    "started operations",
    "began operations",
    "started up",
)
# The same events still to come, as verbs and nouns ("due to open in December", "scheduled for completion in
# 2025", "after launching a second line in August"): a period after one dates the event too.
PLANNED_EVENT_WORDS: tuple[str, ...] = (
    "open",
    "opening",
    "launch",
    "launching",
    "completion",
    "commissioning",
    "start-up",
    "start operating",
    "start operations",
    "come on stream",
    "come online",
)
# "Kazinform reported earlier that ...": a figure from an earlier report, outside the article's frame.
EARLIER_REPORT_CUES: tuple[str, ...] = (
    "reported earlier",
    "earlier reported",
    "previously reported",
    "reported previously",
    "reported before",
    "as reported",
)
# Simple-present verbs that state how things stand ("manufacturing accounts for 88% of output", "1,200 people
# work there"): a sentence built on one describes the present, so it does not continue the frame's period.
STANDING_STATE_VERBS: tuple[str, ...] = (
    "accounts for",
    "account for",
    "makes up",
    "make up",
    "works at",
    "work at",
    "works in",
    "work in",
    "employs",
    "employ",
    "covers",
    "cover",
)
# Words that report one contributor's part of a total for a period ("Tengiz accounted for 24.8 million tonnes",
# "The largest contribution came from Tobyl Motors").
PART_OF_TOTAL_VERBS: tuple[str, ...] = ("accounted for", "made up", "contributed", "contribution")
# Past-tense verbs that report how a share came out ("accounted for 62% of the total", "reached 5,390 tons, or
# 51% of the total"): the share of a period's flow, not a standing attribute of the enterprise. Regular verbs
# in -ed count too (see engine); these are the irregular ones a share is reported with.
IRREGULAR_PAST_VERBS: tuple[str, ...] = (
    "was",
    "were",
    "made",
    "made up",
    "rose",
    "grew",
    "fell",
    "came",
    "stood",
    "took",
    "held",
    "brought",
    "gave",
    "began",
    "went",
    "got",
    "saw",
    "met",
    "paid",
    "sold",
    "bought",
    "built",
    "spent",
    "kept",
    "led",
)
# Verbs in the simple present that say what a place or firm holds now ("The city has 46 bazaars"): a count
# after one is how things stand, not a figure for the frame's period.
HOLDING_VERBS: tuple[str, ...] = (
    "has",
    "have",
    "will have",
    "there are",
    "there is",
    "is home to",
    "are home to",
    "operates",
    "hosts",
    "includes",
    "include",
    "comprises",
    "consists of",
    "owns",
    "unites",
    "works",
    "runs",
)
# Present-tense verbs of a workforce or of the people served ("employs 4,800 people", "serves 190,000 residents").
STAFFING_VERBS: tuple[str, ...] = ("employs", "employ", "serves", "serve")
# Verbs after a count that say the things counted exist now ("Some 190 flour mills operate in the country").
# Present-tense verbs of how things stand ("the region has 62 flour mills", "78% of tractors are over ten years
# old"): a sentence with one and no verb in the past states the present, not a figure of the frame's period.
PRESENT_STATE_VERBS: tuple[str, ...] = (
    *("has", "have", "is", "are", "operates", "hosts", "includes", "employs", "runs", "owns", "holds"),
    *("comprises", "consists"),
    # "Some 780 companies operate in the country", "The fare remains 200 tenge", "the company, which farms 380,000
    # hectares", "the programme offers a fixed rate of 7%".
    *("operate", "remains", "remain", "farms", "offers", "offer", "stands", "stand"),
)
# What is done as a rule, in the simple present (not after "will", "to" or a modal, which make a plan): "A MICE
# tourist spends on average $310 a day", "the state reimburses 50% of the cost", "240 people work there", "every
# ton of aluminium requires 1.93 tons of alumina", "Kazakhstan consumes about 500,000 tons of sugar a year".
HABITUAL_PRESENT_VERBS: tuple[str, ...] = (
    *("spends", "spend", "earns", "earn", "pays", "pay", "covers", "reimburses", "reimburse"),
    *("requires", "require", "saves", "save", "subsidises", "subsidizes", "subsidise", "subsidize"),
    # Some are nouns too ("construction work is", "cuts"); measured over all sets they still fix far more periods
    # than they lose (period +116 -4 with them, -19 without "use", "need", "pay" and "cuts").
    *("carries", "carry", "work", "serves", "serve", "needs", "need", "consumes", "consume"),
    *("sells", "sell", "uses", "use", "involves", "totals", "cuts"),
)
# Plural nouns of many firms at once ("The plants turned out ...", "Local producers assembled ..."): a sentence that
# opens with one speaks of the place's industry, not of the firm named before it.
GROUP_NOUNS: tuple[str, ...] = (
    "plants",
    "refineries",
    "companies",
    "producers",
    "enterprises",
    "factories",
    "mills",
    "farms",
    "firms",
    "miners",
    "exporters",
    "manufacturers",
    "smelters",
    "mines",
)
# Plural nouns by which a sentence points back to the things a plan before it named ("Four elevators are to be
# built by 2025. The projects will create 160 jobs."): the plan shares their deadline.
PLANNED_THINGS_NOUNS: tuple[str, ...] = ("projects", "plants", "facilities", "farms", "enterprises", "factories")
# Words after "is"/"are"/"has" that make them a plan's or the present perfect's auxiliary, not a state.
PLAN_AUXILIARY_NEXT_WORDS: tuple[str, ...] = ("been", "to", "expected", "planned", "due", "set", "scheduled", "going")
EXISTING_VERBS: tuple[str, ...] = ("operate", "operates", "exist", "exists", "work", "are in operation")
# ("in recent years", "over the years", "in the coming years" are read with the year counts.)
# "since its launch" and the like: a start that the text does not date.
UNDATED_STARTS: tuple[str, ...] = (
    "launch",
    "inception",
    "establishment",
    "foundation",
    "founding",
    "opening",
    "commissioning",
    "creation",
    "start of operations",
    "start of operation",
    "independence",
    # "since the first deliveries in 2009"
    "deliveries",
    "shipments",
)

# Verbs that date an event (a founding), not the period of a figure: "Established in 2005".
EVENT_VERBS: tuple[str, ...] = (
    "established",
    "founded",
    "incorporated",
    "set up",
    "registered",
    "created",
    # "a company formed in 2009" (not "the surplus formed in 2023 amounted to", a figure's own year).
    *("company formed", "venture formed", "firm formed", "enterprise formed", "fund formed", "group formed"),
    *("region, formed", "region formed", "district formed", "city formed"),
    "built",
)

# Verbs of saying something publicly: "the range announced in May" dates the announcement, not the figures.
ANNOUNCEMENT_VERBS: tuple[str, ...] = ("announced", "unveiled", "disclosed", "declared", "publicised", "publicized")

# Words after a bare year that make it a period ("2023 figures", "the 2024 harvest").
YEAR_NOUNS: tuple[str, ...] = (
    "figure",
    "figures",
    "level",
    "levels",
    "result",
    "results",
    "data",
    "indicator",
    "indicators",
    "harvest",
    "season",
    "budget",
    "target",
    "targets",
    "plan",
    "plans",
    "prices",
    "period",
)

# Comparison triggers: the words that put a period in the role of a change's base.
COMPARISON_TRIGGERS: tuple[str, ...] = (
    "compared to",
    "compared with",
    "in comparison to",
    "in comparison with",
    "relative to",
    "against",
    "versus",
    "vs.",
    "vs",
    "than in",
    # "twice as many as in 2023", "the same as in 2022": the base of an equal comparison.
    "as in",
    "than during",
    "than at",
    "than for",
    "than",
    # "or 117.3% of the level of January-September 2022": the base of an index.
    "level of",
)
# Nouns for the base an index level is a percentage of: "112.5% of the figure for January-June 2022", "108.6% of the
# 2021 level".
INDEX_BASE_NOUNS: tuple[str, ...] = ("figure", "figures", "level", "levels", "indicator", "indicators")
# Change words after which "on" / "over" introduce the base ("up 2.3 times on 2015").
CHANGE_WORDS: tuple[str, ...] = (
    "%",
    "percent",
    "per cent",
    "times",
    "fold",
    "increase",
    "decrease",
    "growth",
    "rise",
    "gain",
    "jump",
    "drop",
    "fall",
    "decline",
    "up",
    "down",
    "higher",
    "lower",
    "more",
    "less",
)
# Year-on-year wording: the base is the figure's period one year earlier. Phrases without the word
# "year" are searched as fixed phrases; the others are read around "year".
YEAR_ON_YEAR: tuple[str, ...] = (
    "year-on-year",
    "year on year",
    "year-over-year",
    "year over year",
    "y-o-y",
    "yoy",
    "YoY",
    "y/y",
    "in annual terms",
)

# ---------------------------------------------------------------------------
# Article headers

# News agencies as they appear in headers, mapped to the publisher name we report.
AGENCIES: dict[str, str] = {
    "KAZINFORM": "Kazinform",
    "KAZINFORM NEWS AGENCY": "Kazinform",
    "TREND": "Trend",
    "TREND NEWS AGENCY": "Trend",
    "AKIPRESS": "AKIpress",
    "KABAR": "Kabar",
    "24.KG": "24.kg",
    "UZA": "UzA",
    "UZDAILY": "UzDaily",
    "DUNYO": "Dunyo",
    "KUN.UZ": "Kun.uz",
    "ASIA-PLUS": "Asia-Plus",
    "KHOVAR": "Khovar",
    "TURKMENPORTAL": "Turkmenportal",
    "AZERTAC": "AZERTAC",
    "REPORT": "Report",
    "APA": "APA",
    "XINHUA": "Xinhua",
    "TASS": "TASS",
    "INTERFAX": "Interfax",
    "INTERFAX-KAZAKHSTAN": "Interfax-Kazakhstan",
    "KAZTAG": "KazTAG",
    "TENGRINEWS": "Tengrinews",
    "THE ASTANA TIMES": "The Astana Times",
    "ASTANA TIMES": "The Astana Times",
    "DAILY SABAH": "Daily Sabah",
    "AZERNEWS": "Azernews",
}

# Words dropped from an agency's name in "(MENAFN- Trend News Agency)".
AGENCY_SUFFIXES: tuple[str, ...] = ("News Agency", "Agency", "News")

# Places that may open an article as a dateline with no dash after them
# ("date 2023-05-02 ALMATY The factory ..."). With a dash, any place in capitals is read.
DATELINE_PLACES: frozenset[str] = frozenset(
    {
        "ASTANA",
        "NUR-SULTAN",
        "ALMATY",
        "SHYMKENT",
        "KARAGANDA",
        "KARAGANDY",
        "AKTOBE",
        "ATYRAU",
        "AKTAU",
        "PAVLODAR",
        "KOSTANAY",
        "PETROPAVLOVSK",
        "PETROPAVL",
        "KOKSHETAU",
        "TARAZ",
        "TURKISTAN",
        "TURKESTAN",
        "KYZYLORDA",
        "URALSK",
        "ORAL",
        "SEMEY",
        "UST-KAMENOGORSK",
        "OSKEMEN",
        "TALDYKORGAN",
        "KONAYEV",
        "ZHEZKAZGAN",
        "TEMIRTAU",
        "EKIBASTUZ",
        "BISHKEK",
        "OSH",
        "TASHKENT",
        "SAMARKAND",
        "BUKHARA",
        "DUSHANBE",
        "ASHGABAT",
        "BAKU",
        "TBILISI",
        "MOSCOW",
        "BEIJING",
        "URUMQI",
        "ANKARA",
        "ISTANBUL",
        "ULAANBAATAR",
    }
)

# Page-furniture lines: a line starting with one of these (case-insensitive) is not article text.
FURNITURE_PREFIXES: tuple[str, ...] = (
    "go to the main site",
    "home /",
    "home »",
    "home >",
    "author:",
    "authors:",
    "reading time",
    "photo:",
    "photo from",
    "photo by",
    "photo credit",
    "photo courtesy",
    "photo -",
    "photo –",
    "photos:",
    "photo source",
    "image:",
    "video:",
    "read also",
    "also read",
    "read more",
    "related:",
    "related news",
    "see also",
    "tags:",
    "share:",
    "share this",
    "follow us",
    "subscribe",
    "source:",
    "copyright",
    "©",
    "views:",
    "print",
)
# Weekday names a date line may open with ("Tuesday, 5 March 2024", "Thu, March 7, 2024"); the full names are
# also calendar words to the entity finder (roles.CALENDAR_WORDS).
WEEKDAY_NAMES: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS: tuple[str, ...] = (
    *WEEKDAY_NAMES,
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
)
# Furniture that also turns up between paragraphs of the body (searched for everywhere).
FURNITURE_MID: tuple[str, ...] = ("read also", "also read", "read more", "see also", "photo", "related")
# Furniture lines whose NEXT line is furniture too (the author's name, the linked headline).
FURNITURE_WITH_NEXT: tuple[str, ...] = ("author:", "author", "authors:", "read also", "also read", "read more")
# Furniture lines after which the rest of the article is furniture (author block, tags).
FURNITURE_TAIL: tuple[str, ...] = ("author:", "authors:", "tags:")
# Lines after which the rest is a syndicator's boilerplate, prose or not ("Legal Disclaimer: MENAFN provides ...").
FURNITURE_REST: tuple[str, ...] = ("legal disclaimer",)
