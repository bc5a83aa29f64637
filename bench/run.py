"""The newsfacts benchmark: one command, a table of figures against their targets.

    python -m bench.run                       # N = 1,000 and 10,000, 3 runs each (~10 min)
    python -m bench.run --n 1000 --repeats 1  # a quick look
    python -m bench.run --skip-pipeline       # engine vs quantulum3 only

What it measures (every figure is the median of --repeats runs):

1. Engine vs quantulum3, in this process, pinned to one core, on the same
   --sample synthetic articles: articles per second of each and their ratio;
   the engine alone on --engine-articles synthetic articles; and both tools'
   quantity F1 (value + unit) on the 17 real articles' answer keys, through
   `pipeline.evaluate.evaluate` (quantulum3's units mapped as in bench/peers.py).
2. For each N: the real pipeline as whole processes,
   `dagster asset materialize -m pipeline.definitions --select '*'` with
   SEEDS_DIR, OUTPUTS_DIR and DAGSTER_HOME in a temporary folder:
   a full build from empty outputs and a fresh DAGSTER_HOME, then one new article
   added and the same command again (the incremental run). Wall time, and peak RSS of
   the process tree (psutil, polled every 20 ms; also the kernel's ru_maxrss of the
   largest process, from wait4).

It prints a table of each figure against its target (PASS/MISS) and writes it to
bench/results/latest.md (and .json). Where a target is missed it profiles the
missing part with pyinstrument and reports the functions that dominate
(bench/results/profile-*.txt). Needs the `bench` extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from bench.generate import generate, load_templates, synthetic_article

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
GB = 1024**3

TARGETS = {
    "full_build_s": 60.0,  # full build of 10,000 articles, wall seconds
    "incremental_s": 10.0,  # one new article among 10,000, wall seconds
    "peak_rss_bytes": 1.5 * GB,  # peak resident memory of the pipeline process tree
    "speed_ratio": 70.0,  # engine articles/s over quantulum3's
    "engine_aps": 1000.0,  # engine alone, articles per second on one core
}
TARGET_N = 10_000


# ------------------------------------------------------------------------- measuring processes


@dataclass
class ProcessRun:
    """One timed command."""

    wall_s: float
    peak_tree_rss: int  # bytes, the largest sum over the process tree seen while polling
    max_rss: int  # bytes, ru_maxrss of the process (largest single process incl. waited-for children)
    returncode: int
    log: str = ""
    # Share of the machine's CPU time (all cores) used by other processes during the run:
    # above a few percent, something else was running and the wall time is inflated.
    other_cpu_share: float = 0.0
    retries: int = 0  # incremental runs redone because the engine's source changed under the cache
    incremental: bool = True  # False: even the last retry re-extracted everything (left out of the median)

    @property
    def peak_rss(self) -> int:
        return max(self.peak_tree_rss, self.max_rss)


def run_measured(cmd: list[str], env: dict[str, str], log_path: Path, cwd: Path = ROOT) -> ProcessRun:
    """Run `cmd` to completion; wall time and peak memory of it and its children."""
    import psutil

    stop = threading.Event()
    peak = [0]

    def poll(pid: int) -> None:
        try:
            root = psutil.Process(pid)
        except psutil.Error:
            return
        while not stop.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                procs = []
            for p in procs:
                with contextlib.suppress(psutil.Error):
                    total += p.memory_info().rss
            peak[0] = max(peak[0], total)
            stop.wait(0.02)

    cpu_before = _busy_cpu_seconds()
    with open(log_path, "wb") as log:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        poller = threading.Thread(target=poll, args=(proc.pid,), daemon=True)
        poller.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        stop.set()
        poller.join()
    own = usage.ru_utime + usage.ru_stime
    other = max(0.0, _busy_cpu_seconds() - cpu_before - own) / (wall * (os.cpu_count() or 1))
    # ru_maxrss is in kilobytes on Linux.
    return ProcessRun(wall, peak[0], usage.ru_maxrss * 1024, proc.returncode, str(log_path), other)


def _busy_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all cores), from psutil."""
    import psutil

    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


