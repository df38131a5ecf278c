"""The library entry points: choose rules, read reports, run the audit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from lkjaudit import __version__
from lkjaudit.engine.rulepack import RuleSpec, builtin_rules
from lkjaudit.engine.runner import run_rules
from lkjaudit.errors import ConfigError, InputError
from lkjaudit.model.finding import Finding, Severity
from lkjaudit.model.report import Report
from lkjaudit.model.result import AuditResult, FileError, RuleMeta, Stats
from lkjaudit.readers import DEFAULT_MAX_BYTES, load_report
from lkjaudit.readers.limits import Limits

__all__ = ["AuditOptions", "audit", "audit_report", "select_rules"]

DOCS_URL = "https://github.com/lkjaudit/lkjaudit/blob/main/docs/rules/{id}.md"


@dataclass
class AuditOptions:
    """What to run and how to report it."""

    lang: str = "id"
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    fail_on: Severity = Severity.ERROR
    max_bytes: int = DEFAULT_MAX_BYTES
    strict: bool = False
    rules: list[RuleSpec] | None = field(default=None, repr=False)
    max_unpacked_bytes: int = Limits.max_unpacked_bytes  # a DOCX/XLSX unpacked
    max_pages: int = Limits.max_pages  # PDF pages
    max_cells: int = Limits.max_cells  # table cells in one report

    @property
    def limits(self) -> Limits:
        """The reading limits these options set."""
        return Limits(
            max_bytes=self.max_bytes,
            max_unpacked_bytes=self.max_unpacked_bytes,
            max_pages=self.max_pages,
            max_cells=self.max_cells,
        )


def _matches(rule: RuleSpec, pattern: str) -> bool:
    return (
        fnmatchcase(rule.id, pattern)
        or pattern in rule.aliases
        or (pattern.startswith("tag:") and pattern[4:] in rule.tags)
    )


def select_rules(
    rules: list[RuleSpec], select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> list[RuleSpec]:
    """Rules chosen by id, glob (``*-sum*``) or ``tag:…``; unknown names are errors."""
    for pattern in [*select, *ignore]:
        if not any(_matches(rule, pattern) for rule in rules):
            raise ConfigError(f"unknown rule or tag '{pattern}' (see 'lkjaudit rules')")
    chosen = [r for r in rules if r.enabled]
    if select:
        chosen = [r for r in rules if any(_matches(r, p) for p in select)]
    return [r for r in chosen if not any(_matches(r, p) for p in ignore)]


def _meta(rule: RuleSpec) -> RuleMeta:
    return RuleMeta(
        id=rule.id,
        title={"id": rule.title.id, "en": rule.title.en},
        severity=rule.severity,
        tags=rule.tags,
        rationale={"id": rule.rationale.id.strip(), "en": rule.rationale.en.strip()},
        help_url=DOCS_URL.format(id=rule.id),
    )


def audit_report(report: Report, options: AuditOptions | None = None) -> list[Finding]:
    """Run the selected rules on an already-read report."""
    options = options or AuditOptions()
    rules = options.rules if options.rules is not None else builtin_rules()
    chosen = select_rules(rules, options.select, options.ignore)
    return run_rules(report, chosen, lang=options.lang, strict=options.strict)


def audit(paths: Sequence[str], options: AuditOptions | None = None) -> AuditResult:
    """Read and check every report; an unreadable file becomes an error entry."""
    options = options or AuditOptions()
    rules = options.rules if options.rules is not None else builtin_rules()
    chosen = select_rules(rules, options.select, options.ignore)
    findings: list[Finding] = []
    errors: list[FileError] = []
    stats = Stats(rules_run=len(chosen))
    for path in paths:
        try:
            report = load_report(path, limits=options.limits)
        except InputError as exc:
            errors.append(FileError(source=exc.source, message=exc.reason))
            continue
        stats.files += 1
        stats.tables += len(report.tables)
        stats.rows += sum(len(t.rows) for t in report.tables)
        findings.extend(
            run_rules(report, chosen, lang=options.lang, strict=options.strict)
        )
    for severity in Severity:
        stats.by_severity[severity.value] = sum(
            1 for f in findings if f.severity == severity
        )
    fired = {f.rule_id for f in findings}
    return AuditResult(
        tool_version=__version__,
        sources=list(paths),
        findings=findings,
        errors=errors,
        rules=[_meta(r) for r in chosen if r.id in fired],
        stats=stats,
        fail_on=options.fail_on,
    )
