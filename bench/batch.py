"""Throughput of `lkjaudit check FOLDER` on many reports, with 1 and 2 jobs.

Writes N reports (default 200) into a temporary folder, each a copy of the seed
report with its own table numbers, then times `lkjaudit check FOLDER -j J` in a
fresh process (JSON output discarded) and prints reports per second, and the CPU
time of all its processes (which, unlike the wall time, does not depend on what
else the machine is doing).

    python bench/batch.py                 # 200 reports, jobs 1 and 2, 3 runs each
    python bench/batch.py -n 50 --jobs 1 2 4 --runs 1
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import SEED


def variant(text: str, k: int) -> str:
    """The seed with its tables renumbered (``Tabel 3.2`` → ``Tabel 7.3.2``)."""
    return re.sub(
        r"(?m)^(\W{0,4}Tabel\s+)(\d+(?:\.\d+)*)",
        lambda m: f"{m.group(1)}{k}.{m.group(2)}",
        text,
    )


def write_reports(folder: Path, count: int) -> None:
    text = SEED.read_text(encoding="utf-8")
    for k in range(1, count + 1):
        (folder / f"lkj-{k:03d}.txt").write_text(variant(text, k), encoding="utf-8")


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (of every process) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"lkjaudit failed ({proc.returncode}): {proc.stderr.decode()[:500]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--reports", type=int, default=200)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "laporan"
        folder.mkdir()
        write_reports(folder, args.reports)
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(f"{args.reports} reports, {size:.1f} MB in total")
        for jobs in args.jobs:
            cmd = [sys.executable, "-m", "lkjaudit", "check", str(folder)]
            cmd += ["-j", str(jobs), "--no-config", "-f", "json"]
            runs = [timed(cmd) for _ in range(args.runs)]
            wall = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            print(
                f"jobs {jobs}: {wall:6.2f} s (min {min(w for w, _ in runs):.2f})  "
                f"{args.reports / wall:6.1f} reports/s  "
                f"(CPU {cpu:.1f} s, {1000 * cpu / args.reports:.0f} ms per report)"
            )


if __name__ == "__main__":
    main()
