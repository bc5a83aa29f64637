"""Incremental extraction: run the engine only on article contents it has not read yet.

Design, and why:

- **Keyed by content, not by name.** An entry is keyed by the file's sha256 and
  lives in a file named after `EXTRACTOR_VERSION`, so an unchanged article under an
  unchanged engine is never read twice, while any edit to the text or any engine
  release misses the cache. Rows carry `article_id` (and `fact_id`, which starts
  with it), so a hit produced under another file name is re-keyed on the way out.
- **One Arrow file per engine version, already in table form**
  (`extraction-tables-<version>.arrow`, an Arrow IPC file compressed with zstd, in
  `CACHE_SCHEMA`; any Arrow reader opens it): one row per content with
  `sha256`, `article_id`, the header fields as a struct, and the `facts`, `entities`
  and `people` rows as lists of structs whose fields are the columns of the pandera
  models, typed as they are published (text, int64, float64, date32, list<text>).
  A rerun reads the columns and flattens them into tables: nothing is parsed or
  built per article (and, unlike Parquet, nothing is decoded: 10,000 articles are
  read or written in a few hundredths of a second). One file read and at most one
  file write per run; an unchanged rerun writes nothing.
- **What does not fit stays as it was.** An engine result with a value of another
  type, or a row with a missing or extra column (an engine bug, for the tables'
  schema checks to report), is kept as JSON in `payload` instead; a run holding such
  an entry builds its tables from rows (`extractions_by_article`), as values are.
- **One normal form**: fresh results are cached as their JSON form reads back
  (dates become ISO text and then dates again, NaN null, tuples lists), so a rerun
  from the cache yields exactly the rows of the first run; results whose values the
  round trip cannot change (plain text, numbers, dates, lists of text) are typed
  without it. An unserialisable result is an engine failure.
- **Workers send tables.** Extraction in worker processes returns each chunk's rows
  as one Arrow table, not per-article objects to unpickle.
- **Only current articles are kept**: entries of removed or edited articles are
  dropped on save, so the file does not grow with history. Files of other engine
  versions are left alone (a rollback reuses them) and may be deleted at any time.
- **Failures are not cached**: an article the engine raised on is retried next run.

Pure Python (no Dagster): the extraction asset calls `extract_with_cache`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import multiprocessing
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather

from pipeline.extract import Extraction
from schemas.tables import ArticleSchema, EntitySchema, FactSchema, PersonSchema

FactIdMaker = Callable[[str, int, int], str]  # (article_id, char_start, char_end) -> fact_id
_SECTIONS = ("facts", "entities", "people")
# Article columns the ingest step knows; the rest of ArticleSchema is the engine's header fields.
_INGEST_ARTICLE_COLUMNS = ("article_id", "file_name", "sha256", "n_chars", "encoding")
HEADER_FIELDS = tuple(c for c in ArticleSchema.to_schema().columns if c not in _INGEST_ARTICLE_COLUMNS)
_HEADER_FIELD_SET = frozenset(HEADER_FIELDS)
ROW_MODELS = {"facts": FactSchema, "entities": EntitySchema, "people": PersonSchema}

# ---------------------------------------------------------------- column kinds and types

# Column kinds: how a model's column is stored in the cache and turned into its frame dtype.
TEXT, INT, NULLABLE_INT, FLOAT, DATE, TEXT_LIST = "text", "int", "nullable_int", "float", "date", "text_list"
_ARROW_TYPES = {
    TEXT: pa.string(),
    INT: pa.int64(),
    NULLABLE_INT: pa.int64(),
    FLOAT: pa.float64(),
    DATE: pa.date32(),
    TEXT_LIST: pa.list_(pa.string()),
}
_MAX_EXACT_FLOAT_INT = 2**53  # larger integers do not survive a float64 exactly
_INT64_RANGE = range(-(2**63), 2**63)


def column_kind(column) -> str:
    """How a pandera column is stored in the cache (and converted to its frame dtype)."""
    dtype = str(column.dtype)
    if dtype == "date":
        return DATE
    if dtype == "int64":
        return NULLABLE_INT if column.nullable else INT
    if dtype == "float64":
        return FLOAT
    if dtype == "object":  # the only object columns of the models hold lists of text
        return TEXT_LIST
    if "str" in dtype:
        return TEXT
    raise TypeError(f"no cache type for pandera dtype {dtype!r}")


HEADER_KINDS = {name: column_kind(ArticleSchema.to_schema().columns[name]) for name in HEADER_FIELDS}
ROW_KINDS = {
    section: {name: column_kind(column) for name, column in model.to_schema().columns.items()}
    for section, model in ROW_MODELS.items()
}
_HEADER_TYPE = pa.struct([(name, _ARROW_TYPES[kind]) for name, kind in HEADER_KINDS.items()])
_ROWS_TYPES = {
    section: pa.list_(pa.struct([(name, _ARROW_TYPES[kind]) for name, kind in kinds.items()]))
    for section, kinds in ROW_KINDS.items()
}
CACHE_SCHEMA = pa.schema(
    [
        ("sha256", pa.string()),
        ("article_id", pa.string()),
        ("header", _HEADER_TYPE),
        *((section, _ROWS_TYPES[section]) for section in _SECTIONS),
        ("payload", pa.large_string()),  # JSON of an extraction that does not fit the types above, else null
    ]
)


def empty_cache() -> pa.Table:
    """A cache without entries."""
    return CACHE_SCHEMA.empty_table()


class _MisfitError(Exception):
    """Internal: a value that does not fit its column's cache type."""


