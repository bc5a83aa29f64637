"""Word lists the extraction engine recognises, kept as data.

Where a unit word, a currency word, a scale word or a cue for a measure,
qualifier, status or rate is recognised: here, and only here.  The codes on
the right-hand side are the controlled vocabularies of `schemas.vocab`.
"""

from __future__ import annotations

# Scale words and abbreviations, written after a number ("1.3 trillion", "898bn", "KZT1.1tln").
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "thousands": 1e3,
    # Russian-style "тыс." in translation ("15 thous. tons").
    "thous.": 1e3,
    "thous": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tln": 1e12,
    "trln": 1e12,
    "trl": 1e12,
    "trn": 1e12,
    "tn": 1e12,
}
# Abbreviations that are scale words only when glued to a number or a currency ("898bn", "$5m").
GLUED_ONLY_SCALES = frozenset({"k", "m", "b", "tn"})

# Number words, for amounts written out ("one trillion tenge", "seven industrial zones").
NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "dozen": 12,
    "a dozen": 12,
}

# Multiplicative change words: "twofold" -> 2 (growth_rate (N - 1) x 100), "sevenfold", "ten-fold".
FOLD_WORDS: dict[str, float] = {
    **{f"{word}{joint}fold": n for word, n in NUMBER_WORDS.items() if 2 <= n <= 10 for joint in ("", "-")},
    "doubled": 2,
    "tripled": 3,
    "quadrupled": 4,
    # A headline's present tense: "Aktau port container traffic nearly triples".
    "doubles": 2,
    "triples": 3,
    "doubling": 2,
    "tripling": 3,
    # "twice as many as in 2023" is a change; "twice a year" says how often (a count; see quantities).
    "twice": 2,
    "double": 2,
    "triple": 3,
}
# "double" and "triple" are changes only as verbs or against a level ("to double its output",
# "nearly double the 2019 level"), not as adjectives ("double taxation").
# A modal may put an adverb before the verb ("we can easily double exports", "will also triple").
FOLD_VERB_CONTEXT = (
    r"(?:(?:\bto|\bwill|\bwould|\bcould|\bcan|\bmay|\bmight|\bshould|\bmust|\bshall)(?:\s+(?:also|easily|soon|now))?"
    r"|\bnearly|\balmost|\bmore than|\bplans to)\s+$"
)

# Currency signs and codes written before (or glued to) the amount.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "USD": "USD",
    "$": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "₸": "KZT",
    "TG": "KZT",  # "Tg 5 billion"
    "KZT": "KZT",
    "RUB": "RUB",
    "₽": "RUB",
    "CNY": "CNY",
    "RMB": "CNY",
    "UZS": "UZS",
    "KGS": "KGS",
    "TJS": "TJS",
    "AZN": "AZN",
    "TMT": "TMT",
    "MNT": "MNT",
    "AED": "AED",
    "TRY": "TRY",
    "JPY": "JPY",
    "KRW": "KRW",
}

# Currency words written after the amount. None = decided by the article's context (see AMBIGUOUS_CURRENCIES).
CURRENCY_WORDS: dict[str, str | None] = {
    "tenge": "KZT",
    "kazakh tenge": "KZT",
    "kazakhstani tenge": "KZT",
    "kzt": "KZT",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "rubles": "RUB",
    "russian rubles": "RUB",
    "russian roubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rub": "RUB",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "uzbek soms": "UZS",
    "uzbek sums": "UZS",
    "uzbek som": "UZS",
    "uzbek sum": "UZS",
    "sums": "UZS",
    "sum": "UZS",
    "soums": "UZS",
    "uzs": "UZS",
    "kyrgyz soms": "KGS",
    "kyrgyz som": "KGS",
    "soms": None,
    "som": None,
    "kgs": "KGS",
    "somoni": "TJS",
    "tajik somoni": "TJS",
    "tjs": "TJS",
    "azerbaijani manat": "AZN",
    "turkmen manat": "TMT",
    "turkmen manats": "TMT",
    "azerbaijani manats": "AZN",
    "manat": None,
    "manats": None,
    "tugrik": "MNT",
    "tugriks": "MNT",
    "mongolian tugriks": "MNT",
    "tögrög": "MNT",
    "mnt": "MNT",
    "pounds sterling": "GBP",
    "dirhams": "AED",
    "lira": "TRY",
    "yen": "JPY",
    "won": "KRW",
}

# Ambiguous currency words: the country whose cues the article names most decides; else the default.
_UZBEK_CUES = ("uzbek", "tashkent", "samarkand", "bukhara", "fergana", "andijan", "namangan", "navoi", "khorezm")
_UZBEK_PLACE_CUES = ("kashkadarya", "surkhandarya", "jizzakh", "karakalpak", "nukus", "termez", "urgench", "khiva")
_UZBEK_TOWN_CUES = ("almalyk", "angren", "chirchik", "karshi", "qarshi")
_KYRGYZ_CUES = ("kyrgyz", "bishkek", "osh", "jalal-abad", "issyk-kul", "karakol", "naryn", "talas", "batken")
_KYRGYZ_TOWN_CUES = ("tokmok", "chui", "cholpon-ata", "kara-balta", "balykchy")
AMBIGUOUS_CURRENCIES: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    # Each cue counted at the start of a word: "uzbek" already counts "Uzbekistan", as "kyrgyz" counts "Kyrgyzstan".
    # A country's regions and towns are its cues too ("Farmers in Osh region ... 45 som per kg").
    "som": (
        ((*_UZBEK_CUES, *_UZBEK_PLACE_CUES, *_UZBEK_TOWN_CUES), "UZS"),
        ((*_KYRGYZ_CUES, *_KYRGYZ_TOWN_CUES), "KGS"),
    ),
    "manat": (
        (("turkmen", "ashgabat", "lebap", "dashoguz", "ahal", "awaza", "arkadag", "balkanabat", "velayat"), "TMT"),
        (("azerbaijan", "azeri", "baku", "sumgait", "ganja", "nakhchivan", "absheron", "shamakhi", "gabala"), "AZN"),
    ),
}
AMBIGUOUS_DEFAULTS: dict[str, str] = {"som": "KGS", "manat": "AZN"}

# Physical unit words -> (canonical unit, factor to the canonical unit).
UNIT_WORDS: dict[str, tuple[str, float]] = {
    "tons": ("t", 1),
    "ton": ("t", 1),
    "tonnes": ("t", 1),
    "tonne": ("t", 1),
    "t": ("t", 1),
    # Tonnes of uranium, as uranium miners report output ("2,960 tU").
    "tu": ("t", 1),
    # Centners (quintals) of 100 kg, as grain yields and harvests are reported ("13.2 centners per hectare").
    "centners": ("t", 0.1),
    "centner": ("t", 0.1),
    "quintals": ("t", 0.1),
    "quintal": ("t", 0.1),
    "kilograms": ("kg", 1),
    "kilogram": ("kg", 1),
    "kg": ("kg", 1),
    # "a 500-gram loaf", "bars of 5 to 100 grams": kilograms, as the contract counts mass in kg or t.
    "grams": ("kg", 0.001),
    "gram": ("kg", 0.001),
    "grammes": ("kg", 0.001),
    "gramme": ("kg", 0.001),
    "square meters": ("m2", 1),
    "square metres": ("m2", 1),
    "square meter": ("m2", 1),
    "square metre": ("m2", 1),
    "square-meter": ("m2", 1),  # "a 14,000-square-meter shop"
    "square-metre": ("m2", 1),
    "sq m": ("m2", 1),
    "sq. m": ("m2", 1),
    "sq.m": ("m2", 1),
    "sqm": ("m2", 1),
    "m2": ("m2", 1),
    "m²": ("m2", 1),
    "square kilometers": ("km2", 1),
    "square kilometres": ("km2", 1),
    "square-kilometer": ("km2", 1),
    "square-kilometre": ("km2", 1),
    "sq km": ("km2", 1),
    "sq. km": ("km2", 1),
    "km2": ("km2", 1),
    "km²": ("km2", 1),
    "hectares": ("ha", 1),
    "hectare": ("ha", 1),
    "ha": ("ha", 1),
    "kilometers": ("km", 1),
    "kilometres": ("km", 1),
    "kilometer": ("km", 1),
    "kilometre": ("km", 1),
    "km": ("km", 1),
    # Metres have no unit of their own in FACTS.md: kilometres, as GW become MW ("drilled 146,000 metres" -> 146 km).
    "metres": ("km", 0.001),
    "meters": ("km", 0.001),
    "metre": ("km", 0.001),
    "meter": ("km", 0.001),
    "centimetres": ("km", 0.00001),
    "centimeters": ("km", 0.00001),
    "centimetre": ("km", 0.00001),
    "centimeter": ("km", 0.00001),
    "cm": ("km", 0.00001),
    # "the lake holds 98 cubic kilometres of water": a volume, in cubic metres.
    "cubic kilometers": ("m3", 1e9),
    "cubic kilometres": ("m3", 1e9),
    "cubic kilometer": ("m3", 1e9),
    "cubic kilometre": ("m3", 1e9),
    "km3": ("m3", 1e9),
    "km³": ("m3", 1e9),
    "cu km": ("m3", 1e9),
    "cubic meters": ("m3", 1),
    "cubic metres": ("m3", 1),
    "cubic meter": ("m3", 1),
    "cubic metre": ("m3", 1),
    "m3": ("m3", 1),
    "m³": ("m3", 1),
    "cu m": ("m3", 1),
    "cu. m": ("m3", 1),
    "cubic m": ("m3", 1),
    "liters": ("m3", 0.001),
    "litres": ("m3", 0.001),
    "liter": ("m3", 0.001),
    "litre": ("m3", 0.001),
    # Decalitres (10 litres), as distillers and brewers report output.
    "decalitres": ("m3", 0.01),
    "decaliters": ("m3", 0.01),
    "decalitre": ("m3", 0.01),
    "decaliter": ("m3", 0.01),
    "kilovolts": ("kV", 1),
    "kilovolt": ("kV", 1),
    "kv": ("kV", 1),
    # Apparent power, the rating of transformers and substations: not converted to MW (it is not active power).
    "megavolt-amperes": ("MVA", 1),
    "megavolt-ampere": ("MVA", 1),
    "mva": ("MVA", 1),
    "kilovolt-amperes": ("MVA", 0.001),
    "kva": ("MVA", 0.001),
    "megawatts": ("MW", 1),
    "megawatt": ("MW", 1),
    "mw": ("MW", 1),
    "gigawatts": ("MW", 1000),
    "gigawatt": ("MW", 1000),
    "gw": ("MW", 1000),
    "kilowatts": ("MW", 0.001),
    "kilowatt": ("MW", 0.001),
    "kw": ("MW", 0.001),
    "kwh": ("kWh", 1),
    "kilowatt-hours": ("kWh", 1),
    "kilowatt hours": ("kWh", 1),
    "mwh": ("kWh", 1e3),
    "megawatt-hours": ("kWh", 1e3),
    "gwh": ("kWh", 1e6),
    "gigawatt-hours": ("kWh", 1e6),
    # Billion cubic metres, the usual unit of natural gas.
    "bcm": ("m3", 1e9),
    # Heat, as boiler houses and heating plants report it.
    "gcal": ("Gcal", 1),
    "gigacalories": ("Gcal", 1),
    # Troy ounces (precious metals) and oil barrels have no canonical unit of their own in FACTS.md.
    "troy ounces": ("kg", 0.0311034768),
    "ounces": ("kg", 0.0311034768),
    "oz": ("kg", 0.0311034768),
    "barrels": ("m3", 0.158987294928),
    "barrel": ("m3", 0.158987294928),
}

PERCENT_WORDS = ("%", "percent", "per cent", "pct", "percentage points", "percentage point")
TIMES_WORDS = ("times", "fold")

# Words after a number that make it a duration or a date, never a quantity ("ten months", "7 yrs").
TIME_UNIT_WORDS = frozenset(
    {
        "year",
        "years",
        "yrs",
        "yr",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "quarter",
        "quarters",
        "decade",
        "decades",
        "century",
        "o'clock",
        "am",
        "pm",
        "a.m.",
        "p.m.",
    }
)
MONTH_WORDS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)

# Words that, written just before a number, make it an identifier or rank ("No. 2", "Article 5").
IDENTIFIER_PREFIXES = frozenset(
    {"no", "no.", "nos", "number", "#", "article", "paragraph", "phase", "stage", "line", "unit"}
)

# Qualifier cues written before the number (longest match wins), as FACTS.md lists them.
QUALIFIER_CUES: dict[str, str] = {
    "about": "approximate",
    "approximately": "approximate",
    "around": "approximate",
    "roughly": "approximate",
    "some": "approximate",
    "nearly": "approximate",
    "almost": "approximate",
    "close to": "approximate",
    "an estimated": "approximate",
    "estimated": "approximate",
    "more than": "lower_bound",
    "over": "lower_bound",
    "exceed": "lower_bound",
    "exceeds": "lower_bound",
    "exceeded": "lower_bound",
    "exceeding": "lower_bound",
    "surpass": "lower_bound",
    "surpassed": "lower_bound",
    "surpasses": "lower_bound",
    # "exports top $15bn": headline English for "exceed".
    "top": "lower_bound",
    "tops": "lower_bound",
    "topped": "lower_bound",
    "at least": "lower_bound",
    "upwards of": "lower_bound",
    "in excess of": "lower_bound",
    "no less than": "lower_bound",
    "not less than": "lower_bound",
    "up to": "upper_bound",
    "less than": "upper_bound",
    "fewer than": "upper_bound",
    "under": "upper_bound",
    "no more than": "upper_bound",
    "not more than": "upper_bound",
    "a maximum of": "upper_bound",
}

