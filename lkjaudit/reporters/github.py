"""GitHub Actions workflow commands: one annotation per finding.

GitHub shows each line on the pull request's changed files and in the run's
summary. Sample::

    ::error file=samples/pasirian-tw2-2024.txt,line=316,\
title=capaian-equals-realisasi-over-target::\
Tabel 3.2 · baris 2 · kolom Capaian: Capaian 36,63%25, seharusnya 39,21%25 \
(Realisasi / Target = 33,33%25 / 85%25)

(one line in the output; broken here to fit; ``%25`` is the escaped ``%``).

A workbook, a DOCX and a PDF have no lines: a finding in one is an annotation on
the file, without ``line``, its place named in the title and the message (a
worksheet cell, a DOCX cell or block, a PDF page and the text line on it)::

    ::error file=lkj.xlsx,title=<rule id> · 'Tabel 3.2'!E12::Tabel 3.2 · baris 2 · \
kolom Capaian · 'Tabel 3.2'!E12: Capaian 36,63%25, seharusnya 39,21%25 (…)
    ::error file=lkj.pdf,title=<rule id> · halaman 1 · baris teks 40::Tabel 3.2 · \
baris 2 · kolom Capaian · halaman 1 · baris teks 40: Capaian 36,63%25, …

A file under the directory lkjaudit ran in (the checkout, in a workflow) is
named relative to it, also when it was given by an absolute path, as GitHub
wants; one outside it by its absolute path.

Errors stay ``error``, warnings ``warning`` and info becomes ``notice``. Values are
escaped as the Actions toolkit does: ``%``, CR and LF everywhere, and also ``:``
and ``,`` inside properties.
"""

from __future__ import annotations

from typing import ClassVar

from lkjaudit.model.finding import Finding, Severity
from lkjaudit.model.result import AuditResult
from lkjaudit.reporters.base import (
    Lang,
    file_kind,
    file_place,
    file_where,
    label,
    root_relative,
    table_title,
    where,
)

__all__ = ["GithubReporter", "escape_data", "escape_property"]

_COMMAND = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}


def escape_data(text: str) -> str:
    """Escape a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command's property value (file, title)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _file(source: str, root: str | None) -> str:
    return escape_property(root_relative(source, root).as_posix())


def _annotation(finding: Finding, lang: Lang, root: str | None) -> str:
    loc = finding.location
    props = [f"file={_file(loc.source, root)}"]
    title = finding.rule_id
    if file_kind(loc) is not None:
        # NOTE: a worksheet row, a line on a PDF page, a DOCX block: no line of
        # the file, so the place is said in the title and the message instead
        place = file_place(loc, lang)
        title = f"{title} · {place}" if place else title
        where_ = file_where(loc, lang)
    else:
        if loc.line is not None:
            props.append(f"line={loc.line}")
        where_ = where(loc.model_copy(update={"line": None}), lang)
    props.append(f"title={escape_property(title)}")
    place = " · ".join(p for p in (table_title(loc, lang), where_) if p)
    message = f"{place}: {finding.message}" if place else finding.message
    if finding.expected is not None and finding.expected not in finding.message:
        message += f" ({label('expected', lang)} {finding.expected})"
    return f"::{_COMMAND[finding.severity]} {','.join(props)}::{escape_data(message)}"


class GithubReporter:
    """Annotations for GitHub Actions logs and pull requests."""

    name: ClassVar[str] = "github"
    suffix: ClassVar[str] = ".txt"

    def __init__(self, root: str | None = None) -> None:
        # NOTE: the directory the paths are relative to (the CLI passes its working
        # directory, the checkout in a workflow): GitHub places an annotation by
        # the file's path in the repository, so one under it is written relative
        self.root = root

    def render(self, result: AuditResult, *, lang: Lang = "id") -> str:
        """One workflow command per finding and per unreadable file."""
        lines = [_annotation(f, lang, self.root) for f in result.findings]
        lines += [
            f"::error file={_file(e.source, self.root)},title=lkjaudit::"
            f"{escape_data(e.message)}"
            for e in result.errors
        ]
        return "".join(line + "\n" for line in lines)
