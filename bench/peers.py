"""quantulum3's output as newsfacts fact rows, so the evaluator can score it like our engine.

quantulum3 (`pip install quantulum3`, the `bench` extra) finds quantities and
units; it knows nothing of subjects, periods or conversions, so only value+unit
(the evaluator's `quantity` score) is comparable. The mapping, generous to it:

- currencies: its ISO code (`unit.currency_code`: "$", "US$" -> USD) when that code is
  in our vocabulary; the value as it read it (it reads "($2.5 billion)" as -2.5e9: its
  error, kept).
- tenge, which it does not know: a number it left dimensionless that the text
  follows with "tenge" or precedes with "KZT" becomes KZT. This is a fix we make for
  it, so its tenge amounts (the corpus's most common money unit) are not all lost.
- percentage -> percent.
- mass: ton / tonne / short ton / long ton / metric ton -> t with the value unchanged
  (the text's "tons" are metric by our contract; it calls them short tons, and we do
  not hold the name against it); kilogram -> kg.
- area: square metre -> m2, square kilometre -> km2, hectare -> ha.
- volume: cubic metre -> m3, litre -> m3 / 1000.
- power: megawatt -> MW, gigawatt -> MW x 1000, kilowatt -> MW / 1000.
- energy: kilowatt hour -> kWh (megawatt hour x 1e3, gigawatt hour x 1e6).
- length: kilometre -> km; time: year -> year.
- a compound unit "X per Y" is mapped by X (our `per` column is not scored).
- dimensionless numbers otherwise -> count (our unit for "611 locomotives"); this
  also turns the years and days it reads as quantities into counts, which then
  score as false positives — that is its behaviour, not the mapping's.
- any other unit keeps its quantulum name and so never matches.
"""

from __future__ import annotations

import re
import warnings

from schemas.vocab import CURRENCIES

# quantulum3 unit name -> (our unit, factor applied to the value)
UNIT_MAP: dict[str, tuple[str, float]] = {
    "percentage": ("percent", 1.0),
    "ton": ("t", 1.0),
    "tonne": ("t", 1.0),
    "short ton": ("t", 1.0),
    "long ton": ("t", 1.0),
    "metric ton": ("t", 1.0),
    "kilogram": ("kg", 1.0),
    "square metre": ("m2", 1.0),
    "square kilometre": ("km2", 1.0),
    "hectare": ("ha", 1.0),
    "cubic metre": ("m3", 1.0),
    "litre": ("m3", 0.001),
    "megawatt": ("MW", 1.0),
    "gigawatt": ("MW", 1000.0),
    "kilowatt": ("MW", 0.001),
    "kilowatt hour": ("kWh", 1.0),
    "megawatt hour": ("kWh", 1e3),
    "gigawatt hour": ("kWh", 1e6),
    "kilometre": ("km", 1.0),
    "year": ("year", 1.0),
}

_TENGE_AFTER = re.compile(r"\s*(?:tenge|KZT)\b")
_KZT_BEFORE = re.compile(r"KZT\s*$")

_parser = None


def _quantulum_parser():
    """quantulum3's parser, imported once (its first import loads its unit tables: ~1 s)."""
    global _parser
    if _parser is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Classifier dependencies not installed"
            from quantulum3 import parser

        _parser = parser
    return _parser


def quantulum_parse(text: str) -> list:
    """quantulum3's raw quantities for one text."""
    parser = _quantulum_parser()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parser.parse(text)


def map_quantity(q, text: str) -> tuple[float, str]:
    """One quantulum3 quantity -> (value, unit) in our vocabulary (see the module doc)."""
    unit = q.unit
    name = unit.name.split(" per ")[0]
    value = float(q.value)
    entity = unit.entity.name if unit.entity is not None else ""
    if entity == "currency":
        code = getattr(unit, "currency_code", None)
        return value, code if code in CURRENCIES else unit.name
    if name in UNIT_MAP:
        ours, factor = UNIT_MAP[name]
        return value * factor, ours
    if entity == "dimensionless" and name != "percentage":
        start, end = q.span
        if _TENGE_AFTER.match(text, end) or _KZT_BEFORE.search(text[max(0, start - 6) : start]):
            return value, "KZT"
        return value, "count"
    return value, unit.name


def quantulum_rows(text: str, article_id: str) -> list[dict]:
    """quantulum3's quantities in one article as fact rows (value, unit, quote, offsets; rest null)."""
    rows = []
    for q in quantulum_parse(text):
        value, unit = map_quantity(q, text)
        rows.append(
            {
                "article_id": article_id,
                "quote": q.surface,
                "char_start": q.span[0],
                "char_end": q.span[1],
                "value": value,
                "unit": unit,
            }
        )
    return rows