# "is reported to be 99% complete", "is estimated to be": a state as it is now, not a plan ("to be").
REPORTED_STATE_CUES = (
    "reported to be",
    "said to be",
    "estimated to be",
    "believed to be",
    "considered to be",
    "thought to be",
    "appears to be",
    "seems to be",
    "proved to be",
    "turned out to be",
    "designed to",  # "the plant is designed to produce 60,000 tons": what it can do, not a plan
)
# Nouns of what a worker is paid. A wage or salary is a sum a month (Kazakhstan's statistics report average monthly
# wages), whether or not the sentence says "monthly".
PAY_NOUNS = frozenset({"wage", "wages", "salary", "salaries", "pay"})
# Words that rank the places or sectors a level is reported for ("the highest pay was in Atyrau region, at ...,
# and the lowest in ...", "Atyrau region led with KZT 695,000, followed by ...").
RANKING_WORDS = ("highest", "lowest", "led", "followed by", "topped", "best-paid", "lowest-paid", "highest-paid")
# "a zinc content of 4.8%", "an average grade of 0.41% copper", "ore grading 0.48% copper": the part of an ore or
# concentrate that is its metal (a share), when the noun or verb stands right before the number.
ORE_GRADE_NOUNS = ("content", "grade")
# "ore grading 0.48% copper", "gas that contains 0.12% helium", "concentrate containing 60% tungsten trioxide".
ORE_GRADE_VERBS = ("grading", "grades", "contains", "contain", "containing", "contained")
# Verbs in -ing that move a share, written before its possessor ("lifting e-commerce's share to 13%").
SHARE_MOVING_VERBS = frozenset({"lifting", "raising", "increasing", "boosting", "bringing", "cutting", "reducing"})
# Nouns that refer back to a place or body named before when they possess a share ("the city's share").
REFERRING_NOUNS = frozenset(
    {"city", "region", "country", "capital", "company", "economy", "state", "republic", "district", "province"}
)
# Superlatives that rank a buyer or partner behind others named after "after" ("the third-largest buyer after
# Uzbekistan and Afghanistan").
RANKING_SUPERLATIVES = ("largest", "biggest", "leading", "main")
# Roles one party plays for another, named after the other's possessive ("Russia remains Kazakhstan’s second-largest
# trading partner"): the possessor is whose partner it is, not what the sentence's figures are about.
PARTNER_ROLE_NOUNS = ("partner", "partners", "buyer", "buyers", "supplier", "suppliers", "investor", "investors")
# Words that grade a base of comparison ("down 15.3% from the record $28.2 billion").
BASE_GRADES = ("record", "revised", "previous")
# Compass directions a distance is given in ("60 km north-east of Ayagoz").
COMPASS_POINTS = ("north", "south", "east", "west")
# Words after a percent that say how far a work has got ("the plant is 62% complete", "projects are 80% ready"):
# progress as it stands when the news is written, whatever plan the sentence names.
PROGRESS_WORDS = ("complete", "completed", "ready", "done", "finished")
# Verbs of works a subject "is" carrying out ("is also installing a second line worth $4.8 million"): the money is
# still to be spent, a plan.
# (Not "implementing" or "carrying out": "are implementing 56 joint projects worth $21.7 billion" is a portfolio
# as it stands.)
WORKS_UNDER_WAY_VERBS: tuple[str, ...] = (
    *("building", "installing", "modernising", "modernizing", "constructing", "investing", "upgrading"),
    *("setting up", "launching", "putting"),
)
# Cues that a figure is planned rather than actual, searched in the clause before the number.
PLANNED_CUES = (
    # "The company is investing 6.5 billion tenge in the shop": money still going in, as keys read it.
    *("is investing", "are investing", "is putting", "are putting"),
    "will",
    "would",
    "should",
    "to be",
    "plans",
    "planned",
    "plan",
    "planning",
    "expected",
    "expects",
    "expect",
    "aims",
    "aim",
    "aimed",
    "eyes",
    "eyeing",
    "target",
    "targets",
    "is set at",
    "are set at",
    "projected",
    "forecast",
    "guidance",
    "guided",
    "outlook",
    "scheduled",
    "due to be",
    "are due",
    "is due",
    "intends",
    "intend",
    # "The bank is considering a loan of KZT20bn" (not "Considering the drought, output fell").
    "is considering",
    "are considering",
    "set to",
    "is to",
    "are to",
    "was to",
    "were to",
    "shall",
    "possibility of",
    "could",
    "envisaged",
    "envisages",
    "to reach",
    "to create",
    "to build",
    "to produce",
    "to attract",
    "to add",
    "to invest",
    "to commission",
    "to launch",
    "is being built",
    "is building",
    "are building",
    "are being built",
    "under construction",
    "to implement",
    "being prepared",
    "preparing",
    "design phase",
    "design stage",
    "being designed",
    # Headlines put the future in the infinitive ("Almaty to spend KZT 137 bln on buses", "New plant in Aktobe to
    # make 150,000 tonnes of pipes"), and what is being built in the participle ("Dairy complex being built").
    *("to make", "to spend", "to get", "to allocate", "to open", "to hire", "to employ", "to export", "to supply"),
    "being built",
    # What is being built, laid or added is not there yet ("The holding is now building a dairy complex for 2,400
    # cows", "a 27-kilometre spur is being laid", "is adding two chairlifts", "projects ... are in the pipeline").
    *("is now building", "are now building", "is also building", "are also building"),
    *("is constructing", "are constructing", "being constructed", "being laid", "being installed", "being erected"),
    *("is adding", "are adding", "is installing", "are installing", "in the pipeline"),
    # "We are completing a line with a capacity of 40 thousand tonnes": not working yet (not "is completing its IPO",
    # "are finishing the harvest").
    *("is completing a", "are completing a", "is completing construction", "are completing construction"),
    *("is finishing a", "are finishing a"),
    # "has begun building a new terminal with a capacity of 600 passengers per hour": the thing being built (not
    # "began construction in 2019 and has since produced", nor prices "going up").
    *(f"{verb} {what}" for verb in ("started building", "begun building", "began building") for what in ("a", "an")),
    # "Koktem Development has started building Alatau Plaza", headlines' "Kyrgyzstan starts building 3.8-km tunnel".
    *("has started building", "have started building", "has begun building", "have begun building"),
    *("starts building", "start building"),
    *(f"{verb} construction of" for verb in ("started", "begun", "began")),
    # "Aktobe plant to lift capacity by 40%", "capital spending is budgeted at", "the programme provides for two
    # furnaces": what is still to come.
    *("to lift", "to raise", "to boost", "to increase", "to expand", "budgeted", "provides for", "provide for"),
    # Money earmarked is set aside for later ("The budget has earmarked KZT 34.6 bln for the platform in 2024-2026").
    *("earmarked", "earmarks", "earmark"),
)
# A second predicate of plan joined by "and" ("has invested KZT4.6bn in cranes and plans to double capacity by
# 2027"): a new clause, whose plan and period are not the first predicate's.
COORDINATED_PLAN_PATTERN = (
    r"\s+and\s+(?:also\s+)?(?:plans|plan|intends|intend|aims|aim|expects|expect|will|is\s+set|are\s+set)\b"
)
# "The project is estimated at 48 billion tenge": the cost of a thing still to be built is a plan; an estimate
# of a quantity ("domestic needs are estimated at 11 million tonnes") is how things stand.
COST_ESTIMATE_CUES = ("estimated at", "is put at", "estimated to cost", "expected to cost", "projected to cost")

# Rates: cue -> per; "" for a cue that names a point in time, not a rate.
PER_CUES: dict[str, str] = {
    # "8% more than a year earlier": a point in time, not a rate (longer phrases win over "a year").
    "a year earlier": "",
    "a year ago": "",
    "a year before": "",
    "a month earlier": "",
    "a month ago": "",
    "annually": "year",
    "per year": "year",
    "a year": "year",
    "per annum": "year",
    "each year": "year",
    "every year": "year",
    "yearly": "year",
    "annual": "year",
    "a month": "month",
    "per month": "month",
    "monthly": "month",
    "each month": "month",
    "a day": "day",
    "per day": "day",
    "daily": "day",
    "each day": "day",
    "every day": "day",
    "every month": "month",
    "per hour": "hour",
    "an hour": "hour",
    "hourly": "hour",
}

# Rates glued to a unit with a slash ("40 Gcal/h", "500 t/day"): the abbreviation after the slash -> per.
PER_SUFFIXES: dict[str, str] = {
    "h": "hour",
    "hr": "hour",
    "hour": "hour",
    "d": "day",
    "day": "day",
    "month": "month",
    "y": "year",
    "yr": "year",
    "year": "year",
}

# Verbs that a counted-noun reader must not take for the thing counted ("4.9 billion came from ...").
COUNT_VERBS = frozenset(
    {
        "came",
        "went",
        "rose",
        "fell",
        "grew",
        "reached",
        "amounted",
        "totaled",
        "totalled",
        "remained",
        "stood",
        "accounted",
        "were",
        "was",
        "are",
        "is",
        "made",
        "got",
        "took",
        "gave",
        # "528 hectares, of which 343 lie on the Kazakh side": a part of a whole, not 343 of something.
        "lie",
        "lies",
        "belong",
        "belongs",
        "remain",
        "remains",
        "have",
        "has",
        "had",
        "will",
    }
)

# Written after the number only: "9.1 percent less than a year earlier".
DECREASE_AFTER_CUES = ("less", "fewer")

# Words that turn a percent or money change negative ("fell by 9.6%", "a 1.6% decrease").
DECREASE_CUES = (
    "cut",
    "reduces",
    "cuts",
    "fell",
    "fall",
    "falls",
    "decreased",
    "decrease",
    "decreases",
    "declined",
    "decline",
    "declines",
    "dropped",
    "drop",
    "down",
    "reduced",
    "reduction",
    "reduce",
    "lower",
    "lowered",
    "lowers",
    "contracted",
    "contraction",
    "shrank",
    # "the trade surplus narrowed to $12.2 billion, or by $9 billion".
    "narrowed",
    "narrows",
    "dipped",
    "dip",
    "slipped",
    "eased",
    "slumped",
    "plunged",
    "lost",
    "shortened",
    "shorten",
    "shortens",
    # "became cheaper by 7.2%" (a fall in price), not "15-20% cheaper than imports" (a comparison).
    "cheaper by",
    # Headlines write the present: "output dips 2.3%", "exports slip", "prices ease".
    "dips",
    "slips",
    "slides",
    "eases",
    "shrinks",
    "drops",
    # Perfect tenses: "coal consumption has fallen by 65,000 tons".
    "fallen",
    "shrunk",
    "declining",
    "falling",
    # A currency against another: "the som weakened 2.1% against the dollar".
    *("weakened", "weakens", "depreciated", "depreciates", "devalued"),
)
INCREASE_CUES = (
    "increased",
    "increase",
    "increases",
    "grew",
    "grow",
    "growth",
    "rose",
    "rise",
    "risen",
    "up",
    "surged",
    "surge",
    "jumped",
    "climbed",
    "expanded",
    "boosted",
    "higher",
    "added",
    "went up",
    "gain",
    "gained",
    "grown",
    # "Ortalyk Komir lifts output, raises pay by 25%": a verb that raises a thing names what changed.
    "raises",
    "raised",
    "lifts",
    "lifted",
    # "the tugrik firmed 0.8% against the dollar".
    *("firmed", "firms", "strengthened", "strengthens", "appreciated", "appreciates"),
)

# Verbs that move a level to a new value ("the share of processing rose to 47%", "should rise from 30% to
# 55%"): after "share", the percents they lead to are the share's levels, not changes.
LEVEL_CHANGE_VERBS = (
    "rise",
    "rose",
    "risen",
    "rising",
    "grow",
    "grew",
    "grown",
    "growing",
    "increase",
    "increased",
    "increasing",
    "fall",
    "fell",
    "fallen",
    "drop",
    "dropped",
    "decline",
    "declined",
    "reach",
    "reached",
    "raise",
    "raised",
    "bring",
    "brought",
    "reduce",
    "reduced",
    "cut",
    "climb",
    "climbed",
    "expand",
    "expanded",
    # "the tenge's share of settlements strengthened to 40%".
    *("firmed", "strengthened", "appreciated", "weakened", "depreciated", "devalued"),
)

# Words that introduce the base a figure is compared with ("against 41,800 tonnes", "104.3% versus 103.6%").
# "than" too, but only after a comparative ("more than in 2022"), so it is listed apart.
COMPARISON_MARKERS = ("against", "versus", "compared to", "compared with")
COMPARATIVE_THAN = "than"
# Comparatives after a percent that say what it is a difference of ("The herd was 3.1% larger than ...").
COMPARATIVE_WORDS = ("larger", "higher", "lower", "smaller", "bigger", "greater", "more", "less")
# Words right after a percent that make it a change, not a level ("was 3.1% larger", "16% cheaper", "12% up").
CHANGE_WORDS_AFTER_A_PERCENT = (
    *COMPARATIVE_WORDS,
    *("fewer", "cheaper", "dearer", "longer", "shorter", "up", "down", "above", "below"),
)
# Past participles that do not end in -ed, before a preposition ("was seen in lumber, up 18%").
IRREGULAR_PARTICIPLES = ("seen", "shown", "made", "found", "noted")
# Participles of a project finished: "has been commissioned", "was launched", "opened in May".
COMPLETION_PARTICIPLES = (
    "launched",
    "opened",
    "commissioned",
    "put into operation",
    "completed",
    "inaugurated",
    "built",
)
# Things a "made"/"drilled" verb counts that are no goods made: works done and runs made ("drilled 42 wells",
# "made 118 voyages", "riders make 2,400 trips a day"); keys count them (wells: 24 of 25).
COUNTED_WORKS_AND_RUNS = frozenset(
    {"wells", "holes", "boreholes", "voyages", "trips", "flights", "runs", "rides", "journeys", "calls", "visits"}
)
# Facilities besides FACILITY_HEADS that a rate after "for" sizes ("a hatchery for 30 million eggs a year").
CAPACITY_FACILITY_NOUNS = frozenset({"hatchery", "line", "shop", "workshop", "unit", "kiln", "dairy", "slaughterhouse"})
# Verbs that span two amounts of one kind as one range: "prices range from $255 to $270", "increases ranging from
# 6% to 35%", "estimates vary between 1.2 and 1.5 million".
RANGE_VERBS = ("range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying")
# Verbs of a change between two amounts: "grew from 184 to 898 billion" states two figures (the base and
# the new level); without one, "from 150 to 200 billion" / "capacities of 100 to 120 MW" is one range.
CHANGE_BETWEEN_VERBS = (
    *INCREASE_CUES,
    *DECREASE_CUES,
    "expand",
    "expanding",
    "raise",
    "raised",
    "raising",
    "increase",
    "boost",
    "boosting",
    "bring",
    "bringing",
    "brought",
    "reduce",
    "increasing",
    "growing",
    "rising",
    "falling",
    "fallen",
    "grown",
    "declining",
    "dropping",
)

