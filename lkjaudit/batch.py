"""Many reports at once: find them under folders and check them in parallel.

``lkjaudit check data/`` checks every report file under ``data/`` (the suffixes in
:data:`lkjaudit.readers.REPORT_SUFFIXES`), skipping what the configuration excludes.
With ``--jobs N`` the files are checked in N worker processes; the result is the
same as with one process, in a stable order (the order of the paths, each folder's
files sorted).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Sequence
from fnmatch import fnmatchcase
from pathlib import PurePath

from lkjaudit.api import AuditOptions, FileOutcome, audit, audit_file
from lkjaudit.engine.rulepack import RuleSpec
from lkjaudit.errors import Message
from lkjaudit.model.result import AuditResult, FileError

__all__ = [
    "audit_parallel",
    "check_paths",
    "default_jobs",
    "discover",
    "is_lkjaudit_output",
]

_WORKER: tuple[AuditOptions, list[RuleSpec]] | None = None


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # NOTE: not on macOS or Windows
        return max(1, os.cpu_count() or 1)


def _excluded(rel: str, is_dir: bool, patterns: Iterable[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    for pattern in patterns:
        if pattern.endswith("/"):
            if not is_dir:
                continue
            pattern = pattern.rstrip("/")
        target = rel if "/" in pattern else name
        if fnmatchcase(target, pattern):
            return True
    return False


# NOTE: the suffixes of the text formats lkjaudit's own outputs may be saved as
_TEXT_SUFFIXES = (".txt", ".md", ".markdown")


def is_lkjaudit_output(path: str) -> bool:
    """Whether a file starts with lkjaudit's output mark (a review it wrote).

    The mark is the first line, bare or in an HTML comment, after a byte-order
    mark and blank lines.
    """
    from lkjaudit.reporters.base import OUTPUT_MARK

    if not os.path.isfile(path):  # NOTE: opening a named pipe waits for a writer
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    text = head.decode("utf-8", "replace").removeprefix("\ufeff").lstrip()
    return text.removeprefix("<!--").lstrip().startswith(OUTPUT_MARK)


def _is_report(path: str, name: str) -> bool:
    from lkjaudit.readers import DATA_SUFFIXES, REPORT_SUFFIXES, is_report_data

    lower = name.lower()
    if lower.startswith("~$"):
        return False  # an office suite's lock file beside an open document
    if not os.path.isfile(path):
        return False  # a pipe, socket or device named like a report is none
    if lower.endswith(_TEXT_SUFFIXES):
        return not is_lkjaudit_output(path)
    if lower.endswith(REPORT_SUFFIXES):
        return True
    return lower.endswith(DATA_SUFFIXES) and is_report_data(path)


def _is_own_output(path: str, own: set[tuple[int, int]]) -> bool:
    try:
        info = os.stat(path)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) in own


def _tidy(path: str) -> str:
    """``path`` without ``./`` and doubled separators, as the system reads it.

    ``..`` stays: ``link/../a.txt`` is a file beside the link's target, which
    the text reduced to ``a.txt`` is not.
    """
    return str(PurePath(path))


def _walk(root: str, exclude: Sequence[str], skip: set[str]) -> list[str]:
    from lkjaudit.streams import saved_in_files

    own = saved_in_files()  # NOTE: `check laporan/ > laporan/hasil.txt`
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        rel_folder = PurePath(os.path.relpath(folder, root)).as_posix()
        prefix = "" if rel_folder == "." else rel_folder + "/"
        dirs[:] = sorted(d for d in dirs if not _excluded(prefix + d, True, exclude))
        for name in sorted(files):
            path = _tidy(os.path.join(folder, name))
            if (
                not _excluded(prefix + name, False, exclude)
                and os.path.abspath(path) not in skip
                and not (own and _is_own_output(path, own))
                and _is_report(path, name)
            ):
                found.append(path)
    return found


def discover(
    paths: Sequence[str], exclude: Sequence[str] = (), skip: Iterable[str] = ()
) -> tuple[list[str], list[FileError]]:
    """The files to check, and an error for each folder holding no report.

    A file named in ``paths`` is always checked; a folder contributes its report
    files, sorted, without those matching ``exclude`` (glob patterns matched against
    a name, or against the path under the folder when they contain ``/``; a trailing
    ``/`` matches folders only), without the files in ``skip`` (the baseline the
    run reads), without lkjaudit's own outputs (:func:`is_lkjaudit_output`) and
    without the file this process's output is redirected to. A
    file named twice, or named and found in a folder also named (``laporan/
    laporan/tw2.pdf``, ``./a.txt a.txt``), is checked once, under the name it is
    first met by.
    """
    from lkjaudit.readers import DATA_SUFFIXES, REPORT_SUFFIXES

    skipped = {os.path.abspath(p) for p in skip}
    files: list[str] = []
    errors: list[FileError] = []
    for path in paths:
        if not os.path.isdir(path):
            files.append(path)
            continue
        found = _walk(path, exclude, skipped)
        if not found:
            kinds = ", ".join((*REPORT_SUFFIXES, *DATA_SUFFIXES))
            message = Message("input.folder-without-reports", kinds=kinds)
            errors.append(FileError.translated(path, message.translations()))
        files.extend(found)
    return _once(files), errors


def _refuse_inputs(files: Sequence[str], written: Iterable[str]) -> None:
    """Stop (ConfigError) when a file the run writes is one it reads."""
    from lkjaudit.errors import ConfigError

    read = {os.path.realpath(f) for f in files}
    for target in written:
        if os.path.isfile(target) and os.path.realpath(target) in read:
            raise ConfigError(Message("cli.refuse-overwrite", path=target))


def _once(files: list[str]) -> list[str]:
    """The files in order, each file once however many names lead to it."""
    from lkjaudit.watch import note_resolved

    seen: set[str] = set()
    kept: list[str] = []
    for path in files:
        real = os.path.realpath(path)
        note_resolved(path, real)
        if real not in seen:
            seen.add(real)
            kept.append(path)
    return kept


def _start_worker(options: AuditOptions, rules: list[RuleSpec]) -> None:
    global _WORKER
    gc.disable()  # NOTE: as in the CLI: many small objects, no cycles
    _WORKER = (options, rules)


def _check_in_worker(path: str) -> FileOutcome:
    assert _WORKER is not None, "worker not started"
    return audit_file(path, *_WORKER)


def audit_parallel(
    paths: Sequence[str],
    options: AuditOptions,
    rules: list[RuleSpec],
    *,
    jobs: int,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Check ``paths`` in ``jobs`` processes; the outcomes in the order of ``paths``."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    # NOTE: fork where there is one: the workers inherit the loaded rules and
    # modules instead of importing them again. Nothing here starts threads before
    # the pool (the progress bar refreshes by hand), so forking is safe.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    outcomes: dict[int, FileOutcome] = {}
    with ProcessPoolExecutor(
        max_workers=min(jobs, len(paths)),
        mp_context=multiprocessing.get_context(method),
        initializer=_start_worker,
        initargs=(options, rules),
    ) as pool:
        futures = {pool.submit(_check_in_worker, p): k for k, p in enumerate(paths)}
        for future in as_completed(futures):
            index = futures[future]
            try:
                outcome = future.result()
            except BrokenProcessPool:
                message = Message("input.worker-died").translations()
                error = FileError.translated(paths[index], message)
                outcome = FileOutcome(paths[index], error=error)
            outcomes[index] = outcome
            if on_file is not None:
                on_file(outcome)
    return [outcomes[k] for k in range(len(paths))]


def check_paths(
    paths: Sequence[str],
    options: AuditOptions,
    *,
    exclude: Sequence[str] = (),
    skip: Iterable[str] = (),
    written: Iterable[str] = (),
    jobs: int = 1,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> AuditResult:
    """Find the reports under ``paths`` and check them all; one result.

    ``written`` are the files the run will write (``--output``,
    ``--write-baseline``): one that exists and is among the files found (named,
    or a report in a checked folder) stops the run with a ConfigError before any
    report is checked. ``on_start`` gets the number of files found before the
    first is checked.
    """
    files, errors = discover(paths, exclude, skip)
    _refuse_inputs(files, written)
    if on_start is not None:
        on_start(len(files))
    result = audit(files, options, jobs=jobs, on_file=on_file)
    if errors:
        result = result.model_copy(update={"errors": [*errors, *result.errors]})
    return result
