"""The production instance (deploy/dagster.yaml) against a real PostgreSQL server on 127.0.0.1.

The server comes from, in order:

1. `NEWSFACTS_PG_URL` (postgresql://user:password@127.0.0.1:5432/dbname), as .ci/run sets it;
2. a throw-away cluster this module starts itself with `initdb` + `pg_ctl` when those
   binaries exist (on PATH or in Debian's /usr/lib/postgresql/*/bin), as the `postgres` user
   when the tests run as root (PostgreSQL refuses to run as root), on a free port of
   127.0.0.1, and stops again at the end;
3. otherwise every test here is skipped, saying how to get a server.

The tests copy deploy/dagster.yaml unchanged into a fresh DAGSTER_HOME and point its
DAGSTER_PG_* variables at the server, in a database of their own, then:

- materialize every asset with `dagster asset materialize -m pipeline.definitions --select '*'`
  and check that the dataset was published and that the run and its materializations are in
  PostgreSQL (read back both through the Dagster instance and with SQL);
- launch newsfacts_job through the run queue (`dagster job launch`) and let a real
  `dagster-daemon` dequeue and execute it (QueuedRunCoordinator -> DefaultRunLauncher), as a
  deployment with several machines would.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DEPLOY_YAML = ROOT / "deploy" / "dagster.yaml"
SEED_FILES = ("astana-investments-2024-11-29.txt", "astana-investments-2024-11-29.gold.json")
CORPUS_FILES = ("kazakhstan-grain-harvest-2024-10-23.txt", "kazakhstan-grain-harvest-2024-10-23.gold.json")
PG_URL_ENV = "NEWSFACTS_PG_URL"

psycopg2 = pytest.importorskip(
    "psycopg2", reason="dagster-postgres is not installed: pip install -e '.[test]' brings it and psycopg2"
)
pytest.importorskip("dagster_postgres", reason="dagster-postgres is not installed: pip install -e '.[test]'")


@dataclass(frozen=True)
class Server:
    """Where to reach a PostgreSQL server, as a role that may create databases."""

    host: str
    port: int
    user: str
    password: str
    dbname: str

    def connect(self, dbname: str | None = None):
        return psycopg2.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            dbname=dbname or self.dbname,
            connect_timeout=10,
        )


# ------------------------------------------------------------------------------- finding a server


def _server_from_url(url: str) -> Server:
    parsed = urlparse(url)
    if parsed.scheme not in ("postgres", "postgresql"):
        raise ValueError(f"{PG_URL_ENV} must be a postgresql:// URL, got {url!r}")
    return Server(
        host=parsed.hostname or "127.0.0.1",
        port=parsed.port or 5432,
        user=unquote(parsed.username or "postgres"),
        password=unquote(parsed.password or ""),
        dbname=(parsed.path or "/postgres").lstrip("/") or "postgres",
    )


def _postgres_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's newest /usr/lib/postgresql/*/bin."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name.split(".")[0]), reverse=True
    )
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_cluster_owner(cmd: list[str], owner: str | None) -> list[str]:
    """Run `cmd` as `owner` when we are root (PostgreSQL will not run as root)."""
    if owner is None:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", owner, "--", *cmd]
    return ["su", owner, "-s", "/bin/sh", "-c", " ".join(map(_shell_quote, cmd))]


def _shell_quote(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"


@contextlib.contextmanager
def _own_cluster(bin_dir: Path) -> Iterator[Server]:
    """A throw-away cluster on 127.0.0.1, stopped and deleted afterwards."""
    owner = None
    if os.geteuid() == 0:
        for name in ("postgres", "nobody"):
            with contextlib.suppress(KeyError):
                pwd.getpwnam(name)
                owner = name
                break
        if owner is None:
            pytest.skip("running as root and there is no 'postgres' user to run a PostgreSQL cluster as")
    base = Path(tempfile.mkdtemp(prefix="newsfacts-pg-"))
    data, log = base / "data", base / "server.log"
    if owner is not None:
        entry = pwd.getpwnam(owner)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    port = _free_port()
    run = lambda cmd: subprocess.run(  # noqa: E731
        _as_cluster_owner(cmd, owner), capture_output=True, text=True, timeout=120, cwd=base
    )
    initdb = run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"])
    if initdb.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"initdb failed, no PostgreSQL server could be started: {initdb.stderr.strip()[-500:]}")
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off"
    start = run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start"])
    try:
        if start.returncode != 0:
            tail = log.read_text(errors="replace")[-800:] if log.exists() else start.stderr
            pytest.skip(f"pg_ctl could not start PostgreSQL on 127.0.0.1:{port}: {tail.strip()}")
        yield Server("127.0.0.1", port, "postgres", "", "postgres")
    finally:
        run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    url = os.environ.get(PG_URL_ENV)
    if url:
        srv = _server_from_url(url)
        try:
            srv.connect().close()
        except psycopg2.OperationalError as err:
            pytest.fail(f"{PG_URL_ENV} is set but its server does not answer: {err}")
        yield srv
        return
    bin_dir = _postgres_bin_dir()
    if bin_dir is None:
        pytest.skip(
            f"no PostgreSQL server: set {PG_URL_ENV}=postgresql://user:pass@127.0.0.1:5432/db, or install "
            "PostgreSQL (Debian: apt-get install postgresql) so this test can start one with initdb/pg_ctl"
        )
    with _own_cluster(bin_dir) as srv:
        yield srv


@pytest.fixture(scope="module")
def database(server: Server) -> Iterator[Server]:
    """A fresh database for this module's runs, dropped afterwards (the role needs CREATEDB)."""
    name = f"newsfacts_test_{uuid.uuid4().hex[:10]}"
    conn = server.connect()
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
    except psycopg2.Error as err:
        conn.close()
        # A role without CREATEDB (a managed database): use the database it was given.
        pytest.skip(f"cannot create a test database on {server.host}:{server.port}: {err}".strip())
    try:
        yield Server(server.host, server.port, server.user, server.password, name)
    finally:
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.close()