# Measure cues: phrase -> measure, per kind of unit. The cue nearest to the number wins; when no cue
# is found the first measure listed under DEFAULT_MEASURES applies.
# Who buys a country's goods, and goods sent out of it, are its exports (in money and in tonnes).
BUYER_CUES: dict[str, str] = {
    "buyer": "trade",
    "buyers": "trade",
    "purchaser": "trade",
    "sent abroad": "trade",
    "shipped abroad": "trade",
    "supplied abroad": "trade",
}
# Who spends money on what they consume, not on what they build: "foreign visitors spent $3.1bn in the country",
# "each runner spent on average US$640".
SPENDER_NOUNS = frozenset(
    {"tourists", "visitors", "guests", "runners", "participants", "fans", "spectators", "consumers", "shoppers"}
    | {"households", "residents", "travellers", "travelers", "holidaymakers", "pilgrims", "foreigners", "customers"}
    | {"tourist", "visitor", "guest", "runner", "participant", "fan", "spectator", "consumer", "shopper", "household"}
    | {"resident", "traveller", "traveler", "holidaymaker", "pilgrim", "foreigner", "customer", "person", "family"}
)
# What money spent on keeps things running rather than building them: "spent KZT6.4bn on coal for boiler houses",
# "7,8 billion tenge on waste removal", "14 billion tenge is to be spent on subsidies".
RUNNING_COST_NOUNS = frozenset(
    {"coal", "fuel", "gas", "electricity", "power", "heat", "food", "medicines", "drugs", "vaccine", "vaccines"}
    | {"subsidies", "subsidy", "salaries", "wages", "pensions", "benefits", "allowances", "scholarships", "stipends"}
    | {"maintenance", "repair", "repairs", "removal", "collection", "cleaning", "education", "healthcare", "treatment"}
    | {"purchases", "rent", "utilities", "services", "accommodation", "meals", "shopping", "tickets"}
)
MONEY_MEASURE_CUES: dict[str, str] = {
    "investment": "investment",
    "investments": "investment",
    "invested": "investment",
    "invest": "investment",
    "investing": "investment",
    "investor": "investment",
    "investors": "investment",
    "capital expenditure": "investment",
    "capital expenditures": "investment",
    "capex": "investment",
    "attracted": "investment",
    "attract": "investment",
    "drew": "investment",
    "inflow": "investment",
    "inflows": "investment",
    "fdi": "investment",
    "financing": "investment",
    "funding": "investment",
    "funds": "investment",
    "allocated": "investment",
    "channeled": "investment",
    "channelled": "investment",
    "received": "investment",
    "injected": "investment",
    "subsidies": "investment",
    "subsidy": "investment",
    # "Savings from tenders came to KZT 1,2 bln", "unspent funds stood at KZT 3,9 bln": what a budget kept.
    **dict.fromkeys(("savings", "unspent", "unspent funds"), "other"),
    # "a monthly rent of KZT 35,000", "unemployment benefits ... for a total of KZT 41.2 billion".
    **dict.fromkeys(("rent", "rents", "benefits", "allowances", "pensions"), "other"),
    "worth": "project_value",
    "valued at": "project_value",
    # "The expansion is estimated at 187 billion tenge": a cost (a named indicator before it, "GRP is estimated at",
    # still names the measure: see GENERIC_VALUE_CUES).
    "estimated at": "project_value",
    "built for": "project_value",
    "constructed for": "project_value",
    "upgrade": "project_value",
    "modernization": "project_value",
    "modernisation": "project_value",
    "value of": "project_value",
    "cost": "project_value",
    "costs": "project_value",
    "costing": "project_value",
    "total cost": "project_value",
    "totaling": "project_value",
    "totalling": "project_value",
    "to the tune of": "project_value",
    "projects": "project_value",
    "project": "project_value",
    "output": "output_value",
    "produced": "output_value",
    "produce": "output_value",
    "produces": "output_value",
    "generated": "output_value",
    "production": "output_value",
    "manufactured": "output_value",
    "manufacturing": "output_value",
    "mining and quarrying": "output_value",
    "revenue": "output_value",
    # "export revenue amounted to $1.14 bln", "coal export earnings rose": the value of exports.
    "export revenue": "trade",
    "export revenues": "trade",
    "export earnings": "trade",
    "construction works": "output_value",
    "gross agricultural product": "output_value",
    "gross agricultural output": "output_value",
    "revenues": "other",
    # What a state collects or pays, what a company hands its owners and what a bond raises or costs ("per capita
    # incomes", "customs collections", "dividends of 38 billion tenge", "the Eurobond deal raised $1.6bn", "the
    # duty-free limit of EUR200"): money that moves, none of it invested in anything.
    **dict.fromkeys(("incomes", "collections", "collected", "receipts", "dividend", "dividends", "payout"), "other"),
    **dict.fromkeys(("proceeds", "bond", "bonds", "eurobond", "eurobonds", "coupon", "premiums", "claims"), "other"),
    **dict.fromkeys(("limit", "limits", "threshold", "valuation", "capitalisation", "capitalization"), "other"),
    # "Spending reached KZT 574.9 billion": what a budget pays out is no investment.
    "spending": "other",
    "sales": "output_value",
    "sold": "output_value",
    # "the residents earned 5.8 billion tenge", "the lodge earned 290 million tenge": what a business took in.
    **dict.fromkeys(("earned", "earns", "earn"), "output_value"),
    # "turned out products worth 18.3 bln tenge": what was made ("sells a square metre for 300 somoni" is a price; "the
    # deal turned out to be worth" says nothing of what it is).
    **{
        f"{verb} {goods}": "output_value"
        for verb in ("turned out", "turn out", "turns out")
        for goods in ("products", "goods")
    },
    # "the courier market reached KZT 412 billion", "the volume of e-commerce amounted to", "gross merchandise volume
    # grew to": what a market's sellers sold. "market" alone says nothing ("the average price on the secondary
    # market reached ..." is a price).
    **dict.fromkeys(("e-commerce", "gross merchandise volume", "merchandise volume"), "output_value"),
    **dict.fromkeys(
        (
            f"market {verb}"
            for verb in (
                "reached",
                "grew",
                "rose",
                "expanded",
                "amounted to",
                "totalled",
                "totaled",
                "was worth",
                "is worth",
                "to reach",
                "to pass",
                "to exceed",
                "to grow",
                "at",
                "with",
                "volume",
                "size",
            )
        ),
        "output_value",
    ),
    **dict.fromkeys(("volume of the market", "size of the market", "market volume"), "output_value"),
    # "the price of a square meter on the secondary market reached 418,000 tenge": housing markets quote prices.
    **dict.fromkeys(("secondary market", "primary market"), "other"),
    "turnover": "trade",
    "trading partner": "trade",
    "trade partner": "trade",
    # Sales at home are what the subject sold, not foreign trade (FACTS.md: output_value is "sold in a period").
    "retail trade": "output_value",
    "retail trade turnover": "output_value",
    "retail sales": "output_value",
    "wholesale trade": "output_value",
    "wholesale trade turnover": "output_value",
    "gross regional product": "gross_product",
    "grp": "gross_product",
    "gross domestic product": "gross_product",
    "gdp": "gross_product",
    "exports": "trade",
    "exported": "trade",
    "export": "trade",
    "imports": "trade",
    "imported": "trade",
    "import": "trade",
    "trade": "trade",
    **BUYER_CUES,
    "taxes": "other",
    "tax": "other",
    "payments": "other",
    # What a buyer pays, a bidder offers or an offender is charged: no investment ("the average payment amounted to
    # 17,450 tenge", "signature bonuses of 2-5 million tenge", "the highest bid, 612 million tenge", "fines of ...").
    **dict.fromkeys(("payment", "bonus", "bonuses", "bid", "bids", "fine", "fines", "penalty", "penalties"), "other"),
    "budget": "other",
    # "of which 17.9 billion tenge will come from the republican budget": the part of a cost a source puts in.
    **dict.fromkeys(("come from", "comes from", "came from", "coming from", "is expected from"), "investment"),
    "profit": "other",
    "net profit": "other",
    "net income": "other",
    "expenditures": "other",
    "expenditure": "other",
    "fare": "other",
    "fares": "other",
    # "the average price ... rose to 412,000 tenge"; not "GDP at current prices reached ...".
    "price": "other",
    # What things cost or the state collects and passes on: neither investment nor output ("room rates of 60,000
    # tenge", "export customs duties of 498 bln tenge", "transfers from the National Fund"); not "prices", which
    # also ends "GDP at current prices".
    **dict.fromkeys(("rates", "fees", "duties", "customs duties", "transfers"), "other"),
    # Lenders' books and what is owed: neither invested nor made ("the microfinance loan portfolio tops 1.5 trillion
    # tenge", "consumer loans of banks rose to KZT 9.8 trillion", "the average microloan stood at KZT 412,000").
    **dict.fromkeys(
        ("portfolio", "loan portfolio", "consumer loans", "non-performing loans", "overdue loans", "average loan"),
        "other",
    ),
    **dict.fromkeys(("microloan", "average microloan"), "other"),
    **dict.fromkeys(("debt", "debts", "equity capital", "deposits"), "other"),
    # "mortgage lending grew to KZT2.05tln", "the average mortgage was 19.1 million tenge", "to channel 700 billion
    # tenge into preferential lending": what households borrow and lenders lend is not invested by the subject.
    **dict.fromkeys(
        ("mortgage", "mortgages", "average mortgage loan", "mortgage lending", "mortgage issuance", "lending"),
        "other",
    ),
    "tariff": "other",
    "tariffs": "other",
    # "The fund's assets stood at $60.4 billion", "royalties brought in 4.8 billion soms", "the monthly heating bill
    # will rise to 9,000 tenge", "will save KZT 12-15bn a year": holdings, levies, charges and savings.
    **dict.fromkeys(("assets", "royalties", "royalty", "bill", "save", "saves", "saving", "reserves"), "other"),
    # but "investment in fixed assets reached KZT 1.2 trillion".
    "fixed assets": "investment",
    "contribution": "other",
    "salary": "other",
    "salaries": "other",
    "wage": "other",
    "wages": "other",
    # "Average monthly pay at the mine will reach 450,000 tenge", "families pay up to 1,500 tenge a barrel".
    "pay": "other",
    # "426.6 tenge per dollar", "10.92 somoni to the dollar": an exchange rate is a price of money.
    **dict.fromkeys(
        ("per dollar", "to the dollar", "against the dollar", "per us dollar", "per euro", "to the euro"), "other"
    ),
    # What a person pays or is paid, and money sent home ("a registration fee of 1.73 million tenge", "tuition
    # ranges from $9,000", "the average transfer shrank to $386", "banks issued 412.6 billion tenge in car loans").
    **dict.fromkeys(("fee", "tuition", "stipend", "stipends", "priced at", "admission", "ticket", "tickets"), "other"),
    **dict.fromkeys(("transfer", "remittances", "outflow", "outflows", "car loans", "loan book"), "other"),
    # "KZT 5,000 per ton of grain": a price or a rate per unit of goods.
    "per ton": "other",
    "per tonne": "other",
    "per kwh": "other",
    "per cubic meter": "other",
    "per square meter": "other",
    "per barrel": "other",
    "per pound": "other",
    **dict.fromkeys(
        ("per square metre", "per cubic metre", "per kilogram", "per kg", "per litre", "per liter"), "other"
    ),
    # "landlords ask up to KZT18,000", "two-room apartments are offered for KZT150,000": prices asked.
    **dict.fromkeys(("ask", "asks", "asking", "asked", "offered for"), "other"),
    # "fined their owners 1.1 billion tenge", "raise the maximum compensation to 3 million tenge", "a one-off
    # allowance of KZT3.7mln", "the minimum capital requirement": charges, payments and thresholds.
    **dict.fromkeys(("fined", "compensation", "allowance", "capital requirement"), "other"),
    # What is paid out to people, set aside or collected: "insurance payouts grew to 164.3 billion tenge", "the minimum
    # pension will increase to 62,771 tenge", "the fine was raised to MNT 1 million", "the fund's special reserve",
    # "investment income credited to savers", "early withdrawals exceeded KZT6tln".
    **dict.fromkeys(
        (
            "payouts",
            "paid out",
            "pension",
            "benefit",
            "fine",
            "fines",
            "reserve",
            "income",
            "contributions",
            "withdrawals",
        ),
        "other",
    ),
    # What a company lost or a government borrows is no investment: "ended the year with a net loss of KZT 1.9
    # billion", "plans to borrow KZT4.1trln on the domestic market".
    **dict.fromkeys(("loss", "losses", "net loss", "borrow", "borrowed", "borrowing", "borrowings"), "other"),
    # Money received by the subject (FACTS.md); loans it hands out are not (LENDING_VERBS).
    "loans": "investment",
    "loan": "investment",
    # Loans by another name; a lender's (LENDING_VERBS: "issued 9,460 microloans worth ...") are `other`.
    **dict.fromkeys(("microloans", "microcredits"), "investment"),
}
# "The bank issued 6,850 mortgage loans for a total of...", "the fund guaranteed 214 loans worth...": loans the
# subject lends, guarantees or pays interest on are money going out, `other`, not investment it received.
LENDING_VERBS = ("issued", "granted", "guaranteed", "disbursed", "extended", "guarantees on", "interest on")
LOAN_NOUNS = ("loans", "loan", "credits", "microloans", "microcredits", "mortgages")
# Verbs that say a borrower raised or spent the money ("financed with KZT 5 billion of loans", "farmers received
# KZT47bn of preferential loans"): loans named after them are investment, not a lender's volume.
FINANCING_VERBS: tuple[str, ...] = ("financed", "funded", "paid", "covered", "raised", "received", "receive")
# Words of money put into something, anywhere in a sentence whose sum no word beside it names: the sum is an
# investment ("About USD2.2 billion is to come as equity from the shareholders", "The government will allocate 1.9
# billion soms to reconstruct the runway"). A sum in a sentence without one is `other` (a price, a fee, revenue).
FINANCING_WORDS: tuple[str, ...] = (
    r"invest\w*",
    r"financ\w*",
    r"fund(?:s|ed|ing)?",
    r"co-?financ\w*",
    r"allocat\w*",
    r"earmark\w*",
    r"spen[dt]\w*",
    r"lend\w*",
    "lent",
    r"loans?",
    r"credits?",
    "equity",
    r"rais(?:e|ed|es|ing)",
    r"contribut\w*",
    r"attract\w*",
    r"capital\w*",
    r"inflows?",
    "FDI",
    r"build(?:s|ing)?",
    "built",
    r"construct\w*",
    r"project\w*",
    r"moderni[sz]\w*",
    r"reconstruct\w*",
    r"upgrad\w*",
    r"repair\w*",
    "purchase of",
    r"leas(?:e|ed|es|ing)",
    r"recipients?",
    r"bonds?",
    "proceeds",
    r"budget\w*",
    "into",
)
# Verbs of a lender giving out loans ("banks issued 612 billion tenge of mortgage loans", "the fund backed ...").
LOANS_GIVEN_VERBS = ("issued", "granted", "disbursed", "extended", "backed", "supported", "provided", "guaranteed")
# Verbs a lender says its loan with ("The Development Bank has provided a loan of 14 billion tenge"): the lender
# before them is not whose the money is.
# Verbs of lending a sum ("will lend up to $150 million to X", "lent 45 billion tenge for up to 12 years").
LEND_VERBS = ("lend", "lends", "lent", "lending", "loaned", "borrow", "borrows", "borrowed")
LENDER_VERBS = (
    *("provided", "approved", "granted", "extended", "allocated", "issued", "disbursed", "lent", "opened"),
    *("provide", "provides", "approve", "approves", "grant", "grants", "extend", "extends", "allocate", "allocates"),
    *("issue", "issues", "disburse", "disburses", "open", "opens", "is considering", "are considering"),
)
# Verbs of a lender only when a loan noun follows the sum: "Development Bank of Kazakhstan financed the mill's
# modernisation with a 24 billion tenge loan" (an investor "funded the new facility with 50 billion tenge" lends none).
LOAN_FINANCING_VERBS: tuple[str, ...] = ("financed", "finances", "funded")
# What a lender is said to be about to do before its verb ("is expected to provide a loan of").
LENDER_AUXILIARIES: tuple[str, ...] = (
    *("has", "have", "had", "will", "also", "is to", "are to", "is expected to", "are expected to", "plans to"),
    *("intends to", "agreed to", "has agreed to"),
)
# Cues that only say what a figure is when written after it ("38% of the total"); before a figure ("the
# localization level of the buses stands at 38%") they say nothing.
AFTER_ONLY_CUES = frozenset(
    {"of the", "of it", "of them", "of all", "of the total", "of the country's", "of the region's"}
)
# Nouns of a level a verb moves ("the share rose to 47%", "the localization level stood at 52%"): the percent
# the verb reaches is that level, in this measure.
# Nouns that name a level ("the share rose to 47.2%", "raise local content in its purchases to 71%"), by measure.
LEVEL_NOUNS: dict[str, str] = {
    "share": "share",
    "localization": "localization_rate",
    "localisation": "localization_rate",
    "local content": "localization_rate",
}
# Words that end the object of a verb of times ("double output by 2026", "triple capacity with a new line").
MULTIPLIED_OBJECT_STOPS: tuple[str, ...] = (
    *("to", "by", "from", "in", "at", "after", "with", "within", "over", "as", "on", "and", "while", "next"),
    *("this", "last", "compared", "year", "years", "times", "since", "through", "thanks", "under", "via", "for"),
    *("when", "once", "if", "until", "before", "ahead", "amid", "despite", "against"),
    *("because", "due", "again", "soon", "during", "year-on-year", "following", "thanks"),
)
# Stores whose size is what they hold, not output ("two new storehouses for 12 thousand tonnes", "elevators with a
# capacity of 90,000 tonnes"): keys give `other`.
STORAGE_NOUNS: tuple[str, ...] = (
    *("storehouse", "storehouses", "warehouse", "warehouses", "storage", "storage facility", "storage facilities"),
    *("elevator", "elevators", "silo", "silos", "stores", "vegetable store", "vegetable stores", "cold store"),
)
# Heads of what a verb of times multiplies with no article before it ("to triple capacity", "doubles output").
MULTIPLIED_OBJECT_HEADS: frozenset[str] = frozenset(
    {"capacity", "output", "production", "exports", "imports", "sales", "revenue", "volumes", "volume", "speed"}
    | {"throughput", "turnover", "traffic", "flow", "processing", "harvest", "investment", "investments", "profit"}
)
# Objects of a verb of times that only point back to a figure named before ("double this figure", "double it").
POINTING_BACK_OBJECTS: frozenset[str] = frozenset({"figure", "level", "it", "them", "amount", "number", "volume"})
# Words that say a part of a product's inputs is made at home ("local raw materials make up 55%", "the share of
# Kazakh content", "35% of it made in Kazakhstan"): the percent is a localization rate, whatever verb of share
# joins them.
HOME_MADE_ADJECTIVES: tuple[str, ...] = (
    *("local", "domestic", "kazakh", "uzbek", "kyrgyz", "tajik", "turkmen", "azerbaijani", "mongolian"),
    *("kazakh-made", "locally made", "locally produced", "domestically produced"),
)
HOME_MADE_INPUTS: tuple[str, ...] = (
    *("raw materials", "materials", "parts", "components", "content", "inputs", "goods and services"),
    *("substances", "leather", "steel", "spare parts", "equipment"),
)
HOME_MADE_VERBS: tuple[str, ...] = ("made", "produced", "manufactured", "rolled")
REGION_COUNTRIES: tuple[str, ...] = (
    *("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Azerbaijan", "Mongolia"),
)
PERCENT_MEASURE_CUES: dict[str, str] = {
    "localization": "localization_rate",
    "localisation": "localization_rate",
    "local content": "localization_rate",
    "accounted for": "share",
    # "Most foreign visitors came from Uzbekistan (41%)", "China took the bulk of Kazakh ferroalloys, 58%".
    "came from": "share",
    "come from": "share",
    "bulk of": "share",
    "most of": "share",
    "majority of": "share",
    "makes up": "share",
    "make up": "share",
    "made up": "share",
    "accounting for": "share",
    "accounts for": "share",
    "account for": "share",
    # "Orta Mail is 60% owned by Temir Capital", "a 51%-owned subsidiary": a part of the equity.
    "owned by": "share",
    "owned": "share",
    "contributing": "share",
    "contributed": "share",
    "share": "share",
    "of the total": "share",
    "of all": "share",
    "of the country's": "share",
    "of the region's": "share",
    "completed": "share",
    "complete": "share",
    "of the": "share",
    "of it": "share",
    "of them": "share",
    "increased": "growth_rate",
    "increase": "growth_rate",
    "grew": "growth_rate",
    "grown": "growth_rate",
    "grow": "growth_rate",
    "grows": "growth_rate",
    "fall": "growth_rate",
    "falls": "growth_rate",
    "drop": "growth_rate",
    "climb": "growth_rate",
    "expand": "growth_rate",
    "risen": "growth_rate",
    "fallen": "growth_rate",
    "gained": "growth_rate",
    "soared": "growth_rate",
    "growing": "growth_rate",
    "growth": "growth_rate",
    "rose": "growth_rate",
    "rise": "growth_rate",
    "rising": "growth_rate",
    "climbed": "growth_rate",
    "expanded": "growth_rate",
    "year-over-year": "growth_rate",
    "up": "growth_rate",
    "surged": "growth_rate",
    "surge": "growth_rate",
    "jumped": "growth_rate",
    "fell": "growth_rate",
    "decreased": "growth_rate",
    "decrease": "growth_rate",
    "declined": "growth_rate",
    "decline": "growth_rate",
    "dropped": "growth_rate",
    "down": "growth_rate",
    # A currency's change against another: "the tugrik firmed 0.8% against the dollar".
    **dict.fromkeys(("firmed", "strengthened", "appreciated", "weakened", "depreciated", "devalued"), "growth_rate"),
    # "a fixed rate of 7% with a down payment of 20%": the part paid first, not a fall.
    "down payment": "share",
    "initial payment": "share",
    "reduced": "growth_rate",
    "reduction": "growth_rate",
    "compared to": "growth_rate",
    "compared with": "growth_rate",
    # "14.5% more than in 2022": comparisons that only ever follow the change (never "more than 40%").
    "more than in": "growth_rate",
    "less than in": "growth_rate",
    "more than a year": "growth_rate",
    "less than a year": "growth_rate",
    "more than last year": "growth_rate",
    "less than last year": "growth_rate",
    "higher than in": "growth_rate",
    "lower than in": "growth_rate",
    # "23% less than at the beginning of the year", "4% more than on January 1": a base that is a point in time.
    **dict.fromkeys(("more than at", "less than at", "higher than at", "lower than at"), "growth_rate"),
    **dict.fromkeys(("more than on", "less than on", "higher than on", "lower than on"), "growth_rate"),
    "year-on-year": "growth_rate",
    "growth rate": "growth_rate",
    "growth rates": "growth_rate",
    "index": "growth_rate",
    "indicator": "growth_rate",
    "dipped": "growth_rate",
    "contracted": "growth_rate",
    "ready": "other",
    "readiness": "other",
    "wear": "other",
    "depreciation": "other",
    "executed": "other",
    "fulfilled": "other",
    "execution": "other",
    "inflation": "growth_rate",
    "base rate": "other",
    # "Market rates for small businesses stand at 19-21%", "cap the subsidized rate at 3%": a rate charged, not a
    # change.
    **dict.fromkeys(("rates", "subsidized rate", "subsidised rate", "mortgage rate", "lending rate"), "other"),
    "interest rate": "other",
    # A percent that is a property's level, not a change: "a purity of at least 94%", "the grade averaging 21%",
    # "notes with a 5.1% coupon", "refining depth reached 89.5%", "the cost of funding fell to 9.8%", "a 50% discount".
    **dict.fromkeys(("purity", "grade", "coupon", "refining depth", "cost of funding", "discount"), "other"),
    "refinancing rate": "other",
    # "kept its policy rate at 13%": the rate a central bank sets, not a change.
    **dict.fromkeys(("policy rate", "key rate", "discount rate", "prime rate"), "other"),
    "final rate": "other",
    "unemployment rate": "share",
    "unemployment": "share",
    # "holds a 49% stake in the joint venture", "will hold the remaining 30%": a part of a company's equity.
    "stake": "share",
    "stakes": "share",
    "hold": "share",
    "holds": "share",
    # "Of this amount, around 60% went into industry": a part of the sum named before.
    **dict.fromkeys(("of this amount", "of that amount", "of this sum", "of that sum", "of the amount"), "share"),
    # "the average occupancy rate stands at 48%": the part of the rooms taken.
    "occupancy": "share",
    "occupancy rate": "share",
    "load factor": "share",
    "non-performing loans": "share",
    "rate of": "other",
    # "the repayment rate exceeded 98%", "the fleet renewal rate is 3.5%", "capacity utilisation reached 74%": the
    # level of a named rate, neither a change nor a part of a whole.
    **dict.fromkeys(("repayment rate", "recovery rate", "renewal rate", "utilisation", "utilization"), "other"),
    # "posted a return of 6.8%", "a commission of 7.5% of income", "the 5% import duty", "banks charged 16-19% a year",
    # "the plants are loaded at 55%": what money earns or costs, or how full a plant runs, is no change.
    **dict.fromkeys(("return", "returns", "returned", "commission", "commissions"), "other"),
    **dict.fromkeys(("duty", "import duty", "export duty", "charged", "charge", "charges", "loaded at"), "other"),
    **dict.fromkeys(("contribution rate", "tax rate", "vat rate"), "other"),
}
# What railways or roads carry is neither made nor traded: written before an amount of goods, these make it
# `other` ("KTZ carried 124.6 million tons of cargo", "transit traffic rose to 13.2 million tons", "rail freight
# reached 178 million tons"); a port's handling is its output, and "handle up to 150,000 tons of freight a year"
# names the goods after the amount.
TRANSPORT_CUES: tuple[str, ...] = (
    "carried",
    "transported",
    "transit",
    "freight",
    "rail freight",
    # "river carriers moved 1.3 million tons of cargo": goods moved, not made.
    "moved",
    "moving",
    "move",
    "moves",
    "shipped by",
    # "aims to carry 400,000 tonnes this season", "will carry 20,000 tons of grain".
    "carry",
    "carries",
)
# What a place or plant gives off rather than makes: an amount of it generated or emitted is no production
# ("the region generates 420,000 tons of municipal solid waste a year", "the plant emitted 9.8 million tonnes of CO2").
RESIDUE_NOUNS: tuple[str, ...] = (
    "waste",
    "wastes",
    "wastewater",
    "sewage",
    "garbage",
    "emissions",
    "CO2",
    "carbon dioxide",
)
RESIDUE_VERBS: tuple[str, ...] = (
    "generate",
    "generates",
    "generated",
    "generating",
    "emit",
    "emits",
    "emitted",
    "emitting",
)
# Words that say goods were gathered, bought, given out, sold or kept, not made ("collected 26,000 tons of waste
# paper", "bought 41.7 tonnes of refined gold", "has been allocated 96,000 tons of discounted diesel").
NOT_MADE_CUES: tuple[str, ...] = (
    *("collected", "collects", "bought", "buys", "purchased", "purchases"),
    *("received", "receives", "allocated", "sold", "sells", "sell", "loaded", "stored"),
    # "will receive around 2,500 tons of copper cathode a month", "committed to supply 780,000 tons", "dumps holding
    # 1.9 billion tons of mining waste".
    *("receive", "supply", "supplies", "holding", "excavate"),
)
# "the terminal can handle 150,000 tons of freight a year": the most a port, line or ward can move (in tons or
# counted things alike).
# Words that say what a plant, port or line is able to do ("can spin", "is designed to produce").
# Nouns of works a sum may be written before as their worth ("a $620 million expansion", "a KZT 64bn upgrade").
PROJECT_NOUNS = frozenset({"project", "expansion", "modernization", "modernisation", "upgrade", "reconstruction"})
CAPACITY_MODALS: tuple[str, ...] = ("can", "could", "able to", "designed to", "capable of")
# Nouns that, before a rate, name the most a facility handles ("raise its throughput to 2,400 passengers per hour").
CAPACITY_RATE_NOUNS: tuple[str, ...] = ("throughput", "handling capacity", "carrying capacity")
# What a store can hold is no output: these verbs after a capacity modal make no capacity.
STORAGE_VERBS: tuple[str, ...] = ("store", "hold", "keep")
HANDLING_CAPACITY_CUES: tuple[str, ...] = (
    *(
        f"{modal} {verb}"
        for verb in ("handle", "carry", "serve", "receive", "transship")
        for modal in ("can", "able to", "designed to")
    ),
    "capable of handling",
)
# "The plant can now produce 60,000 tons": a capacity, whatever adverb stands between the modal and its verb.
CAPACITY_WITH_AN_ADVERB: dict[str, str] = {
    f"can {adverb} {verb}": "production_capacity"
    for adverb in ("now", "also", "already", "currently")
    for verb in ("produce", "process", "make", "turn out", "manufacture", "assemble")
}
PHYSICAL_MEASURE_CUES: dict[str, str] = {
    **CAPACITY_WITH_AN_ADVERB,
    "capacity": "production_capacity",
    "capacities": "production_capacity",
    "can produce": "production_capacity",
    "can process": "production_capacity",
    "can turn out": "production_capacity",
    "can make": "production_capacity",
    "can smelt": "production_capacity",
    "can manufacture": "production_capacity",
    "can generate": "production_capacity",
    "design throughput": "production_capacity",
    "design capacity": "production_capacity",
    "full capacity": "production_capacity",
    "capable of processing": "production_capacity",
    "capable of producing": "production_capacity",
    "able to produce": "production_capacity",
    **dict.fromkeys(
        ("able to turn out", "able to make", "able to manufacture", "able to assemble"), "production_capacity"
    ),
    "able to process": "production_capacity",
    "designed to": "production_capacity",
    "designed to produce": "production_capacity",
    "designed to process": "production_capacity",
    "designed for": "production_capacity",
    **dict.fromkeys(HANDLING_CAPACITY_CUES, "production_capacity"),
    "assembles up to": "production_capacity",
    "produces": "production",
    "produced": "production",
    "produce": "production",
    "production": "production",
    **dict.fromkeys(("turned out", "turns out", "turn out", "manufactured", "manufactures"), "production"),
    "refined": "production",
    "harvested": "production",
    "harvest": "production",
    "mined": "production",
    "extracted": "production",
    "generated": "production",
    "processed": "production",
    "exports": "trade",
    "exported": "trade",
    "export": "trade",
    "imports": "trade",
    "imported": "trade",
    "import": "trade",  # "makers now import nearly 25,000 tons of synthetic fibre annually"
    "shipments": "trade",
    "shipped": "trade",
    **BUYER_CUES,
    "sales": "other",
    "consumed": "other",
    # "builders used some 2.3 million tons of cement", "the plant uses 550,000 tons of propane a year": goods used up.
    "used": "other",
    "uses": "other",
    "output": "production",
    "consumption": "other",
    # "Kazakhstan consumes about 550,000 tons of sugar a year", "the furnaces will consume 1.1 billion kWh".
    "consumes": "other",
    "consume": "other",
    "needs": "other",
    "demand": "other",
    "reserves": "other",
    "reserve": "other",
    # "can store up to 4.9 million tons of grain": what a store holds is no output.
    "store": "other",
    "storage": "other",
    "storage capacity": "other",
    "stocks": "other",
    "can hold": "other",
    # Amounts an agency is to buy, applied to fields, emitted or yielded per hectare are no output (what a
    # country "bought" is its imports: no cue here).
    "buy": "other",
    "purchase": "other",
    "purchased": "other",
    "applied": "other",
    "emissions": "other",
    "average yield": "other",
    "yield of": "other",
    # Goods sold or needed, what lies in stock or in the ground, and what a truck carries or customs seize ("sold
    # 1.38 million tonnes of fuel", "the mill will need 290 million kWh", "the bank's gold holdings stood at 31.7
    # tons", "stockpiles hold some 3.6 million tons", "a payload of up to 240 tons"): none of it made in a period.
    **dict.fromkeys(("sold", "need", "short of", "shortage", "holdings", "hold", "holds", "stockpiles"), "other"),
    **dict.fromkeys(("resources", "accumulated", "payload", "detained", "seized", "confiscated"), "other"),
}
COUNT_MEASURE_CUES: dict[str, str] = {
    # "can turn out 450 million tablets", "is designed to assemble": what a plant is able to make, counted or weighed.
    # ("designed for 3,000 spectators", "for 1,800 cows": seats and places, counted.)
    **{
        cue: made
        for cue, made in PHYSICAL_MEASURE_CUES.items()
        if made == "production_capacity" and cue != "designed for"
    },
    "capacity": "production_capacity",
    "can produce": "production_capacity",
    "can process": "production_capacity",
    "can accommodate": "production_capacity",
    **dict.fromkeys(HANDLING_CAPACITY_CUES, "production_capacity"),
    "assembles": "production_capacity",
    "produces": "production",
    "produced": "production",
    "produce": "production",
    "manufactured": "production",
    "manufacture": "production",
    "manufactures": "production",
    "producing": "production",
    "assembled": "production",
    "assemble": "production",
    # "carmakers assembling 96,400 passenger cars", "bottled 1.2 million bottles of wine", "printed 1,100 titles".
    **dict.fromkeys(("assembling", "bottled", "bottling", "printed"), "production"),
    "turn out": "production",
    "turns out": "production",
    "turned out": "production",
    "output": "production",
    "production": "production",
    "processed": "production",
    "processes": "production",
    # "made 1,120 gondola wagons": things made (wells drilled and voyages made are counted: COUNTED_WORKS_AND_RUNS).
    "made": "production",
    "make": "production",
    "makes": "production",
    "drilled": "production",
    # "rolled 41,250 vehicles off its lines", "to roll out 600 electric buses this year": vehicles made.
    "rolled": "production",
    "roll out": "production",
    "rolls out": "production",
    "rolled out": "production",
    # "Dala, whose crossovers are assembled in Almaty, sold 11,045 units": things sold are counted, not made.
    **dict.fromkeys(("sold", "sales"), "count"),
    # "installed two vacuum pumping stations and connected 320 methane sensors": equipment put in, not made.
    **dict.fromkeys(("installed", "connected"), "count"),
    # "exported 96 tractors", "exports to Kazakhstan reached 24,800 cars", "imports of eggs fell to 41.2 million
    # eggs": goods counted as they cross a border are trade (countries and exporters counted stay counts).
    **dict.fromkeys(("export", "exports", "exported", "exporting"), "trade"),
    **dict.fromkeys(("import", "imports", "imported", "importing"), "trade"),
    "population": "population",
    "residents": "population",
    "inhabitants": "population",
    # "Turkistan region, home to over 2 million people", "Kokshetau, a city of about 165,000 people" (a count of
    # other things after them stays a count: "the park is home to 40 companies").
    **dict.fromkeys(("home to", "a city of", "a town of"), "population"),
}
# Counted nouns that make a count a `jobs` fact (vacancies are posts still unfilled: a count).
JOB_NOUNS = frozenset({"jobs", "job", "workplaces", "workplace", "work places", "positions", "employees", "workers"})
# Counted people who are a workforce when work is spoken of near them ("Up to 600 people worked on the site").
WORKER_NOUNS = frozenset({"people", "workers", "specialists", "employees", "builders"})
# A workforce a bare number may state ("the workforce will grow to 600", "its staff of about 900").
WORKFORCE_NOUNS = ("workforce", "staff", "headcount", "personnel")
# Units whose price one sum may be ("a square meter cost 612,000 tenge", "13,000 tenge for every ton"); regular
# expressions, as written in news.
UNIT_PRICE_NOUNS = (
    *(r"square\s+met(?:er|re)", r"sq\.?\s?m", r"ton(?:ne)?", r"kilo(?:gram)?", "kg", r"lit(?:er|re)", "kwh"),
    *("kilowatt-hour", r"cubic\s+met(?:er|re)", "barrel", "pound", "head", "unit", "night"),
    # "KZT 14,000 per passenger", "1.3 million tenge per place": what is paid for each one served.
    *("person", "passenger", "place", "trip", "child", "student", "visit"),
)
# What a visitor buys to get in or to ride ("Tickets will cost 3,000-8,000 tenge", "a season pass will be sold for").
# (A pass is only one bought: "a season pass", not "the Kordai pass".)
TICKET_NOUNS = (
    *("tickets", "ticket", "fares", "fare", "admission"),
    *("season pass", "day pass", "monthly pass", "annual pass", "season passes", "day passes", "monthly passes"),
)
# Spells of time shorter than a year and other units a sum is the price of ("60 soms an hour", "2,490 tenge a month",
# "3,000 tenge per hectare", "200 tenge per dose"); a sum "a year" may be a budget, so a year is not one.
PRICE_SPELLS_AND_UNITS = ("hour", "minute", "day", "month", "hectare", "dose", "animal", "visitor", "pack", "piece")
# "N people" is a jobs fact when one of these is near.
# Verbs right before a count that make it a workforce ("will employ 380 local residents").
EMPLOY_VERBS = ("employ", "employs", "employing", "hire", "hires", "hiring")
JOB_CONTEXT = (
    "worked",
    "employ",
    "employs",
    "employed",
    "employing",
    "employment",
    "jobs",
    "work",
    "works",
    "working",
    "staff",
    "workforce",
    "hire",
    "hires",
    "hiring",
)
# Counted heads that are generic containers: the "of ..." after them belongs to the item ("items of clothing").
CATTLE_HEADS = frozenset({"head", "heads", "head of cattle"})
GENERIC_COUNT_HEADS = frozenset({"items", "units", "pieces", "pcs", "kinds", "types", "heads", "sets"})

