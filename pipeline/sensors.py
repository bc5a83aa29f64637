"""Notice new, changed and removed article files in SEEDS_DIR and request one run for them.

The cursor remembers every article file as `[size, mtime_ns, sha]`, where `sha` is
the first 16 hex digits of its SHA-256 (64 bits: plenty to tell versions of one
file apart; the pipeline itself uses the full hash). Each tick:

1. stats every article file (10,000 stats take tens of milliseconds);
2. hashes only the files that are new or whose size or mtime moved, in name order,
   until `HASH_BUDGET_SECONDS` is spent: the rest stay out of the cursor and are
   picked up by the next tick, so a tick stays far under Dagster's 60 s limit
   however many or large the files;
3. requests one run of `newsfacts_job` when content was added, changed or removed.
   A touched file whose bytes are unchanged only updates the cursor.

The cursor is only rewritten on a tick that found something, so the (large, for
10,000 files ~1 MB) cursor is not stored with every idle tick. The run key holds a
sequence number kept in the cursor, so A -> B -> A edits each get their run, while a
retried tick (same cursor) cannot launch the same work twice.
"""

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dagster import (
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    sensor,
)

from pipeline.assets import newsfacts_job
from pipeline.ingest import list_article_files
from pipeline.resources import NewsfactsStorage

HASH_BUDGET_SECONDS = 20.0
SHA_DIGITS = 16
_CHUNK = 1 << 20
_UNREADABLE = "unreadable"

FileEntry = tuple[int, int, str]  # size, mtime_ns, sha prefix


@dataclass
class SeedState:
    """What the sensor last saw: file name -> (size, mtime_ns, sha prefix), and runs requested so far."""

    files: dict[str, FileEntry] = field(default_factory=dict)
    runs_requested: int = 0


@dataclass
class SeedChanges:
    """Differences found by one scan, by file name."""

    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    touched: list[str] = field(default_factory=list)  # stat moved, bytes did not
    pending: int = 0  # files left for the next tick

    @property
    def has_content_changes(self) -> bool:
        """True when a run is needed: some article was added, edited or deleted."""
        return bool(self.new or self.changed or self.removed)


def parse_cursor(cursor: str | None) -> SeedState:
    """The state stored in a cursor; an empty state for no cursor or an unreadable one (one full rescan)."""
    if not cursor:
        return SeedState()
    try:
        document = json.loads(cursor)
        files = {name: (int(size), int(mtime), str(sha)) for name, (size, mtime, sha) in document["files"].items()}
        return SeedState(files=files, runs_requested=int(document.get("runs_requested", 0)))
    except (ValueError, KeyError, TypeError, AttributeError):
        return SeedState()


def dump_cursor(state: SeedState) -> str:
    """Compact, deterministic JSON of `state`."""
    files = {name: list(state.files[name]) for name in sorted(state.files)}
    return json.dumps({"runs_requested": state.runs_requested, "files": files}, separators=(",", ":"))


def scan_seeds(
    paths: Sequence[Path],
    previous: SeedState,
    budget_seconds: float = HASH_BUDGET_SECONDS,
    clock: Callable[[], float] = time.monotonic,
) -> tuple[SeedState, SeedChanges]:
    """Compare the article files now in `paths` with `previous`; return the new state and the changes.

    Only new or re-stat'ed files are hashed, in name order, until `budget_seconds`
    have passed; files left over count as `pending` and keep their old entry.
    """
    deadline = clock() + budget_seconds
    stats = {path.name: (path, _stat(path)) for path in paths}
    changes = SeedChanges(removed=sorted(set(previous.files) - set(stats)))
    files = {name: entry for name, entry in previous.files.items() if name in stats}
    candidates = sorted(name for name, (_, st) in stats.items() if previous.files.get(name, (None, None))[:2] != st)
    for position, name in enumerate(candidates):
        if clock() > deadline:
            changes.pending = len(candidates) - position
            break
        path, (size, mtime) = stats[name]
        entry = (size, mtime, _sha_prefix(path))
        old = previous.files.get(name)
        if old is None:
            changes.new.append(name)
        elif old[2] != entry[2]:
            changes.changed.append(name)
        else:
            changes.touched.append(name)
        files[name] = entry
    return SeedState(files=files, runs_requested=previous.runs_requested), changes


def _stat(path: Path) -> tuple[int, int]:
    """(size, mtime_ns) of a file; (-1, -1) for a file that cannot be stat'ed (e.g. a broken link)."""
    try:
        st = path.stat()
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def _sha_prefix(path: Path) -> str:
    """The first SHA_DIGITS hex digits of the file's SHA-256, read in chunks."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return _UNREADABLE
    return digest.hexdigest()[:SHA_DIGITS]


def run_key_for(state: SeedState, changes: SeedChanges) -> str:
    """A run key unique to this request: the request number and a digest of what changed."""
    described = json.dumps(
        [changes.new, changes.changed, changes.removed, [state.files[n][2] for n in changes.new + changes.changed]]
    )
    return f"seeds-{state.runs_requested}-{hashlib.sha256(described.encode()).hexdigest()[:12]}"


def change_tags(changes: SeedChanges) -> dict[str, str]:
    """Run tags with the counts of what the sensor saw."""
    return {
        "newsfacts/trigger": "seed_files_sensor",
        "newsfacts/new_files": str(len(changes.new)),
        "newsfacts/changed_files": str(len(changes.changed)),
        "newsfacts/removed_files": str(len(changes.removed)),
        "newsfacts/pending_files": str(changes.pending),
    }


@sensor(
    name="seed_files_sensor",
    job=newsfacts_job,
    minimum_interval_seconds=30,
    default_status=DefaultSensorStatus.RUNNING,
    description="Requests a run of newsfacts_job when article files in SEEDS_DIR are added, edited or removed.",
)
def seed_files_sensor(context: SensorEvaluationContext, storage: NewsfactsStorage) -> SensorResult | SkipReason:
    """One tick: scan SEEDS_DIR against the cursor; request a run for content changes."""
    seeds = storage.seeds_path()
    if not seeds.is_dir():
        return SkipReason(f"SEEDS_DIR {seeds} is not a folder.")
    state, changes = scan_seeds(list_article_files(seeds), parse_cursor(context.cursor))
    if not changes.has_content_changes:
        if changes.touched or changes.pending:
            reason = f"{len(changes.touched)} file(s) touched without content changes; {changes.pending} pending"
            return SensorResult(skip_reason=reason, cursor=dump_cursor(state))
        return SkipReason("No new, changed or removed article files.")
    state.runs_requested += 1
    request = RunRequest(run_key=run_key_for(state, changes), tags=change_tags(changes))
    context.log.info(
        f"{len(changes.new)} new, {len(changes.changed)} changed, {len(changes.removed)} removed, "
        f"{changes.pending} pending article file(s)"
    )
    return SensorResult(run_requests=[request], cursor=dump_cursor(state))
