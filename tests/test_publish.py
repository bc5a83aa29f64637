"""Publishing: Parquet, DuckDB and the data package are deterministic, atomic, consistent and documented."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import signal
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import frictionless
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import publish
from pipeline.publish import arrow_schema, publish_dataset
from schemas.tables import TABLE_SCHEMAS, GroundedFactSchema, column_descriptions, empty_frame

REPO = Path(__file__).resolve().parents[1]
PARQUET_FILES = [f"parquet/{name}.parquet" for name in TABLE_SCHEMAS]
OUTPUT_FILES = [*PARQUET_FILES, "datapackage.json", "newsfacts.duckdb"]

# Hand-made articles. Non-ASCII characters (– ’) stand before quotes so that offsets are tested as characters.
TEXTS = {
    "a": (
        "ASTANA – Qazaq Steel got 30 billion tenge ($58.6 million) in 2024. "
        "The plant will invest 10 billion tenge more and $5 million from partners. "
        "Its site covers 12 hectares, and it can produce 200,000 tons of steel pipes per year. "
        "Output grew 7%.\n"
    ),
    "b": "Almaty’s industry – output hit 5 billion tenge in ten months. Almaty Cement made 3,000 tons.\n",
    "c": "A firm got 1 billion tenge and 2 million euros.\n",
}


def fact(article_id: str, quote: str, sentence: str, **fields: object) -> dict:
    """One fact row of `article_id` whose offsets are found in its text."""
    text = TEXTS[article_id]
    start, sentence_start = text.index(quote), text.index(sentence)
    row = dict.fromkeys(empty_frame(TABLE_SCHEMAS["facts"]).columns)
    row.update(
        fact_id=f"{article_id}:{start}-{start + len(quote)}",
        article_id=article_id,
        quote=quote,
        char_start=start,
        char_end=start + len(quote),
        subject="Qazaq Steel",
        subject_type="enterprise",
        measure="investment",
        unit="KZT",
        qualifier="exact",
        status="actual",
        sentence_start=sentence_start,
        sentence_end=sentence_start + len(sentence),
    )
    row.update(fields)
    return row


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A frame with exactly the model's columns, numeric columns typed as the model wants."""
    columns = list(empty_frame(TABLE_SCHEMAS[name]).columns)
    result = pd.DataFrame(rows, columns=columns)
    for column, field in zip(columns, arrow_schema(TABLE_SCHEMAS[name]), strict=True):
        if pa.types.is_floating(field.type):
            result[column] = result[column].astype("float64")
        elif pa.types.is_integer(field.type):
            result[column] = result[column].astype("Int64" if field.nullable else "int64")
    return result


