"""Where newsfacts reads articles and writes its dataset: the one storage resource.

Every path the pipeline touches is resolved here, when an asset or sensor runs,
never at import: `SEEDS_DIR` and `OUTPUTS_DIR` may change between runs (tests,
deployments) without reloading the code location. Moving the dataset to object
storage later means changing this resource, not the assets.
"""

from __future__ import annotations

import os
from pathlib import Path

from dagster import ConfigurableResource

DEFAULT_SEEDS_DIR = "seeds"
DEFAULT_OUTPUTS_DIR = "outputs"


class NewsfactsStorage(ConfigurableResource):
    """Locations of the article seeds, the published dataset and the extraction cache.

    Leave a field empty to take it from the environment (`SEEDS_DIR`, `OUTPUTS_DIR`)
    at run time, falling back to `seeds/` and `outputs/` under the working directory.
    """

    seeds_dir: str | None = None
    outputs_dir: str | None = None
    extract_workers: int | None = None  # processes for extraction; None: one per CPU

    def worker_count(self) -> int:
        """How many processes may run the engine on cache misses."""
        return self.extract_workers or os.cpu_count() or 1

    def seeds_path(self) -> Path:
        """The folder holding the article files and their `*.gold.json` answer keys."""
        return _resolve(self.seeds_dir, "SEEDS_DIR", DEFAULT_SEEDS_DIR)

    def outputs_path(self) -> Path:
        """The folder the dataset is published into."""
        return _resolve(self.outputs_dir, "OUTPUTS_DIR", DEFAULT_OUTPUTS_DIR)

    def cache_path(self) -> Path:
        """The folder of the incremental extraction cache (kept beside the dataset it speeds up)."""
        return self.outputs_path() / "cache"


def _resolve(configured: str | None, env_var: str, default: str) -> Path:
    """An explicit setting wins, then the environment variable, then the default; made absolute."""
    raw = configured or os.environ.get(env_var) or default
    return Path(raw).expanduser().resolve()
