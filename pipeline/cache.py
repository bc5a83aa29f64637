"""Incremental extraction: run the engine only on article contents it has not read yet.

Design, and why:

- **Keyed by content, not by name.** An entry is keyed by the file's sha256 and
  lives in a file named after `EXTRACTOR_VERSION`, so an unchanged article under an
  unchanged engine is never read twice, while any edit to the text or any engine
  release misses the cache. Rows carry `article_id` (and `fact_id`, which starts
  with it), so a hit produced under another file name is re-keyed on the way out.
- **One Parquet file per engine version** (`extractions-<version>.parquet`, columns
  `sha256`, `article_id`, `payload`), rewritten atomically only when its contents
  change. 10,000 articles are one file read and at most one file write per run, not
  10,000 small files; an unchanged rerun writes nothing. The payload is the
  engine's `Extraction` as JSON (dates as ISO text), readable with any Parquet tool.
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
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.extract import Extraction

CACHE_COLUMNS = ("sha256", "article_id", "payload")
FactIdMaker = Callable[[str, int, int], str]  # (article_id, char_start, char_end) -> fact_id
_SECTIONS = ("facts", "entities", "people")


@dataclass(frozen=True)
class CachedExtraction:
    """One cache entry: the engine's output for some content, as produced under `article_id`."""

    article_id: str
    payload: str


@dataclass(frozen=True)
class ArticleToExtract:
    """What the extraction step needs of one accepted article."""

    article_id: str
    sha256: str
    text: str


@dataclass
class ExtractionRun:
    """Outcome of `extract_with_cache`: results per article id, the new cache contents and counts."""

    results: dict[str, Extraction] = field(default_factory=dict)
    entries: dict[str, CachedExtraction] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # article id -> reason
    n_extracted: int = 0
    n_reused: int = 0


class ExtractionCache:
    """The cache file of one engine version inside `folder`."""

    def __init__(self, folder: Path, version: str) -> None:
        self.folder = Path(folder)
        self.version = version
        self.path = self.folder / f"extractions-{_safe_name(version)}.parquet"

    def load(self) -> dict[str, CachedExtraction]:
        """All entries, sha256 -> entry; empty when the file is missing or unreadable (a cache is disposable)."""
        if not self.path.exists():
            return {}
        try:
            table = pq.read_table(self.path, columns=list(CACHE_COLUMNS))
        except (OSError, pa.ArrowException, ValueError):
            return {}
        columns = [table.column(name).to_pylist() for name in CACHE_COLUMNS]
        return {sha: CachedExtraction(aid, payload) for sha, aid, payload in zip(*columns, strict=True)}

    def save(self, entries: Mapping[str, CachedExtraction]) -> None:
        """Replace the file's contents with `entries`, atomically (readers see the old or the new file)."""
        shas = sorted(entries)
        table = pa.table(
            {
                "sha256": pa.array(shas, pa.string()),
                "article_id": pa.array([entries[s].article_id for s in shas], pa.string()),
                "payload": pa.array([entries[s].payload for s in shas], pa.large_string()),
            }
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=self.folder, prefix=".extractions-", suffix=".tmp")
        os.close(handle)
        try:
            pq.write_table(table, temp_name, compression="zstd")
            os.replace(temp_name, self.path)
        finally:
            if os.path.exists(temp_name):
                os.unlink(temp_name)


def extract_with_cache(
    articles: Iterable[ArticleToExtract],
    cached: Mapping[str, CachedExtraction],
    extract: Callable[[str, str], Extraction],
    workers: int = 1,
    make_fact_id: FactIdMaker | None = None,
) -> ExtractionRun:
    """Return every article's extraction, calling `extract(text, article_id)` only on cache misses.

    Fresh results go through the same JSON round trip as cached ones, so a rerun
    from the cache yields exactly the rows of the first run. An article the engine
    raises on (or returns something unserialisable for) is recorded in `failures`.
    With `workers` > 1 and at least `PARALLEL_MIN_ARTICLES` misses, the misses are
    extracted in that many processes (when `extract` is a module-level function).
    `make_fact_id` is the engine's fact id function, used to re-key hits of renamed files.
    """
    run = ExtractionRun()
    ordered = sorted(articles, key=lambda a: a.article_id)
    misses = []
    for article in ordered:
        hit = cached.get(article.sha256)
        if hit is not None and (entry := _reuse(hit, article.article_id, make_fact_id)) is not None:
            run.results[article.article_id] = decode_extraction(entry.payload)
            run.entries[article.sha256] = entry
            run.n_reused += 1
        else:
            misses.append(article)
    for article, (payload, error) in zip(misses, _extract_all(misses, extract, workers), strict=True):
        if payload is None:
            run.failures[article.article_id] = f"The extractor failed: {error}"
            continue
        run.results[article.article_id] = decode_extraction(payload)
        run.entries[article.sha256] = CachedExtraction(article.article_id, payload)
        run.n_extracted += 1
    run.results = dict(sorted(run.results.items()))
    return run


# Below this many misses, starting worker processes costs more than it saves.
PARALLEL_MIN_ARTICLES = 256
_CHUNK_SIZE = 32


def _extract_all(
    misses: list[ArticleToExtract], extract: Callable[[str, str], Extraction], workers: int
) -> list[tuple[str | None, str | None]]:
    """(payload, error) per article, in order; in `workers` processes when there are enough articles."""
    if workers <= 1 or len(misses) < PARALLEL_MIN_ARTICLES or not _picklable(extract):
        return [_extract_one(extract, article) for article in misses]
    # "spawn": forking a process that runs Dagster's threads can deadlock on their locks.
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            return list(pool.map(partial(_extract_one, extract), misses, chunksize=_CHUNK_SIZE))
    except (BrokenProcessPool, RuntimeError, OSError):  # no worker could start (e.g. an unguarded __main__)
        return [_extract_one(extract, article) for article in misses]


def _picklable(function: Callable) -> bool:
    """Whether `function` can be sent to a worker process (module-level functions can; closures cannot)."""
    try:
        pickle.dumps(function)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True


def _extract_one(extract: Callable[[str, str], Extraction], article: ArticleToExtract) -> tuple[str | None, str | None]:
    """(payload, None) for a readable article, (None, reason) when the engine fails on it."""
    try:
        return encode_extraction(extract(article.text, article.article_id)), None
    except Exception as error:  # any engine bug must cost one article, not the whole build
        return None, f"{type(error).__name__}: {error}"


def _reuse(hit: CachedExtraction, article_id: str, make_fact_id: FactIdMaker | None) -> CachedExtraction | None:
    """The cache entry for `article_id`: `hit` itself, or re-keyed from another file name; None if it cannot be."""
    if hit.article_id == article_id:
        return hit
    moved = rekey(decode_extraction(hit.payload), hit.article_id, article_id, make_fact_id)
    return None if moved is None else CachedExtraction(article_id, encode_extraction(moved))


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
