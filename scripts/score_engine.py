"""Score the extraction engine alone (no Dagster) on folders of articles with answer keys.

    python scripts/score_engine.py seeds tests/corpus [--details]

A developer's loop: the same evaluator as the pipeline's asset check, without building outputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.evaluate import evaluate_engine, format_report

if __name__ == "__main__":
    paths = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    print(format_report(evaluate_engine(paths), details="--details" in sys.argv))