# Economic indicators a growth rate or share is usually about; the nearest one names the `item`.
# Abbreviations map to the phrase the contract uses.
# Indicators only a whole economy has: a figure of one, in a paragraph that names nobody, is the place's even in a
# story about a company ("Economic growth reached 5%", "Industrial output rose 4.1%").
ECONOMY_INDICATORS: tuple[str, ...] = (
    *("economic growth", "the economy", "gdp", "grp", "gross regional product", "gross domestic product"),
    *("inflation", "consumer prices", "industrial output", "industrial production", "unemployment"),
    *("investment in fixed capital", "investments in fixed capital", "investment in fixed assets"),
    *("investments in fixed assets", "fixed capital investment", "fixed capital investments", "retail trade"),
)
INDICATOR_ITEMS: dict[str, str] = {
    name: name
    for name in (
        "industrial production",
        "industrial output",
        "gross regional product",
        "gross domestic product",
        "investments in fixed assets",
        "investment in fixed assets",
        "investments in fixed capital",
        "investment in fixed capital",
        "fixed capital investments",
        "fixed capital investment",
        "fixed-asset investments",
        "fixed-asset investment",
        "foreign direct investment",
        "investments",
        "investment",
        "agricultural output",
        "agricultural production",
        "gross agricultural product",
        "gross agricultural output",
        "manufacturing industry",
        "manufacturing",
        "processing industry",
        "mining industry",
        "construction works",
        "construction",
        "oil production",
        "gas production",
        "coal production",
        "retail trade",
        "wholesale trade",
        "trade turnover",
        "foreign trade",
        "trade surplus",
        "trade deficit",
        "trade balance",
        "exports",
        "imports",
        "economy",
        "production",
        "output",
        "services",
        "transportation and warehousing",
        "transport and warehousing",
        "transport and storage",
        "transport",
        "information and communication",
        "machine building",
        "metal products",
        "metallurgy",
        "chemical industry",
        "food industry",
        "light industry",
        # Branches of industry a change is often reported for ("the pharmaceutical industry grew 22.3%").
        "pharmaceutical industry",
        "textile industry",
        "food production",
        "electricity, gas and steam supply",
        "electricity and heat supply",
        "wholesale and retail trade",
        "accommodation and food services",
        "housing and utilities",
        "agriculture, forestry and fishing",
        "agro-industrial complex",
        "housing",
        "housing construction",
        "electricity",
        "freight",
        "tourism",
        "revenue",
        "revenues",
        "tax revenues",
        "budget revenues",
        "small and medium-sized businesses",
        "smes",
        "short-term economic indicator",
        "agriculture",
        "sales",
        "shipments",
        "real income",
        "wages",
        "wage",
        "salary",
        "inflation",
        "consumer prices",
        "population",
        "employment",
        "unemployment",
        # "The unemployment rate held at 4.6%": a rate named with its noun keeps it.
        *("unemployment rate", "jobless rate", "employment rate", "inflation rate", "poverty rate"),
        "average occupancy rate",
        "occupancy rate",
        "occupancy",
        "load factor",
        # Flows and balances a figure or its change is often about, named in one or two words.
        "trade",
        "export earnings",
        "export revenues",
        "export revenue",
        "net profit",
        "profit",
        # "EBITDA fell 18% to $31.2 million": a company's earnings measures, named in capitals.
        *("EBITDA", "operating profit", "net income", "gross profit"),
        "loan portfolio",
        "deposits",
        "spending",
        "expenditures",
        "expenditure",
        "passenger traffic",
        "traffic",
        "lending",
        "turnover",
        "mining and quarrying",
        "investment income",
        "budget deficit",
        "deficit",
        # Taxes and duties a budget's figures are about.
        "corporate income tax",
        "individual income tax",
        "personal income tax",
        "social tax",
        "value added tax",
        "excise tax",
        "excise taxes",
        "property tax",
        "mineral extraction tax",
        "customs duties",
        "export customs duties",
    )
} | {
    "grp": "gross regional product",
    "gdp": "gross domestic product",
    "fdi": "foreign direct investment",
    "vat": "VAT",
    # "economic growth reached 6%" is growth of the economy.
    "economic growth": "economy",
}
# Head nouns of what square metres measure as floor or land ("of housing", "of Class A warehouses", "of office
# space"); square metres of anything else are goods made or sold by area ("of fabric", "of ceramic tiles").
FLOOR_AND_LAND_NOUNS = frozenset(
    [
        "housing",
        "space",
        "premises",
        "warehouses",
        "warehouse",
        "offices",
        "office",
        "storage",
        "floor",
        "land",
        "territory",
        "area",
        "areas",
        "buildings",
        "building",
        "apartments",
        "flats",
        "dwellings",
        "homes",
        "houses",
        "retail",
        "shops",
        "stores",
        "greenhouses",
        "greenhouse",
        "roads",
        "road",
        "roofs",
        "roofing",
        "facades",
        "pavement",
        "sidewalks",
        "lawns",
        "parks",
        "grounds",
        "property",
        "properties",
        "accommodation",
        "rooms",
        "halls",
        "parking",
    ]
)
# Trade indicators a partner named after them narrows, with the preposition that names the partner ("exports to
# China", "imports from Korea", "trade turnover with the EU"; "exports from Atyrau" names whose they are).
TRADE_PARTNER_PREPOSITIONS: dict[str, str] = {
    "exports": "to",
    "imports": "from",
    **dict.fromkeys(
        ("trade", "trade turnover", "foreign trade", "trade surplus", "trade deficit", "trade balance"), "with"
    ),
}
# Words before an indicator that say "all of it" rather than narrowing it ("overall industrial output",
# "total exports"): the item is the indicator itself.
NON_NARROWING_MODIFIERS = frozenset({"overall", "total", "entire", "whole", "aggregate", "general"})
# Words before an indicator that never narrow it: clause words, scale words, time nouns ("in the past two
# years manufacturing output grew").
NOT_INDICATOR_MODIFIERS = frozenset(
    {"where", "when", "while", "whose", "thousand", "million", "billion", "trillion", "said"}
    | {"year", "years", "month", "months", "quarter", "quarters", "week", "weeks", "day", "days"}
    | {"first-half", "half-year", "first-quarter", "nine-month", "full-year"}
)
# Words that name a level of 100 as the base ("the index stood at 98.7%", "with the indicator at 98.7%").
INDEX_WORDS: tuple[str, ...] = ("index", "indicator")
# Verbs that send goods somewhere ("to ship 12,000 tonnes of beef abroad"): with "abroad" after, the goods are exports.
# Verbs of a maker or seller standing before its goods ("UzAuto Motors assembles cars"): no brand before the goods.
MAKER_AND_SELLER_VERBS: tuple[str, ...] = (
    *("assembles", "assembled", "makes", "made", "produces", "produced", "sells", "sold", "exports", "exported"),
    *("imports", "imported", "supplies", "supplied", "builds", "built", "ships", "shipped", "delivers", "delivered"),
    *("buys", "bought", "leases", "leased", "operates", "repairs", "repaired"),
)
SENDING_VERBS: tuple[str, ...] = ("ship", "ships", "shipped", "send", "sends", "sent", "sell", "sells", "sold")
# Verbs of handing goods to a customer ("will supply 140 coaches to the national carrier X"): the one after "to" is a
# customer, not what "the plant" points back to.
CUSTOMER_SUPPLY_VERBS: tuple[str, ...] = (
    *("supply", "supplies", "supplied", "supplying", "deliver", "delivers", "delivered", "delivering"),
    *("sell", "sells", "sold", "selling"),
)
# Words of holding or backing a firm ("The stake of Verny Capital in Sulpak", "invested in"): "X in Y" after one
# names what is held, not where X stands.
STAKE_WORDS: tuple[str, ...] = ("stake", "share", "shares", "interest", "investment", "invest", "invested", "invests")
# Words of carrying goods or people ("Ferries carried 38,600 trucks ..., mostly to Alat in Azerbaijan"): what such a
# sentence reaches "to" is a place, where after "sold butter to" it may be a buyer.
CARRIAGE_WORDS: tuple[str, ...] = (
    *("ferry", "ferries", "truck", "trucks", "flight", "flights", "train", "trains", "route", "routes"),
    *("cargo", "freight", "vessel", "vessels", "ship", "ships", "carried", "transported", "shipped", "flew", "sailed"),
    *("travel", "travels", "travelled", "traveled"),
)
# Words of goods sent to a buyer: a city after their "to" is where the goods went ("shipped 40 tons to Urumqi").
GOODS_SENT_VERBS: tuple[str, ...] = (
    *("carries", "carried", "carry"),  # "a refrigerated truck carries 20 tonnes to Moscow"
    "shipped",
    "exported",
    "sold",
    "delivered",
    "supplied",
    "sent",
    "exports",
    "shipments",
)
# Forms of the verbs of sending goods before the sum they were sent for ("shipped goods worth 212 million soms",
# "500 tonnes to China for 5.6 million yuan"): the value of the goods traded, not a project's.
GOODS_SENT_FORMS: tuple[str, ...] = (
    *GOODS_SENT_VERBS,
    *("ship", "ships", "shipping", "export", "exporting", "sell", "sells", "selling", "supply", "supplying"),
    *("deliver", "delivering", "deliveries"),
)
# What is sold or carried that is no goods ("sold its 40% stake for $300 million", "carry out projects worth").
NOT_GOODS_SOLD_WORDS: tuple[str, ...] = (
    *("stake", "stakes", "shares", "share", "bonds", "assets", "company", "plant", "project", "projects"),
    "out",  # "carry out five projects worth"
)
# The levels of government whose budgets fund things ("came from the republican budget").
BUDGET_LEVELS: tuple[str, ...] = ("republican", "local", "regional", "national", "state", "city", "district")
# Verbs of a level reaching its target ("stands at 28% and should reach 50%", "is to rise to 60%").
TARGET_VERBS: tuple[str, ...] = ("reach", "rise to", "grow to", "increase to", "climb to", "be raised to")
# Words that make a capacity or a sum the total of things just counted ("four solar stations with a combined
# capacity of 186 MW").
TOTAL_ADJECTIVES: tuple[str, ...] = ("combined", "total", "joint", "aggregate")
# Verbs that set a level at a target ("raise it to 50%", "bring this figure to 60%").
LEVEL_TARGET_VERBS: tuple[str, ...] = ("raise", "bring", "lift", "increase", "boost", "push", "take")
# Adjectives in -ly that narrow an indicator ("average monthly wage"), unlike adverbs ("rapidly growing").
LY_ADJECTIVES = frozenset({"monthly", "yearly", "quarterly", "daily", "weekly", "hourly"})
# Nouns in -ing that name a sector or an activity and so narrow an indicator ("manufacturing output",
# "housing construction", "fish farming output"), unlike participles ("growing exports", "including").
ING_NOUN_MODIFIERS = frozenset(
    {
        "manufacturing",
        "mining",
        "processing",
        "refining",
        "farming",
        "housing",
        "clothing",
        "engineering",
        "building",
        "banking",
        "shipping",
        "fishing",
        "catering",
        "printing",
        "heating",
        "lending",
        "warehousing",
        "packaging",
        "smelting",
        "trading",
        "quarrying",
        "making",
        "packing",
        "woodworking",
        "metalworking",
    }
)
# Machines a maker's model number names ("Boeing 757 jets", "Kamaz 5490 trucks"): the number is the model's.
MODEL_MACHINE_NOUNS: tuple[str, ...] = (
    *("aircraft", "airliners", "jets", "planes", "turboprops", "helicopters", "locomotives", "trucks"),
    *("tractors", "combines", "harvesters", "buses", "cars", "engines", "wagons", "series", "freighters"),
)
# Abbreviations that narrow an indicator as an adjective does ("SME output", "IT exports", "LNG imports"), not names.
ACRONYM_MODIFIERS = frozenset({"SME", "SMEs", "IT", "ICT", "LNG", "LPG", "EV", "AI"})
# Head nouns that, written right after an indicator, belong to it ("retail trade turnover",
# "annual production capacity").
INDICATOR_HEAD_WORDS = frozenset({"turnover", "capacity", "capacities"})
# Generic nouns that stand for an indicator named earlier in the sentence ("manufacturing, a sector
# that makes up 10%"): a share's part written so is that indicator.
GENERIC_PART_HEADS = frozenset({"sector", "industry", "branch", "segment", "sphere", "area"})
# Change nouns followed by "in <indicator>": "a 1.6% decrease in oil production".
CHANGE_NOUNS = (
    "increase",
    "decrease",
    "rise",
    "growth",
    "decline",
    "drop",
    "fall",
    "jump",
    "reduction",
    "surge",
    "contraction",
)
# Words after which an indicator is where money goes, not what is measured ("attracted into the economy").
DESTINATION_BEFORE_PATTERN = r"\binto\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$"

