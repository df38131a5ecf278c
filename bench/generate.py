"""Generate a large report for the benchmark: the seed repeated N times.

Each copy keeps the seed's mix of prose and tables (and its errors) but gets its own
table numbers, so the result reads as one long report with N times as many tables.

    python bench/generate.py 50 -o /tmp/lkj-50x.txt
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "samples" / "pasirian-tw2-2024.txt"


def generate(times: int, seed: Path = SEED) -> str:
    text = seed.read_text(encoding="utf-8")
    copies = []
    for k in range(1, times + 1):
        copy = re.sub(
            r"(?m)^(\W{0,4}Tabel\s+)(\d+(?:\.\d+)*)",
            lambda m, k=k: f"{m.group(1)}{k}.{m.group(2)}",
            text,
        )
        copies.append(copy.rstrip("\n") + "\n\n")
    return "".join(copies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("times", type=int)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    Path(args.output).write_text(generate(args.times), encoding="utf-8")


if __name__ == "__main__":
    main()
