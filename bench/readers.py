"""Time the readers: DOCX and XLSX reading, and PDF pages per second against pdftotext.

    python bench/readers.py            # every measure, 5 runs each
    python bench/readers.py --runs 11

For each rendered sample it prints the time to read the file into a report (a fresh
process per run: Python start and lkjaudit's own imports excluded, the reader's
library import included, which is what a user waits for) and, for PDF, the pages
per second of lkjaudit's reader and of ``pdftotext -layout`` from poppler on the same
file, and their ratio. A long PDF (the Pasirian sample repeated to about 220 pages)
shows the steady rate without start-up costs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOALS = {"docx_seconds": 1.0, "xlsx_seconds": 1.0}
_READ = (
    "import sys, time\n"
    "from lkjaudit.readers import read_report\n"
    "start = time.perf_counter()\n"
    "report = read_report(sys.argv[1])\n"
    "print(time.perf_counter() - start, report.page_count or 0)\n"
)


def read_time(path: Path, runs: int) -> tuple[float, int]:
    """Median seconds to read ``path`` in a fresh process, and its page count."""
    times, pages = [], 0
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _READ, str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        times.append(float(out[0]))
        pages = int(out[1])
    return statistics.median(times), pages


def pdftotext_time(path: Path, runs: int) -> float | None:
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [tool, "-layout", str(path), "-"], capture_output=True, check=True
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def long_pdf(source: Path, copies: int, target: Path) -> None:
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for _ in range(copies):
        out.import_pages(pdfium.PdfDocument(str(source)))
    out.save(str(target))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for name in ("pasirian-tw2-2024", "sukamaju-2023"):
        for fmt in ("docx", "xlsx"):
            seconds, _ = read_time(SAMPLES / f"{name}.{fmt}", args.runs)
            goal = GOALS[f"{fmt}_seconds"]
            mark = "ok" if seconds < goal else "SLOW"
            print(f"{fmt:4}  {name:18}  {seconds:6.3f} s   (goal < {goal} s: {mark})")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "pasirian-x10.pdf"
        long_pdf(SAMPLES / "pasirian-tw2-2024.pdf", 10, big)
        for path in (
            SAMPLES / "sukamaju-2023.pdf",
            SAMPLES / "pasirian-tw2-2024.pdf",
            big,
        ):
            seconds, pages = read_time(path, args.runs)
            ours = pages / seconds
            line = f"pdf   {path.name:22} {pages:4} pages  {ours:6.1f} pages/s"
            poppler = pdftotext_time(path, args.runs)
            if poppler is not None:
                theirs = pages / poppler
                line += (
                    f"   pdftotext {theirs:6.1f} pages/s   ratio {theirs / ours:4.1f}×"
                )
            print(line)


if __name__ == "__main__":
    main()
