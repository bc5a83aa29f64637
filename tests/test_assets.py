"""The pipeline end to end, in process: build, rebuild incrementally, refuse to publish bad data.

The engine is replaced by `gold_engine`, which returns the seed's answer key located
in the text it is given, so that these specifications do not depend on the state of
the real engine (tested on its own), and so that every fact is a real, valid row.
"""

import datetime as dt
import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
from dagster import AssetKey, DagsterInstance, ExecuteInProcessResult, instance_for_test

import pipeline.cache as cache_module
import pipeline.extract as engine
from pipeline.assets import HEADER_FIELDS, extracted_tables, frame_from_rows
from pipeline.cache import (
    ArticleToExtract,
    ExtractionCache,
    decode_extraction,
    encode_extraction,
    extract_with_cache,
    rekey,
)
from pipeline.definitions import defs
from pipeline.extract import Extraction
from pipeline.ingest import list_article_files, read_articles
from schemas.tables import TABLE_SCHEMAS, ArticleSchema, EntitySchema, FactSchema, PersonSchema

SEED = Path(__file__).resolve().parents[1] / "seeds" / "astana-investments-2024-11-29.txt"
GOLD = SEED.with_name("astana-investments-2024-11-29.gold.json")
FACT_FIELDS = (
    "subject", "subject_type", "measure", "item", "value", "value_high", "unit", "per", "qualifier", "status",
    "period_start", "period_end", "compared_to_start", "compared_to_end", "equivalent_value", "equivalent_unit",
)  # fmt: skip
DATE_FIELDS = ("period_start", "period_end", "compared_to_start", "compared_to_end")


def gold_engine(calls: list[str], unit: str | None = None) -> Callable[[str, str], Extraction]:
    """An engine that finds the seed's answer-key quotes in any text; records each call in `calls`.

    Quotes are searched in key order from the previous hit, so repeated quotes ("7%")
    get their own offsets; quotes missing from the text yield no fact. `unit`
    overrides every fact's unit (to make invalid rows).
    """
    key = json.loads(GOLD.read_text(encoding="utf-8"))

    def extract(text: str, article_id: str) -> Extraction:
        calls.append(article_id)
        facts, cursor = [], 0
        for gold in key["facts"]:
            start = text.find(gold["quote"], cursor)
            if start < 0:
                continue
            end, cursor = start + len(gold["quote"]), start + 1
            fact = {field: gold[field] for field in FACT_FIELDS}
            fact |= {f: gold[f] and dt.date.fromisoformat(gold[f]) for f in DATE_FIELDS}
            fact |= {"fact_id": f"{article_id}:{start}-{end}", "article_id": article_id, "quote": gold["quote"]}
            fact |= {"char_start": start, "char_end": end, "sentence_start": 0, "sentence_end": len(text)}
            facts.append(fact | ({"unit": unit} if unit else {}))
        published = re.search(r"date (\d{4}-\d{2}-\d{2})", text)
        header = {"title": None, "dateline": "ASTANA", "publisher": None}
        header["published_date"] = published and dt.date.fromisoformat(published.group(1))
        return Extraction(
            article=header,
            facts=facts,
            entities=[{"article_id": article_id, **e} for e in key["entities"]],
            people=[{"article_id": article_id, **p} for p in key["people"]],
        )

    return extract


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """SEEDS_DIR holding the seed article and its answer key."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(GOLD, folder / GOLD.name)
    monkeypatch.setenv("SEEDS_DIR", str(folder))
    return folder


@pytest.fixture
def outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """OUTPUTS_DIR, empty."""
    folder = tmp_path / "outputs"
    monkeypatch.setenv("OUTPUTS_DIR", str(folder))
    return folder


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Article ids the (gold) engine was called on."""
    made: list[str] = []
    monkeypatch.setattr(engine, "extract_article", gold_engine(made))
    return made


@pytest.fixture
def instance():
    with instance_for_test() as test_instance:
        yield test_instance


def build(instance: DagsterInstance, **kwargs) -> ExecuteInProcessResult:
    """One run of the job that "Materialize all", the schedule and the sensor launch."""
    return defs.resolve_job_def("newsfacts_job").execute_in_process(instance=instance, raise_on_error=False, **kwargs)


def metadata_of(result: ExecuteInProcessResult, asset: str) -> dict:
    """The plain metadata values of the asset's materialization in `result`."""
    events = result.get_asset_materialization_events()
    [materialization] = [
        e.event_specific_data.materialization
        for e in events
        if e.event_specific_data.materialization.asset_key == AssetKey(asset)
    ]
    return {key: value.value for key, value in materialization.metadata.items()}