# Each converter returns a value (as decoded from JSON) in its kind's cache type, or raises
# `_MisfitError`. Only values the table builder would turn into the same column are typed:
# text or null for text; integers (not booleans) for int64; numbers or null for float; ISO
# dates or null for dates; lists of text for lists.
def _text(value: object) -> object:
    if value is None or type(value) is str:
        return value
    raise _MisfitError


def _int(value: object) -> object:
    if type(value) is int and value in _INT64_RANGE:
        return value
    raise _MisfitError


def _nullable_int(value: object) -> object:
    if value is None or (type(value) is int and abs(value) <= _MAX_EXACT_FLOAT_INT):
        return value
    raise _MisfitError


def _float(value: object) -> object:
    if value is None or type(value) is float:
        return value
    if type(value) is int and abs(value) <= _MAX_EXACT_FLOAT_INT:
        return float(value)
    raise _MisfitError


def _date(value: object) -> object:
    if value is None:
        return None
    if type(value) is str:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _MisfitError


def _text_list(value: object) -> object:
    if type(value) is list and all(type(item) is str for item in value):
        return value
    raise _MisfitError


# The same, for the engine's own values, before any JSON round trip: they are typed directly
# only when the round trip could not change them (a NaN float is null either way, a date is a
# `datetime.date` exactly); anything else takes the JSON route (`record_of`).
def _float_direct(value: object) -> object:
    if type(value) is float and value != value:  # NaN: null in the JSON form
        return None
    return _float(value)


def _date_direct(value: object) -> object:
    if value is None or type(value) is dt.date:
        return value
    raise _MisfitError


_CONVERTERS = {
    TEXT: _text,
    INT: _int,
    NULLABLE_INT: _nullable_int,
    FLOAT: _float,
    DATE: _date,
    TEXT_LIST: _text_list,
}
_DIRECT_CONVERTERS = _CONVERTERS | {FLOAT: _float_direct, DATE: _date_direct}


def _converters(by_kind: dict) -> tuple[dict, dict]:
    header = {name: by_kind[kind] for name, kind in HEADER_KINDS.items()}
    rows = {section: {name: by_kind[kind] for name, kind in kinds.items()} for section, kinds in ROW_KINDS.items()}
    return header, rows


_JSON_CONVERTERS = _converters(_CONVERTERS)
_ENGINE_CONVERTERS = _converters(_DIRECT_CONVERTERS)


