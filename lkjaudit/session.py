"""One ``lkjaudit check`` run, from options to a result: the work behind the CLI.

It loads the configuration, merges the command line's options over it, reads the
baseline, finds and checks the reports (in parallel when asked), applies or writes
the baseline. It refuses, before checking anything, to write an output or a
baseline over a file it reads (see :func:`lkjaudit.batch.check_paths`).
"""

from __future__ import annotations

import gc
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lkjaudit.api import select_rules
from lkjaudit.batch import check_paths, default_jobs
from lkjaudit.commands import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from lkjaudit.config import settings_for
from lkjaudit.errors import Message
from lkjaudit.model.result import AuditResult

if TYPE_CHECKING:
    from lkjaudit.baseline import Baseline, BaselineEntry
    from lkjaudit.config import Settings

__all__ = ["CheckOutcome", "CheckRequest", "run_check"]


@dataclass(frozen=True)
class CheckRequest:
    """What the command line asked for; None means "the configuration's"."""

    paths: Sequence[str]
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    lang: str | None = None
    fail_on: str | None = None
    config: str | None = None
    isolated: bool = False
    baseline: str | None = None
    write_baseline: str | None = None
    output: str | None = None
    jobs: int | None = None
    exclude: Sequence[str] = ()
    limits: Mapping[str, int] = field(default_factory=dict)  # Limits fields
    strict: bool = False
    progress: bool = False


@dataclass(frozen=True)
class CheckOutcome:
    """The result to report, in the language to report it in, and notes."""

    result: AuditResult
    lang: str
    stale: list[BaselineEntry] = field(default_factory=list)
    baseline_written: int | None = None  # findings recorded by --write-baseline

    @property
    def exit_code(self) -> int:
        """2 when a file could not be read, else 1 for findings at ``--fail-on``."""
        if self.result.errors:
            return EXIT_ERROR
        return EXIT_OK if self.result.valid else EXIT_FINDINGS

    def notes(self) -> list[str]:
        """The lines for stderr, in the outcome's language.

        ``lkjaudit: path: reason`` for each file that could not be read, then
        what the baseline did: how many findings ``--write-baseline`` recorded,
        or how many of its entries no finding matched any more, each of those
        described on an indented line of its own.
        """
        lang = self.lang
        said = [f"{e.source}: {e.message_in(lang)}" for e in self.result.errors]
        if self.baseline_written is not None:
            count = self.baseline_written
            key = "baseline.written-one" if count == 1 else "baseline.written"
            said.append(Message(key, count=count).render(lang))
        if self.stale:
            count = len(self.stale)
            key = "baseline.stale-one" if count == 1 else "baseline.stale"
            said.append(Message(key, count=count).render(lang))
        lines = [f"lkjaudit: {text}" for text in said]
        if self.stale:
            lines.extend(f"  {entry.describe(lang)}" for entry in self.stale)
        return lines


def run_check(request: CheckRequest, settings: Settings | None = None) -> CheckOutcome:
    """Run one check as the CLI does; errors that stop the run raise LkjauditError.

    ``settings`` are the request's configuration when the caller has read it
    already (the CLI does, to know the language of its errors).
    """
    if settings is None:
        settings = settings_for(
            request.paths, request.config, isolated=request.isolated
        )
    options = settings.audit_options(
        select=request.select,
        ignore=request.ignore,
        lang=request.lang,
        fail_on=request.fail_on,
        strict=request.strict,
        **request.limits,
    )
    # NOTE: before any file is read: a selection that leaves no rule to run
    assert options.rules is not None
    select_rules(options.rules, options.select, options.ignore, options.extend_select)
    accepted_at = Path(request.baseline) if request.baseline else settings.baseline
    if request.write_baseline:
        accepted_at = None  # NOTE: a baseline being rewritten is not applied first
    accepted = _read(accepted_at) if accepted_at is not None else None
    # NOTE: the files the run writes are not skipped: one that discovery reads
    # (named, or a report in a checked folder) is refused before any check
    written = [p for p in (request.output, request.write_baseline) if p]
    skip = [str(accepted_at)] if accepted_at else []
    from lkjaudit.progress import progress

    # NOTE: a check builds many small objects and no reference cycles; the cyclic
    # collector only costs time here (about a fifth of a large report's run).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with progress(enabled=request.progress) as (on_start, on_file):
            result = check_paths(
                request.paths,
                options,
                exclude=[*settings.excludes, *request.exclude],
                skip=skip,
                written=written,
                jobs=request.jobs or default_jobs(),
                on_start=on_start,
                on_file=on_file,
            )
    finally:
        if collecting:
            gc.enable()
    return _baseline(request, result, options.lang, accepted, accepted_at)


def _read(path: Path) -> Baseline:
    from lkjaudit.baseline import read_baseline

    return read_baseline(path)


def _baseline(
    request: CheckRequest,
    result: AuditResult,
    lang: str,
    accepted: Baseline | None,
    accepted_at: Path | None,
) -> CheckOutcome:
    # NOTE: lkjaudit.baseline is imported only when a baseline is used.
    if request.write_baseline:
        from lkjaudit.baseline import apply_baseline, write_baseline

        target = Path(request.write_baseline)
        result, _ = apply_baseline(
            result, write_baseline(result, target), target.parent
        )
        stats = result.stats.model_copy(update={"recorded": result.stats.suppressed})
        result = result.model_copy(update={"stats": stats})
        return CheckOutcome(result, lang, baseline_written=stats.recorded)
    if accepted is not None and accepted_at is not None:
        from lkjaudit.baseline import apply_baseline

        result, stale = apply_baseline(result, accepted, accepted_at.parent)
        return CheckOutcome(result, lang, stale=stale)
    return CheckOutcome(result, lang)
