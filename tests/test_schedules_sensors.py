"""The daily schedule rebuilds everything; the sensor requests runs for exactly the article files that moved."""

import itertools
import os
import shutil
from pathlib import Path

import pytest
from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    SensorResult,
    SkipReason,
    build_schedule_context,
    build_sensor_context,
)

from pipeline.definitions import defs
from pipeline.resources import NewsfactsStorage
from pipeline.schedules import daily_rebuild
from pipeline.sensors import SeedState, parse_cursor, scan_seeds, seed_files_sensor

SEED = Path(__file__).resolve().parents[1] / "seeds" / "astana-investments-2024-11-29.txt"


# ------------------------------------------------------------------ schedule


def test_the_schedule_runs_daily_in_utc_and_starts_running():
    assert daily_rebuild.cron_schedule == "0 3 * * *"
    assert daily_rebuild.execution_timezone == "UTC"
    assert daily_rebuild.default_status == DefaultScheduleStatus.RUNNING


def test_the_schedule_requests_a_run_of_every_asset_and_check():
    [request] = daily_rebuild.evaluate_tick(build_schedule_context()).run_requests
    job = defs.resolve_job_def(daily_rebuild.job_name)
    graph = defs.resolve_asset_graph()

    assert request.asset_selection is None  # the whole job
    assert job.asset_layer.selected_asset_keys == AssetSelection.all().resolve(graph)
    check_nodes = {f"{key.asset_key.to_python_identifier()}_{key.name}" for key in graph.asset_check_keys}
    assert len(check_nodes) == 9 and check_nodes <= set(job.graph.node_dict)


# ------------------------------------------------------------------ sensor


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    (folder / SEED.name.replace(".txt", ".gold.json")).write_text("{}", encoding="utf-8")  # not an article
    return folder


def tick(seeds: Path, cursor: str | None) -> SensorResult | SkipReason:
    """One sensor evaluation against `seeds` with `cursor`."""
    context = build_sensor_context(cursor=cursor, resources={"storage": NewsfactsStorage(seeds_dir=str(seeds))})
    return seed_files_sensor(context)


def tags_of(result: SensorResult) -> dict[str, str]:
    [request] = result.run_requests
    return {k.removeprefix("newsfacts/"): v for k, v in request.tags.items() if k.endswith("_files")}


def counts(new: int = 0, changed: int = 0, removed: int = 0) -> dict[str, str]:
    return {"new_files": str(new), "changed_files": str(changed), "removed_files": str(removed), "pending_files": "0"}


def test_the_sensor_starts_running_and_ticks_every_30_seconds():
    assert seed_files_sensor.default_status == DefaultSensorStatus.RUNNING
    assert seed_files_sensor.minimum_interval_seconds == 30
    assert seed_files_sensor.job_name == "newsfacts_job"


def test_first_tick_requests_one_run_for_the_new_article_files_and_records_them(seeds):
    result = tick(seeds, None)

    assert tags_of(result) == counts(new=1)
    assert set(parse_cursor(result.cursor).files) == {SEED.name}


def test_nothing_changed_requests_nothing_and_keeps_the_cursor(seeds):
    cursor = tick(seeds, None).cursor

    result = tick(seeds, cursor)

    assert isinstance(result, SkipReason)


def test_an_edited_article_requests_a_run_for_one_changed_file(seeds):
    cursor = tick(seeds, None).cursor
    (seeds / SEED.name).write_text(SEED.read_text(encoding="utf-8") + " More.", encoding="utf-8")

    result = tick(seeds, cursor)

    assert tags_of(result) == counts(changed=1)
    assert parse_cursor(result.cursor).files[SEED.name] != parse_cursor(cursor).files[SEED.name]


def test_a_removed_article_requests_a_run_and_leaves_the_cursor(seeds):
    cursor = tick(seeds, None).cursor
    (seeds / SEED.name).unlink()

    result = tick(seeds, cursor)

    assert tags_of(result) == counts(removed=1)
    assert parse_cursor(result.cursor).files == {}


def test_a_touched_but_unchanged_article_only_advances_the_cursor(seeds):
    cursor = tick(seeds, None).cursor
    article = seeds / SEED.name
    os.utime(article, ns=(article.stat().st_atime_ns, article.stat().st_mtime_ns + 10**9))

    result = tick(seeds, cursor)

    assert not result.run_requests
    assert result.cursor != cursor
    assert isinstance(tick(seeds, result.cursor), SkipReason)


def test_editing_back_and_forth_gets_a_new_run_key_each_time(seeds):
    article, original = seeds / SEED.name, SEED.read_text(encoding="utf-8")
    cursor, keys = tick(seeds, None).cursor, []
    for text in (original + " B", original):
        article.write_text(text, encoding="utf-8")
        result = tick(seeds, cursor)
        cursor = result.cursor
        keys.append(result.run_requests[0].run_key)

    assert len(set(keys)) == 2


def test_a_tick_that_runs_out_of_time_leaves_the_rest_for_the_next_tick(seeds):
    for n in range(3):
        (seeds / f"extra-{n}.txt").write_text(f"article {n}", encoding="utf-8")
    paths = sorted(p for p in seeds.iterdir() if p.suffix == ".txt")
    clock = itertools.count().__next__  # one "second" per call: the budget covers two files

    state, changes = scan_seeds(paths, SeedState(), budget_seconds=2.5, clock=clock)

    assert (len(changes.new), changes.pending) == (2, 2)
    state, changes = scan_seeds(paths, state)
    assert (len(changes.new), changes.pending) == (2, 0)
    assert set(state.files) == {p.name for p in paths}


def test_an_unreadable_cursor_means_a_full_rescan(seeds):
    assert tags_of(tick(seeds, "not json")) == counts(new=1)