def dagster_command() -> list[str]:
    exe = Path(sys.executable).with_name("dagster")
    base = [str(exe)] if exe.exists() else [sys.executable, "-m", "dagster"]
    return [*base, "asset", "materialize", "-m", "pipeline.definitions", "--select", "*"]


def pipeline_env(seeds: Path, outputs: Path, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(SEEDS_DIR=str(seeds), OUTPUTS_DIR=str(outputs), DAGSTER_HOME=str(home), PYTHONUNBUFFERED="1")
    return env


def published_article_ids(outputs: Path) -> set[str] | None:
    """Article ids in the published articles table, or None when it is missing."""
    path = outputs / "parquet" / "articles.parquet"
    if not path.exists():
        return None
    import pyarrow.parquet as pq

    return set(pq.read_table(path, columns=["article_id"]).column("article_id").to_pylist())


def published_fact_count(outputs: Path) -> int | None:
    path = outputs / "parquet" / "facts.parquet"
    if not path.exists():
        return None
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


_CACHE_LINE = re.compile(r"extracted (\d+), reused (\d+)")


def cache_counts(log_path: str) -> tuple[int, int] | None:
    """(extracted, reused) from the extraction step's log line, when it says so."""
    try:
        found = _CACHE_LINE.findall(Path(log_path).read_text(errors="replace"))
    except OSError:
        return None
    return (int(found[-1][0]), int(found[-1][1])) if found else None


class BenchError(RuntimeError):
    """A pipeline run failed: the benchmark stops and says where the log is."""


def _tail(path: str, n: int = 40) -> str:
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return ""


def check_run(run: ProcessRun, what: str) -> None:
    if run.returncode != 0:
        raise BenchError(f"{what} exited {run.returncode}; log {run.log}:\n{_tail(run.log)}")


@dataclass
class PipelineFigures:
    n: int
    generate_s: float
    full: list[ProcessRun] = field(default_factory=list)
    incremental: list[ProcessRun] = field(default_factory=list)
    facts_rows: int | None = None
    articles_published: int | None = None


def bench_pipeline(n: int, repeats: int, work: Path, seed: int, templates) -> PipelineFigures:
    """Full build and one-new-article runs of the real pipeline over N synthetic articles."""
    seeds = work / f"seeds-{n}"
    if seeds.exists():
        shutil.rmtree(seeds)
    t0 = time.perf_counter()
    generate(seeds, n, seed=seed, templates=templates)
    figures = PipelineFigures(n=n, generate_s=time.perf_counter() - t0)
    print(f"  N={n}: generated in {figures.generate_s:.1f} s", flush=True)
    cmd = dagster_command()
    for r in range(repeats):
        outputs, home = work / f"outputs-{n}-{r}", work / f"home-{n}-{r}"
        for d in (outputs, home):
            if d.exists():
                shutil.rmtree(d)
            d.mkdir(parents=True)
        env = pipeline_env(seeds, outputs, home)
        full = run_measured(cmd, env, work / f"full-{n}-{r}.log")
        check_run(full, f"full build N={n} run {r + 1}")
        ids = published_article_ids(outputs)
        if ids is None or len(ids) != n:
            raise BenchError(f"full build N={n} published {None if ids is None else len(ids)} articles, not {n}")
        figures.full.append(full)
        figures.facts_rows = published_fact_count(outputs)
        figures.articles_published = len(ids)
        # One new article, the same one for every N: index n + r is not in the set. The engine's
        # version is a digest of its source, so an edit to pipeline/extract/ between the full build
        # and this run empties the cache: then the run is not incremental, and is done again with
        # another new article (the cache is warm for the edited engine by then).
        incr, retries = None, 0
        for attempt in range(3):
            new_name, new_text = synthetic_article(templates, n + r + 1000 * attempt, seed)
            new_path = seeds / new_name
            new_path.write_text(new_text, encoding="utf-8")
            try:
                incr = run_measured(cmd, env, work / f"incremental-{n}-{r}-{attempt}.log")
                check_run(incr, f"incremental N={n} run {r + 1}")
                ids = published_article_ids(outputs) or set()
                if Path(new_name).stem not in ids or len(ids) != n + 1:
                    raise BenchError(f"incremental run N={n} did not publish {new_name} ({len(ids)} articles)")
            finally:
                new_path.unlink()
            extracted = cache_counts(incr.log)
            if extracted is None or extracted[0] <= 1:
                break
            retries += 1
            print(f"  N={n} run {r + 1}: the engine changed under the cache ({extracted[0]} articles re-extracted); "
                  "again with another new article", flush=True)  # fmt: skip
        assert incr is not None
        incr.retries = retries
        counts = cache_counts(incr.log)
        incr.incremental = counts is None or counts[0] <= 1
        figures.incremental.append(incr)
        print(
            f"  N={n} run {r + 1}/{repeats}: full {full.wall_s:.1f} s ({full.peak_rss / GB:.2f} GB), "
            f"+1 article {incr.wall_s:.1f} s ({incr.peak_rss / GB:.2f} GB)",
            flush=True,
        )
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(outputs, ignore_errors=True)
    return figures


# ------------------------------------------------------------------------- engine vs quantulum3


def corpus_articles() -> list[tuple[str, str]]:
    """The 17 real articles with answer keys: (article id, text)."""
    out = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "corpus"):
        for path in sorted(folder.glob("*.txt")):
            if path.with_name(path.stem + ".gold.json").exists():
                out.append((path.stem, path.read_text(encoding="utf-8")))
    return out


