"""The code location loads, names what it promises, and builds everything from the command line."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from dagster import AssetKey, Definitions

from pipeline.definitions import defs
from pipeline.extract import EXTRACTOR_VERSION

REPO = Path(__file__).resolve().parents[1]
ASSETS = {
    "article_texts", "ingest_rejections", "extractions", "articles", "facts", "entities", "people",
    "rejected_articles", "newsfacts_dataset",
}  # fmt: skip
CHECKS = {
    ("articles", "pandera_schema"): True,
    ("facts", "pandera_schema"): True,
    ("entities", "pandera_schema"): True,
    ("people", "pandera_schema"): True,
    ("rejected_articles", "pandera_schema"): True,
    ("extractions", "engine_mostly_succeeds"): True,
    ("facts", "quotes_at_offsets"): True,
    ("facts", "accuracy_vs_answer_keys"): False,
    ("facts", "conversion_rates_agree"): False,
}  # (asset, check) -> blocking


def test_definitions_load_and_resolve_every_job_asset_and_check():
    Definitions.validate_loadable(defs)

    graph = defs.resolve_asset_graph()
    assert {key.to_user_string() for key in graph.get_all_asset_keys()} == ASSETS
    assert {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys} == set(CHECKS)
    assert defs.resolve_job_def("newsfacts_job") is not None
    assert defs.resolve_schedule_def("daily_rebuild") is not None
    assert defs.resolve_sensor_def("seed_files_sensor") is not None


def test_validity_checks_block_publishing_and_quality_checks_only_warn():
    graph = defs.resolve_asset_graph()
    blocking = {
        (key.asset_key.to_user_string(), key.name): graph.get_check_spec(key).blocking for key in graph.asset_check_keys
    }
    assert blocking == CHECKS


def test_every_run_of_the_job_is_tagged_to_publish_one_at_a_time():
    # deploy/dagster.yaml limits runs tagged newsfacts/publish to one: a sensor run and a launched run of the job
    # must not write the same stored values at once.
    assert defs.resolve_job_def("newsfacts_job").tags.get("newsfacts/publish") == "dataset"


def test_every_run_executes_in_process():
    assert defs.resolve_job_def("newsfacts_job").executor_def.name == "in_process"


def test_the_extraction_asset_is_versioned_by_the_engine():
    assert defs.resolve_assets_def(AssetKey("extractions")).code_versions_by_key == {
        AssetKey("extractions"): EXTRACTOR_VERSION
    }


def test_importing_the_definitions_reads_and_writes_nothing(tmp_path):
    env = os.environ | {"SEEDS_DIR": str(tmp_path / "missing-seeds"), "OUTPUTS_DIR": str(tmp_path / "outputs")}

    subprocess.run([sys.executable, "-c", "import pipeline.definitions"], cwd=tmp_path, env=env, check=True)

    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_the_command_line_materializes_everything_from_a_fresh_dagster_home(tmp_path):
    home, outputs = tmp_path / "dagster_home", tmp_path / "outputs"
    home.mkdir()
    env = os.environ | {"DAGSTER_HOME": str(home), "OUTPUTS_DIR": str(outputs), "SEEDS_DIR": str(REPO / "seeds")}
    dagster = Path(sys.executable).with_name("dagster")

    completed = subprocess.run(
        [str(dagster), "asset", "materialize", "-m", "pipeline.definitions", "--select", "*"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert completed.returncode == 0, completed.stderr[-3000:]
    assert (outputs / "newsfacts.duckdb").is_file() and (outputs / "datapackage.json").is_file()
