"""Each asset check passes on the seed and fails, with the offending rows, on a crafted bad input."""

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from dagster import AssetCheckResult, AssetCheckSeverity, build_asset_check_context

from pipeline.assets import article_texts_frame, frame_from_rows, rejections_frame
from pipeline.checks import (
    CONVERSION_TOLERANCE,
    SCHEMA_CHECKS,
    accuracy_vs_answer_keys,
    conversion_outliers,
    conversion_rates,
    conversion_rates_agree,
    markdown_table,
    quotes_at_offsets,
)
from pipeline.ingest import read_articles
from pipeline.resources import NewsfactsStorage
from schemas.tables import ArticleSchema, EntitySchema, FactSchema, PersonSchema

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "astana-investments-2024-11-29.txt"
KEY = json.loads((SEEDS / "astana-investments-2024-11-29.gold.json").read_text(encoding="utf-8"))
AID = SEED.stem
DATES = ("period_start", "period_end", "compared_to_start", "compared_to_end")


def located_gold_facts(text: str) -> list[dict]:
    """The seed key's facts as FactSchema rows, each quote located in order (so repeated quotes differ)."""
    rows, cursor = [], 0
    for gold in KEY["facts"]:
        start = text.index(gold["quote"], cursor)
        end, cursor = start + len(gold["quote"]), start + 1
        row = {k: v for k, v in gold.items() if k != "quote"} | {
            f: gold[f] and dt.date.fromisoformat(gold[f]) for f in DATES
        }
        row |= {"fact_id": f"{AID}:{start}-{end}", "article_id": AID, "quote": gold["quote"]}
        rows.append(row | {"char_start": start, "char_end": end, "sentence_start": 0, "sentence_end": len(text)})
    return rows


@pytest.fixture(scope="module")
def seed() -> dict[str, pd.DataFrame]:
    """The seed's tables as the pipeline would build them from a perfect engine."""
    [article], _ = read_articles([SEED])
    texts = article_texts_frame([article])
    header = {"title": None, "published_date": dt.date(2024, 11, 29), "dateline": "ASTANA", "publisher": None}
    articles_row = {"article_id": AID, "file_name": SEED.name, **header, "sha256": article.sha256}
    articles_row |= {"n_chars": len(article.text), "encoding": article.encoding}
    return {
        "article_texts": texts,
        "articles": frame_from_rows([articles_row], ArticleSchema),
        "facts": frame_from_rows(located_gold_facts(article.text), FactSchema),
        "entities": frame_from_rows([{"article_id": AID, **e} for e in KEY["entities"]], EntitySchema),
        "people": frame_from_rows([{"article_id": AID, **p} for p in KEY["people"]], PersonSchema),
        "rejected_articles": rejections_frame([]),
    }


def schema_check(table: str):
    [check] = [c for c in SCHEMA_CHECKS if next(iter(c.check_keys)).asset_key.to_user_string() == table]
    return check


def values(result: AssetCheckResult) -> dict:
    return {key: value.value for key, value in result.metadata.items()}


# ------------------------------------------------------------------ schema


@pytest.mark.parametrize("table", ["articles", "facts", "entities", "people", "rejected_articles"])
def test_schema_check_passes_on_the_seed(seed, table):
    assert schema_check(table)(seed[table]).passed


def test_schema_check_fails_on_a_unit_outside_the_vocabulary_and_shows_the_row(seed):
    facts = seed["facts"].copy()
    facts.loc[3, "unit"] = "furlong"

    result = schema_check("facts")(facts)

    assert not result.passed
    metadata = values(result)
    assert metadata["failure_count"] == 1
    assert "furlong" in metadata["offending_rows"] and facts.loc[3, "fact_id"] in metadata["offending_rows"]


def test_schema_check_fails_on_a_missing_column(seed):
    result = schema_check("people")(seed["people"].drop(columns="role"))

    assert not result.passed
    assert "role" in values(result)["failures"]


def test_schema_check_blocks_publishing():
    assert all(next(iter(c.check_specs)).blocking for c in SCHEMA_CHECKS)


# ------------------------------------------------------------------ provenance


def test_provenance_check_passes_when_every_quote_stands_at_its_offsets(seed):
    assert quotes_at_offsets(seed["facts"], seed["article_texts"]).passed


def test_provenance_check_fails_on_shifted_offsets_and_shows_what_stands_there(seed):
    facts = seed["facts"].copy()
    facts.loc[0, ["char_start", "char_end"]] = facts.loc[0, ["char_start", "char_end"]] + 1

    result = quotes_at_offsets(facts, seed["article_texts"])

    assert not result.passed
    metadata = values(result)
    assert metadata["offending_row_count"] == 1
    assert ".3 trillion tenge " in metadata["offending_rows"]


def test_provenance_check_leaves_other_schema_failures_to_the_schema_check(seed):
    facts = seed["facts"].copy()
    facts.loc[0, "unit"] = "furlong"

    assert quotes_at_offsets(facts, seed["article_texts"]).passed


def test_provenance_check_fails_on_a_quote_that_differs_from_the_text_at_its_offsets(seed):
    facts = seed["facts"].copy()
    facts.loc[2, "quote"] = facts.loc[2, "quote"].upper() + "!"
    facts.loc[2, "char_end"] = facts.loc[2, "char_start"] + len(facts.loc[2, "quote"])

    result = quotes_at_offsets(facts, seed["article_texts"])

    assert not result.passed
    assert values(result)["offending_row_count"] == 1


def test_provenance_check_fails_on_a_fact_of_an_unknown_article(seed):
    facts = seed["facts"].copy()
    facts.loc[0, "article_id"] = "no-such-article"

    assert not quotes_at_offsets(facts, seed["article_texts"]).passed


