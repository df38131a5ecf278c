"""Baselines: findings accepted once, so that a run reports only the new ones.

``lkjaudit check … --write-baseline lkjaudit-baseline.json`` records every current
finding; ``--baseline lkjaudit-baseline.json`` then hides those and reports the
rest. A finding is matched by its file (relative to the baseline's folder) and its
:attr:`~lkjaudit.model.finding.Finding.fingerprint`, which ignores lines, pages and
row numbers, so the baseline survives re-pagination and edits elsewhere. The same
fingerprint may be recorded several times (``count``). Entries that no longer match
anything, in a file that was checked and for a rule that ran, are *stale*: the
problem was fixed or the figure changed. Sample file::

    {
      "schema_version": 1,
      "tool": "lkjaudit",
      "entries": [
        {"source": "data/pasirian.txt", "rule_id": "stated-formula-holds",
         "fingerprint": "3f0c…", "count": 1, "table": "Tabel 3.10",
         "label": "Program Penunjang …", "column": "efisiensi",
         "expected": "-2,93%", "actual": "-54,55%"}
      ]
    }

Only ``source``, ``fingerprint`` and ``count`` are used for matching; the other
fields are there for the people who review the file.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path, PurePath

from pydantic import BaseModel, ConfigDict, ValidationError

from lkjaudit.engine.context import table_name
from lkjaudit.errors import ConfigError, Message, os_problem
from lkjaudit.model.finding import Finding, Severity
from lkjaudit.model.result import AuditResult

__all__ = [
    "Baseline",
    "BaselineEntry",
    "apply_baseline",
    "build_baseline",
    "read_baseline",
    "source_key",
    "write_baseline",
]

SCHEMA_VERSION = 1


class BaselineEntry(BaseModel):
    """One accepted finding (or ``count`` identical ones)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str
    rule_id: str
    fingerprint: str
    count: int = 1
    table: str | None = None
    label: str | None = None
    column: str | None = None
    expected: str | None = None
    actual: str | None = None

    def describe(self, lang: str = "en") -> str:
        """``file: rule at Tabel 3.2 › row name › column (expected …, actual …)``.

        A table without a caption is named in ``lang`` (``Table 5 (LAMPIRAN …)``
        in English); the entry records its label as data, in Bahasa Indonesia.
        """
        table = table_name(self.table, lang) if self.table else None
        place = " › ".join(p for p in (table, self.label, self.column) if p)
        return Message(
            "baseline.entry",
            source=self.source,
            rule=self.rule_id,
            place=place or Message("baseline.document"),
            expected=self.expected or "?",
            actual=self.actual or "?",
        ).render(lang)


class Baseline(BaseModel):
    """A baseline file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: int = SCHEMA_VERSION
    tool: str = "lkjaudit"
    entries: list[BaselineEntry] = []


def source_key(source: str, base: Path) -> str:
    """A report path as recorded in a baseline: POSIX, relative to ``base``."""
    absolute = os.path.abspath(source)
    try:
        relative = os.path.relpath(absolute, os.path.abspath(base))
    except ValueError:  # NOTE: another drive on Windows
        relative = absolute
    return PurePath(relative).as_posix()


def build_baseline(findings: list[Finding], base: Path) -> Baseline:
    """A baseline accepting ``findings``; paths relative to ``base``, sorted."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        key = (source_key(finding.location.source, base), finding.fingerprint)
        counts[key] += 1
        first.setdefault(key, finding)
    entries = []
    for (source, fingerprint), count in counts.items():
        finding = first[(source, fingerprint)]
        loc = finding.location
        entries.append(
            BaselineEntry(
                source=source,
                rule_id=finding.rule_id,
                fingerprint=fingerprint,
                count=count,
                table=loc.table,
                label=loc.label,
                column=loc.column,
                expected=finding.expected,
                actual=finding.actual,
            )
        )
    entries.sort(
        key=lambda e: (e.source, e.rule_id, e.table or "", e.label or "", e.fingerprint)
    )
    return Baseline(entries=entries)


def write_baseline(result: AuditResult, path: Path) -> Baseline:
    """Record every finding of ``result`` in ``path``; the baseline written."""
    baseline = build_baseline(result.findings, path.parent)
    text = json.dumps(baseline.model_dump(mode="json"), ensure_ascii=False, indent=2)
    try:
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            Message("baseline.cannot-write", path=str(path), problem=os_problem(exc))
        ) from None
    return baseline


def read_baseline(path: Path) -> Baseline:
    """Read a baseline file; a clear one-line ConfigError when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(Message("baseline.not-found", path=str(path))) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            Message("baseline.cannot-read", path=str(path), problem=str(exc))
        ) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(
            Message("baseline.invalid-json", path=str(path), line=exc.lineno)
        ) from None
    try:
        baseline = Baseline.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or Message("baseline.whole-file")
        raise ConfigError(
            Message(
                "baseline.invalid", path=str(path), where=where, problem=first["msg"]
            )
        ) from None
    if baseline.schema_version != SCHEMA_VERSION:
        raise ConfigError(
            Message(
                "baseline.schema-version",
                path=str(path),
                found=baseline.schema_version,
                expected=SCHEMA_VERSION,
            )
        )
    return baseline


def apply_baseline(
    result: AuditResult, baseline: Baseline, base: Path
) -> tuple[AuditResult, list[BaselineEntry]]:
    """``result`` without the accepted findings, and the stale baseline entries.

    The hidden findings are counted in ``stats.suppressed``; ``by_severity`` counts
    what is left.
    """
    budget: Counter[tuple[str, str]] = Counter()
    for entry in baseline.entries:
        budget[(entry.source, entry.fingerprint)] += entry.count
    kept: list[Finding] = []
    for finding in result.findings:
        key = (source_key(finding.location.source, base), finding.fingerprint)
        if budget[key] > 0:
            budget[key] -= 1
        else:
            kept.append(finding)
    unread = {source_key(e.source, base) for e in result.errors}
    checked = {source_key(s, base) for s in result.sources} - unread
    ran = set(result.rules_run)
    stale = [
        entry
        for entry in baseline.entries
        if budget[(entry.source, entry.fingerprint)] > 0
        and entry.source in checked
        and entry.rule_id in ran
    ]
    stats = result.stats.model_copy(
        update={
            "suppressed": result.stats.suppressed + len(result.findings) - len(kept),
            "by_severity": {
                s.value: sum(1 for f in kept if f.severity == s) for s in Severity
            },
        }
    )
    fired = {f.rule_id for f in kept}
    return (
        result.model_copy(
            update={
                "findings": kept,
                "stats": stats,
                "rules": [r for r in result.rules if r.id in fired],
            }
        ),
        stale,
    )
