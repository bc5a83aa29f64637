"""The extraction engine: article text in, rows of facts, entities and people out.

Pure Python: nothing here imports Dagster, reads files or writes tables.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

ENGINE_MAJOR = "1"


def _source_digest() -> str:
    """Digest of the engine's code and lexicons: any change to them changes the version."""
    root = Path(__file__).resolve().parents[2]
    sources = sorted((root / "pipeline" / "extract").glob("*.py")) + sorted((root / "schemas").glob("*.py"))
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# The pipeline's incremental cache and Dagster's code_version are keyed on this, so it is derived from
# the engine's own source: an edited rule or lexicon can never be served stale rows from the cache.
EXTRACTOR_VERSION = f"{ENGINE_MAJOR}.{_source_digest()}"


@dataclass(frozen=True)
class Extraction:
    """Everything the engine read from one article.

    `article` holds the header fields (title, published_date, dateline, publisher);
    `facts`, `entities` and `people` are rows keyed by the columns of the
    matching pandera models in `schemas.tables`.
    """

    article: dict
    facts: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)


def fact_id(article_id: str, char_start: int, char_end: int) -> str:
    """Stable fact id: depends only on the article id and the quote's offsets."""
    return hashlib.sha1(f"{article_id}:{char_start}:{char_end}".encode()).hexdigest()[:16]


def extract_article(text: str, article_id: str) -> Extraction:
    """Read one article's text; return its header fields and its fact, entity and person rows."""
    from pipeline.extract.engine import extract_rows

    header, facts, entities, people = extract_rows(text, article_id)
    article = {
        "title": header.title,
        "published_date": header.published_date,
        "dateline": header.dateline,
        "publisher": header.publisher,
    }
    return Extraction(article=article, facts=facts, entities=entities, people=people)
