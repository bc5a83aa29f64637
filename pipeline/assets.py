"""The newsfacts assets: article files in, validated tables out, one publish step at the end.

    seed_articles ─┬─ article_texts ──► extractions ──► articles, facts, entities, people
                   └─ ingest_rejections ───────────────► rejected_articles
    all tables (+ article_texts) ──► newsfacts_dataset  (Parquet + DuckDB + datapackage.json)

A thin layer: reading files is `pipeline.ingest`, extraction is the engine
(`pipeline.extract`), columns are the pandera models (`schemas.tables`), writing
is `pipeline.publish`. Nothing here writes into OUTPUTS_DIR except the publish
asset and the extraction cache. Intermediate values travel through Dagster's
default IO manager (pickles under DAGSTER_HOME), never through outputs/.
"""

import datetime as dt
import gc
import importlib

import pandas as pd
import pandera.pandas as pa
import pyarrow
from dagster import (
    AssetExecutionContext,
    AssetOut,
    AssetSelection,
    Failure,
    MaterializeResult,
    MetadataValue,
    Output,
    TableColumn,
    TableSchema,
    asset,
    define_asset_job,
    multi_asset,
)

from pipeline import extract as engine
from pipeline.cache import (
    HEADER_FIELDS,
    NULLABLE_INT,
    PARALLEL_MIN_ARTICLES,
    TEXT_LIST,
    ArticleToExtract,
    ExtractionCache,
    ExtractionRun,
    FactIdMaker,
    column_kind,
    extract_with_cache,
    extractions_by_article,
    typed_tables,
)
from pipeline.checks import (
    BLOCKING_CHECKS,
    ID_COLUMNS,
    headline_scores,
    keyed_answer_keys,
    markdown_table,
    provenance_report,
    scores_metadata,
    validate_frame,
)
from pipeline.evaluate import evaluate
from pipeline.ingest import ArticleFile, Rejection, list_article_files, read_articles
from pipeline.publish import publish_dataset
from pipeline.resources import NewsfactsStorage
from schemas.tables import (
    TABLE_SCHEMAS,
    ArticleSchema,
    EntitySchema,
    FactSchema,
    PersonSchema,
    RejectedArticleSchema,
    column_descriptions,
)

PREVIEW_ROWS = 5
TEXT_COLUMNS = ["article_id", "file_name", "sha256", "encoding", "n_chars", "warnings", "text"]


# ------------------------------------------------------------------ frames


