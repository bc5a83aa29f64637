"""Shared fixtures: a real Dagster webserver + daemon serving `workspace.yaml`, for end-to-end tests.

The `dagster_server` fixture (session scope) starts, from the repository root:

* `dagster-webserver -w workspace.yaml -h 127.0.0.1 -p <free port>`, then
* `dagster-daemon run -w workspace.yaml` (it dequeues the runs the UI and GraphQL launch),

with a temporary DAGSTER_HOME (telemetry and the new-user tour off), a temporary SEEDS_DIR holding the
seed article and its answer key, and a temporary OUTPUTS_DIR. Before the daemon starts, the sensor and
the schedule are switched off through GraphQL (they are RUNNING by default in code): otherwise the
sensor would launch its own run of the seed a few seconds after start-up, racing the run a test
launches and writing the same OUTPUTS_DIR. Tests therefore see only the runs they launch themselves.

Both processes run in their own process group, logging to `test-artifacts/logs/`; the groups are
terminated at the end of the session (SIGTERM, then SIGKILL after a bounded wait), even on failure.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS_DIR = REPO_ROOT / "test-artifacts"
SEED_ARTICLE = "astana-investments-2024-11-29"
SEED_FILES = [f"{SEED_ARTICLE}.txt", f"{SEED_ARTICLE}.gold.json"]

SERVER_START_TIMEOUT_S = 120
DAEMON_START_TIMEOUT_S = 120
STOP_TIMEOUT_S = 20

DAGSTER_YAML = """\
telemetry:
  enabled: false
nux:
  enabled: false
"""

_WORKSPACE_QUERY = """
query {
  workspaceOrError {
    __typename
    ... on Workspace {
      locationEntries {
        name
        loadStatus
        locationOrLoadError {
          __typename
          ... on RepositoryLocation {
            repositories {
              name
              jobs { name }
              sensors { name sensorState { id status } }
              schedules { name scheduleState { id status } }
            }
          }
          ... on PythonError { message stack }
        }
      }
    }
    ... on PythonError { message }
  }
}
"""

_STOP_SENSOR = """
mutation ($id: String) {
  stopSensor(id: $id) {
    __typename
    ... on StopSensorMutationResult { instigationState { status } }
    ... on PythonError { message }
  }
}
"""

_STOP_SCHEDULE = """
mutation ($id: String) {
  stopRunningSchedule(id: $id) {
    __typename
    ... on ScheduleStateResult { scheduleState { status } }
    ... on PythonError { message }
  }
}
"""

_DAEMON_HEALTH = """
query { instance { daemonHealth { allDaemonStatuses { daemonType healthy required } } } }
"""

_RUN_STATUS = """
query ($runId: ID!) {
  runOrError(runId: $runId) {
    __typename
    ... on Run { status jobName }
  }
}
"""

_RUN_ERRORS = """
query ($runId: ID!) {
  logsForRun(runId: $runId) {
    __typename
    ... on EventConnection {
      events {
        __typename
        ... on MessageEvent { message level }
        ... on StepEvent { stepKey }
        ... on ErrorEvent { error { message } }
      }
    }
  }
}
"""


@dataclass
class DagsterServer:
    """A running webserver + daemon and the folders they were started with."""

    port: int
    home: Path
    seeds_dir: Path
    outputs_dir: Path
    location_name: str
    repository_name: str
    job_names: list[str]
    log_dir: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def graphql(self, query: str, variables: dict[str, Any] | None = None, timeout: float = 30) -> dict[str, Any]:
        """POST one GraphQL document; the `data` member, or an AssertionError naming the errors."""
        payload = _post_graphql(self.url, query, variables, timeout)
        assert not payload.get("errors"), f"GraphQL errors: {payload['errors']}"
        return payload["data"]

    def run_status(self, run_id: str) -> str | None:
        """The run's status (`SUCCESS`, `FAILURE`, `STARTED`, ...) as the instance records it."""
        result = self.graphql(_RUN_STATUS, {"runId": run_id})["runOrError"]
        return result.get("status")

    def explain_run(self, run_id: str, max_errors: int = 8) -> str:
        """Why a run did not succeed: its status and first ERROR events, for assertion messages."""
        try:
            status = self.run_status(run_id)
            logs = self.graphql(_RUN_ERRORS, {"runId": run_id})["logsForRun"]
        except (AssertionError, OSError, urllib.error.URLError) as error:
            return f"run {run_id}: could not read its events ({error!r}); see {self.log_dir}"
        errors = []
        for event in logs.get("events", []):
            if event.get("level") == "ERROR":
                message = (event.get("error") or {}).get("message") or event["message"]
                errors.append(f"  [{event.get('stepKey') or 'run'}] {message.strip()}")
        lines = [f"run {run_id} is {status} ({self.url}/runs/{run_id}); first errors:", *errors[:max_errors]]
        return "\n".join([*lines, f"webserver and daemon logs: {self.log_dir}"])