def corpus_answer_keys() -> dict[str, dict]:
    from pipeline.evaluate import load_answer_keys

    keys: dict[str, dict] = {}
    for folder in (ROOT / "seeds", ROOT / "tests" / "corpus"):
        keys.update(load_answer_keys(folder))
    return keys


def facts_frame(rows: list[dict]) -> pd.DataFrame:
    from pipeline.evaluate import FACT_COLUMNS

    frame = pd.DataFrame(rows)
    for col in (*FACT_COLUMNS, "char_start"):
        if col not in frame.columns:
            frame[col] = None
    return frame


def engine_rows(articles: list[tuple[str, str]]) -> list[dict]:
    from pipeline.extract import extract_article

    rows = []
    for aid, text in articles:
        for fact in extract_article(text, aid).facts:
            rows.append({"article_id": aid, **fact})
    return rows


def quantulum_rows_all(articles: list[tuple[str, str]]) -> list[dict]:
    from bench.peers import quantulum_rows

    return [row for aid, text in articles for row in quantulum_rows(text, aid)]


def time_per_article(fn, texts: list[tuple[str, str]], repeats: int) -> list[float]:
    """Articles per second of `fn(text, article_id)` over `texts`, once per repeat."""
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        for aid, text in texts:
            fn(text, aid)
        rates.append(len(texts) / (time.perf_counter() - start))
    return rates


@dataclass
class CompareFigures:
    sample: int
    engine_articles: int
    engine_on_sample_aps: list[float]
    quantulum_aps: list[float]
    engine_aps: list[float]
    engine_f1: dict
    quantulum_f1: dict
    cpu: str

    @property
    def ratio(self) -> float:
        return statistics.median(self.engine_on_sample_aps) / statistics.median(self.quantulum_aps)


def one_core() -> tuple[set[int] | None, str]:
    """Pin this process to one CPU (the one it is on); return the old mask and a note."""
    if not hasattr(os, "sched_setaffinity"):
        return None, "not pinned (no sched_setaffinity)"
    old = os.sched_getaffinity(0)
    cpu = min(old)
    os.sched_setaffinity(0, {cpu})
    return old, f"pinned to CPU {cpu}"