def frame_from_rows(rows: list[dict], model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """A DataFrame of engine rows in the dtypes of `model`.

    Values that do not fit their column's type are left as they are, so the
    table's schema check reports them instead of this step crashing; extra or
    missing columns are kept as found, for the same reason.
    """
    schema = model.to_schema()
    if not rows:
        frame = pd.DataFrame({name: pd.Series([], dtype=object) for name in schema.columns})
    else:
        frame = pd.DataFrame.from_records(rows)
        known = [c for c in schema.columns if c in frame.columns]
        frame = frame[known + [c for c in frame.columns if c not in schema.columns]]
    return conform_frame(frame, model)


def conform_frame(frame: pd.DataFrame, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """`frame` with each of the model's columns cast to the model's dtype where the values allow."""
    frame = frame.copy()
    for name, column in model.to_schema().columns.items():
        if name in frame.columns:
            frame[name] = _conform(frame[name], column)
    return frame


def _conform(series: pd.Series, column: pa.Column) -> pd.Series:
    """Cast one column to its model dtype when every value allows it."""
    kind = str(column.dtype)
    if kind == "date":
        return series.map(_as_date).astype(object)
    try:
        if kind == "int64" and column.nullable:
            return series.astype("Int64")  # numpy int64 has no missing values
        return column.dtype.try_coerce(series)
    except Exception:  # pandera's coercion errors vary by dtype; the schema check reports the values
        return series


def _as_date(value: object) -> object:
    """ISO text (as stored in the cache) to a date; missing to None; anything else unchanged."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def article_texts_frame(accepted: list[ArticleFile]) -> pd.DataFrame:
    """One row per accepted article file, with its decoded text (not published as a table)."""
    rows = [
        {
            "article_id": a.article_id,
            "file_name": a.file_name,
            "sha256": a.sha256,
            "encoding": a.encoding,
            "n_chars": len(a.text),
            "warnings": "; ".join(a.warnings) or None,
            "text": a.text,
        }
        for a in accepted
    ]
    frame = pd.DataFrame(rows, columns=TEXT_COLUMNS)
    return frame.astype({"n_chars": "int64"}).sort_values("article_id").reset_index(drop=True)


def rejections_frame(rejected: list[Rejection]) -> pd.DataFrame:
    """Rejected files as rows of the `rejected_articles` table."""
    rows = [{"file_name": r.file_name, "sha256": r.sha256, "reason": r.reason} for r in rejected]
    return frame_from_rows(rows, RejectedArticleSchema)


def frame_from_arrow(table: pyarrow.Table, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """The frame `frame_from_rows` builds from the same rows, from a table of the extraction cache's types.

    `table` holds some of the model's columns, in the cache's types (see
    `pipeline.cache.column_kind`), with values that fit them: the frame gets those
    columns, in the model's dtypes, without building a row at a time.
    """
    columns = {name: column for name, column in model.to_schema().columns.items() if name in table.column_names}
    if table.num_rows == 0:
        return frame_from_rows([], model)[list(columns)]
    frame = {}
    for name, column in columns.items():
        data, kind = table.column(name), column_kind(column)
        if kind == TEXT_LIST:
            frame[name] = pd.Series(data.to_pylist(), dtype=object)
        elif kind == NULLABLE_INT:
            frame[name] = pd.Series(pd.array(data.to_pylist(), dtype="Int64"))
        else:  # text -> str, int64, float64 (null: NaN), date32 -> datetime.date objects (null: None)
            frame[name] = data.to_pandas()
    return pd.DataFrame(frame)


class ExtractedTables:
    """The engine's output for all current articles, as frames in the models' dtypes.

    `headers` (article_id + HEADER_FIELDS), `facts`, `entities`, `people`, and
    `failures` (article_id, reason: articles the engine raised on). Each table is
    held as the extraction cache's Arrow table when its values fit the cache's types
    (cheap to store and load between steps) and made a frame when first read.
    """

    _MODELS: dict[str, type[pa.DataFrameModel]] = {
        "headers": ArticleSchema,  # header fields are typed by the articles model
        "facts": FactSchema,
        "entities": EntitySchema,
        "people": PersonSchema,
    }

    def __init__(
        self,
        headers: pd.DataFrame | pyarrow.Table,
        facts: pd.DataFrame | pyarrow.Table,
        entities: pd.DataFrame | pyarrow.Table,
        people: pd.DataFrame | pyarrow.Table,
        failures: pd.DataFrame,
    ) -> None:
        self._tables = {"headers": headers, "facts": facts, "entities": entities, "people": people}
        self.failures = failures
        self._frames: dict[str, pd.DataFrame] = {}

    def _frame(self, name: str) -> pd.DataFrame:
        if name not in self._frames:
            table = self._tables[name]
            self._frames[name] = (
                frame_from_arrow(table, self._MODELS[name]) if isinstance(table, pyarrow.Table) else table
            )
        return self._frames[name]

    @property
    def headers(self) -> pd.DataFrame:
        return self._frame("headers")

    @property
    def facts(self) -> pd.DataFrame:
        return self._frame("facts")

    @property
    def entities(self) -> pd.DataFrame:
        return self._frame("entities")

    @property
    def people(self) -> pd.DataFrame:
        return self._frame("people")

    @property
    def n_articles(self) -> int:
        """How many articles the engine read (the rows of `headers`)."""
        return len(self._tables["headers"])

    def __getstate__(self) -> dict:
        return {"_tables": self._tables, "failures": self.failures}  # frames are rebuilt on demand

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _frames={})


def extracted_tables(run: ExtractionRun) -> ExtractedTables:
    """Assemble per-article extractions into tables, articles in id order, rows in engine order."""
    failures = pd.DataFrame(sorted(run.failures.items()), columns=["article_id", "reason"])
    typed = typed_tables(run.articles)
    if typed is not None:
        return ExtractedTables(typed["headers"], typed["facts"], typed["entities"], typed["people"], failures)
    # Some entry does not fit the cache's types: build the frames from rows, values as they are.
    results = extractions_by_article(run.articles)
    ids = sorted(results)
    headers = [{"article_id": aid} | {f: results[aid].article.get(f) for f in HEADER_FIELDS} for aid in ids]
    return ExtractedTables(
        headers=frame_from_rows(headers, ArticleSchema)[["article_id", *HEADER_FIELDS]],
        facts=frame_from_rows([r for aid in ids for r in results[aid].facts], FactSchema),
        entities=frame_from_rows([r for aid in ids for r in results[aid].entities], EntitySchema),
        people=frame_from_rows([r for aid in ids for r in results[aid].people], PersonSchema),
        failures=failures,
    )


def engine_fact_id() -> FactIdMaker | None:
    """The engine's fact id function, to re-key cached facts of a renamed file.

    Its public `fact_id` when it has one, else its internal `_fact_id`: the cache
    verifies the function reproduces every cached id before trusting it.
    """
    public = getattr(engine, "fact_id", None)
    if callable(public):
        return public
    try:
        internals = importlib.import_module("pipeline.extract.engine")
    except ImportError:
        return None
    return getattr(internals, "_fact_id", None)


# ------------------------------------------------------------------ metadata


def table_metadata(frame: pd.DataFrame, model: type[pa.DataFrameModel]) -> dict[str, object]:
    """Row count, column schema with the models' descriptions, and a markdown preview of the first rows."""
    dtypes = {name: str(column.dtype) for name, column in model.to_schema().columns.items()}
    columns = [
        TableColumn(name=name, type=dtypes[name], description=description)
        for name, description in column_descriptions(model).items()
    ]
    return {
        "dagster/row_count": MetadataValue.int(len(frame)),
        "dagster/column_schema": MetadataValue.table_schema(TableSchema(columns=columns)),
        "preview": MetadataValue.md(markdown_table(frame, PREVIEW_ROWS)),
    }


# ------------------------------------------------------------------ assets


@multi_asset(
    outs={
        "article_texts": AssetOut(
            group_name="ingest",
            description="Accepted article files with their decoded text; feeds extraction and provenance.",
        ),
        "ingest_rejections": AssetOut(
            group_name="ingest", description="Files in SEEDS_DIR that were not taken in, with the reason."
        ),
    },
)
def seed_articles(context: AssetExecutionContext, storage: NewsfactsStorage):
    """Read every article file in SEEDS_DIR; accept or reject each with a reason."""
    seeds = storage.seeds_path()
    if not seeds.is_dir():
        # An empty dataset published from a missing folder would wipe outputs/: fail instead.
        raise Failure(f"SEEDS_DIR {seeds} is not a folder.")
    accepted, rejected = read_articles(list_article_files(seeds))
    texts = article_texts_frame(accepted)
    warned = texts[texts["warnings"].notna()]
    context.log.info(f"{len(accepted)} article(s) accepted, {len(rejected)} rejected, from {seeds}")
    _warn_each(context, [f"{r.file_name}: rejected: {r.reason}" for r in rejected])
    _warn_each(context, [f"{a.file_name}: kept: {'; '.join(a.warnings)}" for a in accepted if a.warnings])
    yield Output(
        texts,
        output_name="article_texts",
        metadata={
            "dagster/row_count": MetadataValue.int(len(texts)),
            "seeds_dir": MetadataValue.path(str(seeds)),
            "with_warnings": MetadataValue.int(len(warned)),
            "preview": MetadataValue.md(markdown_table(texts.drop(columns="text"), PREVIEW_ROWS)),
        },
    )
    rejections = rejections_frame(rejected)
    yield Output(
        rejections,
        output_name="ingest_rejections",
        metadata={"dagster/row_count": MetadataValue.int(len(rejections)), "preview": _preview(rejections)},
    )


@asset(
    group_name="extract",
    code_version=engine.EXTRACTOR_VERSION,
    description="The engine's reading of every article; only new or changed contents are extracted "
    "(content-hash cache in OUTPUTS_DIR/cache, one file per EXTRACTOR_VERSION).",
)
def extractions(
    context: AssetExecutionContext, storage: NewsfactsStorage, article_texts: pd.DataFrame
) -> Output[ExtractedTables]:
    """Run the engine on cache misses, reuse the cache for the rest, and assemble the rows."""
    version = engine.EXTRACTOR_VERSION  # read at run time: the engine may have been updated or patched
    cache = ExtractionCache(storage.cache_path(), version)
    cached = cache.load()
    todo = [
        ArticleToExtract(aid, sha, text)
        for aid, sha, text in zip(
            article_texts["article_id"], article_texts["sha256"], article_texts["text"], strict=True
        )
    ]
    run = extract_with_cache(
        todo, cached, engine.extract_article, workers=storage.worker_count(), make_fact_id=engine_fact_id()
    )
    cache_written = run.cache_changed
    if cache_written:
        cache.save(run.entries)
    for aid, reason in sorted(run.failures.items()):
        context.log.warning(f"{aid}: {reason}")
    tables = extracted_tables(run)
    metadata = {
        "articles": MetadataValue.int(len(todo)),
        "extracted": MetadataValue.int(run.n_extracted),
        "reused": MetadataValue.int(run.n_reused),
        "failed": MetadataValue.int(len(run.failures)),
        "extractor_version": MetadataValue.text(version),
        "cache_file": MetadataValue.path(str(cache.path)),
        "cache_written": MetadataValue.bool(cache_written),
        "parallel": MetadataValue.bool(run.n_extracted + len(run.failures) >= PARALLEL_MIN_ARTICLES),
    }
    context.log.info(f"extracted {run.n_extracted}, reused {run.n_reused}, failed {len(run.failures)}")
    return Output(tables, metadata=metadata)


@asset(group_name="tables", description=ArticleSchema.__doc__)
def articles(
    context: AssetExecutionContext, article_texts: pd.DataFrame, extractions: ExtractedTables
) -> Output[pd.DataFrame]:
    """Accepted articles the engine could read, with the header fields it found."""
    read = article_texts[~article_texts["article_id"].isin(extractions.failures["article_id"])]
    merged = read.drop(columns=["text", "warnings"]).merge(extractions.headers, on="article_id", how="left")
    columns = list(ArticleSchema.to_schema().columns)
    frame = conform_frame(merged[[c for c in columns if c in merged.columns]].reset_index(drop=True), ArticleSchema)
    with_facts = set(extractions.facts["article_id"])
    _warn_each(
        context,
        [
            f"{name}: kept: no publication date, relative periods stay empty"
            for name in frame.loc[frame["published_date"].isna(), "file_name"]
        ]
        + [
            f"{name}: kept: no numbers, zero facts"
            for aid, name in zip(frame["article_id"], frame["file_name"], strict=True)
            if aid not in with_facts
        ],
    )
    return Output(frame, metadata=table_metadata(frame, ArticleSchema))


# A run over 10,000 articles should not write 10,000 log lines: the rest are counted, and every
# reason is in the published rejected_articles table anyway.
MAX_WARNINGS_LOGGED = 50


def _warn_each(context: AssetExecutionContext, lines: list[str]) -> None:
    """One warning in the run's log per line, up to MAX_WARNINGS_LOGGED, then a count of the rest."""
    for line in lines[:MAX_WARNINGS_LOGGED]:
        context.log.warning(line)
    if len(lines) > MAX_WARNINGS_LOGGED:
        context.log.warning(f"... and {len(lines) - MAX_WARNINGS_LOGGED} more like these")


@asset(group_name="tables", description=FactSchema.__doc__)
def facts(storage: NewsfactsStorage, extractions: ExtractedTables) -> Output[pd.DataFrame]:
    """Every stated quantity; with the evaluator's headline scores when answer keys are present."""
    frame = extractions.facts
    metadata = table_metadata(frame, FactSchema)
    keys = keyed_answer_keys(storage.seeds_path(), extractions.headers["article_id"].tolist())
    if keys:
        try:
            metadata |= scores_metadata(headline_scores(evaluate(frame, keys)))
        except (KeyError, ValueError, TypeError) as error:  # malformed rows: the schema check will say why
            metadata["eval/error"] = MetadataValue.text(f"{type(error).__name__}: {error}")
    return Output(frame, metadata=metadata)


@asset(group_name="tables", description=EntitySchema.__doc__)
def entities(extractions: ExtractedTables) -> Output[pd.DataFrame]:
    """Named organisations, enterprises, places and programmes, per article."""
    return Output(extractions.entities, metadata=table_metadata(extractions.entities, EntitySchema))


@asset(group_name="tables", description=PersonSchema.__doc__)
def people(extractions: ExtractedTables) -> Output[pd.DataFrame]:
    """Named people and their roles, per article."""
    return Output(extractions.people, metadata=table_metadata(extractions.people, PersonSchema))


@asset(group_name="tables", description=RejectedArticleSchema.__doc__)
def rejected_articles(
    ingest_rejections: pd.DataFrame, article_texts: pd.DataFrame, extractions: ExtractedTables
) -> Output[pd.DataFrame]:
    """Files not taken in by ingest, plus accepted articles the engine failed on, each with the reason."""
    failed = extractions.failures.merge(article_texts[["article_id", "file_name", "sha256"]], on="article_id")
    rows = ingest_rejections.to_dict("records") + failed[["file_name", "sha256", "reason"]].to_dict("records")
    frame = frame_from_rows(sorted(rows, key=lambda r: r["file_name"]), RejectedArticleSchema)
    return Output(frame, metadata=table_metadata(frame, RejectedArticleSchema))


@asset(
    group_name="publish",
    description="The published dataset: OUTPUTS_DIR/parquet/<table>.parquet, OUTPUTS_DIR/newsfacts.duckdb "
    "and OUTPUTS_DIR/datapackage.json, replaced atomically. Runs only when every blocking check passed.",
)
def newsfacts_dataset(
    context: AssetExecutionContext,
    storage: NewsfactsStorage,
    articles: pd.DataFrame,
    facts: pd.DataFrame,
    entities: pd.DataFrame,
    people: pd.DataFrame,
    rejected_articles: pd.DataFrame,
    article_texts: pd.DataFrame,
) -> MaterializeResult:
    """Validate once more, then write all tables in one atomic publish."""
    tables = {"articles": articles, "facts": facts, "entities": entities, "people": people}
    tables["rejected_articles"] = rejected_articles
    if not _blocking_checks_ran(context):
        _refuse_invalid(tables, article_texts)
    outputs = storage.outputs_path()
    texts = article_texts[article_texts["article_id"].isin(articles["article_id"])][["article_id", "text"]]
    summary = publish_dataset(
        {name: tables[name] for name in TABLE_SCHEMAS},
        outputs,
        article_texts=texts.reset_index(drop=True),
        package_metadata={"extractor_version": engine.EXTRACTOR_VERSION},
    )
    context.log.info(f"published to {outputs}")
    metadata = {f"rows/{name}": MetadataValue.int(len(frame)) for name, frame in tables.items()}
    metadata |= {"outputs_dir": MetadataValue.path(str(outputs)), "publish": MetadataValue.json(_jsonable(summary))}
    return MaterializeResult(metadata=metadata)


def _blocking_checks_ran(context: AssetExecutionContext) -> bool:
    """True when this run executes every blocking check: Dagster then runs this step only if they all passed.

    A run of the whole job does; a run of this asset alone, or a re-execution of
    just this step, does not.
    """
    steps = context.run.step_keys_to_execute
    executed = set(steps) if steps is not None else set(context.job_def.graph.node_dict)
    return all(check.node_def.name in executed for check in BLOCKING_CHECKS)


def _refuse_invalid(tables: dict[str, pd.DataFrame], article_texts: pd.DataFrame) -> None:
    """Raise before writing anything if a table is invalid.

    The blocking checks already stop a run that includes them; this guards a run
    that materializes only the publish asset on top of tables that failed them.
    """
    problems = [name for name, frame in tables.items() if not validate_frame(frame, TABLE_SCHEMAS[name]).passed]
    if not provenance_report(tables["facts"], article_texts).passed:
        problems.append("facts (quotes at offsets)")
    if problems:
        raise Failure(f"Not publishing: invalid table(s) {', '.join(problems)}; see their asset checks.")


def _preview(frame: pd.DataFrame) -> MetadataValue:
    return MetadataValue.md(markdown_table(frame, PREVIEW_ROWS))


def _jsonable(value: object) -> object:
    """`value` with paths and other non-JSON leaves turned into text, for JSON metadata."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


ALL_ASSETS = [seed_articles, extractions, articles, facts, entities, people, rejected_articles, newsfacts_dataset]

# Every asset and every check, in one run: "Materialize all", the schedule and the sensor all use it.
newsfacts_job = define_asset_job(
    "newsfacts_job",
    selection=AssetSelection.all(),
    description="Read the seeds, extract (incrementally), validate every table, publish the dataset.",
    # Every run of the job rewrites the same dataset and the same stored asset values, whatever started it (the
    # sensor, the schedule, the UI, `dagster job launch`): the run queue's `newsfacts/publish` limit of one
    # (deploy/dagster.yaml) makes such runs wait for each other instead of reading each other's half-written files.
    tags={"newsfacts/publish": "dataset"},
)

# Importing Dagster, pandas, pandera and pyarrow leaves a large heap of objects that live as long
# as the process; every full garbage collection during a run walked all of them again (about a
# second of a 10,000-article run). Frozen, the collector skips them; they are freed as usual.
gc.freeze()

__all__ = ["ALL_ASSETS", "ID_COLUMNS", "newsfacts_job"]
