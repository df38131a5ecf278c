"""The reporter contract and the words reporters share."""

from __future__ import annotations

import ntpath
import os
from pathlib import PurePath, PureWindowsPath
from typing import ClassVar, Literal, Protocol

from lkjaudit.model.finding import Finding, Location
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.result import AuditResult
from lkjaudit.model.tablenames import table_name

__all__ = [
    "OUTPUT_MARK",
    "FileKind",
    "GroupKey",
    "Lang",
    "Reporter",
    "file_kind",
    "file_place",
    "file_where",
    "group_findings",
    "group_title",
    "label",
    "output_mark",
    "root_relative",
    "sheet_place",
    "table_title",
    "where",
]

Lang = Literal["id", "en"]

# The first words of a file lkjaudit wrote: `lkjaudit check FOLDER` skips a file
# that starts with them, so a review saved beside the reports is never checked as
# one. Markdown carries it in an HTML comment (invisible when rendered), terminal
# text written with --output on a line of its own.
OUTPUT_MARK = "lkjaudit-output:"
_MARK_WORDS: tuple[str, str] = (
    "dibuat oleh lkjaudit; lkjaudit check melewati berkas ini",
    "written by lkjaudit; lkjaudit check skips this file",
)


def output_mark(lang: Lang, comment: bool) -> str:
    """The mark line of an output file, as an HTML comment or as plain text."""
    words = _MARK_WORDS[1] if lang == "en" else _MARK_WORDS[0]
    line = f"{OUTPUT_MARK} {words}"
    return f"<!-- {line} -->" if comment else line


_LABELS: dict[str, tuple[str, str]] = {
    "row": ("baris", "row"),
    "column": ("kolom", "column"),
    "line": ("baris teks", "line"),
    "page": ("halaman", "page"),
    "sheet": ("lembar", "sheet"),
    "sheet_row": ("baris lembar", "sheet row"),
    "block": ("blok", "block"),
    "expected": ("seharusnya", "expected"),
    "actual": ("tertulis", "actual"),
    "related": ("terkait", "related"),
    "lines": ("baris", "lines"),
    "clean": (
        "Tidak ada temuan dalam {files}; {rules} dijalankan.",
        "No findings in {files}; {rules} run.",
    ),
    "summary": (
        "{findings} ({error}, {warning}, {info} info) dalam {files}; {rules} "
        "dijalankan.",
        "{findings} ({error}, {warning}, {info} info) in {files}; {rules} run.",
    ),
    "unreadable": ("{n} tidak dapat dibaca.", "{n} could not be read."),
    "suppressed": (
        "{count} {noun} lain disembunyikan oleh baseline.",
        "{count} more {noun} hidden by the baseline.",
    ),
    "recorded": (
        "{count} {noun} dicatat di baseline dan tidak ditampilkan.",
        "{count} {noun} recorded in the baseline, not shown.",
    ),
    "document": ("dokumen", "document"),
    "confidence": ("keyakinan", "confidence"),
    "also": ("juga", "also"),
    "error": ("error", "error"),
    "warning": ("peringatan", "warning"),
    "info": ("info", "info"),
}


def _pure(path: str) -> PurePath:
    """The path, normalised: one with a drive (``C:/lkj``) as a Windows path."""
    if PureWindowsPath(path).drive:
        return PureWindowsPath(ntpath.normpath(path))
    return PurePath(os.path.normpath(path))


def root_relative(source: str, root: str | None = None) -> PurePath:
    """A report's path relative to ``root`` when it lies under it, else absolute.

    ``root`` is the directory relative paths are relative to (the CLI's working
    directory; SARIF's ``SRCROOT``, the checkout for GitHub): a path under it,
    given absolute or relative, comes back relative to it, one outside it
    (``/elsewhere/a.txt``, ``../other/a.txt``) absolute. Without ``root`` the path
    comes back as it was given, normalised (``./a.txt`` → ``a.txt``).
    """
    path = _pure(source)
    if root is None:
        return path
    base = _pure(root)
    if type(path) is not type(base):  # NOTE: a Windows path on POSIX, or the reverse
        return path
    if not path.is_absolute():
        path = _pure(str(base / path))
    try:
        return path.relative_to(base)
    except ValueError:
        return path


def label(key: str, lang: str, **fields: object) -> str:
    """A reporter word in ``lang``."""
    id_text, en_text = _LABELS[key]
    return (en_text if lang == "en" else id_text).format(**fields)


def table_title(loc: Location, lang: str) -> str:
    """The table a location is in, as a reader of ``lang`` is told it ("" if none).

    The label the report prints (``Tabel 3.2``, a caption) as it is; the label
    lkjaudit gives a table without a caption in ``lang`` (``Table 3 (BAB III …)``
    in English), known by its label and the id in the location's ref together.
    """
    if not loc.table:
        return ""
    return table_name(loc.table, lang, loc.ref.partition("/")[0])