def bench_compare(texts: list[tuple[str, str]], sample: int, engine_articles: int, repeats: int) -> CompareFigures:
    from bench.peers import quantulum_rows
    from pipeline.evaluate import evaluate
    from pipeline.extract import extract_article

    corpus = corpus_articles()
    keys = corpus_answer_keys()
    engine_f1 = evaluate(facts_frame(engine_rows(corpus)), keys)["quantity"]
    quantulum_f1 = evaluate(facts_frame(quantulum_rows_all(corpus)), keys)["quantity"]

    old, note = one_core()
    cpu_before, own_before, wall_before = _busy_cpu_seconds(), _own_cpu_seconds(), time.perf_counter()
    try:
        # Warm both up (imports, lexicon compilation) outside the clock.
        extract_article(texts[0][1], texts[0][0])
        quantulum_rows(texts[0][1], texts[0][0])
        same = texts[:sample]
        engine_all = texts[:engine_articles]
        engine_aps, engine_sample, quant = [], [], []
        for r in range(repeats):
            engine_aps += time_per_article(extract_article, engine_all, 1)
            engine_sample += time_per_article(extract_article, same, 1)
            quant += time_per_article(quantulum_rows, same, 1)
            print(
                f"  compare run {r + 1}/{repeats}: engine {engine_aps[-1]:.0f} art/s on {len(engine_all)}, "
                f"{engine_sample[-1]:.0f} art/s on {len(same)}; quantulum3 {quant[-1]:.1f} art/s on {len(same)}",
                flush=True,
            )
    finally:
        if old is not None:
            os.sched_setaffinity(0, old)
    wall = time.perf_counter() - wall_before
    other = _busy_cpu_seconds() - cpu_before - (_own_cpu_seconds() - own_before)
    share = max(0.0, other) / (wall * (os.cpu_count() or 1))
    note += f"; other processes took {100 * share:.0f}% of the machine's CPU meanwhile"
    return CompareFigures(len(same), len(engine_all), engine_sample, quant, engine_aps, engine_f1, quantulum_f1, note)


def _own_cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


# ------------------------------------------------------------------------- profiling


def profile_pipeline(kind: str, n: int, work: Path, seed: int, templates) -> dict:
    """Re-run one pipeline scenario under the profiler; its dominant functions."""
    from bench.profile import profile_command

    seeds = work / f"seeds-{n}"
    if not seeds.exists():
        generate(seeds, n, seed=seed, templates=templates)
    outputs, home = work / f"prof-outputs-{n}", work / f"prof-home-{n}"
    for d in (outputs, home):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    env = pipeline_env(seeds, outputs, home)
    cmd = dagster_command()
    new_path = None
    if kind == "incremental":
        check_run(run_measured(cmd, env, work / "prof-warm.log"), "profile warm-up build")
        new_name, new_text = synthetic_article(templates, n, seed)
        new_path = seeds / new_name
        new_path.write_text(new_text, encoding="utf-8")
    try:
        start = time.perf_counter()
        prof = profile_command(cmd, env, work, f"profile-{kind}-{n}")
        wall = time.perf_counter() - start
    finally:
        if new_path is not None:
            new_path.unlink()
    if prof.returncode != 0:
        raise BenchError(f"profiled {kind} run exited {prof.returncode}; see {work}")
    return _write_profile(prof, f"profile-{kind}-{n}", f"{kind} run, N={n:,} ({wall:.1f} s wall under the profiler)")


def profile_engine(count: int, work: Path, seed: int, templates) -> dict:
    """Profile the engine alone over `count` synthetic articles, in a process of its own."""
    from bench.profile import profile_command

    folder = work / f"engine-{count}"
    shutil.rmtree(folder, ignore_errors=True)
    generate(folder, count, seed=seed, templates=templates)
    cmd = [sys.executable, "-m", "bench.engine_loop", str(folder)]
    prof = profile_command(cmd, dict(os.environ), work, "profile-engine")
    return _write_profile(prof, "profile-engine", f"the engine alone over {count:,} synthetic articles")


def _write_profile(prof, name: str, title: str) -> dict:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.txt"
    path.write_text(prof.text(f"Profile: {title}"), encoding="utf-8")
    return {"title": title, "file": str(path.relative_to(ROOT)), "tool": prof.tool,
            "self": prof.self_lines, "cumulative": prof.total_lines}  # fmt: skip


# ------------------------------------------------------------------------- report


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def fmt_s(x: float) -> str:
    return f"{x:.1f} s"


def fmt_gb(x: float) -> str:
    return f"{x / GB:.2f} GB"


def verdict(value: float, target: float, higher_is_better: bool) -> str:
    ok = value >= target if higher_is_better else value <= target
    return "PASS" if ok else "MISS"


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "pipeline", "schemas"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        return out.stdout.strip() + (" (+ uncommitted changes in pipeline/ or schemas/)" if dirty else "")
    except OSError:
        return "unknown"


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import dagster

    return (
        f"{os.cpu_count()} cores ({cpu}), {psutil_total_memory()}, Python {platform.python_version()}, "
        f"dagster {dagster.__version__}"
    )


