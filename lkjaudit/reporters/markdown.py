"""Markdown: a review summary a reviewer can paste into a letter or an issue.

Findings are numbered through the whole document (so a letter can refer to
"temuan no. 7") and grouped by file and table (in a workbook by sheet and table,
the sheet named in the heading); each shows where it is, what is
written and what it should be. Every value taken from a report is escaped, so a
row named ``*Program* | A`` cannot break the table or turn into markup. Its first
line is lkjaudit's output mark, an HTML comment, so that ``lkjaudit check FOLDER``
skips a review saved among the reports. Sample::

    <!-- lkjaudit-output: dibuat oleh lkjaudit; lkjaudit check melewati berkas ini -->

    # Hasil reviu lkjaudit

    14 temuan (14 error, 0 peringatan, 0 info) dalam 1 berkas; 9 aturan dijalankan.

    ## samples/sukamaju-2023.md

    ### Tabel III.1

    | No. | Letak | Temuan | Seharusnya | Tertulis |
    | ---: | --- | --- | --- | --- |
    | 1 | Administrasi Umum …<br>baris 5 · kolom Pagu (Rp) | … | Rp 69.000.000 | … |
"""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import quote

from lkjaudit.model.finding import Finding
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.result import AuditResult
from lkjaudit.reporters.base import (
    Lang,
    group_findings,
    group_title,
    label,
    output_mark,
    where,
)
from lkjaudit.reporters.summary import file_rows, headers, summary_line

__all__ = ["MarkdownReporter", "escape"]

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Hasil reviu lkjaudit", "lkjaudit review"),
    "no": ("No.", "No."),
    "place": ("Letak", "Location"),
    "finding": ("Temuan", "Finding"),
    "rule": ("Aturan", "Rule"),
    "files": ("Ringkasan per berkas", "Summary per file"),
    "rules": ("Aturan yang dilanggar", "Rules broken"),
    "unreadable": ("Berkas yang tidak dapat dibaca", "Files that could not be read"),
    "doc": ("penjelasan", "explanation"),
}
# NOTE: inline markup characters; parentheses, "#" and "+" only act at the start
# of a line or after "]", which escape() rules out, so they stay readable.
_SPECIAL = lazy(r"([\\`*_{}\[\]|~])")
_LEADING = lazy(r"^(?:(\d+)([.)])|([#+\-]))")


def _word(key: str, lang: Lang) -> str:
    id_text, en_text = _WORDS[key]
    return en_text if lang == "en" else id_text


def escape(text: str) -> str:
    """Text from a report made inert in Markdown (and in the HTML it may embed)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))  # one line: rows end at \n


def _block(text: str) -> str:
    """Like :func:`escape`, for text that starts a line (a heading, a list item)."""
    return _LEADING.sub(
        lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escape(text)
    )


def _row(number: int, finding: Finding, lang: Lang) -> str:
    loc = finding.location
    place = escape(where(loc, lang))
    if loc.label:
        place = f"{escape(loc.label)}<br>{place}" if place else escape(loc.label)
    cells = [
        str(number),
        place or "-",
        f"{escape(finding.message)}<br>`{finding.rule_id}`",
        escape(finding.expected) if finding.expected is not None else "-",
        escape(finding.actual) if finding.actual is not None else "-",
    ]
    return "| " + " | ".join(cells) + " |"


def _files(result: AuditResult, lang: Lang) -> list[str]:
    rows = file_rows(result, lang)
    if len(rows) < 2:
        return []
    lines = [f"## {_word('files', lang)}", ""]
    lines.append("| " + " | ".join(headers(lang)) + " |")
    lines.append("| --- | ---: | ---: | ---: | --- |")
    for row in rows:
        cells = [escape(row.source), str(row.error), str(row.warning), str(row.info)]
        lines.append("| " + " | ".join([*cells, escape(row.status)]) + " |")
    return [*lines, ""]


class MarkdownReporter:
    """A review summary in Markdown."""

    name: ClassVar[str] = "markdown"
    suffix: ClassVar[str] = ".md"

    def render(self, result: AuditResult, *, lang: Lang = "id") -> str:
        """The result as a Markdown document."""
        lines = [output_mark(lang, comment=True), ""]
        lines += [f"# {_word('title', lang)}", "", _block(summary_line(result, lang))]
        lines.append("")
        lines += _files(result, lang)
        header = [_word(k, lang) for k in ("no", "place", "finding")] + [
            label("expected", lang).capitalize(),
            label("actual", lang).capitalize(),
        ]
        number = 0
        for source, tables in group_findings(result.findings).items():
            lines += [f"## {_block(source)}", ""]
            for key, findings in tables.items():
                lines += [f"### {_block(group_title(key, findings, lang))}", ""]
                lines.append("| " + " | ".join(header) + " |")
                lines.append("| ---: | --- | --- | --- | --- |")
                for finding in findings:
                    number += 1
                    lines.append(_row(number, finding, lang))
                lines.append("")
        if result.errors:
            lines += [f"## {_word('unreadable', lang)}", ""]
            lines += [
                f"- {_block(e.source)}: {escape(e.message_in(lang))}"
                for e in result.errors
            ]
            lines.append("")
        if result.rules:
            lines += [f"## {_word('rules', lang)}", ""]
            for rule in result.rules:
                title = escape(rule.title.get(lang) or rule.id)
                link = ""
                if rule.help_url:
                    url = quote(rule.help_url, safe=":/#?&=.~-_%")
                    link = f" ([{_word('doc', lang)}]({url}))"
                lines.append(f"- `{rule.id}`: {title}{link}")
            lines.append("")
        return "\n".join(lines).rstrip("\n") + "\n"