def typed_document(document: object) -> dict | None:
    """An extraction's JSON document with its values in the cache types; None when one does not fit.

    The header keeps `HEADER_FIELDS` only (missing ones are null, others are not
    read); every row must have exactly the columns of its model.
    """
    return _typed(document, *_JSON_CONVERTERS)


def _typed(document: object, header_converters: dict, row_converters: dict) -> dict | None:
    try:
        article = document["article"]  # type: ignore[index]
        typed: dict = {"header": {name: convert(article.get(name)) for name, convert in header_converters.items()}}
        for section, converters in row_converters.items():
            rows = document[section]  # type: ignore[index]
            if type(rows) is not list:
                return None
            typed_rows = []
            for row in rows:
                if type(row) is not dict or row.keys() != converters.keys():
                    return None
                typed_rows.append({name: convert(row[name]) for name, convert in converters.items()})
            typed[section] = typed_rows
    except (_MisfitError, KeyError, TypeError, AttributeError):
        return None
    return typed


def _typed_directly(extraction: Extraction) -> dict | None:
    """The typed document of an engine result whose values the JSON round trip would leave as they are.

    Its header must hold nothing but header fields (anything else would still have
    to be serialisable) and every value must fit exactly; None otherwise.
    """
    article = extraction.article
    if type(article) is not dict or not article.keys() <= _HEADER_FIELD_SET:
        return None
    document = {"article": article} | {section: getattr(extraction, section) for section in _SECTIONS}
    return _typed(document, *_ENGINE_CONVERTERS)


@dataclass(frozen=True)
class CacheRecord:
    """A fresh cache entry's contents: the typed document, or the JSON payload of one that does not fit."""

    typed: dict | None
    payload: str | None


def record_of(extraction: Extraction) -> CacheRecord:
    """The cache record of an engine result (raises when the result is not JSON-serialisable).

    Its values as they would be read back from the engine's JSON form: typed at once
    when the round trip could not change them, else through the round trip.
    """
    typed = _typed_directly(extraction)
    if typed is not None:
        return CacheRecord(typed, None)
    payload = encode_extraction(extraction)
    typed = typed_document(json.loads(payload))
    return CacheRecord(typed, None) if typed is not None else CacheRecord(None, payload)


def records_table(shas: list[str], article_ids: list[str], records: list[CacheRecord]) -> pa.Table:
    """Cache rows (`CACHE_SCHEMA`) for fresh records."""
    typed = [record.typed for record in records]
    columns = [
        pa.array(shas, pa.string()),
        pa.array(article_ids, pa.string()),
        pa.array([t and t["header"] for t in typed], _HEADER_TYPE),
        *(pa.array([t and t[section] for t in typed], _ROWS_TYPES[section]) for section in _SECTIONS),
        pa.array([record.payload for record in records], pa.large_string()),
    ]
    return pa.Table.from_arrays(columns, schema=CACHE_SCHEMA)


@dataclass(frozen=True)
class ArticleToExtract:
    """What the extraction step needs of one accepted article."""

    article_id: str
    sha256: str
    text: str


@dataclass
class ExtractionRun:
    """Outcome of `extract_with_cache`.

    `articles` holds one cache row per extracted article, in article id order (its
    `article_id` is the current one); `entries` is the cache's new contents, one row
    per content; `cache_changed` tells whether they differ from the
    entries the run started from.
    """

    articles: pa.Table = field(default_factory=empty_cache)
    entries: pa.Table = field(default_factory=empty_cache)
    failures: dict[str, str] = field(default_factory=dict)  # article id -> reason
    n_extracted: int = 0
    n_reused: int = 0
    cache_changed: bool = False