def psutil_total_memory() -> str:
    import psutil

    return f"{psutil.virtual_memory().total / GB:.0f} GiB RAM"


def build_rows(pipes: list[PipelineFigures], cmp: CompareFigures | None) -> list[dict]:
    rows = []
    for p in pipes:
        if p.n == 1:  # the floor: what any run costs before it reads a single article
            rows.append({
                "figure": "fixed cost: full build of 1 article", "value": fmt_s(median([r.wall_s for r in p.full])),
                "runs": ", ".join(fmt_s(r.wall_s) for r in p.full) + _others(p.full), "target": "—", "result": "",
            })  # fmt: skip
            continue
        at_target = p.n == TARGET_N
        full = median([r.wall_s for r in p.full])
        valid = [r for r in p.incremental if r.incremental] or p.incremental
        incr = median([r.wall_s for r in valid])
        rss = median([max(r.peak_rss for r in pair) for pair in zip(p.full, p.incremental, strict=True)])
        rss_max = max(r.peak_rss for r in [*p.full, *p.incremental])
        runs = lambda rs, f: ", ".join(f(r.wall_s) for r in rs) + _others(rs)  # noqa: E731
        rows.append(
            {
                "figure": f"full build, {p.n:,} articles",
                "value": fmt_s(full),
                "runs": runs(p.full, fmt_s),
                "target": "≤ 60 s" if at_target else "—",
                "result": verdict(full, TARGETS["full_build_s"], False) if at_target else "",
            }
        )
        rows.append(
            {
                "figure": f"one new article among {p.n:,}",
                "value": fmt_s(incr),
                "runs": ", ".join(fmt_s(r.wall_s) + ("*" if not r.incremental else "") for r in p.incremental)
                + _others(p.incremental)
                + ("" if all(r.incremental for r in p.incremental) else " (* not incremental: left out of the median)"),
                "target": "≤ 10 s" if at_target else "—",
                "result": verdict(incr, TARGETS["incremental_s"], False) if at_target else "",
            }
        )
        rows.append(
            {
                "figure": f"peak RSS, {p.n:,} articles (process tree)",
                "value": fmt_gb(rss),
                "runs": f"max {fmt_gb(rss_max)}",
                "target": "≤ 1.5 GB",
                "result": verdict(rss, TARGETS["peak_rss_bytes"], False),
            }
        )
    if cmp is not None:
        rows.append(
            {
                "figure": f"engine alone, articles/s on one core ({cmp.engine_articles:,} articles)",
                "value": f"{median(cmp.engine_aps):,.0f}",
                "runs": ", ".join(f"{x:,.0f}" for x in cmp.engine_aps),
                "target": "≥ 1,000",
                "result": verdict(median(cmp.engine_aps), TARGETS["engine_aps"], True),
            }
        )
        rows.append(
            {
                "figure": f"engine ÷ quantulum3, articles/s ({cmp.sample} same articles)",
                "value": f"{cmp.ratio:,.0f}×",
                "runs": f"{median(cmp.engine_on_sample_aps):,.0f} vs {median(cmp.quantulum_aps):.1f} art/s",
                "target": "≥ 70×",
                "result": verdict(cmp.ratio, TARGETS["speed_ratio"], True),
            }
        )
        rows.append(
            {
                "figure": "quantity F1 on the 17 answer keys: engine",
                "value": f"{cmp.engine_f1['f1']:.3f}",
                "runs": f"P {cmp.engine_f1['precision']:.3f} R {cmp.engine_f1['recall']:.3f}",
                "target": f"> quantulum3 ({cmp.quantulum_f1['f1']:.3f})",
                "result": verdict(cmp.engine_f1["f1"], cmp.quantulum_f1["f1"] + 1e-9, True),
            }
        )
        rows.append(
            {
                "figure": "quantity F1 on the 17 answer keys: quantulum3",
                "value": f"{cmp.quantulum_f1['f1']:.3f}",
                "runs": f"P {cmp.quantulum_f1['precision']:.3f} R {cmp.quantulum_f1['recall']:.3f}",
                "target": "—",
                "result": "",
            }
        )
    return rows