def materialized(result: ExecuteInProcessResult) -> set[str]:
    """Names of the assets materialized by the run."""
    return {
        e.event_specific_data.materialization.asset_key.to_user_string()
        for e in result.get_asset_materialization_events()
    }


def failed_checks(result: ExecuteInProcessResult) -> list:
    """The check evaluations of the run that did not pass."""
    return [e for e in result.get_asset_check_evaluations() if not e.passed]


def published_files(outputs: Path) -> dict[str, bytes]:
    """Every published file's bytes by relative path (the extraction cache is not part of the dataset)."""
    return {
        str(p.relative_to(outputs)): p.read_bytes()
        for p in sorted(outputs.rglob("*"))
        if p.is_file() and "cache" not in p.relative_to(outputs).parts
    }


def read_table(outputs: Path, table: str):
    """A published table, from its Parquet file."""
    import pandas as pd

    return pd.read_parquet(outputs / "parquet" / f"{table}.parquet")


# ------------------------------------------------------------------ building


def test_a_full_build_publishes_every_table_as_parquet_and_duckdb(seeds, outputs, calls, instance):
    result = build(instance)

    assert result.success
    assert materialized(result) >= {*TABLE_SCHEMAS, "newsfacts_dataset"}
    assert (outputs / "datapackage.json").is_file()
    assert {p.name for p in (outputs / "parquet").iterdir() if not p.name.startswith(".")} == {
        f"{t}.parquet" for t in TABLE_SCHEMAS
    }


def test_duckdb_tables_hold_exactly_the_parquet_rows(seeds, outputs, calls, instance):
    build(instance)

    db = duckdb.connect(str(outputs / "newsfacts.duckdb"), read_only=True)
    try:
        for table in TABLE_SCHEMAS:
            parquet = f"read_parquet('{outputs / 'parquet' / f'{table}.parquet'}')"
            only_db = f"SELECT count(*) FROM (SELECT * FROM {table} EXCEPT ALL SELECT * FROM {parquet})"
            only_parquet = f"SELECT count(*) FROM (SELECT * FROM {parquet} EXCEPT ALL SELECT * FROM {table})"
            assert db.execute(only_db).fetchall() == [(0,)], table
            assert db.execute(only_parquet).fetchall() == [(0,)], table
            assert db.execute(f"SELECT count(*) FROM {table}").fetchall() == [(len(read_table(outputs, table)),)]
    finally:
        db.close()


def test_the_seed_article_yields_its_facts_entities_and_people(seeds, outputs, calls, instance):
    build(instance)

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert read_table(outputs, "articles")["article_id"].tolist() == [SEED.stem]
    assert len(read_table(outputs, "facts")) == len(gold["facts"])
    assert len(read_table(outputs, "entities")) == len(gold["entities"])
    assert len(read_table(outputs, "people")) == len(gold["people"])


def test_every_check_passes_on_the_seed(seeds, outputs, calls, instance):
    result = build(instance)

    evaluations = {(e.asset_key.to_user_string(), e.check_name): e.passed for e in result.get_asset_check_evaluations()}
    assert len(evaluations) == 9
    assert all(evaluations.values()), evaluations


def test_table_assets_show_row_count_column_schema_and_preview(seeds, outputs, calls, instance):
    result = build(instance)

    for table, model in TABLE_SCHEMAS.items():
        metadata = metadata_of(result, table)
        assert metadata["dagster/row_count"] == len(read_table(outputs, table))
        described = {c.name: c.description for c in metadata["dagster/column_schema"].columns}
        assert described == {name: col.description for name, col in model.to_schema().columns.items()}
        assert metadata["preview"].startswith("|") or metadata["preview"] == "_(no rows)_"


def test_facts_metadata_carries_the_evaluator_scores_when_answer_keys_exist(seeds, outputs, calls, instance):
    result = build(instance)

    metadata = metadata_of(result, "facts")
    assert metadata["eval/quantity_f1"] == 1.0
    assert metadata["eval/scored_articles"] == 1


# ------------------------------------------------------------------ incremental


def test_a_rerun_with_nothing_changed_extracts_nothing(seeds, outputs, calls, instance):
    build(instance)
    calls.clear()

    result = build(instance)

    assert calls == []
    metadata = metadata_of(result, "extractions")
    assert (metadata["extracted"], metadata["reused"], metadata["cache_written"]) == (0, 1, False)


