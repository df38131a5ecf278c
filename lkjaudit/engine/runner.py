"""Run rules over a report and turn violations into findings."""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterable

from pydantic import BaseModel

from lkjaudit.engine.context import Context, Violation
from lkjaudit.engine.forking import run_split, splittable
from lkjaudit.engine.registry import run_check
from lkjaudit.engine.rulepack import RuleSpec
from lkjaudit.engine.template import fill
from lkjaudit.errors import Message
from lkjaudit.model.finding import Confidence, Finding, Location, Severity
from lkjaudit.model.report import Report

__all__ = ["INTERNAL_ERROR", "render_message", "run_rules"]

INTERNAL_ERROR = "internal-error"


def render_message(template: str, values: dict[str, str]) -> str:
    """Fill a message template's fields (validated: plain names, or word choices).

    A template whose last field is left empty (an optional note) would end in the
    space before it: the message ends at its last word.
    """
    return fill(template, values).rstrip()


def _finding(rule: RuleSpec, violation: Violation, lang: str) -> Finding:
    loc = violation.location
    values = {
        "expected": violation.expected or "",
        "actual": violation.actual or "",
        "table": loc.table or "",
        "row": str(loc.row) if loc.row is not None else "",
        "column": loc.column or "",
        "label": loc.label or "",
        "line": str(loc.line) if loc.line is not None else "",
        **violation.operands,
    }
    confidence = violation.confidence or rule.confidence or rule.spec.confidence
    return Finding(
        rule_id=rule.id,
        severity=rule.severity,
        confidence=confidence,
        message=render_message(rule.message.get(lang), values),
        location=loc,
        related=violation.related,
        expected=violation.expected,
        actual=violation.actual,
        evidence=dict(violation.operands),
        fix=violation.fix,
    )


def _targets(rule: RuleSpec, report: Report) -> Iterable[object]:
    if rule.spec.scope == "report":
        return [report]
    kinds = set(rule.applies_to.table_kind)
    return [t for t in report.tables if not kinds or kinds & set(t.kinds)]


def run_rules(
    report: Report,
    rules: list[RuleSpec],
    *,
    lang: str = "id",
    strict: bool = False,
    workers: int = 1,
) -> list[Finding]:
    """Run every enabled rule on a report; a crashing primitive becomes a finding.

    With ``workers`` > 1 the rules of a large report run in two processes where the
    platform can fork (see :func:`_run_split`); the findings are the same.
    """
    chosen = [rule for rule in rules if rule.enabled]
    units = _units(chosen)
    if workers > 1 and not strict and len(units) >= 2 and splittable(report):
        per_rule = _run_split(report, chosen, units, lang)
    else:
        ctx = _context(report, chosen, lang)
        per_rule = [_run_rule(rule, report, ctx, lang, strict) for rule in chosen]
    findings = [f for found in per_rule for f in found]
    position = {rule.id: k for k, rule in enumerate(rules)}
    findings.sort(key=lambda f: _order(f, position))
    return _dedupe(findings)


def _context(report: Report, rules: list[RuleSpec], lang: str) -> Context:
    """The context of a run: the report, the language and the rules' options."""
    configured: dict[str, list[BaseModel]] = {}
    for rule in rules:
        configured.setdefault(rule.check, []).append(rule.options())
    return Context(report, lang, configured)


def _run_rule(
    rule: RuleSpec, report: Report, ctx: Context, lang: str, strict: bool
) -> list[Finding]:
    findings: list[Finding] = []
    opts = rule.options()
    for target in _targets(rule, report):
        try:
            for violation in run_check(rule.spec, target, opts, ctx):
                findings.append(_finding(rule, violation, lang))
        except Exception as exc:
            if strict:
                raise
            findings.append(_crash(rule, report, target, exc, lang))
    return findings


# A large report's rules are shared by two processes family by family: a family's
# rules share intermediate results (a fact's clusters of copies, the roll-up
# parents), and the families that read the prose share its sentences and claims, so
# they go as one. The index of linked copies, used by several families, is built in
# each process that needs it (about 0.15 s on the 50× synthetic report). The two
# processes take the next family in this order as each becomes free, the costliest
# first (as measured on that report), so the small ones at the end even out the two
# halves whatever the report's shape. The arithmetic family reads only the capaian
# formulas a report states (lkjaudit.prose.formulas: its sentences split and
# scanned, about 0.02 s on that report), and stays apart.
_PROSE = frozenset({"claims", "counting", "dates", "structure", "identifiers"})
_ORDER = ("prose", "crossref", "sums", "plausibility", "rollup", "arithmetic")


_CHECKS = "lkjaudit.checks."


