"""Score the extraction engine alone (no Dagster) on folders of articles with answer keys.

    python scripts/score_engine.py seeds tests/corpus [--details]

A developer's loop: the same evaluator as the pipeline's asset check, without building outputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from pipeline.evaluate import evaluate, format_report, load_answer_keys
from pipeline.extract import extract_article


def score(folders: list[Path]) -> dict:
    """Run the engine on every keyed article in `folders`; return the evaluator's result."""
    keys, facts, entities, people = {}, [], [], []
    for folder in folders:
        folder_keys = load_answer_keys(folder)
        keys.update(folder_keys)
        for article_id in folder_keys:
            text = (folder / f"{article_id}.txt").read_text(encoding="utf-8")
            extraction = extract_article(text, article_id)
            facts += extraction.facts
            entities += extraction.entities
            people += extraction.people
    return evaluate(pd.DataFrame(facts), keys, entities=pd.DataFrame(entities), people=pd.DataFrame(people))


if __name__ == "__main__":
    paths = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    print(format_report(score(paths), details="--details" in sys.argv))