# ------------------------------------------------------------------------------- the instance


@pytest.fixture(scope="module")
def deployment(database: Server, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A DAGSTER_HOME with deploy/dagster.yaml as it is, seeds, outputs and the environment for them."""
    base = tmp_path_factory.mktemp("deployment")
    home, seeds, outputs = base / "dagster_home", base / "seeds", base / "outputs"
    for d in (home, seeds, outputs):
        d.mkdir()
    shutil.copyfile(DEPLOY_YAML, home / "dagster.yaml")
    for name in SEED_FILES:
        shutil.copy(ROOT / "seeds" / name, seeds / name)
    for name in CORPUS_FILES:
        shutil.copy(ROOT / "tests" / "corpus" / name, seeds / name)
    env = dict(os.environ)
    env.update(
        DAGSTER_HOME=str(home),
        SEEDS_DIR=str(seeds),
        OUTPUTS_DIR=str(outputs),
        DAGSTER_PG_HOST=database.host,
        DAGSTER_PG_PORT=str(database.port),
        DAGSTER_PG_USERNAME=database.user,
        DAGSTER_PG_PASSWORD=database.password,
        DAGSTER_PG_DB=database.dbname,
    )
    return {"home": home, "seeds": seeds, "outputs": outputs, "env": env, "db": database}


@contextlib.contextmanager
def _instance(deployment: dict):
    """The Dagster instance that deploy/dagster.yaml describes, opened in this process."""
    from dagster import DagsterInstance

    saved = {k: os.environ.get(k) for k in deployment["env"] if k.startswith(("DAGSTER_", "SEEDS_", "OUTPUTS_"))}
    os.environ.update({k: deployment["env"][k] for k in saved})
    try:
        with DagsterInstance.from_config(str(deployment["home"])) as instance:
            yield instance
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _dagster(*args: str) -> list[str]:
    exe = Path(sys.executable).with_name("dagster")
    return [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "dagster"]), *args]


def test_instance_is_postgres_with_a_run_queue(deployment: dict) -> None:
    from dagster._core.run_coordinator import QueuedRunCoordinator
    from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage, PostgresScheduleStorage

    with _instance(deployment) as instance:
        assert isinstance(instance.run_storage, PostgresRunStorage)
        assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
        assert isinstance(instance.schedule_storage, PostgresScheduleStorage)
        assert isinstance(instance.run_coordinator, QueuedRunCoordinator)
        queue = instance.run_coordinator.get_run_queue_config()
        assert queue is not None and queue.max_concurrent_runs == 4
        limited = {(t["key"], t.get("value")) for t in queue.tag_concurrency_limits}
        assert ("dagster/sensor_name", "seed_files_sensor") in limited


def test_materialize_all_assets_records_in_postgres(deployment: dict) -> None:
    env = deployment["env"]
    proc = subprocess.run(
        _dagster("asset", "materialize", "-m", "pipeline.definitions", "--select", "*"),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, f"materialize failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"

    outputs = deployment["outputs"]
    assert (outputs / "parquet" / "facts.parquet").exists()
    assert (outputs / "newsfacts.duckdb").exists()

    from dagster import AssetKey, DagsterRunStatus

    with _instance(deployment) as instance:
        runs = instance.get_runs()
        assert runs, "no run recorded in PostgreSQL"
        assert runs[0].status == DagsterRunStatus.SUCCESS
        for key in ("facts", "newsfacts_dataset"):
            assert instance.get_latest_materialization_event(AssetKey(key)) is not None, key

    # And straight from the database: Dagster's own tables hold the run and its events.
    with contextlib.closing(deployment["db"].connect()) as conn, conn.cursor() as cur:
        cur.execute("SELECT status FROM runs")
        assert ("SUCCESS",) in cur.fetchall()
        cur.execute("SELECT count(*) FROM event_logs WHERE dagster_event_type = 'ASSET_MATERIALIZATION'")
        assert cur.fetchone()[0] >= 2


def test_queued_run_is_dequeued_and_executed_by_the_daemon(deployment: dict) -> None:
    from dagster import DagsterEventType, DagsterRunStatus, RunsFilter

    env = deployment["env"]
    tag = f"pg-test-{uuid.uuid4().hex[:8]}"
    daemon_log = deployment["home"] / "daemon.log"
    with open(daemon_log, "wb") as log:
        daemon = subprocess.Popen(
            [str(Path(sys.executable).with_name("dagster-daemon")), "run", "-m", "pipeline.definitions"]
            if Path(sys.executable).with_name("dagster-daemon").exists()
            else [sys.executable, "-m", "dagster._daemon", "run", "-m", "pipeline.definitions"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        launch = subprocess.run(
            _dagster(
                "job",
                "launch",
                "-m",
                "pipeline.definitions",
                "-j",
                "newsfacts_job",
                "--tags",
                f'{{"newsfacts/test": "{tag}", "newsfacts/publish": "dataset"}}',
            ),
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert launch.returncode == 0, f"launch failed:\n{launch.stdout[-3000:]}\n{launch.stderr[-3000:]}"

        deadline = time.monotonic() + 300
        status, seen = None, []
        with _instance(deployment) as instance:
            while time.monotonic() < deadline:
                runs = instance.get_runs(filters=RunsFilter(tags={"newsfacts/test": tag}))
                assert len(runs) == 1
                status = runs[0].status
                if not seen or seen[-1] != status:
                    seen.append(status)
                if status in (DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED):
                    break
                assert daemon.poll() is None, f"the daemon died:\n{daemon_log.read_text(errors='replace')[-3000:]}"
                time.sleep(1)
        assert status == DagsterRunStatus.SUCCESS, (
            f"run went through {[s.value for s in seen]}; daemon log:\n{daemon_log.read_text(errors='replace')[-3000:]}"
        )
        # It went through the queue: enqueued by `job launch`, dequeued by the daemon.
        with _instance(deployment) as instance:
            run = instance.get_runs(filters=RunsFilter(tags={"newsfacts/test": tag}))[0]
            kinds = [e.dagster_event.event_type for e in instance.all_logs(run.run_id) if e.dagster_event]
        # (Only the QueuedRunCoordinator enqueues; RUN_STARTING after it is the daemon's dequeue.)
        assert DagsterEventType.RUN_ENQUEUED in kinds, kinds
        assert DagsterEventType.RUN_STARTING in kinds, kinds
        assert kinds.index(DagsterEventType.RUN_ENQUEUED) < kinds.index(DagsterEventType.RUN_STARTING)
        assert kinds.index(DagsterEventType.RUN_STARTING) < kinds.index(DagsterEventType.RUN_SUCCESS)
    finally:
        _stop_tree(daemon)


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (from /proc), children first found first."""
    children: dict[int, list[int]] = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(Path(stat).parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _stop_tree(proc: subprocess.Popen) -> None:
    """Stop the daemon and the code servers and run workers it started (some in sessions of their own)."""
    pids = [proc.pid, *_descendants(proc.pid)]
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 15)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 20
    for pid in pids[1:]:
        while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
            time.sleep(0.2)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 9)