def test_a_rerun_with_nothing_changed_republishes_identical_parquet_and_package(seeds, outputs, calls, instance):
    build(instance)
    before = published_files(outputs)

    build(instance)

    after = published_files(outputs)
    # A DuckDB file is rebuilt with fresh internal ids: its rows are compared in another test, not its bytes.
    assert {k: v for k, v in after.items() if k != "newsfacts.duckdb"} == {
        k: v for k, v in before.items() if k != "newsfacts.duckdb"
    }


def test_a_changed_article_replaces_its_rows(seeds, outputs, calls, instance):
    build(instance)
    article = seeds / SEED.name
    first_paragraph = article.read_text(encoding="utf-8").split("\n\n")[0]
    article.write_text(first_paragraph, encoding="utf-8")
    calls.clear()

    result = build(instance)

    assert calls == [SEED.stem]
    assert metadata_of(result, "extractions")["extracted"] == 1
    facts = read_table(outputs, "facts")
    assert 0 < len(facts) < len(json.loads(GOLD.read_text(encoding="utf-8"))["facts"])
    assert (facts["char_end"] <= len(first_paragraph)).all()
    assert read_table(outputs, "articles")["n_chars"].tolist() == [len(first_paragraph)]


def test_a_removed_article_disappears_from_every_table(seeds, outputs, calls, instance):
    shutil.copy(SEED, seeds / "second-article.txt")
    (seeds / "second-article.txt").write_text(SEED.read_text(encoding="utf-8") + "\nA second version.", "utf-8")
    build(instance)
    assert "second-article" in set(read_table(outputs, "facts")["article_id"])

    (seeds / "second-article.txt").unlink()
    build(instance)

    for table in ("articles", "facts", "entities", "people"):
        assert set(read_table(outputs, table)["article_id"]) == {SEED.stem}, table
    cached = ExtractionCache(outputs / "cache", engine.EXTRACTOR_VERSION).load()
    assert cached.column("article_id").to_pylist() == [SEED.stem]


def test_a_renamed_article_is_reused_under_its_new_id(seeds, outputs, calls, instance):
    build(instance)
    (seeds / SEED.name).rename(seeds / "renamed.txt")
    calls.clear()

    result = build(instance)

    assert calls == []
    assert metadata_of(result, "extractions")["reused"] == 1
    facts = read_table(outputs, "facts")
    assert set(facts["article_id"]) == {"renamed"}
    assert facts["fact_id"].str.startswith("renamed:").all()


def test_cached_facts_with_hashed_ids_are_rekeyed_by_the_engine_id_function():
    def make(article_id: str, start: int, end: int) -> str:
        return hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]

    fact = {"fact_id": make("old", 3, 5), "article_id": "old", "char_start": 3, "char_end": 5}
    extraction = Extraction(article={}, facts=[fact], people=[{"article_id": "old", "name": "A B"}])

    moved = rekey(extraction, "old", "new", make)

    assert (moved.facts[0]["fact_id"], moved.facts[0]["article_id"]) == (make("new", 3, 5), "new")
    assert moved.people[0]["article_id"] == "new"
    assert rekey(extraction, "old", "new", None) is None  # an unknown id scheme: extract again


def test_an_engine_crash_rejects_only_that_article(seeds, outputs, monkeypatch, instance):
    (seeds / "crashes.txt").write_text("date 2024-11-30 ASTANA – 5 plants.", encoding="utf-8")
    fine = gold_engine([])

    def flaky(text: str, article_id: str) -> Extraction:
        if article_id == "crashes":
            raise RuntimeError("boom")
        return fine(text, article_id)

    monkeypatch.setattr(engine, "extract_article", flaky)

    result = build(instance)

    assert result.success
    rejected = read_table(outputs, "rejected_articles")
    assert rejected["file_name"].tolist() == ["crashes.txt"]
    assert "RuntimeError: boom" in rejected["reason"].iloc[0]
    assert read_table(outputs, "articles")["article_id"].tolist() == [SEED.stem]


def test_an_engine_crashing_on_most_articles_publishes_nothing(seeds, outputs, calls, monkeypatch, instance):
    assert build(instance).success
    before = published_files(outputs)

    def broken(text: str, article_id: str) -> Extraction:
        raise ModuleNotFoundError("No module named 'pipeline.extract.entities'")

    monkeypatch.setattr(engine, "extract_article", broken)
    monkeypatch.setattr(engine, "EXTRACTOR_VERSION", "broken")

    result = build(instance)

    assert not result.success
    assert "newsfacts_dataset" not in materialized(result)
    assert published_files(outputs) == before


