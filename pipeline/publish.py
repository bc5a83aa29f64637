"""Publish the validated tables as Parquet files, a DuckDB database and a Frictionless data package.

Layout under `outputs_dir`::

    parquet/<table>.parquet   one file per table of `schemas.tables.TABLE_SCHEMAS`
    newsfacts.duckdb          the same tables (same rows and columns), commented, plus
                              `article_texts` and the views of `pipeline/views.sql`
    datapackage.json          Frictionless descriptor of the Parquet files

Everything about the columns (types, nullability, descriptions, enums, bounds,
keys) is derived from the pandera models; nothing is written twice by hand.

Determinism: rows are sorted by a stable key per table (`SORT_KEYS`), the Arrow
schema is explicit, no pandas metadata, index, timestamp or random value is
written, and compression and row groups are fixed (`PARQUET_OPTIONS`), so the
same frames give byte-identical Parquet files and an identical data package.

Atomicity: every file is first built complete beside its final name under a
temporary name (`.<name>.tmp-<pid>` in the same folder), flushed to disk, and
only then moved into place with `os.replace` (atomic on POSIX). The order of the
moves is: the Parquet files, then `datapackage.json` (the manifest after the
files it describes), then `newsfacts.duckdb` LAST. The DuckDB file is one
self-contained snapshot, so it is the commit point: a publish killed at any
moment leaves the previous complete database in place, and a new database
implies that the Parquet files and the package beside it are new too. Each
Parquet file is always complete (old or new), though a kill during the few
renames can leave some tables new and some old until the next publish.

Readers: a reader holding `newsfacts.duckdb` open (e.g. read-only in another
process) keeps the old inode; it neither blocks the publish (no lock is taken on
the final file) nor breaks, and sees the new data when it reconnects. Writes an
analyst makes to the database are lost at the next publish: it is an output.
Publishes into one folder are serialised with an advisory lock
(`.newsfacts.publish.lock`), and temporary files left by killed runs are
removed at the start of the next publish.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import inspect
import json
import math
import os
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pandera.dtypes as pandera_dtypes
import pyarrow as pa
import pyarrow.parquet as pq
from pandera.pandas import DataFrameModel

from schemas.tables import TABLE_SCHEMAS, GroundedFactSchema, column_descriptions
from schemas.vocab import CURRENCIES

try:  # advisory locking is POSIX-only; elsewhere publishes are simply not serialised
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

PARQUET_DIR = "parquet"
DUCKDB_NAME = "newsfacts.duckdb"
PACKAGE_NAME = "datapackage.json"
LOCK_NAME = ".newsfacts.publish.lock"
VIEWS_SQL = Path(__file__).with_name("views.sql")
ARTICLE_TEXTS = "article_texts"

# Row order of each published table: a key that is unique per the models, so the order never depends on input order.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "facts": ("article_id", "char_start", "char_end", "fact_id"),
    "entities": ("article_id", "name"),
    "people": ("article_id", "name"),
    "rejected_articles": ("file_name",),
}

# Fixed writer settings: any change here changes the bytes of every file.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "row_group_size": 1_000_000,
    "data_page_size": 1 << 20,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "store_schema": True,
}

LICENSE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
PACKAGE_DEFAULTS: dict[str, Any] = {
    "name": "newsfacts",
    "title": "newsfacts: facts stated in economic news articles",
    "description": (
        "Quantities (investments, output, growth rates, capacities, jobs, ...) stated in economic news "
        "articles, one row per stated quantity with its subject, unit, period and offsets into the article, "
        "plus the entities and people the articles name. The article texts themselves are not included: "
        "they belong to their publishers."
    ),
}

_ARTICLE_TEXTS_DESCRIPTION = "Full text of each accepted article, for reading facts in context; not published."
_TEMP_GLOBS = (f".{DUCKDB_NAME}.tmp-*", f".{PACKAGE_NAME}.tmp-*", f"{PARQUET_DIR}/.*.parquet.tmp-*")


# ---------------------------------------------------------------- schemas


def arrow_schema(schema: type[DataFrameModel]) -> pa.Schema:
    """The Arrow schema of a pandera model: one field per column, in order, nullable per the model.

    str -> string, int -> int64, float -> float64, Date -> date32, object (the
    `aliases` lists) -> list<string>. Each field carries its description as metadata.
    """
    fields = [
        pa.field(
            name,
            _arrow_type(column.dtype),
            nullable=column.nullable,
            metadata={"description": column.description or ""},
        )
        for name, column in schema.to_schema().columns.items()
    ]
    return pa.schema(fields)


def _arrow_type(dtype: Any) -> pa.DataType:
    if isinstance(dtype, pandera_dtypes.Date):
        return pa.date32()
    if pandera_dtypes.is_string(dtype):
        return pa.string()
    if pandera_dtypes.is_int(dtype):
        return pa.int64()
    if pandera_dtypes.is_float(dtype):
        return pa.float64()
    if str(dtype) == "object":  # the only object columns of the models hold lists of text
        return pa.list_(pa.string())
    raise TypeError(f"no Arrow type for pandera dtype {dtype!r}")


def table_description(schema: type[DataFrameModel]) -> str:
    """The model's docstring, which documents the table."""
    return inspect.getdoc(schema) or ""


