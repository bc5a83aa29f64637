"""Run the extraction engine over every article in a folder, once: a target for profilers.

python -m bench.engine_loop DIR
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    from pipeline.extract import extract_article

    paths = sorted(Path(argv[0]).glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    start = time.perf_counter()
    for article_id, text in texts:
        extract_article(text, article_id)
    elapsed = time.perf_counter() - start
    print(f"{len(texts)} articles in {elapsed:.2f} s: {len(texts) / elapsed:.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
