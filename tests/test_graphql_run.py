"""Launch the full pipeline through Dagster's GraphQL client against a running webserver + daemon.

The run writes into its own OUTPUTS_DIR (set through the `storage` resource's run config), so this
test and the browser test, which share one server, never read each other's dataset.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from dagster import DagsterRunStatus
from dagster_graphql import DagsterGraphQLClient

if TYPE_CHECKING:
    from conftest import DagsterServer

pytestmark = [
    pytest.mark.slow,
    # dagster-graphql's client still calls gql the old way; not ours to fix.
    pytest.mark.filterwarnings("ignore:Using variable_values and operation_name:DeprecationWarning"),
]

JOB_NAME = "newsfacts_job"  # the Dagster layer's job over every asset and check
RUN_TIMEOUT_S = 180
FINISHED = {DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED}

_ASSET_KEYS = "query { assetNodes { assetKey { path } } }"
_RUN_STATS = """
query ($runId: ID!) {
  runOrError(runId: $runId) {
    ... on Run {
      jobName
      stats { ... on RunStatsSnapshot { stepsSucceeded stepsFailed materializations } }
    }
  }
}
"""


def test_graphql_client_runs_the_whole_pipeline(dagster_server: DagsterServer, count_published_facts, tmp_path: Path):
    assert JOB_NAME in dagster_server.job_names, f"no {JOB_NAME} in the code location: {dagster_server.job_names}"
    outputs = tmp_path / "outputs"
    client = DagsterGraphQLClient("127.0.0.1", port_number=dagster_server.port, timeout=60)

    started = time.monotonic()
    run_id = client.submit_job_execution(
        JOB_NAME,
        repository_location_name=dagster_server.location_name,
        repository_name=dagster_server.repository_name,
        run_config={"resources": {"storage": {"config": {"outputs_dir": str(outputs)}}}},
        tags={"launched_by": "tests/test_graphql_run.py"},
    )
    status = client.get_run_status(run_id)
    while status not in FINISHED and time.monotonic() - started < RUN_TIMEOUT_S:
        time.sleep(1)
        status = client.get_run_status(run_id)
    elapsed = time.monotonic() - started
    assert status == DagsterRunStatus.SUCCESS, f"after {elapsed:.0f} s: {dagster_server.explain_run(run_id)}"

    # The job covers every asset of the code location, and each one was materialized by this run.
    n_assets = len(dagster_server.graphql(_ASSET_KEYS)["assetNodes"])
    run = dagster_server.graphql(_RUN_STATS, {"runId": run_id})["runOrError"]
    assert run["jobName"] == JOB_NAME
    assert run["stats"]["stepsFailed"] == 0
    assert run["stats"]["materializations"] == n_assets

    in_duckdb, in_parquet = count_published_facts(outputs)
    assert in_duckdb > 0, "the published DuckDB file holds no facts"
    assert in_duckdb == in_parquet