# ---------------------------------------------------------------- frames to Arrow


def to_arrow_table(name: str, frame: pd.DataFrame) -> pa.Table:
    """Convert a published frame to an Arrow table with the model's schema, rows sorted by `SORT_KEYS[name]`.

    Raises ValueError when the columns differ from the model or a required column holds nulls.
    """
    schema = arrow_schema(TABLE_SCHEMAS[name])
    expected, given = schema.names, list(frame.columns)
    if sorted(expected) != sorted(given):
        raise ValueError(f"table {name!r}: columns {given} differ from the model's {expected}")
    arrays = [_arrow_array(frame[field.name], field.type) for field in schema]
    table = pa.Table.from_arrays(arrays, schema=schema)
    for field, column in zip(schema, table.columns, strict=True):
        if not field.nullable and column.null_count:
            raise ValueError(f"table {name!r}: column {field.name!r} holds {column.null_count} nulls")
    return table.sort_by([(key, "ascending") for key in SORT_KEYS[name]])


def _arrow_array(series: pd.Series, arrow_type: pa.DataType) -> pa.Array:
    if pa.types.is_date32(arrow_type):
        if set(map(type, series)) <= {dt.date, type(None)}:  # the usual case: Arrow converts these as they are
            return pa.array(series, type=arrow_type, from_pandas=True)
        return pa.array([_as_date(value) for value in series], type=arrow_type)
    if pa.types.is_list(arrow_type):
        return pa.array([None if _is_missing(value) else list(value) for value in series], type=arrow_type)
    return pa.array(series, type=arrow_type, from_pandas=True)


def _is_missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _as_date(value: Any) -> dt.date | None:
    """A date from a date, datetime, Timestamp or ISO string; None for missing values."""
    if _is_missing(value):
        return None
    if isinstance(value, dt.datetime):  # also pd.Timestamp; test before date, its base class
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _article_texts_table(article_texts: pd.DataFrame | None) -> pa.Table:
    schema = pa.schema([pa.field("article_id", pa.string(), nullable=False), pa.field("text", pa.string(), False)])
    if article_texts is None:
        return schema.empty_table()
    frame = article_texts[["article_id", "text"]]
    if frame["article_id"].duplicated().any():
        raise ValueError("article_texts: article_id must be unique")
    table = pa.Table.from_arrays(
        [pa.array(frame[c], pa.string(), from_pandas=True) for c in schema.names], schema=schema
    )
    return table.sort_by([("article_id", "ascending")])


# ---------------------------------------------------------------- publish


