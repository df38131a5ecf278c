"""The per-file summary of a batch: one row per report file.

Sample (``--lang id``, plain text)::

    berkas                         error    peringatan    info  status
    ---------------------------  -------  ------------  ------  ------------------
    data/kec-a.txt                     5             0       0  temuan
    data/kec-b.md                      0             0       0  ok
    data/rusak.txt                     0             0       0  tidak terbaca: …
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lkjaudit.model.result import AuditResult
from lkjaudit.reporters.base import label

__all__ = [
    "FileRow",
    "file_rows",
    "headers",
    "plain_table",
    "rich_table",
    "summary_line",
]

_WORDS: dict[str, tuple[str, str]] = {
    "file": ("berkas", "file"),
    "status": ("status", "status"),
    "ok": ("ok", "ok"),
    "findings": ("temuan", "findings"),
    "below": ("temuan di bawah --fail-on", "findings below --fail-on"),
    "unreadable": ("tidak terbaca", "unreadable"),
}


def word(key: str, lang: str) -> str:
    """A word of the summary table in ``lang``."""
    id_text, en_text = _WORDS[key]
    return en_text if lang == "en" else id_text


@dataclass(frozen=True)
class FileRow:
    """The counts and status of one file."""

    source: str
    error: int
    warning: int
    info: int
    status: str
    failed: bool  # an unreadable file, or findings at or above fail-on


def file_rows(result: AuditResult, lang: str) -> list[FileRow]:
    """One row per file, in the order checked; unreadable files say why."""
    errors = {e.source: e.message_in(lang) for e in result.errors}
    sources = list(dict.fromkeys([*result.sources, *errors]))
    counts: dict[str, dict[str, int]] = {s: {} for s in sources}
    worst: dict[str, int] = {}
    for finding in result.findings:
        source = finding.location.source
        per = counts.setdefault(source, {})
        per[finding.severity.value] = per.get(finding.severity.value, 0) + 1
        worst[source] = max(worst.get(source, -1), finding.severity.rank)
    rows = []
    for source, per in counts.items():
        if source in errors:
            status, failed = f"{word('unreadable', lang)}: {errors[source]}", True
        elif source not in worst:
            status, failed = word("ok", lang), False
        elif worst[source] >= result.fail_on.rank:
            status, failed = word("findings", lang), True
        else:
            status, failed = word("below", lang), False
        rows.append(
            FileRow(
                source,
                per.get("error", 0),
                per.get("warning", 0),
                per.get("info", 0),
                status,
                failed,
            )
        )
    return rows


def headers(lang: str) -> list[str]:
    """The column headers of the summary table."""
    return [
        word("file", lang),
        label("error", lang),
        label("warning", lang),
        label("info", lang),
        word("status", lang),
    ]


def plain_table(
    head: Sequence[str], rows: Sequence[Sequence[str]], aligns: Sequence[str]
) -> str:
    """A plain-text table (tabulate), for logs and pipes."""
    from tabulate import tabulate

    return str(
        tabulate(
            [list(row) for row in rows],
            headers=list(head),
            tablefmt="simple",
            disable_numparse=True,
            colalign=tuple(aligns),
        )
    )


def stacked_rows(rows: Sequence[Sequence[str]], width: int) -> str:
    """Each row as a block, for a terminal too narrow for the table.

    The first cells on one line (a rule's id and severity), the last cell (its
    title) wrapped below them, indented, and the cells between (its tags) in
    brackets after it.
    """
    import textwrap

    blocks = []
    for row in rows:
        first, *middle, last = row
        head = "  ".join([first, *([middle[0]] if middle else [])])
        rest = [c for c in middle[1:] if c]
        text = f"{last} [{', '.join(rest)}]" if rest else last
        wrapped = textwrap.fill(
            text,
            width=max(width, 40),
            initial_indent="    ",
            subsequent_indent="    ",
            break_on_hyphens=False,  # NOTE: a tag or rule id is one word
        )
        blocks.append(f"{head}\n{wrapped}")
    return "\n".join(blocks)


def rich_table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    aligns: Sequence[str],
    styles: Sequence[dict[int, str]] = (),
) -> Any:
    """A rich Table for a terminal; ``styles`` colours cells by row and column."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(*head, box=None, header_style="bold")
    for column, align in zip(table.columns, aligns, strict=True):
        column.justify = align  # type: ignore[assignment]
    table.columns[0].no_wrap = True  # a path or a rule id reads badly broken
    for k, row in enumerate(rows):
        style = styles[k] if k < len(styles) else {}
        table.add_row(
            *(
                f"[{style[c]}]{escape(cell)}[/]" if c in style else escape(cell)
                for c, cell in enumerate(row)
            )
        )
    return table


def _n(count: int, one: str, many: str, lang: str) -> str:
    """``1 file`` / ``2 files`` in English; Indonesian nouns do not inflect."""
    return f"{count} {one if count == 1 or lang != 'en' else many}"


def summary_line(result: AuditResult, lang: str) -> str:
    """The closing line: counts of findings, files and rules run."""
    counts = result.stats.by_severity
    files = _n(result.stats.files, "berkas" if lang != "en" else "file", "files", lang)
    rules = _n(
        result.stats.rules_run, "aturan" if lang != "en" else "rule", "rules", lang
    )
    if not result.findings:
        text = label("clean", lang, files=files, rules=rules)
    else:
        n = len(result.findings)
        text = label(
            "summary",
            lang,
            findings=_n(n, "temuan" if lang != "en" else "finding", "findings", lang),
            error=_n(counts.get("error", 0), "error", "errors", lang),
            warning=_n(
                counts.get("warning", 0),
                "peringatan" if lang != "en" else "warning",
                "warnings",
                lang,
            ),
            info=counts.get("info", 0),
            files=files,
            rules=rules,
        )
    if result.stats.suppressed:
        count = result.stats.suppressed
        noun = "temuan" if lang != "en" else "finding" if count == 1 else "findings"
        # NOTE: a run that writes a baseline hides what it recorded there
        key = "recorded" if result.stats.recorded else "suppressed"
        text += " " + label(key, lang, count=count, noun=noun)
    if result.errors:
        unread = _n(
            len(result.errors), "berkas" if lang != "en" else "file", "files", lang
        )
        text += " " + label("unreadable", lang, n=unread)
    return text