# ------------------------------------------------------------------ conversion rates


def conversion(fact_id: str, article_id: str, value: float, unit: str, equivalent: float, eq_unit: str) -> dict:
    row = {"fact_id": fact_id, "article_id": article_id, "quote": f"{value} {unit}", "value": value, "unit": unit}
    return row | {"equivalent_value": equivalent, "equivalent_unit": eq_unit}


def articles_on(**dates: dt.date) -> pd.DataFrame:
    return pd.DataFrame({"article_id": list(dates), "published_date": list(dates.values())})


def test_a_stated_conversion_implies_a_rate_in_units_of_the_first_currency_alphabetically():
    facts = pd.DataFrame(
        [conversion("f1", "a", 1.3e12, "KZT", 2.5e9, "USD"), conversion("f2", "a", 2.5e9, "USD", 1.3e12, "KZT")]
    )

    rates = conversion_rates(facts, articles_on(a=dt.date(2024, 11, 29)))

    assert rates["pair"].tolist() == ["KZT/USD", "KZT/USD"]
    assert rates["rate"].tolist() == pytest.approx([520.0, 520.0])
    assert rates["month"].tolist() == ["2024-11", "2024-11"]


def test_facts_without_a_usable_conversion_imply_no_rate():
    facts = pd.DataFrame([conversion("f1", "a", 5.0, "KZT", None, None), conversion("f2", "a", 0.0, "KZT", 1.0, "USD")])

    assert conversion_rates(facts, articles_on(a=dt.date(2024, 1, 1))).empty


def test_rates_within_the_tolerance_agree():
    facts = pd.DataFrame([conversion("f1", "a", 520, "KZT", 1, "USD"), conversion("f2", "a", 560, "KZT", 1, "USD")])

    assert conversion_outliers(conversion_rates(facts, articles_on(a=dt.date(2024, 1, 1)))).empty


def test_an_outlier_within_an_article_is_reported_with_the_fact_it_disagrees_with():
    facts = pd.DataFrame(
        [
            conversion("f1", "a", 520, "KZT", 1, "USD"),
            conversion("f2", "a", 525, "KZT", 1, "USD"),
            conversion("f3", "a", 5200, "KZT", 1, "USD"),  # a scale error
        ]
    )

    outliers = conversion_outliers(conversion_rates(facts, articles_on(a=dt.date(2024, 1, 1))))

    assert outliers[["scope", "fact_id", "reference_fact_id"]].values.tolist() == [["article", "f3", "f2"]]
    assert outliers["deviation"].iloc[0] > CONVERSION_TOLERANCE


def test_an_outlier_across_articles_of_one_month_is_reported_but_other_months_are_not_compared():
    facts = pd.DataFrame(
        [
            conversion("f1", "a", 450, "KZT", 1, "USD"),
            conversion("f2", "b", 650, "KZT", 1, "USD"),
            conversion("f3", "c", 450, "KZT", 1, "USD"),
        ]
    )
    articles = articles_on(a=dt.date(2024, 1, 3), b=dt.date(2024, 1, 30), c=dt.date(2022, 1, 3))

    outliers = conversion_outliers(conversion_rates(facts, articles))

    assert outliers[["scope", "group", "fact_id", "reference_fact_id"]].values.tolist() == [
        ["month", "KZT/USD 2024-01", "f2", "f1"]
    ]


def test_conversion_check_passes_on_the_seed(seed):
    result = conversion_rates_agree(seed["facts"], seed["articles"])

    assert result.passed
    assert values(result)["conversions"] == 4  # 512-520 KZT per USD, e.g. 1.3 trillion tenge ($2.5 billion)


def test_conversion_check_warns_on_a_disagreeing_conversion(seed):
    facts = seed["facts"].copy()
    facts.loc[0, "equivalent_value"] = 2.5e8  # $250 million for 1.3 trillion tenge: 5,200 KZT per USD

    result = conversion_rates_agree(facts, seed["articles"])

    assert not result.passed and result.severity == AssetCheckSeverity.WARN
    assert values(result)["outlier_count"] == 1


# ------------------------------------------------------------------ accuracy


def accuracy(seed: dict, seeds_dir: Path, facts: pd.DataFrame | None = None) -> AssetCheckResult:
    return accuracy_vs_answer_keys(
        context=build_asset_check_context(),
        storage=NewsfactsStorage(seeds_dir=str(seeds_dir)),
        facts=seed["facts"] if facts is None else facts,
        articles=seed["articles"],
        entities=seed["entities"],
        people=seed["people"],
    )


def test_accuracy_check_passes_with_the_evaluator_numbers_on_the_seed(seed):
    result = accuracy(seed, SEEDS)

    assert result.passed
    metadata = values(result)
    assert metadata["eval/quantity_f1"] == 1.0 and metadata["eval/strict_f1"] == 1.0


def test_accuracy_check_warns_when_facts_are_missed(seed):
    result = accuracy(seed, SEEDS, facts=seed["facts"].iloc[:5])

    assert not result.passed and result.severity == AssetCheckSeverity.WARN
    assert values(result)["eval/quantity_recall"] == pytest.approx(5 / len(KEY["facts"]))


def test_accuracy_check_passes_with_a_note_when_there_are_no_answer_keys(seed, tmp_path):
    result = accuracy(seed, tmp_path)

    assert result.passed
    assert "No *.gold.json" in values(result)["note"]


# ------------------------------------------------------------------ rendering


def test_markdown_tables_escape_pipes_and_stop_at_twenty_rows():
    table = markdown_table(pd.DataFrame({"a": [f"x|{i}" for i in range(25)]}))

    assert "x\\|0" in table
    assert "x\\|20" not in table and "5 more rows" in table