# Words that end the name of a thing measured though the counted-noun stop list lets them through:
# pronouns ("16 ha of them"), time words ("tonnes of steel last year").
# "41,800 tonnes of copper in concentrate", "98,700 tons of meat in live weight": the form the amount is counted in
# belongs to the item.
ITEM_BASIS_PHRASES = (
    r"in\s+concentrates?",
    r"in\s+cathode\s+and\s+concentrates?",
    r"in\s+(?:live|slaughter)\s+weight",
    r"in\s+grain\s+equivalent",
)
# Nouns that say which flow of goods a trade figure is ("barley shipments", "grain exports", "transit").
TRADE_FLOW_NOUNS = frozenset(
    {"exports", "imports", "export", "import", "shipments", "supplies", "deliveries", "trade", "turnover", "transit"}
)
# The flow a physical trade figure is, by the stem of the word that says it ("exported 356,000 tonnes of grain" ->
# "grain exports"); "shipped" is left out, as a shipment may be a sale at home.
TRADE_FLOW_BY_STEM = {"export": "exports", "import": "imports"}
# Verbs and participles of a plan met ("fulfilling its production plan by 104.6%", "the plan was fulfilled"): the
# figure is what happened, and a percent it was met by is how far (`other`), not a change.
PLAN_MET_VERBS: tuple[str, ...] = (
    *("fulfil", "fulfill", "fulfils", "fulfills", "fulfilled", "fulfilling", "executed", "executing", "met"),
    *("meeting", "exceeded"),
)
PLAN_MET_PARTICIPLES: tuple[str, ...] = ("fulfilled", "executed")
# Verbs of a borrower obtaining a loan ("will receive loans of up to $500 million"): a sum it gets, not a loan cap.
LOAN_OBTAINING_VERBS: tuple[str, ...] = ("receive", "secure", "attract", "raise", "obtain")
LOAN_OBTAINED_VERBS: tuple[str, ...] = ("received", "secured", "attracted", "raised", "obtained")
# Units of land or floor area ("4,100 hectares more": a change of area).
AREA_UNITS = frozenset({"ha", "m2", "km2"})
# Units goods are weighed or metered in: a figure in them names goods another figure's bare "exports" can be of.
PHYSICAL_GOODS_UNITS = frozenset({"t", "kg", "m3", "kWh", "Gcal"})
# Plural goods that stay plural before "exports"/"imports" ("building materials exports"); other plurals of goods
# turn singular there, as English noun adjuncts do ("tons of walnuts exported" -> "walnut exports").
PLURALS_KEPT_BEFORE_A_FLOW = frozenset(
    [
        "goods",
        "products",
        "materials",
        "services",
        "chemicals",
        "textiles",
        "metals",
        "drinks",
        "hydrocarbons",
        "antibiotics",
        "pharmaceuticals",
        "fertilizers",
        "fertilisers",
        "clothes",
        "ferroalloys",
        "petrochemicals",
        "electronics",
        "cosmetics",
        "spirits",
    ]
)
# What says whose a counted firm is ("companies with Korean capital", "with state participation").
OWNERSHIP_NOUNS = ("capital", "participation", "ownership")
# Services that go to places ("flights to Istanbul", "trains to Balykchy"): the places are their destinations.
SERVICE_NOUNS = (
    *("flights", "flight", "routes", "route", "trains", "train", "services", "trips", "buses", "connections"),
    # "A refrigerated truck to Moscow costs $4,500", "a truck carries 20 tonnes to Moscow": where freight goes.
    *("truck", "trucks", "lorry", "lorries"),
    # "Anatolian Sky will fly to Antalya three times a week": where a carrier flies.
    *("fly", "flies", "flew", "flying"),
)
# "46,000 cars of various brands", "products of all kinds": an "of" phrase that spreads the counted noun over kinds
# without saying which, so it is not part of the item.
VAGUE_SPREAD_WORDS = frozenset(
    {"various", "different", "diverse", "all", "both", "several", "many", "some", "any", "such"}
)
# Present-tense verbs a measured noun may be the subject of ("tonnes of tyres go out of use", "the share of
# renewables stands at 6%"): the item ends before them.
# ("stands" and "accounts" are nouns too: "aircraft stands", "deposit accounts".)
# (Not "reaches", "rises", "makes" or "hits": nouns too, as in "the lower reaches", "3 rate rises", "12 car makes",
# "2.5 million hits".)
ITEM_VERBS_AFTER = frozenset(
    {"remains", "goes", "go", "comes", "come", "exceeds", "grows"}
    # A headline's verb: "Private eye clinic with 60 beds opens in Almaty".
    | {"opens", "begins", "sees"}
)
# Verbs a part counted after its whole may take ("Of the residents, 23 work at the plant", "roughly 9,000 live in
# dormitories"): the word after the number is then no counted noun.
COUNTED_PART_VERBS = frozenset(
    {"live", "work", "come", "go", "remain", "stay", "study", "commute", "travel", "receive"}
)
ITEM_END_WORDS = (
    frozenset({"them", "last", "next", "previous", "ago", "earlier", "later", "now", "today", "abroad"})
    | ITEM_VERBS_AFTER
)
# "issued at 6% per annum": a percent a year is an interest rate, not a change.
# "farmers can get loans at 2.5% a year", "640 million soms in soft loans at 6 percent": the rate the loans bear.
LOANS_AT_BEFORE = tuple(
    f"{noun} at" for noun in ("loans", "loan", "credits", "microcredits", "microloans", "mortgages")
)
INTEREST_RATE_AFTER = (
    *("per annum", "p.a.", "annual interest", "a year interest"),
    # "entrepreneurs pay 6% a year on loans": a rate a borrower pays.
    *("a year on loans", "a year on the loans", "per year on loans"),
)
# Indicators only a company has: a figure of one is the company's, never a place's economy ("Revenue rose
# 1.3 times to $112.4 mln, while net profit reached $38.7 mln" after a paragraph on a gold miner).
COMPANY_INDICATORS = (
    "revenue",
    "revenues",
    "net profit",
    "net income",
    "net loss",
    "operating profit",
    "profit",
    "earnings",
    "ebitda",
    "dividends",
    "market capitalisation",
    "market capitalization",
)
# What a body's own accounts are called ("the fund's expenditures", "the assets of the State Oil Fund"): a body
# written as their owner reports figures of its own.
OWN_ACCOUNT_NOUNS: frozenset[str] = frozenset(COMPANY_INDICATORS) | {
    *("assets", "expenditures", "expenditure", "expenses", "spending", "income", "portfolio"),
    *("investment portfolio", "reserves", "balance sheet", "liabilities"),
}
# Words that are never the first or last word of an item: a verb of change before it ("to raise non-resource
# exports to $41bn"), an adverb or preposition left after it ("exports of flour alone", "cattle near").
ITEM_LEADING_VERBS = frozenset({"raise", "boost", "bring", "double", "triple", "expand", "grow", "reach", "lift"})
ITEM_TRAILING_WORDS = frozenset(
    {"alone", "only", "near", "in", "at", "of", "by", "to", "for", "from", "with"}
    # "the share of mortgages now stands at 62%": adverbs of time and place are not part of what is measured.
    | {"now", "there", "currently", "already", "still", "today", "too", "also", "here"}
    | ITEM_VERBS_AFTER
)