def test_extracting_in_worker_processes_gives_the_rows_of_one_process(monkeypatch):
    text = SEED.read_text(encoding="utf-8")
    articles = [ArticleToExtract(f"a{n}", f"{n:064x}", text + f"\nNote {n}.") for n in range(3)]
    monkeypatch.setattr(cache_module, "PARALLEL_MIN_ARTICLES", 1)

    serial = extract_with_cache(articles, None, engine.extract_article, workers=1)
    parallel = extract_with_cache(articles, None, engine.extract_article, workers=2)

    assert parallel.entries.equals(serial.entries) and parallel.failures == serial.failures
    assert parallel.articles.equals(serial.articles)


# ------------------------------------------------------------------ tables from the cache


def frames_from_rows(results: dict[str, Extraction]) -> dict[str, pd.DataFrame]:
    """The tables as built row by row from the engine's JSON form: what the cached tables must equal."""
    rows = {aid: decode_extraction(encode_extraction(results[aid])) for aid in sorted(results)}
    headers = [{"article_id": aid} | {f: x.article.get(f) for f in HEADER_FIELDS} for aid, x in rows.items()]
    return {
        "headers": frame_from_rows(headers, ArticleSchema)[["article_id", *HEADER_FIELDS]],
        "facts": frame_from_rows([r for x in rows.values() for r in x.facts], FactSchema),
        "entities": frame_from_rows([r for x in rows.values() for r in x.entities], EntitySchema),
        "people": frame_from_rows([r for x in rows.values() for r in x.people], PersonSchema),
    }


def assert_tables_equal(tables, expected: dict[str, pd.DataFrame]) -> None:
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(getattr(tables, name), frame, check_exact=True, obj=name)


def corpus_articles() -> list[ArticleToExtract]:
    root = Path(__file__).resolve().parents[1]
    accepted, _ = read_articles(list_article_files(root / "tests" / "corpus") + list_article_files(root / "seeds"))
    return [ArticleToExtract(a.article_id, a.sha256, a.text) for a in accepted]


def replaying(results: dict[str, Extraction]) -> Callable[[str, str], Extraction]:
    return lambda text, article_id: results[article_id]


def test_cached_tables_equal_tables_built_from_rows_for_the_real_engine(tmp_path):
    articles = corpus_articles()
    results = {a.article_id: engine.extract_article(a.text, a.article_id) for a in articles}
    cache = ExtractionCache(tmp_path, "v")

    first = extract_with_cache(articles, cache.load(), replaying(results))
    cache.save(first.entries)
    again = extract_with_cache(articles, cache.load(), replaying({}))

    assert (first.n_extracted, again.n_reused, again.cache_changed) == (len(articles), len(articles), False)
    expected = frames_from_rows(results)
    assert_tables_equal(extracted_tables(first), expected)
    assert_tables_equal(extracted_tables(again), expected)
    assert len(expected["facts"]) > 100 and expected["entities"]["aliases"].map(len).sum() > 0


def test_cached_tables_keep_missing_values_ints_in_float_columns_and_empty_articles():
    fact = {column: None for column in FactSchema.to_schema().columns} | {
        "fact_id": "a:0-1", "article_id": "a", "quote": "5", "char_start": 0, "char_end": 1, "subject": "X",
        "subject_type": "region", "measure": "jobs", "value": 5, "unit": "jobs", "qualifier": "exact",
        "status": "actual", "sentence_start": 0, "sentence_end": 1, "period_start": dt.date(2024, 1, 1),
    }  # fmt: skip
    entity = {"article_id": "a", "name": "X", "type": "region", "aliases": [], "founded_year": None, "sector": None}
    results = {
        "a": Extraction(article={"title": None, "published_date": None}, facts=[fact], entities=[entity]),
        "b": Extraction(article={"publisher": "Kazinform", "extra": 1}),
    }
    articles = [ArticleToExtract(aid, f"{n:064x}", "5") for n, aid in enumerate(results)]

    run = extract_with_cache(articles, None, replaying(results))

    assert run.articles.column("payload").null_count == 2  # both fit the cache's types
    assert_tables_equal(extracted_tables(run), frames_from_rows(results))  # no one has people
    assert_tables_equal(extracted_tables(extract_with_cache([], None, replaying({}))), frames_from_rows({}))


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"value_high": float("nan"), "item": float("nan")},
        {"value": np.float64(2.5), "char_start": np.int64(0)},
        {"period_start": dt.datetime(2024, 1, 1), "period_end": pd.Timestamp("2024-12-31")},
        {"equivalent_value": pd.NA, "per": pd.NaT},
        {"value": float("inf")},
    ],
)
def test_engine_values_are_cached_as_their_json_form_reads_back(change):
    [article] = corpus_articles()[:1]
    result = engine.extract_article(article.text, article.article_id)
    changed = Extraction({**result.article, "note": ("kept", 1)}, [result.facts[0] | change, *result.facts[1:]])

    for extraction in (result, changed):
        record = cache_module.record_of(extraction)
        document = json.loads(encode_extraction(extraction))
        assert record.typed == cache_module.typed_document(document)
        assert (record.payload is None) == (record.typed is not None)


