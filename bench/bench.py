"""Time `lkjaudit check` against the cost of importing its own dependencies.

Prints, for the seed report and for generated reports 10×, 25× and 50× its size
(a large synthetic LKj, see generate.py; ``--repeat`` uses the seed repeated
instead), the median wall time of `lkjaudit check` (a fresh process each run,
output discarded, the result cache off: every run checks the report in full) and
its ratio to the median time of `python -c "import pydantic, rich, click"`. It
also times a "floor": a program that imports click and validates one instance of
a one-field pydantic model, the least any click-and-pydantic tool pays before
doing any work, and the seed checked again unchanged, which replays the stored
result (a result cache of its own, in a temporary folder).

    python bench/bench.py            # all sizes
    python bench/bench.py --quick    # seed and 50× only, fewer runs
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import SEED, generate

GOALS = {"seed_ratio": 1.5, "x50_seconds": 3.0}

# The least a click program built on pydantic models pays before any work: import
# click, define one model with one field, validate one instance. Printed next to the
# baseline so the seed's ratio can be read against what the stack itself costs
# (`import pydantic` alone is lazy and builds no model).
FLOOR = """\
import click
from pydantic import BaseModel


class Probe(BaseModel):
    x: int


Probe(x=1)
"""


# NOTE: an installed lkjaudit has its bytecode compiled by pip; a checkout run with
# PYTHONDONTWRITEBYTECODE set would recompile every module on each run and measure
# the compiler. The benchmark lets Python cache bytecode, and warms up once.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
# NOTE: the checks timed are full checks: no result replayed from the cache
_COLD = {**_ENV, "LKJAUDIT_NO_CACHE": "1"}


def _time(
    cmd: list[str],
    runs: int,
    ok: tuple[int, ...] = (0,),
    env: dict[str, str] | None = None,
    vary: bool = False,
) -> tuple[float, float]:
    """Median and minimum wall time of ``runs`` fresh processes (after a warm-up).

    ``vary`` gives each run an environment of its own, so that no run replays
    another's stored result (each is a first check, recorded).

    A run that exits with a status not in ``ok`` stops the benchmark: a command
    that fails at once would otherwise be timed as a fast one.
    """
    times = []
    for i in range(runs + 1):
        environ = _ENV if env is None else env
        if vary:
            environ = {**environ, "LKJAUDIT_BENCH_RUN": str(i)}
        start = time.perf_counter()
        proc = subprocess.run(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
            env=environ,
            text=True,
        )
        elapsed = time.perf_counter() - start
        if proc.returncode not in ok:
            last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
            raise SystemExit(
                f"bench: {' '.join(cmd[:4])} … exited with {proc.returncode}: {last}"
            )
        if i == 0:
            continue  # the warm-up run: bytecode written, files in the page cache
        times.append(elapsed)
    return statistics.median(times), min(times)


def _verify(check: list[str], path: Path) -> None:
    """Stop unless ``check`` really checks ``path`` (exit 1 is also Python's own
    status for "No module named lkjaudit", so the status alone proves nothing)."""
    proc = subprocess.run(
        [*check, "--format", "json", str(path)],
        capture_output=True,
        check=False,
        env=_COLD,
        text=True,
    )
    try:
        findings = json.loads(proc.stdout)["findings"]
    except (ValueError, KeyError, TypeError):
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"bench: lkjaudit did not check {path.name}: {last}") from None
    if proc.returncode not in (0, 1) or not isinstance(findings, list):
        raise SystemExit(
            f"bench: lkjaudit exited with {proc.returncode} on {path.name}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument(
        "--repeat", action="store_true", help="the seed repeated instead of synthetic"
    )
    args = parser.parse_args()
    runs = args.runs or (5 if args.quick else 11)
    python = sys.executable
    baseline, _ = _time([python, "-c", "import pydantic, rich, click"], runs)
    floor, _ = _time([python, "-c", FLOOR], runs)
    check = [python, "-m", "lkjaudit", "check"]
    print(f"baseline  import pydantic, rich, click       {baseline:7.3f} s")
    print(
        f"floor     click + one pydantic model         {floor:7.3f} s  "
        f"{floor / baseline:5.2f}× baseline"
    )
    sizes = [1, 50] if args.quick else [1, 10, 25, 50]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for times in sizes:
            path = SEED if times == 1 else Path(tmp) / f"lkj-{times}x.txt"
            if times != 1:
                mode = "repeat" if args.repeat else "synthetic"
                path.write_text(generate(times, mode), encoding="utf-8")
            size_mb = path.stat().st_size / 1e6
            _verify(check, path)
            elapsed, fastest = _time(
                [*check, str(path)],
                runs if times == 1 else max(3, runs // 3),
                ok=(0, 1),  # 1: the report has findings, as these do
                env=_COLD,
            )
            rows.append((times, size_mb, elapsed))
            print(
                f"check {times:>3}× {size_mb:6.2f} MB  {elapsed:7.3f} s "
                f"(min {fastest:.3f})  "
                f"{elapsed / baseline:5.2f}× baseline  {elapsed / size_mb:6.3f} s/MB"
            )
        # the seed with the result cache on: a first check, which records what it
        # depends on and stores its result; then the same check again, unchanged:
        # the warm-up run stores its result, the timed runs replay it
        warm = {**_ENV, "XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        warm.pop("LKJAUDIT_NO_CACHE", None)
        first, fastest = _time(
            [*check, str(SEED)], runs, ok=(0, 1), env=warm, vary=True
        )
        print(
            f"check seed, cache on, first   {first:7.3f} s (min {fastest:.3f})  "
            f"{first / baseline:5.2f}× baseline  (checked, and its result stored)"
        )
        replayed, fastest = _time([*check, str(SEED)], runs, ok=(0, 1), env=warm)
        print(
            f"check seed again, unchanged   {replayed:7.3f} s (min {fastest:.3f})  "
            f"{replayed / baseline:5.2f}× baseline  (replayed from the result cache)"
        )
    seed_ratio = rows[0][2] / baseline
    x50 = rows[-1][2]
    print()
    print(f"seed: {seed_ratio:.2f}× baseline (goal ≤ {GOALS['seed_ratio']}×)")
    print(
        f"seed again, unchanged: {replayed / baseline:.2f}× baseline "
        f"(goal ≤ {GOALS['seed_ratio']}×)"
    )
    print(f"50×: {x50:.2f} s (goal < {GOALS['x50_seconds']} s)")
    if len(rows) > 2:
        marginal = [(b[2] - a[2]) / (b[1] - a[1]) for a, b in itertools.pairwise(rows)]
        print(
            "marginal cost per MB between sizes: "
            + ", ".join(f"{m:.3f} s" for m in marginal)
        )


if __name__ == "__main__":
    main()