def _cache_note(p: PipelineFigures) -> str:
    counts = [cache_counts(r.log) for r in p.incremental]
    if not counts or any(c is None for c in counts):
        return "the extraction step did not log its cache counts"
    shown = sorted({f"{c[0]:,} extracted, {c[1]:,} reused" for c in counts if c is not None})
    return "incremental runs' extraction cache: " + " / ".join(shown)


def _others(runs: list[ProcessRun]) -> str:
    """A note when other processes used the machine during these runs, or the engine changed under them."""
    worst = max((r.other_cpu_share for r in runs), default=0.0)
    notes = [f"other processes took up to {100 * worst:.0f}% of the CPU"] if worst >= 0.05 else []
    redone = sum(r.retries for r in runs)
    if redone:
        notes.append(f"{redone} run(s) redone: the engine's source changed under the cache")
    return f" ({'; '.join(notes)})" if notes else ""


def markdown(rows: list[dict], header: list[str]) -> str:
    out = ["| figure | median | runs | target | result |", "| --- | ---: | --- | --- | --- |"]
    out += [f"| {r['figure']} | {r['value']} | {r['runs']} | {r['target']} | {r['result']} |" for r in rows]
    return "\n".join([*header, "", *out]) + "\n"


def plain_table(rows: list[dict]) -> str:
    cols = ["figure", "value", "target", "result", "runs"]
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in cols}
    lines = ["  ".join(c.ljust(widths[c]) for c in cols)]
    lines += ["  ".join(str(r[c]).ljust(widths[c]) for c in cols) for r in rows]
    return "\n".join(lines)