def publish_dataset(
    tables: dict[str, pd.DataFrame],
    outputs_dir: Path,
    *,
    article_texts: pd.DataFrame | None = None,
    package_metadata: dict | None = None,
) -> dict:
    """Publish validated frames atomically under `outputs_dir`.

    In: `tables` maps every name of `TABLE_SCHEMAS` (and no other) to a frame with
    exactly the model's columns, already validated; `article_texts` (article_id,
    text) goes to DuckDB only; `package_metadata` overrides top-level keys of
    the data package (name, title, version, ...).
    Out: {table: row_count, ..., "parquet_paths": {table: path}, "duckdb_path": path,
    "datapackage_path": path} with paths as strings.
    """
    outputs_dir = Path(outputs_dir)
    unknown = sorted(set(tables) - set(TABLE_SCHEMAS))
    missing = sorted(set(TABLE_SCHEMAS) - set(tables))
    if unknown or missing:
        raise ValueError(f"tables to publish: missing {missing}, not published tables {unknown}")
    arrow_tables = {name: to_arrow_table(name, tables[name]) for name in TABLE_SCHEMAS}
    texts = _article_texts_table(article_texts)
    (outputs_dir / PARQUET_DIR).mkdir(parents=True, exist_ok=True)
    with _publish_lock(outputs_dir):
        remove_stale_temp_files(outputs_dir)
        try:
            for temp, final in _stage(arrow_tables, texts, outputs_dir, package_metadata or {}):
                os.replace(temp, final)
            _fsync_dir(outputs_dir / PARQUET_DIR)
            _fsync_dir(outputs_dir)
        finally:
            # Under the lock every temporary file is this run's: none survives a failure (DuckDB's .wal included).
            remove_stale_temp_files(outputs_dir)
    return {
        **{name: table.num_rows for name, table in arrow_tables.items()},
        "parquet_paths": {name: str(_parquet_path(outputs_dir, name)) for name in arrow_tables},
        "duckdb_path": str(outputs_dir / DUCKDB_NAME),
        "datapackage_path": str(outputs_dir / PACKAGE_NAME),
    }


