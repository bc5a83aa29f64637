"""Specification of the evaluator: how predictions are scored against answer keys."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.evaluate import evaluate, evaluate_entities, evaluate_people, format_report, load_answer_keys, main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_ID = "astana-investments-2024-11-29"

DATE_COLUMNS = ("period_start", "period_end", "compared_to_start", "compared_to_end")


def gold_fact(quote: str, value: float, unit: str, **fields) -> dict:
    """A gold fact with neutral defaults; `fields` override them."""
    fact = {
        "quote": quote,
        "subject": "Astana",
        "subject_type": "city",
        "measure": "investment",
        "item": None,
        "value": value,
        "value_high": None,
        "unit": unit,
        "per": None,
        "qualifier": "exact",
        "status": "actual",
        "period_start": "2024-01-01",
        "period_end": "2024-10-31",
        "compared_to_start": None,
        "compared_to_end": None,
        "equivalent_value": None,
        "equivalent_unit": None,
    }
    return fact | fields


def key(*facts: dict, entities: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> dict:
    """An answer key holding `facts` and the named entities and people."""
    return {
        "article": {"file": "a.txt", "published": "2024-11-29", "dateline": "ASTANA"},
        "facts": list(facts),
        "entities": [
            {"name": n, "type": "city", "aliases": [], "founded_year": None, "sector": None} for n in entities
        ],
        "people": [{"name": n, "role": None, "organization": None} for n in people],
    }


def predictions(gold_facts: list[dict], article_id: str = "a") -> pd.DataFrame:
    """Gold facts as a predicted facts frame, the way the pipeline writes one.

    Dates become `datetime.date`, missing values NaN/None as pandas makes them,
    and each fact gets fake, increasing offsets so text order is preserved.
    """
    rows = []
    start = 0
    for fact in gold_facts:
        row = {"article_id": article_id, "char_start": start, **copy.deepcopy(fact)}
        for col in DATE_COLUMNS:
            row[col] = dt.date.fromisoformat(row[col]) if row[col] else None
        rows.append(row)
        start += len(fact["quote"]) + 10
    frame = pd.DataFrame(rows)
    for col in ("value", "value_high", "equivalent_value"):
        frame[col] = frame[col].astype(float)
    return frame


def three_facts() -> list[dict]:
    """An investment with a conversion, a growth rate with a base period, a yearly capacity."""
    return [
        gold_fact(
            "1.3 trillion tenge",
            1.3e12,
            "KZT",
            qualifier="approximate",
            equivalent_value=2.5e9,
            equivalent_unit="USD",
        ),
        gold_fact(
            "7%",
            7,
            "percent",
            measure="growth_rate",
            item="industrial production",
            compared_to_start="2023-01-01",
            compared_to_end="2023-10-31",
        ),
        gold_fact(
            "720,000 units",
            720000,
            "count",
            subject="Digital System Service",
            subject_type="enterprise",
            measure="production_capacity",
            item="units",
            per="year",
            period_start=None,
            period_end=None,
        ),
    ]


# --------------------------------------------------------------------------- headline scores


def test_perfect_predictions_score_one_everywhere():
    facts = three_facts()
    result = evaluate(predictions(facts), {"a": key(*facts)})
    for score in ("quantity", "strict"):
        assert result[score]["precision"] == result[score]["recall"] == result[score]["f1"] == 1.0
    assert {f: s["accuracy"] for f, s in result["fields"].items()} == dict.fromkeys(result["fields"], 1.0)
    assert result["mismatches"] == []


def test_a_missing_fact_lowers_recall_but_not_precision():
    facts = three_facts()
    result = evaluate(predictions(facts[:2]), {"a": key(*facts)})
    assert result["quantity"]["recall"] == pytest.approx(2 / 3)
    assert result["quantity"]["precision"] == 1.0
    assert (result["quantity"]["fn"], result["quantity"]["fp"]) == (1, 0)
    assert [(m["kind"], m["quote"]) for m in result["mismatches"]] == [("missing", "720,000 units")]


def test_an_extra_fact_lowers_precision_but_not_recall():
    facts = three_facts()
    extra = gold_fact("5 plants", 5, "count", measure="count", item="plants")
    result = evaluate(predictions([*facts, extra]), {"a": key(*facts)})
    assert result["quantity"]["precision"] == pytest.approx(3 / 4)
    assert result["quantity"]["recall"] == 1.0
    assert [(m["kind"], m["quote"]) for m in result["mismatches"]] == [("extra", "5 plants")]


def test_a_wrong_subject_lowers_strict_f1_but_not_quantity_f1():
    facts = three_facts()
    predicted = copy.deepcopy(facts)
    predicted[0]["subject"] = "Kazakhstan"
    result = evaluate(predictions(predicted), {"a": key(*facts)})
    assert result["quantity"]["f1"] == 1.0
    assert result["strict"]["f1"] == pytest.approx(2 / 3)
    assert result["fields"]["subject"]["accuracy"] == pytest.approx(2 / 3)
    assert result["mismatches"] == [
        {
            "article_id": "a",
            "kind": "field",
            "quote": "1.3 trillion tenge",
            "field": "subject",
            "expected": "Astana",
            "got": "Kazakhstan",
        }
    ]


def test_a_wrong_qualifier_lowers_its_accuracy_but_not_strict_f1():
    facts = three_facts()
    predicted = copy.deepcopy(facts)
    predicted[0]["qualifier"] = "exact"
    result = evaluate(predictions(predicted), {"a": key(*facts)})
    assert result["strict"]["f1"] == 1.0
    assert result["fields"]["qualifier"]["accuracy"] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("field", "wrong"),
    [
        ("period_end", dt.date(2024, 9, 30)),
        ("equivalent_value", 2.6e9),
        ("per", "month"),
        ("value_high", 1.5e12),
        ("measure", "project_value"),
    ],
)
def test_each_strict_field_when_wrong_breaks_the_strict_match(field, wrong):
    facts = three_facts()
    frame = predictions(facts)
    frame[field] = frame[field].astype(object)
    frame.at[0, field] = wrong
    result = evaluate(frame, {"a": key(*facts)})
    assert result["quantity"]["tp"] == 3
    assert result["strict"]["tp"] == 2


# --------------------------------------------------------------------------- comparing values


def test_values_within_one_millionth_relative_match():
    gold = gold_fact("1 million tenge", 1_000_000, "KZT")
    close = gold_fact("1 million tenge", 1_000_000.5, "KZT")  # 5e-7 relative
    result = evaluate(predictions([close]), {"a": key(gold)})
    assert result["quantity"]["tp"] == 1


def test_values_beyond_one_millionth_relative_do_not_match():
    gold = gold_fact("1 million tenge", 1_000_000, "KZT")
    off = gold_fact("1 million tenge", 1_000_002, "KZT")  # 2e-6 relative
    result = evaluate(predictions([off]), {"a": key(gold)})
    assert (result["quantity"]["tp"], result["quantity"]["fp"], result["quantity"]["fn"]) == (0, 1, 1)


def test_zero_matches_zero():
    gold = gold_fact("0%", 0, "percent", measure="growth_rate")
    result = evaluate(predictions([gold]), {"a": key(gold)})
    assert result["quantity"]["tp"] == 1


def test_same_value_in_another_unit_does_not_match():
    gold = gold_fact("7%", 7, "percent")
    result = evaluate(predictions([gold_fact("7 tons", 7, "t")]), {"a": key(gold)})
    assert result["quantity"]["tp"] == 0


@pytest.mark.parametrize("null", [None, float("nan"), pd.NaT, pd.NA])
def test_null_equals_null_whatever_form_it_takes(null):
    gold = gold_fact("7%", 7, "percent", period_start=None, period_end=None, item=None)
    frame = predictions([gold])
    for col in ("item", "period_start", "period_end", "value_high", "equivalent_value", "equivalent_unit", "per"):
        frame[col] = pd.Series([null], dtype=object)
    result = evaluate(frame, {"a": key(gold)})
    assert result["strict"]["f1"] == 1.0
    assert result["mismatches"] == []


def test_null_and_a_value_differ():
    gold = gold_fact("7%", 7, "percent", item=None)
    result = evaluate(predictions([gold | {"item": "exports"}]), {"a": key(gold)})
    assert result["fields"]["item"]["accuracy"] == 0.0


def test_subject_and_item_ignore_case_spacing_and_a_leading_the():
    gold = gold_fact("7%", 7, "percent", subject="Industrial Park No. 1", item="industrial production")
    predicted = gold | {"subject": "the  industrial park no. 1", "item": " Industrial\nProduction"}
    result = evaluate(predictions([predicted]), {"a": key(gold)})
    assert result["fields"]["subject"]["accuracy"] == 1.0
    assert result["fields"]["item"]["accuracy"] == 1.0


def test_dates_compare_equal_as_date_timestamp_or_text():
    gold = gold_fact("7%", 7, "percent")
    frame = predictions([gold])
    frame["period_start"] = pd.Series([pd.Timestamp("2024-01-01")], dtype=object)
    frame["period_end"] = pd.Series(["2024-10-31"], dtype=object)
    result = evaluate(frame, {"a": key(gold)})
    assert result["fields"]["period"]["accuracy"] == 1.0


# --------------------------------------------------------------------------- aligning facts


def test_repeated_quantities_pair_in_text_order():
    gold = [
        gold_fact("7%", 7, "percent", measure="growth_rate", item="industrial production"),
        gold_fact("7%", 7, "percent", measure="growth_rate", item="gross regional product"),
    ]
    result = evaluate(predictions(gold), {"a": key(*gold)})
    assert result["fields"]["item"]["accuracy"] == 1.0


def test_a_missed_repeated_quantity_is_the_one_that_keeps_text_order():
    # Gold: 7% (industry), 5 tons, 7% (GRP). The extractor missed the first 7%: pairing its
    # 7% with the first gold 7% would cross the 5 tons, so it pairs with the second.
    gold = [
        gold_fact("7%", 7, "percent", item="industrial production"),
        gold_fact("5 tons", 5, "t"),
        gold_fact("7%", 7, "percent", item="gross regional product"),
    ]
    result = evaluate(predictions(gold[1:]), {"a": key(*gold)})
    assert result["fields"]["item"]["accuracy"] == 1.0
    assert [(m["kind"], m["expected"]) for m in result["mismatches"]] == [
        ("missing", "7 percent | Astana | investment")
    ]


def test_among_identical_quantities_the_pairing_that_agrees_on_most_fields_wins():
    gold = [
        gold_fact("KZT2tln", 2e12, "KZT", qualifier="upper_bound"),
        gold_fact("KZT2tln", 2e12, "KZT", qualifier="lower_bound"),
    ]
    result = evaluate(predictions(gold[1:]), {"a": key(*gold)})
    assert result["fields"]["qualifier"]["accuracy"] == 1.0
    assert [m["kind"] for m in result["mismatches"]] == ["missing"]


def test_predictions_are_put_in_text_order_by_char_start():
    gold = [
        gold_fact("7%", 7, "percent", item="industrial production"),
        gold_fact("7%", 7, "percent", item="gross regional product"),
    ]
    frame = predictions(gold).iloc[::-1]  # rows shuffled, offsets still say the text order
    result = evaluate(frame, {"a": key(*gold)})
    assert result["fields"]["item"]["accuracy"] == 1.0


def test_facts_listed_in_another_order_still_match():
    gold = [gold_fact("7%", 7, "percent"), gold_fact("5 plants", 5, "count")]
    result = evaluate(predictions(gold[::-1]), {"a": key(*gold)})
    assert result["quantity"]["f1"] == 1.0


def test_a_prediction_matches_at_most_one_gold_fact():
    gold = [gold_fact("7%", 7, "percent"), gold_fact("7%", 7, "percent", item="exports")]
    result = evaluate(predictions(gold[:1]), {"a": key(*gold)})
    assert (result["quantity"]["tp"], result["quantity"]["fn"]) == (1, 1)


# --------------------------------------------------------------------------- which articles count


def test_facts_of_articles_without_a_key_are_ignored():
    facts = three_facts()
    frame = pd.concat([predictions(facts, "a"), predictions(facts, "unkeyed")], ignore_index=True)
    result = evaluate(frame, {"a": key(*facts)})
    assert result["quantity"]["precision"] == 1.0
    assert result["articles"] == ["a"]


def test_a_keyed_article_without_predictions_counts_every_fact_missed():
    facts = three_facts()
    result = evaluate(predictions(facts, "a"), {"a": key(*facts), "b": key(*facts)})
    assert result["quantity"]["recall"] == 0.5
    assert result["per_article"]["b"] == {"gold": 3, "pred": 0, "tp": 0, "fp": 0, "fn": 3, "strict_tp": 0}


def test_an_empty_facts_frame_scores_zero_recall():
    result = evaluate(pd.DataFrame(), {"a": key(*three_facts())})
    assert (result["quantity"]["recall"], result["quantity"]["f1"]) == (0.0, 0.0)


# --------------------------------------------------------------------------- entities and people


def test_entities_match_by_name_ignoring_case():
    entities = pd.DataFrame({"article_id": ["a", "a"], "name": ["ASTANA", "Kazakhstan"]})
    scores = evaluate_entities(entities, {"a": key(entities=("Astana", "Digital System Service"))})
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 1)
    assert scores["missing"] == [{"article_id": "a", "name": "Digital System Service"}]
    assert scores["extra"] == [{"article_id": "a", "name": "Kazakhstan"}]


def test_people_recall_counts_named_people_found():
    people = pd.DataFrame({"article_id": ["a"], "name": ["yevgeniy glotov"]})
    scores = evaluate_people(people, {"a": key(people=("Yevgeniy Glotov", "Olzhas Bektenov"))})
    assert (scores["recall"], scores["precision"]) == (0.5, 1.0)


def test_evaluate_scores_entities_and_people_only_when_given():
    facts = three_facts()
    answer = {"a": key(*facts, entities=("Astana",), people=("Yevgeniy Glotov",))}
    assert "entities" not in evaluate(predictions(facts), answer)
    entities = pd.DataFrame({"article_id": ["a"], "name": ["Astana"]})
    people = pd.DataFrame({"article_id": ["a"], "name": ["Yevgeniy Glotov"]})
    result = evaluate(predictions(facts), answer, entities=entities, people=people)
    assert result["entities"]["f1"] == result["people"]["f1"] == 1.0


# --------------------------------------------------------------------------- the real seed


def test_load_answer_keys_reads_the_seed_folder_by_article_id():
    keys = load_answer_keys(SEEDS)
    assert SEED_ID in keys
    assert keys[SEED_ID]["article"]["file"] == f"{SEED_ID}.txt"


def test_the_seed_answer_key_as_predictions_scores_one():
    answer = load_answer_keys(SEEDS)[SEED_ID]
    entities = pd.DataFrame({"article_id": SEED_ID, "name": [e["name"] for e in answer["entities"]]})
    people = pd.DataFrame({"article_id": SEED_ID, "name": [p["name"] for p in answer["people"]]})
    result = evaluate(predictions(answer["facts"], SEED_ID), {SEED_ID: answer}, entities=entities, people=people)
    assert result["quantity"]["tp"] == len(answer["facts"])
    for score in ("quantity", "strict", "entities", "people"):
        assert result[score]["f1"] == 1.0, score
    assert all(s["accuracy"] == 1.0 for s in result["fields"].values())
    assert result["mismatches"] == []


def test_one_changed_field_in_the_seed_shows_up_as_one_mismatch():
    answer = load_answer_keys(SEEDS)[SEED_ID]
    predicted = copy.deepcopy(answer["facts"])
    predicted[1]["compared_to_end"] = "2023-12-31"
    result = evaluate(predictions(predicted, SEED_ID), {SEED_ID: answer})
    assert [(m["quote"], m["field"]) for m in result["mismatches"]] == [("7%", "compared_to")]
    assert result["mismatches"][0]["expected"] == ["2023-01-01", "2023-10-31"]
    assert result["mismatches"][0]["got"] == ["2023-01-01", "2023-12-31"]


# --------------------------------------------------------------------------- output


def test_the_result_is_plain_json():
    facts = three_facts()
    frame = predictions([*facts[1:], gold_fact("5 plants", 5, "count")])
    frame["value"] = frame["value"].astype(np.float32)  # numpy scalars must not leak into the result
    result = evaluate(frame, {"a": key(*facts)})
    assert json.loads(json.dumps(result)) == result


def test_the_report_shows_headline_numbers_and_with_details_each_mismatch():
    facts = three_facts()
    predicted = copy.deepcopy(facts)
    predicted[0]["subject"] = "Kazakhstan"
    result = evaluate(predictions(predicted), {"a": key(*facts)})
    report = format_report(result)
    assert "quantity" in report and "F1 1.000" in report
    assert "strict" in report and "F1 0.667" in report
    assert "Kazakhstan" not in report
    assert "expected 'Astana', got 'Kazakhstan'" in format_report(result, details=True)


def test_the_cli_reads_parquet_outputs_and_exits_zero(tmp_path, capsys):
    answer = load_answer_keys(SEEDS)[SEED_ID]
    parquet = tmp_path / "parquet"
    parquet.mkdir()
    predictions(answer["facts"], SEED_ID).to_parquet(parquet / "facts.parquet")
    assert main([str(SEEDS), str(tmp_path), "--details"]) == 0
    out = capsys.readouterr().out
    assert "F1 1.000" in out
    assert "mismatches: none" in out


def test_the_cli_fails_clearly_without_facts(tmp_path, capsys):
    assert main([str(SEEDS), str(tmp_path)]) == 1
    assert "facts.parquet" in capsys.readouterr().err
