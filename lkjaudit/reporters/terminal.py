"""Terminal output: findings grouped by file and table, with rich.

A workbook's findings are grouped by sheet and table, the sheet in the heading
(``Tabel 3.2 · lembar 'Tabel 3.2'``): two tables of one label on two sheets are
two groups.

Sample (``--select capaian-equals-realisasi-over-target --no-color``)::

    samples/pasirian-tw2-2024.txt
      Tabel 3.2
          316  error  capaian-equals-realisasi-over-target  baris 2 · kolom Capaian
               Capaian 36,63%, seharusnya 39,21% (Realisasi / Target = 33,33% / 85%)
               seharusnya 39,21%  tertulis 36,63%

    1 temuan (1 error, 0 peringatan, 0 info) dalam 1 berkas; 1 aturan dijalankan.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, ClassVar

from lkjaudit.model.finding import Finding, Location
from lkjaudit.model.result import AuditResult
from lkjaudit.reporters.base import Lang, group_findings, group_title, label, where
from lkjaudit.reporters.summary import (
    FileRow,
    file_rows,
    headers,
    plain_table,
    rich_table,
    summary_line,
)

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["TerminalReporter"]

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_INDENT = 11  # the message lines start under the rule id


class TerminalReporter:
    """Human-readable output for a terminal or a log."""

    name: ClassVar[str] = "terminal"
    suffix: ClassVar[str] = ".txt"

    def __init__(self, *, color: bool = False, width: int = 100) -> None:
        self.color = color
        self.width = width

    def render(self, result: AuditResult, *, lang: Lang = "id") -> str:
        """The result as text, coloured when ``color``."""
        if not self.color:
            return self._plain(result, lang)
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
            for key, findings in tables.items():
                title = group_title(key, findings, lang)
                console.print(f"  [bold blue]{escape(title)}[/]")
                for finding in findings:
                    self._finding(console, finding, lang)
            console.print()
        rows = file_rows(result, lang)
        if len(rows) > 1:
            self._files(console, rows, lang)
        console.print(summary_line(result, lang), soft_wrap=True)
        return (
            "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
        )

    def _plain(self, result: AuditResult, lang: Lang) -> str:
        """The same layout without rich: logs and pipes, where speed counts.

        NOTE: rich costs a few milliseconds per finding; a batch of reports with
        thousands of findings would spend seconds laying out text nobody colours.
        """
        out: list[str] = []
        for source, tables in group_findings(result.findings).items():
            out.append(source)
            for key, findings in tables.items():
                out.append(f"  {group_title(key, findings, lang)}")
                for finding in findings:
                    out.extend(self._plain_finding(finding, lang))
            out.append("")
        rows = file_rows(result, lang)
        if len(rows) > 1:
            cells = [
                [r.source, str(r.error), str(r.warning), str(r.info), r.status]
                for r in rows
            ]
            aligns = ("left", "right", "right", "right", "left")
            out.extend(plain_table(headers(lang), cells, aligns).splitlines())
            out.append("")
        out.append(summary_line(result, lang))
        return "\n".join(line.rstrip() for line in out) + "\n"

    def _plain_finding(self, finding: Finding, lang: Lang) -> list[str]:
        import textwrap

        loc = finding.location
        line, position = _line_and_place(loc, lang)
        head = (
            f"    {line:>5}  {label(finding.severity.value, lang)}  {finding.rule_id}"
        )
        if position:
            head += f"  {position}"
        if finding.confidence.value != "high":
            head += f"  ({label('confidence', lang)}: {finding.confidence.value})"
        if finding.evidence.get("also"):
            head += f"  ({label('also', lang)}: {finding.evidence['also']})"
        wrap = textwrap.TextWrapper(
            width=self.width,
            initial_indent=" " * _INDENT,
            subsequent_indent=" " * _INDENT,
            break_on_hyphens=False,
        )
        lines = [head, *wrap.wrap(finding.message)]
        figures = [
            f"{label(key, lang)} {value}"
            for key, value in (
                ("expected", finding.expected),
                ("actual", finding.actual),
            )
            if value is not None
        ]
        if figures:
            lines.extend(wrap.wrap("  ".join(figures)))
        return lines

    def _files(self, console: Console, rows: list[FileRow], lang: Lang) -> None:
        cells = [
            [r.source, str(r.error), str(r.warning), str(r.info), r.status]
            for r in rows
        ]
        aligns = ("left", "right", "right", "right", "left")
        if self.color:
            styles = [{4: "red" if r.failed else "green"} for r in rows]
            table: object = rich_table(headers(lang), cells, aligns, styles)
        else:
            from rich.markup import escape

            table = escape(plain_table(headers(lang), cells, aligns))
        console.print(table, soft_wrap=True)
        console.print()

    @staticmethod
    def _finding(console: Console, finding: Finding, lang: Lang) -> None:
        from rich.markup import escape
        from rich.padding import Padding

        loc = finding.location
        severity = finding.severity.value
        line, position = _line_and_place(loc, lang)
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
        console.print(head, soft_wrap=True)
        console.print(
            Padding(escape(finding.message), (0, 0, 0, _INDENT), expand=False)
        )
        figures = [
            f"[{style}]{label(key, lang)} {escape(value)}[/]"
            for key, value, style in (
                ("expected", finding.expected, "green"),
                ("actual", finding.actual, "red"),
            )
            if value is not None
        ]
        if figures:
            console.print(Padding("  ".join(figures), (0, 0, 0, _INDENT), expand=False))


# NOTE: a PDF's lines restart on each page: the page leads its line number
_PAGE_MARK = {"id": "h", "en": "p"}


def _line_and_place(loc: Location, lang: Lang) -> tuple[str, str]:
    """The line column of a finding, and the rest of its place.

    The column holds the line, led by the page in a PDF (``h2:20``, page 2 line
    20; ``h2`` for the page alone); the place is the table, row, column or cell.
    """
    page = f"{_PAGE_MARK[lang]}{loc.page}" if loc.page is not None else ""
    if loc.line is None:
        line = page or "-"
    else:
        line = f"{page}:{loc.line}" if page else str(loc.line)
    return line, where(loc.model_copy(update={"line": None, "page": None}), lang)
