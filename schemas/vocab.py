"""Controlled vocabularies of the facts contract (`FACTS.md`).

The single source of truth for every enumerated column: the extraction engine
emits only these values and the pandera models accept only these values.
"""

from __future__ import annotations

MEASURES: dict[str, str] = {
    "investment": "money invested in, attracted by, or received by the subject",
    "project_value": "what a project or set of projects costs or is worth",
    "output_value": "money value of what the subject produced or sold in a period",
    "gross_product": "GDP or GRP of the subject",
    "growth_rate": "a change in percent of the item",
    "share": "a part of a whole in percent",
    "localization_rate": "share of local content in a product",
    "production_capacity": "the most the subject can produce or process per period",
    "production": "the physical amount the subject produced or processed",
    "area": "land or floor area",
    "jobs": "jobs or workplaces, created, planned, or held",
    "count": "how many of the item there are",
    "trade": "exports, imports, trade turnover",
    "population": "people living somewhere",
    "other": "any other stated amount (the item says what)",
}

# ISO 4217 codes of the currencies the engine recognises, with their names.
CURRENCIES: dict[str, str] = {
    "KZT": "Kazakhstani tenge",
    "USD": "US dollar",
    "EUR": "euro",
    "RUB": "Russian ruble",
    "CNY": "Chinese yuan",
    "GBP": "pound sterling",
    "JPY": "Japanese yen",
    "KRW": "South Korean won",
    "TRY": "Turkish lira",
    "AED": "UAE dirham",
    "UZS": "Uzbek sum",
    "KGS": "Kyrgyz som",
    "TJS": "Tajik somoni",
    "AZN": "Azerbaijani manat",
    "TMT": "Turkmen manat",
    "MNT": "Mongolian tugrik",
}

# Canonical physical units (after conversion, see FACTS.md "Canonical units").
PHYSICAL_UNITS: dict[str, str] = {
    "percent": "percent, or percentage points of change for growth_rate",
    "t": "metric tonnes",
    "kg": "kilograms",
    "m2": "square metres",
    "km2": "square kilometres",
    "ha": "hectares",
    "km": "kilometres",
    "m3": "cubic metres",
    "MW": "megawatts",
    "kWh": "kilowatt-hours",
    "Gcal": "gigacalories (heat)",
    "kV": "kilovolts (a power line's voltage)",
    "count": "a count of the thing named in item",
    "year": "a duration in years",
}

UNITS: dict[str, str] = {**CURRENCIES, **PHYSICAL_UNITS}

PERS: dict[str, str] = {
    "year": "per year",
    "month": "per month",
    "day": "per day",
    "hour": "per hour",
}

QUALIFIERS: dict[str, str] = {
    "exact": "stated as is",
    "approximate": "about, approximately, around, some, nearly, almost",
    "lower_bound": "more than, over, exceeds, at least",
    "upper_bound": "up to, less than, under",
}

STATUSES: dict[str, str] = {
    "actual": "happened or is so",
    "planned": "planned, expected, will, to be, aims, target",
}

SUBJECT_TYPES: dict[str, str] = {
    "city": "a city",
    "region": "a region, oblast or province",
    "country": "a country",
    "enterprise": "a company, plant, factory, mine, refinery",
    "project": "a named project or programme",
    "organization": "a government body, agency, fund or association",
    "sector": "an industry or branch of the economy",
    "other": "anything else",
}

ENTITY_TYPES = SUBJECT_TYPES
