"""Profile a command as a whole process; report the functions that dominate it.

py-spy (sampling from outside the process: no slowdown, subprocesses included) when its
binary is there and allowed to attach; otherwise pyinstrument inside the process (slower
under the profiler, Python frames only). Both come with the `bench` extra.

    python -m bench.profile OUT.txt -- python -m bench.engine_loop DIR

Findings are given two ways: the functions with the most *self* time (where the
interpreter actually was), and the project's own functions (pipeline/, schemas/) by
*total* time (the part of the run spent under each), both as shares of all samples.
"""

from __future__ import annotations

import os
import pstats
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>.*?)(?::(?P<line>\d+))?\)$")


@dataclass
class Profile:
    tool: str
    samples: float
    self_lines: list[str]
    total_lines: list[str]
    returncode: int

    def text(self, title: str) -> str:
        return (
            f"# {title}\n\nProfiler: {self.tool}.\n\n## Most self time (share of all samples)\n"
            + "\n".join(self.self_lines)
            + "\n\n## Project functions by total time (share of all samples)\n"
            + "\n".join(self.total_lines)
            + "\n"
        )


def _short(file: str) -> str:
    path = Path(file)
    try:
        return str(path.resolve().relative_to(ROOT))
    except (ValueError, OSError):
        parts = path.parts
        for marker in ("site-packages", "lib"):
            if marker in parts:
                return "/".join(parts[len(parts) - parts[::-1].index(marker) :])
        return file


def _is_project(file: str) -> bool:
    short = _short(file)
    return short.startswith(("pipeline/", "schemas/"))


def _summarise(self_time: Counter, total_time: Counter, samples: float, limit: int) -> tuple[list[str], list[str]]:
    samples = samples or 1.0

    def line(key: tuple[str, str, str], value: float, unit: str) -> str:
        func, file, lineno = key
        where = f"{_short(file)}:{lineno}" if lineno else _short(file)
        return f"{100 * value / samples:5.1f}% {unit}  {func} ({where})"

    selfs = [line(k, v, "self ") for k, v in self_time.most_common(limit)]
    ours = Counter({k: v for k, v in total_time.items() if _is_project(k[1])})
    totals = [line(k, v, "total") for k, v in ours.most_common(limit)]
    return selfs, totals


def parse_collapsed(text: str, limit: int = 15) -> tuple[float, list[str], list[str]]:
    """py-spy's raw (collapsed stack) output -> (samples, self lines, project total lines)."""
    self_time: Counter = Counter()
    total_time: Counter = Counter()
    samples = 0.0
    for raw in text.splitlines():
        stack, _, count = raw.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        samples += n
        keys = []
        for frame in stack.split(";"):
            frame = frame.strip()
            if frame.startswith(("process ", "thread ")):
                # py-spy's root frame per process/thread: self time here is outside any Python frame.
                keys.append(("(no Python frame: native code, start-up, GC)", "", ""))
                continue
            m = _FRAME.match(frame)
            keys.append((m["func"], m["file"], m["line"] or "") if m else (frame, "", ""))
        if keys:
            self_time[keys[-1]] += n
        for key in set(keys):  # once per sample, however deep the recursion
            total_time[key] += n
    return samples, *_summarise(self_time, total_time, samples, limit)


def parse_pstats(path: Path, limit: int = 15) -> tuple[float, list[str], list[str]]:
    """pyinstrument's pstats output -> (seconds sampled, self lines, project total lines)."""
    stats = pstats.Stats(str(path))
    self_time: Counter = Counter()
    total_time: Counter = Counter()
    for (file, line, func), (_cc, _nc, tt, ct, _callers) in stats.stats.items():
        self_time[(func, file, str(line))] += tt
        total_time[(func, file, str(line))] = max(total_time[(func, file, str(line))], ct)
    samples = sum(self_time.values())
    return samples, *_summarise(self_time, total_time, samples, limit)


def py_spy() -> str | None:
    exe = Path(sys.executable).with_name("py-spy")
    return str(exe) if exe.exists() else shutil.which("py-spy")


def profile_command(
    cmd: list[str], env: dict[str, str], work: Path, name: str, cwd: Path = ROOT, log_path: Path | None = None
) -> Profile:
    """Run `cmd` (a Python program: its argv[0] is an interpreter or a console script) under a profiler."""
    work.mkdir(parents=True, exist_ok=True)
    log_path = log_path or work / f"{name}.profile.log"
    spy = py_spy()
    if spy:
        raw = work / f"{name}.collapsed.txt"
        full = [spy, "record", "--format", "raw", "--function", "--full-filenames", "--subprocesses",
                "--rate", "200", "--output", str(raw), "--", *cmd]  # fmt: skip
        with open(log_path, "wb") as log:
            proc = subprocess.run(full, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, check=False)
        if raw.exists() and raw.stat().st_size:
            samples, selfs, totals = parse_collapsed(raw.read_text(errors="replace"))
            return Profile("py-spy record --function --subprocesses, 200 samples/s", samples, selfs, totals,
                           proc.returncode)  # fmt: skip
    # Fallback: pyinstrument inside the process (the command must be `python -m X ...` or a console script).
    stats_path = work / f"{name}.pstats"
    target = ["-m", *cmd[2:]] if cmd[0] == sys.executable and len(cmd) > 2 and cmd[1] == "-m" else [*cmd]
    full = [sys.executable, "-m", "pyinstrument", "-r", "pstats", "-o", str(stats_path), *target]
    with open(log_path, "wb") as log:
        proc = subprocess.run(full, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, check=False)
    samples, selfs, totals = parse_pstats(stats_path)
    return Profile("pyinstrument (in process; slows the run)", samples, selfs, totals, proc.returncode)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--" not in argv or argv.index("--") != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out, cmd = Path(argv[0]), argv[2:]
    prof = profile_command(cmd, dict(os.environ), out.parent, out.stem)
    out.write_text(prof.text(" ".join(cmd)), encoding="utf-8")
    print(out.read_text())
    return prof.returncode


if __name__ == "__main__":
    sys.exit(main())