def _stage(
    arrow_tables: dict[str, pa.Table], texts: pa.Table, outputs_dir: Path, package_metadata: dict
) -> list[tuple[Path, Path]]:
    """Write every file complete under a temporary name; return (temporary, final) pairs in replace order."""
    pid = os.getpid()
    staged: list[tuple[Path, Path]] = []
    for name, table in arrow_tables.items():
        final = _parquet_path(outputs_dir, name)
        staged.append((_temp_path(final, pid), final))
        write_parquet(table, staged[-1][0])
    parquet_temps = {name: temp for name, (temp, _) in zip(arrow_tables, staged, strict=True)}
    package = outputs_dir / PACKAGE_NAME
    staged.append((_temp_path(package, pid), package))
    descriptor = package_descriptor(arrow_tables, parquet_temps, package_metadata)
    _write_durably(staged[-1][0], (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode())
    database = outputs_dir / DUCKDB_NAME
    staged.append((_temp_path(database, pid), database))
    build_duckdb(staged[-1][0], parquet_temps, texts)
    return staged


def _parquet_path(outputs_dir: Path, name: str) -> Path:
    return outputs_dir / PARQUET_DIR / f"{name}.parquet"


def _temp_path(final: Path, pid: int) -> Path:
    return final.with_name(f".{final.name}.tmp-{pid}")


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write `table` to `path` with the fixed `PARQUET_OPTIONS`, and flush it to disk."""
    pq.write_table(table, path, **PARQUET_OPTIONS)
    _fsync_file(path)


def _write_durably(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    # Makes the renames themselves durable across a power loss (not needed against a mere kill).
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def _publish_lock(outputs_dir: Path) -> Iterator[None]:
    """Serialise publishes into one folder; the kernel drops the lock when its holder dies, even by SIGKILL."""
    with (outputs_dir / LOCK_NAME).open("a") as handle:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield


def remove_stale_temp_files(outputs_dir: Path) -> list[Path]:
    """Delete the temporary files of publishes into `outputs_dir` (call under the publish lock); return them."""
    stale = sorted(path for pattern in _TEMP_GLOBS for path in Path(outputs_dir).glob(pattern))
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


# ---------------------------------------------------------------- DuckDB


def build_duckdb(path: Path, parquet_files: dict[str, Path], texts: pa.Table) -> None:
    """Create a DuckDB database at `path`: the tables from `parquet_files`, article texts, comments, views."""
    connection = duckdb.connect(str(path))
    try:
        connection.execute("BEGIN TRANSACTION")  # one commit for the whole build, not one per statement
        for name, parquet in parquet_files.items():
            # Read back the very file being published (read_parquet() would take glob characters
            # in the folder name as a pattern), so the database holds exactly the Parquet rows.
            connection.register("staged_table", pq.read_table(parquet))
            connection.execute(f"CREATE TABLE {_ident(name)} AS SELECT * FROM staged_table")
            connection.unregister("staged_table")
            _add_not_null(connection, name, TABLE_SCHEMAS[name])
        _create_article_texts(connection, texts)
        for statement in comment_statements():
            connection.execute(statement)
        connection.execute(views_sql())
        for statement in view_column_comment_statements(connection):
            connection.execute(statement)
        connection.execute("COMMIT")
        connection.execute("CHECKPOINT")
    finally:
        connection.close()
    _fsync_file(path)


def _add_not_null(connection: duckdb.DuckDBPyConnection, name: str, schema: type[DataFrameModel]) -> None:
    for column_name, column in schema.to_schema().columns.items():
        if not column.nullable:
            connection.execute(f"ALTER TABLE {_ident(name)} ALTER COLUMN {_ident(column_name)} SET NOT NULL")


def _create_article_texts(connection: duckdb.DuckDBPyConnection, texts: pa.Table) -> None:
    # Always created (empty without texts) so that the views that read it stay valid.
    connection.execute(f"CREATE TABLE {ARTICLE_TEXTS} (article_id VARCHAR NOT NULL, text VARCHAR NOT NULL)")
    connection.register("staged_article_texts", texts)
    connection.execute(f"INSERT INTO {ARTICLE_TEXTS} SELECT article_id, text FROM staged_article_texts")
    connection.unregister("staged_article_texts")


def table_comments() -> dict[str, tuple[str, dict[str, str]]]:
    """{table: (table comment, {column: comment})} for every DuckDB table, from the pandera models."""
    comments = {name: (table_description(model), column_descriptions(model)) for name, model in TABLE_SCHEMAS.items()}
    comments[ARTICLE_TEXTS] = (
        _ARTICLE_TEXTS_DESCRIPTION,
        {
            "article_id": column_descriptions(TABLE_SCHEMAS["articles"])["article_id"],
            "text": column_descriptions(GroundedFactSchema)["article_text"],
        },
    )
    return comments


def comment_statements() -> list[str]:
    """COMMENT ON TABLE / COLUMN statements for every table and column."""
    statements = []
    for table, (table_comment, columns) in table_comments().items():
        statements.append(f"COMMENT ON TABLE {_ident(table)} IS {_literal(table_comment)}")
        statements += [
            f"COMMENT ON COLUMN {_ident(table)}.{_ident(column)} IS {_literal(comment)}"
            for column, comment in columns.items()
        ]
    return statements


def views_sql() -> str:
    """The SQL of `views.sql`, with the currency codes of `schemas.vocab` filled in."""
    currencies = ", ".join(_literal(code) for code in CURRENCIES)
    return VIEWS_SQL.read_text(encoding="utf-8").replace("@CURRENCIES@", currencies)


def view_column_comment_statements(connection: duckdb.DuckDBPyConnection) -> list[str]:
    """Comments for view columns that views.sql leaves uncommented: those named like a table column.

    A view column takes the description of the same-named column of the first
    table (facts first) that has it, so descriptions stay single-sourced.
    """
    known: dict[str, str] = {}
    for name in ("facts", *TABLE_SCHEMAS, ARTICLE_TEXTS):
        for column, comment in table_comments()[name][1].items():
            known.setdefault(column, comment)
    rows = connection.execute(
        "SELECT c.table_name, c.column_name FROM duckdb_columns() c JOIN duckdb_views() v "
        "ON c.table_name = v.view_name AND c.schema_name = v.schema_name "
        "WHERE NOT v.internal AND c.comment IS NULL ORDER BY c.table_name, c.column_index"
    ).fetchall()
    return [
        f"COMMENT ON COLUMN {_ident(view)}.{_ident(column)} IS {_literal(known[column])}"
        for view, column in rows
        if column in known
    ]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# ---------------------------------------------------------------- data package


def package_descriptor(
    arrow_tables: dict[str, pa.Table], parquet_files: dict[str, Path], package_metadata: dict | None = None
) -> dict:
    """The Frictionless data package descriptor: package facts, one source per article, one resource per table.

    `parquet_files` are the files whose bytes are hashed (the resource paths are
    always the final `parquet/<table>.parquet`).
    """
    descriptor: dict[str, Any] = {
        **PACKAGE_DEFAULTS,
        "version": _package_version(),
        "licenses": [LICENSE],
        "sources": package_sources(arrow_tables["articles"]),
        "resources": [
            package_resource(name, TABLE_SCHEMAS[name], parquet_files[name], table.num_rows)
            for name, table in arrow_tables.items()
        ],
    }
    descriptor.update(package_metadata or {})
    return descriptor


def _package_version() -> str:
    try:
        return metadata.version("newsfacts")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def package_sources(articles: pa.Table) -> list[dict]:
    """One source per article: its file name as title, publisher when known, publication date, sha256."""
    sources = []
    for row in articles.sort_by("article_id").to_pylist():
        source = {
            "title": row["file_name"],
            "publisher": row["publisher"],
            "published": row["published_date"].isoformat() if row["published_date"] else None,
            "sha256": row["sha256"],
        }
        sources.append({key: value for key, value in source.items() if value is not None})
    return sources


# Arrow type -> Table Schema type. Frictionless reads Parquet through pandas, which turns list
# cells into numpy arrays that its "array" type refuses: list columns are declared "any" (their
# description says what they hold), so that `frictionless validate` can check the rest.
_FRICTIONLESS_TYPES = {"string": "string", "int64": "integer", "double": "number", "date32[day]": "date"}
_LIST_TYPE = "any"
# pandas also turns the nulls of numeric columns into NaN, which Frictionless must read as missing.
_NUMERIC_MISSING_VALUES = ["", "nan"]


def package_resource(name: str, schema: type[DataFrameModel], parquet_file: Path, rows: int) -> dict:
    """The resource of one Parquet table, its Table Schema generated from the pandera model."""
    model = schema.to_schema()
    fields = [package_field(field, model.columns[field.name]) for field in arrow_schema(schema)]
    resource: dict[str, Any] = {
        "name": name,
        "path": f"{PARQUET_DIR}/{name}.parquet",
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        "description": table_description(schema),
        "schema": {"fields": fields},
    }
    if primary_key := _primary_key(model):
        resource["schema"]["primaryKey"] = primary_key
    # Frictionless computes no byte statistics for Parquet, so "hash"/"bytes" would fail validation.
    resource["x-row-count"] = rows
    resource["x-sha256"] = _sha256_of(parquet_file)
    return resource


def package_field(field: pa.Field, column: Any) -> dict:
    """The Table Schema field of one column: name, type, description, constraints."""
    descriptor: dict[str, Any] = {
        "name": field.name,
        "type": _LIST_TYPE if pa.types.is_list(field.type) else _FRICTIONLESS_TYPES[str(field.type)],
        "description": column.description or "",
    }
    if field.nullable and descriptor["type"] in ("integer", "number"):
        descriptor["missingValues"] = _NUMERIC_MISSING_VALUES
    if constraints := field_constraints(column):
        descriptor["constraints"] = constraints
    return descriptor


# pandera check name -> (Table Schema constraint, the check statistic that holds its value)
_CHECK_CONSTRAINTS = {
    "isin": ("enum", "allowed_values"),
    "greater_than_or_equal_to": ("minimum", "min_value"),
    "less_than_or_equal_to": ("maximum", "max_value"),
    "str_matches": ("pattern", "pattern"),
}


def field_constraints(column: Any) -> dict:
    """Table Schema constraints of a pandera column: required, unique, enum, minimum/maximum, pattern, minLength."""
    constraints: dict[str, Any] = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    for check in column.checks:
        statistics = check.statistics or {}
        if check.name in _CHECK_CONSTRAINTS:
            key, statistic = _CHECK_CONSTRAINTS[check.name]
            constraints[key] = list(statistics[statistic]) if key == "enum" else statistics[statistic]
        elif check.name == "str_length":
            bounds = {"minLength": statistics.get("min_value"), "maxLength": statistics.get("max_value")}
            constraints.update({k: v for k, v in bounds.items() if v is not None})
    return constraints


def _primary_key(model: Any) -> list[str]:
    if model.unique:
        return list(model.unique)
    unique_columns = [name for name, column in model.columns.items() if column.unique]
    return unique_columns[:1]


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