def sample_dataset() -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Published tables and article texts of the three hand-made articles, validated with the models."""
    s1 = "ASTANA – Qazaq Steel got 30 billion tenge ($58.6 million) in 2024."
    s2 = "The plant will invest 10 billion tenge more and $5 million from partners."
    s3 = "Its site covers 12 hectares, and it can produce 200,000 tons of steel pipes per year."
    sb = "Almaty’s industry – output hit 5 billion tenge in ten months."
    sc = "A firm got 1 billion tenge and 2 million euros."
    capacity = {"measure": "production_capacity", "item": "steel pipes", "unit": "t", "per": "year"}
    cement = {"subject": "Almaty Cement", "measure": "production", "unit": "t"}
    year_2024 = {"period_start": dt.date(2024, 1, 1), "period_end": dt.date(2024, 12, 31)}
    facts = [
        fact("a", "30 billion tenge", s1, value=30e9, equivalent_value=58.6e6, equivalent_unit="USD", **year_2024),
        fact("a", "10 billion tenge", s2, value=10e9, status="planned"),
        fact("a", "$5 million", s2, value=5e6, unit="USD", status="planned"),
        fact("a", "12 hectares", s3, measure="area", value=12.0, unit="ha"),
        fact("a", "200,000 tons", s3, value=2e5, **capacity),
        fact("a", "7%", "Output grew 7%.", measure="growth_rate", item="output", value=7.0, unit="percent"),
        fact("b", "5 billion tenge", sb, subject="Almaty", subject_type="city", measure="output_value", value=5e9),
        fact("b", "3,000 tons", "Almaty Cement made 3,000 tons.", value=3e3, **cement),
        fact("c", "1 billion tenge", sc, subject="firm", subject_type="other", value=1e9),
        fact("c", "2 million euros", sc, subject="firm", subject_type="other", value=2e6, unit="EUR"),
    ]  # fmt: skip
    articles = [
        {"article_id": "a", "file_name": "a.txt", "title": None, "published_date": dt.date(2024, 11, 29),
         "dateline": "ASTANA", "publisher": "Astana Times", "sha256": "a" * 64, "n_chars": len(TEXTS["a"]),
         "encoding": "utf-8"},
        {"article_id": "b", "file_name": "b.txt", "title": "Almaty news", "published_date": dt.date(2024, 11, 3),
         "dateline": None, "publisher": None, "sha256": "b" * 64, "n_chars": len(TEXTS["b"]), "encoding": "cp1251"},
        {"article_id": "c", "file_name": "c.html", "title": None, "published_date": None, "dateline": None,
         "publisher": None, "sha256": "c" * 64, "n_chars": len(TEXTS["c"]), "encoding": "utf-8"},
    ]  # fmt: skip
    entities = [
        {"article_id": "a", "name": "Qazaq Steel", "type": "enterprise", "aliases": ["the plant"],
         "founded_year": 2005, "sector": "steel"},
        {"article_id": "a", "name": "Astana", "type": "city", "aliases": [], "founded_year": None, "sector": None},
    ]  # fmt: skip
    people = [{"article_id": "a", "name": "Yevgeniy Glotov", "role": "Deputy Mayor", "organization": "Astana"}]
    rejected = [{"file_name": "empty.txt", "sha256": "e" * 64, "reason": "The file is empty."}]
    tables = {
        "articles": frame("articles", articles),
        "facts": frame("facts", facts),
        "entities": frame("entities", entities),
        "people": frame("people", people),
        "rejected_articles": frame("rejected_articles", rejected),
    }
    texts = pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())})
    for name, table in tables.items():
        TABLE_SCHEMAS[name].validate(table)
    GroundedFactSchema.validate(tables["facts"].merge(texts.rename(columns={"text": "article_text"})))
    return tables, texts


def other_dataset() -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """A dataset that differs from `sample_dataset` in every table (the first two articles only)."""
    tables, texts = sample_dataset()
    tables = {
        name: table[table.get("article_id", pd.Series("x", index=table.index)) != "c"] for name, table in tables.items()
    }
    tables["articles"] = tables["articles"].assign(publisher="Other")
    tables["entities"] = tables["entities"].iloc[:1]
    tables["people"] = tables["people"].assign(role="Mayor")
    tables["rejected_articles"] = frame("rejected_articles", [])
    return tables, texts[texts["article_id"] != "c"]


def query(database: Path, sql: str) -> list[tuple]:
    """Rows of `sql` from a read-only connection that is closed again (DuckDB caches open databases by path)."""
    connection = duckdb.connect(str(database), read_only=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def snapshot(outputs: Path) -> dict[str, object]:
    """What a reader sees: every Parquet table's rows, the package, and every DuckDB table's rows."""
    seen: dict[str, object] = {path: pq.read_table(outputs / path).to_pylist() for path in PARQUET_FILES}
    seen["datapackage.json"] = json.loads((outputs / "datapackage.json").read_text())
    seen["newsfacts.duckdb"] = {
        name: query(outputs / "newsfacts.duckdb", f"SELECT * FROM {name}") for name in [*TABLE_SCHEMAS, "article_texts"]
    }
    return seen


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    outputs = tmp_path_factory.mktemp("published")
    tables, texts = sample_dataset()
    publish_dataset(tables, outputs, article_texts=texts)
    return outputs


def usd_rows(outputs: Path) -> dict[str, tuple]:
    rows = query(outputs / "newsfacts.duckdb", "SELECT quote, value_usd, usd_source FROM facts_usd")
    return {quote: (value_usd, source) for quote, value_usd, source in rows}


# ---------------------------------------------------------------- schemas and layout


def test_arrow_schema_follows_the_pandera_model_types_and_nullability() -> None:
    facts = arrow_schema(TABLE_SCHEMAS["facts"])
    assert facts.names == list(column_descriptions(TABLE_SCHEMAS["facts"]))
    assert facts.field("quote").type == pa.string() and not facts.field("quote").nullable
    assert facts.field("char_start").type == pa.int64()
    assert facts.field("value").type == pa.float64()
    assert facts.field("period_start").type == pa.date32() and facts.field("period_start").nullable
    entities = arrow_schema(TABLE_SCHEMAS["entities"])
    assert entities.field("aliases").type == pa.list_(pa.string())
    assert entities.field("founded_year").type == pa.int64() and entities.field("founded_year").nullable


def test_publish_writes_every_table_as_parquet_plus_duckdb_and_package(published: Path) -> None:
    for path in OUTPUT_FILES:
        assert (published / path).is_file(), path
    assert not list(published.glob("**/.*.tmp-*"))


def test_publish_returns_row_counts_and_paths(tmp_path: Path) -> None:
    tables, texts = sample_dataset()
    result = publish_dataset(tables, tmp_path, article_texts=texts)
    assert {name: result[name] for name in TABLE_SCHEMAS} == {name: len(table) for name, table in tables.items()}
    assert result["duckdb_path"] == str(tmp_path / "newsfacts.duckdb")
    assert result["datapackage_path"] == str(tmp_path / "datapackage.json")
    assert result["parquet_paths"]["facts"] == str(tmp_path / "parquet" / "facts.parquet")


def test_parquet_holds_the_input_rows_with_the_model_schema(published: Path) -> None:
    tables, _ = sample_dataset()
    for name, table in tables.items():
        written = pq.read_table(published / "parquet" / f"{name}.parquet")
        assert written.schema.equals(arrow_schema(TABLE_SCHEMAS[name])), name
        assert written.num_rows == len(table)
    facts = pq.read_table(published / "parquet" / "facts.parquet").to_pandas()
    assert set(facts["fact_id"]) == set(tables["facts"]["fact_id"])
    assert facts.loc[facts["quote"] == "30 billion tenge", "period_start"].item() == dt.date(2024, 1, 1)


def test_parquet_and_duckdb_hold_the_same_rows_and_columns(published: Path) -> None:
    database = published / "newsfacts.duckdb"
    for name in TABLE_SCHEMAS:
        parquet = pq.read_table(published / "parquet" / f"{name}.parquet")
        connection = duckdb.connect(str(database), read_only=True)
        try:
            relation = connection.sql(f"SELECT * FROM {name}")
            in_duckdb = relation.to_arrow_table() if hasattr(relation, "to_arrow_table") else relation.arrow()
        finally:
            connection.close()
        assert in_duckdb.column_names == parquet.column_names, name
        assert in_duckdb.to_pylist() == parquet.to_pylist(), name


def test_duckdb_keeps_the_models_required_columns_not_null(published: Path) -> None:
    rows = query(
        published / "newsfacts.duckdb",
        "SELECT column_name, is_nullable FROM duckdb_columns() WHERE table_name = 'facts'",
    )
    nullable = {column: is_nullable for column, is_nullable in rows}
    assert nullable["quote"] is False and nullable["value"] is False
    assert nullable["item"] is True and nullable["period_start"] is True


def test_rows_are_sorted_by_a_stable_key_whatever_the_input_order(tmp_path: Path) -> None:
    tables, texts = sample_dataset()
    shuffled = {name: table.sample(frac=1, random_state=7) for name, table in tables.items()}
    publish_dataset(shuffled, tmp_path, article_texts=texts)
    facts = pq.read_table(tmp_path / "parquet" / "facts.parquet").to_pandas()
    assert list(facts["fact_id"]) == list(tables["facts"].sort_values(["article_id", "char_start"])["fact_id"])


def test_two_publishes_of_the_same_frames_are_byte_identical(tmp_path: Path) -> None:
    tables, texts = sample_dataset()
    publish_dataset(tables, tmp_path / "one", article_texts=texts)
    reordered = {name: table.iloc[::-1].reset_index(drop=True) for name, table in tables.items()}
    publish_dataset(reordered, tmp_path / "two", article_texts=texts.iloc[::-1])
    for path in [*PARQUET_FILES, "datapackage.json"]:
        assert (tmp_path / "one" / path).read_bytes() == (tmp_path / "two" / path).read_bytes(), path
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_publishing_again_into_the_same_folder_gives_the_same_bytes(tmp_path: Path) -> None:
    tables, texts = sample_dataset()
    publish_dataset(tables, tmp_path, article_texts=texts)
    before = {path: (tmp_path / path).read_bytes() for path in PARQUET_FILES}
    publish_dataset(tables, tmp_path, article_texts=texts)
    assert before == {path: (tmp_path / path).read_bytes() for path in PARQUET_FILES}


def test_publish_replaces_the_previous_dataset(tmp_path: Path) -> None:
    publish_dataset(sample_dataset()[0], tmp_path)
    tables, texts = other_dataset()
    publish_dataset(tables, tmp_path, article_texts=texts)
    assert query(tmp_path / "newsfacts.duckdb", "SELECT count(*) FROM facts")[0][0] == len(tables["facts"])
    assert pq.read_table(tmp_path / "parquet" / "rejected_articles.parquet").num_rows == 0


def test_publish_into_a_folder_with_glob_and_quote_characters_in_its_name(tmp_path: Path) -> None:
    outputs = tmp_path / "it's [a] *folder*"
    tables, texts = sample_dataset()
    publish_dataset(tables, outputs, article_texts=texts)
    assert query(outputs / "newsfacts.duckdb", "SELECT count(*) FROM facts") == [(len(tables["facts"]),)]


def test_missing_or_extra_tables_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    tables, _ = sample_dataset()
    with pytest.raises(ValueError, match="missing"):
        publish_dataset({k: v for k, v in tables.items() if k != "people"}, tmp_path)
    with pytest.raises(ValueError, match="not published"):
        publish_dataset({**tables, "article_texts": pd.DataFrame()}, tmp_path)
    assert not (tmp_path / "newsfacts.duckdb").exists()


def test_null_in_a_required_column_is_refused(tmp_path: Path) -> None:
    tables, _ = sample_dataset()
    tables["facts"].loc[0, "subject"] = None
    with pytest.raises(ValueError, match="subject"):
        publish_dataset(tables, tmp_path)


# ---------------------------------------------------------------- atomicity


def test_failed_publish_leaves_the_previous_dataset_and_no_temporary_files(tmp_path: Path, monkeypatch) -> None:
    tables, texts = sample_dataset()
    publish_dataset(tables, tmp_path, article_texts=texts)
    before = snapshot(tmp_path)

    def broken_build(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(publish, "build_duckdb", broken_build)
    with pytest.raises(RuntimeError, match="disk full"):
        publish_dataset(other_dataset()[0], tmp_path)
    assert snapshot(tmp_path) == before
    assert not list(tmp_path.glob("**/.*.tmp-*"))


def test_stale_temporary_files_of_killed_runs_are_removed(tmp_path: Path) -> None:
    (tmp_path / "parquet").mkdir()
    stale = [tmp_path / ".newsfacts.duckdb.tmp-99999", tmp_path / ".newsfacts.duckdb.tmp-99999.wal"]
    stale += [tmp_path / ".datapackage.json.tmp-99999", tmp_path / "parquet" / ".facts.parquet.tmp-99999"]
    for path in stale:
        path.write_bytes(b"half written")
    publish_dataset(sample_dataset()[0], tmp_path)
    assert not any(path.exists() for path in stale)


READER = """
import sys, duckdb
connection = duckdb.connect(sys.argv[1], read_only=True)
print(connection.execute("SELECT count(*) FROM facts").fetchone()[0], flush=True)
sys.stdin.readline()
print(connection.execute("SELECT count(*) FROM facts").fetchone()[0], flush=True)
print(connection.execute("SELECT count(*) FROM fact_evidence WHERE quote_found").fetchone()[0], flush=True)
"""


@pytest.mark.slow
def test_read_only_reader_in_another_process_neither_blocks_nor_breaks_a_publish(tmp_path: Path) -> None:
    old_tables, old_texts = sample_dataset()
    publish_dataset(old_tables, tmp_path, article_texts=old_texts)
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(tmp_path / "newsfacts.duckdb")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert int(reader.stdout.readline()) == len(old_tables["facts"])  # the reader holds the database open
        new_tables, new_texts = other_dataset()
        publisher = threading.Thread(
            target=publish_dataset, args=(new_tables, tmp_path), kwargs={"article_texts": new_texts}
        )
        publisher.start()
        publisher.join(timeout=60)
        assert not publisher.is_alive(), "the publish was blocked by the reader"
        out, _ = reader.communicate("go on\n", timeout=60)
    finally:
        reader.kill()
    assert reader.returncode == 0
    assert [int(line) for line in out.split()] == [len(old_tables["facts"])] * 2  # the old snapshot, still whole
    assert query(tmp_path / "newsfacts.duckdb", "SELECT count(*) FROM facts")[0][0] == len(new_tables["facts"])


PUBLISHER = """
import os, pickle, sys, time
from pathlib import Path
from pipeline import publish