# Trade words before a mass or volume, and the noun the item takes ("exports of 12 million tons of grain"
# -> "grain exports": for trade the item says which flow).
TRADE_ITEM_NOUNS: dict[str, str] = {
    "exports": "exports",
    "export": "exports",
    "exported": "exports",
    "exporting": "exports",
    "imports": "imports",
    "import": "imports",
    "imported": "imports",
    "importing": "imports",
}
# Verbs that tie an area to its crop ("sown with wheat", "cotton was planted on 4,000 ha").
SOWING_VERBS = ("sown", "planted", "seeded", "cultivated")
# Field work on an area whose subject or object is the crop ("potatoes were dug on 21,500 hectares", "grows
# tomatoes on 58 hectares", "harvested rice from 78,600 hectares").
FIELD_PASSIVE_VERBS = ("sown", "planted", "seeded", "cultivated", "harvested", "dug", "gathered", "threshed", "grown")
FIELD_ACTIVE_VERBS = (
    "grow",
    "grows",
    "grew",
    "harvested",
    "harvest",
    "sow",
    "sowed",
    "planted",
    "plant",
    "cultivate",
    "cultivates",
    "cultivated",
)
# Heads of an unnamed plant whose capacity is of what the words before them name ("a gas processing plant").
PLANT_HEADS = ("plant", "plants", "factory", "factories", "mill", "mills", "refinery", "works", "smelter", "facility")
# Units in which a plant's capacity is of a product (a power plant's MW are not of a product).
PRODUCT_UNITS = frozenset({"t", "kg", "m3"})
# Units of length: a length describes a thing ("a 227-km railway": item "length") or places it.
LENGTH_UNITS = frozenset({"km"})
# Units that say by themselves what they measure of the thing they describe ("a 500 kV line": its voltage).
UNIT_DIMENSIONS: dict[str, str] = {"kV": "voltage"}
PLANT_PROCESS_WORDS = (
    *("processing", "production", "producing", "manufacturing", "making", "refining", "packaging", "bottling"),
)
# Adjectives, and endings of adjectives, that describe a plant rather than name its product
# ("a new plant", "the metallurgical plant").
PLANT_ADJECTIVES = frozenset({"new", "modern", "large", "major", "big", "small", "first", "second", "third", "own"})
ADJECTIVE_ENDINGS = ("al", "ic", "ed", "ing", "ly", "ive", "ous")
# Endings of words that say how a product is made or what it is like, not what it is ("processing output",
# "attributable production"); "-al"/"-ic" only in long words ("industrial", not "coal" or "metal").
NOT_PRODUCT_ENDINGS = ("ing", "ed", "ive", "ous", "ly", "able", "ible")