def where(loc: Location, lang: str) -> str:
    """``baris 2 · kolom capaian · baris teks 316`` for a location.

    In a workbook the ``line`` is a worksheet row, no line of text: the cell's
    address (``'Tabel 3.2'!E12``) already names it, and without an address the
    sheet and its row are said as such (``lembar 3 · baris lembar 12``).
    """
    parts: list[str] = []
    if loc.row is not None:
        parts.append(f"{label('row', lang)} {loc.row}")
    if loc.column:
        parts.append(f"{label('column', lang)} {loc.header or loc.column}")
    if loc.sheet is not None:
        parts.append(sheet_place(loc, lang))
        if loc.page is not None:
            parts.append(f"{label('page', lang)} {loc.page}")
        return " · ".join(parts)
    if loc.cell:
        parts.append(loc.cell)
    if loc.page is not None:
        parts.append(f"{label('page', lang)} {loc.page}")
    if loc.line is not None:
        parts.append(f"{label('line', lang)} {loc.line}")
    return " · ".join(parts)


def sheet_place(loc: Location, lang: str) -> str:
    """Where a workbook location is: its cell's address, else its sheet and row."""
    if loc.cell:
        return loc.cell
    parts = [f"{label('sheet', lang)} {loc.sheet}"]
    if loc.line is not None:
        parts.append(f"{label('sheet_row', lang)} {loc.line}")
    return " · ".join(parts)


FileKind = Literal["workbook", "pdf", "docx"]

# NOTE: the DOCX reader's cell address: table 3 of the document, row 6, column 3
_DOCX_CELL = lazy(r"T\d+:R\d+C\d+")
# the files whose lines are lines of text: text exports, Markdown, report data
_TEXT_SUFFIXES = frozenset({"txt", "md", "markdown", "yaml", "yml", "json"})


def file_kind(loc: Location) -> FileKind | None:
    """The kind of file without lines of text a location is in, or None.

    A workbook's location has its sheet and a PDF's its page (or the file its
    suffix); a DOCX is known by its suffix or its cells' addresses (``T3:R6C3``).
    Their ``line`` is no line of the file: a worksheet row, a text line on the
    page, a block of the DOCX body (its paragraphs and table rows counted from
    the top). A text export, Markdown or report data (whose lines are lines of
    the file, whatever else the location says) gives None.
    """
    if loc.sheet is not None:
        return "workbook"
    suffix = loc.source.rpartition(".")[2].lower()
    if suffix in _TEXT_SUFFIXES:
        return None
    if loc.page is not None or suffix == "pdf":
        return "pdf"
    if suffix == "docx" or (loc.cell and _DOCX_CELL.fullmatch(loc.cell)):
        return "docx"
    return None


def file_place(loc: Location, lang: str) -> str:
    """Where a location is in a file without lines of text, in a few words.

    A worksheet cell's address (or its sheet and row), a PDF's page and the text
    line on it (``halaman 3 · baris teks 8``), a DOCX cell's address (``T3:R6C3``)
    or else its block (``blok 96``); "" when the location says none of these.
    """
    kind = file_kind(loc)
    if kind == "workbook":
        return sheet_place(loc, lang)
    parts: list[str] = []
    if kind == "docx":
        if loc.cell:
            parts.append(loc.cell)
        elif loc.line is not None:
            parts.append(f"{label('block', lang)} {loc.line}")
    elif kind == "pdf":
        if loc.page is not None:
            parts.append(f"{label('page', lang)} {loc.page}")
        if loc.line is not None:
            parts.append(f"{label('line', lang)} {loc.line}")
    return " · ".join(parts)


def file_where(loc: Location, lang: str) -> str:
    """:func:`where` for a file without lines of text, said as :func:`file_place`.

    The row and column in the table first, then the place in the file; a
    workbook's and a PDF's as :func:`where` says them, a DOCX's block instead of
    a line.
    """
    if file_kind(loc) != "docx":
        return where(loc, lang)
    head = where(loc.model_copy(update={"line": None, "cell": None}), lang)
    return " · ".join(p for p in (head, file_place(loc, lang)) if p)


GroupKey = tuple[int | None, str]  # (the workbook sheet or None, the table's label)


def group_findings(
    findings: list[Finding],
) -> dict[str, dict[GroupKey, list[Finding]]]:
    """Findings by source, then by sheet and table (or "" for the document), in order.

    Two tables of one label on different sheets of a workbook are two groups.
    """
    grouped: dict[str, dict[GroupKey, list[Finding]]] = {}
    for finding in findings:
        loc = finding.location
        key = (loc.sheet, loc.table or "")
        grouped.setdefault(loc.source, {}).setdefault(key, []).append(finding)
    return grouped


def group_title(key: GroupKey, findings: list[Finding], lang: str) -> str:
    """A group's heading: the table (or "dokumen"), then its sheet in a workbook.

    The sheet is named as its cells' addresses name it (``'Tabel 3.2'``), or by
    its place in the workbook when no finding of the group has an address.
    """
    sheet, table = key
    # NOTE: the findings of a group share their table, and so its title
    title = (table_title(findings[0].location, lang) if table else "") or label(
        "document", lang
    )
    if sheet is None:
        return title
    name = next(
        (
            f.location.cell.rpartition("!")[0]
            for f in findings
            if f.location.cell and "!" in f.location.cell
        ),
        "",
    )
    return f"{title} · {label('sheet', lang)} {name or sheet}"


class Reporter(Protocol):
    """Renders a whole result to text; pure: no files, no clock."""

    name: ClassVar[str]
    suffix: ClassVar[str]

    def render(self, result: AuditResult, *, lang: Lang = "id") -> str:
        """The result as text."""
        ...
