"""The extraction engine: article text in, rows of facts, entities and people out.

Pure Python: nothing here imports Dagster, reads files or writes tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Bump whenever a change to the engine can change its output: the pipeline's
# incremental cache and Dagster's code_version are keyed on it.
EXTRACTOR_VERSION = "0.1.0"


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