# "The amount is set to rise to 700 billion", "bring this figure to $150 billion": the amount named
# before, so the money item carries over. Not "of this sum" (a part) nor "the amount of X" (a head).
AMOUNT_ANAPHOR_PATTERN = r"(?<!\bof )\b(?:the|this|that)\s+(?:amount|figure|sum)\b(?!\s+of\b)"

# "62 billion went to the manufacturing industry", "30 percent of it going to the social sphere": where a
# part of a total goes names that part.
DESTINATION_VERBS = (
    "went",
    "go",
    "goes",
    "going",
    "was directed",
    "were directed",
    "was allocated",
    "were allocated",
    "was channeled",
    "was channelled",
    "were channeled",
    "were channelled",
)
# "251 billion came from the processing industry": where a part of a total comes from names it.
SOURCE_VERBS = ("came from", "comes from", "come from", "coming from")
# Money migrants send home: an inflow near these words is `other` with the word as item, no investment.
REMITTANCE_WORDS: tuple[str, ...] = ("remittances", "money transfers", "personal transfers")
# "paid 259 billion tenge in taxes and other payments": the money is of the kind named after "in".
PAYMENT_ITEM_HEADS = frozenset(
    {"taxes", "tax", "payments", "dividends", "royalties", "fees", "duties", "levies", "fines", "penalties"}
    | {"remittances"}
)

# Words that tie a share to the part before it ("SMEs accounted for 72%").
SHARE_VERBS = (
    "accounted for",
    "account for",
    "accounts for",
    "accounting for",
    "made up",
    "make up",
    "makes up",
    "represented",
)
# Verbs that state a level a percent stands at, with no change in them ("losses stand at 28%", "coverage has reached
# 91.4%", "foreign currency accounts for 31.5%"), and words after a percent that make it a level ("57% worn out").
LEVEL_STATING_VERBS: tuple[str, ...] = (
    "stands at",
    "stand at",
    "stood at",
    "standing at",
    "has reached",
    "have reached",
    "reached",
    # "losses were estimated at 42%", "their load does not exceed 62%", "brought below 1%"
    *("estimated at", "put at", "does not exceed", "do not exceed", "did not exceed", "below"),
    *("is", "was", "are", "were"),
    *SHARE_VERBS,
)
LEVEL_AFTER_WORDS: tuple[str, ...] = ("worn out", "worn", "complete", "full", "occupied", "covered")
# A percent that is the subject of its clause names a part ("60% is pine", "some 27% are foreigners", "75% have
# exceeded their service life"); a change is said by a verb or a noun before it ("rose 5%", "growth of 5%").
PERCENT_AS_SUBJECT_VERBS: tuple[str, ...] = ("is", "are", "was", "were", "has", "have", "had", "will")
# "15% is planned for next year", "this year 15% is the target": a change to come, not a part.
PLANNED_PERCENT_WORDS: tuple[str, ...] = (
    *("planned", "expected", "forecast", "projected", "targeted", "envisaged", "scheduled"),
    *("the target", "the goal", "the aim", "the plan"),
)
# "N% of the total", "of that amount": a whole that names nothing, so the share's item is the part, not the whole.
SHARE_PLACEHOLDER_WHOLES = frozenset(
    {"total", "volume", "amount", "sum", "money", "funds", "figure", "flow", "number", "rest", "remainder", "them"}
)
# "40% of the fibre is processed locally": the adverb that finishes what happens to the part.
SHARE_FATE_ADVERBS = frozenset({"abroad", "locally", "domestically", "overseas"})
# Words that make a percent above 100 an index level ("the index stood at 107.9%").
INDEX_LEVEL_CUES = ("stood at", "amounted to", "was", "were", "reached", "index", "level", "growth rate of", "made")
# "or by KZT1.1tln", "grew by 39 million somoni": an absolute change in money or goods.
ABSOLUTE_CHANGE_CUES = (
    *("or by", "increased by", "grew by", "rose by", "up by"),
    *("decreased by", "fell by", "down by", "cut by", "reduced by", "declined by", "dropped by"),
)

# Measure of a physical amount when no cue is near, by canonical unit (MW is a capacity by nature).
DEFAULT_MEASURE_BY_UNIT: dict[str, str] = {
    "year": "other",
    "MW": "production_capacity",
    "kWh": "production",
    "t": "production",
    "kg": "production",
}
# Verbs that give a named part of a total its amount ("ferrochrome accounted for 148,500 tons of the total"):
# the noun phrase before them is what the amount is of.
PART_VERBS = (
    "accounted for",
    "account for",
    "accounts for",
    "made up",
    "make up",
    "makes up",
    "amounted to",
    "amounts to",
    "amount to",
    "totalled",
    "totaled",
    "came to",
    "reached",
)
# Nouns of a flow of goods that name their product before them ("rice harvest", "zinc output").
PRODUCT_FLOW_NOUNS = ("production", "output", "harvest", "smelting", "mining", "extraction")
# Words before such a noun that say how or where, not what ("industrial output", "gross harvest").
NOT_PRODUCT_WORDS = frozenset(
    {
        "gross",
        "total",
        "overall",
        "annual",
        "daily",
        "monthly",
        "average",
        "its",
        "their",
        "this",
        "own",
        "new",
        "record",
    }
)
# Units whose product goes without saying: energy in kWh is electricity ("generated 1.2 billion kWh").
UNIT_PRODUCTS: dict[str, str] = {"kWh": "electricity"}
# Verbs of making energy: "hydropower plants generated 4.9 billion kWh" is electricity from those plants.
GENERATION_VERBS = ("generated", "generate", "generates", "produced", "produce", "produces")
# Heads of the unnamed sources energy comes from ("renewable energy installations", "wind and solar plants").
ENERGY_SOURCE_HEADS = ("plants", "installations", "facilities", "stations", "farms", "parks")
# "Kazakhstan consumes about 550,000 tons of sugar a year", "the boiler house will burn 38 million m3 of gas": what is
# used up, named as its consumption.
CONSUMPTION_VERBS = ("consume", "consumes", "consumed", "consuming", "burn", "burns", "burned", "burnt")
# Flows of energy named without the energy ("consumption reached 117.1 billion kWh").
ENERGY_FLOW_WORDS = frozenset({"consumption", "generation", "output", "production", "exports", "imports", "supply"})
# Nouns that say "the amount" without saying of what: a part named so names nothing ("output reached").
GENERIC_AMOUNT_NOUNS = frozenset(
    {"volume", "volumes", "amount", "figure", "total", "output", "production", "capacity", "result", "number", "sum"}
)
# Heads of a phrase that say nothing of what is measured ("The main goal is 50%", "The rest is 40%", "The plan is 50%
# complete").
PLAN_AND_REST_HEADS = frozenset({"goal", "target", "aim", "objective", "plan", "rest", "remainder", "balance"})
# Verbs whose subject is what changed ("container handling rose 1.7 times"), and verbs whose object is
# ("cut specific coal consumption by 8%").
CHANGED_SUBJECT_VERBS = (
    *("go up", "goes up", "gone up", "going up", "go down", "goes down", "gone down", "going down"),
    *("edged up", "edges up", "edge up", "edged down", "edges down", "ticked up", "ticks up", "inched up", "crept up"),
    "rose",
    "grew",
    "increased",
    "fell",
    "decreased",
    "declined",
    "dropped",
    "dipped",
    "slipped",
    "jumped",
    "surged",
    "climbed",
    "expanded",
    "contracted",
    "shrank",
    "went up",
    "went down",
    "rise",
    "rises",
    "grow",
    "grows",
    "fall",
    "falls",
    "decline",
    "declines",
    "drop",
    "drops",
)
CHANGED_OBJECT_VERBS = (
    "cut",
    "cuts",
    "reduce",
    "reduces",
    "reduced",
    "raise",
    "raises",
    "raised",
    "lift",
    "lifts",
    "lifted",
    "increase",
    "increases",
    "increased",
    "boost",
    "boosts",
    "boosted",
    "lower",
    "lowers",
    "lowered",
    "expand",
    "expands",
    "expanded",
)
# Cues of a number of years that name what it is by themselves: cue -> item.
DURATION_CUE_ITEMS = {
    **dict.fromkeys(("pay back", "pays back", "paid back", "pay for itself", "pays for itself"), "payback period"),
    **dict.fromkeys(("pay for themselves", "recoup", "recoups", "payback"), "payback period"),
    "grace period": "grace period",
    **dict.fromkeys(("exempt", "exempts", "exempted", "exemption"), "tax exemption"),
    # "Construction will take three years", "the works are expected to take two years".
    **dict.fromkeys(("take", "takes", "took"), "construction period"),
    # "The concession will run for 25 years", "contracts to run for seven years".
    "concession": "concession term",
    **dict.fromkeys(("run for", "runs for"), "term"),
    **dict.fromkeys(("older than", "average age"), "age"),
}
# Verb cues of a term that must stand right before its number ("will take three years", "will run for 25 years"):
# "will take measures to double exports within five years" is period wording.
ADJACENT_DURATION_CUES = frozenset({"take", "takes", "took", "run for", "runs for"})
# A duration in years is a quantity (unit `year`) when it is an attribute: a term, an age, a lifetime
# ("a 15-year loan", "over 50 years old", "enough for 14 years of operation", "the payback period is seven
# years", "loans for up to seven years"), not period wording ("over the next five years").
TERM_NOUNS = (
    "loan",
    "loans",
    "credit",
    "facility",
    "contract",
    "agreement",
    "lease",
    "leasing",
    "concession",
    "mortgage",
    "deal",
    "bond",
    "bonds",
    "term",
    "warranty",
    "guarantee",
    # "a 25-year maturity", "20-year power purchase agreements", "a five-year grace period", "a 14-year mine life".
    *("maturity", "tranche", "agreements", "contracts", "grace period", "mine life", "service life", "licence"),
)
DURATION_CUES = (
    *("term", "terms", "age", "lifetime", "lifespan", "service life", "mine life", "life of", "payback period"),
    # "a warranty of 3 years", "units in service for over 45 years".
    *("maturity", "tenor", "warranty", "in service"),
    # "should pay back in six years", "to recoup the investment within seven years", "a grace period of two
    # years", "exempt from land tax for 10 years", "older than 20 years", "Construction will take three years".
    *(cue for cue in DURATION_CUE_ITEMS if cue not in ADJACENT_DURATION_CUES),
)
DURATION_AFTER_WORDS = ("old", "of operation", "of service", "of work", "of age", "of mining", "of production")
# Rates that are parts of a whole: the levels they move between are shares ("unemployment fell to 4.6%").
RATE_LEVEL_ITEMS = (
    *("unemployment", "unemployment rate", "jobless rate", "poverty rate", "poverty level"),
    # "Hotel occupancy averaged 71%, up from 64%": the part of the rooms taken, not a change.
    *("occupancy", "occupancy rate", "vacancy rate", "capacity utilisation", "capacity utilization"),
)
# "the two countries", "both sides": parties an article refers back to, not a count it reports.
REFERRING_COUNT_NOUNS = frozenset(
    {"countries", "sides", "nations", "states", "parties", "governments", "leaders", "presidents", "neighbours"}
)
# Nouns a hyphenated number counts ("a 220-room hotel", "a 320-seat canteen", "an 1,800-head dairy farm"), with
# what is counted.
HYPHEN_COUNT_NOUNS: dict[str, str] = {
    "room": "rooms",
    "seat": "seats",
    "bed": "beds",
    "place": "places",
    "apartment": "apartments",
    "flat": "flats",
    "head": "head of cattle",
    # "a 16-storey block", "a 500-space car park", "a 12-desk office".
    "storey": "storeys",
    "story": "storeys",
    "floor": "floors",
    "space": "spaces",
    "desk": "desks",
}
# Homes a hyphenated count of rooms describes ("two-room flats", "a three-room apartment"): a kind of home, no figure.
DWELLING_NOUNS = frozenset(
    {"flat", "flats", "apartment", "apartments", "home", "homes", "house", "houses", "dwelling", "dwellings", "unit"}
    | {"units", "ones"}
)
# Fractions that state a share or a change in words ("more than half of the units", "fell by a fifth"), in
# percent. "a third" (33.3...) is left out: keys would round it.
FRACTION_WORDS: dict[str, float] = {"half": 50, "a quarter": 25, "a fifth": 20, "a tenth": 10}
# Prepositions that open a phrase inside a noun phrase ("transit via the country's railways", "the load on the
# pipeline"): the words before the first of them say what the phrase is.
PHRASE_PREPOSITIONS = (
    *("of", "in", "via", "at", "on", "for", "from", "by", "with", "to", "through", "across", "into", "over", "among"),
)
# Counted things no production cue makes an output: "plans to build three new plants", "two more gold projects".
NEVER_PRODUCED_NOUNS = frozenset(
    {"plants", "factories", "projects", "enterprises", "companies", "facilities", "mines", "farms", "parks", "zones"}
    # "will make 86 generic medicines", "districts": kinds and places counted, not units made.
    | {"medicines", "drugs", "districts", "refineries", "kinds", "types", "varieties", "models", "brands"}
)
# Verbs of a network or a plant supplying a flow ("delivers up to 110,000 cubic meters a day").
SUPPLY_VERBS = ("delivers", "deliver", "supplies", "supply", "pumps", "carries", "transports", "treats", "desalinates")
# Units whose measure no cue overrides.
FIXED_MEASURE_UNITS = frozenset({"MW"})
# Containers a port or terminal handles are its output ("the dry port handled 312,000 TEU"); trucks a border
# crossing lets through are counted.
HANDLED_OUTPUT_UNITS = frozenset({"TEU", "TEUs", "FEU", "FEUs", "containers"})
# Counted things written as capitalised abbreviations ("1.2 million TEU" of containers).
COUNTED_ABBREVIATIONS = frozenset({"TEU", "TEUs", "FEU", "FEUs"})
# Plural nouns without a final "s": a counted noun phrase ends on them ("1,800 people").
IRREGULAR_PLURALS = frozenset({"people", "staff", "personnel", "children", "cattle", "livestock", "sheep", "poultry"})
# Nouns whose plural is written as the singular, which end a counted phrase after a maker's name ("19 Airbus
# A320neo family aircraft"); not in IRREGULAR_PLURALS, where they would cut "three aircraft repair shops" short.
INVARIANT_PLURALS = frozenset({"aircraft", "fish", "deer", "swine"})
# Singular nouns ending in "s", which do not end a counted noun phrase ("three biogas power plants").
SINGULARS_ENDING_IN_S = frozenset(
    {"gas", "biogas", "bus", "gps", "lens", "canvas", "plus", "chassis", "series", "logistics", "economics"}
)
SINGULAR_S_ENDINGS = ("ss", "us", "is")
# Verbs of purpose that define what a counted thing is for ("10 projects to build poultry farms").
PURPOSE_VERBS = frozenset(
    {
        "build",
        "construct",
        "create",
        "produce",
        "make",
        "manufacture",
        "process",
        "assemble",
        "develop",
        "modernize",
        "modernise",
        "expand",
        "upgrade",
        "open",
        "launch",
        "grow",
        "breed",
        "raise",
        "supply",
        "extract",
        "mine",
        "refine",
        "recycle",
    }
)
# Heads of a sector phrase that define counted projects ("3 projects in poultry production").
SECTOR_HEADS = ("production", "processing", "industry", "sector", "farming", "manufacturing", "breeding")
# "of which 20 were commissioned", "46 of which received aid": a subset of the counted thing before.
SUBSET_PRONOUNS = ("which", "them", "these", "those")
# Nouns that introduce what a count is of ("the number of SMEs reached 211 thousand").
COUNT_OF_NOUNS = ("number", "count", "total number")
# "the number of taxpayers stood at 94,300", "the population of Aktau grew to 428,000": a bare number after these
# is a count.
BARE_COUNT_NOUNS = (*COUNT_OF_NOUNS, "population")
# After the number: "... are due to be commissioned", "is to employ", "are being prepared".
PLANNED_AFTER_PATTERN = (
    r"\b(?:are|is|was|were)\s+(?:now\s+|still\s+)?(?:to|due|planned|expected|scheduled|set|earmarked|under\s+construction"
    r"|at\s+the\s+design\s+(?:stage|phase)|in\s+the\s+pipeline"
    r"|being\s+(?:prepared|built|implemented|constructed|formed|created|developed|designed|set\s+up))\b"
    r"|\b(?:will|would|should)\b"
    # "14 more projects worth 61 billion tenge in the pipeline": no verb needed.
    r"|\bin\s+the\s+pipeline\b"
)
# The same, but only within the number's own clause (up to the next comma).
# "Dairy complex for 2,400 cows being built in East Kazakhstan": a headline's participle of what is still built.
PLANNED_CLAUSE_PATTERN = r"\bwill\b|\bto be\b|\bshall\b|\bbeing\s+(?:built|constructed)\b"