class ExtractionCache:
    """The cache file of one engine version inside `folder`."""

    def __init__(self, folder: Path, version: str) -> None:
        self.folder = Path(folder)
        self.version = version
        self.path = self.folder / f"extraction-tables-{_safe_name(version)}.arrow"

    def load(self) -> pa.Table:
        """All entries (`CACHE_SCHEMA`); empty when the file is missing, unreadable or of another layout."""
        if not self.path.exists():
            return empty_cache()
        try:
            table = feather.read_table(self.path, memory_map=False)
        except (OSError, pa.ArrowException, ValueError):
            return empty_cache()
        if not table.schema.equals(CACHE_SCHEMA, check_metadata=False):
            return empty_cache()  # a cache is disposable: another layout is simply rebuilt
        return table.replace_schema_metadata(None)

    def save(self, entries: pa.Table) -> None:
        """Replace the file's contents with `entries`, atomically (readers see the old or the new file)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=self.folder, prefix=".extraction-tables-", suffix=".tmp")
        os.close(handle)
        try:
            feather.write_feather(entries, temp_name, compression="zstd")
            os.replace(temp_name, self.path)
        finally:
            if os.path.exists(temp_name):
                os.unlink(temp_name)


def extract_with_cache(
    articles: Iterable[ArticleToExtract],
    cached: pa.Table | None,
    extract: Callable[[str, str], Extraction],
    workers: int = 1,
    make_fact_id: FactIdMaker | None = None,
) -> ExtractionRun:
    """Return every article's extraction, calling `extract(text, article_id)` only on cache misses.

    `cached` is the cache's contents (`ExtractionCache.load()`; None: empty). Fresh
    results take the form they have when read back from the cache, so a rerun from
    the cache yields exactly the rows of the first run. An article the engine raises
    on (or returns something unserialisable for) is recorded in `failures`. With
    `workers` > 1 and at least `PARALLEL_MIN_ARTICLES` misses, the misses are
    extracted in that many processes (when `extract` is a module-level function).
    `make_fact_id` is the engine's fact id function, used to re-key hits of renamed files.
    """
    cached = empty_cache() if cached is None else cached
    cached_rows = {sha: row for row, sha in enumerate(cached.column("sha256").to_pylist())}
    cached_ids = cached.column("article_id").to_pylist()
    ordered = sorted(articles, key=lambda a: a.article_id)
    run = ExtractionRun()
    hits: dict[str, int] = {}  # article id -> its row in `cached`
    moved: list[pa.Table] = []  # hits made under another file name, re-keyed
    misses = []
    for article in ordered:
        row = cached_rows.get(article.sha256)
        if row is not None and cached_ids[row] == article.article_id:
            hits[article.article_id] = row
        elif row is not None and (rekeyed := _rekeyed(cached, row, article, make_fact_id)) is not None:
            moved.append(rekeyed)
        else:
            misses.append(article)
            continue
        run.n_reused += 1
    extracted, failures = _extract_all(misses, extract, workers)
    run.n_extracted = extracted.num_rows
    run.failures = {aid: f"The extractor failed: {error}" for aid, error in failures}
    fresh = pa.concat_tables([*moved, extracted])
    run.articles, run.entries = _assemble(ordered, hits, cached, fresh)
    run.cache_changed = fresh.num_rows > 0 or set(run.entries.column("sha256").to_pylist()) != set(cached_rows)
    return run


def _assemble(
    ordered: list[ArticleToExtract], hits: dict[str, int], cached: pa.Table, fresh: pa.Table
) -> tuple[pa.Table, pa.Table]:
    """(one row per extracted article in id order, the new cache entries: one row per content).

    `hits` are rows of `cached`; `fresh` holds the rows of the other extracted articles.
    """
    combined = pa.concat_tables([cached, fresh]) if fresh.num_rows else cached
    rows = {aid: cached.num_rows + i for i, aid in enumerate(fresh.column("article_id").to_pylist())} | hits
    by_article, by_sha = [], {}
    for article in ordered:
        row = rows.get(article.article_id)
        if row is None:  # the engine failed on it
            continue
        by_article.append(row)
        by_sha[article.sha256] = row  # one entry per content (the last article holding it)
    in_order = combined.take(pa.array(by_article, pa.int64()))
    if len(by_sha) == len(by_article):  # no two articles share a content: the entries are those rows
        return in_order, in_order
    return in_order, combined.take(pa.array(sorted(set(by_sha.values())), pa.int64()))


def _rekeyed(
    cached: pa.Table, row: int, article: ArticleToExtract, make_fact_id: FactIdMaker | None
) -> pa.Table | None:
    """The cached row's extraction moved to `article` (same content, another file name); None if it cannot be."""
    old_id = cached.column("article_id")[row].as_py()
    moved = rekey(extraction_of(cached.slice(row, 1), 0), old_id, article.article_id, make_fact_id)
    return None if moved is None else records_table([article.sha256], [article.article_id], [record_of(moved)])