tables, texts = pickle.loads(Path(sys.argv[2]).read_bytes())
def slowly(step, marker):
    def run(*args, **kwargs):
        print(marker(*args), flush=True)
        time.sleep(0.2)
        return step(*args, **kwargs)
    return run
publish.write_parquet = slowly(publish.write_parquet, lambda table, path: "stage " + Path(path).name)
publish._create_article_texts = slowly(publish._create_article_texts, lambda *args: "inside duckdb build")
os.replace = slowly(os.replace, lambda source, target: "replace " + Path(target).name)
publish.publish_dataset(tables, Path(sys.argv[1]), article_texts=texts)
print("done", flush=True)
"""


@pytest.mark.slow
def test_publish_killed_at_any_step_leaves_a_readable_dataset(tmp_path: Path) -> None:
    outputs = tmp_path / "outputs"
    publish_dataset(sample_dataset()[0], outputs)
    old = snapshot(outputs)
    new_dataset = other_dataset()
    publish_dataset(new_dataset[0], tmp_path / "expected", article_texts=new_dataset[1])
    new = snapshot(tmp_path / "expected")
    frames = tmp_path / "frames.pickle"
    frames.write_bytes(pickle.dumps(new_dataset))
    steps = ["stage"] * len(PARQUET_FILES) + ["inside duckdb build"] + ["replace"] * len(OUTPUT_FILES)
    for kill_after in range(1, len(steps) + 1):
        _run_and_kill(outputs, frames, kill_after)
        # Files move in OUTPUT_FILES order; the kill lands just before the move of the step it follows.
        moved = max(0, kill_after - steps.index("replace") - 1)
        seen = snapshot(outputs)
        for index, path in enumerate(OUTPUT_FILES):
            expected = new if index < moved else old
            assert seen[path] == expected[path], f"{path} after a kill at step {kill_after}"
    publish_dataset(new_dataset[0], outputs, article_texts=new_dataset[1])
    assert snapshot(outputs) == new
    assert not list(outputs.glob("**/.*.tmp-*"))


def _run_and_kill(outputs: Path, frames: Path, kill_after: int) -> None:
    """Run a slowed-down publish in a subprocess and SIGKILL it right after its `kill_after`-th step began."""
    process = subprocess.Popen(
        [sys.executable, "-c", PUBLISHER, str(outputs), str(frames)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        for _ in range(kill_after):
            line = process.stdout.readline()
            assert line and line != "done\n", f"the publish ended before step {kill_after}"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        process.kill()
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL


# ---------------------------------------------------------------- comments and views


def test_every_table_and_column_has_a_comment_from_the_models(published: Path) -> None:
    database = published / "newsfacts.duckdb"
    table_comments = dict(query(database, "SELECT table_name, comment FROM duckdb_tables()"))
    for name, model in TABLE_SCHEMAS.items():
        assert table_comments[name] == publish.table_description(model)
        rows = query(database, f"SELECT column_name, comment FROM duckdb_columns() WHERE table_name = '{name}'")
        assert dict(rows) == column_descriptions(model)
    assert table_comments["article_texts"]
    assert (
        None
        not in dict(
            query(database, "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'article_texts'")
        ).values()
    )


def test_every_view_and_view_column_has_a_comment(published: Path) -> None:
    database = published / "newsfacts.duckdb"
    views = dict(query(database, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"))
    assert set(views) == {"facts_usd", "enterprise_profiles", "fact_evidence"}
    assert all(views.values())
    uncommented = query(
        database,
        "SELECT table_name, column_name FROM duckdb_columns() WHERE comment IS NULL "
        "AND table_name IN ('facts_usd', 'enterprise_profiles', 'fact_evidence')",
    )
    assert uncommented == []


def test_facts_usd_uses_the_stated_conversion(published: Path) -> None:
    assert usd_rows(published)["30 billion tenge"] == (58_600_000.0, "stated")


def test_facts_usd_takes_dollar_amounts_as_they_are(published: Path) -> None:
    assert usd_rows(published)["$5 million"] == (5_000_000.0, "unit")


def test_facts_usd_converts_with_the_rate_stated_in_the_same_article(published: Path) -> None:
    value_usd, source = usd_rows(published)["10 billion tenge"]
    assert source == "article_rate"
    assert value_usd == pytest.approx(10e9 * 58.6e6 / 30e9)


def test_facts_usd_falls_back_to_the_rate_of_the_publication_month(published: Path) -> None:
    value_usd, source = usd_rows(published)["5 billion tenge"]  # article b, November 2024, no conversion of its own
    assert source == "month_rate"
    assert value_usd == pytest.approx(5e9 * 58.6e6 / 30e9)


def test_facts_usd_leaves_amounts_without_a_known_rate_null(published: Path) -> None:
    rows = usd_rows(published)
    assert rows["1 billion tenge"] == (None, None)  # article c has no publication date
    assert rows["2 million euros"] == (None, None)  # no euro rate anywhere


def test_facts_usd_holds_only_money_facts(published: Path) -> None:
    assert set(usd_rows(published)) == {
        "30 billion tenge", "10 billion tenge", "$5 million", "5 billion tenge", "1 billion tenge", "2 million euros"
    }  # fmt: skip


def test_enterprise_profiles_gather_an_enterprises_facts(published: Path) -> None:
    rows = query(
        published / "newsfacts.duckdb",
        "SELECT founded_year, sector, area_m2, capacities, investment_usd, investments, n_facts, listed_in_entities "
        "FROM enterprise_profiles WHERE article_id = 'a' AND name = 'Qazaq Steel'",
    )
    assert rows == [
        (
            2005,
            "steel",
            120_000.0,
            ["200,000 tons (steel pipes) per year"],
            58_600_000.0,
            ["30 billion tenge", "10 billion tenge, planned", "$5 million, planned"],
            6,
            True,
        )
    ]


def test_enterprise_profiles_include_enterprises_named_only_by_facts(published: Path) -> None:
    rows = query(
        published / "newsfacts.duckdb",
        "SELECT name, production, listed_in_entities FROM enterprise_profiles WHERE article_id = 'b'",
    )
    assert rows == [("Almaty Cement", ["3,000 tons"], False)]


def test_fact_evidence_shows_the_sentence_each_fact_came_from(published: Path) -> None:
    rows = dict(
        (quote, (sentence, found))
        for quote, sentence, found in query(
            published / "newsfacts.duckdb", "SELECT quote, sentence, quote_found FROM fact_evidence"
        )
    )
    assert rows["5 billion tenge"] == ("Almaty’s industry – output hit 5 billion tenge in ten months.", True)
    assert rows["7%"] == ("Output grew 7%.", True)
    assert all(found for _, found in rows.values())


def test_without_article_texts_the_evidence_view_still_answers_with_empty_sentences(tmp_path: Path) -> None:
    tables, _ = sample_dataset()
    publish_dataset(tables, tmp_path)
    rows = query(tmp_path / "newsfacts.duckdb", "SELECT count(*), count(sentence) FROM fact_evidence")
    assert rows == [(len(tables["facts"]), 0)]


def test_article_texts_are_only_in_duckdb(published: Path) -> None:
    assert query(published / "newsfacts.duckdb", "SELECT count(*) FROM article_texts") == [(len(TEXTS),)]
    assert not (published / "parquet" / "article_texts.parquet").exists()
    package = (published / "datapackage.json").read_text()
    assert "article_texts" not in package
    assert TEXTS["a"][:40] not in package


# ---------------------------------------------------------------- data package


def test_frictionless_validate_passes_on_the_written_package(published: Path) -> None:
    cli = Path(sys.executable).with_name("frictionless")
    result = subprocess.run(
        [str(cli), "validate", "datapackage.json"], cwd=published, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_frictionless_finds_values_outside_the_models_vocabulary(tmp_path: Path) -> None:
    tables, _ = sample_dataset()
    tables["facts"].loc[0, "unit"] = "dollars"  # not validated here on purpose: the package must catch it
    publish_dataset(tables, tmp_path)
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert not report.valid
    assert {error.type for task in report.tasks for error in task.errors} == {"constraint-error"}


def test_package_has_one_resource_per_table_generated_from_the_models(published: Path) -> None:
    package = json.loads((published / "datapackage.json").read_text())
    assert package["name"] == "newsfacts"
    assert [license["name"] for license in package["licenses"]] == ["CC-BY-4.0"]
    assert [r["name"] for r in package["resources"]] == list(TABLE_SCHEMAS)
    for resource in package["resources"]:
        assert resource["format"] == "parquet"
        assert resource["path"] == f"parquet/{resource['name']}.parquet"
        fields = {f["name"]: f["description"] for f in resource["schema"]["fields"]}
        assert fields == column_descriptions(TABLE_SCHEMAS[resource["name"]])
    facts = {f["name"]: f for f in package["resources"][1]["schema"]["fields"]}
    assert facts["status"]["constraints"] == {"required": True, "enum": ["actual", "planned"]}
    assert "required" not in facts.get("item", {}).get("constraints", {})
    assert package["resources"][1]["schema"]["primaryKey"] == ["fact_id"]


def test_package_lists_one_source_per_article(published: Path) -> None:
    sources = json.loads((published / "datapackage.json").read_text())["sources"]
    assert sources[0] == {"title": "a.txt", "publisher": "Astana Times", "published": "2024-11-29", "sha256": "a" * 64}
    assert sources[2] == {"title": "c.html", "sha256": "c" * 64}
    assert len(sources) == len(TEXTS)


def test_package_metadata_overrides_the_defaults(tmp_path: Path) -> None:
    publish_dataset(sample_dataset()[0], tmp_path, package_metadata={"version": "2.0.0", "title": "Test"})
    package = json.loads((tmp_path / "datapackage.json").read_text())
    assert (package["version"], package["title"], package["name"]) == ("2.0.0", "Test", "newsfacts")