# What kind of money an investment or revenue figure is ("private investments", "preferential financing").
MONEY_ITEMS: dict[str, str] = {
    name: name
    for name in (
        "foreign direct investment",
        "foreign direct investments",
        "direct investment",
        "foreign investment",
        "foreign investments",
        "private investment",
        "private investments",
        "domestic investment",
        "domestic investments",
        "public investment",
        "state investment",
        "budgetary investment",
        "budgetary investments",
        "budget investment",
        "budget investments",
        "investments in fixed assets",
        "investment in fixed assets",
        "fixed capital investment",
        "investment in fixed capital",
        "investments in fixed capital",
        "fixed-asset investment",
        "fixed-asset investments",
        "preferential financing",
        "venture investment",
        "venture investments",
        "venture funding",
        "capital expenditure",
        "capital expenditures",
        "own funds",
        "budget funds",
        "preferential loans",
        "concessional loans",
        "own revenues",
        "tax revenues",
        "budget revenues",
        "construction works",
        "industrial output",
        "industrial production",
        "agricultural output",
        "gross agricultural product",
        "gross agricultural output",
        "retail trade",
        "trade turnover",
        "trade surplus",
        "trade deficit",
        "trade balance",
        "exports",
        "imports",
    )
} | {"fdi": "foreign direct investment"}
# Nouns of money lent or granted: the sum they name is their item ("a loan of 6 billion tenge", "3.8 billion
# tenge in subsidies").
FUNDING_NOUNS = (*LOAN_NOUNS, "subsidies", "grants", "grant", "subsidy")
# Participles that say which loans ("subsidized loans"), unlike a verb before them ("received loans").
FUNDING_MODIFIERS = frozenset({"subsidized", "subsidised", "guaranteed"})
# Kinds of money coordinated with a money item, which then belong to it ("foreign investment and loans").
MONEY_ITEM_COORDINATES = frozenset({"loans", "credits", "grants", "subsidies"})
# Counted nouns that a population figure already says ("3.1 million people"): the item stays empty.
POPULATION_NOUNS = frozenset({"people", "residents", "inhabitants", "persons"})
# People a place or service handles ("5.9 million passengers"): counted, never produced.
PEOPLE_NOUNS = POPULATION_NOUNS | {"passengers", "tourists", "visitors", "guests", "patients", "students", "pilgrims"}

# "Exports worth $2 billion": a generic value word names no measure of its own when a trade or GDP
# word governs it in the same clause.
GENERIC_VALUE_CUES = frozenset({"worth", "totaling", "totalling", "valued at", "estimated at", "to the tune of"})
GOVERNING_MONEY_MEASURES = frozenset({"trade", "gross_product"})

# A measured amount written before a noun as its modifier ("a 50 MW solar plant", "its second 500 MW unit", "the
# 2,400 MW Ertis GRES", "a 15,000-tonne warehouse") describes the thing, not a figure for a period (the seed
# corpus keys "the new 16-hectare plant" with none). The words that may open such a noun phrase before the amount:
ATTRIBUTIVE_OPENERS = frozenset({"a", "an", "the", "its", "their", "our", "this", "that", "his", "her"})
# ... the words that may stand between that opener and the amount:
ATTRIBUTIVE_ADJECTIVES = frozenset({"new", "second", "first", "third", "fourth", "planned", "proposed", "future"})
# ... and words after the amount that show it is no modifier but the figure of a clause ("a 5 MW increase in",
# "the 30,000 tonnes of grain", "a 20 MW a year", "the 12 km that").
NOT_MODIFIED_WORDS = frozenset(
    (
        *("of", "in", "per", "a", "an", "the", "and", "or", "to", "for", "from", "with", "at", "on", "by", "each"),
        *("is", "are", "was", "were", "will", "would", "has", "have", "had", "be", "been", "can", "could"),
        *("which", "that", "who", "it", "they", "annually", "yearly", "more", "less", "than", "worth", "over", "under"),
        *("increase", "decrease", "rise", "growth", "drop", "fall", "mark", "level", "threshold"),
        *("long", "wide", "high", "deep", "away", *COMPASS_POINTS, "southeast", "southwest", "northeast", "northwest"),
    )
)

# A title's "<subject> to <verb>" states a plan ("Almaty to buy 600 new buses this year"); these words after "to" are
# no verb ("exports to record 1.12 mln tons", "loans to small businesses", "brings the plant to design capacity"):
NOT_HEADLINE_VERBS = ("the", "a", "an", "its", "their", "record", "small", "design", "full", "new", "all", "main")
# ... and these verbs before "to" show that the title's verb is finite ("lifts exports to", "brings ... to"):
HEADLINE_FINITE_VERBS = (
    *(f"{verb}s" for verb in LEVEL_TARGET_VERBS),
    *("raised", "brought", "lifted", "increased", "boosted", "pushed", "took", "expands", "expanded", "plans"),
)

# What money invested "in" names when it is no purpose of its own ("in new lines", "in total", "in fixed assets", "in
# the economy"): the words that open or end such a phrase.
NOT_A_PURPOSE_OPENERS = frozenset(
    {"new", "more", "several", "total", "all", "both", "fixed", "local", "foreign", "domestic", "further"}
    | {"them", "it", "this", "these", "those"}  # "spent 95 billion tenge on them": what the pronoun stood for
)
# Heads of a part, a stage or a deal whose cost is stated ("launch a second line worth $14 million", "a
# modernisation programme worth", "a leasing agreement worth", "the expansion, estimated at"): the part is the item.
# A facility's own cost ("a cement plant worth") is not: the facility is the subject and the measure says the rest.
# Works nouns that may also modify another part's head ("a modernisation programme", "an expansion phase").
MODIFYING_PART_HEADS = frozenset(
    {"expansion", "reconstruction", "modernisation", "modernization", "upgrade", "overhaul", "construction"}
)
# Nouns of the work done on a thing ("Construction of the Kerki-Shibergan line will cost ..."): opening a sentence
# before "of", they are no part of the thing's name.
WORKS_PROCESS_NOUNS: frozenset[str] = MODIFYING_PART_HEADS | {
    "rehabilitation",
    "renovation",
    "repair",
    "electrification",
}
PROJECT_PART_HEADS: frozenset[str] = frozenset(
    {
        *("line", "lines", "phase", "stage", "programme", "program", "scheme", "roadmap", "study"),
        *("agreement", "agreements", "contract", "contracts", "deal", "partnership"),
    }
    | MODIFYING_PART_HEADS
)
NOT_A_PURPOSE_HEADS = frozenset(
    {"projects", "project", "economy", "country", "region", "city", "sector", "industry"}
) | {
    # "allocated 150 billion tenge on concessional terms", "spent ... on average", "paid in tranches": the manner.
    *("terms", "basis", "average", "time", "advance", "tranches", "full", "part", "stages", "instalments"),
    *("installments", "cash", "vain", "total", "credit", "schedule", "arrears", "kind"),
}
# People of a trade a place's name may stand before ("Kostanay farmers", "Kyzylorda exporters").
TRADE_PEOPLE = (
    *("farmers", "exporters", "producers", "miners", "growers"),
    *("entrepreneurs", "businesses", "companies", "enterprises", "hauliers"),
)
# Words after "N of them" that make the part the same kind as the count before ("14,200 of them permanent").
SAME_KIND_PART_WORDS = (
    *("permanent", "temporary", "seasonal", "full-time", "part-time"),
    *("hired", "filled", "employed", "recruited", "created"),
)
# Who buys in a place ("signed with buyers in China"): where the buyers are is no subject; nor is a country whose
# buyers the text speaks of ("China's traders returned").
BUYER_NOUNS = (
    *("buyers", "importers", "customers", "clients", "traders"),
    # "The company is also in talks with distributors in Poland": where it may sell is no country spoken of.
    *("distributors", "dealers", "retailers", "wholesalers"),
)
# One party that buys or resells goods ("a distributor in Kyrgyzstan's Batken region bought oil worth ..."): where it
# sits is no subject of the seller's figures.
TRADER_NOUNS = tuple(noun.removesuffix("s") for noun in BUYER_NOUNS)
# A country buying a part of the exports ("China took 58%", "Russia bought the bulk of them").
BUYER_VERBS = ("bought", "purchased", "took")
# A country ranked among the buyers ("remained the largest buyer", "was the second market").
MARKET_RANK_WORDS = ("largest", "biggest", "main", "top", "leading", "second", "third")
BUYER_ROLE_NOUNS = ("buyer", "importer", "market", "destination", "consumer")

# Single nouns that name what a figure measures, from the measure cues ("revenue", "exports", "output"): capitalised
# as a sentence's first word before "of", they open no name ("Revenue of Avtojol Operator reached ...").
MEASURED_NOUNS: frozenset[str] = frozenset(
    cue
    for cues in (MONEY_MEASURE_CUES, PERCENT_MEASURE_CUES, PHYSICAL_MEASURE_CUES, COUNT_MEASURE_CUES)
    for cue in cues
    if cue.isalpha() and not cue.endswith("ed")
)

# What a body says rather than owns ("the IMF's latest forecast is 4.6%", "the ministry's estimate"): a figure in it
# is of what the forecast is about, not of the body.
FORECAST_NOUNS: frozenset[str] = frozenset(
    {"forecast", "forecasts", "estimate", "estimates", "projection", "projections", "outlook", "data", "report"}
    | {"survey", "figures", "statistics", "assessment", "calculations", "expectations"}
    | {"analysts", "economists", "experts", "forecasters", "analysis", "research"}
)

# Nouns for those who make or sell goods ("output of Kazakhstan's oil producers"): never the goods an of-phrase
# after an indicator names.
PRODUCER_NOUNS = frozenset(
    {"company", "enterprise", "producer", "manufacturer", "firm", "farm", "exporter", "importer", "member", "resident"}
)