def extraction_of(table: pa.Table, row: int) -> Extraction:
    """The extraction held by one cache row, as rows (dates as `datetime.date`, or ISO text from a payload)."""
    payload = table.column("payload")[row].as_py()
    if payload is not None:
        return decode_extraction(payload)
    return Extraction(
        article=table.column("header")[row].as_py(), **{s: table.column(s)[row].as_py() for s in _SECTIONS}
    )


def extractions_by_article(articles: pa.Table) -> dict[str, Extraction]:
    """Every row of `articles` (an `ExtractionRun.articles`) as rows, by article id, in table order."""
    ids = articles.column("article_id").to_pylist()
    payloads = articles.column("payload").to_pylist()
    columns = {name: articles.column(name).to_pylist() for name in ("header", *_SECTIONS)}
    result = {}
    for i, (article_id, payload) in enumerate(zip(ids, payloads, strict=True)):
        if payload is not None:
            result[article_id] = decode_extraction(payload)
        else:
            sections = {s: columns[s][i] for s in _SECTIONS}
            result[article_id] = Extraction(article=columns["header"][i], **sections)
    return result


def typed_tables(articles: pa.Table) -> dict[str, pa.Table] | None:
    """The tables of `articles` (an `ExtractionRun.articles`), flattened, in article and engine order.

    {"headers": article_id + HEADER_FIELDS, "facts", "entities", "people": the models'
    columns}; None when some entry does not fit the types (see `extractions_by_article`).
    """
    if articles.column("payload").null_count != articles.num_rows:
        return None
    header = articles.column("header").combine_chunks()
    tables = {
        "headers": pa.Table.from_arrays(
            [articles.column("article_id").combine_chunks(), *header.flatten()], names=["article_id", *HEADER_FIELDS]
        )
    }
    for section in _SECTIONS:
        rows = articles.column(section).combine_chunks().flatten()  # list<struct> -> struct, in order
        tables[section] = pa.Table.from_struct_array(rows)
    return tables


# Below this many misses, starting worker processes costs more than it saves.
PARALLEL_MIN_ARTICLES = 256
_CHUNK_SIZE = 32


def _extract_all(
    misses: list[ArticleToExtract], extract: Callable[[str, str], Extraction], workers: int
) -> tuple[pa.Table, list[tuple[str, str]]]:
    """(cache rows of the articles read, in order; (article id, error) of those the engine failed on).

    In `workers` processes when there are enough articles; each returns the rows of
    its chunk as one Arrow table, which costs next to nothing to send back.
    """
    if workers <= 1 or len(misses) < PARALLEL_MIN_ARTICLES or not _picklable(extract):
        chunks = [_extract_chunk(extract, misses)]
    else:
        parts = [misses[start : start + _CHUNK_SIZE] for start in range(0, len(misses), _CHUNK_SIZE)]
        # "spawn": forking a process that runs Dagster's threads can deadlock on their locks.
        context = multiprocessing.get_context("spawn")
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                chunks = list(pool.map(partial(_extract_chunk, extract), parts))
        except (BrokenProcessPool, RuntimeError, OSError):  # no worker could start (e.g. an unguarded __main__)
            chunks = [_extract_chunk(extract, misses)]
    tables = [table for table, _ in chunks]
    return pa.concat_tables(tables) if tables else empty_cache(), [f for _, failed in chunks for f in failed]