def _family(rule: RuleSpec) -> str:
    """A rule's family: its check's module (or package: crossref) in checks."""
    module = rule.spec.func.__module__
    if module.startswith(_CHECKS):
        family = module.removeprefix(_CHECKS).split(".", 1)[0]
    else:
        family = module.rsplit(".", 1)[-1]
    return "prose" if family in _PROSE else family


def _units(rules: list[RuleSpec]) -> list[list[int]]:
    """Rule positions grouped by family, the families in the order they are taken."""
    by_family: dict[str, list[int]] = {}
    for k, rule in enumerate(rules):
        by_family.setdefault(_family(rule), []).append(k)
    rank = {name: k for k, name in enumerate(_ORDER)}
    ordered = sorted(by_family, key=lambda name: rank.get(name, len(rank)))
    return [by_family[name] for name in ordered]


def _run_split(
    report: Report, rules: list[RuleSpec], units: list[list[int]], lang: str
) -> list[list[Finding]]:
    """Each rule's findings, found by this process and a fork, family by family.

    Both processes take the next family from a shared pipe (one byte each) until
    none is left. Whatever the fork did not send back (it failed, or was cut off)
    is done here.
    """
    claims = bytes(range(len(units)))  # NOTE: a byte each: a dozen families
    reader, writer = os.pipe()
    os.write(writer, claims)
    os.close(writer)

    def take(ctx: Context) -> dict[int, list[Finding]]:
        done: dict[int, list[Finding]] = {}
        while claimed := os.read(reader, 1):
            for k in units[claimed[0]]:
                done[k] = _run_rule(rules[k], report, ctx, lang, False)
        return done

    ctx = _context(report, rules, lang)  # NOTE: the fork works on its own copy
    try:
        theirs, found = run_split(lambda: take(ctx), lambda: take(ctx))
    finally:
        os.close(reader)
    if theirs is not None and not found.keys() & theirs.keys():
        found.update(theirs)
    for k, rule in enumerate(rules):
        if k not in found:
            found[k] = _run_rule(rule, report, ctx, lang, False)
    return [found[k] for k in range(len(rules))]


def _crash(
    rule: RuleSpec, report: Report, target: object, exc: Exception, lang: str
) -> Finding:
    where = getattr(target, "id", None) or "report"
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    message = Message(
        "finding.rule-crashed",
        rule=rule.id,
        where=where,
        kind=type(exc).__name__,
        detail=str(exc),
        place=f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}",
    )
    return Finding(
        rule_id=INTERNAL_ERROR,
        severity=Severity.ERROR,
        confidence=Confidence.LOW,
        message=message.render(lang),
        location=Location(source=report.source, ref=str(where), kind="table"),
        evidence={"rule": rule.id},
    )


_LAST = 10**9  # NOTE: a finding with no line comes after those with one


def _order(f: Finding, position: dict[str, int]) -> tuple[object, ...]:
    """Document order; on one cell, the worst first, then the rules' pack order.

    A PDF numbers the lines of each page and a workbook the rows of each sheet,
    so the line counts within its page, and within its sheet: sheet by sheet in
    the workbook's order, what has no line after the sheets.
    """
    loc = f.location
    sheet = loc.sheet
    if sheet is None:
        sheet = 0 if loc.line is not None else _LAST
    return (
        loc.source,
        loc.page if loc.page is not None else 0,  # NOTE: PDF lines count per page
        sheet,
        loc.line if loc.line is not None else _LAST,
        loc.ref,
        -f.severity.rank,
        position.get(f.rule_id, len(position)),
    )


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per cell and value: rules that reach the same verdict are merged.

    Two rules may find the same wrong figure for different reasons (the sum of its
    children, another table's copy); the reviewer gets one finding, at the higher
    severity, naming the other rules and carrying every related location.
    """
    kept: dict[tuple[str, str | None, str | None], int] = {}
    out: list[Finding] = []
    for f in findings:
        if f.expected is None and f.actual is None:
            out.append(f)
            continue
        key = (f.location.ref, f.expected, f.actual)
        if key not in kept:
            kept[key] = len(out)
            out.append(f)
            continue
        first = out[kept[key]]
        if first.rule_id == f.rule_id:
            continue
        keep, other = (
            (first, f) if first.severity.rank >= f.severity.rank else (f, first)
        )
        also = ", ".join(filter(None, [keep.evidence.get("also"), other.rule_id]))
        related = keep.related + tuple(
            r for r in other.related if r not in keep.related
        )
        out[kept[key]] = keep.model_copy(
            update={"evidence": {**keep.evidence, "also": also}, "related": related}
        )
    return out
