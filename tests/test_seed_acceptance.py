"""The first acceptance test: the engine reproduces the seed article's answer key exactly."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest

from pipeline.extract import extract_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ARTICLE = SEEDS / "astana-investments-2024-11-29.txt"
KEY = json.loads((SEEDS / "astana-investments-2024-11-29.gold.json").read_text(encoding="utf-8"))
TEXT = ARTICLE.read_text(encoding="utf-8")
EXTRACTION = extract_article(TEXT, ARTICLE.stem)
FIELDS = [name for name in KEY["facts"][0] if name != "quote"]


def _normal(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def test_the_seed_yields_exactly_the_keyed_number_of_facts():
    assert [f["quote"] for f in EXTRACTION.facts] == [f["quote"] for f in KEY["facts"]]


@pytest.mark.parametrize("index", range(len(KEY["facts"])), ids=[f["quote"] for f in KEY["facts"]])
def test_each_seed_fact_matches_the_key(index):
    got = EXTRACTION.facts[index]
    expected = KEY["facts"][index]
    differences = {
        name: (expected[name], _normal(got[name]))
        for name in FIELDS
        if not (
            expected[name] == _normal(got[name])
            or (
                isinstance(expected[name], (int, float))
                and isinstance(got[name], (int, float))
                and math.isclose(expected[name], got[name], rel_tol=1e-9)
            )
        )
    }
    assert differences == {}


def test_every_seed_quote_stands_at_its_offsets():
    for fact in EXTRACTION.facts:
        assert TEXT[fact["char_start"] : fact["char_end"]] == fact["quote"]


def test_the_seed_header_is_read():
    assert EXTRACTION.article["published_date"] == dt.date(2024, 11, 29)
    assert EXTRACTION.article["dateline"] == "ASTANA"


@pytest.mark.parametrize("entity", KEY["entities"], ids=[e["name"] for e in KEY["entities"]])
def test_each_keyed_entity_is_found(entity):
    names = {e["name"]: e for e in EXTRACTION.entities}
    assert entity["name"] in names
    assert names[entity["name"]]["type"] == entity["type"]


@pytest.mark.parametrize("person", KEY["people"], ids=[p["name"] for p in KEY["people"]])
def test_each_keyed_person_is_found_with_role(person):
    roles = {p["name"]: p["role"] for p in EXTRACTION.people}
    assert roles.get(person["name"]) == person["role"]