@pytest.mark.parametrize(
    "odd",
    [
        {"unit": 5},
        {"char_start": 0.0},
        {"char_start": True},
        {"period_start": "spring 2024"},
        {"value": "1.3 trillion"},
        {"value": 2**60},
        {"unexpected_column": 1},
    ],
)
def test_values_that_do_not_fit_the_cache_reach_the_tables_as_they_are(odd, tmp_path):
    articles = corpus_articles()[:3]
    results = {a.article_id: engine.extract_article(a.text, a.article_id) for a in articles}
    first = results[articles[0].article_id]
    results[articles[0].article_id] = Extraction(first.article, [first.facts[0] | odd, *first.facts[1:]])
    cache = ExtractionCache(tmp_path, "v")

    run = extract_with_cache(articles, cache.load(), replaying(results))
    cache.save(run.entries)
    again = extract_with_cache(articles, cache.load(), replaying({}))

    assert run.articles.column("payload").null_count == 2
    assert_tables_equal(extracted_tables(run), frames_from_rows(results))
    assert_tables_equal(extracted_tables(again), frames_from_rows(results))


def test_articles_sharing_a_content_each_get_rows_and_the_cache_keeps_one_entry():
    articles = [ArticleToExtract(aid, "0" * 64, SEED.read_text(encoding="utf-8")) for aid in ("a", "b")]
    calls: list[str] = []

    run = extract_with_cache(articles, None, gold_engine(calls))

    assert calls == ["a", "b"]
    assert run.articles.column("article_id").to_pylist() == ["a", "b"]
    assert run.entries.column("article_id").to_pylist() == ["b"]
    assert set(extracted_tables(run).facts["article_id"]) == {"a", "b"}


def test_a_cache_of_another_layout_is_rebuilt(tmp_path):
    cache = ExtractionCache(tmp_path, "v")
    cache.path.write_bytes(b"not parquet")
    assert cache.load().num_rows == 0


# ------------------------------------------------------------------ validation before publishing


def break_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new engine release that emits a unit outside the vocabulary."""
    monkeypatch.setattr(engine, "extract_article", gold_engine([], unit="furlong"))
    monkeypatch.setattr(engine, "EXTRACTOR_VERSION", engine.EXTRACTOR_VERSION + "-broken")


def test_a_failed_blocking_check_stops_publishing_and_keeps_previous_outputs(
    seeds, outputs, calls, monkeypatch, instance
):
    assert build(instance).success
    before = published_files(outputs)
    break_the_engine(monkeypatch)

    result = build(instance)

    assert not result.success
    failed = {
        (e.asset_key.to_user_string(), e.check_name) for e in result.get_asset_check_evaluations() if not e.passed
    }
    assert ("facts", "pandera_schema") in failed
    assert "newsfacts_dataset" not in materialized(result)
    assert published_files(outputs) == before


def test_a_failed_schema_check_lists_the_offending_rows(seeds, outputs, calls, monkeypatch, instance):
    break_the_engine(monkeypatch)

    result = build(instance)

    [evaluation] = [
        e
        for e in result.get_asset_check_evaluations()
        if (e.asset_key, e.check_name) == (AssetKey("facts"), "pandera_schema")
    ]
    metadata = {key: value.value for key, value in evaluation.metadata.items()}
    assert metadata["offending_row_count"] == len(json.loads(GOLD.read_text(encoding="utf-8"))["facts"])
    assert "furlong" in metadata["offending_rows"]


def test_publishing_alone_refuses_tables_that_failed_their_checks(seeds, outputs, calls, monkeypatch, instance):
    assert build(instance).success
    before = published_files(outputs)
    break_the_engine(monkeypatch)
    build(instance)

    result = build(instance, asset_selection=[AssetKey("newsfacts_dataset")])

    assert not result.success
    assert published_files(outputs) == before


def test_a_missing_seeds_folder_fails_without_touching_outputs(tmp_path, outputs, calls, monkeypatch, instance):
    monkeypatch.setenv("SEEDS_DIR", str(tmp_path / "nowhere"))

    result = build(instance)

    assert not result.success
    assert not outputs.exists()