# ------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the newsfacts pipeline and its extraction engine.")
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10_000], help="article counts (default 1000 10000)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure; the median is reported (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    parser.add_argument("--sample", type=int, default=200, help="articles timed for engine vs quantulum3 (default 200)")
    parser.add_argument("--engine-articles", type=int, default=2000, help="articles timed for the engine alone")
    parser.add_argument("--skip-pipeline", action="store_true", help="only engine vs quantulum3")
    parser.add_argument("--skip-compare", action="store_true", help="only the pipeline runs")
    parser.add_argument(
        "--no-floor", action="store_true", help="skip the 1-article runs (the fixed cost of a pipeline process)"
    )
    parser.add_argument("--no-profile", action="store_true", help="do not profile missed targets")
    parser.add_argument("--workdir", type=Path, help="keep generated articles, outputs and logs here")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.md", help="where to write the table")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    if load_before > 1.0:
        print(f"warning: load average {load_before:.1f} on {os.cpu_count()} cores: other work will slow the figures",
              flush=True)  # fmt: skip
    work = args.workdir or Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    templates = load_templates()
    print(f"newsfacts benchmark: work folder {work}", flush=True)

    cmp = None
    if not args.skip_compare:
        print("engine vs quantulum3:", flush=True)
        count = max(args.sample, args.engine_articles)
        texts = []
        for i in range(count):
            name, text = synthetic_article(templates, i, args.seed)
            texts.append((Path(name).stem, text))
        cmp = bench_compare(texts, args.sample, args.engine_articles, args.repeats)

    pipes: list[PipelineFigures] = []
    failure = None
    if not args.skip_pipeline:
        print("pipeline:", flush=True)
        counts = ([] if args.no_floor else [1]) + [n for n in args.n if n != 1]
        for n in counts:
            try:
                pipes.append(bench_pipeline(n, args.repeats, work, args.seed, templates))
            except BenchError as err:
                failure = f"N={n}: {err}"
                print(f"FAILED {failure}", file=sys.stderr, flush=True)
                break

    rows = build_rows(pipes, cmp)
    profiles: list[dict] = []
    if args.out.resolve().parent == RESULTS.resolve():
        for stale in RESULTS.glob("profile-*.txt"):  # the results folder shows this run's profiles only
            stale.unlink()
    if not args.no_profile:
        profiles = run_profiles(rows, pipes, cmp, work, args, templates)

    header = [
        "# newsfacts benchmark: latest results",
        "",
        "Command: `" + " ".join(["python -m bench.run", *(argv if argv is not None else sys.argv[1:])]) + "`  ",
        f"Date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}; commit {git_commit()}  ",
        f"Machine: {machine()}; 1-minute load average {load_before:.2f} at the start, "
        f"{os.getloadavg()[0]:.2f} at the end (anything above ~0.3 means other work shared the cores)  ",
        f"Each figure is the median of {args.repeats} run(s). Pipeline runs are whole processes of "
        f"`dagster asset materialize -m pipeline.definitions --select '*'`; the incremental run adds one new "
        "article to a full build's seeds. Peak RSS is the largest sum over the process tree (psutil, 20 ms polls).",
    ]
    if cmp is not None:
        header.append(
            f"Engine vs quantulum3: same process, {cmp.cpu}, the same {cmp.sample} synthetic articles; "
            "F1 is value+unit matching (`pipeline.evaluate`) on the 17 real articles' answer keys, quantulum3's units "
            "mapped as described in `bench/peers.py`."
        )
    text = markdown(rows, header)
    if pipes:
        text += (
            "\n"
            + "\n".join(
                f"- N={p.n:,}: generated in {p.generate_s:.1f} s; {p.articles_published:,} article(s) and "
                f"{p.facts_rows:,} facts published; {_cache_note(p)}"
                for p in pipes
                if p.facts_rows is not None
            )
            + "\n"
        )
    if failure:
        text += f"\n**Pipeline failed** — {failure.splitlines()[0]}\n"
    if profiles:
        text += "\n## Profiles of missed targets\n"
        for prof in profiles:
            text += (
                f"\n### {prof['title']}\n\n{prof['tool']}; full listing: `{prof['file']}`.\n\n"
                + "Most self time:\n\n```\n"
                + "\n".join(prof["self"][:10])
                + "\n```\n\nProject functions by total time:\n\n```\n"
                + "\n".join(prof["cumulative"][:10])
                + "\n```\n"
            )
    print()
    print(plain_table(rows) if rows else "(no figures)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(
        json.dumps(
            {
                "rows": rows,
                "pipeline": [
                    {
                        **{k: v for k, v in asdict(p).items() if k not in ("full", "incremental")},
                        "full": [asdict(r) for r in p.full],
                        "incremental": [asdict(r) for r in p.incremental],
                    }
                    for p in pipes
                ],
                "compare": None if cmp is None else asdict(cmp) | {"ratio": cmp.ratio},
                "profiles": profiles,
                "failure": failure,
            },
            indent=1,
            default=str,
        ),
        encoding="utf-8",
    )
    print(f"\nwrote {args.out} in {time.perf_counter() - started:.0f} s total", flush=True)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failure else 0


def run_profiles(
    rows: list[dict],
    pipes: list[PipelineFigures],
    cmp: CompareFigures | None,
    work: Path,
    args: argparse.Namespace,
    templates,
) -> list[dict]:
    """Profile each part whose target was missed: the engine, a full build, an incremental run."""
    missed = {r["figure"] for r in rows if r["result"] == "MISS"}
    profiles = []
    if cmp is not None and any(f.startswith(("engine alone", "engine ÷")) for f in missed):
        print("profiling the engine ...", flush=True)
        profiles.append(profile_engine(min(args.engine_articles, 2000), work, args.seed, templates))
    big = max(pipes, key=lambda p: p.n) if pipes else None
    if big is not None:
        n = big.n
        full_missed = any(f.startswith((f"full build, {n:,}", f"peak RSS, {n:,}")) for f in missed)
        incr_missed = any(f.startswith(f"one new article among {n:,}") for f in missed)
        for kind, wanted in (("full", full_missed), ("incremental", incr_missed)):
            if not wanted:
                continue
            print(f"profiling the {kind} run, N={n} ...", flush=True)
            try:
                profiles.append(profile_pipeline(kind, n, work, args.seed, templates))
            except BenchError as err:
                print(f"profile failed: {err}", file=sys.stderr)
    return profiles


if __name__ == "__main__":
    sys.exit(main())
