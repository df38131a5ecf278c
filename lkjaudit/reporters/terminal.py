"""Terminal output: findings grouped by file and table, with rich.

Sample (``--lang id``)::

    samples/pasirian-tw2-2024.txt
      Tabel 3.2
        316  error  capaian-equals-realisasi-over-target  baris 2 · kolom capaian
             Capaian 36,63%, seharusnya 39,21% (realisasi / target = 33,33% / 85%)
             seharusnya 39,21%  tertulis 36,63%

    5 temuan (5 error, 0 peringatan, 0 info) dalam 1 berkas; 9 aturan dijalankan.
"""

from __future__ import annotations

import io
from typing import ClassVar

from lkjaudit.model.finding import Finding
from lkjaudit.model.result import AuditResult
from lkjaudit.reporters.base import Lang, group_findings, label, where

__all__ = ["TerminalReporter"]

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class TerminalReporter:
    """Human-readable output for a terminal or a log."""

    name: ClassVar[str] = "terminal"
    suffix: ClassVar[str] = ".txt"

    def __init__(self, *, color: bool = False, width: int = 100) -> None:
        self.color = color
        self.width = width

    def render(self, result: AuditResult, *, lang: Lang = "id") -> str:
        """The result as text, coloured when ``color``."""
        from rich.console import Console
        from rich.markup import escape

        buffer = io.StringIO()
        console = Console(
            file=buffer,
            width=self.width,
            color_system="standard" if self.color else None,
            force_terminal=self.color,
            highlight=False,
            soft_wrap=False,
        )
        for source, tables in group_findings(result.findings).items():
            console.print(f"[bold]{escape(source)}[/]")
            for table, findings in tables.items():
                console.print(
                    f"  [bold blue]{escape(table or label('document', lang))}[/]"
                )
                for finding in findings:
                    self._finding(console, finding, lang)
            console.print()
        console.print(_summary(result, lang))
        return (
            "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
        )

    @staticmethod
    def _finding(console: object, finding: Finding, lang: Lang) -> None:
        from rich.markup import escape
        from rich.padding import Padding

        loc = finding.location
        severity = finding.severity.value
        line = str(loc.line) if loc.line is not None else "-"
        position = where(loc.model_copy(update={"line": None}), lang)
        head = (
            f"    [dim]{line:>5}[/]  [{_STYLE[severity]}]{label(severity, lang)}[/]  "
            f"[bold]{escape(finding.rule_id)}[/]"
        )
        if position:
            head += f"  [dim]{escape(position)}[/]"
        if finding.confidence.value != "high":
            head += (
                f"  [dim]({label('confidence', lang)}: {finding.confidence.value})[/]"
            )
        if finding.evidence.get("also"):
            head += (
                f"  [dim]({label('also', lang)}: {escape(finding.evidence['also'])})[/]"
            )
        console.print(head, soft_wrap=True)  # type: ignore[attr-defined]
        console.print(Padding(escape(finding.message), (0, 0, 0, 11), expand=False))  # type: ignore[attr-defined]
        if finding.expected is not None or finding.actual is not None:
            console.print(  # type: ignore[attr-defined]
                Padding(
                    f"[green]{label('expected', lang)} "
                    f"{escape(finding.expected or '?')}[/]  [red]"
                    f"{label('actual', lang)} {escape(finding.actual or '?')}[/]",
                    (0, 0, 0, 11),
                    expand=False,
                )
            )


def _summary(result: AuditResult, lang: Lang) -> str:
    counts = result.stats.by_severity
    text = label(
        "summary",
        lang,
        n=len(result.findings),
        error=counts.get("error", 0),
        warning=counts.get("warning", 0),
        info=counts.get("info", 0),
        files=result.stats.files,
        rules=result.stats.rules_run,
    )
    if not result.findings:
        text = f"{label('no_findings', lang)} {text}"
    if result.errors:
        text += " " + label("unreadable", lang, n=len(result.errors))
    return text