def _picklable(function: Callable) -> bool:
    """Whether `function` can be sent to a worker process (module-level functions can; closures cannot)."""
    try:
        pickle.dumps(function)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True


def _extract_chunk(
    extract: Callable[[str, str], Extraction], articles: list[ArticleToExtract]
) -> tuple[pa.Table, list[tuple[str, str]]]:
    """(cache rows of the articles the engine read, (article id, error) of those it failed on)."""
    done, failed = [], []
    for article in articles:
        try:
            done.append((article, record_of(extract(article.text, article.article_id))))
        except Exception as error:  # any engine bug must cost one article, not the whole build
            failed.append((article.article_id, f"{type(error).__name__}: {error}"))
    table = records_table([a.sha256 for a, _ in done], [a.article_id for a, _ in done], [r for _, r in done])
    return table, failed


def rekey(
    extraction: Extraction, old_id: str, new_id: str, make_fact_id: FactIdMaker | None = None
) -> Extraction | None:
    """Move an extraction made for article `old_id` to `new_id` (same text, another file name).

    A `fact_id` is re-keyed when its scheme is recognised: `make_fact_id(old_id,
    start, end)` (the engine's own id function, verified on every fact) or an
    `old_id` prefix. Otherwise None is returned, and the article is extracted again.
    """
    facts = [_rekeyed_fact(fact, old_id, new_id, make_fact_id) for fact in extraction.facts]
    if any(fact is None for fact in facts):
        return None
    return Extraction(
        article=dict(extraction.article),
        facts=facts,
        entities=[{**row, "article_id": new_id} for row in extraction.entities],
        people=[{**row, "article_id": new_id} for row in extraction.people],
    )


def _rekeyed_fact(fact: dict, old_id: str, new_id: str, make_fact_id: FactIdMaker | None) -> dict | None:
    fact_id, start, end = fact.get("fact_id"), fact.get("char_start"), fact.get("char_end")
    if not isinstance(fact_id, str):
        return None
    if make_fact_id is not None and isinstance(start, int) and isinstance(end, int):
        try:
            if make_fact_id(old_id, start, end) == fact_id:
                return fact | {"article_id": new_id, "fact_id": make_fact_id(new_id, start, end)}
        except Exception:  # an id function that does not take these arguments: try the prefix scheme
            pass
    if fact_id.startswith(old_id):
        return fact | {"article_id": new_id, "fact_id": new_id + fact_id[len(old_id) :]}
    return None


def encode_extraction(extraction: Extraction) -> str:
    """The extraction as compact JSON; dates become ISO text, NaN and NA become null."""
    document = {"article": extraction.article} | {name: getattr(extraction, name) for name in _SECTIONS}
    return json.dumps(_nan_to_none(document), default=_json_default, ensure_ascii=False, separators=(",", ":"))


def decode_extraction(payload: str) -> Extraction:
    """Inverse of `encode_extraction` (dates stay ISO text; the table builder parses them)."""
    document = json.loads(payload)
    return Extraction(article=document["article"], **{name: document[name] for name in _SECTIONS})


def _nan_to_none(value: object) -> object:
    """Replace float NaN by None, recursively: JSON has no NaN and null means missing in every table."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {key: _nan_to_none(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_nan_to_none(item) for item in value]
    return value


def _json_default(value: object) -> object:
    """JSON for the non-JSON values an engine may reasonably return; anything else is an engine bug."""
    if value is None or _is_missing(value):
        return None
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return value.item()
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def _is_missing(value: object) -> bool:
    """pandas' NA and NaT, tested without importing pandas into the engine's path."""
    return type(value).__name__ in {"NAType", "NaTType"}


def _safe_name(version: str) -> str:
    """A file-name-safe rendering of an engine version."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", version) or "unversioned"