def published_facts(outputs: Path) -> tuple[int, int]:
    """Rows of `facts` in OUTPUTS_DIR/newsfacts.duckdb and in OUTPUTS_DIR/parquet/facts.parquet."""
    with duckdb.connect(str(outputs / "newsfacts.duckdb"), read_only=True) as con:
        in_duckdb = con.execute("SELECT count(*) FROM facts").fetchone()[0]
    return in_duckdb, pq.read_metadata(outputs / "parquet" / "facts.parquet").num_rows


@pytest.fixture(scope="session")
def count_published_facts() -> Callable[[Path], tuple[int, int]]:
    """`published_facts`, as a fixture: (rows in DuckDB `facts`, rows in `facts.parquet`) for a folder."""
    return published_facts


def _post_graphql(url: str, query: str, variables: dict[str, Any] | None, timeout: float) -> dict[str, Any]:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(f"{url}/graphql", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _script(name: str) -> str:
    """A console script of this interpreter's environment (the venv running pytest), else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found beside {sys.executable} nor on PATH")
    return found


def _start(command: list[str], env: dict[str, str], log_path: Path) -> subprocess.Popen:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        return subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: code servers and run workers die with it
        )


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM the process group, wait a bounded time, then SIGKILL what is left of the group."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=STOP_TIMEOUT_S)
    # Children (code servers, run workers) may outlive the leader: sweep the whole group.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=STOP_TIMEOUT_S)


def _wait_for(
    what: str, probe: Callable[[], Any], timeout: float, processes: list[subprocess.Popen], logs: Path
) -> Any:
    """Call `probe` until it returns something truthy; fail on timeout or if a process died."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                pytest.fail(f"{what}: {process.args[0]} exited with {process.returncode}\n{_tails(logs)}")
        try:
            result = probe()
            if result:
                return result
        except (OSError, urllib.error.URLError, ValueError, KeyError) as error:
            last_error = error
        time.sleep(1)
    pytest.fail(f"{what}: not ready after {timeout} s (last error: {last_error!r})\n{_tails(logs)}")


def _tails(log_dir: Path, lines: int = 40) -> str:
    parts = []
    for log in sorted(log_dir.glob("*.log")):
        text = log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
        parts.append(f"--- {log.name} ---\n" + "\n".join(text))
    return "\n".join(parts)


def _loaded_location(url: str) -> dict[str, Any] | None:
    """The single code location once it has loaded; fails at once if it loaded with an error."""
    data = _post_graphql(url, _WORKSPACE_QUERY, None, 30)["data"]["workspaceOrError"]
    entries = data.get("locationEntries") or []
    if not entries or any(e["loadStatus"] != "LOADED" for e in entries):
        return None
    assert len(entries) == 1, f"expected one code location in workspace.yaml, got {[e['name'] for e in entries]}"
    location = entries[0]["locationOrLoadError"]
    if location["__typename"] == "PythonError":
        pytest.fail(f"code location {entries[0]['name']} failed to load:\n{location['message']}\n{location['stack']}")
    return entries[0]


def _stop_automation(url: str, repository: dict[str, Any]) -> None:
    """Switch every sensor and schedule of the repository off, so only the tests launch runs."""
    for sensor in repository["sensors"]:
        result = _post_graphql(url, _STOP_SENSOR, {"id": sensor["sensorState"]["id"]}, 30)["data"]["stopSensor"]
        assert result["__typename"] == "StopSensorMutationResult", f"stopping {sensor['name']}: {result}"
    for schedule in repository["schedules"]:
        state_id = schedule["scheduleState"]["id"]
        result = _post_graphql(url, _STOP_SCHEDULE, {"id": state_id}, 30)["data"]["stopRunningSchedule"]
        assert result["__typename"] == "ScheduleStateResult", f"stopping {schedule['name']}: {result}"


def _daemon_healthy(url: str) -> bool:
    statuses = _post_graphql(url, _DAEMON_HEALTH, None, 30)["data"]["instance"]["daemonHealth"]
    by_type = {s["daemonType"]: s["healthy"] for s in statuses["allDaemonStatuses"] if s["required"]}
    return bool(by_type) and by_type.get("QUEUED_RUN_COORDINATOR", all(by_type.values())) is True


@pytest.fixture(scope="session")
def dagster_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DagsterServer]:
    """A Dagster webserver + daemon on a free port, serving this checkout's workspace.yaml."""
    root = tmp_path_factory.mktemp("dagster-server")
    home, seeds, outputs = root / "dagster_home", root / "seeds", root / "outputs"
    for folder in (home, seeds, outputs):
        folder.mkdir()
    (home / "dagster.yaml").write_text(DAGSTER_YAML, encoding="utf-8")
    for name in SEED_FILES:
        shutil.copy2(REPO_ROOT / "seeds" / name, seeds / name)

    log_dir = ARTIFACTS_DIR / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    for old in log_dir.glob("*.log"):
        old.unlink()

    env = os.environ | {
        "DAGSTER_HOME": str(home),
        "SEEDS_DIR": str(seeds),
        "OUTPUTS_DIR": str(outputs),
        "PYTHONUNBUFFERED": "1",
    }
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    workspace = ["-w", "workspace.yaml"]
    processes: list[subprocess.Popen] = []
    try:
        processes.append(
            _start(
                [_script("dagster-webserver"), *workspace, "-h", "127.0.0.1", "-p", str(port)],
                env,
                log_dir / "webserver.log",
            )
        )

        def answers() -> bool:
            with urllib.request.urlopen(f"{url}/server_info", timeout=5) as response:
                return response.status == 200

        _wait_for("webserver /server_info", answers, SERVER_START_TIMEOUT_S, processes, log_dir)
        entry = _wait_for("code location", lambda: _loaded_location(url), SERVER_START_TIMEOUT_S, processes, log_dir)
        repositories = entry["locationOrLoadError"]["repositories"]
        assert len(repositories) == 1, f"expected one repository, got {[r['name'] for r in repositories]}"
        repository = repositories[0]
        _stop_automation(url, repository)

        processes.append(_start([_script("dagster-daemon"), "run", *workspace], env, log_dir / "daemon.log"))
        _wait_for("daemon heartbeat", lambda: _daemon_healthy(url), DAEMON_START_TIMEOUT_S, processes, log_dir)

        yield DagsterServer(
            port=port,
            home=home,
            seeds_dir=seeds,
            outputs_dir=outputs,
            location_name=entry["name"],
            repository_name=repository["name"],
            job_names=[job["name"] for job in repository["jobs"]],
            log_dir=log_dir,
        )
    finally:
        for process in reversed(processes):  # daemon first: it must not launch into a dying webserver
            _stop(process)
